"""A movement named by a family's plural nisba (الحوثيين) and the family's nisba alone as its name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقالت مصادر محلية إن الحوثيين قصفوا الحي ليلا. وسقط ثمانية متمردين من الحوثي في "
                 "الاشتباكات.", {"الحوثيين", "الحوثي"}, id="after-a-preposition"),
    pytest.param("واستعادت القبائل السيطرة على الوادي الذي كان يسيطر عليه الحوثي منذ عام. وأكد "
                 "الأهالي أن الحوثيين فروا نحو الجبال.", {"الحوثيين", "الحوثي"}, id="subject-after-a-verb"),
    pytest.param("وأعلن التحالف تدمير مخازن الحوثي في المنطقة. وكانت جماعة الحوثيين قد نقلت السلاح "
                 "إليها.", {"جماعة الحوثيين", "الحوثي"}, id="after-an-indefinite-noun"),
])
def test_eponym_alone_names_the_movement(bare, text: str, expected: set[str]) -> None:
    assert any(expected <= c for c in bare(text))


@pytest.mark.parametrize("text", [
    pytest.param("وقصفت ميليشيات الحوثي الأحياء السكنية. وقال شهود إن الحوثيين أطلقوا قذائف.",
                 id="after-a-describing-word"),
    pytest.param("وتصدت القبائل لميليشيات الحوثي قرب الوادي. وقال شهود إن الحوثيين انسحبوا.",
                 id="after-a-describing-word-with-proclitic"),
    pytest.param("وقال الحوثيون إنهم سيطروا على التلة. واتهم القبائل التمرد الحوثي بقصف المنازل.",
                 id="adjective-after-a-definite-noun"),
    pytest.param("وألقى عبدالملك الحوثي خطابا أمس. وقال الحوثيون إنهم سيواصلون القتال. وهدد الحوثي "
                 "بالتصعيد.", id="a-person-of-the-family-is-named"),
    pytest.param("وقتل القيادي الميداني أبوحسن الحوثي في غارة. وقال الحوثيون إنهم سيردون.",
                 id="a-kunya-written-joined"),
    pytest.param("وسقط متمردون من الحوثي في الاشتباكات قرب الوادي.", id="movement-not-named"),
])
def test_eponym_left_out(bare, text: str) -> None:
    assert not any("الحوثي" in c and c & {"الحوثيين", "الحوثيون", "لميليشيات الحوثي", "ميليشيات الحوثي"}
                   for c in bare(text))
