"""Casualty figures read from tokens (khabar.extract.numbers): digits, number words, duals,
vague quantifiers and figures joined by و before or after their casualty word."""

from __future__ import annotations

import pytest

from khabar.extract.event_words import TokenView
from khabar.extract.numbers import casualties
from tests.conftest import make_doc


def _figures(text: str) -> list[tuple[str, int]]:
    v = TokenView(make_doc(text))
    return [(c.kind, c.value) for c in casualties(v, 0, len(v.tokens))]


@pytest.mark.parametrize("text,expected", [
    pytest.param("قالت الشرطة إن 12 مسلحا وخمسة مدنيين قتلوا في الهجوم", [("killed", 17)],
                 id="digits-and-word-before-the-verb"),
    pytest.param("وأكد أن ثلاثة جنود و4 مدنيين قتلوا في الكمين", [("killed", 7)],
                 id="word-and-digits-before-the-verb"),
    pytest.param("وقال إن أربعة من القادة ونحو 30 مقاتلا قتلوا في الغارات", [("killed", 34)],
                 id="approx-joined-to-an-earlier-figure"),
    pytest.param("وقال إن ثلاثة مسلحين قتلوا في الهجوم", [("killed", 3)], id="one-figure-before-the-verb"),
    pytest.param("سقط 3 قتلى و10 جرحى في القصف", [("killed", 3), ("injured", 10)],
                 id="wounded-figure-stays-apart"),
    pytest.param("دمرت الغارة 4 منازل، و5 أشخاص قتلوا في القصف", [("killed", 5)],
                 id="figure-past-a-comma-is-not-joined"),
])
def test_figures_joined_before_their_verb(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected
