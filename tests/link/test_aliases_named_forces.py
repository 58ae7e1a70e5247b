"""A force named by its kind (قوات النخبة) and the same name with adjectives after it (قوات النخبة
الخاصة): one force; a description of a country's forces (قوات الأمن) is not so linked."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("وهاجم مسلحون مقر قوات النخبة الخاصة في المدينة. وقال مصدر إن قوات النخبة ردت على الهجوم.",
                 {"قوات النخبة الخاصة", "قوات النخبة"}, id="elite"),
    pytest.param("ووصلت قوات حفظ السلام الدولية إلى البلدة. وانتشرت قوات حفظ السلام في الأحياء.",
                 {"قوات حفظ السلام الدولية", "قوات حفظ السلام"}, id="peacekeepers"),
])
def test_force_named_by_its_kind(tagged, text: str, expected: set[str]) -> None:
    assert any(expected <= c for c in tagged(text))


@pytest.mark.parametrize("text", [
    pytest.param("وانتشرت قوات الأمن الخاصة في الشوارع. واعتقلت قوات الأمن خمسة أشخاص.", id="security-forces"),
    pytest.param("ووصلت قوات حفظ السلام الدولية إلى البلدة. وانسحبت قوات حفظ السلام الأفريقية. "
                 "وانتشرت قوات حفظ السلام في الأحياء.", id="two-forces"),
])
def test_forces_left_apart(tagged, text: str) -> None:
    assert not any({"قوات الأمن", "قوات حفظ السلام"} & c and len(c) > 1 for c in tagged(text))
