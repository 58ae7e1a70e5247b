"""Fast decoding of the NER CRF: per word-type emission scores cached as vectors, batched Viterbi.

python-crfsuite's tagger converts every attribute string of every token on each call, which costs
more than the decoding itself. This decoder reads the trained weights once (state features and
transitions), caches the summed score vector of each word type at each window position, builds a
sentence's emission matrix with a handful of numpy operations, and runs Viterbi over all sentences
of a document at once. Scores are the CRF's own (crfsuite's linear-chain model, no start/end
transitions), so the tags equal crfsuite's; a test checks that.

Reads nothing but the model; used by :class:`khabar.extract.ner.Model`.

Example::

    >>> # Decoder(tagger, features).tag_document([[("قال", "", "قال", ""), ...]])  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from khabar.extract.ner import FeatureCache, Item


class Decoder:
    """Emission and transition weights of a trained CRF, and a Viterbi over whole documents."""

    def __init__(self, tagger: object, features: "FeatureCache") -> None:
        info = tagger.info()  # type: ignore[attr-defined]
        self.labels: list[str] = sorted(info.labels, key=lambda lab: int(info.labels[lab]))
        lid = {lab: i for i, lab in enumerate(self.labels)}
        n_lab = len(self.labels)
        self.attr_id: dict[str, int] = {}
        rows: list[np.ndarray] = [np.zeros(n_lab)]  # row 0: unknown attribute
        for (attr, label), w in info.state_features.items():
            a = self.attr_id.get(attr)
            if a is None:
                a = self.attr_id[attr] = len(rows)
                rows.append(np.zeros(n_lab))
            rows[a][lid[label]] = w
        self.W = np.vstack(rows)
        self.T = np.zeros((n_lab, n_lab))
        for (a, b), w in info.transitions.items():
            self.T[lid[a], lid[b]] = w
        self.features = features
        self._type_row: dict[Item, int] = {}
        self._V = np.zeros((1024, 5, n_lab))  # per word type: own, as left/right neighbour ±1, ±2
        # stems that start a stem-bigram attribute: other pairs need no string building
        self._doc_cache: dict[str, np.ndarray] = {}
        self._bigram_left = {a[3:].split("|", 1)[0] for a in self.attr_id if a.startswith(("b+=", "b-="))}

    def _vec(self, attrs: Sequence[str]) -> np.ndarray:
        ids = [self.attr_id.get(a, 0) for a in attrs]
        return self.W[ids].sum(axis=0)

    def _row(self, item: "Item") -> int:
        r = self._type_row.get(item)
        if r is not None:
            return r
        own, m1, p1, m2, p2 = self.features.get(item)[:5]
        r = len(self._type_row)
        if r >= self._V.shape[0]:
            if r >= self.features.max_size:
                self._type_row.clear()
                r = 0
            else:
                self._V = np.concatenate([self._V, np.zeros_like(self._V)])
        # slot order: own, seen from the next token (p1), from the one after (p2), from the previous
        # token (m1), from the one before (m2); FeatureCache.sentence uses the same pairing
        self._V[r, 0] = self._vec(own)
        self._V[r, 1] = self._vec(p1)
        self._V[r, 2] = self._vec(p2)
        self._V[r, 3] = self._vec(m1)
        self._V[r, 4] = self._vec(m2)
        self._type_row[item] = r
        return r

    def _doc_vec(self, attrs: list[str]) -> np.ndarray:
        key = "\t".join(attrs)
        v = self._doc_cache.get(key)
        if v is None:
            if len(self._doc_cache) > 50_000:
                self._doc_cache.clear()
            v = self._doc_cache[key] = self._vec(attrs)
        return v

    def emissions(self, items: Sequence["Item"], doc: dict[str, list[str]] | None,
                  marks: list[list[str]]) -> np.ndarray:
        """The (n, labels) state scores of one sentence, equal to the sum of its features' weights."""
        rows = np.fromiter((self._row(it) for it in items), dtype=np.intp, count=len(items))
        V = self._V
        E = V[rows, 0].copy()
        n = len(items)
        if n > 1:
            E[1:] += V[rows[:-1], 1]
            E[:-1] += V[rows[1:], 3]
        if n > 2:
            E[2:] += V[rows[:-2], 2]
            E[:-2] += V[rows[2:], 4]
        W, aid = self.W, self.attr_id
        E[0] += W[aid.get("BOS", 0)]
        E[-1] += W[aid.get("EOS", 0)]
        left = self._bigram_left
        for i in range(n - 1):
            if items[i][2] not in left:
                continue
            pair = items[i][2] + "|" + items[i + 1][2]
            a = aid.get("b+=" + pair)
            if a is not None:
                E[i] += W[a]
            a = aid.get("b-=" + pair)
            if a is not None:
                E[i + 1] += W[a]
        if doc:
            for i, it in enumerate(items):
                d = doc.get(it[2])
                if d:
                    E[i] += self._doc_vec(d)
        for i, mk in enumerate(marks):
            if mk:
                E[i] += self._vec(mk)
                if i > 0:
                    E[i - 1] += self._vec(["+1:" + m for m in mk])
                if i < n - 1:
                    E[i + 1] += self._vec(["-1:" + m for m in mk])
        return E

    def viterbi(self, emissions: list[np.ndarray]) -> list[list[str]]:
        """Best label sequence of each sentence, decoded together (padded to the longest)."""
        lens = np.array([len(e) for e in emissions])
        if not len(lens) or lens.max() == 0:
            return [[] for _ in emissions]
        S, L, K = len(emissions), int(lens.max()), len(self.labels)
        E = np.zeros((S, L, K))
        for s, e in enumerate(emissions):
            E[s, :len(e)] = e
        bp = np.zeros((S, L, K), dtype=np.intp)
        score = E[:, 0].copy()
        T = self.T[None, :, :]
        for t in range(1, L):
            cand = score[:, :, None] + T
            bp[:, t] = cand.argmax(axis=1)
            new = cand.max(axis=1) + E[:, t]
            active = (t < lens)[:, None]
            score = np.where(active, new, score)
        cur = score.argmax(axis=1)
        path = np.zeros((S, L), dtype=np.intp)
        ar = np.arange(S)
        for t in range(L - 1, -1, -1):
            inside = t < lens
            path[:, t] = cur
            if t:
                cur = np.where(inside, bp[ar, t, cur], cur)
        labels = self.labels
        return [[labels[k] for k in path[s, :lens[s]].tolist()] for s in range(S)]
