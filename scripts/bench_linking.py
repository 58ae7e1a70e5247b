#!/usr/bin/env python3
"""Scaling benchmark of cross-article event linking: time and peak memory for N synthetic mentions.

    .venv/bin/python scripts/bench_linking.py                 # 10k, 100k, 1M
    .venv/bin/python scripts/bench_linking.py 10000 100000    # chosen sizes
    .venv/bin/python scripts/bench_linking.py --incremental 10000   # also: the last tenth in a second run

Synthetic world: events spread over a year and over N/3000 (at least 4) countries of 5 admin1 areas
each, about 1.5 events per country a day (a bigger archive covers more places at the same density); each is told by 1-8 reports that jitter its date by a day,
its place by a few km (some give only the province or no date) and its death toll; its articles
name the event's town, a local unit, the province and the country's army (the profile that article
evidence weighs), plus names every article shares. One report in ten codes the act twice, the twin
placed at the country's capital (trigger side by side); one in twenty tells only of the arrests that
followed, at the town, up to 3 days later. Prints one line
per size: CPU seconds, CPU microseconds per mention, candidate events scored per mention (the blocking's
work, which must stay flat), the process's peak resident memory (MB) and the pairwise F1 against
the synthetic truth. Linking in memory (khabar.link.events.Linker); the store adds I/O on top.
With ``--incremental`` it also links the reports in publication order in two runs (nine tenths, then
the last tenth, which re-links the events its neighbourhood holds) and prints the second run's CPU
microseconds per new mention, and how many of the one-pass events the two runs form identically.
"""

from __future__ import annotations

import gc
import random
import sys
import time
import resource

import khabar.link.events as events_mod
from khabar.link.events import EventMention, Linker

TYPES = [("Explosions/Remote violence", "Air/drone strike"), ("Battles", "Armed clash"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Strategic developments", "Arrests")]
DAY0 = 735000  # 2013-05-..


def synth(n: int, seed: int = 7) -> tuple[list[EventMention], dict[str, int]]:
    rnd = random.Random(seed)
    days = 365
    n_areas = max(4, n // 3000)  # a bigger archive covers more places, at the same density
    out: list[EventMention] = []
    truth: dict[str, int] = {}
    ev = 0
    while len(out) < n:
        ev += 1
        c = rnd.randrange(n_areas)
        a1 = rnd.randrange(5)
        lat0, lon0 = -60 + (c % 120) * 1.0 + a1 * 0.15 + rnd.random() * 0.1, -170 + (c // 120) * 3.0 + rnd.random() * 1.5
        day = DAY0 + rnd.randrange(days)
        t, st = TYPES[rnd.randrange(len(TYPES))]
        killed = rnd.choice([None, 0, 1, 2, 3, 5, 8, 12, 20])
        # what its articles name: the town, a local unit, the province, the country's army, and two
        # names every article of the archive shares (one frozenset per event, as a store would share)
        story = frozenset({f"p:town{ev}", f"a:unit{ev % 997}-{c}", f"p:c{c}a{a1}", f"a:army{c}",
                           "a:government", "a:police"})
        short = frozenset(list(story)[:4])
        for r in range(rnd.randint(1, 8)):
            if len(out) >= n:
                break
            art = f"a{ev}-{r}"
            kind = rnd.random()
            dated = kind > 0.15
            d = day + (rnd.choice((0, 0, 0, 1)) if dated else 0)
            pub = day + rnd.randint(0, 3)
            province = rnd.random() < 0.1
            follow = t != "Strategic developments" and rnd.random() < 0.05
            m = EventMention(
                id=f"{art}:0", article=art, type=t, subtype=st,
                date="x" if dated else None, date_precision="day" if dated else None,
                lo=d if dated else pub - 10, hi=d if dated else pub, dated=dated,
                place=f"c{c}a{a1}" if province else f"town{ev}", country=f"C{c}", admin1=f"c{c}a{a1}",
                lat=lat0 + rnd.uniform(-0.02, 0.02), lon=lon0 + rnd.uniform(-0.02, 0.02),
                geo_precision=3 if province else 1,
                killed=None if killed is None or rnd.random() < 0.3 else max(0, killed + rnd.choice((0, 0, 1, -1))),
                published=pub, profile=story if rnd.random() < 0.7 else short, pos=rnd.randrange(2000))
            if follow and dated:  # a report that tells only of the arrests that followed
                m.type, m.subtype, m.follow_up = "Strategic developments", "Arrests", True
                m.lo = m.hi = d + rnd.randint(0, 3)
                m.place, m.geo_precision = f"town{ev}", 1
            out.append(m)
            truth[m.id] = ev
            if dated and not follow and rnd.random() < 0.1:  # the act coded twice, once at the capital
                twin = EventMention(
                    id=f"{art}:1", article=art, type=t, subtype=st, date="x", date_precision="day",
                    lo=d, hi=d, dated=True, place=f"capital{c}", country=f"C{c}", admin1=f"c{c}a0",
                    lat=-60 + (c % 120) * 1.0 + 0.5, lon=-170 + (c // 120) * 3.0 + 2.5, geo_precision=1,
                    published=pub, profile=m.profile, pos=m.pos + 12)  # type: ignore[operator]
                out.append(twin)
                truth[twin.id] = ev
    rnd.shuffle(out)
    return out, truth


def pairwise_f1(clusters, truth: dict[str, int], sample: int = 20000) -> float:
    pred = {m.id: cid for cid, c in clusters.items() for m in c.members}
    by_event: dict[int, list[str]] = {}
    for mid, e in truth.items():
        by_event.setdefault(e, []).append(mid)
    tp = fp = fn = 0
    for cid, c in list(clusters.items())[:sample]:
        ids = [m.id for m in c.members]
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if truth[a] == truth[b]:
                    tp += 1
                else:
                    fp += 1
    for ids in list(by_event.values())[:sample]:
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                fn += pred[a] != pred[b]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def incremental(ms: list[EventMention], one: Linker) -> tuple[float, float]:
    """Link in publication order in two runs; CPU us per mention of the second run, and the share of
    the one-pass events (as sets of mentions) that the two runs also form."""
    order = sorted(ms, key=lambda m: (m.published or 0, m.id))
    cut = len(order) * 9 // 10
    lk = Linker()
    lk.add(order[:cut])
    t0 = time.process_time()
    lk.add(order[cut:])
    dt = time.process_time() - t0
    a = {frozenset(m.id for m in c.members) for c in one.clusters.values()}
    b = {frozenset(m.id for m in c.members) for c in lk.clusters.values()}
    return dt / max(1, len(order) - cut) * 1e6, len(a & b) / max(1, len(a))


def main(argv: list[str]) -> int:
    inc = "--incremental" in argv
    argv = [x for x in argv if x != "--incremental"]
    sizes = [int(x) for x in argv] or [10_000, 100_000, 1_000_000]
    print(f"{'mentions':>10} {'cpu s':>9} {'us/mention':>11} {'scored/m':>9} {'peak MB':>8} "
          f"{'events':>9} {'pair F1':>8}" + (f" {'inc us/m':>9} {'same ev':>8}" if inc else ""))
    for n in sizes:
        ms, truth = synth(n)
        gc.collect()
        gc.disable()  # nothing here is cyclic garbage; the collector would only rescan live objects
        scored = [0]
        real_score = events_mod.score

        def counting(m, c, idf=None):  # noqa: ANN001, ANN202
            scored[0] += 1
            return real_score(m, c, idf)

        events_mod.score = counting
        t0 = time.process_time()  # CPU time: the machine may be shared
        lk = Linker()
        lk.add(ms)
        dt = time.process_time() - t0
        events_mod.score = real_score
        gc.enable()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # sizes grow: this run's peak
        f1 = pairwise_f1(lk.clusters, truth)
        extra = ""
        if inc:
            gc.disable()
            us, same = incremental(ms, lk)
            gc.enable()
            extra = f" {us:>9.1f} {same:>8.3f}"
        print(f"{n:>10} {dt:>9.2f} {dt / n * 1e6:>11.1f} {scored[0] / n:>9.1f} {peak / 1e6:>8.1f} "
              f"{len(lk.clusters):>9} {f1:>8.3f}" + extra, flush=True)
        del ms, truth, lk
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
