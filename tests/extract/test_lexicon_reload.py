"""The events stage's hand-kept per-word tables follow a reload of the lexicons they were built from.

``event_words`` keeps a merged index, the stems that may start a phrase and per-word tables;
``numbers`` keeps per-word answers for the casualties.yaml ``more_killed`` words. When the cached
lexicons are cleared and reloaded (or the memory budget empties the caches), the next document must
see the reloaded vocabulary, not the tables built from the old one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from khabar.doc import Article, Doc
from khabar.extract import event_words, numbers
from khabar.extract.event_words import TokenView
from khabar.text import memory

_MADE_UP = "تفرقعت"  # no trigger of the real lexicon: a made-up verb


def _view(text: str) -> TokenView:
    return TokenView(Doc(Article(id="reload", text=text)))


@pytest.fixture
def restore_lexicons() -> Iterator[None]:
    yield
    event_words.lexicons.cache_clear()
    numbers._word_set.cache_clear()


def _with_trigger(real):  # load_tsv, with one more trigger row
    def load(relpath, required=(), language="ar"):
        rows = real(relpath, required, language)
        if relpath == "events/triggers.tsv":
            extra = dict(rows[0], form=_MADE_UP, type="Explosions/Remote violence",
                         subtype="Remote explosive/landmine/IED", context="")
            rows = (*rows, extra)
        return rows
    return load


@pytest.mark.parametrize("clear", [
    pytest.param(lambda: event_words.lexicons.cache_clear(), id="lexicons-cache-cleared"),
    pytest.param(lambda: (event_words.lexicons.cache_clear(), memory.clear_caches()), id="and-memory-budget"),
])
def test_trigger_tables_follow_a_lexicon_reload(monkeypatch, restore_lexicons, clear) -> None:
    text = f"{_MADE_UP} عبوة ناسفة في السوق"
    assert not [m for m in _view(text).triggers() if m.i == 0]  # the tables are filled for this word
    monkeypatch.setattr(event_words, "load_tsv", _with_trigger(event_words.load_tsv))
    clear()
    found = [m.entry["subtype"] for m in _view(text).triggers() if m.i == 0]
    assert found == ["Remote explosive/landmine/IED"]
    monkeypatch.undo()
    event_words.lexicons.cache_clear()
    assert not [m for m in _view(text).triggers() if m.i == 0]  # and back again


def test_word_info_follows_a_lexicon_reload(monkeypatch, restore_lexicons) -> None:
    assert event_words.word_info(_MADE_UP, False).hits == {}
    monkeypatch.setattr(event_words, "load_tsv", _with_trigger(event_words.load_tsv))
    event_words.lexicons.cache_clear()
    assert "triggers" in event_words.word_info(_MADE_UP, False).hits


def test_more_killed_answers_follow_a_reload(monkeypatch, restore_lexicons) -> None:
    text = "وقد جندلت القوات 12 مسلحا"  # a made-up killing verb, then its figure
    v = _view(text)
    k = next(i for i, t in enumerate(v.tokens) if t.norm == "جندلت")
    assert not numbers._more_killed(v, k)
    real = numbers.load_yaml

    def load(relpath, language="ar"):
        data = real(relpath, language)
        if relpath == "events/casualties.yaml":
            data = {**data, "more_killed": [*data["more_killed"], "جندلت"]}
        return data

    monkeypatch.setattr(numbers, "load_yaml", load)
    numbers._word_set.cache_clear()
    v = _view(text)
    assert numbers._more_killed(v, k)
    assert k in numbers._more_killed_words(v)
