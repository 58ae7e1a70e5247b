"""The alias stage's language data, loaded once: every file of ``lang/ar/aliases/``.

Reads ``aliases/stop_words.tsv``, ``org_heads.tsv``, ``local_bodies.tsv``, ``person_titles.tsv``,
``given_names.tsv``, ``given_names_extra.tsv``, ``common_words.tsv``, ``kunya.tsv``, ``cues.tsv``, ``groups.tsv``,
``not_aliases.tsv`` and ``morphology.yaml``, plus the entities stage's ``entities/actors.yaml`` and
``entities/first_names.tsv`` when they exist. Adds nothing to any Doc. All forms are folded with
``normalize_form``, so they meet the normalised text.

Example::

    >>> d = alias_data()
    >>> d.groups[words_of("سنتكوم")][0] == d.groups[words_of("القيادة المركزية الأمريكية")][0]
    True
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field

from khabar.errors import LangDataError
from khabar.lang import data_path, load_tsv, load_yaml
from khabar.text.normalize import normalize_form

log = logging.getLogger(__name__)

_WORD = re.compile(r"[^\W_]+")
BREAK_KINDS = frozenset({"particle", "relative", "time", "direction", "descriptor"})


def words_of(text: str) -> tuple[str, ...]:
    """The normalised words of a name as written (punctuation dropped)."""
    return tuple(_WORD.findall(normalize_form(text)))


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class Morph:
    """The letters and endings of ``aliases/morphology.yaml`` (see the comments there)."""

    article: str
    lam_article: str
    lam: str
    ba: str
    conjunctions: str  # one string of single letters
    proclitics: str
    bare_prefixes: frozenset[str]
    hamza_alefs: str
    alef_maqsura: str
    ya: str
    nisba_endings: tuple[str, ...]
    participle_prefix: str
    plural_nominative: str
    plural_oblique: str
    feminine_ending: str
    tanween_fath: str
    not_surname_endings: tuple[str, ...]
    nisba_feminine: str
    plural_endings: tuple[str, ...]
    pronoun_suffixes: frozenset[str]
    long_vowels: str
    son: frozenset[str]
    cue_prepositions: frozenset[str]
    cue_name_word: str
    list_joiners: frozenset[str]
    complement_particles: frozenset[str]
    commas: frozenset[str]
    quotes: frozenset[str]
    previous_alone: frozenset[str] = frozenset()
    joined: frozenset[str] = frozenset()  # particles written joined to the next word or apart (عبدالله)
    family_plural: tuple[int, int, str] = (0, 0, "")  # letters after ال, position of the alef, not first
    imperfect_prefixes: str = ""
    verbal_noun_ta: str = ""  # the ت of a form-II verbal noun: التفجير, التفتيش (no surname)
    nationality_drop: tuple[str, ...] = ()
    sound_plural: tuple[str, str] = ("", "")  # nominative, oblique endings of a sound plural
    plural_noun_endings: tuple[str, ...] = ()  # a noun so ending may take a plural adjective
    kinship: frozenset[str] = frozenset()  # والده، ابن: a name after one is a relative, another person
    fixed_names: frozenset[tuple[str, ...]] = frozenset()  # القوات المسلحة: a name ending in a describing word
    head_numbers: tuple[tuple[str, str], ...] = ()  # (singular, plural) of a head: قوة / قوات
    status_adjectives: frozenset[str] = frozenset()  # الحكومية: a body's status, left off its known name
    name_adjectives: frozenset[str] = frozenset()  # العام, الأعلى: adjectives of a name that are no nisba
    masculine_heads: frozenset[str] = frozenset()  # التحالف: takes no feminine adjective right after it
    kunya_cases: tuple[str, ...] = ()  # أبو, أبي, أبا: one kunya in its three cases (nominative first)
    formulas: frozenset[tuple[str, ...]] = frozenset()  # رضي الله عنه: a blessing after a name, no name
    prepositions: frozenset[str] = frozenset()  # لصالح: ل + a given name, a preposition before a noun
    located_heads: frozenset[str] = frozenset()  # بعثة: a body named with the place it serves in
    located_by: frozenset[str] = frozenset()  # في, لدى: the preposition before that place
    verbal_noun_templates: tuple[str, ...] = ()  # اCCاC: a derived verb's verbal noun, C any letter
    keyword_lines: frozenset[str] = frozenset()  # سمات: opens the outlet's keyword line, read as no text


@functools.cache
def morph() -> Morph:
    y = load_yaml("aliases/morphology.yaml")
    try:
        f = normalize_form
        return Morph(
            article=f(y["article"]), lam_article=f(y["lam_article"]), lam=f(y["lam"]), ba=f(y["ba"]),
            conjunctions="".join(f(c) for c in y["conjunctions"]),
            proclitics="".join(f(c) for c in y["proclitics"]),
            bare_prefixes=frozenset(f(c) for c in y["bare_prefixes"]),
            hamza_alefs="".join(y["hamza_alefs"]), alef_maqsura=y["alef_maqsura"], ya=f(y["ya"]),
            nisba_endings=tuple(f(e) for e in y["nisba_endings"]),
            participle_prefix=f(y["participle_prefix"]),
            plural_nominative=f(y["plural_nominative"]), plural_oblique=f(y["plural_oblique"]),
            feminine_ending=f(y["feminine_ending"]), tanween_fath=y["tanween_fath"],
            not_surname_endings=tuple(f(e) for e in y["not_surname_endings"]),
            nisba_feminine=f(y["nisba_feminine"]),
            plural_endings=tuple(f(e) for e in y["plural_endings"]),
            pronoun_suffixes=frozenset(f(e) for e in y["pronoun_suffixes"]),
            long_vowels="".join(f(c) for c in y["long_vowels"]),
            son=frozenset(f(w) for w in y["name_particles"]["son"]),
            cue_prepositions=frozenset(f(w) for w in y["cue_prepositions"]),
            cue_name_word=f(y["cue_name_word"]),
            list_joiners=frozenset(f(w) for w in y["list_joiners"]),
            complement_particles=frozenset(f(w) for w in y["complement_particles"]),
            commas=frozenset(y["commas"]), quotes=frozenset(y["quotes"]),
            previous_alone=frozenset(f(w) for w in y["name_particles"].get("previous_alone", [])),
            joined=frozenset(f(w) for w in y["name_particles"].get("joined", [])),
            family_plural=(int(y["family_plural"]["letters"]), int(y["family_plural"]["alef_at"]),
                           "".join(f(c) for c in y["family_plural"]["not_first"])),
            imperfect_prefixes="".join(f(c) for c in y.get("imperfect_prefixes", [])),
            verbal_noun_ta=f(y.get("verbal_noun_ta", "")),
            nationality_drop=tuple(f(e) for e in y.get("nationality_drop", [])),
            sound_plural=tuple(f(e) for e in y.get("sound_plural", ["", ""]))[:2],  # type: ignore[arg-type]
            plural_noun_endings=tuple(f(e) for e in y.get("plural_noun_endings", [])),
            kinship=frozenset(f(w) for w in y.get("kinship", [])),
            fixed_names=frozenset(tuple(f(x) for x in str(n).split()) for n in y.get("fixed_names", [])),
            head_numbers=tuple((f(str(a)), f(str(b))) for a, b in y.get("head_numbers", [])),
            status_adjectives=frozenset(f(str(w)) for w in y.get("status_adjectives", [])),
            name_adjectives=frozenset(f(str(w)) for w in y.get("name_adjectives", [])),
            masculine_heads=frozenset(f(str(w)) for w in y.get("masculine_heads", [])),
            kunya_cases=tuple(f(str(w)) for w in y.get("kunya_cases", [])),
            formulas=frozenset(tuple(f(x) for x in str(n).split()) for n in y.get("formulas", [])),
            prepositions=frozenset(f(str(w)) for w in y.get("name_prepositions", [])),
            located_heads=frozenset(f(str(w)) for w in y.get("located_heads", [])),
            located_by=frozenset(f(str(w)) for w in y.get("located_by", [])),
            verbal_noun_templates=tuple(f(str(w)) for w in y.get("verbal_noun_templates", [])),
            keyword_lines=frozenset(f(str(w)) for w in y.get("keyword_lines", [])))
    except (KeyError, TypeError) as exc:
        raise LangDataError(f"{data_path('aliases/morphology.yaml')}: missing or bad key: {exc}") from exc


@dataclass(frozen=True)
class AliasData:
    """Every lookup table of the alias stage, loaded once."""

    stop_break: frozenset[str]  # words that end a name
    particles: frozenset[str]  # prepositions and other particles
    stop_alone: frozenset[str]  # words that never stand alone as a short name
    generic: frozenset[str]  # words opening a description of a group (قوات, طيران)
    not_name: frozenset[str]  # given names that are mostly verbs or nouns in news prose (طالب)
    desc_heads: frozenset[str]  # heads that only describe the name after them (تنظيم)
    not_aliases: frozenset[tuple[str, ...]]  # entity-lexicon forms that are no alias names
    heads: dict[str, tuple[bool, bool]]  # head -> (alone, drop)
    titles: dict[str, bool]  # title -> keep (part of the name)
    given: frozenset[str]
    common: frozenset[str]  # verbs and common nouns never seen in a person's name (derived)
    kunya: frozenset[str]
    cues: dict[tuple[str, ...], str]  # cue words -> kind
    groups: dict[tuple[str, ...], tuple[str, str, str]]  # words -> (group id, type, canonical)
    group_first: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # by first word
    bind_next: frozenset[str] = frozenset()  # name particles bound to the next word (عبد, أبو)
    bind_prev: frozenset[str] = frozenset()  # bound to the previous word (الدين, الله, أوغلو)
    bind_rest: frozenset[str] = frozenset()  # bound to the rest of the name (ولد)
    nisba_heads: frozenset[str] = frozenset()  # heads left off before a country's adjective (وزارة)
    epithets: frozenset[str] = frozenset()  # epithets before a short name (المخلوع صالح)
    nationalities: frozenset[str] = frozenset()  # a country's feminine adjective (الأمريكية)
    short_titles: frozenset[str] = frozenset()  # titles written as one form with a short name (اللواء التركي)
    appositions: dict[tuple[str, ...], str] = field(default_factory=dict)  # office epithet -> title after it
    group_heads: frozenset[tuple[str, str]] = frozenset()  # (group id, first word of one of its names)
    eponyms: frozenset[str] = frozenset()  # plural nisbas naming a movement after a family (الحوثيين)
    local_bodies: frozenset[str] = frozenset()  # bodies of a province or town (مجلس محافظة …)
    local_units: frozenset[str] = frozenset()  # the units' nouns, indefinite (محافظة)
    legislatures: dict[tuple[str, ...], str] = field(default_factory=dict)  # words -> generic/chamber/other
    named_forces: frozenset[tuple[str, ...]] = frozenset()  # forces named by their kind (قوات الطوارئ)
    loyal_forces: dict[str, str] = field(default_factory=dict)  # word -> head/loyal (القوات الموالية لـ)


def particles_of(kind: str) -> list[str]:
    return list(load_yaml("aliases/morphology.yaml")["name_particles"][kind])


def _forms(relpath: str, column: str = "form") -> list[dict[str, str]]:
    rows = load_tsv(relpath, required=(column,))
    return [dict(r, **{column: normalize_form(r[column])}) for r in rows]


def _entity_actors() -> list[tuple[str, str, list[str]]]:
    """(canonical, label, names) from the entities stage's lexicon, when it exists and parses."""
    if not data_path("entities/actors.yaml").exists():
        return []
    try:
        data = load_yaml("entities/actors.yaml")
    except LangDataError as exc:
        log.warning("entity lexicon unreadable, aliases use their own table only: %s", exc)
        return []
    out = []
    for entry in data or []:
        if not isinstance(entry, dict) or not entry.get("canonical"):
            continue
        label = str(entry.get("label") or "ORG")
        if label not in ("PER", "ORG"):
            continue
        names = [str(n) for n in entry.get("names") or [] if n]
        out.append((str(entry["canonical"]), label, names))
    return out


@functools.cache
def alias_data() -> AliasData:
    stops = _forms("aliases/stop_words.tsv")
    stop_break = frozenset(r["form"] for r in stops if r.get("kind") in BREAK_KINDS)
    stop_alone = frozenset(r["form"] for r in stops)
    generic = frozenset(r["form"] for r in stops if r.get("kind") == "generic")
    particles = frozenset(r["form"] for r in stops if r.get("kind") == "particle")
    not_name = frozenset(r["form"] for r in stops if r.get("kind") == "not_name")
    not_aliases = frozenset(words_of(r["form"]) for r in _forms("aliases/not_aliases.tsv"))
    head_rows = _forms("aliases/org_heads.tsv")
    heads = {r["form"]: (r.get("alone") == "yes", r.get("drop") == "yes") for r in head_rows}
    desc_heads = frozenset(r["form"] for r in head_rows if r.get("drop") == "desc")
    nisba_heads = frozenset(r["form"] for r in head_rows if r.get("drop") == "nisba")
    title_rows = _forms("aliases/person_titles.tsv")
    titles = {r["form"]: r.get("keep") == "yes" for r in title_rows}
    short_titles = frozenset(r["form"] for r in title_rows if r.get("keep") == "short")
    epithets = frozenset(r["form"] for r in _forms("aliases/epithets.tsv"))
    local = _forms("aliases/local_bodies.tsv")
    appositions = {words_of(r["form"]): normalize_form(r["title"])
                   for r in _forms("aliases/appositions.tsv") if r.get("title")} \
        if data_path("aliases/appositions.tsv").exists() else {}
    given = {r["form"] for r in _forms("aliases/given_names.tsv")}
    given |= {r["form"] for r in _forms("aliases/given_names_extra.tsv")}
    if data_path("entities/first_names.tsv").exists():
        try:
            given |= {r["form"] for r in _forms("entities/first_names.tsv")}
        except LangDataError as exc:
            log.warning("entities/first_names.tsv unreadable: %s", exc)
    # a stop word is no given name, unless it only folds onto one (على → علي: the text decides)
    m = morph()
    ya_stops = {normalize_form(r["form"]) for r in load_tsv("aliases/stop_words.tsv", ("form",))
                if r["form"].endswith(m.alef_maqsura)}
    given -= stop_break - ya_stops
    # the derived list keeps a few names behind the preposition ل (لعلي, لمحمد): ل + a given name is
    # the preposition and that name, never a name of its own
    given = {w for w in given if not (w.startswith(m.lam) and w[len(m.lam):] in given)}
    kunya = frozenset(r["form"] for r in _forms("aliases/kunya.tsv"))
    common = frozenset(r["form"] for r in _forms("aliases/common_words.tsv"))
    cues = {words_of(r["form"]): r.get("kind") or "aka" for r in _forms("aliases/cues.tsv")}
    groups: dict[tuple[str, ...], tuple[str, str, str]] = {}
    canon: dict[str, str] = {}
    for r in load_tsv("aliases/groups.tsv", required=("group", "type", "form")):
        gid = r["group"]
        canon.setdefault(gid, r["form"])
        groups.setdefault(words_of(r["form"]), (gid, r["type"], canon[gid]))
    relative = frozenset(r["form"] for r in stops if r.get("kind") == "relative")
    for canonical, label, names in _entity_actors():
        # an actor shares the group of any of its names already known, else gets its own; a form
        # with a relative clause (التحالف الذي تقوده السعودية) describes the actor, it is no name
        ws = [w for w in (words_of(n) for n in [canonical, *names])
              if w and w[0] not in generic and w[-1] not in stop_break and w not in not_aliases
              and relative.isdisjoint(w)]
        known = next((groups[w][0] for w in ws if w in groups), None)
        gid = known or "actor:" + " ".join(words_of(canonical))
        canon.setdefault(gid, canonical)
        for w in ws:
            if w:
                groups.setdefault(w, (gid, label, canon[gid]))
    _head_numbers(groups, m)
    first: dict[str, list[tuple[str, ...]]] = {}
    for w in sorted(groups, key=len, reverse=True):
        if w:
            first.setdefault(w[0], []).append(w)
    return AliasData(
        stop_break=stop_break, particles=particles, stop_alone=stop_alone, generic=generic,
        not_name=not_name, epithets=epithets, desc_heads=desc_heads, not_aliases=not_aliases, heads=heads, titles=titles,
        short_titles=short_titles, appositions=appositions,
        given=frozenset(given), common=common, kunya=kunya, cues=cues, groups=groups, group_first=first,
        bind_next=frozenset(normalize_form(w) for w in particles_of("next")),
        bind_prev=frozenset(normalize_form(w) for w in particles_of("previous")),
        bind_rest=frozenset(normalize_form(w) for w in particles_of("rest")),
        nisba_heads=nisba_heads, nationalities=_nationalities(),
        group_heads=frozenset((v[0], w[0]) for w, v in groups.items() if len(w) >= 2),
        eponyms=frozenset(r["form"] for r in _forms("aliases/eponyms.tsv")),
        local_bodies=frozenset(r["form"] for r in local if r.get("kind") == "body"),
        local_units=frozenset(r["form"] for r in local if r.get("kind") == "unit"),
        legislatures={words_of(r["form"]): r.get("kind", "") for r in _forms("aliases/legislatures.tsv")},
        named_forces=frozenset(words_of(r["form"]) for r in _forms("aliases/named_forces.tsv")),
        loyal_forces={words_of(r["form"])[0]: r.get("kind", "") for r in _forms("aliases/loyal_forces.tsv")},
    )


def _head_numbers(groups: dict[tuple[str, ...], tuple[str, str, str]], m: Morph) -> None:
    """A group's name opened by a head that has a singular and a plural (قوة / قوات) is also written
    with the other (``head_numbers`` in morphology.yaml): قوة الدعم السريع = قوات الدعم السريع."""
    other = {a: b for a, b in m.head_numbers} | {b: a for a, b in m.head_numbers}
    for words, value in list(groups.items()):
        if len(words) >= 2 and words[0] in other:
            groups.setdefault((other[words[0]],) + words[1:], value)


def _nationalities() -> frozenset[str]:
    """The feminine adjectives of the countries in ``places/countries*.tsv`` (see morphology.yaml)."""
    m = morph()
    out: set[str] = set()
    for rel in ("places/countries.tsv", "places/countries_world.tsv"):
        if not data_path(rel).exists():
            continue
        for row in load_tsv(rel, required=("forms",)):
            for form in row["forms"].split("|"):
                words = words_of(form)
                if len(words) != 1:
                    continue
                w = words[0]
                if w.endswith(m.nisba_feminine) and w.startswith(m.article):
                    out.add(w)  # السعودية is its own adjective
                base = w[len(m.article):] if w.startswith(m.article) else w
                stems = {base} | {base[: -len(e)] for e in m.nationality_drop if base.endswith(e)}
                out |= {m.article + s + m.nisba_feminine for s in stems if len(s) >= 2}
    return frozenset(out)
