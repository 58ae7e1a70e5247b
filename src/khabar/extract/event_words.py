"""Word lookups for the events stage: triggers, context words, actors and number words over tokens.

Reads the tokens of a Doc; adds nothing to it. Loads ``lang/ar/events/triggers.tsv``,
``words.tsv``, ``actors.tsv`` and ``numbers.tsv`` once (cached). Every lexicon form is a bare word
or phrase; a token matches when it equals the form or when a clitic split of it
(:func:`khabar.text.segment.clitic_splits`) leaves the form as its stem (``وبالغارات`` → ``غارات``).

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="x", text="شنت الطائرات غارات على المدينة"))
    >>> [m.entry["subtype"] for m in TokenView(doc).triggers()]
    ['Air/drone strike', 'Air/drone strike']
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from khabar.doc import Doc, Token
from khabar.lang import load_tsv
from khabar.text.normalize import normalize_form
from khabar.text.segment import clitic_splits

_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]+$")
_ARTICLE_FREE = ("ال",)


@dataclass(frozen=True, slots=True)
class Phrase:
    words: tuple[str, ...]
    entry: dict[str, str]


class Lexicon:
    """Forms (one or more words) indexed by their first word, longest first."""

    def __init__(self, rows: tuple[dict[str, str], ...], key: str = "form") -> None:
        self.index: dict[str, list[Phrase]] = {}
        for row in rows:
            words = tuple(_bare(w) for w in normalize_form(row[key]).split())
            if not words:
                continue
            self.index.setdefault(words[0], []).append(Phrase(words, row))
        for plist in self.index.values():
            plist.sort(key=lambda p: -len(p.words))


def _bare(word: str) -> str:
    """A lexicon word without a leading article (the matcher strips it from text tokens too)."""
    if word.startswith("ال") and len(word) > 4:
        return word[2:]
    return word


@functools.lru_cache(maxsize=200_000)
def token_keys(norm: str, ta_marbuta: bool) -> tuple[tuple[str, str, str], ...]:
    """(prefix, stem, suffix) readings of a normalised word; ``ه`` is no pronoun after ``ة``."""
    out = []
    for p, stem, s in clitic_splits(norm):
        if s == "ه" and ta_marbuta:
            continue
        out.append((p, stem, s))
    return tuple(out)


@dataclass(slots=True)
class Match:
    """A lexicon phrase found at tokens [i, j) of the doc; ``prefix`` of the first token."""

    i: int
    j: int
    entry: dict[str, str]
    prefix: str
    suffix: str


@functools.cache
def lexicons() -> dict[str, Any]:
    triggers = load_tsv("events/triggers.tsv", required=("form", "type", "subtype"))
    words = load_tsv("events/words.tsv", required=("form", "kind"))
    actors = load_tsv("events/actors.tsv", required=("form", "category"))
    numbers = load_tsv("events/numbers.tsv", required=("form", "value", "kind"))
    return {
        "triggers": Lexicon(triggers),
        "words": Lexicon(words),
        "actors": Lexicon(actors),
        "numbers": Lexicon(numbers),
    }


class TokenView:
    """The word tokens of a Doc with their clitic readings, and lexicon matching over them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = doc.tokens
        self.keys: list[tuple[tuple[str, str, str], ...]] = []
        for t in self.tokens:
            if not t.is_word:
                self.keys.append((("", t.norm, ""),))
                continue
            last = _DIACRITICS.sub("", t.span.text)[-1:]
            self.keys.append(token_keys(t.norm, last == "ة"))
        self._kinds: list[set[str]] | None = None
        self._numbers: dict[int, Match] | None = None

    # -------------------------------------------------------------- matching

    def stems(self, i: int) -> list[tuple[str, str, str]]:
        return list(self.keys[i])

    def _word_at(self, i: int, word: str) -> bool:
        if i >= len(self.tokens) or not self.tokens[i].is_word:
            return False
        for _p, stem, _s in self.keys[i]:
            if stem == word or _bare(stem) == word:
                return True
        return False

    def match_at(self, lex: Lexicon, i: int) -> Match | None:
        """The longest phrase of ``lex`` starting at token i (same sentence), or None."""
        tok = self.tokens[i]
        if not tok.is_word:
            return None
        best: Match | None = None
        for p, stem, s in self.keys[i]:
            for key in {stem, _bare(stem)}:
                for ph in lex.index.get(key, ()):
                    n = len(ph.words)
                    if best is not None and n <= best.j - best.i:
                        continue
                    if n > 1 and s:
                        continue  # a pronoun ends the first word, so no phrase goes on
                    ok = True
                    for k in range(1, n):
                        j = i + k
                        if j >= len(self.tokens) or self.tokens[j].sentence != tok.sentence \
                                or not self._word_at(j, ph.words[k]):
                            ok = False
                            break
                    if ok:
                        best = Match(i, i + n, ph.entry, p, s)
        return best

    def scan(self, lex: Lexicon) -> list[Match]:
        """Non-overlapping longest matches of ``lex`` left to right."""
        out: list[Match] = []
        i = 0
        n = len(self.tokens)
        while i < n:
            m = self.match_at(lex, i)
            if m is None:
                i += 1
                continue
            out.append(m)
            i = m.j
        return out

    def triggers(self) -> list[Match]:
        return self.scan(lexicons()["triggers"])

    def kinds(self) -> list[set[str]]:
        """For each token, the kinds of the context words (words.tsv) that cover it."""
        if self._kinds is None:
            kinds: list[set[str]] = [set() for _ in self.tokens]
            lex = lexicons()["words"]
            for i in range(len(self.tokens)):
                for p, stem, _s in self.keys[i]:
                    for key in {stem, _bare(stem)}:
                        for ph in lex.index.get(key, ()):
                            if len(ph.words) == 1:
                                kinds[i].add(ph.entry["kind"])
                            else:
                                m = self.match_at(lex, i)
                                if m is not None:
                                    for j in range(m.i, m.j):
                                        kinds[j].add(m.entry["kind"])
            self._kinds = kinds
        return self._kinds

    def word_value(self, i: int, kind: str) -> str | None:
        """The ``value`` of a words.tsv entry of ``kind`` at token i (e.g. person1 → "1")."""
        lex = lexicons()["words"]
        for _p, stem, _s in self.keys[i]:
            for key in {stem, _bare(stem)}:
                for ph in lex.index.get(key, ()):
                    if ph.entry["kind"] == kind and len(ph.words) == 1:
                        return ph.entry.get("value") or None
        return None

    def number_at(self, i: int) -> Match | None:
        """A number word (numbers.tsv) at token i."""
        if self._numbers is None:
            self._numbers = {}
            lex = lexicons()["numbers"]
            for m in self.scan(lex):
                self._numbers[m.i] = m
        return self._numbers.get(i)

    def has_kind(self, lo: int, hi: int, kind: str, sentence: int) -> bool:
        """Whether a word of ``kind`` occurs in tokens [lo, hi) of the same sentence."""
        kinds = self.kinds()
        lo = max(lo, 0)
        hi = min(hi, len(self.tokens))
        for j in range(lo, hi):
            if self.tokens[j].sentence == sentence and kind in kinds[j]:
                return True
        return False
