"""Event recall on whole classes of words: the regular inflections of every trigger
(lang/ar/events/inflections.yaml), a target verb with no aircraft whose object is civilians, and a
bomb defused with no time or place of its own.

Cases build their Doc by hand (see :mod:`tests.extract.test_events`).
"""

from __future__ import annotations

import pytest

from khabar.extract.event_words import lexicons
from khabar.text.normalize import normalize_form
from tests.extract.test_events import run

YESTERDAY = (("أمس", "2015-08-05", "day"),)


def _subtypes(word: str) -> set[str]:
    return {ph.entry["subtype"] for ph in lexicons()["triggers"].index.get(normalize_form(word), ())}


@pytest.mark.parametrize("word,subtype", [
    pytest.param("استهدفوا", "Air/drone strike", id="verb-they"),
    pytest.param("اقتحما", "Armed clash", id="verb-the-two"),
    pytest.param("اقتحمتا", "Armed clash", id="verb-the-two-feminine"),
    pytest.param("انشقاقات", "Change to group/activity", id="noun-plural"),
    pytest.param("هجومين", "Armed clash", id="noun-dual"),
    pytest.param("غارتين", "Air/drone strike", id="ta-marbuta-dual"),
    pytest.param("اعتصاما", "Peaceful protest", id="noun-indefinite-accusative"),
    pytest.param("اشتباكا", "Armed clash", id="noun-indefinite-accusative-clash"),
    pytest.param("اغتيلا", "Attack", id="passive-the-two"),
])
def test_generated_inflections(word: str, subtype: str) -> None:
    assert subtype in _subtypes(word)


@pytest.mark.parametrize("word", [
    pytest.param("انتحاريين", id="a-context-word-keeps-its-own-reading"),
    pytest.param("يقصفات", id="no-plural-of-an-imperfect-verb"),
    pytest.param("اشتباكاتات", id="no-plural-of-a-plural"),
    pytest.param("وصولا", id="as-far-as-is-no-arrival"),
])
def test_no_generated_form(word: str) -> None:
    assert _subtypes(word) == set()


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وكشف مصدر عسكري عن انشقاقات في صفوف اللواء في تعز أمس.", "Change to group/activity",
                 id="defections"),
    pytest.param("ونظم العشرات من الموظفين اعتصاما أمام مبنى المحافظة في عدن أمس.", "Peaceful protest",
                 id="sit-in-accusative"),
    pytest.param("وقال المرصد إن قوات النظام استهدفت البلدة بأكثر من 200 قذيفة أمس.",
                 "Shelling/artillery/missile attack", id="shells-counted-after-bi"),
    pytest.param("واستهدف المسلحون حاجزا للجيش قرب درعا بعشرات القذائف أمس.",
                 "Shelling/artillery/missile attack", id="shells-counted-by-a-vague-number"),
    pytest.param("وقال قائد ميداني إنه يجري تطهير مواقع المسلحين في ريف تعز أمس.", "Armed clash",
                 id="clearing-under-way-is-fighting"),
    pytest.param("وأفاد مصدر عسكري بأنه تم تطهير حي المعلا في عدن أمس.", "Government regains territory",
                 id="clearing-done-after-tamma"),
    pytest.param("وتمكنت الفصائل المسلحة من التقدم في بلدة قرب إدلب أمس.", "Armed clash",
                 id="advance-achieved-is-fighting"),
    pytest.param("وأعلنت وزارة الداخلية قبضها على 19 شخصا في الرياض أمس.", "Arrests",
                 id="verbal-noun-with-its-subject-pronoun-before-its-preposition"),
    pytest.param("وكان مسلحون قد استهدفوا المصلين في مسجد بعدن أمس، ما أسفر عن مقتل أربعة.", "Attack",
                 id="worshippers-targeted-no-aircraft"),
    pytest.param("واستهدفت طائرات التحالف المدنيين في قرية قرب حلب أمس.", "Air/drone strike",
                 id="civilians-targeted-by-aircraft"),
])
def test_recalled_events(text: str, subtype: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert subtype in {e.subtype for e in doc.events}


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقتل خمسة جنود في انفجار عبوة ناسفة في عدن أمس.\nكما تم تفكيك عبوة ناسفة أخرى.",
                 True, id="bomb-defused"),
    pytest.param("واعتقلت الشرطة خمسة أشخاص في عدن أمس.\nكما تم ضبط أسلحة وعبوات ناسفة.",
                 False, id="weapons-seized-in-a-sweep-of-arrests"),
])
def test_weapons_disrupted_with_no_time_or_place(text: str, expected: bool) -> None:
    doc = run(text, times=YESTERDAY)
    assert ("Disrupted weapons use" in {e.subtype for e in doc.events}) is expected


def test_flight_from_a_place_taken_is_part_of_the_taking() -> None:
    doc = run("وسيطرت القوات على المقرات الحكومية في عدن أمس، مما دفع المتمردين إلى الفرار.", times=YESTERDAY)
    assert [e.subtype for e in doc.events] == ["Government regains territory"]


def test_withdrawal_alone_is_a_transfer() -> None:
    doc = run("وانسحب المسلحون من عدن أمس.", times=YESTERDAY)
    assert [e.subtype for e in doc.events] == ["Non-violent transfer of territory"]


@pytest.mark.parametrize("text", [
    pytest.param("وتظاهر مئات الأشخاص في عدن أمس للتنديد بالغارات التي يشنها الطيران.", id="to-denounce"),
    pytest.param("وتجمع مئات الأشخاص في عدن أمس منددين بالقصف.", id="denouncing"),
    pytest.param("وتظاهر مئات الأشخاص في عدن أمس للترحم على ضحايا الهجوم.", id="praying-for-the-victims"),
])
def test_the_event_protested_is_no_new_event(text: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.type for e in doc.events if e.type != "Protests"] == []


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وأحبطت قوات الأمن محاولة لتفجير عبوة ناسفة في عدن أمس.", "Disrupted weapons use",
                 id="bombing-foiled"),
    pytest.param("وأحبطوا محاولة لزرع ألغام قرب تعز أمس.", "Disrupted weapons use", id="foiled-they"),
    pytest.param("وأحبطت طائرات التحالف هجوما للمسلحين قرب تعز أمس.", "Air/drone strike",
                 id="foiled-by-aircraft"),
    pytest.param("وأطاحت الشرطة بخلية إرهابية في عدن أمس.", "Arrests", id="cell-brought-down"),
    pytest.param("وتمكنت الشرطة من تفكيك خلية إرهابية في عدن أمس.", "Arrests", id="cell-dismantled"),
])
def test_foiled_and_cells(text: str, subtype: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events][:1] == [subtype]


@pytest.mark.parametrize("text", [
    pytest.param("وتمكن رجال الأمن أمس من إحباط عملية انتحارية كانت تستهدف مسجدا في عدن.", id="one"),
    pytest.param("واستطاعت قوات الأمن أمس إحباط تنفيذ 4 عمليات انتحارية كانت تستهدف مساجد في عدن.",
                 id="counted"),
])
def test_a_suicide_bombing_foiled_is_weapons_use_disrupted_not_a_bombing(text: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events] == ["Disrupted weapons use"]


def test_a_bombing_intended_is_no_event() -> None:
    doc = run("وكان التنظيم ينوي ارتكابها عبر عملية انتحارية في مسجد بمدينة عدن.")
    assert doc.events == []


def test_an_attack_foiled_with_no_weapon_or_aircraft_is_no_event() -> None:
    doc = run("وأحبطت قوات الأمن مخططا في عدن أمس.", times=YESTERDAY)
    assert doc.events == []


@pytest.mark.parametrize("text,subtype", [
    pytest.param("واستهدف المسلحون مدينة تعز أمس.", "Shelling/artillery/missile attack", id="town-targeted"),
    pytest.param("واستهدفت طائرات التحالف مدينة تعز أمس.", "Air/drone strike", id="town-targeted-by-aircraft"),
    pytest.param("واستهدفت المقاومة تجمعات للحوثيين قرب تعز أمس.", "Armed clash", id="positions-targeted"),
])
def test_target_verb_with_no_aircraft(text: str, subtype: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events] == [subtype]


def test_weapon_of_an_attack_names_it() -> None:
    doc = run("وقتل أربعة مسلحين بحسب مصادر محلية في تعز أمس بعد هجوم للمقاومة بقذيفة صاروخية على نقطة لهم.",
              times=YESTERDAY)
    assert [e.subtype for e in doc.events] == ["Shelling/artillery/missile attack"]


def test_undergone_far_from_its_verb() -> None:
    doc = run("وتعرضت بعد منتصف ليل الاثنين مناطق في حي الجمهوري بمدينة تعز أمس لقصف من قبل قوات النظام.",
              times=YESTERDAY)
    assert [e.subtype for e in doc.events] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وخطفت جبهة النصرة ثمانية مقاتلين من الفرقة 30 قرب حلب أمس.", "Arrests", id="fighters-seized-by-a-group"),
    pytest.param("واختطف مجهولون عنصرا من قوات النظام قرب حلب أمس.", "Abduction/forced disappearance",
                 id="seized-by-unknown-men"),
    pytest.param("وخطفت جبهة النصرة خمسة مدنيين قرب حلب أمس.", "Abduction/forced disappearance", id="civilians-seized"),
    pytest.param("وأفاد المرصد باختطاف خمسة مقاتلين قرب حلب أمس.", "Arrests", id="fighters-seized-no-doer-named"),
])
def test_fighters_seized_by_a_named_side_are_arrests(text: str, subtype: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events] == [subtype]


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وأدانت الوزارة التفجير الذي استهدف سوقا في عدن أمس.\nوقال المتحدث إن الهجوم خلف 15 قتيلا.",
                 ["Remote explosive/landmine/IED"], id="the-attack-is-the-blast"),
    pytest.param("وأدانت الوزارة التفجير الذي استهدف سوقا في عدن أمس.\nوقال المتحدث إن الهجوم على المعسكر خلف "
                 "15 قتيلا.", ["Armed clash", "Remote explosive/landmine/IED"], id="an-attack-on-a-target-of-its-own"),
    pytest.param("واندلعت اشتباكات في عدن أمس بعد التفجير الذي استهدف سوقا.\nوقال المتحدث إن الهجوم خلف 15 "
                 "قتيلا.", ["Armed clash", "Remote explosive/landmine/IED"], id="fighting-there-too"),
])
def test_generic_attack_names_the_blast_of_its_day(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=YESTERDAY)
    assert sorted({e.subtype for e in doc.events}) == subtypes


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وقال مصدر إن المسلحين استهدفوا أحد المواقع التي يتجمع فيها الجنود في تعز أمس، بقذيفة صاروخية، ما أدى "
                 "إلى مقتل تسعة.", "Shelling/artillery/missile attack", id="shell-as-the-means"),
    pytest.param("واستهدف مسلحون دورية للجيش في عدن أمس بعبوة ناسفة.", "Remote explosive/landmine/IED",
                 id="roadside-bomb-as-the-means"),
    pytest.param("واستهدف مسلحون دورية للجيش في عدن أمس، ما أدى إلى مقتل جنديين.", "Armed clash",
                 id="no-means-named"),
])
def test_target_verb_takes_its_type_from_the_weapon(text: str, subtype: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert subtype in {e.subtype for e in doc.events}
    assert len({e.subtype for e in doc.events}) == 1


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وقتل جندي في صدام مسلح مع المتمردين قرب عدن أمس.", "Armed clash", id="armed-clash-singular"),
    pytest.param("وتعرضت قرية قرب عدن أمس الجمعة لمقذوفات من داخل الأراضي اليمنية.",
                 "Shelling/artillery/missile attack", id="projectiles-undergone"),
    pytest.param("وتعرض الموقع في عدن أمس لقذائف المتمردين.", "Shelling/artillery/missile attack",
                 id="shells-undergone"),
    pytest.param("وشملت العمليات في عدن أمس استهداف دوريتين للأمن.", "Armed clash",
                 id="targeting-masdar-two-patrols"),
    pytest.param("وأطلقت أنقرة أمس عملية عسكرية جوية ضد المتمردين في عدن.", "Air/drone strike",
                 id="air-operation"),
])
def test_recalled_constructions(text: str, subtype: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert subtype in {e.subtype for e in doc.events}


@pytest.mark.parametrize("text", [
    pytest.param("وقال أمس إن صدام حسين حكم العراق.", id="saddam-is-a-name"),
    pytest.param("وعرض الجيش في عدن أمس مقذوفات قديمة.", id="projectiles-shown"),
])
def test_weapon_and_name_words_alone_are_no_event(text: str) -> None:
    assert run(text, times=YESTERDAY).events == []


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("ويرد المسلحون على قصف الطيران بقصف منازل المواطنين والأبرياء بالهاون في عدن أمس.",
                 {"Air/drone strike", "Shelling/artillery/missile attack"}, id="mortars-named-as-the-means"),
    pytest.param("وشهدت المدينة في عدن أمس تظاهرات عنيفة.", {"Violent demonstration"}, id="violent-demonstrations"),
])
def test_subtype_from_the_words_beside_the_trigger(text: str, subtypes: set[str]) -> None:
    assert {e.subtype for e in run(text, times=YESTERDAY).events} == subtypes


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وخرج الآلاف في عدن أمس في مسيرة جابت شوارع المدينة.", ["Peaceful protest"], id="went-out-in-a-march"),
    pytest.param("وشارك المئات في عدن أمس في مسيرة.", ["Peaceful protest"], id="took-part-in-a-march"),
    pytest.param("وأشاد الوزير في عدن أمس بمسيرة السلام.", [], id="the-peace-process"),
])
def test_march_with_its_marchers(text: str, subtypes: list[str]) -> None:
    assert [e.subtype for e in run(text, times=YESTERDAY).events] == subtypes


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وقتل خمسة مدنيين في عدن أمس مع تنفيذ الطيران الحربي والمروحي ما لا يقل عن 10 ضربات على المدينة.",
                 {"Air/drone strike"}, id="aircraft-as-the-subject-of-a-verbal-noun"),
    pytest.param("وقال مصدر في الطيران المدني في عدن أمس، إن ضربات المقاومة مستمرة.", set(),
                 id="aircraft-beyond-a-comma"),
])
def test_strikes_made_by_an_aircraft_named_before_them(text: str, subtypes: set[str]) -> None:
    assert {e.subtype for e in run(text, times=YESTERDAY).events} == subtypes


@pytest.mark.parametrize("text,killed", [
    pytest.param("وقتل شرطي في عدن أمس.", 1, id="one-policeman-killed"),
    pytest.param("وتصاعد التوتر بعد مقتل جندي في عدن أمس.", 1, id="the-killing-of-one-soldier"),
    pytest.param("وقتل ضابطان في عدن أمس.", 2, id="two-officers-killed"),
])
def test_a_toll_of_one_or_two_armed_men_is_an_event(text: str, killed: int) -> None:
    doc = run(text, times=YESTERDAY)
    assert [(e.subtype, e.killed) for e in doc.events] == [("Armed clash", killed)]


def test_a_death_with_no_armed_man_or_weapon_is_no_event() -> None:
    assert run("وقتل رجل في حادث سير في عدن أمس.", times=YESTERDAY).events == []


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقالت الشرطة إنها ألقت القبض على المشتبه به.", ["Arrests"], id="finite-verb"),
    pytest.param("وكان السائق قد اعتقل بعد يومين من الهجوم.", ["Arrests"], id="finite-verb-passive"),
    pytest.param("وأفاد بيان أنه تم توقيف 120 شخصا لانتمائهم إلى جماعات متشددة.", ["Arrests"],
                 id="verbal-noun-after-passive-auxiliary"),
    pytest.param("وكانت الوزارة قد تمكنت من الإطاحة بخلايا تضم عشرات المتشددين.", ["Arrests"],
                 id="verbal-noun-after-achieve-verb"),
    pytest.param("وأعرب الوزير عن أمله في إلقاء القبض على مرتكبي الهجوم.", [], id="verbal-noun-hoped-for"),
    pytest.param("وتمكنت الشرطة من إيقاف 4 عناصر متطرفة في مدينة سوسة.", ["Arrests"], id="ikaf-counted"),
    pytest.param("وأعلنت السلطات أنها تمكنت من إيقاف مشتبه به في الهجوم.", ["Arrests"], id="ikaf-one-suspect"),
    pytest.param("وقررت الوزارة إيقاف العمل في المعبر حتى إشعار آخر.", [], id="ikaf-stops-a-thing"),
])
def test_arrest_told_as_done_needs_no_time_or_place(text: str, expected: list[str]) -> None:
    doc = run(text)
    assert [e.subtype for e in doc.events if e.type == "Strategic developments"] == expected


@pytest.mark.parametrize("text", [
    pytest.param("وقال الجيش إن هجوما انتحاريا أسفر عن مقتل جندي عند نقطة تفتيش في عدن أمس.", id="accusative"),
    pytest.param("وقتل 12 مدنيا في هجومين انتحاريين في عدن أمس.", id="dual"),
    pytest.param("وقتل 12 مدنيا في هجوم انتحاري في عدن أمس.", id="adjective-that-is-a-trigger"),
])
def test_attack_with_a_suicide_adjective_is_a_suicide_bombing(text: str) -> None:
    assert {e.subtype for e in run(text, times=YESTERDAY).events} == {"Suicide bomb"}


@pytest.mark.parametrize("text,subtype", [
    pytest.param("ونجحت قوات الأمن في ضبط 25 شخصا من المطلوبين في عدن أمس.", "Arrests", id="people-seized"),
    pytest.param("ونجحت قوات الأمن في ضبط 25 قطعة سلاح في عدن أمس.", "Disrupted weapons use", id="weapons-seized"),
])
def test_seizing_verb_takes_its_type_from_its_object(text: str, subtype: str) -> None:
    assert [e.subtype for e in run(text, times=YESTERDAY).events] == [subtype]
