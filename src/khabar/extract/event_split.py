"""Splitting of the events stage: one mention per coordinated town or day.

Strikes on "القرية أ والقرية ب" are two events, fighting "السبت والأحد" one a day; the casualties
of the split mention are shared out evenly, unless the toll names one of the towns after its figure
("ما أدى إلى مقتل 5 في أ": all five are that town's). Reads the mentions of :mod:`khabar.extract.events` with
their places and times; returns the new list. Loads the connectors from
``lang/ar/events/grammar.yaml`` through :mod:`khabar.extract.event_words`, the adjectives that may
follow a listed place from ``place_words.yaml`` (place_adjective_endings).

Example::

    >>> from khabar.doc import Article
    >>> from khabar.pipeline import Pipeline
    >>> doc = Pipeline().run(Article(id="x", text="قصفت الطائرات بلدتي سرمين وبنش في ريف إدلب."))
    >>> len(doc.events) >= 1
    True
"""

from __future__ import annotations

import dataclasses
import functools

from khabar.doc import PlaceMention, Span
from khabar.extract.event_args import place_precision, specificity
from khabar.extract.event_context import Context, place_position
from khabar.extract.event_merge import Mention
from khabar.extract.event_words import grammar
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form

_CONNECTORS = frozenset({"placehead", "filler"})
# towns and provinces are listed as places of one event each ("محافظتي حجة وصعدة"); countries are not
_SPLIT_LEVELS = frozenset({"city", "admin1"})
# inside a longer list a locator word belongs to a name the gazetteer lacks ("وحي طريق المطار وبلدتي")
_LIST_WORDS = _CONNECTORS | {"near"}
_LIST_GAP = 6  # tokens between two places of one coordinated list
_TOLL_REACH = 40  # characters from a casualty figure to the town it names ("مقتل 5 مدنيين في أ")


def split_coordinated(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """Strikes on "القرية أ والقرية ب" are two events: one mention per coordinated town."""
    v = ctx.v
    out: list[Mention] = []
    for m in mentions:
        if m.place is None or m.place_inherited or (m.place.level or "city") not in _SPLIT_LEVELS \
                or _other_clause(ctx, m):
            out.append(m)
            continue
        places = ctx.places_by_sent.get(m.sentence, [])
        k = place_position(ctx, places, m.place)
        chain = [m.place]
        while 0 <= k < len(places) - 1:
            nxt = places[k + 1]
            if (nxt.level or "city") not in _SPLIT_LEVELS or not _only_connectors(ctx, chain[-1], nxt):
                break
            chain.append(nxt)
            k += 1
        if len(chain) == 1:
            out.append(m)
            continue
        n = len(chain)
        named = _toll_town(m, chain, places)
        for idx, p in enumerate(chain):
            part = _copy(m, place=p, place_precision=place_precision(v, p, ctx.token_of(p.span.start)),
                         place_rank=specificity(p, ctx.references), killed=None, killed_also=0, injured=None)
            if named is None:
                part.killed = _share(m.killed, n, idx)
                part.killed_also = _share(m.killed_also, n, idx) or 0
                part.injured = _share(m.injured, n, idx)
            elif idx == named:  # "… ما أدى إلى مقتل 5 في بلدة أ": the whole toll is that town's
                part.killed, part.killed_also, part.injured = m.killed, m.killed_also, m.injured
            out.append(part)
    return [part for m in out for part in _split_days(ctx, m)]


def _toll_town(m: Mention, chain: list[PlaceMention], places: list[PlaceMention]) -> int | None:
    """The one town of the list the toll names after its figure ("قصفت الطائرات بلدتي أ وب، ما أدى
    إلى مقتل 5 في أ"), by its index in the list; None when the toll names none or several."""
    if not m.casualty_spans:
        return None
    last = max(p.span.end for p in chain)
    found = set()
    for q in places:
        if q.span.start < last:
            continue
        if any(0 <= q.span.start - c.end <= _TOLL_REACH for c in m.casualty_spans):
            found.update(idx for idx, p in enumerate(chain) if p.name and p.name == q.name)
    return found.pop() if len(found) == 1 else None


def _other_clause(ctx: Context, m: Mention) -> bool:
    """A trigger of another event type stands between the mention and its place ("وجاء هذا القصف
    بينما استمرت الاشتباكات في أ وب"): the list places that clause's events, not this one."""
    k = ctx.token_of(m.place.span.start) if m.place is not None else m.j
    return m.place is not None and m.place.span.start > m.span.end and any(
        t.entry["type"] != m.type for t in ctx.v.triggers_in(m.j, k))


def _split_days(ctx: Context, m: Mention) -> list[Mention]:
    """"السبت والأحد": one event a day, the toll split evenly over the days."""
    if m.time is None or m.date_soft or m.time.precision != "day":
        return [m]
    times = [t for t in ctx.times_by_sent.get(m.sentence, []) if t.value and t.precision == "day"]
    times.sort(key=lambda t: t.span.start)
    if m.time not in times:
        return [m]
    k = times.index(m.time)
    chain = [m.time]
    while k < len(times) - 1 and _joined_by_and(ctx, chain[-1].span, times[k + 1].span) \
            and times[k + 1].value not in {t.value for t in chain}:
        chain.append(times[k + 1])
        k += 1
    if len(chain) == 1:
        return [m]
    parts = []
    for idx, t in enumerate(chain):
        part = _copy(m, time=t, date=t.value, date_precision=t.precision, anchored=True,
                     killed=_share(m.killed, len(chain), idx),
                     killed_also=_share(m.killed_also, len(chain), idx) or 0,
                     injured=_share(m.injured, len(chain), idx))
        parts.append(part)
    return parts


def _copy(m: Mention, **changes: object) -> Mention:
    """One part of a split mention: every field of ``m`` (its own lists of evidence and sources) but
    ``changes``."""
    return dataclasses.replace(m, casualty_spans=list(m.casualty_spans), sources=list(m.sources), **changes)


def _joined_by_and(ctx: Context, a: Span, b: Span) -> bool:
    """Only "و" (as a word or a clitic of the second) between two spans."""
    conj = grammar()["and"]
    gap = ctx.doc.text[a.end:b.start].strip()
    return gap in ("", conj) or (gap == "" and ctx.doc.text[b.start:b.start + 1] == conj)


def _share(total: int | None, n: int, idx: int) -> int | None:
    if total is None:
        return None
    return total // n + (1 if idx < total % n else 0)


def _coordinated_list(ctx: Context, i: int, j: int) -> bool:
    """A longer gap in a list of places joined by و, with only names and place words in it:
    "قريتي الف وباء وأطراف من منطقة جيم" (a place the gazetteer lacks in between)."""
    v = ctx.v
    kinds = v.kinds()
    if j - i > _LIST_GAP or "placehead" not in kinds[j - 1]:
        return False
    conj = grammar()["and"]
    joined = False
    for k in range(i, j):
        t = v.tokens[k]
        if not t.is_word or k in ctx.time_tokens or v.triggers_at(k) or kinds[k] - _LIST_WORDS:
            return False
        joined = joined or t.norm.startswith(conj)
    return joined


@functools.cache
def _adjective_endings() -> tuple[str, ...]:
    """place_words.yaml's place_adjective_endings, folded, longest first."""
    ends = {normalize_form(w) for w in load_yaml("events/place_words.yaml")["place_adjective_endings"]}
    return tuple(sorted(ends, key=len, reverse=True))


def _place_adjective(norm: str, article: str) -> bool:
    """A definite nisba adjective ("اليمنيتين", "السورية")."""
    return norm.startswith(article) and len(norm) > len(article) + 2 and norm.endswith(_adjective_endings())


def _only_connectors(ctx: Context, a: PlaceMention, b: PlaceMention) -> bool:
    v = ctx.v
    g = grammar()
    i, j = ctx.token_of(a.span.end - 1) + 1, ctx.token_of(b.span.start)
    if j - i > 3:
        return _coordinated_list(ctx, i, j)
    joined = v.tokens[j].norm.startswith(g["and"])  # "وبنش": the conjunction is a clitic of the name
    for k in range(i, j):
        t = v.tokens[k]
        if not t.is_word:
            if t.norm not in g["list_commas"]:
                return False
            joined = True
            continue
        if t.norm in (g["and"], g["or"]):
            joined = True
            continue
        if k == i and _place_adjective(t.norm, g["article"]):
            continue  # "محافظتي أ وب اليمنيتين ومديرية ج": an adjective of the places just named
        if v.kinds()[k] & _CONNECTORS:
            joined = joined or t.norm.startswith(g["and"])  # "والقرية"
            continue
        if "locative" in v.kinds()[k] and (t.norm.startswith(g["and"]) or (
                k > i and v.tokens[k - 1].norm == g["and"])):
            joined = True
            continue  # "في قاعدة العند وفي الحوطة": the preposition repeated after و
        return False
    # "المعاشيق بمديرية كريتر": a place and the district it lies in, no list
    return joined
