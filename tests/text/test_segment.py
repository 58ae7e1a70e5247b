import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.text.segment import clitic_splits
from tests.conftest import make_doc


@pytest.mark.parametrize("word,prefix,stem,suffix", [
    pytest.param("وقالت", "و", "قالت", "", id="conjunction-wa"),
    pytest.param("بالمدينة", "بال", "مدينه", "", id="bi-plus-article"),
    pytest.param("للجيش", "لل", "جيش", "", id="lam-article-contracted"),
    pytest.param("وبالقرب", "وبال", "قرب", "", id="wa-bi-al"),
    pytest.param("قوله", "", "قول", "ه", id="pronoun-suffix-hu"),
    pytest.param("مدينة", "", "مدينه", "", id="ta-marbuta-is-not-a-pronoun"),
    pytest.param("عناصرها", "", "عناصر", "ها", id="pronoun-suffix-ha"),
    pytest.param("قواتهم", "", "قوات", "هم", id="pronoun-suffix-hum"),
    pytest.param("في", "", "في", "", id="short-word-untouched"),
])
def test_best_clitic_split(word, prefix, stem, suffix):
    tok = [t for t in make_doc(word).tokens if t.is_word][0]
    assert (tok.prefix, tok.stem, tok.suffix) == (prefix, stem, suffix)


def test_clitic_splits_lists_alternatives():
    splits = clitic_splits("وزاره")
    assert ("", "وزاره", "") == splits[0]
    assert ("و", "زاره", "") in splits  # ambiguous: left to lexicon matchers


@pytest.mark.parametrize("text,n", [
    pytest.param("قتل شخص. وأصيب آخر! هل انتهى؟ نعم", 4, id="period-bang-question"),
    pytest.param("قال المصدر، إن القصف استمر", 1, id="no-split-at-arabic-comma"),
    pytest.param("بلغ 3.5 مليون", 1, id="no-split-inside-decimal"),
    pytest.param("العنوان\n\nالنص الأول", 2, id="line-break"),
])
def test_sentences(text, n):
    doc = make_doc(text)
    assert len(doc.sentences) == n
    for s in doc.sentences:
        assert doc.text[s.span.start:s.span.end] == s.span.text


def test_tokens_know_their_sentence():
    doc = make_doc("قتل شخص. وأصيب آخر.")
    words = [t for t in doc.tokens if t.is_word]
    assert [t.sentence for t in words] == [0, 0, 1, 1]


def test_clitic_splits_in_prefix_length_order():
    # one candidate proclitic per length, shortest first; suffix splits follow their prefix
    splits = clitic_splits("وبمدينتها")
    prefixes = [p for p, _, _ in splits[1:]]
    assert prefixes == sorted(prefixes, key=len)
    assert ("وب", "مدينت", "ها") in splits
    assert len(set(splits)) == len(splits)


@pytest.mark.parametrize("text", [
    pytest.param("قالَ “الجيشُ” إن", id="diacritics-and-quotes"),
    pytest.param("HELLO وقال", id="latin-upper-folded"),
    pytest.param("العدد ١٢٣ قتيلا.\nثم", id="arabic-indic-digits"),
    pytest.param("", id="empty"),
])
def test_token_spans_keep_the_offset_rule(text):
    doc = make_doc(text)
    for t in doc.tokens:
        assert doc.text[t.span.start:t.span.end] == t.span.text
        assert doc.norm.text[t.nstart:t.nend] == t.norm


def test_trim_caches_empties_a_full_cache():
    import functools

    from khabar.text.segment import trim_caches

    @functools.lru_cache(maxsize=None)
    def double(x: int) -> int:
        return 2 * x

    for i in range(5):
        double(i)
    trim_caches(double, limit=10)
    assert double.cache_info().currsize == 5
    trim_caches(double, limit=3)
    assert double.cache_info().currsize == 0
    assert double(4) == 8


def test_split_cache_rotates_and_tokens_stay_the_same(monkeypatch):
    import sys

    from khabar.doc import Span

    seg = sys.modules["khabar.text.segment"]
    monkeypatch.setattr(seg, "_SPLITS", seg._SplitCache(size=2))
    text = "وقالت المصادر إن مدينة حلب شهدت قصفا على أحيائها. وأكدت الشرطة اعتقال ثلاثة."
    first = make_doc(text).tokens
    assert len(seg._SPLITS.current) > 2  # one document fills the generation past its size
    second = make_doc("خبر قصير.").tokens  # rotates: the first document's words move to previous
    assert set(seg._SPLITS.previous) >= {t.norm for t in first if t.is_word and "ة" not in t.span.text}
    assert second and len(seg._SPLITS.current) <= 3
    again = make_doc(text).tokens
    assert again == first
    for t in again:
        assert type(t.span) is Span and t.span == Span(t.span.start, t.span.end, t.span.text)
        if t.is_word and not t.norm.isdigit():
            last = t.span.text[-1]
            assert (t.prefix, t.stem, t.suffix) == seg.best_split(t.norm, last if last == "ة" else "")


_CLITIC_LETTERS = "وفبلكسالهمنتيرد"


@settings(max_examples=400, deadline=None)
@given(word=st.text(alphabet=_CLITIC_LETTERS, min_size=1, max_size=10),
       last=st.sampled_from(["", "ة"]))
def test_best_split_matches_the_listed_reference(word, last):
    import sys

    seg = sys.modules["khabar.text.segment"]
    assert seg._best_split(word, last) == seg._best_split_listed(word, last)


@pytest.mark.parametrize("word,last,expected", [
    pytest.param("وبالمدينه", "ة", ("وبال", "مدينه", ""), id="wa-bi-al-ta-marbuta"),
    pytest.param("وبالمدينه", "", ("وبال", "مدين", "ه"), id="wa-bi-al-final-ha-a-pronoun"),
    pytest.param("مدينته", "ة", ("", "مدينته", ""), id="ta-marbuta-kept"),
    pytest.param("كتابه", "", ("", "كتاب", "ه"), id="pronoun-hu"),
    pytest.param("لبنان", "", ("ل", "بنان", ""), id="lam-before-four-letters"),
    pytest.param("لبلد", "", ("", "لبلد", ""), id="lam-needs-four-letters"),
    pytest.param("وبهم", "", ("و", "بهم", ""), id="wa-before-three-letters"),
    pytest.param("فسيقولونها", "", ("ف", "سيقولون", "ها"), id="fa-and-pronoun"),
])
def test_best_split_examples(word, last, expected):
    import sys

    seg = sys.modules["khabar.text.segment"]
    assert seg._best_split(word, last) == seg._best_split_listed(word, last) == expected


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=".!?؟;\n\r\t 19اب", max_size=16))
def test_sentence_ends_match_the_plain_pattern(text):
    import re
    import sys

    seg = sys.modules["khabar.text.segment"]
    ends = seg._ENDS
    plain = re.compile(rf"(?<!\d)[{ends}](?!\d)|[{ends}](?=\s|$)|\n+")
    assert [m.span() for m in seg._SENT_END.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(word=st.text(alphabet=_CLITIC_LETTERS, min_size=1, max_size=9))
def test_proclitic_splits_are_the_splits_without_suffix(word):
    from khabar.text.segment import proclitic_splits

    assert proclitic_splits(word) == [(p, stem) for p, stem, s in clitic_splits(word) if not s]


def test_word_cache_keeps_the_previous_generation():
    from khabar.text.segment import WordCache

    calls: list[str] = []

    def upper(w: str) -> str:
        calls.append(w)
        return w.upper()

    cache = WordCache(upper, size=2)
    assert [cache[w] for w in ("ab", "cd", "ef", "ab")] == ["AB", "CD", "EF", "AB"]
    assert calls == ["ab", "cd", "ef"]
    cache.rotate()  # three words > size: they become the previous generation
    assert len(cache) == 0 and set(cache.previous) == {"ab", "cd", "ef"}
    assert cache["cd"] == "CD" and calls == ["ab", "cd", "ef"]  # found in the previous one
    cache.rotate()  # one word: no rotation
    assert "cd" in cache


@pytest.mark.parametrize("text", [
    pytest.param("قصفت الطائرات مواقع في حلب.", id="plain"),
    pytest.param("وقالَ المُتحدّثُ: «قُتلَ 3».", id="diacritics"),
    pytest.param("", id="empty"),
])
def test_token_starts_are_made_once_and_follow_the_tokens(text):
    doc = make_doc(text)
    starts = doc.token_starts()
    assert starts == [t.span.start for t in doc.tokens]
    assert doc.token_starts() is starts  # shared by the stages, not made again
    doc.tokens = doc.tokens[1:]  # a new token list: its own starts
    assert doc.token_starts() == [t.span.start for t in doc.tokens]


def test_tokens_of_one_form_share_one_form_memo():
    doc = make_doc("قصفت الطائرات حلب، ثم قصفت الطائرات ريف حلب.")
    forms = doc.token_forms()
    assert forms is not None and len(forms) == len(doc.tokens)
    by_norm: dict = {}
    for tok, form in zip(doc.tokens, forms):
        assert by_norm.setdefault(tok.norm, form) is form  # one memo per form
    assert len({id(f) for f in forms}) == len(by_norm)
    assert make_doc("ثم قصفت حلب").token_forms()[1] is by_norm["قصفت"]  # kept across documents


def test_token_forms_follow_the_tokens():
    doc = make_doc("قصفت الطائرات حلب")
    doc.tokens = doc.tokens[1:]  # a stage or test that replaces the list: no memo of the old one
    assert doc.token_forms() is None


def _clitic_splits_listed(word: str) -> tuple[tuple[str, str, str], ...]:
    """The reference of clitic_splits: each proclitic sequence, shortest first, each suffix in file
    order (tested with endswith), a stem of at least min_stem letters."""
    from khabar.text.segment import _affixes

    prefixes, suffixes, min_stem = _affixes()
    out = [("", word, "")]
    for p in sorted(set(prefixes), key=len):
        if not word.startswith(p):
            continue
        rest = word[len(p):]
        if p and len(rest) >= min_stem:
            out.append((p, rest, ""))
        for s in suffixes:
            if s and word.endswith(s) and len(rest) - len(s) >= max(min_stem, 0):
                out.append((p, rest[:len(rest) - len(s)], s))
    return tuple(out)


@settings(max_examples=400, deadline=None)
@given(word=st.text(alphabet=_CLITIC_LETTERS + "هكمانيتة", min_size=0, max_size=9))
def test_clitic_splits_match_the_listed_reference(word):
    # the suffixes a word ends in are looked up by its last letters (no endswith per suffix)
    assert clitic_splits.__wrapped__(word) == _clitic_splits_listed(word)


@pytest.mark.parametrize("word", ["ه", "هم", "كما", "بهما", "وبهما", "لكم", "فيه", "مدينتها", "ني", "وني"])
def test_clitic_splits_of_short_words_and_long_suffixes(word):
    assert clitic_splits.__wrapped__(word) == _clitic_splits_listed(word)


@settings(max_examples=400, deadline=None)
@given(word=st.text(alphabet=_CLITIC_LETTERS + "هكمانيتة", min_size=0, max_size=9),
       pick=st.integers(min_value=0, max_value=40),
       other=st.text(alphabet=_CLITIC_LETTERS + "هكمانيتة", min_size=0, max_size=6))
def test_splits_to_stem_in_is_any_stem_of_the_listed_splits(word, pick, other):
    from khabar.text.segment import splits_to_stem_in

    stems = [stem for _p, stem, _s in clitic_splits.__wrapped__(word)]
    # one of the word's own stems (or none, past the end), and any other string
    chosen = {other} | ({stems[pick]} if pick < len(stems) else set())
    assert splits_to_stem_in(word, chosen) == any(stem in chosen for stem in stems)
    assert splits_to_stem_in(word, set()) is False
