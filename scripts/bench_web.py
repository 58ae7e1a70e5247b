#!/usr/bin/env python3
"""Benchmark the review UI with a large store: page and API latency with N synthetic events.

Builds a SQLite store with N events (default 100,000) spread over six event types, 38 countries and
two years, 10% of them with a disagreement, then times each page through FastAPI's TestClient
(in-process, so the figure is the server's time, not the network's).

    python scripts/bench_web.py [--events 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")

TYPES = {"Battles": ["Armed clash"], "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack"],
         "Violence against civilians": ["Attack"], "Protests": ["Peaceful protest"], "Riots": ["Mob violence"],
         "Strategic developments": ["Arrests", "Other"]}
COUNTRIES = ["SY", "IQ", "YE", "LY", "EG", "PS", "LB", "SA", "TR", "SD"]


def build(path: str, n: int) -> None:
    from khabar.store import open_store
    from khabar.store.schema import disagreements, events

    engine = open_store(path)
    rnd = random.Random(7)
    rows, dis = [], []
    base = 738000
    for i in range(n):
        t = rnd.choice(list(TYPES))
        lo = base + rnd.randrange(730)
        import datetime as dt

        rows.append({"id": f"ev{i:07d}", "type": t, "subtype": rnd.choice(TYPES[t]),
                     "date": dt.date.fromordinal(lo).isoformat(), "date_precision": "day", "date_lo": lo,
                     "date_hi": lo, "country": rnd.choice(COUNTRIES), "admin1": f"A{rnd.randrange(20)}",
                     "location": f"town {rnd.randrange(5000)}", "lat": 15 + rnd.random() * 22,
                     "lon": 30 + rnd.random() * 20, "geo_precision": rnd.choice([1, 1, 2, 3]),
                     "actor1": rnd.choice(["قوات النظام", "داعش", "التحالف", None]), "actor2": None,
                     "killed": rnd.choice([None, 0, 1, 2, 5, 12]), "injured": None, "civilian": False,
                     "n_articles": rnd.randrange(1, 6), "fields": "{}"})
        if i % 10 == 0:
            dis.append({"event": f"ev{i:07d}", "field": "killed",
                        "values": json.dumps([{"value": 1, "sources": []}, {"value": 3, "sources": []}])})
    with engine.begin() as conn:
        for k in range(0, n, 5000):
            conn.execute(events.insert(), rows[k:k + 5000])
        if dis:
            conn.execute(disagreements.insert(), dis)
    engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from fastapi.testclient import TestClient

    from khabar.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        build(db, args.events)
        print(f"built a store with {args.events:,} events in {time.perf_counter() - t0:.1f} s")
        client = TestClient(create_app(db))
        urls = ["/", "/?type=Battles", "/?country=SY&since=2022-01-01&until=2022-06-30",
                "/?disagreement=1", "/?q=town%2012", "/?sort=killed&order=desc&page=50",
                "/api/events?per_page=100", "/api/timeline", "/api/map", "/api/map?country=YE",
                "/events/ev0000010"]
        print(f"| page | median ms | max ms |\n|---|---|---|")
        for u in urls:
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                r = client.get(u)
                times.append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200, (u, r.status_code)
            print(f"| `{u}` | {statistics.median(times):.0f} | {max(times):.0f} |")


if __name__ == "__main__":
    main()
