"""Fast decoding of the NER CRF: per word-type emission scores cached as vectors, batched Viterbi.

python-crfsuite's tagger converts every attribute string of every token on each call, which costs
more than the decoding itself. This decoder reads the trained weights once (state features and
transitions), caches the summed score vector of each word type at each window position, builds a
sentence's emission matrix with a handful of numpy operations, and runs Viterbi over all sentences
of a document at once. Scores are the CRF's own (crfsuite's linear-chain model, no start/end
transitions), so the tags equal crfsuite's; a test checks that.

Reads nothing but the model; used by :class:`khabar.extract.ner.Model`.

Example::

    >>> # Decoder(tagger.info(), features).tag_document(sentences, doc, marks)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from khabar.extract.ner import FeatureCache, Item


class Decoder:
    """Emission and transition weights of a trained CRF, and a Viterbi over whole documents."""

    def __init__(self, info: Any, features: "FeatureCache") -> None:
        """``info`` is ``pycrfsuite.Tagger().info()`` of the trained model."""
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
        self.o_penalty = 0.0  # subtracted from the O label's score: trades precision for recall
        self._o = lid.get("O")
        self._type_row: dict[Item, int] = {}
        self._V = np.zeros((1024, 5, n_lab))  # per word type: own, as left/right neighbour ±1, ±2
        # stems that start a stem-bigram attribute: other pairs need no string building
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

    def tag_document(self, sentences: Sequence[Sequence["Item"]], doc: dict[str, list[str]] | None,
                     marks: Sequence[list[list[str]]]) -> list[list[str]]:
        """Tags of every non-empty sentence of a document: emissions for all tokens at once, then Viterbi."""
        lens = [len(s) for s in sentences]
        if not sentences or not all(lens):
            raise ValueError("tag_document takes non-empty sentences")
        items = [it for s in sentences for it in s]
        n = len(items)
        sid = np.repeat(np.arange(len(sentences)), lens)
        if len(self._type_row) + n > self.features.max_size:
            self._type_row.clear()  # bounded memory: start the type cache afresh between documents
        known_rows = self._type_row
        row_list = [known_rows.get(it) for it in items]
        for i, r in enumerate(row_list):
            if r is None:
                row_list[i] = self._row(items[i])
        rows = np.array(row_list, dtype=np.intp)
        V, W, aid = self._V, self.W, self.attr_id
        E = V[rows, 0].copy()
        same1 = sid[1:] == sid[:-1]
        E[1:] += V[rows[:-1], 1] * same1[:, None]
        E[:-1] += V[rows[1:], 3] * same1[:, None]
        if n > 2:
            same2 = sid[2:] == sid[:-2]
            E[2:] += V[rows[:-2], 2] * same2[:, None]
            E[:-2] += V[rows[2:], 4] * same2[:, None]
        ends = np.cumsum(lens)
        E[ends - np.array(lens)] += W[aid.get("BOS", 0)]
        E[ends - 1] += W[aid.get("EOS", 0)]
        # features that are not a property of one word type: gathered as (token, attribute) pairs
        at_tok: list[int] = []
        at_attr: list[int] = []
        left = self._bigram_left
        for i in range(n - 1):
            if items[i][2] in left and same1[i]:
                pair = items[i][2] + "|" + items[i + 1][2]
                a = aid.get("b+=" + pair)
                if a is not None:
                    at_tok.append(i)
                    at_attr.append(a)
                a = aid.get("b-=" + pair)
                if a is not None:
                    at_tok.append(i + 1)
                    at_attr.append(a)
        if doc:
            ids = {stem: [aid[a] for a in attrs if a in aid] for stem, attrs in doc.items()}
            for i, it in enumerate(items):
                d = ids.get(it[2])
                if d:
                    at_tok.extend([i] * len(d))
                    at_attr.extend(d)
        flat_marks = [m for sm in marks for m in sm]
        for i, mk in enumerate(flat_marks):
            if not mk:
                continue
            for m in mk:
                for j, attr in ((i, m), (i - 1, "+1:" + m), (i + 1, "-1:" + m)):
                    if j == i or (j == i - 1 and i > 0 and same1[i - 1]) or (j == i + 1 and i < n - 1 and same1[i]):
                        a = aid.get(attr)
                        if a is not None:
                            at_tok.append(j)
                            at_attr.append(a)
        if at_tok:
            np.add.at(E, np.array(at_tok, dtype=np.intp), W[np.array(at_attr, dtype=np.intp)])
        if self.o_penalty and self._o is not None:
            E[:, self._o] -= self.o_penalty
        return self.viterbi(E, lens)

    def viterbi(self, E: np.ndarray, lens: list[int]) -> list[list[str]]:
        """Best label sequence of each sentence (E holds their emissions one after another).

        Sentences are decoded together, longest first, so that each step works on the prefix of
        those still running.
        """
        S, K = len(lens), len(self.labels)
        order = sorted(range(S), key=lambda s: -lens[s])
        L = lens[order[0]]
        starts = np.cumsum([0] + lens[:-1])
        P = np.zeros((S, L, K))
        for r, s in enumerate(order):
            P[r, :lens[s]] = E[starts[s]:starts[s] + lens[s]]
        sorted_lens = np.array([lens[s] for s in order])
        # active[t]: how many (sorted) sentences are longer than t
        active = np.searchsorted(-sorted_lens, -np.arange(L), side="left")
        bp = np.zeros((S, L, K), dtype=np.intp)
        score = P[:, 0].copy()
        T = self.T[None, :, :]
        for t in range(1, L):
            k = active[t]
            cand = score[:k, :, None] + T
            bp[:k, t] = cand.argmax(axis=1)
            score[:k] = cand.max(axis=1) + P[:k, t]
        cur = score.argmax(axis=1)
        path = np.zeros((S, L), dtype=np.intp)
        ar = np.arange(S)
        for t in range(L - 1, -1, -1):
            k = active[t]
            path[:k, t] = cur[:k]
            if t:
                cur[:k] = bp[ar[:k], t, cur[:k]]
        labels = self.labels
        out: list[list[str]] = [[] for _ in range(S)]
        for r, s in enumerate(order):
            out[s] = [labels[x] for x in path[r, :lens[s]].tolist()]
        return out
