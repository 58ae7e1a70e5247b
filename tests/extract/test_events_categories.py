"""The events stage on classes of reports beyond air strikes: attacks on civilian places, generic
attacks that name a suicide bombing, accidents, diplomatic expulsions, purposes and riots.

Cases build their Doc by hand (see :mod:`tests.extract.test_events`), so they do not depend on the
other stages.
"""

from __future__ import annotations

import pytest

from tests.extract.test_events import run

YESTERDAY = (("أمس", "2015-08-05", "day"),)


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وقتل مسلحون عشرة أشخاص في هجوم على فندق في عدن أمس.", "Attack", id="hotel"),
    pytest.param("وكان أبرزها الهجوم على متحف في حلب أمس الذي أدى إلى مقتل 22 شخصا.", "Attack", id="museum"),
    pytest.param("ووقع هجوم مماثل في منتجع ساحلي قرب عدن أمس على يد مسلحين.", "Attack",
                 id="resort-doers-named-after"),
    pytest.param("وقتل 12 شخصا في الهجوم على فندق في عدن أمس، وبين القتلى خمسة من القوات الحكومية.",
                 "Armed clash", id="hotel-with-forces-among-the-dead"),
    pytest.param("وقتل مسلح ثلاثة سياح في هجوم على شاطئ قرب عدن أمس.", "Attack", id="tourists"),
    pytest.param("ووقع أمس هجوم نفذه مسلح في سينما وسط عدن، مما أسفر عن مقتل شخصين.", "Attack", id="cinema"),
    pytest.param("وأشاد القيادي بالهجوم المسلح على صحيفة محلية في عدن أمس.", "Attack", id="a-newspaper-attacked"),
    pytest.param("ودان الوزير الهجوم الذي تعرضت له مجلة ساخرة في عدن أمس.", "Attack", id="a-magazine-underwent-it"),
    pytest.param("وقتل خمسة جنود في هجوم على حاجز في عدن أمس، بحسب صحيفة محلية.", "Armed clash",
                 id="a-newspaper-as-the-source"),
])
def test_attack_on_a_civilian_place(text: str, subtype: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events] == [subtype]


def test_attack_near_the_one_suicide_bombing_is_that_bombing() -> None:
    text = ("قتل 21 شخصا في هجوم في عدن أمس.\n"
            "وقالت الوزارة إن انتحاريا فجر نفسه في سوق الحوطة أمس.")
    doc = run(text, times=(("أمس", "2015-08-05", "day"), ("أمس", "2015-08-05", "day", 2)),
              places=("عدن", "الحوطة"))
    assert [(e.subtype, e.place.name) for e in doc.events] == [("Suicide bomb", "Al-Hawtah")]


@pytest.mark.parametrize("text", [
    pytest.param("وكانت الشرطة أعلنت مقتل 19 شخصا في حادث الاصطدام الذي جرى في عدن أمس.", id="collision"),
    pytest.param("وقال الجيش إن 12 جنديا قتلوا غرقا بعد غرق زورق قرب عدن أمس.", id="drowning"),
    pytest.param("وطردت السلطات اليمنية السفير الإيراني من عدن أمس.", id="envoy-expelled"),
    pytest.param("ودخلت القوات قرية قرب تعز أمس للقيام بحملة اعتقالات.", id="to-carry-out-arrests"),
    pytest.param("لدينا قانون ينص على معاقبة من يثبت تحريضه على التخريب والتفجير في عدن أمس.", id="a-law"),
    pytest.param("وقال المرصد إن ذلك خرق لاتفاقيات جنيف التي تحظر إعدام أسرى المعارك في عدن.", id="a-rule-forbids"),
    pytest.param("ويتهم التنظيم الحكومة بالسيطرة على الحوثيين في عدن.", id="a-hold-over-a-group"),
    pytest.param("وتهدف المنحة إلى تعزيز قدرات القوات في مجال نزع الألغام في عدن.", id="a-field-of-work"),
    pytest.param("وأكد أنه لا صحة لمقتل ثلاثة جنود في عدن أمس.", id="no-truth-to-it"),
    pytest.param("وأوقفت القوات العراقية عمليات القصف الجوي في الفلوجة أمس.", id="strikes-stopped"),
    pytest.param("وأعلنت الوزارة أمس انطلاق العمليات لتحرير مدينة تدمر من سيطرة تنظيم داعش.", id="freed-from-a-hold"),
    pytest.param("وأحال النائب العام قيادات الجماعة إلى المحكمة في قضية الاعتصام المسلح بميدان عدن.", id="a-court-case"),
    pytest.param("ويقصف النظام بانتظام مناطق المعارضة في حلب.", id="regularly"),
    pytest.param("ووقع الحادث في عدن أمس بعد ثلاث سنوات تقريبا على إطلاق النار الذي شهدته دار للسينما في تعز.",
                 id="years-counted-from"),
    pytest.param("وأقام محتجون ملثمون حواجز على الطرق في عدن أمس وأوقفوا السيارات.", id="cars-stopped"),
    pytest.param("رابط الخبر بصحيفة الوئام: التحالف يقصف مواقع في تعز أمس", id="link-line"),
    pytest.param("وأعلن مقاتلون من الجماعة في عدن أمس مبايعة زعيم التنظيم في تسجيل صوتي.", id="a-pledge"),
    pytest.param("وقال البيان إن المسلحين بايعوا التنظيم مؤخرا في عدن.", id="pledged-recently"),
])
def test_no_event(text: str) -> None:
    doc = run(text, times=YESTERDAY if "أمس" in text else ())
    assert [(e.subtype, e.trigger.text) for e in doc.events] == []


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأوقفت الشرطة 5 أشخاص في عدن أمس.", ["Arrests"], id="people-detained"),
    pytest.param("وكانوا عائدين إلى مقرهم في عدن أمس عندما أوقفهم حاجز للجبهة وخطفهم.",
                 ["Abduction/forced disappearance", "Arrests"], id="stopped-then-abducted"),
])
def test_stopping_people_is_still_detaining_them(text: str, expected: list[str]) -> None:
    doc = run(text, times=YESTERDAY)
    assert sorted(e.subtype for e in doc.events) == expected


def test_the_dead_of_an_event_a_span_is_counted_from_are_no_toll_of_the_news() -> None:
    doc = run("واعتقلت الشرطة خمسة أشخاص في عدن أمس بعد أكثر من شهر من تفجير المسجد الذي أودى بحياة 27 شخصا.",
              times=YESTERDAY)
    assert [(e.subtype, e.killed) for e in doc.events] == [("Arrests", None)]


def test_the_blows_a_withdrawal_was_under_only_support_it() -> None:
    doc = run("وانسحب المتمردون من المدينة أمس على وقع ضربات المقاومة وطيران التحالف.", times=YESTERDAY)
    assert [e.subtype for e in doc.events] == ["Non-violent transfer of territory"]


def test_a_flight_from_violence_hands_over_no_territory() -> None:
    doc = run("وكان العشرات من أبناء القرية قد فروا من القصف إلى عدن.")
    assert [e.subtype for e in doc.events if e.subtype == "Non-violent transfer of territory"] == []


def test_clashes_with_residents_are_a_riot() -> None:
    doc = run("واندلعت اشتباكات بين الجنود وبين السكان في قرية قرب حلب أمس.", times=YESTERDAY)
    assert [(e.type, e.subtype) for e in doc.events] == [("Riots", "Violent demonstration")]


def test_control_in_a_relative_clause_is_a_state() -> None:
    doc = run("وقصف الطيران قرية قرب حلب أمس، والتي يسيطر عليها التنظيم، ما أدى إلى مقتل 12 مدنيا.",
              times=YESTERDAY)
    assert [e.subtype for e in doc.events] == ["Air/drone strike"]


def test_a_contrasting_toll_is_no_new_event() -> None:
    doc = run("وانفجرت سيارة مفخخة قرب معسكر للجيش في حلب أمس ما أدى إلى مقتل ثمانية جنود.\n"
              "لكن الجيش أعلن مقتل جنديين وإصابة أربعة.", times=YESTERDAY)
    assert [e.subtype for e in doc.events] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text,typ,subtype", [
    pytest.param("وتمكنت القوات من تحرير تلة قرب حلب أمس.", "Battles", "Government regains territory",
                 id="managed-to-liberate-a-hill"),
    pytest.param("وقال مسعفون إن جنديين قتلا في قتال بين القوات الحكومية ومسلحين في عدن أمس.", "Battles",
                 "Armed clash", id="fighting-between"),
    pytest.param("وتمكنت القوات من إزالة 450 عبوة ناسفة قرب حلب أمس.", "Strategic developments",
                 "Disrupted weapons use", id="bombs-removed"),
    pytest.param("وقام الجيش بتفجير مخزن للأسلحة قرب عدن أمس.", "Strategic developments",
                 "Disrupted weapons use", id="arms-depot-blown-up"),
    pytest.param("وشنت الطائرات الحربية ضربات على مواقع التنظيم في حلب أمس.", "Explosions/Remote violence",
                 "Air/drone strike", id="strikes-by-aircraft"),
    pytest.param("وسقطت عدة قذائف على أحياء في حلب أمس.", "Explosions/Remote violence",
                 "Shelling/artillery/missile attack", id="shells-fell"),
])
def test_more_trigger_classes(text: str, typ: str, subtype: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert (typ, subtype) in {(e.type, e.subtype) for e in doc.events}


@pytest.mark.parametrize("text", [
    pytest.param("وأكد المتحدث أن القوات تواصل قتال التنظيم في حلب أمس.", id="fighting-as-a-policy"),
    pytest.param("ووجهت القوات ضربات موجعة للتنظيم في حلب أمس.", id="blows-are-no-air-strike"),
    pytest.param("وتسعى القوات إلى تحرير المدينة من التنظيم في حلب.", id="liberation-as-an-aim"),
])
def test_words_that_need_their_context(text: str) -> None:
    doc = run(text, times=YESTERDAY if "أمس" in text else ())
    assert doc.events == []


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وحاولت قوات النظام التقدم نحو قرية قرب حلب أمس.", "Armed clash", id="attempted-advance"),
    pytest.param("واحتجزت قوات الأمن خمسة أشخاص في عدن أمس.", "Arrests", id="detained"),
    pytest.param("الشرطة تعتقل خمسة مشتبه بهم في عدن أمس", "Arrests", id="imperfect-arrest"),
    pytest.param("وطعن رجل ثلاثة مدنيين في سوق بعدن أمس.", "Attack", id="stabbing"),
    pytest.param("وتظاهرت مئات النساء في تعز أمس.", "Peaceful protest", id="protest-feminine-verb"),
    pytest.param("ونصب المسلحون كمائن لقوات الجيش قرب تعز أمس.", "Armed clash", id="ambushes"),
])
def test_inflected_triggers(text: str, subtype: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert subtype in {e.subtype for e in doc.events}


@pytest.mark.parametrize("text", [
    pytest.param("وأكد الوزير أن التقدم في المفاوضات بطيء.", id="progress-is-no-advance"),
    pytest.param("وقتل 12 عنصرا من التنظيم بينهم ثلاثة انتحاريين في كمين قرب حلب أمس.", id="bombers-are-people"),
])
def test_no_suicide_bombing_or_advance(text: str) -> None:
    doc = run(text, times=YESTERDAY if "أمس" in text else ())
    assert [e.subtype for e in doc.events] == ([] if "كمين" not in text else ["Armed clash"])


def test_ground_forces_backed_by_air_cover_fight_a_clash() -> None:
    doc = run("وقال المتحدث إن القوات المدعومة بغطاء جوي واصلت استهداف مواقع المسلحين قرب حلب أمس.",
              times=YESTERDAY)
    assert [(e.type, e.subtype) for e in doc.events] == [("Battles", "Armed clash")]


def test_a_running_total_is_no_event() -> None:
    doc = run("وأشار المرصد إلى ارتفاع العدد الإجمالي للقتلى إلى 3216 جراء غارات التحالف على مناطق في حلب.")
    assert doc.events == []


def test_an_attack_after_which_something_happened_is_an_event() -> None:
    # "شنه" needs an aircraft beside it: no event of its own that the attack would only lead to
    doc = run("وفرضت حالة الطوارئ في حلب أمس عقب هجوم عنيف شنه مسلحون على معسكر للجيش في أريحا.",
              times=YESTERDAY)
    # (the state of emergency imposed is an event of its own: Other)
    assert sorted(e.subtype for e in doc.events) == ["Armed clash", "Other"]


@pytest.mark.parametrize("text,value,precision,n", [
    pytest.param("ففي ظهر 21 أبريل 2004 انفجرت سيارة مفخخة أمام مبنى الأمن العام في عدن.", "2004-04-21", "day", 1,
                 id="the-very-day-told-again"),
    pytest.param("وفي عام 2004 انفجرت سيارة مفخخة أمام مبنى الأمن العام في عدن.", "2004-01-01", "year", 0,
                 id="a-year-long-ago-is-history"),
])
def test_events_long_ago(text: str, value: str, precision: str, n: int) -> None:
    when = "21 أبريل 2004" if precision == "day" else "عام 2004"
    doc = run(text, times=((when, value, precision),))
    assert len(doc.events) == n


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وقتل 8 مسلحين مساء أمس خلال تطهير القوات الحكومية القصر الرئاسي في عدن.",
                 [("Government regains territory", 8)], id="clearing-during-which-men-died"),
    pytest.param("وأكد القائد أن الهدف تطهير المحافظة من المسلحين.", [], id="clearing-as-an-aim"),
    pytest.param("وبث المقاتلون صورا من داخل القصر الذي كان الرئيس يتخذه مقرا قبل أن يهاجم المسلحون مدينة عدن.",
                 [], id="a-past-attack-as-a-time-reference"),
])
def test_clearing_and_background(text: str, subtypes: list) -> None:
    doc = run(text, times=YESTERDAY if "أمس" in text else ())
    assert [(e.subtype, e.killed) for e in doc.events] == subtypes


def test_undated_attack_of_the_lead_is_the_one_bombing() -> None:
    text = ("قتل 21 شخصا على الأقل في هجوم في عدن.\n"
            "وقالت الوزارة إن انتحاريا فجر نفسه في سوق الحوطة أمس.")
    doc = run(text, times=YESTERDAY, places=("عدن", "الحوطة"))
    assert [e.subtype for e in doc.events] == ["Suicide bomb"]


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("واحتجز مسلحون عشرات الرهائن في فندق بعدن أمس.", ["Abduction/forced disappearance"], id="hostages-held"),
    pytest.param("واعتقلت الشرطة 16 شخصا في عدن أمس.", ["Arrests"], id="persons-arrested"),
    pytest.param("وأطلق مسلحون النار على سيارة مدنية في عدن أمس.", ["Attack"], id="fire-on-a-civilian-car"),
    pytest.param("وأطلق مسلحون النار على حاجز للجيش في عدن أمس.", ["Armed clash"], id="fire-on-a-checkpoint"),
    pytest.param("وأطلق مجهولون النار على رجل في عدن أمس.", ["Attack"], id="fire-on-a-man"),
    pytest.param("وأضرم مستوطنون النار في منزل بقرية دوما أمس.", ["Attack"], id="arson-of-a-home"),
    pytest.param("وأضرم محتجون النار في مبنى حكومي في عدن أمس.", ["Violent demonstration"], id="arson-by-protesters"),
    pytest.param("وأضرم مجهولون النار في مبنى حكومي في عدن أمس.", ["Looting/property destruction"], id="arson-of-a-building"),
    pytest.param("ونظم آلاف المحتجين مسيرة في عدن أمس.", ["Peaceful protest"], id="march"),
    pytest.param("وقصفت طائرة مسيرة سيارة في عدن أمس.", ["Air/drone strike"], id="drone-is-no-march"),
    pytest.param("وتظاهر مئات اليمنيين أمام السفارة في عدن أمس احتجاجا على الغارات.", ["Peaceful protest"],
                 id="the-strikes-protested-are-told-elsewhere"),
    pytest.param("وأصدرت محكمة في عدن أمس حكما بالإعدام على خمسة متهمين.", [], id="death-sentence"),
    pytest.param("واستخدمت قوات الأمن الرصاص الحي لتفريق المحتجين في عدن أمس.",
                 ["Excessive force against protesters"], id="live-fire-to-disperse"),
    pytest.param("وأطلق الحوثيون صاروخا باليستيا على مدينة عدن أمس.", ["Shelling/artillery/missile attack"],
                 id="missile-fired-at-a-town"),
])
def test_fire_arson_protests_and_sentences(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events] == subtypes


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وسقطت مدينة زنجبار بيد المسلحين أمس.", ["Non-state actor overtakes territory"], id="fell-to-militants"),
    pytest.param("وسقطت مقاتلة سورية على سوق في أريحا أمس.", ["Other"], id="a-crash-still-a-crash"),
    pytest.param("وتدور معارك عنيفة في عدن منذ صباح اليوم.", ["Armed clash"], id="since-this-morning"),
    pytest.param("وتدور معارك عنيفة في عدن منذ عام 2011.", [], id="since-years-is-history"),
    pytest.param("وتوصل الطرفان أمس إلى اتفاق لوقف إطلاق النار في عدن.", ["Agreement"], id="ceasefire-agreement"),
])
def test_fall_ongoing_and_ceasefire(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=YESTERDAY if "أمس" in text else ())
    assert [e.subtype for e in doc.events] == subtypes


def test_ground_forces_own_their_shelling_in_a_sentence_with_aircraft() -> None:
    doc = run("وشن الطيران الحربي عشر غارات على مناطق في حلب أمس، كما جددت قوات النظام قصفها لمناطق في أريحا.",
              times=YESTERDAY)
    assert sorted(e.subtype for e in doc.events) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_fighting_named_in_a_relative_clause_is_a_description() -> None:
    doc = run("ووصل فريق فني لإصلاح مطار عدن الذي دمرته المعارك.")
    assert doc.events == []


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("ولم تسفر الغارات التي استهدفت مواقع في عدن أمس عن إصابات.", ["Air/drone strike"],
                 id="no-casualties-is-no-negated-strike"),
    pytest.param("وقال شهود إن الطائرات لم تتوقف عن قصف عدن منذ أمس.", ["Air/drone strike"], id="did-not-stop"),
    pytest.param("ولم يتبن أحد الهجوم الذي استهدف مسجدا في عدن أمس.", ["Attack"], id="nobody-claimed-it"),
    pytest.param("ولم يتمكن المسلحون من السيطرة على عدن أمس.", ["Armed clash"], id="failed-takeover-is-fighting"),
    pytest.param("ولم تتمكن الشرطة من اعتقال المسلحين في عدن أمس.", [], id="failed-arrest"),
    pytest.param("ولم تشن الطائرات أي غارات على عدن أمس.", [], id="no-strikes"),
])
def test_what_a_negation_applies_to(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events] == subtypes


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("ويصادف اليوم الذكرى الأولى للهجوم على مسجد في عدن.", [], id="anniversary"),
    pytest.param("وأقيمت أمس مراسم تأبين لضحايا الهجوم الذي استهدف المسجد في عدن.", [], id="memorial"),
    pytest.param("وحذرت الأمم المتحدة من أن الغارات قد تؤدي إلى كارثة إنسانية في عدن.", [], id="warning"),
    pytest.param("وطالبت المنظمة بالتحقيق في الغارة التي استهدفت مستشفى في عدن أمس.", ["Air/drone strike"],
                 id="inquiry-demanded-into-a-strike"),
    pytest.param("ونظمت الجالية اليمنية في برلين أمس وقفة أمام السفارة.", ["Peaceful protest"], id="vigil-abroad"),
    pytest.param("ولقي 150 شخصا حتفهم في تحطم طائرة ركاب قرب عدن أمس.", [], id="airliner-crash"),
    pytest.param("وتحطمت مروحية عسكرية أمس أثناء مهمة تدريبية قرب عدن.", [], id="training-crash"),
])
def test_commemorations_warnings_and_crashes(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=YESTERDAY if "أمس" in text else ())
    assert [e.subtype for e in doc.events] == subtypes


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وقتل جنديان في هجوم نسب إلى حزب العمال الكردستاني قرب حلب أمس.", ["Armed clash"],
                 id="workers-party-is-no-civilian"),
    pytest.param("واندلعت اشتباكات بين الجيش وحركة الشباب قرب عدن أمس.", ["Armed clash"],
                 id="al-shabaab-is-no-crowd"),
    pytest.param("وأصيب عشرات الشبان بالاختناق خلال مواجهات مع الجنود في قرية قرب حلب أمس.",
                 ["Violent demonstration"], id="tear-gas-clashes"),
    pytest.param("وشن التنظيم هجوما بغاز الخردل على مواقع الأكراد قرب حلب أمس.", ["Chemical weapon"],
                 id="mustard-gas"),
    pytest.param("واستشهد شاب برصاص الجنود في قرية قرب حلب أمس.", ["Attack"], id="young-man-shot"),
])
def test_names_that_are_words_and_victims(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events] == subtypes


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وسقطت البلدة بيد المسلحين قرب حلب أمس.", ["Non-state actor overtakes territory"],
                 id="fell-into-the-hands-of"),
    pytest.param("وقتل ثلاثة في انفجار مخزن للذخيرة قرب حلب أمس.", ["Remote explosive/landmine/IED"],
                 id="depot-explosion-stays-an-explosion"),
])
def test_words_with_two_readings(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events] == subtypes


def test_killed_by_the_hand_of_is_no_place_taken() -> None:
    doc = run("وسقط الشاب قتيلا بيد مسلحين في قرية قرب حلب أمس.", times=YESTERDAY)
    assert not {e.type for e in doc.events} & {"Battles"}


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وتعرضت دورية للجيش لهجوم مسلح في عدن أمس.", ["Armed clash"], id="army-before-attack-is-no-name"),
    pytest.param("وقتل خمسة في هجوم بقذائف صاروخية على عدن أمس.", ["Shelling/artillery/missile attack"],
                 id="attack-named-by-its-weapon"),
    pytest.param("وهاجمت سيارة مفخخة مبنى الأمن العام في عدن أمس.", ["Remote explosive/landmine/IED"],
                 id="a-car-bomb-attacked"),
    pytest.param("واستهدفت المدفعية مواقع الحوثيين في عدن أمس.", ["Shelling/artillery/missile attack"],
                 id="guns-targeted"),
    pytest.param("وشنت البوارج ضربات صاروخية على مواقع المسلحين في عدن أمس.", ["Shelling/artillery/missile attack"],
                 id="missile-strikes"),
])
def test_attack_words_and_weapons(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events] == subtypes


def test_a_total_goes_on_in_the_next_sentences() -> None:
    doc = run("وأشار المرصد إلى ارتفاع العدد الإجمالي للقتلى إلى 3216 جراء غارات التحالف على حلب. "
              "ولفت إلى مقتل 2927 من التنظيم جراء الضربات الجوية على حلب. "
              "كما لقي 115 مسلحا حتفهم جراء ضربات صاروخية على أريحا.")
    assert doc.events == []


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وأعلنت وزارة الداخلية أمس اعتقال 16 شخصا في عدن.", ["Arrests"], id="arrest-with-a-count"),
    pytest.param("وتمكنت الشرطة من توقيف خمسة مشتبه بهم في عدن أمس.", ["Arrests"], id="detention-with-a-number-word"),
    pytest.param("وتخشى الأسر اعتقال أبنائها في عدن.", [], id="arrest-talked-about"),
])
def test_arrest_nouns_with_a_count(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=YESTERDAY if "أمس" in text else ())
    assert [e.subtype for e in doc.events] == subtypes


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("واستهدفت المقاومة تجمعات للحوثيين في عدن أمس.", ["Armed clash"], id="fighters-targeted-a-position"),
    pytest.param("واستهدفت عبوة ناسفة دورية للجيش في عدن أمس.", ["Remote explosive/landmine/IED"],
                 id="a-bomb-targeted-a-patrol"),
    pytest.param("وزرع المسلحون عبوة ناسفة على الطريق في عدن أمس.", [], id="a-bomb-planted"),
])
def test_what_targeted_a_target(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events] == subtypes


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("واحتشد آلاف المحتجين أمام مبنى المحافظة في عدن أمس.", ["Peaceful protest"], id="protesters-gathered"),
    pytest.param("واحتشدت القوات على أطراف عدن أمس.", [], id="troops-massed"),
])
def test_gatherings(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events] == subtypes


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقتل 20 سائحا بينهم عشرة أجانب في هجوم شنه طالب جامعي مسلح في مدينة سوسة أمس.", "Attack",
                 id="tourists-killed-in-an-attack-by-a-gunman"),
    pytest.param("وقتل 12 مدنيا في هجوم على بلدة قرب سوسة أمس.", "Attack", id="civilians-killed-in-an-attack"),
    pytest.param("وقتل 3 جنود ومدني في هجوم شنه مسلحون على حاجز في سوسة أمس.", "Armed clash",
                 id="soldiers-among-the-dead"),
    pytest.param("وقتل 5 مدنيين في هجوم على حاجز للجيش في سوسة أمس.", "Armed clash", id="an-army-checkpoint-attacked"),
])
def test_a_generic_attack_whose_dead_are_civilians_is_an_attack(text: str, expected: str) -> None:
    events = run(text, times=(("أمس", "2015-08-05", "day"),)).events
    assert [e.subtype for e in events] == [expected]


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأعلن الرئيس أمس حالة الطوارئ في عدن.", ["Other"], id="declared"),
    pytest.param("وقالت الرئاسة إن حالة الطوارئ التي أعلنت أمس في عدن ستستمر.", ["Other"], id="declared-after-it"),
    pytest.param("ومدد المحافظ أمس حالة الطوارئ في عدن لشهرين.", ["Other"], id="extended"),
    pytest.param("وأعلنت وزارة الصحة أمس حالة الطوارئ القصوى في مستشفيات عدن.", [], id="a-hospitals-alert"),
    pytest.param("ويعيش السكان أمس في ظل حالة الطوارئ في عدن.", [], id="living-under-it"),
])
def test_a_state_of_emergency_declared_is_an_event(text: str, expected: list[str]) -> None:
    events = run(text, times=(("أمس", "2015-08-05", "day"),)).events
    assert [e.subtype for e in events] == expected


def _split_event(place: str, start: int, name: str | None, lat: float, killed: int | None):
    from khabar.doc import Event, PlaceMention, Span
    where = PlaceMention(Span(start, start + len(place), place), name=name, level="city", lat=lat, lon=44.0)
    return Event("Battles", "Armed clash", Span(10, 17, "مواجهات"), date="2015-08-05", place=where,
                 killed=killed)


def test_one_trigger_split_over_streets_guessed_at_one_point_is_one_event() -> None:
    from khabar.extract.events import _one_per_telling
    guessed = [_split_event("حي أ", 30, None, 13.5, 8), _split_event("حي ب", 40, None, 13.5, 8)]
    named = [_split_event("قرية أ", 30, "Qarya A", 14.1, None), _split_event("قرية ب", 40, "Qarya B", 14.1, None)]
    assert [(e.place.span.text, e.killed) for e in _one_per_telling(guessed)] == [("حي أ", 16)]
    assert len(_one_per_telling(named)) == 2  # two villages named, one district's point: two events


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وبسط مسلحو تنظيم الدولة سيطرتهم على مدينة الرمادي أمس.", "Non-state actor overtakes territory",
                 id="their-control-over-is-the-militants"),
    pytest.param("وأحكم الحوثيون أمس سيطرتهم الكاملة على مدينة الحديدة.", "Non-state actor overtakes territory",
                 id="their-full-control-over"),
    pytest.param("وقال مسؤول إن التنظيم أعدم عشرات الجنود لدى سيطرته على مدينة تكريت أمس.",
                 "Non-state actor overtakes territory", id="upon-its-control-over"),
    pytest.param("وأعلنت المقاومة الشعبية أمس سيطرتها على مدينة الحوطة.", "Government regains territory",
                 id="pro-government-side-regains"),
    pytest.param("وقالت المصادر إن مدينة الحوطة تمت استعادتها من الحوثيين أمس.", "Government regains territory",
                 id="pronoun-is-the-place-taken"),
])
def test_pronoun_of_a_territory_masdar_is_its_doer(text: str, subtype: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events if e.type == "Battles"] == [subtype]


@pytest.mark.parametrize("text,subtype,actor1", [
    pytest.param("وسقطت البلدة في أيدي المسلحين قرب حلب أمس.", "Non-state actor overtakes territory", "المسلحين",
                 id="fell-into-the-hands"),
    pytest.param("وقالت المصادر إن اللواء سقط بالكامل في يد المقاومة أمس.", "Government regains territory", "المقاومة",
                 id="fell-into-the-hand"),
    pytest.param("وسقطت البلدة في يد تحالف من مقاتلين متطرفين قرب حلب أمس.", "Non-state actor overtakes territory",
                 "تحالف", id="a-coalition-made-of-militants"),
    pytest.param("وسقطت البلدة بيد المسلحين قرب حلب أمس.", "Non-state actor overtakes territory", "المسلحين",
                 id="the-hand-is-the-taker"),
])
def test_fell_into_the_hand_of(text: str, subtype: str, actor1: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [(e.subtype, e.actor1) for e in doc.events] == [(subtype, actor1)]


def test_fell_hurt_at_the_hand_of_is_no_place_taken() -> None:
    doc = run("وسقط جندي مصابا على يد مسلحين في قرية قرب حلب أمس.", times=YESTERDAY)
    assert not {e.type for e in doc.events} & {"Battles"}



def test_pronoun_doer_named_before_another_verb() -> None:
    # the side is the subject of an earlier verb of the clause, and no actor was chosen for the word
    from khabar.pipeline import process
    doc = process("وكشف ناشط أمس أن تنظيم داعش قتل منذ سيطرته على مدينة الموصل الصيف الماضي وحتى الآن 900 شخص.",
                  published="2015-08-10")
    takes = [e for e in doc.events if e.type == "Battles"]
    assert [(e.subtype, e.actor1) for e in takes] == [("Non-state actor overtakes territory", "تنظيم داعش")]


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وتواصل المقاومة الشعبية تطهير المحافظة من بقايا المتمردين بعد استعادة مدينة الحوطة أمس.",
                 "Government regains territory", id="cleared-of-the-remnants-is-the-loser"),
    pytest.param("وواصلت المقاومة تطهير الأحياء من المسلحين بعد استعادة مدينة الحوطة أمس.",
                 "Government regains territory", id="rid-of-the-militants-is-the-loser"),
    pytest.param("وقالت المصادر إن عناصر من المتمردين سيطروا على مدينة الحوطة أمس.",
                 "Non-state actor overtakes territory", id="members-of-the-group-are-the-doer"),
])
def test_the_side_a_place_is_taken_from(text: str, subtype: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert subtype in [e.subtype for e in doc.events if e.type == "Battles"]
    assert [e.subtype for e in doc.events if e.type == "Battles" and e.subtype != subtype
            and e.subtype.endswith("territory")] == []


# a generic attack whose doer is aircraft is their strike: the subject right after the verb, or the
# aircraft a pronoun on the attack points back to; not armed men, nor a doer named further off
@pytest.mark.parametrize("text,subtype,actor1", [
    pytest.param("هاجمت طائرات حربية مواقع المسلحين في حلب أمس.", "Air/drone strike", "طائرات حربية",
                 id="aircraft-subject"),
    pytest.param("واصلت مقاتلات حربية أمس هجومها على مواقع المسلحين في حلب.", "Air/drone strike",
                 "مقاتلات", id="aircraft-own-the-pronoun"),
    pytest.param("هاجم مسلحون حاجزا للجيش في حلب أمس.", "Armed clash", "مسلحون", id="armed-men"),
    pytest.param("واصلت قوات النظام أمس هجومها على مواقع المسلحين في حلب.", "Armed clash", "قوات النظام",
                 id="ground-forces-own-the-pronoun"),
])
def test_an_attack_by_aircraft_is_an_air_strike(text: str, subtype: str, actor1: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [(e.subtype, e.actor1) for e in doc.events] == [(subtype, actor1)]


@pytest.mark.parametrize("text", [
    pytest.param("وأكدت المقاومة أمس عزمها على مواصلة القتال حتى استعادة الشرعية في مدينة الحوطة.", id="legitimacy-restored"),
    pytest.param("وتمكنت فرق الدفاع المدني أمس من السيطرة على الحريق في سوق مدينة الحوطة.", id="a-fire-brought-under-control"),
    pytest.param("وقال المحافظ أمس إن الحوثيين يسيطرون على القرار في مدينة الحوطة.", id="the-decision-is-no-place"),
    pytest.param("وقال التنظيم إن مقاتليه استولوا على ذخيرة ومعدات عسكرية أمس في مدينة الحوطة.", id="goods-seized"),
    pytest.param("وأكد السكان الاستيلاء على الماشية في مدينة الحوطة أمس.", id="livestock-seized"),
])
def test_control_of_an_order_or_a_blaze_takes_no_place(text: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events if e.subtype.endswith("territory")] == []


def test_the_state_as_subject_before_control_still_takes_a_place() -> None:
    doc = run("وأكد المتحدث أن سيطرة الأمن على مدينة الحوطة اكتملت أمس.", times=YESTERDAY)
    assert [e.subtype for e in doc.events if e.subtype.endswith("territory")] != []


@pytest.mark.parametrize("text", [
    pytest.param("وزرعت الميليشيات الألغام في مدينة الحوطة إبان سيطرتهم عليها، وفق ما قالت المصادر أمس.", id="in-the-time-of"),
    pytest.param("وعانى السكان من الجوع طيلة سيطرة المتمردين على مدينة الحوطة، بحسب تقرير صدر أمس.", id="throughout"),
])
def test_the_time_a_place_was_held_is_no_takeover(text: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events if e.subtype.endswith("territory")] == []


def test_a_place_cleared_of_mines_is_no_takeover() -> None:
    doc = run("وعاد السكان إلى منازلهم أمس بعد تطهير مدينة الحوطة من الألغام التي زرعها المتمردون.", times=YESTERDAY)
    assert [e.subtype for e in doc.events if e.subtype.endswith("territory")] == []
    doc = run("وسيطرت المقاومة أمس على مدينة الحوطة بعد تطهيرها من العبوات.", times=YESTERDAY)
    assert [e.subtype for e in doc.events if e.subtype.endswith("territory")] != []


@pytest.mark.parametrize("text", [
    pytest.param("وقال مسؤول أمس إن جماعات مسلحة تساند حكومتين تتنافسان على السيطرة على مدينة الحوطة.", id="compete-for"),
    pytest.param("وقال مسؤول أمس إن المسلحين لديهم القدرة على السيطرة على مدينة الحوطة.", id="able-to"),
])
def test_a_struggle_for_control_is_no_takeover(text: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events if e.subtype.endswith("territory")] == []
