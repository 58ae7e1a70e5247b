"""Article evidence for linking: how much a report's article names what an event's articles name.

Reads the profiles of :class:`~khabar.link.model.EventMention` (``p:<place>`` and ``a:<actor>`` keys,
see :func:`khabar.link.mentions.article_profile`); keeps document frequencies over the articles a
linker holds (:class:`DocFrequencies`) and scores a report against an event by an IDF-weighted
cosine (:func:`doc_similarity`, 0..1), so rare names dominate. No data files.

Example::

    >>> from khabar.link.model import Cluster, EventMention
    >>> df = DocFrequencies()
    >>> a = EventMention("a:0", "a", profile=frozenset({"p:x", "a:y"}))
    >>> b = EventMention("b:0", "b", profile=frozenset({"p:x", "a:y"}))
    >>> df.count([a, b, EventMention("c:0", "c", profile=frozenset({"p:z"}))])
    >>> round(doc_similarity(b, Cluster.seed(a), df.table()), 2)
    1.0
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable

from khabar.link.model import Cluster, EventMention

# Article evidence: reports of one event name the same rare places and actors. The similarity of a
# report's profile to an event's (0..1, see doc_similarity) adds up to DOC_CAP to the score; at
# DOC_STRONG or more it outweighs what extraction gets wrong most often: a date a day or two off
# (even past what publication allows, by up to PUB_SLACK days), an account placed at another town
# the article names, or only at a country.
DOC_WEIGHT = 0.5
DOC_BASE = 0.1  # what reports of neighbouring events share anyway (the province, the main actors)
DOC_CAP = 0.25
DOC_STRONG = 0.3
RARE_KEYS = 4  # a vague account is also compared with the events sharing its rarest profile keys


Idf = Callable[[str], float]


def doc_similarity(m: EventMention, c: Cluster, idf: Idf | None) -> float:
    """How much the mention's article names what the event's other articles name (0..1).

    A tf-idf cosine between the article's profile and the event's mean profile, each key weighted by its
    inverse document frequency, so a rare town or armed group counts and a capital barely does.
    """
    if idf is None or not m.profile or not c.profile:
        return 0.0
    own = m.article in c.articles
    n = len(c.articles) - own
    if n <= 0:
        return 0.0
    num = wm = 0.0
    for k in m.profile:
        w = idf(k)
        wm += w * w
        cnt = c.profile.get(k, 0) - own
        if cnt > 0:
            num += w * w * cnt / n
    if num <= 0.0:
        return 0.0
    stamp = (len(c.articles), getattr(idf, "generation", None))
    if stamp[1] is not None and c.weight[0] == stamp:  # the event's norm, cached while idf holds
        wc = c.weight[1]
    else:
        na = len(c.articles)
        wc = sum((idf(k) * cnt / na) ** 2 for k, cnt in c.profile.items())
        c.weight = (stamp, wc)
    return min(1.0, num / math.sqrt(wm * wc)) if wm > 0 and wc > 0 else 0.0


class IdfTable:
    """Document frequencies' idf as a callable that also carries its generation (for cached event weights)."""

    __slots__ = ("generation", "_df")

    def __init__(self, df: "DocFrequencies") -> None:
        self._df = df
        self.generation = df.generation

    def __call__(self, key: str) -> float:
        return self._df.idf(key)


class DocFrequencies:
    """Profile key -> how many of the linker's articles name it, and the idf that follows."""

    def __init__(self) -> None:
        self.df: Counter = Counter()  # profile key -> articles naming it (of those with a profile)
        self._profiled: set[str] = set()
        self._n_docs = 0
        self._idf_cache: dict[str, float] = {}
        self.generation = 0  # bumped whenever document frequencies change (see doc_similarity)

    def count(self, mentions: Iterable[EventMention]) -> None:
        for m in mentions:
            if m.profile and m.article not in self._profiled:
                self._profiled.add(m.article)
                self.df.update(m.profile)
        if len(self._profiled) != self._n_docs:
            self._n_docs = len(self._profiled)
            self._idf_cache = {}
            self.generation += 1

    def rare_keys(self, m: EventMention) -> list[str]:
        """The mention's RARE_KEYS rarest profile keys that some other article shares."""
        keys = [k for k in m.profile if self.df.get(k, 0) >= 2]
        return sorted(keys, key=lambda k: (self.df[k], k))[:RARE_KEYS]

    def table(self) -> IdfTable:
        return IdfTable(self)

    def idf(self, key: str) -> float:
        """Inverse document frequency of a profile key among the articles the linker holds."""
        w = self._idf_cache.get(key)
        if w is None:
            w = self._idf_cache[key] = math.log((self._n_docs + 1) / (self.df.get(key, 0) + 1))
        return w
