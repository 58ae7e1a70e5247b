"""Cross-article linking: cluster event mentions from many reports into real-world events.

Reads :class:`EventMention` records (one per ``doc.events`` entry of a stored article, with the
article's id, outlet and claim speakers); returns :class:`Cluster` objects, each an event with its
member mentions. The parts: ``model`` (EventMention, Cluster), ``blocking`` (which events a mention
is compared with), ``evidence`` (article profiles, idf), ``scoring`` (how well a mention fits an
event); this module is the greedy incremental clustering over them. No data files of its own
(``model.fold`` loads lang/ar/link/name_prefixes.tsv).

Cost stays near-linear through blocking: a cluster is indexed under (type family, country, 8-day
bucket), and a mention is only scored against clusters of its family and country whose date range
falls within its own window (respecting date precision). Mentions are taken most specific first
(dated to the day and placed), so vaguer reports attach to well-anchored events; ties go by the
article id and the event's index in it (``EventMention.order``, ``Cluster.key``), never by a storage
id, so the store and memory, and every input order, give the same events. The linker is
incremental: ``Linker(existing_clusters).add(new_mentions)`` re-links only the new mentions'
neighbourhood (the events they are compared with, and those holding their articles' other accounts),
so that the events do not depend on the order reports arrive in, at a cost proportional to the new work.

Article evidence: each mention carries its article's profile (the places and actors it names);
an IDF-weighted cosine against the event's articles adds to the score, and when strong lets a
report through the errors extraction makes most (a date a day or two late, a country-level place).

Example::

    >>> m1 = EventMention("a:0", "a", type="Battles", subtype="Armed clash", lo=735000, hi=735000,
    ...                   dated=True, country="SY", lat=36.2, lon=37.1, geo_precision=1)
    >>> m2 = EventMention("b:0", "b", type="Battles", subtype="Armed clash", lo=735000, hi=735000,
    ...                   dated=True, country="SY", lat=36.21, lon=37.12, geo_precision=1)
    >>> [len(c.members) for c in link_mentions([m1, m2])]
    [2]
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import Any

from khabar.link.blocking import BUCKET_DAYS, CELL_DEG, KEY_MAX_EVENTS, BlockIndex
from khabar.link.evidence import (DOC_BASE, DOC_CAP, DOC_STRONG, DOC_WEIGHT, RARE_KEYS, DocFrequencies,
                                  IdfTable, doc_similarity)
from khabar.link.model import (FAMILY, PLACE_RADIUS_KM, TERRITORY, Cluster, EventMention,
                               distance_km, family, fold, haversine_km, radius_km)
from khabar.link.scoring import DATE_SLACK, MAX_KM, PUB_SLACK, THRESHOLD, score

__all__ = ["BUCKET_DAYS", "CELL_DEG", "DATE_SLACK", "DOC_BASE", "DOC_CAP", "DOC_STRONG", "DOC_WEIGHT",
           "ATTESTED", "FAMILY", "KEY_MAX_EVENTS", "MAX_KM", "MERGE_MAX_ARTICLES", "PLACE_RADIUS_KM", "PUB_SLACK",
           "RARE_KEYS", "TERRITORY", "THRESHOLD", "Cluster", "EventMention", "Linker", "distance_km",
           "doc_similarity", "family", "fold", "haversine_km", "link_doc_events", "link_mentions",
           "radius_km", "score"]

MERGE_MAX_ARTICLES = 5  # clusters this small may be folded into a larger one
ATTESTED = 0.02  # of a close call between events, per doubling of their articles (see Linker.best)


def _anchored(m: EventMention) -> bool:
    """Dated by the article (not its publication) and placed at a town or district."""
    return m.hard and m.placed and (m.geo_precision or 3) <= 2


class Linker:
    """Incremental clustering of event mentions with a blocking index."""

    def __init__(self, clusters: Iterable[Cluster] = (), threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.near: set[str] = set()  # the events the mentions of the current add were compared with
        self.clusters: dict[str, Cluster] = {}
        self.blocks = BlockIndex()
        self.freqs = DocFrequencies()
        for c in clusters:
            self.clusters[c.id] = c
            self._register(c)
            self.freqs.count(c.members)

    @property
    def df(self) -> Counter:
        """Profile key -> articles naming it (of those with a profile)."""
        return self.freqs.df

    @property
    def generation(self) -> int:
        return self.freqs.generation

    def rare_keys(self, m: EventMention) -> list[str]:
        return self.freqs.rare_keys(m)

    @property
    def idf_table(self) -> IdfTable:
        return self.freqs.table()

    def idf(self, key: str) -> float:
        return self.freqs.idf(key)

    def _register(self, c: Cluster) -> None:
        self.blocks.register(c)

    def _unregister(self, cid: str) -> None:
        self.blocks.unregister(cid)

    def candidates(self, m: EventMention) -> list[Cluster]:
        return self.blocks.candidates(m, self.clusters, self.freqs.rare_keys)

    def best(self, m: EventMention) -> tuple[Cluster | None, float]:
        """The event the mention fits best, with its score. Among the events it fits well enough
        (the threshold), the better-reported one wins a close call: an account that could be either
        is likelier an account of the event many reports tell (ATTESTED per doubling of articles)."""
        best, best_s = None, -1e9
        fit, fit_s, fit_r = None, -1e9, -1e9
        idf = self.idf_table
        for c in self.candidates(m):
            self.near.add(c.id)
            s = score(m, c, idf)
            if s is None:
                continue
            if s > best_s or (s == best_s and best is not None and c.key < best.key):
                best, best_s = c, s
            if s >= self.threshold:
                r = s + ATTESTED * math.log2(len(c.articles))
                if r > fit_r or (r == fit_r and fit is not None and c.key < fit.key):
                    fit, fit_s, fit_r = c, s, r
        return (fit, fit_s) if fit is not None else (best, best_s)

    def add(self, mentions: Iterable[EventMention], relink: bool = True) -> dict[str, float]:
        """Link new mentions; return {mention id: score} (also for the accounts re-linked).

        With ``relink`` (and events already held), the events the new mentions are compared with
        (their blocking neighbourhood) are taken apart and their accounts linked again together with
        the new ones, most specific first, as one run over all of them would: the result depends on
        the order reports arrive in no more than it must, and the cost stays proportional to the new
        mentions and their neighbourhood, never to the whole archive.

        Afterwards ``changed`` holds the ids of the clusters created or whose members changed,
        ``removed`` those that no longer exist (folded into another, or re-formed under another id).
        """
        self.changed: set[str] = set()
        self.removed: set[str] = set()
        self.near = set()
        scores: dict[str, float] = {}
        new = list(mentions)
        self.freqs.count(new)  # every new article counts before any is linked: order does not matter
        before: dict[str, frozenset[str]] = {}
        if relink and self.clusters and new:
            scope = {c.id for m in new for c in self.candidates(m)}
            # and the events holding the other accounts of their articles (a sibling placed far away)
            scope.update(*(self.blocks.article_mates(m) for cid in list(scope)
                           for m in self.clusters[cid].members))
            for cid in sorted(scope):
                c = self.clusters.pop(cid)
                self._unregister(cid)
                before[cid] = frozenset(m.id for m in c.members)
                new.extend(c.members)
        order = sorted(new, key=EventMention.order)
        for m in order:
            c, s = self.best(m)
            if c is not None and s >= self.threshold:
                c.add(m)
                scores[m.id] = round(s, 4)
            else:
                c = Cluster.seed(m)
                while c.id in self.clusters:  # a hash collision: practically never
                    c.id += "x"
                self.clusters[c.id] = c
                scores[m.id] = 1.0
            self._register(c)
            self.changed.add(c.id)
        self._merge_small(scores, self.changed | (self.near & self.clusters.keys()))
        for cid, ids in before.items():  # taken apart and formed again as it was: nothing to rewrite
            c = self.clusters.get(cid)
            if c is None:
                self.removed.add(cid)
            elif cid in self.changed and frozenset(m.id for m in c.members) == ids:
                self.changed.discard(cid)
        return scores

    def _merge_small(self, scores: dict[str, float], scope: set[str]) -> None:
        """Fold each small cluster of ``scope`` into a larger one that all its members fit.

        Greedy single-pass linking depends on order: an outlying early report may seed its own event
        before the well-attested one exists. This pass repairs that. The scope is every event the new
        mentions created or joined and every event they were compared with (their blocking
        neighbours): an event of an earlier run that got no new report may now fold into one that
        grew, so linking in several runs ends (nearly) as one run would, at a cost proportional to
        the new mentions.
        """
        for cid in sorted(scope, key=lambda i: (len(self.clusters[i].articles), self.clusters[i].key)):
            c = self.clusters.get(cid)
            if c is None or len(c.articles) > MERGE_MAX_ARTICLES:
                continue
            cands: dict[str, Cluster] = {}
            for m in c.members:
                for d in self.candidates(m):
                    if d.id != cid and len(d.articles) >= len(c.articles):
                        cands[d.id] = d
            best, best_s = None, self.threshold
            idf = self.idf_table
            for d in sorted(cands.values(), key=lambda d: d.key):
                ss = [score(m, d, idf) for m in c.members]
                # every well-anchored account must fit; a vague one (a province, a country, no
                # date of its own) may not, when two thirds of the accounts do
                fit = [x for x in ss if x is not None]
                if any(x is None and _anchored(m) for x, m in zip(ss, c.members)) or \
                        3 * len(fit) < 2 * len(ss):
                    continue
                avg = sum(fit) / len(fit)
                if avg >= best_s:
                    best, best_s = d, avg
            if best is None:
                continue
            for m in c.members:
                best.add(m)
                scores[m.id] = round(best_s, 4)
            self._unregister(cid)
            del self.clusters[cid]
            self.changed.discard(cid)
            self.removed.add(cid)
            self.changed.add(best.id)
            self._register(best)


def link_mentions(mentions: Iterable[EventMention], threshold: float = THRESHOLD) -> list[Cluster]:
    """Cluster mentions from scratch; clusters in order of their first member's id."""
    lk = Linker(threshold=threshold)
    lk.add(mentions)
    return sorted(lk.clusters.values(), key=lambda c: c.id)


def link_doc_events(docs: Iterable[Any]) -> list[dict[str, Any]]:
    """Link the events of processed Docs (or doc records) in memory; one dict per linked event.

    Each dict holds the merged fields, ``articles``, ``mentions`` and ``disagreements``.
    """
    from khabar.export.record import doc_to_record
    from khabar.link.disagreements import find_disagreements, merge_event
    from khabar.link.mentions import mentions_from_record

    ms: list[EventMention] = []
    for d in docs:
        ms.extend(mentions_from_record(d if isinstance(d, dict) else doc_to_record(d)))
    out = []
    for c in link_mentions(ms):
        ev = merge_event(c)
        ev["mentions"] = [{"article": m.article, "mention": m.id, "outlet": m.outlet} for m in c.members]
        ev["disagreements"] = find_disagreements(c)
        out.append(ev)
    return out
