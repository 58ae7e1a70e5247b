"""Places of conflict-zone countries outside the village-level gazetteer (world.tsv, world_more.tsv):
provinces and their usual spellings, found with evidence and placed in the right country."""

from __future__ import annotations

import pytest

from khabar.extract.places import extract_places
from tests.conftest import make_doc


def found(text: str) -> dict[str, tuple[str, str]]:
    doc = make_doc(text)
    extract_places(doc)
    out = {}
    for p in doc.places:
        assert doc.text[p.span.start:p.span.end] == p.span.text
        out[p.span.text] = (p.country, p.level)
    return out


@pytest.mark.parametrize("text, name, country", [
    pytest.param("قتل جنديان في هجوم بولاية بكتيا شرق أفغانستان", "بكتيا", "AF", id="af-province-wilaya"),
    pytest.param("انفجرت عبوة في ولاية نورستان في أفغانستان", "نورستان", "AF", id="af-province-nuristan"),
    pytest.param("قال حاكم ولاية زابل في أفغانستان إن طالبان هاجمت مركزا للشرطة", "زابل", "AF",
                 id="af-zabul-not-iran-zabol"),
    pytest.param("قتل شرطي في محافظة تونسيلي شرق تركيا", "تونسيلي", "TR", id="tr-province-variant"),
    pytest.param("هجوم على مركز للشرطة في محافظة شيرناك التركية", "شيرناك", "TR", id="tr-sirnak-with-i"),
    pytest.param("اشتباكات في ولاية تارابا شرق نيجيريا", "تارابا", "NG", id="ng-state"),
    pytest.param("غارة أمريكية في منطقة باجور الباكستانية", "باجور", "PK", id="pk-tribal-district"),
])
def test_world_province_found(text, name, country):
    places = found(text)
    assert name in places, places
    assert places[name][0] == country


@pytest.mark.parametrize("text, name", [
    pytest.param("قالت مارادي إن الاجتماع انتهى", "مارادي", id="no-country-no-cue"),
    pytest.param("وصل الوفد إلى تارابا", "تارابا", id="no-country-named"),
])
def test_world_name_needs_evidence(text, name):
    assert name not in found(text)
