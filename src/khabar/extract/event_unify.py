"""Fixes of the events stage between reading mentions and merging them into events.

Reads :class:`~khabar.extract.event_merge.Mention` records with the
:class:`~khabar.extract.event_context.Context` of their Doc; changes or drops mentions and adds
nothing to the Doc. Loads no data file itself (word kinds from ``lang/ar/events/words.tsv`` through
:mod:`khabar.extract.event_words`). A toll with no trigger goes to the crash or the territory change
of its sentence, or is dropped as another figure for the event before ("لكن الجيش أعلن مقتل
جنديين"); "التفجير" and a generic "الهجوم" become the article's suicide bombing or attack on
civilians of that day and place; an event "during" another takes its place and day; a crash put
down to a fault, the weather or a training flight is no event.

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.events import extract_events
    >>> doc = Doc(Article(id="x", text="وفجر انتحاري نفسه في سوق بعدن. وقالت الوزارة إن التفجير أسفر عن مقتل 15."))
    >>> extract_events(doc)
    >>> sorted({e.subtype for e in doc.events})
    ['Suicide bomb']
"""

from __future__ import annotations

from collections.abc import Callable

from khabar.doc import PlaceMention
from khabar.extract.event_args import TYPE_OF
from khabar.extract.event_context import Context
from khabar.extract.event_merge import Mention, place_order, place_relation

_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def share_concurrent(groups: list[list[Mention]]) -> None:
    """An event that happened "during" another ("أثناء اعتراض مقاتلات للطائرة") takes that event's place
    when its own is vague (none, borrowed or a country) and its day when it has none of its own."""
    group_of = {id(m): k for k, g in enumerate(groups) for m in g}
    for k, g in enumerate(groups):
        linked = [m for m in g if m.during is not None and group_of.get(id(m.during), k) != k]
        if not linked:
            continue
        m = linked[0]
        partner = groups[group_of[id(m.during)]]
        vague = all(x.place is None or x.place_inherited or x.place.level == "country" for x in g)
        src = min((x for x in partner if x.place is not None), key=place_order, default=None)
        if vague and src is not None and not (src.place_inherited or src.place.level == "country"):
            m.place, m.place_precision, m.place_rank = src.place, src.place_precision, src.place_rank
            m.place_inherited = False
        if all(x.date is None or x.date_soft for x in g):
            dated = [x for x in partner if x.date and not x.date_soft]
            if dated:
                m.time, m.date, m.date_precision = dated[0].time, dated[0].date, dated[0].date_precision
                m.date_soft, m.anchored = False, True


def crash_tolls(ctx: Context, mentions: list[Mention], found: set[int]) -> list[Mention]:
    """A death toll with no trigger of its own ("قتل 12 حينما سقطت مقاتلة على سوق") in the sentence of
    an aircraft crash is the crash's toll, not a clash."""
    crashes = [m for m in mentions if id(m) in found and _crash(ctx, m)]
    if not crashes:
        return mentions
    return _fold_tolls(mentions, found, lambda m: next((c for c in crashes if c.sentence == m.sentence), None))


def territory_tolls(mentions: list[Mention], found: set[int]) -> list[Mention]:
    """A toll with no trigger in the sentence of a place taken ("قتل 8 حوثيين خلال تطهير القوات القصر")
    is the toll of that territory change, not a clash of its own."""
    taken = {m.sentence: m for m in mentions if id(m) in found and m.subtype in _TERRITORY and not m.support}
    if not taken:
        return mentions
    return _fold_tolls(mentions, found, lambda m: taken.get(m.sentence))


def _give_toll(m: Mention, main: Mention) -> None:
    """``m``'s killed and injured fill what ``main`` lacks; its casualty evidence goes with them."""
    if main.killed is None:
        main.killed, main.killed_person = m.killed, m.killed_person
    if main.injured is None:
        main.injured = m.injured
    main.casualty_spans.extend(m.casualty_spans)


def _fold_tolls(mentions: list[Mention], found: set[int],
                host_of: Callable[[Mention], Mention | None]) -> list[Mention]:
    """Drop each trigger-less toll (not in ``found``) that ``host_of`` gives a host, its toll given to it."""
    out = []
    for m in mentions:
        host = host_of(m) if id(m) not in found else None
        if host is None:
            out.append(m)
        else:
            _give_toll(m, host)
    return out


def contrasting_toll(ctx: Context, m: Mention, mentions: list[Mention]) -> bool:
    """A toll with no trigger in a sentence opening with "لكن" right after a sentence whose event has
    a toll ("مؤكدا أنه قتل 8 جنود. لكن الجيش أعلن مقتل جنديين"): another figure for that event."""
    s = m.sentence
    lo = ctx.sent_lo[s]
    if s == 0 or not ctx.v.has_kind(lo, lo + 2, "contrast", s):
        return False
    return any(x.sentence == s - 1 and x.killed is not None and x is not m for x in mentions)


def _crash(ctx: Context, m: Mention) -> bool:
    got = ctx.v.match_at("triggers", m.i)
    return got is not None and got.entry.get("context") == "crash" and m.subtype == got.entry["subtype"]


def accident(ctx: Context, m: Mention) -> bool:
    """An aircraft crash put down to a technical fault or the weather: no political violence."""
    s = m.sentence
    return _crash(ctx, m) and ctx.v.has_kind(ctx.sent_lo[s], ctx.sent_hi[s], "accident", s)


def hand_over_tolls(mentions: list[Mention]) -> None:
    """The toll of a supporting mention ("بعد معارك قتل فيها العشرات") goes to the event it supports."""
    for m in mentions:
        if not m.support or (m.killed is None and m.injured is None):
            continue
        main = next((x for x in mentions if x.sentence == m.sentence and not x.support
                     and x.subtype != m.subtype), None)
        if main is not None:
            _give_toll(m, main)


def unify_suicide(ctx: Context, mentions: list[Mention]) -> None:
    """"التفجير" or "الهجوم" of an article that names a suicide bombing of that day and place is that
    bombing; when the article names one bombing, one of that day in a town near it is too, and takes
    the bombing's town ("هجوم في ولاية قندوز" … "فجر انتحاري نفسه في خان آباد")."""
    suicide = [m for m in mentions if m.subtype == "Suicide bomb"]
    if not suicide:
        return
    kinds = ctx.v.kinds()
    single = len({_place_name(x) for x in suicide}) == 1
    # one bombing per date and place as place_relation sees it (the first told): a long article
    # re-telling one bombing made the tests below quadratic; the first that fits is the same one
    firsts: dict[tuple, Mention] = {}
    for x in suicide:
        firsts.setdefault((x.date, _place_sig(x.place)), x)
    suicide = list(firsts.values())
    for m in mentions:
        if m.subtype == "Remote explosive/landmine/IED" and "blast" in kinds[m.i]:
            fits = [x for x in suicide if (x.date is None or m.date is None or x.date == m.date)
                    and place_relation(x.place, m.place) != "apart"]
        elif _generic_attack(ctx, m):  # an attack: only the bombing of that very day and town
            fits = [x for x in suicide if x.date is not None and (x.date == m.date or (single and m.date is None))
                    and place_relation(x.place, m.place) in (("same", "coarse", "near") if single else ("same",))]
        else:
            continue
        if not fits:
            continue
        m.subtype, m.type = "Suicide bomb", TYPE_OF["Suicide bomb"]
        x = fits[0]
        if single and place_relation(x.place, m.place) == "near" and not x.place_inherited:
            m.place, m.place_precision, m.place_rank = x.place, x.place_precision, x.place_rank


def _place_sig(p: PlaceMention | None) -> tuple | None:
    """What place_relation reads of a place."""
    if p is None:
        return None
    return (p.lat, p.lon, p.name, p.span.text, p.level, p.country, p.admin1)


def _place_name(m: Mention) -> str | None:
    return m.place.name if m.place is not None else None


_SPECIFIC_SUBTYPES = frozenset({"Attack"})  # not an abduction: "هاجمت الجبهة مقرهم" after "خطفت"


def unify_generic(ctx: Context, mentions: list[Mention]) -> None:
    """"الهجوم" with no target of its own, in an article that names an attack on civilians or a
    bombing of a day and place it fits, is that event ("أحرق مستوطنون منزلا … وأصيبت طفلة في الهجوم")."""
    specific = [x for x in mentions if x.rank == 0 and x.subtype in _SPECIFIC_SUBTYPES]
    if not specific:
        return
    for m in mentions:
        if m.subtype != "Armed clash" or not _generic_attack(ctx, m):
            continue
        fits = [x for x in specific
                if (x.date is None or m.date is None or m.date_soft or x.date == m.date)
                and place_relation(x.place, m.place) in ("same", "coarse")]
        if fits and len({x.subtype for x in fits}) == 1:
            x = min(fits, key=lambda x: abs(x.sentence - m.sentence))
            m.subtype, m.type = x.subtype, x.type


def _generic_attack(ctx: Context, m: Mention) -> bool:
    """"الهجوم" with no target of its own: a word for any attack, which may name a bombing."""
    if m.subtype not in ("Armed clash", "Attack"):
        return False
    got = ctx.v.match_at("triggers", m.i)
    if got is None or got.entry.get("context") != "target":
        return False
    # "الهجوم على المعسكر": an attack with a target of its own may be another event
    return not ctx.v.has_kind(m.j, m.j + 4, "target", m.sentence)
