"""One man's name written in full and again without a father's name (يوسف بن سليمان عبدالله السليمان …
يوسف عبدالله السليمان … يوسف السليمان), among other men whose names share a given name."""

from __future__ import annotations


def test_name_without_a_fathers_name(tagged) -> None:
    text = ("وأعلن المتحدث أن منفذ الهجوم يدعى خالد بن سعد عبدالله الرميح سعودي الجنسية. وأسفر الهجوم عن "
            "استشهاد الجندي عبدالله عايض والجندي عبدالله ناصر. وأكد المتحدث أن خالد عبدالله الرميح أوقف "
            "عام 1434. يذكر أن خالد الرميح كان من المطلوبين.")
    assert any({"خالد بن سعد عبدالله الرميح", "خالد عبدالله الرميح", "خالد الرميح"} <= c for c in tagged(text))
