"""The aliases stage: clusters of the names one person or group goes by within an article.

Reads ``doc.tokens`` and, when present, ``doc.entities`` (PER/ORG spans and their lexicon canonical),
``doc.places`` and ``doc.times`` (never taken for names in parentheses); adds ``doc.aliases``: one
:class:`khabar.doc.AliasCluster` per person or group written in at least two distinct forms, with the
spans of every form and the rules that linked them (``evidence``):

- ``lexicon``: names of one group in ``lang/ar/aliases/groups.tsv`` or the entities lexicon
  (``داعش`` = ``تنظيم الدولة الإسلامية``);
- ``cue``: ``X المعروف بـ Y``, ``الملقب``, ``المكنى``, ``واسمه`` … (``aliases/cues.tsv``), with quoted
  lists ``"Y" و"Z"``;
- ``parenthesis``: ``X (Y)``; ``acronym``: ``X PKK``; ``kunya``: ``أبو أنس الشامي`` ~ ``أنس الشامي``;
- ``spelling``: a surname written alone with one long vowel more or less (``برزاني`` / ``بارزاني``);
- ``adjectives``: one party described two ways (``حزب الشعوب الديمقراطي`` / ``حزب الشعوب الكردي``);
- ``surname``, ``head``, ``short``: a person's last name used alone (``أردوغان``), a group's head noun
  alone (``المرصد``), or a shortened name (``القيادة المركزية``, ``النصرة``) written elsewhere in the
  article on its own. A short form that could belong to two different names is left out.

Data files: everything in ``lang/ar/aliases/`` (see its README) via :mod:`khabar.link.names`.

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="x", text="قال الرئيس التركي رجب طيب أردوغان إن ... وأضاف أردوغان أن ..."))
    >>> extract_aliases(doc)
    >>> [c.to_json()["names"] for c in doc.aliases]
    [['أردوغان', 'رجب طيب أردوغان']]
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from khabar.doc import AliasCluster, Doc, Span
from khabar.link.names import (Name, TokenView, _adjective, _breaks, _clitic_particle, alias_data,
                               entity_names, is_definite, is_stop, lexicon_names, morph, org_names,
                               person_names, skeleton, words_of)

log = logging.getLogger(__name__)

MAX_SHORT_TAIL = 4


@dataclass
class _Node:
    words: tuple[str, ...]
    types: list[str] = field(default_factory=list)
    spans: dict[int, tuple[Span, str]] = field(default_factory=dict)  # start -> (span, as written)
    full: bool = False  # detected as a full name (not only as a short form)
    canonical: str | None = None


class _Clusters:
    """Union-find over normalised names (tuples of words)."""

    def __init__(self) -> None:
        self.nodes: dict[tuple[str, ...], _Node] = {}
        self.parent: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.evidence: dict[tuple[str, ...], set[str]] = {}

    def has(self, words: tuple[str, ...]) -> bool:
        return fold(words) in self.nodes

    def node(self, words: tuple[str, ...]) -> _Node:
        words = fold(words)
        if words not in self.nodes:
            self.nodes[words] = _Node(words)
            self.parent[words] = words
            self.evidence[words] = set()
        return self.nodes[words]

    def find(self, w: tuple[str, ...]) -> tuple[str, ...]:
        w = fold(w)
        while self.parent[w] != w:
            self.parent[w] = self.parent[self.parent[w]]
            w = self.parent[w]
        return w

    def union(self, a: tuple[str, ...], b: tuple[str, ...], rule: str) -> None:
        a, b = self.node(a).words, self.node(b).words
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.evidence[ra] |= self.evidence.pop(rb, set())
        self.evidence[ra].add(rule)


def fold(words: tuple[str, ...]) -> tuple[str, ...]:
    """One key for variants of one name: nominative and oblique plural (الحوثيون / الحوثيين), and
    a describing head or none (تنظيم الدولة الإسلامية / الدولة الإسلامية)."""
    if len(words) > 1 and words[0] in alias_data().desc_heads:
        words = words[1:]
    m = morph()
    last = words[-1] if words else ""
    if len(last) > 5 and last.startswith(m.article) and last.endswith(m.plural_nominative):
        return words[:-1] + (last[: -len(m.plural_nominative)] + m.plural_oblique,)
    return words


def extract_aliases(doc: Doc) -> None:
    """Fill ``doc.aliases`` with the alias clusters of the article."""
    if not doc.tokens:
        return
    tv = TokenView(doc)
    cl = _Clusters()
    lex = lexicon_names(tv)
    orgs = org_names(tv)
    ents = entity_names(tv)
    pers = person_names(tv)
    fixed = _prune(lex + [e for e in ents if e.type == "ORG"] + orgs)
    covered = _cover(tv, fixed)
    pers = [q for q in (_before(p, covered) for p in pers) if q is not None]
    _choose_person_extents(tv, pers, fixed)
    mine = _cover(tv, pers)
    pers += [e for e in ents if e.type == "PER" and e.start not in covered
             and not any(k in mine for k in range(e.start, e.end))]  # the model fills gaps only
    pers = _drop_surname_starts(_prune(sorted(pers, key=lambda p: p.start - p.end)))
    names = fixed + pers
    for n in names:
        _add(tv, cl, n.words, n.start, n.end, n.strip, n.type, full=True, canonical=n.canonical)
    # 1. the same domain group / lexicon canonical
    by_group: dict[str, tuple[str, ...]] = {}
    for n in names:
        if n.group:
            first = by_group.setdefault(n.group, n.words)
            if first != n.words:
                cl.union(first, n.words, "lexicon")
    # 2. patterns
    ends: dict[int, Name] = {}
    for n in names:
        ends.setdefault(n.end, n)
    for n in pers:
        for e in n.alts:
            if e not in ends:
                words = n.words[:1] + tuple(tv.norm(k) for k in range(n.start + 1, e))
                ends[e] = Name(n.start, e, n.strip, words, "PER", "person")
    _cues(tv, cl, ends)
    _parentheses(tv, cl, ends)
    _acronyms(tv, cl, names)
    # 3. shortened forms
    longest = _longest_cover(tv, names)
    _short_forms(tv, cl, names, longest)
    _kunyas(tv, cl, names, longest)
    _spellings(tv, cl, pers, longest)
    doc.aliases = _output(cl)


# ---------------------------------------------------------------- nodes and occurrences


def _add(tv: TokenView, cl: _Clusters, words: tuple[str, ...], i: int, j: int, strip: int,
         typ: str, full: bool = False, canonical: str | None = None) -> None:
    node = cl.node(words)
    node.types.append(typ)
    node.full = node.full or full
    node.canonical = node.canonical or canonical
    if strip >= 0:
        ns, ne = tv.nrange(i, j, strip)
        span = tv.doc.span_from_norm(ns, ne)
        node.spans.setdefault(span.start, (span, tv.doc.norm.text[ns:ne]))


def _before(p: Name, covered: dict[int, int]) -> Name | None:
    """A person candidate cut short before a group's name (خليفة | داعش), or None."""
    stop = next((k for k in range(p.start, p.alts[-1]) if k in covered), None)
    if stop is None:
        return p
    alts = tuple(e for e in p.alts if e <= stop)
    if not alts:
        return None
    p.alts, p.end, p.words = alts, alts[0], p.words[: alts[0] - p.start]
    return p


def _prune(names: list[Name]) -> list[Name]:
    """Drop a name written inside or across a name listed before it, or strictly inside any name."""
    kept: list[Name] = []
    for n in names:
        clash = False
        for m in kept:
            if n.start < m.end and m.start < n.end:
                if n.start <= m.start and m.end <= n.end and (n.end - n.start) > (m.end - m.start):
                    continue  # n contains m and is longer: decided below
                clash = True
                break
        if not clash:
            kept = [m for m in kept if not (n.start <= m.start and m.end <= n.end)] + [n]
    return kept


def _cover(tv: TokenView, names: list[Name]) -> dict[int, int]:
    """token -> start token of the name covering it (the first name seen wins)."""
    out: dict[int, int] = {}
    for n in names:
        for k in range(n.start, n.end):
            out.setdefault(k, n.start)
    return out


def _longest_cover(tv: TokenView, names: list[Name]) -> list[int]:
    """For each token, the length (in words) of the longest candidate name written over it."""
    out = [0] * len(tv)
    for words in {n.words for n in names}:
        for i, j, _ in tv.occurrences(words, unspannable=True):
            for k in range(i, j):
                out[k] = max(out[k], len(words))
    return out


def _standalone(tv: TokenView, words: tuple[str, ...], longest: list[int],
                maximal: bool, after: str | None = None,
                extra: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int, int]]:
    """Occurrences of a short form that are not part of a longer candidate name.

    ``maximal``: also refuse an occurrence followed by a definite word that would continue the name
    (``المقاومة`` in ``المقاومة الإسلامية`` when the name is ``المقاومة الشعبية``). ``extra``: more
    token ranges of a longer name.
    """
    d = alias_data()
    places = tv.places
    out = []
    for i, j, s in tv.occurrences(words):
        if any(longest[k] > len(words) for k in range(i, j)):
            continue
        if any(a < j and i < b for a, b in extra):
            continue
        if len(words) == 1 and (is_stop(tv, i) or _clitic_particle(tv, i) or i in places):
            continue
        if after is not None and tv.joined(j - 1, j) and tv.norm(j) == after:
            continue  # the longer name goes on the same way: not a short form of this extent
        if maximal and tv.joined(j - 1, j):
            w = tv.norm(j)
            if is_definite(w) and w not in d.stop_break:
                continue
        if not maximal and tv.joined(i - 1, i) and any(
                k in d.given for k, _ in tv.keys[i - 1]):
            continue  # another person's first name before the surname
        out.append((i, j, s))
    return out


# ---------------------------------------------------------------- person extents


def _choose_person_extents(tv: TokenView, pers: list[Name], fixed: list[Name]) -> None:
    """Pick each person name's length: the shortest whose surname is written alone elsewhere."""
    longest = _longest_cover(tv, fixed)
    for p in pers:
        for e in p.alts:
            words = p.words[:1] + tuple(tv.norm(k) for k in range(p.start + 1, e))
            forms = _person_short_forms(words)
            if not forms:
                continue
            own = tuple((i, j) for i, j, _ in tv.occurrences(words, True)) + ((p.start, e),)
            after = tv.norm(e) if tv.joined(e - 1, e) and not _breaks(tv, e) else None
            if any(_standalone(tv, f, longest, False, after, own) for f, _ in forms):
                p.end, p.words = e, words
                break


def _drop_surname_starts(pers: list[Name]) -> list[Name]:
    """A candidate that opens with another person's surname (``هادي وهي``) is that surname."""
    forms = {f: p.words for p in pers for f, _ in _person_short_forms(p.words)}
    out = []
    for p in pers:
        if any(p.words[:len(f)] == f and w != p.words for f, w in forms.items()):
            continue
        out.append(p)
    return sorted(out, key=lambda p: p.start)


# ---------------------------------------------------------------- short forms


def _groups(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Words of a person's name grouped into name parts: عبد الله, أبو بكر, صلاح الدين, ولد …"""
    d = alias_data()
    out: list[list[str]] = []
    bind = False
    rest = False
    for w in words:
        if rest or bind or (out and w in d.bind_prev):
            out[-1].append(w)
        else:
            out.append([w])
        bind = w in d.bind_next or w in d.kunya
        rest = rest or w in d.bind_rest
    return [tuple(g) for g in out]


def _person_short_forms(words: tuple[str, ...]) -> list[tuple[tuple[str, ...], str]]:
    d = alias_data()
    title: tuple[str, ...] = ()
    if words and d.titles.get(words[0]):  # الملا محمد عمر → الملا عمر
        title, words = words[:1], words[1:]
    groups = _groups(words)
    if len(groups) < 2:
        return []
    out: list[tuple[tuple[str, ...], str]] = []
    last = groups[-1]
    if last[0] not in d.stop_alone and (len(last) > 1 or (len(last[0]) >= 3
                                                         and last[0] not in d.common)):
        out.append((last, "surname"))
        if title:
            out.append((title + last, "surname"))
    if len(groups) >= 3 and groups[-2][0] not in d.given:
        out.append((groups[-2] + last, "surname"))
    if groups[0][0] in d.kunya and len(groups[0]) > 1:
        out.append((groups[0], "kunya"))
    return [(f, r) for f, r in out if f != words and f != title + words]


def _org_short_forms(words: tuple[str, ...]) -> list[tuple[tuple[str, ...], str]]:
    d = alias_data()
    n = len(words)
    if n < 2:
        return []
    out: list[tuple[tuple[str, ...], str]] = []
    alone, drop = d.heads.get(words[0], (False, False))
    if alone:
        out.append((words[:1], "head"))
    for k in range(2, n):
        if _ends_well(words, k) and (alone or drop or words[k - 1].isdigit()):
            out.append((words[:k], "short"))
    if drop:
        for k in range(2, min(n, 1 + MAX_SHORT_TAIL) + 1):
            tail = words[1:k]
            if not _ends_well(words, k):
                continue
            if len(tail) == 1 and (tail[0] in d.stop_alone or len(tail[0]) < 3 or tail[0] in d.common
                                   or tail[0].endswith(morph().plural_endings)):
                continue  # a plain noun (جماعة المسلمين ↛ المسلمين)
            if len(tail) == 1 and not is_definite(tail[0]) and tail[0].endswith(morph().feminine_ending):
                continue  # an indefinite adjective (جبهة جديدة), not a name
            if tail[0] in d.stop_break:
                continue
            out.append((tail, "short"))
    return out


def _ends_well(words: tuple[str, ...], k: int) -> bool:
    """words[:k] does not stop inside a construct (``لحقوق`` | ``الإنسان``) or on a particle."""
    d = alias_data()
    last = words[k - 1]
    if last in d.stop_break or len(last) < 2:
        return False
    if k < len(words) and not is_definite(last) and not last.isdigit() \
            and is_definite(words[k]):
        return False
    return not (last.startswith(morph().lam) and not is_definite(last) and k < len(words))


def _short_forms(tv: TokenView, cl: _Clusters, names: list[Name], longest: list[int]) -> None:
    full = {}
    for n in names:
        if n.type == "PER" and n.source != "lexicon":
            forms = _person_short_forms(n.words)
        else:
            forms = _org_short_forms(n.words)
        full.setdefault(n.words, (n.type, forms))
    # generators of each short form
    gens: dict[tuple[str, ...], list[tuple[tuple[str, ...], str, str]]] = {}
    for words, (typ, forms) in full.items():
        for f, rule in forms:
            gens.setdefault(f, []).append((words, rule, typ))
    # one party described two ways: حزب الشعوب الديمقراطي / حزب الشعوب الكردي
    _same_party(cl, [w for w, (typ, _) in full.items() if typ == "ORG"])
    # a full name that is a short form of exactly one other full name joins it first
    for f, g in gens.items():
        if f in full and len({cl.find(w) for w, _, _ in g}) == 1:
            cl.union(g[0][0], f, g[0][1])
    for f, g in sorted(gens.items(), key=lambda x: -len(x[0])):
        roots = {cl.find(w) for w, _, _ in g}
        if len(roots) != 1 or (cl.has(f) and cl.find(f) in roots):
            continue
        if f in full:
            continue  # a full name of its own, claimed by another name: not a short form
        words, rule, typ = g[0]
        occ = _standalone(tv, f, longest, maximal=typ != "PER")
        if not occ:
            continue
        for i, j, s in occ:
            _add(tv, cl, f, i, j, s, typ)
        for i, j, _ in tv.occurrences(f, unspannable=True):
            for k in range(i, j):  # shorter forms inside this one are not standalone
                longest[k] = max(longest[k], len(f))
        cl.union(words, f, rule)


def _same_party(cl: _Clusters, orgs: list[tuple[str, ...]]) -> None:
    """Group names of head + genitive that differ only in trailing adjectives name one group."""
    d = alias_data()
    by_core: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for w in orgs:
        if len(w) >= 3 and d.heads.get(w[0], (False, False))[1] and not is_definite(w[0]) \
                and all(_adjective(x) for x in w[2:]):
            by_core.setdefault(w[:2], []).append(w)
    for ws in by_core.values():
        for w in ws[1:]:
            cl.union(ws[0], w, "adjectives")


def _kunyas(tv: TokenView, cl: _Clusters, names: list[Name], longest: list[int]) -> None:
    """``أبو أنس الشامي`` and ``أنس الشامي`` written apart: one person."""
    d = alias_data()
    for n in names:
        if n.type != "PER" or len(n.words) < 3 or n.words[0] not in d.kunya:
            continue
        bare = n.words[1:]
        if cl.has(bare):
            cl.union(n.words, bare, "kunya")


def _one_vowel_apart(a: str, b: str) -> bool:
    """b is a with one long vowel letter added or left out (برزاني / بارزاني)."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) != len(a) + 1:
        return False
    vowels = morph().long_vowels
    return any(b[k] in vowels and b[:k] + b[k + 1:] == a for k in range(1, len(b) - 1))


def _spellings(tv: TokenView, cl: _Clusters, pers: list[Name], longest: list[int]) -> None:
    """A person's surname written alone in another spelling (برزاني / برازاني)."""
    d = alias_data()
    surnames: dict[str, tuple[str, ...]] = {}
    for p in pers:
        last = p.words[-1]
        if len(p.words) >= 2 and len(last) >= 5 and last not in d.common and last not in d.given \
                and not is_definite(last):
            surnames.setdefault(skeleton(last), p.words)
    if not surnames:
        return
    ends = {(k[0], k[-1]) for k in surnames}
    for key in list(tv.index):
        if len(key) < 5 or (key[0], key[-1]) not in ends or key in d.common or key in d.given:
            continue
        words = surnames.get(skeleton(key))
        if words is None or key == words[-1] or (key,) in cl.nodes or not _one_vowel_apart(key, words[-1]):
            continue
        occ = _standalone(tv, (key,), longest, maximal=False)
        if occ:
            for i, j, s in occ:
                _add(tv, cl, (key,), i, j, s, "PER")
            cl.union(words, (key,), "spelling")


# ---------------------------------------------------------------- patterns


def _chunk_before(tv: TokenView, j: int, ends: dict[int, Name]) -> Name | None:
    """The name that ends just before token j (a comma may sit between)."""
    n = ends.get(j)
    if n is None and j >= 1 and tv.norm(j - 1) in morph().commas:
        n = ends.get(j - 1)
    return n


def _name_after(tv: TokenView, i: int, limit: int = 4) -> list[tuple[int, int, int]]:
    """Names written from token i on: one name, or a quoted list ``"Y" و"Z"`` (i, j, strip)."""
    d, m = alias_data(), morph()
    out: list[tuple[int, int, int]] = []
    while i < len(tv):
        quoted = tv.norm(i) in m.quotes
        if quoted:
            i += 1
        j = i
        while j < len(tv) and j - i < limit and tv.is_word(j) and (j == i or tv.joined(j - 1, j)):
            if not quoted and _stop(tv, j):
                break
            j += 1
        if j == i:
            break
        if not quoted and tv.norm(j - 1) in d.stop_alone and j - i == 1:
            break
        out.append((i, j, 0))
        if not quoted or j >= len(tv) or tv.norm(j) not in m.quotes:
            break
        k = j + 1  # after the closing quote: و or a comma, then another quoted name
        if tv.norm(k) in m.list_joiners and tv.norm(k + 1) in m.quotes:
            i = k + 1
            continue
        break
    return out


def _stop(tv: TokenView, j: int) -> bool:
    d = alias_data()
    w = tv.norm(j)
    return w in d.stop_break or w.isdigit() or len(w) < 2


def _add_span_name(tv: TokenView, cl: _Clusters, i: int, j: int, strip: int, typ: str) -> tuple[str, ...]:
    ns, ne = tv.nrange(i, j, strip)
    words = words_of(tv.doc.norm.text[ns:ne])
    _add(tv, cl, words, i, j, strip, typ)
    return words


def _cues(tv: TokenView, cl: _Clusters, ends: dict[int, Name]) -> None:
    d, m = alias_data(), morph()
    for cue, kind in d.cues.items():
        for i, j, _ in tv.occurrences(cue):
            x = _chunk_before(tv, i, ends)
            if x is None:
                continue
            k = j
            w = tv.norm(k)
            if w in m.cue_prepositions or w == m.cue_name_word:
                k += 1
                if tv.norm(k) == m.cue_name_word:
                    k += 1
            elif tv.is_word(k) and w.startswith(m.ba) and len(w) > 3:
                ys = [(k, k2, 1) for _, k2, _ in _name_after(tv, k)[:1]]
                _link_all(tv, cl, x, ys, kind)
                continue
            _link_all(tv, cl, x, _name_after(tv, k), kind)


def _link_all(tv: TokenView, cl: _Clusters, x: Name, ys: list[tuple[int, int, int]], rule: str) -> None:
    if ys and not cl.has(x.words):
        _add(tv, cl, x.words, x.start, x.end, x.strip, x.type, full=True)
    for i, j, s in ys:
        words = _add_span_name(tv, cl, i, j, s, x.type)
        if words and words != x.words:
            cl.union(x.words, words, "cue:" + rule if rule else "cue")


def _parentheses(tv: TokenView, cl: _Clusters, ends: dict[int, Name]) -> None:
    """``X (Y)`` where Y looks like another name of X, not a description (an age, a job, a place)."""
    doc = tv.doc
    taken = [(m.span.start, m.span.end) for m in (*doc.places, *doc.times)]
    for k in [k for k, w in enumerate(tv.norms) if w == "("]:
        x = ends.get(k)
        if x is None:
            continue
        j = k + 1
        while j < len(tv) and tv.is_word(j) and j - k <= 4 and not _stop(tv, j):
            j += 1
        if j == k + 1 or tv.norm(j) != ")":
            continue
        ns, ne = tv.nrange(k + 1, j, 0)
        words = words_of(doc.norm.text[ns:ne])
        span = doc.span_from_norm(ns, ne)
        if not words or words == x.words or not _name_like(words, x.type) \
                or any(s < span.end and span.start < e for s, e in taken):
            continue
        if not cl.has(x.words):
            _add(tv, cl, x.words, x.start, x.end, x.strip, x.type, full=True)
        _add(tv, cl, words, k + 1, j, 0, x.type)
        cl.union(x.words, words, "parenthesis")


def _name_like(words: tuple[str, ...], typ: str) -> bool:
    """Words in parentheses that can be a name: a person's opens with a given name or kunya, a
    group's is a known name, opens with a head noun, or is one uncommon word (an acronym)."""
    d = alias_data()
    w = words[0]
    if w in d.stop_alone or w in d.common:
        return False
    if typ == "PER":
        return w in d.given or w in d.kunya or bool(d.titles.get(w))
    return len(words) == 1 or words in d.groups or w in d.heads


def _acronyms(tv: TokenView, cl: _Clusters, names: list[Name]) -> None:
    """An organisation's name followed by a Latin acronym: ``حزب العمال الكردستاني PKK``."""
    for n in names:
        j = n.end
        if n.type != "ORG" or not tv.joined(j - 1, j):
            continue
        raw = tv.toks[j].span.text
        if raw.isascii() and raw.isalpha() and raw.isupper() and 2 <= len(raw) <= 6:
            _add(tv, cl, (tv.norm(j),), j, j + 1, 0, "ORG")
            cl.union(n.words, (tv.norm(j),), "acronym")


# ---------------------------------------------------------------- output


def _main_variant(node: _Node) -> list[Span]:
    """The spans of a node's most frequent written variant (الحوثيين over الحوثيون)."""
    by: dict[str, list[Span]] = {}
    for s, written in node.spans.values():
        by.setdefault(written, []).append(s)
    return max(by.values(), key=lambda v: (len(v), -v[0].start))


def tv_norm(span: Span) -> str:
    """A span's text as the scorer compares names: letters folded, punctuation as space."""
    return " ".join(words_of(span.text))


def _output(cl: _Clusters) -> list[AliasCluster]:
    members: dict[tuple[str, ...], list[_Node]] = {}
    for w, node in cl.nodes.items():
        if node.spans:
            members.setdefault(cl.find(w), []).append(node)
    out: list[AliasCluster] = []
    for root, nodes in members.items():
        variants = {n.words: _main_variant(n) for n in nodes}
        if len({tv_norm(v[0]) for v in variants.values()}) < 2:
            continue
        types = [t for n in nodes for t in n.types]
        typ = "PER" if types.count("PER") > types.count("ORG") else "ORG"
        best = max(nodes, key=lambda n: (n.canonical is not None, n.full, len(n.words),
                                         -min(n.spans)))
        canonical = best.canonical or min(variants[best.words], key=lambda s: s.start).text
        spans = sorted((s for v in variants.values() for s in v), key=lambda s: s.start)
        out.append(AliasCluster(canonical=canonical, type=typ, names=spans,
                                evidence=sorted(cl.evidence.get(root, set()))))
    out.sort(key=lambda c: c.names[0].start)
    return out
