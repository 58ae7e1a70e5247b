"""Cross-article linking: cluster event mentions from many reports into real-world events.

Reads :class:`EventMention` records (one per ``doc.events`` entry of a stored article, with the
article's id, outlet and claim speakers); returns :class:`Cluster` objects, each an event with its
member mentions. Loads lang/ar/link/name_prefixes.tsv (proclitics stripped before names compare).

Cost stays near-linear through blocking: a cluster is indexed under (type family, country, 8-day
bucket), and a mention is only scored against clusters of its family and country whose date range
falls within its own window (respecting date precision). Mentions are taken most specific first
(dated to the day and placed), so vaguer reports attach to well-anchored events. The linker is
incremental: ``Linker(existing_clusters).add(new_mentions)`` touches only the clusters the new
mentions join or start.

Article evidence: each mention carries its article's profile (the places and actors it names);
an IDF-weighted cosine against the event's articles adds to the score, and when strong lets a
report through the errors extraction makes most (a date a day or two late, a country-level place).

Example::

    >>> m1 = EventMention("a:0", "a", type="Battles", subtype="Armed clash", lo=735000, hi=735000,
    ...                   dated=True, country="SY", lat=36.2, lon=37.1, geo_precision=1)
    >>> m2 = EventMention("b:0", "b", type="Battles", subtype="Armed clash", lo=735000, hi=735000,
    ...                   dated=True, country="SY", lat=36.21, lon=37.12, geo_precision=1)
    >>> [len(c.members) for c in link_mentions([m1, m2])]
    [2]
"""

from __future__ import annotations

import hashlib
import math
from functools import lru_cache
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

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

BUCKET_DAYS = 8
DATE_SLACK = 3  # days two dated accounts of one event may differ before they cannot link
PLACE_RADIUS_KM = {1: 15.0, 2: 60.0, 3: 200.0}  # how far a place of a given geo-precision may lie
MAX_KM = 300.0  # placed accounts farther apart than this (or 3 precision radii) never link
THRESHOLD = 0.42
MERGE_MAX_ARTICLES = 5  # clusters this small may be folded into a larger one
# Article evidence: reports of one event name the same rare places and actors. The similarity of a
# report's profile to an event's (0..1, see doc_similarity) adds up to DOC_CAP to the score; at
# DOC_STRONG or more it outweighs what extraction gets wrong most often: a date a day or two off
# (even past what publication allows, by up to PUB_SLACK days), an account placed at another town
# the article names, or only at a country.
DOC_WEIGHT = 0.5
DOC_BASE = 0.1  # what reports of neighbouring events share anyway (the province, the main actors)
DOC_CAP = 0.25
DOC_STRONG = 0.3
PUB_SLACK = 2
CELL_DEG = 0.5  # grid cells (about 55 km) that find events at towns across a border
RARE_KEYS = 4
KEY_MAX_EVENTS = 32  # a profile key naming more events than this in one date bucket is no block  # a vague account is also compared with the events sharing its rarest profile keys
TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                       "Non-violent transfer of territory"})


def family(event_type: str | None) -> str:
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
    title: str | None = None
    published: int | None = None  # the article's publication day (ordinal)
    context: frozenset = frozenset()  # folded names of every town/province the article names
    profile: frozenset = frozenset()  # the article's named places and actors (mentions.article_profile)

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
    weight: tuple = ((0, None), 0.0)  # cached IDF weight of the mean profile, with its stamp
    family: str = ""
    top_subtype: str | None = None
    hard_min: int | None = None
    range: tuple = (None, None)

    @classmethod
    def seed(cls, m: EventMention) -> "Cluster":
        c = cls(id="ev-" + hashlib.sha1(m.id.encode("utf-8")).hexdigest()[:16], family=family(m.type))
        c.add(m)
        return c

    @classmethod
    def from_members(cls, event_id: str, members: list[EventMention]) -> "Cluster":
        c = cls(id=event_id, family=family(members[0].type) if members else "")
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
    def where(self) -> Counter:
        """The countries the event is in: those of its town-level accounts when it has any."""
        return self.precise_countries or self.countries

    @property
    def country(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None

    def date_range(self) -> tuple[int | None, int | None]:
        """The days a new account may fall in: the modal day when there is one, else the span."""
        return self.range


def _gap(lo1: int, hi1: int, lo2: int, hi2: int) -> int:
    return max(0, max(lo1, lo2) - min(hi1, hi2))


Idf = Callable[[str], float]


def doc_similarity(m: EventMention, c: Cluster, idf: Idf | None) -> float:
    """How much the mention's article names what the event's other articles name (0..1).

    A tf-idf cosine between the article's profile and the event's mean profile, each key weighted by its
    inverse document frequency, so a rare town or armed group counts and a capital barely does.
    """
    if idf is None or not m.profile or not c.profile:
        return 0.0
    own = m.article in c.articles
    n = len(c.articles) - own
    if n <= 0:
        return 0.0
    num = wm = 0.0
    for k in m.profile:
        w = idf(k)
        wm += w * w
        cnt = c.profile.get(k, 0) - own
        if cnt > 0:
            num += w * w * cnt / n
    if num <= 0.0:
        return 0.0
    stamp = (len(c.articles), getattr(idf, "generation", None))
    if stamp[1] is not None and c.weight[0] == stamp:  # the event's norm, cached while idf holds
        wc = c.weight[1]
    else:
        na = len(c.articles)
        wc = sum((idf(k) * cnt / na) ** 2 for k, cnt in c.profile.items())
        c.weight = (stamp, wc)
    return min(1.0, num / math.sqrt(wm * wc)) if wm > 0 and wc > 0 else 0.0


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


class _IdfTable:
    """A linker's idf as a callable that also carries its generation (for cached event weights)."""

    __slots__ = ("generation", "_lk")

    def __init__(self, lk: "Linker") -> None:
        self._lk = lk
        self.generation = lk.generation

    def __call__(self, key: str) -> float:
        return self._lk.idf(key)


def _cell(lat: float | None, lon: float | None) -> str:
    """The blocking key of the CELL_DEG grid cell a point lies in."""
    return f"g:{math.floor((lat or 0.0) / CELL_DEG)},{math.floor((lon or 0.0) / CELL_DEG)}"


def _anchored(m: EventMention) -> bool:
    """Dated by the article (not its publication) and placed at a town or district."""
    return m.hard and m.placed and (m.geo_precision or 3) <= 2


class Linker:
    """Incremental clustering of event mentions with a blocking index."""

    def __init__(self, clusters: Iterable[Cluster] = (), threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.clusters: dict[str, Cluster] = {}
        self._index: dict[tuple[str, str, int], list[str]] = {}
        self._keys: dict[str, set[tuple[str, str, int]]] = {}
        self.df: Counter = Counter()  # profile key -> articles naming it (of those with a profile)
        self._profiled: set[str] = set()
        self._n_docs = 0
        self._idf_cache: dict[str, float] = {}
        self.generation = 0  # bumped whenever document frequencies change (see doc_similarity)
        for c in clusters:
            self.clusters[c.id] = c
            self._register(c)
            self._count(c.members)

    def _count(self, mentions: Iterable[EventMention]) -> None:
        for m in mentions:
            if m.profile and m.article not in self._profiled:
                self._profiled.add(m.article)
                self.df.update(m.profile)
        if len(self._profiled) != self._n_docs:
            self._n_docs = len(self._profiled)
            self._idf_cache = {}
            self.generation += 1

    def rare_keys(self, m: EventMention) -> list[str]:
        """The mention's RARE_KEYS rarest profile keys that some other article shares."""
        keys = [k for k in m.profile if self.df.get(k, 0) >= 2]
        return sorted(keys, key=lambda k: (self.df[k], k))[:RARE_KEYS]

    @property
    def idf_table(self) -> "_IdfTable":
        return _IdfTable(self)

    def idf(self, key: str) -> float:
        """Inverse document frequency of a profile key among the articles the linker holds."""
        w = self._idf_cache.get(key)
        if w is None:
            w = self._idf_cache[key] = math.log((self._n_docs + 1) / (self.df.get(key, 0) + 1))
        return w

    def _buckets(self, lo: int | None, hi: int | None, slack: int) -> range:
        if lo is None or hi is None:
            return range(-1, 0)  # the undated bucket
        return range((lo - slack) // BUCKET_DAYS, (hi + slack) // BUCKET_DAYS + 1)

    def _register(self, c: Cluster) -> None:
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
        for b in self._buckets(lo, hi, 0):
            for name in names:
                keys.add((c.family, name, b))
        for k in keys - self._keys.get(c.id, set()):
            self._index.setdefault(k, []).append(c.id)
        self._keys[c.id] = self._keys.get(c.id, set()) | keys

    def candidates(self, m: EventMention) -> list[Cluster]:
        fam = family(m.type)
        ctry = m.country or "*"
        seen: set[str] = set()
        out = []
        for b in self._buckets(m.lo, m.hi, DATE_SLACK):
            for cid in self._index.get((fam, ctry, b), ()):
                if cid not in seen:
                    seen.add(cid)
                    out.append(self.clusters[cid])
        extra = ["?"] if m.country else []  # clusters whose accounts give no country at all
        if m.placed and (m.geo_precision or 3) <= 2:  # events at towns nearby, across a border
            extra += [_cell(m.lat + dy * CELL_DEG, m.lon + dx * CELL_DEG)  # type: ignore[operator]
                      for dy in (-1, 0, 1) for dx in (-1, 0, 1)]
        if m.vague:  # events at the towns the article names, whatever this account's country
            extra += ["@" + n for n in sorted(m.context)]
            extra += ["k:" + k for k in self.rare_keys(m)]  # and events told by articles much like it
        for key in extra:
            for b in self._buckets(m.lo, m.hi, DATE_SLACK):
                ids = self._index.get((fam, key, b), ())
                if len(ids) > KEY_MAX_EVENTS and key.startswith("k:"):
                    continue  # a name too common to block on
                for cid in ids:
                    if cid not in seen:
                        seen.add(cid)
                        out.append(self.clusters[cid])
        return out

    def best(self, m: EventMention) -> tuple[Cluster | None, float]:
        best, best_s = None, -1e9
        idf = self.idf_table
        for c in self.candidates(m):
            s = score(m, c, idf)
            if s is not None and (s > best_s or (s == best_s and best is not None and c.id < best.id)):
                best, best_s = c, s
        return best, best_s

    def add(self, mentions: Iterable[EventMention]) -> dict[str, float]:
        """Link new mentions; return {mention id: score}.

        Afterwards ``changed`` holds the ids of the clusters created or grown, ``removed`` those
        folded into another cluster (they no longer exist).
        """
        self.changed: set[str] = set()
        self.removed: set[str] = set()
        scores: dict[str, float] = {}
        order = sorted(mentions, key=lambda m: (m.specificity(), m.lo if m.lo is not None else 0, m.id))
        self._count(order)  # every new article counts before any is linked: order does not matter
        for m in order:
            c, s = self.best(m)
            if c is not None and s >= self.threshold:
                c.add(m)
                scores[m.id] = round(s, 4)
            else:
                c = Cluster.seed(m)
                while c.id in self.clusters:  # a hash collision: practically never
                    c.id += "x"
                self.clusters[c.id] = c
                scores[m.id] = 1.0
            self._register(c)
            self.changed.add(c.id)
        self._merge_small(scores)
        return scores

    def _unregister(self, cid: str) -> None:
        for k in self._keys.pop(cid, ()):
            ids = self._index.get(k)
            if ids and cid in ids:
                ids.remove(cid)

    def _merge_small(self, scores: dict[str, float]) -> None:
        """Fold each small changed cluster into a larger one that all its members fit.

        Greedy single-pass linking depends on order: an outlying early report may seed its own event
        before the well-attested one exists. This pass repairs that.
        """
        for cid in sorted(self.changed, key=lambda i: (len(self.clusters[i].articles), i)):
            c = self.clusters.get(cid)
            if c is None or len(c.articles) > MERGE_MAX_ARTICLES:
                continue
            cands: dict[str, Cluster] = {}
            for m in c.members:
                for d in self.candidates(m):
                    if d.id != cid and len(d.articles) >= len(c.articles):
                        cands[d.id] = d
            best, best_s = None, self.threshold
            idf = self.idf_table
            for d in sorted(cands.values(), key=lambda d: d.id):
                ss = [score(m, d, idf) for m in c.members]
                # every well-anchored account must fit; a vague one (a province, a country, no
                # date of its own) may not, when two thirds of the accounts do
                fit = [x for x in ss if x is not None]
                if any(x is None and _anchored(m) for x, m in zip(ss, c.members)) or \
                        3 * len(fit) < 2 * len(ss):
                    continue
                avg = sum(fit) / len(fit)
                if avg >= best_s:
                    best, best_s = d, avg
            if best is None:
                continue
            for m in c.members:
                best.add(m)
                scores[m.id] = round(best_s, 4)
            self._unregister(cid)
            del self.clusters[cid]
            self.changed.discard(cid)
            self.removed.add(cid)
            self.changed.add(best.id)
            self._register(best)


def link_mentions(mentions: Iterable[EventMention], threshold: float = THRESHOLD) -> list[Cluster]:
    """Cluster mentions from scratch; clusters in order of their first member's id."""
    lk = Linker(threshold=threshold)
    lk.add(mentions)
    return sorted(lk.clusters.values(), key=lambda c: c.id)


def link_doc_events(docs: Iterable[Any]) -> list[dict[str, Any]]:
    """Link the events of processed Docs (or doc records) in memory; one dict per linked event.

    Each dict holds the merged fields, ``articles``, ``mentions`` and ``disagreements``.
    """
    from khabar.export.record import doc_to_record
    from khabar.link.disagreements import find_disagreements, merge_event
    from khabar.link.mentions import mentions_from_record

    ms: list[EventMention] = []
    for d in docs:
        ms.extend(mentions_from_record(d if isinstance(d, dict) else doc_to_record(d)))
    out = []
    for c in link_mentions(ms):
        ev = merge_event(c)
        ev["mentions"] = [{"article": m.article, "mention": m.id, "outlet": m.outlet} for m in c.members]
        ev["disagreements"] = find_disagreements(c)
        out.append(ev)
    return out
