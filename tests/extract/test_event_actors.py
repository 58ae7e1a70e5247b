"""Event actors: actor phrases (event_actor_phrases, re-exported by event_actors) and who did what to whom (choose_actors),
checked through the events stage on hand-built Docs (places set by hand, no other stage run)."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.doc import Article, Claim, Doc, EntityMention, Event, Span, TimeMention
from khabar.extract.event_actor_fill import _counted_group, fill_actors
from khabar.extract.event_actors import actor_phrases, choose_actors
from khabar.extract.event_words import TokenView
from khabar.extract.events import extract_events
from khabar.pipeline import Pipeline
from tests.conftest import add_places, make_doc

# name -> (English, country, level, lat, lon, admin1)
GAZ = {
    "تعز": ("Taiz", "YE", "city", 13.5789, 44.0209, "Taiz"),
    "عدن": ("Aden", "YE", "city", 12.7797, 45.0367, "Aden"),
    "شقرة": ("Shuqrah", "YE", "city", 13.3553, 45.6989, "Abyan"),
    "حلب": ("Aleppo", "SY", "city", 36.2012, 37.1612, "Aleppo"),
}


def _find(text: str, needle: str) -> Span:
    pos = text.find(needle)
    assert pos >= 0, needle
    return Span(pos, pos + len(needle), needle)


def build(text: str) -> Doc:
    """A Doc with every GAZ name found set as a place."""
    doc = make_doc(text, "2015-08-06")
    add_places(doc, GAZ)
    return doc


def run(text: str) -> Doc:
    doc = build(text)
    extract_events(doc)
    return doc


def test_actor_phrases_offsets() -> None:
    doc = make_doc("قصفت قوات النظام مواقع المعارضة")
    got = actor_phrases(doc, TokenView(doc))
    assert [a.text for a in got] == ["قوات النظام", "المعارضة"]
    assert all(doc.text[a.span.start:a.span.end] == a.span.text for a in got)


@pytest.mark.parametrize("text,phrase,category", [
    pytest.param("وقالت المصادر إن القوات الأوكرانية صدت الهجوم", "القوات الأوكرانية", "state", id="forces-of-a-country"),
    pytest.param("وقصفت قوات سورية البلدة أمس", "قوات سورية", "state", id="indefinite-forces-of-a-country"),
    pytest.param("وتقدمت القوات الكردية نحو البلدة", "القوات الكردية", "armed", id="a-people-is-no-state"),
])
def test_forces_named_by_a_country_nisba_are_a_state(text: str, phrase: str, category: str) -> None:
    doc = make_doc(text)
    got = {a.text: a.category for a in actor_phrases(doc, TokenView(doc))}
    assert got.get(phrase) == category


@pytest.mark.parametrize("text,phrase,category", [
    pytest.param("وتمكنت القوات والمقاومة من دخول المدينة", "القوات والمقاومة", "pro_gov", id="forces-and-the-resistance"),
    pytest.param("وتقدمت القوات والمسلحون نحو البلدة", "القوات والمسلحون", "rebel", id="forces-and-gunmen"),
    pytest.param("وتقدمت المقاومة والقوات نحو البلدة", "المقاومة والقوات", "pro_gov", id="known-side-first"),
])
def test_forces_of_no_side_joined_to_a_known_side_stand_on_it(text: str, phrase: str, category: str) -> None:
    doc = make_doc(text)
    got = {a.text: a.category for a in actor_phrases(doc, TokenView(doc))}
    assert got.get(phrase) == category


def test_territory_taken_by_forces_and_the_resistance_has_the_other_side_as_loser() -> None:
    doc = run("وقتل عشرة من ميليشيات الحوثيين في غارات على تعز. "
              "وتمكنت القوات والمقاومة أمس من السيطرة على مدينة عدن بعد معارك عنيفة.")
    got = [(e.actor1, e.actor2) for e in doc.events
           if e.subtype == "Government regains territory"]
    assert got == [("القوات والمقاومة", "ميليشيات الحوثيين")]


@pytest.mark.parametrize("text,phrases", [
    pytest.param("وقصفت قوات النظام الأهالي في البلدة", ["قوات النظام", "الأهالي"], id="vso-civilian-object"),
    pytest.param("وقصفت ميليشيات الحوثي الأحياء السكنية في المدينة", ["ميليشيات الحوثي", "الأحياء السكنية"],
                 id="vso-residential-object"),
    pytest.param("واستهدفت القوات السكان المدنيين في البلدة", ["القوات", "السكان المدنيين"], id="civilians-described"),
])
def test_civilians_after_a_definite_group_name_are_a_new_noun(text: str, phrases: list[str]) -> None:
    doc = make_doc(text)
    assert [a.text for a in actor_phrases(doc, TokenView(doc))] == phrases


@pytest.mark.parametrize("text,phrases", [
    pytest.param("وأطلقت الشرطة التركية الغاز المسيل للدموع على المحتجين في الساحة", ["الشرطة التركية", "المحتجين"],
                 id="teargas-object"),
    pytest.param("واستخدمت قوات الأمن القنابل لتفريق المحتجين", ["قوات الأمن", "المحتجين"], id="means-object"),
    pytest.param("وزرع المسلحون الألغام في الطريق", ["المسلحون"], id="weapons-object"),
])
def test_a_weapon_after_a_definite_group_name_is_the_object(text: str, phrases: list[str]) -> None:
    doc = make_doc(text)
    assert [a.text for a in actor_phrases(doc, TokenView(doc))] == phrases


@pytest.mark.parametrize("text,subtype,actors", [
    pytest.param("وقتل مدني واحد في تعز جراء قصف ميليشيات الحوثي للأحياء السكنية أمس.",
                 "Shelling/artillery/missile attack", ("ميليشيات الحوثي", "الأحياء السكنية"), id="quarters-over-the-dead"),
    pytest.param("وقصفت ميليشيات الحوثي الأحياء السكنية في تعز أمس.",
                 "Shelling/artillery/missile attack", ("ميليشيات الحوثي", "الأحياء السكنية"), id="vso-quarters"),
    pytest.param("وقتل مدني في قصف شنه الحوثيون على أحياء سكنية في تعز، في وقت شن فيه طيران التحالف غارات "
                 "على معسكر في عدن.", "Air/drone strike", ("طيران التحالف", "الحوثيون"), id="quarters-of-another-clause"),
    pytest.param("وشملت جرائم التمرد المسلح في عدن إعدامات خارج القانون، والقصف المباشر للأحياء السكنية.",
                 "Attack", ("التمرد المسلح", None), id="quarters-of-the-next-deed"),
])
def test_residential_quarters_are_what_a_strike_fell_on(text: str, subtype: str, actors: tuple) -> None:
    doc = run(text)
    got = [(e.actor1, e.actor2) for e in doc.events if e.subtype == subtype]
    assert got == [actors]


@pytest.mark.parametrize("text,phrase", [
    pytest.param("بعد شن طيران نظام الأسد الحربي أكثر من 120 غارة جوية", "طيران نظام الأسد الحربي", id="regime-of-a-name"),
    pytest.param("وشن طيران النظام ثلاث غارات على المدينة", "طيران النظام", id="the-regime"),
    pytest.param("وقتل 15 في قصف من طيران حربي على البلدة", "طيران حربي", id="warplanes"),
])
def test_aviation_of_a_state_is_aircraft(text: str, phrase: str) -> None:
    doc = make_doc(text)
    got = {a.text: a.category for a in actor_phrases(doc, TokenView(doc))}
    assert got.get(phrase) == "air"


@pytest.mark.parametrize("text,subtype,actors", [
    pytest.param("وأكدت المصادر أن القيادي محمد علي اختطف من منزله في عدن أمس.",
                 "Abduction/forced disappearance", (None, "محمد علي"), id="abducted-from-his-home"),
    pytest.param("وقالت المصادر إن قوات الأمن اعتقلت محمد علي في عدن.", "Arrests", ("قوات الأمن", "محمد علي"),
                 id="active-with-object"),
])
def test_a_person_before_an_arrest_verb_with_no_object_underwent_it(text: str, subtype: str, actors: tuple) -> None:
    doc = build(text)
    doc.entities.append(EntityMention(_find(doc.text, "محمد علي"), "PER", canonical="محمد علي"))
    extract_events(doc)
    got = [(e.actor1, e.actor2) for e in doc.events if e.subtype == subtype]
    assert got == [actors]


def test_an_arrest_noun_governs_its_doer_and_an_indefinite_object_as_its_verb_does() -> None:
    # the police in the genitive arrest; the indefinite plural after them is no adjective of a definite noun
    doc = run("وتحدثت الصحف عن اعتقال الشرطة الإسرائيلية مستوطنين اثنين في حلب أمس.")
    assert [(e.actor1, e.actor2) for e in doc.events if e.subtype == "Arrests"] == [("الشرطة الإسرائيلية", "مستوطنين")]


@pytest.mark.parametrize("text,category", [
    pytest.param("وقال إن الثوار انسحبوا من التل بعد شن طيران نظام الأسد الحربي 120 غارة جوية", "rebel",
                 id="against-a-regime"),
    pytest.param("وتقدم الثوار نحو مواقع الحوثيين في المدينة", "pro_gov", id="against-the-rebels"),
])
def test_revolutionaries_stand_against_a_government_called_a_regime(text: str, category: str) -> None:
    doc = make_doc(text)
    got = {a.text: a.category for a in actor_phrases(doc, TokenView(doc))}
    assert got["الثوار"] == category


def test_safe_written_with_madda_is_no_security_force() -> None:
    doc = make_doc("وسلم المسلحون أنفسهم مقابل الخروج الآمن من مواقعهم وقوات الأمن تراقب")
    got = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert "الآمن" not in got and any("الأمن" in x for x in got)


def test_actor_phrase_stops_before_a_town_after_a_definite_word() -> None:
    # "قوات النظام" ends in a word with the article: the town after it is the object, not its name
    doc = add_places(make_doc("وقصفت قوات النظام الحوطة والقرى المجاورة لها", "2015-08-06"),
                     {"الحوطة": ("Al Hawtah", "YE", "city", 13.05, 44.88, "Lahij")})
    got = actor_phrases(doc, TokenView(doc))
    assert [a.text for a in got] == ["قوات النظام"]


@pytest.mark.parametrize("text,content,speaker,actor1", [
    pytest.param("وقال الجيش إن 12 شخصا قتلوا في هجوم مسلحين على فندق في عدن.",
                 "12 شخصا قتلوا في هجوم مسلحين على فندق في عدن", "الجيش", "مسلحين", id="reporter-is-no-party"),
    pytest.param("وأعلن الجيش أنه قصف مواقع المسلحين في عدن.", "قصف مواقع المسلحين في عدن", "الجيش", "الجيش",
                 id="self-report-keeps-the-speaker"),
])
def test_claim_speakers_and_actors(text: str, content: str, speaker: str, actor1: str) -> None:
    doc = build(text)
    span = _find(text, content)
    doc.claims.append(Claim(cue=Span(span.start, span.start, ""), content=span, speaker=_find(text, speaker)))
    extract_events(doc)
    assert [e.actor1 for e in doc.events] == [actor1]



def test_owner_of_a_targeted_building_is_actor2() -> None:
    doc = run("وفجر انتحاري نفسه داخل مسجد قوات الطوارئ في عدن أمس.")  # (the bomber, named, did it)
    assert [(e.actor1, e.actor2) for e in doc.events] == [("انتحاري", "قوات الطوارئ")]


def test_agencies_are_no_actors() -> None:
    doc = run("وقتل 12 شخصا في هجوم على فندق في عدن بحسب وكالة فرانس برس.")
    assert all(e.actor2 is None or "برس" not in e.actor2 for e in doc.events)


@pytest.mark.parametrize("text", [
    "وقالت وزارة الداخلية في بيان نشرته وكالة الأنباء الكويتية (كونا) إنه تم القبض على خمسة أشخاص في عدن.",
    "وقتل 37 شخصا في تفجيرين استهدفا سوقا في عدن بعد ان نشرت الجماعة شريطا على تويتر.",
])
def test_news_agencies_and_platforms_are_no_actors(text: str) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert doc.events, text
    assert all(x is None or ("كونا" not in x and "تويتر" not in x) for e in doc.events for x in (e.actor1, e.actor2))



def test_actors() -> None:
    doc = run("وقصفت طائرات التحالف مواقع الحوثيين في تعز أمس.")
    ev = doc.events[0]
    assert ev.actor1 == "طائرات التحالف"
    assert ev.actor2 == "الحوثيين"


def test_clash_between_two_sides() -> None:
    doc = run("اندلعت اشتباكات بين الجيش والمسلحين في تعز.")
    assert (doc.events[0].actor1, doc.events[0].actor2) == ("الجيش", "المسلحين")


@pytest.mark.parametrize("text,actor1,actor2", [
    pytest.param("وشنت طائرات التحالف غارات على مواقع للمتمردين في تعز.", "طائرات التحالف", "المتمردين",
                 id="preposition-fused-with-article"),
    pytest.param("اعتقلت قوات إسرائيلية عشرة شبان في عدن.", "قوات إسرائيلية", "شبان",
                 id="head-noun-with-nisba"),
    pytest.param("وهاجم مستوطنون إسرائيليون منازل في عدن.", "مستوطنون إسرائيليون", "منازل",
                 id="sound-plural-nisba-agrees"),
    pytest.param("وهاجمت قوات تابعة للحوثيين مواقع المقاومة في تعز.", "قوات تابعة للحوثيين", "المقاومة",
                 id="affiliation-is-one-actor"),
    pytest.param("وقصف الطيران مواقع للحوثيين وقوات صالح في تعز.", "الطيران", "الحوثيين وقوات صالح",
                 id="coordinated-actors-act-together"),
    pytest.param("اندلعت اشتباكات بين الجيش والمسلحين في تعز.", "الجيش", "المسلحين",
                 id="between-keeps-two-sides"),
    pytest.param("وتدور اشتباكات بين قوات النظام والمسلحين الموالين لها من جهة، والفصائل الإسلامية من جهة أخرى في تعز.",
                 "قوات النظام والمسلحين الموالين لها", "الفصائل الإسلامية", id="sides-closed-by-min-jiha"),
    pytest.param("وتدور اشتباكات بين الجيش من جهة والكتائب المحلية المقاتلة من جهة أخرى في تعز.",
                 "الجيش", "الكتائب المحلية المقاتلة", id="other-side-no-lexicon-knows"),
    pytest.param("وأصيب عشرة بجروح في اشتباكات في وسط مدينة تعز بين قوات الحكومة ومقاتلين إسلاميين.",
                 "قوات الحكومة", "مقاتلين إسلاميين", id="between-past-the-place-after-the-trigger"),
    pytest.param("ودارت اشتباكات بين قوات النظام والمسلحين الموالين لها من طرف، والفصائل المقاتلة من طرف آخر في تعز.",
                 "قوات النظام والمسلحين الموالين لها", "الفصائل المقاتلة", id="sides-closed-by-min-taraf"),
    pytest.param("وقتل 13 متمردا من الحوثيين في غارات شنها الطيران على تعز.", "الطيران", "الحوثيين",
                 id="partitive-victims-are-actor2"),
    pytest.param("وقتل 7 عناصر من المسلحين في اشتباكات في تعز.", None, "المسلحين",
                 id="counted-head-noun-is-no-actor"),
    pytest.param("وقال مسؤول إن المقاتلين الموالين للحكومة استعادوا السيطرة على عدن من الحوثيين.",
                 "المقاتلين الموالين للحكومة", "الحوثيين", id="plural-verb-subject-before"),
    pytest.param("وذكرت مصادر أن قوات إسرائيلية اعتقلت الحوثيين في عدن.", "قوات إسرائيلية", "الحوثيين",
                 id="svo-object-after-verb"),
    pytest.param("وتمكن المقاتلون من طرد الحوثيين من عدن.", "المقاتلون", "الحوثيين",
                 id="expel-object-is-actor2"),
    pytest.param("وكانت السعودية عضو التحالف قد وافقت رسميا على استخدام قواعدها في عدن.", "السعودية", None,
                 id="member-of-is-no-party"),
    pytest.param("وقصفت طائرات حربية يعتقد أنها تابعة للتحالف مواقع الحوثيين في عدن.",
                 "طائرات حربية يعتقد أنها تابعة للتحالف", "الحوثيين", id="hedged-affiliation-is-one-actor"),
    pytest.param("أطلقت قوات الأمن النار على المتظاهرين في عدن فقتلت اثنين منهم.", "قوات الأمن", "المتظاهرين",
                 id="subject-inside-a-split-verb-phrase"),
    pytest.param("وقتل حارس أمس في تفجير انتحاري عند السفارة الأمريكية في عدن.", None,
                 "السفارة الأمريكية", id="an-embassy-is-a-target-not-a-doer"),

    pytest.param("وقالت مصادر إن الحوثيين هاجموا مقرا للجيش في تعز أمس، واندلعت اشتباكات عنيفة بينهم وبين قوات الأمن.",
                 "الحوثيين", "قوات الأمن", id="between-it-and-another"),
    pytest.param("وقالت مصادر إن القوات الإسرائيلية داهمت منازل في عدن أمس إذ اندلعت اشتباكات بينها وبين السكان.",
                 "السكان", "القوات الإسرائيلية", id="rioters-and-the-forces-they-fought"),
    pytest.param("ووقف الأهالي في تعز صفا واحدا ضد التفجير الجبان، مستذكرين صور منسوبي قوات الأمن في أوقات الأزمات.",
                 None, None, id="no-doer-past-a-clause-break"),
    pytest.param("وأعلن الجيش أنه حرر 30 رهينة بينهم 21 طفلا وسبع نساء في تعز.", "الجيش", None,
                 id="among-them-is-no-between"),
    pytest.param("وسقطت طائرة حربية تابعة للتحالف أمس نتيجة خلل فني أثناء قصفها مواقع الحوثيين في تعز.",
                 "طائرة حربية تابعة للتحالف", "الحوثيين", id="attack-noun-pronoun-is-its-doer"),
    pytest.param("وتواصلت أمس ضربات جوية من نسور السلاح الجوي على مواقع المتمردين في تعز.",
                 "السلاح الجوي", "المتمردين", id="aircraft-after-min-fly-the-strike"),
    pytest.param("وأعلن مقتل القائد الميداني بقصف لطيران التحالف أثناء هروبه من تعز.", "طيران التحالف",
                 "القائد الميداني",
                 id="aircraft-after-lam-fly-the-strike"),
    pytest.param("وسيطرت القوات الحكومية على شقرة من دون مقاومة تذكر.", "القوات الحكومية", None,
                 id="indefinite-abstract-noun-is-no-actor"),
    pytest.param("ودمر الطيران عربة للحوثيين بعد أن قصف مواقعهم في تعز.", "الطيران", "الحوثيين",
                 id="preposition-actor-is-no-subject"),
    pytest.param("وقتل شرطي في عدن بعد قيام مسلحين متطرفين بإطلاق النار على دورية.", "مسلحين متطرفين", "شرطي",
                 id="indefinite-plural-adjective-joins-its-noun"),
    pytest.param("وأصيب طفل بعد قيام مستوطنين متطرفين بإحراق منزل عائلته في عدن.", "مستوطنين متطرفين", "منزل",
                 id="genitive-of-qiyam-is-the-doer-not-the-victim"),
    pytest.param("وذكرت المصادر أن «جبهة النصرة» والفصائل المقاتلة تمكنت من التقدم في عدن.",
                 "جبهة النصرة» والفصائل المقاتلة", None, id="quoted-name-joined-by-waw"),
    pytest.param("وقال العميد إنه يجري تطهير مواقع بين تعز وعدن بدعم قوي من قوات التحالف العربي.", None, None,
                 id="backer-after-an-adjective-and-min-is-no-side"),
    pytest.param("وقال مصدر إن وحدات من الجيش، وبغطاء من طيران التحالف، تمكنت من السيطرة على مدينة عدن أمس.",
                 "الجيش", None, id="backer-before-the-verb-is-no-subject"),
    pytest.param("وأضاف المتحدث أن قوات الأمن طوقت مكان تحصن العناصر الإرهابية واعتقلت 13 شخصا في عدن.",
                 "قوات الأمن", "شخصا", id="waw-verb-shares-the-subject-of-the-reported-clause"),
    pytest.param("وقال الشيخ إن العشائر هاجمت منزل والي داعش واشتبكت مع حراسه في عدن.", None, None,
                 id="object-of-the-first-verb-is-no-subject-of-the-waw-verb"),
    pytest.param("وتقدمت قوات المقاومة الشعبية وسيطرت على مدينة عدن أمس.", "قوات المقاومة الشعبية", None,
                 id="vso-subject-is-both-verbs"),
])
def test_actor_names(text: str, actor1: str | None, actor2: str | None) -> None:
    doc = run(text)
    assert doc.events, text
    assert (doc.events[0].actor1, doc.events[0].actor2) == (actor1, actor2)




# ------------------------------------------------------------------ filled from the article


def test_a_time_after_a_street_number_is_no_protester() -> None:
    doc = Pipeline().run(Article(id="x", text="وقال إن المسلحين أعدموا 50 شخصا من الأهالي الذين تظاهروا في شارع 40 "
                                 "أول من أمس في عدن.", published=dt.date(2015, 8, 6)))
    assert all(e.actor1 != "أول" for e in doc.events if e.type == "Protests")


def test_a_peaceful_protest_has_no_actor2() -> None:
    doc = run("وتظاهر مئات السوريين أمس في عدن للمطالبة بمعاقبة قاتل ضابط في الجيش.")
    protests = [(e.actor1, e.actor2) for e in doc.events if e.subtype == "Peaceful protest"]
    assert protests == [("السوريين", None)]


def test_a_passive_arrest_is_the_states() -> None:
    doc = run("ونفذت الشرطة حملة في عدن أمس. واعتقل 5 أشخاص في المدينة.")
    arrests = [e.actor1 for e in doc.events if e.subtype == "Arrests"]
    assert arrests == ["الشرطة"]


@pytest.mark.parametrize("text,actor2", [
    pytest.param("واعتقلت قوات الأمن الليلة الماضية 12 فلسطينيا في عدن.", "فلسطينيا",
                 id="arrest-counts-its-victims"),
    pytest.param("وأسفر انفجار عبوة ناسفة في عدن عن مقتل 4 من الجنود الأتراك.", "الجنود الأتراك",
                 id="partitive-after-toll"),
    pytest.param("وقتل 9 أشخاص بينهم 5 مدنيين في انفجار لغم في عدن.", "مدنيين",
                 id="subset-names-generic-people"),
    pytest.param("وقتل 9 أشخاص في انفجار لغم في عدن.", None, id="people-alone-name-no-victim"),
    pytest.param("واعتقلت الشرطة أمس ثلاثة أشخاص في عدن للاشتباه بصلتهم بالهجوم.", "أشخاص",
                 id="people-alone-an-arrest-took"),
    pytest.param("وأعلنت الشرطة اعتقال 7 أشخاص بينهم 4 طلاب في عدن.", "طلاب", id="subset-of-people-arrested"),
    pytest.param("وقالت مصادر إن قوات الأمن اعتقلت عددا من الموظفين في مدينة عدن.", "الموظفين",
                 id="arrested-after-a-vague-quantity"),
    pytest.param("واعتقلت قوات الأمن عددا كبيرا من الأشخاص عقب الهجوم على عدن.", "عددا كبيرا من الأشخاص",
                 id="people-alone-after-a-vague-quantity"),
    pytest.param("وقالت مصادر إن الشرطة ألقت القبض على عدد من الموظفين بتهمة التعاون مع الحوثيين في تعز.",
                 "الموظفين", id="quantified-detainees-over-a-party-named-farther"),
    pytest.param("وذكرت الوكالة أن الأجهزة الأمنية اعتقلت المشتبه به في مقتل الجنود الأتراك في حلب.",
                 "المشتبه به", id="suspect-over-the-victims-of-his-deed"),
    pytest.param("واعتقلت الشرطة عدة أشخاص في تعز.", "عدة أشخاص", id="people-in-construct-with-a-quantity"),
    pytest.param("وقتل الصحفيان اللذان اغتيلا وقام المسلحون بتسليم جثتيهما إلى ذويهما في عدن.", None,
                 id="verb-of-a-new-clause-is-no-victim"),
    pytest.param("وقصفت الطائرات الحربية حيا في عدن بالبراميل المتفجرة. وحصد هذا القصف آلاف القتلى وأوقع "
                 "أضرارا بالغة في المدينة.", None, id="conjoined-verb-after-a-toll-is-no-victim"),
    pytest.param("وقتل ثلاثة وزراء في تفجير سيارة مفخخة في عدن.", "وزراء", id="noun-of-people-opening-with-waw"),
    pytest.param("وقد ألقت السلطات في تعز مؤخرا القبض على عدة أشخاص يشتبه بصلتهم بالهجوم الذي استهدف "
                 "القوات الحكومية في المدينة.", "عدة أشخاص", id="quantified-object-of-an-arrest-noun"),
    pytest.param("واغتال مسلحون مجهولون ضابطا في الجيش في عدن أمس.", "ضابطا", id="victim-past-the-doers-adjective"),
    pytest.param("قتل 5 جنود بنيران قناصة في عدن.", "جنود", id="soldiers-killed-by-a-doer-no-lexicon-knows"),
    pytest.param("قتل شرطي وأصيب آخر بالرصاص أمس في هجوم وقع في شارع في عدن.", "شرطي",
                 id="policeman-killed-in-an-attack-with-no-doer"),
    pytest.param("أصيب 3 أطفال بشظايا قذيفة أطلقتها الميليشيات على عدن.", "أطفال", id="shrapnel-is-no-nisba"),
    pytest.param("وأعلنت السلطات أمس عن تفكيك خلية إرهابية على علاقة بتنظيم داعش في عدن.", "خلية إرهابية",
                 id="seized-cell-not-its-links"),
    pytest.param("وقصف الطيران الحربي قرية في عدن ما أدى إلى مقتل 12 مواطنا.", "مواطنا",
                 id="citizens-a-strike-killed"),
    pytest.param("حصد تفجير سيارة ملغومة أرواح خمسة أشخاص قرب مطار عدن أمس. وقال مسؤول إن الانتحاري استهدف "
                 "قوات أجنبية في المنطقة.", None, id="own-toll-counts-people-no-merged-target"),
    pytest.param("قتل 3 فلسطينيين وأصيب 20 آخرون أمس جراء انفجار غامض داخل منزل في عدن. وقالت مصادر إن "
                 "الانفجار وقع في مبنى يؤوي عائلات للاجئين.", "فلسطينيين",
                 id="own-sentence-victims-over-a-merged-target"),
    pytest.param("وقال مسؤول إن رجلين قتلا جراء إطلاق النار في عدن قبل أن يقتل المهاجم (40 عاما) نفسه.", None,
                 id="causal-preposition-and-self-killer-are-no-victims"),
    pytest.param("وأدان الوزير التفجير الإرهابي الذي استهدف مسجدا في عدن أمس.", None,
                 id="adjective-of-a-definite-trigger-is-no-victim"),
    pytest.param("وذكرت وكالة أن خمسة أشخاص اعتقلوا للاشتباه بصلتهم بالهجوم في عدن.", None,
                 id="purpose-masdar-with-lam-is-no-arrest-object"),
])
def test_victims_are_actor2(text: str, actor2: str | None) -> None:
    doc = run(text)
    assert doc.events, text
    assert doc.events[0].actor2 == actor2


def test_other_side_of_the_war_is_actor2_of_a_strike() -> None:
    text = "وشن الطيران غارات على مواقع في شقرة أمس وسط معارك بين المقاومة والحوثيين."
    doc = run(text)
    strike = [e for e in doc.events if e.subtype == "Air/drone strike"]
    assert [(e.actor1, e.actor2) for e in strike] == [("الطيران", "الحوثيين")]
    span = strike[0].evidence["actor2"][0]
    assert doc.text[span.start:span.end].endswith("الحوثيين")  # the evidence keeps its clitic (والحوثيين)


def test_a_war_told_in_another_sentence_names_no_strike_target() -> None:
    # the side nearest the strike stands in the sentence before: the report does not tell what it hit
    text = ("وتدور معارك بين المقاومة والحوثيين في تعز منذ أسابيع.\n"
            "وشن الطيران غارات على مواقع في شقرة أمس.")
    doc = run(text)
    assert [(e.actor1, e.actor2) for e in doc.events if e.subtype == "Air/drone strike"] == [("الطيران", None)]


def test_no_other_side_for_a_foreign_state_alone() -> None:
    doc = run("وقالت السعودية إن الحوثيين قصفوا مواقع في شقرة أمس.")
    assert all(e.actor2 != "السعودية" for e in doc.events)


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وقتل جنديان في انفجار لغم في عدن في هجوم نسب إلى متمردين من الحوثيين.", "متمردين",
                 id="attributed-to"),
    pytest.param("وقتل شرطي في هجوم من قبل مسلحين على حاجز في عدن أمس.", "مسلحين",
                 id="passive-agent"),
    pytest.param("وقتل خمسة مدنيين في قصف مدفعي مصدره مواقع الحوثيين في تعز.", "الحوثيين",
                 id="source-of-shelling"),
])
def test_agent_named_after_the_event_is_actor1(text: str, actor1: str) -> None:
    doc = run(text)
    assert doc.events, text
    assert doc.events[0].actor1 is not None and doc.events[0].actor1.startswith(actor1)


def test_group_named_again_by_its_kind() -> None:
    doc = run("وأعلن تنظيم داعش مسؤوليته عن الهجوم.\nوسيطر التنظيم على مدينة شقرة أمس بعد معارك مع الجيش.")
    took = [e for e in doc.events if e.subtype == "Non-state actor overtakes territory"]
    assert took and took[0].actor1 == "التنظيم"


def test_sides_of_the_war_fill_a_clash_with_none() -> None:
    text = ("وقالت مصادر إن المقاومة الشعبية صدت هجوما للحوثيين قرب عدن.\n"
            "واندلعت اشتباكات عنيفة في شقرة.")
    doc = run(text)
    clash = [e for e in doc.events if e.place is not None and e.place.name == "Shuqrah"]
    assert [(e.actor1, e.actor2) for e in clash] == [("المقاومة الشعبية", "الحوثيين")]


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وشارك مئات السوريين في احتجاج في حلب أمس.", "مئات السوريين", id="participants-before"),
    pytest.param("وتظاهر آلاف المواطنين في حلب أمس.", "المواطنين", id="counted-after"),
])
def test_protesters_are_actor1(text: str, actor1: str) -> None:
    doc = run(text)
    protests = [e for e in doc.events if e.type == "Protests"]
    assert protests and protests[0].actor1 == actor1


@pytest.mark.parametrize("text,actor2", [
    pytest.param("واغتال مسلحون ضابطا في عدن أمس.", "ضابطا", id="person-after-the-doer"),
    pytest.param("ونفذ المسلحون عملية احتجاز الرهائن في فندق في عدن.", "الرهائن", id="hostages-after-abduction"),
])
def test_victim_right_after_the_trigger(text: str, actor2: str) -> None:
    doc = run(text)
    assert doc.events, text
    assert doc.events[0].actor2 == actor2


def test_authorities_arrest() -> None:
    doc = run("وقالت الوكالة إن السلطات اعتقلت ثلاثة مسلحين في عدن أمس.")
    assert [e.actor1 for e in doc.events if e.subtype == "Arrests"] == ["السلطات"]


def test_group_name_holding_an_actor_word_is_one_actor() -> None:
    doc = build("وقصفت قوات الوفاق مواقع مجلس شورى ثوار بنغازي أمس.")
    for name, cat in (("قوات الوفاق", "State forces"), ("مجلس شورى ثوار بنغازي", "Rebel group")):
        doc.entities.append(EntityMention(_find(doc.text, name), "ORG", canonical=name, actor_category=cat))
    got = actor_phrases(doc, TokenView(doc))
    assert [(a.text, a.category) for a in got] == [("قوات الوفاق", "state"), ("مجلس شورى ثوار بنغازي", "rebel")]


def test_leader_of_a_coalition_qualifies_it() -> None:
    doc = run("وشنت طائرات التحالف الذي تقوده السعودية غارات على مواقع الحوثيين في تعز أمس.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("طائرات التحالف الذي تقوده السعودية", "الحوثيين")]


def test_a_pronoun_subject_is_the_armed_actor_not_the_outlet() -> None:
    doc = build("وأفادت مصادر بحسب قناة الأفق بأن المسلحين الحوثيين داهموا منازل في عدن، مشيرة إلى أنهم "
                "اعتقلوا العشرات من المواطنين.")
    doc.entities.append(EntityMention(_find(doc.text, "قناة الأفق"), "ORG"))
    extract_events(doc)
    arrests = [(e.actor1, e.actor2) for e in doc.events if e.subtype == "Arrests"]
    assert arrests == [("المسلحين الحوثيين", "المواطنين")]


def test_a_head_noun_governs_a_quoted_group() -> None:
    doc = build("وقصف الطيران مواقع لعناصر «داعش» في تعز أمس.")
    doc.entities.append(EntityMention(_find(doc.text, "داعش"), "ORG", canonical="داعش", actor_category="Rebel group"))
    extract_events(doc)
    assert [(e.actor1, e.actor2) for e in doc.events] == [("الطيران", "عناصر «داعش»")]


def test_vso_object_past_an_adjective() -> None:
    doc = run("وتبادل الحوثيون إطلاق النار مع القوات المدعومة من السعودية في تعز فيما قصفت طائرات حربية عربية "
              "الجماعة المتحالفة مع إيران.")
    strikes = [(e.actor1, e.actor2) for e in doc.events if e.subtype == "Air/drone strike"]
    assert strikes == [("طائرات حربية", "الجماعة المتحالفة مع إيران")]


@pytest.mark.parametrize("text,names", [
    pytest.param("واعتبرها مراقبون إشارة على تمرد وشيك.", [], id="a-rebellion-is-no-actor"),
    pytest.param("وطردت المقاومة فلول التمرد من المدينة.", ["المقاومة", "التمرد"], id="the-insurgency-is-one"),
])
def test_abstract_nouns_name_a_side_only_with_the_article(text: str, names: list[str]) -> None:
    doc = build(text)
    assert [a.text for a in actor_phrases(doc, TokenView(doc))] == names


def test_a_name_starting_with_an_event_word_is_no_actor() -> None:
    text = "وأفاد شهود بأن مقاتلات التحالف دمرت أرتالا للحوثيين بسبع غارات قرب عدن."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "دمرت أرتالا"), "ORG"))
    assert "دمرت أرتالا" not in [a.text for a in actor_phrases(doc, TokenView(doc))]


def test_one_person_is_no_subject_of_a_plural_verb() -> None:
    text = "وكان الحوثيون، وهم أنصار الرئيس السابق علي صالح، قد انطلقوا من معاقلهم وسيطروا على عدن."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "علي صالح"), "PER"))
    extract_events(doc)
    assert [e.actor1 for e in doc.events] == ["الحوثيون"]


def test_victims_from_a_group_named_between_slashes() -> None:
    text = "وأعلنت القيادة العسكرية عن مقتل 49 مسلحا من تنظيم / داعش /، بقصف جوي استهدف أوكارهم في عدن."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "داعش"), "ORG", canonical="داعش", actor_category="Rebel group"))
    extract_events(doc)
    assert [e.actor2 for e in doc.events] == ["داعش"]


def test_a_month_inside_a_date_is_no_actor() -> None:
    doc = build("ففي 21 أبريل (نيسان) 2004 هاجمت سيارة مفخخة مبنى الأمن العام في عدن.")
    doc.times.append(TimeMention(_find(doc.text, "21 أبريل (نيسان) 2004"), "2004-04-21", "day", "test"))
    doc.entities.append(EntityMention(_find(doc.text, "نيسان"), "ORG"))
    assert "نيسان" not in [a.text for a in actor_phrases(doc, TokenView(doc))]


def test_the_dead_of_a_clause_not_the_target_of_the_next() -> None:
    text = ("لقي 13 عنصرا من المتمردين الحوثيين وقوات الرئيس السابق علي صالح مصرعهم في اشتباكات بمدينة تعز، "
            "فيما شن طيران التحالف قصفا على تجمعات للمسلحين في عدن.")
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "علي صالح"), "PER"))
    assert "المتمردين الحوثيين وقوات الرئيس السابق علي صالح" in [a.text for a in actor_phrases(doc, TokenView(doc))]
    extract_events(doc)
    clashes = [(e.actor1, e.actor2) for e in doc.events if e.subtype == "Armed clash"]
    assert clashes == [(None, "المتمردين الحوثيين وقوات الرئيس السابق علي صالح")]


def test_a_person_before_a_noun_trigger_is_no_doer() -> None:
    text = "وأشاد الأهالي بالتفاعل السريع للمحافظ سالم العمري مع حادثة تفجير مسجد في عدن."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "سالم العمري"), "PER"))
    extract_events(doc)
    assert [e.actor1 for e in doc.events] == [None]


def test_the_group_they_belong_to_names_them() -> None:
    text = "وفرضت السلطات حالة الطوارئ عقب هجوم شنه مسلحون ينتمون إلى تنظيم «داعش» على حاجز للجيش في عدن."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "داعش"), "ORG", canonical="داعش", actor_category="Rebel group"))
    extract_events(doc)
    # (the state of emergency imposed is an event of its own: Other)
    assert [(e.actor1, e.actor2) for e in doc.events if e.subtype == "Armed clash"] == [
        ("مسلحون ينتمون إلى تنظيم «داعش»", "الجيش")]


def test_one_side_twice_keeps_the_doer_named_in_the_triggers_sentence() -> None:
    text = "وأسفرت المواجهات مع الحوثيين عن تقدم المقاومة وسيطرتها على منطقة الجحملية. وكانت المقاومة قد سيطرت على الحي."
    doc = make_doc(text)
    doc.entities.append(EntityMention(_find(text, "الحوثيين"), "ORG", canonical="الحوثيين", actor_category="Rebel group"))
    v = TokenView(doc)
    actors = actor_phrases(doc, v)
    same = [a for a in actors if a.text == "المقاومة"]
    ev = Event(type="Battles", subtype="Government regains territory", trigger=_find(text, "وسيطرتها"),
               actor1="المقاومة", actor2="المقاومة", evidence={"actor1": [same[0].span], "actor2": [same[-1].span]})
    fill_actors(doc, v, actors, [ev])
    assert (ev.actor1, ev.actor2) == ("المقاومة", "الحوثيين")


def test_the_base_is_no_group() -> None:
    doc = build("وشن الطيران غارات على المواقع الداخلية للقاعدة في تعز أمس.")
    doc.entities.append(EntityMention(_find(doc.text, "للقاعدة"), "ORG", canonical="القاعدة",
                                      actor_category="Rebel group"))
    extract_events(doc)
    assert [(e.actor1, e.actor2) for e in doc.events] == [("الطيران", None)]


def test_between_skips_the_support_of_the_first_side() -> None:
    doc = run("ووقعت اشتباكات بين المقاومة المدعومة بقوات الجيش، والحوثيين في تعز أمس.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("المقاومة المدعومة", "الحوثيين")]


def test_actor_far_before_a_noun_trigger_is_no_doer() -> None:
    doc = run("وتواصل الشرطة في مدينة عدن الساحلية جنوب البلاد التحقيق في اغتيال ضابط أمس.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [(None, "ضابط")]


def test_abducted_before_the_toll() -> None:
    doc = run("وقتل 12 شخصا بينهم خمسة جنود في عملية احتجاز الرهائن في فندق في عدن.")
    abd = [e for e in doc.events if e.subtype == "Abduction/forced disappearance"]
    assert abd and abd[0].actor2 == "الرهائن"


def test_counted_members_name_their_group() -> None:
    doc = run("واعتقلت قوات الأمن 12 عنصرا من الحوثيين في عدن أمس.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("قوات الأمن", "الحوثيين")]


@pytest.mark.parametrize("text,actor1,actor2", [
    pytest.param("وتمكنت المقاومة من السيطرة على مواقع كان يحتلها الحوثيون قرب عدن أمس.", "المقاومة", "الحوثيون",
                 id="held-by"),
    pytest.param("وسيطرت القوات الحكومية على مدينة شقرة التي كانت في أيدي المسلحين.", "القوات الحكومية",
                 "المسلحين", id="in-the-hands-of"),
])
def test_who_held_a_place_is_actor2(text: str, actor1: str, actor2: str) -> None:
    doc = run(text)
    took = [e for e in doc.events if e.type == "Battles"]
    assert [(e.actor1, e.actor2) for e in took] == [(actor1, actor2)]


def test_supporter_qualifies_the_actor() -> None:
    doc = run("وكان المتمردون الحوثيون المدعومون من إيران سيطروا على عدن في مارس.")
    assert [e.actor1 for e in doc.events if e.type == "Battles"] == ["المتمردون الحوثيون المدعومون من إيران"]


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وقال سكان إن مقاتلين يمنيين تدعمهم الغارات التي تقودها السعودية استعادوا عدن أمس.",
                 "مقاتلين يمنيين", id="leader-after-a-relative-is-no-doer"),
    pytest.param("واستهدف قصف مدفعي القرى الخاضعة لسيطرة المعارضة في حلب أمس.", None,
                 id="who-holds-the-place-is-no-doer"),
])
def test_qualifying_actors_are_no_doers(text: str, actor1: str | None) -> None:
    doc = run(text)
    assert doc.events, text
    assert doc.events[0].actor1 == actor1


@pytest.mark.parametrize("text,actor1", [
    pytest.param("واستطاعت القوات المحلية المناهضة للحوثيين السيطرة على المطار في عدن.",
                 "القوات المحلية المناهضة للحوثيين", id="whom-it-fights-names-it"),
    pytest.param("وشنت طائرات «التحالف العربي» غارات على تعز.", "طائرات «التحالف العربي", id="name-in-quotes"),
])
def test_actor_phrase_forms(text: str, actor1: str) -> None:
    doc = run(text)
    assert doc.events, text
    assert doc.events[0].actor1 == actor1


def test_bombing_with_no_doer_takes_the_group_named_near() -> None:
    text = ("وتبنت جماعة بوكو حرام هجمات عدة في المنطقة.\n"
            "وقتل 12 شخصا في تفجير انتحاري في سوق بعدن أمس.")
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "جماعة بوكو حرام"), "ORG", canonical="بوكو حرام",
                                      actor_category="Rebel group"))
    extract_events(doc)
    bomb = [e for e in doc.events if e.subtype == "Suicide bomb"]
    assert [e.actor1 for e in bomb] == ["جماعة بوكو حرام"]


def test_civilians_killed_by_shelling_are_actor2() -> None:
    doc = run("وقصفت الميليشيات حي الشيخ عثمان في عدن بقذائف الهاون مما أدى إلى مقتل 12 مدنيا.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("الميليشيات", "مدنيا")]


def test_suicide_bomber_is_no_victim() -> None:
    doc = run("وفجرت فتاة نفسها في سوق بعدن أمس.")
    assert [e.actor2 for e in doc.events if e.subtype == "Suicide bomb"] == [None]


def test_object_of_another_event_word_is_no_doer() -> None:
    doc = run("واستطاعت القوات المحلية كسر الحصار الأسبوع الماضي بالسيطرة على المطار ثم طرد الحوثيين من عدن.")
    took = [e for e in doc.events if e.type == "Battles"]
    assert took and all(e.actor1 != "الحوثيين" for e in took)


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وتقدمت قوات النظام نحو البلدة، بينما رد الأخير بقصف أحياء في حلب.", "قوات النظام",
                 id="the-latter-is-the-last-actor"),
    pytest.param("ووقع الهجوم الأخير على حلب أمس.", None, id="adjective-after-a-noun"),
])
def test_the_latter(text: str, actor1: str | None) -> None:
    doc = run(text)
    assert doc.events, text
    assert doc.events[-1].actor1 == actor1


def test_person_naming_a_mosque_is_no_actor() -> None:
    text = "وقتل 27 شخصا في تفجير جامع الإمام الصادق في عدن."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "الصادق"), "PER"))
    extract_events(doc)
    assert doc.events and all(e.actor1 != "الصادق" for e in doc.events)


def test_battle_with_one_side_named_takes_the_other_known_group() -> None:
    text = ("وأعلنت المقاومة الشعبية تقدمها في عدن.\n"
            "واستمرت الاشتباكات مع الحوثيين في شقرة.")
    doc = build(text)
    for name, cat in (("المقاومة الشعبية", "Political militia"), ("الحوثيين", "Rebel group")):
        doc.entities.append(EntityMention(_find(text, name), "ORG", canonical=name, actor_category=cat))
    extract_events(doc)
    clash = [e for e in doc.events if e.place is not None and e.place.name == "Shuqrah"]
    assert [(e.actor1, e.actor2) for e in clash] == [("المقاومة الشعبية", "الحوثيين")]


def test_one_group_on_both_sides_of_a_strike_keeps_the_doer() -> None:
    doc = run("وتقدمت قوات النظام نحو البلدة ما أسفر عن مقتل عدد من جنود النظام، بينما رد الأخير بقصف أحياء في حلب.")
    shelling = [e for e in doc.events if e.subtype == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0].actor1 != shelling[0].actor2


def test_vso_object_and_its_ally() -> None:
    doc = run("وقصفت طائرات حربية عربية الجماعة المتحالفة مع إيران في تعز.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("طائرات حربية", "الجماعة المتحالفة مع إيران")]


def test_protesters_after_the_verb_are_actor1() -> None:
    doc = run("وتظاهر المحتجون أمام مبنى المحافظة في عدن أمس.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("المحتجون", None)]


@pytest.mark.parametrize("text,actor1,actor2", [
    pytest.param("وقتل خمسة جنود في هجوم لتنظيم داعش على حاجز للجيش في عدن أمس.", "تنظيم داعش", "الجيش",
                 id="attack-of-a-group-on"),
    pytest.param("وأسفرت غارة للتحالف على مواقع الحوثيين في تعز عن مقتل 10.", "التحالف", "الحوثيين",
                 id="strike-of-the-coalition-on"),
])
def test_lam_agent_before_the_target(text: str, actor1: str, actor2: str) -> None:
    doc = run(text)
    assert [(e.actor1, e.actor2) for e in doc.events] == [(actor1, actor2)]


def test_place_named_like_an_organisation_is_no_actor() -> None:
    text = "وشن الطيران غارات على مستشفى الشفاء في تعز أمس."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "مستشفى الشفاء"), "ORG"))
    got = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert got == ["الطيران"]


@pytest.mark.parametrize("text,actor1,actor2", [
    pytest.param("وقتل شرطي بنيران مسلحين في عدن أمس.", "مسلحين", "شرطي", id="killed-by-fire-of"),
    pytest.param("واختطف مسلحون مجهولون ثلاثة صحفيين في عدن أمس.", "مسلحون", "صحفيين", id="unknown-gunmen"),
])
def test_shooters_and_the_shot(text: str, actor1: str, actor2: str) -> None:
    doc = run(text)
    assert [(e.actor1, e.actor2) for e in doc.events] == [(actor1, actor2)]


@pytest.mark.parametrize("text,actor1,actor2", [
    pytest.param("ونفذت طائرات أمريكية مسيرة غارة على سيارة تقل عناصر من حركة الشباب في عدن.", "طائرات",
                 "حركة الشباب", id="subject-of-the-light-verb"),
    pytest.param("وقصفت المدفعية التركية مواقع لحزب العمال الكردستاني في حلب.", "المدفعية التركية",
                 "حزب العمال الكردستاني", id="artillery-as-the-force"),
])
def test_noun_triggers_and_forces(text: str, actor1: str, actor2: str) -> None:
    doc = run(text)
    assert [(e.actor1, e.actor2) for e in doc.events] == [(actor1, actor2)]


def test_entity_behind_a_conjunction_joins_the_phrase() -> None:
    text = "وقصفت مليشيات الحوثي وصالح أحياء في تعز أمس."
    doc = build(text)
    sp = _find(text, "وصالح")
    doc.entities.append(EntityMention(Span(sp.start + 1, sp.end, "صالح"), "PER"))
    got = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert got == ["مليشيات الحوثي وصالح"]


@pytest.mark.parametrize("text,actors", [
    pytest.param("سيطرت المقاومة الشعبية على مواقع الحوثيين في عدن أمس. وتدور اشتباكات عنيفة في تعز.",
                 (None, None), id="ongoing-fighting-names-no-side"),
    pytest.param("سيطرت المقاومة الشعبية على مواقع الحوثيين في عدن أمس. وتدور اشتباكات بين الطرفين في تعز.",
                 ("المقاومة الشعبية", "الحوثيين"), id="ongoing-between-the-two-sides"),
    pytest.param("سيطرت المقاومة الشعبية على مواقع الحوثيين في عدن أمس. واندلعت اشتباكات عنيفة في تعز.",
                 ("المقاومة الشعبية", "الحوثيين"), id="broke-out-takes-the-sides-named-near"),
])
def test_battle_naming_no_side(text: str, actors: tuple) -> None:
    doc = run(text)
    clash = [(e.actor1, e.actor2) for e in doc.events if e.subtype == "Armed clash"]
    assert clash == [actors]


@pytest.mark.parametrize("text,dropped", [
    pytest.param("وقاتلت جبهة النصرة، ذراع تنظيم القاعدة في سوريا، مقاتلين في حلب.", "تنظيم القاعدة", id="arm-of"),
    pytest.param("وحاصر الجيش مقاتلي حركة الشباب التي بايعت مؤخرا تنظيم داعش في عدن.", "تنظيم داعش",
                 id="pledged-allegiance"),
])
def test_group_a_qualifier_names_is_no_party(text: str, dropped: str) -> None:
    doc = make_doc(text)
    got = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert got and dropped not in got


@pytest.mark.parametrize("text,phrases", [
    pytest.param("وهاجمت جبهة النصرة، والجيش الحر مواقع النظام في حلب.",
                 ["جبهة النصرة، والجيش الحر", "النظام"], id="list-with-commas"),
    pytest.param("ودارت اشتباكات بين المقاومة المدعومة بالطيران، والحوثيين في تعز.",
                 ["المقاومة المدعومة", "الطيران", "الحوثيين"], id="between-parts-the-sides"),
])
def test_comma_before_the_and_of_a_list(text: str, phrases: list[str]) -> None:
    doc = make_doc(text)
    got = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert got == phrases


def test_armed_men_from_a_named_group_are_one_actor() -> None:
    text = "وقتل جنديان في هجوم نسب إلى متمردين من حزب العمال الكردستاني في حلب."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "حزب العمال الكردستاني"), "ORG",
                                      canonical="حزب العمال الكردستاني", actor_category="Rebel group"))
    got = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert got == ["متمردين من حزب العمال الكردستاني"]


def test_agent_of_the_event_before_is_not_this_events() -> None:
    doc = run("وتعرضت قرى في حلب لقصف عنيف بعد هجوم شنته المعارضة على مواقع الجيش.")
    shelling = [e for e in doc.events if e.subtype == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0].actor1 != "المعارضة"


def test_who_claims_responsibility_is_actor1() -> None:
    text = "وأعلنت الجبهة مسؤوليتها عن تفجير انتحاري في عدن أمس."
    doc = build(text)
    doc.claims.append(Claim(cue=_find(text, "وأعلنت"), content=_find(text, "عن تفجير انتحاري في عدن أمس"),
                            speaker=_find(text, "الجبهة")))
    extract_events(doc)
    assert [e.actor1 for e in doc.events] == ["الجبهة"]


@pytest.mark.parametrize("text,actors", [
    pytest.param("وكان قائد الحوثيين قتل في معارك مع المقاومة الشعبية في تعز.", ("المقاومة الشعبية", "الحوثيين"),
                 id="killed-in-battles-with"),
    pytest.param("وسقط عشرات القتلى في مواجهات أمس مع المقاومة الشعبية في تعز.", ("المقاومة الشعبية", None),
                 id="fell-in-clashes-with"),
])
def test_side_fought_with_is_actor1(text: str, actors: tuple) -> None:
    doc = run(text)
    assert [(e.actor1, e.actor2) for e in doc.events if e.subtype == "Armed clash"] == [actors]


def test_person_reporting_is_no_party_to_a_possessive_masdar() -> None:
    text = "وقال مدير المرصد رامي عبدالرحمن إن طائرة حربية تحطمت أثناء قصفها حيا في حلب."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "رامي عبدالرحمن"), "PER"))
    doc.claims.append(Claim(cue=_find(text, "وقال"), content=_find(text, "طائرة حربية تحطمت أثناء قصفها حيا في حلب"),
                            speaker=_find(text, "مدير المرصد رامي عبدالرحمن")))
    extract_events(doc)
    strikes = [e for e in doc.events if e.subtype == "Air/drone strike"]
    assert [e.actor1 for e in strikes] == ["طائرة حربية"]


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وخاب أمل الانتحاري في تفجير المسجد في عدن أمس.", "الانتحاري", id="bomber-named-alone"),
    pytest.param("وقتل 5 في التفجير الانتحاري في عدن أمس.", None, id="adjective-is-no-bomber"),
    pytest.param("ارتفع عدد ضحايا الهجوم على المسجد في عدن إلى 20 قتيلا أمس. وكان انتحاري فجر نفسه خلال الصلاة "
                 "في المسجد.", "انتحاري", id="subject-before-the-verb-in-another-telling"),
    pytest.param("وقع الانفجار داخل مسجد في عدن أثناء الصلاة أمس. وسقط المصلون ضحية تفجير انتحاري نفسه داخل "
                 "المسجد.", "انتحاري", id="subject-of-a-verbal-noun-with-its-self-object"),
    pytest.param("قتل ستة جنود في عدن أمس. وقالت الشرطة إنهم قتلوا في هجوم انتحاري استهدف نقطة تفتيش.", None,
                 id="adjective-before-a-relative-verb-is-no-bomber"),
    pytest.param("وقتل 5 في عدن أمس في الهجمات والعمليات الانتحارية.", None, id="adjective-after-a-conjoined-noun"),
])
def test_suicide_bomber_noun_is_actor1(text: str, actor1: str | None) -> None:
    doc = run(text)
    assert [e.actor1 for e in doc.events if e.subtype == "Suicide bomb"] == [actor1]


def test_short_name_in_brackets_joins_the_group() -> None:
    text = "وشنت طائرات إسرائيلية غارة على معسكر لحركة المقاومة الإسلامية (حماس) في حلب."
    doc = build(text)
    for name in ("حركة المقاومة الإسلامية", "حماس"):
        doc.entities.append(EntityMention(_find(text, name), "ORG", canonical="حماس", actor_category="Rebel group"))
    got = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert got[-1] == "حركة المقاومة الإسلامية (حماس)"


def test_owner_of_a_building_is_no_doer() -> None:
    doc = run("وقتل 15 شخصا قرب أكاديمية الشرطة في هجوم بشاحنة مفخخة في عدن أمس.")
    assert doc.events and all(e.actor1 != "الشرطة" for e in doc.events)


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وقتل 20 مسلحا في الغارات الجوية التركية على مواقع في حلب أمس.", "تركيا", id="definite-nisba"),
    pytest.param("وقتل 3 مدنيين في غارة إسرائيلية على منزل في حلب أمس.", "إسرائيل", id="indefinite-nisba"),
    pytest.param("وقتل 4 مسلحين في الغارات السعودية على مواقع في تعز أمس.", "السعودية",
                 id="nisba-of-a-country-ending-in-iyya"),
    pytest.param("وقتل 20 مسلحا في الغارات الجوية على مواقع في حلب أمس.", None, id="no-nisba"),
])
def test_country_nisba_after_a_strike_names_actor1(text: str, actor1: str | None) -> None:
    doc = run(text)
    assert [e.actor1 for e in doc.events if e.subtype == "Air/drone strike"] == [actor1]


def test_protesters_counted_at_another_mention() -> None:
    doc = run("واعتقلت السلطات قريب الرئيس بعد احتجاجات في حلب أمس. وشارك مئات السوريين في احتجاج في حلب أمس.")
    assert [e.actor1 for e in doc.events if e.type == "Protests"] == ["السوريين"]


@pytest.mark.parametrize("text,phrase", [
    pytest.param("وقصفت الطائرات مواقع مليشيات الحوثيين والمخلوع صالح في تعز.", "مليشيات الحوثيين والمخلوع صالح",
                 id="epithet-before-the-name"),
    pytest.param("وقتل قائد الحوثيين والد صالح في تعز.", "الحوثيين", id="a-noun-with-waw-is-no-conjunction"),
])
def test_title_between_and_and_a_person(text: str, phrase: str) -> None:
    doc = build(text)
    sp = _find(text, "صالح")
    doc.entities.append(EntityMention(sp, "PER"))
    got = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert phrase in got


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وارتكبت الميليشيات الحوثية مجزرة في عدن بعدما أمطرت الحي بقذائف الهاون ما أدى إلى مقتل 43 مدنيا.",
                 "الميليشيات الحوثية", id="subject-of-the-sentence"),
    pytest.param("وللحوثيين مواقع قرب الحي الذي أمطر بقذائف الهاون ما أدى إلى مقتل 43 مدنيا في عدن.", None,
                 id="group-with-a-preposition"),
])
def test_strike_takes_the_armed_subject_of_its_sentence(text: str, actor1: str | None) -> None:
    doc = run(text)
    assert [e.actor1 for e in doc.events if e.type == "Explosions/Remote violence"] == [actor1]


def test_indefinite_attack_noun_of_a_known_group() -> None:
    text = "وتسبب قصف مدفعي لتنظيم داعش في مقتل 12 شخصا في عدن أمس."
    doc = build(text)
    sp = _find(text, "تنظيم داعش")
    doc.entities.append(EntityMention(sp, "ORG", canonical="تنظيم داعش", actor_category="Rebel group"))
    extract_events(doc)
    assert [e.actor1 for e in doc.events] == ["تنظيم داعش"]


@pytest.mark.parametrize("text,actor2", [
    pytest.param("وسيطرت المعارضة على مواقع في عدن. وقصفت قوات النظام الحي في تعز ما أدى إلى مقتل 12 شخصا.",
                 None, id="people-counted-are-no-side"),
    pytest.param("وقصفت قوات النظام الحي في تعز بعد أن سيطرت عليه المعارضة ما أدى إلى مقتل 12 مسلحا.",
                 "المعارضة", id="fighters-counted-are-the-other-side"),
    pytest.param("وسيطرت المعارضة على مواقع في عدن. وقصفت قوات النظام الحي في تعز ما أدى إلى مقتل 12 مسلحا.",
                 "مسلحا", id="the-other-side-told-in-another-sentence-the-dead-stand"),
])
def test_strike_other_side_and_a_toll_of_people(text: str, actor2: str | None) -> None:
    doc = run(text)
    assert [e.actor2 for e in doc.events if e.type == "Explosions/Remote violence"] == [actor2]


@pytest.mark.parametrize("text,phrase", [
    pytest.param("وكان من بين الذين اعتقلهم الحوثيون الوزير السابق في صنعاء.", "الحوثيون", id="title-starts-a-person"),
    pytest.param("وقصفت قوات الرئيس المخلوع أحياء في تعز.", "قوات الرئيس المخلوع", id="title-governed-by-a-head"),
])
def test_title_after_a_definite_group(text: str, phrase: str) -> None:
    doc = make_doc(text)
    got = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert phrase in got


@pytest.mark.parametrize("text,actor2", [
    pytest.param("وسيطرت المعارضة على مواقع في عدن. وقصفت قوات النظام، السبت حي الشهداء السكني في تعز.", None,
                 id="residential-quarter"),
    pytest.param("وقصفت قوات النظام، السبت مواقع في تعز تسيطر عليها المعارضة.", "المعارضة",
                 id="positions-are-the-other-side"),
])
def test_strike_on_a_civilian_place_takes_no_side(text: str, actor2: str | None) -> None:
    doc = run(text)
    assert [e.actor2 for e in doc.events if e.type == "Explosions/Remote violence"] == [actor2]


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وقتل شرطي في هجوم نفذه ملثمون في عدن أمس.", "ملثمون", id="unknown-noun-after-the-cue"),
    pytest.param("ووقع حادث إطلاق النار الذي تبنته مجموعة يسارية متطرفة على القنصلية في عدن.",
                 "مجموعة يسارية متطرفة", id="noun-and-its-adjectives"),
    pytest.param("وأصيب ثلاثة أشخاص في هجوم على مقهى نفذه مسلح في عدن أمس.", "مسلح", id="one-gunman"),
    pytest.param("وقتل شاب أعزل برصاص شرطي أبيض في عدن العام الماضي.", "شرطي أبيض", id="one-policeman"),
])
def test_agent_described_after_a_cue(text: str, actor1: str) -> None:
    doc = run(text)
    assert [e.actor1 for e in doc.events] == [actor1]


def test_object_of_an_earlier_event_word_is_no_subject_of_a_plural_verb() -> None:
    doc = run("وتمكن المقاتلون من طرد الحوثيين من عدن الشهر الماضي واتجهوا شمالا واستعادوا السيطرة على شقرة أمس.")
    took = [e for e in doc.events if e.place is not None and e.place.name == "Shuqrah"]
    assert took and took[0].actor1 == "المقاتلون"


def test_site_named_in_quotes_is_no_actor() -> None:
    text = 'وقصف طيران التحالف موقع "الصمود" العسكري في تعز أمس.'
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "الصمود"), "ORG"))
    got = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert got == ["طيران التحالف"]


def test_strategic_development_has_one_side() -> None:
    doc = run("وقالت مصادر إن تعزيزات عسكرية جديدة للحوثيين وصلت إلى تعز أمس.")
    other = [(e.actor1, e.actor2) for e in doc.events if e.type == "Strategic developments"]
    assert other and all(a2 is None for _a1, a2 in other) and other[0][0] == "الحوثيين"


@pytest.mark.parametrize("text,actor2", [
    pytest.param("واشتبكت المقاومة الشعبية مع الحوثيين في عدن أمس. وكان الحوثيون سيطروا على تعز في مارس 2015.",
                 None, id="background-takes-no-side"),
    pytest.param("واشتبكت المقاومة الشعبية مع الحوثيين في عدن أمس. وسيطر الحوثيون على تعز أمس.",
                 "المقاومة الشعبية", id="today-takes-the-other-side"),
])
def test_background_territory_change_takes_no_side(text: str, actor2: str | None) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    took = [e.actor2 for e in doc.events if e.subtype == "Non-state actor overtakes territory"]
    assert took == [actor2]


@pytest.mark.parametrize("text,name,label", [
    pytest.param("وقتل 20 في تفجير انتحاري استهدف مسجد الصادق في عدن.", "الصادق", "ORG", id="one-word-name-of-a-mosque"),
    pytest.param("وقتل 20 في تفجير «الصادق» في عدن.", "الصادق", "PER", id="quoted-right-after-the-attack"),
])
def test_name_of_the_place_attacked_is_no_actor(text: str, name: str, label: str) -> None:
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, name), label))
    assert [a.text for a in actor_phrases(doc, TokenView(doc))] == []


@pytest.mark.parametrize("text,actors", [
    pytest.param("وتعرض مقر حزب الإصلاح في عدن لاعتداء مسلح أمس.", (None, "حزب الإصلاح"), id="what-underwent-is-the-target"),
    pytest.param("وتعرضت قرى تحت سيطرة المعارضة في حلب لقصف عنيف أمس.", (None, "المعارضة"), id="who-holds-what-underwent"),
])
def test_undergo_names_the_target(text: str, actors: tuple) -> None:
    doc = build(text)
    name = actors[1]
    doc.entities.append(EntityMention(_find(text, name), "ORG", canonical=name, actor_category="Rebel group"))
    extract_events(doc)
    assert [(e.actor1, e.actor2) for e in doc.events] == [actors]


def test_victim_right_after_an_attack_beats_a_target_farther_on() -> None:
    doc = run("وأثار حرق الرضيع الفلسطيني من قبل مستوطنين في حلب غضبا واسعا ضد القوات الإسرائيلية.")
    attacks = [(e.actor1, e.actor2) for e in doc.events if e.subtype == "Attack"]
    assert attacks == [("مستوطنين", "الرضيع الفلسطيني")]


@pytest.mark.parametrize("text", [
    pytest.param("وأصيب ثلاثة جنود في انفجار وقع اليوم الاثنين أمام مبنى المحكمة في عدن.", id="weekday-figure"),
    pytest.param("وذكر التقرير أن انفجار القنبلة في المدينة وقع في 6 أغسطس 1945.", id="day-of-month"),
])
def test_a_figure_of_a_date_counts_no_victims(text: str) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 10)))
    bombs = [e for e in doc.events if e.type == "Explosions/Remote violence"]
    assert bombs and all(e.actor2 not in ("أمام", "أغسطس") for e in bombs)


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وشنت طائرات التحالف العربي لدعم الشرعية غارات على مواقع للحوثيين في تعز أمس.",
                 "طائرات التحالف العربي", id="coalition-to-support"),
    pytest.param("واستفاد المقاتلون من دعم طائرات التحالف التي شنت غارات على مواقع الحوثيين في تعز أمس.",
                 "طائرات التحالف", id="bare-support-names-the-supporter"),
])
def test_the_side_a_force_comes_to_support_is_no_doer(text: str, actor1: str) -> None:
    strikes = [e.actor1 for e in run(text).events if e.subtype == "Air/drone strike"]
    assert strikes == [actor1]


@pytest.mark.parametrize("text,actor2", [
    pytest.param("وقال مصدر إن 11 مدنيا قتلوا في تفجير انتحاري في عدن أمس.", "مدنيا", id="killed-figure-first"),
    pytest.param("وقالت الشرطة إن ثلاثة جنود أصيبوا في انفجار عبوة ناسفة في عدن أمس.", "جنود", id="injured-figure-first"),
])
def test_victims_counted_before_their_verb(text: str, actor2: str) -> None:
    bombs = [e.actor2 for e in run(text).events if e.type == "Explosions/Remote violence"]
    assert bombs == [actor2]


@pytest.mark.parametrize("first,crowd", [
    pytest.param("تظاهر مئات الأشخاص في عدن السبت للتنديد بالغارات التي يشنها الجيش على المسلحين.", "الأشخاص",
                 id="after"),
    pytest.param("شارك مئات الأشخاص السبت في مسيرة في عدن للتنديد بالغارات.", "الأشخاص", id="before"),
])
def test_people_counted_at_a_protest_are_its_protesters(first: str, crowd: str) -> None:
    # "تظاهر مئات الأشخاص": a crowd is named by its number, even as plain people; the protesters named
    # later ("وردد المتظاهرون") are the same crowd, named less closely
    text = first + " وردد المتظاهرون هتافات ضد الحرب."
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 9)))
    assert [e.actor1 for e in doc.events if e.type == "Protests"] == [crowd]


@pytest.mark.parametrize("text,actors", [
    pytest.param("وقالت الوزارة إن ضابطي شرطة ومجندا أصيبوا في انفجار وقع أمس أمام محكمة في عدن.",
                 (None, "شرطة"), id="wounded-before-the-blast"),
    pytest.param("وقال مصدر إن المسلحين قتلوا خمسة جنود في هجوم على حاجز في عدن أمس.",
                 ("المسلحين", "جنود"), id="killing-verb-with-an-object-keeps-its-doer"),
])
def test_actor_a_casualty_verb_follows_is_the_victim(text: str, actors: tuple) -> None:
    doc = run(text)
    assert [(e.actor1, e.actor2) for e in doc.events][:1] == [actors]


def test_the_responsibility_word_is_no_claimant() -> None:
    doc = run("وسبق للجماعة أن أعلنت مسؤوليتها عن هجمات على تمركزات أمنية في عدن أمس.")
    assert doc.events and all(e.actor1 != "مسؤوليتها" for e in doc.events)


def test_a_shelled_quarter_takes_no_other_side() -> None:
    text = ("واشتبكت المقاومة الشعبية مع الحوثيين في تعز. "
            "وفي عدن، قصف الحوثيون بقذائف الهاون حي الدمينة ما أدى إلى سقوط جرحى.")
    shelling = [(e.actor1, e.actor2) for e in run(text).events if e.subtype == "Shelling/artillery/missile attack"]
    assert shelling == [("الحوثيون", None)]


@pytest.mark.parametrize("text,speaker,name", [
    pytest.param("وأبلغ مصدر محلي (الوطن) أن اشتباكات عنيفة تدور في عدن.", "مصدر محلي (الوطن)", "الوطن",
                 id="outlet-in-brackets"),
    pytest.param("وأوضح اللواء الحربي أن المسلحين هاجموا حاجزا في عدن.", "اللواء الحربي", "الحربي",
                 id="speaker-surname"),
])
def test_a_name_inside_a_speakers_phrase_is_no_actor(text: str, speaker: str, name: str) -> None:
    doc = build(text)
    sp = _find(text, speaker)
    doc.claims.append(Claim(cue=Span(sp.start, sp.start, ""), content=Span(sp.end + 4, len(text) - 1,
                                                                            text[sp.end + 4:len(text) - 1]), speaker=sp))
    doc.entities.append(EntityMention(_find(text, name), "ORG" if "(" in speaker else "PER"))
    assert name not in [a.text for a in actor_phrases(doc, TokenView(doc))]


def test_a_named_armed_group_inside_a_speakers_phrase_stays() -> None:
    text = "وقال المتحدث باسم داعش إن التنظيم هاجم حاجزا في عدن."
    doc = build(text)
    sp = _find(text, "المتحدث باسم داعش")
    doc.claims.append(Claim(cue=Span(sp.start, sp.start, ""), content=_find(text, "التنظيم هاجم حاجزا في عدن"),
                            speaker=sp))
    doc.entities.append(EntityMention(_find(text, "داعش"), "ORG", canonical="داعش", actor_category="Rebel group"))
    assert "داعش" in [a.text for a in actor_phrases(doc, TokenView(doc))]


@pytest.mark.parametrize("text,latter", [
    pytest.param("وهاجم المسلحون حاجزا للجيش في عدن، ورد الأخير بقصف مواقعهم.", True, id="the-latter"),
    pytest.param("وقال المسلحون إن للأحداث الأخيرة صلة بهجوم على حاجز في عدن.", False, id="adjective-after-clitic"),
    pytest.param("وقال المسلحون إن بالمواجهات الأخيرة قتل جنود في عدن.", False, id="adjective-after-preposition"),
])
def test_the_latter_only_as_a_noun(text: str, latter: bool) -> None:
    doc = build(text)
    got = [a for a in actor_phrases(doc, TokenView(doc)) if a.span.text.endswith(("الأخير", "الأخيرة"))]
    assert bool(got) == latter


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وشهدت تركيا أمس تفجير انتحاري في عدن.", None, id="the-country-hosting-it"),
    pytest.param("وقتل عشرة من منسوبي قوات الطوارئ الخاصة في تفجير انتحاري استهدف مسجدا في عدن.", None,
                 id="the-forces-hit"),
    pytest.param("وقتل ثلاثة من قوات الأمن في انفجار عبوة ناسفة زرعها مسلحون في عدن.", "مسلحون",
                 id="the-group-that-planted-it"),
])
def test_a_bombing_is_no_states(text: str, actor1: str | None) -> None:
    doc = run(text)
    bombs = [e for e in doc.events if e.subtype in ("Suicide bomb", "Remote explosive/landmine/IED")]
    assert [e.actor1 for e in bombs] == [actor1]


@pytest.mark.parametrize("text", [
    pytest.param("واعتقلت قوات حرس الحدود خمسة مهربين قرب عدن.", id="border-guards"),
    pytest.param("وقتل عشرة من قوات الطوارئ في هجوم مسلحين على حاجز في عدن.", id="emergency-forces"),
])
def test_security_units_are_state_forces(text: str) -> None:
    doc = build(text)
    assert [a.category for a in actor_phrases(doc, TokenView(doc))][:1] == ["state"]


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وقتل 4 حوثيين وأصيب اثنان آخران بعد هجوم للمقاومة بقذيفة صاروخية على نقطة في عدن.", "المقاومة",
                 id="counted-dead-did-not-shell"),  # the attacker before the weapon did
    pytest.param("وقتل 4 حوثيين في اشتباكات، وتعرضت مواقعهم لقصف بالصواريخ في عدن.", None,
                 id="counted-dead-are-no-subject"),
])
def test_the_counted_dead_are_no_doers(text: str, actor1: str | None) -> None:
    doc = run(text)
    assert [e.actor1 for e in doc.events if e.type == "Explosions/Remote violence"] == [actor1]


def test_an_attacker_with_lam_before_a_weapon_and_a_target() -> None:
    doc = build("وقتل 4 حوثيين بعد هجوم للمقاومة بقذيفة صاروخية على نقطة في عدن.")
    v = TokenView(doc)
    ti = [t.span.text for t in v.tokens].index("هجوم")
    a1, _a2 = choose_actors(v, actor_phrases(doc, v), ti, ti + 1, 0, len(v.tokens))
    assert a1 is not None and a1.text == "المقاومة"


def test_bomb_disposal_experts_are_the_state() -> None:
    doc = run("وأبطل خبراء المتفجرات مفعول عبوة ناسفة في عدن.")
    assert [(e.subtype, e.actor1) for e in doc.events] == [("Disrupted weapons use", "خبراء المتفجرات")]


def test_dozens_counted_may_still_be_the_subject() -> None:
    doc = run("وأكدت مصادر أن عشرات الحوثيين فروا من معسكر في عدن.")
    assert [e.actor1 for e in doc.events] == ["الحوثيين"]


@pytest.mark.parametrize("text,name", [
    pytest.param("وكان أبرزها الهجوم على متحف الفنون في عدن الذي أدى إلى مقتل 22 شخصا.", "الفنون", id="museum"),
    pytest.param("وقتل 38 شخصا في الهجوم على منتجع النخيل في عدن.", "النخيل", id="resort"),
])
def test_a_name_after_a_building_noun_is_no_actor(text: str, name: str) -> None:
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, name), "ORG"))
    extract_events(doc)
    assert all(name not in (e.actor2 or "") for e in doc.events)


@pytest.mark.parametrize("victim,actor1", [
    pytest.param("تنظيم داعش", None, id="a-rebel-group-flies-no-strike"),
    pytest.param("طيران التحالف", "طيران التحالف", id="aircraft-stay"),
])
def test_an_air_strikes_doer_is_no_rebel_group(victim: str, actor1: str | None) -> None:
    text = f"وقالت مصادر إن {victim} قتل في غارة على عدن."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "تنظيم داعش" if "داعش" in victim else victim), "ORG",
                                      canonical="داعش" if "داعش" in victim else None,
                                      actor_category="Rebel group" if "داعش" in victim else None))
    v = TokenView(doc)
    actors = actor_phrases(doc, v)
    a = next(x for x in actors if x.text == victim)
    ev = Event(type="Explosions/Remote violence", subtype="Air/drone strike", trigger=_find(text, "غارة"),
               actor1=a.text, evidence={"actor1": [a.span]})
    fill_actors(doc, v, actors, [ev])
    assert ev.actor1 == actor1


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وتعرضت قرية في عدن أمس لمقذوفات حوثية دون وقوع إصابات.", "الحوثيين", id="a-groups-nisba"),
    pytest.param("وسقطت قذائف انقلابية على حي في عدن.", "الانقلابيين", id="another-groups-nisba"),
    pytest.param("وشنت طائرات غارة في عدن أسفرت عن مقتل 3 مسلحين.", None, id="no-nisba"),
])
def test_a_groups_nisba_after_a_strike_noun_names_the_doer(text: str, actor1: str | None) -> None:
    doc = run(text)
    assert [e.actor1 for e in doc.events if e.subtype == "Shelling/artillery/missile attack"] \
        == ([actor1] if actor1 else [])


@pytest.mark.parametrize("text,names", [
    pytest.param("وقتل 13 متمردا من الحوثي ومقاتلي صالح في مواجهات في عدن.", ["الحوثي ومقاتلي صالح"],
                 id="construct-head-and-an-unknown-name"),
    pytest.param("وقتل عناصر كثيرون في عدن.", ["عناصر"], id="an-indefinite-head-stays-alone"),
    pytest.param("وقتل مقاتلي 3 فصائل في عدن.", ["مقاتلي", "فصائل"], id="not-over-a-number"),
])
def test_a_head_in_the_construct_state_takes_its_genitive(text: str, names: list[str]) -> None:
    doc = build(text)
    assert [a.text for a in actor_phrases(doc, TokenView(doc))] == names


def test_a_phrase_ends_before_a_time_word() -> None:
    text = "وقتل أربعة أشخاص بينهم عسكريان ومقاتلو الجمعة في هجوم على فندق في عدن."
    doc = build(text)
    doc.times.append(TimeMention(_find(text, "الجمعة"), "2015-08-07", "day", "test"))
    assert all("الجمعة" not in a.text for a in actor_phrases(doc, TokenView(doc)))


@pytest.mark.parametrize("text,name", [
    pytest.param("وهاجمت امرأتان مسلحتان أمس حاجزا في عدن.", "مسلحتان", id="dual-feminine"),
    pytest.param("وأطلق ملثمون النار على حاجز في عدن.", "ملثمون", id="masked-men"),
])
def test_armed_men_counted_two_or_masked_are_actors(text: str, name: str) -> None:
    doc = build(text)
    assert name in [a.text for a in actor_phrases(doc, TokenView(doc))]


def test_one_aircraft_flies_a_strike() -> None:
    doc = run("كما قصفت طائرة أخرى موقعا للحوثيين في عدن.")
    assert [(e.subtype, e.actor1) for e in doc.events] == [("Air/drone strike", "طائرة")]


@pytest.mark.parametrize("text,actor1,actor2", [
    pytest.param("وسيطرت عليها قوات النظام أمس بعد معارك في عدن.", "قوات النظام", None,
                 id="pronoun-object-then-subject"),
    pytest.param("واستولى عليه المسلحون بعد معارك في عدن.", "المسلحون", None, id="masculine-pronoun-object"),
])
def test_a_target_word_with_a_pronoun_is_no_target_marker(text: str, actor1: str | None,
                                                          actor2: str | None) -> None:
    doc = run(text)
    assert (doc.events[0].actor1, doc.events[0].actor2) == (actor1, actor2)


def test_an_object_after_a_time_and_a_title() -> None:
    text = "وأعدم تنظيم داعش أمس الشيخ نجم الدين الفلاني، إمام مسجد في عدن."
    doc = build(text)
    doc.times.append(TimeMention(_find(text, "أمس"), "2015-08-05", "day", "test"))
    doc.entities.append(EntityMention(_find(text, "تنظيم داعش"), "ORG", canonical="داعش", actor_category="Rebel group"))
    doc.entities.append(EntityMention(_find(text, "الدين الفلاني"), "PER"))
    extract_events(doc)
    assert [(e.actor1, e.actor2) for e in doc.events] == [("تنظيم داعش", "الشيخ نجم الدين الفلاني")]


def test_a_title_after_a_group_name_starts_a_person() -> None:
    doc = build("وأعدم تنظيم داعش الشيخ فلان في عدن.")
    assert "تنظيم داعش" in [a.text for a in actor_phrases(doc, TokenView(doc))]


def test_a_place_head_begins_no_organisation() -> None:
    text = "وفجر مسلحون مسجد ناحية الفلانية في عدن."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "ناحية الفلانية"), "ORG"))
    assert "ناحية الفلانية" not in [a.text for a in actor_phrases(doc, TokenView(doc))]


@pytest.mark.parametrize("text,name", [
    pytest.param("وقتل جندي في اشتباكات مع مسلحي داعش في عدن.", "مسلحي داعش", id="plural-construct-and-group"),
    pytest.param("وهاجم مسلحو الحوثي حاجزا في عدن.", "مسلحو الحوثي", id="nominative-construct"),
    pytest.param("وقال المرصد إن الجيش السوري ألقى براميل على عدن.", "الجيش السوري", id="hamza-verb-is-no-adjective"),
])
def test_phrase_bounds(text: str, name: str) -> None:
    doc = build(text)
    assert name in [a.text for a in actor_phrases(doc, TokenView(doc))]


def test_the_side_fought_after_with_and_a_construct_head() -> None:
    doc = run("وقتل جندي أمس في صدام مسلح مع متطرفي داعش في عدن.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("داعش", "جندي")]


_NEUTRAL = ("وتناول الاجتماع قضايا التعليم والصحة والمياه في المحافظات الجنوبية، وأكد المشاركون أهمية دعم "
            "المدارس والمستشفيات وتحسين الخدمات العامة في المدن والقرى. ")


@pytest.mark.parametrize("gap,actor2", [
    pytest.param(0, None, id="other-side-in-the-sentence-before"),
    pytest.param(3, None, id="other-side-three-sentences-away"),
])
def test_the_other_side_is_sought_near_the_trigger(gap: int, actor2: str | None) -> None:
    doc = run("وقال مسؤول إن الحوثيين يحشدون مقاتليهم. " + _NEUTRAL * gap + "وشن الطيران غارات على مواقع في تعز أمس.")
    strikes = [e.actor2 for e in doc.events if e.subtype == "Air/drone strike"]
    assert strikes == [actor2]


@pytest.mark.parametrize("text,actor2", [
    pytest.param("واعتقلت الشرطة خلية إرهابية في عدن.", "خلية إرهابية", id="indefinite-cell"),
    pytest.param("وأوقفت الشرطة امرأة في عدن.", "امرأة", id="a-noun-no-lexicon-knows"),
    pytest.param("وأوقفت الشرطة إحداهما في عدن.", None, id="one-of-them-is-named-elsewhere"),
    pytest.param("واعتقلت الشرطة في عدن عشرة.", None, id="no-preposition-or-number"),
    pytest.param("وكانت الشرطة ألقت القبض على السائق في عدن.", "السائق", id="definite-noun-after-a-phrasal-verb"),
    pytest.param("وكانت الشرطة ألقت القبض على بالسائق في عدن.", None, id="a-preposition-before-the-article"),
])
def test_the_bare_object_of_an_arrest(text: str, actor2: str | None) -> None:
    doc = run(text)
    assert [(e.subtype, e.actor2) for e in doc.events] == [("Arrests", actor2)]


def test_one_group_named_twice_in_other_words_is_no_target() -> None:
    ev = Event(type="Explosions/Remote violence", subtype="Shelling/artillery/missile attack",
               trigger=Span(0, 4, "قصف"), actor1="قوات النظام", actor2="حزب الله وقوات النظام")
    doc = build("قصف على عدن.")
    fill_actors(doc, TokenView(doc), [], [ev])
    assert (ev.actor1, ev.actor2) == ("قوات النظام", None)


def test_a_group_head_alone_is_the_group_named_before() -> None:
    text = "وأعلن تنظيم داعش أنه سيواصل القتال. وسيطر التنظيم على عدن أمس بعد معارك."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "تنظيم داعش"), "ORG", canonical="داعش", actor_category="Rebel group"))
    extract_events(doc)
    assert [e.actor1 for e in doc.events if e.type == "Battles"][:1] == ["تنظيم داعش"]


def test_the_attacker_before_a_weapon_trigger() -> None:
    doc = run("وقتل 4 حوثيين بعد هجوم للمقاومة بقذيفة صاروخية على نقطة للحوثيين في تعز.")
    assert [(e.actor1, e.actor2) for e in doc.events if e.subtype == "Shelling/artillery/missile attack"] \
        == [("المقاومة", "الحوثيين")]


def _with_entities(text: str, ents: list[tuple[str, str, str | None]]) -> Doc:
    doc = build(text)
    for name, label, cat in ents:
        doc.entities.append(EntityMention(_find(text, name), label, canonical=name if cat else None,
                                          actor_category=cat))
    doc.entities.sort(key=lambda e: e.span.start)
    extract_events(doc)
    return doc


@pytest.mark.parametrize("text,ents,subtype,actor1,actor2", [
    pytest.param("وكانت الميليشيات قد قامت أمس باختطاف وزير الدفاع سالم العمري من منزله في عدن.",
                 [("سالم العمري", "PER", None)], "Abduction/forced disappearance", "الميليشيات",
                 "وزير الدفاع سالم العمري", id="title-and-its-genitive-before-the-person"),
    pytest.param("وأدان المركز اختطاف الصحفي سالم العمري في عدن أمس.", [("سالم العمري", "PER", None)],
                 "Abduction/forced disappearance", None, "الصحفي سالم العمري", id="a-titled-person-is-no-doer"),
    pytest.param("وأعلنت الشرطة اعتقال الناشط سالم العمري في عدن أمس.", [("سالم العمري", "PER", None)],
                 "Arrests", "الشرطة", "الناشط سالم العمري", id="the-arrested-activist"),
    pytest.param("وكانت الميليشيات قد قامت أمس باختطاف وزير الدفاع سالم العمري ومدير مكتب الرئيس علي الحداد في عدن.",
                 [("سالم العمري", "PER", None), ("علي الحداد", "PER", None)], "Abduction/forced disappearance",
                 "الميليشيات", "وزير الدفاع سالم العمري ومدير مكتب الرئيس علي الحداد", id="titled-persons-joined-by-waw"),
])
def test_a_person_a_seizure_governs_is_seized(text: str, ents: list, subtype: str, actor1: str | None,
                                               actor2: str) -> None:
    doc = _with_entities(text, ents)
    assert [(e.subtype, e.actor1, e.actor2) for e in doc.events] == [(subtype, actor1, actor2)]


@pytest.mark.parametrize("text,ents,actor1", [
    pytest.param("وقتل 3 حوثيين في هجوم للجان المقاومة الشعبية المؤيدة للرئيس سالم العمري، على نقطة للمتمردين "
                 "في تعز أمس.", [("لجان المقاومة الشعبية", "ORG", "Rebel group"), ("سالم العمري", "PER", None)],
                 "لجان المقاومة الشعبية المؤيدة للرئيس سالم العمري", id="group-supporting-a-titled-person"),
    pytest.param("وهاجمت القوات الموالية للرئيس اليمني سالم العمري مواقع الحوثيين في تعز أمس.",
                 [("سالم العمري", "PER", None)], "القوات الموالية للرئيس اليمني سالم العمري",
                 id="lexicon-phrase-ending-in-loyal-and-a-title"),
    pytest.param("وهاجمت القوات الموالية لحكومة العمري مواقع الحوثيين في تعز أمس.", [],
                 "القوات الموالية لحكومة العمري", id="construct-noun-after-lam-governs-a-name"),
    pytest.param("وهاجمت قوات موالية لها مواقع الحوثيين في تعز أمس.", [], "قوات موالية لها",
                 id="a-pronoun-after-lam-governs-nothing"),
])
def test_an_affiliation_and_whom_it_names_are_one_actor(text: str, ents: list, actor1: str) -> None:
    doc = _with_entities(text, ents)
    assert [e.actor1 for e in doc.events] == [actor1]


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وكتب سالم العمري أن تفجير المسجد في تعز أمس عمل جبان.", None, id="a-writer-is-no-bomber"),
    pytest.param("وقتل 5 أشخاص في تفجير انتحاري نفذه سالم العمري في تعز أمس.", "سالم العمري",
                 id="a-person-after-an-agent-cue"),
    pytest.param("وفجر الانتحاري سالم العمري نفسه في مسجد في تعز أمس.", "سالم العمري", id="a-bomber-word-names-him"),
])
def test_a_person_bombs_only_when_told_so(text: str, actor1: str | None) -> None:
    doc = _with_entities(text, [("سالم العمري", "PER", None)])
    assert [e.actor1 for e in doc.events] == [actor1]


def test_an_ally_named_after_a_relative_clause_is_no_target() -> None:
    doc = run("واستعاد التحالف العربي الذي تقوده السعودية والمتحالف مع مقاتلين محليين جانبا كبيرا من تعز أمس.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [
        ("التحالف العربي الذي تقوده السعودية والمتحالف مع مقاتلين محليين", None)]


def test_what_an_actor_is_said_to_be_is_one_actor() -> None:
    doc = run("وقال سكان إن قوات المقاومة الشعبية وهي قوات الحركة الانفصالية المؤيدة للتحالف استولت على حي في عدن أمس.")
    assert [e.actor1 for e in doc.events] == ["قوات المقاومة الشعبية وهي قوات الحركة الانفصالية المؤيدة للتحالف"]


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وقالت مصادر إن هجوما وقع مساء السبت في مدينة حلب شمال البلاد ذات الغالبية العربية ونسب إلى "
                 "تنظيم داعش.", "تنظيم داعش", id="agent-cue-far-past-place-words"),
    pytest.param("وقال القائد إن المقاومة سيطرت على جبل صبر قرب عدن واقتربت من المطار وما تحتاجه هو غطاء جوي من "
                 "قبل قوات التحالف.", "المقاومة", id="a-subject-before-the-verb-stands"),
])
def test_an_agent_cue_far_after_the_event(text: str, actor1: str) -> None:
    doc = build(text)
    if "داعش" in text:
        doc.entities.append(EntityMention(_find(text, "تنظيم داعش"), "ORG", canonical="داعش",
                                          actor_category="Rebel group"))
    extract_events(doc)
    assert [e.actor1 for e in doc.events][:1] == [actor1]


@pytest.mark.parametrize("text,actors", [
    # the side after مع fought (actor1) the side whose dead the toll counts (actor2), as _fought_with reads
    # "قتل فلان في معارك مع مسلحين" (dev's and the stop-22 sets' annotators code it so)
    pytest.param("ففي تعز، قتل 13 وأصيب 85 من ميليشيا الحوثي في مواجهات مع المقاومة الشعبية أمس.",
                 ("المقاومة الشعبية", "ميليشيا الحوثي"), id="the-side-whose-dead-are-counted"),
    pytest.param("ففي تعز، قتل 13 من المقاومة الشعبية في مواجهات مع المقاومة الشعبية أمس.",
                 (None, "المقاومة الشعبية"), id="not-the-side-named-after-maa"),
])
def test_a_battle_toll_names_one_side(text: str, actors: tuple) -> None:
    doc = run(text)
    assert [(e.actor1, e.actor2) for e in doc.events if e.type == "Battles"][:1] == [actors]


@pytest.mark.parametrize("text,actor2", [
    pytest.param("وقتل 38 شخصا غالبيتهم من السياح البريطانيين في هجوم على فندق في عدن أمس.", "السياح البريطانيين",
                 id="most-of-them-from"),
    pytest.param("وقتل 12 شخصا معظمهم مدنيون في هجوم على سوق في عدن أمس.", "مدنيون", id="most-of-them-were"),
])
def test_who_most_of_the_counted_were_names_the_victims(text: str, actor2: str) -> None:
    doc = run(text)
    assert [e.actor2 for e in doc.events] == [actor2]


def test_an_assassinated_title_and_the_man_it_names() -> None:
    # the whole pipeline: the victim is the title the killing word governs, the name is the tagger's
    text = "وعلى صعيد آخر، اغتيل القيادي في حزب المؤتمر (حزب صالح) سالم العمري، برصاص مجهولين بجوار منزله في عدن أمس."
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [(e.actor1, e.actor2) for e in doc.events] == [
        ("مجهولين", "القيادي في حزب المؤتمر (حزب صالح) سالم العمري")]


@pytest.mark.parametrize("text,actor2", [
    pytest.param("وقتل عدد من الحوثيين في محافظة البيضاء أمس، في حين شن طيران التحالف غارات على معاقل المتمردين "
                 "في مأرب.", "الحوثيين", id="the-group-named-before"),
    pytest.param("شن طيران التحالف أمس غارات على مواقع المتمردين في مأرب.", "المتمردين", id="no-group-named"),
    pytest.param("شن طيران التحالف أمس غارات على مواقع المتمردين في مأرب بعد تقدم الحوثيين نحو المدينة.",
                 "المتمردين", id="a-group-named-after-is-no-antecedent"),
])
def test_a_description_of_fighters_is_the_group_named_before(text: str, actor2: str) -> None:
    # the whole pipeline: the entity tagger names the group
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor2 for e in doc.events if e.subtype == "Air/drone strike"] == [actor2]


@pytest.mark.parametrize("text,actors", [
    pytest.param("وقتل 13 من عناصر التمرد إثر مواجهات شرسة مع مقاتلي العشائر في عدن.",
                 ("مقاتلي العشائر", "عناصر التمرد"), id="the-dead-counted-before-the-fighting"),
    pytest.param("وأعلن المركز مقتل خمسة جنود من قوات الجيش الموالي لجماعة الحوثي المسلحة في اشتباكات مع المقاومة "
                 "الشعبية في عدن.", ("المقاومة الشعبية", "قوات الجيش الموالي لجماعة الحوثي المسلحة"),
                 id="the-dead-of-a-long-group"),
])
def test_the_dead_of_a_fight_with_a_side(text: str, actors: tuple) -> None:
    # the side after مع fought the side whose dead the killing word counts, however many words name them
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [(e.actor1, e.actor2) for e in doc.events] == [actors]


@pytest.mark.parametrize("text,actor2", [
    pytest.param("ونفذت الجماعة المسلحة عمليات إعدام ميدانية غير قانونية بحق عدد من مقاتلي العشائر في عدن.",
                 "مقاتلي العشائر", id="bihaqq-marks-whom-it-was-done-to"),
    pytest.param("ونفذت الجماعة المسلحة عمليات إعدام ميدانية غير قانونية ضد عدد من مقاتلي العشائر في عدن.",
                 "مقاتلي العشائر", id="a-target-counted-by-a-quantity"),
])
def test_a_target_marked_past_its_quantity(text: str, actor2: str) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor2 for e in doc.events] == [actor2]


@pytest.mark.parametrize("text,actor2", [
    pytest.param("وقتل 15 شخصا في تفجير مسجد قوات الطوارئ الخاصة في أبها أمس.", "قوات الطوارئ الخاصة",
                 id="the-body-owning-the-mosque"),
    # (a mosque bombed is a suicide bombing, whose target is its people, not the building)
    pytest.param("وقتل 15 شخصا في تفجير مسجد الإمام الصادق في الكويت أمس.", None, id="a-person-naming-it-owns-nothing"),
])
def test_a_bombed_building_is_its_owners(text: str, actor2: str) -> None:
    # the whole pipeline: the building right after a bombing and the body its construct names
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor2 for e in doc.events] == [actor2]


@pytest.mark.parametrize("text,actor2", [
    pytest.param("وأسفرت المواجهات في تعز عن سقوط قتلى من المتمردين الحوثيين. وفي مأرب شن طيران التحالف أمس "
                 "غارات على مواقع المتمردين.", "المتمردين الحوثيين", id="joined-before"),
    pytest.param("شن طيران التحالف أمس غارات على مواقع للمتمردين في مأرب. وقال مصدر إن المتمردون الحوثيون "
                 "يحشدون مقاتليهم.", "المتمردين الحوثيين", id="joined-after-in-another-case"),
    pytest.param("وأسفرت المواجهات في تعز عن سقوط قتلى من المتمردين الحوثيين والمتمردين الجنوبيين. وفي مأرب شن "
                 "طيران التحالف أمس غارات على مواقع المتمردين.", "المتمردين", id="two-nisbas-tell-nothing"),
    pytest.param("وأسفرت المواجهات في تعز عن سقوط قتلى من المسلحين الحوثيين. وفي مأرب شن طيران التحالف أمس "
                 "غارات على مواقع المتمردين.", "المتمردين", id="another-descriptor"),
    pytest.param("وأسفرت المواجهات في تعز عن سقوط قتلى من المتمردين الحوثيين. وفي مأرب شن طيران التحالف أمس "
                 "غارات على مواقع لمتمردين.", "متمردين", id="indefinite-men-not-told-before"),
])
def test_a_descriptor_alone_names_whom_the_report_joins_it_to(text: str, actor2: str) -> None:
    # the whole pipeline: "المتمردين" where the report tells "المتمردين الحوثيين" elsewhere is those men
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor2 for e in doc.events if e.subtype == "Air/drone strike"] == [actor2]


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وتواصل حركة الشباب هجماتها في الصومال. وشن الإرهابيون أمس هجوما على سكان قرية قرب مقديشو "
                 "ما أدى إلى مقتل سبعة أشخاص.", "حركة الشباب", id="the-one-group-named"),
    pytest.param("وتبنت حركة الشباب تفجيرا سابقا، كما قتل عناصر الحركة جنديين. وشن الإرهابيون أمس هجوما على سكان "
                 "قرية قرب مقديشو ما أدى إلى مقتل سبعة أشخاص.", "حركة الشباب", id="one-group-told-several-ways"),
    pytest.param("ويقاتل الجيش حركة الشباب وتنظيم داعش. وشن الإرهابيون أمس هجوما على سكان قرية قرب مقديشو "
                 "ما أدى إلى مقتل سبعة أشخاص.", "الإرهابيون", id="two-groups-tell-nothing"),
    pytest.param("وشن الإرهابيون أمس هجوما على سكان قرية قرب مقديشو ما أدى إلى مقتل سبعة أشخاص.", "الإرهابيون",
                 id="no-group-named"),
])
def test_a_condemning_word_is_the_one_group_the_report_names(text: str, actor1: str) -> None:
    # the whole pipeline: "الإرهابيون" is no actor a coder writes; in a report on one group, its men
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor1 for e in doc.events if e.subtype == "Attack"] == [actor1]


@pytest.mark.parametrize("text,actor2", [
    pytest.param("وتواصلت العمليات فجر الجمعة ضد مشتبهين بالتعاون مع المهاجم في مدينة سوسة حيث اعتقل خمسة أشخاص "
                 "آخرين.", "مشتبهين بالتعاون مع المهاجم", id="operation-against"),
    pytest.param("وواصلت الشرطة حملتها التي تستهدف أنصار الحزب المحظور، وبلغ عدد الذين ألقت الشرطة القبض عليهم "
                 "يوم الأحد 120 شخصا.", "أنصار الحزب المحظور", id="campaign-that-targets"),
    pytest.param("واعتقلت الشرطة أمس 12 شخصا في سوسة.", "شخصا", id="no-operation-named-the-people-counted"),
    pytest.param("واعتقلت الشرطة أمس المصري محمد علي حسن في القاهرة.", "محمد علي حسن",
                 id="person-after-the-nisba-of-their-country"),
])
def test_an_arrest_holds_whom_the_operation_is_against(text: str, actor2: str | None) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor2 for e in doc.events if e.subtype == "Arrests"] == [actor2]


@pytest.mark.parametrize("word,group", [
    pytest.param("حوثيا", "الحوثيين", id="accusative-after-a-number"),
    pytest.param("حوثيين", "الحوثيين", id="plural"),
    pytest.param("انقلابيون", "الانقلابيين", id="another-group"),
    pytest.param("مدنيا", None, id="no-group-nisba"),
    pytest.param("مقاتلي الحوثي", None, id="a-phrase-stands"),
])
def test_the_men_a_group_nisba_counts_are_that_group(word: str, group: str | None) -> None:
    assert _counted_group(word) == group


@pytest.mark.parametrize("text,actor2", [
    pytest.param("وقصف الجيش النيجيري أمس قرية قرب الغابة حيث كانت حركة بوكو حرام تحضر لهجوم.", "بوكو حرام",
                 id="where-the-group-was"),
    pytest.param("وقصف الجيش النيجيري أمس قرية قرب الغابة حيث تقيم عائلات فقيرة.", None, id="where-no-group"),
])
def test_the_group_the_place_hit_shelters(text: str, actor2: str | None) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor2 for e in doc.events if e.type == "Explosions/Remote violence"] == [actor2]


@pytest.mark.parametrize("text,actor1,actor2", [
    pytest.param("وتبنى مسلحو الحزب أمس قتل شرطيين في هجوم قرب الحدود.", "مسلحو الحزب", "شرطيين",
                 id="adopted-killing-names-doer-and-victims"),
    pytest.param("تبنى تنظيم القاعدة في بلاد المغرب قتل 14 جنديا في كمين نصبه جنوب العاصمة.", "تنظيم القاعدة",
                 "جنديا", id="adopted-killing-counted-victims"),
    pytest.param("وتبنت حركة طالبان الهجوم على مركز الشرطة في كابول.", "حركة طالبان", "الشرطة",
                 id="adopted-attack-keeps-its-target"),
    pytest.param("وقال مسؤول إن الحركة شنت هجوما على مركز الشرطة في كابول.", "الحركة", "الشرطة",
                 id="no-verb-of-adoption"),
])
def test_who_adopts_a_deed_did_it(text: str, actor1: str, actor2: str) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert doc.events, text
    assert (doc.events[0].actor1, doc.events[0].actor2) == (actor1, actor2)


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وقتل جنديان في هجوم للحوثيين في مديرية نهم أمس.", "الحوثيين", id="in-an-attack-of"),
    pytest.param("وقتل خمسة من المسلحين في كمين للقوات الموالية للحكومة في منطقة الرضمة.",
                 "القوات الموالية للحكومة", id="in-an-ambush-of-described-forces"),
    pytest.param("وأعلن عن مقتل قائد ميداني بكمين للمقاومة الشعبية في المدينة.", "المقاومة الشعبية",
                 id="by-an-ambush-of"),
])
def test_an_attack_noun_after_a_preposition_and_its_attacker_with_lam(text: str, actor1: str) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor1 for e in doc.events if e.type == "Battles"] == [actor1]


@pytest.mark.parametrize("text,actors", [
    pytest.param("طردت المقاومة الشعبية ميليشيات الحوثيين من مديرية المسراخ بعد معارك عنيفة.",
                 ("المقاومة الشعبية", "ميليشيات الحوثيين"), id="vso"),
    pytest.param("طردت المقاومة الشعبية في تعز (جنوب اليمن) ميليشيات الحوثيين من مديرية المسراخ.",
                 ("المقاومة الشعبية", "ميليشيات الحوثيين"), id="vso-past-a-place-and-an-aside"),
    pytest.param("تمكنت المقاومة من طرد الحوثيين من مدينة الضالع.", ("المقاومة", "الحوثيين"),
                 id="verbal-noun-object"),
])
def test_an_expel_verb_before_its_subject_and_object(text: str, actors: tuple[str, str]) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [(e.actor1, e.actor2) for e in doc.events] == [actors]


@pytest.mark.parametrize("word,kept", [
    pytest.param("دوي", False, id="a-boom"),
    pytest.param("ودوي", False, id="a-boom-after-and"),
    pytest.param("دويك", True, id="a-name"),
])
def test_a_sound_the_tagger_read_as_a_name_is_no_actor(word: str, kept: bool) -> None:
    doc = build(f"وهز انفجار قوي وسط عدن وسمع {word} إطلاق نار في المدينة.")
    doc.entities.append(EntityMention(_find(doc.text, word), "PER"))
    names = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert (word in names) == kept


def test_a_verbal_noun_after_min_takes_no_far_object_as_doer() -> None:
    # "دحر الحوثيين" names the beaten, not who cleansed the villages after "تمكنوا من"
    text = ("وقال مصدر محلي إن المقاومة الشعبية في تعز انتهت من دحر الحوثيين من كل قرى المديرية والتحمت "
            "بالمقاومة في مديرية صبر وتمكنوا من تطهير قرى الجبل من المسلحين الحوثيين.")
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    cleansed = [e for e in doc.events if e.trigger.text == "تطهير"]
    assert [(e.actor1, e.actor2) for e in cleansed] == [("المقاومة الشعبية", "المسلحين الحوثيين")]


def test_the_group_an_arrest_noun_governs_is_held_not_the_doer() -> None:
    doc = Pipeline().run(Article(id="x", text="أعلنت وزارة الداخلية في غزة عن توقيف عناصر يشتبه في ضلوعهم في التفجيرات.",
                                 published=dt.date(2015, 8, 6)))
    held = [e for e in doc.events if e.subtype == "Arrests"]
    assert held and held[0].actor2 == "عناصر" and held[0].actor1 != "عناصر"


@pytest.mark.parametrize("text,trigger,actors", [
    pytest.param("واستهدف المسلحون أمس بلدة الضالع، وهاجموا حاجزا للجيش في عدن.", "وهاجموا",
                 ("المسلحون", "الجيش"), id="clause-opening-verb-subject"),
    pytest.param("قالت مصادر إن عملية انتحارية نفذتها حركة طالبان واستهدفت الشرطة الافغانية في كابول.",
                 "انتحارية", ("حركة طالبان", "الشرطة الافغانية"), id="after-its-subject-the-object"),
])
def test_the_actor_after_a_clause_opening_targeting_verb_is_its_subject(text: str, trigger: str,
                                                                        actors: tuple[str, str]) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [(e.actor1, e.actor2) for e in doc.events if e.trigger.text == trigger] == [actors]


@pytest.mark.parametrize("text,actor1", [
    pytest.param("أعلنت وزارة الدفاع الأمريكية، البنتاغون، أمس عن مقتل زعيم الجماعة في غارة أمريكية في سوريا مطلع يوليو.",
                 "وزارة الدفاع الأمريكية", id="its-ministry-speaks"),
    pytest.param("أعلن مسؤولون محليون أمس مقتل زعيم الجماعة في غارة أمريكية في سوريا مطلع يوليو.",
                 "أمريكا", id="no-body-of-that-state-speaks"),
])
def test_a_strike_by_a_states_nisba_is_its_speaking_military_body(text: str, actor1: str) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor1 for e in doc.events if e.subtype == "Air/drone strike"] == [actor1]


@pytest.mark.parametrize("text,actors", [
    pytest.param("وقالت الشرطة إنها ألقت القبض على المشتبه به في المدينة.", ("الشرطة", "المشتبه به"),
                 id="phrasal-verb-and-its-pronoun-link"),
    pytest.param("واعتقلت قوات الأمن المشتبه بهم في بلدة قريبة.", ("قوات الأمن", "المشتبه بهم"),
                 id="no-adjective-of-the-forces"),
    pytest.param("وألقت الشرطة القبض على المتهمين أمس.", ("الشرطة", "المتهمين"), id="noun-trigger"),
    pytest.param("واعتقلت الشرطة أمس المطلوبين في القضية.", ("الشرطة", "المطلوبين"), id="past-a-time-word"),
])
def test_suspects_are_the_detainees_of_an_arrest(text: str, actors: tuple[str, str]) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [(e.actor1, e.actor2) for e in doc.events if e.subtype == "Arrests"] == [actors]


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وكانت القوات اليمنية، بدعم من المقاومة الشعبية، نجحت الأحد في استعادة السيطرة على مواقع في محافظة تعز.",
                 "القوات اليمنية، بدعم من المقاومة الشعبية", id="support-behind-a-comma-qualifies-the-subject"),
    pytest.param("وسيطرت القوات الحكومية، وقوات المقاومة الشعبية، على مدينة زنجبار.",
                 "القوات الحكومية، وقوات المقاومة الشعبية", id="a-list-stays-a-list"),
])
def test_a_supporter_behind_a_comma_is_no_doer(text: str, actor1: str) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor1 for e in doc.events] == [actor1]


@pytest.mark.parametrize("text,actor1", [
    pytest.param("قتل 15 شخصا أمس، عندما فجر انتحاري نفسه في سوق مزدحمة بشمال البلاد، فيما يكثف المتمردون هجومهم.",
                 "انتحاري", id="the-bomber-not-a-group-named-after-him"),
    pytest.param("وأسفر تفجير انتحاري عن مقتل 5 جنود.", None, id="an-adjective-after-a-noun-trigger"),
])
def test_a_lone_bomber_after_a_bombing_verb_is_its_doer(text: str, actor1: str | None) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor1 for e in doc.events if e.subtype == "Suicide bomb"] == [actor1]


@pytest.mark.parametrize("text,actors", [
    pytest.param("وصدت القوات الحكومية أمس هجوما للمتمردين في ريف المدينة.", ("المتمردين", "القوات الحكومية"),
                 id="vso-subject-between-the-verb-and-the-attack"),
    pytest.param("وأكدت المصادر أن مقاتلي العشائر تمكنوا أمس من صد هجوم عنيف لتنظيم داعش في ريف المدينة.",
                 ("تنظيم داعش", "مقاتلي العشائر"), id="svo-subject-before-the-verbal-noun"),
    pytest.param("وتصدت القوات الحكومية لهجوم شنه مسلحو داعش على مواقعها في مدينة الرمادي.", ("مسلحو داعش", "القوات الحكومية"),
                 id="the-attacker-named-by-an-agent-cue-stays"),
    pytest.param("وشنت القوات الحكومية أمس هجوما على مواقع المتمردين في ريف المدينة.",
                 ("القوات الحكومية", "المتمردين"), id="no-repel-word-no-swap"),
])
def test_who_repelled_an_attack_is_its_target(text: str, actors: tuple[str, str]) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [(e.actor1, e.actor2) for e in doc.events if e.type == "Battles"] == [actors]


@pytest.mark.parametrize("text,subtype,actor2", [
    pytest.param("وقالت مصادر في الشرطة إن 40 شخصا على الأقل قتلوا وأصيب 72 حينما انفجرت سيارة ملغومة في سوق بمدينة بعقوبة.",
                 "Remote explosive/landmine/IED", None, id="an-adverb-after-the-toll"),
    pytest.param("وقتل 12 شخصا وأصيب 58 أمس عندما انفجرت عبوة ناسفة في سوق بمدينة بعقوبة.",
                 "Remote explosive/landmine/IED", None, id="a-time-word-after-the-toll"),
    pytest.param("واعتقلت قوات الاحتلال فجراً شاباً من بلدة قباطية جنوب مدينة جنين.", "Arrests", "شاباً",
                 id="an-arrest-object-past-an-adverb"),
    pytest.param("اعتقلت القوات الإسرائيلية فجر اليوم الخميس خمسة شبان من مخيم الفارعة.", "Arrests", "شبان",
                 id="an-arrest-object-past-a-long-time"),
    pytest.param("ولقي مدرس وزوجته مصرعهما بنيران مسلحين مجهولين في منطقة الجعارة جنوبي بغداد.", "Attack", None,
                 id="a-toll-that-holds-its-victims-as-a-pronoun"),
])
def test_an_adverb_after_a_toll_or_an_arrest_is_no_victim(text: str, subtype: str, actor2: str | None) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor2 for e in doc.events if e.subtype == subtype] == [actor2]


@pytest.mark.parametrize("text,subtype,actors", [
    pytest.param("وقال شهود إن مسلحين أطلقوا النار على الضابط وقتلوه أمام أطفاله في حي الزراعة بمدينة اللاذقية.",
                 "Attack", ("مسلحين", None), id="who-saw-the-killing"),
    pytest.param("وبدأت احتجاجات أمام وزارة التعليم في مدينة الرياض أمس.", "Peaceful protest", (None, None),
                 id="where-the-protest-stood"),
])
def test_an_actor_after_a_preposition_of_place_is_no_party(text: str, subtype: str,
                                                          actors: tuple[str | None, str | None]) -> None:
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [(e.actor1, e.actor2) for e in doc.events if e.subtype == subtype] == [actors]


@pytest.mark.parametrize("text,subject", [
    pytest.param("وقال القيادي لـ«الأخبار»: «هاجم مقاتلونا ثلاثة معسكرات للجيش في المنطقة الحدودية».", False,
                 id="the-paper-a-source-spoke-to"),
    pytest.param("واهتمت قناة «الأخبار» بتغطية الهجوم على المعسكر.", False, id="a-channel-named-by-its-head-word"),
    pytest.param("وكان المهندس يعمل عند خطفه لدى شركة «الأخبار» النفطية.", False, id="a-company"),
    pytest.param("وأعلنت «الأخبار» مسؤوليتها عن الهجوم على المعسكر.", True, id="a-name-alone-stays"),
])
def test_a_medium_is_no_doer(text: str, subject: bool) -> None:
    doc = make_doc(text, "2015-08-06")
    doc.entities.append(EntityMention(_find(doc.text, "الأخبار"), "ORG"))
    got = [a for a in actor_phrases(doc, TokenView(doc)) if a.text == "الأخبار"]
    assert bool(got and not got[0].prep) == subject


@pytest.mark.parametrize("text,kept", [
    pytest.param("وتمكنت دوريات حرس الحدود من القبض على شخصين كانا متجهين من أراضي المملكة إلى الكويت.", False,
                 id="the-land-of-a-state"),
    pytest.param("وفر العشرات إلى القرى القريبة من الحدود السعودية هربا من القصف.", False, id="a-states-border"),
    pytest.param("وقصفت السعودية مواقع المتمردين قرب الحدود.", True, id="the-state-acting"),
])
def test_a_state_after_a_word_of_its_land_is_a_place(text: str, kept: bool) -> None:
    doc = make_doc(text, "2015-08-06")
    names = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert any(n in ("المملكة", "السعودية") for n in names) == kept


@pytest.mark.parametrize("text,kept", [
    pytest.param("وقال إن نقص الوقود وانعدام الأمن والقصف عطلت عمل المستشفيات.", False, id="lack-of-security"),
    pytest.param("وكان مجلس الأمن قد فرض عقوبات على قادة الجماعة.", False, id="the-security-council"),
    pytest.param("واعتقلت قوات الأمن ثلاثة أشخاص في المدينة.", True, id="the-security-forces"),
])
def test_security_as_an_idea_is_no_actor(text: str, kept: bool) -> None:
    doc = make_doc(text, "2015-08-06")
    names = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert any("الأمن" in n for n in names) == kept


@pytest.mark.parametrize("word,kept", [
    pytest.param("على", False, id="the-particle"),
    pytest.param("علي", True, id="the-name"),
])
def test_a_particle_the_tagger_read_as_a_name_is_no_actor(word: str, kept: bool) -> None:
    doc = build(f"وشن طيران التحالف سلسلة غارات {word} مواقع الميليشيات في عدن.")
    doc.entities.append(EntityMention(_find(doc.text, word), "PER"))
    names = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert (word in names) == kept


@pytest.mark.parametrize("text,actors", [
    pytest.param("قال مسؤول إن 300 من المتمردين على متن شاحنات هاجموا مواقع الجيش في تعز أمس.",
                 ("المتمردين", "الجيش"), id="counted-subject-of-a-plural-verb"),
    pytest.param("قال مسؤول إن 300 من المتمردين هاجموا مواقع الجيش في تعز أمس.",
                 ("المتمردين", "الجيش"), id="counted-subject-right-before-its-verb"),
])
def test_a_number_counted_from_a_group_before_a_plural_verb_is_its_subject(text: str, actors: tuple) -> None:
    # a past verb in the plural agrees with a subject named before it: the counted are the attackers
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [(e.actor1, e.actor2) for e in doc.events] == [actors]


def test_the_counted_dead_before_a_passive_plural_stay_victims() -> None:
    doc = Pipeline().run(Article(id="x", text="وقال المرصد إن 50 من جنود الجيش قتلوا في قصف على تعز أمس.",
                                 published=dt.date(2015, 8, 6)))
    assert all(e.actor1 != "جنود الجيش" for e in doc.events)


@pytest.mark.parametrize("text,actors", [
    pytest.param("وأعلنت الشرطة القبض على 20 شخصا ينتمون إلى تنظيم داعش في الرياض.", ("الشرطة", "تنظيم داعش"),
                 id="arrested-belonging-to-a-group"),
    pytest.param("أعلنت الشرطة اعتقال 12 شابا ينتمون إلى حركة الشباب في مقديشو.", ("الشرطة", "حركة الشباب"),
                 id="the-event-word-before-the-people"),
])
def test_the_group_of_those_arrested_is_no_doer(text: str, actors: tuple) -> None:
    # "ينتمون إلى X" after the people an event was done to names their group: what it was done to
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [(e.actor1, e.actor2) for e in doc.events] == [actors]


@pytest.mark.parametrize("text,actor2", [
    pytest.param("تستمر الاشتباكات بين قوات النظام وعناصر تنظيم داعش في ريف حمص الشرقي، فيما قصفت قوات النظام "
                 "بلدة تلبيسة بريف حمص الشمالي.", None, id="past-a-clause-opener"),
    pytest.param("تستمر الاشتباكات بين قوات النظام وعناصر تنظيم داعش في ريف حمص الشرقي، وقصفت قوات النظام "
                 "بلدة تلبيسة بريف حمص الشمالي.", "عناصر تنظيم داعش", id="in-the-same-clause"),
])
def test_a_strikes_other_side_is_not_sought_past_a_clause_opener(text: str, actor2: str | None) -> None:
    # "فيما" opens a clause of its own: the side fought before it is not what the shelling after it hit
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor2 for e in doc.events if e.type == "Explosions/Remote violence"] == [actor2]


@pytest.mark.parametrize("text,actor2", [
    pytest.param("وقالت الشرطة إنها قتلت اثنين من المسلحين واعتقلت سبعة أشخاص في سيفاري.", "أشخاص",
                 id="people-counted-after-the-verb"),
    pytest.param("وأعلن الجيش المالي مقتل جنديين وقتيلين في صفوف المهاجمين مع اعتقال سبعة مشتبه بهم في سيفاري.",
                 "مشتبه", id="suspects-counted-after-the-noun"),
])
def test_an_arrest_takes_those_it_counts_not_the_target_of_a_deed_before(text: str, actor2: str) -> None:
    # the people counted right after the arrest word were arrested; the dead side of the killing before it was not
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [e.actor2 for e in doc.events if e.subtype == "Arrests"] == [actor2]


def test_who_held_a_place_told_in_a_relative_clause_after_its_long_name() -> None:
    # "التي كانت في أيدي X" describes the place taken, however many words named it: X held it (actor2)
    text = ("استعادت قوات الجيش مدينة شقرة الساحلية، المطلة على بحر العرب والواقعة على الطريق الساحلي "
            "بين عدن والمكلا في محافظة أبين جنوب البلاد، التي كانت في أيدي مسلحي جماعة الحوثي.")
    doc = make_doc(text, "2015-08-06")
    v = TokenView(doc)
    a1, a2 = choose_actors(v, actor_phrases(doc, v), 0, 1, 0, len(v.tokens), territory=True)
    assert (a1.text, a2.text if a2 else None) == ("قوات الجيش", "مسلحي جماعة الحوثي")


def test_sit_in_protesters_name_a_sit_in() -> None:
    # "المعتصمون" are the protesters of a sit-in, as "المتظاهرون" are of a demonstration
    text = "نفذ أكثر من ألف شخص اعتصاما أمس أمام مبنى المحافظة في مدينة تعز. وطالب المعتصمون بمحاسبة المسؤولين."
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [(e.subtype, e.actor1) for e in doc.events] == [("Peaceful protest", "المعتصمون")]


def test_the_dead_of_a_fight_are_those_named_nearest_before_the_killing_word() -> None:
    # "X الذي قتل في معارك مع Y": the dead are the antecedent of the relative, not the sentence's subject
    text = "ودعا المحتجون إلى محاسبة عناصر الميليشيات الذين قتلوا في معارك مع قوات الجيش في تعز."
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 6)))
    assert [(e.actor1, e.actor2) for e in doc.events] == [("قوات الجيش", "عناصر الميليشيات")]


def test_the_security_bodies_are_state_forces() -> None:
    # "الجهات الأمنية" (the security bodies) arrest as "الأجهزة الأمنية" do
    doc = Pipeline().run(Article(id="x", text="وتمكنت الجهات الأمنية أمس من القبض على 12 شخصا في مدينة الدمام.",
                                 published=dt.date(2015, 8, 6)))
    assert [(e.actor1, e.actor2) for e in doc.events] == [("الجهات الأمنية", "شخصا")]


@pytest.mark.parametrize("text,name,whole", [
    pytest.param("وشن طيران التحالف غارات على مواقع ميليشيا الحوثي وقوات المخلوع صالح في عدن.", "صالح",
                 "ميليشيا الحوثي وقوات المخلوع صالح", id="after-an-epithet"),
    pytest.param("واعتقلت قوات الأمن سالم في عدن.", "سالم", None, id="a-verbs-object-stays-apart"),
])
def test_a_leader_named_after_an_epithet_is_part_of_his_groups_phrase(text: str, name: str, whole: str | None) -> None:
    # "قوات المخلوع صالح": the forces of the deposed Saleh, one actor; "قوات الأمن سالم": the object apart
    doc = build(text)
    doc.entities.append(EntityMention(_find(doc.text, name), "PER"))
    names = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert (whole in names) if whole else (name in names)


def test_an_operations_command_is_state_forces() -> None:
    # "قيادة عمليات نينوى": an army's operations command, which does the operations it reports
    doc = Pipeline().run(Article(id="x", text="وأعلنت قيادة عمليات نينوى أمس مقتل 15 مسلحا في عمليات جنوب الموصل.",
                                 published=dt.date(2015, 8, 6)))
    assert [e.actor1 for e in doc.events] == ["قيادة عمليات نينوى"]


def test_leading_a_groups_operations_is_no_command() -> None:
    # "مقر قيادة عمليات حزب الله": the HQ that leads its operations; the command phrase needs a region
    doc = build("وتبعد القرية عن مقر قيادة عمليات حزب الله في جورين أقل من كيلومترين.")
    names = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert not any(n.startswith("قيادة") for n in names)


def test_leading_a_quoted_groups_operations_is_no_command() -> None:
    doc = build("وتبعد القرية عن مقر قيادة عمليات «حزب الله» في جورين أقل من كيلومترين.")
    names = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert not any(n.startswith("قيادة") for n in names)


@pytest.mark.parametrize("link", ["هو", "المدعو"])
def test_a_bomber_noun_yields_to_the_name_in_apposition(link: str) -> None:
    # "أن الانتحاري هو فلان", "الانتحاري المدعو فلان": the name is the bomber, the bombing's doer
    text = ("أبها - قتل 15 شخصا في تفجير انتحاري استهدف مسجدا في أبها أمس، وكشفت السلطات أن الانتحاري "
            f"{link} سالم عبدالله الحربي.")
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 7)))
    assert [e.actor1 for e in doc.events if e.subtype == "Suicide bomb"] == ["سالم عبدالله الحربي"]


def test_the_name_after_the_deed_its_executor_governs_is_the_bomber() -> None:
    # "منفذ تفجير المسجد فلان": the name stands in apposition to the executor of the bombing
    text = ("أبها - قتل 15 شخصا في تفجير انتحاري استهدف مسجدا في أبها أمس. وأكد المتحدث الأمني أن منفذ "
            "تفجير المسجد سالم عبدالله الحربي (21 عاما) سعودي الجنسية.")
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 7)))
    assert [e.actor1 for e in doc.events if e.subtype == "Suicide bomb"] == ["سالم عبدالله الحربي"]


@pytest.mark.parametrize("source, target", [("وأكد محققو الشرطة", None), ("وقال مصدر في الشرطة", None),
                                            ("وقالت الشرطة", "الشرطة")])
def test_a_body_named_only_as_whose_the_speaker_is_is_no_target(source: str, target: str | None) -> None:
    # "وأكد محققو الشرطة أن …": the investigators speak; the police they belong to are not the side the attacks
    # fell on (a speaker that is the body itself, "وقالت الشرطة", may still be)
    text = (f"قتل سبعة أشخاص أمس في هجمات شنتها حركة طالبان في ولاية قندهار. {source} إن المسلحين "
            "فروا بعد الهجوم.")
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 7)))
    assert [(e.actor1, e.actor2) for e in doc.events if e.trigger.text == "هجمات"] == [("حركة طالبان", target)]


@pytest.mark.parametrize("text", [
    pytest.param("وقتل 20 مسلحا بينهم ثلاثة من قادة الحوثيين في اشتباكات في تعز أمس.", id="leaders"),
    pytest.param("وأسفرت الاشتباكات في تعز أمس عن مقتل ستة من أفراد المقاومة.", id="men"),
])
def test_group_counted_past_its_leaders_or_men_is_the_side_of_the_dead(text: str) -> None:
    # "ثلاثة من قادة الحوثيين": the number counts from the group past the plural in construct
    doc = run(text)
    group = "الحوثيين" if "الحوثيين" in text else "المقاومة"
    assert [(e.actor1, e.actor2) for e in doc.events] == [(None, group)]


@pytest.mark.parametrize("toll, first", [("استشهاد 12 رجل أمن و3 عمال", "رجل"),
                                         ("مقتل 9 جنود و4 شرطيين", "جنود")])
def test_a_toll_listing_several_groups_counts_the_first_as_victims(toll: str, first: str) -> None:
    # "استشهاد 12 رجل أمن و3 عمال": the toll's span ends on the second figure; the victims are the first
    # group it counts, not the noun after its end
    text = f"أبها - أدى التفجير الإرهابي في مسجد بمدينة أبها أمس إلى {toll} وإصابة سبعة آخرين."
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 7)))
    assert [e.actor2.split()[0] for e in doc.events if e.actor2] == [first]


@pytest.mark.parametrize("text,group", [
    pytest.param("وقتل ثلاثة جنود في هجمات في تعز معقل الحوثيين أمس.", "الحوثيين", id="stronghold"),
    pytest.param("وقتل ثلاثة جنود في هجمات في تعز مهد حركة التمرد أمس.", "التمرد", id="cradle-past-group-head"),
])
def test_group_whose_stronghold_a_place_is_is_no_doer(text: str, group: str) -> None:
    # "في تعز معقل الحوثيين": the group in apposition to the place names whose stronghold it is
    doc = run(text)
    assert doc.events and all(e.actor1 != group for e in doc.events)


@pytest.mark.parametrize("trigger", ["بالهجوم المسلح", "الاعتداء المسلح"])
def test_a_definite_word_after_a_definite_attack_noun_is_its_adjective_not_its_victim(trigger: str) -> None:
    # "الهجوم المسلح على الصحيفة": a noun with the article governs no genitive, so المسلح is its adjective
    text = f"وأشاد البيان {trigger} على صحيفة ساخرة في باريس، الذي أسفر عن مقتل 12 شخصا."
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 7)))
    assert all(e.actor2 != "المسلح" for e in doc.events)


def test_a_definite_noun_after_an_indefinite_plural_with_its_nun_is_the_object() -> None:
    # "احتجز مسلحون الرهائن": a plural keeping its ن is in no construct state and takes no definite adjective,
    # so the hostages start a new noun, the verb's object (a construct drops the ن: "مسلحو الحوثي")
    text = "سيفاري - واحتجز مسلحون الرهائن في فندق بمدينة سيفاري أمس."
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 7)))
    assert [(e.actor1, e.actor2) for e in doc.events] == [("مسلحون", "الرهائن")]


@pytest.mark.parametrize("text,actor1", [
    pytest.param("وفي وقت لاحق نظم حراس المسجد اعتصاما أمام مركز الشرطة في عدن.", "حراس المسجد", id="unknown-noun"),
    pytest.param("ونفذت العشرات من الأسر اليمنية وأهالي الأسرى وقفة احتجاجية أمام فندق في عدن أمس.",
                 "العشرات من الأسر اليمنية", id="count-and-its-group"),
    pytest.param("ونظمت نقابة الصحفيين وقفة احتجاجية أمام مقرها في عدن أمس.", "نقابة الصحفيين", id="a-union"),
])
def test_subject_of_the_verb_staging_a_protest_staged_it(text: str, actor1: str) -> None:
    # "نظم حراس المسجد اعتصاما": the protest is the object of the verb; its subject protested
    doc = Pipeline().run(Article(id="x", text=text, published=dt.date(2015, 8, 9)))
    assert [e.actor1 for e in doc.events if e.type == "Protests"] == [actor1]


def test_a_militia_named_again_in_the_singular_is_an_armed_group() -> None:
    # "أقدمت الميليشيا على اختطاف": the singular with the article names the militia again
    doc = run("وفي عدن أقدمت الميليشيا أمس على اختطاف ناشط من منزله.")
    assert [e.actor1 for e in doc.events] == ["الميليشيا"]
