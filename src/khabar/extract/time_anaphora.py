"""Days of the month of the time told before them: "في الـ 12 من الشهر نفسه", "حتى 19 منه".

Reads ``doc.norm`` and the times already found; adds to the list of times the times stage builds
(:func:`month_anaphora`, called by :func:`khabar.extract.times.extract_times`). Loads
``lang/ar/times/anaphora.yaml``. The month is the one of the nearest earlier time resolved to a day,
week or month of the Gregorian calendar. "في الشهر نفسه" alone is left out: measured on the held-out
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
import re

from khabar.doc import Doc, TimeMention
from khabar.extract.time_lexicon import alternation
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
