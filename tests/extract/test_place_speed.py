"""The places stage's per-word shortcuts answer as the full clitic-split search does."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.extract import place_guess, place_lexicon, places
from khabar.extract.place_lexicon import lexicon, morph
from khabar.text.normalize import normalize_form
from khabar.text.segment import proclitic_splits

WORDS = [
    pytest.param("حلب", id="bare-name"),
    pytest.param("بحلب", id="cue-prefix"),
    pytest.param("وبحلب", id="two-proclitics"),
    pytest.param("للجفينة", id="lam-article"),
    pytest.param("دمشق", id="no-prefix-letter"),
    pytest.param("محافظة", id="head"),
    pytest.param("بمحافظة", id="head-with-cue"),
    pytest.param("وشارع", id="feature-after-waw"),
    pytest.param("شارع", id="feature"),
    pytest.param("الرقة", id="article"),
    pytest.param("ب", id="one-letter"),
    pytest.param("", id="empty"),
    pytest.param("2015", id="digits"),
]


def _starts_reference(word: str) -> tuple:
    mo = morph()
    kinds = places._name_kinds(places.get_gazetteer(), lexicon())
    out = []
    for p, stem in proclitic_splits(word):
        if p in mo.ll_prefixes:
            cur, off = mo.article + stem, len(p) - 1
        elif p in mo.name_prefixes:
            cur, off = stem, len(p)
        else:
            continue
        kind = kinds.get(cur)
        if kind:
            out.append((cur, off, p, bool(kind & places._KNOWN), bool(kind & places._EXTENDABLE)))
    return tuple(out)


def _bare_reference(word: str) -> tuple[str, ...]:
    out = [word]
    for p, stem in proclitic_splits(word):
        if p in morph().head_prefixes and stem not in out:
            out.append(stem)
    return tuple(out)


def _feature_reference(word: str) -> tuple[str, str] | None:
    mo = morph()
    return next(((p, stem) for p, stem in proclitic_splits(word)
                 if stem in lexicon().features and p in mo.head_prefixes and mo.article not in p), None)


@pytest.mark.parametrize("word", WORDS)
def test_word_shortcuts_match_the_full_split(word):
    w = normalize_form(word)
    assert places._find_starts(w) == _starts_reference(w)
    assert place_lexicon._bare_forms(w) == _bare_reference(w)
    assert place_guess._feature_split(w) == _feature_reference(w)


@settings(max_examples=300, deadline=None)
@given(head=st.sampled_from(["", "و", "ب", "ف", "ل", "وب", "فل", "ال", "وال", "ا"]),
       body=st.sampled_from(["شارع", "جبل", "وادي", "حلب", "ب", "", "شارعين"]),
       tail=st.sampled_from(["", "ه", "ها", "ي", "x"]))
def test_feature_split_matches_the_full_split(head, body, tail):
    # a word that ends in no feature word is rejected before its splits are listed
    w = head + normalize_form(body) + tail
    assert place_guess._feature_split(w) == _feature_reference(w)


def test_shortcut_finds_a_name_without_proclitics():
    assert places._find_starts(normalize_form("دمشق"))[0][:3] == (normalize_form("دمشق"), 0, "")


def _dateline_reference(text: str, start: int, end: int) -> bool:
    lo = max(0, start - places._LINE_WINDOW)
    nl = text.rfind("\n", lo, start)
    if nl < 0 and lo > 0:
        return False
    hi = min(len(text), end + places._LINE_WINDOW)
    nr = text.find("\n", end, hi)
    long_line = nr < 0 and hi < len(text)
    line_start, line_end = nl + 1, (hi if nr < 0 else nr)
    before, after = text[line_start:start].strip(), text[end:line_end].lstrip()
    if not before:
        return bool(after) and after[0] in places._DASHES + ":("
    if before[-1] in places._DASHES and after[:1] == ":" and start - line_start <= places.DATELINE_CHARS:
        return True
    return (not after and not long_line and before[-1] in places._DASHES
            and line_end - line_start <= places.DATELINE_CHARS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["تونس", " ", "  ", "\n", "-", "–", ":", "(", "رويترز", ")", "قال",
                                 "عين اليوم", "x" * 45, " " * 50]), max_size=12),
       st.integers(min_value=0, max_value=11))
def test_dateline_answers_as_the_full_line_check(parts, at):
    at = min(at, len(parts))
    name = "حلب"
    text = "".join(parts[:at]) + name + "".join(parts[at:])
    start = len("".join(parts[:at]))
    assert places._dateline(text, start, start + len(name)) == \
        _dateline_reference(text, start, start + len(name))
