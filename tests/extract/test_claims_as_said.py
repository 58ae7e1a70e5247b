"""'As X said' after the clause it attributes (كما أعلنت الشرطة، على ما أفاد مسؤول): the source may be followed
by a time, a channel, a prepositional phrase or a comma and the rest of the sentence, and still attribute the
clause before it. Sentences written for these tests in the style of wire reports."""

from __future__ import annotations

import pytest

from tests.extract.claim_helpers import run


def claims(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.cue.text, c.speaker_text, c.content.text) for c in run(text).claims]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقتل حارسان في هجوم على مصرف، كما أعلنت الشرطة المحلية، من دون أن تعرف هوية المهاجمين.",
                 [("أعلنت", "الشرطة المحلية", "وقتل حارسان في هجوم على مصرف")], id="comma-then-dun"),
    pytest.param("وقتل خمسة مدنيين في القصف، على ما أعلنت بعثة الأمم المتحدة في تقرير تنشره كل شهر.",
                 [("أعلنت", "بعثة الأمم المتحدة", "وقتل خمسة مدنيين في القصف")], id="ala-ma-then-report"),
    pytest.param("وتوفي القائد في مستشفى خارج البلاد كما أعلنت الاستخبارات أمس.",
                 [("أعلنت", "الاستخبارات", "وتوفي القائد في مستشفى خارج البلاد")], id="kama-then-time"),
    pytest.param("وقتل صيادون في قرى قريبة من البحيرة، على ما أفاد مسؤول محلي وأحد السكان اليوم (الخميس).",
                 [("أفاد", "مسؤول محلي وأحد السكان", "وقتل صيادون في قرى قريبة من البحيرة")], id="two-sources"),
    pytest.param("لكن المسلحين تفرقوا، كما توقع عدد من المحللين، ولجأوا إلى حرب العصابات.",
                 [("توقع", "عدد من المحللين", "لكن المسلحين تفرقوا")], id="clause-goes-on-after-comma"),
])
def test_as_the_source_said_attributes_the_clause_before(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقتل ثلاثة جنود. كما أعلنت المقاومة سيطرتها على ثلاثة مواقع.",
                 [("أعلنت", "المقاومة", "سيطرتها على ثلاثة مواقع")], id="also-at-sentence-start"),
    pytest.param("وبث التلفزيون صورا للأمير في المسجد، كما أعلنت البلاد الحداد لمدة يوم.",
                 [("أعلنت", "البلاد", "الحداد لمدة يوم")], id="also-with-object"),
    pytest.param("وقال الوزير إن الحكومة صامدة، كما كشف المدير التنفيذي للحركة، عن اتفاق الأحزاب الأربعة.",
                 [("وقال", "الوزير", "إن الحكومة صامدة"),
                  ("كشف", "المدير التنفيذي للحركة", "عن اتفاق الأحزاب الأربعة")], id="also-after-comma"),
])
def test_also_said_keeps_its_own_content(text, expected):
    assert claims(text) == expected


def test_a_verbal_noun_after_also_said_is_no_source():
    doc = run("وقال الوزير إن التوقيف كان قانونيا، كما أكد ثبوت تورط المجموعة في التخطيط لهجمات.")
    assert [c.content.text for c in doc.claims if c.cue.text == "أكد" and c.content.start < c.cue.start] == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("ودعت البعثة إلى وقف النار، كما حثت الأطراف المشاركة في المواجهات على ضبط النفس.",
                 [("ودعت", "البعثة", "إلى وقف النار"),
                  ("حثت", "الأطراف المشاركة في المواجهات", "على ضبط النفس")], id="cue-preposition-after-pp"),
])
def test_also_said_with_a_prepositional_phrase_keeps_its_content(text, expected):
    assert claims(text) == expected


def test_the_writers_transition_after_a_comma_ends_a_content():
    doc = run("وأكد مصدر أمني أن الانفجار وقع بعد خروج الطلبة من المعهد، إلى ذلك أعلن التنظيم مسؤوليته عن التفجير.")
    assert claims_of(doc) == [("وأكد", "مصدر أمني", "أن الانفجار وقع بعد خروج الطلبة من المعهد"),
                              ("أعلن", "التنظيم", "مسؤوليته عن التفجير")]


def test_in_addition_inside_a_content_does_not_end_it():
    doc = run("وقال المتحدث إن الدعم وصل، بالإضافة إلى ذلك فإن القوات تقدمت.")
    assert claims_of(doc) == [("وقال", "المتحدث", "إن الدعم وصل، بالإضافة إلى ذلك فإن القوات تقدمت")]


def claims_of(doc):
    return [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وجاء في وثائق المحكمة، أنه تحول إلى مؤيد متطرف للتنظيم.",
                 [("وجاء في", "وثائق المحكمة", "أنه تحول إلى مؤيد متطرف للتنظيم")], id="documents-comma"),
    pytest.param("وجاء في أقوال المتهم أنه اشترى المتفجرات من سوق المدينة.",
                 [("وجاء في", "أقوال المتهم", "أنه اشترى المتفجرات من سوق المدينة")], id="statements"),
    pytest.param("وجاء في الوقت الذي أكد فيه الوزير أن الوضع مستقر.",
                 [("أكد", "الوزير", "أن الوضع مستقر")], id="not-a-frame"),
])
def test_it_was_stated_in_names_its_source(text, expected):
    assert claims(text) == expected


def test_it_came_after_is_no_statement():
    assert run("وكان الهجوم جاء في أعقاب الاتفاق الذي وقعه الطرفان.").claims == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("وتقدمت القوات نحو البلدة في حين أن المسلحين انسحبوا منها، كما أعلن الجيش أمس.",
                 [("أعلن", "الجيش", "أن المسلحين انسحبوا منها")], id="fi-hin-anna"),
    pytest.param("وتقدمت القوات نحو البلدة بينما انسحب المسلحون منها كما أعلن الجيش أمس.",
                 [("أعلن", "الجيش", "انسحب المسلحون منها")], id="baynama"),
])
def test_as_the_source_said_attests_the_nearest_contrastive_clause(text, expected):
    assert claims(text) == expected
