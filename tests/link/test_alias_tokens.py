"""TokenView: its columns and key positions answer as a token-by-token scan does."""

from __future__ import annotations

import pytest

from khabar.doc import Article, Doc
from khabar.link.alias_tokens import TokenView
from khabar.text.normalize import normalize_form

TEXTS = [
    pytest.param("وقال المرصد السوري إن المرصد وثق مقتل أحمد وبأحمد ومحمد.", id="clitics-and-repeats"),
    pytest.param("أعلن الرئيس محمد أمس، ثم قال محمد: لا.", id="punctuation"),
    pytest.param("", id="empty"),
    pytest.param("2015 - 11 ..", id="no-words"),
]


def _scan(tv: TokenView, table) -> list[tuple[int, str, int]]:
    return [(i, k, s) for i in range(len(tv)) for k, s in tv.keys[i] if k in table and s >= 0]


@pytest.mark.parametrize("text", TEXTS)
def test_columns_are_the_tokens_fields(text):
    doc = Doc(Article(id="t", text=text))
    tv = TokenView(doc)
    assert tv.norms == tuple(t.norm for t in doc.tokens)
    assert tv.words == tuple(t.is_word for t in doc.tokens)


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("kind", ["frozenset-larger", "frozenset-smaller", "dict"])
def test_positions_match_a_scan(text, kind):
    tv = TokenView(Doc(Article(id="t", text=text)))
    words = {normalize_form(w) for w in ("محمد", "أحمد", "المرصد", "السوري")}
    if kind == "frozenset-larger":  # more entries than the text has keys: walked from the text's side
        table = frozenset(words | {f"x{i}" for i in range(500)})
    elif kind == "frozenset-smaller":
        table = frozenset(words)
    else:
        table = dict.fromkeys(words | {f"x{i}" for i in range(500)}, True)
    assert tv.positions(table) == sorted(_scan(tv, table))


def test_the_token_view_keeps_no_document_alive() -> None:
    # a per-document answer (the keyword line) cached by document would hold every Doc read (its
    # tokens, entities, events …) for the life of the process: hundreds of MB over a corpus
    import gc
    import weakref

    doc = Doc(Article(id="kw", text="قال الرئيس سليمان إن الوضع مستقر.\nسمات سليمان الأسد سوريا"))
    assert TokenView(doc).keys
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None


def test_prefix_table_is_worked_out_once() -> None:
    from khabar.link.alias_tokens import _prefix_table

    assert _prefix_table() is _prefix_table()  # read for every new word (_token_keys)
