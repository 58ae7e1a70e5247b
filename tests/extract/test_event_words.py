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
        assert _read(v) == _read(expected)
        assert v.info == expected.info


def _read(v: TokenView) -> list:
    return [v.keys[k] for k in range(len(v.keys))]  # (each read by index: see _Readings)


def test_one_form_read_two_ways() -> None:
    v = TokenView(_doc("المدينة\u200c ثم المدينة"))
    assert v.doc.token_forms()[0] is v.doc.token_forms()[2]  # one memo
    assert v.keys[0] != v.keys[2]  # ه read as a pronoun only where the text hides the ة


def test_readings_of_words_no_lexicon_knows_are_worked_out_when_read() -> None:
    from khabar.extract.event_words import UNKNOWN_WORD, token_keys

    # words of no lexicon (a dedication, a ta marbuta noun, a pronoun ه) beside a trigger word
    text = "أهدت الشاعرة قصيدته ومجموعتها الجديدة إلى المدينة، ثم قصفت الطائرات البلدة."
    for doc in (_doc(text), _doc(text)):  # worked out, then read from the form memo
        v = TokenView(doc)
        unread = [k for k in range(len(v.keys)) if list.__getitem__(v.keys, k) is None]
        assert unread and all(v.info[k] is UNKNOWN_WORD for k in unread)
        assert v.info[v.triggers()[0].i] is not UNKNOWN_WORD
        for k in unread + [-1, -2]:
            t = v.tokens[k]
            ta = t.norm.endswith("ه") and t.span.text.endswith("ة")
            assert v.keys[k] == token_keys(t.norm, ta)
            assert list.__getitem__(v.keys, k) == token_keys(t.norm, ta)  # kept once read
        assert v.keys[0:3] == [v.keys[0], v.keys[1], v.keys[2]]
