"""Place and date of event mentions (extract/event_context.py place_of, date_of; extract/event_args.py)."""

from __future__ import annotations

import pytest

from khabar.extract.events import extract_events
from tests.conftest import add_places
from tests.extract.test_events import build

# name -> (English, country, level, lat, lon, admin1)
PLACES = {
    "أنقرة": ("Ankara", "TR", "city", 39.92, 32.85, "Ankara"),
    "إسطنبول": ("Istanbul", "TR", "city", 41.01, 28.98, "Istanbul"),
    "تركيا": ("Turkey", "TR", "country", 38.96, 35.24, None),
    "جبال قنديل": ("Qandil Mountains", "IQ", "region", 36.45, 44.95, "Erbil"),
    "حلب": ("Aleppo", "SY", "city", 36.2012, 37.1612, "Aleppo"),
    "سوريا": ("Syria", "SY", "country", 35.0, 38.5, None),
    "الضفة الغربية": ("West Bank", "PS", "region", 31.95, 35.25, None),
    "جنين": ("Jenin", "PS", "city", 32.46, 35.30, "West Bank"),
    "غزة": ("Gaza", "PS", "city", 31.50, 34.47, "Gaza"),
}


def run(text: str, times: tuple = ()) -> list:
    doc = build(text, times=times, places=())
    add_places(doc, PLACES)
    extract_events(doc)
    return doc.events


@pytest.mark.parametrize("text,subtype,place", [
    pytest.param("وقالت أنقرة إن الطائرات التركية قصفت مواقع للمسلحين في جبال قنديل وقتلت 7 منهم. "
                 "وأضافت أن تركيا ستواصل عملياتها، فيما شددت الشرطة في إسطنبول الإجراءات.",
                 "Air/drone strike", "Qandil Mountains", id="foreign-region-where-the-strikes-fell"),
    pytest.param("وقالت مصادر في سوريا إن مسلحين تدربوا في تركيا هاجموا حاجزا للجيش في حلب وقتلوا 3 جنود. "
                 "وأضافت أن الجيش عزز مواقعه في حلب.",
                 "Armed clash", "Aleppo", id="foreign-country-is-no-place-of-the-event"),
])
def test_foreign_place_in_the_clause(text: str, subtype: str, place: str) -> None:
    events = [e for e in run(text) if e.subtype == subtype]
    assert [e.place.name for e in events] == [place]


@pytest.mark.parametrize("text,place", [
    pytest.param("وطالب الرئيس التركي الجارة سوريا بضبط الحدود بعدما قتل تفجير سيارة ملغومة 5 أشخاص "
                 "قرب مطار أنقرة.", "Ankara", id="object-of-the-main-clause"),
    pytest.param("وقال مسؤولون في سوريا إن 5 أشخاص قتلوا بعدما انفجرت سيارة ملغومة قرب مطار أنقرة.",
                 "Ankara", id="locative-place-of-another-clause-yields-to-the-clause's-own"),
    pytest.param("قتل 5 أشخاص في حلب بعدما انفجرت سيارة ملغومة في سوق مزدحم.", "Aleppo",
                 id="locative-place-before-the-clause-still-places-it"),
])
def test_place_of_the_clause(text: str, place: str) -> None:
    events = run(text)
    assert [e.place.name for e in events if e.place is not None] == [place]


@pytest.mark.parametrize("text,place", [
    pytest.param("قتل 3 فلسطينيين برصاص القوات الإسرائيلية في الضفة الغربية. وقال شاهد إن القوات دخلت "
                 "مدينة جنين فجرا.", "Jenin", id="region-yields-to-the-town-told-next"),
    pytest.param("قتل 3 فلسطينيين برصاص القوات الإسرائيلية في الضفة الغربية. وقال شاهد إن القوات حاصرت "
                 "مدينة غزة.", "West Bank", id="a-town-outside-the-region-is-another-story"),
    pytest.param("قتل 3 فلسطينيين برصاص القوات الإسرائيلية في الضفة الغربية. من جهة أخرى، دخلت القوات "
                 "مدينة جنين.", "West Bank", id="another-story-opens"),
])
def test_region_and_the_town_told_next(text: str, place: str) -> None:
    assert [e.place.name for e in run(text)] == [place]
