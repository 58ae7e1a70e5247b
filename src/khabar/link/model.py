"""The records cross-article linking works on: one report's account of an event, and an event.

:class:`EventMention` is one article's account of one event (type, a date range that respects
precision, place, actors, figures, who reported it, the article's profile); :class:`Cluster` is an
event: its member mentions and the summaries the linker compares new accounts against. Also the
type families, place radii and distances, ``fold`` (the loose key names compare by) and ``mode_of``
(whether a trigger tells of shooting or of an explosion). Loads lang/ar/link/name_prefixes.tsv
(proclitics stripped before names compare) and lang/ar/link/modality.tsv (stems of the two ways).

Example::

    >>> m = EventMention("a:0", "a", type="Battles", subtype="Armed clash", lo=735000, hi=735000,
    ...                  dated=True, country="SY", lat=36.2, lon=37.1, geo_precision=1)
    >>> c = Cluster.seed(m)
    >>> (c.family, c.top_subtype, c.date_range())
    ('violence', 'Armed clash', (735000, 735000))
"""

from __future__ import annotations

import hashlib
import math
from functools import lru_cache
from collections import Counter
from dataclasses import dataclass, field

# Reports of one attack are coded differently by different extractions (a bombing as "Suicide bomb"
# or as an "Attack" on civilians; a raid as a battle): violent types form one family.
FAMILY: dict[str, str] = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic",
}

PLACE_RADIUS_KM = {1: 15.0, 2: 60.0, 3: 200.0}  # how far a place of a given geo-precision may lie
ROUND_UP_PLACES = 3  # an article telling of events at this many places is a round-up
FOLLOW_UPS = frozenset({"Arrests"})  # what an attack leads to, told by reports that code no attack
TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                       "Non-violent transfer of territory"})


# Strategic developments share no kind of deed (an arrest, a truce, reinforcements sent, a plane
# crash): two of its sub-events are one development told two ways only in these pairs (a raid that
# seized weapons and arrested men; a surrender that handed over a town)
STRATEGIC_KIN = frozenset({frozenset({"Arrests", "Disrupted weapons use"}),
                           frozenset({"Agreement", "Non-violent transfer of territory"})})


# Sub-events of another type that reports of one attack code as well: the houses or cars the
# attackers set on fire are "property destruction" in one report, the attack itself in another
VIOLENT_SUBTYPES = frozenset({"Looting/property destruction"})


def family(event_type: str | None, subtype: str | None = None) -> str:
    """The type family an event is blocked and linked by (violent sub-events of another type
    join the violent family: :data:`VIOLENT_SUBTYPES`)."""
    if subtype in VIOLENT_SUBTYPES:
        return "violence"
    return FAMILY.get(event_type or "", event_type or "other")


def radius_km(precision: int | None) -> float:
    return PLACE_RADIUS_KM.get(precision or 3, PLACE_RADIUS_KM[3])


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within 0.5% of the great circle at the few hundred km linking uses."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.sqrt(x * x + y * y)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=1)
def _prefixes() -> tuple[str, ...]:
    """Proclitics stripped before names are compared (lang/ar/link/name_prefixes.tsv), longest first."""
    from khabar.lang import load_tsv
    from khabar.text.normalize import normalize_form

    forms = {normalize_form(r["form"]) for r in load_tsv("link/name_prefixes.tsv", required=("form",))}
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


@lru_cache(maxsize=1 << 16)
def fold(s: str | None) -> str | None:
    """A loose key for names and trigger words: normalised, without the article prefix."""
    if not s:
        return None
    from khabar.text.normalize import normalize_form

    words = []
    for w in normalize_form(s).split():
        w = w.strip("\"'()[]«».,:;!?")
        for pre in _prefixes():
            if w.startswith(pre) and len(w) - len(pre) >= 3:
                w = w[len(pre):]
                break
        if w:
            words.append(w)
    return " ".join(words) or None


@lru_cache(maxsize=1)
def _modes() -> tuple[tuple[str, str], ...]:
    """(stem, mode) pairs of lang/ar/link/modality.tsv, longest stem first."""
    from khabar.lang import load_tsv
    from khabar.text.normalize import normalize_form

    rows = load_tsv("link/modality.tsv", required=("stem", "mode"))
    pairs = {(normalize_form(r["stem"]), r["mode"]) for r in rows if r.get("stem") and r.get("mode")}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))


@lru_cache(maxsize=1 << 14)
def mode_of(trigger: str | None) -> str | None:
    """How a trigger says the act was done: ``"fire"`` (shooting), ``"blast"`` (an explosion), or
    ``None`` when it says neither or both (an attack, clashes; "gunfire and a blast")."""
    t = fold(trigger)
    if not t:
        return None
    found = {mode for stem, mode in _modes() if stem in t}
    return found.pop() if len(found) == 1 else None


@dataclass(slots=True)
class EventMention:
    """One article's account of one event: the fields linking compares, and who reported it."""

    id: str
    article: str  # the article's id
    type: str = ""
    subtype: str | None = None
    date: str | None = None
    date_precision: str | None = None
    lo: int | None = None  # first possible day (ordinal); publication window when undated
    hi: int | None = None
    dated: bool = False  # the article gives a date (else lo/hi come from publication)
    place: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    killed: int | None = None
    injured: int | None = None
    trigger: str | None = None
    outlet: str | None = None
    speakers: tuple[str, ...] = ()
    # who gives its casualty figures: the speakers of the claims that hold them, () when the article
    # tells them in its own voice, None when not known (then ``speakers`` stands for them)
    killed_by: tuple[str, ...] | None = None
    injured_by: tuple[str, ...] | None = None
    title: str | None = None
    published: int | None = None  # the article's publication day (ordinal)
    context: frozenset = frozenset()  # folded names of every town/province the article names
    profile: frozenset = frozenset()  # the article's named places and actors (mentions.article_profile)
    pos: int | None = None  # where its trigger starts in the article (siblings lie close together)
    follow_up: bool = False  # an arrest in an article that codes no violence: maybe what an attack led to
    round_up: bool = False  # its article tells of events at ROUND_UP_PLACES places or more (mentions.mark_round_ups)
    idx: int | None = None  # its index among its article's events (what the store and memory ids share)

    def key(self) -> tuple[str, int, str]:
        """Who the account is, the same in the store and in memory: (article id, index among its
        article's events); the mention id (which differs between the two) only when no index is known."""
        return (self.article, -1, self.id) if self.idx is None else (self.article, self.idx, "")

    def order(self) -> tuple:
        """The order the linker takes accounts in: most specific first, then earliest day, then by
        who the account is (:meth:`key`): never by a storage id, so every path and every input order
        gives one answer."""
        return (self.specificity(), self.lo if self.lo is not None else 0, *self.key())

    @property
    def hard(self) -> bool:
        """Dated, and not merely on the publication day (which is also what a defaulted date looks like)."""
        return self.dated and not (self.published is not None and self.lo == self.hi == self.published)

    @property
    def vague(self) -> bool:
        """Placed no better than a province or country (or not at all)."""
        return not self.placed or (self.geo_precision or 3) >= 3

    @property
    def placed(self) -> bool:
        return self.lat is not None and self.lon is not None and self.geo_precision is not None

    def specificity(self) -> int:
        """0 for day-dated and placed, up to 3 for undated and unplaced."""
        return (0 if self.hard and self.date_precision in (None, "day") else
                1 if self.dated else 2) + (0 if self.placed else 1)


@dataclass
class Cluster:
    """An event: its member mentions and the summary the linker compares new mentions against."""

    id: str
    members: list[EventMention] = field(default_factory=list)
    subtypes: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    days: Counter = field(default_factory=Counter)  # day-precision dates of dated members
    lo: int | None = None  # the span of every member's date bounds
    hi: int | None = None
    dated_lo: int | None = None  # the span of dated members' bounds
    dated_hi: int | None = None
    undated_hi: int | None = None  # the earliest publication among undated members
    hard_days: Counter = field(default_factory=Counter)  # days of members dated other than by publication
    pub_min: int | None = None  # the earliest publication among members
    countries: Counter = field(default_factory=Counter)
    precise_countries: Counter = field(default_factory=Counter)  # of members placed at a town
    admin1s: set = field(default_factory=set)
    places: Counter = field(default_factory=Counter)
    anchor: EventMention | None = None  # a member at the place most members name (most precise first)
    place_best: dict = field(default_factory=dict)  # folded place name -> its most precise member
    killed: set = field(default_factory=set)
    actors: set = field(default_factory=set)
    triggers: set = field(default_factory=set)
    articles: set = field(default_factory=set)
    profile: Counter = field(default_factory=Counter)  # profile key -> member articles naming it
    spots: dict = field(default_factory=dict)  # article -> [(trigger position, first day)] of members
    weight: tuple = ((0, None), 0.0)  # cached IDF weight of the mean profile, with its stamp
    family: str = ""
    top_subtype: str | None = None
    hard_min: int | None = None
    range: tuple = (None, None)

    @classmethod
    def seed(cls, m: EventMention) -> "Cluster":
        """An event of one account; its id hashes the account's key, so the store and memory agree."""
        name = m.id if m.idx is None else f"{m.article}:{m.idx}"
        c = cls(id="ev-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:16], family=family(m.type, m.subtype))
        c.add(m)
        return c

    @classmethod
    def from_members(cls, event_id: str, members: list[EventMention]) -> "Cluster":
        c = cls(id=event_id, family=family(members[0].type, members[0].subtype) if members else "")
        for m in members:
            c.add(m)
        return c

    def add(self, m: EventMention) -> None:
        self.members.append(m)
        self.types[m.type] += 1
        if m.subtype:
            self.subtypes[m.subtype] += 1
        if m.lo is not None:
            self.lo = m.lo if self.lo is None else min(self.lo, m.lo)
            self.hi = m.hi if self.hi is None else max(self.hi, m.hi)
            if not m.dated:
                self.undated_hi = m.hi if self.undated_hi is None else min(self.undated_hi, m.hi)
            if m.dated:
                self.dated_lo = m.lo if self.dated_lo is None else min(self.dated_lo, m.lo)
                self.dated_hi = m.hi if self.dated_hi is None else max(self.dated_hi, m.hi)
                if m.lo == m.hi:
                    self.days[m.lo] += 1
                    if m.hard:
                        self.hard_days[m.lo] += 1
        if m.published is not None:
            self.pub_min = m.published if self.pub_min is None else min(self.pub_min, m.published)
        if m.country:
            self.countries[m.country] += 1
            if m.placed and (m.geo_precision or 3) <= 2:
                self.precise_countries[m.country] += 1
        if m.admin1 and m.placed:
            self.admin1s.add(m.admin1)
        if m.placed:
            name = fold(m.place) or f"{m.lat:.2f},{m.lon:.2f}"
            self.places[name] += 1
            best = self.place_best.get(name)
            if best is None or (m.geo_precision or 3) < (best.geo_precision or 3):
                self.place_best[name] = m
            top = max(self.places, key=lambda k: (self.places[k], -(self.place_best[k].geo_precision or 3), k))
            self.anchor = self.place_best[top]
        if m.killed is not None:
            self.killed.add(m.killed)
        for a in (m.actor1, m.actor2):
            if a:
                self.actors.add(fold(a))
        if m.trigger:
            t = fold(m.trigger)
            if t:
                self.triggers.update(t.split())
        if m.article not in self.articles:
            self.profile.update(m.profile)
        if m.pos is not None:
            self.spots.setdefault(m.article, []).append((m.pos, m.lo))
        self.articles.add(m.article)
        self._refresh()

    def _refresh(self) -> None:
        """Summaries that scoring reads many times: recomputed once per new member."""
        self.top_subtype = (max(self.subtypes.items(), key=lambda kv: (kv[1], kv[0]))[0]
                            if self.subtypes else None)
        self.hard_min = min(self.hard_days) if self.hard_days else None
        days = self.hard_days or self.days
        if days:
            top = max(days.items(), key=lambda kv: (kv[1], -kv[0]))[0]
            self.range = (top, top)
        elif self.dated_lo is not None:
            self.range = (self.dated_lo, self.dated_hi)
        else:
            self.range = (self.lo, self.hi)

    @property
    def key(self) -> tuple:
        """The least member key (:meth:`EventMention.key`): ties between events go by it, not by an id
        (worked out when asked: ties are rare, and one more field per event costs memory)."""
        return min((m.key() for m in self.members), default=())

    @property
    def where(self) -> Counter:
        """The countries the event is in: those of its town-level accounts when it has any."""
        return self.precise_countries or self.countries

    @property
    def country(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None

    def date_range(self) -> tuple[int | None, int | None]:
        """The days a new account may fall in: the modal day when there is one, else the span."""
        return self.range
