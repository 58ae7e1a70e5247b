"""The entities stage: domain actors from the lexicon, model mentions, offsets and robustness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.extract.entities import ACTOR_CATEGORIES, _starts, actors, extract_entities, word_forms
from khabar.text.normalize import normalize_form
from tests.conftest import make_doc


def entities_of(text: str) -> list:
    doc = make_doc(text)
    extract_entities(doc)
    for e in doc.entities:
        assert doc.text[e.span.start:e.span.end] == e.span.text
    return doc.entities


def lexicon_hits(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.span.text, e.canonical, e.actor_category) for e in entities_of(text) if e.source == "lexicon"]


LEXICON_CASES = [
    pytest.param("أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.",
                 [("تنظيم الدولة الإسلامية", "داعش", "Rebel group")], id="is-long-name"),
    pytest.param("وقتل عنصران من داعش في كمين.", [("داعش", "داعش", "Rebel group")], id="is-short-name"),
    pytest.param("وسيطرت قوات سوريا الديمقراطية (قسد) على القرية.",
                 [("قوات سوريا الديمقراطية", "قوات سوريا الديمقراطية", "Rebel group"),
                  ("قسد", "قوات سوريا الديمقراطية", "Rebel group")], id="sdf-and-acronym"),
    pytest.param("واتهمت الحكومة جماعة أنصار الله بقصف الميناء.",
                 [("جماعة أنصار الله", "الحوثيون", "Rebel group")], id="houthis-ansar-allah"),
    pytest.param("وقال المتحدث إن الحوثيين أطلقوا صاروخا.",
                 [("الحوثيين", "الحوثيون", "Rebel group")], id="houthis-oblique-plural"),
    pytest.param("وأكدت القيادة المركزية الأمريكية (سنتكوم) مقتل القيادي.",
                 [("القيادة المركزية الأمريكية", "القيادة المركزية الأمريكية", "External/Other forces"),
                  ("سنتكوم", "القيادة المركزية الأمريكية", "External/Other forces")], id="centcom"),
    pytest.param("وقالت وزارة الدفاع الأمريكية إن الضربة دقيقة.",
                 [("وزارة الدفاع الأمريكية", "البنتاغون", "External/Other forces")], id="pentagon-alias"),
    pytest.param("وقصفت قوات النظام أحياء المدينة.",
                 [("قوات النظام", "الجيش السوري", "State forces")], id="regime-forces"),
    pytest.param("وشارك مقاتلو حزب الله في المعركة.",
                 [("حزب الله", "حزب الله", "Political militia")], id="hezbollah"),
    pytest.param("وانتشرت قوات الحشد الشعبي على الطريق.",
                 [("قوات الحشد الشعبي", "قوات الحشد الشعبي", "Political militia")], id="pmf-longest-match"),
    pytest.param("وأصيب ثلاثة من المدنيين بجروح.", [("المدنيين", "مدنيون", "Civilians")], id="civilians"),
    pytest.param("واتهمت حركة المقاومة الإسلامية (حماس) الاحتلال بخرق الهدنة.",
                 [("حركة المقاومة الإسلامية", "حماس", "Rebel group"), ("حماس", "حماس", "Rebel group")],
                 id="punctuation-breaks-a-name"),
    pytest.param("وقال المرصد السوري لحقوق الإنسان إن الاشتباكات مستمرة.",
                 [("المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان", None)], id="monitor-no-category"),
]


@pytest.mark.parametrize("text,expected", LEXICON_CASES)
def test_lexicon_actors(text, expected):
    assert lexicon_hits(text) == expected


CLITIC_CASES = [
    pytest.param("وأكد أن والحوثيين انسحبوا.", "الحوثيين", id="wa-al-keeps-article"),
    pytest.param("ونسبت الهجمات لداعش في المنطقة.", "داعش", id="li-cut"),
    pytest.param("وبحزب الله علاقة قديمة.", "حزب الله", id="wa-bi-cut"),
    pytest.param("وأعلن الولاء للقاعدة أمس.", "للقاعدة", id="lil-article-kept-whole"),
]


@pytest.mark.parametrize("text,span_text", CLITIC_CASES)
def test_lexicon_span_leaves_out_clitics(text, span_text):
    assert [h[0] for h in lexicon_hits(text)] == [span_text]


@pytest.mark.parametrize("text", [
    pytest.param("وتقع قاعدة عسكرية قرب المطار.", id="base-is-not-al-qaeda"),
    pytest.param("وحشد الجيش قواته على الحدود.", id="verb-hashd-is-not-pmf"),
    pytest.param("وقال إن الدولة ستدعم المزارعين.", id="state-alone-is-not-is"),
])
def test_lexicon_does_not_overmatch(text):
    assert lexicon_hits(text) == []


def test_model_mentions_people_places_and_orgs():
    ents = entities_of("وقال الرئيس الأمريكي باراك أوباما في مؤتمر صحفي عقده في واشنطن إن بلاده ستواصل دعم حلفائها.")
    got = {(e.span.text, e.label) for e in ents}
    assert ("باراك أوباما", "PER") in got
    assert ("واشنطن", "LOC") in got
    assert all(e.source == "model" for e in ents)


def test_lexicon_wins_over_overlapping_model_mention():
    ents = entities_of("وقال بيان لقوات سوريا الديمقراطية إن عناصرها صدوا هجوما في ريف دير الزور.")
    sdf = [e for e in ents if e.canonical == "قوات سوريا الديمقراطية"]
    assert len(sdf) == 1 and sdf[0].source == "lexicon"
    assert not any(e.span.overlaps(sdf[0].span) for e in ents if e is not sdf[0])


def test_entities_in_text_order_without_overlaps():
    ents = entities_of("التقى وزير الخارجية السعودي نظيره التركي في أنقرة، وبحثا الوضع في اليمن وسوريا "
                       "والهجمات التي يشنها الحوثيون وتنظيم داعش.")
    starts = [(e.span.start, e.span.end) for e in ents]
    assert starts == sorted(starts)
    for a, b in zip(ents, ents[1:]):
        assert a.span.end <= b.span.start


def test_every_actor_has_a_valid_category_and_label():
    index, names = actors()
    assert names
    for actor in names.values():
        assert actor.category is None or actor.category in ACTOR_CATEGORIES
        assert actor.label in ("PER", "ORG", "MISC")


def test_word_forms_cut_clitics():
    forms = dict(word_forms("والجيش"))
    assert forms["الجيش"] == 1
    assert forms["والجيش"] == 0
    assert dict(word_forms("للجيش"))["الجيش"] == -1


@pytest.mark.parametrize("word", [
    pytest.param("داعش", id="bare-name"),
    pytest.param("وداعش", id="conjunction"),
    pytest.param("والجيش", id="conjunction-article"),
    pytest.param("وللجيش", id="lam-article"),
    pytest.param("بالقوات", id="preposition-article"),
    pytest.param("الجيش", id="article"),
    pytest.param("مستشفى", id="no-name"),
    pytest.param("ا", id="one-letter"),
])
def test_name_starts_equal_those_of_every_word_form(word):
    """_starts skips the clitic splits of words whose tails begin no name: same answer as all forms."""
    index, _ = actors()
    norm = normalize_form(word)
    assert _starts(norm) == tuple((rest, cut, actor) for form, cut in word_forms(norm)
                                  for rest, actor in index.get(form, ()))


@pytest.mark.parametrize("text", [
    pytest.param("", id="empty"),
    pytest.param("   \n\n ", id="blank"),
    pytest.param("2024 123 45.6", id="digits"),
    pytest.param("The Islamic State said on Monday that ISIS fighters...", id="latin"),
    pytest.param("!!! ؟؟؟ ... ،،،", id="punctuation"),
    pytest.param("قُتِلَ ثلاثةٌ مِنْ عناصرِ داعشَ فِي حلبَ", id="diacritics"),
    pytest.param("داعش " * 3000, id="huge-repetitive"),
])
def test_odd_input_never_raises(text):
    entities_of(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوية أإآىؤئء ًٌٍَُِّْـ،.؟!()\"«»0123456789٠١٢abc\n",
               max_size=200))
def test_offsets_hold_on_random_text(text):
    entities_of(text)


@pytest.mark.parametrize("spans, query, expected", [
    pytest.param([(0, 5), (10, 20)], (5, 10), False, id="between-two-spans"),
    pytest.param([(0, 5), (10, 20)], (4, 6), True, id="across-an-end"),
    pytest.param([(10, 20), (0, 5)], (12, 13), True, id="inside-unsorted-input"),
    pytest.param([(0, 50), (10, 12)], (20, 30), True, id="inside-an-earlier-long-span"),
    pytest.param([], (0, 3), False, id="no-spans"),
    pytest.param([(3, 8)], (8, 9), False, id="touching-is-not-overlapping"),
])
def test_overlap_test_agrees_with_span_overlaps(spans, query, expected):
    from khabar.doc import Span
    from khabar.extract.entities import _overlap_test

    objs = [Span(a, b, "x" * (b - a)) for a, b in spans]
    q = Span(query[0], query[1], "x" * (query[1] - query[0]))
    assert _overlap_test(objs)(*query) is expected
    assert any(q.overlaps(s) for s in objs) is expected


def test_no_person_inside_a_town_the_places_stage_took():
    """"زويد" of the town "الشيخ زويد" is no person once the places stage holds the whole name; a
    person outside the town's span is kept."""
    from khabar.doc import PlaceMention, Span

    text = "وقالت مصادر طبية في الشيخ زويد إن خمسة أشخاص قتلوا."
    bare = make_doc(text)
    extract_entities(bare)
    assert ("زويد", "PER") in [(e.span.text, e.label) for e in bare.entities]  # the model alone says PER
    doc = make_doc(text)
    start = text.index("الشيخ زويد")
    doc.places.append(PlaceMention(Span(start, start + len("الشيخ زويد"), "الشيخ زويد"), level="city"))
    extract_entities(doc)
    assert not [e for e in doc.entities if e.label == "PER" and start <= e.span.start < start + 10]


@pytest.mark.parametrize("text", [
    pytest.param("قال الرئيس عبد ربه منصور هادي إن هادي سيعود. وأكد هادي ذلك.", id="repeated-name"),
    pytest.param("وقال المتحدث باسم الجيش السوري", id="one-sentence"),
    pytest.param("", id="empty"),
])
def test_tagger_items_from_the_form_memo_equal_the_tokens_own(text):
    import sys

    from khabar.doc import Article, Doc

    ent = sys.modules["khabar.extract.entities"]
    doc = Doc(Article(id="m", text=text))
    groups = [[t for t in doc.tokens if t.sentence == s] for s in sorted({t.sentence for t in doc.tokens})]
    plain = [[(t.norm, t.prefix, t.stem, t.suffix) for t in g] for g in groups]
    assert ent._items(doc, groups, len(groups)) == (plain, doc.token_forms())  # filled into the memos
    assert ent._items(doc, groups, len(groups)) == (plain, doc.token_forms())  # read from them
