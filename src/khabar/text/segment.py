"""Sentences and tokens, with clitic segmentation, over the normalised view of a Doc.

Reads ``doc.norm`` and returns ``(sentences, tokens)``; loads ``lang/ar/text/clitics.yaml``.
Sentences end at ``. ! ? ؟ ;`` (not inside numbers such as 3.5) and at line breaks, never at ``،``.
Each word token carries a best-guess split into proclitics, stem and enclitic pronoun
(``وبالمدينة`` → ``وب`` + ``ال`` … stem ``مدينه``); :func:`clitic_splits` lists every plausible
split so that lexicon matchers can try each one.

Example::

    >>> from khabar.doc import Article, Doc
    >>> [t.stem for t in Doc(Article(id="x", text="وقالت المصادر.")).tokens if t.is_word]
    ['قالت', 'مصادر']
"""

from __future__ import annotations

import functools
import operator
import re
from typing import TYPE_CHECKING, Any

from khabar.lang import load_yaml
from khabar.text import memory

if TYPE_CHECKING:
    from collections.abc import Callable

    from khabar.doc import Doc, Sentence, Token

_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+|[^\w\s]|_")
_ENDS = "".join(re.escape(c) for c in load_yaml("text/clitics.yaml")["sentence_end"])
# one character class first, so that the regex engine skips ahead to candidates: a line break (with
# the breaks after it), or an end mark not between digits (3.5) unless a space or the end follows
_SENT_END = re.compile(rf"[{_ENDS}\n](?:(?<=\n)\n*|(?<!\d.)(?!\d)|(?=\s|$))")


@functools.cache
def _clitics() -> dict:
    return load_yaml("text/clitics.yaml")


def clitic_data() -> dict:
    """The clitic inventory of ``lang/ar/text/clitics.yaml`` (article, conjunctions, prepositions …)."""
    return _clitics()


@functools.cache
def _affixes() -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """Every proclitic sequence (longest last) and the suffixes, from clitics.yaml."""
    c = _clitics()
    prefixes = {""}
    for conj in [""] + c["conjunctions"]:
        for prep in [""] + c["prepositions"] + c["future"]:
            for art in [""] + c["article"]:
                prefixes.add(conj + prep + art)
        prefixes.add(conj + c["lam_article"])
    return tuple(sorted(prefixes, key=len)), tuple([""] + c["suffixes"]), int(c["min_stem"])


@functools.cache
def _prefix_table() -> tuple[frozenset[str], int, tuple[str, ...], int]:
    """The proclitic sequences as a set, the longest one's length, the suffixes, the minimal stem."""
    prefixes, suffixes, min_stem = _affixes()
    return frozenset(prefixes), max(map(len, prefixes)), suffixes, min_stem


CACHE_LIMIT = 20_000  # entries of a per-word cache before it is emptied (see trim_caches)


def trim_caches(*fns: "functools._lru_cache_wrapper", limit: int = CACHE_LIMIT) -> None:
    """Empty each unbounded ``functools.lru_cache`` that holds more than ``limit`` entries.

    Per-word caches are unbounded lru_caches (a plain dict: C-speed hits, no linked-list node per
    entry for the garbage collector to walk) trimmed once per document by their stage, or
    :class:`WordCache` (as fast, and no cliff of misses after a trim).
    """
    for f in fns:
        if f.cache_info().currsize > limit:
            f.cache_clear()


_UNSET = object()
WORD_CACHE_SIZE = 15_000  # words per generation of a WordCache (at most twice as many held)


class WordCache(dict):
    """``func(word)`` for the words seen lately, in two generations: ``cache[word]`` (or the bound
    ``cache.__getitem__``) is a plain dict lookup on a hit; a miss tries the previous generation,
    then calls ``func``. :meth:`rotate`, between documents, makes a generation of more than ``size``
    words the previous one: frequent words stay, memory stays bounded (two generations), and no
    linked list of recency is touched on a hit (an lru_cache with a maxsize touches three nodes
    scattered in memory: slow when the other stages have pushed them out of the CPU caches).

    >>> twice = WordCache(lambda w: w + w, size=2)
    >>> twice["ab"]
    'abab'
    """

    def __init__(self, func: "Callable[[str], Any]", size: int = WORD_CACHE_SIZE) -> None:
        super().__init__()
        self.func = func
        self.size = size
        self.previous: dict[str, Any] = {}
        memory.register(self.forget)

    def __missing__(self, word: str) -> Any:
        value = self.previous.get(word, _UNSET)
        if value is _UNSET:
            value = self.func(word)
        self[word] = value
        return value

    def rotate(self) -> None:
        if len(self) > self.size:
            self.previous = dict(self)
            self.clear()

    def forget(self) -> None:
        """Empty both generations (the process's memory budget, :mod:`khabar.text.memory`)."""
        self.clear()
        self.previous = {}


@functools.cache
def _split_table() -> tuple[dict[str, str], int, tuple[str, ...], int]:
    """Each proclitic sequence mapped to itself (one shared string per sequence), the longest
    one's length, the non-empty suffixes in file order, the minimal stem."""
    prefixes, suffixes, min_stem = _affixes()
    return {p: p for p in prefixes}, max(map(len, prefixes)), tuple(s for s in suffixes if s), min_stem


# a word's last letters (as many as the longest suffix has) -> the suffixes it ends in, in file
# order, with their lengths: one lookup per new word instead of an endswith per suffix
_ENDS_BY_TAIL: dict[str, tuple[tuple[str, int], ...]] = {}
memory.register(_ENDS_BY_TAIL.clear)


@functools.cache
def _tail_letters() -> int:
    """The longest suffix's length: the letters of a word that decide which suffixes it ends in."""
    return max(map(len, _affixes()[1]))


def _suffix_ends(tail: str) -> tuple[tuple[str, int], ...]:
    """(suffix, its length) of every non-empty suffix a word with these last letters ends in, in
    clitics.yaml order (``tail``: the word's last :func:`_tail_letters`, or the word when shorter)."""
    if len(_ENDS_BY_TAIL) >= CACHE_LIMIT:
        _ENDS_BY_TAIL.clear()
    got = _ENDS_BY_TAIL[tail] = tuple((s, len(s)) for s in _split_table()[2] if tail.endswith(s))
    return got


@functools.lru_cache(maxsize=None)
def clitic_splits(word: str) -> tuple[tuple[str, str, str], ...]:
    """Every plausible (prefix, stem, suffix) split of a normalised word, the unsplit one first.

    Ordered by prefix length, then suffix as listed in clitics.yaml (none first).

    >>> ('وب', 'مدينه', '') in clitic_splits('وبمدينه')
    True
    """
    pmap, longest, _suffixes, min_stem = _split_table()
    out: list[tuple[str, str, str]] = [("", word, "")]
    n_word = len(word)
    tail = word[-_tail_letters():]
    ends = _ENDS_BY_TAIL.get(tail)  # a stem must leave room for them (below)
    if ends is None:
        ends = _suffix_ends(tail)
    least = max(min_stem, 0)  # the shortest stem
    for s, n_s in ends:  # no prefix
        if n_word - n_s >= least:
            out.append(("", word[:n_word - n_s], s))
    # one candidate prefix per length (the word's first n letters), shortest first
    for n in range(1, min(longest, n_word) + 1):
        p = pmap.get(word[:n])
        if p is None:
            continue
        rest = n_word - n
        if rest >= min_stem:
            out.append((p, word[n:], ""))
        for s, n_s in ends:
            if rest - n_s >= least:  # the stem's length
                out.append((p, word[n:n_word - n_s], s))
    return tuple(out)


memory.register(clitic_splits.cache_clear)


def splits_to_stem_in(word: str, stems: "set[str] | frozenset[str]") -> bool:
    """Whether some split of :func:`clitic_splits` leaves a stem in ``stems``, worked out without
    listing the splits (no tuple built, nothing cached): for matchers that most words miss.

    >>> splits_to_stem_in('وبمدينه', {'مدينه'}), splits_to_stem_in('وبمدينه', {'بلده'})
    (True, False)
    """
    if word in stems:
        return True
    pmap, longest, _suffixes, min_stem = _split_table()
    n_word = len(word)
    tail = word[-_tail_letters():]
    ends = _ENDS_BY_TAIL.get(tail)
    if ends is None:
        ends = _suffix_ends(tail)
    least = max(min_stem, 0)
    for _s, n_s in ends:
        if n_word - n_s >= least and word[:n_word - n_s] in stems:
            return True
    for n in range(1, min(longest, n_word) + 1):
        if word[:n] not in pmap:
            continue
        rest = n_word - n
        if rest >= min_stem and word[n:] in stems:
            return True
        for _s, n_s in ends:
            if rest - n_s >= least and word[n:n_word - n_s] in stems:
                return True
    return False


def proclitic_splits(word: str) -> list[tuple[str, str]]:
    """The (prefix, stem) of every split of :func:`clitic_splits` without a suffix, in its order
    (the unsplit word first), worked out directly: for lexicon matchers that strip proclitics only.

    >>> proclitic_splits('وبالمدينه')[-1]
    ('وبال', 'مدينه')
    """
    pmap, longest, _, min_stem = _split_table()
    out = [("", word)]
    for n in range(1, min(longest, len(word) - min_stem) + 1):
        p = pmap.get(word[:n])
        if p is not None:
            out.append((p, word[n:]))
    return out


@functools.cache
def _best_table() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, str]]:
    """Prefixes ending in the article, bare proclitics, those needing a long stem, and the
    suffixes that are no pronoun after a given original letter."""
    c = _clitics()
    article, lam = c["article"][0], c["lam_article"]
    with_article = frozenset(p for p in _affixes()[0] if p.endswith(article) or p.endswith(lam))
    return (with_article, frozenset(c["bare_proclitics"]), frozenset(c["bare_proclitics_long_stem"]),
            dict(c["not_pronoun_when_original"]))


@functools.lru_cache(maxsize=None)
def best_split(word: str, orig_last: str) -> tuple[str, str, str]:
    """A conservative guess: strip the article and what precedes it, and و/ف before a long stem."""
    return _best_split(word, orig_last)


memory.register(best_split.cache_clear)


@functools.cache
def _best_split_table() -> tuple[dict[str, int], int, tuple[tuple[int, frozenset[str]], ...], dict[str, str]]:
    """For :func:`_best_split`: each proclitic sequence the best split may strip, mapped to the
    shortest stem it must leave; the longest one's length; the suffixes grouped by length; the
    suffixes that are no pronoun after a given original letter."""
    with_article, bare, bare_long, not_pronoun = _best_table()
    prefixes, suffixes, min_stem = _affixes()
    need: dict[str, int] = {}
    for p in prefixes:
        if not p:
            continue
        if p in with_article:
            need[p] = min_stem
        elif p in bare:  # a bare proclitic only before a stem long enough to be a word of its own
            need[p] = max(min_stem, 4 if p in bare_long else 3)
    by_len: dict[int, set[str]] = {}
    for suf in suffixes:
        if suf:
            by_len.setdefault(len(suf), set()).add(suf)
    return (need, max(map(len, need), default=0),
            tuple((n, frozenset(g)) for n, g in sorted(by_len.items())), not_pronoun)


def _best_split(word: str, orig_last: str) -> tuple[str, str, str]:
    """The split of :func:`clitic_splits` with the most clitic letters that the rules accept (the
    first in that order on a tie; see :func:`_best_split_listed`), worked out without listing the
    others: the article and what precedes it, a bare proclitic before a long stem, a pronoun after a
    stem of 3 letters or more."""
    need, longest, suffixes, not_pronoun = _best_split_table()
    n_word = len(word)
    ends: list[int] = []  # lengths of the suffixes the word may drop, leaving a stem of 3 or more
    for n_suf, group in suffixes:
        if n_word - n_suf >= 3:
            suf = word[-n_suf:]
            if suf in group and not_pronoun.get(suf) != orig_last:
                ends.append(n_suf)
    best_n = 0
    best_s = best_len = max(ends, default=0)  # no proclitic: the longest suffix
    for n in range(1, min(longest, n_word) + 1):
        req = need.get(word[:n])
        if req is None:
            continue
        rest = n_word - n
        if n > best_len and rest >= req:
            best_n, best_s, best_len = n, 0, n
        req = max(req, 3)
        for n_suf in ends:
            if n + n_suf > best_len and rest - n_suf >= req:
                best_n, best_s, best_len = n, n_suf, n + n_suf
    if not best_len:
        return ("", word, "")
    return (word[:best_n], word[best_n:n_word - best_s], word[n_word - best_s:] if best_s else "")


def _best_split_listed(word: str, orig_last: str) -> tuple[str, str, str]:
    """The reference :func:`_best_split`: every split of :func:`clitic_splits`, filtered (for tests)."""
    with_article, bare, bare_long, not_pronoun = _best_table()
    best = ("", word, "")
    best_len = 0
    for split in clitic_splits(word):
        p, stem, s = split
        if s:
            if not_pronoun.get(s) == orig_last:
                continue  # e.g. ta marbuta, not a pronoun
            if len(stem) < 3:
                continue
        if p and p not in with_article:
            # bare proclitics only with a stem long enough to be a word of its own
            if len(stem) < 3 or p not in bare:
                continue
            if len(stem) < 4 and p in bare_long:
                continue
        if len(p) + len(s) > best_len:
            best, best_len = split, len(p) + len(s)
    return best


@functools.cache
def _guard() -> frozenset[str]:
    return frozenset(_clitics()["not_pronoun_when_original"].values())


@functools.cache
def _guard_finals() -> frozenset[str]:
    """The normalised last letters of words whose original last letter may change their split."""
    from khabar.text.normalize import normalize_form

    return frozenset(normalize_form(c) for c in _guard())


class Form:
    """What later stages work out from a word form alone, kept with the form: one object per entry
    of the split cache, shared by every token of that form (:meth:`khabar.doc.Doc.token_forms`).

    A stage's own per-word cache costs a lookup in a large dict per token, most of them memory
    misses (~0.5 us each); segment has just looked the form up, so reading a slot here is nearly
    free. A slot holds None until its stage fills it; values must depend on the word alone (the
    form is dropped with its split-cache entry, and with every cache by the memory budget).
    Slots: ``places`` (:func:`khabar.extract.place_names._word_facts`), ``alias_keys``
    (:func:`khabar.link.alias_tokens._token_keys`), ``ner_item`` (the tagger's item, see
    :mod:`khabar.extract.entities`), ``ner_row`` (the tagger's row of that item, tagged with its
    compaction epoch: -1 until set, see :meth:`khabar.extract.ner_decode.Decoder.rows`), ``times_start`` (see :func:`khabar.extract.times._doc_candidates`),
    ``events`` (the word's clitic readings and lexicon facts, see :class:`khabar.extract.event_words.TokenView`).
    """

    __slots__ = ("places", "alias_keys", "ner_item", "ner_row", "times_start", "events")

    def __init__(self) -> None:
        self.places: Any = None
        self.alias_keys: Any = None
        self.ner_item: Any = None
        self.ner_row = -1
        self.times_start: Any = None
        self.events: Any = None


def form_slots(forms: list[Form], slot: str, make: Callable[[int], Any]) -> list[Any]:
    """The value of ``slot`` in each token's form memo (:meth:`khabar.doc.Doc.token_forms`), in token
    order; where the slot is still None, ``make(i)`` (i: the token's index) fills it."""
    values = list(map(operator.attrgetter(slot), forms))
    if None in values:
        for i in [i for i, x in enumerate(values) if x is None]:
            values[i] = make(i)
            setattr(forms[i], slot, values[i])
    return values


def _token_info(word: str, orig_last: str) -> tuple[str, str, str, bool, str, Form]:
    """(prefix, stem, suffix, is_word, word, form memo) of a token: punctuation and whole numbers
    stay unsplit. Every token of the same form gets this one ``word`` object as its ``norm``: the
    dict lookups of later stages then find their keys by identity, and a document holds one string
    per form."""
    if not word[0].isalnum():
        return ("", word, "", False, word, Form())
    if word.isdigit():
        return ("", word, "", True, word, Form())
    p, stem, s = _best_split(word, orig_last)
    return (p, stem, s, True, word, Form())


class _SplitCache:
    """The kind and best split of each token seen lately, in two generations: lookups try the current one,
    then the previous one (and copy a hit forward); when the current one holds more than ``size``
    words, between documents, it becomes the previous one. Frequent words stay, memory stays
    bounded (at most two generations), and no entry is ever stale (a split depends on the word)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.current: dict[str | tuple[str, str], tuple[str, str, str, bool, str, Form]] = {}
        self.previous: dict[str | tuple[str, str], tuple[str, str, str, bool, str, Form]] = {}

    def rotate(self) -> None:
        if len(self.current) > self.size:
            self.previous, self.current = self.current, {}

    def forget(self) -> None:
        self.previous, self.current = {}, {}


# words per generation: every token is looked up here, and a document brings ~70 forms the cache
# lacks at 10,000 words per generation, ~50 at 15,000
_SPLITS = _SplitCache(15_000)
memory.register(_SPLITS.forget)


def _span_maker() -> tuple:
    """What makes a Span(start, end, text) without the frozen dataclass's checked ``__init__``: the
    same object, its three slots set through their descriptors (half the cost; one per token)."""
    from khabar.doc import Span

    new = object.__new__
    set_start, set_end, set_text = Span.start.__set__, Span.end.__set__, Span.text.__set__

    return new, Span, set_start, set_end, set_text


def segment(doc: "Doc") -> tuple[list["Sentence"], list["Token"]]:
    """Split ``doc`` into sentences and tokens (offsets into both text and normalised text)."""
    from khabar.doc import Sentence, Token

    trim_caches(clitic_splits, best_split)
    _SPLITS.rotate()
    ntext = doc.norm.text
    sentences: list[Sentence] = []
    pos = 0
    bounds: list[tuple[int, int]] = []
    for m in _SENT_END.finditer(ntext):
        e = m.end()
        bounds.append((pos, e))
        pos = e
    if pos < len(ntext):
        bounds.append((pos, len(ntext)))
    for ns, ne in bounds:
        seg = ntext[ns:ne]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        ns2, ne2 = ns + lead, ne - trail
        if ne2 > ns2:
            sentences.append(Sentence(doc.span_from_norm(ns2, ne2), ns2, ne2, len(sentences)))
    tokens: list[Token] = []
    append = tokens.append
    forms: list[Form] = []  # the form memo of each token (Doc.token_forms)
    add_form = forms.append
    text = doc.text
    starts, ends = doc.norm.starts, doc.norm.ends
    # the sentence of a token: the first whose end lies after the token's start (the last takes the rest)
    sent_ends = [s.nend for s in sentences[:-1]]
    n_bounds = len(sent_ends)
    si = 0
    bound = sent_ends[0] if n_bounds else len(ntext) + 1
    guard, guard_finals = _guard(), _guard_finals()
    current, previous = _SPLITS.current, _SPLITS.previous
    get_current, get_previous = current.get, previous.get
    new, span_cls, set_start, set_end, set_text = _SPAN
    identity = starts is None or ends is None
    for m in _TOKEN.finditer(ntext):
        ns, ne = m.span()
        if ns >= bound:
            while ns >= bound:
                si += 1
                bound = sent_ends[si] if si < n_bounds else len(ntext) + 1
        word = m.group()
        span = new(span_cls)
        if identity:
            set_start(span, ns)
            set_end(span, ne)
            set_text(span, text[ns:ne])
        else:
            os_ = starts[ns]
            oe = ends[ne - 1]
            set_start(span, os_)
            set_end(span, oe)
            set_text(span, text[os_:oe])
        # the token's kind and best split, by word (by word and original last letter where that
        # letter decides whether a suffix is a pronoun, e.g. ة)
        key = word
        if word[-1] in guard_finals:
            last = text[ne - 1] if identity else text[starts[ne - 1]]
            if last in guard:
                key = (word, last)
        info = get_current(key)
        if info is None:
            info = get_previous(key)
            if info is None:
                info = _token_info(word, key[1] if key is not word else "")
            current[key] = info
        append(Token(span, info[4], ns, ne, info[0], info[1], info[2], info[3], si))
        add_form(info[5])
    doc._token_forms = (tokens, forms)
    return sentences, tokens


_SPAN = _span_maker()
