"""Build lang/ar/aliases/given_names.tsv and common_words.tsv from the NER corpora.

Reads ANERcorp's train split, AQMAR and the Wojood sample's train/val (paths below, relative to the
shared data folder), normalised with khabar's normaliser. given_names.tsv: the first token of every PER entity of two or more tokens,
seen at least twice as a person's first word and used more often in person names than outside them.
common_words.tsv: words seen at least COMMON_MIN times outside any entity and never inside a person's
name (verbs, common nouns): the alias stage never takes them for a surname. The test split of
ANERcorp is never read.

usage: python scripts/build_given_names.py [DATA_DIR]   (default ../shared/data/ner)
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from khabar.lang import data_path
from khabar.text.normalize import normalize_form

SOURCES = ("anercorp/train.conll", "aqmar.conll", "wojood_sample/train.txt", "wojood_sample/val.txt")
MIN_COUNT = 2
COMMON_MIN = 3


def read_conll(path: Path):
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        cells = line.split()
        if len(cells) < 2:
            if sent:
                yield sent
            sent = []
            continue
        sent.append((cells[0], cells[-1]))
    if sent:
        yield sent


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2] / "shared/data/ner"
    first: collections.Counter[str] = collections.Counter()
    inside: collections.Counter[str] = collections.Counter()
    outside: collections.Counter[str] = collections.Counter()
    for rel in SOURCES:
        for sent in read_conll(root / rel):
            tags = [t for _, t in sent]
            for i, (tok, tag) in enumerate(sent):
                w = normalize_form(tok)
                if tag.endswith("PER") or tag.endswith("PERS"):
                    inside[w] += 1
                    nxt = tags[i + 1] if i + 1 < len(tags) else "O"
                    if tag.startswith("B-") and nxt.startswith("I-"):
                        first[w] += 1
                else:
                    outside[w] += 1
    names = sorted(w for w, n in first.items()
                   if n >= MIN_COUNT and inside[w] > outside[w] and len(w) >= 2 and w.isalpha())
    tagged: collections.Counter[str] = collections.Counter()
    for rel in SOURCES:
        for sent in read_conll(root / rel):
            for tok, tag in sent:
                if tag != "O":
                    tagged[normalize_form(tok)] += 1
    common = sorted(w for w, n in outside.items()
                    if n - tagged[w] >= COMMON_MIN and inside[w] == 0 and len(w) >= 3
                    and w.isalpha() and w not in names)
    with data_path("aliases/common_words.tsv").open("w", encoding="utf-8") as fh:
        fh.write(f"# derived by scripts/build_given_names.py from {', '.join(SOURCES)}; "
                 f"rows: {len(common)}; do not edit by hand\n")
        fh.write("form\n")
        for w in common:
            fh.write(w + "\n")
    out = data_path("aliases/given_names.tsv")
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"# derived by scripts/build_given_names.py from {', '.join(SOURCES)}; "
                 f"rows: {len(names)}; do not edit by hand\n")
        fh.write("form\n")
        for w in names:
            fh.write(w + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
