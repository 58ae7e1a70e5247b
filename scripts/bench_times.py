#!/usr/bin/env python3
"""Benchmark khabar's times stage against dateparser.search.search_dates on Arabic news.

Speed: articles per CPU-second of both on the same SaudiNewsNet articles (published from 2015-08-01 on, where
``date_extracted`` is the publication date), each resolving against that date. Accuracy: resolved
P/R/F1 on a gold file (annotation guide: shared/gold/GUIDE.md), matching a prediction to the gold
span it overlaps most, one to one, and counting it right when value and precision agree (as
shared/eval/score.py does). dateparser returns datetimes without a precision: a match that is a bare
four-digit year is given precision "year" (value 1 January), every other match "day".

Runs offline. Example::

    .venv/bin/python scripts/bench_times.py --news ../shared/data/news/saudinewsnet \\
        --gold ../shared/gold/dev.jsonl --articles 300 --dateparser-articles 60
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import os
import re
import sys
import time
import zipfile
from typing import Any, Callable

from khabar.doc import Article, Doc
from khabar.extract.times import extract_times

Pred = tuple[int, int, str | None, str | None]  # start, end, value, precision


def load_news(folder: str, limit: int) -> list[tuple[str, dt.date]]:
    """(text, publication date) of SaudiNewsNet articles published from 2015-08-01 on."""
    out: list[tuple[str, dt.date]] = []
    for path in sorted(glob.glob(os.path.join(folder, "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for a in json.loads(z.read(name)):
                    day = (a.get("date_extracted") or "")[:10]
                    if day >= "2015-08-01" and a.get("content"):
                        out.append((a["content"], dt.date.fromisoformat(day)))
                        if len(out) >= limit:
                            return out
    return out


def khabar_times(text: str, published: dt.date | None) -> list[Pred]:
    doc = Doc(Article(id="bench", text=text, published=published))
    extract_times(doc)
    return [(t.span.start, t.span.end, t.value, t.precision) for t in doc.times]


def dateparser_times(text: str, published: dt.date | None) -> list[Pred]:
    from dateparser.search import search_dates

    settings: dict[str, Any] = {}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    try:
        found = search_dates(text, languages=["ar"], settings=settings) or []
    except Exception:  # dateparser raises on some inputs; count as nothing found
        found = []
    out: list[Pred] = []
    pos = 0
    for s, value in found:
        i = text.find(s, pos)
        if i < 0:
            i = text.find(s)
            if i < 0:
                continue
        pos = i + len(s)
        if re.fullmatch(r"\s*\d{4}\s*", s):
            out.append((i, i + len(s), f"{value.year:04d}-01-01", "year"))
        else:
            out.append((i, i + len(s), value.date().isoformat(), "day"))
    return out


def locate(text: str, anchor: str, occurrence: int = 1) -> tuple[int, int] | None:
    pattern = re.compile(r"\s+".join(re.escape(p) for p in anchor.split()))
    for i, m in enumerate(pattern.finditer(text), 1):
        if i == occurrence:
            return m.start(), m.end()
    return None


def resolved_counts(gold: list[dict[str, Any]], text: str, pred: list[Pred]) -> tuple[int, int, int]:
    """(right, predicted, gold) with greedy one-to-one matching by overlap."""
    spans = [(locate(text, g["text"], g.get("occurrence", 1)), g) for g in gold]
    spans = [(s, g) for s, g in spans if s is not None]
    pairs = []
    for gi, (gs, _) in enumerate(spans):
        for pi, p in enumerate(pred):
            ov = min(gs[1], p[1]) - max(gs[0], p[0])
            if ov > 0:
                pairs.append((ov, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    right = 0
    for _, gi, pi in sorted(pairs, key=lambda x: -x[0]):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = spans[gi][1], pred[pi]
        right += int(p[2] == g["value"] and p[3] == g["precision"])
    return right, len(pred), len(spans)


def prf(right: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = right / npred if npred else 0.0
    r = right / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def speed(fn: Callable[[str, dt.date | None], list[Pred]], news: list[tuple[str, dt.date]]) -> float:
    """Articles per second of CPU time (the machine may be shared; wall-clock time would be noisy)."""
    t0 = time.process_time()
    for text, pub in news:
        fn(text, pub)
    return len(news) / max(time.process_time() - t0, 1e-9)


def accuracy(fn: Callable[[str, dt.date | None], list[Pred]], gold_path: str) -> tuple[float, float, float]:
    right = npred = ngold = 0
    with open(gold_path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            pub = dt.date.fromisoformat(d["published"]) if d.get("published") else None
            r, p, g = resolved_counts(d.get("times", []), d["text"], fn(d["text"], pub))
            right, npred, ngold = right + r, npred + p, ngold + g
    return prf(right, npred, ngold)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--news", default="../shared/data/news/saudinewsnet")
    ap.add_argument("--gold", default="../shared/gold/dev.jsonl")
    ap.add_argument("--articles", type=int, default=300,
                    help="articles timed for khabar (with building the Doc, and the stage alone)")
    ap.add_argument("--dateparser-articles", type=int, default=60,
                    help="articles timed for dateparser (slower; a prefix of the same articles)")
    args = ap.parse_args(argv)
    news = load_news(args.news, max(args.articles, args.dateparser_articles))
    if not news:
        sys.stderr.write(f"no SaudiNewsNet articles found under {args.news}\n")
        return 1
    khabar_times(*news[0])  # build the lexicon before timing
    rows = []
    for name, fn, n in (("khabar", khabar_times, args.articles),
                        ("dateparser", dateparser_times, args.dateparser_articles)):
        rate = speed(fn, news[:n])
        p, r, f = accuracy(fn, args.gold) if os.path.exists(args.gold) else (float("nan"),) * 3
        rows.append((name, min(n, len(news)), rate, p, r, f))
    docs = [Doc(Article(id="bench", text=t, published=d)) for t, d in news[:args.articles]]
    t0 = time.process_time()
    for doc in docs:
        extract_times(doc)
    stage_rate = len(docs) / max(time.process_time() - t0, 1e-9)
    rows.insert(1, ("  stage only", len(docs), stage_rate, rows[0][3], rows[0][4], rows[0][5]))
    print(f"{'system':<12}{'articles':>9}{'articles/s':>12}{'P':>8}{'R':>8}{'F1':>8}   (times_resolved on "
          f"{os.path.basename(args.gold)})")
    for name, n, rate, p, r, f in rows:
        print(f"{name:<12}{n:>9}{rate:>12.1f}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
