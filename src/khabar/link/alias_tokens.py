"""Word tokens of a Doc as the alias stage matches names on them.

Reads ``doc.tokens``, ``doc.norm`` and ``doc.places``; adds nothing to the Doc. A :class:`TokenView`
gives every word token its match keys (the word itself and the word without its proclitics,
``وبالمرصد`` → ``المرصد``), an index from key to token positions, which adjacent words belong to one
sentence and line, the tokens inside place mentions, and which tokens cannot be inside a name
(:func:`_breaks`: punctuation, particles, titles, digits). Per-word results are cached and the caches
trimmed once per document (:func:`trim_caches`). Data files: ``aliases/morphology.yaml``,
``aliases/stop_words.tsv``, given names and titles, via :mod:`khabar.link.alias_data`.

Example::

    >>> from khabar.doc import Article, Doc
    >>> tv = TokenView(Doc(Article(id="x", text="وقال المرصد")))
    >>> [k for k, _ in tv.keys[1]]
    ['المرصد']
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from typing import TYPE_CHECKING

from khabar.link.alias_data import alias_data, morph
from khabar.text import memory
from khabar.text.segment import form_slots
from khabar.text.segment import trim_caches as trim_word_caches

if TYPE_CHECKING:
    from khabar.doc import Doc


# ---------------------------------------------------------------- tokens


_NORM, _IS_WORD, _SENTENCE = (operator.attrgetter(f) for f in ("norm", "is_word", "sentence"))
_NSTART = operator.attrgetter("nstart")
_SPAN, _START, _END = operator.attrgetter("span"), operator.attrgetter("start"), operator.attrgetter("end")


class TokenView:
    """The word tokens of a Doc with their match keys and an index from key to token positions."""

    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        toks = self.toks = doc.tokens
        n = self.n = len(toks)
        # a column per field, one map each (quicker than transposing a tuple per token)
        norms: tuple[str, ...] = tuple(map(_NORM, toks))
        words: tuple[bool, ...] = tuple(map(_IS_WORD, toks))
        sents: tuple[int, ...] = tuple(map(_SENTENCE, toks))
        self.norms, self.words = norms, words
        forms = doc.token_forms()  # each token's form memo: its keys kept there, not looked up again
        if forms is None:
            keys: list[list[tuple[str, int]]] = list(map(_token_keys, norms))
        else:
            keys = form_slots(forms, "alias_keys", lambda i: _token_keys(norms[i]))
        if not all(words):
            for i in itertools.compress(range(n), map(operator.not_, words)):
                keys[i] = []  # punctuation and other non-words match nothing
        for i in _keyword_line(doc, norms):
            keys[i] = []  # the outlet's keyword line: words run together with no punctuation, no names
        self.keys = keys
        index: dict[str, list[int]] = {}
        for i, ks in enumerate(keys):
            for k, _ in ks:
                at = index.get(k)
                if at is None:
                    index[k] = [i]
                else:
                    at.append(i)
        self.index = index
        self._places: set[int] | None = None
        self._bounds: tuple[list[int], list[int]] | None = None
        self.brk: list[bool | None] = [None] * n  # memo of _breaks
        self._occ: dict[tuple[tuple[str, ...], bool], list[tuple[int, int, int]]] = {}  # memo of occurrences
        # the occurrences of a word by the word joined after it, for names of several words (filled on demand)
        self._by_next: dict[str, dict[str, list[int]]] = {}
        # adjacent words of one sentence; then no line break between them
        both, same = operator.and_, operator.eq
        join = list(map(both, map(both, words, words[1:]), map(same, sents, sents[1:])))
        join += [False] * (n + 1 - len(join))
        text = doc.norm.text
        p = text.find("\n")
        if p >= 0:
            while p >= 0:
                k = bisect.bisect_right(toks, p, key=_NSTART) - 1  # the gap after token k holds the break
                if k >= 0:
                    join[k] = False
                p = text.find("\n", p + 1)
        self.join_next = join

    def __len__(self) -> int:
        return self.n

    @property
    def places(self) -> set[int]:
        """Tokens inside a place mention (computed once)."""
        if self._places is None:
            self._places = place_tokens(self)
        return self._places

    @property
    def bounds(self) -> tuple[list[int], list[int]]:
        """Start and end offsets (in ``doc.text``) of every token, in token order (computed once)."""
        if self._bounds is None:
            spans = list(map(_SPAN, self.toks))
            self._bounds = list(map(_START, spans)), list(map(_END, spans))
        return self._bounds

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.words[i]

    def norm(self, i: int) -> str:
        return self.norms[i] if 0 <= i < self.n else ""

    def joined(self, i: int, j: int) -> bool:
        """Tokens i and j (> i) are adjacent words of one sentence with nothing but space between."""
        return j == i + 1 and 0 <= i < self.n and self.join_next[i]

    def positions(self, table: dict | frozenset) -> list[tuple[int, str, int]]:
        """(token, key, strip) of every token with a key in ``table``, in text order."""
        out = []
        index = self.index
        if isinstance(table, dict):
            found = index.keys() & table.keys()  # a dict view intersection walks the smaller side
        elif len(table) > len(index):  # a view & a frozenset walks the whole frozenset
            found = filter(table.__contains__, index)
        else:
            found = index.keys() & table
        for k in found:
            for i in self.index[k]:
                for k2, s in self.keys[i]:
                    if k2 == k:
                        if s >= 0:
                            out.append((i, k, s))
                        break
        out.sort()
        return out

    def strip_of(self, i: int, key: str) -> int | None:
        for k, s in self.keys[i]:
            if k == key:
                return s
        return None

    def match(self, i: int, words: tuple[str, ...]) -> int | None:
        """Proclitic length when ``words`` is written at token i (first word may carry clitics)."""
        if not words or not self.is_word(i):
            return None
        strip = self.strip_of(i, words[0])
        if strip is None:
            return None
        norms, join = self.norms, self.join_next
        for k in range(1, len(words)):
            if i + k >= self.n or not join[i + k - 1] or norms[i + k] != words[k]:
                return None
        return strip

    def occurrences(self, words: tuple[str, ...], unspannable: bool = False) -> list[tuple[int, int, int]]:
        """Every (first token, end token, proclitic length) where ``words`` is written.

        ``unspannable``: also occurrences behind ``لل`` (strip -1), which give no span of the name.
        Memoised: a name written hundreds of times would otherwise rescan every occurrence per copy."""
        memo = self._occ.get((words, unspannable))
        if memo is not None:
            return list(memo)
        out = self._occurrences(words, unspannable)
        self._occ[(words, unspannable)] = out
        return list(out)

    def _occurrences(self, words: tuple[str, ...], unspannable: bool) -> list[tuple[int, int, int]]:
        out: list[tuple[int, int, int]] = []
        at = self.index.get(words[0]) if words else None
        if not at:
            return out
        first, n = words[0], len(words)
        keys, norms, join, end = self.keys, self.norms, self.join_next, self.n
        if n > 1:  # only where the second word follows: many names sharing a first word (وكالة X)
            by_next = self._by_next.get(first)
            if by_next is None:
                by_next = self._by_next[first] = {}
                for i in at:
                    if i + 1 < end and join[i]:
                        by_next.setdefault(norms[i + 1], []).append(i)
            at = by_next.get(words[1], [])
        for i in at:  # as match(), inline: the first word's strip, then the others written as is
            for k, s in keys[i]:
                if k == first:
                    break
            if s < 0 and not unspannable:
                continue
            if n > 1:
                if i + n > end:
                    continue
                for k in range(1, n):
                    if not join[i + k - 1] or norms[i + k] != words[k]:
                        break
                else:
                    out.append((i, i + n, s))
                continue
            out.append((i, i + 1, s))
        return out

    def nrange(self, i: int, j: int, strip: int) -> tuple[int, int]:
        return self.toks[i].nstart + strip, self.toks[j - 1].nend


KEY_CACHE_LIMIT = 1 << 15  # words in the key cache before it is emptied


def trim_caches() -> None:
    """Empty the per-word key cache when it has grown large (once per document)."""
    trim_word_caches(_token_keys, _word_breaks, _hamzated_particle, limit=KEY_CACHE_LIMIT)


def _keyword_line(doc: "Doc", norms: tuple[str, ...]) -> range:
    """The tokens of the outlet's keyword line (``keyword_lines`` in aliases/morphology.yaml: a line
    or sentence opened by ``سمات``), from its opener to the end of its line; an empty range when there is
    none."""
    openers = morph().keyword_lines
    if not openers or openers.isdisjoint(norms):
        return range(0)
    toks, text = doc.tokens, doc.norm.text
    for k, w in enumerate(norms):
        if w not in openers:
            continue
        start = toks[k].nstart
        if k > 0 and toks[k - 1].sentence == toks[k].sentence \
                and text[text.rfind("\n", 0, start) + 1:start].strip():
            continue  # inside a sentence: the word itself (سمات الشخصية), no keyword line
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        return range(k, bisect.bisect_left(toks, end, key=_NSTART))
    return range(0)


@functools.cache
def _prefix_table() -> dict[str, str]:
    """Every proclitic string -> how it ends: "article" (وبال), "lam" (ولل) or "bare" (وب)."""
    m = morph()
    table = {p: "bare" for p in m.bare_prefixes}
    for p in ["", *m.bare_prefixes]:
        table[p + m.article] = "article"
    for c in ["", *m.conjunctions]:
        table[c + m.lam_article] = "lam"
    table.pop(m.article, None)  # the article alone: the word is its own key
    return table


@functools.cache
def _prefix_letters() -> frozenset[str]:
    """The letters a proclitic string can open with."""
    return frozenset(p[0] for p in _prefix_table())


@functools.lru_cache(maxsize=None)  # trimmed per document by the stage (segment.trim_caches)
def _token_keys(word: str) -> list[tuple[str, int]]:
    """Match keys of a normalised word: itself, and itself without proclitics (strip = their length).

    A key reached through ``لل`` (ل + ال with the alef dropped) gets strip -1: it matches but gives no
    span, since the name is not written out in full.
    """
    table = _prefix_table()
    if word[:1] not in _prefix_letters():
        return [(word, 0)]  # no proclitic can open the word
    m = morph()
    keys: dict[str, int] = {word: 0}
    for n in range(1, min(len(word) - 1, 6)):
        kind = table.get(word[:n])
        if kind is None:
            continue
        stem = word[n:]
        if kind == "lam":
            keys.setdefault(m.article + stem, -1)
        elif kind == "article":
            keys.setdefault(m.article + stem, n - len(m.article))
        elif len(stem) >= 3:
            keys.setdefault(stem, n)
    return list(keys.items())


memory.register(_token_keys.cache_clear)


def is_stop(tv: TokenView, j: int) -> bool:
    """A word that ends a name. ``على`` and the name ``علي`` fold alike: the original text decides."""
    d = alias_data()
    w = tv.norm(j)
    if w not in d.stop_break:
        return False
    return not (w in d.given and not tv.toks[j].span.text.endswith(morph().alef_maqsura))


def _clitic_particle(tv: TokenView, i: int) -> bool:
    """``بأن`` (and ``وبأن``) folds to the name ``بان``: one or two proclitics on a hamzated particle are
    no name."""
    return _hamzated_particle(tv.norm(i), tv.toks[i].span.text)


@functools.lru_cache(maxsize=None)  # trimmed with the key cache: asked per name token, ~14 a document
def _hamzated_particle(w: str, raw: str) -> bool:
    """A word (normalised, and as written) that is one or two proclitics on a hamzated particle
    (``بأن``, ``وبأن``); see :func:`_clitic_particle`."""
    m = morph()
    stops = alias_data().stop_break
    for p in (1, 2):
        if len(w) > p and all(c in m.proclitics for c in w[:p]) and w[p:] in stops:
            return len(raw) > p and raw[p] in m.hamza_alefs
    return False


memory.register(_hamzated_particle.cache_clear)


def _breaks(tv: TokenView, j: int) -> bool:
    """Token j cannot be inside a name: punctuation, a particle (also behind و/ف), a title, digits."""
    if not 0 <= j < tv.n:
        return True
    b = tv.brk[j]
    if b is None:
        b = tv.brk[j] = _compute_breaks(tv, j)
    return b


def _compute_breaks(tv: TokenView, j: int) -> bool:
    return not tv.words[j] or _word_breaks(tv.norms[j], tv.toks[j].span.text)


@functools.lru_cache(maxsize=None)  # trimmed with the key cache
def _word_breaks(w: str, raw: str) -> bool:
    """A word (normalised, and as written) that cannot be inside a name; see :func:`_breaks`."""
    d, m = alias_data(), morph()
    if _hamzated_particle(w, raw):
        return True  # بأن, وبأن
    name = not raw.endswith(m.alef_maqsura)  # على and the name علي fold alike: is_stop
    stop = w in d.stop_break and not (w in d.given and name)
    return (len(w) < 2 or w.isdigit() or stop or w in d.titles
            or any(k in d.stop_break and not (k in d.given and name)
                   for k, s in _token_keys(w) if s > 0)
            or (w[0] in m.conjunctions and w[1:] in d.stop_break))


memory.register(_word_breaks.cache_clear)


def place_tokens(tv: TokenView) -> set[int]:
    """Tokens overlapping a place mention of the places stage (``لعدن`` too): never in a name."""
    if not tv.doc.places:
        return set()
    starts, ends = tv.bounds
    out: set[int] = set()
    for p in tv.doc.places:  # tokens ending after the place starts and starting before it ends
        s, e = p.span.start, p.span.end
        out.update(range(bisect.bisect_right(ends, s), bisect.bisect_left(starts, e)))
    return out
