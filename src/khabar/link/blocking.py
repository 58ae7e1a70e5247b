"""Blocking for cross-article linking: which events a new account is compared with at all.

Reads :class:`~khabar.link.model.Cluster` summaries; keeps an index from blocking keys to event ids
so that a mention is scored only against a handful of events and linking cost grows near-linearly.
An event is indexed under (type family, name, 8-day bucket) for every bucket its dates touch and
every name it can be found by: its countries (``"*"`` for any, ``"?"`` when no account gives one),
``@<town>`` (its anchor town, for vague accounts from articles naming it), ``k:<key>`` (its article
profile keys, for vague accounts sharing rare names) and ``g:<cell>`` (a half-degree grid cell, for
towns across a border). No data files.

Example::

    >>> from khabar.link.model import Cluster, EventMention
    >>> ix = BlockIndex()
    >>> c = Cluster.seed(EventMention("a:0", "a", type="Battles", lo=735000, hi=735000, dated=True,
    ...                               country="SY"))
    >>> ix.register(c)
    >>> m = EventMention("b:0", "b", type="Battles", lo=735001, hi=735001, dated=True, country="SY")
    >>> [x.id for x in ix.candidates(m, {c.id: c}, lambda m: [])] == [c.id]
    True
"""

from __future__ import annotations

import math
from collections.abc import Callable

from khabar.link.model import Cluster, EventMention, family, fold
from khabar.link.scoring import DATE_SLACK, FOLLOW_UP_DAYS

BUCKET_DAYS = 8
CELL_DEG = 0.5  # grid cells (about 55 km) that find events at towns across a border
KEY_MAX_EVENTS = 32  # a profile key naming more events than this in one date bucket is no block

Key = tuple[str, str, int]


def _cell(lat: float | None, lon: float | None) -> str:
    """The blocking key of the CELL_DEG grid cell a point lies in."""
    return f"g:{math.floor((lat or 0.0) / CELL_DEG)},{math.floor((lon or 0.0) / CELL_DEG)}"


def buckets(lo: int | None, hi: int | None, slack: int) -> range:
    """The date buckets of the days [lo - slack, hi + slack]; the undated bucket when no days."""
    if lo is None or hi is None:
        return range(-1, 0)  # the undated bucket
    return range((lo - slack) // BUCKET_DAYS, (hi + slack) // BUCKET_DAYS + 1)


class BlockIndex:
    """Blocking key -> ids of the events indexed under it (and each event's keys, to unregister)."""

    def __init__(self) -> None:
        self._index: dict[Key, list[str]] = {}
        self._keys: dict[str, set[Key]] = {}
        self._families: set[str] = set()

    def register(self, c: Cluster) -> None:
        """Index an event (again, after it grew) under every key it can be found by."""
        keys = set()
        countries = set(c.where) or {"?"}
        lo, hi = (c.dated_lo, c.dated_hi) if c.dated_lo is not None else (c.lo, c.hi)
        names = countries | {"*"}
        a = c.anchor
        if a is not None and (a.geo_precision or 3) <= 2 and fold(a.place):
            names.add("@" + fold(a.place))  # found by vague accounts from articles naming the town
        names.update("k:" + k for k in c.profile)  # found by vague accounts sharing rare names
        if a is not None and (a.geo_precision or 3) <= 2:
            names.add(_cell(a.lat, a.lon))  # found by towns nearby, across a border
        names.update("#" + art for art in c.spots)  # found by its articles' other accounts (siblings)
        self._families.add(c.family)
        for b in buckets(lo, hi, 0):
            for name in names:
                keys.add((c.family, name, b))
        for k in keys - self._keys.get(c.id, set()):
            self._index.setdefault(k, []).append(c.id)
        self._keys[c.id] = self._keys.get(c.id, set()) | keys

    def unregister(self, cid: str) -> None:
        for k in self._keys.pop(cid, ()):
            ids = self._index.get(k)
            if ids and cid in ids:
                ids.remove(cid)

    def article_mates(self, m: EventMention) -> set[str]:
        """The events holding another account of the mention's article on its days (of any type
        family): where a sibling of the mention may sit."""
        if m.pos is None:
            return set()
        out: set[str] = set()
        for fam in self._families:
            for b in buckets(m.lo, m.hi, 0):
                out.update(self._index.get((fam, "#" + m.article, b), ()))
        return out

    def candidates(self, m: EventMention, clusters: dict[str, Cluster],
                   rare_keys: Callable[[EventMention], list[str]]) -> list[Cluster]:
        """The events a mention is scored against: its family, country and date window, plus the
        nearby grid cells for a town, and the named towns and rarest profile keys for a vague account."""
        fam = family(m.type, m.subtype)
        ctry = m.country or "*"
        seen: set[str] = set()
        out = []
        for b in buckets(m.lo, m.hi, DATE_SLACK):
            for cid in self._index.get((fam, ctry, b), ()):
                if cid not in seen:
                    seen.add(cid)
                    out.append(clusters[cid])
        extra = ["?"] if m.country else []  # clusters whose accounts give no country at all
        if m.placed and (m.geo_precision or 3) <= 2:  # events at towns nearby, across a border
            extra += [_cell(m.lat + dy * CELL_DEG, m.lon + dx * CELL_DEG)  # type: ignore[operator]
                      for dy in (-1, 0, 1) for dx in (-1, 0, 1)]
        if m.vague:  # events at the towns the article names, whatever this account's country
            extra += ["@" + n for n in sorted(m.context)]
            extra += ["k:" + k for k in rare_keys(m)]  # and events told by articles much like it
        if m.pos is not None:  # events holding another account of its article (a sibling)
            extra.append("#" + m.article)
        keys = [(fam, key, b) for key in extra for b in buckets(m.lo, m.hi, DATE_SLACK)]
        if m.follow_up and m.lo is not None:  # attacks at its town in the days before an arrest
            keys += [("violence", ctry, b) for b in buckets(m.lo - FOLLOW_UP_DAYS, m.hi, 0)]
        for key in keys:
            ids = self._index.get(key, ())
            if len(ids) > KEY_MAX_EVENTS and key[1].startswith("k:"):
                continue  # a name too common to block on
            for cid in ids:
                if cid not in seen:
                    seen.add(cid)
                    out.append(clusters[cid])
        return out
