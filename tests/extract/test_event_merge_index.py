"""merge_mentions' grid of town events gives the groups of a comparison with every event.

The index (event_merge._Candidates) only skips events whose town lies more than 50 km from the
mention's town, which place_relation calls "apart"; with the index used from the second event on,
random mentions (towns repeated and close together, provinces, countries, no place, borrowed places
and dates) must merge exactly as with no index at all.
"""

from __future__ import annotations

import random

import pytest

from khabar.doc import PlaceMention, Span
from khabar.extract import event_merge
from khabar.extract.event_merge import Mention, merge_mentions

_TOWNS = [(33.51, 36.29), (33.52, 36.31), (35.93, 36.63), (34.0, 36.9), (36.2, 37.15)]


def _place(rnd: random.Random) -> PlaceMention | None:
    if rnd.random() < 0.1:
        return None
    lat = rnd.uniform(32.0, 37.0) if rnd.random() > 0.05 else None
    lon = rnd.uniform(35.0, 40.5) if lat is not None else None
    if lat is not None and rnd.random() < 0.3:
        lat, lon = rnd.choice(_TOWNS)
    return PlaceMention(span=Span(0, 1, "x"), name=rnd.choice(["A", "B", "Idlib", None]), name_ar=None,
                        country=rnd.choice(["SY", "SY", "LB", None]),
                        level=rnd.choice(["city", "city", None, "village", "admin1", "country", "region"]),
                        lat=lat, lon=lon, admin1=rnd.choice([None, "Idlib", "A"]))


def _mentions(seed: int) -> list[Mention]:
    rnd = random.Random(seed)
    out = []
    for i in range(rnd.randrange(20, 160)):
        m = Mention(i, i + 1, Span(i, i + 1, "x"), "T", rnd.choice(["S1", "S1", "S2"]), 0,
                    sentence=rnd.randrange(8), para=rnd.randrange(3), group=rnd.randrange(6),
                    place=_place(rnd))
        m.place_inherited = rnd.random() < 0.2
        m.place_rank = rnd.randrange(8)
        m.date = rnd.choice([None, "2015-07-01", "2015-07-02"])
        m.date_soft = rnd.random() < 0.3
        m.background = rnd.random() < 0.1
        m.known = rnd.random() < 0.2
        m.recalled = rnd.random() < 0.2
        out.append(m)
    return out


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"seed-{s}") for s in range(40)])
def test_grid_merges_as_a_full_comparison(seed, monkeypatch) -> None:
    monkeypatch.setattr(event_merge, "_GRID_FROM", 10**9)  # every event compared
    full = [[m.i for m in g] for g in merge_mentions(_mentions(seed))]
    monkeypatch.setattr(event_merge, "_GRID_FROM", 2)
    grid = [[m.i for m in g] for g in merge_mentions(_mentions(seed))]
    assert grid == full
