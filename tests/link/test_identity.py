"""Cross-article identity: the same person or group gets one canonical id in every article."""

from __future__ import annotations

import pytest

from khabar.doc import Article, Doc, EntityMention
from khabar.link.aliases import extract_aliases
from khabar.link.identity import Referent, assign_ids, link_docs, link_records, name_key


def R(doc: str, typ: str, *names: str, canonical: str | None = None) -> Referent:
    return Referent(doc, typ, names, canonical)


@pytest.mark.parametrize("a, b, same", [
    pytest.param(R("a", "PER", "رجب طيب أردوغان", "أردوغان"), R("b", "PER", "رجب طيب اردوغان"), True,
                 id="hamza-spelling"),
    pytest.param(R("a", "PER", "مسعود برزاني"), R("b", "PER", "مسعود بارزاني"), True,
                 id="long-vowel-spelling"),
    pytest.param(R("a", "ORG", "داعش"), R("b", "ORG", "تنظيم الدولة الإسلامية"), True,
                 id="lexicon-group"),
    pytest.param(R("a", "ORG", "تنظيم القاعدة"), R("b", "ORG", "القاعدة", "تنظيم القاعدة"), True,
                 id="describing-head"),
    pytest.param(R("a", "ORG", "الحوثيون"), R("b", "ORG", "الحوثيين", "جماعة الحوثي"), True,
                 id="plural-case"),
    pytest.param(R("a", "PER", "علي صالح"), R("b", "PER", "علي عبد الله صالح", "صالح"), True,
                 id="middle-name-left-out"),
    pytest.param(R("a", "ORG", "قسد"), R("b", "ORG", "قوات سوريا الديمقراطية"), True,
                 id="acronym-in-lexicon"),
    pytest.param(R("a", "ORG", "X", canonical="جبهة النصرة"), R("b", "ORG", "جبهة النصرة"), True,
                 id="extractor-canonical"),
    pytest.param(R("a", "PER", "محمد الأحمد"), R("b", "PER", "سامي الأحمد"), False,
                 id="same-surname-other-person"),
    pytest.param(R("a", "PER", "علي صالح"), R("b", "ORG", "علي صالح"), False, id="type-differs"),
    pytest.param(R("a", "ORG", "المقاومة الشعبية"), R("b", "ORG", "المقاومة الإسلامية"), False,
                 id="same-head-other-group"),
    pytest.param(R("a", "ORG", "جبهة النصرة"), R("b", "ORG", "حركة أحرار الشام"), False,
                 id="unrelated"),
    pytest.param(R("a", "ORG", "حزب العمال الكردستاني", "حزب العمال"),
                 R("b", "ORG", "حزب العمال البريطاني", "حزب العمال"), False,
                 id="shared-short-name-is-no-identity"),
    pytest.param(R("a", "PER", "علي عبد الله", "عبد الله"), R("b", "PER", "ماجد عبد الله", "عبد الله"),
                 False, id="shared-surname-is-no-identity"),
])
def test_same_referent(a: Referent, b: Referent, same: bool) -> None:
    ia, ib = assign_ids([a, b])
    assert (ia == ib) is same


def test_one_word_referent_joins_only_an_unambiguous_full_name() -> None:
    refs = [R("a", "PER", "رجب طيب أردوغان"), R("b", "PER", "أردوغان"),
            R("c", "PER", "محمد الأحمد"), R("d", "PER", "سامي الأحمد"), R("e", "PER", "الأحمد"),
            R("f", "ORG", "جبهة النصرة"), R("g", "ORG", "النصرة")]
    ids = assign_ids(refs)
    assert ids[0] == ids[1] == "per:رجب طيب اردوغان"
    assert len({ids[2], ids[3], ids[4]}) == 3
    assert ids[5] == ids[6]


def test_chains_stop_at_ambiguous_short_names() -> None:
    ids = assign_ids([R("a", "PER", "علي صالح"), R("b", "PER", "علي عبد الله صالح"),
                      R("c", "PER", "علي محسن صالح")])
    assert len(set(ids)) == 3


def test_ids_are_stable_and_canonical() -> None:
    refs = [R("a", "ORG", "داعش"), R("b", "ORG", "الدولة الإسلامية"), R("c", "PER", "مسعود برزاني")]
    assert assign_ids(refs) == assign_ids(list(reversed(refs)))[::-1]
    assert assign_ids(refs)[2] == "per:مسعود برزاني"
    assert assign_ids([])  == []


def test_name_key_folds_variants() -> None:
    assert name_key("تنظيم الدولة الإسلامية") == name_key("الدولة الاسلامية")
    assert name_key("الحوثيون") == name_key("الحوثيين")
    assert name_key("«المرصد»") == name_key("المرصد")


def _doc(id: str, text: str) -> Doc:
    doc = Doc(Article(id=id, text=text))
    extract_aliases(doc)
    return doc


def test_link_docs_sets_entity_ids() -> None:
    d1 = _doc("a", "قال الرئيس الفرنسي إيمانويل ماكرون إن الاتفاق صامد. وأضاف ماكرون أن المحادثات ستستأنف.")
    d2 = _doc("b", "التقى إيمانويل ماكرون نظيره في باريس.")
    i = d2.text.index("إيمانويل")
    d2.entities.append(EntityMention(d2.span(i, i + len("إيمانويل ماكرون")), "PER"))
    j = d1.text.index("الاتفاق")
    d1.entities.append(EntityMention(d1.span(j + 2, j + 7), "ORG"))  # an unrelated mention
    link_docs([d1, d2])
    (c,) = d1.aliases
    assert c.entity_id == d2.entities[0].entity_id == "per:ايمانويل ماكرون"
    assert d1.entities[0].entity_id != c.entity_id


def test_link_records() -> None:
    recs = [{"id": "a", "aliases": [{"type": "ORG", "names": ["داعش", "تنظيم الدولة الإسلامية"],
                                     "spans": [{"start": 0, "end": 4}]}],
             "entities": [{"start": 0, "end": 4, "text": "داعش", "label": "ORG"}]},
            {"id": "b", "aliases": [],
             "entities": [{"start": 10, "end": 26, "text": "الدولة الإسلامية", "label": "ORG"},
                          {"start": 30, "end": 33, "text": "حلب", "label": "LOC"}]}]
    refs = link_records(recs)
    assert len(refs) == 2  # the entity inside a's cluster and the LOC are not referents of their own
    assert recs[0]["aliases"][0]["entity_id"] == recs[1]["entities"][0]["entity_id"]
    assert "entity_id" not in recs[1]["entities"][1]
