"""Government bodies named by a head word, a portfolio and the state's nisba: ORG mentions.

Reads ``doc.tokens`` (normalised forms and clitic splits); returns :class:`khabar.doc.EntityMention`
items (``source="rule"``, label ORG) for :mod:`khabar.extract.entities` to merge: a ministry or staff
head (وزارة، رئاسة، هيئة …) with a following portfolio (الداخلية، الخارجية، الأركان …) and an
optional nisba adjective of a state (a definite word ending as the data file says), and a portfolio
that names the body alone when a nisba follows it ('الداخلية التونسية'). A glued conjunction or
preposition on the head is left out of the span. The tagger misses most of these: a ministry of a
named state is a speaker and an actor in many reports.

Data file: ``lang/ar/entities/bodies.yaml`` (heads, headless, nisba_endings).

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="a", text="وقالت وزارة الداخلية الأفغانية إن ..."))
    >>> [m.span.text for m in body_mentions(doc)]  # doctest: +SKIP
    ['وزارة الداخلية الأفغانية']
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from khabar.doc import Doc, EntityMention, Token
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form
from khabar.text.segment import clitic_data

_CLITICS = clitic_data()
_ART = _CLITICS["article"][0]
_CUTTABLE = frozenset(_CLITICS["conjunctions"] + _CLITICS["prepositions"]
                      + [c + p for c in _CLITICS["conjunctions"] for p in _CLITICS["prepositions"]])


@dataclass(frozen=True, slots=True)
class Bodies:
    heads: dict[str, tuple[tuple[str, ...], ...]]  # head -> portfolios (word tuples), longest first
    headless: frozenset[str]  # portfolios naming the body alone before a nisba
    endings: tuple[str, ...]  # nisba endings after the article
    keys: frozenset[str]  # stems a body may start with (heads, headless portfolios)


def _words(text: str) -> tuple[str, ...]:
    return tuple(normalize_form(text).split())


@functools.cache
def bodies() -> Bodies:
    data = load_yaml("entities/bodies.yaml") or {}
    heads: dict[str, tuple[tuple[str, ...], ...]] = {}
    for head, portfolios in (data.get("heads") or {}).items():
        forms = {_words(p) for p in portfolios or [] if _words(p)}
        heads[normalize_form(head)] = tuple(sorted(forms, key=len, reverse=True))
    headless = frozenset(normalize_form(p) for p in data.get("headless") or [])
    endings = tuple(normalize_form(e) for e in data.get("nisba_endings") or [])
    keys = frozenset(heads) | headless | frozenset(p[len(_ART):] for p in headless if p.startswith(_ART))
    return Bodies(heads, headless, endings, keys)


def _nisba(tok: Token, endings: tuple[str, ...]) -> bool:
    """A definite adjective of origin ('الأفغانية'): the article alone as its prefix, a stem of at
    least three letters before the ending."""
    if tok.prefix != _ART or not tok.is_word:
        return False
    return any(tok.stem.endswith(e) and len(tok.stem) - len(e) >= 3 for e in endings)


def _portfolio(toks: list[Token], i: int, portfolios: tuple[tuple[str, ...], ...]) -> int:
    """The end index of the longest portfolio starting at token ``i``, or ``i`` if none."""
    for words in portfolios:
        j = i + len(words)
        if j <= len(toks) and all(toks[i + k].norm == w for k, w in enumerate(words)):
            return j
    return i


def body_mentions(doc: Doc) -> list[EntityMention]:
    """ORG mentions of government bodies, in text order, not overlapping one another."""
    b = bodies()
    toks = doc.tokens
    out: list[EntityMention] = []
    keys = b.keys
    n = len(toks)
    i = next((k for k, t in enumerate(toks) if t.stem in keys or t.norm in keys), n)  # the first start
    while i < n:
        tok = toks[i]
        if tok.stem not in keys and tok.norm not in keys:
            i += 1
            continue
        cut, portfolios = 0, b.heads.get(tok.norm)
        if portfolios is None and tok.prefix in _CUTTABLE:
            portfolios = b.heads.get(tok.stem) if not tok.suffix else None
            cut = len(tok.prefix)
        end = i
        if portfolios is not None:
            end = _portfolio(toks, i + 1, portfolios)
            if end == i + 1:
                end = i
        elif (cut := 0) == 0 and tok.norm in b.headless and i + 1 < n and _nisba(toks[i + 1], b.endings) \
                and toks[i + 1].sentence == tok.sentence:
            end = i + 1  # the nisba below makes it a name
        if end > i:
            if end < n and toks[end].sentence == tok.sentence and _nisba(toks[end], b.endings):
                end += 1
            if all(t.sentence == tok.sentence for t in toks[i:end]):
                span = doc.span_from_norm(tok.nstart + cut, toks[end - 1].nend)
                out.append(EntityMention(span, "ORG", None, None, "rule"))
                i = end
                continue
        i += 1
    return out
