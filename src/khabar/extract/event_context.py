"""The per-document context of the events stage.

Reads ``doc.tokens``, ``doc.sentences``, ``doc.times``, ``doc.places``, ``doc.entities`` and
``doc.claims`` through a :class:`~khabar.extract.event_words.TokenView`; adds nothing to the Doc.
Loads ``lang/ar/events/`` words.tsv (kinds near, placehead, present, history, reaction …) and
grammar.yaml (clause and dateline punctuation) through :mod:`khabar.extract.event_words`, and
place_date.yaml (sentence openings: topic shifts, fronted places, simultaneity, background, recall;
locatives, facility heads, clause openers, period bounds), and place_words.yaml (country_anaphors:
"في اسطنبول وفي جنوب شرق البلاد", a part of the country named by a direction after another place, is
a place of the events stage only, at the part's point of ``places/country_parts.tsv``).

:class:`Context` indexes a document once (sentences, paragraphs, times and places by sentence,
actor phrases, claim zones, the dateline, how each sentence opens: :func:`_opening`). The place of
a mention is :mod:`khabar.extract.event_places`' (``place_of``), its date
:mod:`khabar.extract.event_dates`' (``date_of``).

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.pipeline import Pipeline
    >>> doc = Pipeline(names=("times", "places")).run(Article(id="x", text="بيروت (رويترز) - قصف."))
    >>> Context(doc).lead_place is None
    True
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

from khabar.doc import Doc, PlaceMention, Span, TimeMention
from khabar.extract.event_actor_phrases import adopts_deed
from khabar.extract.event_actors import ActorPhrase, actor_phrases, covered_by
from khabar.extract.event_args import reference_places
from khabar.extract.event_words import TokenView, grammar, stem_among
from khabar.extract.place_context import direction_before
from khabar.extract.place_lexicon import lexicon
from khabar.extract.places import _country_parts
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form

_NEWLINE = re.compile("\n")
_DATELINE_CHARS = 45  # a dateline lies within the first characters of the text


class Context:
    """Per-document indexes shared by the steps below."""

    def __init__(self, doc: Doc, v: TokenView | None = None) -> None:
        self.doc = doc
        self.v = v if v is not None else TokenView(doc)
        self.sent_lo: list[int] = []
        self.sent_hi: list[int] = []
        lo = 0
        toks = self.v.tokens
        sent_of = [t.sentence for t in toks]
        ntok = len(sent_of)
        for s in range(len(doc.sentences)):
            while lo < ntok and sent_of[lo] < s:
                lo += 1
            hi = lo
            while hi < ntok and sent_of[hi] == s:
                hi += 1
            self.sent_lo.append(lo)
            self.sent_hi.append(hi)
        nl = [mt.start() for mt in _NEWLINE.finditer(doc.text)]
        self.para = [bisect.bisect_left(nl, s.span.start) for s in doc.sentences]
        # a line broken inside a sentence ("هاجموا موقعا\n أماميا … في بلدة مديات"): the next
        # piece goes on with the same clause
        text = doc.text
        self.continues = [False]
        terminals = grammar()["clause_end"]
        for sent in doc.sentences[:-1]:
            k = sent.span.end - 1
            while k > sent.span.start and text[k].isspace():
                k -= 1
            self.continues.append(text[k] not in terminals)
        self.sent_starts = [s.span.start for s in doc.sentences]
        self.tok_starts = doc.token_starts()
        self.times_by_sent: dict[int, list[TimeMention]] = {}
        self.time_tokens: set[int] = set()
        kinds = self.v.kinds()
        for t in doc.times:
            i = bisect.bisect_left(self.tok_starts, t.span.start)
            # "البلدة التي يسيطر عليها المسلحون منذ مارس": the start of a state dates no event;
            # "حتى العام 2013": the end of a long period neither. A day does: "10 ضربات منذ صباح
            # أمس", "استمرت الاشتباكات حتى مساء أمس" (the fighting of that day)
            long = t.precision != "day"
            if not (long and any(0 <= k < len(kinds) and "history" in kinds[k] for k in (i - 1, i))) \
                    and not (i >= 1 and long and _stem_in(self, i - 1, _place_words()["period_bounds"])):
                self.times_by_sent.setdefault(self.sentence_of(t.span.start), []).append(t)
            while i < len(self.tok_starts) and self.tok_starts[i] < t.span.end:
                self.time_tokens.add(i)
                i += 1
        # the first sentence telling a time (keys are only sentences with one); past the last if none
        self.first_timed = min(self.times_by_sent, default=len(doc.sentences))
        self.dateline = _dateline_end(doc.text)
        self._newlines = nl
        self.claims = [(c.content.start, c.content.end, c.stance) for c in doc.claims]
        self._claim_order = sorted(range(len(self.claims)), key=lambda k: self.claims[k][0])
        self._claim_starts = [self.claims[k][0] for k in self._claim_order]
        self._claim_span = max((b - a for a, b, _ in self.claims), default=0)
        # where each claim is attributed ("وقال المرصد اليوم الجمعة إن …"): a time there dates the
        # statement, not the events it reports
        self.attribution = [self._attribution_zone(c.cue, c.speaker, c.content) for c in doc.claims]
        self.trigger_tokens = [t.i for t in self.v.triggers()]
        self.openings: dict[int, str | None] = {}  # how a sentence opens (_opening), when asked
        self.fronted: dict[int, PlaceMention | None] = {}  # the place a sentence opens with
        self.lead_reach: int | None = None  # (_lead_date) where the lead's day stops
        # the day the lead tells of: the first time of the first two sentences, to the day
        self.lead_time = next((t for s_ in range(min(2, len(doc.sentences)))
                               for t in self.times_by_sent.get(s_, [])
                               if t.value and t.precision == "day"), None)
        self._placing = False

    # the attributes of _place_actors: worked out on first use (most documents with an event word
    # report no event, and find_mentions then never reads them: actor_phrases is the dearest step)
    _LAZY = frozenset({"places_by_sent", "placed_sents", "actors", "_actor_tokens", "speakers", "country", "references",
                       "lead_place"})

    def __getattr__(self, name: str):  # (called only for an attribute not set yet)
        if name in Context._LAZY and not self.__dict__.get("_placing", True):
            self._place_actors()
            return self.__dict__[name]
        raise AttributeError(name)

    def _place_actors(self) -> None:
        """Places by sentence, actor phrases, speakers, the report's country, reference places and
        the lead's place (see the class)."""
        self._placing = True
        doc, nl = self.doc, self._newlines
        self.places_by_sent: dict[int, list[PlaceMention]] = {}
        dateline = self.dateline
        text = doc.text
        for p in sorted(doc.places, key=lambda p: p.span.start):
            if (p.lat is None and p.country is None) or p.span.end <= dateline \
                    or _line_dateline(text, nl, p):
                continue
            self.places_by_sent.setdefault(self.sentence_of(p.span.start), []).append(p)
        # the channels a claim came through ("لوكالة فرانس برس") are no actors; speakers may be
        channels = frozenset((sp.start, sp.end) for c in doc.claims for sp in c.via)
        self.actors = [a for a in actor_phrases(doc, self.v)
                       if not (channels and covered_by(channels, a.span.start, a.span.end))]
        # who reports an event is no party to it ("قال الجيش المالي إن 12 قتلوا"), unless the claim
        # speaks of the speaker itself ("أعلن الجيش أنه قصف": pronsubj)
        # (a claim of responsibility's speaker, "وتبنت الحركة الهجوم", is the doer: adopts_deed)
        speakers = [(c.speaker.start, c.speaker.end) for c in doc.claims
                    if c.speaker is not None and not adopts_deed(c)]
        # only the speakers that are actor phrases matter
        actor_starts = [a.span.start for a in self.actors]  # sorted: actors come in text order
        self._actor_tokens = [a.i for a in self.actors]

        def holds_actor(s: int, e: int) -> bool:
            i = bisect.bisect_left(actor_starts, s)
            while i < len(actor_starts) and actor_starts[i] <= e:
                if self.actors[i].span.end <= e:
                    return True
                i += 1
            return False
        self.speakers = {(s, e) for s, e in speakers if holds_actor(s, e)}

        def inside_actor(p: PlaceMention) -> bool:  # "قوات الجيش اليمني": no place
            k = bisect.bisect_right(actor_starts, p.span.start) - 1
            return any(self.actors[x].span.end >= p.span.end for x in range(max(0, k - 2), k + 1))
        for s_, plist in list(self.places_by_sent.items()):
            keep = [p for p in plist if not inside_actor(p)]
            if keep:
                self.places_by_sent[s_] = keep
            else:
                del self.places_by_sent[s_]
        countries = Counter(p.country for ps in self.places_by_sent.values() for p in ps if p.country)
        self.country = countries.most_common(1)[0][0] if countries else None
        for p in _country_anaphors(self):  # "في جنوب شرق البلاد": a part of the report's country
            bisect.insort(self.places_by_sent.setdefault(self.sentence_of(p.span.start), []), p,
                          key=lambda x: x.span.start)
        self.placed_sents = sorted(self.places_by_sent)  # the sentences naming a place, in order
        all_places = [p for s_ in self.placed_sents for p in self.places_by_sent[s_]]
        self.references = reference_places(self.v, all_places, self.token_of)
        self.lead_place = self.places_by_sent[self.placed_sents[0]][0] if self.placed_sents else None

    def _attribution_zone(self, cue: Span | None, speaker: Span | None, content: Span) -> tuple[int, int]:
        """The characters that attribute a claim: from its cue or speaker to the content when they
        come first; from the content's end to the end of the sentence when they follow it ("قتل 12،
        وفق حصيلة أعلنها الجيش السبت": Saturday dates the toll, not the killing)."""
        starts = [x.start for x in (cue, speaker) if x is not None and x.end > x.start]
        if not starts:
            return content.start, content.start
        first = min(starts)
        if first < content.end:
            return first, content.start
        s = self.sentence_of(first)
        return content.end, self.doc.sentences[s].span.end

    def actors_between(self, lo: int, hi: int) -> list[ActorPhrase]:
        """The actor phrases whose first token lies in [lo, hi), in text order."""
        toks = self._actor_tokens
        return self.actors[bisect.bisect_left(toks, lo):bisect.bisect_left(toks, hi)]

    def sentence_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def token_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.tok_starts, char) - 1)

    def claims_of(self, span: Span) -> list[tuple[int, str]]:
        # a claim holding the span starts at most the longest claim's length before its end
        lo = bisect.bisect_left(self._claim_starts, span.end - self._claim_span)
        hi = bisect.bisect_right(self._claim_starts, span.start)
        hits = sorted(k for k in self._claim_order[lo:hi] if span.end <= self.claims[k][1])
        return [(k, self.claims[k][2]) for k in hits]


def _dateline_end(text: str) -> int:
    """End of the dateline ("عين اليوم – بيروت", "بيروت (رويترز) -"): a dash or colon among the first
    words, or a short first line with a dash; 0 when there is none."""
    marks = grammar()["dateline"]
    head = text[:_DATELINE_CHARS]
    nl = head.find("\n", len(head) - len(head.lstrip()))
    if 0 <= nl and any(mk in head[:nl] for mk in marks):
        return nl
    ends = [k + 1 for k, ch in enumerate(head) if ch in marks and head[k + 1:k + 2].isspace()]
    return ends[-1] if ends else 0


def _line_dateline(text: str, newlines: list[int], p: PlaceMention) -> bool:
    """A place opening a line and followed by a dateline mark ("بوجومبورا - د.ب.أ:" after the
    headline of a second report on the page): where that report was filed. ``newlines``: the
    sorted offsets of the text's line breaks."""
    k = bisect.bisect_left(newlines, p.span.start)
    if k == 0:
        return False
    start = newlines[k - 1] + 1
    if text[start:p.span.start].strip():
        return False
    rest = text[p.span.end:p.span.end + 3].lstrip(" ")
    return bool(rest) and rest[0] in grammar()["dateline"]


def _stem_in(ctx: Context, k: int, forms: frozenset[str]) -> bool:
    return stem_among(ctx.v, k, forms)


@functools.cache
def _place_words() -> dict[str, frozenset[str]]:
    """Folded word lists of place_date.yaml: locatives, facility_heads, period_bounds (the first word
    of each; clause_openers are event_places._clause_openers')."""
    data = load_yaml("events/place_date.yaml")
    return {key: frozenset(normalize_form(w.split()[0]) for w in data[key])
            for key in ("locatives", "facility_heads", "period_bounds")}


_COMPASS = frozenset(("north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "centre"))


@functools.cache
def _country_words() -> frozenset[str]:
    """"The country" as written after a direction (place_words.yaml country_anaphors)."""
    return frozenset(load_yaml("events/place_words.yaml")["country_anaphors"])


def _country_anaphors(ctx: Context) -> list[PlaceMention]:
    """"هجومان في اسطنبول وفي جنوب شرق البلاد": "the country" after a compass direction,
    coordinated with the place named just before, is that part of the place's country, a place of
    its own (a region, listed like a province by event_split). A place of the events stage only: it
    is no toponym, the places stage tags none. Not when it only locates the place just named ("في
    محافظة حماة بوسط البلاد", "بإقليم شرناق في جنوب شرق البلاد"): that place stays the finer one."""
    text = ctx.doc.text
    hits = []
    for w in _country_words():
        c = text.find(w)
        while c >= 0:
            hits.append(c)
            c = text.find(w, c + 1)
    if not hits:
        return []
    toks = ctx.v.tokens
    lex = lexicon()
    words = _country_words()
    out = []
    for c in sorted(hits):
        k = ctx.token_of(c)
        t = toks[k]
        if k == 0 or t.span.start != c or t.span.text not in words or c < ctx.dateline:
            continue
        found = direction_before(toks, k - 1, lex)
        if found is None or found[0][0] not in _COMPASS:
            continue
        (direction, _prec), a = found
        s = ctx.sentence_of(c)
        start = toks[a].span.start
        before = [p for p in ctx.places_by_sent.get(s, ()) if p.span.end <= start]
        # only coordinated with the place named just before ("في اسطنبول وفي جنوب شرق البلاد"): a
        # place of its own in a list of targets, in that place's country. Alone ("هجوم في شمال
        # البلاد") the country it means is too often unsure (a round-up, a border named before) and
        # the part too wide to tell two events apart (measured on 600 reports: as many worse as better)
        if not before or not _coordinated(ctx, before[-1], a, lex):
            continue
        country = before[-1].country
        if country is None:
            continue
        part = _country_parts().get((country, direction))
        if part is not None:
            name, admin1 = part["name_en"], part["admin1"] or None
            lat, lon = float(part["lat"]), float(part["lon"])
        else:
            whole = next((p for p in ctx.doc.places if p.country == country and p.level == "country"
                          and p.direction is None and p.lat is not None), None)
            if whole is None:
                continue
            name, admin1, lat, lon = whole.name, None, whole.lat, whole.lon
        out.append(PlaceMention(span=t.span, name=name, name_ar=t.span.text, country=country,
                                level="region", lat=lat, lon=lon, admin1=admin1, precision=3,
                                direction=direction, cue=toks[a].span, score=1.0))
    return out


def _coordinated(ctx: Context, p: PlaceMention, a: int, lex) -> bool:
    """Is the direction at token a coordinated with place p named right before it ("في اسطنبول
    وفي جنوب شرق البلاد", "بين حلب وشمال البلاد"), not only locating it ("في محافظة تعز جنوبي
    البلاد", "بإقليم شرناق في جنوب شرق البلاد", "في محافظة مأرب وسط البلاد")?"""
    toks = ctx.v.tokens
    lo = ctx.token_of(p.span.end - 1) + 1
    if a - lo > 1:
        return False
    conj = grammar()["and"]
    if a - lo == 1:  # "وفي"
        word = toks[lo].norm
        return word.startswith(conj) and word[len(conj):] in _locatives()
    word = toks[a].norm
    return word.startswith(conj) and not any(k[0] == word for k in lex.before)


@functools.cache
def _locatives() -> frozenset[str]:
    """The prepositions that coordinate "وفي جنوب شرق البلاد" (place_words.yaml country_anaphor_locatives)."""
    return frozenset(normalize_form(w) for w in load_yaml("events/place_words.yaml")["country_anaphor_locatives"])


def _place_at(ctx: Context, k: int) -> bool:
    if k >= len(ctx.v.tokens):
        return False
    t = ctx.v.tokens[k]
    return any(p.span.start <= t.span.start < p.span.end
               for p in ctx.places_by_sent.get(t.sentence, ()))


def _place_at_token(ctx: Context, k: int) -> PlaceMention | None:
    t = ctx.v.tokens[k]
    return next((p for p in ctx.places_by_sent.get(t.sentence, ())
                 if p.span.start <= t.span.start < p.span.end), None)


@functools.cache
def _openings() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """First folded word -> (kind, rest of the phrase) for place_date.yaml's sentence openings:
    kind "shift" (topic_shift), "same" (simultaneous), "place" (place_openers) or "past"
    (background), in that order."""
    data = load_yaml("events/place_date.yaml")
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, key in (("shift", "topic_shift"), ("same", "simultaneous"), ("place", "place_openers"),
                      ("past", "background"), ("recall", "recall")):
        for row in data[key]:
            words = [normalize_form(w) for w in row.split()]
            out.setdefault(words[0], []).append((kind, tuple(words[1:])))
    return {w: tuple(v) for w, v in out.items()}


def _phrase_end(ctx: Context, k: int, rest: tuple[str, ...], hi: int) -> int:
    """The token after ``rest`` when it follows token k (before token hi), else -1."""
    toks = ctx.v.tokens
    if k + 1 + len(rest) > hi:
        return -1
    for n, w in enumerate(rest):
        if toks[k + 1 + n].norm != w:
            return -1
    return k + 1 + len(rest)


def _opening(ctx: Context, s: int) -> str | None:
    """How sentence s opens: "shift" (another story, or a fronted place: "وفي محافظة أبين،"),
    "same" (at the same time: "في غضون ذلك"), "past" (what had happened before: "وكان"), or None."""
    cache = ctx.openings
    if s in cache:
        return cache[s]
    out = None
    toks = ctx.v.tokens
    k, hi = ctx.sent_lo[s], ctx.sent_hi[s]
    while k < hi and not toks[k].is_word:
        k += 1
    g = grammar()
    if k + 1 < hi and toks[k].norm in (g["and"], g["then"]):
        k += 1  # "و كان …": the conjunction written apart
    if k < hi:
        first = toks[k].norm
        table = _openings()
        cands = table.get(first, ())
        if not cands and first[:1] in (g["and"], g["then"]):
            cands = table.get(first[1:], ())  # "وفي تطور آخر"
        kinds = ctx.v.kinds()
        for kind, rest in cands:
            x = _phrase_end(ctx, k, rest, hi)
            if x < 0:
                continue
            if kind != "place":
                out = kind
                break
            while x < hi and "placehead" in kinds[x]:
                x += 1
            if x < hi and _place_at(ctx, x):
                out = "shift"
                ctx.fronted[s] = _place_at_token(ctx, x)
                break
    cache[s] = out
    return out


def place_position(ctx: Context, places: list[PlaceMention], p: PlaceMention | None) -> int:
    """``places.index(p)``, or -1 when p is not in ``places`` (a sentence's places): only the places
    of p's span are compared (an equal place has the same span), through a table built once per
    list (comparing every place for every mention was quadratic in a long sentence of places)."""
    if p is None:
        return -1
    tables = ctx.v.memo.get("place_positions")
    if tables is None:
        tables = ctx.v.memo["place_positions"] = {}
    got = tables.get(id(places))  # type: ignore[attr-defined]
    if got is None or got[0] is not places or got[1] != len(places):
        spans: dict[tuple[int, int], list[int]] = {}
        for k, x in enumerate(places):
            spans.setdefault((x.span.start, x.span.end), []).append(k)
        got = tables[id(places)] = (places, len(places), spans)  # type: ignore[index]
    for k in got[2].get((p.span.start, p.span.end), ()):
        x = places[k]
        if x is p or x == p:
            return k
    return -1
