"""Event mentions for linking, from processed articles: one per ``doc.events`` entry.

Reads a doc record (:func:`khabar.export.record.doc_to_record`) or a Doc; returns
:class:`~khabar.link.model.EventMention` objects carrying what linking compares: type, the date as
a range of days that respects its precision (the days before publication when the article gives no
date), the place (or, failing that, the country the article is mostly about), actors, casualty
figures, the trigger word, who reported it (outlet, claim speakers), and the article's profile (the
places and actors it names, see :func:`article_profile`), and whether the article is a round-up
(:func:`mark_round_ups`). Actors are given their canonical names where the article's entities or
alias clusters know them. No data files.

Example::

    >>> rec = {"id": "a", "published": "2015-07-21", "places": [], "claims": [],
    ...        "events": [{"type": "Battles", "subtype": "Armed clash", "date": "2015-07-20",
    ...                    "date_precision": "day", "trigger": {"text": "clashes"}}]}
    >>> m = mentions_from_record(rec)[0]
    >>> (m.id, m.dated, m.hi - m.lo)
    ('a:0', True, 0)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from khabar.link.model import FOLLOW_UPS, ROUND_UP_PLACES, EventMention, family, fold

UNDATED_LOOKBACK_DAYS = 10  # an undated event happened within this many days before publication
PROFILE_LABELS = ("PER", "ORG")  # entity labels an article's profile keeps (places come from places)


def date_bounds(date: str | None, precision: str | None,
                published: str | None) -> tuple[int | None, int | None]:
    """The first and last possible day (proleptic ordinals) of an event date of a given precision.

    An event without a date happened in the days before publication.
    """
    try:
        d = dt.date.fromisoformat(date) if date else None
    except ValueError:
        d = None
    if d is None:
        try:
            p = dt.date.fromisoformat(published) if published else None
        except ValueError:
            p = None
        if p is None:
            return None, None
        return p.toordinal() - UNDATED_LOOKBACK_DAYS, p.toordinal()
    lo = d.toordinal()
    if precision == "week":
        return lo, lo + 6
    if precision == "month":
        nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return lo, nxt.toordinal() - 1
    if precision == "year":
        return lo, dt.date(d.year, 12, 31).toordinal()
    return lo, lo


def main_country(rec: dict[str, Any]) -> str | None:
    """The country most of the article's resolved places lie in."""
    c = Counter(p["country"] for p in rec.get("places") or [] if p.get("country"))
    return max(c, key=lambda k: (c[k], k)) if c else None


def article_places(rec: dict[str, Any]) -> frozenset[str]:
    """Folded names of the towns and provinces an article names (countries left out)."""
    out = set()
    for p in rec.get("places") or []:
        if p.get("name") and p.get("level") != "country" and (p.get("precision") or 1) <= 2:
            f = fold(p["name"])
            if f:
                out.add(f)
    return frozenset(out)


def article_profile(rec: dict[str, Any], canonical: dict[str, str] | None = None) -> frozenset[str]:
    """The named things an article tells of: ``p:<place>`` for every place below a country (towns,
    provinces, regions, mountains) and ``a:<actor>`` for every person or organisation, by canonical
    name where the entities or alias clusters give one. Reports of one event share their rare keys;
    linking weighs them by inverse document frequency.
    """
    canonical = actor_names(rec) if canonical is None else canonical
    out = set()
    for p in rec.get("places") or []:
        if isinstance(p, dict) and p.get("level") != "country":
            f = fold(p.get("name") or p.get("text"))
            if f:
                out.add("p:" + f)
    for e in rec.get("entities") or []:
        if isinstance(e, dict) and e.get("label") in PROFILE_LABELS:
            f = fold(e.get("text"))
            name = e.get("canonical") or canonical.get(f or "") or e.get("text")
            f = fold(name) if isinstance(name, str) else None
            if f:
                out.add("a:" + f)
    return frozenset(out)


def actor_names(rec: dict[str, Any]) -> dict[str, str]:
    """Folded surface form -> canonical actor name, from the article's entities and alias clusters."""
    out: dict[str, str] = {}
    for a in rec.get("aliases") or []:
        canon = a.get("canonical")
        if canon:
            for n in a.get("names") or []:
                f = fold(n)
                if f:
                    out.setdefault(f, canon)
    for e in rec.get("entities") or []:
        f = fold(e.get("text"))
        if f and e.get("canonical"):
            out[f] = e["canonical"]  # the lexicon's canonical domain actor wins
    return out


def _int(x: Any) -> int | None:
    try:
        return int(x) if x is not None else None
    except (TypeError, ValueError):
        return None


def _float(x: Any) -> float | None:
    try:
        return float(x) if x is not None else None
    except (TypeError, ValueError):
        return None


def _actor(name: Any, canonical: dict[str, str]) -> str | None:
    if not isinstance(name, str) or not name.strip():
        return None
    return canonical.get(fold(name) or "", name)


def _ordinal(day: str | None) -> int | None:
    try:
        return dt.date.fromisoformat(day).toordinal() if day else None
    except ValueError:
        return None


def trigger_pos(ev: dict[str, Any]) -> int | None:
    """Where an event's trigger starts in its article (``None`` when the record does not say)."""
    trig = ev.get("trigger")
    if isinstance(trig, dict) and isinstance(trig.get("start"), int):
        return trig["start"]
    return None


def mark_follow_ups(mentions: list[EventMention]) -> None:
    """Flag the arrests (FOLLOW_UPS) of articles that code no violent event: such a report may tell
    what followed an attack that its extraction missed, and may link to that attack."""
    violent = {m.article for m in mentions if family(m.type, m.subtype) == "violence"}
    for m in mentions:
        m.follow_up = m.subtype in FOLLOW_UPS and m.article not in violent


def place_key(m: EventMention) -> str | None:
    """What tells one place from another among an article's accounts: the folded name (or the point)."""
    if not m.placed:
        return None
    return fold(m.place) or f"{m.lat:.2f},{m.lon:.2f}"


def round_up_articles(places: dict[str, set[str]]) -> set[str]:
    """The articles (id -> the place keys of its accounts) that tell of events at ROUND_UP_PLACES places."""
    return {a for a, ps in places.items() if len(ps) >= ROUND_UP_PLACES}


def mark_round_ups(mentions: list[EventMention]) -> None:
    """Flag the accounts of round-up articles (events at ROUND_UP_PLACES places or more: "clashes in A,
    air strikes on B, shelling of C"). Such an article names many places and actors of events it only
    mentions, so its article evidence says little of any one of its accounts: each must agree with an
    event on its own (see scoring.score). Pass every account of the articles concerned."""
    places: dict[str, set[str]] = {}
    for m in mentions:
        k = place_key(m)
        places.setdefault(m.article, set())
        if k:
            places[m.article].add(k)
    ru = round_up_articles(places)
    for m in mentions:
        m.round_up = m.article in ru


def figure_speakers(ev: dict[str, Any], claims: list[Any],
                    speakers_of: list[str | None]) -> dict[str, tuple[str, ...] | None]:
    """Who gives the event's killed and injured figures: the speakers of the claims that give the
    chosen figure where the article's tellings disagree on it (``conflicts``), else of the claims
    whose content holds a casualty figure of the event (``evidence.casualties``); () when no claim
    holds one (the article tells it in its own voice); None for a field with no figure."""
    def names(ks: Any) -> tuple[str, ...]:
        return tuple(sorted({speakers_of[k] for k in ks or () if isinstance(k, int)
                             and 0 <= k < len(speakers_of) and speakers_of[k]}))

    spans = [s for s in ((ev.get("evidence") or {}).get("casualties") or []) if isinstance(s, dict)]
    holders = [k for k, c in enumerate(claims) if isinstance(c, dict) and isinstance(c.get("content"), dict)
               and any(_within(s, c["content"]) for s in spans)]
    out: dict[str, tuple[str, ...] | None] = {}
    for name in ("killed", "injured"):
        if ev.get(name) is None:
            out[name] = None
            continue
        values = ((ev.get("conflicts") or {}).get(name) or [])
        chosen = next((v for v in values if isinstance(v, dict) and v.get("value") == ev.get(name)), None)
        out[name] = names(chosen.get("sources")) if chosen is not None else names(holders) if spans else None
    return out


def _within(span: dict[str, Any], content: dict[str, Any]) -> bool:
    try:
        return int(content["start"]) <= int(span["start"]) and int(span["end"]) <= int(content["end"])
    except (KeyError, TypeError, ValueError):
        return False


def mentions_from_record(rec: dict[str, Any], prefix: str | None = None) -> list[EventMention]:
    """One EventMention per event of a doc record; ids are ``<prefix or article id>:<index>``."""
    speakers_of = [(c.get("speaker") or {}).get("name") or (c.get("speaker") or {}).get("text") for c in rec.get("claims") or []]
    fallback = main_country(rec)
    context = article_places(rec)
    canonical = actor_names(rec)
    profile = article_profile(rec, canonical)
    out = []
    for i, ev in enumerate(rec.get("events") or []):
        if not isinstance(ev, dict):
            continue
        place = ev.get("place") or {}
        lo, hi = date_bounds(ev.get("date"), ev.get("date_precision"), rec.get("published"))
        lat, lon = _float(place.get("lat")), _float(place.get("lon"))
        if place.get("level") == "country":  # a country is no location: keep only its code
            lat = lon = None
        speakers = sorted({speakers_of[k] for k in ev.get("sources") or []
                           if isinstance(k, int) and 0 <= k < len(speakers_of) and speakers_of[k]})
        told_by = figure_speakers(ev, rec.get("claims") or [], speakers_of)
        trig = ev.get("trigger")
        geo = _int(place.get("precision")) if place else None
        if lat is not None and lon is not None and geo is None:
            geo = 3 if place.get("level") in ("country", "admin1", "region") else 1
        out.append(EventMention(
            id=f"{prefix or rec['id']}:{i}", article=rec["id"], type=ev.get("type") or "",
            subtype=ev.get("subtype"), date=ev.get("date") if lo is not None and ev.get("date") else None,
            date_precision=ev.get("date_precision"), lo=lo, hi=hi,
            dated=bool(ev.get("date")) and lo is not None,
            place=place.get("name") or place.get("text"), country=place.get("country") or fallback,
            admin1=place.get("admin1"), lat=lat, lon=lon,
            geo_precision=geo if lat is not None and lon is not None else None,
            actor1=_actor(ev.get("actor1"), canonical), actor2=_actor(ev.get("actor2"), canonical),
            killed=_int(ev.get("killed")),
            injured=_int(ev.get("injured")),
            trigger=trig.get("text") if isinstance(trig, dict) else trig if isinstance(trig, str) else None,
            outlet=rec.get("outlet"), speakers=tuple(speakers), killed_by=told_by.get("killed"),
            injured_by=told_by.get("injured"), title=rec.get("title"),
            published=_ordinal(rec.get("published")), context=context, profile=profile,
            pos=trigger_pos(ev), idx=i))
    mark_follow_ups(out)
    mark_round_ups(out)
    return out
