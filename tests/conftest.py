"""Shared test helpers: build a Doc from a short text, set the places of a small gazetteer in it."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.doc import Article, Doc, PlaceMention, Span


def make_doc(text: str, published: str | None = "2024-03-10", id: str = "t") -> Doc:
    pub = dt.date.fromisoformat(published) if published else None
    return Doc(Article(id=id, text=text, published=pub))


def add_places(doc: Doc, table: dict[str, tuple]) -> Doc:
    """Set every occurrence in the doc's text of each name of ``table`` (name -> (English name,
    country, level, lat, lon, admin1)) as a resolved place, the places in text order."""
    text = doc.text
    for name, (en, cc, level, lat, lon, admin1) in table.items():
        pos = text.find(name)
        while pos >= 0:
            doc.places.append(PlaceMention(Span(pos, pos + len(name), name), name=en, country=cc,
                                           level=level, lat=lat, lon=lon, admin1=admin1))
            pos = text.find(name, pos + 1)
    doc.places.sort(key=lambda p: p.span.start)
    return doc


@pytest.fixture
def doc_factory():
    return make_doc
