"""actor1 read past the trigger's own clause: the subject of a deed verb that governs it, a group
anaphor with an adjective or its men's word, a name quoted after a group's head word, and the
speaker's body owning a possessive pronoun."""

from __future__ import annotations

import pytest

from khabar.doc import Article, Doc, Span
from khabar.extract.event_actor_governors import governing_subject
from khabar.extract.event_actor_phrases import ActorPhrase, actor_phrases
from khabar.extract.event_actor_sides import _anaphor_head
from khabar.extract.event_words import TokenView
from khabar.pipeline import Pipeline
from khabar.text.normalize import normalize_form
from tests.extract.test_event_actors import run


def full(text: str) -> Doc:
    """The whole pipeline (entities and claims name the groups and the speakers)."""
    import datetime as dt

    return Pipeline().run(Article(id="t", text=text, published=dt.date(2015, 8, 6)))


def _trigger(v: TokenView, word: str) -> int:
    return next(k for k, t in enumerate(v.tokens) if t.span.text == word)


@pytest.mark.parametrize("text,trigger,subject", [
    pytest.param("واصلت قوات النظام أمس قصف مواقع المعارضة في درعا", "قصف", "قوات النظام", id="vso-continue"),
    pytest.param("إن الجيش قتل 10 مسلحين من تنظيم داعش في اشتباكات قرب الحدود", "اشتباكات",
                 "الجيش", id="svo-killing-verb-with-object"),
    pytest.param("وارتكبت قوات النظام مجزرة في قصف على حي سكني", "قصف", "قوات النظام", id="vso-perpetrate"),
    pytest.param("وقامت قوات الأمن بمداهمة منزل في المدينة", "بمداهمة", "قوات الأمن", id="carried-out-with-bi"),
    pytest.param("وقال مصدر إن جنودا من الجيش قتلوا في اشتباكات مع المسلحين", "اشتباكات", None,
                 id="passive-dead-are-no-doers"),
    pytest.param("وتواصل الشرطة في المدينة التحقيق في اغتيال ضابط", "اغتيال", None, id="topic-noun-stops"),
    pytest.param("قصفت الطائرات مواقع المسلحين، وقتل خمسة في اشتباكات", "اشتباكات", None,
                 id="another-event-verb-stops"),
    pytest.param("قال الجيش: إن اشتباكات اندلعت قرب الحدود", "اشتباكات", None, id="colon-stops"),
    pytest.param("وواصل الجيش تقدمه، وتجددت الاشتباكات قرب الحدود", "الاشتباكات", None, id="comma-stops"),
    pytest.param("وواصل الجيش حملته التي سبقت اشتباكات قرب الحدود", "اشتباكات", None, id="relative-clause-stops"),
])
def test_governing_subject(text: str, trigger: str, subject: str | None) -> None:
    doc = Doc(Article(id="x", text=text))
    v = TokenView(doc)
    got = governing_subject(v, actor_phrases(doc, v), _trigger(v, trigger), 0)
    assert (got.text if got else None) == subject


def test_governed_clash_takes_the_subject_as_actor1() -> None:
    doc = run("وقال ضابط أمس إن الجيش قتل 10 مسلحين من تنظيم داعش في اشتباكات قرب عدن.")
    clash = [e for e in doc.events if e.subtype == "Armed clash"]
    assert clash and clash[0].actor1 == "الجيش"


@pytest.mark.parametrize("text,actor1", [
    pytest.param("ويعد تنظيم «داعش» أبرز الجماعات في البلاد.\nوقال مسؤول إن التنظيم المتطرف نفذ هجوما انتحاريا في عدن أمس.",
                 "تنظيم داعش", id="anaphor-with-adjective-takes-head"),
    pytest.param("وأعلنت مؤسسة ناطقة باسم جماعة (أنصار الحق) مسؤوليتها عن هجمات سابقة.\n"
                 "وزرعت الجماعة عبوة ناسفة انفجرت في عدن أمس.",
                 "جماعة (أنصار الحق)", id="name-quoted-after-head"),
    pytest.param("وتواصل حركة الشباب هجماتها في البلاد.\nوشنت الحركة المتمردة هجوما على ثكنة للجيش في عدن أمس.",
                 "حركة الشباب", id="anaphor-with-rebel-adjective"),
])
def test_group_anaphor_names_the_group(text: str, actor1: str) -> None:
    doc = full(text)
    assert doc.events and doc.events[-1].actor1 == actor1


@pytest.mark.parametrize("text,head", [
    pytest.param("التنظيم", "تنظيم", id="head-alone"),
    pytest.param("التنظيم المتطرف", "تنظيم", id="head-and-describing-adjective"),
    pytest.param("الجماعة المتمردة", "جماعة", id="head-and-rebel-adjective"),
    pytest.param("الحركة الانقلابية", "حركة", id="head-and-putschist-adjective"),
    pytest.param("مسلحي الجماعة", "جماعة", id="its-men"),
    pytest.param("الجبهة الجنوبية", None, id="a-name-not-an-anaphor"),
    pytest.param("قوات النظام", None, id="no-group-head"),
])
def test_anaphor_head(text: str, head: str | None) -> None:
    phrase = ActorPhrase(0, len(text.split()), Span(0, len(text), text), "armed")
    assert _anaphor_head(phrase) == (normalize_form(head) if head else None)  # folded: ة → ه


def test_possessive_pronoun_of_the_speakers_body() -> None:
    doc = full("وقالت مصادر في الشرطة المحلية: إن ثلاثة من أفرادها قتلوا أثناء هجومهم على مواقع المسلحين في عدن أمس.")
    clash = [e for e in doc.events if e.type == "Battles"]
    assert clash and clash[0].actor1 == "الشرطة المحلية"


@pytest.mark.parametrize("text,placed,kept", [
    pytest.param("رويترز- الزاوية: قال مسؤول إن مسلحين هاجموا حاجزا للشرطة", True, False,
                 id="the-datelines-place-read-as-an-organisation"),
    pytest.param("رويترز- الزاوية: قال مسؤول إن مسلحين هاجموا حاجزا للشرطة", False, True,
                 id="an-organisation-the-places-stage-left"),
    pytest.param("قال مسؤول إن مسلحين هاجموا حاجزا للشرطة في الزاوية", True, True,
                 id="outside-the-dateline-left-to-the-other-rules"),
])
def test_the_datelines_place_is_no_actor(text: str, placed: bool, kept: bool) -> None:
    from khabar.doc import EntityMention, PlaceMention
    from tests.extract.test_event_actors import _find

    doc = Doc(Article(id="x", text=text))
    span = _find(doc.text, "الزاوية")
    doc.entities.append(EntityMention(span, "ORG"))
    if placed:
        doc.places.append(PlaceMention(span, name="Az Zawiyah", country="LY", level="city"))
    texts = [a.text for a in actor_phrases(doc, TokenView(doc))]
    assert ("الزاوية" in texts) == kept


@pytest.mark.parametrize("text,word,cued", [
    pytest.param("انفجار عبوة زرعها فيما يبدو إسلاميون في شقة", "إسلاميون", True, id="hedge-after-agent-cue"),
    pytest.param("انفجار عبوة زرعها إسلاميون في شقة", "إسلاميون", True, id="agent-cue"),
    pytest.param("انفجار عبوة فيما يبدو إسلاميون في شقة", "إسلاميون", False, id="hedge-without-cue"),
])
def test_agent_cue_past_a_hedge(text: str, word: str, cued: bool) -> None:
    from khabar.extract.event_actors import _agent_cue_before

    doc = Doc(Article(id="x", text=text))
    v = TokenView(doc)
    assert _agent_cue_before(v, _trigger(v, word), 0) == cued


@pytest.mark.parametrize("text,actor,resumed", [
    pytest.param("في وقت شن فيه طيران التحالف غارات على معسكر", "طيران التحالف", True, id="event-verb"),
    pytest.param("على المواقع التي يتمركز فيها المسلحون في المدينة", "المسلحون", False, id="someone-in-a-place"),
])
def test_subject_after_a_resumptive_pronoun(text: str, actor: str, resumed: bool) -> None:
    from khabar.extract.event_actors import _resumed

    doc = Doc(Article(id="x", text=text))
    v = TokenView(doc)
    a = next(a for a in actor_phrases(doc, v) if a.text == actor)
    assert _resumed(v, a, 0) == resumed


@pytest.mark.parametrize("person,phrase", [
    pytest.param("عبدالله صالح", "قوات الرئيس المخلوع علي عبدالله صالح", id="first-name-left-out-by-the-tagger"),
    pytest.param("علي عبدالله صالح", "قوات الرئيس المخلوع علي عبدالله صالح", id="whole-name-tagged"),
])
def test_forces_of_a_titled_person(person: str, phrase: str) -> None:
    from khabar.doc import EntityMention
    from tests.extract.test_event_actors import _find

    doc = Doc(Article(id="x", text="وقصفت قوات الرئيس المخلوع علي عبدالله صالح الأحياء السكنية"))
    doc.entities.append(EntityMention(_find(doc.text, person), "PER"))
    assert phrase in [a.text for a in actor_phrases(doc, TokenView(doc))]


@pytest.mark.parametrize("text,actor1,actor2", [
    pytest.param("وقال المصدر إن المسلحين حاولوا مباغتة قوات الأمن في الجبهة الشرقية بهجوم مفاجئ قرب عدن أمس.",
                 "المسلحين", "قوات الأمن", id="svo-attempt-object-then-adjunct"),
    pytest.param("وحاول المسلحون مباغتة قوات الأمن بهجوم مفاجئ قرب عدن أمس.", "المسلحون", "قوات الأمن",
                 id="vso-attempt-object-then-adjunct"),
])
def test_object_of_a_governed_verb_is_the_target(text: str, actor1: str, actor2: str) -> None:
    doc = run(text)
    assert [(e.actor1, e.actor2) for e in doc.events] == [(actor1, actor2)]


def test_a_clash_counting_the_dead_of_both_sides() -> None:
    doc = full("وأسفرت مواجهات في عدن أمس عن مقتل 12 من الحوثيين، بينما قتل اثنان من قوات الجيش.")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("قوات الجيش", "الحوثيين")]
