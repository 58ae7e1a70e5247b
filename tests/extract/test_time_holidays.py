"""Religious holidays as times (extract/time_holidays.py through the times stage)."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.extract.time_holidays import holiday_day
from khabar.extract.times import extract_times
from tests.conftest import make_doc

TUE = "2015-07-21"  # four days after Eid al-Fitr 1436 (Friday 17 July 2015)


def times_of(text: str, published: str | None = TUE) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, published)
    extract_times(doc)
    assert all(doc.text[t.span.start:t.span.end] == t.span.text for t in doc.times)
    return [(t.span.text, t.value, t.precision) for t in doc.times]


@pytest.mark.parametrize("text,published,expected", [
    pytest.param("وتمكن المسلحون في مساء يوم العيد من قتل جنديين.", TUE,
                 [("مساء يوم العيد", "2015-07-17", "day")], id="evening-of-the-eid-day"),
    pytest.param("قتل 12 مدنيا خلال أيام عيد الفطر في ريف المدينة.", TUE,
                 [("أيام عيد الفطر", "2015-07-17", "week")], id="days-of-eid-al-fitr"),
    pytest.param("وانفجرت عبوة في السوق في ثاني أيام العيد.", TUE,
                 [("ثاني أيام العيد", "2015-07-18", "day")], id="second-day-of-the-eid"),
    pytest.param("وقصفت الطائرات القرية عشية عيد الفطر.", TUE,
                 [("عشية عيد الفطر", "2015-07-16", "day")], id="eve-of-eid"),
    pytest.param("وقتل جندي صباح العيد قرب الحدود.", TUE,
                 [("صباح العيد", "2015-07-17", "day")], id="morning-of-the-eid"),
    pytest.param("ومن المقرر أن يصل الوفد يوم عيد الأضحى.", TUE,
                 [("يوم عيد الأضحى", "2015-09-23", "day")], id="eid-al-adha-ahead-after-a-future-cue"),
    pytest.param("وقتل جنديان يوم عيد الأضحى.", TUE,
                 [("يوم عيد الأضحى", "2014-10-04", "day")], id="eid-al-adha-last-one-before-publication"),
    pytest.param("وما زالت احتفالات السكان مستمرة بعيد الفطر المبارك.", TUE, [], id="a-bare-name-is-no-time"),
    pytest.param("وقدم الرئيس التهاني بمناسبة العيد.", TUE, [], id="occasion-of-the-eid-is-no-time"),
    pytest.param("وقتل جنديان يوم العيد.", None, [], id="no-publication-day"),
])
def test_holiday_times(text: str, published: str | None, expected: list) -> None:
    assert times_of(text, published) == expected


def test_the_eid_alone_is_the_nearer_one() -> None:
    # after Eid al-Adha 1436 (23 September 2015, Umm al-Qura) "the Eid" is al-Adha, not al-Fitr
    assert times_of("وقتل جنديان يوم العيد.", "2015-10-01") == [("يوم العيد", "2015-09-23", "day")]


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_holiday_day_out_of_the_calendar_range(published: dt.date) -> None:
    assert holiday_day(((10, 1),), published, False) is None


@pytest.mark.parametrize("text", ["", "يوم العيد", "2015", "Eid day", "يوم " * 500 + "العيد"])
def test_odd_input_never_raises(text: str) -> None:
    times_of(text)
