"""A CRF named-entity tagger for Arabic: lexicons, feature extraction and the shipped model.

Reads word tokens (normalised form plus clitic split, as :mod:`khabar.text.segment` makes them) and
returns BIO tags over ``PER``, ``ORG``, ``LOC``, ``MISC``. The model is a python-crfsuite CRF trained
by ``scripts/train_ner.py`` and shipped in ``khabar/data/ner/`` with a ``manifest.json``
(training data, feature version, test scores, sha256). Features of each word: the normalised form,
its clitic-stripped stem, proclitic and enclitic, stem prefixes/suffixes of 1-4 letters, word shape,
lexicon membership (places, first names, titles and roles, organisation heads and well-known
organisation names, heads of titles/prizes/events, currencies, religions, trigger words, nationality
adjectives, domain actors, multi-word names), how the word was tagged in the training
data (``train_lexicon.tsv``; a word seen only outside names is marked so, unlike one never seen),
the stem's word clusters at several granularities (``clusters.tsv``, learnt from unlabeled news by
``scripts/build_word_clusters.py``: distributional classes that reach words the training data never saw),
a ±2 window of those, stem bigrams, words between quote marks or parentheses (:func:`bracket_features`),
and document context (the lexicon kinds next to the same stem anywhere in the article). Tagging runs
through the fast decoder of :mod:`khabar.extract.ner_decode` (with the O-label penalty tuned on the dev
block, from the manifest); names found are then carried to their other mentions in the document
(:func:`propagate_names`);
scoring lives in :mod:`khabar.extract.ner_eval`.

Data files: ``lang/ar/entities/cues.tsv``, ``first_names.tsv``, ``world_places.tsv``,
``actors.yaml``; derived: ``data/ner/places.tsv`` (Who's On First), ``data/ner/train_lexicon.tsv``,
``data/ner/clusters.tsv`` (SaudiNewsNet word clusters).

Example::

    >>> from khabar.extract.ner import tag_words
    >>> tag_words(["وقال", "الرئيس", "باراك", "أوباما", "في", "واشنطن"])  # doctest: +SKIP
    ['O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from khabar.extract.ner_decode import Decoder, ModelInfo
from khabar.extract.ner_eval import LABEL_MAP, chunks, evaluate_conll, map_tag, read_conll, score_chunks
from khabar.lang import load_tsv, load_yaml
from khabar.text import memory
from khabar.text.normalize import normalize_form
from khabar.text.segment import Form, best_split, clitic_data

log = logging.getLogger(__name__)

FEATURE_VERSION = "6"
LABELS = ("PER", "ORG", "LOC", "MISC")
MODEL_FILE = "model.crfsuite"
MANIFEST_FILE = "manifest.json"
PLACES_FILE = "places.tsv"
TRAIN_LEXICON_FILE = "train_lexicon.tsv"
CLUSTERS_FILE = "clusters.tsv"
_ART = clitic_data()["article"][0]  # the definite article
_LAM_ART = clitic_data()["lam_article"]  # ل + ال written لل
DOC_BLOCK = 15  # sentences of a CoNLL file taken as one document (its articles are not marked)
# word types whose scores the decoder keeps (~1 kB each): at 50,000 a new article brings ~30 types
# not met lately (~45 at 30,000), and scoring one costs more than all the lookups of its tokens; 30,000
# keeps a worker within 300 MB over a whole corpus (16 MB less at its peak)
TYPE_CACHE = 30_000



def model_dir() -> Path:
    return Path(str(resources.files("khabar") / "data" / "ner"))


# ---------------------------------------------------------------- splitting words like segment does


@functools.lru_cache(maxsize=20_000)
def split_word(word: str) -> tuple[str, str, str, str]:
    """(norm, prefix, stem, suffix) of one word as written, exactly as the segmenter splits tokens."""
    norm = normalize_form(word)
    if not norm or not norm[0].isalnum() or norm.isdigit():
        return norm, "", norm, ""
    last = ""
    for ch in reversed(word):
        if not unicodedata.combining(ch) and ch != "\u0640":
            last = ch
            break
    p, stem, s = best_split(norm, last)
    return norm, p, stem, s


memory.register(split_word.cache_clear)


# ---------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class Lexicons:
    """Lexicon lookups on normalised forms: single words and phrases, each with feature kinds."""

    words: dict[str, frozenset[str]]  # form or stem -> kinds
    phrases: dict[str, tuple[tuple[tuple[frozenset[str], ...], str], ...]]  # first key -> (rest, kind)


def _keys(word: str) -> set[str]:
    """The lookup keys of one lexicon word: its normalised form, its stem, and the form without ال."""
    norm, _p, stem, _s = split_word(word)
    keys = {norm, stem}
    if norm.startswith(_ART) and len(norm) > 4:
        keys.add(norm[2:])
    return {k for k in keys if k}


def _lexicon_entries() -> list[tuple[str, str]]:
    """(surface form, feature kind) pairs from every lexicon file."""
    out: list[tuple[str, str]] = []
    for row in load_tsv("entities/cues.tsv", required=("form", "kind")):
        out.append((row["form"], row["kind"]))
    for row in load_tsv("entities/first_names.tsv", required=("form",)):
        out.append((row["form"], "first_name"))
    for row in load_tsv("entities/world_places.tsv", required=("form", "kind")):
        out.append((row["form"], "place"))
    for actor in load_yaml("entities/actors.yaml") or []:
        for name in [actor["canonical"], *actor.get("names", [])]:
            out.append((name, "actor_" + actor["label"].lower()))
    places = model_dir() / PLACES_FILE
    if places.exists():
        for line in places.read_text(encoding="utf-8").splitlines()[1:]:
            form = line.split("\t", 1)[0]
            if form:
                out.append((form, "place"))
    return out


@functools.cache
def lexicons() -> Lexicons:
    words: dict[str, set[str]] = {}
    phrases: dict[str, set[tuple[tuple[frozenset[str], ...], str]]] = {}
    for form, kind in _lexicon_entries():
        parts = form.split()
        if not parts:
            continue
        if len(parts) == 1:
            for k in _keys(parts[0]):
                words.setdefault(k, set()).add(kind)
            continue
        rest = tuple(frozenset(_keys(w)) for w in parts[1:])
        for k in _keys(parts[0]):
            phrases.setdefault(k, set()).add((rest, kind))
    return Lexicons({k: frozenset(v) for k, v in words.items()},
                    {k: tuple(sorted(v, key=lambda r: -len(r[0]))) for k, v in phrases.items()})


# ---------------------------------------------------------------- features


def _shape(norm: str) -> str:
    c = norm[0]
    if norm.isdigit():
        return "D"
    if c.isdigit():
        return "d"
    if not c.isalnum():
        return "P" + norm if len(norm) == 1 else "P"
    if c.isascii():
        return "L"
    return "A"


TrainLexicon = dict[str, str]  # normalised word or stem -> feature value such as "B-PER:hi"
Clusters = dict[str, tuple[str, ...]]  # stem -> its cluster features, coarse to fine ("k64=12", "k256=40", …)


def load_clusters(path: Path) -> Clusters:
    """Word clusters of ``clusters.tsv`` (built by ``scripts/build_word_clusters.py`` from unlabeled
    news): each stem's cluster id at every granularity of the header, as feature strings."""
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines:
        return {}
    fams = [h + "=" for h in lines[0].split("\t")[1:]]
    out: Clusters = {}
    names: dict[str, str] = {}  # one string per cluster id (a few thousand), shared by all stems: ~13 MB less
    paths: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per path of ids, shared by the stems on it
    for line in lines[1:]:
        stem, *ids = line.split("\t")
        if stem and len(ids) == len(fams):
            got = tuple(names.setdefault(f + i, f + i) for f, i in zip(fams, ids))
            out[stem] = paths.setdefault(got, got)
    return out


@functools.cache
def word_clusters() -> Clusters:
    """The shipped word clusters (cached)."""
    return load_clusters(model_dir() / CLUSTERS_FILE)


def build_train_lexicon(sents: Iterable[tuple[Sequence[str], Sequence[str]]], min_count: int = 1) -> TrainLexicon:
    """How words were tagged in training data: for each form and stem, its most frequent entity tag.

    The value is ``TAG:hi`` (at least half of its occurrences) or ``TAG:lo`` (at least a fifth),
    ``O:hi`` for a form seen mostly outside names; stems are keyed ``~stem``. Entities of several words are kept whole (``مجلس الامن`` → ``P-ORG``)
    unless the data gives them two labels.
    """
    counts: dict[str, dict[str, int]] = {}
    for words, tags in sents:
        for w, t in zip(words, tags):
            norm, _p, stem, _s = split_word(w)
            for key in {norm, "~" + stem}:
                c = counts.setdefault(key, {})
                c[t] = c.get(t, 0) + 1
    out: TrainLexicon = {}
    for words, tags in sents:
        for start, end, label in chunks(tags):
            if end - start > 1:
                phrase = " ".join(split_word(w)[0] for w in words[start:end])
                prev = out.get(phrase)
                if prev is None or prev == "P-" + label:
                    out[phrase] = "P-" + label
                else:
                    out[phrase] = "P-MIXED"
    out = {k: v for k, v in out.items() if v != "P-MIXED"}
    for key, c in counts.items():
        total = sum(c.values())
        tag, n = max(((t, n) for t, n in c.items() if t != "O"), key=lambda x: x[1], default=("O", 0))
        share = n / total
        if tag != "O" and n >= min_count and share >= 0.5:
            out[key] = tag + ":hi"
        elif tag != "O" and n >= min_count and share >= 0.2:
            out[key] = tag + ":lo"
        elif not key.startswith("~"):
            out[key] = "O:hi"  # a word the data knows outside names: unlike a word never seen
    return out


def _type_features(norm: str, prefix: str, stem: str, suffix: str, lex: Lexicons,
                   tlex: TrainLexicon, clusters: Clusters | None = None
                   ) -> tuple[list[str], list[str], list[str], list[str]]:
    """Features of a word type: (own at position 0, for neighbours ±1, for neighbours ±2, doc marks)."""
    shape = _shape(norm) if norm else "E"
    kinds = sorted(lex.words.get(norm, frozenset()) | lex.words.get(stem, frozenset()))
    ctx2 = ["w=" + norm, "sh=" + shape] + ["g=" + k for k in kinds]
    marks = list(kinds)
    tn = tlex.get(norm)
    ts = tlex.get("~" + stem)
    if tn:
        ctx2.append("tn=" + tn)
        if tn[0] != "O":
            marks.append("t" + tn[:-3])
    if ts:
        ctx2.append("ts=" + ts)
    if clusters:
        cl = clusters.get(stem)
        if cl:
            ctx2 += cl
    if shape != "A":
        own = ctx2 + ["s=" + stem]
        return own, ctx2, ctx2, marks
    ctx2.append("s=" + stem)
    ctx1 = ctx2 + ["p=" + prefix, "e2=" + stem[-2:], "al=" + str(_ART in prefix or prefix.endswith(_LAM_ART))]
    own = ctx1 + ["x=" + suffix, "n=" + str(min(len(stem), 8))]
    for i in (1, 2, 3, 4):
        if len(stem) > i:
            own.append(f"s{i}=" + stem[:i])
            own.append(f"e{i}=" + stem[-i:])
    own.append("w2=" + norm[:2])
    return own, ctx1, ctx2, marks


def _phrase_marks(keys: Sequence[tuple[str, str]],
                  phrases: dict[str, tuple[tuple[tuple[frozenset[str], ...], str], ...]]) -> list[list[str]]:
    """Multi-word lexicon matches over a sentence: 'gB=kind' on the first word, 'gI=kind' after."""
    marks: list[list[str]] = [[] for _ in keys]
    n = len(keys)
    for i in range(n - 1):
        norm, stem = keys[i]
        cands = phrases.get(norm) or phrases.get(stem)
        if not cands:
            continue
        nxt = keys[i + 1]
        for rest, kind in cands:
            r0 = rest[0]
            if nxt[0] not in r0 and nxt[1] not in r0:
                continue
            j = i + 1 + len(rest)
            if j > n:
                continue
            if all(keys[i + 1 + k][0] in r or keys[i + 1 + k][1] in r for k, r in enumerate(rest)):
                marks[i].append("gB=" + kind)
                for m in range(i + 1, j):
                    marks[m].append("gI=" + kind)
    return marks


Item = tuple[str, str, str, str]  # (norm, prefix, stem, suffix)

BRACKETS = frozenset(('"', "(", ")"))  # quote marks (all folded to ") and parentheses, as normalised
MAX_BRACKETED = 6  # words between quotes or parentheses that may still be a name (longer: speech)


def bracket_features(stems: Sequence[str]) -> list[tuple[int, str]]:
    """Features of words between paired quote marks or parentheses of one sentence: (index, feature).

    Quote marks pair in order (1st with 2nd, 3rd with 4th); a parenthesis pairs with the next closing
    one. Each word inside a span of at most MAX_BRACKETED words gets ``q=<Q|P><length up to 4>`` and
    ``qh=<Q|P><stem before the span>``; the first word ``qb=<Q|P>``.
    """
    out: list[tuple[int, str]] = []
    spans: list[tuple[int, int, str]] = []
    quote = -1
    paren = -1
    for i, st in enumerate(stems):
        if st == '"':
            if quote < 0:
                quote = i
            else:
                spans.append((quote, i, "Q"))
                quote = -1
        elif st == "(":
            paren = i
        elif st == ")" and paren >= 0:
            spans.append((paren, i, "P"))
            paren = -1
    for o, c, kind in spans:
        n = c - o - 1
        if n < 1 or n > MAX_BRACKETED:
            continue
        head = "qh=" + kind + (stems[o - 1] if o else "^")
        length = f"q={kind}{min(n, 4)}"
        out.append((o + 1, "qb=" + kind))
        for k in range(o + 1, c):
            out.append((k, length))
            out.append((k, head))
    return out


class FeatureCache:
    """Per word-type feature lists for every window position, optionally pruned to a model's attributes."""

    def __init__(self, known: frozenset[str] | None = None, train_lexicon: TrainLexicon | None = None,
                 max_size: int = 200_000, clusters: Clusters | None = None) -> None:
        """``clusters`` defaults to the shipped word clusters (:func:`word_clusters`); ``{}``: none."""
        self.known = known
        self._clusters: Clusters | None = word_clusters() if clusters is None else clusters
        self._clusters_source: Callable[[], Clusters] | None = None  # reloads released clusters
        self.max_size = max_size
        self._cache: dict[Item, tuple[list[str], ...]] = {}
        memory.register(self.forget)
        self.lex = lexicons()
        self.tlex = train_lexicon if train_lexicon is not None else {}
        phrases: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {
            k: list(v) for k, v in self.lex.phrases.items()}
        for key, value in self.tlex.items():
            if " " in key:
                first, *rest = key.split(" ")
                phrases.setdefault(first, []).append((tuple(frozenset((w,)) for w in rest), "t" + value))
        self.phrases = {k: tuple(sorted(v, key=lambda r: -len(r[0]))) for k, v in phrases.items()}

    @property
    def clusters(self) -> Clusters:
        """The word clusters, read again from their source if :meth:`release_clusters` let them go."""
        if self._clusters is None:
            self._clusters = self._clusters_source() if self._clusters_source is not None else {}
        return self._clusters

    def release_clusters(self, source: Callable[[], Clusters]) -> None:
        """Let the clusters go until :attr:`clusters` is read again (then ``source()`` gives them back).

        The fast decoder keeps only their feature rows (:class:`khabar.extract.ner_type_rows.TypeRows`),
        so a model that decodes needs them no more: ~9 MB less resident in every worker.
        """
        self._clusters_source = source
        self._clusters = None

    def _keep(self, feats: Iterable[str]) -> list[str]:
        if self.known is None:
            return list(feats)
        return [f for f in feats if f in self.known]

    def raw(self, item: Item) -> tuple[list[str], list[str], list[str], list[str], bool | None]:
        """Unprefixed, unpruned features of a word type: (own, ctx1, ctx2, marks, in_doc).

        ``in_doc`` is None when the stem takes no document context, else whether it has the article.
        """
        own, ctx1, ctx2, marks = _type_features(*item, self.lex, self.tlex, self.clusters)
        _norm, prefix, stem, _suffix = item
        in_doc = None if len(stem) < 3 or not stem[0].isalpha() else (_ART in prefix or prefix.endswith(_LAM_ART))
        return own, ctx1, ctx2, marks, in_doc

    def forget(self) -> None:
        self._cache.clear()

    def get(self, item: Item) -> tuple[list[str], ...]:
        hit = self._cache.get(item)
        if hit is not None:
            return hit
        own, ctx1, ctx2, marks, in_doc = self.raw(item)
        hit = (self._keep(own),
               self._keep("-1:" + f for f in ctx1), self._keep("+1:" + f for f in ctx1),
               self._keep("-2:" + f for f in ctx2), self._keep("+2:" + f for f in ctx2), marks,
               in_doc, ["dL=" + k for k in marks], ["dR=" + k for k in marks])
        if len(self._cache) >= self.max_size:
            self._cache.clear()
        self._cache[item] = hit
        return hit

    def document(self, sentences: Iterable[Sequence[Item]]) -> dict[str, list[str]]:
        """Document context: for each stem, the lexicon kinds of its neighbours anywhere in the document.

        A surname met once after a first name or a title is marked everywhere else it occurs.
        """
        seen: dict[str, set[str]] = {}
        get, cache = self.get, self._cache
        for items in sentences:
            hits = [cache.get(it) or get(it) for it in items]
            last = len(items) - 1
            for i, hit in enumerate(hits):
                if hit[6] is None:
                    continue
                stem = items[i][2]
                got = seen.get(stem)
                if got is None:
                    got = seen[stem] = set()
                if hit[6]:
                    got.add("dal")
                if i > 0:
                    got.update(hits[i - 1][7])
                if i < last:
                    got.update(hits[i + 1][8])
        known = self.known
        out: dict[str, list[str]] = {}
        for stem, got in seen.items():
            if known is not None:
                got &= known
            if got:
                out[stem] = sorted(got)
        return out

    def sentence(self, items: Sequence[Item], doc: dict[str, list[str]] | None = None) -> list[list[str]]:
        """The feature lists of one sentence of (norm, prefix, stem, suffix) items."""
        n = len(items)
        per = [self.get(it) for it in items]
        marks = _phrase_marks([(it[0], it[2]) for it in items], self.phrases)
        known = self.known
        bracketed: dict[int, list[str]] = {}
        if any(it[2] in BRACKETS for it in items):
            for k, feat in bracket_features([it[2] for it in items]):
                if known is None or feat in known:
                    bracketed.setdefault(k, []).append(feat)
        out: list[list[str]] = []
        for i in range(n):
            f = list(per[i][0])
            if doc:
                d = doc.get(items[i][2])
                if d:
                    f += d
            if i > 0:
                f += per[i - 1][2]
                big = "b-=" + items[i - 1][2] + "|" + items[i][2]
                if known is None or big in known:
                    f.append(big)
                if i > 1:
                    f += per[i - 2][4]
            else:
                f.append("BOS")
            if i < n - 1:
                f += per[i + 1][1]
                big = "b+=" + items[i][2] + "|" + items[i + 1][2]
                if known is None or big in known:
                    f.append(big)
                if i < n - 2:
                    f += per[i + 2][3]
            else:
                f.append("EOS")
            if marks[i]:
                f += marks[i]
            if i in bracketed:
                f += bracketed[i]
            if i > 0 and marks[i - 1]:
                f += ["-1:" + m for m in marks[i - 1]]
            if i < n - 1 and marks[i + 1]:
                f += ["+1:" + m for m in marks[i + 1]]
            out.append(f)
        return out

    def block(self, sentences: Sequence[Sequence[Item]], use_doc: bool = True) -> list[list[list[str]]]:
        """Features of every sentence of one document."""
        doc = self.document(sentences) if use_doc else None
        return [self.sentence(items, doc) for items in sentences]


# ---------------------------------------------------------------- the model


class Model:
    """The shipped CRF, its training lexicon and manifest; :func:`model` returns the cached instance."""

    def __init__(self, path: Path | None = None, train_lexicon: TrainLexicon | None = None,
                 o_penalty: float | None = None, clusters: Clusters | None = None) -> None:
        """``o_penalty`` (subtracted from the O label's score; trades precision for recall) defaults to
        the ``o_penalty`` of the manifest beside the model, tuned with c1/c2 on the dev block."""
        self.path = path or model_dir() / MODEL_FILE
        self._tagger: Any = None
        info = ModelInfo(self._open())
        known = frozenset(info.attributes)
        if train_lexicon is None:
            train_lexicon = load_train_lexicon(self.path.parent / TRAIN_LEXICON_FILE)
        source: Callable[[], Clusters] | None = None
        if clusters is None:  # the clusters beside the model, else the shipped ones (a model trained elsewhere)
            cpath = self.path.parent / CLUSTERS_FILE
            local = cpath != model_dir() / CLUSTERS_FILE and cpath.exists()
            # read for the decoder's feature rows, then let go (read again only if features are built
            # as strings: tag_document_crfsuite, training); not through word_clusters' cache
            source = functools.partial(load_clusters, cpath) if local else word_clusters
            clusters = load_clusters(cpath if local else model_dir() / CLUSTERS_FILE)
        self.features = FeatureCache(known, train_lexicon, max_size=TYPE_CACHE, clusters=clusters)
        self.decoder = Decoder(info, self.features)
        del info, clusters
        if source is not None:
            self.features.release_clusters(source)
        memory.give_back()  # the model dump read by ModelInfo leaves ~7 MB of free heap pages
        if o_penalty is None:
            mf = self.path.parent / MANIFEST_FILE
            o_penalty = float(json.loads(mf.read_text(encoding="utf-8")).get("o_penalty", 0.0)) if mf.exists() else 0.0
        self.decoder.o_penalty = o_penalty

    def _open(self) -> Any:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(self.path))
        return tagger

    @property
    def tagger(self) -> Any:
        """python-crfsuite's own tagger of the model, opened on first use (the fast decoder needs it
        only to read the weights: ~4 MB less resident while it is not used)."""
        if self._tagger is None:
            self._tagger = self._open()
        return self._tagger

    def tag(self, items: Sequence[Item]) -> list[str]:
        """BIO tags of one sentence of (norm, prefix, stem, suffix) items, the sentence as its document."""
        return self.tag_document([items])[0]

    def tag_document(self, sentences: Sequence[Sequence[Item]], propagate: bool = True,
                     forms: Sequence[Form] | None = None) -> list[list[str]]:
        """BIO tags of every sentence of one document (document-level features see all of them).

        With ``propagate``, names the model found are carried to their other mentions in the
        document (:func:`propagate_names`). ``forms``: the form memo of each item, flat (the decoder
        keeps each type's row there, see :meth:`khabar.extract.ner_decode.Decoder.rows`).
        """
        full = [items for items in sentences if items]
        if not full:
            return [[] for _ in sentences]
        tagged = self.decoder.tag_document(full, forms)
        if propagate:
            tagged = propagate_names(full, tagged, self.features.tlex)
        tags = iter(tagged)
        return [next(tags) if items else [] for items in sentences]

    def tag_document_crfsuite(self, sentences: Sequence[Sequence[Item]]) -> list[list[str]]:
        """The tags of :meth:`tag_document` (no propagation, O-label penalty 0) through python-crfsuite's
        own tagger (slower; the reference for tests)."""
        out: list[list[str]] = []
        for items, feats in zip(sentences, self.features.block(sentences)):
            out.append(self.tagger.tag(feats) if items else [])
        return out


def propagate_names(sentences: Sequence[Sequence[Item]], tags: list[list[str]],
                    known: TrainLexicon | None = None) -> list[list[str]]:
    """Carry the document's names to mentions the model left out (one sense per document).

    A name of two words or more found anywhere (its sequence of stems) is tagged again wherever the
    same stems stand untagged between untagged words; the surname (last stem, 3+ letters) of a
    person named in full is a person wherever it stands alone, without the article (``كيري`` after
    ``جون كيري``). Given ``known`` (the training lexicon), a one-word name of 4+ letters, tagged with
    a single label in the document, that the data never saw or saw mostly as that name, is carried to
    its other mentions too, unless the data knows that form as an ordinary word (+0.1 to +0.3 F1 on
    held-out blocks of ANERcorp train). Tuned on a
    held-out block of ANERcorp train (+0.8 F1); tags of words the model tagged are never changed.
    """
    seqs: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    surnames: set[str] = set()
    singles: dict[str, str] = {}
    for items, tg in zip(sentences, tags):
        for s, e, lab in sorted(chunks(tg)):
            if e - s < 2:
                if known is not None:
                    st = items[s][2]
                    seen = known.get(items[s][0])
                    if len(st) >= 4 and st[0].isalpha() and (seen is None or seen == f"B-{lab}:hi"):
                        singles[st] = lab if singles.get(st, lab) == lab else ""
                continue
            key = tuple(it[2] for it in items[s:e])
            seqs.setdefault(key[0], [])
            if all(k != key for k, _ in seqs[key[0]]):
                seqs[key[0]].append((key, lab))
            if lab == "PER" and len(key[-1]) >= 3:
                surnames.add(key[-1])
    for st, lab in singles.items():
        if lab and st not in seqs:
            seqs[st] = [((st,), lab)]
    if not seqs:
        return tags
    keys = seqs.keys() | surnames
    out: list[list[str]] = []
    for items, tg in zip(sentences, tags):
        n = len(items)
        t = list(tg)
        stems = [it[2] for it in items]
        if keys.isdisjoint(stems):
            out.append(t)
            continue
        for i in [i for i, st in enumerate(stems) if st in keys]:
            if t[i] != "O" or (i and t[i - 1] != "O"):
                continue
            for key, lab in seqs.get(stems[i], ()):
                k = len(key)
                if k == 1 and known is not None and known.get(items[i][0]) == "O:hi":
                    continue  # a one-word name is not carried to a form the data knows as an ordinary word
                if (tuple(stems[i:i + k]) == key and (i + k == n or t[i + k] == "O")
                        and all(x == "O" for x in t[i:i + k])):
                    t[i:i + k] = ["B-" + lab] + ["I-" + lab] * (k - 1)
                    break
            else:
                it = items[i]
                if (stems[i] in surnames and not it[1].endswith(_ART) and it[0][:1].isalpha()
                        and (i == n - 1 or t[i + 1] == "O")):
                    t[i] = "B-PER"
        out.append(t)
    return out


def load_train_lexicon(path: Path) -> TrainLexicon:
    if not path.exists():
        return {}
    out: TrainLexicon = {}
    values: dict[str, str] = {}  # one string per value ("B-PER:hi" …: a few dozen for ~30,000 keys)
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        key, _, value = line.partition("\t")
        if key and value:
            out[key] = values.setdefault(value, value)
    return out


def write_train_lexicon(lexicon: TrainLexicon, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("key\tvalue\n")
        for key in sorted(lexicon):
            fh.write(f"{key}\t{lexicon[key]}\n")


@functools.cache
def model() -> Model:
    return Model()


def manifest() -> dict:
    return json.loads((model_dir() / MANIFEST_FILE).read_text(encoding="utf-8"))


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


def tag_words(words: Sequence[str]) -> list[str]:
    """BIO tags of one sentence given as words (as written)."""
    return model().tag([split_word(w) for w in words])


__all__ = ["FEATURE_VERSION", "LABELS", "LABEL_MAP", "FeatureCache", "Model", "build_train_lexicon", "chunks",
           "evaluate_conll", "lexicons", "manifest", "map_tag", "model", "propagate_names", "read_conll", "score_chunks",
           "split_word", "tag_words"]
