"""A circumstantial participle after a comma describes the subject of the verb of saying its sentence opened
with, even when the writer slipped in its gender (أكد مصدر …، مبينة بأن). Before, the agreement search went
back to an older speaker of the participle's gender. Sentences written for these tests in the style of
wire reports."""

from __future__ import annotations

import pytest

from tests.extract.claim_helpers import run


def speaker_of(text: str, cue: str) -> str | None:
    return next(c.speaker_text for c in run(text).claims if c.cue.text == cue)


@pytest.mark.parametrize("text, cue, expected", [
    pytest.param("وقالت مصادر محلية إن القوات تقدمت في الجبهة الشمالية. إلى ذلك أكد مصدر عسكري في المحافظة "
                 "وصول تعزيزات جديدة إلى المدينة أمس، مبينة بأن المعارك ما تزال مستمرة في الأطراف.",
                 "مبينة", "مصدر عسكري في المحافظة", id="feminine-after-masculine"),
    pytest.param("وقال قائد الشرطة المحلية إن مسلحا فتح النار في السوق. وقالت الشرطة إن مسلحا قتل ثلاثة "
                 "أشخاص في السوق، موضحا أن التحقيق ما زال جاريا.",
                 "موضحا", "الشرطة", id="masculine-after-feminine"),
    pytest.param("وقالت الوزارة إن الطائرات قصفت مواقع المسلحين. وأعلن المتحدث باسم الجيش أن الطائرات "
                 "قصفت مواقع المسلحين، مضيفة أن الغارات ستستمر.",
                 "مضيفة", "المتحدث باسم الجيش", id="spokesman-then-feminine"),
])
def test_participle_takes_the_speaker_of_its_sentence(text, cue, expected):
    assert speaker_of(text, cue) == expected


def test_agreeing_participle_in_a_new_sentence_still_finds_its_gender():
    text = ("وقالت الوزارة إن الطائرات قصفت مواقع المسلحين. وأعلن المتحدث باسم الجيش أن الغارات ستستمر. "
            "مشيرة إلى أن المدنيين لم يصابوا.")
    assert speaker_of(text, "مشيرة") == "الوزارة"


@pytest.mark.parametrize("text, cue, expected", [
    pytest.param("وأكدت مصادر ميدانية في المحافظة لـ«الصحيفة» إلقاء القبض على ستة مسلحين. وأوضح المصدر أن "
                 "المسلحين حاولوا التسلل إلى المدينة، مبينة بأن الاشتباكات مستمرة في الأطراف.",
                 "مبينة", "مصادر ميدانية في المحافظة", id="bare-definite-anaphor"),
])
def test_anaphoric_definite_leaves_the_first_mention(text, cue, expected):
    assert speaker_of(text, cue) == expected


def test_cue_of_a_relative_clause_is_not_the_main_verb():
    text = ("وقال الوزير سالم الكعبي إن الحكومة مستقرة. ورفض الكعبي الشائعات التي تتحدث عن خلافات داخل "
            "الحكومة، مشيرا إلى أن القرارات تتخذ بالتشاور.")
    assert speaker_of(text, "مشيرا") != "الشائعات"
