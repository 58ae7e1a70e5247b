#!/usr/bin/env python
"""Build word clusters for the NER tagger from unlabeled Arabic news (distributional features).

Reads the SaudiNewsNet articles (``--news``: one zip of a JSON array per day, CC BY-NC-SA 4.0: the
texts never enter the repository; only the cluster id of each word, a derived fact, does) and writes
``src/khabar/data/ner/clusters.tsv`` (``stem``, then one cluster id per granularity) with an entry
``word_clusters`` in ``manifest.json`` (source, sizes, parameters, sha256).

Steps (deterministic: fixed seeds, sorted vocabularies):
  1. tokenise every article exactly as the NER features see it (``khabar.doc.Doc`` tokens: the
     normalised form split into proclitic, stem, enclitic) and keep the stems, with a boundary
     symbol between sentences;
  2. the --vocab most frequent stems that start with a letter (at least --min-count occurrences) are
     clustered; the --contexts most frequent stems (and the boundary) are contexts, counted at
     positions -2, -1, +1, +2 (four blocks of columns);
  3. positive PMI of those counts (context distribution smoothed with exponent 0.75), reduced by a
     randomized SVD to --dims dimensions (rows scaled by the square root of the singular values,
     then to unit length);
  4. spherical k-means (k-means++ seeding) at each of --ks granularities;
  5. with --article-rate, a last column ``art``: the bin of the share of the stem's tokens written
     with the definite article (Arabic has no capitals: names seldom take it). It lowered the
     tagger's cross-validated dev F1 (0.7737 -> 0.7675), so the shipped file has none.

Cross-validated dev F1 of the tagger (train_ner.py, slices 9,3,6): no clusters 0.7629; 64/256/1024
clusters of 44k stems (count >= 5; 3,000 contexts, 128 dims) 0.7712; 64/256/1024/4096 of 57k stems
(count >= 3) 0.7737; the same with ±1 contexts only (--offsets=-1,1 --contexts 5000) 0.7683; with
6,000 contexts and 200 dims (the defaults) 0.7761.

Needs scipy (sparse counts and PPMI; the run-time tagger does not).

Usage:
  .venv/bin/python scripts/build_word_clusters.py               # the shipped clusters.tsv (~5 min)
  .venv/bin/python scripts/build_word_clusters.py --out /tmp/x --ks 64,256,1024 --min-count 5
  .venv/bin/python scripts/train_ner.py --clusters /tmp/x/clusters.tsv --dev-only ...   # try it
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from khabar.doc import Article, Doc  # noqa: E402
from khabar.extract import ner  # noqa: E402
from khabar.readers.base import ReadReport  # noqa: E402
from khabar.readers.saudinewsnet import read_saudinewsnet_zip  # noqa: E402

log = logging.getLogger("build_word_clusters")

BOUNDARY = "<s>"


def read_tokens(news: Path, cache: Path | None) -> tuple[np.ndarray, np.ndarray, list[str], int]:
    """All stems of all articles as ids into a vocabulary (sentences separated by the boundary id 0),
    whether each token has the definite article, and the number of articles. Cached in ``cache`` (an
    .npz outside the repository) when given."""
    if cache is not None and cache.exists():
        z = np.load(cache, allow_pickle=False)
        return z["ids"], z["art"], z["vocab"].tolist(), int(z["articles"])
    art_forms = (ner._ART, ner._LAM_ART)
    ids: dict[str, int] = {BOUNDARY: 0}
    out: list[int] = []
    arts: list[bool] = []
    n_art = 0
    t0 = time.perf_counter()
    for path in sorted(news.glob("*.zip")):
        for article in read_saudinewsnet_zip(path, ReadReport()):  # (articles without text skipped)
            n_art += 1
            doc = Doc(Article(id=str(n_art), text=article.text))
            last = -1
            for t in doc.tokens:
                if t.sentence != last:
                    out.append(0)
                    arts.append(False)
                    last = t.sentence
                i = ids.get(t.stem)
                if i is None:
                    i = ids[t.stem] = len(ids)
                out.append(i)
                arts.append(t.prefix.endswith(art_forms))
            out.append(0)
            arts.append(False)
        log.info("%s: %d articles, %d tokens (%.0fs)", path.name, n_art, len(out), time.perf_counter() - t0)
    arr = np.array(out, dtype=np.int32)
    art = np.array(arts, dtype=bool)
    vocab = list(ids)
    if cache is not None:
        np.savez(cache, ids=arr, art=art, vocab=np.array(vocab), articles=n_art)
    return arr, art, vocab, n_art


ART_BINS = (0.02, 0.1, 0.3, 0.6)  # bounds of the article-rate bins (0: a stem almost never with ال)


def article_bins(tokens: np.ndarray, art: np.ndarray, n_vocab: int) -> np.ndarray:
    """By stem id: the bin (0-4) of the share of its tokens written with the definite article. Arabic
    has no capitals; names rarely take the article, common nouns and adjectives often do."""
    total = np.bincount(tokens, minlength=n_vocab)
    with_art = np.bincount(tokens[art], minlength=n_vocab)
    rate = with_art / np.maximum(total, 1)
    return np.searchsorted(np.array(ART_BINS), rate, side="right")


def cooccurrences(tokens: np.ndarray, rows: np.ndarray, cols: np.ndarray, n_rows: int, n_cols: int,
                  offsets: tuple[int, ...]):
    """Sparse counts (word row x (offset block, context column)); ``rows``/``cols`` map a token id to its
    row / column (-1: none). A context across a sentence boundary is the boundary itself."""
    from scipy import sparse

    sent = np.cumsum(tokens == 0)  # sentence number of each token (a boundary opens the next one)
    r_all, c_all = [], []
    n = len(tokens)
    for b, d in enumerate(offsets):
        if d > 0:
            w, c = np.arange(0, n - d), np.arange(d, n)
        else:
            w, c = np.arange(-d, n), np.arange(0, n + d)
        wr = rows[tokens[w]]
        ctx = tokens[c].copy()
        crossed = sent[c] != sent[w] if d > 0 else sent[w] != sent[c]
        ctx[crossed] = 0
        cc = cols[ctx]
        keep = (wr >= 0) & (cc >= 0)
        r_all.append(wr[keep])
        c_all.append(cc[keep] + b * n_cols)
    r = np.concatenate(r_all)
    c = np.concatenate(c_all)
    m = sparse.coo_matrix((np.ones(len(r), dtype=np.float64), (r, c)),
                          shape=(n_rows, n_cols * len(offsets))).tocsr()
    m.sum_duplicates()
    return m


def ppmi(m, alpha: float = 0.75):
    """Positive PMI of a sparse count matrix, the context distribution raised to ``alpha``."""
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** alpha
    col = col / col.sum()
    m = m.tocoo()
    pmi = np.log(m.data / total) - np.log(row[m.row] / total) - np.log(col[m.col])
    keep = pmi > 0
    from scipy import sparse

    return sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)


def randomized_svd(m, k: int, seed: int, oversample: int = 20, power: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """(U, S) of the k largest singular values (Halko et al.), deterministic for a seed."""
    rng = np.random.default_rng(seed)
    omega = rng.standard_normal((m.shape[1], k + oversample))
    y = m @ omega
    q, _ = np.linalg.qr(y)
    for _ in range(power):
        z, _ = np.linalg.qr(m.T @ q)
        q, _ = np.linalg.qr(m @ z)
    b = (m.T @ q).T
    ub, s, _vt = np.linalg.svd(b, full_matrices=False)
    return (q @ ub)[:, :k], s[:k]


def spherical_kmeans(x: np.ndarray, k: int, seed: int, iters: int = 25, chunk: int = 8192) -> np.ndarray:
    """Cluster ids of unit rows of ``x`` (cosine k-means, k-means++ seeding on a sample)."""
    rng = np.random.default_rng(seed)
    n = x.shape[0]
    sample = x[rng.choice(n, size=min(n, 20 * k), replace=False)]
    centers = [sample[rng.integers(len(sample))]]
    d = 1.0 - sample @ centers[0]
    for _ in range(1, k):
        p = np.maximum(d, 0) ** 2
        c = sample[rng.choice(len(sample), p=p / p.sum())]
        centers.append(c)
        d = np.minimum(d, 1.0 - sample @ c)
    cen = np.array(centers, dtype=np.float32)
    xf = x.astype(np.float32)
    assign = np.zeros(n, dtype=np.int64)
    for it in range(iters):
        for s in range(0, n, chunk):
            assign[s:s + chunk] = np.argmax(xf[s:s + chunk] @ cen.T, axis=1)
        sums = np.zeros_like(cen)
        np.add.at(sums, assign, xf)
        counts = np.bincount(assign, minlength=k)
        empty = counts == 0
        if empty.any():  # reseed an empty cluster with a random word
            sums[empty] = xf[rng.choice(n, size=int(empty.sum()), replace=False)]
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        new = sums / np.maximum(norms, 1e-12)
        shift = float(np.abs(new - cen).max())
        cen = new
        if shift < 1e-4:
            break
    for s in range(0, n, chunk):
        assign[s:s + chunk] = np.argmax(xf[s:s + chunk] @ cen.T, axis=1)
    return assign


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "data" / "news" / "saudinewsnet")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "khabar" / "data" / "ner")
    ap.add_argument("--article-rate", action="store_true",
                    help="add the 'art' column (lowered the NER's cross-validated dev F1: 0.7737 -> 0.7675)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/khabar_news_stems2.npz"),
                    help="token ids of the tokenised corpus (outside the repository); reused when present")
    ap.add_argument("--vocab", type=int, default=80000)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--contexts", type=int, default=6000)
    ap.add_argument("--dims", type=int, default=200)
    ap.add_argument("--offsets", default="-2,-1,1,2", help="context positions counted")
    ap.add_argument("--ks", default="64,256,1024,4096")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    tokens, art, vocab, n_art = read_tokens(args.news, args.cache)
    counts = np.bincount(tokens, minlength=len(vocab))
    counts[0] = 0
    order = sorted(range(1, len(vocab)), key=lambda i: (-counts[i], vocab[i]))
    words = [i for i in order if vocab[i][:1].isalpha() and counts[i] >= args.min_count][:args.vocab]
    ctxs = [0] + order[:args.contexts]
    rows = np.full(len(vocab), -1, dtype=np.int64)
    rows[words] = np.arange(len(words))
    cols = np.full(len(vocab), -1, dtype=np.int64)
    cols[ctxs] = np.arange(len(ctxs))
    log.info("%d articles, %d tokens, %d stems; clustering %d (count >= %d), %d contexts", n_art,
             int((tokens != 0).sum()), len(vocab) - 1, len(words), int(counts[words[-1]]), len(ctxs))
    offsets = tuple(int(o) for o in args.offsets.split(","))
    m = cooccurrences(tokens, rows, cols, len(words), len(ctxs), offsets)
    log.info("co-occurrences: %d nonzero", m.nnz)
    p = ppmi(m)
    log.info("PPMI: %d positive", p.nnz)
    u, s = randomized_svd(p, args.dims, args.seed)
    x = u * np.sqrt(s)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    ks = [int(k) for k in args.ks.split(",")]
    assign = []
    for k in ks:
        t0 = time.perf_counter()
        a = spherical_kmeans(x, k, args.seed + k)
        log.info("k=%d: %d clusters used (%.0fs)", k, len(np.unique(a)), time.perf_counter() - t0)
        assign.append(a)

    columns = [f"k{k}" for k in ks]
    if args.article_rate:  # one more column: the article-rate bin of the stem
        columns.append("art")
        bins = article_bins(tokens, art, len(vocab))
        assign.append(bins[np.array(words)])
    out = args.out / ner.CLUSTERS_FILE
    lines = sorted(f"{vocab[w]}\t" + "\t".join(str(int(a[r])) for a in assign) for r, w in enumerate(words))
    with out.open("w", encoding="utf-8") as fh:
        fh.write("stem\t" + "\t".join(columns) + "\n")
        for line in lines:
            fh.write(line + "\n")
    mf = args.out / ner.MANIFEST_FILE
    manifest = json.loads(mf.read_text(encoding="utf-8")) if mf.exists() else {}
    manifest["word_clusters"] = {
        "file": ner.CLUSTERS_FILE, "sha256": sha256(out), "bytes": out.stat().st_size, "words": len(words),
        "granularities": ks, "columns": columns, "source": "SaudiNewsNet (CC BY-NC-SA 4.0; cluster ids only, no text)",
        "articles": n_art, "tokens": int((tokens != 0).sum()),
        "params": {"min_count": args.min_count, "contexts": len(ctxs), "offsets": list(offsets),
                   "ppmi_alpha": 0.75, "svd_dims": args.dims,
                   "article_rate_bins": list(ART_BINS) if "art" in columns else None, "seed": args.seed, "kmeans": "spherical, k-means++"},
        "command": "scripts/build_word_clusters.py " + " ".join(argv if argv is not None else sys.argv[1:]),
    }
    mf.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    log.info("wrote %s (%d words, %d bytes)", out, len(words), out.stat().st_size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
