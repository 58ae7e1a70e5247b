"""Shared test helpers: build a Doc from a short text, find the span of a substring."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.doc import Article, Doc


def make_doc(text: str, published: str | None = "2024-03-10", id: str = "t") -> Doc:
    pub = dt.date.fromisoformat(published) if published else None
    return Doc(Article(id=id, text=text, published=pub))


@pytest.fixture
def doc_factory():
    return make_doc
