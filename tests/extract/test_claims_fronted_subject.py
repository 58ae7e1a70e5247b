"""SVO: a name or a definite noun phrase opening the sentence (or the clause after a comma) right before a verb
cue with no و/ف is the verb's subject, and the noun phrase after the verb its object (أوباما دعا [الكونغرس] إلى
…). An apposition (، وهو …) after the speaker may end where the quoted words open, with no comma (قال X، وهو
متخصص في …، «إن …»). Sentences written for these tests in the style of wire reports."""

from __future__ import annotations

import pytest

from khabar import Article, Pipeline

PIPELINE = Pipeline()


def claims(text: str):
    return PIPELINE.run(Article(id="t", text=text)).claims


@pytest.mark.parametrize("text, speaker", [
    pytest.param("أوباما دعا الكونغرس إلى إقرار الاتفاق النووي.", "أوباما", id="a-name-opens-the-sentence"),
    pytest.param("وفي الجلسة، المتهم طالب القاضي بالإفراج عن رفاقه.", "المتهم", id="after-a-fronted-adjunct"),
])
def test_a_fronted_subject_speaks(text, speaker):
    assert claims(text)[0].speaker_text == speaker


def test_an_apposition_ends_at_the_quote():
    c = claims("وعن تجنيد الشباب، قال الدكتور سامي الحربي، وهو متخصص في علم الاجتماع «إن الفراغ هو السبب الأول».")[0]
    assert (c.speaker_text, c.content.text) == ("الدكتور سامي الحربي", "إن الفراغ هو السبب الأول")
