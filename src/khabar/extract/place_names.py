"""Place names: where a toponym may start and the longest gazetteer names over token n-grams.

Reads ``doc.tokens`` (normalised forms) with the gazetteer (:mod:`khabar.extract.gazetteer`) and the
collisions and morphology of :mod:`khabar.extract.place_lexicon`; adds nothing to the doc: returns
:class:`~khabar.extract.place_lexicon.Match` objects for :mod:`khabar.extract.places` to weigh.
Each word is tried with each proclitic split (و, ف, ب, ل, لل), up to ``MAX_WORDS`` words per name;
a direction before a country ("جنوب لبنان") stays a direction; a stem of two letters after a proclitic
is read only when written exactly as the place is ("بإب", but "باب" is a word, not ب + اب); a hamza
seat written inside a word (أ, ؤ) keeps only the places written with it ("بفأس" is no فاس); a word
after a proclitic is no place written only with the article ("وبداخله" is no الداخلة).

Data files: ``lang/ar/places/collisions.tsv``, ``morphology.yaml`` (through ``place_lexicon``) and the
compiled gazetteer ``data/gazetteer/``.

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.gazetteer import get_gazetteer
    >>> from khabar.extract.place_lexicon import lexicon
    >>> doc = Doc(Article(id="x", text="قصف في مدينة حلب"))
    >>> [m.name for m in find_names(doc, get_gazetteer(), lexicon())]
    ['حلب']
"""

from __future__ import annotations

import functools

from khabar.doc import Doc, Token
from khabar.extract.gazetteer import Gazetteer, get_gazetteer
from khabar.extract.place_guess import _feature_split
from khabar.extract.place_lexicon import Lexicon, Match, bare_forms, head_forms, lexicon, morph, nisba_countries
from khabar.text import memory
from khabar.text.segment import CACHE_LIMIT, WORD_CACHE_SIZE, WordCache, proclitic_splits

MAX_WORDS = 5

_KNOWN, _EXTENDABLE = 1, 2
_KINDS: list = [None, None, {}]  # the gazetteer and lexicon _name_kinds was built from, and its dict


def _name_kinds(gaz: Gazetteer, lex: Lexicon) -> dict[str, int]:
    """Every name of the gazetteer or the collisions (``_KNOWN``) and every first words of a longer
    one (``_EXTENDABLE``), or both: one dict lookup per n-gram instead of five set lookups."""
    if _KINDS[0] is not gaz or _KINDS[1] is not lex:
        kinds: dict[str, int] = {}
        for names in (gaz.curated, gaz.index, lex.collisions):
            for n in names:
                kinds[n] = _KNOWN
        for names in (gaz.prefixes, lex.stop_prefixes):
            for n in names:
                kinds[n] = kinds.get(n, 0) | _EXTENDABLE
        _KINDS[:] = [gaz, lex, kinds]
    return _KINDS[2]


@functools.cache
def _prefix_letters() -> frozenset[str]:
    """The letters a proclitic of a name can open with (و, ف, ب, ل): other words are tried unsplit."""
    mo = morph()
    return frozenset(p[0] for p in mo.ll_prefixes | mo.name_prefixes if p)


def _find_starts(word: str) -> tuple[tuple[str, int, str, bool, bool], ...]:
    """Ways a name can start at this word: (form, clitic length, prefix, known, extendable)."""
    mo = morph()
    kinds = _name_kinds(get_gazetteer(), lexicon())
    if word[:1] not in _prefix_letters():  # no proclitic: only the word as it is (the first split)
        if "" in mo.ll_prefixes:
            cur, off = mo.article + word, -1
        elif "" in mo.name_prefixes:
            cur, off = word, 0
        else:
            return ()
        kind = kinds.get(cur)
        return ((cur, off, "", bool(kind & _KNOWN), bool(kind & _EXTENDABLE)),) if kind else ()
    out = []
    for p, stem in proclitic_splits(word):
        if p in mo.ll_prefixes:
            cur, off = mo.article + stem, len(p) - 1
        elif p in mo.name_prefixes:
            cur, off = stem, len(p)
        else:
            continue
        kind = kinds.get(cur)
        if kind:
            out.append((cur, off, p, bool(kind & _KNOWN), bool(kind & _EXTENDABLE)))
    return tuple(out)



_NOTHING: tuple = ((), None, None, False)  # the facts of most words: one shared tuple


def _word_facts(word: str) -> tuple:
    """What the stage asks of a word token, in one cache entry: (:func:`_find_starts`, its feature
    split (:func:`~khabar.extract.place_guess._feature_split`), the country it is the nisba adjective
    of, whether it is a head with proclitics (:func:`head_forms`))."""
    facts = (_find_starts(word), _feature_split(word), nisba_countries().get(word), word in head_forms())
    return _NOTHING if facts == _NOTHING else facts


# rotated per document; it holds what the name-start and feature-word caches held each (their
# generations together: no more memory), so frequent words stay longer
_WORDS = WordCache(_word_facts, size=2 * WORD_CACHE_SIZE)


@functools.lru_cache(maxsize=CACHE_LIMIT)
def _is_major_name(name: str) -> bool:
    lex = lexicon()
    return name in lex.collisions or any(c.major for c in get_gazetteer().lookup(name))


memory.register(_is_major_name.cache_clear)


def find_names(doc: Doc, gaz: Gazetteer, lex: Lexicon,
               starts: list[tuple[int, tuple]] | None = None) -> list[Match]:
    """Longest gazetteer names over token n-grams, the first token tried with each clitic split.
    ``starts``: (token, :func:`_find_starts` of its word) of every word token where a name may
    start (found here when not given)."""
    toks = doc.tokens
    text = doc.norm.text
    n = len(toks)
    out: list[Match] = []
    kinds = _name_kinds(gaz, lex)
    free = 0  # the first token not inside a name found already
    if starts is None:
        starts = [(i, s) for i, t in enumerate(toks) if t.is_word and (s := _find_starts(t.norm))]
    for i, ways in starts:
        if i < free:
            continue
        t = toks[i]
        best: list | None = None  # [words - 1, major or None (not needed yet), -off, cur, off, j, p]
        for cur, off, p, known, ext in ways:
            if p and known and _only_with_article(gaz, cur):
                known = False  # "وبداخله": داخله is no الداخلة (Dakhla); a definite name keeps its article
            j = i
            while True:
                if known:
                    # more words first, then a name with a major place (بجدة: ب + جدة, not a
                    # village "بجده"), then the fewest clitics stripped; whether a name is major
                    # is looked up only between two names of as many words
                    if best is None or j - i > best[0]:
                        best = [j - i, None, -off, cur, off, j, p]
                    elif j - i == best[0]:
                        if best[1] is None:
                            best[1] = _is_major_name(best[3])
                        major = _is_major_name(cur)
                        if (major, -off) > (best[1], best[2]):
                            best = [j - i, major, -off, cur, off, j, p]
                if not ext or j + 1 >= n or j - i + 1 >= MAX_WORDS:
                    break
                nxt = toks[j + 1]
                if not nxt.is_word or text[toks[j].nend:nxt.nstart].strip():
                    break
                j += 1
                cur = cur + " " + nxt.norm
                kind = kinds.get(cur, 0)
                known, ext = kind & _KNOWN, kind & _EXTENDABLE
        if best is None:
            continue
        name, off, j, p = best[3:]
        if j == i and (name in lex.heads or (name,) in lex.before or name in lex.cues):
            continue
        if j > i and _direction_of_country(toks, i, j, name, off, gaz, lex):
            continue  # "جنوب لبنان": the country with its direction, not a homonymous province
        if p and j == i and len(name) <= _SHORT_STEM and not _spelled_as_named(doc, t.nstart + off, t.nend, gaz, name):
            continue  # "وحي باب توما": باب is a word, not ب + اب (إب, Ibb); "بإب" keeps its hamza
        cands = gaz.lookup(name)
        hamzas = _inner_hamzas(doc, t, t.nstart + off, toks[j].nend)
        if hamzas:  # "بفأس", "في بؤر استيطانية": a word whose hamza no such place is written with
            cands = [c for c in cands if hamzas <= set(c.name_ar)]
            if not cands:
                continue
        out.append(Match(i, j, name, t.nstart + off, toks[j].nend, p, cands))
        free = j + 1
    return out


_SHORT_STEM = 2  # a stem this short after a proclitic is a place only when spelled as the place is


def _only_with_article(gaz: Gazetteer, name: str) -> bool:
    """Is ``name``, a word without the article after a proclitic, only the article-less form of
    places written with it (no curated form, no place of that name written without it)? Arabic
    keeps a definite name's article after a proclitic ("بالداخلة"), so such a word is another
    word ("وبداخله": inside it)."""
    article = morph().article
    if name.startswith(article) or gaz.is_curated(name):
        return False
    full = article + name
    own = [c.name_norm for c in gaz.lookup(name) if c.name_norm in (name, full)]
    return bool(own) and all(n == full for n in own)


def _inner_hamzas(doc: Doc, first: Token, nstart: int, nend: int) -> frozenset[str]:
    """The hamza seats (أ, ؤ) written inside the words of a name (normalised offsets nstart..nend,
    from its first token ``first``, clitics off), not at a word's start nor right after its
    article: writers drop a hamza, they do not add one, so a place written without it is another
    word ("فأس" an axe, not فاس; "بؤر" hotbeds, not بور)."""
    seats = morph().inner_hamzas
    if not any(h in first.span.text for h in seats) and nend <= first.nend:
        return frozenset()  # (most names: one token and no hamza, no offsets mapped)
    text = doc.span_from_norm(nstart, nend).text
    if not any(h in text for h in seats):
        return frozenset()
    article = morph().article
    found = set()
    for word in text.split():
        lo = len(article) + 1 if word.startswith(article) else 1
        found.update(h for h in word[lo:] if h in seats)
    return frozenset(found)


def _spelled_as_named(doc: Doc, nstart: int, nend: int, gaz: Gazetteer, name: str) -> bool:
    """Is the text at nstart..nend (normalised offsets) written exactly as one of ``name``'s places
    (hamza and all)?"""
    written = doc.span_from_norm(nstart, nend).text
    return any(p.name_ar == written for p in gaz.lookup(name))


def _direction_of_country(toks: list, i: int, j: int, name: str, off: int, gaz: Gazetteer,
                          lex: Lexicon) -> bool:
    """Is the name over tokens i..j a direction word before a country ("جنوب لبنان", "شمال العراق")
    that is itself no country ("جنوب السودان", "جنوب أفريقيا" are)? The direction then stays a
    direction, and the country is read from token i + 1."""
    words = name.split()
    first = words[0]
    if (first,) not in lex.before and not any((b,) in lex.before for b in bare_forms(first)):
        return False
    if any(p.kind == "country" for p in gaz.lookup(name)):
        return False
    rest = " ".join(words[1:])
    return any(p.kind == "country" for p in gaz.lookup(rest))
