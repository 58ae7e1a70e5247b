"""Offset-preserving normalisation of Arabic text.

Reads a string, returns a :class:`NormText`: the normalised string for matching plus a map from
every normalised character back to the original characters it came from. Folding: diacritics and
tatweel removed; أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; Persian ک ی → ك ي; Arabic-Indic and
Persian digits → ASCII; curly and angle quotes → ``"`` / ``'``; no-break and odd spaces → space;
bidi and zero-width controls removed; presentation forms (ﻻ) expanded; ASCII lowercased.

A removed character is attached to the kept character before it, so a span that ends on a letter
also covers the letter's diacritics (``ثلاثةٌ``). ``normalize_form`` folds a lexicon entry the same
way (no offsets), so data files and text always meet in one form.

Example::

    >>> n = normalize("قالَ “الجيشُ”")
    >>> n.text
    'قال "الجيش"'
    >>> n.to_orig(5, 10)
    (6, 12)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from khabar.lang import load_yaml

_FOLD: dict[int, str | None] = {}
_DATA = load_yaml("text/normalize.yaml")
for _target, _forms in {**_DATA["letters"], **_DATA["punctuation"]}.items():
    for _c in _forms:
        _FOLD[ord(_c)] = str(_target)
for _i in range(10):
    _FOLD[0x0660 + _i] = str(_i)
    _FOLD[0x06F0 + _i] = str(_i)
for _c in "“”„‟«»″〝〞＂":
    _FOLD[ord(_c)] = '"'
for _c in "‘’‚‛′`":
    _FOLD[ord(_c)] = "'"
for _c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t":
    _FOLD[ord(_c)] = " "
for _cp in list(range(0x0610, 0x061B)) + list(range(0x064B, 0x0660)) + [0x0670] + list(range(0x06D6, 0x06EE)):
    _FOLD[_cp] = None
_FOLD[0x0640] = None  # tatweel
_INVISIBLE = [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x00AD]  # zero-width, bidi marks, soft hyphen
for _cp in _INVISIBLE + list(range(0x202A, 0x202F)) + list(range(0x2060, 0x2065)) + list(range(0x2066, 0x206A)):
    _FOLD[_cp] = None
for _cp in range(ord("A"), ord("Z") + 1):
    _FOLD[_cp] = chr(_cp + 32)

_TABLE = str.maketrans(_FOLD)
# every other character of the blocks news text is written in maps to itself: str.translate looks
# each character up in the table, and a character missing from it costs a KeyError raised and
# cleared inside translate (~40% of the time normalize spends on an Arabic article)
for _cp in [*range(0x0700), *range(0x2000, 0x2070)]:
    _TABLE.setdefault(_cp, _cp)


def _expand(ch: str) -> str:
    """Presentation forms and compatibility characters, folded via NFKC then the table."""
    cp = ord(ch)
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF or 0xFF00 <= cp <= 0xFFEF:
        return unicodedata.normalize("NFKC", ch).translate(_TABLE)
    return ch.translate(_TABLE)


_EXPANDABLE = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFE\uFF00-\uFFEF]")
_DELETED = re.compile("[" + "".join(re.escape(chr(cp)) for cp, v in _FOLD.items() if v is None) + "]+")


def _needs_expand(text: str) -> bool:
    return _EXPANDABLE.search(text) is not None


@dataclass(slots=True)
class NormText:
    """A normalised string and, for each of its characters, the original range it came from."""

    text: str
    starts: list[int] | None  # original start of each normalised char; None = identity
    ends: list[int] | None  # original end (exclusive) of each normalised char
    orig_len: int

    def to_orig(self, nstart: int, nend: int) -> tuple[int, int]:
        """Original (start, end) of the normalised range [nstart, nend)."""
        n = len(self.text)
        if not 0 <= nstart <= nend <= n:
            raise ValueError(f"normalised range ({nstart}, {nend}) outside 0..{n}")
        if self.starts is None or self.ends is None:
            return nstart, nend
        if nstart == nend:
            pos = self.starts[nstart] if nstart < n else self.orig_len
            return pos, pos
        return self.starts[nstart], self.ends[nend - 1]

    def to_norm(self, start: int) -> int:
        """The normalised offset of original offset ``start`` (the first char at or after it)."""
        if self.starts is None:
            return start
        import bisect

        return bisect.bisect_left(self.starts, start)

    def find(self, needle: str, start: int = 0) -> tuple[int, int]:
        """(nstart, nend) of the first occurrence of the normalised needle; ValueError if absent."""
        needle = normalize_form(needle)
        i = self.text.find(needle, start)
        if i < 0:
            raise ValueError(f"{needle!r} not in text")
        return i, i + len(needle)


def normalize_form(s: str) -> str:
    """Fold a string (e.g. a lexicon entry) exactly as :func:`normalize` folds text."""
    if _needs_expand(s):
        return "".join(_expand(c) for c in s)
    return s.translate(_TABLE)


def normalize(text: str) -> NormText:
    """Normalise ``text`` and keep the offset map back to it."""
    folded = text.translate(_TABLE)
    expand = _needs_expand(text)
    if len(folded) == len(text) and not expand:
        return NormText(folded, None, None, len(text))
    if not expand:  # only deletions: build the map run by run, not char by char
        starts: list[int] = []
        ends: list[int] = []
        prev = 0
        for m in _DELETED.finditer(text):
            ds, de = m.span()
            starts.extend(range(prev, ds))
            ends.extend(range(prev + 1, ds + 1))
            if ends and starts[-1] == ds - 1:
                ends[-1] = de  # a removed run joins the kept char before it
            prev = de
        starts.extend(range(prev, len(text)))
        ends.extend(range(prev + 1, len(text) + 1))
        return NormText(folded, starts, ends, len(text))
    return _normalize_slow(text)


def _normalize_slow(text: str) -> NormText:
    """Char by char, for texts with presentation forms that expand to several letters."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, ch in enumerate(text):
        rep = _expand(ch)
        if rep:
            for r in rep:
                out.append(r)
                starts.append(i)
                ends.append(i + 1)
        elif ends:
            ends[-1] = i + 1  # a removed char joins the kept char before it
    # chars of one expansion share their original range; keep ends monotonic for joined marks
    for j in range(len(ends) - 2, -1, -1):
        if starts[j] == starts[j + 1]:
            ends[j] = ends[j + 1]
    return NormText("".join(out), starts, ends, len(text))
