"""How well one report's account fits an event: the score the linker ranks candidate events by.

Reads an :class:`~khabar.link.model.EventMention` and a :class:`~khabar.link.model.Cluster`;
returns a score (``None`` when the account cannot belong to the event at all). Hard rules first
(dates too far apart: DATE_SLACK days, HARD_SLACK where both give a day of their own, publication
order, places too far apart, another country, a shooting told where the event is only an explosion
or the reverse: :func:`khabar.link.model.mode_of`), then evidence:
sub-event type, day, place, figures, actors, trigger words and the article evidence
(:func:`khabar.link.evidence.doc_similarity`). A place given as a province by one report and as a
town by another agrees when the province holds the town, however far its centre, and disagrees when
the town lies in another province (:func:`province_relation`), not by distance alone. Robust to what extraction gets wrong: a sibling
account of the same article (one act coded twice, perhaps at two places) links whatever the
distance; a town near the event's, the same day, links on strong article evidence; an arrest from an
article that codes no violence may join the attack it followed (:func:`follow_up_score`). An account of
a round-up (an article telling of events at many places) gets no help from its article's evidence to
cross places: it links only where it agrees on its own. A background re-telling of a well-reported
event (:func:`retelling`) links despite its dates; a toll that rose by a later report is no
disagreement. An article does not corroborate itself: when the event already holds another of the
account's article's accounts, only the other articles' sub-events and actors earn credit (a province
freed and a shooting at the base told beside it do not pull the article's taking of the base away
from the taking other reports tell). No data files of its own (``model`` loads lang/ar/link/).

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

from collections import Counter

from khabar.extract.gazetteer import same_province
from khabar.link.evidence import DOC_BASE, DOC_CAP, DOC_STRONG, DOC_WEIGHT, Idf, doc_similarity
from khabar.link.model import (STRATEGIC_KIN, TERRITORY, Cluster, EventMention, distance_km, family, fold,
                               mode_of, radius_km)

DATE_SLACK = 3  # days two dated accounts of one event may differ before they cannot link
MAX_KM = 300.0  # placed accounts farther apart than this (or 3 precision radii) never link
THRESHOLD = 0.42
PUB_SLACK = 2
HARD_SLACK = 2  # two accounts each giving one day of its own (not the report's) may differ this much
SIBLING_CHARS = 40  # two events of one article whose triggers lie this close: one act coded twice
RETELL_DAYS = 30  # a background mention of a reported event this long after it may link (retelling)
RETELL_MIN_ARTICLES = 3  # ... to an event told by at least this many articles
NEAR_KM = 100.0  # a town this far (or in the same province) may be one strike's place by another report
OTHER_PROVINCE_KM = 30.0  # a province centred this near a town of another province is no other place
FOLLOW_UP_DAYS = 7  # arrests this many days after an attack, at its town, may be what followed it


def _gap(lo1: int, hi1: int, lo2: int, hi2: int) -> int:
    return max(0, max(lo1, lo2) - min(hi1, hi2))


def sibling(m: EventMention, c: Cluster) -> bool:
    """The event holds an account from the mention's article, of the same day, whose trigger lies
    within SIBLING_CHARS of the mention's ("air strikes and shelling on ..."): one act the extraction
    coded twice, perhaps at two places. One trigger listing several places ("attacks on A, B and C")
    is several events, as ACLED codes them: the same trigger is no sibling."""
    if m.pos is None:
        return False
    return any(0 < abs(p - m.pos) <= SIBLING_CHARS and lo == m.lo for p, lo in c.spots.get(m.article, ()))


def _reference(m: EventMention, c: Cluster) -> EventMention | None:
    """The member whose place a precisely placed account is compared with: the anchor, or when the
    anchor is beyond reach, the nearest other town that two accounts of the event name (reports
    place one strike at different towns)."""
    a = c.anchor
    if a is None or not m.placed or len(c.places) < 2:
        return a
    d = distance_km(m.lat, m.lon, a.lat, a.lon)  # type: ignore[arg-type]
    if d <= min(MAX_KM, 3 * max(radius_km(m.geo_precision), radius_km(a.geo_precision))):
        return a
    best, best_d = a, d
    for name, b in c.place_best.items():
        if c.places[name] >= 2 and b is not a and (b.geo_precision or 3) <= 2:
            db = distance_km(m.lat, m.lon, b.lat, b.lon)  # type: ignore[arg-type]
            if db < best_d:
                best, best_d = b, db
    return best


def province_relation(m: EventMention, a: EventMention, c: Cluster) -> str | None:
    """Where one of the account and the event's reference place is a province and the other a town,
    both with their province known: ``"in"`` when the town lies in that province (one report names
    the province, another the town in it: one place told at two levels), ``"out"`` when it lies in
    another province (or a region of another province) whose centre is not at the town (a neighbouring province's centre may be nearer
    the town than its own is: no agreement on where), else ``None``. A province centred on the town
    (the governorate around a capital district: Sanaa and Amanat al Asimah) is no other place."""
    mp, ap = m.geo_precision or 3, a.geo_precision or 3
    if not (m.admin1 and a.admin1) or (mp >= 3) == (ap >= 3):
        return None
    if same_province(m.admin1, a.admin1):
        p = m if mp >= 3 else a
        # a region within the province (a plain, a mountain range) holds only some of its towns
        return "in" if p.place and same_province(p.place, p.admin1) else None  # type: ignore[arg-type]
    if any(same_province(m.admin1, x) for x in c.admin1s):
        return None  # another account of the event is in the account's province
    if distance_km(m.lat, m.lon, a.lat, a.lon) <= OTHER_PROVINCE_KM:  # type: ignore[arg-type]
        return None
    return "out"


def follow_up_score(m: EventMention, c: Cluster, idf: Idf | None = None) -> float | None:
    """How well an arrest from an article that codes no violence fits a violent event as what followed
    it: at its town, within FOLLOW_UP_DAYS after its day, from an article much like its reports."""
    if not (m.follow_up and c.family == "violence" and m.dated and m.lo is not None):
        return None
    day = c.hard_min if c.hard_min is not None else c.range[0]
    if day is None or not 0 <= m.lo - day <= FOLLOW_UP_DAYS:
        return None
    a = c.anchor
    if a is None or not m.placed or (m.geo_precision or 3) > 2 or (a.geo_precision or 3) > 2:
        return None
    if not (fold(m.place) in c.places or
            distance_km(m.lat, m.lon, a.lat, a.lon) <= radius_km(a.geo_precision)):  # type: ignore[arg-type]
        return None
    ds = doc_similarity(m, c, idf)
    if ds < DOC_STRONG or m.article in c.articles:
        return None
    return 0.3 + min(DOC_CAP, DOC_WEIGHT * ds)


def retelling(m: EventMention, c: Cluster, same_place: bool) -> bool:
    """The account re-tells a well-reported event from days or weeks before ("since the suicide
    bombing in X", "the bombing of X last week"): no day of its own (undated, or only a week or month
    after the event, which is how a background mention gets dated), the event's town by name and its
    sub-event, published after the event's day (within RETELL_DAYS) by an article that is not among
    its reports. Its own dates then say nothing against the link."""
    if not same_place or (m.dated and m.date_precision in (None, "day")):
        return False
    if m.subtype != c.top_subtype or len(c.articles) < RETELL_MIN_ARTICLES or m.article in c.articles:
        return False
    day = c.hard_min
    if day is None or m.published is None or m.lo is None:
        return False
    return 0 < m.published - day <= RETELL_DAYS and m.hi >= day  # type: ignore[operator]


def _others_subtypes(m: EventMention, c: Cluster) -> tuple[str | None, Counter]:
    """The sub-events the event's accounts from other articles than the mention's give, and the
    commonest of them (ties as Cluster.top_subtype breaks them)."""
    n = Counter(x.subtype for x in c.members if x.subtype and x.article != m.article)
    return (max(n.items(), key=lambda kv: (kv[1], kv[0]))[0] if n else None), n


def score(m: EventMention, c: Cluster, idf: Idf | None = None) -> float | None:
    """How well a mention fits a cluster; ``None`` when it cannot belong to it at all.

    ``idf`` (from :class:`Linker`) weighs the article evidence; without it only the accounts count.
    """
    if m.follow_up and c.family != family(m.type, m.subtype):
        return follow_up_score(m, c, idf)
    s = 0.0
    type_miss = False
    ds = doc_similarity(m, c, idf)
    strong = ds >= DOC_STRONG
    sib = sibling(m, c)
    # an account of a round-up (events at many places) must agree with an event on its own type,
    # place and day: the many places and actors its article names vouch for none of its accounts
    ru = m.round_up and not sib
    # -- type
    top, subs = c.top_subtype, c.subtypes
    own = m.article in c.articles and not sib  # the event holds another account of its article
    if own and m.subtype:
        top, subs = _others_subtypes(m, c)  # an article does not corroborate itself
    if m.subtype and c.subtypes:
        if m.subtype == top or (m.subtype in TERRITORY and top in TERRITORY):
            s += 0.25  # who took a town from whom is how a source sees it: one sub-event
        elif m.subtype in subs:
            s += 0.15
        elif m.type in c.types and (family(m.type) != "strategic" or
                                    any(frozenset({m.subtype, x}) in STRATEGIC_KIN for x in subs)):
            s += 0.05
        elif family(m.type, m.subtype) == "strategic":
            # strategic developments share no kind of deed (an arrest, a truce, reinforcements sent and
            # a plane crash are all of this type): another sub-event of it is another development, one
            # that the same town and day do not make the same; only the articles' evidence may
            s -= 0.25
        else:
            s -= 0.1  # another type of the family: forgiven below when place and day agree
            type_miss = True
    # -- how the act was done: gunmen firing on a building and a car bomb at a police station in one
    # city on one day are two acts, whatever their types. An account whose trigger says shooting
    # (or an explosion) never joins an event whose accounts say only the other way; once some
    # account tells of both (an assault that began with a car bomb), either may join
    if not sib and c.triggers:
        mm = mode_of(m.trigger)
        if mm is not None:
            modes = {mode_of(w) for w in c.triggers}
            if mm not in modes and len(modes - {None}) > 0:
                return None
    # -- date
    clo, chi = c.date_range()
    same_place = (m.placed and (m.geo_precision or 3) <= 2 and bool(m.place)
                  and fold(m.place) in c.places)
    if m.lo is not None and clo is not None and not retelling(m, c, same_place):
        c_dated = bool(c.days) or c.dated_lo is not None
        # nothing is reported before it happens: a report bounds the event by its publication
        early = 0
        if m.published is not None and c.hard_min is not None and c.hard_min > m.published:
            early = c.hard_min - m.published
        if m.hard and c.pub_min is not None and m.lo > c.pub_min:
            early = max(early, m.lo - c.pub_min)  # type: ignore[operator]
        if early:
            if early > PUB_SLACK or not (strong or same_place):
                return None
            s -= 0.05  # one of the dates is off by a day or two: the place or the articles vouch
        # territory changes hands once: accounts of one town taken within days are one event
        held = m.subtype in TERRITORY and c.top_subtype in TERRITORY and same_place
        if not m.dated and c_dated and c.dated_lo > m.hi:  # type: ignore[operator]
            return None
        if m.dated and c.undated_hi is not None and m.lo > c.undated_hi:
            if m.lo - c.undated_hi > PUB_SLACK or not (strong or held):
                return None
            s -= 0.0 if early else 0.05
        both_dated = m.dated and c_dated
        gap = _gap(m.lo, m.hi, clo, chi)  # type: ignore[arg-type]
        if not both_dated and gap == 0:
            s += 0.05
        if both_dated:
            exact = m.lo == m.hi and clo == chi
            if gap > DATE_SLACK or (exact and m.hard and c.hard_days and gap > HARD_SLACK):
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
    a = _reference(m, c)
    # a vague account (a province, a country, nowhere) from an article that names the event's town
    ctx = (a is not None and (a.geo_precision or 3) <= 2 and m.vague and fold(a.place) in m.context
           and not ru)
    # a vague account from an article much like the event's (a town placed at a town is not moved)
    ctx = ctx or (strong and m.vague and not ru) or sib
    if m.vague and m.country and c.countries and m.country not in c.where and not ctx:
        return None
    if m.placed and a is not None:
        d = distance_km(m.lat, m.lon, a.lat, a.lon)  # type: ignore[arg-type]
        r = max(radius_km(m.geo_precision), radius_km(a.geo_precision))
        prov = province_relation(m, a, c)
        far = d > (MAX_KM if prov == "in" else min(MAX_KM, 3 * r))
        # another town nearby, the same day, from an article much like the event's: one strike
        # that reports place differently (a round-up's other towns lack the matching sub-event)
        near = (far and strong and not ru and m.hard and c.hard_days and m.lo == m.hi == clo == chi
                and m.subtype == c.top_subtype
                and (d <= NEAR_KM or bool(m.admin1 and m.admin1 in c.admin1s)))
        if far and not (ctx or near):
            return None
        same_name = m.place is not None and fold(m.place) in c.places
        if sib:
            s += 0.15
        elif near:
            s -= 0.1
        elif prov == "out" and not same_name:
            s -= 0.25  # a province that does not hold the event's town, or a town outside its province
        elif prov == "in" and d > r / 3:
            s += max(0.15, 0.3 * (1.0 - d / r) + 0.05)  # the province holding the town: somewhere in it
        elif same_name or d <= r / 3:
            # two provinces or regions near one another say little of where: half the credit
            s += 0.15 if (m.vague and (a.geo_precision or 3) >= 3 and not same_name) else 0.3
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
    if not m.dated and m.vague and m.subtype and m.subtype not in c.subtypes:
        s -= 0.1  # no day, no town and another sub-event: little says it is this event
    # -- casualties
    if m.killed is not None and c.killed:
        if m.killed in c.killed:
            s += 0.1 if m.killed else 0.03
        elif any(k and 0.5 <= m.killed / k <= 2.0 for k in c.killed):
            s += 0.03
        elif not (m.killed > max(c.killed) and m.published is not None and c.pub_min is not None
                  and m.published > c.pub_min):
            s -= 0.05  # (a toll that rose by a later report's day is no disagreement)
    # -- actors and words
    acts = {fold(x) for x in (m.actor1, m.actor2) if x}
    if acts & c.actors and (not own or any(fold(a) in acts for x in c.members if x.article != m.article
                                           for a in (x.actor1, x.actor2) if a)):
        s += 0.1  # (named by another article: an article does not corroborate itself)
    if m.trigger:
        t = fold(m.trigger)
        if t and set(t.split()) & c.triggers:
            s += 0.05
    if own:
        s -= 0.15
    s += min(DOC_CAP, DOC_WEIGHT * max(0.0, ds - DOC_BASE))
    return s + 0.01 * min(len(c.articles), 5)  # ties go to the better-attested event
