import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.doc import Article, Doc
from khabar.text.normalize import normalize, normalize_form

ARABIC_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـ"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
    "“”«»‘’\u00a0\u200f\u200e\ufeff ﻻﷲ،؟.!\n \tabcXYZ0123"
)


@pytest.mark.parametrize("raw,expected", [
    pytest.param("قُتِلَ", "قتل", id="diacritics"),
    pytest.param("الـــجيش", "الجيش", id="tatweel"),
    pytest.param("أإآٱ", "اااا", id="alef-forms"),
    pytest.param("مستشفى", "مستشفي", id="alef-maqsura"),
    pytest.param("مدينة", "مدينه", id="ta-marbuta"),
    pytest.param("٢٠١٥ ۲۰۲۳", "2015 2023", id="arabic-indic-and-persian-digits"),
    pytest.param("“الجيش”", '"الجيش"', id="curly-quotes"),
    pytest.param("«سانا»", '"سانا"', id="angle-quotes"),
    pytest.param("حلب\u00a0اليوم", "حلب اليوم", id="no-break-space"),
    pytest.param("ﻻ", "لا", id="lam-alef-ligature"),
    pytest.param("سو\u200fريا", "سوريا", id="bidi-mark-inside-name"),
    pytest.param("MQ-9", "mq-9", id="latin-lowercased"),
])
def test_folding(raw, expected):
    assert normalize(raw).text == expected
    assert normalize_form(raw) == expected


def test_span_from_norm_covers_trailing_diacritics():
    doc = Doc(Article(id="x", text="قتل ثلاثةٌ أمس"))
    ns, ne = doc.norm.find("ثلاثه")
    span = doc.span_from_norm(ns, ne)
    assert span.text == "ثلاثةٌ"


def test_expansion_maps_to_whole_ligature():
    doc = Doc(Article(id="x", text="قال ﻻ شيء"))
    ns, ne = doc.norm.find("لا")
    assert doc.span_from_norm(ns, ne).text == "ﻻ"
    assert doc.span_from_norm(ns, ns + 1).text == "ﻻ"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ARABIC_ALPHABET, max_size=80), st.data())
def test_every_normalised_range_maps_back_exactly(text, data):
    doc = Doc(Article(id="p", text=text))
    n = len(doc.norm.text)
    ns = data.draw(st.integers(0, n))
    ne = data.draw(st.integers(ns, n))
    span = doc.span_from_norm(ns, ne)
    assert doc.text[span.start:span.end] == span.text
    assert 0 <= span.start <= span.end <= len(text)
    # the original span normalises back to at least the normalised range
    assert doc.norm.text[ns:ne] in normalize_form(span.text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_unicode_keeps_offsets_valid(text):
    doc = Doc(Article(id="p", text=text))
    for tok in doc.tokens:
        assert doc.text[tok.span.start:tok.span.end] == tok.span.text
    for s in doc.sentences:
        assert doc.text[s.span.start:s.span.end] == s.span.text


def test_identity_entries_fold_like_the_plain_table():
    """The table's identity entries (a speed-up of str.translate) change no character's folding."""
    import sys

    norm = sys.modules["khabar.text.normalize"]
    plain = str.maketrans(norm._FOLD)
    chars = "".join(chr(cp) for cp in [*range(0x0800), *range(0x2000, 0x2100), *range(0xFB50, 0xFF00)])
    assert chars.translate(norm._TABLE) == chars.translate(plain)
