import pytest

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
