"""Is a gazetteer match a toponym? The acceptance rules of the places stage.

Reads a :class:`~khabar.extract.place_lexicon.Match` with its context filled in by
:mod:`khabar.extract.places` and answers from the match's evidence (head, cue, direction, list),
the countries the document names and what the name's gazetteer entries are (computed once per
name: :func:`facts`). Uses the lexicons of :mod:`place_lexicon` and loads
``lang/ar/places/common_words.tsv`` (ordinary words that are also small places: العرف, التلة) and
the feminine plural ending of ``agreement.yaml``.

Example::

    >>> facts(normalize_form("حلب")).major
    True
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from khabar.extract.gazetteer import Place, get_gazetteer
from khabar.extract.place_lexicon import (Lexicon, Match, given_names, is_nisba, lexicon, morph,
                                          named_like_province)
from khabar.lang import load_tsv, load_yaml
from khabar.text.normalize import normalize_form
from khabar.text.segment import CACHE_LIMIT

BIG_POP = 500_000  # a city this big needs no country context either
_SPLIT_SHORT = 3  # letters a clitic split may leave of a town abroad that the report never places


@dataclass(frozen=True, slots=True)
class _Facts:
    """What ``_accept`` asks of a name's gazetteer entries, computed once per name."""

    cands: list[Place]
    rule: str | None
    nisba: bool
    world: bool  # every entry a world-list city
    curated: bool  # some entry curated
    letters: int
    common: bool
    ordinary: bool  # an ordinary word of common_words.tsv: a place only after a strong head
    major: bool  # some entry major
    big: bool  # some entry of BIG_POP people or more
    big_capital: bool  # some entry a country's capital of BIG_POP people or more
    major_prominent: bool  # some major entry a province, a capital or a big city
    countries: frozenset[str]  # countries of the entries
    major_countries: frozenset[str]  # countries of the major entries, else of all entries
    big_iyya: bool  # some non-world major entry big, or a province with a definite name
    local_major: bool  # some major entry outside the world list (Nuuk's نوك is a world capital)
    bare_variant: bool  # the form is a major entry's name without its article (رقة of الرقة)
    person_like: bool  # two or more words, each a given name ("علي حسين"): a person's name first


@functools.cache
def common_words() -> frozenset[str]:
    """Ordinary words that are also small places (``places/common_words.tsv``), normalised."""
    return frozenset(" ".join(normalize_form(r["form"]).split())
                     for r in load_tsv("places/common_words.tsv", ("form", "class")))


@functools.cache
def _plural_ending() -> str:
    """The feminine plural ending (ات) of ``places/agreement.yaml``, normalised."""
    return normalize_form(load_yaml("places/agreement.yaml")["feminine_plural_ending"])


def _compute_facts(name: str, cands: list[Place], lex: Lexicon) -> _Facts:
    major = [p for p in cands if p.major]
    countries = frozenset(p.country for p in cands)
    definite = name.startswith(morph().article)
    return _Facts(
        cands=cands, rule=lex.collisions.get(name), nisba=is_nisba(name),
        world=all(p.world for p in cands), curated=any(p.curated for p in cands),
        letters=len(name.replace(" ", "")), common=name in lex.common,
        ordinary=name in common_words(), major=bool(major),
        big=any(p.pop >= BIG_POP for p in cands),
        big_capital=any(p.is_capital and p.pop >= BIG_POP for p in cands),
        major_prominent=any(p.kind == "admin1" or p.is_capital or p.pop >= BIG_POP for p in major),
        countries=countries,
        major_countries=frozenset(p.country for p in major) if major else countries,
        big_iyya=any(p.major and (p.pop >= BIG_POP or (definite and p.kind == "admin1"))
                     for p in cands if not p.world),
        local_major=any(p.major and not p.world for p in cands),
        bare_variant=not definite and bool(major)
        and all(p.name_norm == morph().article + name for p in major),
        person_like=" " in name and not major and all(w in given_names() for w in name.split()))


@functools.lru_cache(maxsize=CACHE_LIMIT)  # emptied with the gazetteer's parsed rows (places stage)
def facts(name: str) -> _Facts:
    return _compute_facts(name, get_gazetteer().lookup(name), lexicon())


def _facts_of(m: Match, lex: Lexicon) -> _Facts:
    f = facts(m.name)
    if f.cands is m.cands:
        return f
    return _compute_facts(m.name, m.cands, lex)  # candidates not straight from the gazetteer


def accept(m: Match, lex: Lexicon, countries: set[str], seen: set[str],
            adjectives: frozenset[str] = frozenset()) -> bool:
    """Is this gazetteer match a toponym? ``countries``: those the document names; ``adjectives``:
    those it names only by a nationality adjective (they license world cities only)."""
    if not m.cands or m.inflected:
        return False
    f = _facts_of(m, lex)
    rule = f.rule
    if rule == "skip":
        return False
    head = m.head
    if head is not None and head[0] in ("outlet", "block"):
        if not (m.prefix and m.prefix.startswith(morph().cue_prefixes)):
            return False
        head = None  # "لشركة ببيشة": the preposition, not the company, governs the name
    strong = head is not None and head[1]
    if m.part_of and not strong:
        return False  # "الحدود الشمالية والشرقية لنيجيريا": Nigeria's borders, not Saudi provinces
    evidence = m.cue or m.direction is not None or head is not None or m.listed or m.dateline or m.placed
    if rule == "outlet" and m.quoted:
        return False
    if m.adjective_pos and (f.nisba or rule == "adjective"):
        return False
    world = f.world
    if f.nisba and not evidence and not f.curated and not _big_iyya(m, lex, f) \
            and not (m.name in seen and (world or (f.major and not m.prefix and not m.after_given_name
                                                   and m.name not in lex.after))):
        # a nisba-shaped name needs evidence each time, unless it is a town the article has named
        # with evidence (مدينة الزبداني … البراميل على الزبداني), not an adjective here nor a
        # direction adjective (الشرقية)
        return False
    if (rule == "head" or f.person_like or m.patronym) and not strong:
        return False  # "والكوير، علي حسين، إن": a man's name, not the village of that name
    if rule == "cue" and not evidence and m.name not in seen:
        return False
    letters = f.letters
    if letters <= 2 and not strong and (m.prefix or rule != "cue") and not _short_list_item(m, f, countries):
        return False
    if world:
        # a city of the world list (GeoNames' Arabic names hold transliterations that are also
        # ordinary words: "سويا", "اديان", "كان"): never a common word, a short name (سول, روم)
        # without a head, a surname after a given name, or a word after a non-locative clitic (a
        # clitic ب only on a long name: بقوله); a head of its own, or its country named in the
        # text and some evidence
        if f.common or m.after_given_name or (m.prefix and not m.joined and (
                not m.prefix.startswith(morph().cue_prefixes) or letters < 5)):
            return False
        in_doc = not f.countries.isdisjoint(countries) or not f.countries.isdisjoint(adjectives)
        if strong and m.head_tok is not None:
            return in_doc or not countries
        if head is not None and head[0] == "admin1" and m.head_tok == m.i - 1 and letters > 3 \
                and any(_province_like(p) for p in m.cands):
            return in_doc or not countries  # "في ولاية كادونا": a state or its like-named capital
        if m.cue and letters > 4 and f.big_capital:
            return True  # "كما اتفق عليه في مينسك": a big capital after a preposition, country unnamed
        return letters > 3 and in_doc and (evidence or m.name in seen or f.big)
    if strong:
        # "قرية بيتا" in a report that names only countries outside the village-level gazetteer
        # (Nigeria) is not the homonymous Palestinian village
        named = countries | adjectives
        return not (named and not (f.major or not f.countries.isdisjoint(named))
                    and not named & get_gazetteer().countries)
    if f.ordinary and m.name not in seen:
        return False  # "في العرف العسكري", "في محيط التلة": only "قرية التلة" (and its later mentions)
    if f.curated:
        return True  # countries, world cities and regions are vetted names
    major = f.major
    in_doc = not f.major_countries.isdisjoint(countries)
    if m.prefix and not (m.listed and m.prefix == morph().conjunction) and f.letters <= _SPLIT_SHORT and not f.big \
            and f.countries.isdisjoint(countries) and f.countries.isdisjoint(adjectives):
        # "والمصري باهر محمد" (ب + an Iranian town), "ولجان المقاومة" (و ل + a Cameroonian town): a
        # clitic split leaving three letters, a town of a country the report names nowhere
        return False
    if f.bare_variant:
        return False  # "ورقة", "فرقة": و/ف + رقة, not الرقة without its article; "إلى خبر" (news)
    if m.prefix and not m.name.startswith(morph().article) and not f.local_major and not m.listed \
            and not (m.placed and m.prefix == morph().conjunction and in_doc) \
            and not (m.prefix.startswith(morph().cue_prefixes) and in_doc and not f.common
                     and not m.name.endswith((morph().feminine, _plural_ending()))):
        # a clitic split of an ordinary word: لجنة → ل + جنة, وزارة → و + زارة; a feminine noun
        # after ب is mostly a manner phrase (بدقة, ببراعة) or an object (بحرمات), not a village
        return False
    if m.adjective_pos and not evidence and not major:
        return False
    if f.common:  # mostly an ordinary word or a person's name in news text
        # unless a preposition or head before it and a phrase placing it after it say it is a place
        # ("تسللوا الى دوما جنوب نابلس", "في منطقة الكود شرق زنجبار")
        return (evidence and major and in_doc) or (m.placed and (m.cue or head is not None)
                                                   and not f.countries.isdisjoint(countries))
    if major:
        if evidence or in_doc or (m.name in seen and m.governed):
            # a major town the article has named with evidence is the same town bare, governed by
            # the word before it ("لتطهير مدينة عدن … وذلك بعد تطهير عدن", its country named only
            # by an adjective, اليمنية); not opening a clause ("الخبر أن": the news) or after a
            # particle ("أو حرض عليها": incited)
            return True
        return not countries and f.major_prominent
    if m.name in seen:
        return True
    return evidence and letters >= 3 and in_doc


SHORT_LIST_POP = 100_000  # a two-letter name in a list of places is a place when this big (تعز وإب)


def _short_list_item(m: Match, f: _Facts, countries: set[str]) -> bool:
    """A two-letter name (إب) continuing a list of places ("تعز وإب", "مأرب، إب") by و alone or a
    separator: a place when the gazetteer has a big town or province of that name in a country the
    report names (not "ولد" after a place: و + a small town)."""
    return (m.listed and m.prefix in ("", morph().conjunction)
            and any(p.major and not p.world and p.pop >= SHORT_LIST_POP and p.country in countries
                    for p in f.cands))


def _province_like(p: Place) -> bool:
    """A province, or a town whose province bears its name (Kaduna in Kaduna State)."""
    return p.kind == "admin1" or named_like_province(p)


def drop_surnames(matches: list[Match]) -> list[Match]:
    """A world-list name that the article mostly uses bare, without any locative evidence, is a
    person's name ("قالت شيرمان", "أجلت شيرمان"); a town is mostly cued (في, قرب, مدينة). A
    nisba-shaped name seen once after a given name is a surname throughout the article."""
    bare: dict[str, int] = {}
    cued: dict[str, int] = {}
    drop: set[str] = set()
    for m in matches:
        if m.cands and all(p.world for p in m.cands):
            ev = m.cue or m.direction is not None or m.head is not None
            (cued if ev else bare)[m.name] = (cued if ev else bare).get(m.name, 0) + 1
        if m.after_given_name and is_nisba(m.name) and not any(p.curated for p in m.cands):
            drop.add(m.name)  # "علي الأحمدي" makes every "الأحمدي" of the article a surname
    drop |= {n for n, b in bare.items() if b >= 3 and 3 * cued.get(n, 0) < b}
    return [m for m in matches if m.name not in drop] if drop else matches


def _big_iyya(m: Match, lex: Lexicon, f: _Facts | None = None) -> bool:
    """A province or big city whose name only looks like a nisba (اللاذقية, الناصرية, السليمانية),
    not a direction adjective (الشرقية) nor a common word."""
    if f is None:
        f = _facts_of(m, lex)
    return (not m.prefix and m.name not in lex.after and not f.common
            and not m.adjective_pos and not m.after_given_name and f.big_iyya)
