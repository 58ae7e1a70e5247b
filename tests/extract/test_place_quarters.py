"""Quarters of a city ("حي X", "أحياء X، وY، وZ"): a quarter lies inside its city, so a gazetteer
namesake of X far from the city its sentence names (else the city the report names most) is another
place, and the quarter is placed at the city. The list after "أحياء" hands its head on to each item."""

import pytest

from khabar.extract.places import CITY_KM
from khabar.extract.place_lexicon import km
from tests.extract.test_places import places

TAIZ = (13.58, 44.01)


def _near(p, point) -> bool:
    class P:
        lat, lon = point
    return p.country == "YE" and km(p, P) <= CITY_KM


@pytest.mark.parametrize("text, names", [
    pytest.param("قتل خمسة من المسلحين في معارك عنيفة جرت أمس في تعز في أحياء الروضة، والتحرير.",
                 ("الروضة", "التحرير"), id="list-in-the-citys-sentence"),
    pytest.param("واصلت المقاومة الشعبية هجماتها في مدينة تعز. وقصفت المليشيات أمس أحياء كلابة، والروضة، "
                 "والتحرير، ما أدى إلى إصابة مدنيين.", ("كلابة", "الروضة", "التحرير"),
                 id="the-reports-city"),
])
def test_far_namesakes_of_quarters_are_placed_at_the_city(text, names):
    ps = {p.span.text: p for p in places(text)}
    for name in names:
        assert name in ps and _near(ps[name], TAIZ), [(p.span.text, p.country, p.lat, p.lon) for p in places(text)]


def test_a_name_the_gazetteer_lacks_follows_the_quarter_before_it():
    text = ("واصلت المقاومة الشعبية هجماتها في مدينة تعز. وقصفت المليشيات أمس أحياء كلابة، والتحرير، "
            "والموشكي، ما أدى إلى إصابة مدنيين.")
    ps = {p.span.text: p for p in places(text)}
    assert "الموشكي" in ps and _near(ps["الموشكي"], TAIZ)


def test_an_unknown_quarter_with_no_city_in_its_sentence_is_not_put_at_the_reports_city():
    # the report names Mosul most, but the mosque's quarter is in Kuwait: no town of its own sentence
    text = ("كشفت الكويت ملابسات تفجير مسجد في حي الصوابر، الذي راح ضحيته 26 شخصا. وقاتل المتهمون في الموصل "
            "قبل عودتهم من الموصل.")
    assert all(p.country != "IQ" for p in places(text) if p.span.text == "الصوابر")


def test_a_near_namesake_of_a_quarter_stays():
    text = "سقطت قذائف على حي التحرير في صنعاء أمس."  # the district of Sanaa itself
    ps = {p.span.text: p for p in places(text)}
    assert "التحرير" in ps and ps["التحرير"].name == "At Tahrir"


@pytest.mark.parametrize("text, names", [
    pytest.param("قتل مدني في مدينة تعز بقصف الحوثيين. وكانت أحياء المدينة القديمة، والجمهوري، والنقطة الرابعة، "
                 "والإخوة، قد تعرضت لقصف مدفعي.", ("الجمهوري", "النقطة الرابعة", "الإخوة"),
                 id="ordinary-words-in-a-list-of-quarters"),
    pytest.param("وقال قائد ميداني في تعز إن المقاومة تقدمت في حي الجمهوري وسط المدينة.", ("الجمهوري",),
                 id="ordinary-word-after-hayy"),
])
def test_a_quarter_may_bear_an_ordinary_word(text, names):
    ps = {p.span.text: p for p in places(text)}
    for name in names:
        assert name in ps and _near(ps[name], TAIZ), [(p.span.text, p.lat, p.lon) for p in places(text)]


@pytest.mark.parametrize("text, word", [
    pytest.param("واستمر القصف المباشر للأحياء السكنية، فضلا عن الحصار المفروض على تعز.", "السكنية",
                 id="definite-head-then-adjective"),
    pytest.param("وتنصب المساعي في صنعاء على إحياء العملية السياسية من جديد.", "العملية",
                 id="ihya-revival-is-no-quarters-head"),
])
def test_no_quarter_after_a_definite_head_or_a_verbal_noun(text, word):
    assert word not in [p.span.text for p in places(text)]
