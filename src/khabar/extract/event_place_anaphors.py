"""Place anaphors of the events stage: the place a head noun with the article points back to.

Reads a :class:`~khabar.extract.event_context.Context` and a mention; returns a PlaceMention of
the Doc or None; adds nothing. Loads ``lang/ar/events/`` grammar.yaml (place_anaphors of towns:
المدينة، البلدة، القرية) and place_words.yaml (place_anaphors of areas: المنطقة، المديرية، الحي),
and words.tsv (kinds near, placehead) through :mod:`khabar.extract.event_words`.

"سيطر التنظيم على المدينة" takes the last place named before whose cue holds the same noun, else
the last town; but a town its paragraph (or the sentence before) names after that place, farther
from it than a city's districts lie and not in a claim's speaker phrase, is the one meant ("في مدينة
درعا … وفي الزبداني … نفق يربط المدينة": الزبداني); "شنوا هجوما في المنطقة" the last area of its kind in the paragraph (not past a
fronted place), else the last town or region; never a place named only to locate another ("قرب
مدينة حماة").

Example::

    >>> from khabar.doc import Article
    >>> from khabar.pipeline import Pipeline
    >>> doc = Pipeline().run(Article(id="x", text="دخل المسلحون مدينة حلب أمس. وقتل 3 جنود في اشتباكات داخل المدينة."))
    >>> sorted({e.place.admin1 for e in doc.events})
    ['Aleppo']
"""

from __future__ import annotations

import functools

from khabar.doc import PlaceMention
from khabar.extract.event_actors import covered_by
from khabar.extract.event_args import distance_km
from khabar.extract.event_context import Context, _opening, _place_at
from khabar.extract.event_merge import Mention
from khabar.extract.event_words import grammar
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form

_ANAPHOR_REACH = 6  # tokens after the trigger to an anaphoric head noun ("على المدينة")
_ANAPHOR_NAMED = 3  # tokens from such a noun to a place that names it ("المدينة القديمة في حلب")
_HEAD_RUN = 6  # head nouns and facility words passed over between a locative and its place


def _anaphor_antecedent(ctx: Context, m: Mention, nxt: PlaceMention | None) -> PlaceMention | None:
    """"سيطر التنظيم على المدينة" (a head noun with the article, no name after it): the last
    place before it of the same kind (its cue holds the same head noun), else the last town."""
    heads = _anaphor_heads()
    toks = ctx.v.tokens
    hi = min(ctx.sent_hi[m.sentence], m.j + _ANAPHOR_REACH)
    if nxt is not None:
        hi = min(hi, ctx.token_of(nxt.span.start))
    for k in range(m.j, hi):
        if k > m.j and ctx.v.triggers_at(k):
            return None
        head = _anaphor_head(ctx, k, heads)
        if head is None:
            continue
        if _place_at(ctx, k) or _place_at(ctx, k + 1) or \
                (nxt is not None and ctx.token_of(nxt.span.start) - k <= _ANAPHOR_NAMED):
            return None  # "المدينة المنورة", "المدينة القديمة في حلب": named, not anaphoric
        return _antecedent(ctx, toks[k].span.start, heads[head])
    return None


def _anaphor_head(ctx: Context, k: int, heads: dict[str, frozenset[str]]) -> str | None:
    """The anaphoric head noun token k is ("المدينة", "بالبلدة"), or None (no article, a pronoun)."""
    article = grammar()["article"]
    for pre, st, suf in ctx.v.keys[k]:
        if suf:
            continue
        if st.startswith(article) and st[len(article):] in heads:
            return st[len(article):]
        if st in heads and ctx.v.has_article(k, pre):
            return st
    return None


def _antecedent(ctx: Context, char: int, forms: frozenset[str]) -> PlaceMention | None:
    """The last place before ``char`` whose cue holds one of ``forms``, else the last town (or, for
    an area noun of place_words.yaml, "المنطقة", the last town or region); never one named only to
    locate another ("سهل الغاب … قرب مدينة حماة": not حماة)."""
    area = not forms & _town_anaphors()
    levels = ("city", "region") if area else ("city",)
    last_town = None
    here = ctx.sentence_of(char)
    for s in range(here, -1, -1):
        near = s >= here - 1 or ctx.para[s] == ctx.para[here]
        if area and not near:
            break  # an area noun points back within its paragraph (or to the sentence before)
        for p in reversed(ctx.places_by_sent.get(s, [])):
            if p.span.end > char or _locates_another(ctx, p):
                continue
            if p.cue is not None and any(f in normalize_form(p.cue.text) for f in forms):
                # "في مدينة درعا … ووصف ناشطون الوضع في الزبداني … نفق يربط المدينة": a town of
                # the paragraph named after the city is the one meant, unless it is a part of it
                # ("في مدينة عدن … في دار سعد … على المدينة": عدن)
                if not area and last_town is not None and _apart(last_town, p):
                    return last_town
                return p
            if last_town is None and (p.level or "city") in levels and (near or area) \
                    and (area or not _in_speaker(ctx, p)):
                last_town = p
        if area and _opening(ctx, s) == "shift":
            break  # "وفي محافظة أبين، …": not past the front the report turned to
    return last_town


_PART_KM = 25.0  # a town this close to a city named before is a part of it (دار سعد in Aden)


def _apart(town: PlaceMention, city: PlaceMention) -> bool:
    """Two resolved towns farther apart than a city's parts are."""
    if town.lat is None or town.lon is None or city.lat is None or city.lon is None:
        return False
    return distance_km(town, city) > _PART_KM


def speaker_spans(ctx: Context) -> set[tuple[int, int]]:
    """The spans of the claims' speakers, read once per document from ``doc.claims``."""
    spoken = ctx.v.memo.get("event_place_speakers")
    if spoken is None:
        spoken = ctx.v.memo["event_place_speakers"] = {
            (c.speaker.start, c.speaker.end) for c in ctx.doc.claims if c.speaker is not None}
    return spoken  # type: ignore[return-value]


def _in_speaker(ctx: Context, p: PlaceMention) -> bool:
    """``p`` lies in a claim's speaker phrase ("وقال سكرتير البطريركية في دمشق إن …"): it tells who
    speaks, not where things are."""
    return covered_by(speaker_spans(ctx), p.span.start, p.span.end)


def _locates_another(ctx: Context, p: PlaceMention) -> bool:
    """A place named after a direction or "near" word, over its head nouns ("قرب مدينة حماة",
    "جنوب محافظة إب"): the reference point of another place."""
    k = ctx.token_of(p.span.start) - 1
    kinds = ctx.v.kinds()
    lo = max(0, k - _HEAD_RUN)
    while k >= lo and "placehead" in kinds[k]:
        k -= 1
    return k >= 0 and "near" in kinds[k] and ctx.v.tokens[k].sentence == ctx.v.tokens[k + 1].sentence


@functools.cache
def _town_anaphors() -> frozenset[str]:
    """The folded forms of grammar.yaml's place anaphors (towns: المدينة، البلدة، القرية)."""
    return frozenset(normalize_form(w) for row in load_yaml("events/grammar.yaml")["place_anaphors"]
                     for w in row.split())


@functools.cache
def _anaphor_heads() -> dict[str, frozenset[str]]:
    """Folded head noun -> the folded forms a cue of the same kind holds (grammar.yaml and
    place_words.yaml place_anaphors)."""
    out: dict[str, frozenset[str]] = {}
    rows = list(load_yaml("events/grammar.yaml")["place_anaphors"]) + list(_dual_rows())
    rows += load_yaml("events/place_words.yaml")["place_anaphors"]
    for row in rows:
        forms = [normalize_form(w) for w in row.split()]
        out[forms[0]] = frozenset(forms)
    return out


@functools.cache
def _dual_rows() -> tuple[str, ...]:
    """grammar.yaml dual_place_anaphors rows ("بلدتين بلدتي بلدتا")."""
    return tuple(load_yaml("events/grammar.yaml")["dual_place_anaphors"])


@functools.cache
def _dual_heads() -> frozenset[str]:
    """The folded dual head nouns ("بلدتين")."""
    return frozenset(normalize_form(row.split()[0]) for row in _dual_rows())


def dual_anaphor(ctx: Context, m: Mention) -> bool:
    """The mention's place was read from a dual anaphor after its trigger ("استهدفت القوات البلدتين"):
    it stands for the pair named before, not for one town."""
    heads = _anaphor_heads()
    hi = min(ctx.sent_hi[m.sentence], m.j + _ANAPHOR_REACH)
    for k in range(m.j, hi):
        if k > m.j and ctx.v.triggers_at(k):
            return False
        head = _anaphor_head(ctx, k, heads)
        if head is not None:
            return head in _dual_heads()
    return False
