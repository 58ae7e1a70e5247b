"""Days of the month of the time told before them, and days counted from the day told before them
(extract/time_anaphora.py through the times stage)."""

from __future__ import annotations

import pytest

from khabar.extract.times import extract_times
from tests.conftest import make_doc

THU = "2015-07-23"


def times_of(text: str, published: str | None = THU) -> list[tuple[str, str | None, str | None]]:
    doc = make_doc(text, published)
    extract_times(doc)
    assert all(doc.text[t.span.start:t.span.end] == t.span.text for t in doc.times)
    return [(t.span.text, t.value, t.precision) for t in doc.times]


@pytest.mark.parametrize("text,expected", [
    pytest.param("وصل المراسلون في العاشر من تموز وانقطع الاتصال بهم في الـ 12 من الشهر نفسه.",
                 [("العاشر من تموز", "2015-07-10", "day"), ("الـ 12 من الشهر نفسه", "2015-07-12", "day")],
                 id="day-of-the-same-month"),
    pytest.param("بدأ الهجوم في 3 يونيو وانتهى في 9 من نفس الشهر.",
                 [("3 يونيو", "2015-06-03", "day"), ("9 من نفس الشهر", "2015-06-09", "day")],
                 id="day-of-nafs-al-shahr"),
    pytest.param("قتل 40 مدنيا منذ 17 يوليو حتى 19 منه في ريف المدينة.",
                 [("17 يوليو", "2015-07-17", "day"), ("19 منه", "2015-07-19", "day")],
                 id="day-of-it-right-after-a-date"),
    pytest.param("وفي الـ 12 من الشهر نفسه قتل جنديان.", [], id="no-month-told-before"),
    pytest.param("قتل 3 جنود في 17 يوليو، وأصيب 19 منه في اشتباك آخر.",
                 [("17 يوليو", "2015-07-17", "day")], id="of-it-far-from-the-date-is-a-count"),
    pytest.param("اعتقلت الشرطة 19 منهم في 17 يوليو.", [("17 يوليو", "2015-07-17", "day")],
                 id="of-them-is-no-day"),
    pytest.param("بدأت المحادثات في 30 يونيو وفي الـ 31 من الشهر نفسه توقفت.",
                 [("30 يونيو", "2015-06-30", "day")], id="a-day-the-month-lacks-is-no-time"),
])
def test_month_anaphora(text: str, expected: list) -> None:
    assert times_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("قتل حارس في هجوم مساء الثلاثاء، وكان يحرس جسرا تضرر في انفجار قبل ذلك بيوم.",
                 [("مساء الثلاثاء", "2015-07-21", "day"), ("قبل ذلك بيوم", "2015-07-20", "day")],
                 id="a-day-before-that"),
    pytest.param("اقتحم المسلحون القرية في 10 يوليو، وبعد ذلك بيومين انسحبوا منها.",
                 [("10 يوليو", "2015-07-10", "day"), ("بعد ذلك بيومين", "2015-07-12", "day")],
                 id="two-days-after-that"),
    pytest.param("قتل جندي يوم الإثنين. وقبل ذلك بثلاثة أيام خطف مسلحون تاجرا.",
                 [("يوم الإثنين", "2015-07-20", "day"), ("قبل ذلك بثلاثة أيام", "2015-07-17", "day")],
                 id="number-word-days-before-that-after-wa"),
    pytest.param("هاجم المسلحون البلدة مساء الإثنين، واستعادتها القوات في اليوم التالي.",
                 [("مساء الإثنين", "2015-07-20", "day"), ("اليوم التالي", "2015-07-21", "day")],
                 id="the-next-day"),
    pytest.param("انفجرت سيارة في السوق يوم الإثنين، كما انفجرت عبوة في اليوم نفسه قرب المسجد.",
                 [("يوم الإثنين", "2015-07-20", "day"), ("اليوم نفسه", "2015-07-20", "day")],
                 id="the-same-day"),
    pytest.param("قتل جندي يوم الإثنين، وفي ذات اليوم خطف مسلحون تاجرا.",
                 [("يوم الإثنين", "2015-07-20", "day"), ("ذات اليوم", "2015-07-20", "day")],
                 id="the-same-day-with-dhat-first"),
    pytest.param("قتل جندي يوم الإثنين، وبعد ذلك بأيام انسحب المسلحون.", [("يوم الإثنين", "2015-07-20", "day")],
                 id="days-with-no-count-name-no-day"),
    pytest.param("قتل الأب يوم الإثنين، وقتل ابنه في اليوم التالي لمقتل عمه.", [("يوم الإثنين", "2015-07-20", "day")],
                 id="the-day-after-another-event"),
    pytest.param("مرت الذكرى يوم الإثنين، ففي اليوم ذاته من سنة 1962 توفيت الممثلة.",
                 [("يوم الإثنين", "2015-07-20", "day"), ("سنة 1962", "1962-01-01", "year")],
                 id="the-same-day-of-another-year"),
    pytest.param("قتل جندي يوم الإثنين، وكانوا يخططون للهجوم في ذات اليوم الذي وقعت فيه تفجيرات أخرى.",
                 [("يوم الإثنين", "2015-07-20", "day")], id="the-day-a-clause-tells"),
    pytest.param("وقبل ذلك بيوم انفجرت عبوة.", [], id="no-day-told-before"),
])
def test_day_anaphora(text: str, expected: list) -> None:
    assert times_of(text) == expected


@pytest.mark.parametrize("text", ["", "منه", "الشهر نفسه", "12 من الشهر نفسه " * 300, "19 منه",
                                  "قبل ذلك بيوم " * 300, "يوم الإثنين اليوم التالي " * 300])
def test_odd_input_never_raises(text: str) -> None:
    times_of(text)
