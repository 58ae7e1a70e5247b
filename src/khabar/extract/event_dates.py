"""The date of an event mention, read from its sentence and the sentences around it.

Reads a :class:`~khabar.extract.event_context.Context` (times by sentence, claim zones, sentence
openings) and sets ``Mention.time``, ``date``, ``date_precision``, ``anchored``, ``date_soft``, ``date_default``,
``background`` and ``known``; adds nothing to the Doc. Loads ``lang/ar/events/`` place_date.yaml
(same_lookback, days_after), date_words.yaml (occurrence_verbs, undated, recent_hours, since_start, ongoing,
clause_breaks, state_clause, time_nouns) and grammar.yaml
(relative_pronouns, relative_marks, complementizers).

:func:`date_of` gives a mention the time governing its clause (else the publication day for ongoing
fighting, "تدور اشتباكات", "الهجوم الذي يشنه الجيش" — even after a day that dates the clause before
it, "وصول إمدادات أمس، مبينة بأن معارك عنيفة تدور في زنجبار" —, and for an event told right after an amid word
following it, "تستمر الاشتباكات …، فيما قصفت القوات", "وسط قصف عنيف", or an undated report with a dateline, else a day or week up to three sentences back,
marked borrowed (a statement's day dates the event its report tells when the report's only other
day lies far on, told for another of its deeds: "وقال المرصد أمس في بيان: نفذ … اعتصاما … احتجاجا على
قتل … ليلة السادس من أغسطس"), a month there framing only a background, a recent year (up to
HISTORY_YEARS back: "منزل الرئيس الذي سيطرت عليه الميليشيات أواخر العام الماضي") only what its sentence
recalls (an older year still lends itself: what it dates is history), and never a time told in a background
or recalled sentence, "وكان …", "يذكر أن …"; a sentence that opens another story or front, "وفي
تطور آخر" or "وفي محافظة أبين،", stops that search, one opening "في غضون ذلك" reaches farther;
past that, the lead's day when no other time or story comes between (after a lead summing up a
country's fighting, a fronted town, "ففي مدينة تعز،", is one of its fronts), unless the sentence tells
what had happened before, "وكان …"); an undated opening paragraph's events take the week of a
span of recent days that a definite event noun retelling them gives a few sentences on ("طردت المقاومة
الحوثيين … بعد معارك دامية … وأكد المصدر أن المعارك خلال اليومين الماضيين"). A development reported in a clause ("أعلنت الوزارة أمس
أن القوات اعتقلت 16") takes the day a background sentence after it gives; an event told as so many days
before ("بعد يوم من استعادة القاعدة", "لليوم الثالث على التوالي بعد قصف", "غداة هجوم انتحاري") is dated
that many days before the day told before it in its sentence, else the day the sentences before it
tell, else the report's day; "بعد يومين من معارك" (an indefinite plural of fighting) tells how long it
lasted, so it is dated to the week of the day before that day. A mention no near time dates,
told with a span of recent days ("قتل خلال اليومين الماضيين 30 مسلحا"), is dated to the week of the
day before the report (week precision): the article tells its week, not its day; told with a vague
past or a span of weeks ("اعتقلت الشرطة مؤخرا"), it stays undated; so with one such a phrase follows
in its clause when the only near time stands before the trigger ("وصل الوزير أمس لتفقد آثار القصف
الذي شنته الطائرات خلال اليومين الماضيين"), though not one in a clause on another noun ("واعتقلت عشرة
يهود للاشتباه بضلوعهم في أعمال عنف وقعت مؤخرا"). A span of days in a sentence naming no time spans the
whole sentence, a background one too ("وكانت المديرية قد شهدت خلال الأيام الماضية مواجهات … وانتهت
بدحر المليشيات"). A span of the last hours in the trigger's clause ("وقتل 39 متمردا خلال الساعات الـ24
الأخيرة في المعارك", "ووصف القصف في الساعات الأربع والعشرين الأخيرة بأنه الأعنف منذ … فبراير") dates
the event to the day before the report, unless a time of its own stands nearer the trigger. What a
sentence tells after "منذ بداية العام" (not fronted) with no time of its own, before any borrowed day,
is of that year so far ("رابع عملية منذ بداية العام الحالي، حيث سعى التنظيم لاستهداف مسجد …"). A
relative clause in the imperfect tells a state, so a past day after it is the event's ("قتل 12 حينما
سقطت مقاتلة على سوق في بلدة أريحا التي تسيطر عليها المعارضة … يوم أمس الاثنين"), however far, when it
ends the trigger's clause with no other deed, clause or protest between. The object of a reaction
("أدان التفجير", "أشاد بالهجوم على صحيفة شارلي إبدو") borrows no day of the sentences before: the
article tells the reaction; a deed that is the news of those days is told there too and merges with it.
A time in a relative clause on a noun that names no event, with a deed of its own ("قاعدة العند التي
استعادها الثوار يوم الإثنين الماضي"), dates that deed only and lends no day to the next sentences (one on a
noun of time, "الوقت الذي انفجرت فيه القنبلة", still does). An undated event of the lead, told again
in one of the next sentences at the same place with a day of its own, takes that day (:func:`retold_day`:
"أسفرت عن سيطرة قوات الأسد على القريتين" + "إن الثوار انسحبوا، الأحد، من القريتين").

Example::

    >>> from khabar.doc import Article
    >>> from khabar.pipeline import Pipeline
    >>> doc = Pipeline().run(Article(id="x", text="قصفت الطائرات مواقع في حلب.", published=None))
    >>> [e.date for e in doc.events]
    [None]
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

from khabar.doc import TimeMention
from khabar.extract.event_args import best_time
from khabar.extract.event_context import Context, _opening
from khabar.extract.event_cues import definite
from khabar.extract.event_merge import Mention
from khabar.extract.event_words import grammar, grammar_words
from khabar.extract.numbers import count_at
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form

DATE_LOOKBACK = 3  # sentences back for a time when the trigger's own sentence has none
DATE_AHEAD = 3  # sentences ahead for the event's time when its own sentence dates only the statement
_ANNOUNCED = "Strategic developments"  # events made known by their own announcement
_TIME_REACH = 120  # characters: a time farther from the trigger in a long sentence governs another clause
_REACTION_REACH = 3
_RECALLED = frozenset({"past", "recall"})  # sentence openings whose times date only what they recall
_BORROWED = frozenset({"day", "week", "year"})  # a month before frames a background; a year, history
HISTORY_YEARS = 2  # an event dated more years before publication is background (events._long_ago)


def _after_report(ctx: Context, t: TimeMention) -> bool:
    """The time names a day after the report's ("غداً", "الأسبوع المقبل"): what happened has no
    date after the day it is reported, so such a time dates no event (a plan is no event)."""
    published = ctx.doc.published
    return published is not None and bool(t.value) and t.value[:10] > published.isoformat()


def _recent_year(ctx: Context, t: TimeMention) -> bool:
    """The time names only a recent year ("أواخر العام الماضي", "مطلع 2015", "في 2013"): told in a
    sentence before, it frames what that sentence recalls ("منزل الرئيس الذي تسيطر عليه الميليشيات منذ
    أواخر العام الماضي"), not the news told after it. An older year still lends itself: an event it
    dates is history, and dropped as such."""
    published = ctx.doc.published
    if t.precision != "year" or published is None or not t.value:
        return False
    try:
        return published.year - int(t.value[:4]) <= HISTORY_YEARS
    except ValueError:
        return False


def _time_after(ctx: Context, m: Mention, times: list[TimeMention]) -> TimeMention | None:
    """A time after the trigger and before the next trigger of the sentence belongs to its clause
    (verb, subject, object, place, time): "طردوهم من عدن الشهر الماضي واستعادوا القاعدة أمس"."""
    # the next trigger, not one right after this one ("استعادوا السيطرة" names one event)
    nxt = bisect.bisect_right(ctx.trigger_tokens, m.j)
    toks = ctx.v.tokens
    limit = toks[ctx.trigger_tokens[nxt]].span.start if nxt < len(ctx.trigger_tokens) else len(ctx.doc.text)
    after = [t for t in times if t.value and m.span.end <= t.span.start < limit
             and t.span.start - m.span.end <= _TIME_REACH]
    return min(after, key=lambda t: t.span.start) if after else None


def _time_ahead(ctx: Context, m: Mention, past_only: bool = False) -> TimeMention | None:
    """The first time in the next sentences of the paragraph that dates no statement ("قال المرصد
    اليوم إن مسلحين خطفوا عشرات … وكان المسلحون اقتحموا البلدة الليلة الماضية"); with
    ``past_only``, only in a sentence telling what had happened before ("وكان …")."""
    zones = ctx.attribution
    for s in range(m.sentence + 1, min(len(ctx.para), m.sentence + 1 + DATE_AHEAD)):
        if _story_shift(ctx, s):
            return None  # "إلى ذلك، أقدم …": the times after it date another story
        if past_only and _opening(ctx, s) != "past":
            continue
        if _opening(ctx, s) == "recall":
            continue  # "يذكر أن جيش الإسلام تشكل منذ اندلاع الأزمة في مارس 2011": a note on something else
        for t in ctx.times_by_sent.get(s, []):
            # a time told inside a claim's content dates what the claim tells, even where a later
            # claim's zone runs over it from a speaker named earlier ("وقال المصدر إن انتحاريتين
            # فجرتا نفسيهما مساء أول من أمس، مؤكدا …")
            if t.value and not _after_report(ctx, t) and (
                    not any(a <= t.span.start and t.span.end <= b for a, b in zones) or _in_content(ctx, t)):
                return t
    return None


def _far_in_same_report(ctx: Context, m: Mention, far: list[TimeMention]) -> bool:
    """Every time of ``far`` (too far from the trigger to date it) lies in the content of the claim
    that tells the trigger: the same report gives another of its deeds that day ("وقال المرصد أمس في
    بيان: نفذ أكثر من ألف شخص اعتصاما … احتجاجا على قتل العقيد … ليلة السادس من أغسطس"), not this
    event, so the statement's day still dates it."""
    holding = [c.content for c in ctx.doc.claims if c.content.start <= m.span.start and m.span.end <= c.content.end]
    return bool(far) and all(any(c.start <= t.span.start and t.span.end <= c.end for c in holding) for t in far)


def _in_content(ctx: Context, t: TimeMention) -> bool:
    """The time lies inside the content of a claim, past its first word (the opening "إن" of
    "قال اليوم إن" never holds the statement's time)."""
    return any(c.content.start < t.span.start and t.span.end <= c.content.end for c in ctx.doc.claims)


@functools.cache
def _relatives() -> frozenset[str]:
    """Folded relative pronouns (grammar.yaml relative_pronouns), bare and after و/ف."""
    g = load_yaml("events/grammar.yaml")
    bare = [normalize_form(w) for w in g["relative_pronouns"]]
    return frozenset(bare + [c + w for w in bare for c in (g["and"], g["then"])])


def _in_relative_clause(ctx: Context, m: Mention, t: TimeMention) -> bool:
    """A time after the trigger with a relative pronoun between them ("… على البلدة التي سقطت في
    مايو") dates the relative clause's verb, not the event."""
    if t.span.start < m.span.end or t.span.start - m.span.end > _TIME_REACH:
        return False  # a farther time is never the event's anyway
    rel = _relatives()
    marks = grammar()["relative_marks"]
    toks = ctx.v.tokens
    k = ctx.token_of(m.span.end)
    state = t.precision == "day" and not _after_since(ctx, t)
    while k < len(toks) and toks[k].span.start < t.span.start:
        # "الهجمات، التي استهدفت قاعدة … مساء الجمعة": a clause on the event noun describes the event
        if toks[k].norm in rel and not all(ctx.doc.text[toks[x].span.start] in marks for x in range(m.j, k)) \
                and not (t.precision in ("day", "month") and _on_event_noun(ctx, m, k)) \
                and not (state and _state_clause(ctx, k)):
            return True
        k += 1
    return False


def _far_time_after(ctx: Context, m: Mention) -> TimeMention | None:
    """The first time of the trigger's sentence after it, farther than _TIME_REACH, with no trigger,
    clause break, word of protest or reaction, or relative clause (but one telling a state, _state_clause)
    between: the time told
    at the end of a long clause ("شن الإرهابيون هجوما على سكان قرية في ولاية … الذين يشكلون ميليشيا
    الدفاع الذاتي ما أدى إلى مقتل عشرة أشخاص … مساء الأربعاء الماضي") is still the event's."""
    toks = ctx.v.tokens
    later = [t for t in ctx.times_by_sent.get(m.sentence, []) if t.span.start >= m.span.end]
    if not later:
        return None
    t = min(later, key=lambda x: x.span.start)
    if not t.value or t.precision != "day" or _after_report(ctx, t) or _after_since(ctx, t) \
            or any(a <= t.span.start < b for a, b in ctx.attribution):
        return None
    end = ctx.token_of(t.span.start)
    if ctx.v.has_kind(m.j, end, "protested", m.sentence) or ctx.v.has_kind(m.j, end, "reaction", m.sentence):
        return None  # "نفذ ألف شخص اعتصاما … احتجاجا على قتل العقيد … ليلة الخميس": the deed protested
    rel, breaks = _relatives(), _clause_breaks()
    if any(not (toks[d.i - 1].norm in rel and _state_clause(ctx, d.i - 1)) for d in ctx.v.triggers_in(m.j, end)):
        return None  # (but the verb of a state, "التي يسيطر عليها", tells no deed)
    for k in range(m.j, end):
        word = toks[k].norm
        if word in breaks or (word in rel and not _state_clause(ctx, k)):
            return None
    return t


@functools.cache
def _state_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], int]:
    """The imperfect prefixes read after a relative pronoun (grammar.yaml relative_imperfect_prefixes), and
    date_words.yaml state_clause: past endings, since words (folded), least length."""
    d = load_yaml("events/date_words.yaml")["state_clause"]
    f = normalize_form
    return (grammar_words("relative_imperfect_prefixes"), tuple(f(w) for w in d["past_endings"]),
            frozenset(f(w) for w in d["since"]), int(d["least_length"]))


def _state_clause(ctx: Context, k: int) -> bool:
    """The relative pronoun at token k opens a clause in the imperfect ("أريحا التي تسيطر عليها
    المعارضة", "سكان قرية الذين يشكلون ميليشيا"): it tells a state lasting up to now, so a past day
    after it is not that clause's but the main clause's ("قتل 12 حينما سقطت مقاتلة على سوق في
    بلدة أريحا التي تسيطر عليها المعارضة … يوم أمس الاثنين"). A verb of the derived forms in the
    past also opens with ت ("التي تعرضت للقصف أمس"): one ending as a past verb ends is none."""
    prefixes, past, _since, least = _state_words()
    toks = ctx.v.tokens
    if k + 1 >= len(toks) or toks[k + 1].sentence != toks[k].sentence:
        return False
    word = toks[k + 1].norm
    return len(word) >= least and word[:1] in prefixes and not word.endswith(past)


def _after_since(ctx: Context, t: TimeMention) -> bool:
    """The time follows a since or until word ("منذ 28 مايو"): the start of a state, not a day of a deed."""
    k = ctx.token_of(t.span.start)
    toks = ctx.v.tokens
    return k > 0 and toks[k - 1].norm in _state_words()[2]


@functools.cache
def _clause_breaks() -> frozenset[str]:
    """Folded clause_breaks of date_words.yaml, bare and after و/ف."""
    g = load_yaml("events/grammar.yaml")
    bare = [normalize_form(w) for w in load_yaml("events/date_words.yaml")["clause_breaks"]]
    return frozenset(bare + [c + w for w in bare for c in (g["and"], g["then"])])


def _in_closed_relative(ctx: Context, m: Mention, t: TimeMention) -> bool:
    """A time before the trigger inside a relative clause that a new clause closes before the
    trigger ("الحركة التي وقعت اتفاقا في يونيو الماضي أنها تدين الهجمات"; "… التي وقعت في 26 يونيو،
    إضافة إلى وقوع سلسلة من التفجيرات"): it dates the relative clause's verb, not the event."""
    if t.span.end > m.span.start or any(a <= t.span.start < b for a, b in ctx.attribution):
        return False  # a statement's time ("وقال المصدر الذي طلب عدم ذكر اسمه اليوم إن …") is no clause's
    toks = ctx.v.tokens
    k, lo = ctx.token_of(t.span.start), ctx.sent_lo[m.sentence]
    breaks = _clause_breaks()
    j = ctx.token_of(t.span.end - 1) + 1
    while j < m.i and not toks[j].is_word:
        j += 1
    if toks[j].norm not in breaks:  # the new clause opens right after the time
        return False
    rel = _relatives()
    # the relative pronoun before the time, with no clause break between them
    while k > lo:
        k -= 1
        if toks[k].norm in breaks:
            return False
        if toks[k].norm in rel:
            return True
    return False


def _on_event_noun(ctx: Context, m: Mention, k: int) -> bool:
    """The relative pronoun at token k follows a definite event noun and only its adjectives
    ("الهجوم الانتحاري الدموي الذي نسب الإثنين الماضي", "التفجير الآثم الذي وقع الثلاثاء"): the
    clause tells the event itself, so its day or month dates the event ("الهجوم الذي استهدف مركزا
    للشرطة الشهر الماضي": as best the article tells it, a month)."""
    toks = ctx.v.tokens
    occurs, reach = _date_words()
    if k + 1 < len(toks) and toks[k + 1].norm in occurs and k - m.i <= reach:
        return True  # "تفجير مسجد الإمام الصادق الذي وقع في 26 يونيو": the clause tells the event
    if not m.known:
        return False
    article = grammar()["article"]
    return all(toks[x].norm.startswith(article) for x in range(m.j, k) if toks[x].is_word)


@functools.cache
def _date_words() -> tuple[frozenset[str], int]:
    """Folded occurrence verbs of date_words.yaml and how many words after the trigger they reach."""
    d = load_yaml("events/date_words.yaml")
    return frozenset(normalize_form(w) for w in d["occurrence_verbs"]), int(d["occurrence_reach"])


@dataclass(frozen=True)
class _Undated:
    """Folded words of date_words.yaml undated."""

    heads: frozenset[str]
    units: frozenset[str]
    ends: frozenset[str]
    days: frozenset[str]  # units of a span of days: it dates its event to the week before the report
    vague: dict[str, tuple[tuple[str, ...], ...]]  # first word -> the rest of each phrase
    reach: int
    clitics: tuple[str, ...]


@functools.cache
def _undated_words() -> _Undated:
    d = load_yaml("events/date_words.yaml")["undated"]
    g = load_yaml("events/grammar.yaml")

    def fold(words: list[str]) -> frozenset[str]:
        return frozenset(normalize_form(w) for w in words)
    vague: dict[str, list[tuple[str, ...]]] = {}
    for phrase in d["vague_past"]:
        words = [normalize_form(w) for w in phrase.split()]
        vague.setdefault(words[0], []).append(tuple(words[1:]))
    return _Undated(fold(d["span_heads"]), fold(d["span_units"]), fold(d["span_ends"]), fold(d["day_units"]),
                    {k: tuple(v) for k, v in vague.items()}, int(d["undated_reach"]), (g["and"], g["then"]))


@functools.cache
def _ongoing_words() -> frozenset[str]:
    """Folded ongoing words of date_words.yaml with their pronoun suffixes, bare and after و/ف."""
    d = load_yaml("events/date_words.yaml")
    g = load_yaml("events/grammar.yaml")
    forms = [normalize_form(w) for w in d["ongoing"]]
    forms += [f + normalize_form(x) for f in forms if not f.startswith(g["article"])
              for x in d["ongoing_suffixes"]]
    return frozenset(forms + [c + f for f in forms for c in (g["and"], g["then"])])


def _ongoing(ctx: Context, m: Mention, lo: int, hi: int) -> bool:
    """An event told as under way: a present word of words.tsv ("تدور اشتباكات") or an ongoing
    word of date_words.yaml ("ويشن الجيش هجوما", "الهجوم الذي يشنه", "المعارك الجارية") near the
    trigger in its sentence."""
    a, b = max(lo, m.i - 5), min(hi, m.j + 3)
    if ctx.v.has_kind(a, b, "present", m.sentence):
        return True
    words = _ongoing_words()
    toks = ctx.v.tokens
    return any(toks[k].norm in words for k in range(a, b))


def _recent_days(ctx: Context, m: Mention, span: tuple[int, bool]) -> None:
    """A span of recent days ("خلال اليومين الماضيين", "خلال الأيام الماضية") dates the event to the
    week of the day before the report, as best the article tells it; a vague past or a span of
    weeks or months leaves it undated."""
    published = ctx.doc.published
    if not span[1] or published is None:
        return
    day = published - _dt.timedelta(days=1)
    m.date = (day - _dt.timedelta(days=day.weekday())).isoformat()
    m.date_precision, m.anchored, m.date_soft = "week", True, True


@functools.cache
def _amid_words() -> tuple[frozenset[str], int]:
    """Folded amid_words of date_words.yaml, bare and after و/ف, and their reach in words."""
    d = load_yaml("events/date_words.yaml")
    g = load_yaml("events/grammar.yaml")
    bare = [normalize_form(w) for w in d["amid_words"]]
    return frozenset(bare + [c + w for w in bare for c in (g["and"], g["then"])]), int(d["amid_reach"])


def _amid_ongoing(ctx: Context, m: Mention, lo: int) -> bool:
    """The trigger is told as going with fighting told as under way before it in its sentence ("تستمر
    الاشتباكات …، وترافق ذلك مع قصف الطيران"، "فيما قصفت قوات النظام"، "مع استمرار الاشتباكات …
    وسط قصف عنيف"): an amid word a few words before it, with no other trigger between, and a present
    or ongoing word before that; it is part of the scene of the report's day."""
    words, reach = _amid_words()
    toks = ctx.v.tokens
    ongoing = _ongoing_words()
    for k in range(m.i - 1, max(lo, m.i - reach) - 1, -1):
        if toks[k].norm in words:
            return any(toks[x].norm in ongoing for x in range(lo, k)) or ctx.v.has_kind(lo, k, "present", m.sentence)
        if ctx.v.triggers_at(k):
            return False
    return False


def _told_now(ctx: Context, m: Mention, t: TimeMention) -> bool:
    """The trigger opens a reported clause of its own told in the present ("مبينة بأن معارك عنيفة
    تدور في زنجبار"), after a time that dates the clause before it: fighting under way, of the
    report's day, not of that time. A complementizer between the time and the trigger, and a present
    word of words.tsv right around the trigger (not an ongoing verb of an attack, "الهجوم الذي يشنه")."""
    lo, hi = ctx.sent_lo[m.sentence], ctx.sent_hi[m.sentence]
    if not ctx.v.has_kind(max(lo, m.i - 2), min(hi, m.j + 2), "present", m.sentence):
        return False
    comps = _complementizers()
    toks = ctx.v.tokens
    k = ctx.token_of(t.span.end - 1) + 1
    return any(toks[x].norm in comps for x in range(k, m.i))


def _bare(word: str, forms: frozenset[str], clitics: tuple[str, ...]) -> bool:
    """The word, or the word after one و/ف, is one of ``forms``."""
    return word in forms or (word[:1] in clitics and word[1:] in forms)


def _undated_phrases(ctx: Context) -> dict[int, list[tuple[int, bool]]]:
    """Token indexes, by sentence, where a phrase telling no day starts: a span of recent days
    ("خلال اليومين الماضيين", "على مدار الأيام القليلة الماضية") or a vague past ("مؤخرا"); with
    whether it is a span of days (not weeks or months, not a vague past)."""
    got = cast("dict[int, list[tuple[int, bool]]] | None", ctx.v.memo.get("event_dates_undated"))
    if got is not None:
        return got
    w = _undated_words()
    toks = ctx.v.tokens
    norms = [t.norm if t.is_word else "" for t in toks]
    got = {}
    for k, word in enumerate(norms):
        found = days = False
        if _bare(word, w.heads, w.clitics):
            # "خلال اليومين الماضيين", "خلال الأيام القليلة الماضية": a unit, then a past word
            span = norms[k + 1:k + 4]
            for e in range(1, len(span)):
                if span[e] in w.ends and any(x in w.units for x in span[:e]):
                    found, days = True, any(x in w.days for x in span[:e])
                    break
        if not found:  # "مؤخرا", "قبل أيام", "ومنذ أيام"
            rests = w.vague.get(word) or (w.vague.get(word[1:], ()) if word[:1] in w.clitics else ())
            found = any(tuple(norms[k + 1:k + 1 + len(rest)]) == rest for rest in rests)
        if found:
            got.setdefault(toks[k].sentence, []).append((k, days))
    ctx.v.memo["event_dates_undated"] = got
    return got


def _undated(ctx: Context, m: Mention) -> tuple[int, bool] | None:
    """A phrase telling no day (a span of recent days, a vague past) stands near the trigger in its
    sentence: "عشرات المواطنين سقطوا خلال اليومين الماضيين جراء انفجار ألغام"."""
    reach = _undated_words().reach
    phrases = _undated_phrases(ctx).get(m.sentence, ())
    near = next((p for p in phrases if m.i - reach <= p[0] < m.j + reach), None)
    if near is None and not ctx.times_by_sent.get(m.sentence) and _opening(ctx, m.sentence) != "recall":
        # "وكانت المديريتان قد شهدتا خلال الأيام الماضية مواجهات … وانتهت بدحر المليشيات": a span of
        # days in a sentence naming no time spans all it tells, however long (not a recalled one,
        # "يشار إلى أن تركيا شنت خلال الأيام الماضية غارات عقب هجوم انتحاري": it recalls older deeds)
        near = next((p for p in phrases if p[1]), None)
    return near


def _undated_after(ctx: Context, m: Mention) -> tuple[int, bool] | None:
    """A phrase telling no day stands after the trigger in its clause (before the next trigger, up
    to undated_reach words on; a trigger opening a relative clause on it, "القصف الذي شنته", goes
    on telling it): "عمليات القصف التي شنتها القوات خلال اليومين الماضيين"."""
    phrases = _undated_phrases(ctx).get(m.sentence, ())
    if not phrases:
        return None
    limit = m.j + _undated_words().reach
    toks, rel = ctx.v.tokens, _relatives()
    x = bisect.bisect_right(ctx.trigger_tokens, m.j)
    while x < len(ctx.trigger_tokens) and ctx.trigger_tokens[x] < limit:
        k = ctx.trigger_tokens[x]
        if not (k > 0 and toks[k - 1].norm in rel):
            limit = k
            break
        x += 1
    p = next((p for p in phrases if m.j <= p[0] < limit), None)
    return None if p is None or _clause_of_another(ctx, m, p[0]) else p


def _clause_of_another(ctx: Context, m: Mention, k: int) -> bool:
    """Token k, after the trigger, lies in a clause on another noun: behind a relative pronoun that
    neither follows the event noun nor opens a trigger ("استعادة المدينة التي كان سبقه إليها مؤخرا بعض
    أعضاء الحكومة"), or an occurrence verb beyond its reach ("واعتقلت عشرة يهود للاشتباه بضلوعهم في
    أعمال عنف ضد فلسطينيين وقعت مؤخرا"): what it tells about time is that clause's."""
    toks, rel = ctx.v.tokens, _relatives()
    occurs, reach = _date_words()
    for x in range(m.j, k):
        word = toks[x].norm
        if word in rel and not (_on_event_noun(ctx, m, x) or ctx.v.triggers_at(x + 1)):
            return True
        if word in occurs and x - m.j > reach:
            return True
    return False


@dataclass(frozen=True)
class _Hours:
    """Folded words of date_words.yaml recent_hours."""

    heads: frozenset[str]
    units: frozenset[str]
    numbers: frozenset[str]
    ends: frozenset[str]
    gap: int
    most: int
    reach: int
    clitics: tuple[str, ...]


@functools.cache
def _hours_words() -> _Hours:
    d = load_yaml("events/date_words.yaml")["recent_hours"]
    g = load_yaml("events/grammar.yaml")

    def fold(words: list[str]) -> frozenset[str]:
        return frozenset(normalize_form(w) for w in words)
    return _Hours(fold(d["heads"]), fold(d["units"]), fold(d["number_words"]), fold(d["ends"]), int(d["gap"]),
                  int(d["max_hours"]), int(d["reach"]), (g["and"], g["then"]))


def _hour_phrases(ctx: Context) -> dict[int, list[tuple[int, int]]]:
    """Token ranges [k, e), by sentence, of a span of the last hours: "خلال الساعات الـ24 الأخيرة",
    "في الساعات الأربع والعشرين الماضية", "على مدى الـ 24 ساعة الماضية" (not above max_hours)."""
    got = cast("dict[int, list[tuple[int, int]]] | None", ctx.v.memo.get("event_dates_hours"))
    if got is not None:
        return got
    w = _hours_words()
    toks = ctx.v.tokens
    got = {}
    for k, tok in enumerate(toks):
        if not (tok.is_word and _bare(tok.norm, w.heads, w.clitics)):
            continue
        unit, hours = False, 0
        for e in range(k + 1, min(len(toks), k + 2 + w.gap)):
            word = toks[e].norm
            if not toks[e].is_word:
                break
            if unit and word in w.ends:
                if hours <= w.most:
                    got.setdefault(tok.sentence, []).append((k, e + 1))
                break
            digits = "".join(c for c in word if c.isdigit())
            if word in w.units:
                unit = True
            elif digits:
                hours = max(hours, int(digits))
            elif word not in w.numbers:
                break
    ctx.v.memo["event_dates_hours"] = got
    return got


def _recent_hours(ctx: Context, m: Mention) -> tuple[int, int] | None:
    """A span of the last hours in the trigger's clause: after it before the next trigger, or before
    it with no trigger between ("قتل 39 متمردا خلال الساعات الـ24 الأخيرة في المعارك"), up to reach
    words away."""
    phrases = _hour_phrases(ctx).get(m.sentence)
    if not phrases:
        return None
    reach = _hours_words().reach
    nxt = bisect.bisect_right(ctx.trigger_tokens, m.j)
    limit = ctx.trigger_tokens[nxt] if nxt < len(ctx.trigger_tokens) else len(ctx.v.tokens)
    for k, e in phrases:
        if m.j <= k < min(limit, m.j + reach):
            return k, e
        if m.i - reach <= e <= m.i and not ctx.v.triggers_in(e, m.i):
            return k, e
    return None


def _hours_date(ctx: Context, m: Mention, times: list[TimeMention]) -> bool:
    """Date the mention to the day before the report when a span of the last hours stands in its
    clause and no time of the event is nearer to the trigger."""
    published = ctx.doc.published
    if published is None:
        return False
    span = _recent_hours(ctx, m)
    if span is None:
        return False
    toks = ctx.v.tokens
    a, b = toks[span[0]].span.start, toks[span[1] - 1].span.end

    def gap(x: int, y: int) -> int:
        return max(0, x - m.span.end, m.span.start - y)
    d = gap(a, b)
    if any(t.value and gap(t.span.start, t.span.end) < d for t in times):
        return False
    m.date, m.date_precision, m.anchored = (published - _dt.timedelta(days=1)).isoformat(), "day", True
    return True


@functools.cache
def _since_start_words() -> tuple[frozenset[str], frozenset[str]]:
    """Folded since and start words of date_words.yaml since_start, the since words bare and after و/ف."""
    d = load_yaml("events/date_words.yaml")["since_start"]
    g = load_yaml("events/grammar.yaml")
    since = [normalize_form(w) for w in d["since"]]
    return (frozenset(since + [c + w for w in since for c in (g["and"], g["then"])]),
            frozenset(normalize_form(w) for w in d["starts"]))


def _since_start(ctx: Context, m: Mention) -> TimeMention | None:
    """The last "منذ بداية العام"-like time before the trigger in its sentence: what the sentence tells
    after it happened in that year or month so far ("رابع عملية منذ بداية العام الحالي، حيث سعى
    التنظيم لاستهداف مسجد …"). Not one opening the sentence: fronted, it frames a state lasting up to
    now ("ومنذ بداية السنة، تواجه الحركة انشقاق القادة")."""
    since, heads = _since_start_words()
    toks = ctx.v.tokens
    lo = ctx.sent_starts[m.sentence]
    times = ctx.doc.times  # (sorted by start: the times stage; times_by_sent leaves out those after منذ)
    starts = cast("list[int] | None", ctx.v.memo.get("event_dates_time_starts"))  # doc.times starts
    if starts is None:
        starts = [t.span.start for t in times]
        ctx.v.memo["event_dates_time_starts"] = starts
    k = bisect.bisect_left(starts, m.span.start) - 1
    while k >= 0 and times[k].span.start >= lo:
        t = times[k]
        k -= 1
        if not (t.value and t.precision in ("year", "month")) or _after_report(ctx, t):
            continue
        i = ctx.token_of(t.span.start)
        if i >= 1 and toks[i - 1].norm in since and toks[i].norm in heads:
            # fronted ("ومنذ بداية السنة، تواجه الحركة انشقاق القادة") it frames a state up to now
            return t if i - 1 > ctx.sent_lo[m.sentence] else None
    return None


@functools.cache
def _complementizers() -> frozenset[str]:
    return frozenset(normalize_form(w) for w in load_yaml("events/grammar.yaml")["complementizers"])


def _reported_clause(ctx: Context, m: Mention, zones: list[tuple[int, int]]) -> bool:
    """The content of a statement is a clause opened by a complementizer and its subject before the
    trigger ("أعلنت الوزارة أمس أن قوات الأمن اعتقلت 16"): it tells what happened, unlike the
    announced act itself ("أعلنت أمس عن تفكيك خلية", "أعلنت أن تفكيك الخلية تم")."""
    comps = _complementizers()
    toks = ctx.v.tokens
    for _a, b in zones:  # the content's first word, or the last word before it
        k = ctx.token_of(b)
        if not (k < len(toks) and toks[k].span.start >= b and toks[k].norm in comps):
            k -= 1
            while k >= 0 and not toks[k].is_word:
                k -= 1
            if not (k >= 0 and toks[k].span.end <= b and toks[k].norm in comps):
                continue
        if m.i > k + 1:
            return True
    return False


@functools.cache
def _days_after() -> tuple[str, frozenset[str], str, tuple[str, ...], dict[str, int], dict[str, int], dict[str, int]]:
    """Folded words of place_date.yaml days_after."""
    d = load_yaml("events/place_date.yaml")["days_after"]
    f = normalize_form
    return (f(d["after_word"]), frozenset(f(w) for w in d["from_words"]), f(d["nth_day_word"]),
            tuple(f(w) for w in d["in_a_row"].split()),
            {f(k): int(v) for k, v in d["lengths"].items()}, {f(k): int(v) for k, v in d["ordinals"].items()},
            {f(k): int(v) for k, v in d["unit_days"].items()})


def _days_before(ctx: Context, m: Mention) -> int | None:
    """How many days before the sentence's day the trigger's event came: "بعد يومين من المعارك" (2),
    "بعد 3 أيام على هجوم" (3), "لليوم الثالث على التوالي بعد قصف" (2); None when no such phrase
    stands right before it."""
    # the phrase right before the trigger, or before the word heading it ("بعد 3 أيام على هجوم
    # انتحاري", "بعد يومين من سقوط قذيفة")
    n = _days_before_at(ctx, m, m.i - 1)
    return n if n is not None else _days_before_at(ctx, m, m.i - 2)


def _days_before_at(ctx: Context, m: Mention, k: int) -> int | None:
    """The days_after phrase ending at token k."""
    after, frm, nth, row, lengths, ordinals, units = _days_after()
    toks = ctx.v.tokens
    if k >= 0 and toks[k].sentence == toks[m.i].sentence and _next_day(toks[k].norm):
        return 1  # "غداة هجوم انتحاري", "وذلك غداة مقتل"
    if k < 2 or toks[k - 2].sentence != toks[m.i].sentence:
        return None
    norm = [toks[x].norm for x in range(max(0, k - 5), k + 1)]
    if norm[-1] in frm and norm[-3].endswith(after) and norm[-2] in lengths:
        return lengths[norm[-2]]  # "بعد يوم من", "وبعد يومين من"
    if norm[-1] in frm and norm[-2] in units and len(norm) >= 4:
        n = _count_before(ctx, k - 1, after)  # "بعد 3 أيام على", "بعد ثلاثة أيام من"
        if n is not None:
            return n * units[norm[-2]]
    if norm[-1] == after and len(norm) >= 5 + len(row) - 2 and tuple(norm[-1 - len(row):-1]) == row:
        head = -1 - len(row) - 2
        if -head <= len(norm) and norm[head] == nth and norm[head + 1] in ordinals:
            return ordinals[norm[head + 1]] - 1
    return None


@functools.cache
def _next_day_words() -> frozenset[str]:
    """Folded next_day_words of place_date.yaml days_after, bare and after و/ف/ب."""
    g = load_yaml("events/grammar.yaml")
    bare = [normalize_form(w) for w in load_yaml("events/place_date.yaml")["days_after"]["next_day_words"]]
    return frozenset(bare + [c + w for w in bare for c in (g["and"], g["then"], g["bi"])])


def _next_day(word: str) -> bool:
    return word in _next_day_words()


_COUNT_WORDS = 3  # words of a number between "بعد" and its unit ("بعد ثلاثة وعشرين يوما")


def _count_before(ctx: Context, unit: int, after: str) -> int | None:
    """The number ending right before token ``unit`` that follows "بعد" ("بعد 3 أيام")."""
    toks = ctx.v.tokens
    for a in range(unit - 1, max(0, unit - 1 - _COUNT_WORDS), -1):
        if not toks[a - 1].norm.endswith(after) or toks[a - 1].sentence != toks[unit].sentence:
            continue
        got = count_at(ctx.v, a, unit)
        if got is not None and got[1] == unit:
            return got[0]
    return None


def _date_days_before(ctx: Context, m: Mention) -> bool:
    """Date an event told as so many days before the sentence's day (else the report's day)."""
    n = _days_before(ctx, m)
    if n is None:
        return False
    # another deed than the one its sentence tells, whether or not a day is known to count from
    m.earlier = n > 0 and not (n > 1 and _duration_noun(ctx, m))
    # the day told before it in its sentence ("اليوم الثلاثاء بعد يوم من"); an ongoing state with
    # none ("استمر الانقطاع لليوم الثالث على التوالي بعد قصف") is the report's day
    days = [t for t in ctx.times_by_sent.get(m.sentence, [])
            if t.value and t.precision == "day" and t.span.end <= m.span.start]
    if not days:  # "ويأتي الهجوم غداة قتل شرطيين": the day the sentences before tell
        days = _earlier_day(ctx, m)
    try:
        ref = _dt.date.fromisoformat(days[-1].value) if days else ctx.doc.published
    except ValueError:
        return False
    if ref is None:
        return False
    if n > 1 and _duration_noun(ctx, m):
        # "وبعد يومين من معارك أسفرت عن مقتل العشرات": two days of battles, up to the sentence's day
        day = ref - _dt.timedelta(days=1)
        m.date = (day - _dt.timedelta(days=day.weekday())).isoformat()
        m.date_precision, m.anchored, m.date_soft = "week", True, True
        return True
    m.date, m.date_precision, m.anchored = (ref - _dt.timedelta(days=n)).isoformat(), "day", True
    return True


@functools.cache
def _duration_nouns() -> frozenset[str]:
    """Folded duration_nouns of place_date.yaml days_after."""
    return frozenset(normalize_form(w) for w in load_yaml("events/place_date.yaml")["days_after"]["duration_nouns"])


def _duration_noun(ctx: Context, m: Mention) -> bool:
    """The trigger is an indefinite plural or mass noun of fighting right after the days_after phrase
    ("بعد يومين من معارك"): the phrase tells how long it lasted, not how long ago it was."""
    return m.j - m.i == 1 and ctx.v.tokens[m.i].norm in _duration_nouns() and not definite(ctx.v, m.i) \
        and _days_before_at(ctx, m, m.i - 1) is not None


def _earlier_day(ctx: Context, m: Mention) -> list[TimeMention]:
    """The last past day told in the sentences of the paragraph before the mention's, up to
    DATE_LOOKBACK back and no farther than a sentence opening another story or recalling the past."""
    s = m.sentence - 1
    while s >= max(0, m.sentence - DATE_LOOKBACK) and ctx.para[s] == ctx.para[m.sentence]:
        if _opening(ctx, s + 1) == "shift" or _opening(ctx, s) in _RECALLED:
            return []
        days = [t for t in ctx.times_by_sent.get(s, []) if t.value and t.precision == "day"
                and not _after_report(ctx, t)]
        if days:
            return days[-1:]
        s -= 1
    return []


@dataclass(frozen=True)
class _SentTimes:
    """The times that may date a sentence's triggers (its own, and the next sentence's when the
    clause goes on past a line break), in the sentence's order, with ``order`` listing their
    indexes by start and ``starts`` those starts; ``longest`` is the longest time's length,
    ``quiet[k]`` whether no reaction word precedes time k ("ندد الوزير أمس"), ``first_quiet`` the
    first position in ``order`` of a quiet time (len(order) if none)."""

    times: list[TimeMention]
    order: list[int]
    starts: list[int]
    longest: int
    quiet: list[bool]
    first_quiet: int


def _sentence_times(ctx: Context, s: int) -> _SentTimes:
    """The times of sentence s, indexed once per document (a sentence of thousands of clauses
    filtered all its times per trigger)."""
    cache = cast("dict[int, _SentTimes]", ctx.v.memo.setdefault("event_dates_sentence_times", {}))
    got = cache.get(s)
    if got is not None:
        return got
    times = ctx.times_by_sent.get(s, [])
    nxt = s + 1
    if nxt < len(ctx.continues) and ctx.continues[nxt] and ctx.times_by_sent.get(nxt):
        times = times + ctx.times_by_sent[nxt]  # the clause goes on past a line break
    order = sorted(range(len(times)), key=lambda k: times[k].span.start)
    quiet = [not ctx.v.has_kind(ctx.token_of(t.span.start) - _REACTION_REACH, ctx.token_of(t.span.start),
                                "reaction", s) for t in times]
    got = _SentTimes(times, order, [times[k].span.start for k in order],
                     max((t.span.end - t.span.start for t in times), default=0), quiet,
                     next((p for p, k in enumerate(order) if quiet[k]), len(order)))
    cache[s] = got
    return got


def _far(order: list[int], lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """Positions and indexes of ``order`` outside [lo, hi): the times too far to date a trigger."""
    for p in itertools.chain(range(hi, len(order)), range(lo)):
        yield p, order[p]


def date_of(ctx: Context, m: Mention) -> None:
    """The nearest time in the sentence (a time that only dates the statement reporting the event
    yields to the first event time of the next sentences); else ongoing fighting ("تدور اشتباكات")
    takes the publication day; else the last time earlier in the paragraph (or, unanchored, just
    before)."""
    doc = ctx.doc
    m.background = _opening(ctx, m.sentence) == "past"
    m.known = definite(ctx.v, m.i)
    if _date_days_before(ctx, m):
        return
    st = _sentence_times(ctx, m.sentence)
    # only times within _TIME_REACH of the trigger can date it (_time_after, best_time): those kept
    # below, in the sentence's order; times farther away only tell whether the sentence has any
    lo = bisect.bisect_left(st.starts, m.span.start - _TIME_REACH - st.longest)
    hi = bisect.bisect_right(st.starts, m.span.end + _TIME_REACH)
    # "ندد الوزير أمس بالتفجير": the day of a reaction before the trigger is not the event's
    times = [st.times[k] for k in sorted(st.order[lo:hi])
             if (st.times[k].span.end > m.span.start or st.quiet[k])
             and not _in_relative_clause(ctx, m, st.times[k]) and not _in_closed_relative(ctx, m, st.times[k])
             and not _after_report(ctx, st.times[k])]
    zones = [ctx.attribution[k] for k in m.sources]
    if _hours_date(ctx, m, [t for t in times if not any(a <= t.span.start and t.span.end <= b for a, b in zones)]):
        return  # "وقتل 39 متمردا خلال الساعات الـ24 الأخيرة في المعارك": the day before the report
    if zones:  # the statement's day yields to a day the report gives the event itself

        def outside(t: TimeMention) -> bool:
            return not any(a <= t.span.start and t.span.end <= b for a, b in zones)
        own = [t for t in times if outside(t) and t.value]
        # the times farther away count only as being there: one farther before the trigger stays
        # unless a reaction precedes it, one farther after always (no relative clause reaches it)
        n = len(st.order)
        any_time = bool(times) or hi < n or st.first_quiet < lo
        any_own = bool(own) or any(st.times[k].value and outside(st.times[k]) and (p >= hi or st.quiet[k])
                                   for p, k in _far(st.order, lo, hi))
        # only the statement is dated: the next sentences may date the event, unless the statement
        # is the event's own announcement ("أعلنت السلطات أمس عن تفكيك خلية": arrests, agreements)
        # (an arrest reported in a clause, "أعلنت أمس أن القوات اعتقلت 16", takes the day only a
        # background sentence after it tells: "وكانت القوات شنت عملية صباح الخميس")
        announced = m.type == _ANNOUNCED
        if any_time and not any_own and (not announced or _reported_clause(ctx, m, zones)):
            t = _time_ahead(ctx, m, past_only=announced)
            if t is None and not times:
                # "قتل خمسة … جراء سقوط قذائف …، وفق ما أعلنت الوكالة أمس": with no day of its own
                # told after it, the event takes the day of the statement reporting it, however far
                # (a statement told before the event, "وأوردت الصحيفة أمس أرقاما …", frames a summary)
                t = best_time([st.times[k] for k in st.order if not outside(st.times[k])
                               and st.times[k].span.start >= m.span.end
                               and not _after_report(ctx, st.times[k])], m.span.start, None)
            if t is not None:
                m.time, m.date, m.date_precision, m.anchored = t, t.value, t.precision, True
                return
        if any_own and not own and _far_in_same_report(ctx, m, [
                st.times[k] for p, k in _far(st.order, lo, hi)
                if st.times[k].value and outside(st.times[k]) and (p >= hi or st.quiet[k])]):
            any_own = False  # "وقال المرصد أمس في بيان: نفذ … اعتصاما … احتجاجا على قتل … ليلة السادس"
        times = own if any_own else times
    t = _time_after(ctx, m, times) or best_time(times, m.span.start, _TIME_REACH)
    if t is None and not times:
        t = _far_time_after(ctx, m)
    if t is not None and t.span.end <= m.span.start and _told_now(ctx, m, t):
        t = None  # "وصول إمدادات ظهر أمس الأول، مبينة بأن معارك عنيفة تدور في زنجبار": today's fighting
    if t is not None and t.span.end <= m.span.start and not m.background:
        # "قدم الجيش أمس مذكرة احتجاج حول القصف الذي شنته القوات خلال اليومين الماضيين": the day
        # before the trigger is the statement's; the span after it tells the event no day
        span = _undated_after(ctx, m)
        if span is not None:
            _recent_days(ctx, m, span)
            return
    if t is not None:
        m.time, m.date, m.date_precision, m.anchored = t, t.value, t.precision, True
        return
    span = _undated(ctx, m)
    if span is not None and (span[1] or not m.background):
        # "سقطوا خلال اليومين الماضيين جراء انفجار": the article tells no day for it, only the week
        # of those days; a vague past ("مؤخرا") or a span of weeks tells not even that (a background,
        # "وكانت القوات قد سيطرت مؤخرا", still borrows the story's frame)
        _recent_days(ctx, m, span)
        return
    t = _deed_detailed(ctx, m)
    if t is not None:
        m.time, m.date, m.date_precision, m.anchored = t, t.value, t.precision, True
        return
    lo, hi = ctx.sent_lo[m.sentence], ctx.sent_hi[m.sentence]
    ongoing = _ongoing(ctx, m, lo, hi) or _amid_ongoing(ctx, m, lo)
    # an undated report filed from somewhere ("عين اليوم – عدن") tells the day's news, though not in
    # what it tells had happened before ("وكان انتحاري قد فجر نفسه"); an undated commentary ("أثارت
    # الجريمة البشعة لحرق الرضيع استياء") reacts to events it does not date
    if doc.published is not None and (ongoing or (not doc.times and ctx.dateline > 0 and not m.background)):
        m.date, m.date_precision, m.anchored, m.date_default = doc.published.isoformat(), "day", True, True
        return
    t = _since_start(ctx, m)
    if t is not None:  # "رابع عملية منذ بداية العام الحالي، حيث سعى التنظيم لاستهداف مسجد …"
        m.time, m.date, m.date_precision, m.anchored = t, t.value, t.precision, True
        return
    if _reacted_to(ctx, m):
        return  # "وأشاد بالهجوم المسلح على صحيفة شارلي إبدو": a known deed the article gives no day
    reach, same = m.sentence - DATE_LOOKBACK, False
    s = m.sentence - 1
    while s >= max(0, reach):
        opening = _opening(ctx, s + 1)
        if opening == "shift":
            if s + 1 in ctx.fronted and _roundup(ctx):
                break  # "وفي محافظة أبين، سيطر …" after a round-up: one of its fronts, on the lead's day
            return  # "وفي تطور آخر …": the time before dates another story
        if opening == "same":  # "في غضون ذلك": at the time of the events just told
            reach, same = min(reach, s + 1 - _same_lookback()), True
        # a month named before ("الشهر الماضي", "في مايو") frames a background, not the day of the
        # events told after it (a year still dates them: an event years old is history, dropped)
        # a time told in a background or recalled sentence ("وكان … قد قتلوا صباح الأربعاء",
        # "يذكر أن القائد قتل في 15 يوليو") dates only what it recalls
        t = None if _opening(ctx, s) in _RECALLED else best_time(
            [x for x in ctx.times_by_sent.get(s, []) if x.precision in _BORROWED and not _after_report(ctx, x)
             and not _recent_year(ctx, x) and not _in_clause_on_a_place(ctx, x)], m.span.start, None)
        if t is not None:
            m.anchored = same or ctx.para[s] == m.para
            m.time, m.date, m.date_precision, m.date_soft = t, t.value, t.precision, True
            return
        s -= 1
    _lead_date(ctx, m, s)
    if m.date is None and m.para == ctx.para[0] and not m.background:
        _story_told_later(ctx, m)


_CLAUSE_ON_PLACE_REACH = 6  # tokens from a relative pronoun to the time it holds


def _in_clause_on_a_place(ctx: Context, t: TimeMention) -> bool:
    """The time lies in a relative clause on a noun that names no event, with its own deed ("وبالقرب من
    قاعدة العند التي استعادها الثوار يوم الإثنين الماضي دارت مواجهات"): it dates that clause's deed
    only, and lends no day to what the next sentences tell."""
    toks = ctx.v.tokens
    k = ctx.token_of(t.span.start)
    s = toks[k].sentence
    lo = max(ctx.sent_lo[s], k - _CLAUSE_ON_PLACE_REACH)
    rel, breaks = _relatives(), _clause_breaks()
    for j in range(k - 1, lo - 1, -1):
        word = toks[j].norm
        if word in breaks or not toks[j].is_word:
            return False
        if word in rel:
            # (not one on a noun of time, "وهو الوقت الذي انفجرت فيه القنبلة في 6 أغسطس 1945": the
            # clause tells which time, the story's)
            return j > 0 and not ctx.v.triggers_at(j - 1) and ctx.v.triggers_at(j + 1) \
                and toks[j - 1].norm not in _time_nouns()
    return False


@functools.cache
def _time_nouns() -> frozenset[str]:
    """Folded time_nouns of date_words.yaml."""
    return frozenset(normalize_form(w) for w in load_yaml("events/date_words.yaml")["time_nouns"])


def _reacted_to(ctx: Context, m: Mention) -> bool:
    """The trigger is the object of a reaction word right before it (words.tsv reaction: "أدان
    التفجير", "أشاد بالهجوم"), with no other trigger between: the article tells the reaction, and the
    deed reacted to borrows no day of the sentences before (when it is the news of those days, it is
    told there too, and merges with that telling)."""
    lo = max(ctx.sent_lo[m.sentence], m.i - _REACTION_REACH)
    kinds = ctx.v.kinds()
    for k in range(m.i - 1, lo - 1, -1):
        if "reaction" in kinds[k]:
            return True
        if ctx.v.triggers_at(k):
            return False
    return False


def _story_told_later(ctx: Context, m: Mention) -> None:
    """An event of the article's undated opening paragraph, told again a few sentences on by a
    definite event noun with a span of recent days ("طردت المقاومة الحوثيين من المديرية بعد معارك
    دامية … وأكد المصدر أن المعارك في المديرية خلال اليومين الماضيين أسفرت عن مقتل 42"), is of the
    week of those days: the retelling is the only time the article gives its story. Not when a time
    is told before it or between (that time frames what follows), nor past another story."""
    if ctx.first_timed <= m.sentence:
        return
    phrases = _undated_phrases(ctx)
    reach = _undated_words().reach
    for s in range(m.sentence + 1, min(len(ctx.para), m.sentence + 1 + DATE_AHEAD)):
        if _story_shift(ctx, s) or ctx.times_by_sent.get(s) or _opening(ctx, s) in _RECALLED:
            return
        for k, days in phrases.get(s, ()):
            if days and any(ctx.v.triggers_at(x) and definite(ctx.v, x)
                            for x in range(max(ctx.sent_lo[s], k - reach), k)):
                _recent_days(ctx, m, (k, days))
                return


def _deed_detailed(ctx: Context, m: Mention) -> TimeMention | None:
    """The day of a deed told earlier in the sentence, when the trigger, too far from it, details
    that deed: a trigger of the same sub-type follows the sentence's last time closely, and no time
    follows it ("شنت قوات الاحتلال فجر أمس حملة دهم واعتقال طالت 22 فلسطينيا …، وذكر نادي الأسير أن
    سلطات الاحتلال اعتقلت ستة مواطنين من مخيم عايدة، فيما اعتقل تسعة"): the same campaign, place by
    place."""
    times = ctx.times_by_sent.get(m.sentence, [])
    if not times or m.background:
        return None
    t = max(times, key=lambda x: x.span.start)
    if not t.value or t.precision != "day" or t.span.end > m.span.start or _after_report(ctx, t) \
            or any(a <= t.span.start < b for a, b in ctx.attribution):
        return None  # (a month or season frames a story: "بدأت المعارك في صيف 2012")
    k = ctx.token_of(t.span.end - 1) + 1
    if ctx.v.has_kind(k, m.i, "future", m.sentence):
        return None  # "الوجهة التالية ستكون أبين … ومن ثم تحرير المحافظة وطرد الإرهابيين": a plan
    toks = ctx.v.tokens
    for d in ctx.v.triggers_in(k, m.i):
        if toks[d.i].span.start - t.span.end > _TIME_REACH:
            break
        if d.entry.get("subtype") == m.subtype:
            # "ذكرت الوكالة أمس (الأحد) أن الجبهة قد تكون وراء هجوم سيفاري": the statement's day
            comps = _complementizers()
            return None if any(toks[x].norm in comps for x in range(k, d.i)) else t
    return None


def _lead_date(ctx: Context, m: Mention, s: int) -> None:
    """The lead's day dates the story's later events that no nearer time dates: the sentences
    from the lead down to sentence ``s`` name no other day and open no other story."""
    lead = ctx.lead_time
    if lead is None or _after_report(ctx, lead):
        return
    ls = ctx.sentence_of(lead.span.start)
    if not ls < s + 1 <= m.sentence:
        return
    if ctx.lead_reach is None:  # the first sentence after the lead that tells another day or story
        k = ls + 1
        while k < len(ctx.para) and not (_story_shift(ctx, k) or any(
                t.precision in _BORROWED and t.value != lead.value for t in ctx.times_by_sent.get(k, ()))):
            k += 1
        ctx.lead_reach = k
    if ctx.lead_reach <= s:
        return
    if _opening(ctx, m.sentence) == "past":
        return  # "وكان مسلحون قد هاجموا": before the lead's day
    if _story_shift(ctx, s + 1):
        return
    m.time, m.date, m.date_precision, m.date_soft = lead, lead.value, lead.precision, True
    m.anchored = ctx.para[ls] == m.para  # as a time borrowed from the paragraph


def _story_shift(ctx: Context, s: int) -> bool:
    """Sentence s opens another story: a topic shift, or a fronted place unless the lead is a round-up."""
    return _opening(ctx, s) == "shift" and not (s in ctx.fronted and _roundup(ctx))


def _roundup(ctx: Context) -> bool:
    """Whether the lead sums up a whole country's fighting ("قتل 30 في جبهات القتال في اليمن، السبت"):
    then a later sentence fronting a town ("ففي مدينة تعز، …", "وفي عدن، …") tells one of its fronts,
    on the lead's day, rather than another story."""
    lead = ctx.lead_time
    if lead is None:
        return False
    ls = ctx.sentence_of(lead.span.start)
    return any(p.level == "country" and not p.dateline for p in ctx.places_by_sent.get(ls, ()))


@functools.cache
def _same_lookback() -> int:
    return int(load_yaml("events/place_date.yaml")["same_lookback"])


_WON_OR_LEFT = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                          "Non-violent transfer of territory"})  # a place won, or the side that left it


def _retelling(x: Mention, m: Mention) -> bool:
    """x tells m's deed again: the same sub-type, or a place won told again as the loser's withdrawal."""
    return x.subtype == m.subtype or (x.subtype in _WON_OR_LEFT and m.subtype in _WON_OR_LEFT)


def retold_day(ctx: Context, mentions: list[Mention]) -> None:
    """An undated event of the article's lead, told again in one of the next sentences with a day of
    its own at the same place, takes that day ("اندلعت اشتباكات … أسفرت عن سيطرة قوات الأسد على
    القريتين" + "وقال … إن الثوار انسحبوا، الأحد، من القريتين"): the lead sums up, the retelling
    gives the detail, and the article tells the story no other day. Not when a time is told before
    it or between (that time frames what follows), nor past another story, nor from a background or
    a borrowed day."""
    first = ctx.para[0] if ctx.para else 0
    timed = ctx.first_timed
    # (the towns of one trigger split by split_coordinated are one telling: "على القريتين")
    towns: dict[int, set] = {}
    for y in mentions:
        towns.setdefault(y.span.start, set()).add(_place_key(y))
    for m in mentions:
        if m.date is not None or m.background or m.para != first or m.sentence >= timed:
            continue
        pids = towns[m.span.start] - {None}
        if not pids:
            continue
        for s in range(m.sentence + 1, min(len(ctx.para), m.sentence + 1 + DATE_AHEAD)):
            if _story_shift(ctx, s) or _opening(ctx, s) in _RECALLED:
                break
            if not ctx.times_by_sent.get(s):
                continue
            x = next((x for x in mentions if x.sentence == s and x.date and not x.date_soft and not x.date_default
                      and not x.background and x.time is not None and ctx.sentence_of(x.time.span.start) == s
                      and x.date_precision == "day" and _retelling(x, m)
                      and any(_place_key_of(p) in pids for p in ctx.places_by_sent.get(s, ()))), None)
            if x is not None:
                m.time, m.date, m.date_precision, m.date_soft, m.anchored = x.time, x.date, x.date_precision, True, True
            break  # the first sentence with a time frames what the lead left undated


def _place_key(m: Mention) -> tuple | None:
    return None if m.place is None or m.place_inherited else _place_key_of(m.place)


def _place_key_of(p) -> tuple:
    return (p.name or p.span.text, p.lat, p.lon)
