"""A body's name written again without one of its adjectives: the last one (القوة المشتركة الجديدة …
القوة المشتركة), or one that another adjective follows (المؤتمر الوطني العام … المؤتمر العام)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقال قائد القوة الإقليمية الجديدة إن الهجوم فشل. وأضاف أن القوة الإقليمية ستنتشر "
                 "قرب البحيرة.", {"القوة الإقليمية الجديدة", "القوة الإقليمية"}, id="last-adjective"),
    pytest.param("ودعا المؤتمر الوطني العام إلى الحوار. وقال متحدث باسم المؤتمر العام إن الوفد "
                 "سيصل غدا.", {"المؤتمر الوطني العام", "المؤتمر العام"}, id="inner-adjective"),
    pytest.param("وأعلنت قوة الحماية الخاصة اعتقال مشتبه به. وكانت قوة الحماية قد طوقت المكان.",
                 {"قوة الحماية الخاصة", "قوة الحماية"}, id="indefinite-head"),
    pytest.param("وطالبت رابطة المحامين السوريين بالإفراج عن المعتقلين. وقالت رابطة المحامين إن عددهم "
                 "يتزايد.", {"رابطة المحامين السوريين", "رابطة المحامين"}, id="plural-adjective-of-the-members"),
])
def test_name_without_an_adjective(bare, text: str, expected: set[str]) -> None:
    assert any(expected <= c for c in bare(text))


@pytest.mark.parametrize("text, left", [
    pytest.param("وقصفت القوات الجوية الأفغانية مواقع المسلحين. وقالت القوات الأفغانية إنها تقدمت.",
                 "القوات الأفغانية", id="forces-describe"),
    pytest.param("وقالت وزارة الخارجية الأمريكية إن الوفد وصل. وأكدت وزارة الأمريكية ذلك.",
                 "وزارة الأمريكية", id="genitive-noun-is-no-adjective"),
])
def test_adjective_kept(bare, text: str, left: str) -> None:
    assert not any(left in c and len(c) > 1 for c in bare(text))
