"""A guessed name (after a head the gazetteer's name lacks) is placed at a town of the country its
sentence puts things in ("في شمال سوريا", "بسوريا"), never at a nearer town of another country (a
dateline "– بغداد"); with no country so named, at a town of the report's leading country before a
nearer foreign one (place_guess.anchor_town; guess.yaml anchor_country_preps)."""

from tests.extract.test_places import places


def _by_span(text):
    return {p.span.text: p for p in places(text)}


def test_a_guessed_town_is_not_placed_at_a_dateline_in_another_country():
    ps = _by_span("بغداد – وكالات\nقتل عشرة أشخاص عندما سقطت قذيفة على سوق في بلدة كفرعويد في شمال سوريا مساء الأحد.")
    assert all(p.country != "IQ" for s, p in ps.items() if s != "بغداد")


def test_a_country_only_talked_of_does_not_bar_the_town():
    # "المتحالفة مع إيران": a country named without a preposition placing anything in it
    ps = _by_span("تبادل الحوثيون المتحالفون مع إيران القصف مع المقاومة في حي الشيخ عثمان بمدينة عدن.")
    assert ps["الشيخ عثمان"].country == "YE"


def test_a_guessed_landmark_prefers_a_town_of_the_report_country():
    text = ("قصفت طائرات التحالف مواقع الحوثيين في صنعاء وتعز ومأرب وعدن وصعدة. وكان الوزير عائدا من "
            "اللاذقية إلى مأرب أمس. وقال سكان إن الغارات استهدفت ليلا مواقع في منطقة جبل الكويكب.")
    assert _by_span(text)["جبل الكويكب"].country == "YE"
