#!/usr/bin/env python3
"""Benchmark the gazetteer and the places stage: load time, memory, lookups/s, ms per article.

Usage: python scripts/bench_gazetteer.py [ARTICLES.jsonl]
ARTICLES.jsonl (optional): one JSON object a line with a "text" field (e.g. a gold file); the places
stage is timed over it (CPU time, after one warm-up pass).
"""

from __future__ import annotations

import json
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    from khabar.extract import gazetteer as gz

    rss0 = rss_mb()
    t0 = time.perf_counter()
    g = gz.get_gazetteer()
    gz.common_names()
    load = time.perf_counter() - t0
    rss1 = rss_mb()
    gz.get_gazetteer.cache_clear()
    tracemalloc.start()
    g = gz.get_gazetteer()
    _, peak = tracemalloc.get_traced_memory()
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"gazetteer rows: {len(g):,}  names: {len(g.index):,}  curated forms: {len(g.curated):,}")
    print(f"load time: {load * 1000:.0f} ms   max RSS growth: {rss1 - rss0:.0f} MB   "
          f"python heap held: {held / 1e6:.0f} MB (peak {peak / 1e6:.0f} MB)")

    names = list(g.index)
    random.seed(0)
    sample = [random.choice(names) for _ in range(200_000)]
    t0 = time.perf_counter()
    hits = sum(1 for n in sample if g.lookup(n))
    dt = time.perf_counter() - t0
    print(f"lookups: {len(sample) / dt:,.0f}/s (cold rows parsed on first use; {hits} hits)")
    t0 = time.perf_counter()
    for n in sample:
        g.lookup(n)
    dt = time.perf_counter() - t0
    print(f"lookups, warm: {len(sample) / dt:,.0f}/s")

    if len(argv) > 1:
        from khabar.doc import Article, Doc
        from khabar.extract.places import extract_places

        texts = [json.loads(line)["text"] for line in open(argv[1], encoding="utf-8") if line.strip()]
        docs = [Doc(Article(id=str(i), text=t)) for i, t in enumerate(texts)]
        for d in docs:
            extract_places(d)
        t0 = time.process_time()
        for d in docs:
            d.places.clear()
            extract_places(d)
        dt = time.process_time() - t0
        chars = sum(len(t) for t in texts) / max(1, len(texts))
        print(f"places stage: {dt / max(1, len(docs)) * 1000:.2f} ms/article CPU "
              f"({len(docs)} articles, {chars:.0f} chars on average)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
