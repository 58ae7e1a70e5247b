"""Spellings of one body's names in the alias data: فدرالي / فيدرالي, an acronym with the article."""

from __future__ import annotations


def test_fbi_spellings(bare) -> None:
    text = ("واعتقل الشاب بعد محاولته طعن عنصر في مكتب التحقيقات الفدرالي في المدينة. وقال مدير الإف بي آي "
            "إن التحقيق مستمر.")
    assert any({"مكتب التحقيقات الفدرالي", "الإف بي آي"} <= c for c in bare(text))
