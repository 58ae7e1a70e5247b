"""Place context: the evidence around a matched name, and the word lists it is read with.

Reads ``doc.tokens`` and ``doc.norm`` around a :class:`~khabar.extract.place_lexicon.Match` and fills
its evidence fields (nothing is added to the doc): the generic head before it (مدينة حلب), a cue or
direction word (شمال غرب إدلب), a dateline (``تونس (رويترز) -``), quotes, a nationality or
"capital" word after it, and the readings that make the name no place: an adjective (القوات
السعودية, مقاتلة سورية, جنديا تركيا, بريطانياً with tanween), a surname after a given name, a
family name after a word of descent (عامر بن جدو).

Data files: ``lang/ar/places/relations.yaml`` (capital_after), ``morphology.yaml`` (descent_words),
``agreement.yaml`` (accusative, feminine_plural_ending, negation_nouns), and through
:mod:`khabar.extract.place_lexicon` the heads, directions, cues and nisbas.

Example::

    >>> _dateline("تونس (رويترز) - قال", 0, 4)
    True
"""

from __future__ import annotations

import functools
import re
import unicodedata

from khabar.doc import Doc
from khabar.extract.place_lexicon import (Lexicon, Match, bare_forms, given_names, is_nisba, lexicon, morph,
                                          nisba_countries, yaml_words)
from khabar.extract.place_names import _find_starts
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form


_DASHES = "-\u2013\u2014"
DATELINE_CHARS = 40  # a line ending in "… – NAME" no longer than this is an outlet's dateline


# a day, a month's name and a year right after a name opening its line: the dateline of a dated report
_DATED = re.compile(r"\d{1,2}\s+\w+(?:\s+\w+)?\s+\d{4}")  # (a month of two words: ذو القعدة)
_LINE_WINDOW = 200  # characters looked at on each side of a name: lines may be megabytes long


def _dateline(text: str, start: int, end: int) -> bool:
    """Does the name at start..end open its line before a dash, colon or bracket ("تونس (رويترز) -",
    "ياوندي - أ.ف.ب:"), close a short line after a dash ("عين اليوم – تونس"), or stand between a
    dash and a colon near the start of its line ("عبدالله السالم- سبق- الدمام:")? Looks no further
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
    if not before:  # "تونس (رويترز) -", or a dated dateline: "تونس 25 شوال 1436 هـ الموافق … واس"
        return bool(after) and (after[0] in _DASHES + ":(" or _DATED.match(after) is not None)
    if before[-1] in _DASHES and after[:1] == ":":
        return True  # "عبدالله السالم- سبق- الدمام: تنظر …": reporter, outlet, then the place filed from
    return (not after and not long_line and before[-1] in _DASHES
            and line_end - line_start <= DATELINE_CHARS)



def direction_before(toks: list, k: int, lex) -> tuple[tuple, int] | None:
    """The directions.tsv entry (direction, precision) of the direction words ending at token k
    (up to three words: "جنوب شرق", "بشمال غربي", "بالقرب من") and the token they start at."""
    if not toks[k].is_word:
        return None
    if toks[k].norm in lex.dir_last:
        for width in (3, 2):
            a = k - width + 1
            if a < 0 or not all(toks[x].is_word for x in range(a, k)):
                continue
            rest = tuple(toks[x].norm for x in range(a + 1, k + 1))
            for f in bare_forms(toks[a].norm):
                if (f, *rest) in lex.before:
                    return lex.before[(f, *rest)], a
    for f in bare_forms(toks[k].norm):
        if (f,) in lex.before:
            return lex.before[(f,)], k
    return None


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
            # (nor "المدينة العراقية X" with a definite head: the nationality makes it the head's)
            # (not a direction adjective after a name with its head: "بلدة الغارية الغربية")
            head = _head_before_nisba(toks, k, lex) if is_nisba(prev.norm) and m.name not in lex.after else None
            if head is not None and (prev.norm.startswith(art) or prev.norm in nisba_countries()):
                m.head, m.head_tok = head, k - 1
                m.adjective_pos = False  # the name stands beside the head, no adjective of the nisba
                m.nationality = m.nationality or nisba_countries().get(prev.norm)
                k -= 2
        if not m.prefix and len(prev.norm) >= _GOVERNOR_LETTERS and not prev.norm.startswith(art):
            m.governed = True  # "تطهير عدن", "أبناء القطيف": a noun's genitive or a verb's argument
        if not m.prefix and prev.norm in given_names() and not _preposition_as_written(prev.span.text):
            m.after_given_name = True  # "ويندي شيرمان": a surname, not a town (not "على الرمادي")
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
    if k >= 0:
        found = direction_before(toks, k, lex)
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



_GOVERNOR_LETTERS = 3  # a word this long before a bare name governs it (not أو, ثم, أن)


def _head_before_nisba(toks: list, k: int, lex: Lexicon) -> tuple | None:
    """The town head two words before a name, with a nisba adjective between (token ``k``): a head
    as written ("العاصمة السورية دمشق", "مدينة سورية X"), or a definite head before a country's
    nisba ("المدينة العراقية الرمادي", "البلدة اللبنانية عرسال", "القرية الفلسطينية دوما")."""
    if k < 1:
        return None
    word = toks[k - 1].norm
    h = lex.heads.get(word)
    if h is None and toks[k].norm in nisba_countries() and word.startswith(morph().article):
        h = lex.heads.get(word[len(morph().article):])
    return h if h is not None and h[0] == "city" else None


@functools.cache
def _bare_directions() -> frozenset[str]:
    """Direction adjectives after a name (الشمالية) without their article (شمالية)."""
    art = morph().article
    return frozenset(a[len(art):] for a in lexicon().after if a.startswith(art))


def _capital_after() -> frozenset[str]:
    """Words after a country-named capital that make it the city (``places/relations.yaml``)."""
    return yaml_words("places/relations.yaml", "capital_after")


@functools.cache
def _prepositions_like_names() -> frozenset[str]:
    """Function words that fold into a given name, as written (على, not علي): ``morphology.yaml``."""
    return frozenset(load_yaml("places/morphology.yaml")["prepositions_like_names"])


def _preposition_as_written(word: str) -> bool:
    """Is ``word`` (original text) such a function word, its diacritics and tatweel aside?"""
    bare = "".join(c for c in word if not unicodedata.combining(c) and c != "\u0640")
    return bare in _prepositions_like_names()


def _descent_words() -> frozenset[str]:
    """Words of descent before a family name (``places/morphology.yaml``), normalised."""
    return yaml_words("places/morphology.yaml", "descent_words")


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
