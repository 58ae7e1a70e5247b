"""A body of a province or town named with the unit's name (مجلس محافظة ديالى) and later with the unit's
noun alone (مجلس المحافظة); a mission named with the country it serves in (بعثة الأمم المتحدة في
الصومال … البعثة)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("وطالب مجلس محافظة ديالى بتعزيز الحماية في القرى. وقال عضو في مجلس المحافظة إن "
                 "المسلحين انسحبوا.", {"مجلس محافظة ديالى", "مجلس المحافظة"}, id="council"),
    pytest.param("وقالت سلطات ولاية بورنو إن المسلحين هاجموا قرية. وأضافت سلطات الولاية أن الجيش "
                 "طاردهم.", {"سلطات ولاية بورنو", "سلطات الولاية"}, id="authorities"),
])
def test_body_by_its_unit(tagged, text: str, expected: set[str]) -> None:
    assert any(expected <= c for c in tagged(text))


@pytest.mark.parametrize("text", [
    pytest.param("وطالب مجلس محافظة ديالى بتعزيز الحماية. ورد مجلس محافظة نينوى بالمثل. وقال عضو في "
                 "مجلس المحافظة إن المسلحين انسحبوا.", id="two-units-named"),
    pytest.param("وطالب مجلس محافظة ديالى بتعزيز الحماية. وقال مجلس المحافظة الشمالية إن المسلحين "
                 "انسحبوا.", id="another-unit-after"),
])
def test_body_left_alone(tagged, text: str) -> None:
    assert not any({"مجلس المحافظة"} & c and len(c) > 1 for c in tagged(text))


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقالت بعثة الأمم المتحدة في الصومال إن المدنيين يدفعون الثمن. وأضافت البعثة أن القتال يجب أن يتوقف.",
                 {"بعثة الأمم المتحدة في الصومال", "البعثة"}, id="mission-in-a-country"),
])
def test_mission_named_with_its_place(tagged, text: str, expected: set[str]) -> None:
    assert any(expected <= c for c in tagged(text))
