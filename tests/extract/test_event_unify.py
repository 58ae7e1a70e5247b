"""One deed, one event: a generic word ("الهجوم", "استهدف", a toll with no trigger, "التفجير") that
tells again a more specific event of its article joins it (:func:`khabar.extract.event_unify.fold_generic`),
unless its own clause tells another deed (another town, another day, another toll, civilians
attacked against a clash, an abduction, a deed told after it in its own sentence).

Cases build their Doc by hand (see :mod:`tests.extract.test_events`).
"""

from __future__ import annotations

import pytest

from tests.extract.test_events import run

YESTERDAY = (("أمس", "2015-08-05", "day"),)
TUESDAY = YESTERDAY + (("صباح الثلاثاء", "2015-08-04", "day"),)
AUGUST_2 = YESTERDAY + (("2 أغسطس", "2015-08-02", "day"),)


def _events(text: str, times: tuple = YESTERDAY) -> list[tuple[str, str | None, int | None]]:
    return sorted(((e.subtype, e.place.name if e.place else None, e.killed) for e in run(text, times=times).events),
                  key=str)


@pytest.mark.parametrize("text,times,expected", [
    pytest.param("قصفت المدفعية مواقع المسلحين في تعز أمس. وقال مسؤول محلي إن الهجوم خلف عشرات القتلى.",
                 YESTERDAY, [("Shelling/artillery/missile attack", "Taiz", 10)], id="the-attack-tells-the-shelling"),
    pytest.param("شنت طائرات التحالف غارات على مواقع المسلحين في زنجبار أمس. وقالت مصادر محلية إن الهجوم "
                 "أسفر عن مقتل 6 مسلحين.", YESTERDAY, [("Air/drone strike", "Zinjibar", 6)],
                 id="the-attack-gives-the-strikes-toll"),
    pytest.param("قتل 7 أشخاص في هجوم في محافظة لحج. وقالت الشرطة إن سيارة مفخخة انفجرت قرب حاجز في الحوطة أمس.",
                 YESTERDAY, [("Remote explosive/landmine/IED", "Al-Hawtah", 7)], id="the-leads-attack-is-told-next"),
    pytest.param("انفجرت عبوة ناسفة في سوق بعدن أمس. وأدان المحافظ الاعتداء الإرهابي الذي استهدف المتسوقين.",
                 YESTERDAY, [("Remote explosive/landmine/IED", "Aden", None)], id="targeted-civilians-is-the-bombing"),
    pytest.param("استنكرت دول عديدة الهجوم الإرهابي الذي استهدف مسجدا للشرطة في عدن أمس. وأكدت الدول وقوفها مع "
                 "الحكومة. وقالت الخارجية إن الإرهاب لا دين له. ووصف البيان التفجير بأنه عمل جبان.", YESTERDAY,
                 [("Remote explosive/landmine/IED", "Aden", None)], id="the-leads-attack-is-the-blast-told-later"),
    pytest.param("وأعلنت السلطات في سوريا اعتقال خمسة مطلوبين. وكان انتحاري قد فجر نفسه أمس في مسجد. وشهدت عدن "
                 "أمس هجوما على المصلين في مسجد.", YESTERDAY + (("أمس", "2015-08-05", "day", 2),),
                 [("Suicide bomb", "Aden", None)], id="the-telling-of-its-day-places-a-bombing-placed-by-borrowing"),
])
def test_a_generic_word_joins_the_deed_it_tells_again(text: str, times: tuple, expected: list) -> None:
    assert _events(text, times) == expected


@pytest.mark.parametrize("text,times,expected", [
    pytest.param("فجر انتحاري نفسه في سوق بعدن أمس ما أسفر عن مقتل 5 أشخاص. وقتل 9 جنود في هجوم على حاجز "
                 "للجيش في عدن.", YESTERDAY, [("Armed clash", "Aden", 9), ("Suicide bomb", "Aden", 5)],
                 id="another-toll"),
    pytest.param("فجر انتحاري نفسه في سوق بعدن أمس. وقتل 3 جنود في هجوم في تعز.", YESTERDAY,
                 [("Armed clash", "Taiz", 3), ("Suicide bomb", "Aden", None)], id="another-town"),
    pytest.param("فجر انتحاري نفسه في سوق بعدن أمس. وكان هجوم قد استهدف حاجزا للجيش في عدن في 2 أغسطس.",
                 AUGUST_2, [("Armed clash", "Aden", None), ("Suicide bomb", "Aden", None)], id="another-day"),
    pytest.param("هاجم مسلحون حاجزا للجيش في عدن أمس، فيما انفجرت عبوة ناسفة بدورية للشرطة في عدن.", YESTERDAY,
                 [("Armed clash", "Aden", None), ("Remote explosive/landmine/IED", "Aden", None)],
                 id="a-deed-told-after-it-in-its-sentence"),
    pytest.param("خطف مسلحون ثلاثة أجانب من فندق في عدن أمس. وقتل حارسان في الهجوم على الفندق.", YESTERDAY,
                 [("Abduction/forced disappearance", "Aden", None), ("Attack", "Aden", 2)],
                 id="an-abduction-is-no-attack"),
    pytest.param("اندلعت اشتباكات بين الجيش والمسلحين في عدن أمس. وأطلق مسلحون النار على المصلين في مسجد بعدن.",
                 YESTERDAY, [("Armed clash", "Aden", None), ("Attack", "Aden", None)],
                 id="civilians-shot-are-not-the-clash"),
    pytest.param("قصفت المدفعية مواقع المسلحين في تعز أمس. وقتل جنديان في هجومين منفصلين في تعز.", YESTERDAY,
                 [("Armed clash", "Taiz", 2), ("Shelling/artillery/missile attack", "Taiz", None)],
                 id="separate-attacks"),
    pytest.param("قصفت المدفعية مواقع المسلحين في تعز أمس. وقتل جنديان في هجوم آخر في تعز.", YESTERDAY,
                 [("Armed clash", "Taiz", 2), ("Shelling/artillery/missile attack", "Taiz", None)],
                 id="another-attack"),
    pytest.param("شنت طائرات التحالف غارات على مواقع المسلحين في زنجبار أمس. وقتل 5 جنود في سلسلة هجمات في زنجبار.",
                 YESTERDAY, [("Air/drone strike", "Zinjibar", None), ("Armed clash", "Zinjibar", 5)],
                 id="a-series-of-attacks"),
])
def test_a_generic_word_of_another_deed_stays_apart(text: str, times: tuple, expected: list) -> None:
    assert _events(text, times) == expected


def test_the_deed_keeps_its_own_day() -> None:
    text = "انفجرت سيارة مفخخة في سوق بعدن صباح الثلاثاء. وقال المحافظ أمس إن الهجوم خلف 4 قتلى."
    events = run(text, times=TUESDAY).events
    assert [(e.subtype, e.date, e.killed) for e in events] == [("Remote explosive/landmine/IED", "2015-08-04", 4)]


@pytest.mark.parametrize("text,expected", [
    pytest.param("ستة قتلى في قصف على زنجبار. وقال مسؤول إن ستة مدنيين قتلوا أمس في غارة نفذتها طائرة حربية على "
                 "زنجبار.", [("Air/drone strike", "Zinjibar", 6)], id="the-headlines-bare-bombardment-is-the-strike"),
    pytest.param("قصف مدفعي على زنجبار. وقال مسؤول إن طائرة حربية شنت أمس غارة على زنجبار.",
                 [("Air/drone strike", "Zinjibar", None), ("Shelling/artillery/missile attack", "Zinjibar", None)],
                 id="a-bombardment-with-its-weapon-stays-its-own"),
])
def test_a_bare_bombardment_in_the_lead(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("واقتحم انتحاري بسيارة مفخخة حاجزا للجيش في عدن أمس، ما أدى إلى مقتل 5 جنود.",
                 ["Suicide bomb"], id="a-suicide-bomber-storms"),
    pytest.param("وقالت الشرطة إن انتحاريا اقتحم بشاحنة مبنى مركز للشرطة في عدن أمس.",
                 ["Suicide bomb"], id="the-bomber-before-the-verb"),
    pytest.param("وقتل 4 أشخاص في عدن أمس عندما اقتحم مسلح بوابة الفندق بسيارة محملة بالمتفجرات.",
                 ["Suicide bomb"], id="a-car-bomb-as-the-means"),
    pytest.param("واقتحم مسلحون حاجزا للجيش في عدن أمس، ما أدى إلى مقتل 5 جنود.",
                 ["Armed clash"], id="gunmen-storm-a-checkpoint"),
])
def test_a_storming_by_a_suicide_bomber_is_the_bombing(text: str, expected: list) -> None:
    assert sorted({e.subtype for e in run(text, times=(("أمس", "2015-08-05", "day"),)).events}) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("ولقي تسعة أشخاص مصرعهم أمس بحادث تحطم طائرة مروحية عسكرية قرب عدن.", [],
                 id="a-crash-told-as-a-mishap"),
    pytest.param("وقتل 12 شخصا أمس حينما سقطت مقاتلة على سوق في عدن.", ["Other"], id="a-warplane-fell-on-a-market"),
])
def test_a_crash_told_as_a_mishap_is_no_event(text: str, expected: list) -> None:
    assert sorted({e.subtype for e in run(text, times=(("أمس", "2015-08-05", "day"),)).events}) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("أسفر هجوم بشاحنة مفخخة في عدن أمس عن مقتل 9 أشخاص. وقال مسؤول إن انتحاريا فجر نفسه في عدن أمس.",
                 [("Suicide bomb", "Aden", 9)], id="the-truck-bomb-is-the-suicide-bombing"),
    pytest.param("أسفر هجوم بشاحنة مفخخة في عدن أمس عن مقتل 9 أشخاص. وقال مسؤول إن انتحاريا فجر نفسه في عدن أمس "
                 "ما أدى إلى مقتل 20 طالبا.",
                 [("Remote explosive/landmine/IED", "Aden", 9), ("Suicide bomb", "Aden", 20)],
                 id="a-car-bomb-with-another-toll-is-another-deed"),
])
def test_a_car_bomb_of_the_day_and_place_of_a_suicide_bombing_is_that_bombing(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("said,killed", [
    pytest.param("وكان قائد الشرطة قد صرح قبلها بأنهم أحصوا 9 قتلى في هذا الهجوم.", 15,
                 id="an-earlier-count-told-after-the-rise"),
    pytest.param("وقال قائد الشرطة بعد ذلك إنهم أحصوا 9 قتلى في هذا الهجوم.", 9, id="a-lower-count-told-later"),
])
def test_a_toll_that_rose_replaces_the_earlier_counts(said: str, killed: int) -> None:
    text = ("أسفر هجوم بشاحنة مفخخة في عدن أمس عن مقتل 12 شخصا. وارتفعت حصيلة الاعتداء بالشاحنة المفخخة إلى 15 قتيلا. "
            + said)
    assert _events(text) == [("Remote explosive/landmine/IED", "Aden", killed)]
