"""Linking gives one answer whatever the order mentions arrive in and whatever ids they carry:
the store names a mention ``<article hash>:<idx>``, memory ``<article id>:<idx>``; both must make
the same events, with the same ids and merged fields."""

from __future__ import annotations

import hashlib
import random

import pytest

from khabar.link.disagreements import merge_event
from khabar.link.events import Cluster, EventMention, link_mentions

DAY = 735800


def clash(article: str, idx: int = 0, *, lat: float | None = None, lon: float | None = None,
          prefix: str | None = None, killed: int | None = None) -> EventMention:
    """An armed clash in Syria on DAY, reported the day after; placed at a town when lat/lon given."""
    return EventMention(f"{prefix or article}:{idx}", article, type="Battles", subtype="Armed clash",
                        lo=DAY, hi=DAY, dated=True, published=DAY + 1, country="SY", lat=lat, lon=lon,
                        geo_precision=1 if lat is not None else None,
                        place=f"T{lat}" if lat is not None else None, killed=killed, idx=idx)


def two_towns_and_a_vague(prefix=lambda a: a) -> list[EventMention]:
    """Clashes at two towns 90 km apart (never one event) and a report naming only the country:
    it fits both events exactly as well, so only the tie-break decides."""
    return [clash("a", lat=36.0, lon=37.0, prefix=prefix("a"), killed=3),
            clash("b", lat=36.0, lon=38.0, prefix=prefix("b"), killed=4),
            clash("c", prefix=prefix("c"), killed=5)]


def storage_id(salt: str) -> callable:
    """Mention-id prefixes as a store would make them: a hash, unrelated to the article id's order."""
    return lambda a: hashlib.sha1((salt + a).encode()).hexdigest()[:16]


def summary(clusters: list[Cluster]) -> list[tuple]:
    """What an analyst sees: each event's id, its accounts by (article, index) and merged figures."""
    out = []
    for c in clusters:
        ev = merge_event(c)
        out.append((c.id, tuple(sorted(m.key()[:2] for m in c.members)), ev["killed"], ev["location"]))
    return sorted(out)


def test_a_tie_goes_to_the_event_of_the_least_article_key():
    got = {frozenset(m.article for m in c.members) for c in link_mentions(two_towns_and_a_vague())}
    assert got == {frozenset({"a", "c"}), frozenset({"b"})}


@pytest.mark.parametrize("salt", [pytest.param(s, id=f"store-ids-{s}") for s in "pqrstuvw"])
def test_store_style_ids_give_the_same_events_as_memory_ids(salt):
    want = summary(link_mentions(two_towns_and_a_vague()))
    assert summary(link_mentions(two_towns_and_a_vague(storage_id(salt)))) == want


@pytest.mark.parametrize("seed", [pytest.param(s, id=f"shuffle-{s}") for s in range(6)])
def test_input_order_does_not_change_the_events(seed):
    towns = [(36.0 + 0.01 * (i % 3), 37.0 + 2.0 * (i // 3)) for i in range(9)]
    ms = [clash(f"r{i}", j, lat=lat, lon=lon, killed=i) for i, (lat, lon) in enumerate(towns) for j in range(2)]
    ms += [clash(f"v{i}", killed=10 + i) for i in range(4)]  # country-only reports: ties everywhere
    want = summary(link_mentions(ms))
    shuffled = list(ms)
    random.Random(seed).shuffle(shuffled)
    renamed = [EventMention(**{**{f: getattr(m, f) for f in m.__slots__}, "id": f"h{seed}{m.id[::-1]}"})
               for m in shuffled]
    assert summary(link_mentions(renamed)) == want


@pytest.mark.parametrize("m, key", [
    pytest.param(EventMention("x:3", "art", idx=3), ("art", 3, ""), id="indexed"),
    pytest.param(EventMention("x:3", "art"), ("art", -1, "x:3"), id="no-index-falls-back-to-id"),
])
def test_mention_key_is_article_and_index(m, key):
    assert m.key() == key


def test_index_orders_numerically_not_as_text():
    ms = sorted([clash("a", 10), clash("a", 2)], key=EventMention.order)
    assert [m.idx for m in ms] == [2, 10]


def test_event_id_is_the_same_from_store_and_memory_ids():
    a = Cluster.seed(clash("a", 1))
    b = Cluster.seed(clash("a", 1, prefix="0f3c9e"))
    assert a.id == b.id
