"""Years given to the times of a chronology or a sentence (part of the times stage).

Reads the resolved :class:`khabar.doc.TimeMention` list of :mod:`khabar.extract.times` and the text;
changes only the year of yearless dates: in a line of a chronology opened by its year ("1993 - …", the
marks of ``line_year_sep`` in ``lang/ar/times/cues.tsv``), and after a full date of another year in
the same sentence. In an "on this day" column (``this_day``: "في مثل هذا اليوم" in the title or the
first line) the year opening a line is that day of the year: "1990- القوات العراقية تغزو الكويت" in a
column of 2 August is 1990-08-02. Data: ``times/cues.tsv`` (through :mod:`khabar.extract.time_lexicon`).

Example::

    >>> import datetime as dt
    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.times import extract_times
    >>> doc = Doc(Article(id="a", text="\\n1993 - هجوم انتهى في 31 يوليو.", published=dt.date(2015, 8, 6)))
    >>> extract_times(doc)
    >>> [(t.span.text, t.value) for t in doc.times]
    [('1993', '1993-01-01'), ('31 يوليو', '1993-07-31')]
"""

from __future__ import annotations

import datetime as dt

from khabar.doc import Doc, TimeMention
from khabar.extract.time_lexicon import Lexicon
from khabar.text.normalize import normalize, normalize_form

__all__ = ["on_this_day", "opens_line", "share_line_year", "share_sentence_year"]

_SENTENCE_ENDS = ".!?\u061f\n"  # a full stop, question marks (Latin and Arabic), a line break


def opens_line(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A year opening a line, then a dash or colon (``line_year_sep``): a line of a chronology."""
    if text[text.rfind("\n", 0, start) + 1:start].strip():
        return False
    rest = text[end:end + 5].lstrip(" ")
    return bool(rest) and rest[0] in lex.cue("line_year_sep") and not rest[1:].lstrip(" ")[:1].isdigit()


def on_this_day(doc: Doc, lex: Lexicon) -> bool:
    """Is the article an "on this day" column (a ``this_day`` cue in its title or first line)?"""
    first = doc.text.lstrip()[:200].split("\n", 1)[0]
    head = " ".join(normalize_form(w) for w in f"{doc.article.title or ''} {first}".split())
    return any(cue in head for cue in lex.cue("this_day"))


def _this_day(t: TimeMention, published: dt.date | None) -> None:
    """A chronology line's year in an "on this day" column: the publication's day of that year."""
    if published is None or t.precision != "year" or not t.value:
        return
    try:
        day = dt.date(int(t.value[:4]), published.month, published.day)
    except ValueError:  # 29 February of a common year
        return
    t.value, t.precision, t.rule = day.isoformat(), "day", t.rule + "+this-day"


def _relative(t: TimeMention, lex: Lexicon) -> bool:
    """Does the time end in a modifier (يوليو الماضي): relative to publication, not to a year?"""
    return normalize(t.span.text).text.split()[-1] in lex.modifier


def share_line_year(doc: Doc, times: list[TimeMention], lex: Lexicon) -> None:
    """'1993 - … انتهت في 31 يوليو': a yearless date or month in a chronology's line takes its year."""
    text = doc.text
    year_of: dict[int, str] = {}  # line start -> the year opening it
    for t in times:
        if t.rule.startswith("year") and t.value and opens_line(text, t.span.start, t.span.end, lex):
            year_of[text.rfind("\n", 0, t.span.start) + 1] = t.value[:4]
    if not year_of:
        return
    if on_this_day(doc, lex):
        for t in times:
            if t.rule.startswith("year") and text.rfind("\n", 0, t.span.start) + 1 in year_of \
                    and opens_line(text, t.span.start, t.span.end, lex):
                _this_day(t, doc.published)
    for t in times:
        if not (t.value and t.calendar == "gregorian" and t.rule.startswith(("date:", "month:"))):
            continue
        if "+year" in t.rule or "+of-" in t.rule or _relative(t, lex):
            continue  # its own year, or relative to publication (يوليو الماضي)
        year = year_of.get(text.rfind("\n", 0, t.span.start) + 1)
        if year is not None:
            t.value, t.rule = f"{year}{t.value[4:]}", t.rule + "+line-year"


def share_sentence_year(doc: Doc, times: list[TimeMention], lex: Lexicon) -> None:
    """'ألقيت في 9 أغسطس 1945 وانتهت الحرب في 15 أغسطس': a yearless date after a full date of another
    year in the same sentence (no sentence end or line break between them) takes that year."""
    text = doc.text
    last: TimeMention | None = None
    for t in times:
        if t.rule.startswith("date:") and "+year" in t.rule and t.value and t.calendar == "gregorian":
            last = t
            continue
        if last is None or not (t.value and t.calendar == "gregorian" and t.rule.startswith("date:")):
            continue
        if "+year" in t.rule or "+of-" in t.rule or "+line-year" in t.rule or "+range-year" in t.rule:
            continue
        between = text[last.span.end:t.span.start]
        if any(c in between for c in _SENTENCE_ENDS) or _relative(t, lex):
            continue
        if last.value[:4] != t.value[:4]:
            t.value, t.rule = f"{last.value[:4]}{t.value[4:]}", t.rule + "+sentence-year"
