"""لصالح: the preposition 'in favour of' before a noun, the name صالح behind ل elsewhere."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    pytest.param("وقال الرئيس السابق علي عبدالله صالح إن الحرب ستطول. وتحول ميزان القوى لصالح دول الجوار.",
                 id="before-an-indefinite-noun"),
    pytest.param("وقال الرئيس السابق علي عبدالله صالح إن الحرب ستطول. وجاء القرار لصالح الناس.",
                 id="before-a-definite-noun"),
])
def test_preposition_is_no_name(tagged, text: str) -> None:
    assert not any("صالح" in c for c in tagged(text))


def test_name_behind_lam(tagged) -> None:
    text = "وقال الرئيس السابق علي عبدالله صالح إن الحرب ستطول. وتقدمت القوات الموالية لصالح في المدينة."
    assert any({"علي عبدالله صالح", "صالح"} <= c for c in tagged(text))
