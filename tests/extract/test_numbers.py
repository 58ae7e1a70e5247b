"""Casualty figures read from tokens (khabar.extract.numbers): digits, number words, duals,
vague quantifiers and figures joined by و before or after their casualty word."""

from __future__ import annotations

import pytest

from khabar.doc import EntityMention, Span, TimeMention
from khabar.extract.event_words import TokenView
from khabar.extract.numbers import casualties
from tests.conftest import make_doc


def _figures(text: str) -> list[tuple[str, int]]:
    v = TokenView(make_doc(text))
    return [(c.kind, c.value) for c in casualties(v, 0, len(v.tokens))]


@pytest.mark.parametrize("text,expected", [
    pytest.param("قالت الشرطة إن 12 مسلحا وخمسة مدنيين قتلوا في الهجوم", [("killed", 17)],
                 id="digits-and-word-before-the-verb"),
    pytest.param("وأكد أن ثلاثة جنود و4 مدنيين قتلوا في الكمين", [("killed", 7)],
                 id="word-and-digits-before-the-verb"),
    pytest.param("وقال إن أربعة من القادة ونحو 30 مقاتلا قتلوا في الغارات", [("killed", 34)],
                 id="approx-joined-to-an-earlier-figure"),
    pytest.param("وقال إن ثلاثة مسلحين قتلوا في الهجوم", [("killed", 3)], id="one-figure-before-the-verb"),
    pytest.param("سقط 3 قتلى و10 جرحى في القصف", [("killed", 3), ("injured", 10)],
                 id="wounded-figure-stays-apart"),
    pytest.param("دمرت الغارة 4 منازل، و5 أشخاص قتلوا في القصف", [("killed", 5)],
                 id="figure-past-a-comma-is-not-joined"),
])
def test_figures_joined_before_their_verb(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("قتل ضابط ومجند وأصيب ثلاثة آخرون في انفجار عبوة", [("killed", 2), ("injured", 3)],
                 id="two-singular-ranks-joined"),
    pytest.param("أعلن الجيش مقتل عريف في الهجوم", [("killed", 1)], id="a-corporal"),
    pytest.param("قتل مسعفان في القصف على المستشفى", [("killed", 2)], id="dual-of-a-sound-plural-noun"),
    pytest.param("أسفر الهجوم عن مقتل مسعفين في المدينة", [], id="sound-plural-in-ين-is-no-dual"),
    pytest.param("قتل مسلحون سائقا على الطريق", [("killed", 1)], id="accusative-singular"),
    pytest.param("قالت مصادر إن جنديين قتلا وجرح آخران عندما انفجر لغم", [("killed", 2), ("injured", 2)],
                 id="two-others-wounded-is-a-figure-not-a-lump"),
    pytest.param("قتل جندي وجرح آخر في الهجوم", [("killed", 1), ("injured", 1)], id="one-other-wounded"),
    pytest.param("قتل جندي وآخر من الشرطة في الهجوم", [("killed", 2)], id="one-and-another"),
    pytest.param("وظهر في التسجيل مسلح وهو يذبح «جاسوسا» في ساحة البلدة", [("killed", 1)],
                 id="a-victim-named-by-role-in-quotes"),
    pytest.param("وأعدم مسلحو التنظيم مدرسا أمام طلابه", [("killed", 1)], id="a-victim-named-by-trade"),
    pytest.param("قتل مسلحون مجهولون تاجرين في السوق", [("killed", 2)], id="two-victims-named-by-trade"),
    pytest.param("وقتل مسن وطفل في القصف على الحي", [("killed", 2)], id="an-old-man-and-a-child"),
])
def test_singular_and_dual_person_nouns(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأعلن مقتل «والي» المدينة في غارة", [("killed", 1)], id="office-in-quotes"),
    pytest.param("وأكد مقتل زعيم الجماعة في كمين", [("killed", 1)], id="leader-after-a-killing-noun"),
    pytest.param("وأكد مقتل مسؤول محلي في الهجوم", [("killed", 1)], id="official"),
    pytest.param("وأكد مقتل أحد قادة الجماعة في الهجوم", [("killed", 1)], id="one-of"),
    pytest.param("وأكد مقتل المهاجم في تبادل لإطلاق النار", [("killed", 1)], id="the-attacker"),
    pytest.param("وأسفر الهجوم عن مقتل الانتحاري و5 أشخاص", [("killed", 6)], id="the-bomber-and-his-victims"),
])
def test_one_holder_of_an_office(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقتلت القوات فلسطينيا بالرصاص أمس", [("killed", 1)], id="accusative-nisba-is-one"),
    pytest.param("وقتل مسلحون عراقيا في الهجوم", [("killed", 1)], id="after-the-killers"),
    pytest.param("وقتل ضحايا كثيرون في القصف", [], id="plural-in-aya-counts-none"),
])
def test_one_man_named_by_his_nisba(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأكد أنه تمت تصفية 12 عنصرا من التنظيم في كمين", [("killed", 12)], id="liquidated"),
    pytest.param("وحصد التفجير أرواح خمسة أشخاص قرب المطار", [("killed", 5)], id="reaped-the-lives"),
    pytest.param("ولقيت امرأة حتفها في القصف", [("killed", 1)], id="met-her-death"),
    pytest.param("وقتل ألفا شخص في المعارك", [("killed", 2000)], id="two-thousand-construct"),
    pytest.param("قتل 3 أشخاص في غارة على تعز، و5 آخرون في قصف على عدن", [("killed", 3), ("killed", 5)],
                 id="others-past-a-comma-are-more-dead"),
    pytest.param("قتل 3 أشخاص، واعتقل 5 آخرين", [("killed", 3)], id="others-of-another-verb"),
    pytest.param("ولقي جنديان مصرعهما في الهجوم", [("killed", 2)], id="two-met-their-death"),
    pytest.param("ودعا إلى تصفية الحسابات مع الخصوم", [], id="settling-accounts-counts-none"),
    pytest.param("واغتال مسلحون مجهولون ضابطا في الجيش", [("killed", 1)], id="assassinated"),
    pytest.param("وأعدم التنظيم 12 شخصا في الساحة", [("killed", 12)], id="executed"),
    pytest.param("ونجا الوزير من محاولة اغتيال الوزير", [], id="attempt-kills-none"),
    pytest.param("وهتفوا: الشعب يريد إعدام القاتل", [], id="wanted-is-not-done"),
])
def test_more_killing_words(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,names,expected", [
    pytest.param("وكان سامر الخطيب قد قتل في معارك مع المسلحين العام الماضي.", ("سامر الخطيب",),
                 [("killed", 1)], id="name-before-perfect-verb"),
    pytest.param("وأكد المصدر أن أبو خالد قتل في الغارة.", ("أبو خالد",), [("killed", 1)],
                 id="name-after-anna"),
    pytest.param("وكان سامر الخطيب والد عمر قتل في المعارك.", ("سامر الخطيب", "عمر"), [("killed", 1)],
                 id="name-with-kinship-apposition"),
    pytest.param("وقال سامر الخطيب قتل الجنود في المعارك.", ("سامر الخطيب",), [],
                 id="name-after-a-speech-verb-is-no-victim"),
    pytest.param("وكان سامر الخطيب قد قتل 3 جنود في المعارك.", ("سامر الخطيب",), [("killed", 3)],
                 id="the-killer-named-before-a-figure"),
])
def test_named_subject_before_the_verb(text: str, names: tuple[str, ...],
                                       expected: list[tuple[str, int]]) -> None:
    doc = make_doc(text)
    for name in names:
        pos = text.find(name)
        doc.entities.append(EntityMention(Span(pos, pos + len(name), name), "PER"))
    v = TokenView(doc)
    assert [(c.kind, c.value) for c in casualties(v, 0, len(v.tokens))] == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("قتل أبو عبدالله بن يحيى الفلاني وقياديان آخران في المواجهات", [("killed", 3)],
                 id="kunya-name-then-dual"),
    pytest.param("قتل أبو محمد في الغارة وأصيب 3 آخرون", [("killed", 1), ("injured", 3)],
                 id="kunya-then-wounded"),
    pytest.param("وقتل في اليوم التالي لمقتل نجل القائد", [], id="death-that-dates-another"),
    pytest.param("وقتل 3 جنود غداة مقتل القائد", [("killed", 3)], id="toll-before-a-dating-death"),
    pytest.param("وأقيم حفل في ذكرى مقتل 20 جنديا", [], id="anniversary-is-no-toll"),
    pytest.param("ووصفهم بمفجري المساجد وقتلة المصلين", [], id="the-killers-are-no-dead"),
    pytest.param("وأطلق المسلح النار على الحارس فقتله", [("killed", 1)], id="killed-him-is-one-dead"),
    pytest.param("ونجا الوزير من محاولة قتله", [], id="an-attempt-on-him-is-no-dead"),
])
def test_names_and_deaths_that_date(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("قتل أحد عشر شخصا في القصف", [("killed", 11)], id="eleven"),
    pytest.param("قتلت إحدى عشرة امرأة في القصف", [("killed", 11)], id="eleven-feminine"),
    pytest.param("قتل اثنا عشر جنديا", [("killed", 12)], id="twelve-nominative"),
    pytest.param("مقتل اثني عشر جنديا", [("killed", 12)], id="twelve-genitive"),
    pytest.param("قتل ثلاثمائة شخص", [("killed", 300)], id="compound-hundreds"),
    pytest.param("قتل خمسمئة شخص", [("killed", 500)], id="compound-hundreds-short-spelling"),
    pytest.param("قتل 3 آلاف شخص", [("killed", 3000)], id="digits-thousands"),
    pytest.param("سقط قتيل وثلاثة جرحى", [("killed", 1), ("injured", 3)], id="singular-dead-then-wounded"),
    pytest.param("ونقل القتيل إلى المستشفى", [], id="the-dead-man-is-no-new-toll"),
    pytest.param("ارتفع عدد القتلى إلى 25 شخصا", [("killed", 25)], id="count-rose-to"),
    pytest.param("ارتفعت حصيلة قتلى الهجوم إلى 30", [("killed", 30)], id="toll-of-the-attack-rose-to"),
    pytest.param("وصل عدد الجرحى إلى 40", [("injured", 40)], id="wounded-count-reached"),
])
def test_number_forms(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("أودى بحياة ثلاثة جنود", [("killed", 3)], id="took-the-lives-of"),
    pytest.param("الهجوم الذي أودت بحياة 12 شخصا", [("killed", 12)], id="took-the-lives-of-feminine"),
    pytest.param("أنقذ المسعفون حياة 5 أشخاص", [], id="saved-lives-is-no-toll"),
])
def test_took_the_lives_of(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,value", [
    pytest.param("قتل نحو مئتي شخص", 200, id="two-hundred-construct"),
    pytest.param("قتل ألفي شخص", 2000, id="two-thousand-construct"),
    pytest.param("قتل ما يزيد على 50 شخصا", 50, id="more-than-yazid"),
    pytest.param("قتل ما يربو على 40 شخصا", 40, id="more-than-yarbu"),
    pytest.param("قتل ما يناهز 40 شخصا", 40, id="nearly"),
])
def test_construct_numbers_and_approximations(text: str, value: int) -> None:
    assert _figures(text) == [("killed", value)]


@pytest.mark.parametrize("text,time,expected", [
    pytest.param("وقتل أمس 5 أشخاص في غارة", "أمس", [("killed", 5)], id="yesterday-between"),
    pytest.param("وقتل اليوم الاثنين 3 جنود في كمين", "اليوم الاثنين", [("killed", 3)], id="day-name-between"),
    pytest.param("وقتل أمس في الغارة", "أمس", [], id="time-and-no-figure"),
])
def test_a_time_between_the_verb_and_its_figure(text: str, time: str, expected: list[tuple[str, int]]) -> None:
    doc = make_doc(text)
    pos = text.find(time)
    doc.times.append(TimeMention(Span(pos, pos + len(time), time), "2015-08-05", "day", "test"))
    v = TokenView(doc)
    times = {k for k, t in enumerate(v.tokens) if pos <= t.span.start < pos + len(time)}
    assert [(c.kind, c.value) for c in casualties(v, 0, len(v.tokens), None, times)] == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقتل ما بين 10 و15 مسلحا في الغارات", [("killed", 10)], id="digits-range"),
    pytest.param("وأسفر القصف عن مقتل ما بين عشرة وخمسة عشر شخصا", [("killed", 10)], id="word-range"),
    pytest.param("وقتل 5 جنود و6 متدربين في القصف", [("killed", 11)], id="no-range-still-adds"),
])
def test_a_range_counts_its_lower_bound(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("قال مسعفون إن جنديين قتلا في اشتباكات وسط المدينة", [("killed", 2)],
                 id="dual-noun-before-its-verb"),
    pytest.param("قال الأطباء إن جنديين عراقيين قتلا وأصيب ستة بجروح في القتال",
                 [("killed", 2), ("injured", 6)], id="dual-noun-and-a-nisba-then-wounded"),
    pytest.param("وأعلن الجيش أن عسكريا قتل وجرح اثنان آخران في الهجوم", [("killed", 1), ("injured", 2)],
                 id="lone-nisba-before-its-verb"),
    pytest.param("وذكرت القناة أن شرطيا أيضا قتل في الاشتباكات", [],
                 id="word-of-another-kind-between-counts-nothing"),
    pytest.param("وحمل جنديين مسؤولية مقتل القائد", [("killed", 1)], id="noun-object-of-a-verb-is-no-subject"),
])
def test_person_noun_subject_before_its_verb(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("أعدم التنظيم أمس إمام المسجد في القرية", [("killed", 1)], id="office-after-killer-and-day"),
    pytest.param("اغتال مسلحون قاضيا في المدينة", [("killed", 1)], id="office-after-killer"),
    pytest.param("قتلت القوات أمس خمسة مسلحين", [("killed", 5)], id="figure-after-killer-and-day"),
])
def test_victim_after_killer_and_day(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأعلن الجيش أن عسكريا تركيا قتل في الاشتباك", [("killed", 1)], id="nisba-after-the-subject-noun"),
    pytest.param("وأعلن الجيش أن جنديين عراقيين قتلا في الاشتباك", [("killed", 2)], id="plural-nisba-after-a-dual"),
])
def test_a_nisba_describing_the_subject_noun(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("قتل خلال اليومين الماضيين 30 مسلحا في معارك", [("killed", 30)], id="dual-days-past"),
    pytest.param("وقتل خلال الأيام الثلاثة الماضية 12 جنديا في الاشتباكات", [("killed", 12)],
                 id="the-number-of-days-is-no-figure"),
    pytest.param("قتل في الساعات الأخيرة أكثر من 20 شخصا في القصف", [("killed", 20)], id="last-hours"),
    pytest.param("وقتل خلال الهجوم 15 مسلحا", [("killed", 15)], id="an-event-noun-is-no-period"),
])
def test_a_period_between_the_verb_and_its_figure(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("أسفرت الغارات عن ثلاثين ألف قتيل", [("killed", 30000)], id="tens-thousand"),
    pytest.param("أسفرت الغارات عن ثلاثة آلاف قتيل", [("killed", 3000)], id="units-thousands"),
    pytest.param("خلف القصف خمسة عشر قتيلا", [("killed", 15)], id="teens"),
    pytest.param("خلف القصف خمسة وعشرين قتيلا", [("killed", 25)], id="units-and-tens"),
    pytest.param("خلف القصف اثني عشر قتيلا", [("killed", 12)], id="twelve"),
    pytest.param("خلف القصف ثلاث مئة قتيل", [("killed", 300)], id="units-hundred"),
    pytest.param("خلف القصف 30 ألف قتيل", [("killed", 30000)], id="digits-thousand"),
    pytest.param("خلف القصف نحو ثلاثين ألف قتيل", [("killed", 30000)], id="approx-tens-thousand"),
])
def test_a_compound_number_before_its_casualty_noun(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("لقي شرطي وسائق الحافلة مصرعهما وأصيب أربعة ركاب في الكمين", [("killed", 2), ("injured", 4)],
                 id="two-nouns-and-a-dual-pronoun"),
    pytest.param("ولقي مدير مدرسة القرية حتفه في القصف", [("killed", 1)], id="a-noun-phrase-and-a-singular-pronoun"),
    pytest.param("لقي عدد من عناصر الحراسة مصرعهم في الكمين", [], id="a-plural-pronoun-counts-nobody"),
    pytest.param("لقي 4 من عناصر الحراسة مصرعهم في الكمين", [("killed", 4)], id="a-figure-before-a-plural-pronoun"),
    pytest.param("لقي 31 عنصرا من مسلحي التنظيم وعناصر الفصائل المتحالفة معه في ريف المدينة مصرعهم وأصيب 50 آخرون",
                 [("killed", 31), ("injured", 50)], id="a-figure-far-before-a-plural-pronoun"),
])
def test_the_pronoun_of_met_their_death(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقال إن 60 بالمائة من الضحايا هم من النساء والأطفال", [], id="per-cent-word"),
    pytest.param("وتسببت الغارات في نحو 40% من حالات الوفاة", [], id="per-cent-sign"),
    pytest.param("وأصيبت المرأة بحروق في 80 في المئة من جسدها", [], id="per-cent-phrase"),
    pytest.param("قتل 6 أشخاص في القصف على البلدة", [("killed", 6)], id="a-count-stays"),
])
def test_a_share_is_no_count(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقال المتحدث إن 35 مسلحا قتلوا في المحافظة في الفترة بين 10 و22 يوليو", [("killed", 35)],
                 id="a-later-range-is-not-joined"),
    pytest.param("أصيب ستة مدنيين بينهم أربع نساء وطفلين في القصف", [("injured", 6)],
                 id="a-subset-pair-is-not-joined"),
    pytest.param("قتل 9 جنود و3 مدنيين في الكمين", [("killed", 12)], id="a-joined-figure-still-adds"),
])
def test_a_figure_joins_no_and_number_past_another_number(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("خرج المئات في الذكرى الأولى لمقتل الشاب برصاص الشرطة", [], id="first-anniversary-of-a-death"),
    pytest.param("خرج المئات في ذكرى مقتل الشاب برصاص الشرطة", [], id="anniversary-of-a-death"),
])
def test_a_death_that_dates_a_gathering_is_no_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


def test_a_definite_person_is_one_victim_told_of_before() -> None:
    v = TokenView(make_doc("وأعلن الجيش مقتل الجندي في الهجوم، ويعتقد أن الرجل قتل في المواجهات"))
    assert [(c.value, c.rank) for c in casualties(v, 0, len(v.tokens))] == [(1, True), (1, True)]
    v = TokenView(make_doc("وأعلن الجيش مقتل جندي في الهجوم"))
    assert [(c.value, c.rank) for c in casualties(v, 0, len(v.tokens))] == [(1, False)]
    v = TokenView(make_doc("وأعلن الجيش مقتل أحد جنوده في الهجوم"))
    assert [(c.value, c.rank) for c in casualties(v, 0, len(v.tokens))] == [(1, True)]


@pytest.mark.parametrize("text,expected", [
    pytest.param("أسفر الهجوم عن استشهاد المقدم سامي فؤاد وإصابة مجندين", [("killed", 1)], id="lieutenant-colonel"),
    pytest.param("قتل الرائد خالد منير في انفجار عبوة ناسفة", [("killed", 1)], id="major"),
])
def test_a_rank_counts_one_victim(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأوضحت القيادة أن 6 عناصر من تنظيم / داعش / قتلوا وجرح ثلاثة منهم في القصف",
                 [("killed", 6), ("injured", 3)], id="slashes-around-a-name"),
    pytest.param("وقال إن 9 من مقاتلي جماعة « أنصار الدين » قتلوا في الاشتباكات", [("killed", 9)],
                 id="quotes-around-a-name"),
])
def test_marks_are_no_words_between_a_figure_and_its_verb(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقال إن مسلحين من التنظيم قتلوا وأصيب 12 آخرون في الغارة", [("injured", 12)],
                 id="wounded-others-are-no-lump"),
    pytest.param("أسفر القصف عن مقتل وإصابة 20 مدنيا", [], id="a-lump-stays-a-lump"),
    pytest.param("وأفادت مصادر أن ثمانية مدنيين بينهم عدد كبير من النساء قتلوا في القصف", [("killed", 8)],
                 id="a-subset-phrase-before-the-verb"),
    pytest.param("وأصيب 9 آخرون، إضافة إلى تدمير عربة وطقم عسكري", [("injured", 9)],
                 id="plus-a-deed-is-no-count"),
    pytest.param("أسفر القصف عن مقتل عشرة، إضافة إلى ثلاثة من المسعفين", [("killed", 13)], id="plus-a-count"),
])
def test_others_subsets_and_plus(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقتل مسلح 25 شخصا عندما فتح النار على حفل زفاف", [("killed", 25)],
                 id="verb-one-doer-then-the-toll"),
    pytest.param("قتل انتحاري 20 مصليا في هجوم على المسجد", [("killed", 20)], id="a-bomber-then-the-toll"),
    pytest.param("قتل جندي و3 مدنيين في القصف", [("killed", 4)], id="a-victim-and-more-victims"),
    pytest.param("أعلنت الشرطة مقتل شخص 40 عاما في الهجوم", [("killed", 1)], id="an-age-is-no-toll"),
])
def test_one_doer_before_a_figure_is_no_victim(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأعلنت الوزارة مقتل رجلي شرطة في انفجار عبوة", [("killed", 2)], id="dual-in-construct"),
    pytest.param("قتل ضابطي صف وأصيب ثلاثة جنود في الهجوم", [("killed", 2), ("injured", 3)],
                 id="dual-in-construct-then-wounded"),
    pytest.param("ونعى الأهالي الصحفيين فلان وفلان اللذين اغتيلا الشهر الماضي", [("killed", 2)],
                 id="dual-relative-before-an-assassination-verb"),
    pytest.param("شيع الأهالي الشابين اللذين قتلا برصاص الجنود", [("killed", 2)], id="dual-relative-before-qutila"),
])
def test_duals_count_two(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("قتل 13 جنديا وشرطيا على الأقل في الهجمات", [("killed", 13)], id="two-word-count-noun"),
    pytest.param("قتل 5 جنود وضابط في الهجوم", [("killed", 6)], id="plural-noun-and-one-more"),
    pytest.param("مقتل القائد وقياديين آخرين في الغارة", [("killed", 3)], id="a-rank-and-two-more"),
])
def test_a_person_noun_joined_to_the_count_noun_adds_no_one(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("بعد مواجهات عنيفة قتل خلالها قيادي بارز في الجماعة", [("killed", 1)], id="during-it-one-leader"),
    pytest.param("وشهدت المدينة معارك قتل فيها قائد ميداني", [("killed", 1)], id="in-it-one-commander"),
])
def test_one_person_past_a_pronoun_of_the_deed(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقال المدير إن تسعة من القتلى هم من المدنيين", [], id="nine-of-the-dead"),
    pytest.param("وأسفر القصف عن سقوط العشرات من القتلى", [("killed", 10)], id="dozens-of-dead-is-a-toll"),
    pytest.param("وقال إن 9 قتلى سقطوا في الغارة", [("killed", 9)], id="nine-dead"),
])
def test_a_count_of_the_dead_told_before_is_no_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


def test_every_more_killed_word_is_a_key_stem() -> None:
    """A word none of whose readings is a lexicon stem is UNKNOWN_WORD: that must mean no killing
    word of casualties.yaml more_killed either, for _more_killed_words to skip it."""
    from khabar.extract.event_words import key_starts
    from khabar.extract.numbers import _word_set

    assert _word_set("more_killed") <= key_starts()


def test_more_killed_words_reads_only_words_with_a_known_reading(monkeypatch) -> None:
    from khabar.extract import numbers

    doc = make_doc("وقال المتحدث إن المسلحين أعدموا رهينة أمس، ثم اغتالت مجموعة أخرى ضابطا في المدينة.")
    v = TokenView(doc)
    numbers._MORE_SEEN.clear()
    asked: list[str] = []
    real = numbers._more_killed
    monkeypatch.setattr(numbers, "_more_killed", lambda v, k: asked.append(v.tokens[k].norm) or real(v, k))
    found = [v.tokens[k].span.text for k in numbers._more_killed_words(v)]
    assert found == ["أعدموا", "اغتالت"]
    assert asked and "المتحدث" not in asked and "ثم" not in asked  # words no lexicon reads: never looked at


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأحدث الانفجار حفرة عمقها نحو خمسة أمتار في حي شهيد", [], id="metres-before-a-martyr-name"),
    pytest.param("ودفعت الحكومة 500 دولار لأسر القتلى", [], id="dollars-to-the-families-of-the-dead"),
    pytest.param("وقال إن عشرة أشخاص قتلوا في الانفجار", [("killed", 10)], id="people-still-count"),
])
def test_a_number_of_a_measure_is_no_count(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("قتل 20 شخصا في هجومين، 14 منهم بتحطم طائرة، وستة آخرون في تفجير انتحاري",
                 [("killed", 14), ("killed", 6)], id="parts-that-sum-to-the-total"),
    pytest.param("قتل 11 جنديا على الأقل أربعة منهم في كمين نصبه المسلحون",
                 [("killed", 11), ("killed", 4)], id="part-after-at-least"),
    pytest.param("قتل 12 مسلحا، ثلاثة منهم قادة ميدانيون", [("killed", 12)], id="of-them-no-deed-after"),
    pytest.param("قتل 12 مسلحا، بينهم ثلاثة في الغارة", [("killed", 12)], id="among-them-stays-a-subset"),
])
def test_a_part_of_a_toll_in_a_deed_of_its_own(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وكان قد قاد هجوما على المدينة العام الماضي، وقتل حينها 14 شرطيا", [("killed", 14)], id="then"),
    pytest.param("وقتل آنذاك خمسة جنود في الكمين", [("killed", 5)], id="at-that-time"),
])
def test_an_adverb_of_then_stands_between_the_verb_and_its_figure(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأسفرت المواجهات عن مقتل 30 مسلحا على الأقل، و7 مقاتلين من القبائل", [("killed", 37)],
                 id="digits-past-a-comma"),
    pytest.param("ونتج عن التفجير استشهاد 10 من رجال الأمن، وأربعة من العمال", [("killed", 14)],
                 id="word-number-past-a-comma"),
    pytest.param("قتل 5 جنود، و3 مدنيين أصيبوا في الهجوم", [("killed", 5), ("injured", 3)],
                 id="the-wounded-have-their-own-word"),
    pytest.param("قتل 5 جنود، و3 آخرون في قصف على القرية", [("killed", 5), ("killed", 3)], id="others-are-another-deed"),
])
def test_a_count_listed_past_a_comma_joins_the_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وتضمنت أسماء «الشهداء» الجندي سعيد أحمد، والعريف خالد محمد", [], id="names-of-the-martyrs"),
    pytest.param("وشيع الأهالي جثامين الشهداء الجندي فلان والعريف فلان", [], id="funeral-of-the-martyrs"),
    pytest.param("وأعلن الجيش مقتل الجندي سعيد أحمد", [("killed", 1)], id="a-verbal-noun-still-counts"),
    pytest.param("وبلغ عدد القتلى 25", [("killed", 25)], id="a-number-after-the-dead"),
])
def test_a_rank_after_the_dead_told_before_is_no_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected
