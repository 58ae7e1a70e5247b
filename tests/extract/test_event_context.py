"""The date and place an event mention gets from its context (extract/event_context.py, event_dates.py,
event_split.py): topic shifts that stop a borrowed date, simultaneity that stretches it, places
joined by a repeated preposition, a namesake town inside the place that contains it."""

from __future__ import annotations

import pytest

from khabar.doc import PlaceMention, Span
from tests.extract.test_events import GAZ, build, run
from khabar.extract.events import extract_events

YESTERDAY = (("أمس", "2015-08-05", "day"),)


def _dates(doc) -> dict[str, str | None]:
    return {e.place.name: e.date for e in doc.events if e.place is not None}


@pytest.mark.parametrize("text,expected", [
    pytest.param("قتل خمسة مسلحين في اشتباكات بتعز أمس. وفي تطور آخر، استعادت القوات الحكومية "
                 "السيطرة على زنجبار.", {"Taiz": "2015-08-05", "Zinjibar": None}, id="another-development"),
    pytest.param("قتل خمسة مسلحين في اشتباكات بتعز أمس. وفي محافظة لحج جنوب البلاد، سيطر الجيش على "
                 "الحوطة.", {"Taiz": "2015-08-05", "Al-Hawtah": None}, id="fronted-province"),
    pytest.param("قتل خمسة مسلحين في اشتباكات بتعز أمس. أما في عدن فقد سيطر الجيش على المطار.",
                 {"Taiz": "2015-08-05", "Aden": None}, id="amma-fi"),
    pytest.param("قتل خمسة مسلحين في اشتباكات بتعز أمس. وسيطر الجيش على زنجبار بعد معارك.",
                 {"Taiz": "2015-08-05", "Zinjibar": "2015-08-05"}, id="no-shift-borrows"),
    pytest.param("قتل خمسة مسلحين في اشتباكات بتعز أمس. وفي زنجبار، سيطر الجيش على المطار. "
                 "في الوقت ذاته، وصلت تعزيزات إلى عدن.",
                 {"Taiz": "2015-08-05", "Zinjibar": None, "Aden": None}, id="meanwhile-after-a-shift"),
])
def test_topic_shift_stops_a_borrowed_date(text: str, expected: dict) -> None:
    doc = run(text, times=YESTERDAY, places=("تعز", "زنجبار", "عدن", "لحج", "الحوطة"))
    assert _dates(doc) == expected


def test_a_fronted_town_after_a_country_round_up_keeps_the_leads_day() -> None:
    text = ("قتل 30 مسلحا في جبهات القتال في سوريا أمس. ففي مدينة حلب، قتل 13 مسلحا في مواجهات مع الجيش. "
            "وفي أريحا، قصفت الطائرات مواقع المسلحين.")
    doc = run(text, times=YESTERDAY, places=("سوريا", "حلب", "أريحا"))
    dates = _dates(doc)
    assert dates.get("Aleppo") == "2015-08-05" and dates.get("Ariha") == "2015-08-05"


def test_meanwhile_reaches_farther_back() -> None:
    text = ("دارت اشتباكات عنيفة أمس في تعز. وقال المركز إن اثنين من المقاتلين قتلا. وتواصلت المواجهات "
            "في أطراف المدينة. ووصف السكان الوضع بالصعب. في غضون ذلك، شنت طائرات التحالف غارات على "
            "مواقع في عدن.")
    doc = run(text, times=YESTERDAY, places=("تعز", "عدن"))
    strikes = [e for e in doc.events if e.subtype == "Air/drone strike"]
    assert [e.date for e in strikes] == ["2015-08-05"]
    # without the connective the strike is too far from the time to borrow it (a time past the
    # lead: the lead's day is no fallback)
    later = "تعاني المدينة من نقص الوقود. ويعاني السكان من انقطاع الكهرباء. " + text
    doc = run(later.replace("في غضون ذلك، ", ""), times=YESTERDAY, places=("تعز", "عدن"))
    assert [e.date for e in doc.events if e.subtype == "Air/drone strike"] == [None]


@pytest.mark.parametrize("text,expected", [
    pytest.param("قصفت قوات النظام بلدات في تعز أمس. وقال ناشطون إن القصف عنيف. وأضافوا أن الأهالي "
                 "نزحوا. وأشاروا إلى نقص الدواء. وشنت الطائرات غارات على مواقع في عدن.",
                 {"Taiz": "2015-08-05", "Aden": "2015-08-05"}, id="lead-day-dates-the-story"),
    pytest.param("قصفت قوات النظام بلدات في تعز أمس. وقال ناشطون إن القصف عنيف. وأضافوا أن الأهالي "
                 "نزحوا. وأشاروا إلى نقص الدواء. وكانت الطائرات شنت غارات على مواقع في عدن.",
                 {"Taiz": "2015-08-05", "Aden": None}, id="pluperfect-is-before-the-lead-day"),
    pytest.param("قصفت قوات النظام بلدات في تعز أمس. وقال ناشطون إن القصف عنيف. وأضافوا أن الأهالي "
                 "نزحوا. من جهة أخرى، نفذت الطائرات غارات على مواقع في عدن.",
                 {"Taiz": "2015-08-05", "Aden": None}, id="another-story-is-not-the-lead's"),
])
def test_lead_day_fallback(text: str, expected: dict) -> None:
    doc = run(text, times=YESTERDAY, places=("تعز", "عدن"))
    assert _dates(doc) == expected


@pytest.mark.parametrize("recalled,expected", [
    pytest.param("وقتل قائد في اشتباكات في عدن أمس.", "2015-08-05", id="told-sentence-lends-its-day"),
    pytest.param("يذكر أن قائدا قتل في اشتباكات في عدن أمس.", None, id="recalled-sentence-lends-none"),
    pytest.param("وكان قائد قد قتل في اشتباكات في عدن أمس.", None, id="pluperfect-sentence-lends-none"),
])
def test_a_recalled_time_dates_no_later_event(recalled: str, expected: str | None) -> None:
    doc = run(f"تتواصل الحملة على المسلحين. {recalled} وسيطر الجيش على زنجبار بعد معارك.",
              times=YESTERDAY, places=("عدن", "زنجبار"))
    assert {e.place.name: e.date for e in doc.events if e.place is not None
            and e.subtype == "Government regains territory"} == {"Zinjibar": expected}


def test_a_month_before_is_no_borrowed_day() -> None:
    text = ("قصفت قوات النظام بلدات في تعز أمس. وارتفعت أسعار الوقود في الأسواق الشهر الماضي. "
            "وشنت الطائرات غارات على مواقع في عدن.")
    times = YESTERDAY + (("الشهر الماضي", "2015-07-01", "month"),)
    doc = run(text, times=times, places=("تعز", "عدن"))
    assert _dates(doc) == {"Taiz": "2015-08-05", "Aden": "2015-08-05"}


@pytest.mark.parametrize("text,places", [
    pytest.param("وشنت الطائرات غارات على مواقع في أريحا وفي سراقب أمس.", ["Ariha", "Saraqib"],
                 id="repeated-preposition"),
    pytest.param("وشنت الطائرات غارات على مواقع في أريحا بمحافظة إدلب أمس.", ["Ariha"],
                 id="town-in-its-province-is-no-list"),
    pytest.param("وجاء هذا القصف بينما استمرت الاشتباكات في أريحا وسراقب أمس.",
                 ["Ariha", "Ariha", "Saraqib"], id="list-of-another-clause"),
])
def test_coordination(text: str, places: list[str]) -> None:
    doc = run(text, times=YESTERDAY, places=("أريحا", "سراقب", "إدلب"))
    assert sorted(e.place.name for e in doc.events) == places


@pytest.mark.parametrize("namesake,expected", [
    pytest.param(("Hama", "SY", "city", 35.13, 36.75, "Hama"), "Aleppo", id="namesake-far-away"),
    pytest.param(("Al-Bab", "SY", "city", 36.3705, 37.5157, "Aleppo"), "Al-Bab", id="inside-its-city"),
])
def test_namesake_inside_its_container(namesake: tuple, expected: str) -> None:
    text = "وقصفت الطائرات أهدافا في حي الشيخ بمدينة حلب أمس."
    doc = build(text, times=YESTERDAY, places=("حلب",))
    en, cc, level, lat, lon, admin1 = namesake
    start = text.index("الشيخ")
    doc.places.insert(0, PlaceMention(Span(start, start + 5, "الشيخ"), name=en, country=cc, level=level,
                                      lat=lat, lon=lon, admin1=admin1))
    extract_events(doc)
    assert [e.place.name for e in doc.events] == [expected]
    assert GAZ["حلب"][0] == "Aleppo"


def test_fronted_place_frames_the_next_sentence() -> None:
    text = ("قتل خمسة مسلحين في اشتباكات بتعز أمس. أما على صعيد محافظة لحج، فلا تزال الاستعدادات "
            "متواصلة. وأشارت مصادر إلى أن عشرة قتلوا في مواجهات أمس.")
    doc = run(text, times=(("أمس", "2015-08-05", "day"), ("أمس", "2015-08-05", "day", 2)),
              places=("تعز", "لحج"))
    assert sorted((e.place.name, e.killed) for e in doc.events) == [("Lahij", 10), ("Taiz", 5)]


@pytest.mark.parametrize("second,expected", [
    pytest.param("وأضاف المرصد ومقره بريطانيا أن عشرات أصيبوا.", ["Ariha"], id="headquarters-abroad-is-no-place"),
    # borrowed, a bare country: a vague strike, dropped as background
    pytest.param("وأضاف المرصد أن الطائرات حلقت في تركيا.", [], id="abroad-with-a-preposition"),
])
def test_borrowed_place_skips_an_attribute_abroad(second: str, expected: list[str]) -> None:
    text = f"قتل 12 شخصا في سوق بأريحا أمس. {second} وذكر مصدر أن المقاتلة رصدت خلال غارة."
    doc = build(text, times=YESTERDAY, places=("أريحا",))
    for name, en, lat, lon in (("بريطانيا", "United Kingdom", 54.0, -2.0), ("تركيا", "Turkey", 39.0, 35.0)):
        pos = text.find(name)
        if pos >= 0:
            doc.places.append(PlaceMention(Span(pos, pos + len(name), name), name=en, country=en[:2].upper(),
                                           level="country", lat=lat, lon=lon))
    doc.places.sort(key=lambda p: p.span.start)
    extract_events(doc)
    strikes = [e for e in doc.events if e.subtype == "Air/drone strike"]
    assert [e.place.name for e in strikes] == expected


@pytest.mark.parametrize("cue_word,trigger,date", [
    pytest.param("وأعلنت", "تفكيك خلية", "2015-08-05", id="arrests-dated-by-their-announcement"),
    pytest.param("وقال", "اشتباكات", "2015-06-26", id="fighting-dated-by-the-next-sentence"),
])
def test_statement_day_of_an_announcement(cue_word: str, trigger: str, date: str) -> None:
    from khabar.doc import Claim
    from tests.extract.test_events import _find
    text = (f"{cue_word} الشرطة أمس إن {trigger} وقعت في عدن. وكانت قوات الأمن قد داهمت المكان في "
            "26 يونيو الماضي.")
    doc = build(text, times=YESTERDAY + (("26 يونيو الماضي", "2015-06-26", "day"),), places=("عدن",))
    content = text[text.index(trigger):text.index(".")]
    doc.claims.append(Claim(cue=_find(text, cue_word), speaker=_find(text, "الشرطة"),
                            content=_find(text, content)))
    extract_events(doc)
    first = min(doc.events, key=lambda e: e.trigger.start)
    assert (first.trigger.text, first.date) == (trigger, date)


@pytest.mark.parametrize("text,expected", [
    pytest.param("عدن (رويترز) - شنت طائرات التحالف غارات على مواقع المسلحين في تعز.",
                 {"Taiz": "2015-08-06"}, id="undated-report-with-a-dateline-is-the-day's-news"),
    pytest.param("أثارت الغارات التي استهدفت مواقع في تعز استياء واسعا بين السكان.",
                 {"Taiz": None}, id="undated-commentary-dates-nothing"),
])
def test_undated_article(text: str, expected: dict) -> None:
    assert _dates(run(text, places=("تعز", "عدن"))) == expected


def test_the_end_of_a_period_dates_no_event() -> None:
    text = "وعمل الصحفي مراسلا في سوريا حتى العام 2013. وشنت الطائرات غارات على مواقع في حلب."
    doc = run(text, times=(("العام 2013", "2013-01-01", "year"),), places=("سوريا", "حلب"))
    assert [(e.subtype, e.date) for e in doc.events] == [("Air/drone strike", None)]


def test_the_lead_day_told_again_is_no_other_day() -> None:
    text = ("قصفت قوات النظام بلدات في تعز أمس. وقال ناشطون إن الأهالي نزحوا أمس. وأضافوا أن الدواء "
            "نفد. وأشاروا إلى نقص الوقود. وطالبوا بفتح ممرات آمنة. وشنت الطائرات غارات على مواقع في عدن.")
    times = (("أمس", "2015-08-05", "day", 1), ("أمس", "2015-08-05", "day", 2))
    assert _dates(run(text, times=times, places=("تعز", "عدن"))) == {"Taiz": "2015-08-05",
                                                                    "Aden": "2015-08-05"}


@pytest.mark.parametrize("time,expected", [
    pytest.param(("صباح أمس", "2015-08-05", "day"), "2015-08-05", id="since-a-day-dates-that-day's-strikes"),
    pytest.param(("مارس", "2015-03-01", "month"), None, id="since-a-month-is-a-state"),
])
def test_since(time: tuple, expected: str | None) -> None:
    text = f"قالت مصادر إن الطيران شن 10 غارات على مواقع في حلب منذ {time[0]}، وسط سقوط صواريخ."
    doc = run(text, times=(time,), places=("حلب",))
    assert {e.date for e in doc.events} == {expected}


def test_a_dateline_opening_a_later_line_is_no_place() -> None:
    text = ("مقتل خمسة مسلحين في اشتباكات عنيفة مع قوات الجيش في جنوب البلاد\nعدن - رويترز: قالت مصادر إن اشتباكات عنيفة اندلعت "
            "أمس بين الجيش ومسلحين وأسفرت عن مقتل خمسة منهم.")
    doc = run(text, times=YESTERDAY, places=("عدن",))
    assert [e.place for e in doc.events if e.subtype == "Armed clash"] == [None]


@pytest.mark.parametrize("opening,dates", [
    pytest.param("و كان", [None, "2015-08-05"], id="pluperfect-apart-is-an-earlier-event"),
    pytest.param("وكان", [None, "2015-08-05"], id="pluperfect-is-an-earlier-event"),
    pytest.param("كما", ["2015-08-05"], id="told-on-is-the-same-event"),
])
def test_a_dated_background_event_stays_apart(opening: str, dates: list) -> None:
    text = (f"قتل 13 مسلحا في اشتباكات بمدينة تعز. {opening} 5 مسلحين قتلوا صباح الأربعاء في "
            "اشتباكات في تعز.")
    doc = run(text, times=(("صباح الأربعاء", "2015-08-05", "day"),), places=("تعز",))
    assert sorted((e.date for e in doc.events if e.subtype == "Armed clash"),
                  key=lambda d: d or "") == dates


@pytest.mark.parametrize("text,trigger", [
    pytest.param("كثفت طائرات التحالف غاراتها على مواقع في عدن. وشنت الطائرات أمس غارات على مواقع في عدن.",
                 "غارات", id="the-dated-telling-names-the-event"),
    pytest.param("شنت الطائرات أمس غارات على مواقع في عدن. وقال السكان إن الغارات دمرت منازل في عدن.",
                 "غارات", id="the-first-dated-telling"),
])
def test_the_mention_its_sentence_dates_heads_the_event(text: str, trigger: str) -> None:
    doc = run(text, times=YESTERDAY, places=("عدن",))
    strikes = [e for e in doc.events if e.subtype == "Air/drone strike"]
    assert [(e.trigger.text, e.date) for e in strikes] == [(trigger, "2015-08-05")]
    assert strikes[0].trigger.start == text.index(" غارات ") + 1


@pytest.mark.parametrize("content,expected", [
    pytest.param("أن قوات الأمن اعتقلت 16 شخصا في عدن", "2015-08-06", id="reported-clause-takes-the-background-day"),
    pytest.param("عن اعتقال 16 شخصا في عدن", "2015-08-07", id="the-announced-act-keeps-the-statement-day"),
])
def test_an_arrest_told_in_a_reported_clause(content: str, expected: str) -> None:
    from khabar.doc import Claim
    from tests.extract.test_events import _find
    text = f"أعلنت وزارة الداخلية أمس {content}. وكانت القوات شنت عملية صباح الخميس في عدن."
    # published on Saturday: أمس is Friday the 7th, صباح الخميس the 6th
    doc = build(text, published="2015-08-08",
                times=(("أمس", "2015-08-07", "day"), ("صباح الخميس", "2015-08-06", "day")), places=("عدن",))
    doc.claims.append(Claim(cue=_find(text, "أعلنت"), speaker=_find(text, "وزارة الداخلية"),
                            content=_find(text, content)))
    extract_events(doc)
    assert [e.date for e in doc.events if e.subtype == "Arrests"] == [expected]


def test_a_town_named_later_is_no_borrowed_place() -> None:
    text = ("دارت اشتباكات عنيفة في محافظة لحج أمس. وقال مراسلون إن القوات سيطرت على بوابة المطار.\n"
            "وقال مصدر إن المقاومة طهرت زنجبار من المسلحين.")
    doc = run(text, times=YESTERDAY, places=("لحج", "زنجبار"))
    taken = sorted(e.place.name for e in doc.events if e.subtype == "Government regains territory")
    assert taken == ["Lahij", "Zinjibar"]


@pytest.mark.parametrize("text,times,trigger,expected", [
    pytest.param("استعاد المقاتلون عشر قرى في لحج اليوم بعد يوم من استعادة قاعدة في لحج.",
                 (("اليوم", "2015-08-06", "day"),), "استعادة", "2015-08-05", id="a-day-after"),
    pytest.param("وصلت تعزيزات إلى لحج وبعد يومين من المعارك في لحج.", (), "المعارك", "2015-08-04",
                 id="two-days-after-the-report-day"),
    pytest.param("وصلت تعزيزات إلى لحج وبعد يومين من معارك في لحج.", (), "معارك", "2015-08-03",
                 id="after-two-days-of-battles-the-week"),
    pytest.param("استمر انقطاع الكهرباء عن عدن لليوم الثالث على التوالي بعد قصف المحولات.", (), "قصف",
                 "2015-08-04", id="the-third-day-running"),
    pytest.param("قصفت الطائرات محطة الكهرباء في عدن. وانقطعت الكهرباء بعد القصف.", (), "قصفت", None,
                 id="no-length-no-day"),
])
def test_days_after_an_event(text: str, times: tuple, trigger: str, expected: str | None) -> None:
    doc = run(text, times=times, places=("عدن", "لحج"))
    assert {e.trigger.text: e.date for e in doc.events}.get(trigger, "missing") == expected


@pytest.mark.parametrize("toll,expected", [
    pytest.param("ما أدى إلى مقتل 5 مدنيين في أريحا", {"Saraqib": None, "Ariha": 5}, id="the-toll-names-one-town"),
    pytest.param("ما أدى إلى مقتل 6 مدنيين", {"Saraqib": 3, "Ariha": 3}, id="a-shared-toll-split-evenly"),
])
def test_a_toll_naming_one_town_of_a_list(toll: str, expected: dict) -> None:
    doc = run(f"قصفت الطائرات بلدتي سراقب وأريحا أمس، {toll}.", times=YESTERDAY, places=("سراقب", "أريحا"))
    assert {e.place.name: e.killed for e in doc.events} == expected


def test_no_actor_phrases_for_an_event_word_that_tells_no_event(monkeypatch) -> None:
    """The actor phrases (the dearest part of the context) are worked out only when read: a
    document whose event words tell no event never reads them."""
    from khabar.extract import event_context

    calls = []
    real = event_context.actor_phrases
    monkeypatch.setattr(event_context, "actor_phrases", lambda *a: calls.append(1) or real(*a))
    assert run("قررت الحكومة طرد السفير من البلاد أمس.").events == []  # an envoy expelled: no place taken
    assert calls == []


def test_the_places_and_actors_of_a_context_are_read_on_demand() -> None:
    from khabar.extract.event_context import Context
    from khabar.extract.event_actors import actor_phrases

    doc = build("قتل جنديان في هجوم شنه مسلحون على حاجز للجيش في حلب أمس.")
    ctx = Context(doc)
    assert "actors" not in vars(ctx) and "places_by_sent" not in vars(ctx)
    assert [p.span.text for ps in ctx.places_by_sent.values() for p in ps] == ["حلب"]
    assert [a.span for a in ctx.actors] == [a.span for a in actor_phrases(doc, ctx.v)]
    assert ctx.lead_place is not None and ctx.lead_place.span.text == "حلب"
    with pytest.raises(AttributeError):
        ctx.no_such_field
