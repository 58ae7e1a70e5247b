"""Casualty figures of the events stage: each killed/injured figure goes to the event it belongs to.

Reads the mentions :mod:`khabar.extract.events` found and the figures :mod:`khabar.extract.numbers`
reads from the tokens; sets ``killed``, ``injured``, ``civilian`` and ``casualty_spans`` on the
mentions, and makes a mention of its own for a death toll with no trigger around it ("قتل 7 مسلحين
في ..."; an Attack when its one victim holds a civilian office, "قتل القاضي فلان"). A toll after a
result verb ("…، ما أدى إلى مقتل 16") stays with the deed before it; one told before the event it
answers ("ردا على الهجوم") is a deed of its own; dead told in a clause of their own at another place
("…، كما قتل أربعة آخرون بمنطقة ب") are the same deed's event at that place. Loads ``lang/ar/events/casualties.yaml`` (martyr
words: the other side's dead add to a toll; result_verbs, retaliation, civilian_offices, toll_openers); the word classes (``tally``, ``history``, ``no_toll``, ``also`` …) come from
``lang/ar/events/words.tsv`` and grammar.yaml through :mod:`khabar.extract.event_words`.

Example::

    >>> from khabar.doc import Article
    >>> from khabar.pipeline import Pipeline
    >>> doc = Pipeline().run(Article(id="x", text="قتل ثلاثة مدنيين في غارة جوية."))
    >>> [e.killed for e in doc.events]
    [3]
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Iterable

from khabar.doc import Span
from khabar.extract.event_actors import actor_grammar, bare_conj, choose_actors
from khabar.extract.event_args import ARMED, TYPE_OF, distance_km
from khabar.extract.event_context import Context
from khabar.extract.event_dates import date_of
from khabar.extract.event_places import place_of
from khabar.extract.event_merge import Mention
from khabar.extract.event_filters import toll_filtered
from khabar.extract.event_words import TokenView, grammar
from khabar.extract.numbers import Casualty, _word_set, casualties

_HISTORY_REACH = 8  # tokens around a figure where "منذ" makes it a running total
_ALSO_REACH = 4  # tokens after a figure to "أيضا" ("ثلاثة من المهاجمين قتلوا أيضا")
_CASUALTY_KINDS = frozenset({"killed", "injured"})  # words.tsv kinds of the words that count victims
_SIDE_REACH = 2  # sentences back to the fighting whose other side's dead a figure counts
_PLUS_REACH = 2  # words before a casualty word to "إضافة إلى" ("، إضافة إلى مقتل نحو 40": more of the toll before)
_PROTESTER_REACH = 3  # tokens after a figure to the protesters it counts ("أحد المتظاهرين")




def attach_casualties(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """Give each figure to the nearest trigger of its sentence (or the previous sentence's); a
    death toll with no trigger around it ("قتل 7 مسلحين في ...") is an event of its own."""
    v = ctx.v
    created: list[Mention] = []
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sentence, []).append(m)
    skip: set[int] = set()
    for c in ctx.doc.claims:
        # "توقع/رجح أن ..." hedges its figures; "حسب المتحدث ..." only names a source, even when a
        # hedge deeper in its content ("يعتقد أنها") made the whole claim uncertain
        if c.stance == "deny" or (c.stance == "uncertain" and c.kind != "preposition"):
            a, b = c.content.start, c.content.end
            skip.update(range(ctx.token_of(a), ctx.token_of(max(a, b - 1)) + 1))
    told: dict[int, tuple[Mention, set[bool]]] = {}  # mentions with a toll: the kinds of its words
    told_in: dict[int, list[tuple[Mention, set[bool]]]] = {}  # the same, by sentence
    rose: list[Mention] = []  # mentions whose toll "rose to" its figure
    sources: dict[int, tuple[Span, set[int]]] = {}  # a mention's first killed figure and its claims
    vague: dict[int, bool] = {}  # whether a mention's toll so far is a vague quantity (عشرات)
    for s in range(len(ctx.doc.sentences)):
        lo, hi = ctx.sent_lo[s], ctx.sent_hi[s]
        figs = casualties(v, lo, hi, skip, ctx.time_tokens) if hi > lo else []
        protesters = any(_protesters(v, f) for f in figs)
        here = [m for m in by_sent.get(s, []) if _takes_toll(m) or (protesters and m.type == "Protests")]
        figs = [f for f in figs if not v.has_kind(f.cue - 3, f.cue, "negation", s)]
        # "منذ 2011" near a figure makes it a running total; far from it, it names another clause
        figs = [f for f in figs if not _running_total(v, f, lo, hi) and not _over_long_period(v, f, lo, hi)]
        figs = [f for f in figs if not _since_clause_before(ctx, f, s)]
        if figs and _period_opens(ctx, s):
            # "وخلال العامين الماضيين قتل المتشددون مئات من الجنود ...": totals, the whole sentence
            # (but "، ثلاثة منهم في كمين": a part of the total that died in a deed of its own)
            figs = [f for f in figs if f.part]
        if v.has_kind(lo, hi, "tally", s) or v.has_kind(lo, hi, "tagline", s):
            figs = []  # totals are not one event's toll
        periods = [ctx.token_of(t.span.start) for t in ctx.times_by_sent.get(s, [])
                   if t.precision in ("month", "year")
                   and v.has_kind(ctx.token_of(t.span.start) - 2, ctx.token_of(t.span.start), "period", s)]
        if periods and figs:
            # totals "since 2011" or "during July" are not one event's toll; a figure past a clause
            # break is another clause's ("قتل منذ بداية العام 300 شخص، وقتل أمس 5 في غارة")
            figs = [f for f in figs if not any(_same_clause(v, k, f) for k in periods)]
        if not here and ctx.continues[s]:
            here = [m for m in by_sent.get(s - 1, []) if _takes_toll(m)]
        if not here and figs and s > 0 and not by_sent.get(s) and not ctx.places_by_sent.get(s) \
                and not ctx.times_by_sent.get(s):
            # "استهدف الطيران بغارتين مبنى في المدينة. وأشارت المصادر إلى مقتل 17": a toll told
            # next, with no event, place or day of its own, counts the event before that has none yet
            here = [m for m in by_sent.get(s - 1, []) if _takes_toll(m) and m.killed is None
                    and not m.killed_also][-1:]
        held = [m for m in by_sent.get(s, []) if m.subtype in _NO_TOLL_SUBTYPES]
        if not here and held:
            # the attack told just before ("اقتحم مسلحون فندقا. وقتل 5 في عملية احتجاز الرهائن"), else
            # an attack of the toll's own; the kidnapping itself only when neither is at hand
            here = [m for m in by_sent.get(s - 1, []) if _takes_toll(m)]
        if figs:
            targets = here
            if not targets:
                new = _casualty_mention(ctx, figs, s, len(mentions) + len(created))
                if new is not None:
                    created.append(new)
                    targets = [new]
                else:
                    targets = held
            own: Mention | None = None
            for f in figs:
                if not targets:
                    break
                if f.part:
                    # "، ثلاثة منهم في كمين": the deed named right after the part; none, or one that
                    # has the toll already ("قتل 12 مسلحا، ثلاثة منهم في الغارة"), adds nothing
                    deed = next((x for x in targets if x.i >= f.hi and _died_in(ctx, f, x)), None)
                    if deed is not None and deed.killed is None and not _other_time_between(ctx, deed, f):
                        _add_figure(ctx, deed, f)
                    continue
                before = [x for x in targets if x.i <= f.cue]
                if len(before) > 1 and _relative(v, before[-1].i, lo):
                    # "قصف الطيران مناطق في قرية يسيطر عليها التنظيم ما أدى إلى مقتل 12": a trigger
                    # in a relative clause describes a place; the toll is the main clause's
                    before = [x for x in before if not _relative(v, x.i, lo)] or before
                later = [x for x in targets if x.i > f.hi]
                if not before and later and (_other_claim(ctx, f, later[0]) or _answered(v, later[0], lo)):
                    # "أسر ستة وقتل 15 منهم أثناء مرورهم بالقرية، مبينا أن اشتباكات تدور في ...":
                    # a toll told before a later clause's event is an event of its own; so is one
                    # told before the earlier event it answers ("قتلوا شرطيين ردا على الهجوم")
                    if own is None:
                        own = _casualty_mention(ctx, [f], s, len(mentions) + len(created))
                        if own is not None:
                            created.append(own)
                    if own is not None:
                        _add_figure(ctx, own, f)
                        continue
                if before and later and _died_in(ctx, f, later[0]) and not _result_of(v, f, lo):
                    # "أطلقت امرأتان النار على القنصلية وقتل ثمانية أشخاص على الأقل في موجة من
                    # الهجمات على قوات الأمن": the dead of the deed they died in, named after them
                    m = later[0]
                elif before and later and _new_clause(ctx, before[-1].j, f) and not _result_of(v, f, lo):
                    # "…، كما قتل 4 في انفجار عبوة": the toll of its own clause (but "غارات …، ما
                    # أدى إلى مقتل 16، فيما سيطرت القوات على …": the result of the deed before it)
                    m = later[0]
                else:
                    m = before[-1] if before else min(targets, key=lambda x: abs(x.i - f.cue))
                if _other_time_between(ctx, m, f):
                    continue  # "... إذ قتل أربعة آخرون في شهر أبريل": another event's toll
                if before and m is before[-1] and f.kind == "killed" and _own_front(ctx, m, f, lo):
                    # "غارات على مواقع في جبهة أ، ما أسفر عن مصرع سبعة، كما قتل أربعة آخرون بمنطقة ب":
                    # dead of a clause of their own at another place: the same deed there, one more event
                    new = _casualty_mention(ctx, [f], s, len(mentions) + len(created))
                    if new is not None:
                        new.type, new.subtype, new.civilian = m.type, m.subtype, m.civilian
                        new.actor1 = m.actor1  # the same deed, by the same hands, on its day
                        new.time, new.date, new.date_precision = m.time, m.date, m.date_precision
                        created.append(new)
                        _add_figure(ctx, new, f)
                        continue
                if f.kind == "killed" and _other_side(ctx, m, f, (
                        e for s_ in range(m.sentence - _SIDE_REACH, m.sentence) for e in told_in.get(s_, ()))):
                    m.killed_also += f.value
                    m.casualty_spans.append(_figure_span(ctx, f))
                    continue
                fspan = _figure_span(ctx, f)
                if f.kind == "killed" and id(m) in sources and _claimed_anew(ctx, sources[id(m)], fspan, f):
                    # "أدى إلى مقتل جنديين، مؤكدا أنه قتل 8 جنود": the claimant's own figure for the
                    # same event competes with the first one; the conservative figure stands, the
                    # other is kept with its claims as a disagreement
                    _first, first_claims = sources[id(m)]
                    if not m.killed_told and m.killed is not None:
                        m.killed_told.append((m.killed, sorted(first_claims)))
                    m.killed_told.append((f.value, [k for k, _st in ctx.claims_of(fspan)]))
                    m.killed = min(m.killed, f.value) if m.killed is not None else f.value
                    m.casualty_spans.append(fspan)
                    continue
                if f.kind == "killed" and _vague_and_exact(ctx, vague, m, f):
                    continue
                pair = _joined_deed(ctx, before, m)
                if pair is not None and f.value > 1 and f.cue - m.j <= _JOIN_TOLL_REACH:
                    # "وتسببت الاشتباكات والتفجيران الانتحاريان بمقتل 28": one toll for two deeds
                    # joined by و, split evenly between their events, as ACLED splits one total
                    _add_figure(ctx, pair, dataclasses.replace(f, value=f.value - f.value // 2))
                    f = dataclasses.replace(f, value=f.value // 2)
                _add_figure(ctx, m, f)
                if f.kind == "killed":
                    sources.setdefault(id(m), (fspan, {k for k, _st in ctx.claims_of(fspan)}))
                    if id(m) not in told:
                        told[id(m)] = (m, set())
                        told_in.setdefault(m.sentence, []).append(told[id(m)])
                    told[id(m)][1].add(_martyr(v, f.cue))
                    if f.update:
                        rose.append(m)
                        m.killed_rose = True
        for k in range(lo, hi):
            if here and "no_toll" in v.kinds()[k] and v.has_kind(k - _NO_TOLL_REACH, k, "negation", s):
                _no_toll(v, k, here)
    if created:
        mentions = sorted(mentions + created, key=lambda m: m.span.start)
    for m in mentions:
        m.killed_vague = m.killed is not None and vague.get(id(m), False)
    for u in rose:
        _supersede(u, mentions)
    return mentions


def _supersede(u: Mention, mentions: list[Mention]) -> None:
    """A toll that rose ("ارتفعت حصيلة قتلى التفجير إلى 27") replaces the lower first count of the same
    event told before it ("قتل 20 شخصا في تفجير ..."), which the merge would otherwise keep as the
    conservative figure."""
    for p in mentions:
        if p is u or p.type != u.type or p.sentence >= u.sentence or p.killed is None \
                or u.killed is None or p.killed >= u.killed:
            continue
        same_place = p.place is None or u.place is None or p.place.name == u.place.name
        same_day = p.date is None or u.date is None or p.date == u.date
        if same_place and same_day:
            p.killed = None


def _no_toll(v: TokenView, k: int, here: list[Mention]) -> None:
    """"لم يسفر عن خسائر بشرية" after a trigger: nobody was killed (0, not null)."""
    g = grammar()
    if any(p.endswith((g["article"], g["fused"])) or st.startswith(g["article"]) for p, st, _x in v.keys[k]):
        return  # "لم يتسن تحديد عدد القتلى": the dead are there, only not counted
    breaks = g["breaks"]
    # "…، ولم يسفر القصف عن خسائر بشرية": a clause opening with the negation comments on the event
    # before it; a break anywhere else parts the losses from that event
    neg = next((t for t in range(k - 1, max(k - _NO_TOLL_REACH, 0) - 1, -1) if "negation" in v.kinds()[t]), k)
    before = [m for m in here if m.j <= k and m.sentence == v.tokens[k].sentence
              and not any(v.tokens[t].norm in breaks for t in range(m.j, k) if t != neg - 1)]
    unknown = _word_set("no_news")
    if any(v.tokens[t].norm in unknown or any(st in unknown for _p, st, _x in v.keys[t])
           for t in range(neg, k)):
        return  # "لم ترد معلومات عن خسائر بشرية": the losses are unknown, not none
    if not before:
        return
    m = before[-1]
    if m.killed is None and not m.killed_also:
        m.killed = 0
    if m.injured is None and v.word_value(k, "no_toll") == "both":
        m.injured = 0


_NO_TOLL_SUBTYPES = frozenset({"Abduction/forced disappearance"})
_NO_TOLL_REACH = 8  # tokens from لم/دون to the losses it denies


def _protesters(v: TokenView, f: Casualty) -> bool:
    """The figure counts protesters ("مقتل أحد المتظاهرين"): the toll of the protest itself."""
    words = _word_set("protesters")
    return any(v.tokens[k].norm in words or any(st in words for _p, st, _x in v.keys[k])
               for k in range(f.lo, min(f.hi + _PROTESTER_REACH, len(v.tokens))))


def _takes_toll(m: Mention) -> bool:
    """Arrests, agreements and the like count no dead; nor does a kidnapping or hostage-taking: its
    dead ("قتل 12 في عملية احتجاز رهائن") are the toll of the attack that came with it, an event
    of its own; nor does a peaceful protest, unless its own protesters are the dead; nor a
    non-violent act of Other (triggers.tsv toll none: "تعرضت المسيرات لمضايقات من طائرات"), whose
    nearby dead are the toll of another deed ("عن عملية قتل القائد")."""
    return m.subtype not in _NO_TOLL_SUBTYPES and m.subtype != "Peaceful protest" \
        and (m.type != "Strategic developments" or (m.subtype == "Other" and m.tolled))


def _running_total(v: TokenView, f: Casualty, lo: int, hi: int) -> bool:
    """"منذ" in the figure's own clause (not past a comma or a full stop) makes it a running total:
    "قتل 40 جنديا في هجمات المسلحين منذ بداية العام"."""
    breaks = grammar()["breaks"]
    k = f.lo - 1
    while k >= max(lo, f.lo - _HISTORY_REACH) and v.tokens[k].norm not in breaks:
        if "history" in v.kinds()[k]:
            return True  # (also "أول هجوم منذ مقتل زعيمها": the death after منذ dates, it is no toll)
        k -= 1
    k = f.hi
    while k < min(hi, f.hi + 2 * _HISTORY_REACH) and v.tokens[k].norm not in breaks:
        if "history" in v.kinds()[k] and not _first_since(v, k, max(lo, f.hi)) \
                and not v.has_kind(k + 1, k + 3, "recent", v.tokens[k].sentence):
            # (but "قتلوا في معارك تشهدها المدينة منذ صباح أمس": the fighting of these hours, its toll)
            return True
        k += 1
    return False


_FIRST_REACH = 5  # words from a superlative or ordinal to the منذ it goes with ("أول هجوم كبير تشنه منذ")


def _first_since(v: TokenView, k: int, lo: int) -> bool:
    """The "منذ" at token k closes "the first/worst … since" (casualties.yaml superlatives a few words
    before it, no clause break between): "في هجوم انتحاري هو أول هجوم كبير تشنه منذ إعلان وفاة
    زعيمها", "في أعنف قتال منذ شهر": it measures the deed, not a running total of the dead."""
    sup = _word_set("superlatives")
    article = grammar()["article"]
    breaks = grammar()["breaks"]
    for x in range(k - 1, max(lo, k - _FIRST_REACH) - 1, -1):
        w = v.tokens[x].norm
        if w in breaks:
            return False
        if w in sup or (w.startswith(article) and w[len(article):] in sup):
            return True
    return False


_LONG_REACH = 2  # words from a period word to its unit ("خلال 10 أشهر", "خلال الشهرين الماضيين")


def _over_long_period(v: TokenView, f: Casualty, lo: int, hi: int) -> bool:
    """A period of weeks, months or years in the figure's clause (casualties.yaml long_units after a
    words.tsv period word; long_units_bare, one week or month told with no article: "خلال أسبوع من
    الغارات") makes it a running total: "قتل 3042 شخصا خلال 10 أشهر"."""
    breaks = grammar()["breaks"]
    units = _word_set("long_units")
    bare = _word_set("long_units_bare")
    article = grammar()["article"]
    a, b = f.lo, f.hi
    while a > max(lo, f.lo - _HISTORY_REACH) and v.tokens[a - 1].norm not in breaks:
        a -= 1
    while b < min(hi, f.hi + 2 * _HISTORY_REACH) and v.tokens[b].norm not in breaks:
        b += 1
    kinds = v.kinds()
    for k in range(a, b):
        if "period" not in kinds[k]:
            continue
        for x in range(k + 1, min(b, k + 1 + _LONG_REACH)):
            w = v.tokens[x].norm
            if w in units or w in bare or (w.startswith(article) and w[len(article):] in units):
                return True
    return False


_OPENER_WORDS = 2  # words at a sentence's start where its period word may stand ("وعلى مدى", "وخلال")


def _period_opens(ctx: Context, s: int) -> bool:
    """Sentence s opens with a period of weeks, months or years (a words.tsv period or history word,
    then within two words a casualties.yaml long_units word or a time of month or year precision):
    "وخلال العامين الماضيين كثف المتشددون هجماتهم وقتلوا مئات", "ومنذ عام 2013 قتل أكثر من ألف": its
    figures are running totals, however far into the sentence they stand."""
    v = ctx.v
    lo, hi = ctx.sent_lo[s], ctx.sent_hi[s]
    units = _word_set("long_units")
    bare = _word_set("long_units_bare")
    article = grammar()["article"]
    kinds = v.kinds()
    long_times = {ctx.token_of(t.span.start) for t in ctx.times_by_sent.get(s, ())
                  if t.precision in ("month", "year")}
    for k in range(lo, min(hi, lo + _OPENER_WORDS)):
        if not kinds[k] & {"period", "history"}:
            continue
        for x in range(k + 1, min(hi, k + 1 + _LONG_REACH)):
            w = v.tokens[x].norm
            if w in units or (w.startswith(article) and w[len(article):] in units) or x in long_times:
                return True
        if "history" in kinds[k] and _since_days_ago(ctx, s, k):
            return True
    return False


_SINCE_CLAUSE = 16  # tokens of the clause "منذ …" that opens a sentence, up to its comma
_SINCE_DAYS = 3  # days before the report from which a day after "منذ" starts a running total


def _since_clause_before(ctx: Context, f: Casualty, s: int) -> bool:
    """A clause opened by "منذ" (after a comma, or و) ends with a comma right before the figure and
    names a day a few days back, a month or a year: "…، ومنذ اندلاع موجة العنف في 20 يوليو، قتل 13
    جنديا": a running total since then."""
    v = ctx.v
    lo = ctx.sent_lo[s]
    breaks = grammar()["breaks"]
    b = min(f.lo, f.cue) - 1
    if b <= lo or v.tokens[b].norm not in breaks:
        return False
    for k in range(b - 1, max(lo, b - _SINCE_CLAUSE) - 1, -1):
        t = v.tokens[k]
        if t.norm in breaks:
            return False
        if "history" in v.kinds()[k] and (k == lo or v.tokens[k - 1].norm in breaks
                                           or t.norm.startswith(grammar()["and"])):
            return _since_days_ago(ctx, s, k)
    return False


def _since_days_ago(ctx: Context, s: int, k: int) -> bool:
    """The clause opened by "منذ" at token k (up to its comma) names a day at least a few days before the
    report, or a month or year: "ومنذ اندلاع جولة العنف الجديدة في 20 يوليو، قتل 13 جنديا", "ومنذ تولي
    بخاري الحكم في 29 مايو الماضي، قتل أكثر من 750 شخصا" count since then, no one event's toll (but
    "ومنذ صباح اليوم قتل 5" is today's)."""
    v = ctx.v
    breaks = grammar()["breaks"]
    end = k + 1
    while end < min(ctx.sent_hi[s], k + _SINCE_CLAUSE) and v.tokens[end].norm not in breaks:
        end += 1
    if end >= ctx.sent_hi[s] or v.tokens[end].norm not in breaks:
        return False
    published = ctx.doc.published
    for t in ctx.times_by_sent.get(s, ()):
        if not k < ctx.token_of(t.span.start) < end or not t.value:
            continue
        if t.precision in ("month", "year"):
            return True
        if t.precision == "day" and published is not None:
            try:
                day = _dt.date.fromisoformat(t.value[:10])
            except ValueError:
                continue
            if (published - day).days >= _SINCE_DAYS:
                return True
    return False


_SENTENCE_REACH = 2  # tokens from "الحكم" to the killing it sentences to ("والحكم بقتله تعزيرا")
_LEGAL_REACH = 7  # tokens from a law or charge word to the killing it names ("دين بـ 12 تهمة قتل")
_ANNIVERSARY_REACH = 4  # tokens from "الذكرى"/"تأبين" to the killing it recalls
_TOTAL_MIN = 500  # dead counted with no event word that no one deed of a day leaves: a war's or a campaign's total


def _casualty_mention(ctx: Context, figs: list[Casualty], s: int, group: int) -> Mention | None:
    # a named victim alone ("عن عملية قتل أبو محمد") recalls an event told elsewhere: no event of its own
    killed = [f for f in figs if f.kind == "killed" and not f.person]
    if not killed:
        return None
    f = killed[0]
    v = ctx.v
    lo, hi = ctx.sent_lo[s], ctx.sent_hi[s]
    if v.has_kind(f.cue - 4, f.cue, "future", s) or v.has_kind(f.cue - 4, f.cue, "call", s):
        return None
    if v.has_kind(f.cue - _SENTENCE_REACH, f.cue, "sentence", s) or v.has_kind(f.cue - _LEGAL_REACH, f.cue, "legal", s):
        return None  # "والحكم بقتله تعزيرا", "دين بـ 12 تهمة قتل": a court's sentence or a charge, no deed done
    if v.has_kind(f.cue - _ANNIVERSARY_REACH, f.cue, "anniversary", s):
        return None  # "عشية ذكرى مرور عام على مقتل الشاب": a death recalled, no deed of a day
    if f.value >= _TOTAL_MIN:
        return None  # "حيث قتل أكثر من 700 شخص في نيجيريا خلال شهر ونصف", "عن أكثر من 15 ألف قتيل": a running total
    armed = any(a.category in ARMED for a in ctx.actors_between(lo, hi))
    if not (armed or v.has_kind(lo, hi, "weapons", s) or v.has_kind(lo, hi, "combatant", s)):
        return None  # deaths in a storm or a crash are no political violence
    civilian = v.has_kind(f.lo, f.hi + 3, "civilian", s) or _civilian_office(v, f)
    subtype = "Attack" if civilian else "Armed clash"
    span = v.tokens[f.cue].span
    if any(st == "deny" for _k, st in ctx.claims_of(span)):
        return None
    why = toll_filtered(ctx, f.cue, s, lo, hi)
    if why is not None:
        return None  # "وإذا كان قتل الأعزل بشهادة فقتل العسكري بشهادتين": read as a trigger would be
    a1, a2 = choose_actors(v, ctx.actors, f.cue, f.cue + 1, lo, hi, reporters=ctx.speakers)
    m = Mention(f.cue, f.cue + 1, span, TYPE_OF[subtype], subtype, 1, s, ctx.para[s], group,
                actor1=a1, actor2=a2, civilian=civilian)
    m.sources = [k for k, _st in ctx.claims_of(span)]
    place_of(ctx, m)
    date_of(ctx, m)
    return m


def _civilian_office(v: TokenView, f: Casualty) -> bool:
    """The one victim the figure names holds a civilian office or trade (casualties.yaml
    civilian_offices: "قتل القاضي فلان", "اغتيال إمام المسجد"): the killing is an attack on a civilian."""
    words = _word_set("civilian_offices")
    article = grammar()["article"]
    for k in range(f.lo, f.hi):
        for _p, st, _x in v.keys[k]:
            bare = st[len(article):] if st.startswith(article) else st
            if st in words or bare in words:
                return True
        if v.tokens[k].norm in words:
            return True
    return False


def _same_clause(v: TokenView, k: int, f: Casualty) -> bool:
    """No clause break (، ؛ :) between token k and the figure f."""
    breaks = grammar()["breaks"]
    a, b = (k, f.lo) if k < f.lo else (f.hi, k)
    return not any(not v.tokens[x].is_word and v.tokens[x].norm in breaks for x in range(a, b))


def _relative(v: TokenView, i: int, lo: int) -> bool:
    """The trigger at token i opens a relative clause: a relative pronoun (actor_grammar.yaml) one or
    two words before it ("والتي يسيطر عليها", "التي كانت تحاصر")."""
    rel = actor_grammar()["relative"]
    return any(bare_conj(v.tokens[k].norm) in rel for k in range(max(lo, i - 2), i))


def _claimed_anew(ctx: Context, first: tuple[Span, set[int]], fspan: Span, f: Casualty) -> bool:
    """The figure (span ``fspan``) stands in a claim that opens after the event's first figure and
    does not hold it ("…مقتل جنديين، مؤكدا أنه قتل 8 جنود"), and names no other victims ("آخرين")."""
    span, claims = first
    if fspan.start <= span.end or ctx.v.has_kind(f.lo - 1, _own_reach(ctx, f), "others", ctx.v.tokens[f.cue].sentence):
        return False
    return any(k not in claims and span.end <= ctx.claims[k][0] for k, _st in ctx.claims_of(fspan))


def _own_reach(ctx: Context, f: Casualty) -> int:
    """The end of the words after the figure that may still qualify it: a few, up to the next casualty
    word ("إن خمسة جنود قتلوا وأصيب تسعة آخرون": the others are the wounded, not more dead)."""
    kinds = ctx.v.kinds()
    hi = min(f.hi + _ALSO_REACH, len(kinds))
    return next((k for k in range(f.hi, hi) if kinds[k] & _CASUALTY_KINDS), hi)


def _new_clause(ctx: Context, j: int, f: Casualty) -> bool:
    """A clause break (، ؛ : or a clause opener: فيما، بينما) between a trigger ending at token j and
    the figure, and no pronoun after the casualty word pointing back to it ("قتل فيها")."""
    v = ctx.v
    breaks = grammar()["breaks"]
    openers = actor_grammar()["clause_openers"]
    if any((not v.tokens[k].is_word and v.tokens[k].norm in breaks) or (v.tokens[k].norm,) in openers
           or (bare_conj(v.tokens[k].norm),) in openers for k in range(j, min(f.lo, f.cue))):
        # "إضافة إلى مقتل نحو 40": a figure that adds to the one told before it is of its clause
        return not v.has_kind(f.cue + 1, f.cue + 2, "filler", v.tokens[f.cue].sentence) \
            and not v.has_kind(f.cue - _PLUS_REACH, f.cue, "plus", v.tokens[f.cue].sentence)
    return False


_DIED_IN_GAP = 3  # words between a preposition of circumstance and the event noun ("في موجة من الهجمات")


def _died_in(ctx: Context, f: Casualty, m: Mention) -> bool:
    """Right after the figure (past words of approximation, "على الأقل") a preposition of
    circumstance (casualties.yaml: في، خلال، جراء، إثر) names the trigger of ``m`` as the deed they
    died in, with at most a few words and no clause break between: "وقتل ثمانية أشخاص على الأقل في
    موجة من الهجمات"."""
    v = ctx.v
    k = f.hi
    approx = _word_set("approx_after")
    while k < m.i and (v.tokens[k].norm in approx or not v.tokens[k].is_word and v.tokens[k].norm not in grammar()["breaks"]):
        k += 1
    if f.part and k == m.i and any(p == grammar()["bi"] for p, _st, _x in v.keys[k]):
        return True  # "17 منهم بسقوط مروحية": the ب of the deed's own word
    if k >= m.i or not (v.tokens[k].norm in _word_set("circumstance") or any(
            p and st in _word_set("circumstance") for p, st, _x in v.keys[k][:1])):
        return False
    breaks = grammar()["breaks"]
    return m.i - k - 1 <= _DIED_IN_GAP and not any(
        not v.tokens[x].is_word and v.tokens[x].norm in breaks for x in range(k + 1, m.i))


_FRONT_KM = 10.0  # a place of the toll's own clause this far from the deed's is another front


def _own_front(ctx: Context, m: Mention, f: Casualty, lo: int) -> bool:
    """The killing verb of figure f opens a clause of its own after the deed m (a clause break and a
    clause opener: "، كما قتل", "، فيما قتل"; not a result: "، ما أدى إلى مقتل"), and that clause
    puts the dead at a place of its own, another than the deed's: "…، فيما قتل 7 مسلحين في جبهة
    المخدرة" after "هجمات في جبهات الجدعان". The figure is that place's event."""
    v = ctx.v
    if m.place is None or m.place.lat is None or f.cue < f.lo or _result_of(v, f, lo) \
            or not _new_clause(ctx, m.j, f):
        return False
    openers = _word_set("toll_openers")
    k = f.lo - 1  # the clause opener right before the verb and its figure ("، كما قتل 4")
    if k < lo or not (v.tokens[k].norm in openers or bare_conj(v.tokens[k].norm) in openers):
        return False
    breaks = grammar()["breaks"]
    end = f.hi
    hi = ctx.sent_hi[m.sentence]
    while end < hi and not (not v.tokens[end].is_word and v.tokens[end].norm in breaks):
        end += 1
    a, b = v.tokens[f.hi - 1].span.end, v.tokens[end - 1].span.end
    for p in ctx.places_by_sent.get(m.sentence, ()):
        if a <= p.span.start and p.span.end <= b and p.lat is not None:
            return distance_km(p, m.place) > _FRONT_KM
    return False


_ANSWER_REACH = 3  # words from a retaliation word to the trigger ("ردا على الهجوم الانتحاري")


def _answered(v: TokenView, m: Mention, lo: int) -> bool:
    """The trigger follows a word of retaliation ("ردا على الهجوم الانتحاري", "انتقاما لمقتل"): the
    event it names came before and is answered by the deed told before it, whose toll is not its own."""
    words = _word_set("retaliation")
    return any(v.tokens[k].norm in words or bare_conj(v.tokens[k].norm) in words
               for k in range(max(lo, m.i - _ANSWER_REACH), m.i))


def _result_of(v: TokenView, f: Casualty, lo: int) -> bool:
    """A result verb (casualties.yaml result_verbs: "ما أسفر عن", "مما أدى إلى", "خلفت") opens the
    figure's clause (with no comma or clause opener between, past the other figures it joins: "ما
    أسفر عن مقتل 4 وإصابة أربعة"): the casualties are the result of the deed told before it, not of
    the next clause's."""
    words = _word_set("result_verbs")
    breaks = grammar()["breaks"]
    openers = actor_grammar()["clause_openers"]
    for k in range(min(f.lo, f.cue) - 1, lo - 1, -1):
        tok = v.tokens[k]
        if (not tok.is_word and tok.norm in breaks) or (tok.norm,) in openers \
                or (bare_conj(tok.norm),) in openers or v.triggers_at(k):
            return False
        if tok.norm in words or any(st in words for _p, st, _x in v.keys[k]):
            return True
    return False


def _other_claim(ctx: Context, f: Casualty, m: Mention) -> bool:
    """The trigger m after figure f is told in a claim of its own, past a clause break
    ("…وقتل 15 منهم، مبينا أن اشتباكات تدور في ..."): the figure is not its toll."""
    v = ctx.v
    breaks = grammar()["breaks"]
    if not any(not v.tokens[k].is_word and v.tokens[k].norm in breaks for k in range(f.hi, m.i)):
        return False
    theirs = {k for k, _st in ctx.claims_of(m.span)}
    return bool(theirs - {k for k, _st in ctx.claims_of(v.tokens[f.cue].span)})


def _other_time_between(ctx: Context, m: Mention, f: Casualty) -> bool:
    """A time of another day between the event and its figure: the figure is another event's. Days
    joined by و to the event's own ("السبت والأحد") are its days (the split shares the toll)."""
    toks = ctx.v.tokens
    a = min(m.span.start, toks[f.lo].span.start)
    end = min(f.hi + 6, ctx.sent_hi[m.sentence]) - 1  # the figure's own clause runs on a little
    b = max(m.span.end, toks[max(end, f.hi - 1)].span.end)
    times = sorted(ctx.times_by_sent.get(m.sentence, ()), key=lambda t: t.span.start)
    own = {id(m.time)} if m.time is not None else set()
    for prev, t in zip(times, times[1:]):
        if id(prev) in own and _joined(ctx, prev.span.end, t.span.start):
            own.add(id(t))
    return any(a <= t.span.start and t.span.end <= b and t.value and t.value != m.date
               and id(t) not in own for t in times)


def _joined(ctx: Context, a: int, b: int) -> bool:
    """Only spaces and و between text offsets a and b."""
    gap = ctx.doc.text[a:b].strip()
    conj = grammar()["and"]
    return gap in ("", conj)


def _martyr(v: TokenView, k: int) -> bool:
    """The casualty word at token k names the dead as martyrs (استشهد، شهداء)."""
    words = _word_set("martyr")
    return v.tokens[k].norm in words or any(st in words for _p, st, _x in v.keys[k])


def _other_side(ctx: Context, m: Mention, f: Casualty,
                told: Iterable[tuple[Mention, set[bool]]]) -> bool:
    """The figure f, given to the fighting m named again with the article ("خلال المواجهات"), counts
    the other side's dead of a fighting told just before with the other kind of word: "مقتل 11
    متمردا" then "اثنين من مقاتلي المقاومة استشهدا خلال المواجهات" = 13 dead. Not a toll that rose, nor
    the same count again ("11 قتيلا" then "11 شهيدا": one report in another outlet's words)."""
    v = ctx.v
    if m.killed is not None or m.killed_also or not _definite(v, m.i) or f.update:
        return False  # (a toll that rose, "ارتفعت حصيلة الضحايا إلى 11 شهيدا", is the whole toll again)
    side = _martyr(v, f.cue)
    # the same count told again with the other word ("11 قتيلا" then "11 شهيدا") is the same dead
    return any(p is not m and p.subtype == m.subtype and 0 < m.sentence - p.sentence <= _SIDE_REACH
               and p.killed and p.killed != f.value and side not in sides for p, sides in told)


def _definite(v: TokenView, i: int) -> bool:
    article = grammar()["article"]
    return v.tokens[i].norm.startswith(article) or any(st.startswith(article) for _p, st, _x in v.keys[i])


def _is_vague(ctx: Context, f: Casualty) -> bool:
    """The figure is a vague quantity ("عشرات القتلى", numbers.tsv kind vague), not a count."""
    for k in range(f.lo, f.hi):
        got = ctx.v.number_at(k)
        if got is not None and got.entry["kind"] == "vague":
            return True
    return False


def _vague_and_exact(ctx: Context, vague: dict[int, bool], m: Mention, f: Casualty) -> bool:
    """A vague toll and a count for the same event ("أسفرت عن عشرات القتلى بما فيها ... مقتل 33")
    are two tellings of one toll, not two groups of dead: the count stands. True when ``f`` was so
    handled (else the caller adds it, and it is recorded as vague or not)."""
    fv = _is_vague(ctx, f)
    was = vague.get(id(m))
    if m.killed is None or was is None or was == fv \
            or ctx.v.has_kind(f.lo - 1, f.hi + _ALSO_REACH, "also", m.sentence):
        if m.killed is None:
            vague[id(m)] = fv
        return False
    if was:  # the count replaces the vague figure
        m.killed, m.killed_person = f.value, f.person or f.rank
    vague[id(m)] = False
    m.casualty_spans.append(_figure_span(ctx, f))
    return True


def _figure_span(ctx: Context, f: Casualty) -> Span:
    toks = ctx.v.tokens
    return ctx.doc.span(toks[f.lo].span.start, toks[f.hi - 1].span.end)


_JOIN_GAP = 1  # words (an adjective) between two deeds joined by و ("الغارات الجوية والاشتباكات")
_DEED_ADJECTIVES = frozenset({"air", "suicide"})  # the word kinds such an adjective may have
_JOIN_TOLL_REACH = 10  # tokens from the second deed to the casualty word of their one toll


def _joined_deed(ctx: Context, before: list[Mention], m: Mention) -> Mention | None:
    """The mention of another sub-event type joined to ``m`` by و right before it, the two told as
    one subject before their toll ("الاشتباكات والتفجيران الانتحاريان", "الغارات والاشتباكات"); None
    when ``m`` is not the last mention before the figure or no such mention stands there."""
    if len(before) < 2 or m is not before[-1]:
        return None
    p = before[-2]
    v = ctx.v
    if p.sentence != m.sentence or p.subtype == m.subtype or not (0 <= m.i - p.j <= _JOIN_GAP) \
            or not v.tokens[m.i].norm.startswith(grammar()["and"]) or not v.keys[m.i] \
            or not any(pre.startswith(grammar()["and"]) for pre, _st, _x in v.keys[m.i]):
        return None
    for k in range(p.j, m.i):
        t = v.tokens[k]
        if not t.is_word or v.triggers_at(k) or t.norm.startswith(grammar()["and"]) \
                or not v.kinds()[k] <= _DEED_ADJECTIVES:
            return None
    return p


def _add_figure(ctx: Context, m: Mention, f: Casualty) -> None:
    # figures for different victims in one sentence add up ("25 من النصرة وسبعة من المقاتلين")
    if f.kind == "killed" and ctx.v.has_kind(f.lo - 1, f.hi + _ALSO_REACH, "also", m.sentence):
        m.killed_also += f.value  # "قتل اثنان من المهاجمين أيضا": more dead of the same event
    elif f.kind == "killed":
        m.killed_person = (f.person or f.rank) and (m.killed is None or m.killed_person)
        m.killed = (m.killed or 0) + f.value
    else:
        m.injured = (m.injured or 0) + f.value
    m.casualty_spans.append(_figure_span(ctx, f))
    if ctx.v.has_kind(f.lo, f.hi + 2, "civilian", m.sentence):
        m.civilian = True
