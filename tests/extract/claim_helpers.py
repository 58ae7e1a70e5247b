"""Shared by the claims tests: run the entities and claims stages on one fixture text."""

from __future__ import annotations

from khabar.doc import Article, Doc
from khabar.extract.claims import extract_claims
from khabar.extract.entities import extract_entities


def run(text: str, entities: bool = True) -> Doc:
    """The Doc of ``text`` after the entities (unless not ``entities``) and claims stages, every claim
    span checked against the text."""
    doc = Doc(Article(id="t", text=text))
    if entities:
        extract_entities(doc)
    extract_claims(doc)
    for c in doc.claims:
        for s in [c.cue, c.content, *c.via] + ([c.speaker] if c.speaker else []):
            assert doc.text[s.start:s.end] == s.text
    return doc
