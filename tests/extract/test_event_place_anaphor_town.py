""""المدينة" standing for a town named before (event_place_anaphors._antecedent): a town the
paragraph names after the last place called a city is the one meant, unless it lies inside that city
(one of its districts) or only tells who speaks ("سكرتير المطرانية في حمص")."""

from __future__ import annotations

from khabar.doc import Article
from khabar.pipeline import Pipeline


def _places(text):
    doc = Pipeline().run(Article(id="t", text=text))
    return [e.place.name for e in doc.events if e.place is not None]


def test_the_town_of_the_paragraph_not_an_older_city():
    text = ("شنت الفصائل أمس هجوما واسعا على مواقع قوات النظام في مدينة درعا.\n"
            "وفي الزبداني، قال ناشطون إن الوضع صعب بعد تفجير نفق يربط المدينة بمحيطها.")
    assert "Az Zabadānī" in _places(text)


def test_a_district_of_the_city_leaves_the_city():
    text = ("دخل المسلحون مدينة عدن فجرا بعد معارك عنيفة.\n"
            "وتقدموا نحو دار سعد، ثم فقدوا السيطرة على المدينة بعد ساعات.")
    assert _places(text)[-1] == "Aden"


def test_a_town_in_the_speakers_phrase_is_no_antecedent():
    text = ("سيطر التنظيم أمس على مدينة القريتين بعد اشتباكات عنيفة.\n"
            "وقال سكرتير المطرانية في حمص إن عناصر التنظيم اعتقلوا عشرات في المدينة أمس.")
    assert _places(text)[-1] == "Qariateine"
