#!/usr/bin/env python3
"""Arabic-script forms of Turkish towns that GeoNames names only in Latin letters.

Reads ``geonames/mena_places_geonames.jsonl`` (GeoNames cities500, CC BY 4.0) under the gazetteer
sources, the spelling rules of ``lang/ar/places/translit_tr.yaml`` and, to leave out forms that are
ordinary Arabic words, an optional news corpus (SaudiNewsNet zips: a form seen as a word there at
least ``--max-corpus`` times is dropped). Writes ``lang/ar/places/world_tr.tsv`` (columns as
``world_more.tsv``): every Turkish town of ``min_population`` people or more that has no Arabic
name in GeoNames, with its usual spelling and a few variants (Silopi -> سيلوبي; Şırnak ->
شيرناك|شيرناق|شرناك). Forms the gazetteer or the curated lists already hold are left out. The
places stage treats these rows like ``world_more.tsv``: a town needs its country named in the
article and a cue, or a head of its own.

Usage: python scripts/build_gazetteer.py --turkish [--src DIR] [--corpus DIR]
"""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path

from khabar.extract.gazetteer import get_gazetteer
from khabar.lang import load_tsv, load_yaml
from khabar.readers.base import ReadReport
from khabar.readers.saudinewsnet import read_saudinewsnet_zip
from khabar.text.normalize import normalize_form

_LATIN_WORD = re.compile(r"[^\W\d_]+")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def turkish_lower(s: str) -> str:
    """Lower case with Turkish dotted and dotless i (I -> ı, İ -> i)."""
    return s.replace("I", "ı").replace("İ", "i").lower()


def _squeeze(word: str) -> str:
    """Doubled letters are written once (Kilis, Ballı -> Balı)."""
    out = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _word(word: str, rules: dict, choice: dict[str, int]) -> str:
    """One Turkish word in Arabic letters; ``choice`` picks a letter's alternative spelling."""
    w = _squeeze(word)
    out: list[str] = []
    i = 0
    letters, pairs = rules["letters"], rules["pairs"]
    while i < len(w):
        ch = w[i]
        if i == 0 and ch in rules["initial"]:
            out.append(rules["initial"][ch][0])
            i += 1
            continue
        pair = w[i:i + 2]
        if i > 0 and pair in pairs and i + 2 <= len(w):
            out.append(pairs[pair][0])
            i += 2
            continue
        if i == len(w) - 1 and ch in rules["final"]:
            out.append(rules["final"][ch][0])
            i += 1
            continue
        alts = letters.get(ch)
        if alts is None:
            return ""  # a letter the rules do not know: no form
        out.append(alts[min(choice.get(ch, 0), len(alts) - 1)])
        i += 1
    return "".join(out)


def _name(name: str, rules: dict, choice: dict[str, int]) -> list[str]:
    """The name's forms under one choice of spellings: the words as written, and a compound
    split after a known first element (Sultanbeyli -> سلطان بايلي)."""
    words = _LATIN_WORD.findall(turkish_lower(name))
    if not words:
        return []
    plain = [_word(w, rules, choice) for w in words]
    forms = [" ".join(plain)] if all(plain) else []
    first = words[0]
    for el, ar in rules["elements"].items():
        rest = first[len(el):]
        if first.startswith(el) and len(rest) >= 3:
            tail = _word(rest, rules, choice)
            if tail and all(plain[1:]):
                forms.insert(0, " ".join([ar, tail, *plain[1:]]))
            break
    return forms


def forms_of(name: str, rules: dict | None = None) -> list[str]:
    """The usual spelling(s) of a Turkish name, then variants (one letter's alternative at a
    time), at most ``max_forms``, without repeats after normalisation."""
    rules = rules or load_yaml("places/translit_tr.yaml")
    out: list[str] = []
    seen: set[str] = set()
    lower = turkish_lower(name)
    for v in [None, *rules["variant_letters"]]:
        if v is not None and v not in lower:
            continue
        for f in _name(name, rules, {v: 1} if v else {}):
            n = normalize_form(f)
            if n and n not in seen:
                seen.add(n)
                out.append(f)
    return out[: rules["max_forms"]]


def corpus_counts(corpus: Path | None, limit: int = 20000) -> collections.Counter:
    """How often each Arabic word occurs (normalised) in up to ``limit`` articles of the corpus."""
    counts: collections.Counter = collections.Counter()
    if corpus is None or not corpus.exists():
        return counts
    n = 0
    for zpath in sorted(corpus.glob("*.zip")):
        # (the project's reader: an article without text is skipped, as every tool reads the corpus)
        for art in read_saudinewsnet_zip(zpath, ReadReport()):
            counts.update(normalize_form(w) for w in _ARABIC_WORD.findall(f"{art.title or ''} {art.text}"))
            n += 1
            if n >= limit:
                return counts
    return counts


def _ordinary(form: str, counts: collections.Counter, limit: int, clitics: list[str]) -> bool:
    """A one-word form that the corpus uses as a word, bare or behind a clitic (ارزين in
    بارزين "prominent"): an ordinary word, not a Turkish town."""
    if " " in form:
        return False
    return any(counts[c + form] >= limit for c in ["", *clitics])


def curated_forms() -> set[str]:
    """Forms of the hand-made lists (countries, world, world_more, regions), normalised."""
    out: set[str] = set()
    for name in ("countries", "countries_world", "world", "world_more", "regions"):
        for r in load_tsv(f"places/{name}.tsv", ("forms",)):
            out.update(normalize_form(f.strip()) for f in r["forms"].split("|"))
    return out


def build(src: Path, out: Path, corpus: Path | None = None, max_corpus: int = 3) -> int:
    """Write ``out`` (world_tr.tsv); returns the number of towns written."""
    rules = load_yaml("places/translit_tr.yaml")
    known = set(get_gazetteer().index) | curated_forms()
    counts = corpus_counts(corpus)
    clitics = [normalize_form(c) for c in rules["corpus_clitics"]]
    rows = [json.loads(line) for line in (src / "geonames/mena_places_geonames.jsonl").open(encoding="utf-8")]
    tr = [r for r in rows if r["country"] == "TR"]
    province = {r["admin1_code"]: r["admin1"] for r in tr if r.get("admin1")}
    towns = sorted((r for r in tr if not r["names_ar"] and (r["population"] or 0) >= rules["min_population"]
                    and len(re.sub(r"\W", "", r["name"])) >= rules["min_letters"]),
                   key=lambda r: -(r["population"] or 0))
    taken: set[str] = set()
    lines = []
    for r in towns:
        keep = []
        for f in forms_of(r["name"], rules):
            n = normalize_form(f)
            if n in taken or n in known or _ordinary(n, counts, max_corpus, clitics):
                continue
            taken.add(n)
            keep.append(f)
        if not keep:
            continue
        admin1 = province.get(r["admin1_code"]) or ""
        lines.append("\t".join([r["name"], "|".join(keep), "TR", "city", f"{r['lat']:.4f}",
                                f"{r['lon']:.4f}", admin1,
                                f"geonames {r['geonameid']}, {r['population']} people, transliterated"]))
    head = ("# Turkish towns of {pop:,}+ people that GeoNames names only in Latin letters, written as Arabic\n"
            "# news writes them (rules: translit_tr.yaml). Generated by scripts/build_gazetteer.py --turkish;\n"
            "# do not edit by hand. Columns as world_more.tsv; these names need evidence like it.\n"
            ).format(pop=rules["min_population"])
    out.write_text(head + "name_en\tforms\tcountry\tlevel\tlat\tlon\tadmin1\tsource\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)
