"""Splitting of the events stage: one mention per coordinated town or day.

Strikes on "القرية أ والقرية ب" are two events, fighting "السبت والأحد" one a day; the casualties
of the split mention are shared out evenly, unless the toll names one of the towns after its figure
("ما أدى إلى مقتل 5 في أ": all five are that town's). A list may run over several groups ("في مناطق «أ
وب» بمحافظة ك، وفي أنحاء متفرقة من محافظة ل، ومنطقة «م» بمحافظة ن": أ، ب، ل and ن, the province
of a name the gazetteer lacks); a place that only says where the one before lies ("أ بمحافظة ك", "ل،
إلى الشرق من ص", "أ عاصمة ولاية ك") is passed over, a province followed by its own town is that
town, and a verb, a time or any other noun between two places ends the list. A dual anaphor
("قصفت القوات البلدتين") is the pair a sentence before named ("بلدتي أ وب"): one event each. Reads the mentions of
:mod:`khabar.extract.events` with their places and times; returns the new list. Loads the connectors
from ``lang/ar/events/grammar.yaml`` through :mod:`khabar.extract.event_words`, the place words of
words.tsv (placehead, near, locative), and from ``place_words.yaml`` the adjectives that may follow a
listed place (place_adjective_endings), area_heads, list_qualifiers, reference_openers and
locator_words.

Example::

    >>> from khabar.doc import Article
    >>> from khabar.pipeline import Pipeline
    >>> doc = Pipeline().run(Article(id="x", text="قصفت الطائرات بلدتي سرمين وبنش في ريف إدلب."))
    >>> len(doc.events) >= 1
    True
"""

from __future__ import annotations

import bisect
import dataclasses
import functools

from khabar.doc import PlaceMention, Span
from khabar.extract.event_args import place_precision, specificity
from khabar.extract.event_context import _COMPASS, Context, _stem_in, place_position
from khabar.extract.event_cues import history_line
from khabar.extract.event_merge import Mention
from khabar.extract.event_filters import _kind_words
from khabar.extract.event_place_anaphors import dual_anaphor
from khabar.extract.event_places import _clause_start, _place_word_set
from khabar.extract.event_words import grammar
from khabar.extract.place_lexicon import lexicon
from khabar.lang import load_tsv, load_yaml
from khabar.text.normalize import normalize_form

_CONNECTORS = frozenset({"placehead", "filler"})
# towns and provinces are listed as places of one event each ("محافظتي حجة وصعدة"); countries are not
_SPLIT_LEVELS = frozenset({"city", "admin1"})
# a line of a "this day in history" list names countries as the places of one event each
_LISTED_LEVELS = frozenset({"city", "admin1", "country"})
_LIST_GAP = 8  # tokens between two places of one list ("، وفي أنحاء متفرقة من محافظة")
_UNNAMED_GAP = 6  # tokens between two places of a list with a name the gazetteer lacks between them
_MAX_LIST = 40  # places read on from a mention's place (a list runs no longer; a long text stays linear)
_CLAUSE_WORDS = 3  # words after a fronted place to the trigger of its own clause ("وفي ب دارت اشتباكات")
_NAME_WORDS = 3  # words of a quoted name the gazetteer lacks, inside a list
_APPOSITIVE_WORDS = 4  # words of an appositive on a listed place ("قندهار، مهد حركة التمرد، وفي ب")
_TOLL_REACH = 40  # characters from a casualty figure to the town it names ("مقتل 5 مدنيين في أ")


def split_coordinated(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """Strikes on "القرية أ والقرية ب" are two events: one mention per coordinated town."""
    v = ctx.v
    out: list[Mention] = []
    for m in mentions:
        levels = _LISTED_LEVELS if history_line(ctx, m.i) is not None else _SPLIT_LEVELS
        if m.place is None or m.place_inherited or _level(m.place) not in levels \
                or _other_clause(ctx, m):
            out.append(m)
            continue
        places = ctx.places_by_sent.get(m.sentence, [])
        k = place_position(ctx, places, m.place)
        if (k < 0 or m.place.span.end <= m.span.start) and dual_anaphor(ctx, m):
            # "قصفت القوات البلدتين": the pair "بلدتي أ وب" of a sentence before, one event each
            # (read from its first, when the antecedent is the second of the pair); so is the pair
            # its own sentence named before the trigger ("اشتباكات في قريتي أ وب، أسفرت عن سيطرة
            # القوات على القريتين")
            if k < 0:
                places = ctx.places_by_sent.get(ctx.sentence_of(m.place.span.start), [])
                k = place_position(ctx, places, m.place)
            if k > 0 and list_link(ctx, places[k - 1], m.place) == "list":
                k -= 1
                p = places[k]
                m = _copy(m, place=p, place_precision=place_precision(v, p, ctx.token_of(p.span.start)),
                          place_rank=specificity(p, ctx.references))
        before, anchor = _list_before(ctx, m, places, k)
        after = _list_from(ctx, places, m.place, k, levels)
        if anchor is not m.place and after[0] is m.place:
            after[0] = anchor  # "وشهدت جبهات أ وب بمحافظة ك مواجهات": ب, not its province
        chain = before + after
        if len(chain) == 1 and chain[0] is m.place:
            out.append(m)
            continue
        if _between(ctx, chain[0]):
            # "الطريق الرابط بين أ ومدينة ب بمحافظة ك": one stretch of road, no list of targets; placed,
            # as annotators place it, at the end the report names last
            p = chain[-1]
            out.append(_copy(m, place=p, place_precision=place_precision(v, p, ctx.token_of(p.span.start)),
                             place_rank=specificity(p, ctx.references)))
            continue
        n = len(chain)
        named = _toll_town(m, chain, places)
        for idx, p in enumerate(chain):
            part = _copy(m, place=p, place_precision=place_precision(v, p, ctx.token_of(p.span.start)),
                         place_rank=specificity(p, ctx.references), killed=None, killed_also=0, injured=None)
            if named is None:
                part.killed = _share(m.killed, n, idx)
                part.killed_whole = m.killed if m.killed and part.killed != m.killed else m.killed_whole
                part.killed_also = _share(m.killed_also, n, idx) or 0
                part.injured = _share(m.injured, n, idx)
            elif idx == named:  # "… ما أدى إلى مقتل 5 في بلدة أ": the whole toll is that town's
                part.killed, part.killed_also, part.injured = m.killed, m.killed_also, m.injured
            out.append(part)
    return [part for m in out for part in _split_days(ctx, m)]


def _level(p: PlaceMention) -> str:
    """The level a place is listed at: the part of the country a compass direction names after
    another place ("في اسطنبول وفي جنوب شرق البلاد", event_context._country_anaphors) is listed
    like a province."""
    if p.level == "region" and p.direction in _COMPASS:
        return "admin1"
    return p.level or "city"


def _toll_town(m: Mention, chain: list[PlaceMention], places: list[PlaceMention]) -> int | None:
    """The one town of the list the toll names after its figure ("قصفت الطائرات بلدتي أ وب، ما أدى
    إلى مقتل 5 في أ"), by its index in the list; None when the toll names none or several."""
    if not m.casualty_spans:
        return None
    last = max(p.span.end for p in chain)
    found = set()
    for q in places:
        if q.span.start < last:
            continue
        if any(0 <= q.span.start - c.end <= _TOLL_REACH for c in m.casualty_spans):
            found.update(idx for idx, p in enumerate(chain) if p.name and p.name == q.name)
    return found.pop() if len(found) == 1 else None


def _other_clause(ctx: Context, m: Mention) -> bool:
    """A trigger of another event type stands between the mention and its place ("وجاء هذا القصف
    بينما استمرت الاشتباكات في أ وب"): the list places that clause's events, not this one."""
    k = ctx.token_of(m.place.span.start) if m.place is not None else m.j
    return m.place is not None and m.place.span.start > m.span.end and any(
        t.entry["type"] != m.type for t in ctx.v.triggers_in(m.j, k))


def _split_days(ctx: Context, m: Mention) -> list[Mention]:
    """"السبت والأحد": one event a day, the toll split evenly over the days."""
    if m.time is None or m.date_soft or m.time.precision != "day":
        return [m]
    times = [t for t in ctx.times_by_sent.get(m.sentence, []) if t.value and t.precision == "day"]
    times.sort(key=lambda t: t.span.start)
    if m.time not in times:
        return [m]
    k = times.index(m.time)
    chain = [m.time]
    while k < len(times) - 1 and _joined_by_and(ctx, chain[-1].span, times[k + 1].span) \
            and times[k + 1].value not in {t.value for t in chain}:
        chain.append(times[k + 1])
        k += 1
    if len(chain) == 1:
        return [m]
    parts = []
    for idx, t in enumerate(chain):
        part = _copy(m, time=t, date=t.value, date_precision=t.precision, anchored=True,
                     killed=_share(m.killed, len(chain), idx),
                     killed_whole=m.killed if m.killed and len(chain) > 1 else m.killed_whole,
                     killed_also=_share(m.killed_also, len(chain), idx) or 0,
                     injured=_share(m.injured, len(chain), idx))
        parts.append(part)
    return parts


def _copy(m: Mention, **changes: object) -> Mention:
    """One part of a split mention: every field of ``m`` (its own lists of evidence and sources) but
    ``changes``."""
    return dataclasses.replace(m, casualty_spans=list(m.casualty_spans), sources=list(m.sources),
                               killed_told=list(m.killed_told), **changes)


def _joined_by_and(ctx: Context, a: Span, b: Span) -> bool:
    """Only "و" (as a word or a clitic of the second) between two spans."""
    conj = grammar()["and"]
    gap = ctx.doc.text[a.end:b.start].strip()
    return gap in ("", conj) or (gap == "" and ctx.doc.text[b.start:b.start + 1] == conj)


def _share(total: int | None, n: int, idx: int) -> int | None:
    if total is None:
        return None
    return total // n + (1 if idx < total % n else 0)


@functools.cache
def _adjective_endings() -> tuple[str, ...]:
    """place_words.yaml's place_adjective_endings, folded, longest first."""
    ends = {normalize_form(w) for w in load_yaml("events/place_words.yaml")["place_adjective_endings"]}
    return tuple(sorted(ends, key=len, reverse=True))


def _place_adjective(norm: str, article: str) -> bool:
    """A definite nisba adjective ("اليمنيتين", "السورية")."""
    return norm.startswith(article) and len(norm) > len(article) + 2 and norm.endswith(_adjective_endings())


def _list_from(ctx: Context, places: list[PlaceMention], first: PlaceMention, k: int,
               levels: frozenset[str] = _SPLIT_LEVELS) -> list[PlaceMention]:
    """The places listed as targets from ``first`` (``places[k]``) on, each once: "بلدتي أ وب"; a list
    of several groups ("في مناطق «أ وب» بمحافظة ك، وفي أنحاء من محافظة ل، ومنطقة م بمحافظة ن"); a
    place that only says where the one before lies ("أ بمحافظة ك", "ل، إلى الشرق من ص") is passed
    over, and a province followed by its own town ("في محافظة ك بمديرية أ") is that town."""
    chain = [first]
    last = first  # the place the next link is read from (one passed over too)
    stop = min(len(places) - 1, k + _MAX_LIST)
    while 0 <= k < stop:
        nxt = places[k + 1]
        link = list_link(ctx, last, nxt)
        if link is None:
            break
        k += 1
        last = nxt
        if link == "locates":
            if _holds(chain[-1], nxt):
                chain[-1] = nxt  # "في محافظة لحج بمديرية الحوطة": the town
            continue  # "أ بمحافظة ك": the town's province, no place of its own
        if _level(nxt) not in levels or _fronts_clause(ctx, nxt):
            break
        if not any(_same_place(nxt, p) for p in chain):
            chain.append(nxt)
    return chain


def _list_before(ctx: Context, m: Mention, places: list[PlaceMention], k: int) \
        -> tuple[list[PlaceMention], PlaceMention]:
    """The places listed before ``places[k]``, the mention's place, when the list stands before the
    trigger as its subject or frame ("وشهدت جبهات أ وب وج أمس مواجهات": أ and ب too), in text order,
    and the place that stands for the mention's own (the town the mention's place only locates:
    "جبهات أ وب بمحافظة ك"); none when a trigger stands before the list in the sentence (the list may
    be that one's)."""
    anchor = places[k] if k >= 0 else m.place
    if k <= 0 or anchor is None or anchor.span.end > m.span.start:
        return [], m.place  # type: ignore[return-value]
    got: list[PlaceMention] = []
    own = anchor
    stop = max(0, k - _MAX_LIST)
    while k > stop:
        prev = places[k - 1]
        if _level(prev) not in _SPLIT_LEVELS:
            break
        link = list_link(ctx, prev, places[k])
        if link == "locates" and own is anchor and not got:
            own = prev  # "أ بمحافظة ك", "ردفان العند": the mention's place says where prev lies
        elif link == "list":
            got.append(prev)
        else:
            break
        k -= 1
    earliest = got[-1] if got else own
    if earliest is anchor:
        return [], m.place  # type: ignore[return-value]
    first = ctx.token_of(earliest.span.start)
    lo = ctx.sent_lo[m.sentence]
    # "لقوا مصرعهم في أ ومنطقة ب بينما البقية لاذوا بالفرار": the list is the clause before the opener's
    if ctx.v.triggers_in(lo, first) or _cue_in(ctx, lo, first) \
            or _clause_start(ctx, m) > earliest.span.start:
        return [], m.place  # type: ignore[return-value]
    out: list[PlaceMention] = []
    for p in reversed(got):
        if not any(_same_place(p, q) for q in out + [own, anchor]):
            out.append(p)
    return out, own


def _fronts_clause(ctx: Context, p: PlaceMention) -> bool:
    """``p`` opens a clause of its own ("قصفت الطائرات أ، وفي ب دارت اشتباكات"): a preposition after
    و stands before it (past place nouns), and a trigger or a casualty word follows it within three
    words, with no punctuation between."""
    v = ctx.v
    kinds = v.kinds()
    conj = grammar()["and"]
    k = ctx.token_of(p.span.start) - 1
    while k >= 0 and _head(ctx, k):
        k -= 1
    if k < 0 or "locative" not in kinds[k] or not (v.tokens[k].norm.startswith(conj) or (
            k > 0 and v.tokens[k - 1].norm == conj)):
        return False
    j = ctx.token_of(p.span.end - 1) + 1
    for x in range(j, min(j + _CLAUSE_WORDS, ctx.sent_hi[v.tokens[j - 1].sentence])):
        if not v.tokens[x].is_word:
            return False
        if v.triggers_at(x) or _cue_in(ctx, x, x + 1):
            return True
    return False


def _cue_in(ctx: Context, lo: int, hi: int) -> bool:
    """A casualty word among tokens [lo, hi)."""
    cues = ctx.v.cue_tokens()
    k = bisect.bisect_left(cues, lo)
    return k < len(cues) and cues[k] < hi


def _between(ctx: Context, p: PlaceMention) -> bool:
    """The list opens with بين (words.tsv kind between) with no pronoun, past place nouns: a stretch
    between two places ("على الطريق بين أ وب", "الواقع بين محافظتي أ وب"), not two targets; so is
    one past a feature word the gazetteer's name lacks ("الطريق بين مثلث أ وب", places/features.tsv)."""
    k = ctx.token_of(p.span.start) - 1
    while k >= 0 and (_head(ctx, k) or _stem_in(ctx, k, lexicon().features)):
        k -= 1
    # with a pronoun, "بينها الموصل ومخمور" (after "تسع مدن") is "among them": the list's own targets
    return k >= 0 and "between" in ctx.v.kinds()[k] \
        and any(not suffix and stem in _kind_words("between") for _p, stem, suffix in ctx.v.keys[k])


def _holds(big: PlaceMention, small: PlaceMention) -> bool:
    """``big`` is a province and ``small`` a town of it."""
    return big.level == "admin1" and (small.level or "city") == "city" and bool(small.admin1) \
        and small.admin1 == big.admin1 and small.country == big.country


def _same_place(a: PlaceMention, b: PlaceMention) -> bool:
    """One place named twice in a list ("جبهات أ وب وج أ")."""
    if a.name or b.name:
        return a.name == b.name and a.admin1 == b.admin1
    return a.span.text == b.span.text


def list_link(ctx: Context, a: PlaceMention, b: PlaceMention) -> str | None:
    """How place ``b`` follows place ``a`` in a sentence: "list" when joined to it by و, أو or a
    comma, past the words of a list (place nouns, prepositions, "أنحاء متفرقة من", a quoted name the
    gazetteer lacks: "ومنطقة «م» بمحافظة ن"; a figure after و that opens the next counted group,
    "مواطن من أ وثلاثة من مخيم ب"); "locates" when it says where ``a`` lies ("بمحافظة",
    "في مدينة", "إلى الشرق من", no و); None when anything else stands between them (a verb, a
    time, a noun: another clause, "من أ إلى ب")."""
    v = ctx.v
    g = grammar()
    conj, by = g["and"], g["bi"]
    i, j = ctx.token_of(a.span.end - 1) + 1, ctx.token_of(b.span.start)
    if j < i or j - i > _LIST_GAP or j >= len(v.tokens):
        return None
    kinds = v.kinds()
    if _appositive_then_parallel(ctx, a, i, j):
        return "list"
    words = _gap_words()
    joined = _and_first(v.tokens[j].norm)  # "وبنش": the conjunction is a clitic of the name
    located = near = comma = in_name = unnamed = counted = False
    named = 0
    last_word = -1
    for k in range(i, j):
        t = v.tokens[k]
        if k in ctx.time_tokens or v.triggers_at(k):
            return None
        if not t.is_word:
            if t.norm in g["list_commas"]:
                comma = True
            elif t.norm in _quote_marks():
                # a quoted name after a place noun: a place the gazetteer lacks ("ومنطقة «م» بمحافظة")
                in_name = not in_name and k > i and _head(ctx, k - 1)
                named = 0
                last_word = k if not in_name else last_word
            else:
                return None
            continue
        if in_name:
            named += 1
            if named > _NAME_WORDS:
                return None
            continue
        last_word = k
        if t.norm in (conj, g["or"]):
            joined = True
        elif k == i and _place_adjective(t.norm, g["article"]):
            continue  # "محافظتي أ وب اليمنيتين ومديرية ج": an adjective of the places just named
        elif _head(ctx, k) or kinds[k] & _CONNECTORS:
            joined = joined or _and_first(t.norm)  # "والقرية" (not "ولاية")
            located = located or t.norm.startswith(by)  # "بمحافظة"
        elif "locative" in kinds[k]:
            if t.norm.startswith(conj) or (k > i and v.tokens[k - 1].norm == conj):
                joined = True  # "في قاعدة العند وفي الحوطة": the preposition repeated after و
            else:
                located = True  # "أ في محافظة ك"
        elif "near" in kinds[k]:
            near = True
            joined = joined or _and_first(t.norm)
        elif _stem_in(ctx, k, words["locator_words"]):
            located = True  # "أ عاصمة ولاية ك": the province the town is the seat of
        elif _stem_in(ctx, k, words["list_qualifiers"]):
            continue  # "وفي أنحاء متفرقة من", "ومناطق أخرى في"
        elif _stem_in(ctx, k, words["reference_openers"]) and k + 1 < j and "near" in kinds[k + 1]:
            continue  # "إلى الشرق من"
        elif not kinds[k]:
            unnamed = True  # a word of a name the gazetteer lacks ("أحياء أ القديمة وحي طريق س وبلدتي ب")
            if k == i and _and_first(t.norm) and v.number_at(k) is not None:
                joined = counted = True  # "ومواطن من أ وثلاثة من مخيم ب": the next counted group's place
        else:
            return None
    if in_name and named:
        return None  # (a quote just before the place opens its own name: "ومديرية «حرض»")
    if unnamed:  # only in a list, a short one, whose place noun right before the place starts the next name
        return "list" if joined and j - i <= _UNNAMED_GAP and last_word == j - 1 and (
            _head(ctx, j - 1) or (counted and bool(kinds[j - 1] & {"locative", "filler"}))) else None
    if j == i and not joined:
        return "locates"  # "ردفان العند", "حي الوعر حمص": the second says where the first lies
    if joined:
        # a long gap leads up to the place by a place noun or a preposition
        return "list" if j - i <= 3 or (last_word >= 0 and (
            _head(ctx, last_word) or kinds[last_word] & {"locative", "near"})) else None
    if near or located:
        return "locates"
    return "list" if comma else None


def _appositive_then_parallel(ctx: Context, a: PlaceMention, i: int, j: int) -> bool:
    """Tokens [i, j) between places ``a`` and ``b`` are an appositive on ``a`` closed by a comma, then
    the preposition of ``a`` repeated after و: "في قندهار، مهد حركة التمرد، وفي ولاية لوغار", "في أ،
    معقل التنظيم، وفي ب". The parallel prepositions make ``b`` a second place of the same telling; the
    appositive (a few words, no verb of a deed, no time, no preposition) only describes ``a``."""
    v = ctx.v
    kinds = v.kinds()
    g = grammar()
    conj = g["and"]
    if i < j and v.tokens[i].norm in g["list_commas"]:
        i += 1  # "في أ، معقل التنظيم، وفي ب": the appositive set off on both sides
    comma = next((k for k in range(i, j) if not v.tokens[k].is_word), -1)
    if comma <= i or comma - i > _APPOSITIVE_WORDS or v.tokens[comma].norm not in g["list_commas"]:
        return False
    for k in range(i, comma):
        if k in ctx.time_tokens or v.triggers_at(k) or "locative" in kinds[k] or v.number_at(k) is not None:
            return False
    k = comma + 1
    if k >= j or "locative" not in kinds[k] or not (
            v.tokens[k].norm.startswith(conj) or (k > comma + 1 and v.tokens[k - 1].norm == conj)):
        return False
    if any(not _head(ctx, x) for x in range(k + 1, j)):
        return False
    # "في أ": the first place stands after the same preposition (past place nouns)
    x = ctx.token_of(a.span.start) - 1
    while x >= 0 and _head(ctx, x):
        x -= 1
    return x >= 0 and "locative" in kinds[x]


def _and_first(norm: str) -> bool:
    """A word that opens with the conjunction و as a clitic ("وبلدة", "وبنش"), not a place word
    written with a و of its own ("ولاية", "وادي")."""
    return norm.startswith(grammar()["and"]) and norm not in _gap_words()["bare_words"]


def _head(ctx: Context, k: int) -> bool:
    """Token k is a place noun (words.tsv placehead, place_words.yaml area_heads)."""
    return "placehead" in ctx.v.kinds()[k] or _stem_in(ctx, k, _gap_words()["area_heads"])


@functools.cache
def _gap_words() -> dict[str, frozenset[str]]:
    """place_words.yaml's area_heads, list_qualifiers, reference_openers and locator_words, folded; bare_words: those
    and the place words of words.tsv (placehead, near, locative), bare and with the article."""
    out = {key: _place_word_set(key) for key in ("area_heads", "list_qualifiers", "reference_openers", "locator_words")}
    article = grammar()["article"]
    bare = set(out["area_heads"]) | {normalize_form(row["form"]) for row in load_tsv("events/words.tsv")
                                     if row["kind"] in ("placehead", "near", "locative")}
    out["bare_words"] = frozenset(bare | {article + w for w in bare})
    return out


@functools.cache
def _quote_marks() -> frozenset[str]:
    """grammar.yaml's quotes, folded as the text is (« and » become ")."""
    return frozenset(normalize_form(q) for q in grammar()["quotes"] if q not in "()")
