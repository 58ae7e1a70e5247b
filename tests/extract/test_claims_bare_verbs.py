"""Bare forms: cue forms that are also prepositions (grammar.yaml opening_only): عبر is the verb 'expressed'
where it opens a clause with عن a few words on, else the preposition 'via'; an abbreviated title (د. before a
name) keeps its full stop in the speaker. Sentences written for these tests in the style of wire reports."""

from __future__ import annotations

import pytest

from tests.extract.claim_helpers import run


def claims(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.cue.text, c.speaker_text, c.content.text) for c in run(text).claims]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وسط غضب واسع، حيث عبر المرصد الحقوقي عن إدانته إعدام الأسرى.",
                 [("عبر", "المرصد الحقوقي", "عن إدانته إعدام الأسرى")], id="after-haythu"),
    pytest.param("ولطالما عبر حلفاء الحكومة عن القلق بشأن الحدود.",
                 [("عبر", "حلفاء الحكومة", "عن القلق بشأن الحدود")], id="after-latalama"),
    pytest.param("وقال الوزير إن الهجوم جبان، كما عبر عن تعازيه لأسر الضحايا.",
                 [("وقال", "الوزير", "إن الهجوم جبان"), ("عبر", "الوزير", "عن تعازيه لأسر الضحايا")],
                 id="after-kama"),
])
def test_bare_abbara_opening_a_clause_is_a_cue(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("وكانت المقاومة قد أعلنت عبر حسابها على فيسبوك عن مقتل 40 مسلحا.", id="via-after-verb"),
    pytest.param("وتابعت عبر إحدى الصحف تقريرا عن المدينة.", id="via-no-an-soon"),
    pytest.param("وتسلل المقاتلون عبر الحدود عن طريق المهربين.", id="across-the-border"),
])
def test_bare_abbara_elsewhere_is_via(text):
    assert [c for c in run(text).claims if c.cue.text == "عبر"] == []


def test_bare_abbara_after_a_comma_is_through():
    doc = run("ودعمت الحكومة التنظيم بشكل غير مباشر، عبر التغاضي عن تسلل مقاتليه.")
    assert [c for c in doc.claims if c.cue.text == "عبر"] == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("كما دان د. محمد العمري رئيس المجلس الحادث الإجرامي.",
                 [("دان", "د. محمد العمري رئيس المجلس", "الحادث الإجرامي")], id="dal-dot"),
    pytest.param("وشجب د. خالد السالم مدير الجامعة الاعتداء على المصلين.",
                 [("وشجب", "د. خالد السالم مدير الجامعة", "الاعتداء على المصلين")], id="wa-shajaba"),
])
def test_an_abbreviated_title_before_a_name_is_part_of_the_speaker(text, expected):
    assert claims(text) == expected


def test_an_abbreviated_title_after_a_transitive_cue_is_the_subject_not_the_object():
    doc = run("ووصف د. سالم الجفري حادث التفجير بأنه عمل إجرامي جبان.")
    assert doc.claims[0].speaker_text.startswith("د. سالم الجفري")
