"""Tests for extract/event_dates.py: the day of an event mention."""

from __future__ import annotations

import pytest

from tests.extract.test_events import PUB, run

TIMES = (("أمس", "2015-08-05", "day"), ("أمس الأربعاء", "2015-08-05", "day"),
         ("الإثنين الماضي", "2015-08-03", "day"), ("الشهر الماضي", "2015-07-01", "month"))


def _dates(text: str, places: tuple[str, ...] = ("حلب", "عدن")) -> dict[str, str | None]:
    doc = run(text, times=tuple(t for t in TIMES if t[0] in text), places=places)
    return {e.trigger.text: e.date for e in doc.events}


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("تبنى المسلحون أمس قتل شرطي ردا على الهجوم الانتحاري الدموي الذي وقع الإثنين الماضي في عدن.",
                 "الانتحاري", "2015-08-03", id="clause-on-a-definite-event-noun-and-its-adjectives"),
    pytest.param("قصفت الطائرات أمس السوق في البلدة التي سقطت بيد المسلحين الإثنين الماضي قرب حلب.",
                 "قصفت", "2015-08-05", id="clause-on-another-noun-dates-that-clause"),
    pytest.param("ندد الوزير أمس بالهجوم الانتحاري الدموي في عدن.", "الانتحاري", None,
                 id="no-clause-no-day-of-its-own"),
    pytest.param("ودعا الوزير أمس إلى الهدوء. واتهم المسلحين بالوقوف وراء الهجوم الدموي الذي استهدف مركزا "
                 "للشرطة في عدن الشهر الماضي.", "الهجوم", "2015-07-01",
                 id="a-month-in-the-clause-dates-the-event-by-month"),
    pytest.param("قصفت الطائرات أمس السوق في البلدة التي سقطت بيد المسلحين الشهر الماضي قرب حلب.",
                 "قصفت", "2015-08-05", id="a-month-in-a-clause-on-another-noun-dates-that-clause"),
])
def test_relative_clause_on_the_event_noun(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("بدأت المحكمة أمس محاكمة المتهمين في تفجير مسجد الحي الذي وقع الإثنين الماضي في عدن.",
                 "تفجير", "2015-08-03", id="occurrence-clause-past-the-noun-the-trigger-governs"),
    pytest.param("بدأت المحكمة أمس محاكمة المتهمين في تفجير مسجد الحي الذي بني الإثنين الماضي في عدن.",
                 "تفجير", "2015-08-05", id="another-verb-dates-the-mosque-not-the-bombing"),
    pytest.param("قصفت الطائرات أمس مواقع في حلب ومخازن السلاح في المدينة القديمة القريبة الذي وقع "
                 "الإثنين الماضي.", "قصفت", "2015-08-05", id="occurrence-verb-beyond-its-reach"),
])
def test_occurrence_clause_dates_the_event(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("قصفت الطائرات أمس الأربعاء مواقع في حلب، وذلك بعد 3 أيام على هجوم انتحاري في عدن.",
                 "انتحاري", "2015-08-02", id="digits-days-after"),
    pytest.param("قصفت الطائرات أمس الأربعاء مواقع في حلب بعد ثلاثة أيام من تفجير في عدن.",
                 "تفجير", "2015-08-02", id="number-word-days-after"),
    pytest.param("قصفت الطائرات أمس الأربعاء مواقع في حلب بعد أسبوعين من تفجير في عدن.",
                 "تفجير", "2015-07-22", id="two-weeks-after"),
    pytest.param("قصفت الطائرات أمس الأربعاء مواقع في حلب بعد تفجير في عدن.",
                 "قصفت", "2015-08-05", id="no-length-keeps-the-day"),
    pytest.param("قصفت الطائرات أمس الأربعاء مواقع في حلب غداة تفجير في عدن.",
                 "تفجير", "2015-08-04", id="the-next-day-of"),
    pytest.param("قصفت الطائرات أمس الأربعاء مواقع في حلب. ويأتي القصف غداة هجوم انتحاري في عدن.",
                 "انتحاري", "2015-08-04", id="the-next-day-of-the-day-told-before"),
])
def test_days_after_a_numbered_length_or_the_next_day(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


def test_a_day_in_a_later_claims_content_dates_the_reported_event() -> None:
    from khabar.doc import Claim
    from khabar.extract.events import extract_events
    from tests.extract.test_events import _find, build
    text = ("أفاد مصدر أمني أمس أن 11 مدنيا قتلوا في تفجير انتحاري في عدن. وقد كثف المسلحون نشاطهم. "
            "وقال المصدر إن امرأتين كانتا تحملان حزاما ناسفا مساء أول من أمس قرب معسكر، مؤكدا أنه أحصى 12 جثة.")
    doc = build(text, times=(("أمس", "2015-08-05", "day"), ("مساء أول من أمس", "2015-08-04", "day")),
                places=("عدن",))
    speaker = _find(text, "المصدر")
    doc.claims.extend([
        Claim(cue=_find(text, "أفاد"), speaker=_find(text, "مصدر أمني"),
              content=_find(text, "أن 11 مدنيا قتلوا في تفجير انتحاري في عدن")),
        Claim(cue=_find(text, "وقال"), speaker=speaker,
              content=_find(text, "إن امرأتين كانتا تحملان حزاما ناسفا مساء أول من أمس قرب معسكر")),
        Claim(cue=_find(text, "مؤكدا"), speaker=speaker, content=_find(text, "أنه أحصى 12 جثة")),
    ])
    extract_events(doc)
    assert [e.date for e in doc.events if e.subtype == "Suicide bomb"] == ["2015-08-04"]


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("قصفت الطائرات أمس مواقع في حلب. وقتل خلال اليومين الماضيين 30 مسلحا في اشتباكات في عدن.",
                 "اشتباكات", "2015-08-03", id="span-of-recent-days-before"),
    pytest.param("قصفت الطائرات أمس مواقع في حلب. وقتل 30 مسلحا في اشتباكات في عدن على مدار الأيام "
                 "القليلة الماضية.", "اشتباكات", "2015-08-03", id="span-of-recent-days-after-with-an-adjective"),
    pytest.param("قصفت الطائرات أمس مواقع في حلب. واعتقلت الشرطة مؤخرا 16 شخصا في عدن.",
                 "واعتقلت", None, id="vague-past"),
    pytest.param("قصفت الطائرات أمس مواقع في حلب. وقتل 30 مسلحا في اشتباكات في عدن.",
                 "اشتباكات", "2015-08-05", id="no-span-borrows-the-day"),
    pytest.param("قصفت الطائرات أمس مواقع في حلب. وقتل خلال الساعات الـ24 الماضية 30 مسلحا في اشتباكات "
                 "في عدن.", "اشتباكات", "2015-08-05", id="hours-are-no-span-of-days"),
    pytest.param("قصفت الطائرات أمس مواقع في حلب. وكانت عدن قد شهدت خلال الأيام الماضية اشتباكات "
                 "أسفرت عن مقتل 30 مسلحا.", "اشتباكات", "2015-08-03", id="background-spans-the-days-too"),
    pytest.param("قصفت الطائرات أمس مواقع في حلب. وكانت القوات قد اعتقلت مؤخرا 16 شخصا في عدن.",
                 "اعتقلت", "2015-08-05", id="background-vague-past-keeps-the-frame"),
    pytest.param("قصفت الطائرات أمس مواقع في حلب. وكانت عدن قد شهدت خلال الأيام الماضية اشتباكات عنيفة "
                 "بين المسلحين والقوات الحكومية في أحياء المدينة القديمة والميناء أدت إلى مقتل العشرات وانتهت "
                 "بطرد المسلحين من المدينة.", "بطرد", "2015-08-03", id="a-span-spans-its-whole-sentence"),
    pytest.param("قتل خلال اليومين الماضيين 30 مسلحا في اشتباكات في عدن أمس.",
                 "اشتباكات", "2015-08-05", id="a-day-of-its-own-wins"),
])
def test_a_span_of_recent_days_tells_its_week(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("تبدأ محاكمة المتهمين غدا في حلب. وكانت الشرطة اعتقلت 16 شخصا في عدن.",
                 "اعتقلت", None, id="no-day-after-the-report-is-borrowed"),
    pytest.param("وصل الوزير أمس إلى حلب. واعتقلت الشرطة 16 شخصا في عدن.",
                 "واعتقلت", "2015-08-05", id="a-past-day-is-borrowed"),
])
def test_a_day_after_the_report_dates_no_event(text: str, trigger: str, expected: str | None) -> None:
    times = tuple(t for t in (("غدا", "2015-08-07", "day"), ("أمس", "2015-08-05", "day")) if t[0] in text)
    doc = run(text, times=times, places=("حلب", "عدن"))
    assert {e.trigger.text: e.date for e in doc.events}.get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("ويشن الجيش هجوما على مواقع المسلحين في حلب.", "هجوما", PUB, id="imperfect-of-wage-before"),
    pytest.param("وتتعرض حلب للغارات التي تشنها الطائرات الحربية.", "للغارات", PUB,
                 id="imperfect-with-a-pronoun-in-a-relative-clause"),
    pytest.param("سقط مزيد من القتلى في المعارك الجارية في أطراف حلب.", "المعارك", PUB,
                 id="participle-of-going-on"),
    pytest.param("شن الجيش هجوما على مواقع المسلحين في حلب.", "هجوما", None, id="perfect-tells-no-day"),
])
def test_an_event_under_way_takes_the_report_day(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("عدن - قتل 5 مسلحين في اشتباكات مع الجيش في عدن. وفجر انتحاري نفسه في مسجد في حلب ما أسفر "
                 "عن مقتل 10 مصلين.", "وفجر", PUB, id="the-day's-news"),
    pytest.param("عدن - قتل 5 مسلحين في اشتباكات مع الجيش في عدن. وكان انتحاري قد فجر نفسه في مسجد في حلب "
                 "ما أسفر عن مقتل 10 مصلين.", "انتحاري", None, id="a-background-is-no-news-of-the-day"),
])
def test_an_undated_report_with_a_dateline(text: str, trigger: str, expected: str | None) -> None:
    doc = run(text, times=(), places=("عدن", "حلب"))
    assert {e.trigger.text: e.date for e in doc.events}.get(trigger, "missing") == expected


def _claimed(text: str, times: tuple, cue: str, speaker: str, content: str) -> dict[str, str | None]:
    """The events of ``text`` with one claim set by hand (cue, speaker, content)."""
    from khabar.doc import Claim
    from khabar.extract.events import extract_events
    from tests.extract.test_events import _find, build
    doc = build(text, times=times, places=("حلب", "عدن"))
    doc.claims.append(Claim(cue=_find(text, cue), speaker=_find(text, speaker), content=_find(text, content)))
    extract_events(doc)
    return {e.trigger.text: e.date for e in doc.events}


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("قتل خمسة مدنيين جراء سقوط قذائف على حي في حلب، وفق ما أعلنت الوكالة الرسمية أمس. إلى ذلك، "
                 "قتل مسلحون شرطيا في عدن الإثنين الماضي.", "قذائف", "2015-08-05",
                 id="another-story-after-takes-the-statement-day"),
    pytest.param("قتل خمسة مدنيين جراء سقوط قذائف على حي في حلب، وفق ما أعلنت الوكالة الرسمية أمس. وكانت "
                 "القذائف سقطت على الحي الإثنين الماضي.", "قذائف", "2015-08-03",
                 id="a-background-after-tells-the-event-day"),
    pytest.param("قتل خمسة مدنيين جراء سقوط قذائف على حي في حلب، مصدرها مواقع المسلحين في الأحياء الشرقية "
                 "من المدينة القديمة قرب القلعة والأسواق المسقوفة، وفق ما أعلنت الوكالة الرسمية أمس. إلى ذلك، "
                 "قتل مسلحون شرطيا في عدن الإثنين الماضي.", "قذائف", "2015-08-05",
                 id="the-statement-day-however-far-after"),
])
def test_a_story_shift_stops_the_search_ahead(text: str, trigger: str, expected: str | None) -> None:
    times = tuple(t for t in TIMES if t[0] in text)
    content = text[:text.index("، وفق")]
    got = _claimed(text, times, "أعلنت", "الوكالة الرسمية", content)
    assert {k: v for k, v in got.items() if trigger in k} == {k: expected for k in got if trigger in k} != {}


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("وطالب الأهالي بمحاكمة المسلحين الذين اقتحموا البلدة الشهر الماضي، إضافة إلى تفجير "
                 "وقع في حلب.", "تفجير", None, id="a-new-clause-after-the-relative-clause's-month"),
    pytest.param("وقالت الحركة التي وقعت الاتفاق الشهر الماضي إنها تدين الهجمات على حلب.", "الهجمات", None,
                 id="a-complementizer-after-the-relative-clause's-month"),
    pytest.param("وقالت عدن التي شهدت الشهر الماضي اشتباكات عنيفة.", "اشتباكات", "2015-07-01",
                 id="the-event-told-in-the-relative-clause"),
])
def test_a_time_in_a_closed_relative_clause_before_the_trigger(text: str, trigger: str,
                                                               expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("دانت الوزارة بشدة أمس التفجير الانتحاري في عدن.", "التفجير", None, id="danat"),
    pytest.param("دان الوزير أمس الهجوم الانتحاري في عدن.", "الانتحاري", None, id="dana"),
])
def test_a_time_right_after_a_condemnation_dates_it(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("وصل الوزير أمس إلى عدن لتفقد آثار القصف الذي شنته الطائرات على المدينة خلال اليومين الماضيين.",
                 "القصف", "2015-08-03", id="a-span-after-the-trigger-beats-a-day-before-it"),
    pytest.param("توفي أمس والد الطفل متأثرا بجراحه التي أصيب بها جراء حرق منزله في حلب قبل عدة أيام.",
                 "حرق", None, id="a-vague-past-after-the-trigger"),
    pytest.param("قصفت الطائرات أمس مواقع في حلب، وقتل 30 مسلحا في اشتباكات في عدن خلال اليومين الماضيين.",
                 "قصفت", "2015-08-05", id="a-span-after-the-next-trigger-is-its-own"),
])
def test_a_span_after_the_trigger_tells_its_week(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger", [
    pytest.param("قصفت الطائرات أمس مواقع في حلب. وفي جريمة جديدة، خطف المسلحون تسعة مدنيين في عدن.", "خطف",
                 id="a-new-crime"),
    pytest.param("قصفت الطائرات أمس مواقع في حلب. وفي حادث مماثل، فجر انتحاري نفسه في عدن.", "فجر",
                 id="a-similar-incident"),
])
def test_another_incident_borrows_no_day(text: str, trigger: str) -> None:
    assert _dates(text).get(trigger, "missing") is None


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("تستمر الاشتباكات بين القوات والمسلحين في محيط حلب، وترافق ذلك مع قصف الطيران على مناطق "
                 "الاشتباك، فيما قصفت القوات أحياء في عدن.", "قصفت", "2015-08-06", id="while-after-ongoing-fighting"),
    pytest.param("تدور اشتباكات عنيفة في حلب وسط قصف عنيف من القوات على أحياء المدينة.", "قصف", "2015-08-06",
                 id="amid-ongoing-fighting"),
    pytest.param("قتل 3 مسلحين في حلب، فيما قصفت القوات أحياء في عدن.", "قصفت", None,
                 id="while-with-no-ongoing-fighting"),
])
def test_an_event_amid_ongoing_fighting_is_of_the_report_day(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("وأكد مصدر وصول تعزيزات إلى حلب أمس، مبينا بأن معارك عنيفة تدور في عدن.", "معارك", "2015-08-06",
                 id="present-fighting-in-a-clause-after-a-day"),
    pytest.param("وأكد مصدر أن معارك عنيفة دارت أمس في عدن.", "معارك", "2015-08-05",
                 id="past-fighting-keeps-its-day"),
])
def test_fighting_told_in_the_present_after_another_clauses_day(text: str, trigger: str, expected: str) -> None:
    assert _dates(text).get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("واصلت القوات تقدمها في المعارك المحتدمة في عدن.", "المعارك", "2015-08-06",
                 id="fighting-raging"),
    pytest.param("تراجعت قوات النظام في حلب نتيجة القصف المتواصل من المعارضة.", "القصف", "2015-08-06",
                 id="shelling-going-on"),
    pytest.param("واصلت القوات تقدمها في المعارك العنيفة في عدن.", "المعارك", None,
                 id="no-participle-of-going-on"),
])
def test_fighting_told_as_going_on_by_a_participle_is_of_the_report_day(text: str, trigger: str,
                                                                         expected: str | None) -> None:
    # an active participle of going on after the event noun (المحتدمة، المتواصل، المستمر) tells it as
    # under way when the report is filed, like a verb in the present (تدور اشتباكات)
    assert _dates(text).get(trigger, "missing") == expected


def test_a_note_after_the_statement_dates_no_event() -> None:
    # "يذكر أن …" opens a note on something else: its month is no day of the clashes reported before it
    text = ("وذكرت الوكالة أمس أن ذلك يأتي وسط اشتباكات في ريف حلب بين الجيش والمسلحين. "
            "يذكر أن الجيش انتشر في المدينة الشهر الماضي.")
    content = text[text.index("ذلك"):text.index(". يذكر")]
    got = _claimed(text, (("أمس", "2015-08-05", "day"), ("الشهر الماضي", "2015-07-01", "month")),
                   "وذكرت", "الوكالة", content)
    assert got.get("اشتباكات") == "2015-08-05"


def test_a_day_far_on_in_the_same_report_leaves_the_statement_day() -> None:
    # the report's far day dates another deed it tells (the killing protested), not the sit-in:
    # the statement's day still dates the sit-in
    text = ("وقال المرصد أمس في بيان: نظم أكثر من ألف شخص اعتصاما عند دوار الساعة في حلب احتجاجا على "
            "مقتل ضابط في الجيش برصاص أحد أقارب المسؤول المحلي بعد خلاف على أفضلية المرور عند دوار "
            "الجامعة في وسط المدينة الإثنين الماضي.")
    content = text[text.index("نظم"):text.index(".")]
    far = text.index("الإثنين") - text.index("اعتصاما")
    assert far > 120  # beyond the reach of a time that dates a trigger
    got = _claimed(text, (("أمس", "2015-08-05", "day"), ("الإثنين الماضي", "2015-08-03", "day")),
                   "وقال", "المرصد", content)
    assert got.get("اعتصاما") == "2015-08-05"


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("طردت القوات المسلحين من حلب بعد معارك عنيفة. وقال مصدر إن المعارك في حلب خلال اليومين "
                 "الماضيين أسفرت عن مقتل 30 مسلحا.", "طردت", "2015-08-03", id="lead-retold-with-a-span-of-days"),
    pytest.param("طردت القوات المسلحين من حلب بعد معارك عنيفة. وقال مصدر إن المعارك في حلب أمس أسفرت عن "
                 "مقتل 30 مسلحا.", "طردت", None, id="a-day-told-later-does-not-date-the-lead"),
    pytest.param("طردت القوات المسلحين من حلب بعد معارك عنيفة. وكانت المعارك في حلب خلال اليومين الماضيين "
                 "أسفرت عن مقتل 30 مسلحا.", "طردت", None, id="a-background-retelling-does-not"),
])
def test_an_undated_lead_retold_with_a_span_of_days(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


_WON = "سيطرت القوات على حلب بعد معارك عنيفة مع المسلحين. "


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param(_WON + "وقال مصدر عسكري إن المسلحين انسحبوا، أمس، من حلب بعد قصف عنيف.", "سيطرت",
                 "2015-08-05", id="a-place-won-retold-as-the-withdrawal-with-its-day"),
    pytest.param(_WON + "وقال مصدر عسكري إن المسلحين انسحبوا، أمس، من الباب بعد قصف عنيف.", "سيطرت", None,
                 id="a-withdrawal-from-another-place-is-another-deed"),
    pytest.param(_WON + "وكان المسلحون قد انسحبوا، أمس، من حلب بعد قصف عنيف.", "سيطرت", None,
                 id="a-background-retelling-does-not"),
    pytest.param("قال مصدر أمس إن القوات سيطرت على حلب. وقال مصدر آخر إن المسلحين انسحبوا الإثنين الماضي من "
                 "حلب.", "سيطرت", "2015-08-05", id="a-dated-lead-keeps-its-day"),
])
def test_an_undated_lead_retold_with_a_day(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text, places=("حلب", "الباب")).get(trigger, "missing") == expected


_CAMPAIGN = ("شنت القوات أمس حملة دهم واعتقال واسعة طالت عشرات المطلوبين في أحياء متفرقة من المدينة والقرى "
             "المحيطة بها، وذكرت مصادر محلية في بيان لها أن القوات اعتقلت ستة شبان في عدن")


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param(_CAMPAIGN + ".", "اعتقلت", "2015-08-05", id="a-deed-detailed-far-from-its-day"),
    pytest.param(_CAMPAIGN.replace("أمس", "الشهر الماضي") + ".", "اعتقلت", None,
                 id="a-month-frames-a-story-and-dates-no-detail"),
])
def test_a_deed_detailed_takes_the_day_told_with_it(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("قصفت الطائرات الإثنين الماضي مواقع في حلب. وقتل 30 مسلحا خلال الساعات الـ24 الأخيرة في "
                 "الاشتباكات العنيفة في عدن.", "الاشتباكات", "2015-08-05",
                 id="last-hours-before-the-trigger-over-an-earlier-day"),
    pytest.param("قصفت الطائرات الإثنين الماضي مواقع في حلب. ووصف المسؤول القصف على عدن في الساعات الأربع "
                 "والعشرين الأخيرة بأنه الأعنف منذ المعارك في الشهر الماضي.", "القصف", "2015-08-05",
                 id="last-hours-after-the-trigger-over-a-later-month"),
    pytest.param("قصفت الطائرات الإثنين الماضي مواقع في حلب. وقتل 30 مسلحا خلال الـ48 ساعة الماضية في "
                 "الاشتباكات العنيفة في عدن.", "الاشتباكات", "2015-08-03", id="more-than-a-day-of-hours-is-no-day"),
    pytest.param("اندلعت الاشتباكات الإثنين الماضي في عدن وقتل فيها 30 مسلحا خلال الساعات الماضية.",
                 "الاشتباكات", "2015-08-03", id="a-nearer-own-day-wins"),
])
def test_the_last_hours_tell_the_day_before_the_report(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


_SINCE = (("أمس", "2015-08-05", "day"), ("بداية العام الحالي", "2015-01-01", "year"))


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("وصل الوزير أمس إلى حلب. وتعد الغارة ثالث هجوم على المدينة منذ بداية العام الحالي، حيث "
                 "استهدف تفجير انتحاري سوقا في عدن.", "تفجير", "2015-01-01",
                 id="told-after-since-the-start-of-the-year"),
    pytest.param("وصل الوزير أمس إلى حلب. ومنذ بداية العام الحالي، استهدف تفجير انتحاري سوقا في عدن.",
                 "تفجير", "2015-08-05", id="a-fronted-since-frames-a-state-not-a-list"),
])
def test_since_the_start_of_the_year_frames_what_follows(text: str, trigger: str, expected: str) -> None:
    doc = run(text, times=tuple(t for t in _SINCE if t[0] in text), places=("حلب", "عدن"))
    assert {e.trigger.text: e.date for e in doc.events}.get(trigger, "missing") == expected


@pytest.mark.parametrize("text,times,trigger,expected", [
    pytest.param("هاجم مسلحون منزل الرئيس الذي سيطرت عليه الميليشيات أواخر العام الماضي في حلب. وأدت غارة "
                 "على عدن إلى مقتل أربعة مسلحين.", (("أواخر العام الماضي", "2014-01-01", "year"),), "غارة", None,
                 id="a-recent-year-told-before-lends-nothing"),
    pytest.param("هاجم مسلحون منزل الرئيس في حلب أمس. وأدت غارة على عدن إلى مقتل أربعة مسلحين.",
                 (("أمس", "2015-08-05", "day"),), "غارة", "2015-08-05", id="a-day-told-before-still-lends-itself"),
    pytest.param("وتأسس الحزب في حلب عام 2005. وأدت غارة على عدن إلى مقتل أربعة مسلحين.",
                 (("عام 2005", "2005-01-01", "year"),), "غارة", "missing",
                 id="an-old-year-still-lends-itself-and-makes-history"),
])
def test_a_recent_year_frames_its_own_sentence(text: str, times: tuple, trigger: str, expected: str | None) -> None:
    doc = run(text, times=times, places=("حلب", "عدن"))
    assert {e.trigger.text: e.date for e in doc.events}.get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("وداهمت الشرطة صباح أمس عدة منازل في حلب واعتقلت عشرة شبان للاشتباه بضلوعهم في أعمال عنف ضد "
                 "السكان وقعت مؤخرا في المدينة.", "واعتقلت", "2015-08-05",
                 id="a-vague-past-of-another-nouns-clause-leaves-the-day"),
    pytest.param("وصل الوزير أمس إلى حلب لتفقد آثار القصف الذي شنته الطائرات على المدينة مؤخرا.",
                 "القصف", None, id="a-vague-past-of-the-event-noun-clause-still-undates"),
])
def test_a_vague_past_in_another_clause(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("وفي عدن، وبعد يومين من معارك أسفرت عن مقتل العشرات، قالت مصادر إن القوات انسحبت من المدينة.",
                 "معارك", "2015-08-03", id="after-two-days-of-battles-is-a-duration"),
    pytest.param("وفي عدن، وبعد يومين من المعارك التي أسفرت عن مقتل العشرات، قالت مصادر إن القوات انسحبت.",
                 "المعارك", "2015-08-04", id="two-days-after-the-battles-is-a-point"),
])
def test_days_of_fighting_told_as_a_duration(text: str, trigger: str, expected: str | None) -> None:
    assert _dates(text).get(trigger, "missing") == expected


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("وقتل ثمانية أشخاص عندما سقطت قذائف على سوق في بلدة الباب التي تسيطر عليها المعارضة أمس.",
                 "قذائف", "2015-08-05", id="a-state-clause-before-the-day"),
    pytest.param("وقتل ثمانية أشخاص عندما سقطت قذائف على سوق في بلدة الباب التي يسيطر عليها المسلحون منذ "
                 "الإثنين الماضي.", "قذائف", None, id="the-start-of-the-state"),
    pytest.param("وقتل ثمانية أشخاص عندما سقطت قذائف على سوق في بلدة الباب التي توقفت فيها الدراسة الإثنين الماضي.",
                 "قذائف", None, id="a-past-verb-of-a-derived-form"),
])
def test_a_past_day_after_a_relative_clause_in_the_imperfect(text: str, trigger: str,
                                                             expected: str | None) -> None:
    got = _dates(text, places=("الباب",))
    assert {k: v for k, v in got.items() if trigger in k} == {k: expected for k in got if trigger in k} != {}


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("وشن مسلحون هجوما انتقاميا على سكان قرية في ريف حلب الشمالي الذين يشكلون لجانا شعبية لحماية "
                 "أحيائهم ما أدى إلى مقتل عشرة أشخاص على الأقل بينهم امرأتان الإثنين الماضي.", "هجوما",
                 "2015-08-03", id="the-day-at-the-end-of-a-long-clause"),
    pytest.param("ونفذ أكثر من ألف شخص اعتصاما في الساحة الرئيسية لمدينة عدن الساحلية احتجاجا على قتل أحد "
                 "الضباط برصاص مسلح في شارع مزدحم من شوارع المدينة القديمة قرب سوقها الكبير الإثنين الماضي.", "اعتصاما", None,
                 id="the-day-of-the-deed-protested"),
])
def test_a_far_day_at_the_end_of_the_clause(text: str, trigger: str, expected: str | None) -> None:
    got = _dates(text)
    assert {k: v for k, v in got.items() if trigger in k} == {k: expected for k in got if trigger in k} != {}


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("ونشر التنظيم أمس تسجيلا مصورا لقيادي فيه. وأشاد القيادي بالهجوم على الصحيفة في عدن.",
                 "بالهجوم", None, id="a-known-deed-praised-borrows-no-day"),
    pytest.param("وقصف الطيران مواقع في حلب أمس. ودان الوزير التفجير في عدن.", "التفجير", None,
                 id="a-deed-condemned-borrows-no-day"),
    pytest.param("وانفجرت سيارة مفخخة في سوق بعدن أمس. ودان الوزير التفجير في عدن.", "وانفجرت", "2015-08-05",
                 id="the-deed-told-with-its-day-joins-its-telling"),
])
def test_the_object_of_a_reaction_borrows_no_day(text: str, trigger: str, expected: str | None) -> None:
    got = _dates(text)
    assert {k: v for k, v in got.items() if trigger in k} == {k: expected for k in got if trigger in k} != {}


@pytest.mark.parametrize("text,trigger,expected", [
    pytest.param("وزار المحافظ المدينة التي استعادتها القوات الإثنين الماضي في عدن. وقال إن المسلحين قصفوا "
                 "الأحياء الشرقية في عدن.", "قصفوا", None, id="a-clause-on-a-place-lends-no-day"),
    pytest.param("ووقف الحشد دقيقة صمت في الوقت الذي انفجرت فيه القنبلة في عدن الإثنين الماضي. وقتل في "
                 "الانفجار عشرة أشخاص في حلب.", "الانفجار", "2015-08-03", id="a-clause-on-a-noun-of-time-does"),
])
def test_a_time_in_a_relative_clause_on_a_place_lends_no_day(text: str, trigger: str,
                                                             expected: str | None) -> None:
    got = _dates(text)
    assert {k: v for k, v in got.items() if trigger in k} == {k: expected for k in got if trigger in k} != {}
