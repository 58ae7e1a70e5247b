"""The place of event mentions (extract/event_places.py place_of) and how mentions merge by place
(extract/event_merge.py)."""

from __future__ import annotations

import dataclasses

import pytest

from khabar.doc import Claim, PlaceMention, Span
from khabar.extract.events import extract_events
from tests.conftest import add_places
from tests.extract.test_events import build

# name -> (English, country, level, lat, lon, admin1)
PLACES = {
    "أفغانستان": ("Afghanistan", "AF", "country", 33.0, 65.0, None),
    "باكتيكا": ("Paktika", "AF", "admin1", 32.5, 68.8, "Paktika"),
    "باكستان": ("Pakistan", "PK", "country", 30.0, 70.0, None),
    "بيشاور": ("Peshawar", "PK", "city", 34.0, 71.57, "Khyber Pakhtunkhwa"),
}


def run(text: str) -> list:
    doc = build(text, times=(), places=())
    add_places(doc, PLACES)
    extract_events(doc)
    return doc.events


_LEAD = "قال مسؤولون أمس إن الحملة على المسلحين مستمرة. "


@pytest.mark.parametrize("text,place", [
    pytest.param(_LEAD + "وأعلن الجيش أن غارة جوية في أفغانستان قتلت 5 مسلحين. "
                 "وأوضح أن العملية جرت في ولاية باكتيكا.", "Paktika",
                 id="country-yields-to-the-province-told-next"),
    pytest.param(_LEAD + "وأعلن الجيش أن غارة جوية في أفغانستان قتلت 5 مسلحين. "
                 "وأوضح أن العملية جرت في إقليم باكتيكا.", "Paktika",
                 id="an-area-head-before-the-province"),
    pytest.param(_LEAD + "وأعلن الجيش أن غارة جوية في أفغانستان قتلت 5 مسلحين. "
                 "وأوضح أنهم قتلوا أثناء اشتباك مع القوات في ولاية باكتيكا.", "Paktika",
                 id="a-noun-after-during-tells-it-again"),
    pytest.param(_LEAD + "وأعلن الجيش أن غارة جوية في أفغانستان قتلت 5 مسلحين. "
                 "من جهة أخرى، زار الوزير ولاية باكتيكا.", "Afghanistan",
                 id="another-story-opens"),
    pytest.param(_LEAD + "وأعلن الجيش أن غارة جوية في أفغانستان قتلت 5 مسلحين. "
                 "وأوضح أن العملية جرت قرب بيشاور في باكستان.", "Afghanistan",
                 id="a-place-in-another-country-is-another-story"),
    pytest.param("قتل 5 مسلحين في غارة جوية في أفغانستان. "
                 "وأوضح الجيش أن العملية جرت في ولاية باكتيكا.", "Paktika",
                 id="the-lead-too"),
    pytest.param(_LEAD + "وقتل 5 مسلحين في غارات جوية في أفغانستان وباكستان. "
                 "وأوضح الجيش أن إحدى العمليات جرت في ولاية باكتيكا.", "Afghanistan",
                 id="several-countries-have-no-one-part"),
])
def test_country_and_the_part_told_next(text: str, place: str) -> None:
    events = [e for e in run(text) if e.subtype == "Air/drone strike"]
    assert [e.place.name for e in events] == [place]


_AREA_PLACES = {
    "الغوطة الشرقية": ("Eastern Ghouta", "SY", "region", 33.55, 36.45, "Rif Dimashq"),
    "دمشق": ("Damascus", "SY", "city", 33.51, 36.29, "Damascus"),
    "حلب": ("Aleppo", "SY", "city", 36.20, 37.16, "Aleppo"),
}


def run_area(text: str) -> list:
    doc = build(text, times=(), places=())
    for name, (en, cc, level, lat, lon, admin1) in _AREA_PLACES.items():
        pos = text.find(name)
        while pos >= 0:
            cue = None
            before = text[:pos].rstrip().rsplit(" ", 1)[-1]
            if before.endswith("منطقة"):  # the places stage's cue word
                start = pos - 1 - len("منطقة")
                cue = Span(start, start + len("منطقة"), "منطقة")
            doc.places.append(PlaceMention(Span(pos, pos + len(name), name), name=en, country=cc,
                                           level=level, lat=lat, lon=lon, admin1=admin1, cue=cue))
            pos = text.find(name, pos + len(name))
    doc.places.sort(key=lambda p: p.span.start)
    extract_events(doc)
    return doc.events


@pytest.mark.parametrize("text,place", [
    pytest.param("سيطرت القوات على منطقة الغوطة الشرقية قبل أسبوع. وقصفت الطائرات مدينة حلب أمس. "
                 "وقال ناشطون إن المسلحين شنوا هجوما في المنطقة وقتلوا 4 جنود.", "Eastern Ghouta",
                 id="the-area-named-before"),
    pytest.param("يسعى الجيش إلى استعادة الغوطة الشرقية التي تقع قرب مدينة دمشق. "
                 "وقال ناشطون إن المسلحين شنوا هجوما في المنطقة وقتلوا 4 جنود.", "Eastern Ghouta",
                 id="the-area-not-the-town-that-locates-it"),
])
def test_area_anaphor(text: str, place: str) -> None:
    events = [e for e in run_area(text) if e.subtype == "Armed clash"]
    assert [e.place.name for e in events] == [place]


_REF_PLACES = {
    "الطوال": ("At Tuwal", "SA", "city", 16.8, 42.97, "Jazan"),
    "جازان": ("Jazan", "SA", "admin1", 17.0, 42.7, "Jazan"),
}


@pytest.mark.parametrize("text,place", [
    pytest.param("في قرية تابعة لمحافظة الطوال على الحدود جنوب جازان سقطت قذائف أمس.", ["At Tuwal"],
                 id="direction-word-right-before-the-reference-point"),
    pytest.param("في قرية تابعة لمحافظة الطوال على الحدود جنوب منطقة جازان سقطت قذائف أمس.", ["At Tuwal"],
                 id="direction-word-over-a-head-noun"),
    pytest.param("في قرية تابعة لمحافظة الطوال على الحدود في منطقة جازان سقطت قذائف أمس.", ["Jazan"],
                 id="no-direction-word-the-last-place"),
])
def test_a_reference_point_is_not_the_place(text: str, place: list[str]) -> None:
    old = dict(PLACES)
    PLACES.update(_REF_PLACES)
    try:
        events = run(text)
    finally:
        PLACES.clear()
        PLACES.update(old)
    assert [e.place.name for e in events if e.place] == place



_TWO_TOWNS = {
    "سرمين": ("Sarmin", "SY", "city", 35.9, 36.72, "Idlib"),
    "إدلب": ("Idlib", "SY", "city", 35.93, 36.63, "Idlib"),
}


def test_a_reference_point_of_the_sentence_before_stands_for_the_town_it_locates() -> None:
    """"غارة … على مدينة سرمين شرق إدلب. … أن الغارة أدت إلى": the unplaced anaphor takes the town
    struck, not the town named after a direction word only to say where the first one lies."""
    old = dict(PLACES)
    PLACES.update(_TWO_TOWNS)
    try:
        events = run("قتل ستة مدنيين أمس في غارة نفذتها طائرة حربية على مدينة سرمين شرق إدلب. "
                     "وأضاف المرصد أن الغارة أدت إلى إصابة عشرة أشخاص.")
    finally:
        PLACES.clear()
        PLACES.update(old)
    assert [(e.place.name, e.killed, e.injured) for e in events] == [("Sarmin", 6, 10)]


def test_a_town_a_distance_is_measured_from_is_no_place_of_the_sentence_after() -> None:
    """"… في بلدة X. ويقع X على بعد 60 كلم من بيشاور. واعتقلت القوات ستة": the town the
    distance is measured from is a reference point; the arrests inherit the town struck."""
    old = dict(PLACES)
    PLACES["كابول"] = ("Kabul", "AF", "city", 34.53, 69.17, "Kabul")
    try:
        events = run("قتل خمسة جنود أمس في هجوم مسلح على مركز للشرطة في ولاية باكتيكا. "
                     "وتقع الولاية على بعد 200 كلم من كابول. "
                     "واعتقلت القوات ستة مشتبه بهم.")
    finally:
        PLACES.clear()
        PLACES.update(old)
    assert [(e.subtype, e.place.name) for e in events if e.subtype == "Arrests"] == [("Arrests", "Paktika")]


_CITIES = {
    "الرمادي": ("Ramadi", "IQ", "city", 33.42, 43.3, "Anbar"),
    "بغداد": ("Baghdad", "IQ", "city", 33.34, 44.4, "Baghdad"),
    "أنقرة": ("Ankara", "TR", "city", 39.92, 32.85, "Ankara"),
    "تركيا": ("Turkey", "TR", "country", 39.0, 35.0, None),
}


@pytest.mark.parametrize("text,speaker,place", [
    pytest.param("قتل جنديان في مدينة الرمادي أمس بتفجير عبوة ناسفة، بينما تقول بغداد إن المدينة آمنة.",
                 "بغداد", "Ramadi", id="the-capital-speaks-the-town-is-the-place"),
    pytest.param("قتل جنديان في مدينة الرمادي أمس بتفجير عبوة ناسفة، بينما تقول بغداد إن المدينة آمنة.",
                 None, "Baghdad", id="control-no-claim-read"),
    pytest.param("قتل جنديان أمس في تركيا بتفجير انتحاري نسبته أنقرة إلى التنظيم.",
                 "أنقرة", "Turkey", id="a-speaker-after-the-trigger-yields-to-the-place-before"),
    pytest.param("قتل جنديان أمس بتفجير انتحاري نسبته أنقرة إلى التنظيم.",
                 "أنقرة", "Ankara", id="a-speaker-alone-is-kept"),
])
def test_a_place_that_speaks_is_no_place_of_the_event(text: str, speaker: str | None, place: str) -> None:
    doc = build(text, times=(), places=())
    add_places(doc, _CITIES)
    if speaker is not None:
        at = text.index(speaker)
        cue = text.index(" ", max(0, at - 6)) + 1
        doc.claims.append(Claim(cue=Span(cue, at - 1, text[cue:at - 1]),
                                content=Span(at + len(speaker) + 1, len(text), text[at + len(speaker) + 1:]),
                                speaker=Span(at, at + len(speaker), speaker)))
    extract_events(doc)
    explosive = [e for e in doc.events if e.subtype in ("Remote explosive/landmine/IED", "Suicide bomb")]
    assert [e.place.name for e in explosive] == [place]


_CAPITAL = {
    "تشاد": ("N'Djamena", "TD", "city", 12.11, 15.04, "Chari-Baguirmi"),
    "فوتوكول": ("Fotokol", "CM", "city", 12.37, 14.22, "Far North"),
    "الكاميرون": ("Cameroon", "CM", "country", 7.37, 12.35, None),
}


@pytest.mark.parametrize("text,place", [
    pytest.param("قتل عشرة في تفجيرين في بلدة فوتوكول بالكاميرون أمس. "
                 "وشن المسلحون هجوما مماثلا في عاصمة تشاد الواقعة شرقي فوتوكول بعد أن فجر رجل نفسه في السوق.",
                 "N'Djamena", id="the-capital-of-a-country-is-where-things-are-put"),
])
def test_in_the_capital_of_a_country(text: str, place: str) -> None:
    doc = build(text, times=(), places=())
    add_places(doc, _CAPITAL)
    extract_events(doc)
    bombs = [e for e in doc.events if e.trigger.text == "فجر"]
    assert [e.place.name for e in bombs] == [place]



_PART = {
    "العراق": ("Iraq", "IQ", "country", 33.0, 44.0, None),
    "تركيا": ("Southeastern Turkey", "TR", "country", 37.9, 40.2, None),
    "أنقرة": ("Ankara", "TR", "city", 39.92, 32.85, "Ankara"),
}
_ON_IRAQ = "قصفت الطائرات مواقع المسلحين في العراق. وقال مسؤولون في العراق إن الغارات على العراق مستمرة. "


def _attack_places(text: str, direction: str | None = None) -> list[str]:
    doc = build(text, times=(("أمس", "2015-08-01", "day"),), places=())
    add_places(doc, _PART)
    doc.places = [dataclasses.replace(p, direction=direction) if p.span.text == "تركيا" else p
                  for p in doc.places]
    extract_events(doc)
    return [e.place.name for e in doc.events if e.trigger.text == "هجوم"]


@pytest.mark.parametrize("direction,place", [
    pytest.param("southeast", "Southeastern Turkey", id="a-part-of-a-foreign-country-is-a-place-of-events"),
    pytest.param(None, "Iraq", id="control-a-bare-foreign-country-is-not"),
])
def test_a_part_of_a_foreign_country(direction: str | None, place: str) -> None:
    """"قتل جنديان في هجوم في جنوب شرق تركيا" in a report that names Iraq more often: the part of
    Turkey the direction names is where the attack was."""
    text = _ON_IRAQ + "وقتل جنديان أمس في هجوم شنه مسلحون في جنوب شرق تركيا، بينما تواصل القصف على مواقع في العراق."
    assert _attack_places(text, direction) == [place]


def test_a_verb_opening_with_b_puts_nothing_at_the_place_after_it() -> None:
    """"بينما بدأت أنقرة حملة": the ب of بدأت is no preposition, Ankara only the subject (a foreign
    capital in a report on Iraq is then no place of the attack)."""
    assert _attack_places(_ON_IRAQ + "وقتل جنديان أمس في هجوم بينما بدأت أنقرة حملة جديدة في العراق.") == ["Iraq"]


_NAMED = {
    "سروج": ("Suruc", "TR", "city", 36.98, 38.43, "Sanliurfa"),
    "العراق": ("Northern Iraq", "IQ", "country", 36.4, 44.4, None),
    "تركيا": ("Turkey", "TR", "country", 39.0, 35.0, None),
}


@pytest.mark.parametrize("text,place", [
    pytest.param("تشهد تركيا توترا بعد هجوم سروج الانتحاري الذي نسب للتنظيم والغارات التي ينفذها "
                 "الجيش على مواقعه في شمال العراق منذ أمس.", "Suruc",
                 id="the-attack-named-after-its-town"),
    pytest.param("تشهد تركيا توترا بعد هجوم في سروج والتفجير الانتحاري الذي نفذه التنظيم في شمال العراق أمس.",
                 "Northern Iraq", id="control-a-deed-of-its-own-joined-by-wa"),
])
def test_an_event_named_after_its_town(text: str, place: str) -> None:
    """"بعد هجوم سروج الانتحاري": a town between an event noun and the adjective trigger is in
    construct with the noun and names where the event was, whatever the clause names after it."""
    doc = build(text, times=(("أمس", "2015-08-01", "day"),), places=())
    add_places(doc, _NAMED)
    doc.places = [dataclasses.replace(p, direction="north") if p.span.text == "العراق" else p for p in doc.places]
    extract_events(doc)
    assert [e.place.name for e in doc.events if e.subtype == "Suicide bomb"] == [place]


_UNDERGO = {
    "دوما": ("Douma", "SY", "city", 33.57, 36.40, "Rif Dimashq"),
    "حرستا": ("Harasta", "SY", "city", 33.56, 36.37, "Rif Dimashq"),
    "عدرا": ("Adra", "SY", "city", 33.60, 36.51, "Rif Dimashq"),
}


@pytest.mark.parametrize("text,places", [
    pytest.param("تعرضت بلدتا دوما وحرستا أمس لقصف مدفعي من قبل القوات المتمركزة في عدرا.",
                 ["Douma", "Harasta"], id="subject-after-the-verb"),
    pytest.param("وكانت بلدة دوما قد تعرضت أمس لقصف مدفعي من القوات المتمركزة في عدرا.",
                 ["Douma"], id="subject-before-the-verb"),
    pytest.param("تعرضت بلدة دوما أمس إلى قصف مدفعي من القوات المتمركزة في عدرا.",
                 ["Douma"], id="the-deed-after-ila"),
    pytest.param("قال أهالي دوما أمس إن شرطيا أصيب إثر تعرضه لإطلاق نار في حرستا.",
                 ["Harasta"], id="control-a-verbal-noun-with-its-pronoun"),
    pytest.param("قالت مصادر في دوما أمس إن القوات المتمركزة في عدرا شنت قصفا مدفعيا على حرستا.",
                 ["Harasta"], id="control-no-verb-of-undergoing"),
])
def test_what_was_subjected_to_the_deed_is_its_place(text: str, places: list[str]) -> None:
    """"تعرضت بلدتا أ وب لقصف من القوات المتمركزة في ج": the subject of تعرض is what was hit, not
    where the fire came from nor where the shooters stand, named after the trigger."""
    doc = build(text, times=(("أمس", "2015-08-01", "day"),), places=())
    add_places(doc, _UNDERGO)
    extract_events(doc)
    assert sorted(e.place.name for e in doc.events) == sorted(places)


_ABROAD = {
    "تركيا": ("Turkey", "TR", "country", 39.0, 35.0, None),
    "اسطنبول": ("Istanbul", "TR", "city", 41.01, 28.95, "Istanbul"),
    "أنقرة": ("Ankara", "TR", "city", 39.92, 32.85, "Ankara"),
    "سوريا": ("Syria", "SY", "country", 35.0, 38.5, None),
    "الرقة": ("Raqqa", "SY", "city", 35.95, 39.01, "Raqqa"),
}
_ON_TURKEY = "قال مسؤولون في اسطنبول إن الحملة مستمرة في تركيا. وشددت تركيا على حماية حدودها. "


@pytest.mark.parametrize("text,place", [
    pytest.param(_ON_TURKEY + "وقصفت طائرات تركية أمس مواقع للتنظيم في سوريا وسمحت أنقرة للتحالف باستخدام قواعدها.",
                 "Syria", id="the-foreign-country-of-the-deeds-own-clause"),
    pytest.param(_ON_TURKEY + "وقصفت طائرات تركية أمس مواقع للتنظيم في سوريا قرب الرقة وسمحت أنقرة للتحالف باستخدام قواعدها.",
                 "Raqqa", id="a-town-of-that-country-right-after-says-where"),
    pytest.param(_ON_TURKEY + "وقصفت طائرات تركية أمس مواقع للتنظيم. وسمحت أنقرة للتحالف باستخدام قواعدها في سوريا.",
                 "Istanbul", id="control-another-sentence"),
])
def test_a_foreign_country_a_locative_puts_the_deed_in(text: str, place: str) -> None:
    """"وقصفت طائرات تركية مواقع للتنظيم في سوريا وسمحت أنقرة …" in a report on Turkey: the bare foreign
    country of the strike's own clause is its place, not the capital that is the next clause's subject."""
    doc = build(text, times=(("أمس", "2015-08-01", "day"),), places=())
    add_places(doc, _ABROAD)
    extract_events(doc)
    assert [e.place.name for e in doc.events if e.subtype == "Air/drone strike"] == [place]


_REPORT_LEAD = "أعلن الجيش اليوم سيطرته على مدينة الرمادي بعد معارك عنيفة. "
_BOMB = "وقتل ثلاثة جنود بانفجار عبوة ناسفة"


@pytest.mark.parametrize("text,cue,content,kind,place", [
    pytest.param(_REPORT_LEAD + _BOMB + "، وأضاف المتحدث أن الحياة عادت إلى طبيعتها في بغداد.",
                 "وأضاف", "أن الحياة", "verb", "Ramadi", id="a-new-statement-after-a-comma"),
    pytest.param(_REPORT_LEAD + _BOMB + " وأضاف المتحدث أن الحياة عادت إلى طبيعتها في بغداد.",
                 "وأضاف", "أن الحياة", "verb", "Ramadi", id="a-new-statement-after-and"),
    pytest.param(_REPORT_LEAD + _BOMB + "، مشيرا إلى أن الحياة عادت إلى طبيعتها في بغداد.",
                 "مشيرا", "إلى أن", "participle", "Ramadi", id="a-participle-of-saying"),
    pytest.param(_REPORT_LEAD + _BOMB + "، وأضاف المتحدث أن الحياة عادت إلى طبيعتها في بغداد.",
                 None, None, "verb", "Baghdad", id="control-no-claim-read"),
    pytest.param(_REPORT_LEAD + _BOMB + " نسبته الشرطة إلى مسلحين في بغداد.",
                 "نسبته", "إلى مسلحين", "verb", "Baghdad", id="a-relative-verb-opens-no-statement"),
    pytest.param(_REPORT_LEAD + _BOMB + " بحسب الشرطة في بغداد.",
                 "بحسب", "الشرطة", "preposition", "Baghdad", id="a-source-opens-no-statement"),
])
def test_a_place_of_a_statement_reported_after_the_trigger_is_that_statements(
        text: str, cue: str | None, content: str | None, kind: str, place: str) -> None:
    doc = build(text, times=(), places=())
    add_places(doc, _CITIES)
    if cue is not None and content is not None:
        at, c = text.index(content), text.index(cue)
        doc.claims.append(Claim(cue=Span(c, c + len(cue), cue), content=Span(at, len(text), text[at:]),
                                kind=kind))
    extract_events(doc)
    explosive = [e for e in doc.events if e.subtype == "Remote explosive/landmine/IED"]
    assert [e.place.name for e in explosive] == [place]
