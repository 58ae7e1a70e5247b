"""Merging event mentions into ACLED events, and building each Event with evidence and conflicts.

Reads :class:`Mention` records made by :mod:`khabar.extract.events`; returns groups and
:class:`khabar.doc.Event` objects; adds nothing to a Doc and loads no data files. One event per
sub-event type, place and day: a mention joins an event of its sub-type when their places are the
same, or one contains the other (Syria ⊃ Aleppo; a province holds its towns, not a town the
gazetteer puts in another province however near, and a province or a region such as the West Bank
holds the towns within 100 km when the town's province is not known), or one town only locates the other
("بزاعة شرق حلب"), or the mention is a definite noun naming again the deed its sentence has just
told ("شنت الطائرات غارات حول تعز، بعد تحرير عدن ومعسكر لبوزة، … نتيجة الغارات": the town listed in
between is not its place), and their days agree (a borrowed date does not block a vague mention; a mention
told as background, "وكان 5 قد قتلوا صباح الأربعاء", with a day of its own joins no undated event
that a definite noun first named as already known, nor, named by a deed of its own with a toll of its
own, an event whose toll differs, "وكان المركز قد أشار إلى مقتل خمسة في اشتباكات"; a toll with no
deed named joins no such toll of another sentence and count at another place, "أن 7 عناصر قتلوا في
الأنبار … وأعلنت قيادة أخرى عن مقتل 17 ضمن عمليات شرقي الفلوجة"; one placed by a town of its own joins no event of
another paragraph placed only by a borrowed place, unless its own sentence dates it on the day of
the one event of its sub-type, whose towns were all borrowed: the named town then places that event; an undated indefinite telling of a later paragraph
joins no event dated only by a recalled sentence, "يذكر أن القائد قتل في 15 يوليو"; a deed its
sentence counts days back from, "ويأتي الانفجار بعد ستة أيام من تفجير انتحاري", joins no event that
sentence tells, nor the other way round, even when no day is known to count from; a day a
mention only borrowed from a sentence one day off does not keep it from an event at its own town).
Fighting first told as what won a place ("سيطرت القوات على القاعدة بعد معارك ضارية") is that
territory change however often it is told again: its tellings only support, its toll goes to the
takeover. The event's trigger is the first mention its own sentence dates with the event's day.
Disagreeing values stay side by side in ``Event.conflicts`` with the claims behind each; ``killed``
and ``injured`` are the smallest figures reported, as ACLED codes them (but tolls that add up to a
total told before them are its parts, not lower counts: "مقتل خمسة … قتل ثلاثة في أ، واثنان في ب").

Example::

    >>> from khabar.doc import Span
    >>> m = Mention(0, 1, Span(0, 5, "بغارة"), "Explosions/Remote violence", "Air/drone strike",
    ...             0, 0, 0, 0, killed=3)
    >>> [to_event(g).killed for g in merge_mentions([m])]
    [3]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any


from khabar.doc import Event, PlaceMention, Span, TimeMention
from khabar.extract.event_actors import ActorPhrase
from khabar.extract.event_words import TERRITORY_TAKEN, grammar
from khabar.extract.gazetteer import same_province

_SAME_PLACE_KM = 5.0
_NEAR_KM = 50.0
_CITY_KM = 10.0  # a place this near a town may be a quarter of it
_CONTAINERS = frozenset({"admin1", "region"})


@dataclass(slots=True)
class Mention:
    """One trigger occurrence with the arguments read from its sentence."""

    i: int  # trigger token range
    j: int
    span: Span
    type: str
    subtype: str
    rank: int  # 0: a trigger of its own; 1: needed a context word; 2: a generic word folded into its deed
    sentence: int
    para: int
    group: int  # mentions split from one trigger over coordinated places share a group
    place: PlaceMention | None = None
    place_precision: int | None = None
    place_inherited: bool = False
    place_rank: int = -1  # specificity of the place (higher: more specific)
    # the event's point when the place is a reference point a distance and a direction measure from
    # ("على بعد 50 كيلومترا شمالي مدينة Y": Y moved 50 km north); event_places._measured_point
    # (with the reference point's span start: a place changed since keeps no point)
    place_point: tuple[int, float, float] | None = None
    time: TimeMention | None = None
    date: str | None = None
    date_precision: str | None = None
    actor1: ActorPhrase | None = None
    actor2: ActorPhrase | None = None
    killed: int | None = None
    killed_also: int = 0  # figures given as "also" killed ("أيضا"): added to the toll, not compared
    # competing tolls of this telling, each with the claims that give it ("ذكرت مصادر أن ثلاثة قتلوا،
    # بينما قال مصدر طبي إن خمسة قتلوا"): killed is the smallest, the others stay as a disagreement
    killed_told: list[tuple[int, list[int]]] = field(default_factory=list)
    killed_person: bool = False  # the toll only counts named or singular victims ("مقتل القائد")
    killed_vague: bool = False  # the toll is a vague quantity ("عشرات القتلى" = 10), no count
    killed_whole: int | None = None  # the toll is a share of this total, split evenly over places or days
    killed_rose: bool = False  # the toll is one that rose to its figure ("ارتفعت الحصيلة إلى 15 قتيلا")
    injured: int | None = None
    casualty_spans: list[Span] = field(default_factory=list)
    civilian: bool = False
    sources: list[int] = field(default_factory=list)
    definite: bool = False  # the trigger carries the article (a noun: "الغارات")
    anchored: bool = False  # a time in its own sentence or paragraph (or ongoing fighting) dates it
    date_soft: bool = False  # the date was borrowed from an earlier sentence
    date_default: bool = False  # the report's day, taken for want of a time (fighting told as under way)
    support: bool = False  # only supports an event named elsewhere ("تحت سيطرة": a state)
    during: "Mention | None" = None  # happened at the time and place of this one ("أثناء", "عندما")
    background: bool = False  # its sentence tells what had happened before ("وكان … قد قتلوا")
    known: bool = False  # the trigger reads with the article in some reading ("التفجير"): told as known
    recalled: bool = False  # its sentence recalls an earlier event ("يذكر أن", "وكان … قد")
    apart: bool = False  # told apart from the deeds beside it ("الهجمات المنفصلة", "هجوم آخر")
    another: bool = False  # told apart only as another of its kind ("غارة أخرى"), not as separate
    also: bool = False  # told as extending a deed told before ("طالت أيضا بلدة ب"): at another town, another event
    tolled: bool = True  # its trigger's row lets it count dead (triggers.tsv toll none: harassment, reinforcements)
    reference: bool = False  # what a long span is counted from ("بعد 3 سنوات على إطلاق النار"): its toll is its own
    earlier: bool = False  # days before its sentence's day ("ويأتي الانفجار بعد ستة أيام من تفجير"): another deed




def _km(a: PlaceMention, b: PlaceMention) -> float:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)  # type: ignore[arg-type]
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)  # type: ignore[operator]
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _place_key(p: PlaceMention | None) -> tuple[Any, ...] | None:
    if p is None:
        return None
    if p.lat is not None and p.lon is not None:
        return (round(p.lat, 2), round(p.lon, 2))
    return (p.name or p.span.text,)


def place_relation(a: PlaceMention | None, b: PlaceMention | None) -> str:
    """same | coarse (one is missing or contains the other) | near | apart."""
    if a is None or b is None:
        return "coarse"
    if _place_key(a) == _place_key(b) or _km(a, b) <= _SAME_PLACE_KM:
        return "same"
    la, lb = a.level or "city", b.level or "city"
    if a.country and b.country and a.country != b.country:
        return "apart"
    if la == "country" or lb == "country":
        return "coarse"
    if la in _CONTAINERS or lb in _CONTAINERS:  # a province or a region (الضفة الغربية) holds towns
        if la == lb == "admin1":
            return "apart"  # two provinces ("محافظتي حجة وصعدة") are two places, however close
        big, small = (a, b) if la in _CONTAINERS else (b, a)
        if small.admin1 and big.name and small.admin1.lower() == big.name.lower():
            return "coarse"
        if big.level == "admin1" and small.admin1 and big.name and small.country == big.country \
                and not same_province(small.admin1, big.name):
            return "apart"  # a town of another province, however near its border ("أريحا" ∉ اللاذقية)
        return "coarse" if _km(a, b) <= 100 else "apart"
    return "near" if _km(a, b) <= _NEAR_KM else "apart"


_LEVEL_RANK = {"country": 2, "admin1": 1, "region": 1}
_REFINE_MAX = 8  # distinct places of one event beyond which they are not read as refinements


def _refinements(places: list[PlaceMention]) -> bool:
    """Every two places of the list are one place, or one holds the other and names no direction of it:
    "غارة على إدلب" then "استهدفت مدينة سرمين" (a town of Idlib) tell one place more or less precisely,
    no disagreement; "شرق سوريا" against "شرق حلب" stays one (a part of the country that Aleppo's east
    is not)."""
    places = list({(_place_key(p), p.level, p.direction): p for p in places}.values())
    if len(places) > _REFINE_MAX:
        return False  # many places told for one event: a real spread, and no pairwise test over them
    for i, a in enumerate(places):
        for b in places[i + 1:]:
            rel = place_relation(a, b)
            if rel == "same":
                continue
            big = a if _LEVEL_RANK.get(a.level or "", 0) >= _LEVEL_RANK.get(b.level or "", 0) else b
            if rel != "coarse" or big.direction or not _LEVEL_RANK.get(big.level or "", 0):
                return False
    return True


class _GroupState:
    """What merging asks of a group, kept up to date as mentions join it (no rescans)."""

    __slots__ = ("mentions", "ids", "sentences", "reference", "best", "hard", "dates", "defaults", "spans",
                 "earlier", "now_sentences", "_date", "_dirty")

    def __init__(self, m: Mention) -> None:
        self.mentions: list[Mention] = []
        self.ids: set[int] = set()
        self.sentences: set[int] = set()
        self.earlier: set[int] = set()  # sentences of its mentions told as days before their sentence's day
        self.now_sentences: set[int] = set()  # sentences of its other mentions
        self.reference = False
        self.best: Mention | None = None  # as best_place picks it
        self.hard: Counter[str] = Counter()  # dates of the mentions' own sentences
        self.dates: Counter[str] = Counter()
        self.defaults = 0  # how many of ``hard`` are the report's day taken for want of a time
        self.spans: Counter[str] = Counter()  # dates of spans of recent days told (_told_span)
        self._date: str | None = None
        self._dirty = False
        self.add(m)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        self.ids.add(m.group)
        self.sentences.add(m.sentence)
        if m.earlier:
            self.earlier.add(m.sentence)
        else:
            self.now_sentences.add(m.sentence)
        self.reference = self.reference or _is_reference(m)
        if m.place is not None and (self.best is None or place_order(m) < place_order(self.best)):
            self.best = m
        if m.date:
            self.dates[m.date] += 1
            if not m.date_soft:
                self.hard[m.date] += 1
                self.defaults += m.date_default
            if _told_span(m):
                self.spans[m.date] += 1
            self._dirty = True

    def place(self) -> PlaceMention | None:
        return self.best.place if self.best is not None else None

    def date(self) -> str | None:
        """The same value as group_date(self.mentions)."""
        if self._dirty:
            counts = self.hard or self.dates
            if self.hard and self.spans and self.defaults == self.hard.total():
                counts = self.spans
            self._date = counts.most_common(1)[0][0]
            self._dirty = False
        return self._date


# events of a sub-type before a town's mention is compared only with the events near it (at least 2:
# a lone event takes a mention with a borrowed place however far, see merge_mentions)
_GRID_FROM = 16
_GRID_LAT = 60.0  # up to this latitude a 1° cell spans more than 50 km (_NEAR_KM) both ways


def _cell(p: PlaceMention | None) -> tuple[int, int] | None:
    """The 1° grid cell of a town-level place with coordinates: two such places more than 50 km
    apart are "apart" for :func:`place_relation`, and places within 50 km lie in neighbouring
    cells. None for any other place (a province, a country, no coordinates, far north or south)."""
    if p is None or p.lat is None or p.lon is None or p.level == "country" or p.level in _CONTAINERS:
        return None
    if abs(p.lat) > _GRID_LAT or abs(p.lon) > 178.0:
        return None
    return (math.floor(p.lat), math.floor(p.lon))


class _Candidates:
    """The events of one sub-type in the order they were opened, and an index of those placed at
    a town by the grid cell of their place (kept current as their best place changes): a mention
    placed at a town is compared only with the events in the cells around it and those of no cell
    (the same events, in the same order, that could be anything but "apart": near-linear merging
    of a sentence that lists thousands of towns)."""

    __slots__ = ("states", "cells", "free", "grid")

    def __init__(self) -> None:
        self.states: list[_GroupState] = []
        self.cells: list[tuple[int, int] | None] = []  # each event's current cell
        self.free: list[int] = []  # events that were of no cell (current: cells[k] is None)
        self.grid: dict[tuple[int, int], list[int]] = {}  # cell -> events that were in it

    def open(self, st: _GroupState) -> None:
        self.states.append(st)
        self.cells.append(None)
        self.moved(len(self.states) - 1, new=True)

    def moved(self, k: int, new: bool = False) -> None:
        """Event k may have a new best place: file it under its cell."""
        cell = _cell(self.states[k].place())
        if cell == self.cells[k] and not new:
            return
        self.cells[k] = cell
        (self.free if cell is None else self.grid.setdefault(cell, [])).append(k)

    def near(self, m: Mention) -> list[tuple[int, _GroupState]] | None:
        """The events (index, state) that may be other than "apart" from m, in order; None when
        every event must be looked at (m not at a town, or few events)."""
        if len(self.states) < _GRID_FROM:
            return None
        cell = _cell(m.place)
        if cell is None:
            return None
        cells = self.cells
        ks = {k for k in self.free if cells[k] is None}
        la, lo = cell
        for c in ((la + a, lo + b) for a in (-1, 0, 1) for b in (-1, 0, 1)):
            ks.update(k for k in self.grid.get(c, ()) if cells[k] == c)
        return [(k, self.states[k]) for k in sorted(ks)]


def merge_mentions(mentions: list[Mention]) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    by_subtype: dict[str, _Candidates] = {}
    last: dict[str, Mention] = {}  # the mention of each sub-type merged last
    last_k: dict[str, int] = {}  # and the index of its event among the sub-type's events
    for m in mentions:
        best, best_score, best_k, best_again = None, 0, -1, False
        index = by_subtype.get(m.subtype)
        if index is None:
            index = by_subtype[m.subtype] = _Candidates()
        cands = index.states
        pool = index.near(m)
        prev = last.get(m.subtype)
        if pool is not None and m.known and prev is not None and prev.sentence == m.sentence:
            # the event of the deed it may name again, however far its town (_names_again)
            k = last_k[m.subtype]
            if all(x != k for x, _st in pool):
                pool = sorted([*pool, (k, cands[k])], key=lambda x: x[0])
        for k, st in enumerate(cands) if pool is None else pool:
            if m.group in st.ids:
                continue
            g = st.mentions
            rel = place_relation(st.place(), m.place)
            borrowed = False
            if rel == "apart" and m.place_inherited and len(cands) == 1 and m.date \
                    and m.date == st.date():
                rel = "coarse"  # a borrowed place does not split the one event of that day
            elif rel in ("apart", "near") and len(cands) == 1 \
                    and _names_borrowed_place(g, m, st.date()):
                # nor does a town the one event of that day only borrowed from the sentence before:
                # "ردا على التفجير الذي استهدف السوق يوم الأحد" (placed by the town of the sentence
                # before) is the bombing a later paragraph places "في مدينة …" on that Sunday
                rel, borrowed = "coarse", True
            if rel in ("apart", "near") and g[-1] is prev and _names_again(m, g):
                # "شنت الطائرات غارات على مواقع التمرد حول تعز، بعد تحرير عدن ومعسكر لبوزة، مشيرا إلى
                # أن 14 متمردا لقوا حتفهم نتيجة الغارات": the definite noun names again the deed its
                # sentence has just told, and takes its place, not a town listed in between
                rel, again = "same", True
            else:
                again = False
            if rel == "apart" or m.also and rel == "near" and m.sentence not in st.sentences \
                    and _km(st.place(), m.place) > _CITY_KM:
                # "وأوضح أن الحملة طالت أيضا بلدة ب": the arrests at another town (not a quarter of
                # the event's city: "سيطرت أيضا على القاعدة البحرية بعدن" after "حي التواهي")
                continue
            if m.apart and m.sentence in st.sentences and not (m.another and rel == "same"):
                # "أطلقت امرأتان النار … وقتل ثمانية في موجة من الهجمات المنفصلة": a deed told apart
                # from one told before it in its sentence (a telling after it, "غارة أخرى … وأدت
                # الغارة إلى", may still name it again); but another of the same sub-type at the same
                # place ("دمرتها إحدى غارات الطيران في جبهة ب، بينما أعطبت غارة أخرى … في الجبهة ذاتها")
                # is of the one event of that place and day, as ACLED codes them
                continue
            if rel != "same" and st.best is not None and st.best.place_inherited and m.place is not None \
                    and not m.place_inherited and m.place.level != "country" and g[-1].para != m.para \
                    and g[-1].sentence > 0 \
                    and not (borrowed and m.date and not m.date_soft and st.hard):
                # "سيطرت على بوابتها" placed only by the sentence before is no town named later (but
                # a headline, placed by the report's lead, sums up what the report tells after it;
                # and a town its own sentence dates on the event's own day places it)
                continue
            if rel == "near" and (m.sentence in st.sentences
                                  or not (_is_reference(m) or st.reference)):
                continue  # two towns are two events, unless one only locates the other
            gdate = st.date()
            if m.sentence in (st.now_sentences if m.earlier else st.earlier):
                # "ووقع الانفجار صباحا ويأتي بعد ستة أيام من تفجير انتحاري قتل ثلاثة": the deed its
                # sentence counts days back from is another, earlier deed than the one the sentence
                # tells, even when no day is known to count from
                continue
            # a borrowed date does not keep a vaguely placed mention from its event
            mdate = None if m.date_soft and (rel == "coarse" or rel == "same" and _next_day(gdate, m.date)) \
                else m.date
            same_day = gdate is None or mdate is None or gdate == mdate
            if gdate is None and m.background and mdate is not None and not m.date_soft \
                    and not g[0].known:
                # "قتل 13 في اشتباكات بتعز … وكان 5 قتلوا صباح الأربعاء في هجوم": an earlier event
                # of its own day (but "أدان التفجير … وكان انتحاري فجر نفسه يوم الأربعاء" dates
                # the bombing the article named as known)
                continue
            if m.background and not m.known and m.killed and any(x.killed and not x.background for x in g) \
                    and m.killed not in {x.killed for x in g} and not _toll_made(m):
                # "سقط فيها 28 قتيلا … وكان المركز قد أشار إلى مقتل خمسة جنود في اشتباكات": an
                # earlier fighting named with a toll of its own is another event, not a lower count
                # (but "وكانت الحكومة أعلنت حصيلة مؤقتة عن خمسة قتلى", a toll with no deed named, is
                # an earlier count of the same event)
                continue
            if m.killed and _toll_made(m) and m.sentence not in st.sentences and rel != "same" \
                    and any(x.killed and _toll_made(x) for x in g) and m.killed not in {x.killed for x in g}:
                # "أن 7 عناصر من التنظيم قتلوا في مناطق أ وب … وأعلنت قيادة أخرى عن مقتل 17 ضمن
                # عمليات شرقي الفلوجة": two tolls with no deed named, of other sentences, places and
                # counts, are two events
                continue
            if m.killed and _period_apart(m, g):
                # "وأعلن عن مقتل جندي آخر الأسبوع الماضي" beside "أسفرت المعارك عن مقتل 17": a toll
                # its own sentence dates to a past week or month is no count of a deed of a day (or
                # of no day told), whose toll differs
                continue
            if mdate is None and m.para != g[-1].para and not m.known and gdate is not None \
                    and all(x.recalled for x in g if x.date):
                # "يذكر أن القائد قتل في 15 يوليو في اشتباكات … وقتل جنديان في قتال في وسط المدينة": a
                # new telling, not the recalled event of its own earlier day
                continue
            coarse_m = m.place is None or m.place_inherited or m.place.level == "country"
            if not same_day and not (rel in ("coarse", "same") and coarse_m and len(cands) == 1):
                continue
            if rel == "near" and not same_day:
                continue
            if rel == "coarse" and (mdate is None or gdate is None) and len(cands) > 1 \
                    and g[-1].para != m.para and not _same_toll(m, g):
                continue
            score = {"same": 3, "coarse": 2, "near": 1}[rel] + (1 if same_day else 0)
            if score > best_score:
                best, best_score, best_k, best_again = st, score, k, again
                if score == 4:
                    break  # (the highest score: no later event can take the mention)
        if best is None:
            st = _GroupState(m)
            index.open(st)
            groups.append(st.mentions)
            best_k = len(cands) - 1
        else:
            if best_again:
                a = best.mentions[-1]
                m.place, m.place_precision, m.place_rank = a.place, a.place_precision, a.place_rank
            best.add(m)
            index.moved(best_k)
        last[m.subtype], last_k[m.subtype] = m, best_k
    _fighting_that_won(groups)
    return groups


def _names_again(m: Mention, g: list[Mention]) -> bool:
    """``m`` is a definite noun ("الغارات") that names again the deed the last telling of ``g`` (the last
    of its sub-type) told earlier in its sentence, with a place found before ``m`` (none of its own after
    it: "وقتل 5 في الغارات على بلدة ب" is another place). Not a place taken ("أعلنت السلطات السيطرة
    عليها": a verbal noun that takes the article as a set phrase, no deed named again), nor a deed only
    named as background ("بعد أربعة أشهر من المعارك")."""
    a = g[-1]
    return bool(m.known and not (m.apart or m.also or m.support or m.reference or a.support)
                and m.subtype not in TERRITORY_TAKEN and a.sentence == m.sentence
                and a.span.end <= m.span.start and a.place is not None and not a.place_inherited
                and m.place is not None and m.place.span.start < m.span.start)


def _same_toll(m: Mention, g: list[Mention]) -> bool:
    """``m`` gives the same count of dead (more than one) as a telling of ``g``: "وقتل 13 متمردا في مواجهات
    غربي محافظة مأرب" and, a paragraph later, "إن اشتباكات في منطقة الجفينة غربي مأرب خلفت 13 قتيلا"
    tell one fighting, the second more precisely."""
    return bool(m.killed and m.killed > 1 and not m.killed_vague
                and any(x.killed == m.killed and not x.killed_vague for x in g))


def _period_apart(m: Mention, g: list[Mention]) -> bool:
    """``m`` and the tellings of ``g`` that give a toll give other counts, and one side only is dated
    by its own sentence to a past week or month ("الأسبوع الماضي", "في الشهر الماضي"). A vague quantity
    ("قتل فيه عشرات السياح") is no count to differ from."""
    tolls = [x for x in g if x.killed and not x.killed_vague]
    if m.killed_vague or not tolls or m.killed in {x.killed for x in tolls}:
        return False
    if _period_dated(m):
        return not any(_period_dated(x) and x.date == m.date for x in tolls)
    return all(_period_dated(x) for x in tolls) and (m.date is None or m.date_precision == "day")


def _period_dated(m: Mention) -> bool:
    return bool(m.date) and not m.date_soft and m.date_precision in _PERIODS


_PERIODS = frozenset({"week", "month"})


def _toll_made(m: Mention) -> bool:
    """The mention's trigger is a casualty word of its own toll (a toll with no deed named)."""
    return any(c.start <= m.span.start < c.end for c in m.casualty_spans)


_CLASH = "Armed clash"


def _fighting_that_won(groups: list[list[Mention]]) -> None:
    """Fighting first told as what won a place ("سيطرت القوات على القاعدة بعد معارك ضارية": a supporting
    mention in the sentence of a takeover, at its place and day) is that territory change, as
    annotators code it, however often it is told again after ("وأسفرت المعارك عن مقتل 51"): every telling of it
    only supports, and its toll goes to the takeover when that has none."""
    takes = [(m, group_date(g)) for g in groups if g[0].subtype in TERRITORY_TAKEN for m in g if not m.support]
    if not takes:
        return
    for g in groups:
        first = g[0]
        if first.subtype != _CLASH or not first.support or all(m.support for m in g):
            continue
        day = group_date(g)
        won = [t for t, t_day in takes if t.sentence == first.sentence
               and place_relation(t.place, first.place) != "apart"
               and (t_day is None or day is None or t_day == day)]
        if not won:
            continue
        _fold(g, won[0])
    # "طردت المقاومة الميليشيات من مديرية أ بعد معارك دامية … وأكد المصدر أن المعارك في أ خلال اليومين
    # الماضيين أسفرت عن مقتل 42": the fighting named again with the article, later, at the takeover's
    # own place, is the fighting that won it
    winners = [t for t, _d in takes if any(m.support and m.subtype == _CLASH and m.sentence == t.sentence
                                           for g in groups for m in g)]
    for g in groups:
        first = g[0]
        if first.subtype != _CLASH or all(m.support for m in g) or not _definite_noun(first):
            continue
        day = group_date(g)
        won = [t for t in winners if t.sentence < first.sentence and place_relation(t.place, first.place) == "same"
               and t.place is not None and (group_date([t]) is None or day is None or group_date([t]) == day)]
        if won:
            _fold(g, won[-1])


def _definite_noun(m: Mention) -> bool:
    """The mention's word carries the article ("المعارك"): a deed named before."""
    return m.span.text.startswith(grammar()["article"])


def _fold(g: list[Mention], host: Mention) -> None:
    """Every telling of ``g`` only supports ``host``, which takes its toll when it has none."""
    for m in g:
        m.support = True
    toll = next((m for m in g if m.killed is not None), None)
    if toll is not None and host.killed is None:
        host.killed, host.killed_person = toll.killed, toll.killed_person
        host.casualty_spans.extend(toll.casualty_spans)


def _next_day(a: str | None, b: str | None) -> bool:
    """The ISO dates a and b are one day apart, either way (False when one is missing or does not parse)."""
    if a is None or b is None:
        return False
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) == 1
    except ValueError:
        return False


def _names_borrowed_place(g: list[Mention], m: Mention, gdate: str | None) -> bool:
    """m names a town of its own, every town of the event g was borrowed from a sentence before
    (its other places are countries), and m tells no other day (g dated: m of that day or undated;
    g undated: m undated and in g's paragraph): m places g."""
    if m.place is None or m.place_inherited or m.place.level == "country":
        return False
    if gdate is None and (m.date is not None or m.para != g[-1].para):
        return False
    if m.date is not None and m.date != gdate:
        return False
    towns = [x for x in g if x.place is not None and x.place.level != "country"]
    return bool(towns) and all(x.place_inherited for x in towns)


def _is_reference(m: Mention) -> bool:
    """The mention's town serves elsewhere as a reference point ("بزاعة شرق حلب": حلب)."""
    return m.place is not None and not m.place_inherited and m.place_rank % 2 == 0


def best_place(g: list[Mention]) -> tuple[PlaceMention | None, int | None]:
    best: Mention | None = None
    for m in g:
        if m.place is None:
            continue
        # a town borrowed from the sentence before beats a bare country of its own ("في تركيا")
        if best is None or place_order(m) < place_order(best):
            best = m
    if best is None:
        return None, None
    point = best.place_point
    if point is not None and best.place is not None and best.place.span.start == point[0]:
        return dataclasses.replace(best.place, lat=point[1], lon=point[2]), best.place_precision
    return best.place, best.place_precision


def place_order(m: Mention) -> tuple[bool, bool, int]:
    return (m.place is not None and m.place.level == "country", m.place_inherited, -m.place_rank)


def _told_span(m: Mention) -> bool:
    """The mention is dated by a span of recent days in its own sentence (week precision, no time:
    "الغارات التي شنتها المقاتلات خلال اليومين الماضيين")."""
    return bool(m.date) and m.date_soft and m.time is None and m.date_precision == "week"


def group_date(g: list[Mention]) -> str | None:
    """The most frequent date of the mentions, those dated by their own sentence first; when those are
    only the report's day taken for want of a time ("الغارات التي تشنها الطائرات": told as going on),
    a span of recent days told for another telling ("الغارات التي شنتها المقاتلات خلال اليومين
    الماضيين") dates the event better."""
    hard = [m for m in g if m.date and not m.date_soft]
    if hard and all(m.date_default for m in hard):
        hard = [m for m in g if _told_span(m)] or hard
    dates = [m.date for m in hard] or [m.date for m in g if m.date]
    if not dates:
        return None
    return Counter(dates).most_common(1)[0][0]


# ------------------------------------------------------------------ the Event


def to_event(g: list[Mention]) -> Event:
    place, precision = best_place(g)
    date = group_date(g)
    # the event is named where it is told with its day: a mention its own sentence dates so heads it
    # ("كثفت الطائرات غاراتها على القاعدة … وشنت أمس غارات على القاعدة": the second)
    head = min(g, key=lambda m: (m.rank, date is not None and (m.date != date or m.date_soft), m.span.start))
    date_prec = next((m.date_precision for m in g if m.date == date), None) if date else None
    # a named victim is part of a toll another mention counts, no conflicting figure
    # ("مقتل قائد الكتيبة" beside "قتل فيها 13": one of the 13); "no losses" (0) said of one telling
    # yields to a toll another telling gives
    # a count beats a vague quantity another telling gives ("هجوم قتل فيه عشرات السياح. وقتل مسلح 38
    # سائحا": 38), as within one telling (event_casualties._vague_and_exact)
    counted = _risen(_own_counts([m for m in g if m.killed and not m.killed_person and not m.killed_vague]))
    parts = _parts_of_a_total(counted)
    killed_vals = [m.killed for m in counted if id(m) not in parts] \
        or [m.killed for m in g if m.killed and not m.killed_person] \
        or [m.killed for m in g if m.killed] or [m.killed for m in g if m.killed is not None]
    injured_vals = [m.injured for m in g if m.injured is not None]
    # the lead's telling names the actors first; the others fill gaps
    # (a telling whose borrowed town the event's own place overrode was read in the wrong frame)
    # (and past the report's first sentence, a telling that only borrowed its day, or tells another
    # day, yields to one its own sentence dates with the event's day: "ويهدف الهجوم إلى استعادتها من
    # المسلحين … وكان الجيش قد استعاد البلدة أمس")
    lead = min(g, key=lambda m: (m.rank, m.place_inherited and place_relation(m.place, place)
                                 in ("apart", "near"),
                                 m.sentence > 0 and date is not None and (m.date != date or m.date_soft),
                                 m.span.start))
    ordered = [lead] + [m for m in g if m is not lead]
    actor1 = next((m.actor1 for m in ordered if m.actor1 is not None), None)
    actor2 = next((m.actor2 for m in ordered if m.actor2 is not None), None)
    sources = sorted({k for m in g for k in m.sources})
    also = sum(m.killed_also for m in g)
    killed = min(killed_vals) + also if killed_vals else (also or None)
    ev = Event(type=head.type, subtype=head.subtype, trigger=head.span, date=date,
               date_precision=date_prec, place=place, place_precision=precision,
               actor1=actor1.text if actor1 else None, actor2=actor2.text if actor2 else None,
               killed=killed,
               injured=min(injured_vals) if injured_vals else None,
               civilian=any(m.civilian for m in g),
               mentions=sorted({m.span for m in g}, key=lambda s: s.start), sources=sources)
    ev.evidence = _evidence(g, place, date, actor1, actor2)
    ev.conflicts = _conflicts(g)
    return ev


def _risen(counted: list[Mention]) -> list[Mention]:
    """A toll that rose ("ارتفعت حصيلة الاعتداء بالشاحنة المفخخة إلى 15 قتيلا") replaces the lower counts of
    the event told before it, and those told after it as what had been said earlier ("وكان قائد الشرطة قد
    صرح قبلها بأنهم أحصوا ثمانية قتلى"): they are earlier stages of the count, not a more conservative
    figure for the event."""
    rose = [m for m in counted if m.killed_rose]
    if not rose:
        return counted
    top = max(rose, key=lambda m: (m.killed or 0))
    return [m for m in counted if m.killed_rose or (m.killed or 0) >= (top.killed or 0)
            or not (m.span.start < top.span.start or m.background or m.recalled)]


def _own_counts(counted: list[Mention]) -> list[Mention]:
    """A share of a total split evenly over places ("مقتل 23 في قصف على بيجي والرمادي": 12 and 11) yields
    to a count told for the event's place itself that is part of that total ("قتل 21 قرب مصفى بيجي"):
    the even split only stands in for a figure the report does not give. A count no lower than the
    total (the total told again) leaves the share."""
    wholes = {m.killed_whole for m in counted if m.killed_whole is not None}
    if not wholes:
        return counted
    own = [m for m in counted if m.killed_whole is None and m.killed is not None
           and all(m.killed < w for w in wholes)]
    return [m for m in counted if m.killed_whole is None] if own else counted


_PARTS_MAX = 4  # parts of one total looked for
_POOL_MAX = 8  # tolls told after a total among which its parts are looked for


def _parts_of_a_total(counted: list[Mention]) -> set[int]:
    """The tellings (ids) whose tolls add up to a larger toll told before them in the event: the lead
    sums up, the body counts each deed ("مقتل خمسة مسلحين في اشتباكات بكراتشي … قتل ثلاثة في منطقة أ،
    وقتل اثنان آخران في منطقة ب"; "قتل 50 في تفجيرين … قتل 43 في التفجير الأول، بينما قتل سبعة في
    الثاني"). Each part is one deed's share of the event, not a lower count of it that min() should keep.
    A toll told in several tellings (one figure, two triggers) is one part."""
    if len(counted) < 3:
        return set()
    told: dict[int, tuple[int, Mention]] = {}  # where a figure stands -> (its value, a telling)
    for m in counted:
        at = min((c.start for c in m.casualty_spans), default=m.span.start)
        told.setdefault(at, (m.killed or 0, m))
    if len({v for v, _m in told.values()}) < 3:
        return set()
    order = sorted(told.items())
    for k, (at, (total, _m)) in enumerate(order):
        pool = [(v, m) for _at, (v, m) in order[k + 1:] if v < total][:_POOL_MAX]
        for n in range(2, min(_PARTS_MAX, len(pool)) + 1):
            for combo in combinations(pool, n):
                if sum(v for v, _m in combo) == total:
                    ats = {id(m2) for _v, m2 in combo}
                    keys = {a for a, (_v, m2) in order if id(m2) in ats}
                    return {id(m) for m in counted
                            if min((c.start for c in m.casualty_spans), default=m.span.start) in keys}
    return set()


def _evidence(g: list[Mention], place: PlaceMention | None, date: str | None,
              actor1: ActorPhrase | None, actor2: ActorPhrase | None) -> dict[str, list[Span]]:
    ev: dict[str, list[Span]] = {"trigger": sorted({m.span for m in g}, key=lambda s: s.start)}
    if place is not None:
        ev["place"] = [place.span]
    times = {m.time.span for m in g if m.time is not None and m.time.value == date}
    if times:
        ev["date"] = sorted(times, key=lambda s: s.start)
    if actor1 is not None:
        ev["actor1"] = [actor1.span]
    if actor2 is not None:
        ev["actor2"] = [actor2.span]
    cas = sorted({s for m in g for s in m.casualty_spans}, key=lambda s: s.start)
    if cas:
        ev["casualties"] = cas
    return ev


def _conflicts(g: list[Mention]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}

    def collect(field_name: str, value_of, told=lambda m: ()) -> None:
        values: dict[Any, dict[str, Any]] = {}
        for m in g:
            # a telling's own competing values, each with its claims, else its one value
            val = value_of(m)
            for val, sources in told(m) or (() if val is None else ((val, m.sources),)):
                key = val if not isinstance(val, dict) else val.get("key")
                slot = values.setdefault(key, {"value": val if not isinstance(val, dict) else val["value"],
                                               "mentions": [], "sources": []})
                slot["mentions"].append(m.span.to_json())
                slot["sources"] = sorted(set(slot["sources"]) | set(sources))
        if len(values) > 1:
            out[field_name] = list(values.values())

    def place_val(m: Mention) -> dict[str, Any] | None:
        if m.place is None or m.place_inherited:
            return None
        p = m.place
        return {"key": _place_key(p), "value": {"text": p.span.text, "name": p.name,
                                                "level": p.level, "start": p.span.start,
                                                "end": p.span.end}}

    collect("place", place_val)
    if "place" in out and _refinements([m.place for m in g if m.place is not None and not m.place_inherited]):
        del out["place"]
    collect("date", lambda m: m.date)
    collect("killed", lambda m: m.killed, lambda m: m.killed_told)
    collect("injured", lambda m: m.injured)
    return out
