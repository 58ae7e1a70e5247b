"""'He goes on': a present ويضيف/ويتابع opening a sentence with the words right after it (a quote, a colon, أن)
tells the last speaker's next words, though a present cue otherwise needs its subject written. Sentences written
for these tests in the style of wire reports."""

from __future__ import annotations

import pytest

from khabar import Article, Pipeline

PIPELINE = Pipeline()


def claims(text: str):
    return PIPELINE.run(Article(id="t", text=text)).claims


@pytest.mark.parametrize("text, content", [
    pytest.param("وقال الخبير سامي الحربي إن الفراغ هو السبب الأول. ويضيف «الأسرة تتحمل جزءا من المسؤولية».",
                 "الأسرة تتحمل جزءا من المسؤولية", id="quote"),
    pytest.param("وقالت الوزيرة منى سالم إن الخطة جاهزة. وتضيف: سنبدأ التنفيذ الشهر المقبل.",
                 "سنبدأ التنفيذ الشهر المقبل", id="colon"),
])
def test_a_present_going_on_continues_the_speaker(text, content):
    cs = claims(text)
    assert [(c.speaker_text, c.content.text) for c in cs[1:]] == [(cs[0].speaker_text, content)]


def test_a_present_verb_with_an_object_is_no_continuation():
    cs = claims("وقال الخبير سامي الحربي إن الفراغ هو السبب الأول. ويتابع الطلاب دروسهم في المدارس.")
    assert len(cs) == 1
