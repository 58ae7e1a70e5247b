"""Alias clusters under construction: a union-find over normalised names and its output.

Reads nothing from the Doc itself; :func:`add_form` records where a name is written (through a
:class:`khabar.link.names.TokenView`), :func:`output_clusters` turns the clusters into
:class:`khabar.doc.AliasCluster` (only those written in at least two distinct forms). Data files: the
describing heads (``aliases/org_heads.tsv``) and plural endings (``aliases/morphology.yaml``) that
:func:`fold` uses.

Example::

    >>> cl = Clusters()
    >>> cl.union(("جبهة", "النصرة"), ("النصرة",), "short")
    >>> cl.find(("النصرة",)) == cl.find(("جبهة", "النصرة"))
    True
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from khabar.doc import AliasCluster, Span
from khabar.link.names import TokenView, alias_data, morph, words_of
from khabar.text import memory


@dataclass
class Node:
    words: tuple[str, ...]
    types: list[str] = field(default_factory=list)
    spans: dict[int, tuple[Span, str]] = field(default_factory=dict)  # start -> (span, as written)
    full: bool = False  # detected as a full name (not only as a short form)
    canonical: str | None = None


class Clusters:
    """Union-find over normalised names (tuples of words)."""

    def __init__(self) -> None:
        self.nodes: dict[tuple[str, ...], Node] = {}
        self.parent: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.evidence: dict[tuple[str, ...], set[str]] = {}

    def has(self, words: tuple[str, ...]) -> bool:
        return fold(words) in self.nodes

    def node(self, words: tuple[str, ...]) -> Node:
        words = fold(words)
        if words not in self.nodes:
            self.nodes[words] = Node(words)
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


@functools.lru_cache(maxsize=1 << 14)
def fold(words: tuple[str, ...]) -> tuple[str, ...]:
    """One key for variants of one name: nominative and oblique plural (الحوثيون / الحوثيين),
    a describing head or none (تنظيم الدولة الإسلامية / الدولة الإسلامية), and a particle written
    apart from the next word or joined to it (علي عبد الله صالح / علي عبدالله صالح)."""
    heads = alias_data().desc_heads
    while len(words) > 1 and words[0] in heads:  # all of them, so that fold(fold(w)) == fold(w)
        words = words[1:]
    m = morph()
    if m.joined and any(w in m.joined for w in words[:-1]):
        out: list[str] = []
        for w in words:
            if out and out[-1] in m.joined:
                out[-1] += w
            else:
                out.append(w)
        words = tuple(out)
    last = words[-1] if words else ""
    if len(last) > 5 and last.startswith(m.article) and last.endswith(m.plural_nominative):
        return words[:-1] + (last[: -len(m.plural_nominative)] + m.plural_oblique,)
    nominative, oblique = m.sound_plural
    if nominative and len(last) > 4 and last.endswith(nominative):  # مجهولون / مجهولين
        return words[:-1] + (last[: -len(nominative)] + oblique,)
    return words


memory.register(fold.cache_clear)


def add_form(tv: TokenView, cl: Clusters, words: tuple[str, ...], i: int, j: int, strip: int,
             typ: str, full: bool = False, canonical: str | None = None) -> None:
    node = cl.node(words)
    node.types.append(typ)
    node.full = node.full or full
    node.canonical = node.canonical or canonical
    if strip >= 0:
        ns, ne = tv.nrange(i, j, strip)
        span = tv.doc.span_from_norm(ns, ne)
        node.spans.setdefault(span.start, (span, tv.doc.norm.text[ns:ne]))


def titled_spans(tv: TokenView, cl: Clusters, words: tuple[str, ...], titled: tuple[str, ...]) -> None:
    """Move the spans of ``words`` written right after the title (``titled[0]``) to ``titled``."""
    node = cl.node(words)
    at = {s: k for k, s in enumerate(tv.bounds[0])}
    last = {e: k for k, e in enumerate(tv.bounds[1])}
    for start, (span, _) in list(node.spans.items()):
        k, j = at.get(start), last.get(span.end)
        if k is not None and j is not None and k > 0 and tv.joined(k - 1, k) and tv.norm(k - 1) == titled[0]:
            del node.spans[start]
            add_form(tv, cl, titled, k - 1, j + 1, 0, "PER", full=True)  # as written: عبد العزيز or عبدالعزيز


def _main_variant(node: Node) -> list[Span]:
    """The spans of a node's most frequent written variant (الحوثيين over الحوثيون)."""
    by: dict[str, list[Span]] = {}
    for s, written in node.spans.values():
        by.setdefault(written, []).append(s)
    return max(by.values(), key=lambda v: (len(v), -v[0].start))


def _variants(node: Node, main: list[Span]) -> list[Span]:
    """The spans of a node's main variant and of its other numbers (الحوثيين … الحوثيون): in a
    cluster of two names or more, a plural written both ways is two forms of the name (the
    annotators list both); alone it is one name. A particle written apart or joined (عبد العزيز /
    عبدالعزيز) is another written form too; a describing head (تنظيم النصرة / النصرة) is not."""
    size, key = len(main[0].text.split()), tv_norm(main[0])
    bare = key.replace(" ", "")
    return main + [s for s in (s for s, _ in node.spans.values() if s not in main)
                   if (len(s.text.split()) == size or tv_norm(s).replace(" ", "") == bare) and tv_norm(s) != key]


def _spaced_both_ways(node: Node, main: list[Span]) -> bool:
    """A name written with a particle both apart and joined (علي عبد الله صالح … علي عبدالله صالح): two
    surface forms of one name, a cluster even alone (the guide's "two distinct surface forms")."""
    key = tv_norm(main[0])
    bare = key.replace(" ", "")
    return any(tv_norm(s) != key and tv_norm(s).replace(" ", "") == bare for s, _ in node.spans.values())


def tv_norm(span: Span) -> str:
    """A span's text as the scorer compares names: letters folded, punctuation as space."""
    return " ".join(words_of(span.text))


def output_clusters(cl: Clusters) -> list[AliasCluster]:
    """The clusters written in at least two distinct forms, in text order."""
    members: dict[tuple[str, ...], list[Node]] = {}
    for w, node in cl.nodes.items():
        if node.spans:
            members.setdefault(cl.find(w), []).append(node)
    out: list[AliasCluster] = []
    for root, nodes in members.items():
        if len(nodes) < 2 and not _spaced_both_ways(nodes[0], _main_variant(nodes[0])):
            continue  # one name: one written form (الحوثيون … الحوثيين is one name in two cases)
        variants = {n.words: _main_variant(n) for n in nodes}
        if len(nodes) >= 2 and len({tv_norm(v[0]) for v in variants.values()}) < 2:
            continue
        types = [t for n in nodes for t in n.types]
        typ = "PER" if types.count("PER") > types.count("ORG") else "ORG"
        best = max(nodes, key=lambda n: (n.canonical is not None, n.full, len(n.words),
                                         -min(n.spans)))
        canonical = best.canonical or min(variants[best.words], key=lambda s: s.start).text
        spans = sorted((s for n in nodes for s in _variants(n, variants[n.words])), key=lambda s: s.start)
        out.append(AliasCluster(canonical=canonical, type=typ, names=spans,
                                evidence=sorted(cl.evidence.get(root, set()))))
    out.sort(key=lambda c: c.names[0].start)
    return out
