"""Places of conflict-zone countries outside the village-level gazetteer (world.tsv, world_more.tsv):
provinces and their usual spellings, found with evidence and placed in the right country."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from khabar.extract.places import extract_places
from tests.conftest import make_doc

ROOT = Path(__file__).resolve().parents[2]


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


def _translit():
    spec = importlib.util.spec_from_file_location("place_translit", ROOT / "scripts" / "place_translit.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("latin, arabic", [
    pytest.param("Silopi", "سيلوبي", id="plain"),
    pytest.param("Şırnak", "شيرناك", id="dotless-i-and-k"),
    pytest.param("Şırnak", "شيرناق", id="k-as-qaf-variant"),
    pytest.param("Suruç", "سوروج", id="c-cedilla-as-jim-variant"),
    pytest.param("Sultanbeyli", "سلطان بايلي", id="compound-element-and-ey-diphthong"),
    pytest.param("Kızıltepe", "قزل تيبه", id="compound-kizil"),
    pytest.param("Edremit", "إدريميت", id="initial-e-with-hamza"),
    # wire copy that drops the cedilla (Ercis, Sarikamis) is rewritten with sin
    pytest.param("Erciş", "إرجيس", id="s-cedilla-as-sin-variant"),
    pytest.param("Sarıkamış", "ساريكاميس", id="s-cedilla-as-sin-after-other-variants"),
])
def test_turkish_transliteration(latin, arabic):
    assert arabic in _translit().forms_of(latin)


def test_turkish_transliteration_bounded():
    t = _translit()
    assert len(t.forms_of("Küçükçekmece")) <= 4
    assert t.forms_of("Qwx") == []  # a letter the rules do not know


@pytest.mark.parametrize("text, name", [
    pytest.param("انفجرت سيارة مفخخة قرب مركز للشرطة في بلدة سيلوبي جنوب شرق تركيا", "سيلوبي",
                 id="town-with-head"),
    pytest.param("قتل جنديان في انفجار عبوة في بيسميل شرق تركيا", "بيسميل", id="town-with-cue-and-country"),
    pytest.param("اشتبك الجنود مع مسلحين في بلدة إرجيس بولاية فان شرقي تركيا", "إرجيس",
                 id="s-cedilla-written-sin"),
])
def test_transliterated_town_found(text, name):
    places = found(text)
    assert places.get(name, ("",))[0] == "TR", places


def test_transliterated_town_needs_country():
    assert "سيلوبي" not in found("قال سيلوبي إن الاجتماع انتهى")


@pytest.mark.parametrize("text, name, country", [
    pytest.param("قصف التحالف مواقع التنظيم قرب كوباني في ريف حلب", "كوباني", "SY", id="kurdish-name-syria"),
    pytest.param("وصل الوفد إلى هولير عاصمة إقليم كردستان", "هولير", "IQ", id="kurdish-name-iraq"),
    pytest.param("قال مصدر عسكري في أنجامينا إن الجيش قتل عشرة مسلحين", "أنجامينا", "TD",
                 id="sahel-capital-without-country"),
])
def test_alt_names_and_capitals(text, name, country):
    places = found(text)
    assert places.get(name, ("",))[0] == country, places


def test_big_world_capital_after_a_preposition_needs_no_country_named():
    # "كما اتفق عليه في مينسك": a capital of a million people after في, Belarus never named
    assert found("وطالب المتحدث بوقف إطلاق النار بالكامل كما اتفق عليه في مينسك.").get("مينسك") == ("BY", "city")


def test_big_world_capital_without_a_preposition_still_needs_its_country():
    assert "مينسك" not in found("وأعلنت الحكومة أمس أن مينسك ستستضيف المحادثات.")
