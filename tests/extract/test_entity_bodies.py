"""Government bodies (head + portfolio + optional state nisba) as ORG mentions of the entities stage."""

from __future__ import annotations

import pytest

from khabar.extract.entities import extract_entities
from khabar.extract.entity_bodies import body_mentions
from tests.conftest import make_doc


def bodies_of(text: str) -> list[str]:
    doc = make_doc(text)
    out = body_mentions(doc)
    for m in out:
        assert doc.text[m.span.start:m.span.end] == m.span.text
        assert m.label == "ORG" and m.source == "rule"
    return [m.span.text for m in out]


BODY_CASES = [
    pytest.param("وقالت وزارة الداخلية الباكستانية إن الشرطة اعتقلت ثلاثة.",
                 ["وزارة الداخلية الباكستانية"], id="ministry-with-nisba"),
    pytest.param("وأعلنت وزارة الداخلية في بيان مقتل مسلحين.", ["وزارة الداخلية"], id="ministry-alone"),
    pytest.param("ونقلت الصحيفة عن متحدث لوزارة الخارجية الفرنسية قوله.",
                 ["وزارة الخارجية الفرنسية"], id="preposition-cut-from-head"),
    pytest.param("وأكدت رئاسة الأركان الجزائرية مقتل جنديين.", ["رئاسة الأركان الجزائرية"], id="staff-head"),
    pytest.param("وقالت الداخلية المغربية إن الخلية فككت.", ["الداخلية المغربية"], id="headless-with-nisba"),
    pytest.param("وتفقد الوزير المناطق الداخلية للبلاد.", [], id="headless-without-nisba"),
    pytest.param("وزارة واحدة فقط لم ترد.", [], id="head-without-portfolio"),
    pytest.param("وأصدرت وزارة الشؤون الاجتماعية تقريرا.", ["وزارة الشؤون الاجتماعية"], id="two-word-portfolio"),
    pytest.param("وقالت وزارة الداخلية. السعودية دولة كبيرة.", ["وزارة الداخلية"], id="nisba-not-across-sentences"),
]


@pytest.mark.parametrize("text, expected", BODY_CASES)
def test_body_mentions(text: str, expected: list[str]) -> None:
    assert bodies_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقالت وزارة الداخلية العراقية إن خمسة قتلوا.", ("وزارة الداخلية العراقية", "ORG"),
                 id="stage-keeps-body"),
    pytest.param("وقالت وزارة الدفاع الأمريكية إن الضربة دقيقة.", ("وزارة الدفاع الأمريكية", "ORG"),
                 id="lexicon-actor-wins"),
])
def test_stage_mentions(text: str, expected: tuple[str, str]) -> None:
    doc = make_doc(text)
    extract_entities(doc)
    found = [(e.span.text, e.label) for e in doc.entities]
    assert expected in found
    spans = sorted((e.span.start, e.span.end) for e in doc.entities)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_lexicon_actor_keeps_its_canonical() -> None:
    doc = make_doc("وقالت وزارة الدفاع الأمريكية إن الضربة دقيقة.")
    extract_entities(doc)
    hit = [e for e in doc.entities if e.span.text == "وزارة الدفاع الأمريكية"]
    assert hit and hit[0].source == "lexicon" and hit[0].canonical


@pytest.mark.parametrize("text", ["", "12345", "Latin text only", "وزارة", "وزارة الداخلية", "،،، . ؟"])
def test_odd_input(text: str) -> None:
    bodies_of(text)
