"""Lexicons and shared records of the places stage (see :mod:`khabar.extract.places`).

Loads ``lang/ar/places/{heads,directions,cues,collisions,features}.tsv`` and ``morphology.yaml``
once (and derives the countries' nisba adjectives from the curated country names); defines :class:`Match` (a gazetteer name found in the text, with its context) and small
geometry helpers.

Example::

    >>> lexicon().heads[normalize_form("محافظة")][0]
    'admin1'
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

from khabar.extract.gazetteer import Place, common_names
from khabar.lang import load_tsv, load_yaml
from khabar.text.normalize import normalize_form
from khabar.text.segment import WordCache, proclitic_splits


@dataclass(frozen=True)
class Morphology:
    """Word-shape constants from ``lang/ar/places/morphology.yaml``."""

    article: str
    conjunction: str
    name_prefixes: frozenset[str]
    ll_prefixes: frozenset[str]
    cue_prefixes: tuple[str, ...]
    head_prefixes: frozenset[str]
    nisba: tuple[str, ...]
    feminine: str
    separators: frozenset[str]
    inner_hamzas: frozenset[str] = frozenset()


@functools.cache
def morph() -> Morphology:
    y = load_yaml("places/morphology.yaml")
    return Morphology(y["article"], y["conjunction"], frozenset(y["name_prefixes"]),
                      frozenset(y["article_lam_prefixes"]), tuple(y["cue_prefixes"]),
                      frozenset(y["head_prefixes"]), tuple(y["nisba_endings"]),
                      y["feminine_ending"], frozenset(y["list_separators"]), frozenset(y["inner_hamzas"]))


@dataclass(frozen=True)
class Lexicon:
    heads: dict[str, tuple[str, bool, int | None]]  # form -> (level, strong, precision)
    before: dict[tuple[str, ...], tuple[str, int]]  # direction words -> (direction, precision)
    after: dict[str, str]  # adjective after the name -> direction
    cues: frozenset[str]
    collisions: dict[str, str]  # form -> rule
    stop_prefixes: frozenset[str]  # word-prefixes of multi-word collision forms
    common: frozenset[str]
    dir_last: frozenset[str]  # last words of multi-word direction phrases
    features: frozenset[str]  # جبل, وادي, شارع …: part of the name they start
    quotes: frozenset[str] = field(default=frozenset('"«»\'“”'))


@functools.cache
def lexicon() -> Lexicon:
    heads = {}
    for r in load_tsv("places/heads.tsv", ("form", "level", "strength")):
        prec = int(r["precision"]) if r.get("precision") else None
        heads[normalize_form(r["form"])] = (r["level"], r["strength"] == "strong", prec)
    before: dict[tuple[str, ...], tuple[str, int]] = {}
    after: dict[str, str] = {}
    for r in load_tsv("places/directions.tsv", ("form", "direction", "precision", "position")):
        f = normalize_form(r["form"])
        if r["position"] == "after":
            after[f] = r["direction"]
        else:
            before[tuple(f.split())] = (r["direction"], int(r["precision"]))
    cues = frozenset(normalize_form(r["form"]) for r in load_tsv("places/cues.tsv", ("form",)))
    coll = {normalize_form(r["form"]): r["rule"] for r in load_tsv("places/collisions.tsv", ("form", "rule"))}
    stop_prefixes = set()
    for f in coll:
        parts = f.split()
        stop_prefixes.update(" ".join(parts[:k]) for k in range(1, len(parts)))
    dir_last = frozenset(k[-1] for k in before if len(k) > 1)
    features = frozenset(normalize_form(r["form"]) for r in load_tsv("places/features.tsv", ("form",)))
    return Lexicon(heads, before, after, cues, coll, frozenset(stop_prefixes), common_names(), dir_last,
                   features)


@functools.cache
def given_names() -> frozenset[str]:
    """Normalised given names (``lang/ar/entities/first_names.tsv``, shared with the NER stage)."""
    return frozenset(normalize_form(r["form"]) for r in load_tsv("entities/first_names.tsv", ("form",)))


@functools.cache
def nisba_countries() -> dict[str, str]:
    """Normalised nisba adjectives of the countries (سوري, السورية, مالي …) -> ISO code.

    Derived from the one-word country forms with ``nisba_from_country`` of morphology.yaml; a form
    shared by two countries is dropped.
    """
    from khabar.extract.gazetteer import get_gazetteer

    mo = morph()
    rules = [(normalize_form(a), normalize_form(b))
             for a, b in load_yaml("places/morphology.yaml")["nisba_from_country"]]
    out: dict[str, str] = {}
    clash: set[str] = set()
    for form, places in get_gazetteer().curated.items():
        cs = {p.country for p in places if p.kind == "country"}
        if len(cs) != 1 or " " in form:
            continue
        base = form[len(mo.article):] if form.startswith(mo.article) else form
        stem = next((base[: len(base) - len(a)] + b for a, b in rules if base.endswith(a)), None)
        if stem is None or len(stem) < 4:
            continue
        for n in (stem, mo.article + stem, stem + mo.feminine, mo.article + stem + mo.feminine):
            if out.get(n, cs and next(iter(cs))) != next(iter(cs)):
                clash.add(n)
            out[n] = next(iter(cs))
    for n in clash:
        out.pop(n, None)
    return out


@functools.cache
def head_prefix_letters() -> frozenset[str]:
    """The letters a proclitic before a head, cue or feature word can open with: a word opening
    with another letter is only itself."""
    return frozenset(p[0] for p in morph().head_prefixes if p)


def _bare_forms(word: str) -> tuple[str, ...]:
    """The word without proclitics (و ب ل ال …), e.g. بمحافظة → محافظه; the word itself first."""
    if word[:1] not in head_prefix_letters():
        return (word,)
    out = [word]
    prefixes = morph().head_prefixes
    for p, stem in proclitic_splits(word):
        if p in prefixes and stem not in out:
            out.append(stem)
    return tuple(out)


BARE_FORMS = WordCache(_bare_forms)  # rotated per document by the places stage
bare_forms = BARE_FORMS.__getitem__  # bare_forms(word): see _bare_forms


@dataclass(slots=True)  # ~70 per article: slots make them quicker to build and read
class Match:
    i: int  # first token
    j: int  # last token
    name: str  # normalised name as looked up
    nstart: int
    nend: int
    prefix: str  # proclitics on the first token
    cands: list[Place]
    head: tuple[str, bool, int | None] | None = None
    head_tok: int | None = None
    direction: str | None = None
    dir_prec: int | None = None
    cue_tok: int | None = None
    cue: bool = False
    listed: bool = False  # continues a list after an accepted place
    joined: bool = False  # listed right after the place by و alone ("حلب وإدلب")
    after_given_name: bool = False  # right after a given name ("ويندي شيرمان")
    quoted: bool = False
    adjective_pos: bool = False  # follows a definite noun ("القوات السعودية")
    patronym: bool = False  # follows a word of descent ("عامر بن جدو"): a person's name
    capital: bool = False  # followed by العاصمة ("تونس العاصمة"): the capital city, not the country
    inflected: bool = False  # an adjective's case ending: "مقاتلاً بريطانياً", "جنديا روسيا"
    nationality: str | None = None  # a country's nisba right after the name ("البنجاب الهندي")
    near: "Match | None" = None  # "X غرب Y", "X بمدينة Y": X lies near or inside Y
    guessed: bool = False  # a word the gazetteer lacks, after a head (placed at its town)
    near_dir: bool = False  # linked by a direction word right after it: "الرباط شمال عدن"
    approx: Place | None = None  # not in the gazetteer (or far off): placed at this nearby place
    chosen: Place | None = None
    level: str | None = None
    dateline: bool = False  # the place a report or a round-up item is filed from ("تونس (رويترز) -")
    placed: bool = False  # followed by a phrase placing it: "X شرق مدينة Y", "X بمحافظة Y"
    part_of: bool = False  # a part of another country after ل: "الحدود الشمالية والشرقية لنيجيريا"
    example_of: tuple[int, int] | None = None  # an example in a list ("مواقع بجبهة Y، منها X"): tokens naming Y
    governed: bool = False  # bare, right after an indefinite word of 3+ letters: "تطهير عدن", "وأطلقت الرياض"


def named_like_province(p: Place) -> bool:
    """A town whose province bears its name (Kunduz in Kunduz, Kaduna in Kaduna State)."""
    return bool(p.admin1) and p.admin1.casefold() == p.name.casefold()


def is_nisba(name: str) -> bool:
    """A nisba adjective shape: الجنوبية, الشمالي, السعودية, شمالية."""
    return " " not in name and len(name) >= 4 and name.endswith(morph().nisba)


def km(a: Place, b: Place) -> float:
    """Distance in km (equirectangular: exact enough below a few hundred km)."""
    dy = a.lat - b.lat
    dx = (a.lon - b.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 111.2 * math.sqrt(dx * dx + dy * dy)


def capital_of(m: Match, p: Place) -> Place | None:
    """The same-name city of an admin1 (حلب the province → حلب the city), if any."""
    best = None
    for c in m.cands:
        if c.kind == "city" and c.country == p.country and c.admin1_ar and c.admin1_ar == p.admin1_ar:
            if best is None or (c.is_capital, c.pop) > (best.is_capital, best.pop):
                best = c
    return best


@functools.cache
def head_forms() -> frozenset[str]:
    """Every head with every proclitic combination (محافظة, بمحافظة, وبمحافظة …)."""
    return frozenset(p + h for h in lexicon().heads for p in morph().head_prefixes)


@functools.cache
def yaml_words(path: str, key: str) -> frozenset[str]:
    """The words of one list of a places data file (``places/relations.yaml`` …), normalised."""
    return frozenset(normalize_form(w) for w in load_yaml(path)[key])
