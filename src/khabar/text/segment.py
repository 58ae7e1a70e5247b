"""Sentences and tokens, with clitic segmentation, over the normalised view of a Doc.

Reads ``doc.norm`` and returns ``(sentences, tokens)``; loads ``lang/ar/text/clitics.yaml``.
Sentences end at ``. ! ? ؟ ;`` (not inside numbers such as 3.5) and at line breaks, never at ``،``.
Each word token carries a best-guess split into proclitics, stem and enclitic pronoun
(``وبالمدينة`` → ``وب`` + ``ال`` … stem ``مدينه``); :func:`clitic_splits` lists every plausible
split so that lexicon matchers can try each one.

Example::

    >>> from khabar.doc import Article, Doc
    >>> [t.stem for t in Doc(Article(id="x", text="وقالت المصادر.")).tokens if t.is_word]
    ['قالت', 'مصادر']
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from khabar.lang import load_yaml

if TYPE_CHECKING:
    from khabar.doc import Doc, Sentence, Token

_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+|[^\w\s]|_")
_ENDS = "".join(re.escape(c) for c in load_yaml("text/clitics.yaml")["sentence_end"])
_SENT_END = re.compile(rf"(?<!\d)[{_ENDS}](?!\d)|[{_ENDS}](?=\s|$)|\n+")


@functools.cache
def _clitics() -> dict:
    return load_yaml("text/clitics.yaml")


def clitic_data() -> dict:
    """The clitic inventory of ``lang/ar/text/clitics.yaml`` (article, conjunctions, prepositions …)."""
    return _clitics()


@functools.cache
def _affixes() -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """Every proclitic sequence (longest last) and the suffixes, from clitics.yaml."""
    c = _clitics()
    prefixes = {""}
    for conj in [""] + c["conjunctions"]:
        for prep in [""] + c["prepositions"] + c["future"]:
            for art in [""] + c["article"]:
                prefixes.add(conj + prep + art)
        prefixes.add(conj + c["lam_article"])
    return tuple(sorted(prefixes, key=len)), tuple([""] + c["suffixes"]), int(c["min_stem"])


@functools.cache
def _prefix_table() -> tuple[frozenset[str], int, tuple[str, ...], int]:
    """The proclitic sequences as a set, the longest one's length, the suffixes, the minimal stem."""
    prefixes, suffixes, min_stem = _affixes()
    return frozenset(prefixes), max(map(len, prefixes)), suffixes, min_stem


CACHE_LIMIT = 20_000  # entries of a per-word cache before it is emptied (see trim_caches)


def trim_caches(*fns: "functools._lru_cache_wrapper", limit: int = CACHE_LIMIT) -> None:
    """Empty each unbounded ``functools.lru_cache`` that holds more than ``limit`` entries.

    Per-word caches are unbounded lru_caches (a plain dict: C-speed hits, no linked-list node per
    entry for the garbage collector to walk) trimmed once per document by their stage.
    """
    for f in fns:
        if f.cache_info().currsize > limit:
            f.cache_clear()


@functools.cache
def _split_table() -> tuple[dict[str, str], int, tuple[str, ...], int]:
    """Each proclitic sequence mapped to itself (one shared string per sequence), the longest
    one's length, the non-empty suffixes in file order, the minimal stem."""
    prefixes, suffixes, min_stem = _affixes()
    return {p: p for p in prefixes}, max(map(len, prefixes)), tuple(s for s in suffixes if s), min_stem


@functools.lru_cache(maxsize=None)
def clitic_splits(word: str) -> tuple[tuple[str, str, str], ...]:
    """Every plausible (prefix, stem, suffix) split of a normalised word, the unsplit one first.

    Ordered by prefix length, then suffix as listed in clitics.yaml (none first).

    >>> ('وب', 'مدينه', '') in clitic_splits('وبمدينه')
    True
    """
    pmap, longest, suffixes, min_stem = _split_table()
    out: list[tuple[str, str, str]] = [("", word, "")]
    n_word = len(word)
    ends = [s for s in suffixes if word.endswith(s)]  # a stem must leave room for them (below)
    # one candidate prefix per length (the word's first n letters), shortest first
    for n in range(min(longest, n_word) + 1):
        p = pmap.get(word[:n]) if n else ""
        if p is None:
            continue
        rest = n_word - n
        if n and rest >= min_stem:
            out.append((p, word[n:], ""))
        for s in ends:
            k = rest - len(s)  # the stem's length
            if k >= min_stem and k >= 0:
                out.append((p, word[n:n_word - len(s)], s))
    return tuple(out)


@functools.cache
def _best_table() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, str]]:
    """Prefixes ending in the article, bare proclitics, those needing a long stem, and the
    suffixes that are no pronoun after a given original letter."""
    c = _clitics()
    article, lam = c["article"][0], c["lam_article"]
    with_article = frozenset(p for p in _affixes()[0] if p.endswith(article) or p.endswith(lam))
    return (with_article, frozenset(c["bare_proclitics"]), frozenset(c["bare_proclitics_long_stem"]),
            dict(c["not_pronoun_when_original"]))


@functools.lru_cache(maxsize=None)
def best_split(word: str, orig_last: str) -> tuple[str, str, str]:
    """A conservative guess: strip the article and what precedes it, and و/ف before a long stem."""
    return _best_split(word, orig_last)


def _best_split(word: str, orig_last: str) -> tuple[str, str, str]:
    with_article, bare, bare_long, not_pronoun = _best_table()
    best = ("", word, "")
    best_len = 0
    for split in clitic_splits(word):
        p, stem, s = split
        if s:
            if not_pronoun.get(s) == orig_last:
                continue  # e.g. ta marbuta, not a pronoun
            if len(stem) < 3:
                continue
        if p and p not in with_article:
            # bare proclitics only with a stem long enough to be a word of its own
            if len(stem) < 3 or p not in bare:
                continue
            if len(stem) < 4 and p in bare_long:
                continue
        if len(p) + len(s) > best_len:
            best, best_len = split, len(p) + len(s)
    return best


@functools.cache
def _guard() -> frozenset[str]:
    return frozenset(_clitics()["not_pronoun_when_original"].values())


class _SplitCache:
    """The best split of each word seen lately, in two generations: lookups try the current one,
    then the previous one (and copy a hit forward); when the current one holds more than ``size``
    words, between documents, it becomes the previous one. Frequent words stay, memory stays
    bounded (at most two generations), and no entry is ever stale (a split depends on the word)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.current: dict[str | tuple[str, str], tuple[str, str, str]] = {}
        self.previous: dict[str | tuple[str, str], tuple[str, str, str]] = {}

    def rotate(self) -> None:
        if len(self.current) > self.size:
            self.previous, self.current = self.current, {}


_SPLITS = _SplitCache(CACHE_LIMIT // 2)


def _span_maker() -> tuple:
    """What makes a Span(start, end, text) without the frozen dataclass's checked ``__init__``: the
    same object, its three slots set through their descriptors (half the cost; one per token)."""
    from khabar.doc import Span

    new = object.__new__
    set_start, set_end, set_text = Span.start.__set__, Span.end.__set__, Span.text.__set__

    return new, Span, set_start, set_end, set_text


def segment(doc: "Doc") -> tuple[list["Sentence"], list["Token"]]:
    """Split ``doc`` into sentences and tokens (offsets into both text and normalised text)."""
    from khabar.doc import Sentence, Token

    trim_caches(clitic_splits, best_split)
    _SPLITS.rotate()
    ntext = doc.norm.text
    sentences: list[Sentence] = []
    pos = 0
    bounds: list[tuple[int, int]] = []
    for m in _SENT_END.finditer(ntext):
        e = m.end()
        bounds.append((pos, e))
        pos = e
    if pos < len(ntext):
        bounds.append((pos, len(ntext)))
    for ns, ne in bounds:
        seg = ntext[ns:ne]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        ns2, ne2 = ns + lead, ne - trail
        if ne2 > ns2:
            sentences.append(Sentence(doc.span_from_norm(ns2, ne2), ns2, ne2, len(sentences)))
    tokens: list[Token] = []
    append = tokens.append
    text = doc.text
    starts, ends = doc.norm.starts, doc.norm.ends
    # the sentence of a token: the first whose end lies after the token's start (the last takes the rest)
    sent_ends = [s.nend for s in sentences[:-1]]
    n_bounds = len(sent_ends)
    si = 0
    bound = sent_ends[0] if n_bounds else len(ntext) + 1
    guard = _guard()
    current, previous = _SPLITS.current, _SPLITS.previous
    new, span_cls, set_start, set_end, set_text = _SPAN
    identity = starts is None or ends is None
    for m in _TOKEN.finditer(ntext):
        ns, ne = m.span()
        while ns >= bound:
            si += 1
            bound = sent_ends[si] if si < n_bounds else len(ntext) + 1
        word = m.group()
        if identity:
            os_, oe = ns, ne
            surface = word if text is ntext else text[ns:ne]
        else:
            os_, oe = starts[ns], ends[ne - 1]
            surface = text[os_:oe]
        span = new(span_cls)
        set_start(span, os_)
        set_end(span, oe)
        set_text(span, surface)
        if word[0].isalnum():
            if word.isdigit():
                append(Token(span, word, ns, ne, "", word, "", True, si))
                continue
            last = text[ne - 1] if identity else text[starts[ne - 1]]
            key = (word, last) if last in guard else word
            split = current.get(key)
            if split is None:
                split = previous.get(key)
                if split is None:
                    split = _best_split(word, last if last in guard else "")
                current[key] = split
            append(Token(span, word, ns, ne, split[0], split[1], split[2], True, si))
        else:
            append(Token(span, word, ns, ne, "", word, "", False, si))
    return sentences, tokens


_SPAN = _span_maker()
