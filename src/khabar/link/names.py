"""Name-level helpers for the alias stage: clitic-aware token keys and candidate names.

Reads a Doc's tokens (``doc.tokens``) and, when present, ``doc.entities``; adds nothing to the Doc.
Builds a :class:`TokenView` (for each word token the keys it can match: the word itself and the word
without its proclitics, ``وبالمرصد`` → ``المرصد``) and finds candidate full names: domain group names
(``lang/ar/aliases/groups.tsv`` plus the entities stage's ``lang/ar/entities/actors.yaml`` when it
exists), organisation names opened by a head noun (``aliases/org_heads.tsv``), person names opened by
a given name or announced by a title (``aliases/given_names*.tsv``, ``aliases/person_titles.tsv``),
and PER/ORG entities of the entities stage. Data files: every file in ``lang/ar/aliases/``, loaded
by :mod:`khabar.link.alias_data`.

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
import logging
import operator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from khabar.link.alias_data import AliasData, Morph, alias_data, morph, words_of
from khabar.text.segment import trim_caches as trim_word_caches

if TYPE_CHECKING:
    from khabar.doc import Doc

log = logging.getLogger(__name__)

__all__ = ["AliasData", "Morph", "Name", "TokenView", "alias_data", "entity_names", "is_definite",
           "is_stop", "lexicon_names", "morph", "org_names", "person_names", "skeleton", "trim_caches",
           "words_of"]


# ---------------------------------------------------------------- tokens


_TOKEN_FIELDS = operator.attrgetter("norm", "is_word", "sentence")
_NSTART = operator.attrgetter("nstart")
_SPAN, _START, _END = operator.attrgetter("span"), operator.attrgetter("start"), operator.attrgetter("end")


class TokenView:
    """The word tokens of a Doc with their match keys and an index from key to token positions."""

    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        toks = self.toks = doc.tokens
        n = self.n = len(toks)
        cols = tuple(zip(*map(_TOKEN_FIELDS, toks))) or ((), (), ())
        norms: tuple[str, ...] = cols[0]
        words: tuple[bool, ...] = cols[1]
        sents: tuple[int, ...] = cols[2]
        self.norms, self.words = norms, words
        keys: list[list[tuple[str, int]]] = list(map(_token_keys, norms))
        if not all(words):
            for i in itertools.compress(range(n), map(operator.not_, words)):
                keys[i] = []  # punctuation and other non-words match nothing
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
        for k in self.index.keys() & table.keys() if isinstance(table, dict) else \
                self.index.keys() & table:
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

        ``unspannable``: also occurrences behind ``لل`` (strip -1), which give no span of the name."""
        out: list[tuple[int, int, int]] = []
        at = self.index.get(words[0]) if words else None
        if not at:
            return out
        first, n = words[0], len(words)
        keys, norms, join, end = self.keys, self.norms, self.join_next, self.n
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
    trim_word_caches(_token_keys, _word_breaks, limit=KEY_CACHE_LIMIT)


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


# ---------------------------------------------------------------- candidate names


@dataclass
class Name:
    """A candidate name: tokens [start, end) of a TokenView, its words, type and where it came from."""

    start: int
    end: int
    strip: int
    words: tuple[str, ...]
    type: str
    source: str
    group: str | None = None
    canonical: str | None = None
    alts: tuple[int, ...] = ()  # other possible end tokens (person names of uncertain length)


def skeleton(word: str) -> str:
    """A surname without its inner long vowels (بارزاني, برزاني → برزني): spellings of one name."""
    if len(word) < 4:
        return word
    vowels = morph().long_vowels
    return word[0] + "".join(c for c in word[1:-1] if c not in vowels) + word[-1]


def is_definite(w: str) -> bool:
    return w.startswith(morph().article) and len(w) > 3


def first_key(tv: TokenView, i: int, table: dict | frozenset) -> tuple[str, int] | None:
    for k, s in tv.keys[i] if tv.is_word(i) else ():
        if k in table and s >= 0:
            return k, s
    return None


def conjoined(w: str) -> bool:
    """و/ف + a word: a conjunction, unless the whole is a given name that is not itself و/ف + a given
    name or name particle (``وليد`` is a name, ``وأحمد`` and ``وعبد`` are و + a name)."""
    d = alias_data()
    if not w or w[0] not in morph().conjunctions:
        return False
    return w not in d.given or w[1:] in d.given or w[1:] in d.bind_next


def given_at(tv: TokenView, i: int) -> bool:
    """Token i is a given name, also behind a proclitic (``وأحمد``) unless the whole word is a
    common word that only looks so (``بيان`` is no ``ب`` + ``يان``)."""
    d = alias_data()
    keys = tv.keys[i] if tv.is_word(i) else ()
    return any(k in d.given and (s == 0 or (s > 0 and tv.norms[i] not in d.common)) for k, s in keys)


def lexicon_names(tv: TokenView) -> list[Name]:
    """Greedy longest matches of the group table, left to right."""
    d = alias_data()
    out: list[Name] = []
    best_at: dict[int, Name] = {}
    for i, k, s in tv.positions(d.group_first):
        for w in d.group_first[k]:
            best = best_at.get(i)
            if best is not None and len(w) <= len(best.words):
                break
            if tv.match(i, w) == s:
                gid, typ, canon = d.groups[w]
                best_at[i] = Name(i, i + len(w), s, w, typ, "lexicon", gid, canon)
    end = -1
    for i in sorted(best_at):
        if i >= end:
            out.append(_with_head(tv, _core(tv, best_at[i])))
            end = best_at[i].end
    return out


def _with_head(tv: TokenView, n: Name) -> Name:
    """A group's name written after a head noun that can be left off (``حركة بوكو حرام``): the whole
    is one more name of the group. A describing head (``تنظيم داعش``) stays outside."""
    d = alias_data()
    i = n.start - 1
    if n.strip != 0 or not tv.joined(i, n.start) or is_definite(n.words[0]):
        return n
    key = first_key(tv, i, d.heads)
    if key is None or not d.heads[key[0]][1] or key[0] in d.desc_heads:
        return n
    return Name(i, n.end, key[1], (key[0],) + n.words, n.type, n.source, n.group, n.canonical)


def _core(tv: TokenView, n: Name) -> Name:
    """``تنظيم داعش`` is ``داعش`` behind a head word: keep the form the group is known by.

    Only a bare proper name loses its head; ``جبهة النصرة`` stays whole."""
    d = alias_data()
    w = n.words
    if len(w) == 2 and (d.heads.get(w[0], (False, False))[1] or w[0] in d.desc_heads) \
            and w[1:] in d.groups \
            and d.groups[w[1:]][0] == n.group and not is_definite(w[1]):
        return Name(n.start + 1, n.end, 0, w[1:], n.type, n.source, n.group, n.canonical)
    return n


def is_stop(tv: TokenView, j: int) -> bool:
    """A word that ends a name. ``على`` and the name ``علي`` fold alike: the original text decides."""
    d = alias_data()
    w = tv.norm(j)
    if w not in d.stop_break:
        return False
    return not (w in d.given and not tv.toks[j].span.text.endswith(morph().alef_maqsura))


def _clitic_particle(tv: TokenView, i: int) -> bool:
    """``بأن`` folds to the name ``بان``: a proclitic on a hamzated particle is no name."""
    w, m = tv.norm(i), morph()
    if len(w) < 2 or w[0] not in m.proclitics or w[1:] not in alias_data().stop_break:
        return False
    raw = tv.toks[i].span.text
    return len(raw) > 1 and raw[1] in m.hamza_alefs


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
    if len(w) >= 2 and w[0] in m.proclitics and w[1:] in d.stop_break \
            and len(raw) > 1 and raw[1] in m.hamza_alefs:
        return True  # as _clitic_particle: بأن
    stop = w in d.stop_break and not (w in d.given and not raw.endswith(m.alef_maqsura))  # is_stop
    return (len(w) < 2 or w.isdigit() or stop or w in d.titles
            or any(k in d.stop_break for k, s in _token_keys(w) if s > 0)
            or (w[0] in m.conjunctions and w[1:] in d.stop_break))


def org_names(tv: TokenView) -> list[Name]:
    """Names opened by an organisation head: ``جبهة النصرة``, ``المرصد السوري لحقوق الإنسان``."""
    d, m = alias_data(), morph()
    out: list[Name] = []
    seen: set[int] = set()
    for i, head, strip in tv.positions(d.heads):
        if i in seen:
            continue
        seen.add(i)
        j = i + 1
        if not is_definite(head):
            indef: list[int] = []
            while (len(indef) < 1 and tv.joined(j - 1, j) and not _breaks(tv, j)
                   and not is_definite(tv.norm(j)) and tv.norm(j) not in d.heads):
                indef.append(j)
                j += 1
            if tv.joined(j - 1, j) and not _breaks(tv, j) and is_definite(tv.norm(j)):
                j += 1
            elif indef:
                j = indef[0] + 1
                n = Name(i, j, strip, _words(tv, i, j, head), "ORG", "org-head")
                if not _head_of_known(n.words):
                    out.append(n)
                continue
            else:
                continue
        elif tv.joined(i, j) and tv.norm(j).isdigit():
            j += 1
        # definite modifiers, and after one of them one ل + noun + definite noun (لحقوق الإنسان; not
        # right after the head: ``السلطة لتقديم القيادات`` is a purpose clause); after the first
        # modifier or a genitive only adjectives follow (the object in ``وثق المرصد … الغارات`` not)
        genitive = not is_definite(head) or j > i + 1
        # a head that also stands alone (المقاومة) takes only adjectives: in ``تطهير المقاومة القصر``
        # the definite noun after it is the verbal noun's object
        adjectives_only = is_definite(head) and d.heads[head][0]
        modified = False
        while tv.joined(j - 1, j) and j - i < 7:
            w = tv.norm(j)
            if _breaks(tv, j) or w in d.heads:
                break
            if not genitive and modified and w.startswith(m.lam) and not w.startswith(m.lam_article) \
                    and tv.joined(j, j + 1) and is_definite(tv.norm(j + 1)) and not _breaks(tv, j + 1):
                j += 2
                genitive = True
            elif not genitive and modified and w.startswith(m.lam_article) and len(w) > 4 and not (
                    tv.joined(j, j + 1) and tv.norm(j + 1) in m.complement_particles):  # للمقاومة
                j += 1
                genitive = True
            elif is_definite(w) and (_adjective(w) or not (modified or genitive or adjectives_only)) and not (
                    not w.endswith(m.nisba_endings) and tv.joined(j, j + 1)
                    and tv.norm(j + 1) in m.complement_particles):  # المعبر عن: a clause
                j += 1
                modified = True
            else:
                break
        if j - i >= 2:
            out.append(Name(i, j, strip, _words(tv, i, j, head), "ORG", "org-head"))
    return [n for n in out if not _head_of_known(n.words)]


def _head_of_known(words: tuple[str, ...]) -> bool:
    """A head word before a known bare name (تنظيم داعش): the name is the bare one."""
    d = alias_data()
    return (len(words) == 2 and (d.heads.get(words[0], (False, False))[1] or words[0] in d.desc_heads)
            and words[1:] in d.groups and not is_definite(words[1]))


def _adjective(w: str) -> bool:
    """A definite word that can modify a name: a nisba (السوري, الشعبية) or a participle (المعارض)."""
    m = morph()
    return is_definite(w) and (w.endswith(m.nisba_endings)
                               or (w.startswith(m.participle_prefix) and len(w) > 5))


def _words(tv: TokenView, i: int, j: int, first: str) -> tuple[str, ...]:
    return (first,) + tuple(tv.norm(k) for k in range(i + 1, j))


MAX_NAME_TOKENS = 9  # tokens of a person's name, particles included (عبد العزيز بن عبد الله آل الشيخ)


def person_names(tv: TokenView) -> list[Name]:
    """Person names opened by a given name or announced by a title; ``alts`` holds possible ends."""
    d, m = alias_data(), morph()
    in_place = tv.places
    starts: dict[int, tuple[str, int]] = {}
    for i, g, gs in tv.positions(d.given):
        if i not in starts and not is_definite(g) and not _breaks(tv, i) \
                and g not in d.not_name and not _clitic_particle(tv, i) \
                and not (gs > 0 and tv.norms[i] in d.common) \
                and m.tanween_fath not in tv.toks[i].span.text \
                and not (g in morph().son and is_definite(tv.norm(i + 1))) \
                and not (g in m.son and tv.joined(i - 1, i) and not _breaks(tv, i - 1)):  # … بن عبد الله
            if not (tv.joined(i - 1, i) and given_at(tv, i - 1)) \
                    and not (g in d.common and (tv.norm(i + 1) in d.common  # فتح الطريق, أمل المشجعين
                                                or is_definite(tv.norm(i + 1)))):
                starts[i] = (g, gs)
    seen: set[int] = set()
    for i, tk, ts in tv.positions(d.titles):
        if i in seen:
            continue
        seen.add(i)
        t = (tk, ts)
        if d.titles[t[0]]:  # the title is part of the name
            starts[i] = t
            continue
        j = i + 1
        while j < i + 7 and tv.joined(j - 1, j):
            w = tv.norm(j)
            if w in d.particles and is_stop(tv, j) and j + 1 < len(tv):
                j += 2  # a preposition and its object: مبعوث الأمم المتحدة إلى اليمن
                continue
            if is_definite(w) or w.startswith(morph().lam) or w in d.titles or len(w) <= 2:
                j += 1
                continue
            if any(s > 0 and k in d.common for k, s in tv.keys[j]):
                break
            if not _breaks(tv, j) and j not in starts and w not in d.heads and w not in d.common \
                    and not _behind_preposition(tv, j) \
                    and morph().tanween_fath not in tv.toks[j].span.text:  # an adverb (دولياً)
                starts[j] = (w, 0)
            break
    out: list[Name] = []
    for i, (first, strip) in sorted(starts.items()):
        ends = []
        j = i + 1
        limit = i + 5  # name words; each particle (بن, آل, عبد) lets the name go one word further
        while j < limit and tv.joined(j - 1, j) and tv.norm(j) not in d.heads and (
                not _breaks(tv, j) or (tv.norm(j) in d.titles and (
                    tv.norm(j - 1) in d.bind_rest or tv.norm(j - 1) in d.bind_next))):  # عبد الملك
            w = tv.norm(j)
            if conjoined(w) and w not in d.bind_rest:
                break  # a conjunction: the name has ended
            if w in d.common or j in in_place or _behind_preposition(tv, j) \
                    or m.tanween_fath in tv.toks[j].span.text:
                break  # a verb, common noun, place, adverb or word behind a preposition ends the name
            if is_definite(w) and w.endswith(m.not_surname_endings) and w not in d.bind_prev \
                    and not family_plural(w):
                break  # a definite feminine or plural word (الموضة, المؤمنين) is no surname
            if w.endswith(m.nisba_feminine) or tv.toks[j].suffix in m.pronoun_suffixes:
                break  # إغاثية, سراحها
            j += 1
            prev = tv.norm(j - 1)
            if prev in d.bind_next or prev in d.kunya or prev in d.bind_rest:
                limit = min(limit + 1, i + MAX_NAME_TOKENS)
                continue
            if tv.joined(j - 1, j) and tv.norm(j) in d.bind_prev:
                continue
            ends.append(j)
        if ends:
            out.append(Name(i, ends[0], strip, _words(tv, i, ends[0], first), "PER", "person",
                            alts=tuple(ends)))
    return out


def family_plural(w: str) -> bool:
    """A family name in the broken plural (``الدوابشة``, ``الجعافرة``), see ``morphology.yaml``."""
    m = morph()
    n, at, not_first = m.family_plural
    stem = w[len(m.article):]
    return (n > 0 and is_definite(w) and len(stem) == n and stem[at - 1] == m.long_vowels[0]
            and stem.endswith(m.feminine_ending) and stem[0] not in not_first
            and not w.endswith(m.nisba_feminine))


def _behind_preposition(tv: TokenView, j: int) -> bool:
    """``بالدمام``, ``للإغاثة``, ``بصحبة``: a word with ب/ل/ك + ال, or glued to a common word."""
    m = morph()
    p = tv.toks[j].prefix
    if not p or p == m.article:
        return False
    if p.endswith(m.article) or p.endswith(m.lam_article):
        return True
    return any(s > 0 and k in alias_data().common for k, s in tv.keys[j])


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


def entity_names(tv: TokenView) -> list[Name]:
    """PER and ORG mentions found by the entities stage's model, cleaned to name boundaries.

    Lexicon mentions are left out (the alias data holds the same names, with the alias filters);
    a leading proclitic is dropped (``للحوثيين`` gives no span and is skipped), trailing particles
    and descriptors are cut, and a mention across punctuation or a line break is ignored."""
    d = alias_data()
    out: list[Name] = []
    ents = [e for e in tv.doc.entities if e.label in ("PER", "ORG") and e.source != "lexicon"]
    if not ents:
        return out
    toks = tv.toks
    starts, ends = tv.bounds
    nstarts: list[int] | None = None
    for e in ents:
        i, j = _at(starts, e.span.start), _at(ends, e.span.end)
        if i is None:  # the mention starts after a proclitic inside the token
            ns = tv.doc.norm.to_norm(e.span.start)
            if nstarts is None:
                nstarts = [t.nstart for t in toks]
            k = bisect.bisect_left(nstarts, ns) - 1
            i = k if k >= 0 and toks[k].nstart < ns < toks[k].nend else None
        if i is None or j is None or j < i:
            continue
        j += 1
        if any(not tv.joined(k, k + 1) for k in range(i, j - 1)):
            continue
        for k in range(i + 1, j):  # a particle inside ends the name: هادي على زنجبار
            if _breaks(tv, k) or tv.norm(k) in d.stop_break:
                j = k
                break
        if j - i < 2:
            continue  # one word is a short form, not a full name
        first, strip = _bare_key(tv, i, tv.doc.norm.to_norm(e.span.start) - tv.toks[i].nstart)
        if strip < 0 or first in d.stop_break:
            continue
        if e.label == "PER" and (first in d.heads or first in d.generic):
            continue  # a body's name typed as a person (نقابة الصيادين)
        if e.label == "PER" and first in morph().son and tv.joined(i - 1, i):
            continue  # a mention cut after the first name: (عبد العزيز) بن عبد الله آل الشيخ
        if e.label == "PER" and strip == 0 and j - i >= 3 and _verb_like(first):
            i, first = i + 1, tv.norm(i + 1)  # a verb before the name: يفاجئ عبد الرشيد دوستم
        words = (first,) + tuple(tv.norm(k) for k in range(i + 1, j))
        out.append(Name(i, j, strip, words, e.label, "entity"))
    return out


def _verb_like(w: str) -> bool:
    """An imperfect verb (يفاجئ, تجبر): opened by its prefix, no given name, four letters or more."""
    return len(w) >= 4 and w[0] in morph().imperfect_prefixes and w not in alias_data().given


def _at(offsets: list[int], x: int) -> int | None:
    """The token whose start (or end) offset is x, or None."""
    k = bisect.bisect_left(offsets, x)
    return k if k < len(offsets) and offsets[k] == x else None


def _bare_key(tv: TokenView, i: int, cut: int) -> tuple[str, int]:
    """The first word of a mention that starts ``cut`` letters into token i: the word without the
    proclitics the mention left out (``وبشار`` → ``بشار``), or the whole word (``فؤاد`` stays whole:
    its ف is no conjunction). ``للحوثيين`` gives strip -1 (no span of the written name)."""
    t, m = tv.toks[i], morph()
    if cut > 0:
        for k, s in tv.keys[i]:
            if s == cut or (s == -1 and t.norm[:cut].endswith(m.lam_article)):
                return k, s
        return t.norm[cut:], -1  # an odd cut: no reliable span
    if t.prefix.endswith(m.lam_article):
        return t.norm, -1
    return t.norm, 0
