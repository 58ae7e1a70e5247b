"""A "this day in history" list: a line opening with a year and a dash tells an event of that year on
the publication's day and month (annotators code one event per line so dated)."""

from __future__ import annotations

import pytest

from khabar.doc import Span, TimeMention
from khabar.extract.events import extract_events
from tests.conftest import add_places, make_doc
from tests.extract.test_events import run

HISTORY = ("هذا اليوم في التاريخ\n"
           "1916 - مسلحون يشنون هجوما على مواقع الجيش في حلب.\n"
           "1958 - اشتباكات عنيفة بين الجيش والمسلحين في تعز: عشرون قتيلا.\n"
           "1987- طائرات حربية تشن غارات على عدن.\n")


def test_each_line_is_an_event_of_its_year() -> None:
    doc = run(HISTORY, times=(("1916", "1916-01-01", "year"), ("1958", "1958-01-01", "year")))
    got = sorted((e.subtype, e.date, e.date_precision) for e in doc.events)
    assert got == [("Air/drone strike", "1987-08-06", "day"),
                   ("Armed clash", "1916-08-06", "day"),
                   ("Armed clash", "1958-08-06", "day")]


@pytest.mark.parametrize("text,published", [
    pytest.param("وقال المتحدث إن 1916 - هو عدد الغارات التي شنتها الطائرات على حلب.\n", "2015-08-06",
                 id="year-not-at-the-head-of-the-line"),
    pytest.param("2016 - طائرات حربية تشن غارات على عدن.\n", "2015-08-06", id="year-after-publication"),
    pytest.param("1987 - طائرات حربية تشن غارات على عدن.\n", None, id="no-publication-day"),
])
def test_no_history_line(text: str, published: str | None) -> None:
    doc = run(text, published=published)
    assert all(e.date is None or not e.date.startswith(("1916", "1987", "2016-08-06")) for e in doc.events)


def test_a_plain_report_keeps_its_date() -> None:
    doc = run("شنت طائرات حربية غارات على عدن أمس.\n", times=(("أمس", "2015-08-05", "day"),))
    assert [e.date for e in doc.events] == ["2015-08-05"]


def test_a_verbal_noun_heading_a_line_names_its_event() -> None:
    doc = run("1976 - اعتقال رئيس الحكومة بتهمة تلقي رشوة.\n")
    assert [(e.subtype, e.date) for e in doc.events if e.subtype == "Arrests"] == [("Arrests", "1976-08-06")]


def test_a_verbal_noun_elsewhere_still_needs_its_count() -> None:
    doc = run("وطالب الوزير أمس باعتقال رئيس الحكومة.\n", times=(("أمس", "2015-08-05", "day"),))
    assert [e for e in doc.events if e.subtype == "Arrests"] == []


def test_the_heading_of_a_line_names_no_event() -> None:
    doc = run("1982 - الهجوم على المدينة: الرئيس يوقع اتفاقا في حلب.\n"
              "1958 - الحرب الأهلية: اشتباكات عنيفة بين الجيش والمسلحين في تعز.\n")
    assert sorted((e.subtype, e.date) for e in doc.events if e.type == "Battles") == [("Armed clash", "1958-08-06")]



COUNTRIES = {"سوريا": ("Syria", "SY", "country", 35.0, 38.5, None),
             "العراق": ("Iraq", "IQ", "country", 33.0, 44.0, None)}


@pytest.mark.parametrize("text,expected", [
    pytest.param("1941 - طائرات حربية تشن غارات على مواقع في سوريا والعراق.\n", ["Iraq", "Syria"],
                 id="a-history-line-names-two-countries"),
    pytest.param("وشنت طائرات حربية أمس غارات على مواقع في سوريا والعراق.\n", ["Syria"],
                 id="a-report-keeps-one-event-for-countries"),
])
def test_countries_listed_in_a_line(text: str, expected: list[str]) -> None:
    doc = make_doc(text, "2015-08-06")
    for word, value, precision in (("أمس", "2015-08-05", "day"), ("1941", "1941-01-01", "year")):
        if word in text:
            pos = text.index(word)
            doc.times.append(TimeMention(Span(pos, pos + len(word), word), value, precision, "test"))
    add_places(doc, COUNTRIES)
    extract_events(doc)
    assert sorted(e.place.name for e in doc.events if e.subtype == "Air/drone strike") == expected
