"""The per-document context of the events stage, and the place of an event mention.

Reads ``doc.tokens``, ``doc.sentences``, ``doc.times``, ``doc.places``, ``doc.entities`` and
``doc.claims`` through a :class:`~khabar.extract.event_words.TokenView`; adds nothing to the Doc.
Loads ``lang/ar/events/`` words.tsv (kinds near, placehead, present, history, reaction …) and
grammar.yaml (clause and dateline punctuation; place_anaphors, read here) through
:mod:`khabar.extract.event_words`, and place_date.yaml (sentence openings: topic shifts, fronted
places, simultaneity, background, recall; locatives, facility heads, clause openers, period bounds).

:class:`Context` indexes a document once (sentences, paragraphs, times and places by sentence,
actor phrases, claim zones, the dateline, how each sentence opens); :func:`place_of` gives a
mention the nearest toponym of its clause (else the previous sentence's most specific, else the
article's lead place; "على المدينة" takes the last town named before; the place a territory verb
governs beats its subject's; a place only named as a subject or object before a clause opener,
"طالب البلد الجار باكستان … بعدما حصد تفجير", is none of the event's; a region yields to the town in
it the next sentence names). A town named inside a place ("همدان بمدينة الحزم") but resolved far
from it yields to it. The date of a mention is :mod:`khabar.extract.event_dates`' (``date_of``,
importable from here too).

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
from typing import Any

from khabar.doc import Doc, PlaceMention, Span, TimeMention
from khabar.extract.event_actors import actor_phrases
from khabar.extract.event_args import (best_time, distance_km, place_precision, reference_places,
                                      specificity)
from khabar.extract.event_merge import Mention
from khabar.extract.event_words import TokenView, grammar
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form

_NEWLINE = re.compile("\n")
_DATELINE_CHARS = 45  # a dateline lies within the first characters of the text
_PLACE_REACH = 150  # characters after the trigger; farther, a place before it is preferred
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_ANAPHOR_REACH = 6  # tokens after the trigger to an anaphoric head noun ("على المدينة")
_ANAPHOR_NAMED = 3  # tokens from such a noun to a place that names it ("المدينة القديمة في حلب")
_HEAD_RUN = 6  # head nouns and facility words passed over between a locative and its place
_BEFORE_KEPT = 12  # places before the trigger looked at for the clause's own
_CLAUSE_REACH = 60  # tokens back from the trigger to the clause opener of its clause
_REGION_KM = 50.0  # a region (الغوطة الغربية) holds the towns this close to its point
_CONTAINER_KM = 60.0  # a town farther than this from the place said to contain it is a namesake  # tokens from "أدان" to the time of the condemnation


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
        self.tok_starts = [t.span.start for t in toks]
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
        self.places_by_sent: dict[int, list[PlaceMention]] = {}
        dateline = self.dateline = _dateline_end(doc.text)
        text = doc.text
        for p in sorted(doc.places, key=lambda p: p.span.start):
            if (p.lat is None and p.country is None) or p.span.end <= dateline \
                    or _line_dateline(text, nl, p):
                continue
            self.places_by_sent.setdefault(self.sentence_of(p.span.start), []).append(p)
        self.claims = [(c.content.start, c.content.end, c.stance) for c in doc.claims]
        self._claim_order = sorted(range(len(self.claims)), key=lambda k: self.claims[k][0])
        self._claim_starts = [self.claims[k][0] for k in self._claim_order]
        self._claim_span = max((b - a for a, b, _ in self.claims), default=0)
        # where each claim is attributed ("وقال المرصد اليوم الجمعة إن …"): a time there dates the
        # statement, not the events it reports
        self.attribution = [self._attribution_zone(c.cue, c.speaker, c.content) for c in doc.claims]
        # the channels a claim came through ("لوكالة فرانس برس") are no actors; speakers may be
        channels = [sp for c in doc.claims for sp in c.via]
        self.actors = [a for a in actor_phrases(doc, self.v)
                       if not any(sp.start <= a.span.start and a.span.end <= sp.end for sp in channels)]
        # who reports an event is no party to it ("قال الجيش المالي إن 12 قتلوا"), unless the claim
        # speaks of the speaker itself ("أعلن الجيش أنه قصف": pronsubj)
        speakers = [(c.speaker.start, c.speaker.end) for c in doc.claims if c.speaker is not None]
        # only the speakers that are actor phrases matter
        actor_starts = [a.span.start for a in self.actors]  # sorted: actors come in text order

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
        all_places = [p for s_ in sorted(self.places_by_sent) for p in self.places_by_sent[s_]]
        self.references = reference_places(self.v, all_places, self.token_of)
        self.trigger_tokens = [t.i for t in self.v.triggers()]
        self.openings: dict[int, str | None] = {}  # how a sentence opens (_opening), when asked
        self.fronted: dict[int, PlaceMention | None] = {}  # the place a sentence opens with
        self.lead_place = None
        # the day the lead tells of: the first time of the first two sentences, to the day
        self.lead_reach: int | None = None  # (_lead_date) where the lead's day stops
        self.lead_time = next((t for s_ in range(min(2, len(doc.sentences)))
                               for t in self.times_by_sent.get(s_, [])
                               if t.value and t.precision == "day"), None)
        for s_ in sorted(self.places_by_sent):
            self.lead_place = self.places_by_sent[s_][0]
            break

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


def place_of(ctx: Context, m: Mention) -> None:
    places = ctx.places_by_sent.get(m.sentence, [])
    # a foreign town or province is kept where something is put ("غارات على مواقع في جبال قنديل"
    # in a Turkey story), not a country only talked to or about ("طالب البلد الجار باكستان")
    home = [p for p in places if ctx.country is None or p.country in (None, ctx.country)
            or ((p.level or "city") != "country" and _locative(ctx, p))]
    places = home or places
    chosen = None
    after = [p for p in places if p.span.start >= m.span.end]
    if len(after) > 1 and _is_origin(ctx, after[0]) and "expel" not in ctx.v.kinds()[m.i]:
        # "قادمة من صنعاء واتجهت إلى المخا": where it came from is not where it is; but "طردوهم من
        # عدن" happened in Aden
        after = after[1:]
    before = [p for p in places if p.span.end <= m.span.start]
    if before and after:
        # "طالب البلد الجار باكستان … بعدما حصد تفجير … قرب مطار كابول": a subject or an object
        # of another clause is no place of the event
        opens = _clause_start(ctx, m)
        kept: list[PlaceMention] = []
        # only the last places before the trigger are ever chosen (a long run stays linear)
        for p in before[-_BEFORE_KEPT:]:  # one joined to a kept one ("في منطقتي دار سعد والعلم")
            if p.span.start >= opens or _locative(ctx, p) or (kept and _joined(ctx, kept[-1], p)):
                kept.append(p)
        if kept or any(p.level != "country" for p in after):
            before = kept  # (a bare country after it locates nothing better)
    if len(before) > 1 and _is_reference_point(ctx, before[-1]):
        before = before[:-1]  # "في محافظة إب بجنوب صنعاء تحتدم المواجهات": إب, not صنعاء
    if len(before) > 1 and ctx.token_of(before[-1].span.start) - ctx.token_of(before[-2].span.end - 1) <= 4 \
            and specificity(before[-2], ctx.references) > specificity(before[-1], ctx.references):
        before = before[:-1]  # "إلى مدينة شقرة الساحلية في أبين، وسيطرت عليها": the town, not its province
    if len(after) > 1 and m.subtype in _TERRITORY and _in_actor_phrase(ctx, after[0], m.j):
        # "سيطرت قوات المقاومة في محافظتي أ وب على موقع ج": the place of the subject after the verb
        # (and the places joined to it) yields to the place the verb governs
        k = 1
        while k < len(after) and _joined(ctx, after[k - 1], after[k]):
            k += 1
        governed = [p for p in after[k:] if p.span.start - m.span.end <= _PLACE_REACH
                    and not _is_reference_point(ctx, p) and not _trigger_between(ctx, m.j, p)]
        if governed:
            after = governed
    if after and (after[0].span.start - m.span.end <= _PLACE_REACH or not before):
        chosen = after[0]
        if before and _contains(chosen, before[-1]):
            chosen = before[-1]  # "في مدينة X ... التفجير في محافظة Y": the town, inside the province
    elif before:
        chosen = before[-1]
    # "وسيطر التنظيم على المدينة": the town named earlier
    anaphor = _anaphor_antecedent(ctx, m, after[0] if after else None)
    if anaphor is not None:
        chosen = anaphor
    inherited = False
    nxt = m.sentence + 1
    if chosen is None and nxt < len(ctx.continues) and ctx.continues[nxt] and ctx.places_by_sent.get(nxt):
        chosen = ctx.places_by_sent[nxt][0]  # the clause goes on past a line break
    if chosen is None:
        inherited = True
        for s in range(m.sentence - 1, -1, -1):
            if ctx.para[s] != m.para and s < m.sentence - 1:  # the sentence just before, or the paragraph
                break
            if ctx.places_by_sent.get(s):
                prev = ctx.places_by_sent[s]
                # the article's own country first ("تدربوا في تركيا ودخلوا سوريا" in a Syria story)
                home = [p for p in prev if ctx.country is None or p.country in (None, ctx.country)]
                if not home and not any(_locative(ctx, p) for p in prev):
                    continue  # "وأضاف المرصد ومقره بريطانيا": no place of events, look further back
                prev = home or prev
                # where the sentence puts things ("داخل تركيا"), not its subject ("وواصلت أنقرة")
                prev = [p for p in prev if _locative(ctx, p)] or prev
                top = max(specificity(p, ctx.references) for p in prev)
                chosen = next(p for p in prev if specificity(p, ctx.references) == top)
                if _opening(ctx, s) == "shift" and ctx.fronted.get(s) is not None:
                    # "أما على صعيد محافظة أبين، …. وأشارت مصادر إلى مواجهات": the front the
                    # report has turned to frames the sentences after it
                    chosen, inherited = ctx.fronted[s], False
                break
        if chosen is None and ctx.lead_place is not None and _locative(ctx, ctx.lead_place):
            chosen = ctx.lead_place  # not a place the lead only names ("طالب البلد الجار باكستان")
    if chosen is None:
        return
    if not inherited:
        chosen = _container_if_misplaced(ctx, chosen)
        chosen = _town_told_next(ctx, m, chosen)
    m.place = chosen
    m.place_inherited = inherited
    m.place_precision = place_precision(ctx.v, chosen, ctx.token_of(chosen.span.start))
    m.place_rank = specificity(chosen, ctx.references)


def _town_told_next(ctx: Context, m: Mention, p: PlaceMention) -> PlaceMention:
    """"قتلت القوات فلسطينيا في الضفة الغربية. وقال شاهد إن القوات دخلت قرية برقين": a region
    (not a province: its towns are often other fronts) yields to the town in it that the next
    sentence of the paragraph names."""
    if p.level != "region" or p.lat is None:
        return p
    nxt = m.sentence + 1
    if nxt >= len(ctx.para) or ctx.para[nxt] != m.para or _opening(ctx, nxt) is not None:
        return p
    for q in ctx.places_by_sent.get(nxt, ()):
        if (q.level or "city") == "city" and q.country == p.country \
                and _in_region(q, p):
            return q
    return p


def _in_region(town: PlaceMention, big: PlaceMention) -> bool:
    """The town lies in the region: its admin1 is named after it ("West Bank"), or it is within
    50 km of the region's point."""
    if town.admin1 and big.name and town.admin1.lower() == big.name.lower():
        return True
    return distance_km(town, big) <= _REGION_KM


def _container_if_misplaced(ctx: Context, p: PlaceMention) -> PlaceMention:
    """"همدان بمدينة الحزم": a town named inside another place, but resolved far from it (a
    namesake elsewhere), yields to the place that contains it."""
    places = ctx.places_by_sent.get(ctx.sentence_of(p.span.start), [])
    k = places.index(p) if p in places else -1
    if k < 0 or k + 1 >= len(places) or (p.level or "city") != "city":
        return p
    big = places[k + 1]
    a, b = ctx.token_of(p.span.end - 1), ctx.token_of(big.span.start)
    kinds = ctx.v.kinds()
    if not 1 <= b - a <= 3 or not all(ctx.v.tokens[x].is_word and (
            "placehead" in kinds[x] or "locative" in kinds[x]) for x in range(a + 1, b)):
        return p
    if not (ctx.v.tokens[a + 1].norm.startswith(grammar()["bi"]) or "locative" in kinds[a + 1]):
        return p  # "X بمدينة Y", "X في محافظة Y", "X بY"; not "X وY"
    if (big.level or "city") not in ("city", "admin1") or big.lat is None:
        return p
    region = big.name if big.level == "admin1" else big.admin1
    if p.admin1 and region:  # the province says it (Al Madan lies in Amran, Hamdan not in Al Jawf)
        far = p.admin1.lower() != region.lower() and distance_km(p, big) > _CONTAINER_KM / 2
    else:
        far = distance_km(p, big) > _CONTAINER_KM
    return big if far else p


def _locative(ctx: Context, p: PlaceMention) -> bool:
    """A preposition or a locating word puts something at ``p`` ("في شمال العراق", "بعدن", "قرب
    مطار كابول", "داخل تركيا"), unlike a mere attribute ("ومقره بريطانيا") or a subject ("وواصلت
    أنقرة حملتها")."""
    k = ctx.token_of(p.span.start)
    kinds = ctx.v.kinds()
    by = grammar()["bi"]
    clitics = ctx.doc.text[ctx.v.tokens[k].span.start:p.span.start]
    if clitics.endswith(by):
        return True  # "بعدن" (but "بريطانيا" is a name)
    words = _place_words()
    k -= 1
    lo = max(0, k - _HEAD_RUN)
    while k >= lo and (kinds[k] & {"placehead", "near"} or _stem_in(ctx, k, words["facility_heads"])) \
            and not ctx.v.tokens[k].norm.startswith(by):
        if "near" in kinds[k] and ctx.v.tokens[k].sentence == ctx.v.tokens[k + 1].sentence:
            return True  # "قرب حلب", "شرق مدينة حلب"
        k -= 1
    if k < 0:
        return False
    return "locative" in kinds[k] or "near" in kinds[k] or ctx.v.tokens[k].norm.startswith(by) \
        or _stem_in(ctx, k, words["locatives"])


def _stem_in(ctx: Context, k: int, forms: frozenset[str]) -> bool:
    """Token k, read with some clitic split (the article too), is one of ``forms``."""
    article = grammar()["article"]
    for _pre, st, _suf in ctx.v.keys[k]:
        if st in forms or (st.startswith(article) and st[len(article):] in forms):
            return True
    return False


@functools.cache
def _place_words() -> dict[str, frozenset[str]]:
    """Folded word lists of place_date.yaml: locatives, facility_heads, clause_openers (first word
    of each; the rest in _clause_openers), period_bounds."""
    data = load_yaml("events/place_date.yaml")
    return {key: frozenset(normalize_form(w.split()[0]) for w in data[key])
            for key in ("locatives", "facility_heads", "clause_openers", "period_bounds")}


@functools.cache
def _clause_openers() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First folded word -> the rest of each clause opener (place_date.yaml clause_openers)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in load_yaml("events/place_date.yaml")["clause_openers"]:
        words = [normalize_form(w) for w in row.split()]
        out.setdefault(words[0], []).append(tuple(words[1:]))
    return {w: tuple(v) for w, v in out.items()}


def _clause_start(ctx: Context, m: Mention) -> int:
    """Character where the trigger's clause opens: after the last clause opener ("بعدما", "بينما")
    between the sentence start and the trigger (within 60 tokens); the sentence start when there is
    none."""
    lo = ctx.sent_lo[m.sentence]
    table = _clause_openers()
    toks = ctx.v.tokens
    g = grammar()
    for k in range(m.i - 1, max(lo, m.i - _CLAUSE_REACH) - 1, -1):
        norm = toks[k].norm
        rests = table.get(norm)
        if rests is None and norm[:1] in (g["and"], g["then"]):
            rests = table.get(norm[1:])
        if rests is None:
            continue
        for rest in rests:
            if _phrase_end(ctx, k, rest, m.i) >= 0:
                return toks[k].span.start
    return ctx.doc.sentences[m.sentence].span.start


def _in_actor_phrase(ctx: Context, p: PlaceMention, j: int) -> bool:
    """A place that qualifies the subject right after the trigger (ending at token j) ("سيطرت قوات
    المقاومة في محافظة الضالع"): only a locative في (or a ب on the place or its head noun) and head
    nouns stand between the actor phrase and the place."""
    k = ctx.token_of(p.span.start)
    kinds = ctx.v.kinds()
    by = grammar()["bi"]
    head = k
    k -= 1
    while k >= 0 and "placehead" in kinds[k] and k >= head - 3:
        k -= 1
    first = k + 1  # the place or its first head noun
    if any(pre.endswith(by) for pre, _stem, _suf in ctx.v.keys[first]):
        end = first - 1
    elif k >= 0 and "locative" in kinds[k]:
        end = k - 1
    else:
        return False
    if end < 0:
        return False
    # a victim's place ("قتل مدنيون في بلدة X") is the event's
    return any(a.j - 1 == end and j <= a.i <= j + 1 and not a.prep and a.category != "civilian"
               for a in ctx.actors)


def _joined(ctx: Context, a: PlaceMention, b: PlaceMention) -> bool:
    """``b`` is joined to ``a`` by و, or a comma ("الضالع وعدن")."""
    ka, kb = ctx.token_of(a.span.end - 1), ctx.token_of(b.span.start)
    if kb - ka > 2:
        return False
    toks = ctx.v.tokens
    if kb - ka == 2:
        return toks[ka + 1].norm in grammar()["list_commas"]
    return any(pre.startswith(grammar()["and"]) for pre, _st, _suf in ctx.v.keys[kb])


def _trigger_between(ctx: Context, j: int, p: PlaceMention) -> bool:
    """Another trigger stands between the trigger (ending at token j) and the place."""
    return bool(ctx.v.triggers_in(j, ctx.token_of(p.span.start)))


def _anaphor_antecedent(ctx: Context, m: Mention, nxt: PlaceMention | None) -> PlaceMention | None:
    """"سيطر التنظيم على المدينة" (a head noun with the article, no name after it): the last
    place before it of the same kind (its cue holds the same head noun), else the last town."""
    heads = _anaphor_heads()
    toks = ctx.v.tokens
    hi = min(ctx.sent_hi[m.sentence], m.j + _ANAPHOR_REACH)
    if nxt is not None:
        hi = min(hi, ctx.token_of(nxt.span.start))
    for k in range(m.j, hi):
        if k > m.j and ctx.v.triggers_at(k):
            return None
        head = _anaphor_head(ctx, k, heads)
        if head is None:
            continue
        if _place_at(ctx, k) or _place_at(ctx, k + 1) or \
                (nxt is not None and ctx.token_of(nxt.span.start) - k <= _ANAPHOR_NAMED):
            return None  # "المدينة المنورة", "المدينة القديمة في حلب": named, not anaphoric
        return _antecedent(ctx, toks[k].span.start, heads[head])
    return None


def _anaphor_head(ctx: Context, k: int, heads: dict[str, frozenset[str]]) -> str | None:
    """The anaphoric head noun token k is ("المدينة", "بالبلدة"), or None (no article, a pronoun)."""
    article = grammar()["article"]
    for pre, st, suf in ctx.v.keys[k]:
        if suf:
            continue
        if st.startswith(article) and st[len(article):] in heads:
            return st[len(article):]
        if st in heads and ctx.v.has_article(k, pre):
            return st
    return None


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


def _antecedent(ctx: Context, char: int, forms: frozenset[str]) -> PlaceMention | None:
    last_town = None
    for s in range(ctx.sentence_of(char), -1, -1):
        for p in reversed(ctx.places_by_sent.get(s, [])):
            if p.span.end > char:
                continue
            if p.cue is not None and any(f in normalize_form(p.cue.text) for f in forms):
                return p
            if last_town is None and (p.level or "city") == "city":
                last_town = p
    return last_town


@functools.cache
def _anaphor_heads() -> dict[str, frozenset[str]]:
    """Folded head noun -> the folded forms a cue of the same kind holds (grammar.yaml anaphors)."""
    out: dict[str, frozenset[str]] = {}
    for row in load_yaml("events/grammar.yaml")["place_anaphors"]:
        forms = [normalize_form(w) for w in row.split()]
        out[forms[0]] = frozenset(forms)
    return out


def _contains(big: PlaceMention, small: PlaceMention) -> bool:
    """``big`` is the province that ``small``, a town or region, lies in (a country after a town
    often frames the whole report, so it is left to the merge)."""
    if (small.level or "city") not in ("city", "region") or small.country != big.country:
        return False
    return big.level == "admin1" and bool(small.admin1) and small.admin1 == big.admin1


def _is_reference_point(ctx: Context, p: PlaceMention) -> bool:
    """A place named only to locate another ("جنوب صنعاء"): a direction word right before it."""
    k = ctx.token_of(p.span.start) - 1
    kinds = ctx.v.kinds()
    return k >= 0 and "near" in kinds[k] and ctx.v.tokens[k].sentence == ctx.v.tokens[k + 1].sentence


def _is_origin(ctx: Context, p: PlaceMention) -> bool:
    k = ctx.token_of(p.span.start) - 1
    while k >= 0 and "placehead" in ctx.v.kinds()[k]:
        k -= 1
    return k >= 0 and ctx.v.tokens[k].norm == grammar()["from"]



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


_DATE_NAMES = frozenset({"DATE_LOOKBACK", "date_of", "_relatives"})


def __getattr__(name: str) -> Any:
    """date_of and what other modules import with it live in event_dates, which reads this
    module's Context: they are handed out from there on first use (no import cycle)."""
    if name in _DATE_NAMES:
        from khabar.extract import event_dates
        return getattr(event_dates, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
