"""A country's name inside a party's, a group's or a militia's name (heads.tsv `block`: حزب, أجناد,
فجر) names the organisation, not a place."""

import pytest

from tests.extract.test_places import spans


@pytest.mark.parametrize("text, kept", [
    pytest.param("أجلت المحكمة محاكمة 20 متهما من عناصر تنظيم أجناد مصر في القاهرة.", ["القاهرة"], id="ajnad"),
    pytest.param("وهاجمت ميليشيات فجر ليبيا مواقع الجيش في طرابلس.", ["طرابلس"], id="fajr-militia"),
    pytest.param("وأصدر حزب مصر القوية بيانا في القاهرة أمس.", ["القاهرة"], id="hizb-party"),
])
def test_a_country_in_an_organisations_name_is_no_place(text, kept):
    assert spans(text) == kept


def test_a_town_after_the_verb_stays():
    assert "بغداد" in spans("وفجر انتحاري نفسه في بغداد أمس.")
