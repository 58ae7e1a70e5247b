"""CoNLL files and entity-level scores (CoNLL rules) for the NER model; ``khabar eval-ner`` runs
:func:`evaluate_conll`.

Reads a ``token TAG`` file (blank line between sentences, ``#`` comment lines skipped), maps the
corpus' tag names to PER/ORG/LOC/MISC, tags it with the shipped model (runs of DOC_BLOCK sentences
taken as one document) and returns per-type and micro precision, recall and F1 plus tokens/s.

Example::

    >>> from khabar.extract.ner_eval import chunks
    >>> sorted(chunks(["B-PER", "I-PER", "O", "I-LOC"]))
    [(0, 2, 'PER'), (3, 4, 'LOC')]
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from khabar.extract.ner import Model

# tag names of the corpora, mapped to khabar's four labels (others are dropped to O)
LABEL_MAP = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC",
             "MIS": "MISC"}




def read_conll(path: str | Path, column: int = -1) -> list[tuple[list[str], list[str]]]:
    """Sentences of a CoNLL file (``token TAG``; ``column`` holds the tag; ``#`` lines skipped).

    Tags are mapped to PER/ORG/LOC/MISC with :data:`LABEL_MAP`; other types become ``O``.
    """
    sents: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    sents.append((words, tags))
                    words, tags = [], []
                continue
            if line.startswith("# "):
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            words.append(parts[0])
            tags.append(map_tag(parts[column]))
    if words:
        sents.append((words, tags))
    return sents


def map_tag(tag: str) -> str:
    if tag == "O" or len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    label = LABEL_MAP.get(tag[2:])
    return f"{tag[0]}-{label}" if label else "O"


def chunks(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Entity chunks (start, end, type) of a BIO sequence under CoNLL rules (a stray I- starts one)."""
    out: set[tuple[int, int, str]] = set()
    if tags.count("O") == len(tags):  # no entity (most sentences of a document)
        return out
    start, typ = -1, ""
    for i, t in enumerate(tags):
        if t == "O":
            if start >= 0:
                out.add((start, i, typ))
                start = -1
            continue
        bio, _, lab = t.partition("-")
        if start >= 0 and (bio != "I" or lab != typ):
            out.add((start, i, typ))
            start, typ = -1, ""
        if bio == "B" or (bio == "I" and start < 0):
            start, typ = i, lab
    if start >= 0:
        out.add((start, len(tags), typ))
    return out


def score_chunks(gold: list[Sequence[str]], pred: list[Sequence[str]]) -> dict:
    """Entity-level precision, recall and F1, per type and micro-averaged over all types."""
    counts: dict[str, list[int]] = {}
    for g, p in zip(gold, pred):
        gc, pc = chunks(g), chunks(p)
        for c in gc | pc:
            tp, fp, fn = counts.setdefault(c[2], [0, 0, 0])
            counts[c[2]] = [tp + (c in gc and c in pc), fp + (c in pc and c not in gc),
                            fn + (c in gc and c not in pc)]
    result: dict = {}
    total = [0, 0, 0]
    for typ, (tp, fp, fn) in sorted(counts.items()):
        result[typ] = _prf(tp, fp, fn)
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
    result["micro"] = _prf(*total)
    return result


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "support": tp + fn, "predicted": tp + fp}


def evaluate_conll(path: str | Path, tagger: "Model | None" = None) -> dict:
    """Tag a CoNLL file and score it: per-type and micro P/R/F1 (CoNLL rules) and tokens/s.

    The clock (CPU time of this process, i.e. one core) covers splitting, features and tagging,
    everything the entities stage does per token; a first run pays for new word types, a second
    run over the same file is faster. Returns ``{"types": {...}, "micro": {...}, "tokens": n, "sentences": n, "tokens_per_s": x}``.
    """
    from khabar.extract.ner import DOC_BLOCK, model, split_word

    m = tagger or model()
    sents = read_conll(path)
    t0 = time.process_time()
    pred: list[list[str]] = []
    for b in range(0, len(sents), DOC_BLOCK):
        pred += m.tag_document([[split_word(w) for w in words] for words, _ in sents[b:b + DOC_BLOCK]])
    elapsed = time.process_time() - t0
    scores = score_chunks([t for _, t in sents], pred)
    ntok = sum(len(w) for w, _ in sents)
    micro = scores.pop("micro")
    return {"file": str(path), "types": scores, "micro": micro, "tokens": ntok, "sentences": len(sents),
            "seconds": round(elapsed, 3), "tokens_per_s": round(ntok / elapsed) if elapsed else None}
