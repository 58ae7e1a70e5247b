"""Which event a casualty figure goes to (khabar.extract.event_casualties).

Each case sets the claims by hand, so the tests do not depend on the claims stage."""

from __future__ import annotations

import pytest

from khabar.doc import Claim, Doc, PlaceMention, Span, TimeMention
from khabar.extract.events import extract_events
from khabar.extract.times import extract_times
from tests.conftest import add_places, make_doc

_GAZ = {
    "تعز": ("Taiz", "YE", "city", 13.5789, 44.0209, "Taiz"),
    "عدن": ("Aden", "YE", "city", 12.7797, 45.0367, "Aden"),
}


def _span(text: str, needle: str) -> Span:
    pos = text.find(needle)
    assert pos >= 0, needle
    return Span(pos, pos + len(needle), needle)


def _run(text: str, claims: tuple[str, ...] = ()) -> Doc:
    doc = make_doc(text, "2015-08-06")
    add_places(doc, _GAZ)
    for content in claims:
        span = _span(text, content)
        doc.claims.append(Claim(cue=Span(span.start, span.start, ""), content=span, stance="assert"))
    extract_events(doc)
    return doc


@pytest.mark.parametrize("text,claims,tolls", [
    pytest.param("وقال المصدر إن الجيش أسر ستة مسلحين وقتل 15 منهم قرب تعز، مبينا أن اشتباكات عنيفة تدور في عدن.",
                 ("إن الجيش أسر ستة مسلحين وقتل 15 منهم قرب تعز", "أن اشتباكات عنيفة تدور في عدن"),
                 {("Taiz", 15), ("Aden", None)}, id="toll-before-another-claims-event"),
    pytest.param("قتل 9 أشخاص، وأصيب 20 آخرون، إثر انفجار عبوة ناسفة في عدن.", (),
                 {("Aden", 9)}, id="toll-before-its-own-event-past-a-comma"),
    pytest.param("قتل 3 أشخاص في غارة جوية على تعز فيما قتل 5 في قصف مدفعي على عدن.", (),
                 {("Taiz", 3), ("Aden", 5)}, id="a-clause-opener-parts-two-tolls"),
    pytest.param("قتل 3 أشخاص في غارة على تعز، و5 آخرون في قصف مدفعي على عدن.", (),
                 {("Taiz", 3), ("Aden", 5)}, id="others-past-a-comma-die-in-their-own-event"),
])
def test_toll_goes_to_its_own_clause(text: str, claims: tuple[str, ...], tolls: set) -> None:
    doc = _run(text, claims)
    assert {(e.place.name if e.place else None, e.killed) for e in doc.events} == tolls


def test_toll_skips_a_trigger_in_a_relative_clause() -> None:
    doc = _run("وقصفت الطائرات الحربية قرى في تعز التي يسيطر عليها المسلحون ما أدى إلى مقتل 7 مواطنين.")
    tolls = {e.subtype: e.killed for e in doc.events}
    assert tolls.get("Air/drone strike") == 7
    assert all(k is None for sub, k in tolls.items() if sub != "Air/drone strike")


@pytest.mark.parametrize("text,claims,killed", [
    pytest.param("وأدى انفجار عبوة ناسفة إلى مقتل جنديين في تعز، مؤكدة الجماعة أنها قتلت 8 جنود.",
                 ("أنها قتلت 8 جنود",), 2, id="claimant-figure-competes"),
    pytest.param("وأدى انفجار عبوة ناسفة إلى مقتل جنديين في تعز، مؤكدا أن 3 آخرين قتلوا.",
                 ("أن 3 آخرين قتلوا",), 5, id="others-add-up"),
    pytest.param("وأدى انفجار عبوة ناسفة إلى مقتل جنديين في تعز، بينما قال مصدر طبي إن 8 جنود قتلوا وأصيب 9 آخرون.",
                 ("إن 8 جنود قتلوا وأصيب 9 آخرون",), 2, id="the-others-of-the-wounded-add-no-dead"),
])
def test_a_claimants_own_figure_is_conservative(text: str, claims: tuple[str, ...], killed: int) -> None:
    doc = _run(text, claims)
    assert [e.killed for e in doc.events] == [killed]
    if killed == 2:  # the other figure stays beside it, with the claim that gives it
        assert [(c["value"], c["sources"]) for c in doc.events[0].conflicts["killed"]] == [(2, []), (8, [0])]


def test_a_running_total_leaves_the_next_clauses_toll() -> None:
    text = "وقتل منذ بداية العام أكثر من 300 شخص في غارات على تعز، وقتل أمس 5 في غارة على عدن."
    doc = make_doc(text, "2015-08-06")
    add_places(doc, _GAZ)
    for t, value, precision in (("بداية العام", "2015-01-01", "year"), ("أمس", "2015-08-05", "day")):
        doc.times.append(TimeMention(_span(text, t), value, precision, "test"))
    doc.times.sort(key=lambda t: t.span.start)
    extract_events(doc)
    assert {(e.place.name, e.killed) for e in doc.events} == {("Taiz", None), ("Aden", 5)}


def test_peaceful_protest_takes_no_toll() -> None:
    doc = _run("وتظاهر مئات في عدن أمس للمطالبة بمعاقبة مسلح قام بقتل 3 جنود.")
    tolls = {e.subtype: e.killed for e in doc.events}
    assert tolls.get("Peaceful protest", "missing") is None


@pytest.mark.parametrize("second,killed", [
    pytest.param("وقال المصدر إن اثنين من مقاتلي المقاومة استشهدا خلال المواجهات.", 13,
                 id="martyrs-of-the-other-side-add-up"),
    pytest.param("وقال المصدر إن المواجهات أسفرت عن مقتل 9 مسلحين.", 9,
                 id="same-kind-of-word-competes-conservative"),
    pytest.param("وذكرت وكالة الأنباء أن 11 شهيدا سقطوا خلال المواجهات.", 11,
                 id="the-same-count-in-the-other-word-is-the-same-dead"),
    pytest.param("وذكرت وكالة الأنباء أنه ارتفعت حصيلة الشهداء خلال المواجهات إلى 14 شهيدا.", 14,
                 id="a-toll-that-rose-is-no-other-side"),
])
def test_other_sides_dead_add_to_the_toll(second: str, killed: int) -> None:
    doc = _run("دارت اشتباكات عنيفة في تعز أسفرت عن مقتل 11 متمردا. " + second)
    assert [(e.place.name, e.killed) for e in doc.events] == [("Taiz", killed)]


def test_protesters_killed_are_the_protests_toll() -> None:
    doc = _run("وخرجت مظاهرات في عدن أمس أدت إلى مقتل أحد المتظاهرين.")
    assert [(e.type, e.killed) for e in doc.events] == [("Protests", 1)]


@pytest.mark.parametrize("second", [
    pytest.param("وارتفعت حصيلة قتلى التفجير إلى 27 في وقت لاحق.", id="rise-before-count-noun-and-dead"),
    pytest.param("وقال مسؤول إن حصيلة ضحايا التفجير ارتفعت إلى 27 قتيلا.", id="rise-after-the-count-noun"),
    pytest.param("وقال مسؤول إن عدد قتلى التفجير ارتفع إلى 27.", id="rise-after-the-dead-noun"),
    pytest.param("وارتفعت حصيلة التفجير إلى نحو 27 قتيلا.", id="figure-before-its-casualty-word"),
])
def test_a_toll_that_rose_replaces_the_first_count(second: str) -> None:
    doc = _run("قتل 20 شخصا في تفجير انتحاري استهدف سوقا في عدن أمس. " + second)
    assert [(e.subtype, e.killed) for e in doc.events] == [("Suicide bomb", 27)]


def test_a_lower_count_told_again_stays_conservative() -> None:
    doc = _run("قتل 20 شخصا في تفجير انتحاري استهدف سوقا في عدن أمس. "
               "وقال مسؤول إن التفجير أسفر عن مقتل 27 شخصا.")
    assert [(e.subtype, e.killed) for e in doc.events] == [("Suicide bomb", 20)]


@pytest.mark.parametrize("text,tolls", [
    pytest.param("شنت الطائرات غارة على مدينة تعز أمس، ولم يسفر القصف عن خسائر بشرية.", [(0, 0)],
                 id="clause-opening-with-the-negation-comments-on-the-event"),
    pytest.param("شنت الطائرات غارة على مدينة تعز أمس، ولم تسجل أي إصابات.", [(0, 0)],
                 id="no-injuries-recorded"),
    pytest.param("شنت الطائرات غارة على مدينة تعز أمس، ولم ترد معلومات عن خسائر بشرية.", [(None, None)],
                 id="no-information-is-unknown-not-zero"),
])
def test_nobody_hurt_after_a_comma(text: str, tolls: list) -> None:
    doc = _run(text)
    assert [(e.killed, e.injured) for e in doc.events] == tolls


def test_days_joined_by_and_share_the_toll() -> None:
    text = "دارت اشتباكات السبت والأحد في مدينة تعز أسفرت عن مقتل 10 مسلحين."
    doc = make_doc(text, "2015-08-06")
    for word, value in (("السبت", "2015-08-01"), ("الأحد", "2015-08-02")):
        doc.times.append(TimeMention(_span(text, word), value, "day", "test"))
    pos = text.find("تعز")
    en, cc, level, lat, lon, admin1 = _GAZ["تعز"]
    doc.places.append(PlaceMention(Span(pos, pos + 3, "تعز"), name=en, country=cc, level=level, lat=lat,
                                   lon=lon, admin1=admin1))
    extract_events(doc)
    assert sorted((e.date, e.killed) for e in doc.events) == [("2015-08-01", 5), ("2015-08-02", 5)]


@pytest.mark.parametrize("text,killed", [
    pytest.param("واغتيل القيادي في الحزب برصاص مجهولين في عدن.", 1, id="passive-one"),
    pytest.param("واغتيل ضابطان في الجيش برصاص مسلحين في عدن.", 2, id="passive-dual"),
])
def test_a_passive_assassination_counts_its_victim(text: str, killed: int) -> None:
    assert [e.killed for e in _run(text).events] == [killed]


@pytest.mark.parametrize("text,tolls", [
    pytest.param("استهدف طيران التحالف بغارتين مبنى للمسلحين في مدينة تعز.\nوأشارت المصادر إلى مقتل 17 مسلحا.",
                 [("Air/drone strike", 17)], id="next-sentence-toll-of-the-strike"),
    pytest.param("استهدف طيران التحالف بغارتين مبنى للمسلحين في مدينة تعز.\nوقتل 5 مسلحين في عدن.",
                 [("Air/drone strike", None), ("Armed clash", 5)], id="a-toll-with-its-own-place-is-its-own"),
    pytest.param("قتل 3 مسلحين في غارة على مدينة تعز.\nوأشارت المصادر إلى مقتل 17 مسلحا.",
                 [("Air/drone strike", 3), ("Armed clash", 17)], id="an-event-with-a-toll-takes-no-second"),
])
def test_a_toll_in_the_next_sentence(text: str, tolls: list) -> None:
    doc = _run(text)
    assert sorted((e.subtype, e.killed) for e in doc.events) == tolls


@pytest.mark.parametrize("text,killed", [
    pytest.param("قصفت المدفعية مواقع للمسلحين في تعز ردا على مقتل أحد الجنود.", None, id="in-retaliation-for"),
    pytest.param("قصفت المدفعية مواقع للمسلحين في تعز انتقاما لمقتل 3 جنود.", None, id="in-revenge-for"),
    pytest.param("قصفت المدفعية مواقع للمسلحين في تعز ما أدى إلى مقتل 3 منهم.", 3, id="the-shelling-own-toll"),
])
def test_a_death_answered_is_no_toll(text: str, killed: int | None) -> None:
    assert [e.killed for e in _run(text).events if e.subtype.startswith("Shelling")] == [killed]


@pytest.mark.parametrize("text,killed", [
    pytest.param("ونفذت هجمات انتحارية في تعز أسفرت عن عشرات القتلى، وأسفرت عن مقتل 33 شخصا.", 33,
                 id="a-count-replaces-a-vague-toll"),
    pytest.param("ونفذت هجمات انتحارية في تعز أسفرت عن مقتل 33 شخصا وعشرات القتلى.", 33,
                 id="a-vague-toll-after-a-count-adds-nothing"),
    pytest.param("ونفذت هجمات انتحارية في تعز أسفرت عن مقتل 33 شخصا و5 من المهاجمين.", 38,
                 id="two-counts-add-up"),
])
def test_a_vague_toll_and_a_count_are_one_toll(text: str, killed: int) -> None:
    assert [e.killed for e in _run(text).events] == [killed]


@pytest.mark.parametrize("text,killed", [
    pytest.param("صدت القوات هجوما للمسلحين في تعز، وقتل خلال الهجوم 15 مسلحا.", 15, id="during-the-attack"),
    pytest.param("صدت القوات هجوما للمسلحين في تعز، وقتل في الاشتباكات ثلاثة مسلحين.", 3, id="in-the-clashes"),
    pytest.param("صدت القوات هجوما للمسلحين في تعز، وقتل في 2014 نحو 300 شخص.", None, id="a-year-is-no-event-noun"),
])
def test_a_figure_after_the_event_it_died_in(text: str, killed: int | None) -> None:
    assert [e.killed for e in _run(text).events if e.subtype == "Armed clash"] == [killed]


@pytest.mark.parametrize("text,killed", [
    pytest.param("وقتل خمسة عناصر من التنظيم ومسلحون موالون لهم وستة جنود في اشتباكات في تعز.", 11,
                 id="a-joined-count-past-an-uncounted-group"),
    pytest.param("وقتل خمسة عناصر من التنظيم وستة جنود في اشتباكات في تعز.", 11, id="a-joined-count"),
])
def test_counts_joined_by_and_add_up(text: str, killed: int) -> None:
    assert [e.killed for e in _run(text).events] == [killed]


@pytest.mark.parametrize("text,killed", [
    pytest.param("وقتل 120 شخصا في الاشتباكات في تعز خلال الشهرين الماضيين.", None, id="over-the-past-two-months"),
    pytest.param("وأسفرت الاشتباكات في تعز عن مقتل 3042 شخصا خلال 10 أشهر.", None, id="over-ten-months"),
    pytest.param("وقتل 50 شخصا في غارات على تعز خلال الأسبوع الماضي.", 50, id="last-week-is-a-time"),
    pytest.param("وأسفرت الغارات على تعز خلال أسبوع عن مقتل نحو 140 مسلحا.", None, id="over-a-week"),
    pytest.param("وقتل 80 مدنيا في القصف على تعز خلال شهر رمضان.", None, id="over-a-named-month"),
    pytest.param("قتل 5 أشخاص خلال الاشتباكات في تعز.", 5, id="during-the-clashes"),
])
def test_a_toll_over_months_is_a_running_total(text: str, killed: int | None) -> None:
    tolls = {e.killed for e in _run(text).events} - {None}
    assert tolls == ({killed} if killed is not None else set())


@pytest.mark.parametrize("text,killed", [
    pytest.param("وخلال العامين الماضيين صعد المسلحون هجماتهم على مواقع الجيش في تعز وقتلوا 300 من الجنود.", None,
                 id="a-sentence-opening-with-two-years"),
    pytest.param("وعلى مدى أسابيع شن المسلحون هجمات متكررة على القرى المحيطة بتعز وقتلوا فيها 40 شخصا.", None,
                 id="a-sentence-opening-with-weeks"),
    pytest.param("وخلال الهجوم على مواقع الجيش في تعز قتل المسلحون 7 من الجنود.", 7, id="during-an-attack-is-no-period"),
])
def test_a_sentence_opening_with_a_long_period_tells_totals(text: str, killed: int | None) -> None:
    tolls = {e.killed for e in _run(text).events} - {None}
    assert tolls == ({killed} if killed is not None else set())


@pytest.mark.parametrize("text,tolls", [
    pytest.param("شنت الطائرات غارات على مواقع المسلحين في تعز، ما أدى إلى مقتل 16 منهم، فيما سيطرت القوات على عدن.",
                 {("Taiz", 16, None), ("Aden", None, None)}, id="result-verb-points-back"),
    pytest.param("شنت الطائرات غارات على مواقع في تعز، مما أسفر عن مقتل 16 وإصابة 20 آخرين، فيما سيطرت القوات على عدن.",
                 {("Taiz", 16, 20), ("Aden", None, None)}, id="result-verb-covers-the-wounded-joined-to-it"),
    pytest.param("شنت الطائرات غارات على مواقع في تعز، ما أسفر عن أضرار كبيرة، كما قتل 4 في انفجار عبوة في عدن.",
                 {("Taiz", None, None), ("Aden", 4, None)}, id="a-clause-opener-ends-the-result"),
])
def test_a_result_verb_gives_the_toll_to_the_deed_before(text: str, tolls: set) -> None:
    doc = _run(text)
    assert {(e.place.name if e.place else None, e.killed, e.injured) for e in doc.events} == tolls


@pytest.mark.parametrize("text,tolls", [
    pytest.param("قتل مسلحون شرطيين قرب تعز أمس ردا على الهجوم الانتحاري الذي وقع الاثنين في عدن.",
                 {("Taiz", 2), ("Aden", None)}, id="toll-before-the-event-it-answers"),
    pytest.param("قتل شرطيان قرب تعز أمس في الهجوم الانتحاري الذي وقع في عدن.",
                 {("Aden", 2)}, id="no-retaliation-word-the-event-after-takes-it"),
])
def test_a_deed_answering_an_event_keeps_its_own_toll(text: str, tolls: set) -> None:
    doc = _run(text)
    assert {(e.place.name if e.place else None, e.killed) for e in doc.events} == tolls


@pytest.mark.parametrize("text,expected", [
    pytest.param("قال مسلحون في بيان أمس إنهم قتلوا القاضي في تعز.", [("Attack", 1)], id="a-judge-is-a-civilian"),
    pytest.param("قال مسلحون في بيان أمس إنهم قتلوا الضابط في تعز.", [("Armed clash", 1)], id="an-officer-is-no-civilian"),
])
def test_a_civilian_office_makes_a_lone_toll_an_attack(text: str, expected: list) -> None:
    doc = _run(text)
    assert [(e.subtype, e.killed) for e in doc.events] == expected


@pytest.mark.parametrize("text,tolls", [
    pytest.param("شنت الطائرات غارات على مواقع المسلحين في تعز، ما أسفر عن مصرع سبعة منهم، كما قتل أربعة آخرون في عدن.",
                 {("Air/drone strike", "Taiz", 7), ("Air/drone strike", "Aden", 4)}, id="also-killed-at-another-front"),
    pytest.param("تصدت القوات لهجمات المسلحين في تعز وقتل فيها 6 منهم، فيما قتل 7 مسلحين في عدن.",
                 {("Armed clash", "Taiz", 6), ("Armed clash", "Aden", 7)}, id="while-killed-at-another-front"),
    pytest.param("شنت الطائرات غارات على مواقع المسلحين في تعز، ما أسفر عن مصرع سبعة منهم، كما قتل أربعة آخرون في تعز.",
                 {("Air/drone strike", "Taiz", 11)}, id="more-dead-at-the-same-place-add-up"),
    pytest.param("شنت الطائرات غارات على مواقع المسلحين في تعز، ما أسفر عن مقتل 4 في عدن.",
                 {("Air/drone strike", "Taiz", 4)}, id="a-result-stays-with-the-deed"),
])
def test_dead_of_a_clause_at_another_front(text: str, tolls: set) -> None:
    doc = _run(text)
    assert {(e.subtype, e.place.name if e.place else None, e.killed) for e in doc.events} == tolls


@pytest.mark.parametrize("text,tolls", [
    pytest.param("وقال المركز إن مواجهات عنيفة ما زالت تدور في أحياء تعز سقط فيها 30 قتيلا من المسلحين. وكان المركز "
                 "قد أشار خلال اليومين السابقين إلى مقتل ستة جنود في اشتباكات مع المقاومة.", [30, 6],
                 id="an-earlier-fighting-with-its-own-toll"),
    pytest.param("وقال المركز إن مواجهات عنيفة ما زالت تدور في أحياء تعز سقط فيها 30 قتيلا من المسلحين. وكانت الحكومة "
                 "قد أعلنت في حصيلة مؤقتة عن خمسة قتلى من المسلحين.", [5], id="an-earlier-count-of-the-same-event"),
])
def test_an_earlier_deed_told_with_its_own_toll_is_another_event(text: str, tolls: list) -> None:
    assert [e.killed for e in _run(text).events] == tolls


_LAHIJ = {
    "لحج": ("Lahij", "YE", "admin1", 13.06, 44.88, "Lahij"),
    "الحوطة": ("Al Hawtah", "YE", "city", 13.30, 45.10, "Lahij"),
}


@pytest.mark.parametrize("text,tolls", [
    pytest.param("وأوضحت قيادة العمليات أن 6 عناصر من المسلحين قتلوا في محافظة لحج. وأعلنت قيادة أخرى في بيان منفصل "
                 "عن مقتل 15 مسلحا ضمن عمليات في مدينة الحوطة.", [6, 15], id="province-and-town-two-counts"),
    pytest.param("وأوضحت قيادة العمليات أن 6 عناصر من المسلحين قتلوا في مدينة الحوطة. وأعلنت قيادة أخرى في بيان "
                 "منفصل عن مقتل 15 مسلحا في مدينة الحوطة.", [6], id="one-town-is-one-event-and-the-lower-count"),
])
def test_tolls_with_no_deed_at_other_places_are_two_events(text: str, tolls: list) -> None:
    doc = make_doc(text, "2015-08-06")
    add_places(doc, _LAHIJ)
    extract_events(doc)
    assert [e.killed for e in doc.events] == tolls


@pytest.mark.parametrize("text", [
    pytest.param("وعن عملية قتل القائد، كانت ثلاث مسيرات تحلق فوق تعز عندما تعرضت لمضايقات من طائرات حربية.",
                 id="harassment-near-a-killing"),
    pytest.param("وقتل ثلاثة جنود عندما أرسل الجيش تعزيزات عسكرية إلى عدن.", id="reinforcements-when-soldiers-died"),
])
def test_a_non_violent_other_event_takes_no_toll(text: str) -> None:
    doc = _run(text)
    assert [e.killed for e in doc.events if e.subtype == "Other"] == [None]


@pytest.mark.parametrize("text,killed", [
    pytest.param("وكشفت مصادر أن الاشتباكات التي دارت في تعز وقتل فيها 13 من المسلحين أمس، جاءت إثر مواجهات "
                 "شرسة شهدت مقتل قائد الكتيبة.", 13, id="a-commander-among-the-battles-dead"),
    pytest.param("فجر انتحاري نفسه في سوق عدن مما أسفر عن مقتل 14 شخصا. وقتل المهاجم نفسه في الانفجار.", 14,
                 id="the-attacker-beside-the-toll"),
    pytest.param("دارت اشتباكات عنيفة في تعز أسفرت عن مقتل 12 مسلحا. ويعتقد أن الرجل قتل في الاشتباكات "
                 "نفسها.", 12, id="the-man-told-of-before-dies-in-the-battle"),
    pytest.param("قتل ثلاثة مدنيين وجندي في اشتباكات بتعز أمس، فيما أعلن الجيش مقتل الجندي في الاشتباكات.", 4,
                 id="the-soldier-of-the-toll-named-again"),
    pytest.param("دارت اشتباكات عنيفة في تعز أسفرت عن مقتل 12 مسلحا. وقتل أحد المسلحين في الاشتباكات نفسها.", 12,
                 id="one-of-the-dead-singled-out"),
])
def test_one_holder_of_a_rank_is_one_of_the_toll_beside_him(text: str, killed: int) -> None:
    doc = _run(text)
    assert [e.killed for e in doc.events] == [killed]


def test_the_dead_of_a_separate_deed_named_after_them() -> None:
    doc = _run("أطلق مسلحان النار على مبنى المحافظة في عدن وقتل ثمانية أشخاص على الأقل في موجة من الهجمات "
               "المنفصلة على قوات الأمن.")
    assert sorted((e.trigger.text, e.killed) for e in doc.events) == [("أطلق مسلحان النار", None), ("الهجمات", 8)]


def test_a_count_beats_a_vague_toll_of_another_telling() -> None:
    doc = _run("شددت الشرطة إجراءاتها في أعقاب هجوم مسلح على منتجع سياحي في عدن قتل فيه عشرات من السياح. "
               "وقتل مسلح 38 سائحا عندما أطلق الرصاص على شاطئ فندق في عدن.")
    assert [e.killed for e in doc.events] == [38]


def test_a_figure_added_by_idafa_ila_stays_with_the_deed_before() -> None:
    doc = _run("وتمكنت القوات أمس من السيطرة على معسكر في عدن بعد مواجهات عنيفة، قتل خلالها قيادي بارز في "
               "الميليشيات، إضافة إلى مقتل نحو 40 مسلحا آخر، في حين فر المئات منهم، كما تمكنت القوات من "
               "تطهير الجبال المحيطة بتعز.")
    tolls = {e.trigger.text: e.killed for e in doc.events}
    assert tolls["السيطرة"] == 41 and tolls.get("تطهير") is None


@pytest.mark.parametrize("text,tolls", [
    pytest.param("وأسفرت الغارات والاشتباكات في تعز أمس عن مقتل 20 شخصا.",
                 {"الغارات": 10, "والاشتباكات": 10}, id="two-deeds-one-toll"),
    pytest.param("وأسفرت الغارات الجوية والاشتباكات في تعز أمس عن مقتل 21 شخصا.",
                 {"الغارات": 11, "والاشتباكات": 10}, id="an-adjective-between"),
    pytest.param("وأسفرت الغارات على تعز أمس عن مقتل 20 شخصا، واستمرت الاشتباكات في عدن.",
                 {"الغارات": 20, "الاشتباكات": None}, id="the-other-deed-told-after"),
])
def test_one_toll_of_two_joined_deeds_is_split(text: str, tolls: dict) -> None:
    doc = _run(text)
    assert {e.trigger.text: e.killed for e in doc.events} == tolls


@pytest.mark.parametrize("text,tolls", [
    pytest.param("ومنذ اندلاع جولة العنف الجديدة في 20 يوليو، قتل 13 جنديا على الأقل في هجمات في تعز.",
                 [], id="since-a-day-weeks-ago"),
    pytest.param("ومنذ تولي الرئيس الحكم في مايو الماضي، قتل أكثر من 750 شخصا في تعز.", [], id="since-a-month"),
    pytest.param("ومنذ صباح اليوم، قتل 5 أشخاص في قصف على تعز.", [5], id="since-this-morning"),
])
def test_a_sentence_opened_by_since_a_past_day_counts_a_running_total(text: str, tolls: list) -> None:
    doc = make_doc(text, "2015-08-06")
    add_places(doc, _GAZ)
    extract_times(doc)
    extract_events(doc)
    assert [e.killed for e in doc.events if e.killed is not None] == tolls


def test_a_clause_opened_by_since_before_a_toll_counts_a_running_total() -> None:
    doc = make_doc("وأطلقت أنقرة عملية عسكرية بعد سلسلة من الهجمات، ومنذ اندلاع موجة العنف في 20 يوليو، قتل 13 "
                   "جنديا على الأقل في هجمات في تعز.", "2015-08-06")
    add_places(doc, _GAZ)
    extract_times(doc)
    extract_events(doc)
    assert [e.killed for e in doc.events if e.killed is not None] == []


def test_a_part_of_a_running_total_is_the_toll_of_its_deed() -> None:
    text = "ومنذ اندلاع المواجهات في 20 يوليو، قتل 13 جنديا على الأقل، ثلاثة منهم في كمين قرب تعز أمس."
    doc = make_doc(text, "2015-08-06")
    add_places(doc, _GAZ)
    for t, value, precision in (("20 يوليو", "2015-07-20", "day"), ("أمس", "2015-08-05", "day")):
        doc.times.append(TimeMention(_span(text, t), value, precision, "test"))
    doc.times.sort(key=lambda t: t.span.start)
    extract_events(doc)
    assert [e.killed for e in doc.events] == [3]


def test_a_part_of_the_deeds_own_toll_adds_nothing() -> None:
    doc = _run("قتل 12 مسلحا، وأربعة منهم في الغارة الجوية على تعز.")
    assert [e.killed for e in doc.events] == [12]


@pytest.mark.parametrize("text,killed", [
    pytest.param("وقتل ستة أشخاص في هجوم انتحاري في جنوب تعز هو أول هجوم كبير تشنه الحركة منذ إعلان وفاة زعيمها.",
                 [6], id="the-first-attack-since"),
    pytest.param("وقتل 40 جنديا في هجمات المسلحين على تعز منذ بداية العام.", [], id="a-running-total-stays"),
])
def test_the_first_or_worst_since_is_no_running_total(text: str, killed: list[int]) -> None:
    assert [e.killed for e in _run(text).events] == killed


def test_a_toll_since_this_morning_is_no_running_total() -> None:
    doc = _run("وقال المصدر إن 20 مسلحا قتلوا في اشتباكات عنيفة تشهدها مدينة تعز منذ صباح أمس.")
    assert [e.killed for e in doc.events] == [20]
