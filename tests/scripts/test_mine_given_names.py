"""scripts/mine_given_names.py: which words fill a name slot, and which of them are kept as given names.

The texts are made-up report sentences, tokenised as the script tokenises the corpus.
"""

from __future__ import annotations

import argparse
import importlib.util
import pathlib

import pytest

from khabar.lang import load_tsv

SCRIPT = pathlib.Path(__file__).resolve().parents[2] / "scripts" / "mine_given_names.py"
_spec = importlib.util.spec_from_file_location("mine_given_names", SCRIPT)
mine = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mine)

ARGS = argparse.Namespace(min_slot=3, min_titled=1, min_next=3, max_top_next=0.8, min_share=0.1,
                          max_definite=1.0, min_len=3, max_next_name=0.5, max_nisba=1.0, imperfect_share=0.2,
                          min_anchor_share=0.05, anchor_min_total=500)


@pytest.fixture(scope="module")
def vocab():
    return mine.Vocab()


def _toks(text: str) -> list[tuple[str, str]]:
    return [(w, mine.normalize_form(w)) for w in mine._WORD.findall(text)]


def _slots(vocab, *texts: str) -> dict[str, int]:
    return dict(mine.scan([_toks(t) for t in texts], vocab, vocab.known).slot)


@pytest.mark.parametrize("text,word,count", [
    pytest.param("وقال النائب حمود الحمدان إن الجلسة تأجلت", "حمود", 1, id="title-then-nisba"),
    pytest.param("واستقبل وزير الخارجية الكويتي فلاح المطيري السفير", "فلاح", 1, id="office-past-its-genitive"),
    pytest.param("وأكد للوزير مشعان بن سعد أن", "مشعان", 1, id="title-behind-a-preposition-then-son-of"),
    pytest.param("وقال محمد مطلق العتيبي إن", "مطلق", 1, id="father-name-between-name-and-nisba"),
    pytest.param("وزار رئيس قسم الطوارئ المستشفى", "قسم", 0, id="office-without-article-governs-a-genitive"),
    pytest.param("وقال الرئيس يطمئن الجمهور", "يطمين", 1, id="a-verb-fills-the-slot-the-frequency-test-drops-it"),
    pytest.param("وقال الوزير عوض الذي وصل أمس", "عوض", 0, id="a-relative-pronoun-is-no-family-name"),
])
def test_name_slots(vocab, text, word, count):
    assert _slots(vocab, text).get(word, 0) == count


def _counts(vocab, texts: list[str]) -> mine.Counts:
    return mine.scan([_toks(t) for t in texts], vocab, vocab.known)


NAME_TEXTS = ["وقال النائب حمود الحمدان", "وصرح الشيخ حمود الشايع", "وأكد المهندس حمود المخلافي",
              "وحضر حمود بن سالم", "وتحدث العميد حمود الحارثي"]


def test_a_word_seen_in_varied_name_slots_is_kept(vocab):
    c = _counts(vocab, NAME_TEXTS)
    assert mine.keep(mine.normalize_form("حمود"), c, vocab, vocab.known, ARGS)


def test_a_word_seen_mostly_elsewhere_is_not_kept(vocab):
    ordinary = ["وهذا سالف الذكر"] * 60
    c = _counts(vocab, [t.replace("حمود", "سالف") for t in NAME_TEXTS] + ordinary)
    assert not mine.keep(mine.normalize_form("سالف"), c, vocab, vocab.known, ARGS)


def test_a_word_always_before_the_same_word_is_part_of_a_title(vocab):
    c = _counts(vocab, ["وقال الرئيس خادم الحرمين"] * 5 + ["وأكد الملك خادم الحرمين"])
    assert not mine.keep(mine.normalize_form("خادم"), c, vocab, vocab.known, ARGS)


def test_a_verb_with_both_imperfect_prefixes_is_not_kept(vocab):
    texts = ["وقال الرئيس يستأنف الحوار", "وأكد الوزير يستأنف العمل", "الشيخ يستأنف الدرس",
             "والنائب يستأنف الجلسة"] + ["والفريق تستأنف المباراة"] * 3
    c = _counts(vocab, texts)
    assert not mine.keep(mine.normalize_form("يستأنف"), c, vocab, vocab.known, ARGS)


def test_mined_rows_of_first_names_validate():
    rows = load_tsv("entities/first_names.tsv", required=("form", "gender", "origin"))
    mined = [r for r in rows if r["origin"] == "mined"]
    assert all(r["gender"] in {"m", "f"} for r in mined)
    hand = {mine.normalize_form(r["form"]) for r in rows if r["origin"] != "mined"}
    assert not [r["form"] for r in mined if mine.normalize_form(r["form"]) in hand]


def test_the_base_of_a_frequent_nisba_is_a_surname(vocab):
    texts = [t.replace("حمود", "مطير") for t in NAME_TEXTS] + ["وقال سعد المطيري"] * 10
    c = _counts(vocab, texts)
    assert not mine.keep(mine.normalize_form("مطير"), c, vocab, vocab.known, ARGS)
