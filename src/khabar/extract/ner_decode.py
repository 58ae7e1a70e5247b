"""Fast decoding of the NER CRF: per word-type emission scores cached as vectors, batched Viterbi.

python-crfsuite's tagger converts every attribute string of every token on each call, which costs
more than the decoding itself. This decoder reads the trained weights once (state features and
transitions) and keeps one record per word type: the summed score vector at each window position
(computed for all new types of a document in one numpy call), its document-context attribute ids,
whether it may start a stem bigram or a lexicon phrase (as flags in an array by type row). A document
then costs one dict lookup per token, numpy selections of the few tokens whose records matter
(document context, pairs, brackets), a handful of numpy operations for the emission matrix, and one
Viterbi over all its sentences at once. Scores are the CRF's own (crfsuite's linear-chain model, no start/end
transitions), so the tags equal crfsuite's (with ``o_penalty`` 0); a test checks that. A feature is
turned into its five slot ids through one row of a small slot table (one int per feature, not five);
a new type's rows are looked up by feature family and value (``s1=`` and ``stem[:1]``), no feature
string built.
The type cache is bounded: when full, it keeps the types met in more than one document (function
words, frequent names) and drops the rest. A caller may note one value per type (:meth:`Decoder.noted`).

Reads nothing but the model; used by :class:`khabar.extract.ner.Model`.

Example::

    >>> # Decoder(tagger.info(), features).tag_document(sentences)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import itertools
import operator
import os
import tempfile

import numpy as np

from khabar.extract.ner_type_rows import TypeRows
from khabar.extract.ner_viterbi import viterbi
from khabar.text import memory

# compaction epochs, unique across decoders: a type row kept in a form memo is ``epoch << 32 | row``,
# valid only while its decoder is in that epoch (see Decoder.rows)
_EPOCHS = itertools.count(1)
_EPOCH_ROWS = 1 << 32
_NER_ROW = operator.attrgetter("ner_row")

if TYPE_CHECKING:
    from khabar.extract.ner import FeatureCache, Item
    from khabar.text.segment import Form


_SLOT_PREFIXES = {"+1:": 1, "+2:": 2, "-1:": 3, "-2:": 4}
# flags of a word type (Decoder._bits): gives document context (the article, dL/dR marks), may start
# a stem bigram or a lexicon phrase, takes document context (a stem of 3+ letters), a quote/parenthesis
_CONTEXT, _PAIR, _DOC, _BRACKET = 1, 2, 4, 8


class Decoder:
    """Emission and transition weights of a trained CRF, per word-type records, a Viterbi over documents."""

    def __init__(self, info: Any, features: "FeatureCache") -> None:
        """``info`` is :class:`ModelInfo` (or ``pycrfsuite.Tagger().info()``) of the trained model."""
        self.labels: list[str] = sorted(info.labels, key=lambda lab: int(info.labels[lab]))
        lid = {lab: i for i, lab in enumerate(self.labels)}
        n_lab = len(self.labels)
        self.attr_id: dict[str, int] = {}
        aid = self.attr_id
        a_ids: list[int] = []
        l_ids: list[int] = []
        for attr, label in info.state_features:
            a = aid.get(attr)
            if a is None:
                a = aid[attr] = len(aid) + 1  # row 0: unknown attribute
            a_ids.append(a)
            l_ids.append(lid[label])
        self.W = np.zeros((len(aid) + 1, n_lab))
        self.W[a_ids, l_ids] = list(info.state_features.values())
        self.T = np.zeros((n_lab, n_lab))
        for (a, b), w in info.transitions.items():
            self.T[lid[a], lid[b]] = w
        self._T2 = np.stack([self.T, self.T.T])
        self.features = features
        self.o_penalty = 0.0  # subtracted from the O label's score: trades precision for recall
        self._o = lid.get("O")
        aid = self.attr_id
        rows, get2, get1, get0 = _slot_table(aid)
        self._S = np.array(rows, dtype=np.int32)  # attribute ids: half the bytes of intp
        # a new type's feature rows and marks, and the values kept below; the feature maps live on in
        # TypeRows only (by family)
        self._type_rows = TypeRows(get2, get1, get0, features)
        self._type_entries = self._type_rows.entries
        del rows, get2, get1, get0
        from khabar.extract import ner

        self._art, self._lam_art = ner._ART, ner._LAM_ART
        # lexicon phrases by first word: (candidates longest first, next word -> the candidates it may
        # continue, in that order)
        phrases: dict[str, tuple[tuple, dict[str, tuple[int, ...]]]] = {}
        for key, cands in features.phrases.items():
            nxt: dict[str, list[int]] = {}
            for ci, (rest, _kind) in enumerate(cands):
                for w in rest[0]:
                    nxt.setdefault(w, []).append(ci)
            phrases[key] = (cands, {w: tuple(v) for w, v in nxt.items()})
        self._dl = {a[3:]: i for a, i in aid.items() if a.startswith("dL=")}
        self._dr = {a[3:]: i for a, i in aid.items() if a.startswith("dR=")}
        self._dal = aid.get("dal")
        self._with_art = (self._dal,) if self._dal is not None else ()  # document context of a word with the article
        self._bos, self._eos = self.W[aid.get("BOS", 0)], self.W[aid.get("EOS", 0)]
        # stems that start a stem-bigram attribute: other pairs need no string building
        # stem bigrams: left stem -> right stem -> ((0: on the left token | 1: on the right one, attribute id), ...)
        bigrams: dict[str, dict[str, tuple[tuple[int, int], ...]]] = {}
        for a, i in aid.items():
            if a.startswith(("b+=", "b-=")):
                left, _, right = a[3:].partition("|")
                at = bigrams.setdefault(left, {})
                at[right] = (*at.get(right, ()), (0 if a[1] == "+" else 1, i))
        # what a new type owes its stem (bigram-left, phrases, a quote mark or parenthesis) and its
        # norm (phrases) is kept in TypeRows' entry of the stem and of the norm: each a big table a
        # new type is looked up in anyway (one memory miss each, not one per table)
        self._type_rows.keep(phrases, {k: (bigrams.get(k), phrases.get(k), k in ner.BRACKETS)
                                       for k in {*bigrams, *phrases, *ner.BRACKETS}})
        self._types: dict[Item, int] = {}  # word type -> its row
        self._recs: list[tuple] = []  # by row: the type's record (see _record)
        self._stem_ids: dict[str, int] = {}  # stem -> its id (document context is gathered by stem)
        self._notes: list[Any] = []  # by row: a caller's note on the type's norm (see noted), None: not yet
        self.last_rows: list[int] = []  # the type row of each token of the last document tagged
        # per word type: own, as left/right neighbour ±1, ±2; allocated at the type cache's bound at once
        # (zeroed pages cost no memory until written; growing by copies held old and new at once)
        self._V = np.zeros((features.max_size, 5, n_lab))
        self._hot = np.zeros(features.max_size, dtype=bool)  # type rows met again in a later document (kept on a reset)
        self._bits = np.zeros(features.max_size, dtype=np.uint8)  # by row: the _CONTEXT, _PAIR, _DOC, _BRACKET flags
        self._sid = np.zeros(features.max_size, dtype=np.intp)  # by row: the id of the type's stem
        self._slot = np.full(features.max_size, -1, dtype=np.intp)  # by stem id: its row of a document's D
        self._new = 0  # the first row of types new in the current document
        self._base = next(_EPOCHS) * _EPOCH_ROWS  # this epoch's tag of the rows kept in form memos (see rows)
        memory.register(self.forget)

    def slot_lookups(self) -> tuple[Callable[..., int | None], ...]:
        """``get`` of the feature -> slot-table row maps (±2 window, ±1 window, the word alone) that
        :class:`TypeRows` was built from, made again (the decoder does not keep them: ~4 MB)."""
        _rows, get2, get1, get0 = _slot_table(self.attr_id)
        return get2.get, get1.get, get0.get

    # ------------------------------------------------------------ word-type records

    def _record(self, item: "Item", ids: list[int], sizes: list[int], flags: list[int]) -> int:
        """Record a new type; its row. The record: (row, stem, doc ids or None, dL ids, dR ids,
        bigram-left, phrase candidates, norm, stem id); bigram-left holds the stem bigram attributes
        by right stem.

        The rows of its known features in the slot table ``_S`` go onto ``ids`` (row 0, nothing,
        when none is known), their count onto ``sizes``, its flags onto ``flags``.
        """
        own, marks, norm_phrases, by_stem = self._type_entries(item)
        if own:
            ids += own
            sizes.append(len(own))
        else:
            ids.append(0)
            sizes.append(1)
        row = len(self._recs)
        norm, prefix, stem, _s = item
        doc = None
        if len(stem) >= 3 and stem[0].isalpha():
            doc = self._with_art if self._art in prefix or prefix.endswith(self._lam_art) else ()
        left = right = ()
        if marks:
            dl, dr = self._dl, self._dr
            left, right = tuple(dl[k] for k in marks if k in dl), tuple(dr[k] for k in marks if k in dr)
        bigram, cands, bracket = by_stem or (None, None, False)
        if norm_phrases is not None:
            cands = norm_phrases
        sid = self._stem_ids.get(stem)
        if sid is None:
            sid = self._stem_ids[stem] = len(self._stem_ids)
        self._recs.append((row, stem, doc, left, right, bigram, cands, norm, sid))
        self._notes.append(None)
        self._types[item] = row
        flags.append((_CONTEXT if doc or left or right else 0) | (_PAIR if bigram or cands else 0)
                     | (_DOC if doc is not None else 0) | (_BRACKET if bracket else 0))
        return row

    def forget(self) -> None:
        """Drop every word type (between documents; the process's memory budget)."""
        self._compact(self.features.max_size)

    def _compact(self, n: int) -> None:
        """Make room for ``n`` new types: keep the types met in more than one document, drop the rest
        (all of them when that is not room enough). Rows and stem ids are renumbered; scores are
        moved, not redone."""
        self._base = next(_EPOCHS) * _EPOCH_ROWS  # rows are renumbered: those kept in form memos are stale
        hot = self._hot.tolist()
        kept = [(item, row) for item, row in self._types.items() if hot[row]]
        recs, notes = self._recs, self._notes
        self._types, self._recs, self._stem_ids, self._notes = {}, [], {}, []
        self._hot = np.zeros(self._hot.shape[0], dtype=bool)
        if not kept or 4 * (len(kept) + n) > 3 * self.features.max_size:  # keep at most 3/4 full
            return
        old_rows = [row for _, row in kept]
        k = len(kept)
        self._V[:k] = self._V[old_rows]
        self._bits[:k] = self._bits[old_rows]
        stem_ids = self._stem_ids
        for row, (item, old) in enumerate(kept):
            rec = recs[old]
            sid = stem_ids.setdefault(rec[1], len(stem_ids))
            self._recs.append((row, *rec[1:8], sid))
            self._notes.append(notes[old])
            self._types[item] = row
        self._sid[:k] = [rec[8] for rec in self._recs]

    def _fill(self, first_row: int, ids: list[int], sizes: list[int], flags: list[int]) -> None:
        """Score vectors of new types (rows from ``first_row`` on): one gather and one segmented sum."""
        starts = np.cumsum(sizes) - sizes
        A = self._S.take(np.array(ids, dtype=np.intp), axis=0)  # feature x slot
        # take, not W[A]: the same rows gathered, several times faster than fancy indexing
        sums = np.add.reduceat(self.W.take(A, axis=0), starts, axis=0)  # type x slot x label
        end = first_row + len(sizes)
        if end > self._V.shape[0]:  # grow by doubling, but not past the type cache's bound
            rows = max(end, min(2 * self._V.shape[0], self.features.max_size))
            more = rows - self._V.shape[0]
            self._V = np.concatenate([self._V, np.zeros((more, *self._V.shape[1:]))])
            self._hot = np.concatenate([self._hot, np.zeros(more, dtype=bool)])
            self._bits = np.concatenate([self._bits, np.zeros(more, dtype=np.uint8)])
            self._sid = np.concatenate([self._sid, np.zeros(more, dtype=np.intp)])
            self._slot = np.concatenate([self._slot, np.full(more, -1, dtype=np.intp)])
        self._V[first_row:end] = sums
        self._bits[first_row:end] = flags
        self._sid[first_row:end] = [rec[8] for rec in self._recs[first_row:end]]

    def rows(self, sentences: Sequence[Sequence["Item"]], forms: Sequence["Form"] | None = None) -> list[int]:
        """The type row of every token, flat; types not met before are recorded and scored now.

        ``forms``: each token's form memo (:class:`khabar.text.segment.Form`), in the same order as the
        items. A form keeps its type's row, tagged with the compaction epoch; while the epoch holds,
        the row is read from the memo instead of looked up by the item (a 4-tuple hashed anew for
        every token, in a dict of up to ``max_size`` types: mostly memory misses).
        """
        n = sum(map(len, sentences))
        if len(self._types) + n > self.features.max_size:
            self._compact(n)  # bounded memory: between documents, keep only the types met again
        first = self._new = len(self._recs)
        base = self._base
        if forms is not None and len(forms) == n:
            rows = list(map(operator.sub, map(_NER_ROW, forms), itertools.repeat(base)))
            if min(rows, default=0) >= 0 and max(rows, default=0) < _EPOCH_ROWS:
                return rows
            # rows of other epochs (earlier: negative, as is -1, none yet; another decoder's later
            # ones: past _EPOCH_ROWS) are looked up by item, then kept
        else:
            forms = None
            rows = list(map(self._types.get, itertools.chain.from_iterable(sentences), itertools.repeat(-1)))
            if -1 not in rows:
                return rows
        ids: list[int] = []
        sizes: list[int] = []
        flags: list[int] = []
        types = self._types
        for i, it in enumerate(itertools.chain.from_iterable(sentences)):
            if not 0 <= rows[i] < _EPOCH_ROWS:
                r = types.get(it)  # (None: not met before; else perhaps met earlier in this document)
                rows[i] = r = r if r is not None else self._record(it, ids, sizes, flags)
                if forms is not None:
                    forms[i].ner_row = base + r
        if sizes:
            self._fill(first, ids, sizes, flags)
        return rows

    def noted(self, rows: list[int], note: Callable[[str], Any]) -> list[Any]:
        """``note(norm)`` of the type of each row, worked out once per type and kept with it (for one
        caller: :mod:`khabar.extract.entities` notes the actor names a word may begin)."""
        notes = self._notes
        out = list(operator.itemgetter(*rows)(notes)) if len(rows) > 1 else [notes[r] for r in rows]
        if None in out:
            recs = self._recs
            for i, r in enumerate(rows):
                if out[i] is None:
                    got = notes[r]
                    if got is None:
                        got = notes[r] = note(recs[r][7])
                    out[i] = got
        return out

    # ------------------------------------------------------------ a document

    def tag_document(self, sentences: Sequence[Sequence["Item"]],
                     forms: Sequence["Form"] | None = None) -> list[list[str]]:
        """Tags of every non-empty sentence of a document: emissions for all tokens at once, then Viterbi.
        ``forms``: the tokens' form memos, flat (see :meth:`rows`)."""
        lens = [len(s) for s in sentences]
        if not sentences or not all(lens):
            raise ValueError("tag_document takes non-empty sentences")
        row_list = self.last_rows = self.rows(sentences, forms)
        n = len(row_list)
        ends = list(itertools.accumulate(lens))
        starts = [0, *ends[:-1]]
        # last[i]: token i ends its sentence (no right neighbour inside the sentence)
        lastv = np.zeros(n, dtype=bool)
        lastv[np.array(ends) - 1] = True
        rows = np.array(row_list, dtype=np.intp)
        self._hot[rows[rows < self._new]] = True
        W = self.W
        V = self._V.take(rows, axis=0)  # token x window slot x label: one gather of whole rows
        E = V[:, 0].copy()
        same1 = ~lastv[:-1]
        E[1:] += V[:-1, 1] * same1[:, None]
        E[:-1] += V[1:, 3] * same1[:, None]
        if n > 2:
            sid = np.repeat(np.arange(len(lens)), lens)
            same2 = sid[2:] == sid[:-2]
            E[2:] += V[:-2, 2] * same2[:, None]
            E[:-2] += V[2:, 4] * same2[:, None]
        E[starts] += self._bos
        E[[e - 1 for e in ends]] += self._eos
        bits = self._bits.take(rows)
        last = lastv.tolist()
        at_tok: list[int] = []
        at_attr: list[int] = []
        self._document(row_list, rows, bits, last, E)
        self._pairs(row_list, np.flatnonzero(np.where(lastv, 0, bits & _PAIR)).tolist(), last, at_tok, at_attr)
        hits = np.flatnonzero(bits & _BRACKET)
        if len(hits) > 1:
            self._brackets(row_list, hits.tolist(), starts, ends, at_tok, at_attr)
        if at_tok:
            np.add.at(E, np.array(at_tok, dtype=np.intp), W[np.array(at_attr, dtype=np.intp)])
        if self.o_penalty and self._o is not None:
            E[:, self._o] -= self.o_penalty
        return self.viterbi(E, lens)

    def _document(self, row_list: list[int], rows: np.ndarray, bits: np.ndarray, last: list[bool],
                  E: np.ndarray) -> None:
        """Document context (as :meth:`FeatureCache.document`): per stem, its neighbours' lexicon kinds."""
        recs = self._recs
        seen: dict[int, set[int]] = {}  # stem id -> attribute ids
        n1 = len(row_list) - 1
        for i in np.flatnonzero(bits & _CONTEXT).tolist():
            r = recs[row_list[i]]
            if r[2]:
                got = seen.get(r[8])
                if got is None:
                    seen[r[8]] = set(r[2])
                else:
                    got.update(r[2])
            if r[3] and i < n1 and not last[i]:
                x = recs[row_list[i + 1]]
                if x[2] is not None:
                    got = seen.get(x[8])
                    if got is None:
                        seen[x[8]] = set(r[3])
                    else:
                        got.update(r[3])
            if r[4] and i and not last[i - 1]:
                x = recs[row_list[i - 1]]
                if x[2] is not None:
                    got = seen.get(x[8])
                    if got is None:
                        seen[x[8]] = set(r[4])
                    else:
                        got.update(r[4])
        if not seen:
            return
        flat: list[int] = []
        offsets: list[int] = []
        for got in seen.values():
            offsets.append(len(flat))
            flat.extend(got)
        D = np.add.reduceat(self.W.take(flat, axis=0), offsets, axis=0)
        # each token that takes document context and whose stem got some: its row of D
        keys = np.fromiter(seen, dtype=np.intp, count=len(seen))
        slot = self._slot
        slot[keys] = np.arange(len(keys))
        which = slot[self._sid[rows]]
        slot[keys] = -1
        which[(bits & _DOC) == 0] = -1
        tok = np.flatnonzero(which >= 0)
        if tok.size:
            E[tok] += D[which[tok]]

    def _pairs(self, row_list: list[int], pairs: list[int], last: list[bool], at_tok: list[int],
               at_attr: list[int]) -> None:
        """Attributes of adjacent tokens: stem bigrams and multi-word lexicon phrases (gB/gI marks);
        ``pairs`` are the tokens that may start one (not last in their sentence)."""
        recs = self._recs
        n = len(row_list)
        for i in pairs:
            r = recs[row_list[i]]
            nxt = recs[row_list[i + 1]]
            if r[5]:
                got = r[5].get(nxt[1])
                if got:
                    for side, a in got:
                        at_tok.append(i + side)
                        at_attr.append(a)
            if not r[6]:
                continue
            cands, by_next = r[6]
            got = by_next.get(nxt[7])
            also = by_next.get(nxt[1])
            if also is not None and also is not got:
                got = also if got is None else sorted({*got, *also})
            if got is None:
                continue
            for ci in got:  # the candidates whose second word is the next token's norm or stem
                rest, kind = cands[ci]
                j = i + 1 + len(rest)
                if j > n or any(last[i:j - 1]):
                    continue
                if not all((x := recs[row_list[i + 1 + k]])[7] in w or x[1] in w for k, w in enumerate(rest)):
                    continue
                self._mark(i, "gB=" + kind, last, at_tok, at_attr)
                for m in range(i + 1, j):
                    self._mark(m, "gI=" + kind, last, at_tok, at_attr)

    def _brackets(self, row_list: list[int], hits: list[int], starts: list[int], ends: list[int],
                  at_tok: list[int], at_attr: list[int]) -> None:
        """Features of words between quote marks or parentheses (as :func:`ner.bracket_features`);
        ``hits`` are the tokens that are quote marks or parentheses."""
        from khabar.extract.ner import bracket_features

        if len(hits) < 2:
            return
        recs = self._recs
        aid = self.attr_id
        k = 0
        for s, e in zip(starts, ends):
            if k >= len(hits):
                break
            if hits[k] >= e:
                continue
            while k < len(hits) and hits[k] < e:
                k += 1
            for j, feat in bracket_features([recs[x][1] for x in row_list[s:e]]):
                a = aid.get(feat)
                if a is not None:
                    at_tok.append(s + j)
                    at_attr.append(a)

    def _mark(self, i: int, m: str, last: list[bool], at_tok: list[int], at_attr: list[int]) -> None:
        """A phrase mark on token i: the mark itself, '+1:' on the token before, '-1:' on the one after."""
        aid = self.attr_id
        for j, attr in ((i, m), (i - 1, "+1:" + m), (i + 1, "-1:" + m)):
            if j == i or (j == i - 1 and i > 0 and not last[i - 1]) or (j == i + 1 and not last[i]):
                a = aid.get(attr)
                if a is not None:
                    at_tok.append(j)
                    at_attr.append(a)

    def viterbi(self, E: np.ndarray, lens: list[int]) -> list[list[str]]:
        """Best label sequence of each sentence (E holds their emissions one after another); see
        :func:`khabar.extract.ner_viterbi.viterbi`."""
        return viterbi(E, lens, self.T, self._T2, self.labels)


def _slot_table(aid: dict[str, int]) -> tuple[list[tuple[int, ...]], dict[str, int], dict[str, int], dict[str, int]]:
    """The slot table's rows (a feature's attribute ids at the five window slots: own, +1:, +2:,
    -1:, -2:; 0: none) and, by window, each feature's row: a feature of the ±2 window has all five
    slots, one of the ±1 window only own, +1: and -1:, one of the word alone only its own."""
    slots: dict[str, list[int]] = {}
    for a, i in aid.items():
        k = _SLOT_PREFIXES.get(a[:3], 0)
        slots.setdefault(a[3:] if k else a, [0] * 5)[k] = i
    rows: list[tuple[int, ...]] = [(0, 0, 0, 0, 0)]
    get2: dict[str, int] = {}
    get1: dict[str, int] = {}
    get0: dict[str, int] = {}
    for f, v in slots.items():
        get2[f] = len(rows)
        rows.append(tuple(v))
        if v[0] or v[1] or v[3]:
            get1[f] = len(rows)
            rows.append((v[0], v[1], 0, v[3], 0))
        if v[0]:
            get0[f] = len(rows)
            rows.append((v[0], 0, 0, 0, 0))
    return rows, get2, get1, get0


class ModelInfo:
    """What :class:`Decoder` needs of a trained model (as ``pycrfsuite.Tagger().info()`` gives it).

    Read from the tagger's text dump with plain string splits: pycrfsuite's own ``info()`` runs
    several regular expressions per line and takes most of a second on the shipped model.
    """

    def __init__(self, tagger: Any) -> None:
        self.labels: dict[str, str] = {}
        self.attributes: list[str] = []
        self.transitions: dict[tuple[str, str], float] = {}
        self.state_features: dict[tuple[str, str], float] = {}
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "dump.txt")
            tagger.dump(path)
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        section = ""
        names: dict[str, str] = {}  # one string object per attribute name, shared by both tables
        for line in text.split("\n"):
            if not line.startswith(" "):
                section = line.partition(" ")[0]
                continue
            body = line.strip()
            if section == "STATE_FEATURES":
                body, _, w = body.rpartition(": ")
                attr, _, label = body.partition(") ")[2].rpartition(" --> ")
                self.state_features[names.setdefault(attr, attr), label] = float(w)
            elif section == "ATTRIBUTES":
                attr = body.partition(": ")[2]
                self.attributes.append(names.setdefault(attr, attr))
            elif section == "LABELS":
                i, _, label = body.partition(": ")
                self.labels[label] = i
            elif section == "TRANSITIONS":
                body, _, w = body.rpartition(": ")
                a, _, b = body.partition(") ")[2].partition(" --> ")
                self.transitions[a, b] = float(w)
