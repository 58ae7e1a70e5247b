"""Spelling variants of a guessed name (place_variants): one edit, the article, near the anchor town."""

import pytest

from khabar.extract.gazetteer import get_gazetteer
from khabar.extract.place_variants import variant_near, variants
from khabar.text.normalize import normalize_form
from tests.extract.test_places import places


@pytest.mark.parametrize("name, variant", [
    pytest.param("كتف", "كتاف", id="long-alef-written"),
    pytest.param("المسمير", "المسيمير", id="long-ya-written"),
    pytest.param("الكتاف", "الكتف", id="long-alef-left-out"),
    pytest.param("بعاج", "البعاج", id="article-added"),
    pytest.param("الباغوز", "باغوز", id="article-dropped"),
    pytest.param("العريجا", "العريجاء", id="final-hamza"),
])
def test_variants(name, variant):
    assert normalize_form(variant) in variants(normalize_form(name))


def _town(name: str, country: str):
    return next(p for p in get_gazetteer().lookup(normalize_form(name)) if p.kind == "city" and p.country == country)


def test_variant_near_anchor_only():
    assert variant_near(normalize_form("الباغوز"), _town("البوكمال", "SY")) is not None
    assert variant_near(normalize_form("الباغوز"), _town("عدن", "YE")) is None  # no such variant near Aden


def test_name_held_as_written_is_no_variant():
    assert variant_near(normalize_form("حلب"), _town("حلب", "SY")) is None


def test_guessed_village_placed_by_its_variant():
    ps = {p.span.text: p for p in places("وقصفت الطائرات جسرا يصل بين مدينة البوكمال وقرية الباغوز على نهر الفرات")}
    assert ps["الباغوز"].name is not None and ps["الباغوز"].precision == 1


@pytest.mark.parametrize("text, name, town", [
    pytest.param("وتواصل المقاومة حصارها على الحوثيين في مثلث العند وقطع الإمدادات عنهم في محافظة لحج.",
                 "مثلث العند", "العند", id="junction-of-a-town"),
    pytest.param("وأعلنت السلطات حالة الطوارئ في المنطقة الممتدة من تل رفح حتى مدينة العريش.",
                 "تل رفح", "رفح", id="hill-of-a-town"),
])
def test_feature_name_placed_at_its_town(text, name, town):
    ps = {p.span.text: p for p in places(text)}
    assert name in ps, list(ps)
    p = ps[name]
    gz = [q for q in get_gazetteer().lookup(normalize_form(town)) if q.country == p.country]
    assert p.name is not None and p.precision == 2
    assert any(abs(q.lat - p.lat) < 0.2 and abs(q.lon - p.lon) < 0.2 for q in gz)


def test_street_name_is_not_placed_at_a_village_namesake():
    ps = {p.span.text: p for p in places("وخرج آلاف المتظاهرين إلى شارع السعدون وسط بغداد")}
    assert "شارع السعدون" not in ps or ps["شارع السعدون"].name is None, ps


def test_list_item_spelled_with_a_final_ta_marbuta_takes_the_alef_spelling_beside_the_item_before():
    # "كفرية" is the gazetteer's village 65 km off; كفريا (the usual spelling) lies beside الفوعة
    from khabar.extract.places import extract_places
    from tests.conftest import make_doc

    doc = make_doc("واصلت الفصائل قصف بلدتي الفوعة وكفرية المحاصرتين منذ أشهر.")
    extract_places(doc)
    p = next(x for x in doc.places if x.span.text == "كفرية")
    assert (p.lat, p.lon) == pytest.approx((35.99, 36.68), abs=0.02)
