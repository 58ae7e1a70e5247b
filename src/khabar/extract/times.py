"""The times stage: every expression naming a calendar date or period, resolved with a precision.

Reads ``doc.norm`` and ``doc.tokens``; adds ``doc.times`` (:class:`TimeMention`, sorted by start) and,
for an article without a publication date, the flag ``no-publication-date``. Loads the data files of
``lang/ar/times/`` through :mod:`khabar.extract.time_lexicon`.

Families: weekdays (with الماضي/المقبل), relative days (أمس, أول أمس, اليوم, غدا, الليلة الماضية,
فجر اليوم), "N units ago" with number words and duals (قبل يومين), periods (الأسبوع الماضي,
الشهر الجاري, هذا العام), day + month (+ year) with the month names of every region and ordinal days (also after the article:
الـ21 من سبتمبر),
month + year, years (bare years when cued or in a range: من 2003 إلى نحو 2008, or opening a line of a
chronology: "1993 - …", whose yearless dates take that year), Hijri dates (converted
with hijridate; a Hijri year gives 1 January of the Gregorian year it starts in) and numeric dates;
a period after "من" that places the time before it joins it ("أبريل الماضي من العام الحالي": the
year wins; "ثاني أيام عيد الفطر من الشهر الحالي"; "يوم الثلاثاء من الأسبوع الماضي": that week's day).
Religious holidays with a head word (مساء يوم العيد, أيام عيد الفطر) come from
:mod:`khabar.extract.time_holidays`, days of the month told before (الـ 12 من الشهر نفسه, حتى 19
منه) and days counted from the day told before (قبل ذلك بيوم, في اليوم التالي) from
:mod:`khabar.extract.time_anaphora`. A report that names its own day before publication
("اليوم الاثنين" on a Tuesday) gives that day to its bare "اليوم".
Durations (لنحو ساعتين, خلال اليومين الماضيين, منذ أربع سنوات), clock times, ages and counts are not
times; nor are "اليوم" meaning nowadays (بات …, ليس من اليوم, من يدافع اليوم), a bare "أمس" set against
such a nowadays ("in the past"), a weekday naming a prayer (صلاة الجماعة والجمعة), and the weekend
break (عائدين من عطلة نهاية الأسبوع: a habit, not a calendar week).

Resolution (against the publication day; see :mod:`khabar.extract.time_resolve`): a weekday beside a
relative word wins (also when glossed in brackets: غدا (السبت)); الجاري is the publication
month/year; without a year, a bare month or weekday takes the past unless a future cue is near (سوف,
a verb with the future prefix, المقبل), and a day-month takes the past unless a future cue, a
deadline preposition (حتى) or a date at most 120 days ahead makes it upcoming; a past cue (منذ,
وقعت) keeps it past, and so does a future seen from the past (كان يعلم أنهم سيؤدون … يوم الخميس,
كان من المقرر). Each value keeps the rule that produced it. Without a
publication date, absolute expressions are resolved and relative ones are ``unresolved=True`` with
``value=None`` (never resolved against today).

Example::

    >>> import datetime as dt
    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="a", text="قتل جنديان أمس الثلاثاء.", published=dt.date(2015, 8, 6)))
    >>> extract_times(doc)
    >>> [(t.span.text, t.value, t.precision) for t in doc.times]
    [('أمس الثلاثاء', '2015-08-04', 'day')]
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from typing import NamedTuple

from khabar.doc import Doc, Span, TimeMention
from khabar.extract.time_anaphora import day_anaphora, month_anaphora, year_anaphora
from khabar.extract.time_holidays import holiday_times
from khabar.extract.time_lexicon import Lexicon, lexicon
from khabar.extract.time_resolve import Resolved, resolve_match
from khabar.extract.time_years import opens_line, share_line_year, share_sentence_year
from khabar.text import memory
from khabar.text.normalize import normalize

log = logging.getLogger(__name__)

__all__ = ["extract_times", "resolve_expression", "find_times"]

NO_PUBLICATION_DATE = "no-publication-date"
_WORD = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r" *([^\W_]+)")
_QUOTES = "\"'«»"
_YEAR_RANGE_NEXT = re.compile(r" *[-\u2013/] *(?:19|20)\d\d(?!\d)")
_FUTURE_WINDOW = 5  # words before a mention searched for a future cue
_FRAME_WINDOW = 5  # words before a future cue searched for a past frame (كان … سيـ)
_NOWADAYS_WINDOW = 4
_DATED = ("date", "month", "week_of_month")


class Found(NamedTuple):
    nstart: int
    nend: int
    family: str
    groups: dict[str, str | None]


def _candidates(ntext: str, lex: Lexicon) -> list[int]:
    """Normalised offsets where an expression may start: word starts past a proclitic."""
    # column by column (C-level maps over the words, Python only for the few words not cached)
    matches = list(_WORD.finditer(ntext))
    words = list(map(re.Match.group, matches))
    offsets = list(map(_start_cache.get, words))
    if None in offsets:
        for i, k in enumerate(offsets):
            if k is None:
                word = words[i]
                k = offsets[i] = _start_offset(word, lex)
                if len(_start_cache) < 50_000:
                    _start_cache[word] = k
    return [m.start() + k for m, k in zip(matches, offsets) if k >= 0]


_start_cache: dict[str, int] = {}
memory.register(_start_cache.clear)
_NUMBER_TOKEN = -2  # in a form memo: a number with separators (3.5, 1,000), a word per digit group
_DIGIT_GROUP = re.compile(r"\d+")


def _doc_candidates(doc: Doc, lex: Lexicon) -> list[int]:
    """:func:`_candidates` of ``doc.norm.text``, read from its tokens and their form memos (each
    word's proclitic length kept with its form; :meth:`Doc.token_forms`) instead of finding the
    words again and looking each one up.

    A word of :func:`_candidates` is a word token, except around a number with separators: each of
    its digit groups starts a word (a word that starts with a digit, so offset 0), and a word token
    right after it (``3.5km``) continues its last group, starting none.
    """
    forms = doc.token_forms()
    if forms is None:
        return _candidates(doc.norm.text, lex)
    out: list[int] = []
    after_number = -1  # where the last number with separators ends
    for t, memo in zip(doc.tokens, forms):
        if not t.is_word:
            continue
        k = memo.times_start
        if k is None:
            word = t.norm
            if "." in word or "," in word:  # only a number token holds a separator
                k = _NUMBER_TOKEN
            else:
                k = _start_cache.get(word)
                if k is None:
                    k = _start_offset(word, lex)
            memo.times_start = k
        if k == _NUMBER_TOKEN:
            ns = t.nstart
            out.extend(ns + m.start() for m in _DIGIT_GROUP.finditer(t.norm))
            after_number = t.nend
        elif k >= 0 and t.nstart != after_number:
            out.append(t.nstart + k)
    return out


def _article_digits(rest: str, lex: Lexicon) -> bool:
    """The article glued to a day's digits ("الـ21 من سبتمبر", folded ال21)."""
    return any(rest.startswith(a) and rest[len(a):len(a) + 1].isdigit() for a in lex.cue("day_article"))


def _start_offset(word: str, lex: Lexicon) -> int:
    """Length of the proclitic before a possible expression start in ``word``, or -1: the first
    proclitic, shortest first, after which an expression may start (tests/extract/test_times.py
    keeps that plain loop as the reference), worked out by proclitic length: one set lookup per
    length, and the letters of a word made of letters alone are not matched again."""
    pset, lengths = _proclitic_table(lex.proclitics)
    starts = lex.starts
    n_word = len(word)
    letters_only = word.isalpha()  # (most words: no digit to start at, no article glued to one)
    for n in lengths:
        if n >= n_word:
            break  # no letter left after the proclitic
        if n and word[:n] not in pset:
            continue
        rest = word[n:]
        if rest in starts:
            return n
        if letters_only:
            continue
        if rest[0].isdigit() or _article_digits(rest, lex):
            return n
        if not rest.isalpha():  # letters then digits: تموز2014, a month name touching its year
            letters = _LETTERS.match(rest)
            if letters and letters.end() < len(rest) and letters.group() in starts:
                return n
    return -1


@functools.lru_cache(maxsize=4)
def _proclitic_table(proclitics: tuple[str, ...]) -> tuple[frozenset[str], tuple[int, ...]]:
    """The proclitics as a set and their lengths, shortest first (0 for "": no proclitic). Of
    one length only one proclitic can begin a word, so trying lengths in order keeps the order
    of trying every proclitic, shortest first."""
    return frozenset(proclitics), tuple(sorted({len(p) for p in proclitics}))


def _prev_words(ntext: str, pos: int, n: int) -> list[str]:
    """Up to ``n`` words before ``pos`` in the same sentence, nearest first."""
    left = ntext[max(0, pos - 80 * n):pos]
    for stop in ".!?\u061f;\n":
        i = left.rfind(stop)
        if i >= 0:
            left = left[i + 1:]
    return _WORD.findall(left)[::-1][:n]


def _next_word(ntext: str, pos: int) -> str:
    m = _NEXT_WORD.match(ntext, pos)
    return m.group(1) if m else ""


def _strip(word: str) -> str:
    """The word without a leading conjunction (ومنذ -> منذ)."""
    conj = lexicon().cue("conjunction")
    return word[1:] if len(word) > 2 and word[0] in conj else word


def _month_ok(ntext: str, f: Found, lex: Lexicon) -> bool:
    """A month name of context cue/strict needs evidence that it is a month."""
    g = f.groups
    form = lex.months.get(" ".join((g.get("mon") or "").split()))
    if form is None or form.context == "free":
        return True
    if any(g.get(k) for k in ("day", "year", "mon2", "mw", "mod", "pmod", "part")):
        return True
    if form.context == "strict":
        return False
    prev = _prev_words(ntext, f.nstart, 1)
    cues = lex.cue("month_cue")
    return bool(prev) and (prev[0] in cues or _strip(prev[0]) in cues)


def _year_ok(ntext: str, f: Found, lex: Lexicon, last: Found | None, lead: str) -> bool:
    g = f.groups
    y = int(g["year"])
    if g.get("era") or g.get("yw") or g.get("part"):
        return 1300 <= y <= 2200
    if not 1800 <= y <= 2100:
        return False
    if not lead and opens_line(ntext, f.nstart, f.nend, lex):
        return True  # a chronology: "1993 - إسرائيل تشن …"
    if lead:  # "و2014" after another year
        return last is not None and last.family in ("year", "month", "date") and f.nstart - last.nend <= 4
    prev = _prev_words(ntext, f.nstart - len(lead), 1)
    if prev and (prev[0] in lex.cue("year_cue") or _strip(prev[0]) in lex.cue("year_cue")):
        return True
    before = ntext[max(0, f.nstart - 2):f.nstart].strip()
    after = ntext[f.nend:f.nend + 2].strip()
    if before.endswith("(") and after.startswith(")"):
        return True
    if lex.year_range_next is not None and lex.year_range_next.match(ntext, f.nend):
        return True  # من 2003 إلى نحو 2008
    if last is not None and last.family == "year" and 0 < f.nstart - last.nend <= 30:
        # the second year of that range: only the link and an approximator between them
        between = ntext[last.nend:f.nstart].split()
        links, approx = lex.cue("range_to"), lex.cue("approx")
        if between and between[0] in links and (len(between) == 1 or " ".join(between[1:]) in approx):
            return True
    return _YEAR_RANGE_NEXT.match(ntext, f.nend) is not None  # 2015 - 2019


def _today_ok(ntext: str, f: Found, lex: Lexicon) -> bool:
    """'اليوم' alone: not 'the day' (اليوم التالي), not an outlet (عين اليوم), not 'nowadays'."""
    g = f.groups
    if g.get("wd"):
        return True
    offset = lex.rel_day.get(" ".join((g.get("rel") or "").split()))
    nxt = _next_word(ntext, f.nend)
    if offset == -1:
        if nxt in lex.cue("not_yesterday_after"):
            return False
        # "من دافع أمس عن … هو من يدافع اليوم عن …": "who did X yesterday" set against a nowadays
        # later in the sentence means "in the past"
        if g.get("dp"):
            return True
        prev2 = _prev_words(ntext, f.nstart, 2)
        who = (len(prev2) == 2 and _strip(prev2[1]) in lex.cue("nowadays_who") and not prev2[0].isdigit()
               and not any(prev2[0].startswith(a) for a in lex.cue("article")))
        return not (who and _nowadays_later(ntext, f.nend, lex))
    if offset != 0:
        return True
    if nxt in lex.cue("not_today_after") or nxt in lex.ordinal or _is_adjective(nxt, lex):
        return False  # (صباح) اليوم التالي
    if g.get("dp") or g.get("yom"):
        return True
    prev2 = _prev_words(ntext, f.nstart, 2)
    if (len(prev2) == 2 and _strip(prev2[0]) in lex.cue("per_day_prep")
            and (prev2[1] in lex.cue("per_day_count") or prev2[1].isdigit())):
        return False  # مرتين في اليوم: a rate, not a date
    before = ntext[max(0, f.nstart - 1):f.nstart]
    if before and before in _QUOTES:
        return False
    prev = _prev_words(ntext, f.nstart, _NOWADAYS_WINDOW)
    if prev and (prev[0] in lex.cue("not_today_before") or _strip(prev[0]) in lex.cue("not_today_before")):
        return False
    return not _nowadays(prev, lex)


def _nowadays(prev: list[str], lex: Lexicon) -> bool:
    """Do the words before a bare 'اليوم' (nearest first) make it 'nowadays'?

    'بات … اليوم', 'ليس من اليوم' (not just nowadays), 'من يدافع اليوم' (whoever defends nowadays:
    'who' and an imperfect verb).
    """
    nowadays = lex.cue("nowadays_before")
    if any(w in nowadays or _strip(w) in nowadays for w in prev):
        return True
    if len(prev) < 2:
        return False
    first, second = _strip(prev[0]), _strip(prev[1])
    if first in lex.cue("nowadays_since") and second in lex.cue("nowadays_negation"):
        return True
    return second in lex.cue("nowadays_who") and _imperfect(prev[0], lex)


def _imperfect(word: str, lex: Lexicon) -> bool:
    """An imperfect verb shape: a person prefix (ي ت ن) and at least two more letters."""
    return (len(word) >= 3 and word[0] in lex.cue("future_person") and word not in lex.starts
            and not word.isdigit() and not any(word.startswith(a) for a in lex.cue("article")))


def _nowadays_later(ntext: str, pos: int, lex: Lexicon) -> bool:
    """Is there a bare 'اليوم' meaning 'nowadays' later in the sentence that starts before ``pos``?"""
    end = len(ntext)
    for stop in ".!?\u061f;\n":
        i = ntext.find(stop, pos, end)
        if i >= 0:
            end = i
    today = lex.today_forms
    for m in _WORD.finditer(ntext, pos, end):
        if m.group() in today and _nowadays(_prev_words(ntext, m.start(), _NOWADAYS_WINDOW), lex):
            return True
    return False


def _is_adjective(word: str, lex: Lexicon) -> bool:
    """A definite elative (الأكثر) or relative adjective (الافتتاحي), not a weekday."""
    if word in lex.weekday or not any(word.startswith(a) for a in lex.cue("article")):
        return False
    if len(word) == 6 and any(word.startswith(e) for e in lex.cue("elative_start")):
        return True
    return len(word) >= 6 and any(word.endswith(n) for n in lex.cue("nisba_end"))


def _ago_ok(ntext: str, f: Found, lex: Lexicon) -> bool:
    """'قبل يومين من الانتخابات', 'قبل يوم واحد من العملية' count from an event, not from the
    publication day."""
    m = _NEXT_WORD.match(ntext, f.nend)
    nxt = m.group(1) if m else ""
    if m and nxt in lex.cue("ago_one"):
        nxt = _next_word(ntext, m.end())
    return nxt not in lex.cue("of")


def future_context(ntext: str, nstart: int, lex: Lexicon, dated: bool = True) -> bool | None:
    """True after a future cue (سوف, المقرر, a verb with the future prefix), False after a past
    cue (منذ, وقعت), None when the few words before say nothing; the nearest cue wins.

    ``dated``: the expression names a month or a date, so a deadline preposition just before it
    (حتى 23 أغسطس) also points forward; before a weekday (استمر حتى الجمعة) it does not.
    """
    cues = lex.cue("future")
    past = lex.cue("past")
    preps = lex.cue("future_prep")
    words = _prev_words(ntext, nstart, _FUTURE_WINDOW + _FRAME_WINDOW)
    for i, w in enumerate(words[:_FUTURE_WINDOW]):
        w0 = _strip(w)
        if w0 in cues:
            return not _past_frame(words[i + 1:i + 1 + _FRAME_WINDOW], lex)
        if dated and i < 2 and (w in preps or w0 in preps):
            return True
        if w0 in past or w in past:
            return False
        if _future_shape(w0, lex) and not _subject_of_speech(words[i + 1:i + 1 + _FRAME_WINDOW], lex):
            return not _past_frame(words[i + 1:i + 1 + _FRAME_WINDOW], lex)
    return None


def future_verb(word: str, lex: Lexicon) -> bool:
    """A verb with the future prefix (سيصعد، ستشن، وسنواصل), as :func:`future_context` reads one."""
    return _future_shape(_strip(word), lex)


def _future_shape(w0: str, lex: Lexicon) -> bool:
    """``w0`` (a word without its leading conjunction) has the future prefix, a person letter and
    three more letters, and is no word that only looks so (cues not_future: سيطر، سيار، ستة) nor
    the first word of a time expression."""
    return (len(w0) >= 5 and w0[0] in lex.cue("future_prefix") and w0[1] in lex.cue("future_person")
            and not w0.startswith(tuple(lex.cue("not_future"))) and w0[1:] not in lex.starts)


def _subject_of_speech(before: list[str], lex: Lexicon) -> bool:
    """A word shaped like a future verb a few words after a past verb of saying with no complementizer
    between (``وقال ستاثاكيس``, ``قالت صحيفة وول ستريت``) is a name in its subject: a reported future
    needs one (``قال إنه سيزور``). ``before``: the words before the word, nearest first."""
    said, comps = lex.cue("speech_verb"), lex.cue("complementizer")
    for w in before:
        w0 = _strip(w)
        if w in comps or w0 in comps:
            return False
        if w in said or w0 in said:
            return True
    return False


def _past_frame(before: list[str], lex: Lexicon) -> bool:
    """A future seen from the past: "كان يعلم أنهم سيؤدون الصلاة يوم الخميس", "كان من المقرر أن …
    الخميس" (``before``: the words before the future cue, nearest first). Not a pluperfect report
    ("كان الوزير قد أعلن أنه سيزور …"), whose future may still be ahead."""
    frame = lex.cue("past_frame")
    for i, w in enumerate(before):
        if _strip(w) in frame or w in frame:
            return not any(x in lex.cue("pluperfect") for x in before[:i])
    return False


def find_times(ntext: str, lex: Lexicon | None = None, starts: list[int] | None = None) -> list[Found]:
    """Every time expression in a normalised text, left to right, without overlaps; ``starts``:
    where one may start (:func:`_candidates` of the text when not given)."""
    lex = lex or lexicon()
    found: list[Found] = []
    last_end = -1
    last: Found | None = None
    for pos in _candidates(ntext, lex) if starts is None else starts:
        if pos < last_end:
            continue
        best: Found | None = None
        for family, pattern in lex.patterns:
            m = pattern.match(ntext, pos)
            if m is None or (best is not None and m.end() <= best.nend):
                continue
            cand = Found(pos, m.end(), family, m.groupdict())
            if not _accept(ntext, cand, lex, last, pos):
                continue
            best = cand
        if best is not None:
            found.append(best)
            last, last_end = best, best.nend
    return found


def _accept(ntext: str, f: Found, lex: Lexicon, last: Found | None, pos: int) -> bool:
    lead = ""
    ws = ntext.rfind(" ", 0, pos) + 1
    nl = ntext.rfind("\n", 0, pos) + 1
    word_start = max(ws, nl)
    if word_start < pos:
        lead = ntext[word_start:pos]
    fam = f.family
    if fam in ("date", "month", "week_of_month") and not _month_ok(ntext, f, lex):
        return False
    if fam in ("year", "date", "month", "week_of_month") and f.groups.get("year"):
        if fam == "year":
            return _year_ok(ntext, f, lex, last, lead)
        if not 1300 <= int(f.groups["year"]) <= 2200:
            return False
    if fam == "relative_day":
        return _today_ok(ntext, f, lex)
    if fam == "period":
        g = f.groups
        if not (g.get("mod") or g.get("this") or g.get("part")):
            return False
        if g.get("part") and not (g.get("mod") or g.get("this")):
            # "عائدين من عطلة نهاية الأسبوع": the weekend break, a habit, not a calendar week
            prev, breaks = _prev_words(ntext, f.nstart, 1), lex.cue("not_part_before")
            return not (prev and (_strip(prev[0]) in breaks or any(
                prev[0].startswith(p) and prev[0][len(p):] in breaks for p in lex.proclitics)))
        if g.get("this") or g.get("part"):
            return True
        prev = _prev_words(ntext, f.nstart, 1)  # المدير العام السابق: a title, not a year
        return not (prev and (prev[0] in lex.cue("not_period_before")
                              or _strip(prev[0]) in lex.cue("not_period_before")))
    if fam == "date_rel_month":
        return bool(f.groups.get("mod") or f.groups.get("this"))
    if fam == "ago":
        return _ago_ok(ntext, f, lex)
    if fam == "weekday":
        return _weekday_ok(ntext, f, lex, lead)
    return True


def _weekday_ok(ntext: str, f: Found, lex: Lexicon, lead: str = "") -> bool:
    """A bare weekday that names a market or a prayer, or "الاثنين" meaning "the two", is no date.

    Also a weekday joined by و to a prayer's name: "صلاة الجماعة والجمعة".
    """
    g = f.groups
    if g.get("yom") or g.get("dp") or g.get("mod"):
        return True
    if _next_word(ntext, f.nend) in lex.cue("not_weekday_after"):
        return False
    prev = _prev_words(ntext, f.nstart - len(lead), 3)
    not_before = lex.cue("not_weekday_before")
    if prev and (_strip(prev[0]) in not_before or any(
            prev[0].startswith(p) and prev[0][len(p):] in not_before for p in lex.proclitics if p)):
        return False  # صلاة الجمعة, also behind a proclitic: لصلاة الجمعة
    if lead and lead[0] in lex.cue("conjunction") \
            and any(_strip(w) in not_before for w in prev[1:3]):
        return False
    wd = " ".join((g.get("wd") or "").split())
    return not (prev and wd in lex.cue("surname_weekday") and prev[0] in lex.cue("given_name"))


def _mention(doc: Doc, f: Found, r: Resolved) -> TimeMention:
    published = doc.published
    unresolved = r.relative and published is None
    return TimeMention(span=doc.span_from_norm(f.nstart, f.nend),
                       value=None if unresolved or r.value is None else r.value.isoformat(),
                       precision=r.precision, rule=r.rule, unresolved=unresolved, calendar=r.calendar)


def _fix_parenthetical(doc: Doc, times: list[TimeMention]) -> None:
    """A relative day glossed in brackets: 'اليوم (أمس)', 'غدا (الاثنين)'.

    A relative-day gloss gives its value to the word before it (an editor's correction: two
    expressions); a weekday gloss is read near the relative day (the day before/after publication),
    the weekday wins, and the two are one expression, brackets included, like 'اليوم الثلاثاء'.
    """
    glossed: list[tuple[TimeMention, TimeMention]] = []
    for a, b in zip(times, times[1:]):
        between = doc.text[a.span.end:b.span.start].strip()
        after = doc.text[b.span.end:b.span.end + 2].strip()
        if not (between == "(" and after.startswith(")") and a.rule.startswith("relative-day")
                and a.value and b.value):
            continue
        if b.rule.startswith("relative-day"):
            a.value, a.precision, a.rule = b.value, b.precision, b.rule + "+gloss"
        elif b.rule.startswith("weekday") and "weekday" not in a.rule:
            anchor = dt.date.fromisoformat(a.value)
            wd = dt.date.fromisoformat(b.value).isoweekday()
            fwd = (wd - anchor.isoweekday()) % 7
            day = anchor + dt.timedelta(days=fwd) if fwd <= 3 else anchor - dt.timedelta(days=7 - fwd)
            a.value = b.value = day.isoformat()
            a.rule, b.rule = a.rule + "+weekday-gloss", "weekday:gloss"
            glossed.append((a, b))
    for a, b in glossed:
        end = doc.text.index(")", b.span.end) + 1
        a.span = Span(a.span.start, end, doc.text[a.span.start:end])
        times.remove(b)


def _join_qualifier(doc: Doc, times: list[TimeMention], lex: Lexicon) -> None:
    """A period after "من" that places the time before it is one expression with it: "أبريل الماضي
    من العام الحالي" (the year's value wins), "ثاني أيام عيد الفطر من الشهر الحالي" (the day stands),
    "يوم الخميس من الأسبوع الماضي" (that week's Thursday)."""
    of = lex.cue("of")
    joined: list[TimeMention] = []
    for a, b in zip(times, times[1:]):
        if not (a.value and b.value and b.rule.startswith("period:") and a not in joined):
            continue
        if normalize(doc.text[a.span.end:b.span.start]).text.strip() not in of:
            continue
        if b.precision == "year" and a.precision in ("day", "week", "month"):
            if a.rule.startswith(("month:", "date:")) and "+year" not in a.rule and "+of-" not in a.rule:
                a.value = b.value[:4] + a.value[4:]
        elif b.precision == "month" and a.precision == "day" and (
                a.rule.startswith("holiday") or (a.rule.startswith("date") and a.value[:7] == b.value[:7])):
            pass  # the day names its month already ("ثاني أيام عيد الفطر" of the Hijri month)
        elif b.precision == "week" and a.rule.startswith("weekday"):
            start = dt.date.fromisoformat(b.value)
            day = start + dt.timedelta(days=dt.date.fromisoformat(a.value).isoweekday() - start.isoweekday())
            a.value = day.isoformat()
        else:
            continue
        a.span = Span(a.span.start, b.span.end, doc.text[a.span.start:b.span.end])
        a.rule += "+of-qualifier"
        joined.append(b)
    for b in joined:
        times.remove(b)


_TODAY_BEHIND = 6  # days: how far before publication the day an article calls "today" may lie


def _share_article_today(doc: Doc, times: list[TimeMention], lex: Lexicon) -> None:
    """A report written before the day it was published names its own day: 'اليوم الاثنين' on a
    Tuesday (the weekday wins) says "today" was Monday, so a bare 'اليوم' elsewhere in it ('ستعلن في
    وقت لاحق اليوم', 'ووقع الحادث اليوم') is that Monday too. Only when every such 'today + weekday'
    names the same day, up to _TODAY_BEHIND days before publication."""
    published = doc.published
    if published is None:
        return
    today = lex.today_forms

    def says_today(t: TimeMention) -> bool:
        return any(w in today for w in _WORD.findall(normalize(t.span.text).text))
    named = {t.value for t in times if t.value and "weekday" in t.rule and t.rule.startswith("relative-day")
             and says_today(t)}
    if len(named) != 1:
        return
    day = dt.date.fromisoformat(named.pop())
    if not 0 < (published - day).days <= _TODAY_BEHIND:
        return
    for t in times:
        if t.rule == "relative-day" and t.value == published.isoformat() and says_today(t):
            t.value, t.rule = day.isoformat(), t.rule + "+article-today"


def _share_range_year(doc: Doc, times: list[TimeMention], lex: Lexicon) -> None:
    """'بين سبتمبر ونوفمبر من هذا العام': a yearless month/date takes the year of the next one."""
    links = lex.cue("range_link")
    for a, b in zip(times, times[1:]):
        if not (a.value and b.value and a.calendar == b.calendar == "gregorian"):
            continue
        if not (a.rule.startswith(("date:", "month:")) and b.rule.startswith(("date:", "month:"))):
            continue
        if "+year" in a.rule or "+of-" in a.rule or not ("+year" in b.rule or "+of-" in b.rule):
            continue
        between = normalize(doc.text[a.span.end:b.span.start]).text.strip()
        if between not in links:
            continue
        year = int(b.value[:4]) - (1 if a.value[5:] > b.value[5:] else 0)
        a.value, a.rule = f"{year:04d}{a.value[4:]}", a.rule + "+range-year"


def extract_times(doc: Doc) -> None:
    """Add every time expression of ``doc`` to ``doc.times``, sorted by start."""
    if not doc.text:
        return
    lex = lexicon()
    ntext = doc.norm.text
    published = doc.published
    if published is None and NO_PUBLICATION_DATE not in doc.flags:
        doc.flags.append(NO_PUBLICATION_DATE)
    out: list[TimeMention] = []
    for f in find_times(ntext, lex, _doc_candidates(doc, lex)):
        try:
            r = resolve_match(f.family, f.groups, published, lex,
                              future=future_context(ntext, f.nstart, lex, f.family in _DATED))
        except (ValueError, OverflowError) as exc:  # e.g. 31 شباط
            log.debug("times: cannot resolve %r: %s", ntext[f.nstart:f.nend], exc)
            continue
        if r is None:
            continue
        out.append(_mention(doc, f, r))
    out.extend(holiday_times(doc, out, lambda nstart: future_context(ntext, nstart, lex, False)))
    out.sort(key=lambda t: (t.span.start, t.span.end))
    out.extend(month_anaphora(doc, out))
    out.sort(key=lambda t: (t.span.start, t.span.end))
    out.extend(year_anaphora(doc, out))
    out.sort(key=lambda t: (t.span.start, t.span.end))
    _fix_parenthetical(doc, out)
    _join_qualifier(doc, out, lex)
    _share_article_today(doc, out, lex)
    _share_range_year(doc, out, lex)
    share_line_year(doc, out, lex)
    share_sentence_year(doc, out, lex)
    out.extend(day_anaphora(doc, out))
    out.sort(key=lambda t: (t.span.start, t.span.end))
    doc.times.extend(out)


def resolve_expression(text: str, published: dt.date | None) -> TimeMention | None:
    """Resolve one short expression (the first time found in ``text``) against ``published``.

    >>> resolve_expression("الأسبوع الماضي", dt.date(2015, 8, 6)).value
    '2015-07-27'
    """
    norm = normalize(text)
    lex = lexicon()
    for f in find_times(norm.text, lex):
        r = resolve_match(f.family, f.groups, published, lex,
                          future=future_context(norm.text, f.nstart, lex, f.family in _DATED))
        if r is None:
            continue
        s, e = norm.to_orig(f.nstart, f.nend)
        unresolved = r.relative and published is None
        return TimeMention(Span(s, e, text[s:e]), None if unresolved or r.value is None
                           else r.value.isoformat(), r.precision, r.rule, unresolved, r.calendar)
    return None
