#!/usr/bin/env python
"""Train khabar's Arabic NER model (python-crfsuite) and write it with its manifest.

Word-cluster features read ``src/khabar/data/ner/clusters.tsv`` (``scripts/build_word_clusters.py``,
run first; its manifest entry is carried over).

Sources (``--data``, default ``../shared/data/ner`` beside the repository):
  anercorp/train.conll  ANERcorp train split (CAMeL Lab)        always
  aqmar.conll           AQMAR Arabic Wikipedia NER               with --aqmar
  wojood_sample/*.txt   Wojood sample, outer tags mapped         with --wojood
Both extra corpora lowered F1 on the held-out block of ANERcorp train (AQMAR 0.706 -> 0.673,
Wojood -> 0.692), so the default model is trained on ANERcorp train alone. NewsFANE is not used:
it is ANERcorp's own text, test split included.
anercorp/test.conll is NEVER trained on: it is scored once, after the final model is trained.

Steps:
  1. build ``src/khabar/data/ner/places.tsv`` (place names for the gazetteer feature) from Who's On
     First (``--wof``): countries, regions, counties and localities of >= --min-pop people;
  2. hold out the last --dev-share of ANERcorp train (a contiguous block of whole articles; with
     --dev-blocks, several such slices in turn, by mean F1) and pick c1/c2 from --grid and the
     decoder's O-label penalty from --o-penalties on it (the penalty goes into the manifest and the
     shipped Model applies it); the training-lexicon feature is jackknifed (--folds) so that the
     CRF never sees a sentence's own tags through it;
  3. train on all training data with the best c1/c2, score ANERcorp test, write model.crfsuite and
     manifest.json (data, feature version, parameters, dev and test scores, sha256).

Usage:
  .venv/bin/python scripts/train_ner.py --grid 0.05:0.05 --dev-blocks 9,3,6   # the shipped model (~10 min)
  .venv/bin/python scripts/train_ner.py                 # one dev slice, three c1:c2 pairs
  .venv/bin/python scripts/train_ner.py --grid 0.05:0.02 --skip-dev --no-test
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import json
import logging
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from khabar.extract import ner  # noqa: E402
from khabar.text.normalize import normalize_form  # noqa: E402

log = logging.getLogger("train_ner")

Sentences = list[tuple[list[str], list[str]]]


def build_places(wof: Path, out: Path, min_pop: int) -> int:
    """Write the normalised Arabic place names of Who's On First to ``out`` (form, kind, country)."""
    rows: dict[str, tuple[str, str]] = {}
    csv.field_size_limit(1 << 24)
    with wof.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            kind = r["placetype"]
            if kind == "locality":
                try:
                    pop = int(float(r.get("population") or 0))
                except ValueError:
                    pop = 0
                if pop < min_pop:
                    continue
            elif kind not in {"country", "region", "county"}:
                continue
            names = [r["name_ar"]] + [n for n in (r.get("names_ar_other") or "").split("|")]
            for name in names:
                form = normalize_form(name.strip())
                if len(form.replace(" ", "")) < 3 or len(form.split()) > 4:
                    continue
                rows.setdefault(form, (kind, r["country"]))
    with out.open("w", encoding="utf-8") as fh:
        fh.write("form\tkind\tcountry\n")
        for form in sorted(rows):
            kind, cc = rows[form]
            fh.write(f"{form}\t{kind}\t{cc}\n")
    return len(rows)


def load_training(data: Path, aqmar: bool, wojood: bool) -> tuple[Sentences, dict]:
    train = ner.read_conll(data / "anercorp" / "train.conll")
    used = {"anercorp/train.conll": len(train)}
    extra: Sentences = []
    if aqmar:
        a = ner.read_conll(data / "aqmar.conll")
        used["aqmar.conll"] = len(a)
        extra += a
    if wojood:
        for name in ("train.txt", "val.txt"):
            w = [(ws, ts) for ws, ts in ner.read_conll(data / "wojood_sample" / name, column=1)]
            w = [([x for x in ws if x != "$#$"], [t for x, t in zip(ws, ts) if x != "$#$"]) for ws, ts in w]
            w = [s for s in w if s[0]]
            used[f"wojood_sample/{name}"] = len(w)
            extra += w
    return train + extra, used


def featurise(sents: Sentences, tlex: ner.TrainLexicon) -> list[tuple[list[list[str]], list[str]]]:
    """Features of sentences, in documents of ner.DOC_BLOCK sentences, with the given training lexicon."""
    cache = ner.FeatureCache(train_lexicon=tlex)
    out = []
    for b in range(0, len(sents), ner.DOC_BLOCK):
        block = sents[b:b + ner.DOC_BLOCK]
        feats = cache.block([[ner.split_word(w) for w in words] for words, _ in block])
        out += [(f, tags) for f, (_, tags) in zip(feats, block)]
    return out


def jackknife(sents: Sentences, folds: int, lexicon_only: Sentences) -> list[tuple[list[list[str]], list[str]]]:
    """Features where each fold sees a training lexicon built from the other folds only.

    The shipped model sees a lexicon of all its training data at run time but never on the very
    sentences being tagged; jackknifing gives the CRF the same, honest, view while it learns.
    """
    if folds < 2:
        return featurise(sents, ner.build_train_lexicon(lexicon_only))
    size = -(-len(sents) // folds)
    size = -(-size // ner.DOC_BLOCK) * ner.DOC_BLOCK
    out = []
    for k in range(0, len(sents), size):
        rest = sents[:k] + sents[k + size:]
        out += featurise(sents[k:k + size], ner.build_train_lexicon(rest + lexicon_only))
    return out


def train(data: list[tuple[list[list[str]], list[str]]], path: Path, c1: float, c2: float,
          max_iter: int) -> float:
    import pycrfsuite

    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in data:
        trainer.append(xseq, yseq)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iter,
                        "feature.possible_transitions": True})
    trainer.train(str(path))
    return time.perf_counter() - t0


def evaluate(model_path: Path, sents: Sentences, tlex: ner.TrainLexicon,
             o_penalties: Sequence[float] = (0.0,)) -> dict[float, dict]:
    """Scores of a model on ``sents`` at each O-label penalty of the decoder."""
    m = ner.Model(model_path, tlex, o_penalty=0.0)
    docs = [[[ner.split_word(w) for w in words] for words, _ in sents[b:b + ner.DOC_BLOCK]]
            for b in range(0, len(sents), ner.DOC_BLOCK)]
    out = {}
    for op in o_penalties:
        m.decoder.o_penalty = op
        pred: list[list[str]] = []
        for doc in docs:
            pred += m.tag_document(doc)
        out[op] = ner.score_chunks([t for _, t in sents], pred)
    return out


def score_test(data: Path, model: ner.Model) -> dict:
    """Score ANERcorp test; tokens/s is the better of a cold run and a warm (cached word types) run."""
    res = ner.evaluate_conll(data / "anercorp" / "test.conll", model)
    warm = ner.evaluate_conll(data / "anercorp" / "test.conll", model)
    log.info("test micro F1 %.4f  %s tokens/s cold, %s warm", res["micro"]["f1"], res["tokens_per_s"],
             warm["tokens_per_s"])
    for typ, s in res["types"].items():
        log.info("  %-5s P %.4f R %.4f F1 %.4f (%d)", typ, s["precision"], s["recall"], s["f1"], s["support"])
    return {"file": "anercorp/test.conll", **{k: res[k] for k in ("micro", "types", "tokens")},
            "tokens_per_s_cold": res["tokens_per_s"], "tokens_per_s_warm": warm["tokens_per_s"]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ner")
    ap.add_argument("--wof", type=Path,
                    default=ROOT.parent / "shared" / "data" / "gazetteer" / "whosonfirst" / "wof_mena_arabic.tsv")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "khabar" / "data" / "ner")
    ap.add_argument("--min-pop", type=int, default=20000)
    ap.add_argument("--aqmar", action="store_true", help="train on AQMAR too (lowered dev F1: Wikipedia MISC)")
    ap.add_argument("--wojood", action="store_true")
    ap.add_argument("--lexicon-from", default="",
                    help="corpora (comma-separated, under --data) used only for the training-lexicon feature")
    ap.add_argument("--dev-share", type=float, default=0.1)
    ap.add_argument("--dev-blocks", default="",
                    help="comma-separated dev blocks (slices of --dev-share of ANERcorp train, 0 first); each is "
                         "held out in turn and the choice goes by mean F1 (default: the last slice only)")
    ap.add_argument("--grid", default="0.05:0.02,0.02:0.1,0.1:0.05",
                    help="comma-separated c1:c2 pairs tried on the dev block")
    ap.add_argument("--o-penalties", default="0,0.5,0.75,1",
                    help="comma-separated O-label penalties of the decoder tried on the dev block with each c1:c2")
    ap.add_argument("--max-iter", type=int, default=150)
    ap.add_argument("--folds", type=int, default=5, help="jackknife folds for the training-lexicon feature")
    ap.add_argument("--no-test", action="store_true", help="do not score anercorp/test.conll")
    ap.add_argument("--skip-dev", action="store_true", help="train the first grid pair, no dev runs")
    ap.add_argument("--dev-only", action="store_true", help="stop after the dev runs")
    ap.add_argument("--tmp", type=Path, default=Path("/tmp"))
    ap.add_argument("--clusters", type=Path, default=None,
                    help="a clusters.tsv built elsewhere (build_word_clusters.py --out DIR) used instead of the "
                         "shipped one; copied into --out with its manifest entry unless --dev-only")
    ap.add_argument("--rescore", action="store_true",
                    help="only score the shipped model on anercorp/test.conll again and update the manifest")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.rescore:
        path = args.out / ner.MANIFEST_FILE
        manifest = json.loads(path.read_text(encoding="utf-8"))
        manifest["test"] = score_test(args.data, ner.Model(args.out / ner.MODEL_FILE))
        path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return 0

    args.out.mkdir(parents=True, exist_ok=True)
    if args.clusters:
        ner.word_clusters = functools.cache(functools.partial(ner.load_clusters, args.clusters))
    n_places = build_places(args.wof, args.out / ner.PLACES_FILE, args.min_pop) if args.wof.exists() else 0
    log.info("places.tsv: %d names", n_places)
    ner.lexicons.cache_clear()

    anercorp = ner.read_conll(args.data / "anercorp" / "train.conll")
    all_train, used = load_training(args.data, args.aqmar, args.wojood)
    extra = all_train[len(anercorp):]
    lex_only: Sentences = []
    if args.lexicon_from:
        for name in args.lexicon_from.split(","):
            column = 1 if name.startswith("wojood") else -1
            lex_only += ner.read_conll(args.data / name, column=column)
            used[name + " (training lexicon only)"] = len(lex_only)
    n_slices = round(1 / args.dev_share)
    blocks = [int(b) for b in args.dev_blocks.split(",")] if args.dev_blocks else [n_slices - 1]

    def split(k: int) -> tuple[Sentences, Sentences]:
        """(training part, dev block): slice k of ANERcorp train (whole DOC_BLOCKs) is the dev block."""
        lo = int(len(anercorp) * k / n_slices)
        hi = len(anercorp) if k == n_slices - 1 else int(len(anercorp) * (k + 1) / n_slices)
        lo, hi = lo - lo % ner.DOC_BLOCK, hi - hi % ner.DOC_BLOCK
        return anercorp[:lo] + anercorp[hi:] + extra, anercorp[lo:hi]

    grid = [tuple(float(x) for x in pair.split(":")) for pair in args.grid.split(",") if pair]
    o_penalties = [float(x) for x in args.o_penalties.split(",") if x]
    tried = []
    best = None
    if not args.skip_dev:
        scores: dict[tuple[float, float, float], list[dict]] = {}
        for k in blocks:
            fit, dev = split(k)
            fit_x = jackknife(fit, args.folds, lex_only)
            fit_lex = ner.build_train_lexicon(fit + lex_only)
            for c1, c2 in grid:
                path = args.tmp / f"ner_dev_{c1}_{c2}.crfsuite"
                secs = train(fit_x, path, c1, c2, args.max_iter)
                for op, res in evaluate(path, dev, fit_lex, o_penalties).items():
                    log.info("dev block %d c1=%s c2=%s o_penalty=%s F1=%.4f (%.0fs) %s", k, c1, c2, op,
                             res["micro"]["f1"], secs, " ".join(
                                 f"{t}:{v['precision']:.2f}/{v['recall']:.2f}/{v['f1']:.2f}" for t, v in res.items()))
                    scores.setdefault((c1, c2, op), []).append(res)
            del fit_x
        for (c1, c2, op), results in scores.items():
            f1 = round(sum(r["micro"]["f1"] for r in results) / len(results), 4)
            tried.append({"c1": c1, "c2": c2, "o_penalty": op, "dev_f1": f1,
                          "blocks": [r["micro"]["f1"] for r in results],
                          "types": {t: round(sum(r[t]["f1"] for r in results) / len(results), 4)
                                    for t in results[0] if t != "micro"}})
            if best is None or f1 > best[3]:
                best = (c1, c2, op, f1)
    else:
        best = (grid[0][0], grid[0][1], o_penalties[0], None)
    c1, c2, o_penalty, dev_f1 = best
    if args.dev_only:
        return 0
    model_path = args.out / ner.MODEL_FILE
    train_lexicon = ner.build_train_lexicon(all_train + lex_only)
    ner.write_train_lexicon(train_lexicon, args.out / ner.TRAIN_LEXICON_FILE)
    secs = train(jackknife(all_train, args.folds, lex_only), model_path, c1, c2, args.max_iter)
    log.info("final model c1=%s c2=%s (o_penalty %s) trained in %.0fs", c1, c2, o_penalty, secs)

    manifest = {
        "model": ner.MODEL_FILE,
        "sha256": ner.sha256(model_path),
        "bytes": model_path.stat().st_size,
        "feature_version": ner.FEATURE_VERSION,
        "labels": list(ner.LABELS),
        "trained": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "training_data": used,
        "places": {"file": ner.PLACES_FILE, "names": n_places, "source": "Who's On First (CC BY 4.0)",
                   "min_population": args.min_pop, "sha256": ner.sha256(args.out / ner.PLACES_FILE)},
        "train_lexicon": {"file": ner.TRAIN_LEXICON_FILE, "entries": len(train_lexicon),
                          "sha256": ner.sha256(args.out / ner.TRAIN_LEXICON_FILE), "folds": args.folds},
        "doc_block": ner.DOC_BLOCK,
        "params": {"algorithm": "lbfgs", "c1": c1, "c2": c2, "max_iterations": args.max_iter},
        "o_penalty": o_penalty,
        "train_seconds": round(secs),
        "dev": {"split": f"slices {blocks} (of {args.dev_share:.0%} each, 0 first) of anercorp/train.conll, "
                         "each held out in turn; mean F1", "grid": tried,
                "micro_f1": dev_f1},
        "command": "scripts/train_ner.py " + " ".join(argv if argv is not None else sys.argv[1:]),
    }
    clusters_path = args.out / ner.CLUSTERS_FILE
    if args.clusters and args.clusters.resolve() != clusters_path.resolve():
        shutil.copyfile(args.clusters, clusters_path)
    if clusters_path.exists():  # built by scripts/build_word_clusters.py: its entry is carried over
        old = (args.clusters or clusters_path).parent / ner.MANIFEST_FILE
        entry = json.loads(old.read_text(encoding="utf-8")).get("word_clusters", {}) if old.exists() else {}
        manifest["word_clusters"] = {**entry, "file": ner.CLUSTERS_FILE, "sha256": ner.sha256(clusters_path),
                                     "bytes": clusters_path.stat().st_size}
    if not args.no_test:
        ner.model.cache_clear()
        manifest["test"] = score_test(args.data, ner.Model(model_path, o_penalty=o_penalty))
    (args.out / ner.MANIFEST_FILE).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
