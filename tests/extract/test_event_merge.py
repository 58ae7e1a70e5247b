"""Merging and splitting of event mentions: one event per sub-event type, place and day.

Docs are built by hand (see :mod:`tests.extract.test_events`) with the places each case names, so the
cases do not depend on the other stages.
"""

from __future__ import annotations

import pytest

from khabar.doc import PlaceMention, Span
from khabar.extract.event_actor_phrases import ActorPhrase
from khabar.extract.event_merge import Mention, _GroupState, group_date, merge_mentions, place_relation, to_event
from khabar.extract.events import extract_events
from tests.extract.test_events import build

YESTERDAY = (("أمس", "2015-08-05", "day"),)

# name -> (English, country, level, lat, lon, admin1)
PLACES = {
    "إدلب": ("Idlib", "SY", "admin1", 35.93, 36.63, "Idlib"),
    "حماة": ("Hama", "SY", "admin1", 35.13, 36.75, "Hama"),
    "أريحا": ("Ariha", "SY", "city", 35.81, 36.61, "Idlib"),
    "سوريا": ("Syria", "SY", "country", 35.0, 38.5, None),
    "تعز": ("Taiz", "YE", "city", 13.58, 44.02, "Taiz"),
    "لوغار": ("Lowgar", "AF", "admin1", 34.0, 69.2, "Lowgar"),
    "بولي علم": ("Puli Alam", "AF", "city", 33.99, 69.02, "Logar"),
}


def _place(name: str, start: int = 0) -> PlaceMention:
    en, cc, level, lat, lon, admin1 = PLACES[name]
    return PlaceMention(Span(start, start + len(name), name), name=en, country=cc, level=level,
                        lat=lat, lon=lon, admin1=admin1)


def _run(text: str, times: tuple = YESTERDAY) -> list[tuple[str, str | None]]:
    doc = _doc(text, times)
    return sorted((e.subtype, e.place.name if e.place else None) for e in doc.events)


def _doc(text: str, times: tuple = YESTERDAY):
    doc = build(text, times=times, places=())
    for name in PLACES:
        pos = text.find(name)
        while pos >= 0:
            doc.places.append(_place(name, pos))
            pos = text.find(name, pos + 1)
    doc.places.sort(key=lambda p: p.span.start)
    extract_events(doc)
    return doc


@pytest.mark.parametrize("text,events", [
    pytest.param("وقصفت المدفعية مواقع المسلحين في محافظتي إدلب وحماة أمس.",
                 [("Shelling/artillery/missile attack", "Hama"), ("Shelling/artillery/missile attack", "Idlib")],
                 id="two-provinces-two-events"),
    pytest.param("وقصفت المدفعية مواقع المسلحين في محافظتي إدلب وحماة السوريتين ومدينة أريحا أمس.",
                 [("Shelling/artillery/missile attack", "Ariha"), ("Shelling/artillery/missile attack", "Hama"),
                  ("Shelling/artillery/missile attack", "Idlib")], id="an-adjective-inside-the-list"),
    pytest.param("وقصفت المدفعية مواقع المسلحين في محافظة إدلب الشمالية وقتلت خمسة في مدينة أريحا أمس.",
                 [("Shelling/artillery/missile attack", "Idlib")], id="an-adjective-then-a-verb-ends-the-list"),
    pytest.param("وقصفت المدفعية مواقع المسلحين في مدينة أريحا أمس.",
                 [("Shelling/artillery/missile attack", "Ariha")], id="one-town-one-event"),
    pytest.param("وقصفت المدفعية مواقع المسلحين في محافظة إدلب أمس.\nوقالت مصادر إن القصف طال أريحا أمس.",
                 [("Shelling/artillery/missile attack", "Ariha")], id="province-and-its-town-one-event"),
])
def test_one_event_per_province_or_town(text: str, events: list[tuple[str, str]]) -> None:
    assert _run(text) == events


@pytest.mark.parametrize("a,b,rel", [
    pytest.param("إدلب", "حماة", "apart", id="two-provinces"),
    pytest.param("إدلب", "أريحا", "coarse", id="province-holds-its-town"),
    pytest.param("سوريا", "حماة", "coarse", id="country-holds-its-province"),
    pytest.param("أريحا", "أريحا", "same", id="same-town"),
    pytest.param("حماة", "أريحا", "apart", id="a-town-near-another-province-is-not-in-it"),
    pytest.param("لوغار", "بولي علم", "coarse", id="its-province-in-another-spelling"),
])
def test_place_relation(a: str, b: str, rel: str) -> None:
    assert place_relation(_place(a), _place(b)) == rel


RECALLED = (("15 يوليو", "2015-07-15", "day"),)


@pytest.mark.parametrize("text,events", [
    pytest.param("يذكر أن القائد قتل في 15 يوليو في اشتباكات مع المسلحين.\n"
                 "وأصيب خمسة جنود في قتال بين الجيش والمسلحين في مدينة تعز.",
                 [("2015-07-15", "Taiz"), (None, "Taiz")], id="new-fight-after-a-recalled-one"),
    pytest.param("يذكر أن القائد قتل في 15 يوليو في اشتباكات مع المسلحين.\n"
                 "وأصيب خمسة جنود في الاشتباكات بين الجيش والمسلحين في مدينة تعز.",
                 [("2015-07-15", "Taiz")], id="the-recalled-fight-told-again"),
])
def test_recalled_event_keeps_its_day(text: str, events: list[tuple[str | None, str | None]]) -> None:
    doc = _doc(text, RECALLED)
    got = sorted(((e.date, e.place.name if e.place else None) for e in doc.events if e.subtype == "Armed clash"),
                 key=str)
    assert got == sorted(events, key=str)


def _mention(word: str, start: int, sentence: int, para: int, place: str, inherited: bool,
             date: str | None, actor1: str | None = None) -> Mention:
    actor = None
    if actor1 is not None:
        actor = ActorPhrase(0, 1, Span(start + 20, start + 20 + len(actor1), actor1), "group", name=actor1)
    return Mention(sentence, sentence + 1, Span(start, start + len(word), word), "Explosions/Remote violence",
                   "Suicide bomb", 0, sentence, para, sentence, place=_place(place, start + 10),
                   place_inherited=inherited, place_rank=7, date=date, actor1=actor)


# a bombing named in answer to something (placed only by the town of the sentence before), then told
# in its own paragraph with its own town and day: one event, at the town the report names for it
@pytest.mark.parametrize("first,second,para,places", [
    pytest.param(("أريحا", True, "2015-08-03"), ("تعز", False, "2015-08-03"), 6, ["Taiz"],
                 id="borrowed-town-yields-to-the-named-one"),
    pytest.param(("أريحا", True, "2015-08-03"), ("تعز", False, None), 3, ["Taiz"],
                 id="an-undated-telling-in-the-paragraph-names-the-town"),
    pytest.param(("أريحا", True, "2015-08-03"), ("تعز", False, None), 6, ["Ariha", "Taiz"],
                 id="an-undated-telling-in-another-paragraph-is-its-own"),
    pytest.param(("أريحا", True, "2015-08-03"), ("تعز", False, "2015-08-01"), 6, ["Ariha", "Taiz"],
                 id="another-day-another-bombing"),
    pytest.param(("أريحا", False, "2015-08-03"), ("تعز", False, "2015-08-03"), 6, ["Ariha", "Taiz"],
                 id="two-named-towns-two-bombings"),
    pytest.param(("أريحا", True, None), ("تعز", False, None), 3, ["Taiz"],
                 id="undated-the-next-telling-of-the-paragraph-names-the-town"),
    pytest.param(("أريحا", True, None), ("تعز", False, None), 6, ["Ariha", "Taiz"],
                 id="undated-a-telling-of-another-paragraph-is-its-own"),
    pytest.param(("أريحا", True, None), ("تعز", False, "2015-08-03"), 3, ["Ariha", "Taiz"],
                 id="a-dated-telling-is-no-undated-event"),
])
def test_named_town_places_an_event_that_only_borrowed_one(first: tuple, second: tuple, para: int,
                                                           places: list[str]) -> None:
    a = _mention("الهجوم الانتحاري", 100, 4, 3, *first, actor1="المسلحون")
    b = _mention("تفجير", 400, 9, para, *second, actor1="التنظيم")
    events = [to_event(g) for g in merge_mentions([a, b])]
    assert sorted(e.place.name for e in events if e.place) == places
    if len(events) == 1:  # the actors of the telling whose borrowed town was overridden come last
        assert events[0].actor1 == "التنظيم"


def _told(word: str, start: int, sentence: int, date: str | None, soft: bool, actor1: str | None = None,
          place: str = "تعز") -> Mention:
    m = _mention(word, start, sentence, sentence, place, False, date, actor1=actor1)
    m.date_soft = soft
    return m


# a telling at the event's own town whose day was only borrowed from a sentence one day off ("دارت
# اشتباكات في البلدة ليل الأحد … وتواصلت حتى صباح الاثنين. وقال المصدر إن الاشتباكات أوقعت قتلى" dated
# by the Monday of the sentence before) is that event; a day its own sentence gives, or one more than a
# day off, is another
@pytest.mark.parametrize("second,events", [
    pytest.param(("2015-08-04", True), 1, id="borrowed-next-day-same-town"),
    pytest.param(("2015-08-02", True), 1, id="borrowed-day-before-same-town"),
    pytest.param(("2015-08-06", True), 2, id="borrowed-day-three-days-off"),
    pytest.param(("2015-08-04", False), 2, id="own-next-day-is-another-event"),
])
def test_borrowed_neighbouring_day_at_the_same_town(second: tuple, events: int) -> None:
    a = _told("تفجير", 100, 2, "2015-08-03", False)
    b = _told("التفجير", 400, 5, *second)
    assert len(merge_mentions([a, b])) == events


# the actors are read from the lead's telling; past the report's first sentence, one that only
# borrowed its day yields to a telling its own sentence dates with the event's day
@pytest.mark.parametrize("first_sentence,actor1", [
    pytest.param(3, "التنظيم", id="a-borrowed-day-yields"),
    pytest.param(0, "المسلحون", id="the-first-sentence-leads"),
])
def test_lead_telling_dated_by_its_own_sentence(first_sentence: int, actor1: str) -> None:
    a = _told("تفجير", 100, first_sentence, "2015-08-03", True, actor1="المسلحون")
    b = _told("التفجير", 400, 6, "2015-08-03", False, actor1="التنظيم")
    groups = merge_mentions([a, b])
    assert len(groups) == 1
    assert to_event(groups[0]).actor1 == actor1


# fighting first told as what won a place ("سيطرت … بعد معارك") is that territory change, however often
# it is told again, and its toll goes to the takeover; fighting told first on its own, or on another
# day, stays an event of its own
@pytest.mark.parametrize("text,events", [
    pytest.param("سيطرت قوات الجيش على مدينة تعز أمس بعد معارك عنيفة مع المسلحين.\n"
                 "وقال مصدر عسكري إن المعارك أسفرت عن مقتل 12 مسلحا.",
                 [("Government regains territory", "2015-08-05", 12)], id="the-fight-that-won-it-told-again"),
    pytest.param("سيطرت قوات الجيش على مدينة تعز أمس بعد معارك دامية مع المسلحين قرب حماة.\n"
                 "وقال مصدر عسكري إن المعارك في مدينة تعز أسفرت عن مقتل 12 مسلحا.",
                 [("Government regains territory", "2015-08-05", 12)], id="the-fight-told-again-at-the-place-won"),
    pytest.param("دارت معارك عنيفة بين الجيش والمسلحين في مدينة تعز أمس.\n"
                 "وسيطرت قوات الجيش على مدينة تعز بعد معارك مع المسلحين.",
                 [("Armed clash", "2015-08-05", None), ("Government regains territory", "2015-08-05", None)],
                 id="fighting-told-first-on-its-own"),
    pytest.param("سيطرت قوات الجيش على مدينة تعز أمس بعد معارك عنيفة مع المسلحين.\n"
                 "وقال مصدر إن اشتباكات دارت في 15 يوليو بين الجيش والمسلحين في مدينة تعز.",
                 [("Armed clash", "2015-07-15", None), ("Government regains territory", "2015-08-05", None)],
                 id="fighting-of-another-day"),
])
def test_fighting_that_won_a_place(text: str, events: list[tuple[str, str | None, int | None]]) -> None:
    times = tuple(t for t in (("أمس", "2015-08-05", "day"), ("15 يوليو", "2015-07-15", "day")) if t[0] in text)
    doc = _doc(text, times)
    assert sorted(((e.subtype, e.date, e.killed) for e in doc.events), key=str) == sorted(events, key=str)


def test_a_deed_condemned_with_the_day_of_the_condemnation_joins_its_telling() -> None:
    # "أمس" after the object dates the condemnation, not the abduction told the day before
    from tests.extract.test_events import run
    text = ("أبلغ الصحفي سامي العدني متابعيه باختطافه من قبل مسلحين مساء أول من أمس في عدن، في رسالة عاجلة.\n\n"
            "وأدانت منظمة «مراسلون بلا حدود» اختطاف العدني أمس، قائلة إن المسلحين أخرجوه بالقوة من منزله.")
    doc = run(text, published="2015-08-07",
              times=(("مساء أول من أمس", "2015-08-05", "day"), ("أمس", "2015-08-06", "day", 2)))
    assert [(e.subtype, e.date, len(e.mentions)) for e in doc.events] == [
        ("Abduction/forced disappearance", "2015-08-05", 2)]


def test_a_condemned_deed_keeps_the_day_its_relative_clause_tells() -> None:
    # "الذي وقع صباح الثلاثاء": the clause on the condemned bombing dates the bombing itself (with only
    # a country and a borrowed day it would be dropped as background)
    from tests.conftest import add_places
    text = "استنكرت السفارة حادث التفجير الإرهابي الذي وقع صباح الثلاثاء الماضي في مملكة البحرين."
    doc = build(text, published="2015-08-07", times=(("صباح الثلاثاء الماضي", "2015-08-04", "day"),), places=())
    add_places(doc, {"البحرين": ("Bahrain", "BH", "country", 26.0, 50.55, None)})
    extract_events(doc)
    assert [(e.subtype, e.date) for e in doc.events] == [("Remote explosive/landmine/IED", "2015-08-04")]


def test_a_town_of_the_province_named_before_is_no_place_conflict() -> None:
    """"غارة على محافظة لحج" then "الغارة استهدفت مدينة الحوطة": the town refines the province, no
    disagreement (the seed's "شرق سوريا" against a road east of Aleppo names a direction and stays one)."""
    text = ("قتل أربعة مدنيين أمس في غارة جوية على محافظة لحج.\n"
            "وقال مسؤول محلي إن الغارة استهدفت مدينة الحوطة وأسفرت عن مقتل أربعة مدنيين.")
    doc = build(text, times=(("أمس", "2015-08-05", "day"),))
    extract_events(doc)
    strikes = [e for e in doc.events if e.subtype == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0].place is not None and strikes[0].place.name == "Al-Hawtah"
    assert "place" not in strikes[0].conflicts


def test_another_strike_at_the_same_place_is_the_same_event() -> None:
    # ACLED codes one event per sub-type, place and day: "another" strike there is of it; "separate"
    # attacks stay apart (tests/extract/test_event_casualties.py)
    from tests.extract.test_events import run
    doc = run("ودمرت إحدى غارات الطيران دبابة للمسلحين في تعز أمس، بينما أعطبت غارة أخرى عربتين في تعز.",
              times=(("أمس", "2015-08-05", "day"),))
    assert [(e.subtype, e.place.name) for e in doc.events] == [("Air/drone strike", "Taiz")]


# "وقتل 13 متمردا في مواجهات غربي محافظة إدلب" and, a paragraph later with a borrowed day, "إن
# اشتباكات في بلدة أريحا خلفت 13 قتيلا": the same count of dead tells the same fighting more precisely
@pytest.mark.parametrize("killed,groups", [
    pytest.param(13, 2, id="same-toll-one-fighting"),
    pytest.param(7, 3, id="another-toll-another-fighting"),
])
def test_a_later_telling_with_the_same_toll_in_the_province(killed: int, groups: int) -> None:
    a = _mention("مواجهات", 100, 2, 2, "إدلب", False, "2015-08-03")
    a.killed = 13
    other = _mention("اشتباكات", 250, 3, 3, "تعز", False, "2015-08-03")
    b = _mention("اشتباكات", 400, 6, 6, "أريحا", False, "2015-08-03")
    b.date_soft, b.killed = True, killed
    for m in (a, other, b):
        m.type, m.subtype = "Battles", "Armed clash"
    assert len(merge_mentions([a, other, b])) == groups


def _dated(start: int, sentence: int, date: str, precision: str = "day", soft: bool = False,
           default: bool = False) -> Mention:
    m = Mention(sentence, sentence + 1, Span(start, start + 6, "الغارات"), "Explosions/Remote violence",
                "Air/drone strike", 0, sentence, 0, sentence, date=date, date_precision=precision)
    m.date_soft, m.date_default = soft, default
    return m


# "الغارات التي تشنها الطائرات" (told as going on: the report's day, for want of a time) and "الغارات
# التي شنتها المقاتلات خلال اليومين الماضيين" (the week of those days) tell one strike: the time told
# for one telling dates it; a date borrowed from the sentences before still yields to the report's day,
# and a day of its own stands beside it as before (the more frequent, else the first)
@pytest.mark.parametrize("mentions,expected", [
    pytest.param([_dated(0, 0, "2015-08-06", default=True), _dated(90, 1, "2015-08-03", "week", soft=True)],
                 "2015-08-03", id="a-span-of-days-outranks-the-report-day"),
    pytest.param([_dated(0, 0, "2015-08-06", default=True), _dated(90, 1, "2015-08-05"),
                  _dated(150, 2, "2015-08-03", "week", soft=True)],
                 "2015-08-06", id="a-day-of-its-own-stands-beside-the-report-day"),
    pytest.param([_dated(0, 0, "2015-08-06", default=True), _dated(90, 1, "2015-08-05", soft=True)],
                 "2015-08-06", id="a-borrowed-day-yields-to-the-report-day"),
    pytest.param([_dated(0, 0, "2015-08-05", "week", soft=True), _dated(90, 1, "2015-08-04")],
                 "2015-08-04", id="a-day-of-its-own-outranks-a-span"),
])
def test_group_date_prefers_a_time_told_for_a_telling(mentions: list[Mention], expected: str) -> None:
    assert group_date(mentions) == expected
    st = _GroupState(mentions[0])
    for m in mentions[1:]:
        st.add(m)
    assert st.date() == expected


# "وأوضح أن حملة الاعتقالات طالت أيضا بلدة ب شمال أ": the campaign reached another town too, an event
# of its own, not a second place for the first (told without "أيضا", the town it names places the one event)
@pytest.mark.parametrize("also,places", [
    pytest.param("أيضا ", ["الرستن", "حمص"], id="also-another-town-another-event"),
    pytest.param("", ["الرستن"], id="without-also-the-town-it-locates"),
])
def test_a_deed_that_reached_another_town_too(also: str, places: list[str]) -> None:
    import datetime as dt

    from khabar.doc import Article
    from khabar.pipeline import Pipeline
    text = ("اعتقلت قوات الأمن فجر اليوم الخميس عشرة شبان من مدينة حمص، وفق ما ذكرت لجنة محلية في بيان.\n\n"
            f"وأوضحت اللجنة أن حملة الاعتقالات طالت {also}مدينة الرستن شمال حمص.")
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    arrests = [e for e in doc.events if e.subtype == "Arrests"]
    assert sorted(e.place.span.text for e in arrests if e.place) == places


def _toll(word: str, start: int, sentence: int, killed: int, date: str | None = None,
          precision: str | None = None) -> Mention:
    return Mention(sentence, sentence + 1, Span(start, start + len(word), word), "Battles", "Armed clash", 0,
                   sentence, 0, sentence, place=_place("تعز", start + 10), place_rank=7, killed=killed,
                   date=date, date_precision=precision)


@pytest.mark.parametrize("date,precision,groups", [
    pytest.param("2015-07-27", "week", 2, id="a-death-of-last-week-is-another-event"),
    pytest.param("2015-07-01", "month", 2, id="a-death-of-last-month-is-another-event"),
    pytest.param("2015-08-05", "day", 1, id="a-toll-of-a-day-still-joins"),
])
def test_a_toll_dated_to_a_past_week_is_no_count_of_an_undated_fighting(date, precision, groups) -> None:
    """"أسفرت المعارك في تعز عن مقتل 17 … وأعلن عن مقتل جندي آخر الأسبوع الماضي": the one death of last
    week is not a lower count of the fighting's toll (min() would have made it 1)."""
    fighting = _toll("المعارك", 0, 0, 17)
    death = _toll("مقتل", 100, 1, 1, date, precision)
    got = merge_mentions([fighting, death])
    assert len(got) == groups
    assert to_event(got[0]).killed == (17 if groups == 2 else 1)


def test_a_retelling_of_last_weeks_toll_with_the_same_count_joins() -> None:
    fighting = _toll("المعارك", 0, 0, 17)
    again = _toll("مقتل", 100, 1, 17, "2015-07-27", "week")
    assert len(merge_mentions([fighting, again])) == 1


def test_a_vague_quantity_is_no_count_to_differ_from_last_months_toll() -> None:
    """"هجوم على منتجع قتل فيه عشرات السياح. وقتل مسلح 38 سائحا في أواخر يونيو الماضي": one attack."""
    attack = _toll("هجوم", 0, 0, 10)
    attack.killed_vague = True
    told = _toll("قتل", 100, 1, 38, "2015-06-01", "month")
    assert len(merge_mentions([attack, told])) == 1


@pytest.mark.parametrize("tolls,killed", [
    pytest.param((5, 3, 2), 5, id="a-lead-total-and-the-two-deeds-it-sums"),
    pytest.param((50, 43, 7), 50, id="a-total-of-two-bombings-told-first-second"),
    pytest.param((5, 3, 4), 3, id="counts-that-sum-to-nothing-keep-the-smallest"),
    pytest.param((3, 2, 5), 2, id="a-larger-count-told-after-is-no-total-of-what-came-before"),
])
def test_a_lead_total_is_not_undercut_by_its_parts(tolls: tuple[int, ...], killed: int) -> None:
    """"لقي خمسة مسلحين مصرعهم في اشتباكات في تعز. وقتل ثلاثة في حي أ، وقتل اثنان آخران في حي ب": the lead
    sums up the deeds the body counts one by one; each part is a share of the event, not a lower count
    of it that min() keeps."""
    got = merge_mentions([_toll("قتل", 100 * k, k, v) for k, v in enumerate(tolls)])
    assert len(got) == 1
    assert to_event(got[0]).killed == killed


@pytest.mark.parametrize("own,killed", [
    pytest.param(21, 21, id="the-towns-own-count-beats-an-even-share-of-the-total"),
    pytest.param(23, 12, id="the-total-told-again-leaves-the-share"),
])
def test_a_share_of_a_total_yields_to_the_towns_own_count(own: int, killed: int) -> None:
    """"مقتل 23 مسلحا بقصف على تعز والمخا … وأسفرت ضربة قرب تعز عن مقتل 21": the even split of the total
    (12 for Taiz) only stands in for the figure the report then gives for the town itself."""
    share = _toll("قصف", 0, 0, 12)
    share.killed_whole = 23
    got = merge_mentions([share, _toll("ضربة", 100, 1, own)])
    assert len(got) == 1
    assert to_event(got[0]).killed == killed


@pytest.mark.parametrize("published", [None, "2015-08-06"])
def test_a_deed_counted_days_back_from_its_sentence_is_another_event(published: str | None) -> None:
    """"ووقع الانفجار صباحا ويأتي بعد أربعة أيام من تفجير انتحاري قتل خمسة جنود": the bombing the sentence
    counts four days back from is an earlier deed, not a lower count of the blast that sentence tells
    again (min() made the market blast 5), whether or not a day is known to count from."""
    import datetime as dt

    from khabar.doc import Article
    from khabar.pipeline import Pipeline
    text = ("قال شهود إن انفجارا وقع في سوق شعبي بمدينة تعز مما أسفر عن مقتل تسعة أشخاص على الأقل. "
            "ووقع الانفجار في ساعات الصباح ويأتي بعد أربعة أيام من تفجير انتحاري قتل خمسة جنود عند حاجز "
            "على مدخل المدينة.")
    pub = dt.date.fromisoformat(published) if published else None
    doc = Pipeline().run(Article(id="x", text=text, published=pub))
    assert sorted(e.killed for e in doc.events if e.type == "Explosions/Remote violence") == [5, 9]


def _strike(word: str, start: int, place: str, place_start: int, killed: int | None = None,
            known: bool = False) -> Mention:
    m = Mention(start, start + 1, Span(start, start + len(word), word), "Explosions/Remote violence",
                "Air/drone strike", 0, 0, 0, start, place=_place(place, place_start), place_rank=7, killed=killed)
    m.known = known
    return m


@pytest.mark.parametrize("place_start,known,groups", [
    pytest.param(60, True, 1, id="the-definite-noun-names-the-strikes-again"),
    pytest.param(60, False, 2, id="an-indefinite-noun-is-a-deed-of-its-own"),
    pytest.param(95, True, 2, id="a-town-after-the-noun-is-its-own-place"),
])
def test_a_definite_noun_names_again_the_deed_its_sentence_told(place_start: int, known: bool, groups: int) -> None:
    """"شنت الطائرات غارات على مواقع التمرد حول تعز بعد تحرير أريحا، وقتل 14 نتيجة الغارات": the definite
    noun names the strikes told just before in its sentence again, not another event at the town listed
    in between (the toll went to an event of its own, the strikes had none)."""
    strikes = _strike("غارات", 10, "تعز", 30)
    again = _strike("الغارات", 90, "أريحا", place_start, killed=14, known=known)
    got = merge_mentions([strikes, again])
    assert len(got) == groups
    if groups == 1:
        event = to_event(got[0])
        assert (event.killed, event.place.name) == (14, "Taiz")
