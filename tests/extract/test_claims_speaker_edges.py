"""Where a claim's speaker ends (own sentences, the classes an audit of unlabeled conflict reports
counted): the passive ما نُسب إليه is no statement; the occasion or document of a statement after the
speaker (في أكثر من مناسبة، في بداية الاستقبال، في تقريرها) is no part of it; a title in construct keeps its
genitive (رئيس لجنة، رئيس بلدية: a word with ل/ب after such a title is no preposition, a ta marbuta no
pronoun), and a title after a name keeps its own prepositional phrase (المتحدث باسم الشرطة)."""

from __future__ import annotations

import pytest

from tests.extract.claim_helpers import run


@pytest.mark.parametrize("text", [
    pytest.param("وبعد إحالته إلى المحكمة صدر بحقه حكم يقضي بثبوت ما نسب إليه والحكم عليه بالسجن عشر سنوات.",
                 id="nusiba-ilayhi"),
    pytest.param("وبرأت المحكمة الموظف مما نسب إليه من تهم الاختلاس.", id="mimma-nusiba-ilayhi"),
])
def test_what_was_attributed_to_him_is_a_passive_and_no_statement(text):
    assert run(text).claims == []


def test_the_active_with_a_pronoun_after_its_subject_stays_a_claim():
    c = run("ونسبت الحكومة إليه التخطيط للهجوم على المعسكر.").claims[0]
    assert (c.cue.text, c.speaker_text) == ("ونسبت", "الحكومة")


@pytest.mark.parametrize("text, speaker, content", [
    pytest.param("وقال المدرب في أكثر من مناسبة إن الفريق جاهز للموسم الجديد.", "المدرب",
                 "إن الفريق جاهز للموسم الجديد", id="more-than-one-occasion"),
    pytest.param("وأكد الأمين العام في بداية الاستقبال أن العلاقات بين البلدين متينة.", "الأمين العام",
                 "أن العلاقات بين البلدين متينة", id="at-the-start-of-the-reception"),
    pytest.param("وقال المدعي العام في المداولات النهائية إن المتهم خطط للهجوم منذ أشهر.", "المدعي العام",
                 "إن المتهم خطط للهجوم منذ أشهر", id="in-the-final-pleadings"),
    pytest.param("وقالت البعثة في تقريرها نصف السنوي إن عدد الضحايا المدنيين ارتفع.", "البعثة",
                 "إن عدد الضحايا المدنيين ارتفع", id="in-its-report"),
    pytest.param("وقال المصدر نفسه في الاتصال إن الهدوء عاد إلى المدينة.", "المصدر نفسه",
                 "إن الهدوء عاد إلى المدينة", id="in-the-call"),
    pytest.param("وقال مصدر في المقاومة إن القوات تقدمت نحو المطار.", "مصدر في المقاومة",
                 "إن القوات تقدمت نحو المطار", id="a-describing-phrase-stays"),
])
def test_the_occasion_of_a_statement_is_no_part_of_the_speaker(text, speaker, content):
    c = run(text).claims[0]
    assert (c.speaker_text, c.content.text) == (speaker, content)


@pytest.mark.parametrize("text, speaker, content", [
    pytest.param("وحذر الشيخ سعيد الأحمد رئيس هيئة العلماء رئيس لجنة الفتوى من خطورة الفتن.",
                 "الشيخ سعيد الأحمد رئيس هيئة العلماء رئيس لجنة الفتوى", "من خطورة الفتن",
                 id="title-then-lajna"),
    pytest.param("ودعا الدكتور خالد بن علي المنصور رئيس لجنة الإغاثة الوطنية، المنظمات الدولية إلى التحرك.",
                 "الدكتور خالد بن علي المنصور رئيس لجنة الإغاثة الوطنية", "المنظمات الدولية إلى التحرك",
                 id="title-then-lajna-then-comma"),
    pytest.param("وأكد العقيد سامي الحربي المتحدث باسم الشرطة في المنطقة، لـ«الصحيفة»، أن الحادث وقع ليلا.",
                 "العقيد سامي الحربي المتحدث باسم الشرطة في المنطقة", "أن الحادث وقع ليلا",
                 id="spokesman-bi-ism-after-a-name"),
    pytest.param("وأدان خالد بن محمد المنصور رئيس المجلس الوطني بأشد العبارات حرق المنزل.",
                 "خالد بن محمد المنصور رئيس المجلس الوطني", "بأشد العبارات حرق المنزل",
                 id="ba-adverb-after-a-definite-title-still-ends"),
])
def test_a_title_after_a_name_keeps_its_own_phrase(text, speaker, content):
    c = run(text).claims[0]
    assert (c.speaker_text, c.content.text) == (speaker, content)


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقال الخطيب إن القتل جريمة. وقد حذر النبي صلى الله عليه وسلم منهم.",
                 ("حذر", "النبي", "منهم"), id="eulogy-before-the-content"),
    pytest.param("وقال الخطيب إن القتل جريمة. وقال رسول الله ــ صلى الله عليه وسلم ــ: «الدين النصيحة».",
                 ("وقال", "رسول الله", "الدين النصيحة"), id="eulogy-between-dashes"),
    pytest.param("وروى الإمام علي رضي الله عنه أن الصبر مفتاح الفرج.",
                 ("وروى", "الإمام علي", "أن الصبر مفتاح الفرج"), id="radiya-allahu-anhu"),
])
def test_a_eulogy_after_a_name_is_no_part_of_the_speaker_or_the_content(text, expected):
    c = run(text).claims[-1]
    assert (c.cue.text, c.speaker_text, c.content.text) == expected


def test_a_name_like_a_eulogy_stays_the_speaker():
    c = run("وقال رحمة الله يوسف الخبير في شؤون الحركة إن المقاتلين منقسمون.").claims[0]
    assert c.speaker_text.startswith("رحمة الله")


@pytest.mark.parametrize("text, expected", [
    pytest.param("وتعهد بعض المتظاهرين بمواصلة الاحتجاجات حتى رحيل الحكومة، بحسب قولهم.",
                 ("وتعهد", "بعض المتظاهرين", []), id="bi-hasab-qawlihim"),
    pytest.param("وقال الشاهد إن المسلحين دخلوا القرية ليلا، وفق روايته.", ("وقال", "الشاهد", []),
                 id="wafqa-riwayatihi"),
    pytest.param("وقالت المرأة إن الجنود دخلوا المنزل فجرا، وفق روايتها.", ("وقالت", "المرأة", []),
                 id="open-ta-riwayatiha"),
    pytest.param("وقال الشاهد إن المسلحين دخلوا القرية ليلا، بحسب ما نقلت وكالة الأنباء.",
                 ("وقال", "الشاهد", ["وكالة الأنباء"]), id="a-real-relay-stays"),
])
def test_the_speakers_own_words_after_a_prepositional_cue_are_no_relay(text, expected):
    doc = run(text)
    assert len(doc.claims) == 1
    c = doc.claims[0]
    assert (c.cue.text, c.speaker_text, [v.text for v in c.via]) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("وسيطرت القوات على البلدة، وفق ما أفادت به مصادر عسكرية.",
                 ("وفق ما أفادت", "مصادر عسكرية"), id="resumptive-bihi-before-the-subject"),
    pytest.param("كشف هذا لـ«الصحيفة» الدكتور خالد العمري مدير المكتب الإعلامي في الوزارة.", None,
                 id="no-demonstrative-speaker"),
    pytest.param("وأصدر الرئيس بيانا أمس انتقد فيها بحدة الهجوم على القرية.", None, id="no-prep-pronoun-speaker"),
])
def test_a_function_word_is_no_speaker(text, expected):
    doc = run(text)
    assert all(c.speaker_text not in ("التي", "به", "فيه", "فيها", "هذا", "إليه") for c in doc.claims)
    if expected is not None:
        assert (doc.claims[0].cue.text, doc.claims[0].speaker_text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("وأبدت ثماني منظمات حقوقية دولية قلقها من القانون الجديد.",
                 ("وأبدت", "ثماني منظمات حقوقية دولية", "قلقها من القانون الجديد"), id="thamani-is-a-number"),
    pytest.param("وأيد حلفاء غربيون الإجراءات لكن كثيرين حثوا الحكومة على ضبط النفس.",
                 ("حثوا", "كثيرين", "الحكومة على ضبط النفس"), id="lakin-kathirin"),
    pytest.param("زاد الحادث الضغوط على الحكومة لكن بعض المدافعين عن الصيد قالوا إن القيود ستضر بالحيوانات.",
                 ("قالوا", "بعض المدافعين عن الصيد", "إن القيود ستضر بالحيوانات"), id="lakin-bad"),
    pytest.param("وقال مواطنون إن الوضع صعب. وطالب بعض هؤلاء السلطات بفتح الطريق.",
                 ("وطالب", "بعض هؤلاء", "السلطات بفتح الطريق"), id="demonstrative-ends-the-subject"),
])
def test_counted_subjects(text, expected):
    c = run(text).claims[-1]
    assert (c.cue.text, c.speaker_text, c.content.text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("ووصف محمد الخالدي رئيس المجلس الوطني نجاح أعضاء المجلس في إقرار القانون بالإنجاز العظيم.",
                 ("محمد الخالدي رئيس المجلس الوطني", "نجاح أعضاء المجلس في إقرار القانون بالإنجاز العظيم"),
                 id="object-after-the-titles-phrase"),
    pytest.param("وقال رئيس الوزراء العراقي حيدر العبادي إن الإصلاحات مستمرة.",
                 ("رئيس الوزراء العراقي حيدر العبادي", "إن الإصلاحات مستمرة"), id="a-name-after-the-title-stays"),
    pytest.param("وقالت الدكتورة هدى الخالدي نائبة رئيس لجنة الشؤون الخارجية إن الإرهاب لا دين له.",
                 ("الدكتورة هدى الخالدي نائبة رئيس لجنة الشؤون الخارجية", "إن الإرهاب لا دين له"),
                 id="a-feminine-title-stays"),
])
def test_the_object_after_a_titles_phrase(text, expected):
    c = run(text).claims[0]
    assert (c.speaker_text, c.content.text) == expected
