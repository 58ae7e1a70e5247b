"""Word lookups for the events stage: triggers, context words, actors and number words over tokens.

Reads the tokens of a Doc; adds nothing to it. Loads ``lang/ar/events/triggers.tsv``,
``words.tsv``, ``actors.tsv`` and ``numbers.tsv`` once (cached). Every lexicon form is a bare word
or phrase; a token matches when it equals the form or when a clitic split of it
(:func:`khabar.text.segment.clitic_splits`) leaves the form as its stem (``وبالغارات`` → ``غارات``).

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="x", text="شنت الطائرات غارات على المدينة"))
    >>> [m.entry["subtype"] for m in TokenView(doc).triggers()]
    ['Air/drone strike', 'Air/drone strike']
"""

from __future__ import annotations

import bisect
import functools
import operator
from dataclasses import dataclass

from khabar.doc import Doc, Token
from khabar.lang import load_tsv, load_yaml
from khabar.text import memory
from khabar.text.normalize import normalize_form
from khabar.text.segment import clitic_data, clitic_splits, splits_to_stem_in

# the sub-event types of a place taken by one side (ACLED Battles), read by several event modules
TERRITORY_TAKEN = frozenset({"Government regains territory", "Non-state actor overtakes territory"})

_MARKS = "".join(chr(c) for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, 0x0640])
_CLITICS = clitic_data()
_ARTICLE = _CLITICS["article"][0]
_ARTICLE_FREE = (_ARTICLE,)
_NOT_PRONOUN: dict[str, str] = _CLITICS["not_pronoun_when_original"]  # ه is no pronoun where the text has ة


@dataclass(frozen=True, slots=True)
class Phrase:
    words: tuple[str, ...]
    entry: dict[str, str]
    definite: bool = False  # written with the article, which the text must show too (actors)


class Lexicon:
    """Forms (one or more words) indexed by their first word, longest first."""

    def __init__(self, rows: tuple[dict[str, str], ...], key: str = "form", strip_article: bool = True,
                 keep_definite: bool = False) -> None:
        self.index: dict[str, list[Phrase]] = {}
        for row in rows:
            written = normalize_form(row[key]).split()
            words = tuple(_bare(w) if strip_article else w for w in written)
            if not words:
                continue
            definite = keep_definite and written[0] != words[0] and row.get("article") == "yes"
            self.index.setdefault(words[0], []).append(Phrase(words, row, definite))
        for plist in self.index.values():
            plist.sort(key=lambda p: -len(p.words))


def _bare(word: str) -> str:
    """A lexicon word without a leading article (the matcher strips it from text tokens too)."""
    if word.startswith(_ARTICLE) and len(word) > 4:
        return word[2:]
    return word


def token_keys(norm: str, ta_marbuta: bool) -> tuple[tuple[str, str, str], ...]:
    """(prefix, stem, suffix) readings of a normalised word; ``ه`` is no pronoun after ``ة``."""
    splits = clitic_splits(norm)
    if not ta_marbuta:
        return splits  # (the cached tuple itself: nothing to drop, nothing copied)
    return tuple(split for split in splits if split[2] not in _NOT_PRONOUN)


def stem_among(v: TokenView, k: int, forms: frozenset[str]) -> bool:
    """Token k, read with some clitic split (the article too), is one of ``forms``."""
    article = grammar()["article"]
    for _pre, st, _suf in v.keys[k]:
        if st in forms or (st.startswith(article) and st[len(article):] in forms):
            return True
    return False


@dataclass(slots=True)
class Match:
    """A lexicon phrase found at tokens [i, j) of the doc; ``prefix`` of the first token."""

    i: int
    j: int
    entry: dict[str, str]
    prefix: str
    suffix: str


@functools.cache
def grammar() -> dict:
    """Closed-class facts (article, fused article, definite prefixes, nisba endings)."""
    g = load_yaml("events/grammar.yaml")
    return {"article": g["article"], "fused": g["fused_article"],
            "prefixes": tuple(g["definite_prefixes"]), "nisba": tuple(g["nisba_endings"]),
            "lam": g["lam"], "and": g["and"], "then": g["then"], "of": g["partitive"], "bi": g["bi"],
            "plural_verb": tuple(g["plural_verb_endings"]),
            "feminine_perfect": tuple(g["feminine_perfect_endings"]), "madda": g["madda"], "future": g["future_prefix"],
            "imperfect": tuple(g["imperfect_prefixes"]), "from": g["from"], "or": g["or"],
            "questions": tuple(g["question_marks"]), "clause_end": frozenset(g["clause_end"]),
            "list_commas": frozenset(g["list_commas"]), "breaks": frozenset(g["figure_breaks"]),
            "quotes": frozenset(g["quotes"]), "dateline": tuple(g["dateline_marks"]),
            "relative_marks": frozenset(g["relative_marks"])}


_LEXICONS = ("triggers", "words", "actors", "numbers")


@functools.cache
def grammar_words(key: str) -> frozenset[str]:
    """A word list of grammar.yaml, folded like the text (with any article it is written with)."""
    return frozenset(normalize_form(w) for w in load_yaml("events/grammar.yaml")[key])


@functools.cache
def grammar_stems(key: str) -> frozenset[str]:
    """A word list of grammar.yaml, folded like the text, without the article (for stem matches)."""
    article = grammar()["article"]
    return frozenset(w[len(article):] if w.startswith(article) else w for w in grammar_words(key))


def _pronoun_phrase_ends() -> frozenset[str]:
    """Prepositions that go on a phrase after a first word with a pronoun (grammar.yaml)."""
    return grammar_words("pronoun_phrase_ends")


def _match_start(m: "Match") -> int:
    return m.i


@functools.cache
def lexicons() -> dict[str, Lexicon]:
    out = {
        "words": Lexicon(load_tsv("events/words.tsv", required=("form", "kind"))),
        # "المقاومة" names a side, "مقاومة" (resistance) does not: actor forms keep their article
        "actors": Lexicon(load_tsv("events/actors.tsv", required=("form", "category")), keep_definite=True),
        # number words keep their letters: the alef of ألفان is no article ("فإن" is no 2000)
        "numbers": Lexicon(load_tsv("events/numbers.tsv", required=("form", "value", "kind")),
                           strip_article=False),
    }
    triggers = Lexicon(load_tsv("events/triggers.tsv", required=("form", "type", "subtype")))
    inflect(triggers, {key for lex in out.values() for key in lex.index})
    # context verbs too ("استهدفوا" is a target verb like "استهدف"), not their nouns (kinds of words)
    inflect(out["words"], {key for name in ("actors", "numbers") for key in out[name].index}, verbs_only=True)
    return {"triggers": triggers, **out}


def _inflected(form: str, forms: set[str], rules: dict, verbs_only: bool) -> tuple[str, ...]:
    """The regular inflections of one bare lexicon form (inflections.yaml): the other persons of a
    perfect verb, the plural and dual of a noun."""
    if form + rules["verb_feminine"] in forms:
        return tuple(form + e for e in rules["context_verb_endings" if verbs_only else "verb_endings"])
    if verbs_only:
        return ()
    ta = rules["ta_marbuta"]
    if form.endswith(ta):
        return tuple(form[:-len(ta)] + e for e in rules["ta_endings"])
    if len(form) < rules["noun_min_letters"] or form.endswith(rules["not_noun_endings"]) \
            or form.startswith(rules["not_noun_starts"]):
        return ()  # (a verb of another person, a plural already, an imperfect verb)
    return tuple(form + e for e in rules["noun_endings"])


@functools.cache
def _inflection_rules() -> dict:
    """inflections.yaml, its words folded (lists as tuples)."""
    y = load_yaml("events/inflections.yaml")
    return {k: tuple(normalize_form(x) for x in v) if isinstance(v, list) else
            (normalize_form(v) if isinstance(v, str) else v) for k, v in y.items()}


def inflect(lex: Lexicon, taken: set[str], verbs_only: bool = False) -> None:
    """Add to ``lex`` the regular inflections of its one-word forms that no row writes and no other
    lexicon knows (``taken``): "استهدفوا" from "استهدف"/"استهدفت", "انشقاقات" from "انشقاق"."""
    rules = _inflection_rules()
    forms = set(lex.index)
    new: dict[str, list[Phrase]] = {}
    for form in sorted(forms):
        for ph in lex.index[form]:
            if len(ph.words) != 1:
                continue
            for word in _inflected(form, forms, rules, verbs_only):
                if word not in forms and word not in taken and word not in rules["not_generated"]:
                    new.setdefault(word, []).append(Phrase((word,), ph.entry, ph.definite))
    lex.index.update(new)


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What the lexicons say about one word form: its stems and the phrases it can start."""

    # every stem reading (with and without the article), each once; None for a word that no lexicon
    # phrase has in any reading, first or later word (the one shared _UNKNOWN)
    keys: tuple[str, ...] | None
    hits: dict[str, tuple[tuple[Phrase, str, str], ...]]  # lexicon -> (phrase, prefix, suffix)
    kinds: frozenset[str]  # kinds of one-word context words (words.tsv)
    starts_phrase: bool = False  # may start a several-word context word


_MERGED: dict[str, tuple[tuple[str, "Phrase"], ...]] = {}  # _merged_index() once built (no call per word)
# the lexicons() dict that _MERGED, _KEY_STARTS and the per-word tables were built from: when
# lexicons() is reloaded (its cache cleared) they are all renewed (_current), never served stale
_BUILT_FROM: list[object] = [None]


def _current() -> None:
    """Empty the tables derived from the lexicons if they were built from another lexicons() than
    today's (a reload after ``lexicons.cache_clear()``)."""
    lex = lexicons()
    if _BUILT_FROM[0] is not lex:
        _forget_words()
        _BUILT_FROM[0] = lex


def _merged_index() -> dict[str, tuple[tuple[str, Phrase], ...]]:
    """Every lexicon key -> its (lexicon, phrase) pairs, lexicons in ``_LEXICONS`` order (built once)."""
    if _MERGED:
        return _MERGED
    lex = lexicons()
    _BUILT_FROM[0] = lex
    merged: dict[str, list[tuple[str, Phrase]]] = {}
    for name in _LEXICONS:
        for key, plist in lex[name].index.items():
            merged.setdefault(key, []).extend((name, ph) for ph in plist)
    _MERGED.update((k, tuple(v)) for k, v in merged.items())
    return _MERGED


_NO_HITS: dict[str, tuple[tuple[Phrase, str, str], ...]] = {}  # shared by words no lexicon knows
_NO_KINDS: frozenset[str] = frozenset()  # shared by words of no context kind


_KEY_STARTS: set[str] = set()  # the stems a word must read as to get a WordInfo of its own (once built)


def _key_starts() -> set[str]:
    """The stems for which :func:`_info` builds a word's own WordInfo: a lexicon key or a later word
    of a phrase, or one written with the article whose bare form (:func:`_bare`: longer than four
    letters) is either. A word with no such reading is :data:`_UNKNOWN`."""
    if not _KEY_STARTS:
        index = _merged_index()
        words = set(index)
        words.update(w for entries in index.values() for _name, ph in entries for w in ph.words[1:])
        _KEY_STARTS.update(words)
        _KEY_STARTS.update(w for w in (_ARTICLE + k for k in words) if len(w) > 4)
        # the killing words of casualties.yaml more_killed too: a word none of whose readings is one
        # is then _UNKNOWN, and the numbers module skips it without reading its stems again
        _KEY_STARTS.update(normalize_form(w) for w in load_yaml("events/casualties.yaml")["more_killed"])
    return _KEY_STARTS


def key_starts() -> set[str]:
    """The stems a word must read as (one of its :func:`token_keys`) to get a :class:`WordInfo` of its
    own; every other word's info is :data:`UNKNOWN_WORD` (read-only)."""
    return _KEY_STARTS or _key_starts()


def word_info(norm: str, ta_marbuta: bool) -> WordInfo:
    return _info(token_keys(norm, ta_marbuta))


def _info(readings: tuple[tuple[str, str, str], ...]) -> WordInfo:
    """What the lexicons say about a word read as ``readings`` (its :func:`token_keys`)."""
    if _BUILT_FROM[0] is not lexicons():
        _current()
    index = _MERGED or _merged_index()
    starts = _KEY_STARTS or _key_starts()
    for _p, stem, _s in readings:  # most words: no reading is a lexicon word, one shared answer
        if stem in starts:
            break
    else:
        return _UNKNOWN
    keys: dict[str, None] = {}  # insertion-ordered set
    hits: dict[str, list[tuple[Phrase, str, str]]] = {}
    kinds: set[str] = set()
    for p, stem, s in readings:
        # the stem, and without its article (_bare): most stems have none
        pair = (stem,) if len(stem) <= 4 or not stem.startswith(_ARTICLE) else {stem, stem[2:]}
        for key in pair:
            keys[key] = None
            found = index.get(key)
            if found is None:
                continue
            for name, ph in found:
                hits.setdefault(name, []).append((ph, p, s))
                if name == "words" and len(ph.words) == 1:
                    kinds.add(ph.entry["kind"])
    if not hits:
        return WordInfo(tuple(keys), _NO_HITS, _NO_KINDS, False)
    multi = any(len(ph.words) > 1 for ph, _p, _s in hits.get("words", ()))
    return WordInfo(tuple(keys), {k: tuple(v) for k, v in hits.items()},
                    frozenset(kinds) if kinds else _NO_KINDS, multi)


_CUE_KINDS = frozenset({"killed", "injured", "killed_one"})  # casualty words (cue_tokens)
_EMPTY = WordInfo((), {}, _NO_KINDS)  # not a word
_UNKNOWN = WordInfo(None, _NO_HITS, _NO_KINDS)  # a word no lexicon phrase has in any reading
UNKNOWN_WORD = _UNKNOWN  # (the info of every word none of whose readings is in key_starts())
# word -> (token_keys, word_info), one table per ta-marbuta reading, in two generations (memory bound):
# when the current table is full it becomes the old one, and words met again move back from it; the
# keys of a word none of whose readings is in key_starts() are None, worked out when read (_Readings)
_Entry = tuple[tuple[tuple[str, str, str], ...] | None, WordInfo]
_UNREAD: _Entry = (None, _UNKNOWN)
_WORDS: list[dict[str, _Entry]] = [{}, {}]
_OLD: list[dict[str, _Entry]] = [{}, {}]
_WORDS_MAX = 12_000


@memory.register
def _forget_words() -> None:
    """Empty the per-word tables and the merged index and key stems (rebuilt from lexicons() on use)."""
    for tables in (_WORDS, _OLD):
        tables[:] = [{}, {}]
    _MERGED.clear()
    _KEY_STARTS.clear()
    _BUILT_FROM[0] = None


def _word_entry(norm: str, ta: bool) -> _Entry:
    table = _WORDS[ta]
    hit = table.get(norm)
    if hit is None:
        hit = _OLD[ta].get(norm)
        if hit is None:
            # most words: no reading is a lexicon word; their readings are listed only if read
            if splits_to_stem_in(norm, _KEY_STARTS or _key_starts()):
                keys = token_keys(norm, ta)
                hit = (keys, _info(keys))
            else:
                hit = _UNREAD
        if len(table) >= _WORDS_MAX:
            _OLD[ta] = table
            table = _WORDS[ta] = {}
        table[norm] = hit
    return hit


class _Readings(list):
    """:attr:`TokenView.keys`: each token's :func:`token_keys`, read by index (``v.keys[k]``). Those of
    a word no lexicon knows in any reading (:data:`UNKNOWN_WORD`, most words) are worked out when
    first read: about one in twenty is ever read. Stored as None until then: read by index only."""

    __slots__ = ("tokens",)

    def __init__(self, keys: list, tokens: list[Token]) -> None:
        super().__init__(keys)
        self.tokens = tokens

    def __getitem__(self, k):  # type: ignore[override]
        got = list.__getitem__(self, k)
        if got is None:
            t = self.tokens[k]
            norm = t.norm
            original = _NOT_PRONOUN.get(norm[-1])  # (the reading TokenView's entry() takes)
            got = token_keys(norm, original is not None and original == t.span.text.rstrip(_MARKS)[-1:])
            self[k] = got
        elif k.__class__ is slice:
            return [self[i] for i in range(*k.indices(len(self)))]
        return got


class TokenView:
    """The word tokens of a Doc with their clitic readings, and lexicon matching over them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = doc.tokens
        if _BUILT_FROM[0] is not lexicons():
            _current()  # (once per document: the per-word tables below answer for today's lexicons)
        lex = _BUILT_FROM[0]
        plain, marked = _WORDS
        not_pronoun = _NOT_PRONOUN

        def entry(t: Token) -> tuple[_Entry, bool | None]:
            """(keys, info) of token t, and the reading of its last letter they took (True: the
            text's ة, not the pronoun ه; None: the word ends in no such letter)."""
            norm = t.norm
            if not t.is_word:
                return ((("", norm, ""),), _EMPTY), None
            original = not_pronoun.get(norm[-1])  # (the text's ة read as ه: read the text only then)
            if original is None:
                return plain.get(norm) or _word_entry(norm, False), None
            if original == t.span.text.rstrip(_MARKS)[-1:]:
                return marked.get(norm) or _word_entry(norm, True), True
            return plain.get(norm) or _word_entry(norm, False), False

        tokens = self.tokens
        forms = doc.token_forms()
        if forms is None:
            got: list = [entry(t)[0] for t in tokens]
        else:
            # each form's entry is kept in its memo (segment.Form.events) as (keys, info, lexicons,
            # last-letter reading): a token reads it there unless the lexicons were reloaded since,
            # or its last letter may be read two ways and this token reads it the other way
            got = list(map(operator.attrgetter("events"), forms))
            for i in [i for i, v in enumerate(got) if v is None or v[2] is not lex or v[3] is not None]:
                v, t = got[i], tokens[i]
                if v is not None and v[2] is lex:
                    norm = t.norm
                    if v[3] == (not_pronoun[norm[-1]] == t.span.text.rstrip(_MARKS)[-1:]):
                        continue
                    got[i] = entry(t)[0]
                    continue
                e, last = entry(t)
                forms[i].events = (e[0], e[1], lex, last)
                got[i] = e
        self.keys: list[tuple[tuple[str, str, str], ...]] = _Readings([v[0] for v in got], tokens)
        self.info: list[WordInfo] = [v[1] for v in got]
        self._kinds: list[frozenset[str]] | None = None
        self._numbers: dict[int, Match] | None = None
        self._scans: dict[str, list[Match]] = {}
        self._positions: dict[str, list[int]] | None = None
        # per-document results of other modules' tests over every token (numbers: more_killed words)
        self.memo: dict[str, object] = {}
        self._cues: list[int] | None = None
        self._trigger_starts: set[int] | None = None
        self._person_names: dict[int, int] | None = None
        self._kind_index: dict[tuple[str, int], list[int]] | None = None

    # -------------------------------------------------------------- matching

    def match_at(self, name: str, i: int) -> Match | None:
        """The longest phrase of lexicon ``name`` starting at token i (same sentence), or None."""
        info = self.info
        hits = info[i].hits.get(name)
        if not hits:
            return None
        tokens = self.tokens
        sent = tokens[i].sentence
        best: Match | None = None
        for ph, p, s in hits:
            words = ph.words
            n = len(words)
            if best is not None and n <= best.j - best.i:
                continue
            if ph.definite and not self.has_article(i, p):
                continue
            if n > 1:
                if s and not all(w in _pronoun_phrase_ends() for w in words[1:]):
                    continue  # a pronoun ends the first word, so no phrase goes on (but a verbal
                    # noun's subject pronoun before the preposition of its object: "أعلنت قبضها على")
                if i + n > len(tokens):
                    continue
                for k in range(1, n):  # each later word in the same sentence, read as the phrase's word
                    keys = info[i + k].keys
                    if tokens[i + k].sentence != sent or keys is None or words[k] not in keys:
                        break
                else:
                    best = Match(i, i + n, ph.entry, p, s)
                continue
            best = Match(i, i + n, ph.entry, p, s)
        return best

    def has_article(self, i: int, prefix: str) -> bool:
        """Whether token i, read with ``prefix``, carries the article (الـ, or لـ fused: للـ)."""
        g = grammar()
        return prefix.endswith((g["article"], g["fused"])) \
            or self.tokens[i].norm[len(prefix):].startswith(g["article"])

    def scan(self, name: str) -> list[Match]:
        """Non-overlapping longest matches of lexicon ``name`` left to right (cached)."""
        if name in self._scans:
            return self._scans[name]
        out: list[Match] = []
        i = 0  # the first token not yet covered by a match
        for k in self._lexicon_positions().get(name, ()):
            if k < i:
                continue
            m = self.match_at(name, k)
            if m is not None:
                out.append(m)
                i = m.j
        self._scans[name] = out
        return out

    def _lexicon_positions(self) -> dict[str, list[int]]:
        """Lexicon name -> the tokens with a phrase of it (ascending), in one pass over the document."""
        positions = self._positions
        if positions is None:
            positions = self._positions = {}
            for k, inf in enumerate(self.info):
                if inf.hits:  # (most words: none)
                    for name in inf.hits:
                        got = positions.get(name)
                        if got is None:
                            positions[name] = [k]
                        else:
                            got.append(k)
        return positions

    def triggers(self) -> list[Match]:
        return self.scan("triggers")

    def triggers_in(self, lo: int, hi: int) -> list[Match]:
        """Trigger matches starting in tokens [lo, hi)."""
        ts = self.triggers()
        a = bisect.bisect_left(ts, lo, key=_match_start)
        b = bisect.bisect_left(ts, hi, key=_match_start)
        return ts[a:b]

    def triggers_at(self, i: int) -> bool:
        """Whether a trigger match starts at token i."""
        if self._trigger_starts is None:
            self._trigger_starts = {m.i for m in self.triggers()}
        return i in self._trigger_starts

    def kinds(self) -> list[frozenset[str]]:
        """For each token, the kinds of the context words (words.tsv) that cover it."""
        if self._kinds is None:
            kinds: list[frozenset[str]] = [inf.kinds for inf in self.info]
            info = self.info
            for i in self._lexicon_positions().get("words", ()):  # (a phrase starts with a words.tsv hit)
                if info[i].starts_phrase:
                    m = self.match_at("words", i)
                    if m is not None:
                        for j in range(m.i, m.j):
                            kinds[j] = kinds[j] | {m.entry["kind"]}
            self._kinds = kinds
        return self._kinds

    def word_value(self, i: int, kind: str) -> str | None:
        """The ``value`` of a words.tsv entry of ``kind`` at token i (e.g. person1 → "1")."""
        for ph, _p, _s in self.info[i].hits.get("words", ()):
            if ph.entry["kind"] == kind and len(ph.words) == 1:
                return ph.entry.get("value") or None
        return None

    def person_names(self) -> dict[int, int]:
        """First token -> end token of each person's name (PER entities of the Doc)."""
        if self._person_names is None:
            starts = self.doc.token_starts()
            out: dict[int, int] = {}
            for e in self.doc.entities:
                if e.label == "PER":
                    i = bisect.bisect_left(starts, e.span.start)
                    if i < len(starts) and starts[i] == e.span.start:
                        out[i] = max(i + 1, bisect.bisect_left(starts, e.span.end))
            self._person_names = out
        return self._person_names

    def number_at(self, i: int) -> Match | None:
        """A number word (numbers.tsv) at token i."""
        if self._numbers is None:
            self._numbers = {m.i: m for m in self.scan("numbers")}
        return self._numbers.get(i)

    def cue_tokens(self) -> list[int]:
        """Indexes of casualty words and dual casualty nouns (killed, injured, قتيلين …), sorted."""
        if self._cues is None:
            kinds = self.kinds()
            duals = {m.i for m in self.scan("numbers") if m.entry["kind"].startswith("dual_")}
            self._cues = [i for i, k in enumerate(kinds)
                          if (k and not _CUE_KINDS.isdisjoint(k)) or i in duals]
        return self._cues

    def has_kind(self, lo: int, hi: int, kind: str, sentence: int) -> bool:
        """Whether a word of ``kind`` occurs in tokens [lo, hi) of the same sentence."""
        index = self._kind_index
        if index is None:  # (kind, sentence) -> sorted token indexes, built once per document
            index = {}
            toks = self.tokens
            for j, ks in enumerate(self.kinds()):
                if ks:  # (most tokens: no kind)
                    sent = toks[j].sentence
                    for k in ks:
                        index.setdefault((k, sent), []).append(j)
            self._kind_index = index
        positions = index.get((kind, sentence))
        if not positions:
            return False
        lo = max(lo, 0)
        hi = min(hi, len(self.tokens))
        p = bisect.bisect_left(positions, lo)
        return p < len(positions) and positions[p] < hi
