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
_SENT_END = re.compile(r"(?<!\d)[.!?؟;](?!\d)|[.!?؟;](?=\s|$)|\n+")


@functools.cache
def _clitics() -> dict:
    return load_yaml("text/clitics.yaml")


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


@functools.lru_cache(maxsize=50_000)
def clitic_splits(word: str) -> tuple[tuple[str, str, str], ...]:
    """Every plausible (prefix, stem, suffix) split of a normalised word, the unsplit one first.

    >>> ('وب', 'مدينه', '') in clitic_splits('وبمدينه')
    True
    """
    prefixes, suffixes, min_stem = _affixes()
    out: list[tuple[str, str, str]] = [("", word, "")]
    for p in prefixes:
        if not word.startswith(p):
            continue
        rest = word[len(p):]
        for s in suffixes:
            if s and not rest.endswith(s):
                continue
            stem = rest[: len(rest) - len(s)] if s else rest
            if len(stem) >= min_stem and (p, stem, s) not in out:
                out.append((p, stem, s))
    return tuple(out)


@functools.lru_cache(maxsize=50_000)
def _best_split(word: str, orig_last: str) -> tuple[str, str, str]:
    """A conservative guess: strip the article and what precedes it, and و/ف before a long stem."""
    c = _clitics()
    best = ("", word, "")
    for p, stem, s in clitic_splits(word):
        if s:
            if c["not_pronoun_when_original"].get(s) == orig_last:
                continue  # e.g. ta marbuta, not a pronoun
            if len(stem) < 3:
                continue
        if p and not (p.endswith("ال") or p.endswith(c["lam_article"])):
            # bare proclitics only with a stem long enough to be a word of its own
            if len(stem) < 3 or p not in {"و", "ف", "وب", "فب", "ول", "فل", "ب", "ل"}:
                continue
            if len(stem) < 4 and p in {"ب", "ل"}:
                continue
        if len(p) + len(s) > len(best[0]) + len(best[2]):
            best = (p, stem, s)
    return best


def segment(doc: "Doc") -> tuple[list["Sentence"], list["Token"]]:
    """Split ``doc`` into sentences and tokens (offsets into both text and normalised text)."""
    from khabar.doc import Sentence, Span, Token

    ntext = doc.norm.text
    sentences: list[Sentence] = []
    bounds: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(ntext):
        bounds.append((pos, m.end()))
        pos = m.end()
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
    si = 0
    text = doc.text
    starts, ends = doc.norm.starts, doc.norm.ends
    last_sentence = len(sentences) - 1
    guard = set(_clitics()["not_pronoun_when_original"].values())
    for m in _TOKEN.finditer(ntext):
        ns, ne = m.span()
        while si < last_sentence and ns >= sentences[si].nend:
            si += 1
        if starts is None or ends is None:
            os_, oe = ns, ne
        else:
            os_, oe = starts[ns], ends[ne - 1]
        span = Span(os_, oe, text[os_:oe])
        word = m.group()
        is_word = word[0].isalnum()
        if is_word and not word.isdigit():
            last = text[starts[ne - 1]] if starts is not None else text[ne - 1]
            p, stem, s = _best_split(word, last if last in guard else "")
        else:
            p, stem, s = "", word, ""
        tokens.append(Token(span, word, ns, ne, p, stem, s, is_word, si))
    return sentences, tokens
