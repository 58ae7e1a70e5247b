"""A place name governs no genitive: in a speaker's phrase, a bare indefinite noun right after a toponym
(أكدت مصادر طبية في مستشفيات الموصل [حصيلة] التفجير، طلبت جيبوتي [مساعدة] الدول المانحة) begins the object of
the cue, not the speaker. Sentences written for these tests in the style of wire reports."""

from __future__ import annotations

import pytest

from khabar import Article, Pipeline

PIPELINE = Pipeline()


def run(text: str):
    """The full pipeline: the claims stage reads the toponyms of the places stage."""
    return PIPELINE.run(Article(id="t", text=text))


@pytest.mark.parametrize("text, speaker, content_start", [
    pytest.param("وأكدت مصادر طبية في مستشفيات الموصل حصيلة التفجير الذي استهدف السوق.",
                 "مصادر طبية في مستشفيات الموصل", "حصيلة", id="after-a-city"),
    pytest.param("وطلبت جيبوتي مساعدة الدول المانحة بعد وصول مئات اللاجئين إليها.",
                 "جيبوتي", "مساعدة", id="a-state-as-subject"),
])
def test_bare_noun_after_a_toponym_begins_the_object(text, speaker, content_start):
    c = run(text).claims[0]
    assert (c.speaker_text, c.content.text.split()[0]) == (speaker, content_start)


def test_adjective_after_a_toponym_stays_in_the_speaker():
    c = run("وقال مسؤول في ريف دمشق الغربي إن القصف استمر طوال الليل.").claims[0]
    assert c.speaker_text == "مسؤول في ريف دمشق الغربي"
