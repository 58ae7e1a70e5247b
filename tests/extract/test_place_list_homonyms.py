"""A name that is also an ordinary word (الظاهر, القاعدة), or any other name the stage drops, inside a
list of places is a place when another place of the list, or the province phrase right after it, has
one of its homonyms."""

import pytest

from tests.extract.test_places import places, spans


@pytest.mark.parametrize("text, name, admin1", [
    pytest.param("وشنت الطائرات غارات على مواقع في الظاهر ومناطق مجاورة في محافظة صعدة.", "الظاهر", "Sadah",
                 id="province-phrase-after-the-list"),
    pytest.param("وقصفت المدفعية مواقع في منطقة القاعدة والشقب بمدينة تعز.", "القاعدة", "Taiz",
                 id="head-name-after-a-place-head"),
    pytest.param("وتواصلت المواجهات في ضحيان والظاهر وسط صعدة.", "الظاهر", "Sadah",
                 id="second-item-of-the-list"),
    # not only ordinary words: a minor village dropped for want of an anchor is kept the same way
    pytest.param("وقصفت البوارج منطقة رأس عيسى والصليف، شمالي مدينة الحديدة.", "الصليف", "Al Hudaydah",
                 id="a-village-after-a-town-of-its-province"),
    pytest.param("ونفذ الجيش حملة دهم في حام وبريتال ومعربون في البقاع.", "بريتال", "Beqaa",
                 id="a-village-before-its-province-phrase"),
])
def test_common_word_in_a_placed_list_is_a_place(text, name, admin1):
    ps = {p.span.text: p for p in places(text)}
    assert name in ps and ps[name].admin1 == admin1, [(p.span.text, p.admin1) for p in places(text)]


@pytest.mark.parametrize("text, word", [
    pytest.param("والظاهر أن المسلحين انسحبوا إلى صعدة.", "الظاهر", id="adverb-opening-a-clause"),
    pytest.param("وقتل عناصر من القاعدة والحوثيين في تعز.", "القاعدة", id="organisation-without-a-head"),
    pytest.param("وتواصلت المواجهات في الظاهر وصرواح بمأرب.", "الظاهر", id="no-homonym-in-that-province"),
])
def test_common_word_outside_a_placed_list_stays_a_word(text, word):
    assert word not in spans(text)
