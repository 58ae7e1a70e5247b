"""Spelling variants of a name the gazetteer lacks: "كتف" held as "كتاف", "بعاج" as "البعاج".

Reads a guessed :class:`~khabar.extract.place_lexicon.Match` (a name after a head that the
gazetteer lacks as written) and the town the places stage would put it at; returns the gazetteer
entry of one spelling variant of the name that lies near that town (or in its province), or None.
Variants are one edit each, the article added or dropped on top: a long vowel (ا و ي) written or
left out inside the name, a final alef with or without hamza. A variant is only taken when the
gazetteer has it near the town, so a variant that is another place's name elsewhere is never used.
A feature name (``guess.yaml`` ``features_at_town``: مثلث, تل, وادي …, not شارع) whose second part is
a town near that town is placed at the town (:func:`inner_name_near`: "مثلث العند" at العند).
Loads ``lang/ar/places/guess.yaml`` (``spelling``, ``features_at_town``) and the article of
``morphology.yaml``.

Example::

    >>> [v in variants("كتف") for v in ("كتاف", "الكتف", "الكتاف")]
    [True, True, True]
"""

from __future__ import annotations

import functools

from khabar.extract.gazetteer import Place, get_gazetteer
from khabar.extract.place_lexicon import km, morph, yaml_words
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form

NEAR_KM = 40.0  # a variant this close to the anchor town is the place
PROVINCE_KM = 150.0  # or this close and in the anchor's province
MIN_LETTERS = 3  # shorter names have too many one-edit neighbours


@functools.cache
def _spelling() -> tuple[tuple[str, ...], tuple[str, str]]:
    d = load_yaml("places/guess.yaml")["spelling"]
    plain, hamza = (normalize_form(x) for x in d["final_hamza"])
    return tuple(normalize_form(v) for v in d["long_vowels"]), (plain, hamza)


@functools.cache
def _final_alternation() -> tuple[str, str]:
    """The final letters a village's name is written with either way (ة/ا: كفرية, كفريا)."""
    a, b = (normalize_form(x) for x in load_yaml("places/guess.yaml")["spelling"]["final_alternation"])
    return a, b


def _features_at_town() -> frozenset[str]:
    """Feature words whose name is the town they lie at (``guess.yaml`` ``features_at_town``)."""
    return yaml_words("places/guess.yaml", "features_at_town")


def _edits(name: str) -> set[str]:
    art = morph().article
    if name.startswith(art):  # the article is no part of the name's spelling
        return {art + e for e in _edits(name[len(art):])}
    vowels, (plain, hamza) = _spelling()
    out: set[str] = set()
    for i in range(1, len(name) - 1):  # a long vowel left out (not the first or last letter)
        if name[i] in vowels and name[i] != " " and name[i - 1] != " ":
            out.add(name[:i] + name[i + 1:])
    for i in range(1, len(name)):  # a long vowel written
        if name[i - 1] != " ":
            for v in vowels:
                out.add(name[:i] + v + name[i:])
    if name.endswith(hamza):
        out.add(name[: -len(hamza)] + plain)
    elif name.endswith(plain):
        out.add(name[: -len(plain)] + hamza)
    return out


def variants(name: str) -> set[str]:
    """One-edit spellings of ``name`` (normalised), each also with the article added or dropped."""
    art = morph().article
    bases = {name, name[len(art):] if name.startswith(art) else art + name}
    out: set[str] = set()
    for b in bases:
        if len(b.replace(" ", "")) >= MIN_LETTERS:
            out |= _edits(b)
    out |= bases
    out.discard(name)
    return out


def _near(names: set[str], anchor: Place) -> Place | None:
    """The gazetteer place of one of ``names`` nearest ``anchor`` (see :func:`variant_near`)."""
    gaz = get_gazetteer()
    best, dist = None, 1e9
    for v in names:
        if v not in gaz:
            continue
        for p in gaz.lookup(v):
            if p.country != anchor.country or p.kind not in ("city", "admin2", "neighbourhood") or p.world:
                continue
            d = km(p, anchor)
            if d <= NEAR_KM or (d <= PROVINCE_KM and p.admin1_ar and p.admin1_ar == anchor.admin1_ar):
                if d < dist:
                    best, dist = p, d
    return best


def list_variant_near(name: str, anchor: Place) -> Place | None:
    """A list item's name written with its final ة as alef or the reverse ("بلدتي الفوعة وكفرية"
    where the gazetteer's كفرية lies 65 km off and its كفريا beside الفوعة): the variant's place
    within NEAR_KM of ``anchor`` (the item before it), else None."""
    a, b = _final_alternation()
    if len(name.replace(" ", "")) < MIN_LETTERS + 1:
        return None
    alt = name[:-1] + b if name.endswith(a) else name[:-1] + a if name.endswith(b) else None
    if alt is None:
        return None
    p = _near({alt}, anchor)
    return p if p is not None and km(p, anchor) <= NEAR_KM else None


def inner_name_near(name: str, anchor: Place) -> Place | None:
    """A feature name the gazetteer lacks whose second part is a town near ``anchor`` ("مثلث العند",
    "تل رفح": the junction or hill at that town): the town, else None."""
    head, _, rest = name.partition(" ")
    if not rest or head not in _features_at_town():
        return None
    return _near({rest}, anchor)


def variant_near(name: str, anchor: Place) -> Place | None:
    """The gazetteer place of a spelling variant of ``name`` nearest ``anchor``: within NEAR_KM, or
    within PROVINCE_KM in the anchor's province; None when there is none or when the gazetteer
    holds ``name`` itself (a common word guessed after a head, its namesakes all far away)."""
    if len(name.replace(" ", "")) < MIN_LETTERS or name in get_gazetteer():
        return None  # a name the gazetteer holds as written is no misspelling of another
    return _near(variants(name), anchor)
