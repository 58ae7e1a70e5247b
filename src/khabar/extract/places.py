"""Places stage: detect toponyms in Arabic text and resolve them to gazetteer entries.

Reads ``doc.tokens`` (normalised forms and offsets) and adds ``doc.places``: one
:class:`~khabar.doc.PlaceMention` per toponym, its span without clitics or generic heads
(``بدير الزور`` → ``دير الزور``; ``مدينة حلب`` → ``حلب``), with country, level, coordinates, admin1,
ACLED geo-precision, the direction of a relative expression (``شمال غرب إدلب``), the cue word and
whether the name is a dateline (``تونس (رويترز) -``: where the report is filed from, often not where
its events happen).

Detection scans token n-grams (up to five words, the first word tried with each clitic split) in the
gazetteer (:mod:`khabar.extract.gazetteer`). A name is kept when it is a country, a province, a
major city or a curated region, or when the context gives evidence: a generic head (مدينة, قرية …),
a locative preposition, a direction word, or a list that continues an accepted place; common words
(``collisions.tsv`` and names the NER corpora tag as ordinary words) need stronger evidence.
Resolution scores each homonym by kind, population, the countries and provinces the document
names, distance to the other places resolved in the document, and what the head asks for.

Data files: ``lang/ar/places/{heads,directions,cues,collisions,features,countries,world,regions}.tsv``,
``country_parts.tsv`` (شمال العراق: northern Iraq, placed at its usual centre), ``capitals.tsv``
(تونس as a dateline or after العاصمة: the city Tunis),
``morphology.yaml``, ``agreement.yaml`` (سورية as the adjective "Syrian"; تركيا as the accusative
adjective in "جنديا تركيا", بريطانياً with tanween), ``relations.yaml``
(الواقعة جنوب: a relative clause of location; حي X: a town's quarter; قرية X القريبة: near the place
before it; الكويت العاصمة: the capital city) and the compiled
gazetteer ``data/gazetteer/``. Lexicons live in :mod:`khabar.extract.place_lexicon`; names the gazetteer lacks are guessed in
:mod:`khabar.extract.place_guess`; the acceptance rules are in :mod:`khabar.extract.place_accept`.

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="x", text="قصف على ريف حلب الشمالي"))
    >>> extract_places(doc)
    >>> [(p.span.text, p.country, p.level, p.precision, p.direction) for p in doc.places]
    [('حلب', 'SY', 'admin1', 2, 'north')]
"""

from __future__ import annotations

import functools
import logging
import math

from khabar.doc import Doc, PlaceMention
from khabar.extract.gazetteer import Gazetteer, Place, get_gazetteer
from khabar.extract.place_accept import accept as _accept
from khabar.extract.place_accept import drop_surnames as _drop_surnames
from khabar.extract.place_accept import facts as _facts
from khabar.extract.place_accept import common_words, facts
from khabar.extract.place_guess import (_feature_split, anchor_town, guess_after_heads,
                                        guess_features, weak_head_cues)
from khabar.extract.place_index import Nearby, Sentences
from khabar.extract.place_lexicon import (BARE_FORMS, Lexicon, Match, bare_forms, capital_of, given_names,
                                          head_forms, is_nisba, km, lexicon, morph, named_like_province,
                                          nisba_countries)
from khabar.lang import load_tsv, load_yaml
from khabar.text import memory
from khabar.text.normalize import normalize_form
from khabar.text.segment import CACHE_LIMIT, WORD_CACHE_SIZE, WordCache, proclitic_splits

log = logging.getLogger(__name__)

MAX_WORDS = 5
FAR_KM = 150.0  # a minor homonym this far from the town the text puts it next to is a different place
LIST_KM = 60.0  # list items ("حلب وإدلب") this close to the item before them score higher
_NEARBY_FROM = 32  # accepted places of a document from which _stray asks an index (Nearby)
STRAY_POP = 10_000  # a village smaller than this, far from every other place named, is a homonym
FOREIGN_POP = 100_000  # a town this big abroad is the town meant, whatever the report is about
LEAD_MIN = 3  # a report naming one country this often is about it
QUARTER_KM = 15.0  # a quarter (حي X) lies within this distance of the town it belongs to
NEAR_CAPITAL_KM = 90.0  # an admin1 is placed at its capital when the capital is this close (ACLED)


_KNOWN, _EXTENDABLE = 1, 2
_KINDS: list = [None, None, {}]  # the gazetteer and lexicon _name_kinds was built from, and its dict


def _name_kinds(gaz: Gazetteer, lex: Lexicon) -> dict[str, int]:
    """Every name of the gazetteer or the collisions (``_KNOWN``) and every first words of a longer
    one (``_EXTENDABLE``), or both: one dict lookup per n-gram instead of five set lookups."""
    if _KINDS[0] is not gaz or _KINDS[1] is not lex:
        kinds: dict[str, int] = {}
        for names in (gaz.curated, gaz.index, lex.collisions):
            for n in names:
                kinds[n] = _KNOWN
        for names in (gaz.prefixes, lex.stop_prefixes):
            for n in names:
                kinds[n] = kinds.get(n, 0) | _EXTENDABLE
        _KINDS[:] = [gaz, lex, kinds]
    return _KINDS[2]


@functools.cache
def _prefix_letters() -> frozenset[str]:
    """The letters a proclitic of a name can open with (و, ف, ب, ل): other words are tried unsplit."""
    mo = morph()
    return frozenset(p[0] for p in mo.ll_prefixes | mo.name_prefixes if p)


def _find_starts(word: str) -> tuple[tuple[str, int, str, bool, bool], ...]:
    """Ways a name can start at this word: (form, clitic length, prefix, known, extendable)."""
    mo = morph()
    kinds = _name_kinds(get_gazetteer(), lexicon())
    if word[:1] not in _prefix_letters():  # no proclitic: only the word as it is (the first split)
        if "" in mo.ll_prefixes:
            cur, off = mo.article + word, -1
        elif "" in mo.name_prefixes:
            cur, off = word, 0
        else:
            return ()
        kind = kinds.get(cur)
        return ((cur, off, "", bool(kind & _KNOWN), bool(kind & _EXTENDABLE)),) if kind else ()
    out = []
    for p, stem in proclitic_splits(word):
        if p in mo.ll_prefixes:
            cur, off = mo.article + stem, len(p) - 1
        elif p in mo.name_prefixes:
            cur, off = stem, len(p)
        else:
            continue
        kind = kinds.get(cur)
        if kind:
            out.append((cur, off, p, bool(kind & _KNOWN), bool(kind & _EXTENDABLE)))
    return tuple(out)



_NOTHING: tuple = ((), None, None, False)  # the facts of most words: one shared tuple


def _word_facts(word: str) -> tuple:
    """What the stage asks of a word token, in one cache entry: (:func:`_find_starts`, its feature
    split (:func:`~khabar.extract.place_guess._feature_split`), the country it is the nisba adjective
    of, whether it is a head with proclitics (:func:`head_forms`))."""
    facts = (_find_starts(word), _feature_split(word), nisba_countries().get(word), word in head_forms())
    return _NOTHING if facts == _NOTHING else facts


# rotated per document; it holds what the name-start and feature-word caches held each (their
# generations together: no more memory), so frequent words stay longer
_WORDS = WordCache(_word_facts, size=2 * WORD_CACHE_SIZE)


@functools.lru_cache(maxsize=CACHE_LIMIT)
def _is_major_name(name: str) -> bool:
    lex = lexicon()
    return name in lex.collisions or any(c.major for c in get_gazetteer().lookup(name))


memory.register(_is_major_name.cache_clear)


def find_names(doc: Doc, gaz: Gazetteer, lex: Lexicon,
               starts: list[tuple[int, tuple]] | None = None) -> list[Match]:
    """Longest gazetteer names over token n-grams, the first token tried with each clitic split.
    ``starts``: (token, :func:`_find_starts` of its word) of every word token where a name may
    start (found here when not given)."""
    toks = doc.tokens
    text = doc.norm.text
    n = len(toks)
    out: list[Match] = []
    kinds = _name_kinds(gaz, lex)
    free = 0  # the first token not inside a name found already
    if starts is None:
        starts = [(i, s) for i, t in enumerate(toks) if t.is_word and (s := _find_starts(t.norm))]
    for i, ways in starts:
        if i < free:
            continue
        t = toks[i]
        best: list | None = None  # [words - 1, major or None (not needed yet), -off, cur, off, j, p]
        for cur, off, p, known, ext in ways:
            j = i
            while True:
                if known:
                    # more words first, then a name with a major place (بجدة: ب + جدة, not a
                    # village "بجده"), then the fewest clitics stripped; whether a name is major
                    # is looked up only between two names of as many words
                    if best is None or j - i > best[0]:
                        best = [j - i, None, -off, cur, off, j, p]
                    elif j - i == best[0]:
                        if best[1] is None:
                            best[1] = _is_major_name(best[3])
                        major = _is_major_name(cur)
                        if (major, -off) > (best[1], best[2]):
                            best = [j - i, major, -off, cur, off, j, p]
                if not ext or j + 1 >= n or j - i + 1 >= MAX_WORDS:
                    break
                nxt = toks[j + 1]
                if not nxt.is_word or text[toks[j].nend:nxt.nstart].strip():
                    break
                j += 1
                cur = cur + " " + nxt.norm
                kind = kinds.get(cur, 0)
                known, ext = kind & _KNOWN, kind & _EXTENDABLE
        if best is None:
            continue
        name, off, j, p = best[3:]
        if j == i and (name in lex.heads or (name,) in lex.before or name in lex.cues):
            continue
        if j > i and _direction_of_country(toks, i, j, name, off, gaz, lex):
            continue  # "جنوب لبنان": the country with its direction, not a homonymous province
        out.append(Match(i, j, name, t.nstart + off, toks[j].nend, p, gaz.lookup(name)))
        free = j + 1
    return out


def _direction_of_country(toks: list, i: int, j: int, name: str, off: int, gaz: Gazetteer,
                          lex: Lexicon) -> bool:
    """Is the name over tokens i..j a direction word before a country ("جنوب لبنان", "شمال العراق")
    that is itself no country ("جنوب السودان", "جنوب أفريقيا" are)? The direction then stays a
    direction, and the country is read from token i + 1."""
    words = name.split()
    first = words[0]
    if (first,) not in lex.before and not any((b,) in lex.before for b in bare_forms(first)):
        return False
    if any(p.kind == "country" for p in gaz.lookup(name)):
        return False
    rest = " ".join(words[1:])
    return any(p.kind == "country" for p in gaz.lookup(rest))


@functools.cache
def _country_parts() -> dict[tuple[str, str], dict[str, str]]:
    """(country, direction) -> the region a direction names inside a country
    (``places/country_parts.tsv``)."""
    return {(r["country"], r["direction"]): r for r in load_tsv(
        "places/country_parts.tsv", ("country", "direction", "name_en", "lat", "lon"))}


_DASHES = "-\u2013\u2014"
DATELINE_CHARS = 40  # a line ending in "… – NAME" no longer than this is an outlet's dateline


_LINE_WINDOW = 200  # characters looked at on each side of a name: lines may be megabytes long


def _dateline(text: str, start: int, end: int) -> bool:
    """Does the name at start..end open its line before a dash, colon or bracket ("تونس (رويترز) -",
    "ياوندي - أ.ف.ب:"), or close a short line after a dash ("عين اليوم – تونس")? Looks no further
    than ``_LINE_WINDOW`` characters either way (a name deep in a long line opens no line)."""
    lo = max(0, start - _LINE_WINDOW)
    nl = text.rfind("\n", lo, start)
    if nl < 0 and lo > 0:
        return False
    if start - nl - 1 > DATELINE_CHARS:  # a long line so far: only a name opening it can count
        k = start - 1
        while k > nl and text[k].isspace():
            k -= 1
        if k > nl:
            return False  # words before the name, on a line longer than a dateline
    hi = min(len(text), end + _LINE_WINDOW)
    nr = text.find("\n", end, hi)
    long_line = nr < 0 and hi < len(text)
    line_start, line_end = nl + 1, (hi if nr < 0 else nr)
    before, after = text[line_start:start].strip(), text[end:line_end].lstrip()
    if not before:
        return bool(after) and after[0] in _DASHES + ":("
    return (not after and not long_line and before[-1] in _DASHES
            and line_end - line_start <= DATELINE_CHARS)


def _in_hashtag(text: str, start: int, end: int) -> bool:
    """Is start..end one word of a hashtag phrase ("#تفجير_X", "#X_اليوم")? A bare "#X" stays."""
    return (start > 0 and text[start - 1] == "_") or (end < len(text) and text[end] == "_")


@functools.cache
def _capitals() -> dict[str, dict[str, str]]:
    """country -> its capital when both bear one Arabic name (``places/capitals.tsv``)."""
    return {r["country"]: r for r in load_tsv("places/capitals.tsv", ("country", "name_en", "lat", "lon"))}


def _context(doc: Doc, m: Match, lex: Lexicon) -> None:
    """Fill the evidence around a match: head, direction, cue, adjective position, quotes."""
    toks = doc.tokens
    text = doc.norm.text
    if m.prefix.startswith(morph().cue_prefixes):
        m.cue = True
    if not m.prefix:
        m.dateline = _dateline(text, m.nstart, m.nend)
    after = m.j + 1
    if after < len(toks):
        nxt = toks[after].norm
        nationality = nisba_countries().get(nxt)  # "إقليم البنجاب الهندي"
        capital = nxt in _capital_after()  # "الكويت العاصمة": Kuwait City
        if (nationality or capital) and not text[m.nend:toks[after].nstart].strip():
            m.nationality, m.capital = nationality, capital
    if m.name in _bare_directions():
        m.adjective_pos = True  # "محافظات جنوبية": an indefinite direction adjective, no name
    k = m.i - 1
    if m.i == m.j and _inflected(doc, m, lex):
        m.inflected = True
    if k < 0:
        return
    prev = toks[k]
    if prev.is_word and not text[prev.nend:toks[m.i].nstart].strip():
        forms = bare_forms(prev.norm)
        art, fem = morph().article, morph().feminine
        if not m.prefix and prev.norm not in lex.cues \
                and (any(f.startswith(art) for f in forms) or _lam_article(prev.norm)):
            m.adjective_pos = True  # "القوات السعودية", "للحدود السعودية"
        elif not m.prefix and m.name.endswith(fem) and _feminine_adjective(prev.norm, m, lex):
            m.adjective_pos = True  # "مقاتلة سورية", "جنسيات غير سورية": the adjective "Syrian"
        elif not m.prefix and m.name in nisba_countries() and is_nisba(prev.norm) \
                and prev.norm not in lex.cues and prev.norm not in lex.heads \
                and prev.norm.endswith(fem) == m.name.endswith(fem):
            # "مصدر عسكري مالي": a nationality agreeing with the indefinite adjective before it
            # (not "فلسطينيي سورية")
            m.adjective_pos = True
        for f in forms:
            if f in lex.heads and not (f != prev.norm and art in prev.norm[: len(prev.norm) - len(f)]):
                # a definite head ("المدن الذين", "البلدية المهندس") is followed by an adjective
                if f.startswith(art) and is_nisba(m.name):
                    m.adjective_pos = True  # "العاصمة الروسية"
                    break
                m.head, m.head_tok = lex.heads[f], k
                if prev.norm != f and prev.norm.startswith(morph().cue_prefixes):
                    m.cue = True
                k -= 1
                break
        else:
            # "العاصمة السورية دمشق": a head, a nationality adjective, the name (not "مدينة X" whose
            # name only ends like a nisba, before an adjective of its own: "مدينة سيلوبي الكردية")
            if k >= 1 and is_nisba(prev.norm) and toks[k - 1].norm in lex.heads \
                    and (prev.norm.startswith(art) or prev.norm in nisba_countries()) \
                    and lex.heads[toks[k - 1].norm][0] == "city":
                m.head, m.head_tok = lex.heads[toks[k - 1].norm], k - 1
                k -= 2
        if not m.prefix and prev.norm in given_names():
            m.after_given_name = True  # "ويندي شيرمان": a surname, not a town
        if not m.prefix and prev.norm in _descent_words():
            m.patronym = True  # "عامر بن جدو": a father's or family's name
    elif not prev.is_word and prev.span.text.strip() in lex.quotes:
        m.quoted = True
        k -= 1
        # a title in quotes after an organisation head: جامعة "X", صحيفة «X»; a place head before
        # the quote is the name's head as it is without quotes: تلة "جورة الماء", بمنطقة «X»
        if k >= 0 and toks[k].is_word:
            word = toks[k].norm
            for f in bare_forms(word):
                h = lex.heads.get(f)
                if h is not None and h[0] in ("outlet", "block"):
                    m.head, m.head_tok = h, k
                    return
                if h is not None and m.j + 1 < len(toks) and not toks[m.j + 1].is_word \
                        and toks[m.j + 1].span.text.strip() in lex.quotes:  # not بلدية «فئة د»
                    m.head, m.head_tok = h, k
                    if word != f and word.startswith(morph().cue_prefixes):
                        m.cue = True
                    k -= 1
                    break
    # direction words ending at k (up to three words: "بالقرب من")
    if k >= 0 and toks[k].is_word:
        last = toks[k].norm
        found = None
        if last in lex.dir_last:
            for width in (3, 2):
                a = k - width + 1
                if a < 0 or not all(toks[x].is_word for x in range(a, k)):
                    continue
                rest = tuple(toks[x].norm for x in range(a + 1, k + 1))
                for f in bare_forms(toks[a].norm):
                    if (f, *rest) in lex.before:
                        found = (lex.before[(f, *rest)], a)
                        break
                if found:
                    break
        if found is None:
            for f in bare_forms(last):
                if (f,) in lex.before:
                    found = (lex.before[(f,)], k)
                    break
        if found is not None:
            (m.direction, m.dir_prec), a = found
            m.cue = True
            m.cue_tok = a
            k = a - 1
    if k >= 0 and toks[k].is_word and not lex.cues.isdisjoint(bare_forms(toks[k].norm)):
        m.cue = True
        if m.cue_tok is None:
            m.cue_tok = k
    if m.name in nisba_countries() and not any(p.kind == "country" or p.major for p in m.cands) \
            and not (m.head is not None and m.head[1] and m.name.startswith(morph().article)):
        # "مدن يمنية", "القوات الروسية": a nationality adjective, not the village of that name;
        # a definite name after a strong head stays one ("ناحية الصينية")
        m.adjective_pos = True
    # an adjective after the name: "ريف حلب الشمالي"
    if m.direction is None and m.head is not None and m.head[0] == "admin1" \
            and m.j + 1 < len(toks) and toks[m.j + 1].is_word:
        d = lex.after.get(toks[m.j + 1].norm)
        if d:
            m.direction, m.dir_prec = d, 2


def _ordinary(name: str, lex: Lexicon) -> bool:
    """An ordinary word or a collision that is a place only after a head of its own
    (``common_words.tsv``, ``collisions.tsv`` but its "cue" names): a list item of that name does not
    take the head of the list before it ("بمحافظة صنعاء، وأن", "لمدينة الرياض وباقي المدن")."""
    return name in common_words() or lex.collisions.get(name, "cue") != "cue"


def _adjective_after(doc: Doc, a: Match | None, b: Match, lex: Lexicon) -> bool:
    """Is b, a definite nisba-shaped name right after the accepted place a, a's adjective ("منطقة
    عسير السعودية": Saudi Asir; "شنغهاي الصينية"), not a second place? Direction adjectives
    (حلب الشرقية) keep their own reading."""
    return (a is not None and b.i == a.j + 1 and not b.prefix and b.name.startswith(morph().article)
            and is_nisba(b.name) and b.name not in lex.after and not a.guessed
            and not doc.norm.text[a.nend:b.nstart].strip())


@functools.cache
def _yaml_words(path: str, key: str) -> frozenset[str]:
    """The words of one list of a places data file (``places/relations.yaml`` …), normalised."""
    return frozenset(normalize_form(w) for w in load_yaml(path)[key])


@functools.cache
def _bare_directions() -> frozenset[str]:
    """Direction adjectives after a name (الشمالية) without their article (شمالية)."""
    art = morph().article
    return frozenset(a[len(art):] for a in lexicon().after if a.startswith(art))


@functools.cache
def _capital_after() -> frozenset[str]:
    """Words after a country-named capital that make it the city (``places/relations.yaml``)."""
    return _yaml_words("places/relations.yaml", "capital_after")


@functools.cache
def _descent_words() -> frozenset[str]:
    """Words of descent before a family name (``places/morphology.yaml``), normalised."""
    return _yaml_words("places/morphology.yaml", "descent_words")


def _lam_article(word: str) -> bool:
    """Is the word ل + the article written لل (للحدود, وللقوات): definite?"""
    return len(word) > 4 and word.startswith(_ll_prefixes())


@functools.cache
def _ll_prefixes() -> tuple[str, ...]:
    return tuple(morph().ll_prefixes)


_TANWEEN = frozenset("\u064b\u064c\u064d")  # ً ٌ ٍ: the endings of an indefinite word


def _inflected(doc: Doc, m: Match, lex: Lexicon) -> bool:
    """Is a one-word name written as an indefinite word: with tanween ("مقاتلاً بريطانياً", "له
    معانٍ"), or, for a country whose name is its nisba + ا (تركيا), after an indefinite accusative
    noun ("عسكريا تركيا", "لاجئا سوريا")? A place's name takes no tanween; an adjective or a common
    noun does."""
    tok = doc.tokens[m.i]
    if len(tok.span.text) != len(tok.norm) and not _TANWEEN.isdisjoint(tok.span.text):
        return True  # "له معانٍ" (meanings), not معان: a place's name is never indefinite
    name = m.name
    alif = _accusative()[0]
    if m.prefix or not name.endswith(alif) or name[: -len(alif)] not in nisba_countries() or m.i == 0:
        return False
    prev = doc.tokens[m.i - 1]
    word = prev.norm
    _, endings, words = _accusative()
    text = doc.norm.text
    return (prev.is_word and not text[prev.nend:tok.nstart].strip() and word.endswith(alif)
            and len(word) >= 4 and not word.endswith(endings) and word not in words
            and not word.startswith(morph().article) and not _lam_article(word)
            and word not in lex.cues and word not in lex.heads and (word,) not in lex.before
            and not any(known for _, _, _, known, _ in _find_starts(word)))


@functools.cache
def _accusative() -> tuple[str, tuple[str, ...], frozenset[str]]:
    """(the accusative alif, endings of a word in ا that is no indefinite accusative noun, words in ا
    that are adverbs or particles) of ``places/agreement.yaml``, normalised."""
    d = load_yaml("places/agreement.yaml")["accusative"]
    return (normalize_form(d["alif"]), tuple(normalize_form(w) for w in d["not_endings"]),
            frozenset(normalize_form(w) for w in d["not_words"]))


@functools.cache
def _agreement() -> tuple[str, frozenset[str]]:
    """(feminine plural ending, negation nouns) of ``places/agreement.yaml``, normalised."""
    d = load_yaml("places/agreement.yaml")
    return (normalize_form(d["feminine_plural_ending"]),
            frozenset(normalize_form(w) for w in d["negation_nouns"]))


def _feminine_adjective(prev: str, m: Match, lex: Lexicon) -> bool:
    """Is an indefinite country name shaped like a feminine nisba (سورية) the adjective of the
    indefinite feminine or plural noun before it, or of غير? (An adjective agrees in definiteness.)"""
    mo = morph()
    if not (m.name.endswith(mo.feminine) and is_nisba(m.name) and not m.name.startswith(mo.article)
            and any(p.kind == "country" for p in m.cands)):  # "بقيادة السعودية" is the country
        return False
    plural, negation = _agreement()
    if prev in negation:
        return True
    return (not prev.startswith(mo.article) and (prev.endswith(mo.feminine) or prev.endswith(plural))
            and prev not in lex.cues and prev not in lex.heads and (prev,) not in lex.before)


def _major(p: Place) -> bool:
    return p.major


_KIND_PRIOR = {"country": 6.0, "admin1": 4.0, "region": 4.0, "city": 2.0, "admin2": 1.5,
               "neighbourhood": 0.5}


def _score(p: Place, m: Match, countries: dict[str, int], admin1s: set[str],
           anchors: list[Place], neighbour: Place | None = None) -> float:
    s = _KIND_PRIOR.get(p.kind, 1.0)
    if p.curated:
        s += 1.0
    elif p.name_norm == m.name:
        s += 1.0  # the entry's own name, not one of its variants
    s += 0.8 * math.log10(p.pop + 1)
    if p.is_capital:
        s += 1.0
    elif p.fcode.startswith("PPLA"):
        s += 0.5
    if not p.curated and _major(p) and p.kind != "admin1":
        s += 3.0
    if m.near is not None and m.near.chosen is not None and m.near.chosen is not p:
        q = m.near.chosen
        if km(p, q) < (150 if q.kind == "admin1" else 60) or (p.admin1_ar and p.admin1_ar == q.admin1_ar):
            s += 4.0
    if neighbour is not None and neighbour is not p:
        d = km(p, neighbour)  # "في دار سعد وصبر": the items of a list of places lie near each other
        s += 4.0 if d < LIST_KM else 2.0 if d < FAR_KM else 0.0
    if countries:
        top = max(countries.values())
        if p.country in countries:
            s += 5.0 * countries[p.country] / top
        else:  # a big city keeps its chance in a document that never names its country
            s -= 1.0 if p.major else 5.0
    if p.admin1_ar and p.admin1_ar in admin1s and p.kind != "admin1":
        s += 3.0
    if anchors and p.kind not in ("country", "admin1"):
        d = min((km(p, a) for a in anchors if a is not p and abs(a.lat - p.lat) < 1.4), default=1e9)
        s += 3.0 if d < 40 else 1.5 if d < 150 else 0.0
    if m.nationality is not None and p.country == m.nationality:
        s += 8.0  # "إقليم البنجاب الهندي": the homonym in the country its adjective names
    if m.head is not None:
        level = m.head[0]
        if level == "admin1":
            s += 6.0 if p.kind == "admin1" else -2.0
        elif level in ("city", "admin2"):
            s += 2.0 if p.kind in ("city", "admin2", "neighbourhood") else -3.0
            if level == "admin2" and p.kind == "admin2":
                s += 1.0
        elif level == "country":
            s += 4.0 if p.kind == "country" else 0.0
    return s


def _resolve(matches: list[Match], countries: dict[str, int], lists: dict[int, Match] | None = None,
             sources: tuple[dict[str, set[str]], list[tuple[str, Place]]] | None = None) -> None:
    """Choose each match's gazetteer entry; ``lists``: id of a list item -> the item before it;
    ``sources``: the provinces (admin1 -> the names and countries that gave it) and anchors (name,
    place) of the document (none without it); a match's own name supports it only in a country the
    document names."""
    supports: dict[str, tuple[set[str], list[Place]]] = {}
    admin1s: set[str] = set()
    anchors: list[Place] = []
    for m in matches:
        if not m.cands:
            continue
        if len(m.cands) == 1:
            m.chosen = m.cands[0]
            continue
        if sources is not None:
            support = supports.get(m.name)
            if support is None:  # the same for every mention of a name: worked out once per name
                given, anchored = sources
                support = supports[m.name] = (
                    {a for a, srcs in given.items() if any(name != m.name or c in countries for name, c in srcs)},
                    list({id(p): p for name, p in anchored if name != m.name or p.country in countries}.values()))
            admin1s, anchors = support
        before = lists.get(id(m)) if lists else None
        neighbour = before.chosen if before is not None and before.chosen is not None \
            and before.chosen.kind in ("city", "admin2", "neighbourhood") and not before.chosen.world else None
        best = max(m.cands, key=lambda p: _score(p, m, countries, admin1s, anchors, neighbour))
        if best.kind == "admin2":
            # prefer the town to the district named after it ("قضاء تلعفر": ACLED codes a district
            # at its seat, like the town)
            town = [c for c in m.cands if c.kind == "city" and c.country == best.country
                    and c.admin1_ar == best.admin1_ar and km(c, best) < 60]
            if town:
                best = max(town, key=lambda c: (c.pop, c.fcode.startswith("PPLA")))
        m.chosen = best


def _province(m: Match, p: Place) -> Place | None:
    """The same-name admin1 of a city, if any."""
    for c in m.cands:
        if c.kind == "admin1" and c.country == p.country and p.admin1_ar and c.admin1_ar == p.admin1_ar:
            return c
    return None


def _approx_mention(doc: Doc, m: Match, a: Place) -> PlaceMention:
    """A place the gazetteer lacks, placed at the town the text puts it in or next to (ACLED 2)."""
    cue = doc.tokens[m.head_tok].span if m.head_tok is not None else None
    span = doc.span_from_norm(m.nstart, m.nend)
    return PlaceMention(span=span, name=None, name_ar=span.text, country=a.country, level="city",
                        lat=round(a.lat, 4), lon=round(a.lon, 4),
                        admin1=(a.name if a.kind == "admin1" else a.admin1) or None,
                        admin2=a.admin2 or None, precision=2, direction=m.direction or "near",
                        cue=cue, score=0.5)


def _mention(doc: Doc, m: Match) -> PlaceMention:
    if m.approx is not None:
        return _approx_mention(doc, m, m.approx)
    p = m.chosen
    assert p is not None
    level = p.level
    lat, lon, name = p.lat, p.lon, p.name
    admin1 = p.admin1 if p.kind != "admin1" else p.name
    head_level = m.head[0] if m.head else None
    cap = None
    if p.kind == "admin1":
        cap = capital_of(m, p)
    elif p.kind in ("city", "admin2"):
        prov = _province(m, p)
        if prov is not None and head_level == "admin1":
            cap, p = p, prov
            level, name, admin1 = "admin1", prov.name, prov.name
            lat, lon = prov.lat, prov.lon
        elif head_level == "admin1" and named_like_province(p):
            # "ولاية قندوز": the province the gazetteer holds only through its capital, placed at
            # the capital as ACLED codes a province
            level, name = "admin1", p.admin1
    if p.kind == "admin1" and cap is not None:
        if head_level in ("city", "admin2"):
            level, name = "city", cap.name
            lat, lon = cap.lat, cap.lon
        elif km(cap, p) <= NEAR_CAPITAL_KM:
            lat, lon = cap.lat, cap.lon  # ACLED codes a province at its capital
            if head_level is None and cap.pop >= 100_000:
                level, name = "city", cap.name
    if level == "country" and (head_level == "city" or m.capital or (m.dateline and head_level is None)):
        cap_row = _capitals().get(p.country)
        if cap_row is not None:  # "بالعاصمة تونس", "تونس (رويترز) -": the capital, not the country
            level, name, admin1 = "city", cap_row["name_en"], cap_row["admin1"] or None
            lat, lon = float(cap_row["lat"]), float(cap_row["lon"])
    if level == "country" and m.direction is not None:
        part = _country_parts().get((p.country, m.direction))
        if part is not None:  # "شمال العراق": northern Iraq, a region inside the country
            name, admin1 = part["name_en"], part["admin1"] or None
            lat, lon = float(part["lat"]), float(part["lon"])
    if level == "country":
        prec = 3
    elif level == "city":
        prec = 1
    else:
        prec = 3
    if m.direction is not None or (m.head is not None and m.head[2] == 2):
        prec = max(2, prec) if level == "city" else prec
        if level == "admin1" and m.head is not None and m.head[2] == 2:
            prec = 2
    cue = None
    k = m.head_tok if m.head_tok is not None else m.cue_tok
    if k is not None:
        cue = doc.tokens[k].span
    return PlaceMention(
        span=doc.span_from_norm(m.nstart, m.nend), name=name, name_ar=p.name_ar,
        country=p.country, level=level, lat=round(lat, 4), lon=round(lon, 4), admin1=admin1 or None,
        admin2=p.admin2 or None, precision=prec, direction=m.direction,
        geonames_id=p.geonames_id, wof_id=p.wof_id, cue=cue, score=1.0, dateline=m.dateline)


@memory.register
def _forget_rows() -> None:
    """The gazetteer's parsed rows and the facts that hold its candidate lists, renewed together."""
    if get_gazetteer.cache_info().currsize:  # never load the gazetteer only to empty it
        get_gazetteer().trim(limit=0)
        _facts.cache_clear()


def extract_places(doc: Doc) -> None:
    """Add every toponym of ``doc`` to ``doc.places`` (in text order)."""
    if not doc.tokens:
        return
    for cache in (_WORDS, BARE_FORMS):
        cache.rotate()
    gaz = get_gazetteer()
    if gaz.trim():  # parsed rows bounded, emptied between documents only
        _facts.cache_clear()  # facts hold the gazetteer's candidate lists: renew them together
    lex = lexicon()
    # one pass over the tokens: where names may start, feature words, nisba adjectives, heads
    starts, splits, heads, nisbas = [], [], [], []
    facts_of, heads_any = _WORDS.__getitem__, head_forms()
    for i, t in enumerate(doc.tokens):
        if t.is_word:
            f = facts_of(t.norm)
            if f is _NOTHING:
                continue
            ways, split, country, head = f
            if ways:
                starts.append((i, ways))
            if split is not None:
                splits.append((i, split))
            if country:
                nisbas.append(country)
            if head:
                heads.append(i)
        elif t.norm in heads_any:
            heads.append(i)
    matches, blocked = [], []  # a skipped name (جبهة النصرة) still covers its words: no guess inside
    for m in find_names(doc, gaz, lex, starts):
        if _in_hashtag(doc.norm.text, m.nstart, m.nend):
            continue  # "#تفجير_مسجد_X": a hashtag's words name a topic, not a place in the report
        (blocked if lex.collisions.get(m.name) == "skip" else matches).append(m)
    for m in matches:
        _context(doc, m, lex)
    # pass 1: the countries the document names (countries, curated places, unambiguous majors)
    countries: dict[str, int] = {}
    nothing: set[str] = set()  # read only by _accept: one empty set for every match
    for m in matches:
        if _accept(m, lex, nothing, nothing):
            cs = {p.country for p in m.cands}
            if len(cs) == 1 and any(p.major for p in m.cands):
                c = cs.pop()
                countries[c] = countries.get(c, 0) + 1
    # countries named only by an adjective ("الجيش النيجيري") license world cities, nothing else
    adjectives = frozenset(nisbas)
    matches = _drop_surnames(matches)
    features = guess_features(doc, matches + blocked, lex, splits)
    if features:  # "شارع الستين" replaces the one-word names "شارع" and "الستين"
        taken = {x for m in features for x in (m.i, m.j)}
        matches = [m for m in matches if m.i not in taken and m.j not in taken]
    unknown = guess_after_heads(doc, matches + blocked, lex, heads) + features
    inside = {x for u in unknown for x in range(u.i, u.j + 1)}
    if inside:  # بمنطقة "باي أوغلو" replaces the one-word name "باي"; منطقتي X والعلم the word "العلم"
        matches = [m for m in matches if not inside.intersection(range(m.i, m.j + 1))]
    if unknown:
        matches = sorted(matches + unknown, key=lambda m: m.i)
    accepted: list[Match] = []
    seen: set[str] = set()
    prev: Match | None = None
    foreign: set[int] = set()
    lists: dict[int, Match] = {}  # a list item -> the accepted item before it
    for _ in range(2):  # twice: a name accepted with evidence licenses its bare mentions
        accepted, prev = [], None
        named = set(countries)  # read only by _accept
        for m in matches:
            if prev is not None and _continues_list(doc, prev, m):
                m.listed = True
                m.joined = m.i == prev.j + 1
                lists[id(m)] = prev
                if m.head is None and prev.head is not None and prev.head[0] != "outlet" \
                        and not _ordinary(m.name, lex):
                    m.head = prev.head  # "مدينتي حلب وإدلب"; not "لمدينة الرياض وباقي المدن"
                m.cue = m.cue or prev.cue
            if _adjective_after(doc, prev, m, lex):
                continue
            if m.guessed or _accept(m, lex, named, seen, adjectives):
                accepted.append(m)
                prev = m
            elif m.head is not None and not m.head[1] and _foreign_homonym(doc, m, countries, lex):
                # "في منطقة X" in a report on Yemen where the gazetteer's only X is Syrian: a local
                # name the gazetteer lacks, placed at a town of its sentence in a named country
                m.guessed, m.cands = True, []
                foreign.add(id(m))
                accepted.append(m)
                prev = m
        seen = {m.name for m in accepted if not m.guessed}
    accepted = _list_heads(doc, matches, accepted, countries, lex)
    # resolve, then re-resolve with the provinces and confident places as context
    _resolve(accepted, countries)
    # the provinces and anchors each name brings: a name's first choice in a country the report
    # never names supports no homonym of that name (the Tunisian المهدية first chosen in a report
    # on Sinai is no evidence for the Tunisian province of المهدية)
    given: dict[str, set[tuple[str, str]]] = {}
    for m in accepted:
        if m.chosen is None:
            continue
        if m.chosen.kind == "admin1":
            given.setdefault(m.chosen.admin1_ar or m.chosen.name_norm, set()).add((m.name, m.chosen.country))
        elif _major(m.chosen) and m.chosen.kind in ("city", "admin2"):
            given.setdefault(m.chosen.admin1_ar, set()).add((m.name, m.chosen.country))
    for m in accepted:
        cs = {p.country for p in m.cands}
        if len(cs) == 1 and m.chosen is not None and m.chosen.country not in countries:
            countries[m.chosen.country] = 1
    anchored = [(m.name, m.chosen) for m in accepted if m.chosen is not None
                and m.chosen.kind in ("city", "admin2", "neighbourhood", "region")
                and (_major(m.chosen) or len(m.cands) == 1)]
    anchored += [(m.name, c) for m, c in ((m, capital_of(m, m.chosen)) for m in accepted
                                          if m.chosen is not None and m.chosen.kind == "admin1")
                 if c is not None]
    _link_near(doc, accepted, lex)
    _resolve(accepted, countries, lists, (given, anchored))
    # (the matches anchor_town reads: its sentence and the one before; near-linear in long texts)
    by_sent = Sentences(accepted, lambda x: doc.tokens[x.i].sentence)
    nearby = Nearby(accepted, FAR_KM) if len(accepted) >= _NEARBY_FROM else None
    for m in accepted:
        sent = doc.tokens[m.i].sentence
        if m.guessed:  # a quoted name is placed only at a town of its own sentence (في إسطنبول)
            m.approx = anchor_town(doc, m, by_sent.around(sent) if not m.quoted else by_sent.of(sent))
            if id(m) in foreign and m.approx is not None and m.approx.country not in countries:
                m.approx = None
        elif m.near is not None and m.chosen.kind in ("city", "admin2", "neighbourhood") \
                and not m.chosen.world:  # anchors are village-level towns; "نجامينا بتشاد" stays
            # "الحوبان بمدينة تعز" with the only الحوبان of the gazetteer 300 km away;
            # "الرباط شمال عدن" is not Rabat in Morocco
            q = m.near.chosen
            if q is None and m.head is not None and m.head[1]:
                continue  # "محافظة ضباء … ميناء الأنباط": a headed name linked to a guessed one stays
            if q is not None and q.kind == "admin1" and not m.near_dir and (
                    (m.chosen.admin1_ar and m.chosen.admin1_ar == q.admin1_ar) or km(m.chosen, q) <= FAR_KM):
                continue  # "الزبداني بريف دمشق": the homonym lies in the province the text names
            a = anchor_town(doc, m, by_sent.around(sent))
            if a is not None and km(m.chosen, a) > (QUARTER_KM if _quarter(doc, m) else FAR_KM) and \
                    (not m.chosen.major or (m.near_dir and a.country != m.chosen.country)):
                m.approx = a
            elif a is not None and m.near_dir and a.country != m.chosen.country and q is not None \
                    and q.kind != "country" and not (m.chosen.major or m.chosen.curated or m.chosen.is_capital):
                m.approx = a  # "المشيرفة (جنوب الموصل)": a minor homonym across a border is not the place
        elif _foreign_namesake(m, countries):
            # "في منطقة الضباب" in a report on Taiz whose only الضباب is Saudi, "بمناطق المهدية" in a
            # report on Sinai: a local name the gazetteer lacks, placed at a town of the report's
            # own country near it, or dropped when there is none
            a = anchor_town(doc, m, by_sent.around(sent))
            m.approx = a if a is not None and a.country == _leading(countries) else None
            if m.approx is None:
                m.chosen = None
        elif _quarter(doc, m) and m.chosen.kind == "city" and not (m.chosen.major or m.chosen.curated
                                                                      or m.chosen.world):
            # "مناطق في حي X" with the gazetteer's only X a village far from the city the report
            # names: a quarter of that city
            a = anchor_town(doc, m, by_sent.around(sent))
            if a is not None and a.country == m.chosen.country and a.major and km(m.chosen, a) > QUARTER_KM:
                m.approx = a
        elif _stray(m, accepted, nearby):
            # "معسكر في الحوبان" in a report on Taiz, the only الحوبان of the gazetteer 300 km from
            # every other place of the report: a local name the gazetteer lacks, placed at its town
            a = anchor_town(doc, m, by_sent.around(sent))
            if a is not None and a.country == m.chosen.country and km(m.chosen, a) > FAR_KM:
                m.approx = a
    doc.places.extend(_mention(doc, m) for m in accepted if m.chosen is not None or m.approx)


def _list_heads(doc: Doc, matches: list[Match], accepted: list[Match], countries: dict[str, int],
                lex: Lexicon) -> list[Match]:
    """The first item of a list whose next item is an accepted place ("تشمل المخا، وباب المندب،
    وموزع"): kept without a cue of its own when the gazetteer has it in a country the report names
    and it is no ordinary word, nisba or collision."""
    ok = {id(m) for m in accepted}
    extra = []
    for a, b in zip(matches, matches[1:]):
        if not a.cands or b.guessed or id(b) not in ok or id(a) in ok or not _continues_list(doc, a, b):
            continue
        f = facts(a.name) if a.cands is facts(a.name).cands else None
        if f is None or f.common or f.ordinary or f.nisba or f.rule or f.world or a.adjective_pos \
                or a.after_given_name or (a.prefix and not a.prefix.startswith(morph().cue_prefixes)):
            continue
        if any(p.country in countries for p in a.cands):
            a.listed = True
            extra.append(a)
    if not extra:
        return accepted
    return sorted(accepted + extra, key=lambda m: m.i)


def _foreign_homonym(doc: Doc, m: Match, countries: dict[str, int], lex: Lexicon) -> bool:
    """A name after a weak head with a cue (في منطقة X) whose every gazetteer entry is a minor place
    of a country the report does not name, in a report on countries the village-level gazetteer
    covers."""
    if not m.cands or m.head is None or m.head[0] not in ("city", "admin2", "any") or not countries \
            or m.head[1] or m.j > m.i + 1:
        return False  # a strong head accepts the name itself (place_accept)
    k = m.head_tok
    cued = m.cue or (k is not None and k > 0 and doc.tokens[k - 1].is_word
                     and any(b in weak_head_cues() for b in bare_forms(doc.tokens[k - 1].norm)))
    if not cued or m.name in lex.common or m.name in common_words() or m.name in lex.collisions:
        return False
    if not set(countries) & get_gazetteer().countries:
        return False
    return not any(p.major or p.curated or p.world or p.country in countries or p.pop >= STRAY_POP
                   for p in m.cands)


def _leading(countries: dict[str, int]) -> str | None:
    """The country a report names most often (None on a tie or when it names none)."""
    if not countries:
        return None
    ranked = sorted(countries.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _foreign_namesake(m: Match, countries: dict[str, int]) -> bool:
    """A minor town, after a generic area head (منطقة, مناطق) or none, of a country the report names
    at most once (through this very name), in a report that names another country LEAD_MIN times:
    the gazetteer's only such name lies abroad, the report's place does not."""
    p = m.chosen
    if p is None or p.kind not in ("city", "neighbourhood") or p.curated or p.world or p.is_capital \
            or p.pop >= FOREIGN_POP or m.direction is not None or m.listed and m.near is not None:
        return False
    if m.head is not None and (m.head[1] or m.head[0] not in ("any", "city", "region")):
        return False  # "مدينة المهدية", "محافظة X": named as such
    lead = _leading(countries)
    return lead is not None and lead != p.country and countries[lead] >= LEAD_MIN \
        and countries.get(p.country, 0) <= 1 and not any(c.country == lead for c in m.cands)


def _stray(m: Match, accepted: list[Match], nearby: Nearby | None = None) -> bool:
    """A minor village homonym farther than FAR_KM from every other place of the document (asked of
    ``nearby``, the same answer, when a long document has one)."""
    p = m.chosen
    if p is None or p.kind not in ("city", "neighbourhood") or p.major or p.world or p.curated \
            or p.pop >= STRAY_POP or (m.head is not None and m.head[1]) or m.listed:
        return False  # "محافظة شرورة", "قرية X" and list items are named as such
    if nearby is not None and nearby.cell(p) is not None:
        return nearby.has_other(m) and not nearby.close_other(m, p)
    others = [x.chosen for x in accepted if x is not m and x.chosen is not None and x.name != m.name
              and x.chosen.kind != "country" and x.approx is None]
    return bool(others) and all(km(p, q) > FAR_KM and not (p.admin1_ar and p.admin1_ar == q.admin1_ar)
                                for q in others)


_OPENING = frozenset("([")  # an opening bracket right after a place: what follows locates it


def _link_near(doc: Doc, matches: list[Match], lex: Lexicon) -> None:
    """"X غرب Y", "X بمدينة Y", "X في محافظة Y": X's homonyms near Y score higher."""
    toks = doc.tokens
    near_words = _near_adjectives()
    for a, b in zip(matches, matches[1:]):
        if b.j + 1 < len(toks) and toks[b.j + 1].norm in near_words and toks[a.j].sentence == toks[b.i].sentence \
                and not _names_what_it_is_near(toks, b.j + 2, lex):
            b.near = a  # "مدينة اعزاز … قرية X القريبة": X lies near the place named before it
            continue
        gap = range(a.j + 1, b.i)
        if len(gap) > 4 or toks[a.j].sentence != toks[b.i].sentence:
            continue
        if any(not toks[x].is_word for x in gap):
            # "X، الواقعة جنوب Y": a relative clause placing X against Y reads as "X جنوب Y"
            if b.direction is not None and b.cue_tok is not None and _located(doc, a.j + 1, b.cue_tok):
                a.near, a.near_dir = b, True
            elif toks[a.j + 1].span.text.strip() in _OPENING and b.chosen is not None \
                    and b.chosen.kind != "country" and (
                    (b.i == a.j + 2 and (b.chosen.major or b.chosen.kind in ("admin1", "admin2")))
                    or (b.direction is not None and b.cue_tok == a.j + 2)):
                # "ناحية X (جنوب Y)", "قضاء X (Y)": a bracket right after a place locates it
                a.near, a.near_dir = b, b.direction is not None
            continue
        linked = b.direction is not None or (b.head is not None and b.head[0] in ("admin1", "city", "admin2")
                                             and b.head_tok is not None)  # not a list's head: "قرية X وY"
        linked = linked or (len(gap) == 0 and b.prefix.startswith(morph().cue_prefixes))
        linked = linked or (len(gap) == 1 and toks[gap[0]].norm in lex.cues)
        if linked:
            a.near = b
            a.near_dir = b.direction is not None and (b.cue_tok == a.j + 1
                                                      or _located(doc, a.j + 1, b.cue_tok))


def _names_what_it_is_near(toks: list, k: int, lex: Lexicon) -> bool:
    """Does the near adjective go on to say what it is near ("القريبة من تل أبيب", "المتاخمة لباب
    المندب"), a place after it rather than the one before?"""
    if k >= len(toks) or not toks[k].is_word:
        return False
    w = toks[k].norm
    return w in lex.cues or w.startswith(tuple(p for p in morph().name_prefixes
                                                 if p and not p.startswith(morph().conjunction)))


@functools.cache
def _near_adjectives() -> frozenset[str]:
    """Adjectives of nearness after a name (``places/relations.yaml``), normalised."""
    return _yaml_words("places/relations.yaml", "near_adjectives")


@functools.cache
def _quarter_heads() -> frozenset[str]:
    """Heads of a town's quarter (``places/relations.yaml``), normalised."""
    return _yaml_words("places/relations.yaml", "quarter_heads")


def _quarter(doc: Doc, m: Match) -> bool:
    """Is the name after a quarter head (حي X, بحي X)?"""
    k = m.head_tok
    return k is not None and not _quarter_heads().isdisjoint(bare_forms(doc.tokens[k].norm))


@functools.cache
def _located_words() -> frozenset[str]:
    """Relative-clause words between two places (``places/relations.yaml``), normalised."""
    return _yaml_words("places/relations.yaml", "located_words")


def _located(doc: Doc, start: int, end: int | None) -> bool:
    """Are the tokens start..end-1 a relative clause of location (، الواقعة / التي تقع)?"""
    if end is None or end <= start:
        return False
    words = _located_words()
    seps = morph().separators
    toks = doc.tokens[start:end]
    return any(t.is_word for t in toks) and all(
        t.norm in words if t.is_word else t.span.text.strip() in seps for t in toks)


def _continues_list(doc: Doc, prev: Match, m: Match) -> bool:
    """``حلب وإدلب``, ``عدن، لحج``, ``حضرموت- أبين``: m follows prev across و, a comma or a dash."""
    if m.i == prev.j + 1:
        return m.prefix.startswith(morph().conjunction)
    if m.i == prev.j + 2:
        sep = doc.tokens[prev.j + 1].norm
        return sep in morph().separators
    return False
