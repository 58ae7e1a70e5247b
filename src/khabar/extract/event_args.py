"""Arguments of an event mention: place (with ACLED precision) and date.

Reads ``doc.places``, ``doc.times`` and a :class:`TokenView`; returns values and evidence spans;
adds nothing to the Doc. Loads ``words.tsv`` (kind near) through :mod:`khabar.extract.event_words` and
``place_words.yaml`` (distance_units: the place a distance is measured from is a reference point).
Actors are chosen in :mod:`khabar.extract.event_actors`.

Example::

    >>> from khabar.doc import Span, TimeMention
    >>> t = TimeMention(Span(0, 3, "..."), "2023-07-07", "day", rule="example")
    >>> best_time([t], 10, None).value
    '2023-07-07'
"""

from __future__ import annotations

import functools
import math

from khabar.doc import PlaceMention, TimeMention
from khabar.extract.event_words import TokenView
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form

_LEVEL_RANK = {"city": 3, "region": 2, "admin1": 1, "country": 0}
# ACLED event type of each sub-event type khabar codes
TYPE_OF = {
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Attack": "Violence against civilians",
    "Armed clash": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
}
# actor categories (actors.tsv) that bear arms: a death toll near one of them is political violence
ARMED = frozenset({"state", "rebel", "pro_gov", "air", "external", "armed"})


def place_precision(v: TokenView, p: PlaceMention, tok_index: int | None) -> int:
    """ACLED precision: 1 the town itself, 2 near it or part of a province, 3 province or wider.

    The places stage's own precision is used when it gives one."""
    if p.precision in (1, 2, 3):
        return p.precision
    level = p.level or "city"
    if level in ("country", "admin1"):
        return 3
    if level == "region":
        return 2
    if p.direction:
        return 2
    if tok_index is not None:
        kinds = v.kinds()
        for k in range(max(0, tok_index - 2), tok_index):
            if "near" in kinds[k] and v.tokens[k].sentence == v.tokens[tok_index].sentence:
                return 2
    return 1


def distance_km(a: PlaceMention, b: PlaceMention) -> float:
    """Great-circle distance between two resolved places (infinite when one has no coordinates)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _key(p: PlaceMention) -> tuple:
    return (p.name, round(p.lat, 2) if p.lat is not None else None,
            round(p.lon, 2) if p.lon is not None else None)


def specificity(p: PlaceMention | None, references: frozenset[tuple] = frozenset()) -> int:
    """Higher is more specific: town > region > province > country; a town named only as the
    reference point of another ("بزاعة شرق حلب": حلب) ranks below the town it locates."""
    if p is None:
        return -1
    rank = _LEVEL_RANK.get(p.level or "city", 3) * 2
    if _key(p) not in references:
        rank += 1
    return rank


_DISTANCE_GAP = 3  # tokens from a unit of length to the place it measures from ("620 كلم من باماكو")


def reference_places(v: TokenView, places: list[PlaceMention], token_of) -> frozenset[tuple]:
    """Places used as a reference point somewhere in the article: B of "A شرق B", "A قرب B"."""
    out: set[tuple] = set()
    kinds = v.kinds()
    for a, b in zip(places, places[1:]):
        ia, ib = token_of(a.span.end - 1), token_of(b.span.start)
        if 1 <= ib - ia <= 3 and any("near" in kinds[k] for k in range(ia + 1, ib)):
            out.add(_key(b))
    return frozenset(out)


def measured_from(v: TokenView, i: int) -> bool:
    """The place at token i is what a distance is measured from: a count and a unit of length stand a
    few words before it in its sentence ("620 كلم من باماكو", "على بعد 30 كم شمال X"; not "لكم")."""
    units = _distance_units()
    return any(v.tokens[k].sentence == v.tokens[i].sentence and v.tokens[k].norm in units and k > 0
               and (v.tokens[k - 1].norm.isdigit() or v.number_at(k - 1) is not None)
               for k in range(max(0, i - _DISTANCE_GAP), i))


def distance_before(v: TokenView, i: int) -> float | None:
    """The distance in km that a count and a unit of length a few words before the place at token i
    measure from it ("على بعد 50 كيلومترا شمالي مدينة X": 50; "30 ميلا": 48), None without one."""
    units, miles = _distance_units(), _mile_units()
    for k in range(i - 1, max(0, i - _DISTANCE_GAP) - 1, -1):
        if k < 1 or v.tokens[k].sentence != v.tokens[i].sentence or v.tokens[k].norm not in units:
            continue
        count = v.tokens[k - 1].norm
        if count.isdigit():
            value = float(count)
        else:
            n = v.number_at(k - 1)
            try:
                value = float(n.entry["value"]) if n is not None and n.j == k else 0.0
            except (TypeError, ValueError):
                value = 0.0
        if value <= 0:
            return None
        return value * _MILE_KM if v.tokens[k].norm in miles else value
    return None


_MILE_KM = 1.609


@functools.cache
def _mile_units() -> frozenset[str]:
    """The units of distance_units that are miles (place_words.yaml mile_units), folded."""
    return frozenset(normalize_form(w) for w in load_yaml("events/place_words.yaml")["mile_units"])


@functools.cache
def _distance_units() -> frozenset[str]:
    """Units of length (place_words.yaml distance_units), folded."""
    return frozenset(normalize_form(w) for w in load_yaml("events/place_words.yaml")["distance_units"])


def best_time(times: list[TimeMention], pos: int, reach: int | None) -> TimeMention | None:
    """The resolved time nearest to character ``pos`` among ``times`` (within ``reach`` chars)."""
    best, dist = None, None
    for t in times:
        if not t.value:
            continue
        d = t.span.start - pos if t.span.start >= pos else pos - t.span.end
        if reach is not None and d > reach:
            continue
        if dist is None or d < dist:
            best, dist = t, d
    return best
