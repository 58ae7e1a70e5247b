"""The entities stage: PER, ORG, LOC and MISC mentions, with canonical names for known domain actors.

Reads ``doc.tokens`` (normalised forms and clitic splits), ``doc.sentences`` and the places found
before it (a model PER inside a toponym's span is part of the town's name: dropped); adds
``doc.entities`` (:class:`khabar.doc.EntityMention`). Two sources, merged:

* lexicon: the armed groups, militaries, agencies and generic groups of ``lang/ar/entities/actors.yaml``,
  matched on normalised tokens (a clitic such as و ب ل or ال allowed on the first word, the longest
  name wins). Each mention gets the actor's ``canonical`` name and ACLED ``actor_category``;
  ``source="lexicon"``.
* model: the CRF of :mod:`khabar.extract.ner` over each sentence, the article as its document;
  ``source="model"``. A model mention
  that overlaps a lexicon mention is dropped; one whose text is a known actor name gets its canonical.
* rule: government bodies of :mod:`khabar.extract.entity_bodies` ('وزارة الداخلية الأفغانية'),
  ``source="rule"``, kept where no lexicon mention is; they win over model mentions like the lexicon.

Spans leave out a leading conjunction or preposition glued to the first word (``وبغداد`` → ``بغداد``,
``والجيش`` → ``الجيش``) when the rest is a known word or the article is kept; they never start or end
on punctuation.

Data files: ``lang/ar/entities/actors.yaml`` (and those of :mod:`khabar.extract.ner` and
:mod:`khabar.extract.entity_bodies`).

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="a", text="وأعلنت قوات سوريا الديمقراطية (قسد) مقتل عنصرين."))
    >>> extract_entities(doc)
    >>> [(e.text, e.canonical) for e in doc.entities]  # doctest: +SKIP
    [('قوات سوريا الديمقراطية', 'قوات سوريا الديمقراطية'), ('قسد', 'قوات سوريا الديمقراطية')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import operator
from collections.abc import Callable
from dataclasses import dataclass

from khabar.doc import Doc, EntityMention, Token
from khabar.extract import ner, ner_eval
from khabar.extract.entity_bodies import body_mentions
from khabar.lang import load_yaml
from khabar.text import memory
from khabar.text.normalize import normalize_form
from khabar.text.segment import Form, clitic_data, clitic_splits, form_slots

log = logging.getLogger(__name__)

ACTOR_CATEGORIES = ("State forces", "Rebel group", "Political militia", "Identity militia", "Rioters",
                    "Protesters", "Civilians", "External/Other forces")
ACTOR_LABELS = ("PER", "ORG", "MISC")
_CLITICS = clitic_data()
_ART = _CLITICS["article"][0]
_LAM_ART = _CLITICS["lam_article"]
_WA = _CLITICS["conjunctions"][0]  # the conjunction و
# proclitics that may be cut from the front of a name (conjunction, preposition, both)
_SENTENCE = operator.attrgetter("sentence")
_NORM = operator.attrgetter("norm")
_ITEM = operator.attrgetter("norm", "prefix", "stem", "suffix")  # a token as the tagger takes it
_CUTTABLE = frozenset(_CLITICS["conjunctions"] + _CLITICS["prepositions"]
                      + [c + p for c in _CLITICS["conjunctions"] for p in _CLITICS["prepositions"]])


@dataclass(frozen=True, slots=True)
class Actor:
    canonical: str
    label: str
    category: str | None  # None for bodies that are not parties to violence (monitors, agencies)


@functools.cache
def actors() -> tuple[dict[str, tuple[tuple[tuple[str, ...], Actor], ...]], dict[str, Actor]]:
    """(index: first normalised word -> (rest of the name, actor) longest first, full name -> actor)."""
    index: dict[str, list[tuple[tuple[str, ...], Actor]]] = {}
    names: dict[str, Actor] = {}
    for entry in load_yaml("entities/actors.yaml") or []:
        actor = Actor(entry["canonical"], entry["label"], entry.get("category"))
        for name in [entry["canonical"], *(entry.get("names") or [])]:
            words = tuple(normalize_form(name).split())
            if not words or " ".join(words) in names:
                continue
            names[" ".join(words)] = actor
            index.setdefault(words[0], []).append((words[1:], actor))
    return ({k: tuple(sorted(v, key=lambda r: -len(r[0]))) for k, v in index.items()}, names)


@functools.lru_cache(maxsize=20_000)
def word_forms(norm: str) -> tuple[tuple[str, int], ...]:
    """The forms a word may stand for once a leading clitic is cut: (form, chars cut), whole word first.

    ``وللجيش`` gives ``('الجيش', -1)``: the article survives inside لل, so no clean cut exists (-1).
    """
    out: dict[str, int] = {norm: 0}
    for p, stem, s in clitic_splits(norm):
        if s or not p:
            continue
        if p.endswith(_ART):
            out.setdefault(_ART + stem, len(p) - 2)
        elif p.endswith(_LAM_ART):
            out.setdefault(_ART + stem, -1)
        elif p in _CUTTABLE:
            out.setdefault(stem, len(p))
    return tuple(out.items())


memory.register(word_forms.cache_clear)


Starts = tuple[tuple[tuple[str, ...], int, Actor], ...]  # (rest of the name, chars cut, actor)


@functools.cache
def _name_tails() -> dict[str, tuple[str, ...]]:
    """What the end of a word must be for it to begin an actor name, by last letter: a name's first
    word, or that word without the article (``وللجيش`` is ``ل`` + ``ال`` + ``جيش``). Every form of
    :func:`word_forms` is the word itself, a tail of it, or the article and a tail of it."""
    index, _ = actors()
    tails = set(index) | {k[len(_ART):] for k in index if k.startswith(_ART)}
    out: dict[str, list[str]] = {}
    for t in sorted(tails):
        if t:
            out.setdefault(t[-1], []).append(t)
    return {c: tuple(ts) for c, ts in out.items()}


def _starts(norm: str) -> Starts:
    """Actor names a word may begin (once a clitic is cut): (rest of the name, chars cut, actor)."""
    tails = _name_tails().get(norm[-1:])
    if tails is None or not norm.endswith(tails):
        return ()  # no form of the word can be a name's first word: no clitic split needed
    index, _ = actors()
    return tuple((rest, cut, actor) for form, cut in word_forms(norm) for rest, actor in index.get(form, ()))


def _lexicon_mentions(doc: Doc, words: list[Token], starts: list[Starts]) -> list[EntityMention]:
    """Longest actor names over the token sequence (``starts``: the names each token may begin);
    punctuation between words breaks a name."""
    out: list[EntityMention] = []
    n = len(words)
    after = 0  # the end of the last name found: no name starts inside it
    for i in [i for i, got in enumerate(starts) if got]:
        w = words[i]
        if i < after or not w.is_word:
            continue
        best: tuple[int, int, Actor] | None = None  # (end index, cut, actor)
        for rest, cut, actor in starts[i]:
            j = i + 1 + len(rest)
            if j > n or (best is not None and j <= best[0]):
                continue
            if all(words[i + 1 + k].norm == x and words[i + k].sentence == words[i + 1 + k].sentence
                   for k, x in enumerate(rest)):
                best = (j, cut, actor)
        if best is None:
            continue
        j, cut, actor = best
        span = doc.span_from_norm(w.nstart + max(cut, 0), words[j - 1].nend)
        out.append(EntityMention(span, actor.label, actor.canonical, actor.category, "lexicon"))
        after = j
    return out


def _by_start(spans: list) -> tuple[list[int], list[int]]:
    """The spans' starts in order, and the largest end among the spans up to each."""
    order = sorted((sp.start, sp.end) for sp in spans)
    return [st for st, _en in order], list(itertools.accumulate((en for _st, en in order), max))


def _overlap_test(spans: list) -> "Callable[[int, int], bool]":
    """``test(start, end)``: does start..end overlap any of ``spans``? A bisection over the spans by
    start with the largest end so far: linear in the spans, not in spans times queries."""
    starts, reach = _by_start(spans)

    def test(start: int, end: int) -> bool:
        k = bisect.bisect_left(starts, end)  # the spans that start before ``end``
        return k > 0 and reach[k - 1] > start

    return test


def _inside_test(spans: list) -> "Callable[[int, int], bool]":
    """``test(start, end)``: does start..end lie inside one of ``spans`` and fall short of it?"""
    starts, reach = _by_start(spans)

    def test(start: int, end: int) -> bool:
        before = bisect.bisect_left(starts, start)  # the spans that start before ``start``
        at = bisect.bisect_right(starts, start)  # … or at it
        return (before > 0 and reach[before - 1] >= end) or (at > 0 and reach[at - 1] > end)

    return test


def _trim_start(tok: Token) -> int:
    """How many normalised chars to cut from the front of a name's first token."""
    if not tok.prefix:
        return 0
    lex = ner.lexicons().words
    if tok.norm in lex:
        return 0
    forms = word_forms(tok.norm)
    for form, cut in forms[1:]:
        if cut > 0 and form in lex:
            return cut
    if _ART in tok.prefix and tok.prefix.endswith(_ART):
        return len(tok.prefix) - 2
    if tok.prefix == _WA and len(tok.norm) - 1 >= 3:
        return 1
    return 0


def _model_mentions(doc: Doc, groups: list[list[Token]], tagged: list[list[str]]) -> list[EntityMention]:
    out: list[EntityMention] = []
    _, names = actors()
    for toks, tags in zip(groups, tagged):
        for s, e, label in sorted(ner_eval.chunks(tags)):
            while s < e and not toks[s].is_word:
                s += 1
            while e > s and not toks[e - 1].is_word:
                e -= 1
            if s >= e:
                continue
            ns = toks[s].nstart + _trim_start(toks[s])
            span = doc.span_from_norm(ns, toks[e - 1].nend)
            actor = names.get(doc.norm.text[ns:toks[e - 1].nend])
            if actor is not None:
                out.append(EntityMention(span, actor.label, actor.canonical, actor.category, "model"))
            else:
                out.append(EntityMention(span, label, None, None, "model"))
    return out


def _items(doc: Doc, groups: list[list[Token]],
           runs: int) -> tuple[list[list[tuple[str, str, str, str]]], list[Form] | None]:
    """The tagger's items of each sentence's tokens, and the tokens' form memos (None when the
    sentences are not in text order). Each form's item is made once and kept in its form memo
    (:meth:`Doc.token_forms`): the same tuple object every time, which the decoder's type table then
    finds by identity; the decoder keeps the item's row there too."""
    forms = doc.token_forms()
    if forms is None or runs != len(groups):  # sentences not in one run each: item by token
        return [list(map(_ITEM, toks)) for toks in groups], None
    toks = doc.tokens
    items = form_slots(forms, "ner_item", lambda i: _ITEM(toks[i]))
    out = []
    pos = 0
    for toks in groups:
        end = pos + len(toks)
        out.append(items[pos:end])
        pos = end
    return out, forms


def extract_entities(doc: Doc) -> None:
    """Fill ``doc.entities`` with lexicon and model mentions, in text order, without overlaps."""
    if not doc.tokens:
        return
    m = ner.model()
    by_sentence: dict[int, list[Token]] = {}
    runs = 0
    for sentence, toks in itertools.groupby(doc.tokens, _SENTENCE):
        by_sentence.setdefault(sentence, []).extend(toks)
        runs += 1
    groups = list(by_sentence.values())
    items, forms = _items(doc, groups, runs)
    tagged = m.tag_document(items, forms=forms)
    rows = m.decoder.last_rows
    if runs == len(groups) and len(rows) == len(doc.tokens):
        starts = m.decoder.noted(rows, _starts)  # the model saw the tokens in text order: noted with their types
    else:
        starts = [_starts(t.norm) for t in doc.tokens]
    lexical = _lexicon_mentions(doc, doc.tokens, starts)
    known = _overlap_test([x.span for x in lexical])
    lexical.extend(m for m in body_mentions(doc) if not known(m.span.start, m.span.end))
    model = _model_mentions(doc, groups, tagged)
    kept = list(lexical)
    covered = _overlap_test([x.span for x in lexical])
    inside = _inside_test([p.span for p in doc.places])
    for mention in model:
        if covered(mention.span.start, mention.span.end):
            continue
        if mention.label == "PER" and inside(mention.span.start, mention.span.end):
            continue  # "زويد" of "الشيخ زويد": part of a town's name the places stage took, no person
        kept.append(mention)
    kept.sort(key=lambda e: (e.span.start, e.span.end))
    doc.entities.extend(kept)
