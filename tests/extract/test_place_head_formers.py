"""A name former right after a place head opens a two-word name the gazetteer lacks (guess.yaml
head_name_formers: "منطقة رأس عيسى", "حي باب توما"), placed at the town its sentence names, not the
former read alone as a village abroad."""

from tests.extract.test_places import places


def _by_span(text):
    return {p.span.text: p for p in places(text)}


def test_ras_after_a_head_opens_a_name():
    ps = _by_span("وقصفت طائرات التحالف مواقع الدفاع الجوي في منطقة رأس عيسى والصليف، شمالي مدينة الحديدة.")
    assert "رأس عيسى" in ps and ps["رأس عيسى"].country == "YE"


def test_bab_after_a_quarter_head_opens_a_name():
    ps = _by_span("سقطت القذائف الصاروخية على حي باب توما في دمشق أمس.")
    assert "باب توما" in ps and ps["باب توما"].country == "SY"


def test_bayna_after_a_head_is_no_name():
    assert all(p.span.text != "بين الحدود" for p in places("وقعت اشتباكات في منطقة بين الحدود والمعبر في سوريا."))
