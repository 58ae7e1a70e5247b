"""TokenView reads each word's clitic readings and lexicon facts from the form memo segment keeps
(segment.Form.events) and gives the same readings as working them out token by token."""

from __future__ import annotations

import pytest

from khabar.doc import Article, Doc
from khabar.extract.event_words import TokenView


def _doc(text: str) -> Doc:
    return Doc(Article(id="ew", text=text))


def _plain(text: str) -> TokenView:
    doc = _doc(text)
    doc.tokens = list(doc.tokens)  # a new token list: no form memo, every token worked out alone
    assert doc.token_forms() is None
    return TokenView(doc)


@pytest.mark.parametrize("text", [
    pytest.param("شنت الطائرات غارات على المدينة أمس، وقصفت المدينة مجددا.", id="repeated-forms"),
    pytest.param("قتل ثلاثة أشخاص في انفجار عبوة ناسفة، وأصيب خمسة.", id="ta-marbuta-words"),
    pytest.param("ضربه المسلحون ثم ضربوه مرة ثانية.", id="pronoun-ha"),
    pytest.param("انفجرت سيارةٌ مفخخةٌ في المدينةِ.", id="ta-marbuta-with-marks"),
    # ة then an invisible mark: the text no longer ends the word in ة, so ه may be a pronoun, while
    # the same word a few tokens on ends in ة: one form memo, two readings
    pytest.param("قصفت الطائرات المدينة\u200c ثم المدينة.", id="one-form-two-readings"),
    pytest.param("", id="empty"),
    pytest.param("123 ... !!", id="no-words"),
])
def test_view_from_form_memo_equals_token_by_token(text: str) -> None:
    expected = _plain(text)
    for _ in range(2):  # the first view fills the memo, the second reads it
        v = TokenView(_doc(text))
        assert v.keys == expected.keys
        assert v.info == expected.info


def test_one_form_read_two_ways() -> None:
    v = TokenView(_doc("المدينة\u200c ثم المدينة"))
    assert v.doc.token_forms()[0] is v.doc.token_forms()[2]  # one memo
    assert v.keys[0] != v.keys[2]  # ه read as a pronoun only where the text hides the ة
