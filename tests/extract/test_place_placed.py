"""A name followed by a phrase placing it ("X شرق مدينة Y", "X بمحافظة Y") has evidence of its own."""

import pytest

from tests.extract.test_places import places, spans


@pytest.mark.parametrize("text, name, country", [
    pytest.param("وقتل ثلاثة في هجوم على حاجز عسكري لهم في دمنة خدير شرق مدينة تعز.", "خدير", "YE",
                 id="direction-and-head"),
    pytest.param("وتسلل مستوطنون الى دوما جنوب نابلس وأضرموا النار في منزل.", "دوما", "PS",
                 id="common-word-after-cue"),
    pytest.param("وقصفت الطائرات مواقع على مارع بريف حلب الشمالي.", "مارع", "SY", id="province-phrase"),
    pytest.param("واستعادت القوات الحوطة مركز محافظة لحج بعد مواجهات.", "الحوطة", "YE", id="seat-of-the-province"),
    pytest.param("وسيطر المسلحون على زنجبار عاصمة محافظة أبين.", "زنجبار", "YE", id="capital-of-the-province"),
])
def test_placed_name_is_a_place(text, name, country):
    ps = {p.span.text: p for p in places(text)}
    assert name in ps and ps[name].country == country, list(ps)


@pytest.mark.parametrize("text, not_place", [
    pytest.param("حيث شنت الطائرات غارات على منطقة الحسيني، الواقعة جنوب قاعدة العند الجوية في لحج.", "الواقعة",
                 id="relative-clause-word"),
    pytest.param("وقتل خمسة في اشتباكات عنيفة شرق حلب.", "عنيفة", id="common-word-without-cue"),
    pytest.param("وانتشرت قوات الأمن في أسواق بدر بمحافظة السويس.", "بدر", id="no-homonym-in-that-province"),
    pytest.param("وقال مركز محافظة لحج الإعلامي إن الهجوم فشل.", "مركز", id="a-seat-word-opening-the-sentence"),
])
def test_placing_phrase_alone_is_not_enough(text, not_place):
    assert not_place not in spans(text)


@pytest.mark.parametrize("text, name, country", [
    pytest.param("اعتقلت القوات شابا من قلقيلية وثلاثة من مخيم الفوار قرب الخليل", "قلقيلية", "PS",
                 id="new-phrase-with-its-own-preposition"),
    pytest.param("وسقطت قذائف في الحوبان والمدخل الشرقي لمدينة تعز", "الحوبان", "YE",
                 id="list-of-one-towns-places-still-placed"),
])
def test_place_of_a_new_coordinated_phrase_does_not_place_the_name_before(text, name, country):
    ps = {p.span.text: p for p in places(text)}
    assert name in ps and ps[name].country == country, [(p.span.text, p.country) for p in ps.values()]


@pytest.mark.parametrize("text, names", [
    pytest.param("قال مصدر في سوريا إن قوات النظام قصفت الحولة وتلبيسة بريف حمص الشمالي.", ["الحولة", "تلبيسة"],
                 id="a-list-placed-by-the-province-phrase-after-it"),
])
def test_province_phrase_places_every_item_of_the_list_before_it(text, names):
    ps = {p.span.text: p for p in places(text)}
    assert all(n in ps and ps[n].country == "SY" for n in names), list(ps)
