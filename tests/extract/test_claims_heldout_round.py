"""Claims: pattern families fixed from the error analysis of held-out reports (own sentences).

Soft-wrapped lines, participles used as adjectives inside a content, a relayed source described
with أن before its قوله, channels with a possessive pronoun.
"""

from __future__ import annotations

import pytest

from khabar.doc import Article, Doc
from khabar.extract.claims import extract_claims


def run(text: str) -> Doc:
    doc = Doc(Article(id="t", text=text))
    extract_claims(doc)
    for c in doc.claims:
        for s in [c.cue, c.content, *c.via] + ([c.speaker] if c.speaker else []):
            assert doc.text[s.start:s.end] == s.text
    return doc


def summary(doc: Doc) -> list[tuple[str, str | None, str]]:
    return [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims]


CASES = [
    pytest.param("قال مسؤولون أمس إن مسلحين من الحزب هاجموا موقعا\n أماميا للجيش في البلدة.",
                 [("قال", "مسؤولون", "إن مسلحين من الحزب هاجموا موقعا\n أماميا للجيش في البلدة")],
                 id="soft-wrapped-line"),
    pytest.param("قال مسؤولون إن مسلحين هاجموا البلدة\n\nوأغلقت السلطات الطرق المؤدية إليها.",
                 [("قال", "مسؤولون", "إن مسلحين هاجموا البلدة")],
                 id="blank-line-ends-content"),
    pytest.param("وقال المتحدث باسم الجيش في بيان إنه بناء على معلومات مؤكدة من الأجهزة الأمنية قصفت "
                 "القوات مقرا للمسلحين.",
                 [("وقال", "المتحدث باسم الجيش",
                   "إنه بناء على معلومات مؤكدة من الأجهزة الأمنية قصفت القوات مقرا للمسلحين")],
                 id="participle-adjective-inside-content"),
    pytest.param("ونقلت الوكالة الرسمية عن مصدر وصفته بأنه مطلع من وزارة الخارجية قوله إن السفارة ستفتح "
                 "أبوابها قريبا.",
                 [("قوله", "مصدر وصفته بأنه مطلع من وزارة الخارجية", "إن السفارة ستفتح أبوابها قريبا")],
                 id="relay-source-described-with-anna"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_claims(text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize("text, via", [
    pytest.param("وذكرت الوزارة في بيانها أن الشرطة اعتقلت خمسة أشخاص.", "بيانها", id="statement-her"),
    pytest.param("وقال الجيش لرويترز إن قواته قصفت مواقع المسلحين.", "رويترز", id="lam-outlet"),
])
def test_via_keeps_the_channel_whole(text, via):
    assert [v.text for v in run(text).claims[0].via] == [via]
