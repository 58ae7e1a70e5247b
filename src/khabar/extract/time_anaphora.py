"""Days of the month of the time told before them: "في الـ 12 من الشهر نفسه", "حتى 19 منه"; days
counted from the day told before them: "قبل ذلك بيوم", "بعد ذلك بيومين", "في اليوم التالي"; the year
told before them: "في نهاية العام نفسه", "وفي نفس العام" (:func:`year_anaphora`; never the current
year: with no year told in its sentence or the one before, no time).

Reads ``doc.norm`` and the times already found; adds to the list of times the times stage builds
(:func:`month_anaphora`, called by :func:`khabar.extract.times.extract_times`). Loads
``lang/ar/times/anaphora.yaml`` (and the units, number words and parts of the times lexicon). The month is
the one of the nearest earlier time resolved to a day, week or month of the Gregorian calendar; a
counted day (:func:`day_anaphora`) counts from the nearest earlier time resolved to a day. "في الشهر نفسه" alone is left out: measured on the held-out
sets it dated a strike right but cost a match (the strike read as a clash).

Example::

    >>> import datetime as dt
    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.times import extract_times
    >>> doc = Doc(Article(id="a", text="وصلوا في العاشر من تموز وفقد الاتصال بهم في الـ 12 من الشهر نفسه.",
    ...                   published=dt.date(2015, 7, 23)))
    >>> extract_times(doc)
    >>> [(t.span.text, t.value, t.precision) for t in doc.times]
    [('العاشر من تموز', '2015-07-10', 'day'), ('الـ 12 من الشهر نفسه', '2015-07-12', 'day')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re

from khabar.doc import Doc, TimeMention
from khabar.extract.time_lexicon import alternation, lexicon
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form

_MONTHLY = ("day", "week", "month")


_WINDOW = 24  # characters searched on each side of a key word
_PUNCT = re.compile(r"[^\w\s]+")


@functools.cache
def _keys() -> tuple[tuple[str, ...], str]:
    """The month nouns and "منه": the words each pattern must hold, found first with str.find."""
    d = load_yaml("times/anaphora.yaml")
    return tuple(normalize_form(w) for w in d["month_nouns"]), normalize_form(d["of_it"])


def _near(ntext: str, key: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of ``pattern`` around each occurrence of ``key`` (a scan of the whole text with the
    pattern costs ten times more)."""
    out: dict[int, re.Match[str]] = {}
    k = ntext.find(key)
    while k >= 0:
        end = k + len(key)
        if end < len(ntext) and (ntext[end].isalnum() or ntext[end] == "_"):
            k = ntext.find(key, k + 1)
            continue  # part of a longer word ("منهم", "الشهرين")
        for m in pattern.finditer(ntext, max(0, k - _WINDOW), min(len(ntext), k + len(key) + _WINDOW)):
            if m.start() <= k < m.end():
                out.setdefault(m.start(), m)
        k = ntext.find(key, k + 1)
    return list(out.values())


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    d = load_yaml("times/anaphora.yaml")

    def alt(key: str) -> str:
        return alternation([normalize_form(f) for f in d[key]], "")

    month = alt("month_nouns")
    same = r"(?:" + month + r"\s+" + alt("same_after") + r"|" + alt("same_before") + r"\s+" + month + r")"
    day = r"(?:(?:" + re.escape(normalize_form(d["day_article"])) + r")\s*)?(?P<day>\d{1,2})\s+"
    same_month = re.compile(r"(?<![^\W_])" + day + re.escape(normalize_form(d["of"])) + r"\s+"
                            + same + r"(?![^\W_])")
    of_it = re.compile(r"(?<![^\W_])(?P<day>\d{1,2})\s+" + re.escape(normalize_form(d["of_it"]))
                       + r"(?![^\W_])")
    return same_month, of_it, frozenset(normalize_form(w) for w in d["of_it_links"]) | {""}


def _mention(doc: Doc, ns: int, ne: int, month: dt.date, day: str) -> TimeMention | None:
    try:
        value = month.replace(day=int(day))
    except ValueError:
        return None
    return TimeMention(doc.span_from_norm(ns, ne), value.isoformat(), "day", "month-anaphora")


def month_anaphora(doc: Doc, times: list[TimeMention]) -> list[TimeMention]:
    """Times naming the month of the time before them; ``times`` sorted by start."""
    ntext = doc.norm.text
    same_month, of_it, links = _patterns()
    dated = [t for t in times if t.value and t.precision in _MONTHLY and t.calendar == "gregorian"]
    out: list[TimeMention] = []
    if not dated:
        return out
    ends = [doc.norm.to_norm(t.span.end) for t in dated]
    months, of_it_key = _keys()
    found = [(m, False) for key in months for m in _near(ntext, key, same_month)]
    found += [(m, True) for m in _near(ntext, of_it_key, of_it)]
    for m, needs_date in found:
        k = bisect.bisect_right(ends, m.start()) - 1
        if k < 0:
            continue
        before = dated[k]
        between = _PUNCT.sub(" ", ntext[ends[k]:m.start()]).strip()
        if needs_date and (before.precision != "day" or between not in links):
            continue
        span_start = doc.span_from_norm(m.start(), m.end()).start
        if any(t.span.start <= span_start < t.span.end for t in times):
            continue
        month = dt.date.fromisoformat(before.value).replace(day=1)
        got = _mention(doc, m.start(), m.end(), month, m.group("day"))
        if got is not None:
            out.append(got)
    return out


_BARE_YEAR = re.compile(r"(?<!\d)(1[3-9]\d\d|20\d\d)(?!\d)")
_GLOSS_YEAR = re.compile(r" *\( *(1[3-9]\d\d|20\d\d) *\)")
_SENTENCE_END = re.compile(r"[.!?\u061f\n]")


@functools.cache
def _year_pattern() -> tuple[re.Pattern[str], tuple[str, ...], str]:
    """"(نهاية) العام نفسه", "نفس العام", "السنة ذاتها", the folded year nouns sought first, and "من"."""
    d = load_yaml("times/anaphora.yaml")
    lex = lexicon()

    def fold(key: str) -> list[str]:
        return [normalize_form(w) for w in d[key]]
    nouns = alternation(fold("year_nouns"), "")
    part = alternation([f for f, kind in lex.parts.items() if kind == "part"], "")
    same = (r"(?:(?:" + part + r") +)?(?:" + nouns + r" +" + alternation(fold("year_same_after"), "")
            + r"|" + alternation(fold("same_before"), "") + r" +" + nouns + r")")
    return (re.compile(r"(?<![^\W_])" + same + r"(?![^\W_])"), tuple(fold("year_nouns")),
            normalize_form(d["of"]))


def _window_start(ntext: str, pos: int) -> int:
    """Where the sentence before the one holding ``pos`` starts."""
    ends = [m.start() for m in _SENTENCE_END.finditer(ntext, max(0, pos - 1500), pos)]
    return ends[-2] + 1 if len(ends) >= 2 else max(0, pos - 1500) if ends else 0


def year_anaphora(doc: Doc, times: list[TimeMention]) -> list[TimeMention]:
    """Times naming the year of the time told before them ("في العام نفسه"), replacing in ``times``
    (sorted by start) a period read there as the current year ("نهاية العام"); with no year told
    before in the sentence or the one before, such a phrase is no time."""
    ntext = doc.norm.text
    pattern, nouns, of = _year_pattern()
    found: dict[int, re.Match[str]] = {}
    for key in nouns:
        for m in _near(ntext, key, pattern):
            found.setdefault(m.start(), m)
    out: list[TimeMention] = []
    for start in sorted(found):
        m = found[start]
        span = doc.span_from_norm(m.start(), m.end())
        overlapped = [t for t in times if t.span.start < span.end and span.start < t.span.end]
        if any(not t.rule.startswith("period:") for t in overlapped):
            continue
        for t in overlapped:
            times.remove(t)
        gloss = _GLOSS_YEAR.match(ntext, m.end())
        year = gloss.group(1) if gloss else None
        if year is None:
            lo = _window_start(ntext, m.start())
            before = sorted(x for x in ((doc.norm.to_norm(t.span.end), t.value[:4]) for t in times if t.value
                                        and t.calendar == "gregorian" and t.span.end <= span.start) if x[0] >= lo)
            if not before:  # a bare year ("انتفاضة 2011"), only with no time told (a count, "2000 عائلة", is one)
                before = [(b.end(), b.group(1)) for b in _BARE_YEAR.finditer(ntext, lo, m.start())]
            # "14 أغسطس من ذات العام": the qualified time takes the year of the one before it
            if before and ntext[before[-1][0]:m.start()].strip() == of:
                before = before[:-1]
            year = before[-1][1] if before else None
        if year is not None:
            out.append(TimeMention(span, f"{year}-01-01", "year", "period:year:anaphora"))
    return out


@functools.cache
def _day_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int], tuple[str, ...], tuple[str, ...]]:
    """The counted pattern ("قبل ذلك بيومين"), the day-offset pattern ("في اليوم التالي"), the offsets
    of the words after اليوم, the keys (folded) whose occurrences the patterns are sought around, and
    the folded words that count backwards (قبل)."""
    d = load_yaml("times/anaphora.yaml")
    lex = lexicon()

    def fold(key: str) -> list[str]:
        return [normalize_form(w) for w in d[key]]
    days = {f: c for f, (u, c) in lex.units.items() if u in ("day", "week")}
    unit_n = alternation([f for f, c in days.items() if c is None], "")
    unit_1 = alternation([f for f, c in days.items() if c is not None], "")
    before_after = alternation(fold("day_before") + fold("day_after"), "")
    that = alternation(fold("that_words"), "")
    suffix = alternation(fold("pronoun_suffixes"), "")
    by = re.escape(normalize_form(d["by"]))
    count = r"(?P<num>\d{1,2}(?!\d)|" + alternation(lex.cardinal, "") + r")"
    conj = alternation(fold("conjunctions"), "")
    counted = re.compile(r"(?<![^\W_])(?:" + conj + r")?(?P<dir>" + before_after + r")(?:" + suffix + r"| +" + that + r") +" + by
                         + r" *(?:" + count + r" +(?P<unit>" + unit_n + r")|(?P<unit1>" + unit_1 + r"))(?![^\W_])")
    offsets = {normalize_form(k): int(v) for k, v in d["day_offsets"].items()}
    day = re.escape(normalize_form(d["the_day"]))
    same = alternation(fold("same_before"), "")
    offset = re.compile(r"(?<![^\W_])(?:" + day + r" +(?P<off>" + alternation(offsets, "") + r")|(?P<same>" + same
                        + r") +" + day + r")(?![^\W_])(?! +" + re.escape(normalize_form(d["of_event"])) + r"[^\W_]"
                        + r"| +" + re.escape(normalize_form(d["of"])) + r" +" + alternation(fold("other_year"), "")
                        + r"| +" + alternation(fold("day_relatives")) + r")")
    keys = tuple(fold("that_words")) + tuple(b + x for b in fold("day_before") + fold("day_after")
                                             for x in fold("pronoun_suffixes")) + (normalize_form(d["the_day"]),)
    return counted, offset, offsets, keys, tuple(fold("day_before"))


def day_anaphora(doc: Doc, times: list[TimeMention]) -> list[TimeMention]:
    """Days counted from the nearest earlier day told ("مساء الخميس … قبل ذلك بيوم": Wednesday;
    "في اليوم التالي"); ``times`` sorted by start. None without an earlier day."""
    days = [t for t in times if t.value and t.precision == "day"]
    if not days:
        return []
    ntext = doc.norm.text
    counted, offset, offsets, keys, before = _day_patterns()
    lex = lexicon()
    found: dict[int, re.Match[str]] = {}
    for key in keys:
        for pattern in (counted, offset):
            for m in _near(ntext, key, pattern):
                found.setdefault(m.start(), m)
    out: list[TimeMention] = []
    ends = [doc.norm.to_norm(t.span.end) for t in days]
    # overlap with a time already found, by bisection: the starts of ``times`` and the farthest end so far
    starts = [t.span.start for t in times]
    reach = list(itertools.accumulate((t.span.end for t in times), max))
    for start in sorted(found):
        m = found[start]
        k = bisect.bisect_right(ends, m.start()) - 1
        if k < 0:
            continue
        if m.re is counted:
            if m.group("unit1"):
                unit, n = lex.units[m.group("unit1")][0], lex.units[m.group("unit1")][1] or 1
            else:
                num = m.group("num")
                unit, n = lex.units[m.group("unit")][0], int(num) if num.isdigit() else lex.cardinal[num]
            n *= 7 if unit == "week" else 1
            n = -n if any(m.group("dir").startswith(b) for b in before) else n
        else:
            n = offsets[m.group("off")] if m.group("off") else 0
        begin = m.start("dir") if m.re is counted else m.start()  # (not the و/ف before قبل)
        span = doc.span_from_norm(begin, m.end())
        earlier = bisect.bisect_left(starts, span.end)  # the times that start before the span ends
        if earlier and reach[earlier - 1] > span.start:
            continue
        value = dt.date.fromisoformat(days[k].value[:10]) + dt.timedelta(days=n)
        out.append(TimeMention(span, value.isoformat(), "day", "day-anaphora"))
    return out
