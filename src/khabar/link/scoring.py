"""How well one report's account fits an event: the score the linker ranks candidate events by.

Reads an :class:`~khabar.link.model.EventMention` and a :class:`~khabar.link.model.Cluster`;
returns a score (``None`` when the account cannot belong to the event at all). Hard rules first
(dates too far apart, publication order, places too far apart, another country), then evidence:
sub-event type, day, place, figures, actors, trigger words and the article evidence
(:func:`khabar.link.evidence.doc_similarity`). No data files.

Example::

    >>> from khabar.link.model import Cluster, EventMention
    >>> a = EventMention("a:0", "a", type="Battles", subtype="Armed clash", lo=735000, hi=735000,
    ...                  dated=True, country="SY", place="Kafr Nabl", lat=35.6, lon=36.6, geo_precision=1)
    >>> b = EventMention("b:0", "b", type="Battles", subtype="Armed clash", lo=735009, hi=735009,
    ...                  dated=True, country="SY", place="Kafr Nabl", lat=35.6, lon=36.6, geo_precision=1)
    >>> score(b, Cluster.seed(a)) is None  # the same town nine days later: another event
    True
"""

from __future__ import annotations

from khabar.link.evidence import DOC_BASE, DOC_CAP, DOC_STRONG, DOC_WEIGHT, Idf, doc_similarity
from khabar.link.model import TERRITORY, Cluster, EventMention, distance_km, fold, radius_km

DATE_SLACK = 3  # days two dated accounts of one event may differ before they cannot link
MAX_KM = 300.0  # placed accounts farther apart than this (or 3 precision radii) never link
THRESHOLD = 0.42
PUB_SLACK = 2


def _gap(lo1: int, hi1: int, lo2: int, hi2: int) -> int:
    return max(0, max(lo1, lo2) - min(hi1, hi2))


def score(m: EventMention, c: Cluster, idf: Idf | None = None) -> float | None:
    """How well a mention fits a cluster; ``None`` when it cannot belong to it at all.

    ``idf`` (from :class:`Linker`) weighs the article evidence; without it only the accounts count.
    """
    s = 0.0
    type_miss = False
    ds = doc_similarity(m, c, idf)
    strong = ds >= DOC_STRONG
    # -- type
    if m.subtype and c.subtypes:
        if m.subtype == c.top_subtype or (m.subtype in TERRITORY and c.top_subtype in TERRITORY):
            s += 0.25  # who took a town from whom is how a source sees it: one sub-event
        elif m.subtype in c.subtypes:
            s += 0.15
        elif m.type in c.types:
            s += 0.05
        else:
            s -= 0.1  # another type of the family: forgiven below when place and day agree
            type_miss = True
    # -- date
    clo, chi = c.date_range()
    if m.lo is not None and clo is not None:
        c_dated = bool(c.days) or c.dated_lo is not None
        # nothing is reported before it happens: a report bounds the event by its publication
        early = 0
        if m.published is not None and c.hard_min is not None and c.hard_min > m.published:
            early = c.hard_min - m.published
        if m.hard and c.pub_min is not None and m.lo > c.pub_min:
            early = max(early, m.lo - c.pub_min)  # type: ignore[operator]
        same_place = (m.placed and (m.geo_precision or 3) <= 2 and bool(m.place)
                      and fold(m.place) in c.places)
        if early:
            if early > PUB_SLACK or not (strong or same_place):
                return None
            s -= 0.05  # one of the dates is off by a day or two: the place or the articles vouch
        # territory changes hands once: accounts of one town taken within days are one event
        held = m.subtype in TERRITORY and c.top_subtype in TERRITORY and same_place
        if not m.dated and c_dated and c.dated_lo > m.hi:  # type: ignore[operator]
            return None
        if m.dated and c.undated_hi is not None and m.lo > c.undated_hi:
            if m.lo - c.undated_hi > PUB_SLACK or not strong:
                return None
            s -= 0.0 if early else 0.05
        both_dated = m.dated and c_dated
        gap = _gap(m.lo, m.hi, clo, chi)  # type: ignore[arg-type]
        if not both_dated and gap == 0:
            s += 0.05
        if both_dated:
            exact = m.lo == m.hi and clo == chi
            if gap > DATE_SLACK:
                return None
            if gap == 0:
                s += 0.3 if exact else 0.1
            elif gap == 1:
                s += 0.15 if exact else 0.05
            elif not m.hard or not c.hard_days or held:
                s -= 0.05  # a follow-up dated by its publication day, or an event known only so
            else:
                s -= 0.25
        elif gap > DATE_SLACK:
            s -= 0.2
    # -- place
    a = c.anchor
    # a vague account (a province, a country, nowhere) from an article that names the event's town
    ctx = (a is not None and (a.geo_precision or 3) <= 2 and m.vague and fold(a.place) in m.context)
    # a vague account from an article much like the event's (a town placed at a town is not moved)
    ctx = ctx or (strong and m.vague)
    if m.vague and m.country and c.countries and m.country not in c.where and not ctx:
        return None
    if m.placed and a is not None:
        d = distance_km(m.lat, m.lon, a.lat, a.lon)  # type: ignore[arg-type]
        r = max(radius_km(m.geo_precision), radius_km(a.geo_precision))
        if d > min(MAX_KM, 3 * r) and not ctx:
            return None
        same_name = m.place is not None and fold(m.place) in c.places
        if same_name or d <= r / 3:
            s += 0.3
        elif d <= r:
            s += 0.3 * (1.0 - d / r) + 0.05
        elif ctx:
            s += 0.1
        else:
            s -= 0.25 if (m.admin1 and c.admin1s and m.admin1 not in c.admin1s) else 0.1
    elif m.country and c.countries:
        if m.country not in c.where and not ctx:
            return None
        s += 0.1 if ctx else 0.05
    elif not (m.country or m.placed) or not (c.countries or a is not None):
        s -= 0.15  # one side says nothing of where: the rest must vouch for the link
    if type_miss and s >= 0.35:  # same place and (about) the same day: one event, coded two ways
        s += 0.1
    # -- casualties
    if m.killed is not None and c.killed:
        if m.killed in c.killed:
            s += 0.1 if m.killed else 0.03
        elif any(k and 0.5 <= m.killed / k <= 2.0 for k in c.killed):
            s += 0.03
        else:
            s -= 0.05
    # -- actors and words
    acts = {fold(x) for x in (m.actor1, m.actor2) if x}
    if acts & c.actors:
        s += 0.1
    if m.trigger:
        t = fold(m.trigger)
        if t and set(t.split()) & c.triggers:
            s += 0.05
    if m.article in c.articles:
        s -= 0.15
    s += min(DOC_CAP, DOC_WEIGHT * max(0.0, ds - DOC_BASE))
    return s + 0.01 * min(len(c.articles), 5)  # ties go to the better-attested event
