"""Acceptance rules of the places stage: ordinary words that are also small places."""

from __future__ import annotations

import pytest

from khabar.extract.place_accept import common_words
from khabar.extract.places import extract_places
from khabar.text.normalize import normalize_form
from tests.conftest import make_doc


def spans(text: str) -> list[str]:
    doc = make_doc(text)
    extract_places(doc)
    return [p.span.text for p in doc.places]


@pytest.mark.parametrize("text, absent", [
    pytest.param("ويرى الضباط أن ذلك جرى في العرف العسكري منذ زمن", "العرف", id="custom-after-fi"),
    pytest.param("سيطر المقاتلون على التلة واستهدفوا الجنود في محيط التلة", "التلة",
                 id="the-hill-after-cues"),
    pytest.param("حاول الجيش إعاقتهم بواسطة قصف مدفعي عنيف", "واسطة", id="by-means-of"),
    pytest.param("رست سفينة المساعدات في الميناء صباحا", "الميناء", id="the-port"),
    pytest.param("ساعد الغرب المعارضة كما حدث في ثورة ليبيا", "ثورة", id="revolution-in-construct"),
    pytest.param("تراجعت صادرات التمور هذا العام", "التمور", id="dates-fruit"),
])
def test_ordinary_words_need_a_strong_head(text, absent):
    assert absent not in spans(text)


def test_ordinary_word_after_a_strong_head_is_a_place_and_licenses_later_mentions():
    found = spans("قصفت الطائرات قرية التلة في ريف حلب ثم عادت الاشتباكات في التلة")
    assert found.count("التلة") == 2


def test_common_words_are_normalised_and_unique():
    words = common_words()
    assert len(words) > 100
    assert normalize_form("التلة") in words
    assert all(w == " ".join(normalize_form(w).split()) for w in words)


@pytest.mark.parametrize("text, absent", [
    pytest.param("قدم وزير المالية ورقة عمل عن الإصلاحات في العراق", "رقة", id="paper-not-raqqa"),
    pytest.param("وصلت فرقة الإطفاء إلى الموقع في سوريا", "رقة", id="troupe-not-raqqa"),
    pytest.param("نظمت المستشفيات حملة لدعم بنوك الدم في السعودية", "نوك", id="banks-not-nuuk"),
    pytest.param("رسم الفنان المكان بدقة وبراعة في تونس", "دقة", id="manner-phrase-after-bi"),
    pytest.param("وتشمل الخطة إلغاء مناصب بارزة في الحكومة العراقية", "ارزة", id="adjective-after-bi"),
    pytest.param("كانت قرية تحت القصف طوال الليل في سوريا", "تحت", id="preposition-after-head"),
    pytest.param("تعود مدينتي كل مساء إلى هدوئها في اليمن", "كل", id="quantifier-after-head"),
])
def test_clitic_splits_and_function_words_are_no_places(text, absent):
    assert absent not in spans(text)


@pytest.mark.parametrize("text, present", [
    pytest.param("قصفت الطائرات مواقع في الرقة وحلب", "الرقة", id="raqqa-with-article"),
    pytest.param("وصل الوفد بجدة قادما من الرياض", "جدة", id="major-city-after-bi"),
    pytest.param("سقطت قذائف على بلدة أم قصر في العراق", "أم قصر", id="umm-name-kept"),
])
def test_real_places_next_to_those_rules_stay(text, present):
    assert present in spans(text)


@pytest.mark.parametrize("text, absent", [
    pytest.param("اختتم فريق العروبة الأول لكرة القدم معسكره الإعدادي في الرياض", "العروبة", id="team-name"),
    pytest.param("نظم نادي أبها الأدبي أمسية شعرية أمس", "أبها", id="club-name"),
    pytest.param("وسأل الله جل في علاه أن يحفظ البلاد", "علاه", id="religious-formula"),
    pytest.param("واستطاعت أرامكو رفع إنتاجها من الغاز", "أرامكو", id="company-name"),
])
def test_names_of_clubs_and_companies_are_no_places(text, absent):
    assert absent not in spans(text)


@pytest.mark.parametrize("text, absent", [
    pytest.param("وعلى الصعيد القطاعي ارتفع قطاع البنوك", "الصعيد", id="level-idiom"),
    pytest.param("ستكون الرياح غربية إلى شمالية على البحر", "شمالية", id="wind-direction-not-province"),
    pytest.param("وفي إشارة إلى خبر نشرته الصحف عن الرياض", "خبر", id="news-not-khobar"),
    pytest.param("دعا إلى طائف عراقي جديد", "طائف", id="sect-not-taif"),
    pytest.param("نجح فريق طبي في قسم العيون بالمستشفى", "العيون", id="eyes-not-laayoune"),
    pytest.param("اختتم الفريق معسكره بمران صباحي في الرياض", "مران", id="training-session"),
    pytest.param("كما رأينا آنفا في الفقرة السابقة", "آنفا", id="adverb-previously"),
])
def test_article_less_forms_and_common_nouns_are_no_places(text, absent):
    assert absent not in spans(text)


def test_upper_egypt_after_a_cue_stays():
    assert "الصعيد" in spans("تراجعت السياحة في الصعيد المصري هذا العام")


@pytest.mark.parametrize("text, absent", [
    pytest.param("تعادل ريال مدريد مع مضيفه النرويجي أمس", "مدريد", id="real-madrid"),
    pytest.param("اقترب مانشستر سيتي من حسم الصفقة", "مانشستر", id="manchester-city"),
    pytest.param("كشف استخفافهم بحرمات بيوت الله في الرياض", "حرمات", id="plural-noun-after-bi"),
    pytest.param("وهناك مشهد آخر تداوله الناس في إيران", "مشهد", id="scene-not-mashhad"),
])
def test_club_names_and_plural_nouns_are_no_places(text, absent):
    assert absent not in spans(text)


@pytest.mark.parametrize("text, absent", [
    pytest.param("أعلنت شركة الباحة نتائج قوائمها المالية", "الباحة", id="company-name"),
    pytest.param("قال باحث في معهد واشنطن للدراسات", "واشنطن", id="institute-name"),
    pytest.param("عقدت اللجنة الوطنية لحج والعمرة اجتماعا", "لحج", id="for-hajj-not-lahij"),
    pytest.param("وتألق المحترف الأوروغوياني فابيان في المباراة", "ابيان", id="given-name-not-abyan"),
])
def test_organisation_heads_and_homographs_are_no_places(text, absent):
    assert absent not in spans(text)


def test_a_preposition_after_an_organisation_head_governs_the_place():
    assert "بيشة" in spans("بيعت أرض المجمع الزراعي لشركة ببيشة")
