"""Forces named by whom they are loyal to: القوات الموالية لـX … قوات X / القوات X."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    pytest.param("وتقدمت القوات الموالية لهادي نحو المدينة. وقالت مصادر إن قوات هادي سيطرت على التلال.",
                 {"القوات الموالية لهادي", "قوات هادي"}, id="a-person-s-forces"),
    pytest.param("وسيطرت القوات اليمنية الموالية للشرعية على المديرية. وأكدت القوات الموالية للشرعية أن "
                 "القوات الشرعية تتقدم.", {"القوات اليمنية الموالية للشرعية", "القوات الموالية للشرعية",
                                          "القوات الشرعية"}, id="an-adjective-that-agrees"),
])
def test_loyal_forces_linked(tagged, text: str, expected: set[str]) -> None:
    assert expected in tagged(text)


@pytest.mark.parametrize("text", [
    pytest.param("وقالت القوات الموالية لحكومة هادي إنها تتقدم. وأكدت قوات هادي ذلك.", id="a-construct"),
    pytest.param("وتقدمت القوات الموالية للرئيس هادي نحو المدينة. وقالت قوات الرئيس إنها تتقدم.", id="a-title"),
    pytest.param("وتقدمت القوات الموالية لها نحو المدينة. وقالت القوات الموالية لها إنها تتقدم.", id="a-pronoun"),
])
def test_loyal_forces_left_alone(tagged, text: str) -> None:
    assert not any(any("الموالية" in n for n in c) for c in tagged(text))
