"""Fixes of the events stage around merging mentions into events.

Reads :class:`~khabar.extract.event_merge.Mention` records with the
:class:`~khabar.extract.event_context.Context` of their Doc; changes or drops mentions and groups
and adds nothing to the Doc. Loads ``lang/ar/events/grammar.yaml`` (target_markers, storm_words,
mishap_words; word kinds from ``words.tsv`` through :mod:`khabar.extract.event_words`). A storming by
a suicide bomber or with a car bomb ("واقتحم انتحاري بسيارة مفخخة نقطة تفتيش") is the bombing, not
an armed clash. A toll with no trigger goes to the crash or the territory change of its sentence, or
is dropped as another figure for the event before ("لكن الجيش أعلن مقتل جنديين"); "التفجير" and a
generic "الهجوم" become the article's suicide bombing or attack on civilians of that day and place;
an event "during" another takes its place and day; a crash put down to a fault, the weather or a
training flight, or told as a mishap ("بحادث تحطم طائرة"), is no event. After merging, an event
told only by a generic word ("الهجوم", "استهدف", "وعشرات القتلى") joins the more specific event it
tells again (:func:`fold_generic`): one deed, one event.

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.events import extract_events
    >>> doc = Doc(Article(id="x", text="وفجر انتحاري نفسه في سوق بعدن. وقالت الوزارة إن التفجير أسفر عن مقتل 15."))
    >>> extract_events(doc)
    >>> sorted({e.subtype for e in doc.events})
    ['Suicide bomb']
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Callable

from khabar.doc import PlaceMention
from khabar.extract.event_args import TYPE_OF
from khabar.extract.event_context import Context
from khabar.extract.event_cues import means_after
from khabar.extract.event_merge import Mention, group_date, place_order, place_relation
from khabar.extract.event_words import TERRITORY_TAKEN, grammar, grammar_stems, stem_among

_MISHAP_REACH = 2  # tokens from "حادث" to the crash it names ("بحادث تحطم طائرة")
_BOMBER_REACH = 2  # tokens from a storming verb to the suicide bomber who does it ("اقتحم انتحاري")
_CAR_BOMB_REACH = 10  # tokens from a storming verb to its means ("اقتحم … بوابة الفندق بسيارة محملة بالمتفجرات")


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
    taken = {m.sentence: m for m in mentions if id(m) in found and m.subtype in TERRITORY_TAKEN and not m.support}
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
    """An aircraft crash put down to a technical fault or the weather, or told as a mishap ("بحادث
    تحطم طائرة": grammar.yaml mishap_words right before it): no political violence."""
    s = m.sentence
    if not _crash(ctx, m):
        return False
    v = ctx.v
    return v.has_kind(ctx.sent_lo[s], ctx.sent_hi[s], "accident", s) or any(
        v.tokens[k].sentence == s and stem_among(v, k, grammar_stems("mishap_words"))
        for k in range(max(0, m.i - _MISHAP_REACH), m.i))


def hand_over_tolls(mentions: list[Mention]) -> None:
    """The toll of a supporting mention ("بعد معارك قتل فيها العشرات") goes to the event it supports."""
    for m in mentions:
        if not m.support or m.reference or (m.killed is None and m.injured is None):
            continue  # (the dead of a past event a span is counted from are that event's)
        main = next((x for x in mentions if x.sentence == m.sentence and not x.support
                     and x.subtype != m.subtype), None)
        if main is not None:
            _give_toll(m, main)


def unify_suicide(ctx: Context, mentions: list[Mention]) -> None:
    """"التفجير" or "الهجوم" of an article that names a suicide bombing of that day and place is that
    bombing, and so is a car bomb ("هجوم بشاحنة مفخخة … بتنفيذ اعتداء انتحاري"); when the article names one bombing, one of that day in a town near it is too, and takes
    the bombing's town ("هجوم في ولاية قندوز" … "فجر انتحاري نفسه في خان آباد")."""
    for m in mentions:
        if m.subtype == "Armed clash" and _bomber_storms(ctx, m):
            m.subtype, m.type = "Suicide bomb", TYPE_OF["Suicide bomb"]
    suicide = [m for m in mentions if m.subtype == "Suicide bomb"]
    if not suicide:
        return
    kinds = ctx.v.kinds()
    single = len({_place_name(x) for x in suicide}) == 1
    # one bombing per date and place as place_relation sees it (the first told): a long article
    # re-telling one bombing made the tests below quadratic; the first that fits is the same one
    firsts: dict[tuple, Mention] = {}
    tolls: dict[int, set[int]] = {}  # the tolls the tellings of each first one's bombing give
    for x in suicide:
        first = firsts.setdefault((x.date, _place_sig(x.place)), x)
        if x.killed:
            tolls.setdefault(id(first), set()).add(x.killed)
    suicide = list(firsts.values())
    for m in mentions:
        if m.subtype == "Remote explosive/landmine/IED" and ("blast" in kinds[m.i] or _car_bomb(ctx, m)):
            fits = [x for x in suicide if (x.date is None or m.date is None or x.date == m.date)
                    and place_relation(x.place, m.place) != "apart"]
            if "blast" not in kinds[m.i]:
                # a car bomb with a toll of its own other than the bombing's is another deed ("هجوم
                # بشاحنة مفخخة أوقع 15 قتيلا" beside "هجوم انتحاري على أكاديمية الشرطة أسفر عن مقتل 27")
                # (and a day told for one only is no match: "ليل الخميس" against an undated telling)
                fits = [x for x in fits if x.date == m.date
                        and not (m.killed and m.killed not in tolls.get(id(x), {m.killed}))]
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


def _car_bomb(ctx: Context, m: Mention) -> bool:
    """The trigger names a car or truck bomb (grammar.yaml car_bombs: "هجوم بشاحنة مفخخة")."""
    words = grammar_stems("car_bombs")
    return any(stem_among(ctx.v, k, words) for k in range(m.i, m.j))


def _bomber_storms(ctx: Context, m: Mention) -> bool:
    """A storming whose doer is a suicide bomber ("واقتحم انتحاري بسيارة مفخخة نقطة تفتيش",
    "انتحاريا اقتحم بجرار محمل بالمتفجرات مبنى المركز"), or whose means, with ب, is a car bomb or
    explosives ("اقتحم مسلح البوابة بسيارة محملة بالمتفجرات"): the bombing, not an armed clash."""
    v = ctx.v
    if not any(stem_among(v, k, grammar_stems("storm_words")) for k in range(m.i, m.j)):
        return False
    if v.has_kind(m.i - _BOMBER_REACH, m.i, "suicide", m.sentence) \
            or v.has_kind(m.j, m.j + _BOMBER_REACH, "suicide", m.sentence):
        return True
    return means_after(v, m.j, m.sentence, _CAR_BOMB_REACH) == "Remote explosive/landmine/IED"


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


# ------------------------------------------------------------------ a generic word for a deed told before

# the deeds a word for any attack may name: fighting, strikes and bombings, attacks on civilians (not a
# takeover, an abduction or a rape told with them: ACLED codes those as events of their own)
_ATTACKS = frozenset({"Armed clash", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                      "Remote explosive/landmine/IED", "Grenade", "Chemical weapon", "Attack"})
_REMOTE = "Explosions/Remote violence"
_SHELLING = "Shelling/artillery/missile attack"
_WEAPON_NEAR = 4  # tokens around a bare "قصف" where a weapon word names its kind
_WEAPON_KINDS = ("artillery", "weapons", "means", "air")
_HOST_REACH = 12  # events looked at for one generic telling, nearest first
_LEAD_SENTENCES = 6  # a generic word of the first sentence may name a deed told in the next five
_OTHER_REACH = 2  # tokens after a generic word where "آخر", "منفصلين" tell another deed
_ALSO_REACH = 3  # tokens after a trigger where "أيضا" says the deed reached somewhere more
_OWN_TARGET_REACH = 4  # tokens from a generic attack to a target of its own ("الهجوم على المعسكر")
_FOLDED = 2  # Mention.rank of a generic telling folded into a more specific event
_NEIGHBOUR_DAYS = 1  # a generic telling dated a day off its deed still tells it (the statement's day)


def generic_level(ctx: Context, m: Mention) -> int:
    """How much the mention's own word says of the deed: 0 nothing but an attack or a toll ("الهجوم",
    "استهدف", "القتلى" with no trigger), 1 only that something blew up or was bombarded ("التفجير",
    "الانفجار" with the article: the blast told before; the lead's "قصف" with no weapon named near it), 2 a kind
    of its own ("غارة", "عبوة ناسفة", "انتحاري", "قصف مدفعي")."""
    v = ctx.v
    if not v.triggers_at(m.i):
        return 0  # a toll with no trigger ("وعشرات القتلى")
    kinds = v.kinds()[m.i]
    got = v.match_at("triggers", m.i)
    if got is not None and got.entry.get("context") == "target":
        return 0
    if "target" in kinds and m.subtype in ("Attack", "Armed clash"):
        return 0  # "استهدف" read as an attack for want of any aircraft or weapon
    if "blast" in kinds and (m.definite or m.known):
        return 1
    if "bombard" in kinds and m.sentence == 0 and m.j - m.i == 1 and m.subtype == _SHELLING \
            and not any(v.has_kind(m.i - _WEAPON_NEAR, m.j + _WEAPON_NEAR, k, m.sentence) for k in _WEAPON_KINDS):
        return 1  # a headline's "ستة قتلى في قصف على سرمين": a bombardment by no named weapon, the strike told after
    return 2


def fold_generic(ctx: Context, groups: list[list[Mention]], kept: list[bool] | None = None) -> list[list[Mention]]:
    """An event told only by a generic word (:func:`generic_level` below 2 for all its tellings) is the
    deed of a more specific event of its article it refers back to ("فجر انتحاري نفسه في المسجد …
    واستنكرت الدول الهجوم"; "قصفت المدفعية مواقع في المدينة … وعشرات القتلى"), unless its own clause
    tells another deed: a town of its own that is not the deed's (or within it), a day more than one
    off the deed's, or another toll. Its tellings join the nearest such event told before it (else
    after it); the deed keeps its own day. ``kept`` (default: all) tells which groups stand as events
    of their own: a dropped one (nothing concrete told of it: "التفجير" with no place or time of its
    own) takes no generic telling that is dropped too, but one that stands gives it what it lacked
    ("استنكرت الدول الهجوم الذي استهدف مسجدا في أبها أمس": the bombing, at Abha, that day). Returns
    the events that stand, in their order, folded ones gone."""
    if kept is None:
        kept = [True] * len(groups)
    levels = []
    for g in groups:
        told = [m for m in g if not m.support]
        levels.append(max(generic_level(ctx, m) for m in told)
                      if told and all(m.subtype in _ATTACKS for m in g) else -1)
    stands = list(kept)
    gone: set[int] = set()
    if any(0 <= lv < 2 and keep for lv, keep in zip(levels, kept)):
        targets = {k: _own_targets(ctx, g) for k, g in enumerate(groups) if 0 <= levels[k] < 2}
        for k, g in enumerate(groups):
            if 0 <= levels[k] < 2 and _another(ctx, g):
                levels[k] = -1  # "في هجومين منفصلين": told as other deeds
        # every telling of an event that may take a generic one, by position: the events told before
        # a generic word are found walking back from it (bounded work however many events there are)
        marks = sorted((m.span.start, h, m.sentence) for h, g in enumerate(groups) if levels[h] > 0 for m in g)
        starts = [p for p, _h, _s in marks]
        named: dict[int, set[str]] = {}
        for level in (1, 0):
            for k, g in enumerate(groups):
                if levels[k] != level or k in gone or not stands[k]:
                    continue
                for h in _candidates(marks, starts, g):
                    if h == k or h in gone or levels[h] <= level or not _refers_to(g, groups[h]):
                        continue
                    if level == 1 and not any(m.type == _REMOTE for m in groups[h] if m.rank == 0):
                        continue  # a blast told again is a strike's or a bombing's, not fighting's
                    if targets[k] and not targets[k] <= named.setdefault(h, _named_in(ctx, groups[h])):
                        continue
                    _join(groups[h], g)
                    gone.add(k)
                    stands[h] = True
                    break
    return [g for k, g in enumerate(groups) if stands[k] and k not in gone]


def _candidates(marks: list[tuple[int, int, int]], starts: list[int], g: list[Mention]) -> list[int]:
    """The events a generic telling g may name, nearest first (at most _HOST_REACH): those told
    before it, the last told first; for a generic word of the lead (its first sentence), then the
    events first told in the next sentences, in their order ("قتل 21 في هجوم في ولاية قندوز. … فجر انتحاري
    نفسه في خان آباد": the lead sums up the deed the report then tells). A deed told after the
    generic word in its own sentence is another clause ("هاجمت امرأتان القنصلية … فيما استهدفت
    سيارة مفخخة مركزا للشرطة")."""
    start = min(m.span.start for m in g)
    out: list[int] = []
    for i in range(bisect.bisect_left(starts, start) - 1, -1, -1):
        h = marks[i][1]
        if h not in out:
            out.append(h)
            if len(out) == _HOST_REACH:
                return out
    if min(m.sentence for m in g) > 0:
        return out
    beside: set[int] = set()  # told after it in the lead's own sentence: another clause's deed
    for i in range(bisect.bisect_left(starts, start), len(marks)):
        _p, h, sent = marks[i]
        if sent >= _LEAD_SENTENCES or len(out) == _HOST_REACH:
            break
        if sent == 0:
            beside.add(h)
        elif h not in out and h not in beside:
            out.append(h)
    return out


def _bare_stems(ctx: Context, k: int) -> set[str]:
    """Token k's stems under each clitic reading, without the article."""
    article = grammar()["article"]
    return {st[len(article):] if st.startswith(article) else st for _p, st, _s in ctx.v.keys[k]}


def _own_targets(ctx: Context, g: list[Mention]) -> frozenset[str]:
    """The targets a generic attack names right after its word ("الهجوم على المعسكر": معسكر), as stems."""
    kinds, markers = ctx.v.kinds(), grammar_stems("target_markers")
    out: set[str] = set()
    for m in g:
        if generic_level(ctx, m) != 0:
            continue
        for k in range(m.j, min(m.j + _OWN_TARGET_REACH, ctx.sent_hi[m.sentence])):
            if "target" in kinds[k]:
                stems = _bare_stems(ctx, k)
                if stems.isdisjoint(markers):
                    out |= stems
    return frozenset(out)


def told_apart(ctx: Context, m: Mention) -> str | None:
    """A word right after the trigger tells the deed apart from those told beside it ("في موجة من
    الهجمات المنفصلة", "في هجوم آخر": grammar.yaml apart_words): that word, else None."""
    if not ctx.v.triggers_at(m.i):
        return None
    apart = grammar_stems("apart_words")
    article = grammar()["article"]
    hi = min(m.j + _OTHER_REACH, ctx.sent_hi[m.sentence])
    # an adjective agreeing with the trigger, as written (not "أحدهما نفذته انتحارية والآخر شنه")
    for w in (ctx.v.tokens[k].norm for k in range(m.j, hi)):
        bare = w[len(article):] if w.startswith(article) else w
        if w in apart or bare in apart:
            return bare if bare in apart else w
    return None


def told_also(ctx: Context, m: Mention) -> bool:
    """A word within a few after the trigger says the deed reached somewhere more ("حملة الاعتقالات
    طالت أيضا بلدة ب", "وقصفت الطائرات كذلك قرية ج": grammar.yaml also_words)."""
    if not ctx.v.triggers_at(m.i):
        return False
    also = grammar_stems("also_words")
    hi = min(m.j + _ALSO_REACH, ctx.sent_hi[m.sentence])
    return any(ctx.v.tokens[k].norm in also for k in range(m.j, hi))


def told_as_another(word: str | None) -> bool:
    """The word that tells a deed apart says only "another" of its kind (grammar.yaml another_words:
    "غارة أخرى", "هجوم آخر"), not "separate": at the same place that day it is of the same ACLED
    event ("دمرتها إحدى غارات الطيران في جبهة ب، بينما أعطبت غارة أخرى … في الجبهة ذاتها")."""
    return word is not None and word in grammar_stems("another_words")


def _another(ctx: Context, g: list[Mention]) -> bool:
    """A word right after a generic telling says it is another deed ("هجوم آخر", "هجومين منفصلين"), or
    one right before it makes it a series of deeds ("بعد سلسلة هجمات")."""
    after, before = grammar_stems("other_deed_words"), grammar_stems("series_words")
    for m in g:
        if not ctx.v.triggers_at(m.i):
            continue  # ("وقتل شخص آخر": another victim, not another deed)
        hi = min(m.j + _OTHER_REACH, ctx.sent_hi[m.sentence])
        if any(not after.isdisjoint(_bare_stems(ctx, k)) for k in range(m.j, hi)):
            return True
        lo = max(m.i - _OTHER_REACH, ctx.sent_lo[m.sentence])
        if any(not before.isdisjoint(_bare_stems(ctx, k)) for k in range(lo, m.i)) \
                or not before.isdisjoint(p for p, _st, _s in ctx.v.keys[m.i]):
            return True
    return False


def _named_in(ctx: Context, host: list[Mention]) -> set[str]:
    """The stems of the words of the host's sentences."""
    out: set[str] = set()
    for s in {m.sentence for m in host}:
        for k in range(ctx.sent_lo[s], ctx.sent_hi[s]):
            out |= _bare_stems(ctx, k)
    return out


def _own_date(g: list[Mention]) -> str | None:
    dates = Counter(m.date for m in g if m.date and not m.date_soft)
    return dates.most_common(1)[0][0] if dates else None


def _days_apart(a: str, b: str) -> int | None:
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    except ValueError:
        return None if a != b else 0


def _refers_to(g: list[Mention], host: list[Mention]) -> bool:
    """The generic event g tells no other deed than ``host``: no other day, town or toll of its own."""
    gd, hd = _own_date(g), group_date(host)
    if gd is not None and hd is not None:
        apart = _days_apart(gd, hd)
        if apart is None or apart > _NEIGHBOUR_DAYS:
            return False
    gk = {m.killed for m in g if m.killed}
    hk = {m.killed for m in host if m.killed}
    if hk and not gk <= hk:
        return False  # a toll the deed's tellings do not give: another deed, or a sum of several
    if any(m.subtype == "Attack" for m in g) and all(m.subtype == "Armed clash" for m in host):
        return False  # civilians attacked are not the fighting of armed sides

    best = min((m for m in host if m.place is not None), key=place_order, default=None)
    hp = best.place if best is not None else None
    if hp is not None and hp.country and any(
            m.place is not None and m.place.country and m.place.country != hp.country
            and (m.place_inherited or not best.place_inherited) for m in g):
        return False  # another country (a borrowed one too), unless the deed's own place was borrowed
    own = [m for m in g if m.place is not None and not m.place_inherited]
    if not own:
        return True
    if best is not None and best.place_inherited and gd is not None and gd == _own_date(host):
        return True  # the deed's place was borrowed: the telling of its very day places it
    for m in own:
        rel = place_relation(m.place, hp)
        if rel == "apart":
            return False
        if rel != "same" and m.place.level not in ("admin1", "region", "country"):
            return False  # a town of its own, not the deed's nor its province's
    return True


def _join(host: list[Mention], g: list[Mention]) -> None:
    """g's tellings join the host; a day of theirs other than the host's does not date it."""
    hd = group_date(host)
    placed = any(x.place is not None and not x.place_inherited for x in host)
    for m in g:
        if hd is not None and m.date is not None and m.date != hd:
            m.date_soft = True
        if placed:  # (nor is it placed by them when it names a place of its own)
            m.place, m.place_precision, m.place_rank = None, None, -1
        m.rank = _FOLDED  # the deed is named, and its actors read, where it is told by its own word
        host.append(m)
