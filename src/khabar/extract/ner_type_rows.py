"""Slot-table rows of a new NER word type's features, looked up by feature family: no feature string built.

Reads the decoder's feature-to-row maps (a feature of the ±2 window, of the ±1 window, of the word
alone, see :class:`khabar.extract.ner_decode.Decoder`) and the lexicons of a
:class:`khabar.extract.ner.FeatureCache`; gives, for a word type (norm, prefix, stem, suffix), the rows of
its known features (the stem's word clusters among them) in the order of :func:`khabar.extract.ner._type_features` and its marks. The
families are keyed by their value (``"s1="`` + ``stem[:1]`` is looked up as ``stem[:1]``), so most
lookups use a string whose hash is already known (the token's norm or stem), and what several
families key by the norm or the stem comes from one lookup; the rows of the stem's letters (its
prefixes and suffixes) are kept for the stems met lately (a stem comes back with other clitics).
Loads no data file.

Example::

    >>> # TypeRows(get2, get1, get0, features).ids(("والجيش", "وال", "جيش", ""))  # doctest: +SKIP
    ([812, 5, 1093, ...], ['org_head'])
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from khabar.text import memory

if TYPE_CHECKING:
    from khabar.extract.ner import FeatureCache, Item

# stems whose letters' rows are kept (emptied when full): ~180 bytes each; a new type finds its stem
# there a quarter of the time over a cold start (a third at 20,000, a sixth at 5,000)
STEM_CACHE = 10_000


class TypeRows:
    """The feature families of a trained model, and :meth:`ids` of a word type."""

    def __init__(self, get2: dict[str, int], get1: dict[str, int], get0: dict[str, int],
                 features: "FeatureCache") -> None:
        from khabar.extract import ner

        fams: list[dict[str, dict[str, int]]] = []  # by window (±2, ±1, own): family ("s1=") -> value -> row
        for get in (get2, get1, get0):
            by: dict[str, dict[str, int]] = {}
            for f, r in get.items():
                i = f.find("=") + 1
                if i:
                    by.setdefault(f[:i], {})[f[i:]] = r
            fams.append(by)
        f2, f1, f0 = (lambda prefix, by=by: by.get(prefix, {}) for by in fams)
        self._shape = ner._shape
        self._art, self._lam_art = ner._ART, ner._LAM_ART
        self._words = features.lex.words
        self._tlex = features.tlex
        self._tlex_stem = {k[1:]: v for k, v in self._tlex.items() if k.startswith("~")}
        clusters = features.clusters
        self._f_w, self._f_sh, self._f_g = f2("w="), f2("sh="), f2("g=")
        self._f_tn, self._f_ts, self._f_s = f2("tn="), f2("ts="), f2("s=")
        self._f_s0 = f0("s=")  # the stem of a word not in Arabic letters: its own feature only
        self._f_p, self._f_e2, self._f_al = f1("p="), f1("e2="), f1("al=")
        self._f_x, self._f_n, self._f_w2 = f0("x="), f0("n="), f0("w2=")
        self._f_aff = tuple((i, f0(f"s{i}="), f0(f"e{i}=")) for i in (1, 2, 3, 4))
        self._n_str = [str(min(k, 8)) for k in range(9)]
        self._n_rows = [self._f_n.get(v) for v in self._n_str]  # row of n= by stem length (8: 8 or more)
        # one lookup per norm and per stem for what several families key by them: (row of w=, lexicon
        # kinds, training tag, a caller's value) by norm; (lexicon kinds, training tag of the stem, row
        # of s= in the ±2 window, row of s= alone, rows of the word clusters, a caller's value) by
        # stem (see keep); (row of p=, row of al=) by proclitic
        by_norm: dict[str, tuple] = {}
        for key in {*self._f_w, *self._words, *(k for k in self._tlex if not k.startswith("~"))}:
            by_norm[key] = (self._f_w.get(key), self._words.get(key), self._tlex.get(key), None)
        by_stem: dict[str, tuple] = {}
        fc = {}  # cluster family ("k64=") -> value -> row
        for feats in itertools.islice(clusters.values(), 1):
            fc = {f[:f.find("=") + 1]: f2(f[:f.find("=") + 1]) for f in feats}
        # equal tuples kept once (most stems share their clusters' rows, most norms their answer): ~8 MB less
        same: dict[tuple, tuple] = {}
        crow: dict[str, tuple[int, ...]] = {}
        for key, feats in clusters.items():
            got = tuple(r for f in feats if (r := fc[f[:f.find("=") + 1]].get(f[f.find("=") + 1:])))
            if got:
                crow[key] = same.setdefault(got, got)
        for key in {*self._words, *self._tlex_stem, *self._f_s, *self._f_s0, *crow}:
            got = (self._words.get(key), self._tlex_stem.get(key), self._f_s.get(key), self._f_s0.get(key),
                   crow.get(key), None)
            by_stem[key] = same.setdefault(got, got)
        for key, got in by_norm.items():
            by_norm[key] = same.setdefault(got, got)
        del same
        self._by_norm, self._by_stem = by_norm, by_stem
        self._by_prefix: dict[str, tuple] = {}
        self._tails: dict[str, tuple[int, ...]] = {}  # stem -> the rows of its letters (see _stem_tail)
        memory.register(self.forget)


    def keep(self, norm_also: dict[str, object], stem_also: dict[str, object]) -> None:
        """Keep a caller's value by norm and by stem in the entry of each, which every new type is
        looked up in (:meth:`entries` gives them with the rows: no lookup of the caller's own)."""
        for table, values, width in ((self._by_norm, norm_also, 4), (self._by_stem, stem_also, 6)):
            for key, value in values.items():
                got = table.get(key) or (None,) * width
                table[key] = (*got[:-1], value)

    def _prefix_rows(self, prefix: str) -> tuple:
        """(row of ``p=``, row of ``al=``) of a proclitic sequence (cached: a few dozen exist)."""
        got = self._by_prefix[prefix] = (
            self._f_p.get(prefix), self._f_al.get(str(self._art in prefix or prefix.endswith(self._lam_art))))
        return got

    def _stem_tail(self, stem: str) -> tuple[int, ...]:
        """The rows a type owes to its stem's letters alone: ``e2=`` (0: none), then ``n=`` and the
        stem's prefixes and suffixes (cached by stem: a stem comes back with other clitics)."""
        tail = [self._f_e2.get(stem[-2:], 0)]
        add = tail.append
        n = len(stem)
        r = self._n_rows[n if n < 8 else 8]
        if r:
            add(r)
        # the prefix and suffix of 1, 2, 3, 4 letters of a stem longer than that (a loop costs ~4%
        # per call over the same code unrolled, measured on 50,000 stems)
        for i, starts, ends in self._f_aff:
            if n <= i:
                break
            r = starts.get(stem[:i])
            if r:
                add(r)
            r = ends.get(stem[-i:])
            if r:
                add(r)
        if len(self._tails) >= STEM_CACHE:
            self._tails.clear()
        got = self._tails[stem] = tuple(tail)
        return got

    def forget(self) -> None:
        """Drop the rows cached by stem (the process's memory budget)."""
        self._tails.clear()

    def ids(self, item: "Item") -> tuple[list[int], list[str]]:
        """The slot-table rows of a word type's known features, in the order of
        :func:`khabar.extract.ner._type_features` (own features after those of the ±1 window, after
        those of the ±2 window); unknown features (row 0 adds nothing) are left out. Also its marks.
        """
        return self.entries(item)[:2]

    def entries(self, item: "Item") -> tuple[list[int], list[str], object, object]:
        """:meth:`ids` and the values kept (:meth:`keep`, None: none) by the type's norm and by its
        stem: one lookup by norm and one by stem serve both."""
        norm, prefix, stem, suffix = item
        shape = self._shape(norm) if norm else "E"
        ids: list[int] = []
        add = ids.append
        nk = self._by_norm.get(norm)
        sk = self._by_stem.get(stem)
        if nk is not None and nk[0]:
            add(nk[0])
        r = self._f_sh.get(shape)
        if r:
            add(r)
        marks: list[str] = []
        kn = nk[1] if nk is not None else None
        ks = sk[0] if sk is not None else None
        if kn or ks:
            marks = sorted((kn or frozenset()) | (ks or frozenset()))
            fg = self._f_g
            for k in marks:
                r = fg.get(k)
                if r:
                    add(r)
        tn = nk[2] if nk is not None else None
        if tn:
            r = self._f_tn.get(tn)
            if r:
                add(r)
            if tn[0] != "O":
                marks = [*marks, "t" + tn[:-3]]
        if sk is not None and sk[1]:
            r = self._f_ts.get(sk[1])
            if r:
                add(r)
        if sk is not None and sk[4]:
            ids += sk[4]
        na = nk[3] if nk is not None else None
        sa = sk[5] if sk is not None else None
        if shape != "A":
            if sk is not None and sk[3]:
                add(sk[3])
            return ids, marks, na, sa
        if sk is not None and sk[2]:
            add(sk[2])
        pr = self._by_prefix.get(prefix)
        if pr is None:
            pr = self._prefix_rows(prefix)
        if pr[0]:
            add(pr[0])
        tail = self._tails.get(stem)
        if tail is None:
            tail = self._stem_tail(stem)
        if tail[0]:
            add(tail[0])
        if pr[1]:
            add(pr[1])
        r = self._f_x.get(suffix)
        if r:
            add(r)
        ids += tail[1:]
        r = self._f_w2.get(norm[:2])
        if r:
            add(r)
        return ids, marks, na, sa
