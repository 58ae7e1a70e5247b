"""A name governs no genitive: in a speaker's phrase, a bare indefinite noun right after a toponym
(أكدت مصادر طبية في مستشفيات الموصل [حصيلة] التفجير، طلبت جيبوتي [مساعدة] الدول المانحة) begins the object of
the cue, not the speaker; after the cue (VSO), a toponym or a person's name closes the phrase, and a
definite noun or another name right after it begins the object (ودانت اليونان [التفجير]، وحذر الرئيس X
[الولايات المتحدة] من …). Adverbs pointing back to a time told before (قبلها، حينها، آنذاك) are times, never
the speaker. Sentences written for these tests in the style of wire reports."""

from __future__ import annotations

import pytest

from khabar import Article, Pipeline

PIPELINE = Pipeline()


def run(text: str):
    """The full pipeline: the claims stage reads the toponyms of the places stage and the names of the
    entities stage."""
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


@pytest.mark.parametrize("text, speaker, content_start", [
    pytest.param("ودانت اليونان الهجوم الذي استهدف حافلة للركاب قرب الحدود.",
                 "اليونان", "الهجوم", id="a-state-then-a-definite-noun"),
    pytest.param("واستنكر أهالي مدينة حمص القصف الذي طال السوق الشعبي.",
                 "أهالي مدينة حمص", "القصف", id="people-of-a-city"),
    pytest.param("ودعا شيوخ الرمادي تنظيم داعش إلى الخروج من المدينة.",
                 "شيوخ الرمادي", "تنظيم", id="a-city-then-a-group's-name"),
])
def test_a_toponym_closes_the_speaker(text, speaker, content_start):
    c = run(text).claims[0]
    assert (c.speaker_text, c.content.text.split()[0]) == (speaker, content_start)


def test_a_persons_name_closes_the_speaker():
    c = run("وحذر الرئيس النيجيري محمد بخاري الولايات المتحدة من أن سياستها تضر بالحرب على المتمردين.").claims[0]
    assert c.speaker_text == "الرئيس النيجيري محمد بخاري"


@pytest.mark.parametrize("text, speaker", [
    pytest.param("وقال وزير خارجية مصر سامح شكري إن الهجوم لن يمر دون عقاب.", "وزير خارجية مصر سامح شكري",
                 id="a-title's-country-then-the-name"),
    pytest.param("وقال محافظ الأنبار الجديد إن القوات تتقدم نحو المدينة.", "محافظ الأنبار الجديد",
                 id="an-adjective-after-the-toponym"),
    pytest.param("وأعلنت مصر والسعودية أن التحقيق مستمر.", "مصر والسعودية", id="coordinated-states"),
    pytest.param("وقال خليل الصالح العضو في البرلمان الكويتي إن المصلين كانوا ساجدين.",
                 "خليل الصالح العضو في البرلمان الكويتي", id="a-description-placed-by-fi"),
    pytest.param("وقال العميد الركن سمير الحاج إن المقاومة تقدمت في الحي.", "العميد الركن سمير الحاج",
                 id="a-family-name-after-a-rank-and-a-given-name"),
])
def test_a_name_keeps_its_apposition_and_adjectives(text, speaker):
    assert run(text).claims[0].speaker_text == speaker


@pytest.mark.parametrize("text, speaker", [
    pytest.param("وكان قائد الشرطة محمد علي قد صرح قبلها بأن عدد القتلى ارتفع إلى عشرة.", "قائد الشرطة محمد علي",
                 id="kana-subject-then-qablaha"),
    pytest.param("وأعلن حينها الجيش أن العملية انتهت.", "الجيش", id="hinaha-before-the-subject"),
])
def test_a_back_pointing_time_adverb_is_no_speaker(text, speaker):
    assert run(text).claims[0].speaker_text == speaker
