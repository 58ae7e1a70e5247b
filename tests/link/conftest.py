"""Fixtures shared by the alias tests."""

from __future__ import annotations

import pytest

from khabar.doc import Article
from khabar.pipeline import Pipeline


@pytest.fixture(scope="module")
def tagged():
    """``tagged(text)``: the article's alias clusters as sets of names, each span checked against
    the text (the stages aliases read, then aliases)."""
    pl = Pipeline(names=("times", "places", "entities", "claims", "aliases"))

    def go(text: str) -> list[set[str]]:
        doc = pl.run(Article(id="t", text=text))
        for c in doc.aliases:
            for s in c.names:
                assert doc.text[s.start:s.end] == s.text
        return [{s.text for s in c.names} for c in doc.aliases]
    return go
