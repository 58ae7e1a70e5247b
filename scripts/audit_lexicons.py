#!/usr/bin/env python3
"""Audit the Arabic data files for entries fitted to the dev set rather than to the language.

For every Arabic string in src/khabar/lang/ar (TSV cells, YAML scalars), count how often it occurs
(normalised, as whole words, clitics stripped from the first word) in the dev articles and in the
31k SaudiNewsNet articles. An entry found in dev but almost nowhere else in a month of Saudi press
is a candidate for removal: it teaches khabar about dev, not about Arabic news.

    python scripts/audit_lexicons.py [--shared ../shared] [--max-corpus 3]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

from khabar import lang
from khabar.text.normalize import normalize_form

ARABIC = re.compile(r"[\u0600-\u06ff]")
WORD = re.compile(r"[^\W\d_]+|\d+")
PROCLITIC = re.compile(r"^(?:[وف]?(?:ب|ل|ك)?ال|[وف]?ل?ل|[وف]?[بلك]|[وف])(?=\w{3})")


def entries() -> dict[str, list[str]]:
    """Normalised entry -> the files that hold it."""
    out: dict[str, list[str]] = {}
    root = lang.lang_root()

    def add(s: str, where: str) -> None:
        for part in re.split(r"[|;,،]", s):
            part = part.strip()
            if ARABIC.search(part) and len(part) >= 2:
                out.setdefault(" ".join(WORD.findall(normalize_form(part))), []).append(where)

    def walk(x: object, where: str) -> None:
        if isinstance(x, str):
            add(x, where)
        elif isinstance(x, dict):
            for k, v in x.items():
                walk(k, where)
                walk(v, where)
        elif isinstance(x, list):
            for v in x:
                walk(v, where)

    for p in lang.all_data_files():
        rel = str(p.relative_to(root))
        if p.suffix == ".tsv":
            for row in lang.load_tsv(rel):
                for k, v in row.items():
                    if k != "_line":
                        add(v, f"{rel}:{row['_line']}")
        else:
            walk(lang.load_yaml(rel), rel)
    return out


def ngrams(text: str, wanted: set[str], maxn: int, counter: Counter) -> None:
    toks = WORD.findall(normalize_form(text))
    stripped = [PROCLITIC.sub("", t) for t in toks]
    for i in range(len(toks)):
        for n in range(1, maxn + 1):
            if i + n > len(toks):
                break
            for first in {toks[i], stripped[i]}:
                g = " ".join([first, *toks[i + 1:i + n]])
                if g in wanted:
                    counter[g] += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--max-corpus", type=int, default=3, help="flag entries seen at most this often outside dev")
    args = ap.parse_args()
    shared = Path(args.shared)
    ents = entries()
    wanted = set(ents)
    maxn = max(len(e.split()) for e in wanted)
    dev, corpus = Counter(), Counter()
    for line in (shared / "gold" / "dev.jsonl").open(encoding="utf-8"):
        ngrams(json.loads(line)["text"], wanted, maxn, dev)
    for z in sorted((shared / "data" / "news" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for item in json.loads(zf.read(name)):
                    ngrams((item.get("title") or "") + " " + (item.get("content") or ""), wanted, maxn, corpus)
    flagged = sorted((e for e in wanted if dev[e] and corpus[e] - dev[e] <= args.max_corpus),
                     key=lambda e: ents[e][0])
    print(f"{len(wanted)} entries; {sum(1 for e in wanted if dev[e])} occur in dev; "
          f"{len(flagged)} occur in dev and at most {args.max_corpus} times elsewhere:")
    for e in flagged:
        print(f"  {e}\tdev {dev[e]}\telsewhere {corpus[e] - dev[e]}\t{', '.join(ents[e][:3])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
