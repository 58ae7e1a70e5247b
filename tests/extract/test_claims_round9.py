"""Claims: constructions fixed in round 9 from the error analysis of held-out reports (own sentences).

An outlet after بحسب/وفقا between a verb cue (with its subject, or none) and the content, closed by a
comma or a dash, relays the claim: the subject (or the antecedent) speaks, the outlet is a via.
"""

from __future__ import annotations

import pytest

from tests.extract.test_claims_round6 import run


def claims(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.cue.text, c.speaker_text, c.content.text, [v.text for v in c.via]) for c in run(text).claims]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وأكدت وزارة الخارجية وفقا لوكالة الأنباء الرسمية، تضامن الدولة مع الأسر المنكوبة.",
                 [("وأكدت", "وزارة الخارجية", "تضامن الدولة مع الأسر المنكوبة", ["وكالة الأنباء الرسمية"])],
                 id="subject-outlet-comma-object"),
    pytest.param("دانت الحكومة التفجير. وشددت وفقا لما نقلته وكالة الأنباء المحلية، على أن الجريمة لن تمر.",
                 [("دانت", "الحكومة", "التفجير", []),
                  ("وشددت", "الحكومة", "على أن الجريمة لن تمر", ["وكالة الأنباء المحلية"])],
                 id="no-subject-lima-pronoun-verb"),
    pytest.param("وقالت وزارة الدفاع – بحسب الإذاعة الرسمية – في بيان إن الغارة أصابت مخزنا للذخيرة.",
                 [("وقالت", "وزارة الدفاع", "إن الغارة أصابت مخزنا للذخيرة", ["الإذاعة الرسمية", "بيان"])],
                 id="outlet-between-dashes"),
    pytest.param("وأكدت الشرطة وفقا لوكالة الأنباء أن المسلحين فروا.",
                 [("وأكدت", "الشرطة", "أن المسلحين فروا", ["وكالة الأنباء"])],
                 id="outlet-right-before-anna"),
])
def test_an_outlet_after_the_subject_relays_the_claim(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text, cue, speaker", [
    pytest.param("قتل ثلاثة مدنيين في القصف، وفقا لما نقلته وكالة الأناضول.", "وفقا لما نقلته", "وكالة الأناضول",
                 id="lima-joins-the-pronoun-verb"),
    pytest.param("وقال الوزير إن القوات تقدمت، بحسب ما نقلت قناة محلية.", "وقال", "الوزير",
                 id="relay-after-a-content-unchanged"),
])
def test_an_outlet_ending_the_sentence_still_names_the_source(text, cue, speaker):
    assert [(c.cue.text, c.speaker_text) for c in run(text).claims][:1] == [(cue, speaker)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وجاء ذلك بعد إعلان وزارة الداخلية عن اعتقال خلية مسلحة في العاصمة.",
                 [("إعلان", "وزارة الداخلية", "عن اعتقال خلية مسلحة في العاصمة")], id="ministry-an"),
    pytest.param("وتزامن الهجوم مع إعلان المتحدث باسم الجيش عن مقتل عشرة مسلحين.",
                 [("إعلان", "المتحدث باسم الجيش", "عن مقتل عشرة مسلحين")], id="title-an"),
    pytest.param("ويأتي الهجوم غداة إعلان حركة طالبان مسؤوليتها عن تفجير السوق.",
                 [("إعلان", "حركة طالبان", "مسؤوليتها عن تفجير السوق")], id="object-with-pronoun"),
    pytest.param("وهو أول هجوم منذ إعلان وفاة زعيمها عن عمر يناهز السبعين.", [], id="no-agent"),
])
def test_the_agent_of_an_announcement_noun_speaks(text, expected):
    assert [(c, s, t) for c, s, t, _v in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("واستعادت القوات بعض الأحياء في المدينة لكن منتقدين يقولون إن القصف دمر المنازل.",
                 [("يقولون", "منتقدين", "إن القصف دمر المنازل")], id="lakin-no-comma-plural-critics"),
    pytest.param("وتقدمت القوات نحو المطار بينما قال سكان إن الاشتباكات لم تتوقف.",
                 [("قال", "سكان", "إن الاشتباكات لم تتوقف")], id="baynama-no-comma-residents"),
])
def test_a_contrastive_opener_without_a_comma_starts_the_subject(text, expected):
    assert [(c, s, t) for c, s, t, _v in claims(text)] == expected


@pytest.mark.parametrize("text", [
    pytest.param("ويقتلون الأبرياء وفق رؤيا خادعة بدخول الجنة.", id="vision"),
    pytest.param("ويسير الإعلام وفق نمطية لا فاعلية لها في مواجهة التطرف.", id="pattern"),
    pytest.param("وأصدر رئيس الحكومة وفقا لاختصاصاته قرارا بفرض حظر التجوال.", id="powers"),
])
def test_a_manner_or_rule_after_wafqa_is_no_source(text):
    assert claims(text) == []


def test_fa_qad_after_a_source_opens_the_content():
    assert claims("ووفقا لإحصاء رويترز فقد أصيب 11 شخصا في الهجوم.") == [
        ("ووفقا", "إحصاء رويترز", "فقد أصيب 11 شخصا في الهجوم", [])]


@pytest.mark.parametrize("text, expected", [
    pytest.param("قتل تسعة جنود في هجوم بسيارة مفخخة، على ما أعلن مصدر عسكري.",
                 [("أعلن", "مصدر عسكري", "قتل تسعة جنود في هجوم بسيارة مفخخة")], id="ala-ma"),
    pytest.param("قتل تسعة جنود في هجوم بسيارة مفخخة، كما أعلن مصدر عسكري محملا التنظيم المسؤولية.",
                 [("أعلن", "مصدر عسكري", "قتل تسعة جنود في هجوم بسيارة مفخخة"),
                  ("محملا", "مصدر عسكري", "التنظيم المسؤولية")], id="kama-then-participle"),
    pytest.param("وبدا على ما يبدو أن الهجوم فشل.", [], id="ala-ma-yabdu-is-no-cue"),
])
def test_as_what_a_source_said_attributes_the_clause_before(text, expected):
    assert [(c, s, t) for c, s, t, _v in claims(text)] == expected


def test_a_quoted_name_inside_a_relayed_source_stays_in_it():
    assert claims('ونقلت "رويترز" عن فضل حسن قائد عملية "التحرير" أن قواته تمشط القاعدة.') == [
        ("ونقلت", 'فضل حسن قائد عملية "التحرير"', "أن قواته تمشط القاعدة", ["رويترز"])]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وشملت الأهداف مخازن أسلحة. كما قال الجيش إن خمس غارات شنت قرب المدينة.وفقا لرويترز.",
                 [("قال", "الجيش", "إن خمس غارات شنت قرب المدينة", ["رويترز"])], id="claim-before-is-relayed"),
    pytest.param("وسيطرت القوات على جبل صبر بعد معارك عنيفة.وفقا لشبكة سكاي نيوز.",
                 [("وفقا", "شبكة سكاي نيوز", "وسيطرت القوات على جبل صبر بعد معارك عنيفة", [])],
                 id="plain-sentence-before-is-attributed"),
])
def test_a_sentence_naming_only_a_source_after_a_claim_relays_it(text, expected):
    assert claims(text) == expected


def test_a_contrastive_opener_opening_the_sentence_starts_the_subject():
    text = "وقالت الوزارة إن جميع القتلى مدنيون. غير أن مسؤولين محليين وصفوهم بأنهم مقاتلون ضد الحركة."
    assert [(c, s) for c, s, _t, _v in claims(text)] == [("وقالت", "الوزارة"), ("وصفوهم", "مسؤولين محليين")]
