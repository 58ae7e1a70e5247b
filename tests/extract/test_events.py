"""The events stage: triggers by family, casualty figures, filters, arguments and merging.

Every case builds its own Doc and sets the inputs of earlier stages (times, places, claims) by hand,
so these tests do not depend on how well the other stages work.
"""

from __future__ import annotations

import pytest

from khabar.doc import Claim, Doc, Event, PlaceMention, Span, TimeMention
from khabar.extract.event_words import TokenView
from khabar.extract.events import extract_events
from khabar.extract.numbers import casualties
from khabar.lang import load_tsv
from tests.conftest import make_doc

PUB = "2015-08-06"  # a Thursday

# a small gazetteer for the fixtures: name -> (English, country, level, lat, lon, admin1)
GAZ = {
    "حلب": ("Aleppo", "SY", "city", 36.2012, 37.1612, "Aleppo"),
    "الباب": ("Al-Bab", "SY", "city", 36.3705, 37.5157, "Aleppo"),
    "بزاعة": ("Bza'a", "SY", "city", 36.381, 37.565, "Aleppo"),
    "سوريا": ("Syria", "SY", "country", 35.0, 38.5, None),
    "إدلب": ("Idlib", "SY", "admin1", 35.9306, 36.6339, "Idlib"),
    "أريحا": ("Ariha", "SY", "city", 35.8128, 36.6103, "Idlib"),
    "سراقب": ("Saraqib", "SY", "city", 35.8647, 36.8006, "Idlib"),
    "تعز": ("Taiz", "YE", "city", 13.5789, 44.0209, "Taiz"),
    "عدن": ("Aden", "YE", "city", 12.7797, 45.0367, "Aden"),
    "لحج": ("Lahij", "YE", "admin1", 13.0582, 44.8838, "Lahij"),
    "الحوطة": ("Al-Hawtah", "YE", "city", 13.0486, 44.8836, "Lahij"),
    "زنجبار": ("Zinjibar", "YE", "city", 13.1287, 45.3807, "Abyan"),
    "شقرة": ("Shuqrah", "YE", "city", 13.3553, 45.6989, "Abyan"),
    "الضفة الغربية": ("West Bank", "PS", "region", 31.9466, 35.3027, None),
    "دوما": ("Duma", "PS", "city", 32.0561, 35.3650, "Nablus"),
}


def _find(text: str, needle: str, occurrence: int = 1) -> Span:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(needle, pos + 1)
        assert pos >= 0, needle
    return Span(pos, pos + len(needle), needle)


def build(text: str, published: str | None = PUB, times: tuple = (), places: tuple | None = None,
          claims: tuple = ()) -> Doc:
    """A Doc with hand-set times [(text, value, precision)], places (default: every GAZ name found)
    and claims [(content, stance)]."""
    doc = make_doc(text, published)
    for item in times:
        t_text, value, precision = item[:3]
        occ = item[3] if len(item) > 3 else 1
        doc.times.append(TimeMention(_find(text, t_text, occ), value, precision, "test"))
    names = places if places is not None else tuple(GAZ)
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            en, cc, level, lat, lon, admin1 = GAZ[name]
            doc.places.append(PlaceMention(Span(pos, pos + len(name), name), name=en, country=cc,
                                           level=level, lat=lat, lon=lon, admin1=admin1))
            pos = text.find(name, pos + 1)
    doc.places.sort(key=lambda p: p.span.start)
    for content, stance in claims:
        span = _find(text, content)
        doc.claims.append(Claim(cue=Span(span.start, span.start, ""), content=span, stance=stance))
    return doc


def run(text: str, **kw) -> Doc:
    doc = build(text, **kw)
    extract_events(doc)
    return doc


# ------------------------------------------------------------------ trigger families

FAMILIES = [
    pytest.param("شنت طائرات التحالف غارة على مواقع المسلحين في حلب أمس.", "Explosions/Remote violence",
                 "Air/drone strike", id="air-strike-noun"),
    pytest.param("وقصفت طائرة مسيرة سيارة في ريف حلب أمس.", "Explosions/Remote violence",
                 "Air/drone strike", id="drone-verb-refined-from-shelling"),
    pytest.param("ودمر الطيران الحربي عربة للمسلحين قرب حلب أمس.", "Explosions/Remote violence",
                 "Air/drone strike", id="destroy-needs-aircraft"),
    pytest.param("قتل مدنيان بقذائف هاون سقطت على حي في حلب أمس.", "Explosions/Remote violence",
                 "Shelling/artillery/missile attack", id="mortar-shells"),
    pytest.param("وشنت قوات النظام قصفا مدفعيا على أريحا أمس.", "Explosions/Remote violence",
                 "Shelling/artillery/missile attack", id="artillery-phrase"),
    pytest.param("اندلعت اشتباكات عنيفة بين الجيش والمسلحين في تعز أمس.", "Battles", "Armed clash",
                 id="clashes"),
    pytest.param("ودارت معارك ضارية في محيط عدن أمس.", "Battles", "Armed clash", id="battles"),
    pytest.param("قتل جنديان في انفجار عبوة ناسفة بحلب أمس.", "Explosions/Remote violence",
                 "Remote explosive/landmine/IED", id="ied"),
    pytest.param("وقتل خمسة في تفجير انتحاري استهدف سوقا في عدن أمس.", "Explosions/Remote violence",
                 "Suicide bomb", id="suicide-bombing"),
    pytest.param("واعتقلت قوات الأمن عشرة أشخاص في تعز أمس.", "Strategic developments", "Arrests",
                 id="arrests"),
    pytest.param("واختطف مسلحون طبيبا في عدن أمس.", "Violence against civilians",
                 "Abduction/forced disappearance", id="abduction"),
    pytest.param("وأعدم التنظيم شابين في ساحة عامة بحلب أمس.", "Violence against civilians", "Attack",
                 id="execution"),
    pytest.param("وهاجم مسلحون منازل المدنيين في قرية قرب تعز أمس.", "Violence against civilians",
                 "Attack", id="attack-on-civilians"),
    pytest.param("وهاجم مسلحون مواقع قوات الجيش في تعز أمس.", "Battles", "Armed clash",
                 id="attack-on-army-is-clash"),
    pytest.param("وتظاهر آلاف في عدن أمس للمطالبة بالرواتب.", "Protests", "Peaceful protest",
                 id="protest"),
    pytest.param("وخرجت مظاهرة في تعز أمس فرقتها الشرطة بالغاز المسيل للدموع.", "Protests",
                 "Protest with intervention", id="protest-dispersed"),
    pytest.param("واستعادت القوات الحكومية السيطرة على زنجبار أمس.", "Battles",
                 "Government regains territory", id="regains"),
    pytest.param("وسيطر تنظيم داعش على أريحا أمس بعد معارك.", "Battles",
                 "Non-state actor overtakes territory", id="non-state-overtakes"),
    pytest.param("ووافقت الأطراف على هدنة في تعز أمس.", "Strategic developments", "Agreement",
                 id="truce"),
    pytest.param("وفككت فرق الهندسة عبوة ناسفة في عدن أمس.", "Strategic developments",
                 "Disrupted weapons use", id="defused"),
    pytest.param("وانسحبت القوات من شقرة أمس دون قتال.", "Strategic developments",
                 "Non-violent transfer of territory", id="withdrawal"),
    pytest.param("ووصلت تعزيزات عسكرية إلى عدن أمس.", "Strategic developments", "Other",
                 id="reinforcements"),
    pytest.param("ويحاول مقاتلو المقاومة استعادة الأحياء الشمالية من مدينة عدن أمس.", "Battles", "Armed clash",
                 id="attempted-retaking-is-fighting"),
    pytest.param("وأعلنت الشرطة تفكيك خلية إرهابية في عدن أمس.", "Strategic developments", "Arrests",
                 id="cell-dismantled"),
    pytest.param("وتبادلت القوات إطلاق نيران المدفعية في عدن أمس.", "Explosions/Remote violence",
                 "Shelling/artillery/missile attack", id="artillery-fire"),
    pytest.param("وقتل تفجيران انتحاريان 13 شخصا في سوق بعدن أمس.", "Explosions/Remote violence", "Suicide bomb",
                 id="dual-suicide-bombings"),
    pytest.param("واتهم ناشطون قوات النظام باستخدام غاز الكلور في سراقب أمس.",
                 "Explosions/Remote violence", "Chemical weapon", id="chemical"),
    pytest.param("وسقطت مقاتلة سورية على سوق في أريحا أمس.", "Strategic developments", "Other",
                 id="aircraft-crash"),
    pytest.param("وأعلن الجيش تحرير 59 رهينة في عملية قرب عدن أمس.", "Battles", "Armed clash",
                 id="hostages-freed"),
    pytest.param("وقال الجيش إن صاروخا أطلق من حلب سقط في منطقة خالية أمس.", "Explosions/Remote violence",
                 "Shelling/artillery/missile attack", id="rocket-fired-nobody-hurt"),
    pytest.param("وتعرض مقر الحزب في حلب لاعتداء مسلح أمس.", "Violence against civilians", "Attack",
                 id="armed-assault-on-an-office"),
    pytest.param("وأثارت الجريمة البشعة لحرق رضيع في قرية دوما أمس غضبا واسعا.", "Violence against civilians",
                 "Attack", id="lam-after-a-crime-is-no-purpose"),
    pytest.param("وقال شهود إن مسلحا فتح النار على المصلين في مسجد بحلب أمس.", "Violence against civilians", "Attack",
                 id="opened-fire-on-worshippers"),
    pytest.param("ونصب المسلحون كمينا لدورية للجيش قرب تعز أمس.", "Battles", "Armed clash", id="ambush-accusative"),
    pytest.param("واغتيل قيادي في الجماعة في حلب أمس.", "Violence against civilians", "Attack",
                 id="assassinated-passive"),
    pytest.param("وتصدت القوات لهجوم شنه المسلحون على مواقعها في تعز أمس.", "Battles", "Armed clash",
                 id="attack-repelled-is-no-purpose"),
    pytest.param("وشنت الطائرات غارتين على مواقع في حلب أمس.", "Explosions/Remote violence", "Air/drone strike",
                 id="two-air-strikes-dual"),
    pytest.param("وشنت الشرطة حملة اعتقالات واسعة في تعز أمس.", "Strategic developments", "Arrests",
                 id="arrest-campaign"),
    pytest.param("وتمكنت القوات الحكومية من استرداد مدينة زنجبار أمس.", "Battles", "Government regains territory",
                 id="recaptured-a-town"),
    pytest.param("وتمكنت الفصائل من بسط سيطرتها على التلة قرب حلب أمس.", "Battles", "Non-state actor overtakes territory",
                 id="control-extended"),
    pytest.param("واتجهت قوة عسكرية كبيرة من عدن نحو محافظة أبين أمس لدعم المقاومة.", "Strategic developments", "Other",
                 id="forces-moved-toward-a-front"),
]


@pytest.mark.parametrize("text,typ,subtype", FAMILIES)
def test_trigger_families(text: str, typ: str, subtype: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    got = {(e.type, e.subtype) for e in doc.events}
    assert (typ, subtype) in got, got


def test_every_acled_subtype_has_triggers() -> None:
    acled = {
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
        "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
        "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement",
        "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    }
    rows = load_tsv("events/triggers.tsv", required=("form", "type", "subtype"))
    assert acled <= {r["subtype"] for r in rows}
    for name in ("words", "actors", "numbers"):
        assert load_tsv(f"events/{name}.tsv")  # loads and is not empty


# ------------------------------------------------------------------ casualty figures

CASUALTIES = [
    pytest.param("قتل 3 أشخاص وأصيب 20 آخرون في غارة على حلب.", 3, 20, id="digits"),
    pytest.param("قتل ثلاثة مدنيين في غارة على حلب.", 3, None, id="number-word"),
    pytest.param("سقط قتيلان وجريحان في غارة على حلب.", 2, 2, id="dual-nouns"),
    pytest.param("قتل جنديان في غارة على حلب.", 2, None, id="dual-person"),
    pytest.param("أسفرت الغارة على حلب عن مقتل طفل.", 1, None, id="singular-person"),
    pytest.param("أسفرت الغارة على حلب عن مقتل عشرات المسلحين.", 10, None, id="tens-vague"),
    pytest.param("أسفرت الغارة على حلب عن مقتل العشرات.", 10, None, id="the-tens-vague"),
    pytest.param("أسفرت الغارة على حلب عن مقتل نحو 20 مسلحا.", 20, None, id="approx"),
    pytest.param("أسفرت الغارة على حلب عن مقتل أكثر من 80 مسلحا.", 80, None, id="more-than"),
    pytest.param("أسفرت الغارة على حلب عن مقتل وإصابة العشرات.", None, None, id="lumped"),
    pytest.param("قتل 19 شخصا بينهم 5 أطفال في غارة على حلب.", 19, None, id="subset-not-added"),
    pytest.param("قتل خمسة وعشرون مسلحا في غارة على حلب.", 25, None, id="compound-words"),
    pytest.param("قتل ثلاثة عشر مسلحا في غارة على حلب.", 13, None, id="teen"),
    pytest.param("أسفرت الغارة على حلب عن مقتل 25 من المسلحين وسبعة من الجنود.", 32, None,
                 id="conjoined-figures-add-up"),
    pytest.param("أسفرت الغارة على حلب عن مقتل 12 جنديا وإصابة 11 آخرين.", 12, 11,
                 id="killed-and-injured"),
    pytest.param("شنت الطائرات غارة على حلب.", None, None, id="no-figure"),
    pytest.param("قتل شاب يبلغ واحدا وعشرين عاما في غارة على حلب.", 1, None, id="age-is-no-figure"),
    pytest.param("وسقط عشرات القتلى والجرحى في غارة على حلب.", None, None, id="dozens-dead-and-wounded-lumped"),
    pytest.param("أسفرت الغارة على حلب عن 3 قتلى وجرح 10 آخرين.", 3, 10, id="wounded-with-own-figure"),
    pytest.param("أطلق مسلحون النار على شرطي في حلب فقتلوه.", 1, None, id="object-pronoun-one-dead"),
    pytest.param("قتل ثلاثة مدنيين في غارة على حلب، وقال مسؤول فإن عددهم مرشح للارتفاع.", 3, None,
                 id="fa-inna-is-no-two-thousand"),
    pytest.param("أسفرت الغارة على حلب عن مقتل العقيد سامر الخطيب.", 1, None, id="rank-names-one-victim"),
    pytest.param("أسفرت الغارة على حلب عن مقتل 4 جنود و3 مدنيين.", 7, None, id="digits-joined-by-and"),
    pytest.param("أسفرت الغارة على حلب عن (مقتل) ستة من الجنود، إضافة إلى اثنين من المارة.", 8, None,
                 id="in-addition-to"),
    pytest.param("أسفرت الغارة على حلب عن سقوط 20 قتيلا و50 جريحا.", 20, 50, id="digits-of-another-cue"),
    pytest.param("قتل ستة أشخاص في غارة على حلب، وكان بين القتلى امرأتين.", 6, None, id="among-the-dead-is-a-subset"),
    pytest.param("قتل ثمانية جنود في هجوم على حلب.\nوقال مصدر إن اثنين من المهاجمين قتلا أيضا في الهجوم على حلب.",
                 10, None, id="also-adds-up"),
    pytest.param("ومنذ أن أعلن التنظيم ولاءه، وفي هجوم وقع في حلب، قتل تسعة أشخاص.", 9, None,
                 id="since-in-another-clause"),
    pytest.param("أسفرت الغارة على حلب عن مقتل أبو خالد.", 1, None, id="kunya-names-one-victim"),
    pytest.param("أسفرت الغارة على حلب عن مقتل جندي وضابطين.", 3, None, id="singular-and-dual-add-up"),
]


@pytest.mark.parametrize("text,killed,injured", CASUALTIES)
def test_casualty_figures(text: str, killed: int | None, injured: int | None) -> None:
    doc = run(text)
    assert len(doc.events) == 1, [(e.subtype, e.trigger.text) for e in doc.events]
    assert (doc.events[0].killed, doc.events[0].injured) == (killed, injured)


@pytest.mark.parametrize("word,value", [
    pytest.param("فإن", None, id="fa-inna-is-no-number"),
    pytest.param("ألفان", "2000", id="alef-of-alfan-is-no-article"),
    pytest.param("العشرات", "10", id="article-of-tens"),
])
def test_number_words(word: str, value: str | None) -> None:
    m = TokenView(make_doc(word)).number_at(0)
    assert (m.entry["value"] if m else None) == value


@pytest.mark.parametrize("cue,killed", [
    pytest.param("مقتل", 1, id="killing-of-a-named-person"),
    pytest.param("وفاة", None, id="death-of-a-named-person-is-no-toll"),
])
def test_named_victim(cue: str, killed: int | None) -> None:
    from khabar.doc import EntityMention
    text = f"أسفرت الغارة على حلب عن {cue} سامر الخطيب."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "سامر الخطيب"), "PER"))
    extract_events(doc)
    assert [e.killed for e in doc.events] == [killed]


def test_named_victim_alone_makes_no_event() -> None:
    from khabar.doc import EntityMention
    text = "وعن عملية قتل سامر الخطيب، قال مسؤول في الجيش إن المسلحين كانوا يخططون لهجمات."
    doc = build(text)
    doc.entities.append(EntityMention(_find(text, "سامر الخطيب"), "PER"))
    extract_events(doc)
    assert doc.events == []


def test_named_victim_does_not_undercut_the_toll() -> None:
    from khabar.doc import EntityMention
    text = "قتل 12 جنديا في غارة على أريحا أمس.\nوأسفرت الغارة على أريحا عن مقتل سامر الخطيب."
    doc = build(text, times=(("أمس", "2015-08-05", "day"),))
    doc.entities.append(EntityMention(_find(text, "سامر الخطيب"), "PER"))
    extract_events(doc)
    assert [(e.subtype, e.killed) for e in doc.events] == [("Air/drone strike", 12)]


def test_casualties_helper_reads_figures_in_order() -> None:
    v = TokenView(make_doc("قتل 3 أشخاص وأصيب نحو عشرين آخرين"))
    assert [(c.kind, c.value) for c in casualties(v, 0, len(v.tokens))] == [("killed", 3), ("injured", 20)]


def test_denied_casualties_are_not_counted() -> None:
    text = "قتل قيادي في غارة على حلب. وقالت القيادة إنه لا توجد إشارة عن مقتل مدنيين في الغارة."
    doc = run(text, claims=(("إنه لا توجد إشارة عن مقتل مدنيين في الغارة", "deny"),))
    assert [(e.subtype, e.killed) for e in doc.events] == [("Air/drone strike", 1)]


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وفجر انتحاري نفسه في مسجد بعدن أمس.", "Suicide bomb", id="blew-himself-up"),
    pytest.param("وفجر مسلح نفسه داخل مسجد في عدن أمس.", "Suicide bomb", id="subject-between"),
])
def test_self_detonation(text: str, subtype: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == [subtype]


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وأدانت الكويت التفجير الإرهابي الذي استهدف مسجدا في عدن أمس وأسفر عن مقتل 12 شخصا.",
                 "Suicide bomb", id="bombing-of-a-mosque"),
    pytest.param("وندد خطباء الجوامع بالتفجير الذي وقع ظهر أمس في مسجد بعدن.", "Suicide bomb",
                 id="mosque-further-on"),
    pytest.param("وأدانت الكويت تفجير سيارة مفخخة قرب مسجد في عدن أمس.", "Remote explosive/landmine/IED",
                 id="its-car-bomb-named"),
    pytest.param("وتبنى التنظيم تفجير سيارة خارج مسجد في عدن أمس.", "Remote explosive/landmine/IED",
                 id="a-car-outside-the-mosque"),
    pytest.param("وأدانت الكويت التفجير الذي استهدف سوقا شعبية في عدن أمس.", "Remote explosive/landmine/IED",
                 id="no-mosque"),
])
def test_bombing_of_a_mosque_is_a_suicide_bombing(text: str, subtype: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == [subtype]


@pytest.mark.parametrize("text", [
    pytest.param("وقتل عامل في شركة الكهرباء وأصيب آخر في هجوم شنه مسلحون في عدن أمس.", id="a-worker"),
    pytest.param("وقتلت جماعة مسلحة أمس عشرة من صيادي السمك ذبحا في عدن.", id="fishermen-in-construct"),
    pytest.param("وقتل مسلحون أمس سائقا في عدن.", id="a-driver"),
])
def test_people_at_their_trade_are_civilians(text: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == ["Attack"]


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وقتل 18 مسلحا في كمينين للمقاومة استهدفا عربتين في عدن أمس.", ["Armed clash"], id="two-ambushes"),
    pytest.param("وشددت الشرطة الإجراءات الأمنية وإنشاء كمائن ثابتة ومتحركة في عدن أمس.", [],
                 id="checkpoints-set-up"),
    pytest.param("وانتشرت الكمائن الأمنية في شوارع عدن أمس.", [],
                 id="security-checkpoints"),
])
def test_an_ambush_or_a_checkpoint(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert sorted(e.subtype for e in doc.events) == subtypes


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وأدان المفتي أمس العمل الإرهابي الذي استهدف المصلين في مسجد بعدن.", ["Suicide bomb"],
                 id="a-deed-that-struck-a-mosque"),
    pytest.param("وقال المواطنون إن الحادث الإجرامي الذي قام به أحد الانتحاريين في عدن أمس جريمة نكراء.",
                 ["Suicide bomb"], id="a-deed-of-a-bomber"),
    pytest.param("وأدان المفتي أمس العمل الإرهابي في عدن.", [], id="a-deed-alone"),
    pytest.param("وأكد البيان أن العمل الإرهابي الذي تم إحباطه كان يستهدف المصلين في مسجد بعدن أمس.", [],
                 id="a-deed-foiled"),
])
def test_a_deed_named_by_the_mosque_it_struck(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == subtypes


@pytest.mark.parametrize("text,suicide", [
    pytest.param("وقام عناصر التنظيم أمس بتفخيخ وتفجير مسجد في البلدة.", False, id="a-mosque-rigged-and-blown-up"),
    pytest.param("وأقدم المسلحون أمس على تفجير مسجد البلدة ونسف مئذنته.", False, id="a-mosque-razed"),
    pytest.param("وقتل 15 شخصا أمس في تفجير استهدف المصلين في مسجد بالبلدة.", True, id="a-bombing-among-worshippers"),
])
def test_a_mosque_blown_up_as_a_building_is_no_suicide_bombing(text: str, suicide: bool) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert doc.events and any(e.subtype == "Suicide bomb" for e in doc.events) == suicide


def test_the_mosque_of_the_next_bombing_is_not_the_first_ones() -> None:
    from khabar.extract.event_mentions import _bombed_worship
    v = TokenView(make_doc("وشهدت المدينة تفجير نقطة أمنية، وآخرها تفجير مسجد في الحي."))
    bombings = [m for m in v.triggers() if v.tokens[m.i].norm.endswith("تفجير")]
    assert [_bombed_worship(v, m, v.tokens[m.i].sentence) for m in bombings] == [False, True]


def test_generic_blast_is_the_suicide_bombing_of_the_article() -> None:
    doc = run("وفجر انتحاري نفسه في مسجد بعدن أمس.\nوقالت الوزارة إن التفجير أسفر عن مقتل 15 شخصا في عدن.",
              times=(("أمس", "2015-08-05", "day"),))
    assert [(e.subtype, e.killed) for e in doc.events] == [("Suicide bomb", 15)]


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وفجر انتحاري نفسه في سوق بعدن أمس مما أدى إلى مقتل ستة أشخاص في هجوم تبناه التنظيم.",
                 ["Suicide bomb"], id="the-attack-is-the-bombing"),
    pytest.param("وفجر انتحاري نفسه في سوق بعدن أمس.\nوشن مسلحون هجوما على مواقع الجيش في تعز أمس.",
                 ["Armed clash", "Suicide bomb"], id="an-attack-elsewhere-stays-apart"),
])
def test_generic_attack_and_suicide_bombing(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"), ("أمس", "2015-08-05", "day", 2)) if text.count("أمس") > 1
              else (("أمس", "2015-08-05", "day"),))
    assert sorted(e.subtype for e in doc.events) == subtypes


@pytest.mark.parametrize("text", [
    pytest.param("وأعلن الجيش أنه حرر 30 رهينة قرب عدن أمس.", id="hostages"),
    pytest.param("وأعلن الجيش أنه حرر خلال عملية عسكرية نفذها قرب عدن أمس 178 شخصا.", id="persons-far"),
    pytest.param("وأعلن الجيش أنه حرر نساء وأطفالا قرب عدن أمس.", id="civilians"),
])
def test_people_freed_are_no_territory(text: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == ["Armed clash"]


def test_line_broken_inside_a_sentence() -> None:
    doc = run("وقال مسؤولون أمس إن المسلحين هاجموا موقعا\nللجيش في مدينة شقرة ما أدى إلى مقتل جندي.",
              times=(("أمس", "2015-08-05", "day"),))
    assert [(e.place.name, e.killed) for e in doc.events] == [("Shuqrah", 1)]
    assert [(e.actor1, e.actor2) for e in doc.events] == [("المسلحين", "الجيش")]


def test_event_day_past_a_line_break_beats_the_statement_day() -> None:
    text = "وقال مسؤولون أمس إن المسلحين هاجموا موقعا\nللجيش في مدينة شقرة الليلة قبل الماضية."
    doc = build(text, times=(("أمس", "2015-08-05", "day"), ("الليلة قبل الماضية", "2015-08-04", "day")))
    content = _find(text, "المسلحين هاجموا موقعا\nللجيش في مدينة شقرة الليلة قبل الماضية")
    doc.claims.append(Claim(cue=_find(text, "وقال"), content=content, speaker=_find(text, "مسؤولون")))
    extract_events(doc)
    assert [(e.place.name, e.date) for e in doc.events] == [("Shuqrah", "2015-08-04")]


@pytest.mark.parametrize("text,date", [
    pytest.param("وأعلنت الوزارة أمس أن انتحاريا فجر نفسه في مسجد بعدن، وأن التفجير وقع ظهر أول أمس.",
                 "2015-08-04", id="event-day-beats-statement-day"),
    pytest.param("وقالت الوزارة أمس إن انتحاريا فجر نفسه في مسجد بعدن.", "2015-08-05",
                 id="statement-day-when-alone"),
])
def test_statement_day_and_event_day(text: str, date: str) -> None:
    doc = build(text, times=(("أمس", "2015-08-05", "day"), ("ظهر أول أمس", "2015-08-04", "day"))
                if "أول أمس" in text else (("أمس", "2015-08-05", "day"),))
    cue = _find(text, "وأعلنت" if "وأعلنت" in text else "وقالت")
    content = Span(cue.end + len(" الوزارة أمس "), len(text) - 1, text[cue.end + len(" الوزارة أمس "):len(text) - 1])
    doc.claims.append(Claim(cue=cue, content=content, speaker=_find(text, "الوزارة")))
    extract_events(doc)
    assert [e.date for e in doc.events] == [date]


def test_another_strike_continues_the_series() -> None:
    doc = run("وشنت طائرات التحالف أمس غارات على مواقع للحوثيين في عدن. كما استهدفت غارة أخرى مدينة شقرة.",
              times=(("أمس", "2015-08-05", "day"),))
    got = sorted((e.place.name, e.date, e.actor1) for e in doc.events)
    assert got == [("Aden", "2015-08-05", "طائرات التحالف"), ("Shuqrah", "2015-08-05", "طائرات التحالف")]


def test_clashes_between_the_two_sides_named_before() -> None:
    doc = run("وهاجمت المقاومة مواقع الحوثيين في عدن أمس. واستمرت اشتباكات عنيفة بين الطرفين في مدينة شقرة.",
              times=(("أمس", "2015-08-05", "day"),))
    got = [(e.place.name, e.actor1, e.actor2) for e in doc.events if e.place.name == "Shuqrah"]
    assert got == [("Shuqrah", "المقاومة", "الحوثيين")]


@pytest.mark.parametrize("text", [
    pytest.param("واستعادت القوات الحكومية مدينة شقرة أمس بعد معارك ضارية قتل فيها 12 مسلحا.", id="after-battles"),
    pytest.param("واستعادت القوات الحكومية مدينة شقرة أمس بعد سلسلة هجمات نفذتها وهجمات مضادة قتل فيها 12 مسلحا.",
                 id="after-a-series-of-attacks-and-counterattacks"),
    pytest.param("واستعادت القوات الحكومية مدينة شقرة أمس ما أدى إلى مقتل 12 مسلحا خلال اشتباكات عنيفة.",
                 id="during-clashes"),
])
def test_fighting_that_won_a_place_is_the_territory_change(text: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [(e.subtype, e.killed) for e in doc.events] == [("Government regains territory", 12)]


def test_attack_named_as_background_is_no_event() -> None:
    doc = run("وسيطرت القوات الحكومية على زنجبار إثر هجوم شنته من عدن أمس.",
              times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == ["Government regains territory"]


def test_town_before_its_province_places_the_event() -> None:
    doc = run("وتوجهت القوات الحكومية إلى مدينة زنجبار الساحلية في لحج، وسيطرت عليها أمس.",
              times=(("أمس", "2015-08-05", "day"),))
    assert [e.place.name for e in doc.events] == ["Zinjibar"]


@pytest.mark.parametrize("text,place", [
    pytest.param("وفي مدينة الحوطة قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دورية في محافظة لحج أمس.",
                 "Al-Hawtah", id="town-before-its-province"),
    pytest.param("وفي مدينة تعز قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دورية في محافظة لحج أمس.",
                 "Lahij", id="town-of-another-province"),
])
def test_town_named_before_the_province_it_lies_in(text: str, place: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [e.place.name for e in doc.events] == [place]


def test_reference_town_does_not_place_the_event() -> None:
    doc = run("وفي مدينة شقرة شرق عدن تحتدم المواجهات بين الطرفين.")
    assert [e.place.name for e in doc.events] == ["Shuqrah"]


def test_country_after_a_direction_is_a_place_not_an_actor() -> None:
    doc = run("وقتل جنديان في انفجار لغم في جنوب تركيا أمس.", times=(("أمس", "2015-08-05", "day"),))
    assert [(e.actor1, e.killed) for e in doc.events] == [(None, 2)]


def test_state_of_control_places_the_event_it_supports() -> None:
    doc = run("واستعاد المقاتلون السيطرة على قرى في جنوب اليمن أمس.\nوباتت لحج تحت سيطرة المقاومة.",
              times=(("أمس", "2015-08-05", "day"),))
    assert [(e.subtype, e.place.name) for e in doc.events] == [("Government regains territory", "Lahij")]


def test_toll_without_trigger_is_a_clash() -> None:
    doc = run("وقتل 7 مسلحين في اشتباك مع الجيش في عدن يوم الثلاثاء.\nوقتل 15 مسلحا آخرون قرب تعز أمس.",
              times=(("يوم الثلاثاء", "2015-08-04", "day"), ("أمس", "2015-08-05", "day")))
    assert ("Battles", "Armed clash", 15) in {(e.type, e.subtype, e.killed) for e in doc.events}


def test_region_holds_the_village_of_the_same_event() -> None:
    doc = run("أحرق مستوطنون منزلا في قرية دوما أمس.\nوندد العالم بحرق المنزل في الضفة الغربية.",
              times=(("أمس", "2015-08-05", "day"),))
    assert [(e.subtype, e.place.name) for e in doc.events] == [("Attack", "Duma")]


def test_attack_with_no_target_of_its_own_is_the_attack_on_civilians() -> None:
    doc = run("أحرق مستوطنون منزلا في قرية دوما أمس.\nوأصيبت طفلة أخرى في الهجوم.",
              times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == ["Attack"]


def test_attack_after_an_abduction_stays_an_attack() -> None:
    doc = run("وخطف مسلحون طبيبا في حلب أمس.\nوقتل ثلاثة حراس في الهجوم.", times=(("أمس", "2015-08-05", "day"),))
    assert "Armed clash" in {e.subtype for e in doc.events}


def test_event_named_again_with_a_demonstrative_is_no_new_event() -> None:
    doc = run("قتل 5 جنود في هجوم على حاجز للجيش في حلب أمس.\nوقال الوزير في عدن اليوم إن هذه الهجمات لن تثنينا.",
              times=(("أمس", "2015-08-05", "day"), ("اليوم", "2015-08-06", "day")))
    assert [(e.subtype, e.trigger.text) for e in doc.events] == [("Armed clash", "هجوم")]


def test_toll_of_a_crash_is_no_clash() -> None:
    doc = run("وقتل 12 شخصا حينما سقطت مقاتلة على سوق في أريحا أمس.", times=(("أمس", "2015-08-05", "day"),))
    assert [(e.subtype, e.killed) for e in doc.events] == [("Other", 12)]


@pytest.mark.parametrize("text,subtypes", [
    pytest.param("وقالوا إن قذيفة سقطت على سوق المدينة قرب حلب أمس.", ["Shelling/artillery/missile attack"],
                 id="shells-then-their-fall"),
    pytest.param("وأصيب أربعة مدنيين بانفجار قذيفة في حي قرب حلب أمس.", ["Shelling/artillery/missile attack"],
                 id="explosion-of-a-shell-is-a-shelling"),
    pytest.param("وسقط صاروخ على حي قرب حلب أمس وقتل طفلا. وأصيب ثلاثة آخرون بانفجار الصاروخ.",
                 ["Shelling/artillery/missile attack"], id="explosion-of-the-rocket-is-that-rocket"),
    pytest.param("وأصيب أربعة مدنيين بانفجار عبوة ناسفة في حي قرب حلب أمس.", ["Remote explosive/landmine/IED"],
                 id="explosion-of-a-bomb-stays-a-bombing"),
])
def test_shells_that_fell_or_exploded(text: str, subtypes: list[str]) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == subtypes


def test_reinforcements_struck_are_no_deployment() -> None:
    doc = run("ودمرت الطائرات الحربية أرتالا وتعزيزات للمسلحين قرب حلب أمس.", times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    pytest.param("وسقطت البلدة في أيدي المسلحين قرب حلب أمس.", id="town-fell"),
    pytest.param("وقتل مدنيان إثر سقوط براميل متفجرة على حلب أمس.", id="barrels-fell"),
])
def test_a_fall_that_is_no_crash(text: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert "Other" not in {e.subtype for e in doc.events}


def test_arrests_in_a_country_with_a_day_of_their_own() -> None:
    doc = run("واعتقلت السلطات في سوريا أمس عشرة أشخاص.", times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == ["Arrests"]


# ------------------------------------------------------------------ filters

NOT_EVENTS = [
    pytest.param("ستشن الطائرات غارات على حلب الأسبوع المقبل.", id="future-prefix"),
    pytest.param("وقال الوزير إن الجيش سوف يشن هجوما على حلب.", id="future-sawfa"),
    pytest.param("ويعتزم الجيش شن غارات على مواقع المسلحين في حلب.", id="plan"),
    pytest.param("وتهدد الجماعة بقصف مدينة عدن.", id="threat"),
    pytest.param("ولم تقع اشتباكات في تعز أمس.", id="negation"),
    pytest.param("وتمكنت الشرطة من منع وقوع هجمات على الملعب في تعز أمس.", id="prevented"),
    pytest.param("وتسعى القوات لمنع المسلحين من السيطرة على تعز.", id="prevented-with-an-object"),
    pytest.param("وتجري مفاوضات في تعز من أجل استسلام المسلحين.", id="aim"),
    pytest.param("واتفق المجتمعون على ضرورة طرد المسلحين من تعز.", id="need"),
    pytest.param("هل قصفت الطائرات مدينة حلب؟", id="question"),
    pytest.param("وقتل الآلاف في الغارات منذ 2011.", id="generic-history"),
    pytest.param("وتقدمت القوات نحو عدن للسيطرة على المطار.", id="purpose-clause"),
    pytest.param("وأصدر جيش تحرير الشعب بيانا في حلب.", id="trigger-inside-a-name"),
    pytest.param("ودعا المبعوث إلى وقف القتال في تعز.", id="call"),
    pytest.param("وكشفت الشرطة مخططا لتنفيذ عمليات انتحارية في عدن.", id="plot-to-carry-out"),
    pytest.param("ونشر الموقع الخبر.\nسمات تفجير عدن داعش", id="keyword-line"),
    pytest.param("وباتت تعز تحت سيطرة المقاومة منذ أشهر.", id="state-of-control"),
    pytest.param("وصعد الإمام المنبر بعد صلاة الفجر نفسه في عدن.", id="dawn-is-no-bombing"),
    pytest.param("وفي حال تمكنت المقاومة من السيطرة على تعز ستتقدم نحو عدن.", id="condition"),
    pytest.param("ويحمل الجيش الجماعة مسؤولية أي هجوم على مواقعه في تعز.", id="any-attack"),
    pytest.param("وتخوض الجماعة اشتباكات مسلحة من حين لآخر مع خصومها في تعز.", id="habitual"),
    pytest.param("وتقدم المقاتلون في تعز أمس بدعم من الغارات الجوية التي يشنها التحالف.", id="strikes-as-backing"),
    pytest.param("وقالت المنظمة إن الغارات قتلت 300 مسلح في حلب خلال عشرة أشهر.", id="total-over-months"),
    pytest.param("ووثقت المنظمة مقتل 214 شخصا في القصف على حلب.", id="running-tally"),
    pytest.param("وسقطت طائرة حربية في إدلب أمس نتيجة خلل تقني.", id="crash-by-a-fault"),
    pytest.param("وتحطمت مروحية عسكرية قرب حلب أمس بسبب سوء الأحوال الجوية.", id="crash-in-bad-weather"),
    pytest.param("وقال الجيش إن الجماعة كانت تحضر لهجوم على مواقعه في تعز.", id="attack-prepared"),
    pytest.param("وتعد الشائعات الكاذبة اعتداء على المجتمع في تعز.", id="abstract-assault"),
    pytest.param("ويمكن للمصارف في عدن استرداد قيمة القروض من المتعثرين.", id="recovering-money"),
    pytest.param("وقال القائد نحن في عملية لاستكمال بسط سيطرتنا على مدينة عدن.", id="aim-to-complete-control"),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_events(text: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),) if "أمس" in text else ())
    assert [(e.subtype, e.trigger.text) for e in doc.events] == []


def test_denied_event_is_dropped() -> None:
    text = "ونفت وزارة الدفاع أن تكون طائراتها قصفت سوقا في حلب."
    doc = run(text, claims=(("أن تكون طائراتها قصفت سوقا في حلب", "deny"),))
    assert doc.events == []


# ------------------------------------------------------------------ arguments

def test_date_from_the_sentence_and_publication_day_for_ongoing_fighting() -> None:
    text = "قصفت الطائرات حلب يوم الثلاثاء.\nوتدور اشتباكات عنيفة في تعز."
    doc = run(text, times=(("يوم الثلاثاء", "2015-08-04", "day"),))
    dates = {e.subtype: (e.date, e.date_precision) for e in doc.events}
    assert dates["Air/drone strike"] == ("2015-08-04", "day")
    assert dates["Armed clash"] == (PUB, "day")


def test_place_precision() -> None:
    doc = run("وقتل ثلاثة في غارة قرب الباب. ووقعت اشتباكات في إدلب. وقتل اثنان في قصف على أريحا.")
    got = {e.place.name: e.place_precision for e in doc.events if e.place is not None}
    assert got == {"Al-Bab": 2, "Idlib": 3, "Ariha": 1}


def test_verb_goes_on_with_last_subject() -> None:
    doc = run("وشن طيران التحالف غارات على مواقع الحوثيين في تعز. وشن 6 غارات على تجمع للمتمردين في عدن، "
              "وقصف أهدافا أخرى في شقرة.")
    got = sorted((e.place.name, e.subtype, e.actor1) for e in doc.events)
    assert got == [("Aden", "Air/drone strike", "طيران التحالف"), ("Shuqrah", "Air/drone strike", "طيران التحالف"),
                   ("Taiz", "Air/drone strike", "طيران التحالف")]


@pytest.mark.parametrize("text,expected", [
    pytest.param("طرد المقاتلون الحوثيين من عدن الشهر الماضي واستعادوا السيطرة على شقرة أمس.",
                 [("Aden", "2015-07-01"), ("Shuqrah", "2015-08-05")], id="time-after-verb-in-its-clause"),
    pytest.param("سيطر المقاتلون أمس على شقرة.", [("Shuqrah", "2015-08-05")], id="time-before-place"),
])
def test_clause_time_and_place(text: str, expected: list[tuple[str, str]]) -> None:
    times = tuple(t for t in (("الشهر الماضي", "2015-07-01", "month"), ("أمس", "2015-08-05", "day")) if t[0] in text)
    doc = run(text, times=times)
    assert sorted((e.place.name, e.date) for e in doc.events) == sorted(expected)


# ------------------------------------------------------------------ merging

SEED_LIKE = (
    "أعلن التحالف مقتل قيادي في التنظيم بغارة جوية شرق سوريا يوم الجمعة الماضي.\n"
    "وقالت القيادة في بيان إنها قتلت القيادي بغارة في سوريا قبل يومين.\n"
    "وأضاف مسؤول أن الطائرات المسيرة قصفت القيادي في منطقة حلب.\n"
    "وكتب باحث أن القيادي قتل بصاروخ لمسيرة على طريق بزاعة شرق حلب يوم الجمعة الماضي.\n"
    "وقالت القيادة إنه لا توجد إشارة عن مقتل مدنيين في الغارة.\n"
)


def _seed_doc() -> Doc:
    return run(SEED_LIKE, published="2023-07-10",
               times=(("يوم الجمعة الماضي", "2023-07-07", "day"), ("قبل يومين", "2023-07-08", "day"),
                      ("يوم الجمعة الماضي", "2023-07-07", "day", 2)),
               claims=(("إنها قتلت القيادي بغارة في سوريا قبل يومين", "assert"),
                       ("أن القيادي قتل بصاروخ لمسيرة على طريق بزاعة شرق حلب يوم الجمعة الماضي", "assert"),
                       ("إنه لا توجد إشارة عن مقتل مدنيين في الغارة", "deny")))


def test_mentions_of_one_strike_merge_into_one_event() -> None:
    doc = _seed_doc()
    strikes = [e for e in doc.events if e.subtype == "Air/drone strike"]
    assert len(strikes) == 1
    ev = strikes[0]
    assert len(ev.mentions) >= 4
    assert ev.date == "2023-07-07" and ev.killed == 1
    assert ev.place is not None and ev.place.admin1 == "Aleppo"
    assert ev.sources == [0, 1]  # the deny claim's "الغارة" is dropped, not a source


def test_conflicting_values_are_kept_with_their_sources() -> None:
    ev = next(e for e in _seed_doc().events if e.subtype == "Air/drone strike")
    places = {c["value"]["name"] for c in ev.conflicts["place"]}
    assert {"Syria", "Aleppo"} <= places
    dates = {c["value"]: c["sources"] for c in ev.conflicts["date"]}
    assert dates["2023-07-08"] == [0]


def test_conservative_killed_across_mentions() -> None:
    text = "قتل ثلاثة في غارة على أريحا أمس.\nوقال الدفاع المدني إن الغارة على أريحا أسفرت عن مقتل شخص."
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [(e.subtype, e.killed) for e in doc.events] == [("Air/drone strike", 1)]
    assert {c["value"] for c in doc.events[0].conflicts["killed"]} == {1, 3}


def test_two_towns_are_two_events_with_the_toll_split() -> None:
    doc = run("وقتل 7 مسلحين في غارات على أريحا وسراقب أمس.", times=(("أمس", "2015-08-05", "day"),))
    got = sorted((e.place.name, e.killed) for e in doc.events)
    assert got == [("Ariha", 4), ("Saraqib", 3)]


@pytest.mark.parametrize("text,places", [
    pytest.param("وسيطرت المقاومة على منطقتي أريحا وكفرنبل وأجزاء من مدينة سراقب أمس.", ["Ariha", "Saraqib"],
                 id="list-with-an-unknown-town-between"),
    pytest.param("وقصفت الطائرات أريحا وقتلت خمسة في مدينة سراقب أمس.", ["Ariha"],
                 id="second-verb-ends-the-list"),
    pytest.param("وقصفت قوات النظام أحياء أريحا القديمة وحي طريق المطار وبلدة سراقب أمس.", ["Ariha", "Saraqib"],
                 id="a-locator-word-inside-an-unknown-name"),
])
def test_coordinated_list_of_places(text: str, places: list[str]) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert sorted(e.place.name for e in doc.events) == places


@pytest.mark.parametrize("text", [
    pytest.param("قصفت طائرة مسيرة سيارة قرب بزاعة يوم الجمعة الماضي، وذلك أثناء تحرش مقاتلات أجنبية بها "
                 "في أجواء سوريا.", id="during-in-the-lead"),
])
def test_event_during_another_takes_its_day_and_place(text: str) -> None:
    doc = run(text, published="2023-07-10", times=(("يوم الجمعة الماضي", "2023-07-07", "day"),))
    other = [e for e in doc.events if e.subtype == "Other"]
    assert len(other) == 1
    assert other[0].date == "2023-07-07"
    assert other[0].place is not None and other[0].place.admin1 == "Aleppo"


@pytest.mark.parametrize("text,events", [
    pytest.param("وتعرض مقر الشرطة في تعز لقصف مدفعي أمس.", 1, id="undergo-names-the-event"),
    pytest.param("وحشدت الميليشيا قواتها في تعز لقصف مدفعي أمس.", 0, id="purpose-is-no-event"),
])
def test_lam_after_undergo_is_no_purpose(text: str, events: int) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert len([e for e in doc.events if e.type == "Explosions/Remote violence"]) == events


@pytest.mark.parametrize("text,date", [
    pytest.param("وقصفت الطائرات سوقا في أريحا التي تسيطر عليها المعارضة منذ 28 مايو.", None,
                 id="since-dates-the-state-not-the-strike"),
    pytest.param("وقصفت الطائرات سوقا في أريحا يوم 28 مايو.", "2015-05-28", id="a-day-without-since"),
])
def test_since_time(text: str, date: str | None) -> None:
    doc = run(text, times=(("28 مايو", "2015-05-28", "day"),))
    assert [e.date for e in doc.events if e.type != "Strategic developments"] == [date]


@pytest.mark.parametrize("text,tolls", [
    pytest.param("قتل 25 طالبا في تفجير انتحاري أمام الكلية في عدن أمس، كما قتل 15 شخصا في هجوم بسيارة "
                 "مفخخة في تعز أمس.", {"Suicide bomb": 25, "Remote explosive/landmine/IED": 15},
                 id="toll-of-its-own-clause"),
    pytest.param("شنت الطائرات غارة على عدن أمس، وقتل فيها 5 أشخاص فيما دارت اشتباكات في تعز أمس.",
                 {"Air/drone strike": 5, "Armed clash": None}, id="pronoun-points-back"),
])
def test_toll_after_a_clause_break(text: str, tolls: dict) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"), ("أمس", "2015-08-05", "day", 2)))
    assert {e.subtype: e.killed for e in doc.events} == tolls


@pytest.mark.parametrize("text", [
    pytest.param("وسقطت طائرة حربية في أريحا أمس أثناء قصفها سوقا في المدينة.", id="its-bombing-by-the-aircraft"),
    pytest.param("وشنت الطائرات غارات على أريحا أمس.\nوقال السكان إن القصف دمر منازل في أريحا.",
                 id="the-bombing-named-before"),
])
def test_bombing_by_aircraft_is_an_air_strike(text: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert "Shelling/artillery/missile attack" not in {e.subtype for e in doc.events}
    assert "Air/drone strike" in {e.subtype for e in doc.events}


def test_day_of_a_condemnation_is_not_the_event_day() -> None:
    text = "أدانت الحكومة أمس التفجير الانتحاري في عدن.\nوكان انتحاري فجر نفسه في سوق بعدن يوم الأربعاء."
    doc = run(text, times=(("أمس", "2015-08-05", "day"), ("يوم الأربعاء", "2015-07-29", "day")))
    assert [(e.subtype, e.date) for e in doc.events] == [("Suicide bomb", "2015-07-29")]


def test_running_total_is_no_toll() -> None:
    doc = run("وقتل 19 جنديا في هجمات نسبت إلى المسلحين في حلب منذ بداية الأزمة.")
    assert all(e.killed is None for e in doc.events)


@pytest.mark.parametrize("text", [
    pytest.param("عدن (رويترز) - قال مسؤول إن مسلحين هاجموا مواقع الجيش أمس.", id="city-agency-dash"),
    pytest.param("صحيفة المساء – عدن\nقال مسؤول إن مسلحين هاجموا مواقع الجيش أمس.", id="outlet-dash-city-line"),
])
def test_dateline_is_not_the_event_place(text: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == ["Armed clash"]
    assert doc.events[0].place is None


def test_shelling_with_barrel_bombs_is_one_air_strike() -> None:
    doc = run("وتعرضت أحياء أريحا لقصف عنيف بالبراميل المتفجرة أمس.", times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == ["Air/drone strike"]


def test_different_days_stay_apart() -> None:
    text = "قصفت الطائرات أريحا يوم الثلاثاء.\nوعادت الطائرات وقصفت أريحا يوم الأربعاء."
    doc = run(text, times=(("يوم الثلاثاء", "2015-08-04", "day"), ("يوم الأربعاء", "2015-08-05", "day")))
    assert sorted(e.date for e in doc.events) == ["2015-08-04", "2015-08-05"]


# ------------------------------------------------------------------ robustness and offsets

@pytest.mark.parametrize("text", [
    pytest.param("", id="empty"),
    pytest.param("123 456 7890", id="digits"),
    pytest.param("Airstrikes hit Aleppo on Friday.", id="latin"),
    pytest.param("؟؟؟ ... ،،،", id="punctuation"),
    pytest.param("قتل " * 2000, id="repeated-cue"),
    pytest.param(("اندلعت اشتباكات في تعز وقتل 5. " * 400), id="huge"),
])
def test_never_raises(text: str) -> None:
    doc = run(text)
    for ev in doc.events:
        for span in [ev.trigger, *ev.mentions, *[s for v in ev.evidence.values() for s in v]]:
            assert doc.text[span.start:span.end] == span.text


def test_offsets_with_diacritics_and_clitics() -> None:
    text = "وقُتِلَ ثلاثةٌ بغاراتٍ جويةٍ على أريحا أمسِ."
    doc = run(text, times=(("أمسِ", "2015-08-05", "day"),))
    ev = doc.events[0]
    assert ev.trigger.text == text[ev.trigger.start:ev.trigger.end]
    assert ev.trigger.text.startswith("بغارات")
    assert ev.killed == 3


def test_events_years_before_publication_are_history() -> None:
    text = "وتظاهر آلاف في عدن عام 2009 ضد الحكومة."
    doc = run(text, times=(("عام 2009", "2009-01-01", "year"),))
    assert doc.events == []


def test_toll_of_an_earlier_strike_in_the_same_sentence_is_not_added() -> None:
    text = "أسفرت غارة على أريحا أمس عن مقتل ثلاثة، إذ قتل أربعة آخرون في شهر أبريل الماضي."
    doc = run(text, times=(("أمس", "2015-08-05", "day"), ("شهر أبريل الماضي", "2015-04-01", "month")))
    assert [(e.subtype, e.killed) for e in doc.events] == [("Air/drone strike", 3)]


def test_a_year_is_not_a_toll() -> None:
    text = "وكان الهجوم على القنصلية في بنغازي عام 2012 قد أسفر عن مقتل 4 أمريكيين."
    doc = run(text, published="2015-08-06", times=(("عام 2012", "2012-01-01", "year"),))
    assert all(e.killed in (None, 4) for e in doc.events)


@pytest.mark.parametrize("text", [
    pytest.param("ووقف بائع الخضار أمام متجره في عدن أمس.", id="seller-is-not-pledge"),
    pytest.param("وانهارت هدنة كان يلتزمها الطرفان في تعز.", id="bare-truce-is-talk"),
])
def test_lookalike_words_are_not_triggers(text: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),) if "أمس" in text else ())
    assert doc.events == []


def test_origin_place_is_not_the_event_place() -> None:
    doc = run("ووصلت تعزيزات عسكرية قادمة من عدن إلى زنجبار أمس.", times=(("أمس", "2015-08-05", "day"),))
    assert [e.place.name for e in doc.events] == ["Zinjibar"]


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وقال المرصد إن مسلحي تنظيم الدولة الإسلامية خطفوا عشرات المدنيين أمس بعد أن سيطروا على "
                 "مدينة تدمر.", "Non-state actor overtakes territory", id="the-doer-of-the-clause-before"),
    pytest.param("وقال المرصد إن الجيش استعاد أمس مدينة تدمر.", "Government regains territory", id="the-army"),
    pytest.param("وقال المرصد إن الجيش سيطر أمس على مدينة تدمر.", "Government regains territory", id="a-town-after-ala"),
    pytest.param("وتمكنت القوات أمس من طرد المسلحين من مدينة تدمر.", "Government regains territory", id="achieved"),
])
def test_a_takeover_verb_takes_the_side_of_the_doer_named_before_in_its_sentence(text: str, subtype: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events if e.type == "Battles" and e.subtype != "Armed clash"] == [subtype]


def test_a_withdrawal_happens_at_the_place_withdrawn_from() -> None:
    doc = run("وانسحب المسلحون أمس من مدينة زنجبار باتجاه عدن.", times=(("أمس", "2015-08-05", "day"),))
    assert [(e.subtype, e.place.name) for e in doc.events] == [("Non-violent transfer of territory", "Zinjibar")]


def test_place_from_the_sentence_before() -> None:
    text = "ودخل المسلحون مدينة أريحا فجرا.\nوسيطر التنظيم على المدينة بعد قتال عنيف أمس."
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [(e.subtype, e.place.name) for e in doc.events] == [("Non-state actor overtakes territory", "Ariha")]


def test_borrowed_place_does_not_split_the_days_strike() -> None:
    text = ("قتل قيادي بغارة على بزاعة يوم الجمعة.\n"
            "وكان القيادي أقام في إدلب عامين.\n"
            "واستهدف القيادي بغارة طائرة مسيرة يوم الجمعة.")
    doc = run(text, times=(("يوم الجمعة", "2015-07-31", "day"), ("يوم الجمعة", "2015-07-31", "day", 2)))
    assert [(e.subtype, e.place.name, len(e.mentions)) for e in doc.events] == [("Air/drone strike", "Bza'a", 3)]


def test_storm_deaths_are_not_political_violence() -> None:
    doc = run("ولقي شخصان مصرعهما بسقوط شجرة خلال عاصفة قوية في عدن أمس.", times=(("أمس", "2015-08-05", "day"),))
    assert doc.events == []


def test_artillery_fire_next_to_air_strikes_stays_shelling() -> None:
    doc = run("شن الجيش غارات جوية وقصف بالمدفعية مواقع المسلحين قرب حلب أمس.",
              times=(("أمس", "2015-08-05", "day"),))
    assert {e.subtype for e in doc.events} == {"Air/drone strike", "Shelling/artillery/missile attack"}


def test_two_days_are_two_events_with_the_toll_split() -> None:
    text = "وقتل 9 مدنيين في انفجار ألغام في زنجبار السبت والأحد."
    doc = run(text, times=(("السبت", "2015-08-01", "day"), ("الأحد", "2015-08-02", "day")))
    assert sorted((e.date, e.killed) for e in doc.events) == [("2015-08-01", 5), ("2015-08-02", 4)]


# ------------------------------------------------------------------ anaphoric places, governed places
def _event_at(doc: Doc, trigger: str) -> Event:
    return next(e for e in doc.events if trigger in e.trigger.text)


@pytest.mark.parametrize("text,trigger,place", [
    pytest.param("قصفت الطائرات مدينة أريحا صباح أمس. وسيطر المسلحون على المدينة بعد معارك عنيفة.",
                 "سيطر", "Ariha", id="city-named-in-the-sentence-before"),
    pytest.param("قصفت الطائرات مدينة أريحا صباح أمس. وسيطر المسلحون على المدينة بعد معارك مع الجيش في إدلب.",
                 "سيطر", "Ariha", id="anaphor-before-a-later-place"),
    pytest.param("قصفت الطائرات مدينة الباب صباح أمس. وسيطر المسلحون على المدينة القديمة في حلب.",
                 "سيطر", "Aleppo", id="head-noun-that-a-place-names"),
    pytest.param("قصفت الطائرات مدينة الباب صباح أمس. وسيطر المسلحون على مدينة سراقب.",
                 "سيطر", "Saraqib", id="head-noun-with-its-name"),
])
def test_anaphoric_head_noun_takes_the_place_named_before(text: str, trigger: str, place: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert _event_at(doc, trigger).place.name == place


def test_anaphor_prefers_a_place_of_its_own_kind() -> None:
    text = "وقصفت الطائرات بلدة سراقب ومحيط أريحا أمس، ثم سيطر المسلحون على البلدة."
    doc = build(text, times=(("أمس", "2015-08-05", "day"),))
    for p in doc.places:
        if p.span.text == "سراقب":
            p.cue = _find(text, "بلدة")
    extract_events(doc)
    assert _event_at(doc, "سيطر").place.name == "Saraqib"


@pytest.mark.parametrize("text,place", [
    pytest.param("سيطرت قوات المقاومة في محافظة لحج على مدينة زنجبار أمس.", "Zinjibar",
                 id="subject-place-yields-to-the-object"),
    pytest.param("سيطرت قوات المقاومة في محافظتي لحج وعدن على مدينة زنجبار أمس.", "Zinjibar",
                 id="coordinated-subject-places"),
    pytest.param("اشتبك مسلحون في بلدة بزاعة مع الجيش على طريق حلب أمس.", "Bza'a",
                 id="clash-stays-at-the-subjects-place"),
    pytest.param("سيطرت قوات المقاومة في محافظة لحج أمس.", "Lahij", id="no-other-place"),
])
def test_place_the_verb_governs_beats_the_subjects(text: str, place: str) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [e.place.name for e in doc.events][:1] == [place]


@pytest.mark.parametrize("text,killed", [
    pytest.param("قتلت القوات خمسة مسلحين في اشتباكات قرب درعا", [5], id="vso-forces-number-word"),
    pytest.param("قتل الجيش 12 مسلحا في كمين شرق دير الزور", [12], id="vso-army-digits"),
    pytest.param("قتل مسلحون مجهولون ضابطا في هجوم على حاجز", [1], id="vso-agent-adjective-singular"),
    pytest.param("قتل مسلحون جنديا قرب الحدود", [1], id="vso-accusative-singular"),
    pytest.param("قتل مسلحون في اشتباكات مع الجيش قرب حماة", [], id="passive-no-figure"),
    pytest.param("قتل 25 مقاتلا في اشتباكات قرب حماة", [25], id="figure-first-unchanged"),
])
def test_toll_after_the_killer_is_named(text: str, killed: list[int]) -> None:
    v = TokenView(make_doc(text))
    assert [c.value for c in casualties(v, 0, len(v.tokens)) if c.kind == "killed"] == killed


@pytest.mark.parametrize("kind,killed", [
    pytest.param("preposition", 7, id="source-named-by-preposition-keeps-toll"),
    pytest.param("verb", None, id="hedging-verb-drops-toll"),
])
def test_toll_inside_an_uncertain_claim(kind: str, killed: int | None) -> None:
    text = ("فجر انتحاري نفسه في مسجد بحلب أمس. وحسب المتحدث فإن التفجير أسفر عن مقتل 7 مصلين، "
            "ويعتقد أن المهاجم استخدم حزاما ناسفا.")
    doc = build(text, claims=(("فإن التفجير أسفر عن مقتل 7 مصلين، ويعتقد أن المهاجم استخدم حزاما ناسفا",
                               "uncertain"),))
    doc.claims[0].kind = kind
    extract_events(doc)
    assert [e.killed for e in doc.events] == [killed]


@pytest.mark.parametrize("text,claim,date", [
    pytest.param("قتل ثمانية أشخاص في هجوم على حاجز في عدن، وفق حصيلة أعلنتها الشرطة أمس. "
                 "وكان المسلحون هاجموا الحاجز فجر الثلاثاء.",
                 ("قتل ثمانية أشخاص في هجوم على حاجز في عدن", "وفق", "الشرطة"), "2015-08-04",
                 id="toll-attributed-after-the-content-dates-the-report"),
    pytest.param("قال المرصد اليوم إن مسلحين خطفوا عشرة مدنيين في ريف حلب. وأضاف المرصد أن أقاربهم "
                 "يطالبون بالإفراج عنهم. وكان المسلحون اقتحموا القرية ليل الثلاثاء.",
                 ("إن مسلحين خطفوا عشرة مدنيين في ريف حلب", "قال", "المرصد"), "2015-08-04",
                 id="statement-day-yields-to-a-later-event-day"),
    pytest.param("قتل ثمانية أشخاص في هجوم على حاجز في عدن، وفق حصيلة أعلنتها الشرطة أمس.",
                 ("قتل ثمانية أشخاص في هجوم على حاجز في عدن", "وفق", "الشرطة"), "2015-08-05",
                 id="report-day-when-no-other-day"),
])
def test_attribution_day_is_not_the_event_day(text: str, claim: tuple[str, str, str], date: str) -> None:
    times = [("أمس", "2015-08-05", "day"), ("اليوم", PUB, "day"), ("فجر الثلاثاء", "2015-08-04", "day"),
             ("ليل الثلاثاء", "2015-08-04", "day")]
    doc = build(text, times=tuple(t for t in times if t[0] in text))
    content, cue, speaker = claim
    doc.claims.append(Claim(cue=_find(text, cue), content=_find(text, content), speaker=_find(text, speaker)))
    extract_events(doc)
    first = min(doc.events, key=lambda e: e.trigger.start)
    assert first.date == date


@pytest.mark.parametrize("text,date", [
    pytest.param("قال المرصد أمس إن طائرة قصفت سوقا في بلدة سراقب التي زارها الوزير في مايو.",
                 "2015-08-05", id="time-of-a-relative-clause-on-another-noun-is-background"),
    pytest.param("قتل جنديان في أحد الهجمات، التي استهدفت حاجزا قرب حلب مساء الثلاثاء.",
                 "2015-08-04", id="relative-clause-on-the-event-noun-dates-the-event"),
    pytest.param("قصفت طائرة سوقا في سراقب مساء الثلاثاء.", "2015-08-04", id="no-relative-clause"),
])
def test_time_in_a_relative_clause(text: str, date: str) -> None:
    times = [("أمس", "2015-08-05", "day"), ("مايو", "2015-05-01", "month"),
             ("مساء الثلاثاء", "2015-08-04", "day")]
    doc = run(text, times=tuple(t for t in times if t[0] in text))
    first = min(doc.events, key=lambda e: e.trigger.start)
    assert first.date == date


@pytest.mark.parametrize("text,killed,injured", [
    pytest.param("سقطت قذيفة هاون على حي في دمشق دون وقوع إصابات.", 0, 0, id="no-injuries-zero"),
    pytest.param("قصف الجيش بلدة في حلب أمس ولم تسجل خسائر بشرية.", 0, 0, id="no-human-losses-zero"),
    pytest.param("قصف الجيش بلدة في حلب أمس ولم يتسن تحديد عدد القتلى.", None, None, id="uncounted-dead-null"),
    pytest.param("قصف الجيش بلدة في حلب أمس وقتل 3 مدنيين.", 3, None, id="toll-unchanged"),
])
def test_nobody_killed_is_zero(text: str, killed: int | None, injured: int | None) -> None:
    doc = run(text)
    assert [(e.killed, e.injured) for e in doc.events] == [(killed, injured)]


@pytest.mark.parametrize("text,tolls", [
    pytest.param("اقتحم مسلحون فندقا في مدينة موبتي أمس. وقتل 5 أشخاص في عملية احتجاز الرهائن.",
                 [("Armed clash", 5), ("Abduction/forced disappearance", None)], id="attack-before-takes-toll"),
    pytest.param("قتل 5 أشخاص بينهم جنديان في هجوم مسلحين على فندق واحتجاز رهائن فيه في مدينة موبتي أمس.",
                 [("Armed clash", 5), ("Abduction/forced disappearance", None)], id="toll-is-an-attack-of-its-own"),
    pytest.param("قتل 5 أشخاص في عملية احتجاز رهائن في فندق بمدينة موبتي أمس.",
                 [("Abduction/forced disappearance", 5)], id="kidnapping-alone-keeps-toll"),
])
def test_hostage_taking_leaves_the_toll_to_the_attack(text: str, tolls: list) -> None:
    doc = run(text, times=(("أمس", "2015-08-05", "day"),))
    assert [(e.subtype, e.killed) for e in doc.events] == tolls


def test_forces_moving_to_a_takeover_only_support_it() -> None:
    doc = run("وتوجهت القوات الحكومية إلى مدينة زنجبار، وسيطرت عليها أمس.", times=(("أمس", "2015-08-05", "day"),))
    assert [e.subtype for e in doc.events] == ["Government regains territory"]
