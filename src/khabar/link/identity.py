"""Cross-article identity: one canonical id for the same person or group in every article.

Reads processed Docs (``doc.aliases`` and PER/ORG ``doc.entities``) or their JSON records
(:func:`khabar.export.record.doc_to_record`); :func:`assign_ids` is a pure function from
:class:`Referent` objects to ids, and :func:`link_docs` writes the ids into ``entity_id`` of each
alias cluster and entity mention. Two referents get one id when

- one of their names is a name of one group in the alias data (``lang/ar/aliases/groups.tsv`` and
  the entities lexicon): ``داعش`` in one article, ``تنظيم الدولة الإسلامية`` in another;
- they share a full name (two words or more) once normalised (hamza, ta marbuta, a describing head
  such as ``تنظيم`` and the case of a plural folded);
- their full names are near-identical spellings (rapidfuzz ratio >= ``threshold``) of the same type,
  and for persons the surnames agree (``أردوغان`` / ``اردوغان``, ``برزاني`` / ``بارزاني``), or one
  full name is the other with middle names left out (``علي صالح`` / ``علي عبد الله صالح``);
- a referent known only by one word (``أردوغان``) matches the surname (or, for groups, the name) of
  exactly one multi-word referent of that type.

The id is ``per:`` or ``org:`` and the normalised canonical name: the lexicon's canonical name when
known, else the longest, most frequent full name of the merged referents (``per:رجب طيب اردوغان``).
Data files: those of :mod:`khabar.link.names` (alias groups).

Example::

    >>> refs = [Referent("a1", "PER", ("رجب طيب أردوغان", "أردوغان")),
    ...         Referent("a2", "PER", ("رجب طيب اردوغان",)), Referent("a3", "PER", ("أردوغان",))]
    >>> assign_ids(refs)
    ['per:رجب طيب اردوغان', 'per:رجب طيب اردوغان', 'per:رجب طيب اردوغان']
"""

from __future__ import annotations

import collections
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from khabar.link.names import alias_data, morph, skeleton, words_of

if TYPE_CHECKING:
    from khabar.doc import Doc

DEFAULT_THRESHOLD = 90.0


@dataclass(frozen=True, eq=False)
class Referent:
    """One person or group as one article names it: every surface form, and where it came from."""

    doc_id: str
    type: str  # PER | ORG
    names: tuple[str, ...]
    canonical: str | None = None  # a lexicon canonical name, when the extractor knew one
    ref: Any = None  # what to write the id back to (an AliasCluster or EntityMention); not compared


def name_key(name: str) -> str:
    """A name as compared across articles: normalised words, without a describing head word,
    the plural case folded (``تنظيم الدولة الإسلامية`` → ``الدوله الاسلاميه``)."""
    d = alias_data()
    ws = list(words_of(name))
    if len(ws) > 1 and ws[0] in d.desc_heads:
        ws = ws[1:]
    m = morph()
    if ws and len(ws[-1]) > 5 and ws[-1].startswith(m.article) and ws[-1].endswith(m.plural_nominative):
        # a plural nisba, not a name such as ماكرون
        ws[-1] = ws[-1][: -len(m.plural_nominative)] + m.plural_oblique
    return " ".join(ws)


_skeleton = skeleton


class _UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, i: int) -> int:
        while self.p[i] != i:
            self.p[i] = self.p[self.p[i]]
            i = self.p[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def assign_ids(refs: Sequence[Referent], threshold: float = DEFAULT_THRESHOLD) -> list[str]:
    """The canonical id of each referent, in order. Pure: depends only on the names given."""
    d = alias_data()
    uf = _UF(len(refs))
    keys = [[k for k in (name_key(n) for n in r.names) if k] for r in refs]
    fulls_of = [_maximal(ks) for ks in keys]
    # 1. lexicon groups and shared full names
    first: dict[tuple[str, str], int] = {}
    for i, (r, ks) in enumerate(zip(refs, keys)):
        for k in ks:
            group = d.groups.get(tuple(k.split()))
            tokens = [("grp", group[0])] if group else []
            if len(k.split()) >= 2 and k in fulls_of[i]:
                tokens.append((r.type, k))
            if r.canonical:
                tokens.append(("canon", name_key(r.canonical)))
            for t in tokens:
                if t in first:
                    uf.union(first[t], i)
                else:
                    first[t] = i
    # 2. near-identical full names, blocked by type and surname skeleton (PER) / first word (ORG)
    fulls: dict[tuple[str, str], list[tuple[int, str]]] = collections.defaultdict(list)
    for i, r in enumerate(refs):
        for k in {k for k in fulls_of[i] if len(k.split()) >= 2}:
            ws = k.split()
            block = _skeleton(ws[-1]) if r.type == "PER" else _skeleton(ws[0])
            fulls[(r.type, block)].append((i, k))
    for items in fulls.values():
        for a in range(len(items)):
            for b in range(a + 1, len(items)):
                (i, ki), (j, kj) = items[a], items[b]
                if uf.find(i) != uf.find(j) and fuzz.ratio(ki, kj) >= threshold:
                    uf.union(i, j)
    # 2b. middle names left out, when only one longer name fits
    for items in fulls.values():
        for i, ki in items:
            fits = {uf.find(j) for j, kj in items
                    if len(kj.split()) > len(ki.split()) and _shortened(ki.split(), kj.split())}
            if len(fits) == 1:
                uf.union(fits.pop(), i)
    # 3. one-word referents: the surname (PER) or name (ORG) of exactly one multi-word referent
    by_last: dict[tuple[str, str], set[int]] = collections.defaultdict(set)
    for (typ, _), items in fulls.items():
        for i, k in items:
            for short in _one_word_forms(typ, k.split()):
                by_last[(typ, short)].add(uf.find(i))
    for i, (r, ks) in enumerate(zip(refs, keys)):
        if any(len(k.split()) >= 2 for k in ks):
            continue
        for k in ks:
            short = _skeleton(k) if r.type == "PER" else k
            roots = {uf.find(x) for x in by_last.get((r.type, short), ())}
            if len(roots) == 1:
                uf.union(roots.pop(), i)
                break
    return _ids(refs, keys, uf)


def _maximal(keys: list[str]) -> set[str]:
    """The names of one referent that are not a shortened form (a run of words) of another of its
    names: only full names identify it across articles (``حزب العمال`` is short for many parties)."""
    out = set()
    for k in keys:
        padded = f" {k} "
        if not any(k != o and padded in f" {o} " for o in keys):
            out.add(k)
    return out


def _shortened(a: list[str], b: list[str]) -> bool:
    """Same first and last word, the words of one in order in the other (علي صالح, علي عبد الله صالح)."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    it = iter(b)
    return all(w in it for w in a)


def _one_word_forms(typ: str, ws: list[str]) -> list[str]:
    """One-word names a multi-word name goes by: a person's surname; a group's name without its
    head (``جبهة النصرة`` → ``النصرة``) or its head alone when it refers back (``المرصد``)."""
    if typ == "PER":
        return [_skeleton(ws[-1])]
    alone, drop = alias_data().heads.get(ws[0], (False, False))
    out = []
    if alone:
        out.append(ws[0])
    if drop and len(ws) == 2:
        out.append(ws[1])
    return out


def _ids(refs: Sequence[Referent], keys: list[list[str]], uf: _UF) -> list[str]:
    d = alias_data()
    members: dict[int, list[int]] = collections.defaultdict(list)
    for i in range(len(refs)):
        members[uf.find(i)].append(i)
    out = [""] * len(refs)
    for root, idx in members.items():
        canon = None
        counts: collections.Counter[str] = collections.Counter()
        types: collections.Counter[str] = collections.Counter()
        for i in idx:
            types[refs[i].type] += 1
            for k in keys[i]:
                counts[k] += 1
                group = d.groups.get(tuple(k.split()))
                if group and canon is None:
                    canon = name_key(group[2])
            if refs[i].canonical and canon is None:
                canon = name_key(refs[i].canonical)
        if canon is None and counts:
            canon = max(counts, key=lambda k: (len(k.split()) >= 2, counts[k], len(k), k))
        typ = max(types, key=lambda t: (types[t], t))
        ident = f"{typ.lower()}:{canon or ''}"
        for i in idx:
            out[i] = ident
    return out


# ---------------------------------------------------------------- Docs and records


def referents_of_doc(doc: "Doc") -> list[Referent]:
    """One referent per alias cluster, and one per PER/ORG entity outside every cluster."""
    out = [Referent(doc.id, c.type, tuple({s.text for s in c.names}), None, c) for c in doc.aliases]
    inside = [s for c in doc.aliases for s in c.names]
    for e in doc.entities:
        if e.label in ("PER", "ORG") and not any(e.span.overlaps(s) for s in inside):
            out.append(Referent(doc.id, e.label, (e.span.text,), e.canonical, e))
    return out


def referents_of_record(rec: dict[str, Any]) -> list[Referent]:
    """The same from a JSON record (``ref`` is the cluster or entity dict)."""
    doc_id = str(rec.get("id"))
    out = []
    spans = []
    for c in rec.get("aliases") or []:
        names = tuple(n if isinstance(n, str) else n.get("text", "") for n in c.get("names") or [])
        out.append(Referent(doc_id, c.get("type") or "ORG", names, None, c))
        spans += [(s.get("start"), s.get("end")) for s in c.get("spans") or []]
    for e in rec.get("entities") or []:
        if e.get("label") not in ("PER", "ORG"):
            continue
        if any(s is not None and s < e.get("end", 0) and e.get("start", 0) < t for s, t in spans):
            continue
        out.append(Referent(doc_id, e["label"], (e.get("text") or "",), e.get("canonical"), e))
    return out


def link_docs(docs: Iterable["Doc"], threshold: float = DEFAULT_THRESHOLD) -> list[Referent]:
    """Give every alias cluster and PER/ORG entity of ``docs`` its cross-article ``entity_id``.

    Entities inside a cluster take the cluster's id. Returns the referents, in order."""
    docs = list(docs)
    refs = [r for doc in docs for r in referents_of_doc(doc)]
    for r, ident in zip(refs, assign_ids(refs, threshold)):
        r.ref.entity_id = ident
    for doc in docs:
        for c in doc.aliases:
            for e in doc.entities:
                if e.entity_id is None and any(e.span.overlaps(s) for s in c.names):
                    e.entity_id = c.entity_id
    return refs


def link_records(records: Iterable[dict[str, Any]],
                 threshold: float = DEFAULT_THRESHOLD) -> list[Referent]:
    """:func:`link_docs` for JSON records: sets ``entity_id`` in the cluster and entity dicts."""
    refs = [r for rec in records for r in referents_of_record(rec)]
    for r, ident in zip(refs, assign_ids(refs, threshold)):
        r.ref["entity_id"] = ident
    return refs
