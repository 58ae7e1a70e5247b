"""Merging and splitting of event mentions: one event per sub-event type, place and day.

Docs are built by hand (see :mod:`tests.extract.test_events`) with the places each case names, so the
cases do not depend on the other stages.
"""

from __future__ import annotations

import pytest

from khabar.doc import PlaceMention, Span
from khabar.extract.event_merge import place_relation
from khabar.extract.events import extract_events
from tests.extract.test_events import build

YESTERDAY = (("أمس", "2015-08-05", "day"),)

# name -> (English, country, level, lat, lon, admin1)
PLACES = {
    "إدلب": ("Idlib", "SY", "admin1", 35.93, 36.63, "Idlib"),
    "حماة": ("Hama", "SY", "admin1", 35.13, 36.75, "Hama"),
    "أريحا": ("Ariha", "SY", "city", 35.81, 36.61, "Idlib"),
    "سوريا": ("Syria", "SY", "country", 35.0, 38.5, None),
    "تعز": ("Taiz", "YE", "city", 13.58, 44.02, "Taiz"),
}


def _place(name: str, start: int = 0) -> PlaceMention:
    en, cc, level, lat, lon, admin1 = PLACES[name]
    return PlaceMention(Span(start, start + len(name), name), name=en, country=cc, level=level,
                        lat=lat, lon=lon, admin1=admin1)


def _run(text: str, times: tuple = YESTERDAY) -> list[tuple[str, str | None]]:
    doc = _doc(text, times)
    return sorted((e.subtype, e.place.name if e.place else None) for e in doc.events)


def _doc(text: str, times: tuple = YESTERDAY):
    doc = build(text, times=times, places=())
    for name in PLACES:
        pos = text.find(name)
        while pos >= 0:
            doc.places.append(_place(name, pos))
            pos = text.find(name, pos + 1)
    doc.places.sort(key=lambda p: p.span.start)
    extract_events(doc)
    return doc


@pytest.mark.parametrize("text,events", [
    pytest.param("وقصفت المدفعية مواقع المسلحين في محافظتي إدلب وحماة أمس.",
                 [("Shelling/artillery/missile attack", "Hama"), ("Shelling/artillery/missile attack", "Idlib")],
                 id="two-provinces-two-events"),
    pytest.param("وقصفت المدفعية مواقع المسلحين في محافظتي إدلب وحماة السوريتين ومدينة أريحا أمس.",
                 [("Shelling/artillery/missile attack", "Ariha"), ("Shelling/artillery/missile attack", "Hama"),
                  ("Shelling/artillery/missile attack", "Idlib")], id="an-adjective-inside-the-list"),
    pytest.param("وقصفت المدفعية مواقع المسلحين في محافظة إدلب الشمالية وقتلت خمسة في مدينة أريحا أمس.",
                 [("Shelling/artillery/missile attack", "Idlib")], id="an-adjective-then-a-verb-ends-the-list"),
    pytest.param("وقصفت المدفعية مواقع المسلحين في مدينة أريحا أمس.",
                 [("Shelling/artillery/missile attack", "Ariha")], id="one-town-one-event"),
    pytest.param("وقصفت المدفعية مواقع المسلحين في محافظة إدلب أمس.\nوقالت مصادر إن القصف طال أريحا أمس.",
                 [("Shelling/artillery/missile attack", "Ariha")], id="province-and-its-town-one-event"),
])
def test_one_event_per_province_or_town(text: str, events: list[tuple[str, str]]) -> None:
    assert _run(text) == events


@pytest.mark.parametrize("a,b,rel", [
    pytest.param("إدلب", "حماة", "apart", id="two-provinces"),
    pytest.param("إدلب", "أريحا", "coarse", id="province-holds-its-town"),
    pytest.param("سوريا", "حماة", "coarse", id="country-holds-its-province"),
    pytest.param("أريحا", "أريحا", "same", id="same-town"),
])
def test_place_relation(a: str, b: str, rel: str) -> None:
    assert place_relation(_place(a), _place(b)) == rel


RECALLED = (("15 يوليو", "2015-07-15", "day"),)


@pytest.mark.parametrize("text,events", [
    pytest.param("يذكر أن القائد قتل في 15 يوليو في اشتباكات مع المسلحين.\n"
                 "وأصيب خمسة جنود في قتال بين الجيش والمسلحين في مدينة تعز.",
                 [("2015-07-15", "Taiz"), (None, "Taiz")], id="new-fight-after-a-recalled-one"),
    pytest.param("يذكر أن القائد قتل في 15 يوليو في اشتباكات مع المسلحين.\n"
                 "وأصيب خمسة جنود في الاشتباكات بين الجيش والمسلحين في مدينة تعز.",
                 [("2015-07-15", "Taiz")], id="the-recalled-fight-told-again"),
])
def test_recalled_event_keeps_its_day(text: str, events: list[tuple[str | None, str | None]]) -> None:
    doc = _doc(text, RECALLED)
    got = sorted(((e.date, e.place.name if e.place else None) for e in doc.events if e.subtype == "Armed clash"),
                 key=str)
    assert got == sorted(events, key=str)
