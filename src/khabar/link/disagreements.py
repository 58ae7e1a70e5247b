"""What each source says of a linked event, the merged value of every field, and where sources disagree.

Reads a :class:`~khabar.link.model.Cluster` (an event and its member mentions); returns
``field_values`` (field -> [{value, sources}]), ``merge_event`` (one value per field, ACLED style:
the most precise date and place, the majority type, the lowest fatality figure) and
``find_disagreements`` (fields whose values differ beyond tolerance: dates beyond their precision,
places beyond their precision radius or in another admin1, killed/injured counts, actors), each value
with the sources behind it: ``{"article", "outlet", "speaker"}``. No data files.

Example::

    >>> from khabar.link.model import Cluster, EventMention
    >>> c = Cluster.from_members("ev-1", [EventMention("a:0", "a", type="Battles", killed=3),
    ...                                   EventMention("b:0", "b", type="Battles", killed=5)])
    >>> merge_event(c)["killed"], [d["field"] for d in find_disagreements(c)]
    (3, ['killed'])
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from khabar.link.model import Cluster, EventMention, fold, haversine_km, radius_km
from khabar.link.mentions import date_bounds

FIELDS = ("type", "subtype", "date", "place", "actor1", "actor2", "killed", "injured")
DATE_TOLERANCE_DAYS = 1  # two day-precision dates this close are one date
ACTOR_SIMILARITY = 92  # rapidfuzz ratio at or above which two actor names are one actor


def _source(m: EventMention, name: str = "") -> dict[str, Any]:
    """Who behind the account gives its value of field ``name``: for a casualty figure, the speakers
    that give the figure (none when the outlet tells it itself); else every speaker that reports it."""
    by = m.killed_by if name == "killed" else m.injured_by if name == "injured" else None
    speakers = m.speakers if by is None else by
    return {"article": m.article, "outlet": m.outlet, "mention": m.id,
            "speaker": ", ".join(speakers) if speakers else None}


def _value(m: EventMention, name: str) -> Any:
    if name == "date":
        return m.date if m.dated else None
    if name == "place":
        return m.place if (m.place or m.placed) else None
    return getattr(m, name)


def _key(name: str, v: Any) -> Any:
    return fold(v) if name in ("place", "actor1", "actor2") and isinstance(v, str) else v


def field_values(c: Cluster, name: str) -> list[dict[str, Any]]:
    """Every distinct value the members give for a field, with the sources behind it (most cited first)."""
    groups: dict[Any, dict[str, Any]] = {}
    order: list[Any] = []
    for m in sorted(c.members, key=EventMention.key):
        v = _value(m, name)
        if v is None or v == "":
            continue
        k = _key(name, v)
        if k not in groups:
            groups[k] = {"value": v, "sources": []}
            order.append(k)
        groups[k]["sources"].append(_source(m, name))
    return sorted((groups[k] for k in order), key=lambda g: -len(g["sources"]))


def _majority(values: list[Any]) -> Any:
    if not values:
        return None
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], -values.index(v)))


_PREC_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def merge_event(c: Cluster) -> dict[str, Any]:
    """One value per field, with ACLED's conventions."""
    ms = sorted(c.members, key=EventMention.key)
    dated = [m for m in ms if m.dated and m.date]
    if dated:
        best_prec = min(_PREC_RANK.get(m.date_precision or "day", 0) for m in dated)
        precise = [m for m in dated if _PREC_RANK.get(m.date_precision or "day", 0) == best_prec]
        date = _majority(sorted(m.date for m in precise))  # ties: the earliest
        date_precision = precise[0].date_precision or "day"
    else:
        date, date_precision = None, None
    placed = [m for m in ms if m.placed]
    anchor = None
    if placed:
        best_geo = min(m.geo_precision or 3 for m in placed)
        top = [m for m in placed if (m.geo_precision or 3) == best_geo]
        name = _majority([fold(m.place) for m in top])
        anchor = next(m for m in top if fold(m.place) == name)
    killed = [m.killed for m in ms if m.killed is not None]
    injured = [m.injured for m in ms if m.injured is not None]
    type_ = _majority([m.type for m in ms])
    subtypes = [m.subtype for m in ms if m.type == type_ and m.subtype]
    countries = [m.country for m in ms if m.country]
    if date:  # the event's own days; else the span its undated reports allow
        lo, hi = date_bounds(date, date_precision, None)
    else:
        lo = min((m.lo for m in ms if m.lo is not None), default=None)
        hi = max((m.hi for m in ms if m.hi is not None), default=None)
    return {
        "id": c.id,
        "type": type_,
        "subtype": _majority(subtypes),
        "date": date,
        "date_precision": date_precision,
        "date_lo": lo,
        "date_hi": hi,
        "country": anchor.country if anchor and anchor.country else _majority(countries),
        "admin1": anchor.admin1 if anchor else None,
        "location": anchor.place if anchor else None,
        "lat": anchor.lat if anchor else None,
        "lon": anchor.lon if anchor else None,
        "geo_precision": anchor.geo_precision if anchor else None,
        "actor1": _majority([m.actor1 for m in ms if m.actor1]),
        "actor2": _majority([m.actor2 for m in ms if m.actor2]),
        "killed": min(killed) if killed else None,  # ACLED: the most conservative report
        "injured": min(injured) if injured else None,
        "civilian": any(m.type == "Violence against civilians" for m in ms),
        "n_articles": len({m.article for m in ms}),
        "articles": sorted({m.article for m in ms}),
        "fields": {f: field_values(c, f) for f in FIELDS},
    }


def _dates_differ(a: EventMention, b: EventMention) -> bool:
    if a.lo is None or b.lo is None:
        return False
    tol = DATE_TOLERANCE_DAYS
    return max(a.lo, b.lo) - min(a.hi, b.hi) > tol  # type: ignore[operator]


def _places_differ(a: EventMention, b: EventMention) -> bool:
    if a.country and b.country and a.country != b.country:
        return True
    if not (a.placed and b.placed):
        return False
    if fold(a.place) == fold(b.place):
        return False
    d = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
    if d > max(radius_km(a.geo_precision), radius_km(b.geo_precision)):
        return True
    precise = (a.geo_precision or 3) <= 2 and (b.geo_precision or 3) <= 2
    return bool(precise and a.admin1 and b.admin1 and a.admin1 != b.admin1)


def _actors_differ(a: str, b: str) -> bool:
    """Two names of actors differ unless one's words contain the other's, or they are near-identical."""
    from rapidfuzz import fuzz

    fa, fb = fold(a) or "", fold(b) or ""
    if fa == fb:
        return False
    wa, wb = set(fa.split()), set(fb.split())
    if wa <= wb or wb <= wa:
        return False
    return fuzz.ratio(fa, fb) < ACTOR_SIMILARITY


def find_disagreements(c: Cluster) -> list[dict[str, Any]]:
    """``[{field, values: [{value, sources}]}]`` for every field the sources disagree on."""
    ms = sorted(c.members, key=EventMention.key)
    out: list[dict[str, Any]] = []

    def conflict(name: str, differ) -> None:  # noqa: ANN001
        have = [m for m in ms if _value(m, name) is not None]
        if any(differ(a, b) for i, a in enumerate(have) for b in have[i + 1:]):
            out.append({"field": name, "values": field_values(c, name)})

    conflict("date", lambda a, b: a.dated and b.dated and _dates_differ(a, b))
    conflict("place", _places_differ)
    conflict("killed", lambda a, b: a.killed != b.killed)
    conflict("injured", lambda a, b: a.injured != b.injured)
    conflict("actor1", lambda a, b: _actors_differ(a.actor1, b.actor1))
    conflict("actor2", lambda a, b: _actors_differ(a.actor2, b.actor2))
    return out


def iso(ordinal: int | None) -> str | None:
    return dt.date.fromordinal(ordinal).isoformat() if ordinal is not None else None
