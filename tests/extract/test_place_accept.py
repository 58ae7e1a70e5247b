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
