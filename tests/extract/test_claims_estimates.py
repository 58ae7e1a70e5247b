"""An estimate is a claim: قدّر X أن … (وتقدر الحكومة أن، وقدر الجيش أن). أن after قبل/بعد/منذ is a conjunction
of time, no reported clause (قدر الإمكان، قبل أن …: 'as far as possible, before …'). Sentences written for
these tests in the style of wire reports."""

from __future__ import annotations

import pytest

from khabar import Article, Pipeline

PIPELINE = Pipeline()


def claims(text: str):
    return PIPELINE.run(Article(id="t", text=text)).claims


@pytest.mark.parametrize("text, speaker, first", [
    pytest.param("وتقدر الحكومة أن مئات من مواطنيها انضموا إلى الجماعات المسلحة في الخارج.", "الحكومة", "أن",
                 id="present-estimate"),
    pytest.param("وقدر الجيش أن المسلحين يحتاجون إلى أشهر لإعادة تنظيم صفوفهم.", "الجيش", "أن", id="past-estimate"),
])
def test_an_estimate_is_a_claim(text, speaker, first):
    c = claims(text)[0]
    assert (c.speaker_text, c.content.text.split()[0]) == (speaker, first)


@pytest.mark.parametrize("text", [
    pytest.param("وتعمل الأجهزة على إحباط المحاولات الإرهابية، قدر الإمكان، قبل أن تتحول إلى اعتداءات.",
                 id="qadr-al-imkan-then-qabla-an"),
    pytest.param("وقدرت الحكومة جهود المتطوعين في إغاثة النازحين.", id="appreciate-a-noun"),
    pytest.param("ويقدر الجانب الأمريكي عدد المقاتلين الأجانب بنحو ثلاثين ألفا.", id="a-figure"),
])
def test_no_estimate(text):
    assert claims(text) == []

