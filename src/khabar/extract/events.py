"""The events stage: ACLED-coded events with actors, place, date, casualties and their evidence.

Reads ``doc.tokens``, ``doc.sentences``, ``doc.times``, ``doc.places``, ``doc.entities`` and
``doc.claims``; adds ``doc.events`` (:class:`khabar.doc.Event`). Loads ``lang/ar/events/``
triggers.tsv, words.tsv, actors.tsv, numbers.tsv, grammar.yaml (see that folder's README). Helpers:
:mod:`~khabar.extract.event_mentions` (triggers to mentions, with the word tests of
:mod:`~khabar.extract.event_cues`), :mod:`~khabar.extract.event_words` (lexicon matching), :mod:`~khabar.extract.event_actors` (actors),
:mod:`~khabar.extract.event_context` (the document's indexes, a mention's place and date),
:mod:`~khabar.extract.event_args` (place precision, times), :mod:`~khabar.extract.event_casualties` (who
is counted for which event, with :mod:`~khabar.extract.numbers`), :mod:`~khabar.extract.event_split` (one
mention per coordinated town or day), :mod:`~khabar.extract.event_filters` (mentions that name no
event), :mod:`~khabar.extract.event_unify` (tolls, generic attacks and accidents before merging).

1. Triggers (triggers.tsv) are found on clitic-stripped tokens; some need a context word
   (an aircraft for "دمر", a weapon for "تفكيك"). Sub-types are refined by context: shelling with
   an aircraft nearby is an air strike, an explosion with "انتحاري" a suicide bomb, explosions told
   with aircraft and no bomb ("هزت انفجارات المدينة عقب غارات") the strikes, an attack on
   civilians is Violence against civilians, a territory change by a non-state actor is
   "Non-state actor overtakes territory", a bomb an aircraft drops ("أسقطت الطائرة قنبلة") its strike,
   and a warplane that fell where and when it struck, told after the strike, that strike (a crash told
   before any strike of its day and place is news of its own: "قتل 27 عندما تحطمت طائرة حربية على سوق").
2. Mentions that are not events are dropped (:mod:`~khabar.extract.event_filters`): futures, plans
   and warnings, negations (but not of a result: "لم تسفر الغارات عن إصابات"), failed attempts,
   questions, generic history ("منذ 2011", not "منذ صباح اليوم"), totals over months ("خلال عشرة
   أشهر", "وثقت", "العدد الإجمالي"), purpose clauses ("للسيطرة على", "للقيام بحملة"), laws, court
   sentences, anniversaries and memorials, habits and characterisations ("يقصفون المدنيين بشكل
   يومي", "هجمات متكررة", "دبابة كانت تقصف"), a series done before ("سبق للجماعة أن تبنت هجمات"),
   suppositions ("إذا لم يوافق … على الانسحاب"), schedules ("من المقرر أن"), a protest note ("مذكرة
   احتجاج"), the crime and arrest of a convict told in a notice of his execution ("نفذت وزارة الداخلية
   حكم القتل قصاصا في الجاني … أقدم على قتل"), and triggers inside a claim with stance deny; an event word joined by و right after one so
   dropped goes with it ("الهادفة لاستعادة الشرعية وطرد المسلحين": both the aim). A place held ("دبابات يسيطر عليها
   الحوثيون", "سيطرت … معظم الفترة التي انقضت منذ") is a state, and a burning told with a strike
   ("وإحراق دبابة") that strike's damage: they only support an event. Strikes named
   as the backing of another event ("بدعم من الغارات"), as the object of a protest ("احتجاجا على"),
   as a time reference ("قبل أن يهاجم") or again with a demonstrative ("هذا القصف") only support an
   event; an aircraft crash put down to a fault, the weather or a training flight is no event, nor is
   a toll in a mishap ("حادث الاصطدام", "غرق"). "الهجوم" with no target of its own is the attack on
   civilians, or the suicide bombing, of its day and place when the article names one; an attack on a
   civilian place (فندق، متحف) is on civilians unless an armed side is named there too.
3. Each mention gets a place (nearest toponym in its sentence, else the most specific of the
   paragraph's previous sentence, else the article's lead place; coordinated towns or days make one
   mention each, casualties split evenly), a date (nearest time in the sentence; else the publication day
   for ongoing fighting "تدور اشتباكات"; else a time up to three sentences back, marked borrowed),
   actors and killed/injured figures (:mod:`khabar.extract.numbers`). A death toll with no trigger
   ("قتل 7 مسلحين في ...") is a clash (an attack when the dead are civilians); one of 500 dead or
   more, after a court's sentence or a charge ("والحكم بقتله"), or recalled on an anniversary
   ("ذكرى مرور عام على مقتل"), is none.
4. Mentions are merged (:mod:`khabar.extract.event_merge`): one Event per sub-event type, place and
   day, with conflicting values kept side by side and the smallest ``killed``. Events with nothing
   concrete (no time of their own, no place of their own, no toll) or only a country, no toll and
   no day of their own are background and dropped (not arrests of people named: "حملة اعتقالات
   استهدفت عناصر التنظيم", nor arrests told as done: "ألقت الشرطة القبض على المشتبه به", "تم توقيف
   251 شخصا"). A takeover told again with no doer takes the side of the one told with
   its doer. An event that happened "during" another ("أثناء", "عندما") takes
   that event's place and day when it has none of its own. An event told only by a generic word
   ("الهجوم", "استهدف", a toll with no trigger) is the more specific deed of its article it tells
   again (:func:`~khabar.extract.event_unify.fold_generic`) unless its clause names another town,
   day, toll or target.

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="x", text="قتل ثلاثة مدنيين في غارة جوية."))
    >>> extract_events(doc)
    >>> [(e.subtype, e.killed, e.civilian) for e in doc.events]
    [('Air/drone strike', 3, True)]
"""

from __future__ import annotations

import logging
from collections import Counter

from khabar.doc import Doc, Event, PlaceMention
from khabar.extract.event_actor_fill import fill_actors
from khabar.extract.event_args import TYPE_OF
from khabar.extract.event_casualties import attach_casualties
from khabar.extract.event_context import Context
from khabar.extract.event_dates import HISTORY_YEARS, retold_day
from khabar.extract.event_filters import ACHIEVE_REACH, roundup
from khabar.extract.event_mentions import find_mentions
from khabar.extract.event_cues import generic_trigger
from khabar.extract.event_merge import Mention, best_place, merge_mentions, place_relation, to_event
from khabar.extract.event_split import split_coordinated
from khabar.extract.event_unify import (accident, contrasting_toll, crash_tolls, hand_over_tolls, share_concurrent,
                                        territory_tolls, told_also, told_apart, told_as_another, unify_generic, unify_suicide, fold_generic)
from khabar.extract.event_words import TokenView

log = logging.getLogger(__name__)

_OWN_TARGET_REACH = 4  # tokens from a generic attack to a target of its own ("الهجوم على المعسكر")
_BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})  # what a generic attack may name
_STATE_TAKES, _NONSTATE_TAKES = "Government regains territory", "Non-state actor overtakes territory"


def extract_events(doc: Doc) -> None:
    """Fill ``doc.events`` with the events the article reports as having happened."""
    if not doc.tokens or not doc.sentences:
        return
    v = TokenView(doc)
    if not v.triggers() and not v.cue_tokens():  # no event word and no casualty figure: no event
        doc.events = []
        return
    ctx = Context(doc, v)
    mentions = find_mentions(ctx)
    found = {id(m) for m in mentions}
    mentions = attach_casualties(ctx, mentions)
    mentions = crash_tolls(ctx, mentions, found)
    mentions = [m for m in mentions if id(m) in found or not contrasting_toll(ctx, m, mentions)]
    mentions = territory_tolls(mentions, found)
    # a toll with no trigger in a sentence telling of a mishap ("مقتل 19 في حادث الاصطدام")
    mentions = [m for m in mentions if id(m) in found
                or not ctx.v.has_kind(ctx.sent_lo[m.sentence], ctx.sent_hi[m.sentence], "accident", m.sentence)]
    # a toll with no trigger in a sentence that totals months of events ("قتلت 3042 خلال عشرة أشهر")
    mentions = [m for m in mentions if id(m) in found or not roundup(ctx, m.sentence)]
    mentions = split_coordinated(ctx, mentions)
    unify_suicide(ctx, mentions)
    unify_generic(ctx, mentions)
    _fold_generic_attacks(ctx, mentions)
    _fold_downed_aircraft(ctx, mentions)
    _one_side_takes(mentions)
    hand_over_tolls(mentions)
    retold_day(ctx, mentions)
    for m in mentions:
        word = told_apart(ctx, m)
        m.apart, m.another = word is not None, told_as_another(word)
        m.also = told_also(ctx, m)
    groups = merge_mentions(mentions)
    share_concurrent(groups)
    arrests = any(m.subtype == "Arrests" for m in mentions)
    done = {id(m) for m in mentions if _arrest_done(ctx, m)}
    kept = [not all((_weak(m) and not _disarmed(m, arrests) and id(m) not in done) or m.support for m in g)
            and not (_vague(g) and not any(id(m) in done for m in g))
            and not any(accident(ctx, m) for m in g) for g in groups]
    groups = fold_generic(ctx, groups, kept)
    events = [to_event(ms) for ms in groups]
    if events:  # (the actor phrases are worked out only when read: see Context)
        fill_actors(doc, v, ctx.actors, events, ctx.speakers)
    doc.events = _one_per_telling([e for e in events if not _long_ago(e, doc)])


def _one_per_telling(events: list[Event]) -> list[Event]:
    """Events told by one and the same trigger on one day at one unnamed point are one event: a trigger
    split over coordinated places that are only guessed at the same point ("دارت مواجهات في جبهات أ
    وب وج", streets of one town placed at the town's point) made one each. The first is kept with the
    toll of all (the split shared it out evenly)."""
    out: list[Event] = []
    seen: dict[tuple, Event] = {}
    for e in events:
        p = e.place
        # a place resolved by name is its own (two villages may share a district's point); one only
        # guessed near a town ("حوض الأشرف", "شارع الأربعين" at the town's point) is that point
        key = (e.trigger.start, e.trigger.end, e.subtype, e.date,
               None if p is None else p.name or ((p.lat, p.lon) if p.lat is not None else p.span.start))
        first = seen.get(key)
        if first is None:
            seen[key] = e
            out.append(e)
        else:  # the split shared the toll out evenly: the one event has it all
            if e.killed is not None:
                first.killed = e.killed + (first.killed or 0)
            if e.injured is not None:
                first.injured = e.injured + (first.injured or 0)
    return out


def _fold_generic_attacks(ctx: Context, mentions: list[Mention]) -> None:
    """A word for any attack ("الهجوم") with no target of its own, in an article that tells of a bombing of
    its day and place, and of no fighting there, names that bombing ("أدانت التفجير … وقال إن الهجوم
    خلف 15 قتيلا"): it takes the bombing's sub-type (a suicide bombing when one of them is)."""
    bombs = [x for x in mentions if x.rank == 0 and x.subtype in _BOMBINGS and not x.support]
    if not bombs:
        return
    fights = [x for x in mentions if x.rank == 0 and x.type == "Battles"]
    for m in mentions:
        if m.subtype != "Armed clash" or not generic_trigger(ctx.v, m) \
                or ctx.v.has_kind(m.j, m.j + _OWN_TARGET_REACH, "target", m.sentence):
            continue  # ("الهجوم على القاعدة العسكرية": an attack with a target of its own may be another event)
        fits = [x for x in bombs if _same_day(x, m) and place_relation(x.place, m.place) != "apart"]
        if not fits or any(_same_day(x, m) and place_relation(x.place, m.place) != "apart" for x in fights):
            continue
        sub = "Suicide bomb" if any(x.subtype == "Suicide bomb" for x in fits) else fits[0].subtype
        m.subtype, m.type = sub, TYPE_OF[sub]


def _fold_downed_aircraft(ctx: Context, mentions: list[Mention]) -> None:
    """A warplane that fell where and when it struck, told after the strike ("نفذ الطيران غارات على
    البلدة … وقتل 20 عندما سقطت طائرة حربية على سوق فيها"), is that air strike, not an event of its own
    (unless the fall is put down to a fault: an accident; and a crash told before any strike of its day
    and place, "قتل 27 عندما تحطمت طائرة حربية على سوق … وكانت الطائرة قد أسقطت قنبلة", is the news
    itself, the strike a detail told after it, as annotators code the two);
    bringing down an aircraft the article names again with the article ("وتبنت الحركة العملية قائلة
    إنها أسقطت المروحية") is the crash already told, not a second event."""
    crashes = [m for m in mentions if m.subtype == "Other" and _crash_word(ctx, m)]
    if not crashes:
        return
    # the strikes' distinct (day, place) pairs: a crash is compared with each once, not with every mention
    # (with the first telling of each: a crash the article tells before any strike of its day and place
    # is its own news, "قتل 27 عندما تحطمت طائرة حربية على سوق …", the bomb it dropped told after it)
    struck: dict[tuple, tuple[PlaceMention | None, int]] = {}
    for x in mentions:
        if x.subtype == "Air/drone strike" and not x.support and x.date and not _crash_word(ctx, x):
            key = (x.date, _place_id(x.place))
            if key not in struck or x.span.start < struck[key][1]:
                struck[key] = (x.place, x.span.start)
    for c in crashes:
        if c.date and not accident(ctx, c) and any(
                day == c.date and first < c.span.start and place_relation(place, c.place) != "apart"
                for (day, _k), (place, first) in struck.items()):
            c.subtype, c.type = "Air/drone strike", TYPE_OF["Air/drone strike"]
    v = ctx.v
    kinds = v.kinds()
    first_crash = min(c.i for c in crashes)
    for m in mentions:
        if m.subtype == "Disrupted weapons use" and "drop" in kinds[m.i] and first_crash < m.i \
                and m.j < len(v.tokens) and "air" in kinds[m.j] and v.has_article(m.j, ""):
            m.support = True


def _one_side_takes(mentions: list[Mention]) -> None:
    """A place taken told again with no doer of its own ("خطفوا المسيحيين بعد أن سيطروا على المدينة")
    is the takeover told with its doer there that day, and takes that telling's sub-type: a non-state
    side's takeover is not also the government's (the sub-type a territory trigger takes when no doer
    is read), nor the reverse."""
    told = [x for x in mentions if not x.support and (
        x.subtype == _NONSTATE_TAKES or (x.subtype == _STATE_TAKES and x.actor1 is not None))]
    if not told:
        return
    # the tellings by distinct (day, place): how many of each side (no comparison of every pair)
    sides_at: dict[tuple, tuple[PlaceMention | None, Counter[str]]] = {}
    for x in told:
        sides_at.setdefault((x.date, _place_id(x.place)), (x.place, Counter()))[1][x.subtype] += 1
    told_ids = {id(x) for x in told}
    for m in mentions:
        if m.subtype not in (_STATE_TAKES, _NONSTATE_TAKES) or m.actor1 is not None:
            continue
        own = (m.date, _place_id(m.place)) if id(m) in told_ids else None
        sides = set()
        for key, (place, counts) in sides_at.items():
            if (key[0] is None or m.date is None or key[0] == m.date) \
                    and place_relation(place, m.place) != "apart":
                sides.update(k for k, n in counts.items() if n - (key == own and k == m.subtype) > 0)
        if len(sides) == 1:
            m.subtype = sides.pop()


def _place_id(p: PlaceMention | None) -> tuple | None:
    """What place_relation reads of a place (its name or text, point, level, country and province), or None."""
    return None if p is None else (p.name or p.span.text, p.lat, p.lon, p.level, p.country, p.admin1)


def _crash_word(ctx: Context, m: Mention) -> bool:
    """The mention's trigger is an aircraft's fall or crash (triggers.tsv context crash)."""
    got = ctx.v.match_at("triggers", m.i)
    return got is not None and got.entry.get("context") == "crash"


def _same_day(x: Mention, m: Mention) -> bool:
    """Two mentions of one day: the same date, or neither dated."""
    return x.date == m.date


def _long_ago(ev, doc: Doc) -> bool:
    """History, not news: an event dated years before publication (a 1995 rally recalled), unless the
    article tells its very day ("ففي ظهر 21 أبريل 2004 هاجمت سيارة مفخخة …": an event told again)."""
    if ev.date is None or doc.published is None or ev.date_precision == "day":
        return False
    try:
        year = int(ev.date[:4])
    except ValueError:
        return False
    return doc.published.year - year > HISTORY_YEARS


def _vague(g: list[Mention]) -> bool:
    """Only a country for a place, no toll and no day of its own: background ("strikes on IS in
    Syria"), not an event (but "قصفت الطائرات التركية أمس أهدافا للتنظيم في سوريا" is news of a day)."""
    place = best_place(g)[0]
    if all(m.type == "Strategic developments" for m in g) and any(m.anchored for m in g):
        return False
    if any(m.subtype == "Arrests" and m.actor2 is not None for m in g):
        return False  # "حملة اعتقالات استهدفت عناصر التنظيمين": people seized, an event anywhere in the country
    return place is not None and place.level == "country" and all(m.killed is None for m in g) \
        and not any(m.anchored and not m.date_soft and m.time is not None and m.date_precision == "day"
                    for m in g)


def _arrest_done(ctx: Context, m: Mention) -> bool:
    """An arrest told as a deed done: by a finite verb ("ألقت الشرطة القبض على المشتبه به", "كان اعتقل
    بعد يومين"; words.tsv arrest_verb), or by a verbal noun a passive auxiliary or an achieve verb opens
    ("تم توقيف 251 شخصا", "تمكنت الوزارة من الإطاحة بخلايا"; words.tsv done, achieve). It is news even
    with no place, day or name of its own, unlike a bare verbal noun ("أمله في إلقاء القبض على الجناة")."""
    if m.subtype != "Arrests":
        return False
    v = ctx.v
    if "arrest_verb" in v.kinds()[m.i]:
        return True
    lo = m.i - ACHIEVE_REACH
    return v.has_kind(lo, m.i, "done", m.sentence) or v.has_kind(lo, m.i, "achieve", m.sentence)


def _disarmed(m: Mention, arrests: bool) -> bool:
    """A bomb defused or a weapons cache blown up ("كما تم تفكيك 21 عبوة"): an event even when told
    with no time or place of its own, unless the article tells of arrests (then the weapons seized
    belong to that sweep: "تم ضبط أسلحة خلال هذه العمليات")."""
    return m.subtype == "Disrupted weapons use" and not arrests


def _weak(m: Mention) -> bool:
    """A mention with nothing concrete around it: no time of its own sentence or paragraph, no
    place of its own, no casualties."""
    no_place = m.place is None or m.place_inherited or m.place.level == "country"
    if m.subtype == "Arrests" and m.actor2 is not None:
        return False  # those arrested are named: something concrete
    return not m.anchored and no_place and m.killed is None and m.injured is None
