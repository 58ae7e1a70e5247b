"""Mentions that name no event: a word for any attack said of words, not deeds (criticism).

Cases build their Doc by hand (see :mod:`tests.extract.test_events`).
"""

from __future__ import annotations

import pytest

from tests.extract.test_events import run

YESTERDAY = (("أمس", "2015-08-05", "day"),)


def _subtypes(text: str) -> list[str]:
    return sorted(e.subtype for e in run(text, times=YESTERDAY).events)


@pytest.mark.parametrize("text", [
    pytest.param("وجدد الوزير أمس هجومه على الحكومة في عدن، قائلا إنها فشلت في إدارة الأزمة.",
                 id="renewed-his-attack-saying"),
    pytest.param("وهاجم النائب في تغريداته أمس قادة الأحزاب في عدن.", id="attacked-in-his-tweets"),
    pytest.param("وشن الكاتب في مقال له أمس هجوما على المعارضة في عدن.", id="an-attack-in-an-article"),
    pytest.param("وأطلق ناشطون في عدن أمس وسما بعنوان #الوزير_يهاجم_المعلمين.", id="a-hashtag"),
])
def test_an_attack_in_words_is_no_event(text: str) -> None:
    assert _subtypes(text) == []


@pytest.mark.parametrize("text,expected", [
    pytest.param("وتبنت الجماعة الهجوم على حاجز للجيش في عدن أمس، قائلة إنه رد على اعتقال عناصرها.",
                 ["Armed clash", "Arrests"], id="a-claim-of-responsibility-saying"),
    pytest.param("وهاجم مسلحون حاجزا للجيش في عدن أمس، قائلين إنهم سيواصلون القتال.", ["Armed clash"],
                 id="a-position-attacked-saying"),
    pytest.param("وقتل 3 جنود في هجوم على دورية في عدن أمس، قال المتحدث إنه رد على اعتقال عناصر الجماعة.",
                 ["Armed clash", "Arrests"], id="a-toll-and-a-speaker"),
])
def test_an_attack_told_with_a_speaker_stays_an_event(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وناشد شيوخ قبائل عدن أمس قوات التحالف بتعزيز الضربات الجوية على مواقع المسلحين.", [],
                 id="an-appeal-for-more-strikes"),
    pytest.param("وحث المحافظ أمس القوات على تكثيف الغارات على مواقع المسلحين في عدن.", [], id="urged-more-strikes"),
    pytest.param("وطالبت المنظمة أمس بالتحقيق في الغارة التي استهدفت سوقا في عدن.", ["Air/drone strike"],
                 id="an-inquiry-into-a-strike-that-happened"),
])
def test_an_event_a_call_asks_for_is_no_event(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وهاجم مسلحون حاجزا للجيش في عدن أمس وغنموا أسلحة وانسحبوا سالمين.", ["Armed clash"],
                 id="withdrew-unharmed"),
    pytest.param("وقتل عشرات المسلحين في عدن أمس بينما البقية لاذوا بالفرار.", ["Armed clash"], id="the-rest-fled"),
    pytest.param("وقال السكان إن المسلحين فروا أمس من مدينة عدن بعد وصول قوات الجيش.", ["Non-violent transfer of territory"],
                 id="fled-from-a-town"),
])
def test_a_flight_from_no_place_is_no_event(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقالت الوزارة إن 102 مسلح قتلوا أو اعتقلوا خلال النصف الأول من العام 2015.", [],
                 id="during-the-first-half-of-the-year"),
    pytest.param("واعتقلت قوات الأمن عشرة مسلحين في عدن أمس، بعد اعتقال 40 من العام 2015.", ["Arrests"],
                 id="a-year-with-no-period-word"),
])
def test_a_total_over_part_of_a_year_is_no_event(text: str, expected: list[str]) -> None:
    times = (("العام 2015", "2015-01-01", "year"),) + (YESTERDAY if "أمس" in text else ())
    doc = run(text, times=times)
    assert sorted({e.subtype for e in doc.events}) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وتشهد أطراف مدينة عدن مواجهات مسلحة بين فترة وأخرى بين المسلحين والجيش.", [],
                 id="now-and-then-after"),
    pytest.param("ومن حين لآخر تندلع اشتباكات بين المسلحين والجيش في عدن.", [], id="now-and-then-before"),
    pytest.param("واندلعت أمس مواجهات مسلحة بين المسلحين والجيش في عدن.", ["Armed clash"], id="clashes-of-a-day"),
])
def test_what_happens_now_and_then_is_no_event(text: str, expected: list[str]) -> None:
    times = YESTERDAY if "أمس" in text else ()
    assert sorted({e.subtype for e in run(text, times=times).events}) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("واعتبر مؤيدون للجماعة في عدن أمس أن القصف الأميركي لمقراتهم هو استكمال لخطة قديمة.", [],
                 id="what-a-bombing-is"),
    pytest.param("وأكد الخبير أمس أن هذه التفجيرات في عدن هي امتداد لما سبقها.", [], id="what-bombings-are"),
    pytest.param("وقالت الوزارة إن القصف استهدف مواقع المسلحين في عدن أمس، وهو الأعنف منذ أشهر.",
                 ["Shelling/artillery/missile attack"], id="a-comma-before-the-pronoun"),
])
def test_what_an_event_is_tells_no_event(text: str, expected: list[str]) -> None:
    times = YESTERDAY if "أمس" in text else ()
    assert sorted({e.subtype for e in run(text, times=times).events}) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقتل 5 مدنيين في قصف على مدينة الرمادي التي استولى عليها التنظيم أمس.",
                 ["Non-state actor overtakes territory", "Shelling/artillery/missile attack"],
                 id="a-past-verb-of-a-derived-form"),
    pytest.param("وقصفت الطائرات أمس مدينة الرمادي التي يسيطر عليها التنظيم.", ["Air/drone strike"],
                 id="who-holds-it-now"),
])
def test_a_relative_clause_tells_a_takeover_only_in_the_past(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وتوقف المستشفى عن العمل أمس في تعز نتيجة للقصف العنيف على الحي.",
                 ["Shelling/artillery/missile attack"], id="a-cause"),
    pytest.param("ونشرت الجماعة أمس صورا لتفجير كبير بسيارة ملغمة في حي الصواغية.",
                 ["Remote explosive/landmine/IED"], id="pictures-of"),
    pytest.param("وشهدت المدينة أمس تكثيفا للقصف الجوي على أحيائها الشرقية.", ["Air/drone strike"],
                 id="a-stepping-up"),
    pytest.param("وحشد الجيش أمس قواته في محيط المدينة لاستعادتها من المسلحين.", [], id="an-aim"),
])
def test_lam_after_a_noun_of_what_it_is_of_is_no_aim(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("هذا اليوم في التاريخ\n1993 - توقيع اتفاق سلام بين الفصائل في عدن ينهي حربا أهلية أسفرت عن "
                 "مقتل عشرة آلاف شخص خلال ثلاث سنوات.\n", [("Agreement", "1993-08-06")], id="the-line-opens-with-it"),
    pytest.param("ووقعت الفصائل اتفاق سلام في عدن ينهي حربا أسفرت عن مقتل عشرة آلاف شخص خلال ثلاث سنوات.\n", [],
                 id="a-report-sentence-stays-a-total"),
])
def test_a_war_total_on_a_line_leaves_the_line_event(text: str, expected: list) -> None:
    assert sorted((e.subtype, e.date) for e in run(text).events) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقالت مصادر إن تعزيزات عسكرية جديدة للمليشيات وصلت أمس إلى عدن.", ["Other"], id="an-arrival"),
    pytest.param("وكشفت مصادر أمس عن تعزيزات من القوات الخاصة قادمة إلى عدن.", ["Other"], id="forces-coming"),
    pytest.param("وبدأت المليشيات أمس نقل تعزيزاتهم العسكرية إلى عدن.", [], id="with-a-pronoun"),
    pytest.param("وكانت الدوريتان متوجهتين أمس إلى عدن كتعزيزات.", [], id="as-reinforcements"),
    pytest.param("وقصفت المدفعية أمس مواقع وتعزيزات المليشيات في عدن.", ["Shelling/artillery/missile attack"],
                 id="in-construct-a-target"),
])
def test_reinforcements_are_an_event_only_as_a_noun_of_their_own(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("ونفذت الجماعة العديد من التفجيرات الانتحارية والغارات على قرى في عدن.", [], id="a-record-of-deeds"),
    pytest.param("وشنت الحركة حملة من الهجمات ضد قوات الأمن في عدن.", [], id="a-campaign-of-attacks"),
    pytest.param("ونفذت الجماعة أمس العديد من التفجيرات الانتحارية في عدن.", ["Suicide bomb"], id="a-day-named"),
    pytest.param("وقال المتحدث إن لديهم معلومات عن وقوع عدد من عمليات الإعدام الميدانية في عدن.", [],
                 id="operations-between"),
])
def test_a_vague_count_of_deeds_with_no_time_is_no_event(text: str, expected: list[str]) -> None:
    times = YESTERDAY if "أمس" in text else ()
    assert sorted(e.subtype for e in run(text, times=times).events) == expected


def test_reinforcements_arriving_at_a_place_stay_an_event() -> None:
    # "إلى" folds to "الي", which opens like the article: no construct before a definite noun
    assert _subtypes("ووصلت أمس تعزيزات إلى عدن.") == ["Other"]


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقتل ستة جنود في هجوم على حاجز في عدن أمس. وتشكل الهجمات في عدن ولحج الموجة الأولى من "
                 "الهجمات منذ الهدنة.", ["Armed clash"], id="what-the-attacks-make"),
    pytest.param("وقال الوزير أمس: وتعتبر السيطرة على مدينة عدن أمرا حيويا للحكومة.", [], id="what-taking-it-would-be"),
    pytest.param("وتشكل المسلحون في عدن أمس واشتبكوا مع الجيش.", ["Armed clash"], id="no-event-noun-after-it"),
])
def test_an_event_noun_a_verb_of_judging_is_about_is_no_event(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقالت البعثة في تقريرها أمس إن عدد الجرحى ارتفع بنسبة 5% جراء الاشتباكات بين المسلحين والجيش في عدن.",
                 [], id="a-rise-in-a-share"),
    pytest.param("وأضاف التقرير أمس أن المسلحين مسؤولون عن 60 في المائة من حالات القصف على عدن.", [],
                 id="a-share-of-the-deeds"),
    pytest.param("وقالت المصادر أمس إن الجماعة تسيطر على نحو 40 بالمئة من أحياء عدن.", [], id="a-share-held"),
    pytest.param("واعتقلت الشرطة أمس نحو مائة شخص في عدن.", ["Arrests"], id="a-hundred-is-no-share"),
    pytest.param("وقتل خمسة مدنيين في غارة على سوق في عدن أمس. وقالت المنظمة إن 70% من المنازل دمرت.",
                 ["Air/drone strike"], id="a-share-in-another-sentence"),
    pytest.param("وقالت البعثة أمس إن عدد الجرحى زاد 7 في المائة في المواجهات بين الجيش والمسلحين في ضواحي عدن، "
                 "والتفجيرات والاغتيالات.", [], id="the-list-the-share-is-of"),
    pytest.param("وقالت البعثة إن عدد الجرحى زاد 7 في المائة في المواجهات بين الجيش والمسلحين في عدن. "
                 "والتفجيرات والاغتيالات تضرب المدينة منذ أمس.", ["Attack", "Remote explosive/landmine/IED"], id="a-list-in-another-sentence"),
])
def test_a_share_near_an_event_word_is_a_statistic(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأعلنت السلطات أمس فرار أكثر من 40 سجينا من سجن المدينة في عدن.", [], id="prisoners-escaped"),
    pytest.param("ووصلت أمس إلى عدن سفينة تقل 200 مواطنا كانوا قد فروا من المدينة بالقوارب.", [],
                 id="citizens-who-had-fled"),
    pytest.param("وقال السكان إن المسلحين فروا أمس من مدينة عدن بعد وصول قوات الجيش.",
                 ["Non-violent transfer of territory"], id="fighters-fled-a-town"),
    pytest.param("وأفاد سكان محليون أمس عن فرار مئات المسلحين من مدينة عدن.",
                 ["Non-violent transfer of territory"], id="residents-tell-of-fighters-fleeing"),
])
def test_civilians_or_captives_fleeing_hand_over_no_territory(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقالت المنظمة أمس إن السلطات لم ترد على أسئلة عائلته عن مكانه أو لماذا يعتقلونه في عدن.", [],
                 id="why-they-hold-him"),
    pytest.param("وتساءل النائب أمس هل قصفت الطائرات المستشفى في عدن.", [], id="whether-they-struck"),
    pytest.param("وقال المزارع إن الطائرات قصفت أمس سهل المدينة في عدن.", ["Air/drone strike"], id="a-plain-is-no-question"),
])
def test_an_event_asked_about_is_no_event(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأوضح الوزير أمس أن الحملات الأمنية والغرض منها القبض على المطلوبين ستتواصل في عدن.", [],
                 id="whose-purpose-is-arrest"),
    pytest.param("وانتشرت القوات أمس في أحياء عدن بهدف اعتقال المطلوبين.", [], id="in-order-to-arrest"),
    pytest.param("واعتقلت الشرطة أمس خمسة مطلوبين في عدن.", ["Arrests"], id="an-arrest-made"),
])
def test_an_event_named_as_a_purpose_is_no_event(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("وبدأ مجلس الأمن أمس مناقشة قرار حول طرد ممثل الحكومة.", id="a-debate-on-expelling"),
    pytest.param("وطرد المجلس أمس ممثلي الحكومة السابقة في عدن.", id="representatives-expelled"),
])
def test_a_representative_expelled_takes_no_territory(text: str) -> None:
    assert _subtypes(text) == []


@pytest.mark.parametrize("text,expected", [
    pytest.param("ووجهت إليه النيابة أمس تهمة التهديد بتفجير قنبلة في سكن الطلاب في عدن.", [], id="a-threat-to-bomb"),
    pytest.param("وقال المتحدث أمس في تهديد مبطن بإمكان اللجوء إلى الضربات الجوية على مواقع المسلحين في عدن.", [],
                 id="the-possibility-of-strikes"),
    pytest.param("وقصفت الطائرات أمس مواقع المسلحين في عدن رغم التهديد.", ["Air/drone strike"], id="struck-despite-a-threat"),
])
def test_an_event_threatened_or_possible_is_no_event(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وكثف المسلحون هجماتهم في الأسابيع الأخيرة على قرى الريف في عدن، بحسب بيان أمس.", [], id="in-the-last-weeks"),
    pytest.param("وتم توقيف المئات في الأشهر الماضية في عدن، بحسب بيان أمس.", [], id="in-the-past-months"),
    pytest.param("وقال المتحدث أمس إن التنظيم نفذ في الآونة الأخيرة تفجيرات في عدن.", [], id="lately"),
    pytest.param("وقصفت القوات مواقع المسلحين عدة مرات في عدن، بحسب بيان أمس.", [], id="several-times"),
    pytest.param("وقصفت القوات أمس مواقع المسلحين في عدن، بعد هدوء ساد الأشهر الماضية في المدينة.",
                 ["Shelling/artillery/missile attack"], id="a-span-far-from-the-event"),
])
def test_events_over_the_last_weeks_or_several_times_are_a_series(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وسافر الشبان إلى سوريا أمس للانضمام إلى التنظيم في الرقة.", [], id="travelled-to-join"),
    pytest.param("واعتقلت الشرطة أمس عشرة أشخاص يشتبه بانضمامهم إلى التنظيم في عدن.", ["Arrests"],
                 id="suspected-of-joining"),
])
def test_joining_a_group_is_no_event(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقال المصدر إن غارة للتحالف دمرت أمس مدفع هاون للمسلحين في تعز وقتل اثنان من طاقمه.", ["Air/drone strike"],
                 id="a-mortar-destroyed-by-a-strike"),
    pytest.param("وأعلنت الوزارة أمس تدمير سيارة مفخخة بقصف لطيران التحالف في تعز.", ["Air/drone strike"],
                 id="a-car-bomb-destroyed"),
    pytest.param("وقتل جنديان أمس بقذائف هاون سقطت على حي في تعز.", ["Shelling/artillery/missile attack"],
                 id="mortars-fired"),
])
def test_a_weapon_destroyed_is_what_an_attack_hit(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


def test_a_bomb_destroyed_before_it_went_off_is_disrupted() -> None:
    assert _subtypes("وتمكنت القوات أمس من تدمير خمس سيارات مفخخة للتنظيم في تعز.") == ["Disrupted weapons use"]


@pytest.mark.parametrize("text,expected", [
    pytest.param("وهزت انفجارات عنيفة مدينة تعز أمس عقب غارات شنتها مقاتلات التحالف على مواقع المسلحين.",
                 ["Air/drone strike"], id="blasts-after-strikes"),
    pytest.param("وقتل سبعة مسلحين أمس بانفجار عجلة أثناء محاولتهم تفخيخها في تعز، بينما حلق طيران التحالف فوقها.",
                 ["Remote explosive/landmine/IED"], id="one-blast-of-its-own"),
])
def test_blasts_heard_with_air_strikes_are_the_strikes(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("نفذت وزارة الداخلية أمس حكم القتل قصاصا في أحد الجناة بعدن. أقدم المدعو على قتل مواطن بإطلاق "
                 "النار عليه لخلاف بينهما. وتمكنت سلطات الأمن من القبض على الجاني وصدر بحقه صك شرعي.", [],
                 id="a-notice-of-execution"),
    pytest.param("وأقدم مسلحون أمس على قتل مواطن بإطلاق النار عليه في عدن.", ["Attack"], id="no-notice"),
])
def test_a_crime_told_in_a_notice_of_execution_is_case_history(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وتوقع المصدر أمس استعادة السيطرة على عدن في غضون ساعات.", [], id="a-forecast"),
    pytest.param("وتوقعت مصادر أمس حدوث انشقاقات في صفوف المسلحين في عدن.", [], id="forecast-of-defections"),
    pytest.param("وشهدت المنطقة خلال العقود الثلاثة الماضية عمليات الخطف والاغتيالات في عدن، بحسب تقرير صدر أمس.", [],
                 id="over-three-decades"),
])
def test_a_forecast_or_a_record_over_decades_is_no_event(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأفادت الصحيفة أمس عن اعتقال الشرطة الإسرائيلية مستوطنين اثنين في عدن.", ["Arrests"],
                 id="the-doer-then-the-count"),
    pytest.param("وتحدثت الصحيفة أمس عن اعتقال الشرطة الإسرائيلية في عدن.", [], id="no-one-counted"),
])
def test_an_arrest_noun_with_its_doer_then_the_people_counted_is_made(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,times,expected", [
    pytest.param("وشرع عشرات الأسرى في سجن بالضفة الغربية بالإضراب المفتوح عن الطعام منذ الخامس من الشهر الجاري.",
                 (("الخامس من الشهر الجاري", "2015-08-05", "day"),), ["Peaceful protest"],
                 id="since-a-day-of-this-week-begun-and-going-on"),
    pytest.param("وتتواصل الاشتباكات في مدينة تعز منذ يوم الأربعاء.",
                 (("يوم الأربعاء", "2015-08-05", "day"),), ["Armed clash"], id="since-a-weekday"),
    pytest.param("وتتواصل الاشتباكات في مدينة تعز منذ مارس الماضي.",
                 (("مارس الماضي", "2015-03-01", "month"),), [], id="since-a-month-is-history"),
    pytest.param("وتتواصل الاشتباكات في مدينة تعز منذ 21 سبتمبر 2014.",
                 (("21 سبتمبر 2014", "2014-09-21", "day"),), [], id="since-a-day-long-ago-is-history"),
])
def test_since_a_recent_day_is_an_event_going_on(text: str, times: tuple, expected: list[str]) -> None:
    assert sorted(e.subtype for e in run(text, times=times).events) == expected


@pytest.mark.parametrize("text,times,expected", [
    pytest.param("واعتقل المسلحون مئات الناشطين منذ اجتياحهم مدينة عدن في 21 سبتمبر 2014.",
                 (("21 سبتمبر 2014", "2014-09-21", "day"),), ["Non-state actor overtakes territory"],
                 id="the-deed-since-which-told-with-its-day"),
    pytest.param("وانتقل الوزير إلى المكلا منذ أن استولى المسلحون على عدن في مارس الماضي.",
                 (("مارس الماضي", "2015-03-01", "month"),), ["Non-state actor overtakes territory"],
                 id="since-that-the-deed"),
    pytest.param("وتتواصل الاشتباكات في مدينة عدن منذ سيطرة المسلحين عليها.", (), [],
                 id="the-deed-since-which-with-no-time-is-a-state"),
])
def test_the_deed_a_period_starts_from_happened(text: str, times: tuple, expected: list[str]) -> None:
    assert sorted(e.subtype for e in run(text, times=times).events) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("ودخل الأسرى في سجن بالضفة الغربية أمس في إضراب عن الطعام.", ["Peaceful protest"], id="hunger-strike"),
    pytest.param("وأعلن عمال الميناء في عدن أمس إضرابا عن العمل احتجاجا على تأخر رواتبهم.", ["Peaceful protest"],
                 id="strike-from-work"),
    pytest.param("ويتيح القانون للسلطات في عدن أمس حظر الإضرابات.", [], id="strikes-talked-of"),
])
def test_a_strike_is_a_protest(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected



@pytest.mark.parametrize("text,expected", [
    pytest.param("ووجهت النيابة في عدن أمس إلى الشاب تهمة المشاركة في إحراق كنيسة.", [], id="charged-with-arson"),
    pytest.param("واعتقلت الشرطة في عدن أمس خمسة أشخاص بتهمة التحريض على أعمال الشغب.", ["Arrests"],
                 id="arrested-on-a-charge-of-rioting"),
    pytest.param("وأحرق مستوطنون أمس كنيسة في عدن.", ["Attack"], id="arson-done"),
])
def test_a_deed_named_as_a_charge_is_no_event(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وصدر بحق المهرب في عدن أمس صك شرعي يقضي بثبوت تهريبه أسلحة وذخائر والحكم بقتله تعزيرا.", [],
                 id="sentenced-to-be-killed"),
    pytest.param("وكان المسلحون قد دينوا في عدن أمس بسبع تهم قتل من الدرجة الأولى.", [], id="charges-of-killing"),
    pytest.param("وظهر قيادي في التنظيم أمس في تسجيل وهو يتوعد بقتل قائد الجيش في عدن.", [], id="threatens-to-kill"),
    pytest.param("وقتل مسلحون أمس ثلاثة جنود في عدن.", ["Armed clash"], id="killing-done"),
])
def test_a_toll_told_as_a_sentence_charge_or_threat_is_no_event(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وكثفت المقاومة أمس عملياتها الهادفة لاستعادة الشرعية وطرد المسلحين من مدينة تعز.", [],
                 id="conjunct-of-an-aim"),
    pytest.param("واستعادت المقاومة أمس مدينة تعز وطردت المسلحين منها.", ["Government regains territory"],
                 id="conjunct-of-a-deed"),
])
def test_the_conjunct_of_an_aim_is_an_aim(text: str, expected: list[str]) -> None:
    assert sorted(set(_subtypes(text))) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقالت منظمات حقوقية أمس إن أكثر من 15 ألف جندي ومدني لقوا مصرعهم في عدن وحولها.", [],
                 id="a-war-total-with-no-event-word"),
    pytest.param("وقتل أكثر من 700 جندي في عدن أمس.", [], id="hundreds-counted-alone"),
    pytest.param("وقتل 12 جنديا في عدن أمس.", ["Armed clash"], id="a-day-toll"),
])
def test_a_toll_no_deed_of_a_day_leaves_is_a_total(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقال السكان أمس إن المسلحين الذين يقصفون الأحياء السكنية في عدن بشكل عشوائي فروا.", [],
                 id="they-who-shell"),
    pytest.param("وكانت المليشيا التي تعتقل الناشطين في عدن قد أعلنت أمس الهدنة.", [], id="she-who-arrests"),
    pytest.param("وقالت المصادر إن الطيران يقصف أمس مواقع المسلحين في عدن.", ["Air/drone strike"], id="no-relative"),
    pytest.param("وأعدم التنظيم أهالي عدن الذين تظاهروا أمس في الشارع.", ["Attack", "Peaceful protest"],
                 id="a-perfect-verb-of-a-derived-form"),
])
def test_an_imperfect_verb_in_a_relative_clause_describes(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected



@pytest.mark.parametrize("text,expected", [
    pytest.param("وشارك مئات الأشخاص أمس في مسيرة في عدن عشية ذكرى مرور عام على مقتل جندي برصاص مسلحين.",
                 ["Peaceful protest"], id="a-killing-recalled-on-its-anniversary"),
    pytest.param("وقتل مسلحون جنديا في عدن أمس.", ["Armed clash"], id="a-killing-of-a-day"),
])
def test_a_toll_recalled_on_its_anniversary_is_no_event(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وقال أمس إنه إذا كان قتل الجندي في عدن جريمة عند المسلحين فقتل الضابط جريمتان.", [],
                 id="a-supposition"),
    pytest.param("وسجلت محاكم عدن أمس 84 قضية قتل بين المسلحين.", [], id="cases-counted"),
    pytest.param("وقتل سبعة جنود في عدن أمس برصاص المسلحين.", ["Armed clash"], id="a-toll-of-a-day"),
])
def test_a_toll_with_no_trigger_is_read_like_a_trigger(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("وأعلن المسلحون أمس أنهم سيصعدون الهجمات على مواقع الجيش في عدن.", [],
                 id="the-object-of-a-future-verb-is-a-plan"),
    pytest.param("وهاجم مسلحون أمس مواقع الجيش في عدن وسط سيارات مدرعة.", ["Armed clash"],
                 id="a-word-shaped-like-a-future-verb-is-none"),
])
def test_the_object_of_a_future_verb(text: str, expected: list[str]) -> None:
    assert _subtypes(text) == expected
