"""One event per listed place (extract/event_split.py, the list reading of event_places.py): lists of
several groups, quoted names, a town with its province, a reference point, a list opened by "كل من".

Places and times are set by hand (a small gazetteer below), so the cases do not depend on the
places stage.
"""

from __future__ import annotations

import time

import pytest

from khabar.doc import Doc, Span, TimeMention
from khabar.extract.events import extract_events
from tests.conftest import add_places, make_doc

# name -> (English, country, level, lat, lon, admin1)
GAZ = {
    "لودر": ("Lawdar", "YE", "city", 13.8833, 45.8667, "Abyan"),
    "مودية": ("Mudiyah", "YE", "city", 13.9167, 46.0833, "Abyan"),
    "أبين": ("Abyan", "YE", "admin1", 13.5, 46.0, "Abyan"),
    "كرش": ("Kirsh", "YE", "city", 13.3, 44.55, "Lahij"),
    "الحوطة": ("Al-Hawtah", "YE", "city", 13.0486, 44.8836, "Lahij"),
    "لحج": ("Lahij", "YE", "admin1", 13.0582, 44.8838, "Lahij"),
    "مارب": ("Marib", "YE", "admin1", 15.5, 45.5, "Marib"),
    "صنعاء": ("Sanaa", "YE", "city", 15.35, 44.2, "Sanaa"),
    "ذمار": ("Dhamar", "YE", "admin1", 14.55, 44.4, "Dhamar"),
    "حرض": ("Harad", "YE", "city", 16.41, 43.06, "Hajjah"),
    "حجة": ("Hajjah", "YE", "admin1", 15.7, 43.6, "Hajjah"),
    "صعدة": ("Sadah", "YE", "admin1", 16.9, 43.8, "Sadah"),
    "حرستا": ("Harasta", "SY", "city", 33.5586, 36.365, "Rif Dimashq"),
    "عربين": ("Arbin", "SY", "city", 33.5381, 36.3631, "Rif Dimashq"),
    "ريف دمشق": ("Rif Dimashq", "SY", "admin1", 33.5, 36.5, "Rif Dimashq"),
    "بولي علم": ("Puli Alam", "AF", "city", 33.9953, 69.0227, "Logar"),
    "لوجار": ("Logar", "AF", "admin1", 34.0, 69.2, "Logar"),
    "كابول": ("Kabul", "AF", "city", 34.5281, 69.1723, "Kabul"),
}
YESTERDAY = (("أمس", "2015-08-01", "day"),)


def run(text: str, times: tuple = YESTERDAY) -> Doc:
    doc = make_doc(text, "2015-08-02")
    for t_text, value, precision in times:
        pos = text.index(t_text)
        doc.times.append(TimeMention(Span(pos, pos + len(t_text), t_text), value, precision, "test"))
    add_places(doc, GAZ)
    extract_events(doc)
    return doc


def _places(doc: Doc, subtype: str) -> list[str]:
    return sorted(e.place.name for e in doc.events if e.subtype == subtype and e.place is not None)


STRIKE = "Air/drone strike"


@pytest.mark.parametrize("text,expected", [
    pytest.param("شنت طائرات التحالف أمس غارات على مواقع الحوثيين في مديرية «لودر» و«مودية» بمحافظة أبين.",
                 ["Lawdar", "Mudiyah"], id="quoted-names-with-their-province"),
    pytest.param("استهدفت غارات التحالف أمس مواقع للمتمردين في مناطق «كرش والحوطة» بمحافظة لحج، وفي أنحاء "
                 "متفرقة من محافظة مارب، ومنطقة «الفلانية» بمحافظة ذمار.",
                 ["Al-Hawtah", "Dhamar", "Kirsh", "Marib"], id="groups-of-a-list"),
    pytest.param("استهدفت غارات أخرى أمس مواقع الحوثي في مديرية «حرض» بمحافظة حجة، ومناطق أخرى متفرقة في "
                 "محافظة صعدة.", ["Harad", "Sadah"], id="town-in-its-province-then-another-group"),
    pytest.param("استهدفت غارات التحالف أمس مواقع في محافظة مارب، إلى الشرق من صنعاء، ومحافظة ذمار.",
                 ["Dhamar", "Marib"], id="a-reference-point-is-no-target"),
    pytest.param("استهدفت غارات التحالف أمس مواقع في محافظة لحج بمدينة الحوطة.", ["Al-Hawtah"],
                 id="province-then-its-town-is-the-town"),
    pytest.param("قتل ستة في غارة جوية أمس استهدفت مركزا للشرطة في بولي علم عاصمة ولاية لوجار جنوب كابول.",
                 ["Puli Alam"], id="seat-of-its-province-is-one-place"),
    pytest.param("شنت الطائرات أمس غارات على مواقع في لودر، وقال مسؤول في الحوطة إن الوضع صعب.",
                 ["Lawdar"], id="a-speakers-seat-is-no-list"),
    pytest.param("أصابت الغارات أمس أهدافا قرب خمس مدن بينها لودر ومودية وكرش.",
                 ["Kirsh", "Lawdar", "Mudiyah"], id="among-them-is-a-list-not-a-stretch"),
])
def test_one_strike_per_listed_place(text: str, expected: list[str]) -> None:
    assert _places(run(text), STRIKE) == expected


def test_every_one_of_a_list_opened_by_kull_min() -> None:
    doc = run("اندلعت اشتباكات عنيفة أمس في كل من حرستا وعربين بريف دمشق.")
    assert _places(doc, "Armed clash") == ["Arbin", "Harasta"]


def test_a_route_is_no_list() -> None:
    doc = run("قصفت الطائرات أمس رتلا عسكريا كان في طريقه من لودر إلى الحوطة.")
    assert len([e for e in doc.events if e.subtype == STRIKE]) == 1


def test_the_toll_of_a_longer_list_is_shared_evenly() -> None:
    doc = run("قتل 9 مسلحين أمس في غارات على مديرية «لودر» بمحافظة أبين، وفي أنحاء من محافظة مارب، "
              "ومدينة الحوطة.")
    got = sorted((e.place.name, e.killed) for e in doc.events if e.subtype == STRIKE)
    assert got == [("Al-Hawtah", 3), ("Lawdar", 3), ("Marib", 3)]


@pytest.mark.parametrize("text,expected", [
    pytest.param("وشهدت جبهات حرستا وعربين أمس الأحد مواجهات عنيفة.", ["Arbin", "Harasta"],
                 id="list-before-the-trigger"),
    pytest.param("قصفت الطائرات أمس حرستا، وفي عربين دارت مواجهات عنيفة.", ["Arbin"],
                 id="a-list-after-another-trigger-is-that-ones"),
])
def test_a_list_told_before_the_trigger(text: str, expected: list[str]) -> None:
    assert _places(run(text), "Armed clash") == expected


def test_a_list_before_a_clause_opener_is_the_clause_befores() -> None:
    doc = run("وقتل العشرات من المسلحين أمس في حرستا وعربين بينما فر الباقون بعد اشتباكات عنيفة.")
    assert len([e for e in doc.events if e.subtype == "Armed clash"]) == 1


@pytest.mark.parametrize("text,expected", [
    pytest.param("قصفت الطائرات أمس حرستا، وفي عربين دارت اشتباكات عنيفة.", ["Harasta"],
                 id="a-fronted-place-opens-its-own-clause"),
    pytest.param("قصفت الطائرات أمس مواقع في حرستا، وفي عربين قتل خمسة مسلحين في اشتباكات.", ["Harasta"],
                 id="a-fronted-place-with-a-toll"),
    pytest.param("قتل خمسة أمس في غارات على مواقع في حرستا، وفي مدينة عربين.", ["Arbin", "Harasta"],
                 id="a-repeated-preposition-goes-on-with-the-list"),
])
def test_a_place_fronting_the_next_clause_ends_the_list(text: str, expected: list[str]) -> None:
    assert _places(run(text), STRIKE) == expected


def test_a_long_list_before_many_triggers_stays_near_linear() -> None:
    """Each mention read the whole list back from its place (3,000 places x 1,000 triggers: 5 s)."""
    text = "وشهدت بلدات " + "حرستا وعربين و" * 1500 + "حرستا أمس اشتباكات " + "وغارات " * 1000
    t0 = time.process_time()
    doc = run(text)
    assert doc.events
    assert time.process_time() - t0 < 2.5


@pytest.mark.parametrize("text", [
    pytest.param("قصفت الطائرات أمس رتلا على الطريق الرابط بين حرستا ومدينة عربين.", id="road-between-two-towns"),
    pytest.param("استهدفت غارة أمس نقطة في المنطقة الواقعة بين محافظتي مارب وذمار.", id="area-between-two-provinces"),
    pytest.param("قصفت الطائرات أمس رتلا على الطريق بين مثلث حرستا ومدينة عربين.", id="road-from-a-junction"),
])
def test_a_stretch_between_two_places_is_one_event(text: str) -> None:
    strikes = [e for e in run(text).events if e.subtype == STRIKE]
    assert len(strikes) == 1
    assert strikes[0].place.name in ("Arbin", "Dhamar")  # the end named last


def test_a_list_of_origins_places_no_event() -> None:
    doc = run("وصلت أمس تعزيزات عسكرية قادمة من مناطق عدة، منها مديريات حرستا وعربين التابعة لريف دمشق، "
              "إلى مشارف مدينة الحوطة.")
    assert [e.place.name for e in doc.events if e.subtype == "Other"] == ["Al-Hawtah"]


def test_people_seized_from_a_place_were_seized_there() -> None:
    doc = run("واعتقلت القوات أمس ستة مواطنين من حرستا، وثلاثة من عربين.")
    assert [e.place.name for e in doc.events if e.subtype == "Arrests"][:1] == ["Harasta"]


def test_a_list_before_the_trigger_ends_with_the_place_its_last_town_lies_in() -> None:
    doc = run("وشهدت جبهات كرش وحرض الحوطة أمس الأحد مواجهات عنيفة.")
    assert _places(doc, "Armed clash") == ["Harad", "Kirsh"]


@pytest.mark.parametrize("text,expected", [
    pytest.param("واعتقلت القوات أمس مواطنا من حرستا وثلاثة من مدينة عربين.", ["Arbin", "Harasta"],
                 id="a-counted-group-then-a-place-noun"),
    pytest.param("واعتقلت القوات أمس مواطنا من حرستا وثلاثة من عربين.", ["Arbin", "Harasta"],
                 id="a-counted-group-then-the-place"),
    pytest.param("واعتقلت القوات أمس مواطنا من حرستا ومسلحين من عربين.", ["Harasta"],
                 id="control-no-figure-no-list"),
])
def test_people_counted_by_town_are_one_arrest_a_town(text: str, expected: list[str]) -> None:
    """"اعتقلت القوات مواطنا من أ وثلاثة من مخيم ب": a figure joined by و opens the next group of the
    list, so its place is one of the list's (one event per place, as gold codes arrests by town)."""
    assert _places(run(text), "Arrests") == expected


def test_a_part_of_the_country_coordinated_with_a_town_is_a_place_of_its_own() -> None:
    # "the country" after a compass direction, coordinated with a town: that part of the town's
    # country, a target of its own that takes half the toll; no toponym of the places stage
    doc = run("قتل 4 جنود أمس في هجومين على مواقع للجيش في صنعاء وفي جنوب البلاد.")
    got = sorted((e.place.name, e.killed) for e in doc.events if e.place is not None)
    assert got == [("Sanaa", 2), ("Southern Yemen", 2)]
    assert all(p.span.text != "البلاد" for p in doc.places)


@pytest.mark.parametrize("text", [
    pytest.param("قتل 4 جنود أمس في هجومين على مواقع للجيش في محافظة مارب وسط البلاد.", id="locates-the-province"),
    pytest.param("قتل 4 جنود أمس في هجومين على مواقع للجيش في محافظة مارب في جنوب البلاد.", id="locates-with-fi"),
])
def test_a_part_of_the_country_that_locates_the_place_before_is_no_place(text: str) -> None:
    doc = run(text)
    assert [(e.place.name, e.killed) for e in doc.events] == [("Marib", 4)]


@pytest.mark.parametrize("text,expected", [
    pytest.param("تحاصر الفصائل بلدتي حرستا وعربين منذ أشهر. وأوضحت المصادر أن القوات قصفت البلدتين أمس "
                 "بمئات القذائف.", ["Arbin", "Harasta"], id="the-dual-is-the-pair"),
    pytest.param("تحاصر الفصائل بلدة حرستا قرب عربين منذ أشهر. وأوضحت المصادر أن القوات قصفت البلدة أمس "
                 "بمئات القذائف.", ["Harasta"], id="control-the-singular-is-one-town"),
])
def test_a_dual_anaphor_places_one_event_in_each_of_the_pair(text: str, expected: list[str]) -> None:
    """"قصفت القوات البلدتين" after "بلدتي أ وب": the dual points back to the pair, one event each."""
    assert _places(run(text), "Shelling/artillery/missile attack") == expected


@pytest.mark.parametrize("text", [
    pytest.param("قتل تسعة أشخاص أمس في هجمات في حرستا مهد حركة المعارضة، وفي مدينة عربين.",
                 id="appositive-then-repeated-preposition"),
    pytest.param("قتل تسعة أشخاص أمس في هجمات في حرستا، معقل المعارضة، وفي عربين.",
                 id="appositive-set-off-by-commas"),
])
def test_an_appositive_on_a_listed_place_keeps_the_list(text: str) -> None:
    """"في أ، مهد الحركة، وفي ب": the appositive only describes أ; the repeated في lists ب too, and the
    toll is shared between them."""
    got = sorted((e.place.name, e.killed) for e in run(text).events if e.place is not None)
    assert got == [("Arbin", 4), ("Harasta", 5)]


def test_an_appositive_before_a_clause_of_its_own_ends_the_list() -> None:
    doc = run("قتل تسعة أشخاص أمس في هجمات في حرستا، معقل المعارضة، وفي عربين دارت اشتباكات عنيفة.")
    got = [(e.place.name, e.killed) for e in doc.events if e.subtype == "Armed clash" and e.place is not None]
    assert ("Harasta", 9) in got


def test_a_dual_anaphor_after_the_trigger_is_the_pair_its_own_sentence_named() -> None:
    """"دارت اشتباكات في بلدتي أ وب أسفرت عن سيطرة القوات على البلدتين": the takeover is of both
    towns (read from the pair before its trigger, which the clash's trigger stands before), its toll
    shared between them."""
    doc = run("دارت اشتباكات عنيفة أمس في بلدتي حرستا وعربين، أسفرت عن سيطرة قوات النظام على البلدتين، "
              "بعد مقتل 30 مسلحا.")
    got = sorted((e.place.name, e.killed) for e in doc.events if e.subtype == "Government regains territory")
    assert got == [("Arbin", 15), ("Harasta", 15)]


def test_a_towns_own_count_beats_its_share_of_the_total() -> None:
    """The share of a total split over towns stands in only until the report counts the town itself."""
    doc = run("قتل 9 مسلحين أمس في غارات على مديرية «لودر» بمحافظة أبين، ومدينة الحوطة. "
              "وأسفرت غارة على لودر أمس عن مقتل 7 مسلحين.")
    got = sorted((e.place.name, e.killed) for e in doc.events if e.subtype == STRIKE)
    assert got == [("Al-Hawtah", 4), ("Lawdar", 7)]
