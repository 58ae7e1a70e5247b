"""Lists of places after a head (place_lists): bracketed lists and lists running on past commas."""

import pytest

from tests.extract.test_places import places, spans


@pytest.mark.parametrize("text, names", [
    pytest.param("شنت الطائرات غارات على مواقع في مناطق «الصباغين وكرش والعطرية» بمحافظة لحج",
                 ["الصباغين", "كرش", "العطرية"], id="guillemets-after-weak-cued-head"),
    pytest.param("وقتل عشرة في مواجهات اندلعت في قرى: (مشرعة، وحدنان) قرب مدينة تعز",
                 ["مشرعة", "حدنان"], id="colon-parentheses-commas"),
    pytest.param("وتمكنت المقاومة من تطهير قرى سيعة، وذي مهنة، ومحزف قرب مدينة تعز.",
                 ["سيعة", "ذي مهنة", "محزف"], id="run-on-commas-name-former"),
    pytest.param("وتدور الاشتباكات في مناطق البوشجل والملاحمة في مدينة الفلوجة",
                 ["البوشجل", "الملاحمة"], id="run-on-definite-items"),
])
def test_list_items_are_places(text, names):
    found = spans(text)
    for n in names:
        assert n in found, (n, found)


@pytest.mark.parametrize("text, not_places", [
    pytest.param("وسيطرت القوات على قرى الصباغين، والقوات تتقدم نحو مدينة تعز.", ["القوات"],
                 id="clause-after-comma-is-no-item"),
    pytest.param("بعد هجوم من مدينة عدن، كبرى مدن الجنوب، وبدعم من طيران التحالف", ["دعم"],
                 id="clitic-b-phrase-is-no-item"),
    pytest.param("وسيطرت القوات على قرى الصباغين ومحزف قتل فيها ثلاثة قرب مدينة تعز", ["محزف قتل", "قتل"],
                 id="indefinite-item-needs-closing"),
])
def test_not_list_items(text, not_places):
    found = spans(text)
    for n in not_places:
        assert n not in found, (n, found)


def test_bracket_list_items_placed_at_their_town():
    ps = {p.span.text: p for p in places("وقتل عشرة في مواجهات اندلعت في قرى: (الصباغين، وحدنان) قرب مدينة تعز")}
    assert ps["حدنان"].country == "YE" and ps["حدنان"].precision == 2
    assert abs(ps["حدنان"].lat - ps["تعز"].lat) < 0.5


def test_feature_name_in_bracket_list_once():
    found = spans("شنت الطائرات غارات على مواقع في مناطق «الصباغين وكرش ومثلث العند» بمحافظة لحج")
    assert "الصباغين" in found and len(found) == len(set(found)), found


def test_list_item_with_a_pronoun_is_no_place():
    found = spans("وسيطرت القوات على أحياء الشيخ عثمان والمنصورة واستعادتها من قبل المقاومة في مدينة عدن")
    assert not any("استعادت" in f for f in found), found


@pytest.mark.parametrize("text, names", [
    pytest.param("وتقدمت القوات في بلدات وقرى بأطراف الفلوجة مثل الكرمة والصقلاوية، في محافظة الأنبار.",
                 ["الكرمة", "الصقلاوية"], id="mithl-after-plural-places"),
    pytest.param("وسيطرت المقاومة على مواقع بجبهة صرواح في محافظة مأرب، منها الصباغين والعطرية.",
                 ["الصباغين", "العطرية"], id="minha-unknown-names"),
])
def test_examples_after_plural_places(text, names):
    found = spans(text)
    for n in names:
        assert n in found, (n, found)


@pytest.mark.parametrize("text, not_places", [
    pytest.param("وسيطرت القوات على قرى عدة مثل الصباغين وغيرها في تعز.", ["الصباغين"], id="one-example-no-list"),
    pytest.param("وقال إن دولا كثيرة منها الصباغين والعطرية تدعم الحل.", ["الصباغين", "العطرية"],
                 id="no-plural-of-places-before"),
])
def test_examples_not_places(text, not_places):
    found = spans(text)
    for n in not_places:
        assert n not in found, (n, found)


def test_example_far_homonym_placed_at_the_town():
    ps = {p.span.text: p for p in places("وسيطرت المقاومة على مواقع بجبهة صرواح غربي محافظة مأرب، منها العطيف والمشجح والفرع.")}
    town = ps["صرواح"]
    for n in ("العطيف", "المشجح", "الفرع"):
        assert abs(ps[n].lat - town.lat) < 0.3 and abs(ps[n].lon - town.lon) < 0.3, (n, ps[n])


def test_examples_of_one_list_do_not_reach_the_next_sentence():
    ps = {p.span.text: p for p in places(
        "وسيطرت المقاومة على مواقع بجبهة صرواح غربي محافظة مأرب، منها العطيف والمشجح والفرع. "
        "وتوجهت تعزيزات من مناطق عدة، منها مديريات نهم وبني حشيش التابعة لصنعاء.")}
    assert ps["بني حشيش"].name is not None and ps["بني حشيش"].precision == 1, ps["بني حشيش"]


def test_long_run_of_example_lists_is_linear():
    import time
    text = "مواقع بجبهة صرواح، منها العطيف والمشجح والفرع " * 1500
    t0 = time.process_time()
    ps = places(text)
    assert len(ps) > 1500 and time.process_time() - t0 < 5.0
