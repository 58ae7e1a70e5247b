"""Helpers shared by the link tests: an article's alias clusters as sets of names, each span
checked against the text, after the stages aliases read (``tagged``) or on the bare document
(``bare``); the articles each event of linked mentions groups (``groups``)."""

from __future__ import annotations

from typing import Callable

import pytest

from khabar.doc import Article, Doc
from khabar.link.aliases import extract_aliases
from khabar.link.events import EventMention, link_mentions
from khabar.pipeline import Pipeline


def cluster_sets(doc: Doc) -> list[set[str]]:
    """The names of each alias cluster of ``doc``; every span must point into its text."""
    for c in doc.aliases:
        for s in c.names:
            assert doc.text[s.start:s.end] == s.text
    return [{s.text for s in c.names} for c in doc.aliases]


def groups(ms: list[EventMention]) -> set[frozenset[str]]:
    """The articles of each event the linker makes of ``ms``."""
    return {frozenset(m.article for m in c.members) for c in link_mentions(ms)}


@pytest.fixture(scope="module")
def tagged() -> Callable[[str], list[set[str]]]:
    """``tagged(text)``: the clusters after the stages aliases read, then aliases."""
    pl = Pipeline(names=("times", "places", "entities", "claims", "aliases"))
    return lambda text: cluster_sets(pl.run(Article(id="t", text=text)))


@pytest.fixture(scope="module")
def bare() -> Callable[[str], list[set[str]]]:
    """``bare(text)``: the clusters of aliases alone on an untagged document."""
    def go(text: str) -> list[set[str]]:
        doc = Doc(Article(id="t", text=text))
        extract_aliases(doc)
        return cluster_sets(doc)
    return go
