"""Places stage: detect toponyms in Arabic text and resolve them to gazetteer entries.

Reads ``doc.tokens`` (normalised forms and offsets) and adds ``doc.places``: one
:class:`~khabar.doc.PlaceMention` per toponym, its span without clitics or generic heads
(``بدير الزور`` → ``دير الزور``; ``مدينة حلب`` → ``حلب``), with country, level, coordinates, admin1,
ACLED geo-precision, the direction of a relative expression (``شمال غرب إدلب``) and the cue word.

Detection scans token n-grams (up to five words, the first word tried with each clitic split) in the
gazetteer (:mod:`khabar.extract.gazetteer`). A name is kept when it is a country, a province, a
major city or a curated region, or when the context gives evidence: a generic head (مدينة, قرية …),
a locative preposition, a direction word, or a list that continues an accepted place; common words
(``collisions.tsv`` and names the NER corpora tag as ordinary words) need stronger evidence.
Resolution scores each homonym by kind, population, the countries and provinces the document
names, distance to the other places resolved in the document, and what the head asks for.

Data files: ``lang/ar/places/{heads,directions,cues,collisions,countries,world,regions}.tsv`` and the
compiled gazetteer ``data/gazetteer/``.

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
from dataclasses import dataclass, field

from khabar.doc import Doc, PlaceMention, Token
from khabar.extract.gazetteer import Gazetteer, Place, common_names, get_gazetteer
from khabar.lang import load_tsv, load_yaml
from khabar.text.normalize import normalize_form
from khabar.text.segment import clitic_splits

log = logging.getLogger(__name__)

MAX_WORDS = 5
BIG_POP = 500_000  # a city this big needs no country context either
FAR_KM = 150.0  # a minor homonym this far from the town the text puts it next to is a different place
NEAR_CAPITAL_KM = 90.0  # an admin1 is placed at its capital when the capital is this close (ACLED)


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


@functools.cache
def morph() -> Morphology:
    y = load_yaml("places/morphology.yaml")
    return Morphology(y["article"], y["conjunction"], frozenset(y["name_prefixes"]),
                      frozenset(y["article_lam_prefixes"]), tuple(y["cue_prefixes"]),
                      frozenset(y["head_prefixes"]), tuple(y["nisba_endings"]),
                      y["feminine_ending"], frozenset(y["list_separators"]))


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


@functools.lru_cache(maxsize=200_000)
def _bare_forms(word: str) -> tuple[str, ...]:
    """The word without proclitics (و ب ل ال …), e.g. بمحافظة → محافظه; the word itself first."""
    out = [word]
    prefixes = morph().head_prefixes
    for p, stem, s in clitic_splits(word):
        if not s and p in prefixes and stem not in out:
            out.append(stem)
    return tuple(out)


@dataclass
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
    quoted: bool = False
    adjective_pos: bool = False  # follows a definite noun ("القوات السعودية")
    near: "Match | None" = None  # "X غرب Y", "X بمدينة Y": X lies near or inside Y
    guessed: bool = False  # a word the gazetteer lacks, after a head (placed at its town)
    near_dir: bool = False  # linked by a direction word right after it: "الرباط شمال عدن"
    approx: Place | None = None  # not in the gazetteer (or far off): placed at this nearby place
    chosen: Place | None = None
    level: str | None = None


@functools.lru_cache(maxsize=200_000)
def _starts(word: str) -> tuple[tuple[str, int, str, bool, bool], ...]:
    """Ways a name can start at this word: (form, clitic length, prefix, known, extendable)."""
    gaz, lex, mo = get_gazetteer(), lexicon(), morph()
    out = []
    for p, stem, s in clitic_splits(word):
        if s:
            continue
        if p in mo.ll_prefixes:
            cur, off = mo.article + stem, len(p) - 1
        elif p in mo.name_prefixes:
            cur, off = stem, len(p)
        else:
            continue
        known = cur in gaz or cur in lex.collisions
        ext = cur in gaz.prefixes or cur in lex.stop_prefixes
        if known or ext:
            out.append((cur, off, p, known, ext))
    return tuple(out)


@functools.lru_cache(maxsize=50_000)
def _is_major_name(name: str) -> bool:
    lex = lexicon()
    return name in lex.collisions or any(c.major for c in get_gazetteer().lookup(name))


def _find(doc: Doc, gaz: Gazetteer, lex: Lexicon) -> list[Match]:
    """Longest gazetteer names over token n-grams, the first token tried with each clitic split."""
    toks = doc.tokens
    text = doc.norm.text
    n = len(toks)
    out: list[Match] = []
    i = 0
    while i < n:
        t = toks[i]
        if not t.is_word:
            i += 1
            continue
        starts = _starts(t.norm)
        if not starts:
            i += 1
            continue
        best: tuple | None = None
        for cur, off, p, known, ext in starts:
            j = i
            while True:
                if known:
                    # more words first, then a name with a major place (بجدة: ب + جدة, not a
                    # village "بجده"), then the fewest clitics stripped
                    key = (j - i, _is_major_name(cur), -off)
                    if best is None or key > best[0]:
                        best = (key, cur, off, j, p)
                if not ext or j + 1 >= n or j - i + 1 >= MAX_WORDS:
                    break
                nxt = toks[j + 1]
                if not nxt.is_word or text[toks[j].nend:nxt.nstart].strip():
                    break
                j += 1
                cur = cur + " " + nxt.norm
                known = cur in gaz or cur in lex.collisions
                ext = cur in gaz.prefixes or cur in lex.stop_prefixes
        if best is None:
            i += 1
            continue
        _, name, off, j, p = best
        if j == i and (name in lex.heads or (name,) in lex.before or name in lex.cues):
            i += 1
            continue
        out.append(Match(i, j, name, t.nstart + off, toks[j].nend, p, gaz.lookup(name)))
        i = j + 1
    return out


def _context(doc: Doc, m: Match, lex: Lexicon) -> None:
    """Fill the evidence around a match: head, direction, cue, adjective position, quotes."""
    toks = doc.tokens
    text = doc.norm.text
    if m.prefix.startswith(morph().cue_prefixes):
        m.cue = True
    k = m.i - 1
    if k < 0:
        return
    prev = toks[k]
    if prev.is_word and not text[prev.nend:toks[m.i].nstart].strip():
        forms = _bare_forms(prev.norm)
        art = morph().article
        if not m.prefix and any(f.startswith(art) for f in forms) and prev.norm not in lex.cues:
            m.adjective_pos = True
        for f in forms:
            if f in lex.heads and not (f != prev.norm and art in prev.norm[: len(prev.norm) - len(f)]):
                # a definite head ("المدن الذين", "البلدية المهندس") is followed by an adjective
                if f.startswith(art) and _nisba(m.name):
                    m.adjective_pos = True  # "العاصمة الروسية"
                    break
                m.head, m.head_tok = lex.heads[f], k
                if prev.norm != f and prev.norm.startswith(morph().cue_prefixes):
                    m.cue = True
                k -= 1
                break
        else:
            # "العاصمة السورية دمشق": a head, a nisba adjective, the name
            if k >= 1 and _nisba(prev.norm) and toks[k - 1].norm in lex.heads \
                    and lex.heads[toks[k - 1].norm][0] == "city":
                m.head, m.head_tok = lex.heads[toks[k - 1].norm], k - 1
                k -= 2
    elif not prev.is_word and prev.span.text.strip() in lex.quotes:
        m.quoted = True
        k -= 1
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
                for f in _bare_forms(toks[a].norm):
                    if (f, *rest) in lex.before:
                        found = (lex.before[(f, *rest)], a)
                        break
                if found:
                    break
        if found is None:
            for f in _bare_forms(last):
                if (f,) in lex.before:
                    found = (lex.before[(f,)], k)
                    break
        if found is not None:
            (m.direction, m.dir_prec), a = found
            m.cue = True
            m.cue_tok = a
            k = a - 1
    if k >= 0 and toks[k].is_word and any(f in lex.cues for f in _bare_forms(toks[k].norm)):
        m.cue = True
        if m.cue_tok is None:
            m.cue_tok = k
    # an adjective after the name: "ريف حلب الشمالي"
    if m.direction is None and m.head is not None and m.head[0] == "admin1" \
            and m.j + 1 < len(toks) and toks[m.j + 1].is_word:
        d = lex.after.get(toks[m.j + 1].norm)
        if d:
            m.direction, m.dir_prec = d, 2


def _major(p: Place) -> bool:
    return p.major


def _nisba(name: str) -> bool:
    """A nisba adjective shape: الجنوبية, الشمالي, السعودية, شمالية."""
    return " " not in name and len(name) >= 4 and name.endswith(morph().nisba)


def _accept(m: Match, lex: Lexicon, countries: set[str], seen: set[str]) -> bool:
    rule = lex.collisions.get(m.name)
    if rule == "skip" or not m.cands:
        return False
    strong = m.head is not None and m.head[1]
    if m.head is not None and m.head[0] in ("outlet", "block"):
        return False
    evidence = m.cue or m.direction is not None or m.head is not None or m.listed
    if rule == "outlet" and m.quoted:
        return False
    if m.adjective_pos and (_nisba(m.name) or rule == "adjective"):
        return False
    if _nisba(m.name) and not evidence and not any(p.curated for p in m.cands):
        return False
    if rule == "head" and not strong:
        return False
    if rule == "cue" and not evidence and m.name not in seen:
        return False
    letters = len(m.name.replace(" ", ""))
    if letters <= 2 and not strong and (m.prefix or rule != "cue"):
        return False
    if strong:
        return True
    if any(p.curated for p in m.cands):
        return True  # countries, world cities and regions are vetted names
    major = [p for p in m.cands if p.major]
    in_doc = any(p.country in countries for p in (major or m.cands))
    if m.prefix and not m.name.startswith(morph().article) and not major and not m.listed \
            and not (m.prefix.startswith(morph().cue_prefixes) and in_doc and m.name not in lex.common):
        return False  # a clitic split of an ordinary word: لجنة → ل + جنة, وزارة → و + زارة
    if m.adjective_pos and not evidence and not major:
        return False
    if m.name in lex.common:  # mostly an ordinary word or a person's name in news text
        return evidence and bool(major) and in_doc
    if major:
        if evidence or in_doc:
            return True
        return not countries and any(p.kind == "admin1" or p.is_capital or p.pop >= BIG_POP
                                     for p in major)
    if m.name in seen:
        return True
    return evidence and letters >= 3 and in_doc


def _km(a: Place, b: Place) -> float:
    """Distance in km (equirectangular: exact enough below a few hundred km)."""
    dy = a.lat - b.lat
    dx = (a.lon - b.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 111.2 * math.sqrt(dx * dx + dy * dy)


_KIND_PRIOR = {"country": 6.0, "admin1": 4.0, "region": 4.0, "city": 2.0, "admin2": 1.5,
               "neighbourhood": 0.5}


def _score(p: Place, m: Match, countries: dict[str, int], admin1s: set[str],
           anchors: list[Place]) -> float:
    s = _KIND_PRIOR.get(p.kind, 1.0)
    if p.curated:
        s += 1.0
    elif p.name_norm == m.name:
        s += 1.5  # the entry's own name, not one of its variants
    s += 0.8 * math.log10(p.pop + 1)
    if p.is_capital:
        s += 1.0
    elif p.fcode.startswith("PPLA"):
        s += 0.5
    if not p.curated and _major(p) and p.kind != "admin1":
        s += 3.0
    if m.near is not None and m.near.chosen is not None and m.near.chosen is not p:
        q = m.near.chosen
        if _km(p, q) < (150 if q.kind == "admin1" else 60) or (p.admin1_ar and p.admin1_ar == q.admin1_ar):
            s += 4.0
    if countries:
        top = max(countries.values())
        if p.country in countries:
            s += 5.0 * countries[p.country] / top
        else:  # a big city keeps its chance in a document that never names its country
            s -= 1.0 if p.major else 5.0
    if p.admin1_ar and p.admin1_ar in admin1s and p.kind != "admin1":
        s += 3.0
    if anchors and p.kind not in ("country", "admin1"):
        d = min((_km(p, a) for a in anchors if a is not p and abs(a.lat - p.lat) < 1.4), default=1e9)
        s += 3.0 if d < 40 else 1.5 if d < 150 else 0.0
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


def _resolve(matches: list[Match], countries: dict[str, int], admin1s: set[str],
             anchors: list[Place]) -> None:
    for m in matches:
        if not m.cands:
            continue
        if len(m.cands) == 1:
            m.chosen = m.cands[0]
            continue
        best = max(m.cands, key=lambda p: _score(p, m, countries, admin1s, anchors))
        if best.kind == "admin2" and (m.head is None or m.head[0] != "admin2"):
            # prefer the town to the district named after it
            town = [c for c in m.cands if c.kind == "city" and c.country == best.country
                    and c.admin1_ar == best.admin1_ar and _km(c, best) < 60]
            if town:
                best = max(town, key=lambda c: (c.pop, c.fcode.startswith("PPLA")))
        m.chosen = best


def _capital(m: Match, p: Place) -> Place | None:
    """The same-name city of an admin1 (حلب the province → حلب the city), if any."""
    best = None
    for c in m.cands:
        if c.kind == "city" and c.country == p.country and c.admin1_ar and c.admin1_ar == p.admin1_ar:
            if best is None or (c.is_capital, c.pop) > (best.is_capital, best.pop):
                best = c
    return best


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
        cap = _capital(m, p)
    elif p.kind in ("city", "admin2"):
        prov = _province(m, p)
        if prov is not None and head_level == "admin1":
            cap, p = p, prov
            level, name, admin1 = "admin1", prov.name, prov.name
            lat, lon = prov.lat, prov.lon
    if p.kind == "admin1" and cap is not None:
        if head_level in ("city", "admin2"):
            level, name = "city", cap.name
            lat, lon = cap.lat, cap.lon
        elif _km(cap, p) <= NEAR_CAPITAL_KM:
            lat, lon = cap.lat, cap.lon  # ACLED codes a province at its capital
            if head_level is None and cap.pop >= 100_000:
                level, name = "city", cap.name
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
        geonames_id=p.geonames_id, wof_id=p.wof_id, cue=cue, score=1.0)


def extract_places(doc: Doc) -> None:
    """Add every toponym of ``doc`` to ``doc.places`` (in text order)."""
    if not doc.tokens:
        return
    gaz = get_gazetteer()
    lex = lexicon()
    matches = [m for m in _find(doc, gaz, lex) if lex.collisions.get(m.name) != "skip"]
    for m in matches:
        _context(doc, m, lex)
    # pass 1: the countries the document names (countries, curated places, unambiguous majors)
    countries: dict[str, int] = {}
    for m in matches:
        if _accept(m, lex, set(), set()):
            cs = {p.country for p in m.cands}
            if len(cs) == 1 and any(p.major for p in m.cands):
                c = cs.pop()
                countries[c] = countries.get(c, 0) + 1
    features = _unknown_features(doc, matches, lex)
    if features:  # "شارع الستين" replaces the one-word names "شارع" and "الستين"
        taken = {x for m in features for x in (m.i, m.j)}
        matches = [m for m in matches if m.i not in taken and m.j not in taken]
    unknown = _unknown_after_heads(doc, matches, lex) + features
    if unknown:
        matches = sorted(matches + unknown, key=lambda m: m.i)
    accepted: list[Match] = []
    seen: set[str] = set()
    prev: Match | None = None
    for _ in range(2):  # twice: a name accepted with evidence licenses its bare mentions
        accepted, prev = [], None
        for m in matches:
            if prev is not None and _continues_list(doc, prev, m):
                m.listed = True
                if m.head is None and prev.head is not None and prev.head[0] != "outlet":
                    m.head = prev.head
                m.cue = m.cue or prev.cue
            if m.guessed or _accept(m, lex, set(countries), seen):
                accepted.append(m)
                prev = m
        seen = {m.name for m in accepted if not m.guessed}
    # resolve, then re-resolve with the provinces and confident places as context
    _resolve(accepted, countries, set(), [])
    admin1s = {m.chosen.admin1_ar for m in accepted if m.chosen and m.chosen.kind == "admin1"}
    admin1s |= {m.chosen.admin1_ar for m in accepted if m.chosen and _major(m.chosen)
                and m.chosen.kind in ("city", "admin2")}
    for m in accepted:
        cs = {p.country for p in m.cands}
        if len(cs) == 1 and m.chosen is not None and m.chosen.country not in countries:
            countries[m.chosen.country] = 1
    anchors = [m.chosen for m in accepted if m.chosen is not None
               and m.chosen.kind in ("city", "admin2", "neighbourhood", "region")
               and (_major(m.chosen) or len(m.cands) == 1)]
    anchors += [c for c in (_capital(m, m.chosen) for m in accepted
                            if m.chosen is not None and m.chosen.kind == "admin1") if c is not None]
    anchors = list({id(a): a for a in anchors}.values())
    _link_near(doc, accepted, lex)
    _resolve(accepted, countries, admin1s, anchors)
    for m in accepted:
        if m.guessed:
            m.approx = _anchor(doc, m, accepted)
        elif m.near is not None and m.chosen.kind in ("city", "admin2", "neighbourhood"):
            # "الحوبان بمدينة تعز" with the only الحوبان of the gazetteer 300 km away;
            # "الرباط شمال عدن" is not Rabat in Morocco
            a = _anchor(doc, m, accepted)
            if a is not None and _km(m.chosen, a) > FAR_KM and \
                    (not m.chosen.major or (m.near_dir and a.country != m.chosen.country)):
                m.approx = a
    doc.places.extend(_mention(doc, m) for m in accepted if m.chosen is not None or m.approx)


def _link_near(doc: Doc, matches: list[Match], lex: Lexicon) -> None:
    """"X غرب Y", "X بمدينة Y", "X في محافظة Y": X's homonyms near Y score higher."""
    toks = doc.tokens
    for a, b in zip(matches, matches[1:]):
        gap = range(a.j + 1, b.i)
        if len(gap) > 4 or toks[a.j].sentence != toks[b.i].sentence:
            continue
        if any(not toks[x].is_word for x in gap):
            continue
        linked = b.direction is not None or (b.head is not None and b.head[0] in ("admin1", "city", "admin2"))
        linked = linked or (len(gap) == 0 and b.prefix.startswith(morph().cue_prefixes))
        linked = linked or (len(gap) == 1 and toks[gap[0]].norm in lex.cues)
        if linked:
            a.near = b
            a.near_dir = b.direction is not None and b.cue_tok == a.j + 1


@functools.cache
def _head_forms() -> frozenset[str]:
    """Every head with every proclitic combination (محافظة, بمحافظة, وبمحافظة …)."""
    return frozenset(p + h for h in lexicon().heads for p in morph().head_prefixes)


def _guessable(w: Token, lex: Lexicon, loose: bool, common_ok: bool = False) -> bool:
    """Can this word the gazetteer lacks be a place name? (not a common word, adjective, cue …)"""
    name = w.norm
    mo = morph()
    if w.suffix or w.prefix not in ("", mo.article) or len(name) < 3 \
            or any(name.startswith(p) for p in mo.ll_prefixes) \
            or not ("\u0621" <= name[0] <= "\u064a"):
        return False
    if (name in lex.common and not common_ok) or name in lex.collisions or name in lex.after \
            or any(b in lex.heads or b in lex.cues or (b,) in lex.before for b in _bare_forms(name)):
        return False
    if name.endswith(mo.nisba) and not name.startswith(mo.article):
        return False  # an indefinite nisba adjective: "منطقة عسكرية"
    if loose and name.endswith(mo.feminine) and not name.startswith(mo.article):
        return False  # "منطقة آمنة"
    return True


def _unknown_after_heads(doc: Doc, matches: list[Match], lex: Lexicon) -> list[Match]:
    """Words the gazetteer lacks right after a head: "قرية العطرية", "مديرية مريس", and the list
    that follows ("في جبهات النخلا والعطيف"). A weak head (منطقة, جبهة) needs a cue before it."""
    toks = doc.tokens
    text = doc.norm.text
    covered = {x for m in matches for x in range(m.i, m.j + 1)}
    out: list[Match] = []
    head_forms = _head_forms()
    mo = morph()
    for k in range(len(toks) - 1):
        t, w = toks[k], toks[k + 1]
        if t.norm not in head_forms or not w.is_word or k + 1 in covered \
                or text[t.nend:w.nstart].strip():
            continue
        head = next(((f, lex.heads[f]) for f in _bare_forms(t.norm) if f in lex.heads), None)
        if head is None:
            continue
        f, (level, strong, _prec) = head
        if level not in ("city", "admin2", "any") or mo.article in t.norm[: len(t.norm) - len(f)] \
                or t.norm.startswith(mo.article):
            continue  # "المدينة الساحلية": an adjective follows a definite head
        if not strong:
            cued = t.norm != f and t.norm.startswith(morph().cue_prefixes)
            cued = cued or (k > 0 and toks[k - 1].is_word
                            and any(f in lex.cues for f in _bare_forms(toks[k - 1].norm)))
            if not cued:
                continue
        loose = level == "any" or not strong
        if not _guessable(w, lex, loose):
            continue
        m = Match(k + 1, k + 1, w.norm, w.nstart, w.nend, "", [], guessed=True)
        m.head, m.head_tok = lex.heads[f], k
        out.append(m)
        # the list that follows: "X وY"، "X، Y"
        q = k + 2
        while q < len(toks) and len(out) < 200:
            sep = toks[q]
            conj = mo.conjunction
            if sep.is_word and sep.norm.startswith(conj) and len(sep.norm) > 3 and q not in covered:
                stem = sep.norm[len(conj):]
                if not stem.startswith(mo.article) or stem in lex.common or stem in lex.collisions:
                    break
                nm = Match(q, q, stem, sep.nstart + len(conj), sep.nend, conj, [], guessed=True)
                nm.head, nm.head_tok, nm.listed = m.head, k, True
                out.append(nm)
                q += 1
            else:
                break
    return out


def _unknown_features(doc: Doc, matches: list[Match], lex: Lexicon) -> list[Match]:
    """"في شارع الستين", "وجبل الوحش": a feature word and the word after it, after a cue or in a
    list right after another place, when the gazetteer lacks the whole name."""
    toks = doc.tokens
    text = doc.norm.text
    covered = {x for m in matches if m.j > m.i for x in range(m.i, m.j + 1)}  # multi-word names
    ends = {m.j for m in matches}
    mo = morph()
    out: list[Match] = []
    for k in range(len(toks) - 1):
        t, w = toks[k], toks[k + 1]
        if not t.is_word or k in covered or k + 1 in covered or not w.is_word \
                or text[t.nend:w.nstart].strip():
            continue
        split = next(((p, stem) for p, stem, s in clitic_splits(t.norm)
                      if not s and stem in lex.features and p in mo.head_prefixes
                      and mo.article not in p), None)
        if split is None:
            continue
        p, stem = split
        cued = p.startswith(mo.cue_prefixes) or (k > 0 and toks[k - 1].is_word and any(
            f in lex.cues for f in _bare_forms(toks[k - 1].norm)))
        listed = p.startswith(mo.conjunction) and (k - 1 in ends or (out and out[-1].j == k - 1))
        if not (cued or listed) or not _guessable(w, lex, loose=False, common_ok=True):
            continue
        m = Match(k, k + 1, stem + " " + w.norm, t.nstart + len(p), w.nend, p, [], guessed=True)
        m.cue, m.listed = cued, listed
        out.append(m)
    return out


def _anchor(doc: Doc, m: Match, accepted: list[Match]) -> Place | None:
    """The town a place lies in or next to: the one it is linked to, else the nearest in its sentence."""
    covered = get_gazetteer().countries

    def town(x: Match) -> Place | None:
        p = x.chosen
        if p is None or x.approx is not None or p.country not in covered:
            return None  # outside the village-level gazetteer, an unknown name is not placeable
        if p.kind in ("city", "admin2", "neighbourhood"):
            return p
        if p.kind == "admin1":
            return _capital(x, p)
        return None

    if m.near is not None:
        a = town(m.near)
        if a is not None:
            return a
    sent = doc.tokens[m.i].sentence
    best, dist = None, 10 ** 9
    for x in accepted:
        if x is m:
            continue
        a = town(x)
        if a is None:
            continue
        s = doc.tokens[x.i].sentence
        if s == sent:
            d = abs(x.i - m.i)
        elif sent - 1 <= s < sent:
            d = 1000 + (sent - s)
        else:
            continue
        if d < dist:
            best, dist = a, d
    return best


def _continues_list(doc: Doc, prev: Match, m: Match) -> bool:
    """``حلب وإدلب``, ``عدن، لحج``, ``حضرموت- أبين``: m follows prev across و, a comma or a dash."""
    if m.i == prev.j + 1:
        return m.prefix.startswith(morph().conjunction)
    if m.i == prev.j + 2:
        sep = doc.tokens[prev.j + 1].norm
        return sep in morph().separators
    return False
