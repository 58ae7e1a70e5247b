"""Places stage: detect toponyms in Arabic text and resolve them to gazetteer entries.

Reads ``doc.tokens`` (normalised forms and offsets) and ``doc.times`` (a name inside a time is
none: "الثالث من آب/أغسطس" is no Ibb) and adds ``doc.places``: one
:class:`~khabar.doc.PlaceMention` per toponym, its span without clitics or generic heads
(``بدير الزور`` → ``دير الزور``; ``مدينة حلب`` → ``حلب``), with country, level, coordinates, admin1,
ACLED geo-precision, the direction of a relative expression (``شمال غرب إدلب``), the cue word and
whether the name is a dateline (``تونس (رويترز) -``: where the report is filed from, often not where
its events happen).

Detection scans token n-grams (up to five words, the first word tried with each clitic split) in the
gazetteer (:mod:`khabar.extract.gazetteer`). A name is kept when it is a country, a province, a
major city or a curated region, or when the context gives evidence: a generic head (مدينة, قرية …),
a locative preposition, a direction word, a list that continues an accepted place, or a phrase
after it placing it near a known place ("X شرق مدينة Y"); common words
(``collisions.tsv`` and names the NER corpora tag as ordinary words) need stronger evidence.
Resolution scores each homonym by kind, population, the countries and provinces the document
names, distance to the other places resolved in the document, and what the head asks for.

Data files: ``lang/ar/places/{heads,directions,cues,collisions,idioms,features,countries,world,regions}.tsv``,
``country_parts.tsv`` (شمال العراق: northern Iraq, placed at its usual centre), ``capitals.tsv``
(تونس as a dateline or after العاصمة: the city Tunis),
``morphology.yaml``, ``agreement.yaml`` (سورية as the adjective "Syrian"; تركيا as the accusative
adjective in "جنديا تركيا", بريطانياً with tanween), ``relations.yaml``
(الواقعة جنوب: a relative clause of location; حي X and the items of a list after أحياء: a town's
quarters, a namesake far from the town placed at it; قرية X القريبة: near the place
before it; الكويت العاصمة: the capital city) and the compiled
gazetteer ``data/gazetteer/``. Lexicons live in :mod:`khabar.extract.place_lexicon`; names the gazetteer lacks are guessed in
:mod:`khabar.extract.place_guess` (lists after a head and lists of examples in :mod:`khabar.extract.place_lists`, spelling variants in
:mod:`khabar.extract.place_variants`); the acceptance rules are in :mod:`khabar.extract.place_accept`; the
n-gram name search in :mod:`khabar.extract.place_names`; the evidence around a name (heads, cues,
datelines, adjective readings) in :mod:`khabar.extract.place_context`; the near/quarter/list and
foreign-homonym rules in :mod:`khabar.extract.place_near`.

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
import bisect
import math
from collections.abc import Callable

from khabar.doc import Doc, PlaceMention, Span
from khabar.extract.gazetteer import Place, get_gazetteer
from khabar.extract.place_accept import accept as _accept
from khabar.extract.place_accept import drop_surnames as _drop_surnames
from khabar.extract.place_accept import facts as _facts
from khabar.extract.place_accept import common_words
# (names re-exported here as before the split: tests and docs import them from this module)
from khabar.extract.place_context import _DASHES, _LINE_WINDOW, DATELINE_CHARS, _context, _dateline  # noqa: F401
from khabar.extract.place_guess import anchor_town, guess_after_heads, guess_features
from khabar.extract.place_index import Nearby, Sentences
from khabar.extract.place_lexicon import (BARE_FORMS, Lexicon, Match, bare_forms, capital_of, head_forms, is_nisba, km,
                                          lexicon, morph, named_like_province)
from khabar.extract.place_lists import introduced_lists
from khabar.extract.place_variants import inner_name_near, list_variant_near, variant_near
from khabar.extract.place_names import (_EXTENDABLE, _KNOWN, _NOTHING, _WORDS, MAX_WORDS,  # noqa: F401
                                        _find_starts, _name_kinds, find_names)
from khabar.extract.place_near import (FAR_KM, FOREIGN_POP, LEAD_MIN, STRAY_POP,  # noqa: F401
                                       _continues_list, _foreign_homonym, _foreign_namesake, _leading,
                                       _link_near, _list_heads, _located_words, list_homonyms, _quarter, _stray,
                                       drop_lone_namesakes, mark_parts_of_countries, mark_placed,
                                       mark_described_abroad, same_name_moved, stray_in_sentence)
from khabar.lang import load_tsv, load_yaml
from khabar.text.normalize import normalize_form
from khabar.text import memory

log = logging.getLogger(__name__)

LIST_KM = 60.0  # list items ("حلب وإدلب") this close to the item before them score higher
_NEARBY_FROM = 32  # accepted places of a document from which _stray asks an index (Nearby)
QUARTER_KM = 15.0  # a quarter (حي X) lies within this distance of the town it belongs to
CITY_KM = 25.0  # a namesake of a quarter farther than this from its city is another place
EXAMPLE_KM = 30.0  # an example of places at a town ("منها X") lies this close to it
# a district's point is the centre of its area: a desert governorate's lies far from the seat town
# it is named after ("محافظة الأحساء": 420 km from Al-Hofuf); the town that names it is its seat
SEAT_KM = 500.0
NEAR_CAPITAL_KM = 90.0  # an admin1 is placed at its capital when the capital is this close (ACLED)


@functools.cache
def _country_parts() -> dict[tuple[str, str], dict[str, str]]:
    """(country, direction) -> the region a direction names inside a country
    (``places/country_parts.tsv``)."""
    return {(r["country"], r["direction"]): r for r in load_tsv(
        "places/country_parts.tsv", ("country", "direction", "name_en", "lat", "lon"))}


def _time_spans(doc: Doc) -> Callable[[Span], bool] | None:
    """A test whether a span overlaps a time the times stage found (None when there is none)."""
    if not doc.times:
        return None
    spans = sorted((t.span.start, t.span.end) for t in doc.times)
    starts = [a for a, _b in spans]

    def overlaps(sp: Span) -> bool:
        k = bisect.bisect_left(starts, sp.end)  # the times starting before the span ends
        return any(b > sp.start for _a, b in spans[max(0, k - 8):k])

    return overlaps


def _in_hashtag(text: str, start: int, end: int) -> bool:
    """Is start..end one word of a hashtag phrase ("#تفجير_X", "#X_اليوم")? A bare "#X" stays."""
    return (start > 0 and text[start - 1] == "_") or (end < len(text) and text[end] == "_")


@functools.cache
def _idioms() -> dict[str, frozenset[str]]:
    """name -> the words after which it is an ordinary word of an idiom (``places/idioms.tsv``)."""
    return {normalize_form(r["form"]): frozenset(normalize_form(w) for w in r["next"].split("|"))
            for r in load_tsv("places/idioms.tsv", ("form", "next"))}


def _in_idiom(doc: Doc, m: Match) -> bool:
    """Is m's name a word of an idiom with the word right after it ("النيل من أمن المملكة", "حماة
    الوطن"), not a place?"""
    nxt = _idioms().get(m.name)
    if nxt is None or m.j + 1 >= len(doc.tokens):
        return False
    t = doc.tokens[m.j + 1]
    return t.is_word and t.norm in nxt and not doc.norm.text[m.nend:t.nstart].strip()


@functools.cache
def _world_capitals() -> dict[str, dict[str, str]]:
    """country -> its capital city (``places/capitals_world.tsv``, from the gazetteer's PPLC rows)."""
    return {r["country"]: r for r in load_tsv("places/capitals_world.tsv", ("country", "name_en", "lat", "lon"))}


@functools.cache
def _capital_of_words() -> frozenset[str]:
    """Heads before a country's name naming its capital ("عاصمة تشاد"; ``places/relations.yaml``)."""
    return frozenset(normalize_form(w) for w in load_yaml("places/relations.yaml")["capital_of"])


@functools.cache
def _capitals() -> dict[str, dict[str, str]]:
    """country -> its capital when both bear one Arabic name (``places/capitals.tsv``)."""
    return {r["country"]: r for r in load_tsv("places/capitals.tsv", ("country", "name_en", "lat", "lon"))}


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


def _quarter_listed(doc: Doc, m: Match, lists: dict[int, Match]) -> bool:
    """Does ``m`` continue a list whose head is a quarter head ("أحياء الضباب، وجبل صبر، والروضة"),
    the list's head handed on to it?"""
    x, seen = m, 0
    while x.head_tok is None and id(x) in lists and seen < 20:
        x, seen = lists[id(x)], seen + 1
    return x is not m and m.head is not None and m.head == x.head and _quarter(doc, x)


def _quarter_town(doc: Doc, m: Match, around: list[Match], quarters: set[int]) -> Place | None:
    """The city a quarter lies in: the major town of the village-level gazetteer nearest to it in its
    sentence (or the one before), not another quarter (``quarters``: ids of the quarters' matches)."""
    covered = get_gazetteer().countries
    sent = doc.tokens[m.i].sentence
    best, dist = None, 10 ** 9
    for x in around:
        p = x.chosen
        if x is m or p is None or x.approx is not None or x.guessed or p.kind != "city" or not p.major \
                or p.country not in covered or id(x) in quarters:
            continue
        s = doc.tokens[x.i].sentence
        d = abs(x.i - m.i) if s == sent else 1000 + abs(sent - s)
        if d < dist:
            best, dist = p, d
    return best


def _list_moved(m: Match, lists: dict[int, Match]) -> Place | None:
    """The city the list item before ``m`` was placed at as a quarter ("أحياء كلابة، والموشكي")."""
    before = lists.get(id(m))
    return before.approx if before is not None and not before.guessed else None


def _main_town(accepted: list[Match], countries: dict[str, int], memo: list) -> Place | None:
    """The report's own city: the major town of the village-level gazetteer it names most often (in
    a country it names), else None; worked out once into ``memo``."""
    if memo:
        return memo[0]
    covered = get_gazetteer().countries
    count: dict[str, int] = {}
    first: dict[str, Place] = {}
    for x in accepted:
        p = x.chosen
        if p is not None and x.approx is None and not x.guessed and p.kind == "city" and p.major \
                and p.country in covered and p.country in countries:
            count[p.name] = count.get(p.name, 0) + 1
            first.setdefault(p.name, p)
    ranked = sorted(count.items(), key=lambda kv: -kv[1])
    best = first[ranked[0][0]] if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None
    memo.append(best)
    return best


def _example_town(m: Match, at: dict[int, Match]) -> Place | None:
    """The town a list of examples lies at ("بجبهة صرواح … منها X"): the last town accepted in the
    words before the list's introducer, else the like-named capital of a province named there, in
    the village-level gazetteer's countries; None when the match is no example or there is none.
    ``at``: the accepted matches by first token."""
    if m.example_of is None:
        return None
    lo, hi = m.example_of
    covered = get_gazetteer().countries
    province = None
    for k in range(hi - 1, lo - 1, -1):
        x = at.get(k)
        p = x.chosen if x is not None else None
        if p is None or x.j >= hi or x.approx is not None or x.guessed or p.country not in covered:
            continue
        if p.kind in ("city", "admin2", "neighbourhood"):
            return p  # the town rather than its province ("بجبهة صرواح غربي محافظة مأرب")
        if p.kind == "admin1" and province is None:
            province = capital_of(x, p)
    return province


def _major(p: Place) -> bool:
    return p.major


_KIND_PRIOR = {"country": 6.0, "admin1": 4.0, "region": 4.0, "city": 2.0, "admin2": 1.5,
               "neighbourhood": 0.5}


_ANCHOR_LAT = 1.4  # degrees of latitude within which an anchor town can be near a candidate at all


class _Anchors:
    """The document's anchor towns, sorted by latitude, so that a candidate's nearest anchor is sought
    among those within ``_ANCHOR_LAT`` of it only (a report naming thousands of towns made every
    candidate scan them all). An anchor counts for a name when one of the names that gave it is
    another name, or it lies in a country the document names."""

    def __init__(self, anchored: list[tuple[str, Place]], countries: dict[str, int]) -> None:
        names: dict[int, tuple[Place, set[str]]] = {}
        for name, q in anchored:
            names.setdefault(id(q), (q, set()))[1].add(name)
        order = sorted(names.values(), key=lambda x: x[0].lat)
        self._lats = [q.lat for q, _n in order]
        self._order = order
        self._countries = countries
        self._only: dict[str, int] = {}  # name -> anchors that only it gave, outside the named countries
        for q, ns in order:
            if len(ns) == 1 and q.country not in countries:
                n = next(iter(ns))
                self._only[n] = self._only.get(n, 0) + 1

    def any_for(self, name: str) -> bool:
        return len(self._order) > self._only.get(name, 0)

    def nearest_km(self, p: Place, name: str) -> float:
        """The distance to the nearest anchor that counts for ``name``: walked outwards from ``p``'s
        latitude, each side stopping once its latitude gap alone (111.2 km a degree, a lower bound
        of ``km``) reaches the best found or ``_ANCHOR_LAT``."""
        lats, order = self._lats, self._order
        mid = bisect.bisect_left(lats, p.lat)
        best = 1e9
        for step, start in ((-1, mid - 1), (1, mid)):
            i = start
            while 0 <= i < len(order):
                q, ns = order[i]
                gap = abs(q.lat - p.lat)
                if gap >= _ANCHOR_LAT or 111.2 * gap >= best:
                    break
                i += step
                if q is p or (q.country not in self._countries and ns == {name}):
                    continue
                d = km(p, q)
                if d < best:
                    best = d
        return best


def _score(p: Place, m: Match, countries: dict[str, int], admin1s: set[str],
           anchors: _Anchors | None, neighbour: Place | None = None) -> float:
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
        if p.country == neighbour.country:
            s += 1.0  # "محافظات الحرث والطوال": near namesakes across a border, the list's own country
    if countries:
        top = max(countries.values())
        if p.country in countries:
            s += 5.0 * countries[p.country] / top
        else:  # a big city keeps its chance in a document that never names its country
            s -= 1.0 if p.major else 5.0
    if p.admin1_ar and p.admin1_ar in admin1s and p.kind != "admin1":
        s += 3.0
    if anchors is not None and p.kind not in ("country", "admin1") and anchors.any_for(m.name):
        d = anchors.nearest_km(p, m.name)
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
    supports: dict[str, set[str]] = {}
    admin1s: set[str] = set()
    anchors = _Anchors(sources[1], countries) if sources is not None else None
    for m in matches:
        if not m.cands:
            continue
        if len(m.cands) == 1:
            m.chosen = m.cands[0]
            continue
        if sources is not None:
            support = supports.get(m.name)
            if support is None:  # the same for every mention of a name: worked out once per name
                given = sources[0]
                support = supports[m.name] = {
                    a for a, srcs in given.items() if any(name != m.name or c in countries for name, c in srcs)}
            admin1s = support
        before = lists.get(id(m)) if lists else None
        neighbour = before.chosen if before is not None and before.chosen is not None \
            and before.chosen.kind in ("city", "admin2", "neighbourhood") and not before.chosen.world else None
        best = max(m.cands, key=lambda p: _score(p, m, countries, admin1s, anchors, neighbour))
        if best.kind == "admin2":
            # prefer the town to the district named after it ("قضاء تلعفر": ACLED codes a district
            # at its seat, like the town)
            town = [c for c in m.cands if c.kind == "city" and c.country == best.country
                    and c.admin1_ar == best.admin1_ar and km(c, best) < SEAT_KM]
            if town:
                best = max(town, key=lambda c: (c.pop, c.fcode.startswith("PPLA")))
        m.chosen = best


@functools.cache
def _province_heads() -> dict[str, frozenset[str]]:
    """country -> generic heads naming a province there (``places/relations.yaml``: منطقة in SA)."""
    return {c: frozenset(normalize_form(w) for w in ws)
            for c, ws in load_yaml("places/relations.yaml")["province_heads"].items()}


def _province_head(doc: Doc, m: Match, country: str) -> bool:
    """Is m's head one that names a province of ``country`` ("منطقة الرياض": the Riyadh Region)?"""
    heads = _province_heads().get(country)
    return heads is not None and m.head_tok is not None and m.head_tok < len(doc.tokens) \
        and not heads.isdisjoint(bare_forms(doc.tokens[m.head_tok].norm))


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
        if prov is not None and (head_level == "admin1" or _province_head(doc, m, p.country)):
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
    if level == "country" and m.head_tok is not None and m.head_tok < len(doc.tokens) \
            and doc.tokens[m.head_tok].norm in _capital_of_words():
        cap_row = _capitals().get(p.country) or _world_capitals().get(p.country)
        if cap_row is not None:  # "في عاصمة تشاد": the capital city of the named country
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
    forms = doc.token_forms()  # each token's form memo: its facts kept there, not looked up again
    for i, t in enumerate(doc.tokens):
        if t.is_word:
            if forms is None:
                f = facts_of(t.norm)
            else:
                memo = forms[i]
                f = memo.places
                if f is None:
                    f = memo.places = facts_of(t.norm)
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
    in_time = _time_spans(doc)
    located = _located_words()
    for m in find_names(doc, gaz, lex, starts):
        if _in_hashtag(doc.norm.text, m.nstart, m.nend):
            continue  # "#تفجير_مسجد_X": a hashtag's words name a topic, not a place in the report
        if in_time is not None and in_time(doc.span_from_norm(m.nstart, m.nend)):
            continue  # "في الثالث من آب/أغسطس": a month the times stage read, not Ibb
        # "تعز، الواقعة جنوب صنعاء": a relative word of location is never the place (relations.yaml)
        # "النيل من أمن المملكة", "حماة الوطن": an idiom's word (idioms.tsv), no place
        (blocked if lex.collisions.get(m.name) == "skip" or m.name in located or _in_idiom(doc, m)
         else matches).append(m)
    for m in matches:
        _context(doc, m, lex)
    mark_placed(doc, matches, lex)
    mark_parts_of_countries(doc, matches, lex)
    # pass 1: the countries the document names (countries, curated places, unambiguous majors)
    countries: dict[str, int] = {}
    nothing: set[str] = set()  # read only by _accept: one empty set for every match
    for m in matches:
        if _accept(m, lex, nothing, nothing):
            cs = {p.country for p in m.cands}
            if len(cs) == 1 and any(p.major for p in m.cands):
                c = cs.pop()
                countries[c] = countries.get(c, 0) + 1
    mark_described_abroad(matches, countries, lex)
    # countries named only by an adjective ("الجيش النيجيري") license world cities, nothing else
    adjectives = frozenset(nisbas)
    matches = _drop_surnames(matches)
    features = guess_features(doc, matches + blocked, lex, splits)
    if features:  # "شارع الستين" replaces the one-word names "شارع" and "الستين"
        taken = {x for m in features for x in (m.i, m.j)}
        matches = [m for m in matches if m.i not in taken and m.j not in taken]
    unknown = guess_after_heads(doc, matches + blocked, lex, heads) + introduced_lists(doc, matches + blocked, lex)
    if features:  # "مناطق «… ومثلث العند»": the list item is the feature name already guessed;
        # "بمنطقة دوار قادود": the feature word guessed alone after the head is part of that name
        unknown = [u for u in unknown if u.i not in taken and u.j not in taken] + features
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
    accepted = list_homonyms(doc, matches, accepted, countries, lex)
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
    # "بلدتي الفوعة وكفرية": a list item's far namesake yields to a spelling beside the item before it
    for m in accepted:
        before = lists.get(id(m))
        p, nb = m.chosen, before.chosen if before is not None else None
        if p is not None and nb is not None and not m.guessed and before.approx is None \
                and p.kind in ("city", "neighbourhood") and not (p.major or p.curated or p.world) \
                and nb.kind in ("city", "admin2", "neighbourhood") and not nb.world and km(p, nb) > LIST_KM:
            held = list_variant_near(m.name, nb)
            if held is not None:
                m.cands, m.chosen = [held], held
    # (the matches anchor_town reads: its sentence and the one before; near-linear in long texts)
    by_sent = Sentences(accepted, lambda x: doc.tokens[x.i].sentence)
    nearby = Nearby(accepted, FAR_KM) if len(accepted) >= _NEARBY_FROM else None
    at = {x.i: x for x in accepted}  # (lists of examples look back a few words for their town)
    # the names the gazetteer holds are settled first (a far namesake moved to its town), so that a
    # guessed name is placed at a settled town: "حي الجهوري والحصبة بالعاصمة صنعاء", not at the
    # Taiz village الحصبة is only moved away from afterwards
    # the provinces the report's places lie in (a stray namesake's own is named nowhere)
    provinces: dict[str, set[str]] = {}
    for x in accepted:
        if x.chosen is not None and x.chosen.admin1_ar and x.chosen.kind != "country":
            provinces.setdefault(x.chosen.admin1_ar, set()).add(x.name)
    main: list[Place | None] = []  # the report's own city, found when a quarter needs it
    quarters = {id(x) for x in accepted if _quarter(doc, x) or _quarter_listed(doc, x, lists)}
    for m in sorted(accepted, key=lambda x: x.guessed):
        sent = doc.tokens[m.i].sentence
        quarter = id(m) in quarters
        if m.guessed:  # a quoted name is placed only at a town of its own sentence (في إسطنبول)
            around = by_sent.around(sent) if not m.quoted else by_sent.of(sent)
            if quarter:  # "أحياء كلابة، والموشكي": not at another quarter of the list
                around = [x for x in around if id(x) not in quarters]
            m.approx = _example_town(m, at) or anchor_town(doc, m, around, _leading(countries)) or \
                (_list_moved(m, lists) if quarter else None)
            if id(m) in foreign and m.approx is not None and m.approx.country not in countries:
                m.approx = None
            if m.approx is not None:  # "مديرية «كتف»" held as كتاف near the town: that place itself
                held = variant_near(m.name, m.approx)
                if held is not None:
                    m.cands, m.chosen, m.approx = [held], held, None
                else:
                    town = inner_name_near(m.name, m.approx)
                    if town is not None:  # "مثلث العند": the junction at العند, near it (precision 2)
                        m.cands, m.chosen, m.approx, m.direction = [town], town, None, m.direction or "near"
        elif m.example_of is not None and m.chosen.kind in ("city", "admin2", "neighbourhood") \
                and _example_town(m, at) is not None:
            # "مواقع بجبهة صرواح، منها العطيف": an example of places at a town, the gazetteer's
            # homonym far from it another place: the example lies at the town
            a = _example_town(m, at)
            if a is not None and km(m.chosen, a) > EXAMPLE_KM:
                m.approx = a
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
        elif quarter and m.chosen.kind in ("city", "neighbourhood", "admin2") and not (m.chosen.curated or m.chosen.world) \
                and (m.chosen.kind == "admin2" or not m.chosen.major):
            # "أحياء الضباب، والروضة، والتحرير" in a report on Taiz, each name a village or a
            # district of Sanaa in the gazetteer: a quarter lies inside its city, so a namesake far
            # from the town of its sentence (else the report's own city) is another place
            a = _quarter_town(doc, m, by_sent.around(sent), quarters) or _main_town(accepted, countries, main)
            if a is not None and km(m.chosen, a) > CITY_KM and (
                    a.country == m.chosen.country or a.country in countries):
                m.approx = a
        elif _foreign_namesake(m, countries):
            # "في منطقة الضباب" in a report on Taiz whose only الضباب is Saudi, "بمناطق المهدية" in a
            # report on Sinai: a local name the gazetteer lacks, placed at a town of the report's
            # own country near it, or dropped when there is none
            a = anchor_town(doc, m, by_sent.around(sent))
            m.approx = a if a is not None and a.country == _leading(countries) else None
            if m.approx is None:
                m.chosen = None
        elif _stray(m, accepted, nearby) or stray_in_sentence(m, by_sent.of(sent), provinces):
            # "معسكر في الحوبان" in a report on Taiz, the only الحوبان of the gazetteer 300 km from
            # every other place of the report (or of its sentence, in a province the report never
            # names): a local name the gazetteer lacks, placed at its town
            a = anchor_town(doc, m, by_sent.around(sent))
            if a is not None and a.country == m.chosen.country and km(m.chosen, a) > FAR_KM:
                m.approx = a
    same_name_moved(accepted, provinces)
    for m in drop_lone_namesakes(accepted, adjectives):
        if m.head is not None and m.head[1] and m.head_tok == m.i - 1:
            # "استعادت القوات مدينة X الساحلية" in a report on Yemen, the gazetteer's only X a
            # Saudi village: a town the gazetteer lacks, placed at a town of its sentence (or the
            # one before) in a country the report names
            a = anchor_town(doc, m, by_sent.around(doc.tokens[m.i].sentence))
            if a is not None and a.country in countries:
                m.approx = a
    doc.places.extend(_mention(doc, m) for m in accepted if m.chosen is not None or m.approx)
