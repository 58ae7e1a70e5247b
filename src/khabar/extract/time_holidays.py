"""Religious holidays as times: "مساء يوم العيد", "أيام عيد الفطر", "عشية عيد الأضحى".

Reads ``doc.norm`` and the times already found; adds to the list of times the times stage builds
(:func:`holiday_times`, called by :func:`khabar.extract.times.extract_times`). Loads
``lang/ar/times/holidays.tsv`` (holiday names with their Hijri month and day, and the head words
that make a holiday's name a time) and ``parts.tsv`` (dayparts). A holiday is the last one on or
before publication (the next one after a future cue: "سيحتفل المسلمون يوم العيد"); "العيد" alone is
the nearer of the two Eids. Converted with hijridate.

Example::

    >>> import datetime as dt
    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.times import extract_times
    >>> doc = Doc(Article(id="a", text="قتل جنديان مساء يوم العيد.", published=dt.date(2015, 7, 21)))
    >>> extract_times(doc)
    >>> [(t.span.text, t.value, t.precision) for t in doc.times]
    [('مساء يوم العيد', '2015-07-17', 'day')]
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from hijridate import Gregorian, Hijri

from khabar.doc import Doc, TimeMention
from khabar.extract.time_lexicon import alternation
from khabar.lang import load_tsv
from khabar.text.normalize import normalize_form

_LOOKBACK_YEARS = 1  # a past holiday is at most this many Hijri years before publication


@dataclass(frozen=True)
class _Holidays:
    pattern: re.Pattern[str]
    names: dict[str, tuple[tuple[int, int], ...]]  # folded name -> (Hijri month, day) candidates
    heads: dict[str, tuple[int, str]]  # folded head -> (offset in days, precision)
    keys: tuple[str, ...]  # a word of each name: a text holding none names no holiday


@functools.cache
def _holidays() -> _Holidays:
    rows = load_tsv("times/holidays.tsv", required=("form", "kind"))
    names: dict[str, tuple[tuple[int, int], ...]] = {}
    heads: dict[str, tuple[int, str]] = {}
    for r in rows:
        form = normalize_form(r["form"])
        if r["kind"] == "holiday" and r.get("month"):
            names[form] = ((int(r["month"]), int(r["day"])),)
        elif r["kind"] == "head":
            heads[form] = (int(r.get("offset") or 0), r.get("precision") or "day")
    dated = tuple(v[0] for v in names.values())
    for r in rows:  # a name without a date ("العيد"): any of the dated holidays
        if r["kind"] == "holiday" and not r.get("month"):
            names[normalize_form(r["form"])] = dated
    dayparts = [normalize_form(r["form"]) for r in load_tsv("times/parts.tsv", required=("form", "kind"))
                if r["kind"] == "daypart"]

    def alt(forms: list[str]) -> str:
        return alternation(forms, "", r"\s+")

    pattern = re.compile(r"(?<![^\W\d_])(?:" + alt(dayparts) + r"\s+)?(?P<head>" + alt(list(heads))
                         + r")\s+(?P<name>" + alt(list(names)) + r")(?![^\W\d_])")
    keys = tuple({max(n.split(), key=len) for n in names})
    return _Holidays(pattern, names, heads, keys)


def _on(hijri_year: int, month: int, day: int) -> dt.date | None:
    try:
        return Hijri(hijri_year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def holiday_day(dates: tuple[tuple[int, int], ...], published: dt.date, future: bool) -> dt.date | None:
    """The holiday nearest publication among ``dates`` (Hijri month, day): the last on or before it,
    or with ``future`` the first after it."""
    try:
        year = Gregorian(published.year, published.month, published.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    days = [d for y in range(year - _LOOKBACK_YEARS, year + 2) for m, dd in dates if (d := _on(y, m, dd))]
    if future:
        after = [d for d in days if d > published]
        return min(after) if after else None
    before = [d for d in days if d <= published]
    return max(before) if before else None


def holiday_times(doc: Doc, times: list[TimeMention],
                  future_at: Callable[[int], bool | None]) -> list[TimeMention]:
    """Times naming a holiday in ``doc`` that overlap none of ``times``; ``future_at(nstart)`` tells
    whether a future cue stands before the phrase."""
    published = doc.published
    if published is None:
        return []
    h = _holidays()
    ntext = doc.norm.text
    out: list[TimeMention] = []
    if not any(k in ntext for k in h.keys):
        return out
    for mt in h.pattern.finditer(ntext):
        span = doc.span_from_norm(mt.start(), mt.end())
        if any(t.span.start < span.end and span.start < t.span.end for t in times):
            continue
        name = re.sub(r"\s+", " ", mt.group("name"))
        offset, precision = h.heads[re.sub(r"\s+", " ", mt.group("head"))]
        day = holiday_day(h.names[name], published, bool(future_at(mt.start())))
        if day is None:
            continue
        value = day + dt.timedelta(days=offset)
        out.append(TimeMention(span=span, value=value.isoformat(), precision=precision, rule="holiday"))
    return out
