"""What is told but is no event of a day: habits and characterisations ("يقصفون المدنيين بشكل يومي"),
a series done before ("سبق للجماعة أن تبنت هجمات"), a state of control ("دبابات يسيطر عليها
الحوثيون"); and one event told twice: an air attack named in a subheading, a bomb dropped by the
aircraft that struck, a warplane that fell where it struck, an aircraft brought down that the article
already told had crashed.

Cases build their Doc by hand (see :mod:`tests.extract.test_events`).
"""

from __future__ import annotations

import pytest

from tests.extract.test_events import run

YESTERDAY = (("أمس", "2015-08-05", "day"),)
TODAY = (("اليوم", "2015-08-06", "day"),)


def _subtypes(text: str, times: tuple = ()) -> list[str]:
    return sorted(e.subtype for e in run(text, times=times).events)


@pytest.mark.parametrize("text", [
    pytest.param("وقال المحافظ إن المتمردين يقصفون المدنيين بشكل يومي في تعز وعدن.", id="daily-present-verb"),
    pytest.param("وأكد البيان أن الجيش انتهك الهدنة بشن هجمات متكررة على القرى الحدودية قرب حلب.",
                 id="repeated-attacks"),
    pytest.param("وقالت المنظمة إن الميليشيات تستهدف مرارا الأحياء السكنية في تعز.", id="again-and-again"),
    pytest.param("وسبق للجماعة أن تبنت هجمات على حواجز للجيش في عدن.", id="series-done-before"),
    pytest.param("ودمرت المقاومة دبابة كانت تقصف الأحياء السكنية في تعز.", id="what-it-was-doing"),
    pytest.param("وغالبا ما تقع هذه الهجمات على الحواجز في عدن.", id="usually"),
    pytest.param("وكثيرا ما تشن الجماعة هجمات على الحواجز في عدن.", id="often"),
    pytest.param("وتنفذ الجماعة عادة هجمات على الحواجز في عدن.", id="as-a-rule"),
])
def test_a_habit_or_a_series_before_is_no_event(text: str) -> None:
    assert _subtypes(text) == []


def test_a_name_that_splits_as_a_habit_word_is_no_habit() -> None:
    # (سعادة splits as س + عادة: عادة is a habit word only as a whole word, grammar.yaml habit_whole_words)
    assert _subtypes("واعتقل سعادة أمس في عدن.", YESTERDAY) == ["Arrests"]


@pytest.mark.parametrize("text,times,subtype", [
    pytest.param("وقصف المتمردون حيا سكنيا في تعز أمس.", YESTERDAY, "Shelling/artillery/missile attack",
                 id="one-shelling-of-a-day"),
    pytest.param("وسبق للجماعة أن تبنت هجمات على حواجز للجيش في عدن أمس.", YESTERDAY, "Armed clash",
                 id="done-before-on-a-day-told"),
])
def test_a_deed_of_a_day_stays_an_event(text: str, times: tuple, subtype: str) -> None:
    assert subtype in _subtypes(text, times)


@pytest.mark.parametrize("text,times,expected", [
    pytest.param("وقال قائد ميداني إن المقاتلين أتلفوا دبابات يسيطر عليها الحوثيون في عدن أمس.", YESTERDAY,
                 False, id="holding-after-an-indefinite-noun"),
    pytest.param("وسيطرت الحركة على مدينة عدن معظم الفترة التي انقضت منذ اندلاع الحرب.", (), False,
                 id="held-for-most-of-the-period"),
    pytest.param("وسيطرت القوات الحكومية على مدينة زنجبار أمس.", YESTERDAY, True, id="takeover-in-the-perfect"),
])
def test_holding_a_place_is_no_takeover(text: str, times: tuple, expected: bool) -> None:
    territory = {"Government regains territory", "Non-state actor overtakes territory"}
    assert bool(territory & set(_subtypes(text, times))) is expected


def test_an_air_attack_subheading_is_the_air_strike() -> None:
    text = "* هجوم جوي\nوقال سكان إن طائرات التحالف نفذت غارات قرب عدن أمس."
    assert _subtypes(text, YESTERDAY) == ["Air/drone strike"]


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وقال شهود إن الطائرة الحربية أسقطت قنبلة على سوق في حلب أمس.", "Air/drone strike",
                 id="bomb-dropped"),
    pytest.param("وأسقطت الدفاعات الجوية طائرة مسيرة فوق حلب أمس.", "Disrupted weapons use",
                 id="aircraft-brought-down"),
])
def test_what_is_brought_down(text: str, subtype: str) -> None:
    assert _subtypes(text, YESTERDAY) == [subtype]


def test_a_warplane_falling_where_it_struck_is_the_strike() -> None:
    text = ("ونفذ الطيران الحربي غارات على مدينة أريحا صباح اليوم. "
            "وقتل 20 شخصا عندما سقطت طائرة حربية على سوق في أريحا اليوم.")
    times = (("اليوم", "2015-08-06", "day", 1), ("اليوم", "2015-08-06", "day", 2))
    assert _subtypes(text, times) == ["Air/drone strike"]


def test_an_aircraft_brought_down_after_its_crash_is_that_crash() -> None:
    text = ("قتل 17 جنديا أمس بسقوط مروحية عسكرية قرب حلب. "
            "وتبنت الحركة العملية قائلة إنها أسقطت المروحية بصاروخ.")
    assert "Disrupted weapons use" not in _subtypes(text, YESTERDAY)


@pytest.mark.parametrize("text,times,expected", [
    pytest.param("وقصفت الطائرات التركية أمس أهدافا لتنظيم داعش في سوريا.", YESTERDAY, True,
                 id="country-wide-strike-of-a-day"),
    pytest.param("وتشن الطائرات الأمريكية ضربات جوية ضد تنظيم داعش في سوريا.", (), False,
                 id="country-wide-strikes-of-no-day"),
])
def test_a_country_wide_event_needs_a_day_of_its_own(text: str, times: tuple, expected: bool) -> None:
    assert bool(_subtypes(text, times)) is expected


def test_arrests_of_people_named_need_no_town_or_day() -> None:
    text = "وشنت قوات الأمن حملة اعتقالات واسعة استهدفت عناصر التنظيم في سوريا."
    assert _subtypes(text) == ["Arrests"]


@pytest.mark.parametrize("text,times,expected", [
    pytest.param("وقصفت طائرة حربية موقعا للمسلحين في تعز أمس، ما أدى إلى تدمير مدفع وإحراق دبابة.", YESTERDAY,
                 ["Air/drone strike"], id="burning-is-the-strike-damage"),
    pytest.param("وأحرق مستوطنون منزلا لعائلة فلسطينية في دوما أمس.", YESTERDAY, ["Attack"], id="arson-of-its-own"),
])
def test_burning_told_with_a_strike_is_its_damage(text: str, times: tuple, expected: list) -> None:
    assert _subtypes(text, times) == expected


@pytest.mark.parametrize("text", [
    pytest.param("وسيطر مسلحو تنظيم داعش على مدينة تعز أمس. وخطفوا عشرات المدنيين بعد أن سيطروا على المدينة.",
                 id="told-again-with-no-doer"),
    pytest.param("سيطر تنظيم داعش على مدينة تعز أمس، وفر السكان بعد السيطرة عليها.", id="named-again-as-a-noun"),
])
def test_one_place_taken_told_twice_has_one_side(text: str) -> None:
    territory = [s for s in _subtypes(text, YESTERDAY) if "territory" in s]
    assert territory == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize("text", [
    pytest.param("ومن المقرر أن تنطلق مظاهرات حاشدة في عدن الجمعة.", id="scheduled"),
    pytest.param("ويفترض أن يتم نشر قوة إقليمية في تعز.", id="supposed-to"),
    pytest.param("وقررت الحكومة نشر قوات إضافية في عدن.", id="decided-to"),
])
def test_a_plan_is_no_event(text: str) -> None:
    assert _subtypes(text) == []


def test_strikes_allowed_are_not_told_as_done() -> None:
    text = "ووافقت الحكومة على السماح للجيش الأمريكي بشن ضربات جوية من قاعدة قرب حلب."
    assert "Air/drone strike" not in _subtypes(text)


@pytest.mark.parametrize("text", [
    pytest.param("وقال المتحدث إنه إذا لم يوافق الحوثيون في نهاية المطاف على الانسحاب من عدن فإن للحكومة الحق في إخراجهم.",
                 id="supposition"),
    pytest.param("وقدم الجيش مذكرة احتجاج إلى بعثة المراقبين الدوليين في عدن.", id="diplomatic-protest-note"),
])
def test_a_supposition_or_a_protest_note_is_no_event(text: str) -> None:
    assert _subtypes(text) == []


@pytest.mark.parametrize("text,times,expected", [
    pytest.param("وبدأت المعارك في حلب في صيف 2012.", (("2012", "2012-01-01", "year"),), False,
                 id="war-began-three-years-before"),
    pytest.param("واندلعت معارك عنيفة في حلب في عام 2014.", (("2014", "2014-01-01", "year"),), True,
                 id="battles-of-last-year"),
])
def test_events_of_years_long_past_are_history(text: str, times: tuple, expected: bool) -> None:
    assert bool(_subtypes(text, times)) is expected


def test_a_warplane_falling_before_any_strike_is_told_is_its_own_event() -> None:
    text = ("وقتل 20 شخصا عندما سقطت طائرة حربية على سوق في أريحا اليوم. "
            "وقال شهود إن الطائرة نفذت غارة على أريحا اليوم قبل أن تسقط.")
    times = (("اليوم", "2015-08-06", "day", 1), ("اليوم", "2015-08-06", "day", 2))
    assert _subtypes(text, times) == ["Air/drone strike", "Other"]
