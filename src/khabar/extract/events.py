"""The events stage: ACLED-coded events with actors, place, date, casualties and their evidence.

Reads ``doc.tokens``, ``doc.sentences``, ``doc.times``, ``doc.places``, ``doc.entities`` and
``doc.claims``; adds ``doc.events`` (:class:`khabar.doc.Event`). Loads ``lang/ar/events/``
triggers.tsv, words.tsv, actors.tsv, numbers.tsv, grammar.yaml (see that folder's README). Helpers:
:mod:`~khabar.extract.event_words` (lexicon matching), :mod:`~khabar.extract.event_actors` (actors),
:mod:`~khabar.extract.event_context` (the document's indexes, a mention's place and date),
:mod:`~khabar.extract.event_args` (place precision, times), :mod:`~khabar.extract.event_casualties` (who
is counted for which event, with :mod:`~khabar.extract.numbers`), :mod:`~khabar.extract.event_split` (one
mention per coordinated town or day).

1. Triggers (triggers.tsv) are found on clitic-stripped tokens; some need a context word
   (an aircraft for "دمر", a weapon for "تفكيك"). Sub-types are refined by context: shelling with
   an aircraft nearby is an air strike, an explosion with "انتحاري" a suicide bomb, an attack on
   civilians is Violence against civilians, a territory change by a non-state actor is
   "Non-state actor overtakes territory".
2. Mentions that are not events are dropped: futures and plans, negations, questions, generic
   history ("منذ"), totals over months ("خلال عشرة أشهر", "وثقت"), purpose clauses ("للسيطرة على"),
   and triggers inside a claim with stance deny. Strikes named as the backing of another event
   ("بدعم من الغارات") or named again with a demonstrative ("هذا القصف") only support an event; an
   aircraft crash put down to a fault or the weather is no event. "الهجوم" with no target of its own
   is the attack on civilians of its day and place, when the article names one.
3. Each mention gets a place (nearest toponym in its sentence, else the most specific of the
   paragraph's previous sentence, else the article's lead place; coordinated towns or days make one
   mention each, casualties split evenly), a date (nearest time in the sentence; else the publication day
   for ongoing fighting "تدور اشتباكات"; else a time up to three sentences back, marked borrowed),
   actors and killed/injured figures (:mod:`khabar.extract.numbers`). A death toll with no trigger
   ("قتل 7 مسلحين في ...") is a clash (an attack when the dead are civilians).
4. Mentions are merged (:mod:`khabar.extract.event_merge`): one Event per sub-event type, place and
   day, with conflicting values kept side by side and the smallest ``killed``. Events with nothing
   concrete (no time of their own, no place of their own, no toll) or only a country and no toll
   are background and dropped. An event that happened "during" another ("أثناء", "عندما") takes
   that event's place and day when it has none of its own.

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="x", text="قتل ثلاثة مدنيين في غارة جوية."))
    >>> extract_events(doc)
    >>> [(e.subtype, e.killed, e.civilian) for e in doc.events]
    [('Air/drone strike', 3, True)]
"""

from __future__ import annotations

import functools
import logging

from khabar.doc import Doc
from khabar.extract.event_actor_fill import fill_actors
from khabar.extract.event_actors import ActorPhrase, choose_actors
from khabar.extract.event_actors import _agent_cue_before as agent_cue_before
from khabar.extract.event_args import TYPE_OF
from khabar.extract.event_casualties import attach_casualties
from khabar.extract.event_context import DATE_LOOKBACK, Context, date_of, place_of
from khabar.extract.event_context import _relatives as relatives
from khabar.extract.event_merge import (Mention, best_place, merge_mentions, place_order, place_relation,
                                        to_event)
from khabar.extract.event_split import split_coordinated
from khabar.extract.event_words import Match, TokenView, grammar, lexicons
from khabar.text.normalize import normalize_form

log = logging.getLogger(__name__)

_TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}
_ACHIEVED = ("achieve", "during", "period", "after")  # word kinds before a masdar that make it a deed done
_FIRE_VERBS = frozenset({"fireverb", "arson"})  # word kinds that open fire or set it ("أطلق"، "أضرم")
_SELF_STANDING = frozenset({"", "target"})  # trigger contexts that name an event with no word beside them
_ARMED = frozenset({"state", "rebel", "pro_gov", "armed"})  # actor categories of an armed side
_HYPERNYM_REACH = 6  # tokens
_HISTORY_YEARS = 3  # an event dated more years before publication is background
_UNDERGO_REACH = 8  # tokens from "تعرض" to the event it names ("تعرض مقر الحزب في المدينة لهجوم")
_PREVENT_REACH = 5  # tokens from "منع" to the event it prevents ("منع المسلحين من اقتحام")
_ATTEMPT_REACH = 4  # tokens from "حاول" to the territory change it tried ("يحاول مقاتلو المقاومة استعادة")
_DURING_REACH = 2  # tokens from "أثناء"/"عندما" to the trigger it introduces
_HOSTAGE_REACH = 4  # tokens from "تحرير"/"إنقاذ" to the hostages freed ("تحرير 59 رهينة")
_CRASH_REACH = 2  # tokens from "سقطت"/"تحطم" to the aircraft that fell ("سقطت طائرة حربية")
_BACKING_REACH = 2  # tokens from "بدعم من"/"تدعمهم" to the strikes that backed another event
_DEED_REACH = 3  # tokens from "جريمة"/"حادثة" to the event it names with ل ("الجريمة البشعة لحرق")
_OBJECT_REACH = 4  # tokens from a strike to the reinforcements it hit ("دمرت أرتالا وتعزيزات")
_AIM_REACH = 2  # tokens from "لاستكمال"/"لبسط" to the event it aims at
_AFTER_REACH = 2  # tokens from "بعد"/"إثر" to the fighting it names ("بعد سلسلة هجمات")
_LEGAL_REACH = 7  # tokens from a law or punishment word to the deed it names
_PURPOSE_REACH = 2  # tokens from "للقيام ب"/"لتنفيذ" to the event aimed at
_ENVOY_REACH = 3  # tokens from "طرد" to the envoy expelled ("طرد السفير السوري")
_CROWD_REACH = 6  # tokens from clashes to the residents or youths they were fought with
_RELATIVE_REACH = 2  # tokens from "التي" to the imperfect verb of its clause
_ACHIEVE_REACH = 3  # tokens from "تمكنت من"/"نجحت في" to the place-taking it achieved
_FALL_REACH = 3  # tokens from "سقوط" to the shells that fell ("سقوط عدة صواريخ")
_FIRE_REACH = 3  # tokens from "أطلق"/"فتح" to the fire or rocket ("أطلق مسلحون النار")
_PROTESTED_REACH = 3  # tokens from "احتجاجا على" to the event protested
_SENTENCE_REACH = 2  # tokens from "حكما" to the punishment ("حكما بالإعدام")
_HANDOF_REACH = 5  # tokens from "سقطت" to "بيد" ("سقطت مدينة زنجبار بيد المسلحين")
_ANNIVERSARY_REACH = 4  # tokens from "الذكرى"/"تأبين" to the event recalled ("مراسم تأبين لضحايا الهجوم")
_ORGANIZE_REACH = 7  # tokens from "نظمت" to the sit-in or march ("نظمت الجالية اليمنية في برلين أمس وقفة")
_ROUNDUP_REACH = 3  # tokens from "خلال" to the long span it totals over ("خلال عشرة أشهر")


def extract_events(doc: Doc) -> None:
    """Fill ``doc.events`` with the events the article reports as having happened."""
    if not doc.tokens or not doc.sentences:
        return
    v = TokenView(doc)
    if not v.triggers() and not v.cue_tokens():  # no event word and no casualty figure: no event
        doc.events = []
        return
    ctx = Context(doc, v)
    mentions = _mentions(ctx)
    found = {id(m) for m in mentions}
    mentions = attach_casualties(ctx, mentions)
    mentions = _crash_tolls(ctx, mentions, found)
    mentions = [m for m in mentions if id(m) in found or not _contrasting_toll(ctx, m, mentions)]
    mentions = _territory_tolls(mentions, found)
    # a toll with no trigger in a sentence telling of a mishap ("مقتل 19 في حادث الاصطدام")
    mentions = [m for m in mentions if id(m) in found
                or not ctx.v.has_kind(ctx.sent_lo[m.sentence], ctx.sent_hi[m.sentence], "accident", m.sentence)]
    # a toll with no trigger in a sentence that totals months of events ("قتلت 3042 خلال عشرة أشهر")
    mentions = [m for m in mentions if id(m) in found or not _roundup(ctx, m.sentence)]
    mentions = split_coordinated(ctx, mentions)
    _unify_suicide(ctx, mentions)
    _unify_generic(ctx, mentions)
    _hand_over_tolls(mentions)
    groups = merge_mentions(mentions)
    _share_concurrent(groups)
    groups = [g for g in groups if not all(_weak(m) or m.support for m in g) and not _vague(g)
              and not any(_accident(ctx, m) for m in g)]
    events = [to_event(ms) for ms in groups]
    fill_actors(doc, v, ctx.actors, events)
    doc.events = [e for e in events if not _long_ago(e, doc)]


def _share_concurrent(groups: list[list[Mention]]) -> None:
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


def _crash_tolls(ctx: Context, mentions: list[Mention], found: set[int]) -> list[Mention]:
    """A death toll with no trigger of its own ("قتل 12 حينما سقطت مقاتلة على سوق") in the sentence of
    an aircraft crash is the crash's toll, not a clash."""
    crashes = [m for m in mentions if id(m) in found and _crash(ctx, m)]
    if not crashes:
        return mentions
    out = []
    for m in mentions:
        crash = next((c for c in crashes if c.sentence == m.sentence), None) if id(m) not in found else None
        if crash is None:
            out.append(m)
            continue
        if crash.killed is None:
            crash.killed, crash.killed_person = m.killed, m.killed_person
        if crash.injured is None:
            crash.injured = m.injured
        crash.casualty_spans.extend(m.casualty_spans)
    return out


def _territory_tolls(mentions: list[Mention], found: set[int]) -> list[Mention]:
    """A toll with no trigger in the sentence of a place taken ("قتل 8 حوثيين خلال تطهير القوات القصر")
    is the toll of that territory change, not a clash of its own."""
    taken = {m.sentence: m for m in mentions if id(m) in found and m.subtype in _TERRITORY and not m.support}
    if not taken:
        return mentions
    out = []
    for m in mentions:
        main = taken.get(m.sentence) if id(m) not in found else None
        if main is None:
            out.append(m)
            continue
        if main.killed is None:
            main.killed, main.killed_person = m.killed, m.killed_person
        if main.injured is None:
            main.injured = m.injured
        main.casualty_spans.extend(m.casualty_spans)
    return out


def _contrasting_toll(ctx: Context, m: Mention, mentions: list[Mention]) -> bool:
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


def _accident(ctx: Context, m: Mention) -> bool:
    """An aircraft crash put down to a technical fault or the weather: no political violence."""
    s = m.sentence
    return _crash(ctx, m) and ctx.v.has_kind(ctx.sent_lo[s], ctx.sent_hi[s], "accident", s)


def _hand_over_tolls(mentions: list[Mention]) -> None:
    """The toll of a supporting mention ("بعد معارك قتل فيها العشرات") goes to the event it supports."""
    for m in mentions:
        if not m.support or (m.killed is None and m.injured is None):
            continue
        main = next((x for x in mentions if x.sentence == m.sentence and not x.support
                     and x.subtype != m.subtype), None)
        if main is None:
            continue
        if main.killed is None:
            main.killed, main.killed_person = m.killed, m.killed_person
        if main.injured is None:
            main.injured = m.injured
        main.casualty_spans.extend(m.casualty_spans)


def _unify_suicide(ctx: Context, mentions: list[Mention]) -> None:
    """"التفجير" or "الهجوم" of an article that names a suicide bombing of that day and place is that
    bombing; when the article names one bombing, one of that day in a town near it is too, and takes
    the bombing's town ("هجوم في ولاية قندوز" … "فجر انتحاري نفسه في خان آباد")."""
    suicide = [m for m in mentions if m.subtype == "Suicide bomb"]
    if not suicide:
        return
    kinds = ctx.v.kinds()
    single = len({_place_name(x) for x in suicide}) == 1
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


def _place_name(m: Mention) -> str | None:
    return m.place.name if m.place is not None else None


_SPECIFIC_SUBTYPES = frozenset({"Attack"})  # not an abduction: "هاجمت الجبهة مقرهم" after "خطفت"


def _unify_generic(ctx: Context, mentions: list[Mention]) -> None:
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


def _long_ago(ev, doc: Doc) -> bool:
    """History, not news: an event dated years before publication (a 1995 rally recalled), unless the
    article tells its very day ("ففي ظهر 21 أبريل 2004 هاجمت سيارة مفخخة …": an event told again)."""
    if ev.date is None or doc.published is None or ev.date_precision == "day":
        return False
    try:
        year = int(ev.date[:4])
    except ValueError:
        return False
    return doc.published.year - year > _HISTORY_YEARS


def _vague(g: list[Mention]) -> bool:
    """Only a country for a place and no toll: background ("strikes on IS in Syria"), not an event."""
    place = best_place(g)[0]
    if all(m.type == "Strategic developments" for m in g) and any(m.anchored for m in g):
        return False
    return place is not None and place.level == "country" and all(m.killed is None for m in g)


def _weak(m: Mention) -> bool:
    """A mention with nothing concrete around it: no time of its own sentence or paragraph, no
    place of its own, no casualties."""
    no_place = m.place is None or m.place_inherited or m.place.level == "country"
    return not m.anchored and no_place and m.killed is None and m.injured is None



# ------------------------------------------------------------------ 1-2: triggers and filters


def _mentions(ctx: Context) -> list[Mention]:
    v = ctx.v
    g = grammar()
    kinds = v.kinds()
    out: list[Mention] = []
    roundup: dict[int, bool] = {}  # sentence -> whether it totals events over a long span
    prev: Match | None = None
    for m in v.triggers():
        follows, prev = prev is not None and prev.j == m.i and prev.entry["subtype"] == m.entry["subtype"], m
        if follows and out and out[-1].j == m.i:
            # "استعادت السيطرة", "شنت غارات": one event named twice; keep the word that needs no context
            if m.entry.get("context") or out[-1].rank == 0:
                continue
            out.pop()
        s = v.tokens[m.i].sentence
        lo, hi = ctx.sent_lo[s], ctx.sent_hi[s]
        entry = m.entry
        subtype, typ = entry["subtype"], entry["type"]
        context = entry.get("context", "")
        rank = 1 if context in ("air", "weapons", "forces", "casualty", "target") else 0
        if context == "air" and not v.has_kind(m.i - 4, m.j + 5, "air", s):
            continue
        if context == "air" and _air_only_backs(v, m, s, lo, hi):
            subtype, typ = "Armed clash", "Battles"  # "القوات المدعومة بغطاء جوي واصلت استهداف": ground forces
        if context == "weapons" and not v.has_kind(m.j, m.j + 5, "weapons", s):
            continue
        if context == "self" and (not v.has_kind(m.j, m.j + 4, "self", s) or v.has_article(m.i, m.prefix)
                                  or m.i in ctx.time_tokens or m.j in ctx.time_tokens):
            continue  # the verb "فجر نفسه" (not the noun "الفجر", nor "فجر اليوم": dawn)
        if context == "forces" and not v.has_kind(m.i - 3, m.j + 4, "forces", s):
            continue
        if subtype in _TERRITORY and v.has_kind(m.j, m.j + _ENVOY_REACH, "envoy", s):
            continue  # "طرد السفير": an envoy expelled, no place taken
        if context == "place" and not _place_follows(ctx, m.j, s):
            continue  # "استرداد مدينة زنجبار", not "استرداد قيمة القروض"
        if context == "hostage" and not v.has_kind(m.j, m.j + _HOSTAGE_REACH, "hostage", s):
            # "تحرير 59 رهينة": a rescue; "تحرير المدينة" is mostly talk of an aim, but "تمكنت القوات
            # من تحرير تل" tells of a place taken
            if not (v.has_kind(m.i - _ACHIEVE_REACH, m.i, "achieve", s) and _place_follows(ctx, m.j, s)):
                continue
            subtype, typ = "Government regains territory", "Battles"
        if context == "opened":
            verb = next((k for k in range(m.i - 1, max(lo, m.i - _FIRE_REACH) - 1, -1)
                         if kinds[k] & _FIRE_VERBS), None)
            if verb is None:
                continue  # "أطلق مسلحون النار على": fire opened; "النار" alone is no event
            if "arson" in kinds[verb]:  # "أضرم مستوطنون النار في منزل": an attack on civilians or property
                subtype, typ = ("Attack", "Violence against civilians") if v.has_kind(m.j, m.j + 7, "civilian", s) \
                    else ("Looting/property destruction", "Strategic developments")
            m = Match(verb, m.j, m.entry, v.keys[verb][0][0], m.suffix)  # the trigger runs from the verb
        if context == "crowd" and (not (v.has_kind(m.i - 4, m.j + 4, "crowd", s)
                                        or v.has_kind(m.i - _ORGANIZE_REACH, m.i, "organize", s))
                                   or v.has_kind(m.i - 1, m.i, "air", s)):
            continue  # "نظم آلاف المحتجين مسيرة", "نظمت الجالية وقفة", not "طائرة مسيرة"
        if context == "achieve" and not any(v.has_kind(m.i - _ACHIEVE_REACH, m.i, k, s) for k in _ACHIEVED):
            continue  # "خلال تطهير القوات القصر", "تمكنت من تطهير": done; "تطهير المحافظة" alone is an aim
        if context == "attempt" and not v.has_kind(m.i - _ATTEMPT_REACH, m.i, "attempt", s):
            continue  # "حاولت قوات النظام التقدم نحو القرى": fighting; "تقدم" alone is progress
        if context == "between" and not v.has_kind(m.j, m.j + 1, "between", s):
            continue  # "قتال بين القوات والمسلحين", not "قتال التنظيم" (a policy)
        if context == "crash" and m.j - m.i == 1 and v.has_kind(m.j, m.j + _HANDOF_REACH, "handof", s) \
                and not v.has_kind(m.j, m.j + _HANDOF_REACH, "killed", s):  # "سقط قتيلا بيد مسلحين": killed
            # "سقطت مدينة زنجبار بيد المسلحين": a place taken, by a non-state side when one takes it
            k = next(k for k in range(m.j, m.j + _HANDOF_REACH) if "handof" in kinds[k])
            subtype = "Non-state actor overtakes territory" if v.has_kind(k + 1, k + 4, "nonstate", s) \
                else "Government regains territory"
            typ, context = "Battles", "handof"
        elif context == "crash" and m.j - m.i == 1 and (not v.has_kind(m.j, m.j + _CRASH_REACH, "air", s)
                                                        or v.triggers_at(m.j)):
            continue  # "سقطت مقاتلة", "تحطم طائرة"; not "سقطت البلدة", nor "سقوط البراميل المتفجرة"
        if context == "casualty" and not (v.has_kind(m.i - 6, m.j + 6, "killed", s)
                                          or v.has_kind(m.i - 6, m.j + 6, "injured", s)
                                          or v.has_kind(m.i - _FALL_REACH, m.i, "fall", s)
                                          or (v.has_kind(m.i - _FIRE_REACH, m.i, "fireverb", s)
                                              and v.has_kind(m.j, m.j + 4, "target", s))):
            continue
        if m.i > 0 and "orghead" in kinds[m.i - 1] and v.tokens[m.i - 1].sentence == s \
                and not v.tokens[m.i - 1].norm.startswith((g["article"], g["and"] + g["article"])):
            continue  # "جيش تحرير الشعب": part of a name
        if _filtered(ctx, m, s, lo, hi, typ, roundup):
            continue
        if subtype == "Other" and not context and any(
                x.entry["type"] != typ for x in v.triggers_in(max(lo, m.i - _OBJECT_REACH), m.i)):
            continue  # "دمرت الطائرات أرتالا وتعزيزات": reinforcements struck, not sent
        span = ctx.doc.span(v.tokens[m.i].span.start, v.tokens[m.j - 1].span.end)
        if any(st == "deny" for _k, st in ctx.claims_of(span)):
            continue
        # refinements by context
        ahi = ctx.sent_hi[s + 1] if s + 1 < len(ctx.continues) and ctx.continues[s + 1] else hi
        a1, a2 = choose_actors(v, ctx.actors, m.i, m.j, lo, ahi, territory=subtype in _TERRITORY,
                               reporters=ctx.speakers)
        if subtype == "Shelling/artillery/missile attack" and m.j - m.i == 1 \
                and not v.has_kind(m.j, m.j + 3, "artillery", s) and (
                v.has_kind(m.i - 3, m.j + 4, "air", s)
                or (a1 is not None and a1.category == "air" and context != "casualty")):
            # (rockets and shells fall by an aircraft only when one is named next to them)
            subtype = "Air/drone strike"
        if subtype == "Shelling/artillery/missile attack" and m.j - m.i == 1 and m.suffix \
                and v.has_kind(lo, m.i, "air", s) and not v.has_kind(lo, hi, "artillery", s) \
                and not (a1 is not None and a1.category != "air" and 0 <= m.i - a1.j <= 1):
            subtype = "Air/drone strike"  # "أسقطت مروحية … أثناء قصفها": its bombing, the aircraft's
            # (not "جددت قوات النظام قصفها": the ground forces right before it own it)
        if subtype == "Remote explosive/landmine/IED" and "detonate" in kinds[m.i] \
                and v.has_kind(m.j, m.j + 2, "depot", s) \
                and not v.has_kind(lo, hi, "air", s):
            subtype, typ = "Disrupted weapons use", "Strategic developments"  # "قام الجيش بتفجير مخزن للأسلحة"
        if subtype == "Remote explosive/landmine/IED" and (v.has_kind(m.i - 2, m.j + 3, "suicide", s)
                                                          or v.has_kind(m.j, m.j + 4, "self", s)):
            subtype = "Suicide bomb"
        if subtype == "Arrests" and v.has_kind(m.j, m.j + 4, "captive", s):
            subtype, typ = "Abduction/forced disappearance", "Violence against civilians"  # "احتجز رهائن"
        if context in ("target", "opened") and typ != "Strategic developments":
            armed = any(a.category in _ARMED and m.j <= a.i < m.j + 7
                        and a is not a1 for a in ctx.actors)
            civ = v.has_kind(m.j, m.j + 7, "civilian", s) or (
                v.has_kind(m.j, m.j + 7, "venue", s) and not _armed_after(ctx, m.j, lo, hi, a1))
            if civ and not armed:
                subtype = "Attack"
            elif armed or (context == "opened" and subtype == "Attack" and v.has_kind(m.j + 1, m.j + 4, "target", s)):
                subtype = "Armed clash"  # (fire opened on a consulate, a checkpoint: armed guards)
        if subtype in _TERRITORY and (v.has_kind(m.j, m.j + 6, "hostage", s) or (
                "liberate" in v.kinds()[m.i] and (v.has_kind(m.j, m.j + 10, "hostage", s)
                                                  or v.has_kind(m.j, m.j + 3, "civilian", s)))):
            subtype = "Armed clash"  # "حرر 30 رهينة": people freed in an operation, no place taken
        failed = _failed(v, m, s)
        if failed and subtype not in _TERRITORY:
            continue  # "لم تتمكن الشرطة من اعتقاله": not done
        if subtype in _TERRITORY and (v.has_kind(m.i - _ATTEMPT_REACH, m.i, "attempt", s) or failed):
            subtype = "Armed clash"  # "يحاول الجيش استعادة البلدة": fighting for a place not yet taken
        if subtype in _TERRITORY and not m.suffix:  # "وطردهم": the pronoun is the one driven out
            close = a1 is not None and (m.j <= a1.i <= m.j + 4 or m.i - 3 <= a1.j <= m.i)
            if close and a1.category == "rebel":
                subtype = "Non-state actor overtakes territory"
            elif a1 is None and v.has_kind(m.j, m.j + 3, "nonstate", s):
                subtype = "Non-state actor overtakes territory"
        if subtype in ("Armed clash", "Looting/property destruction") and context != "target" and (
                v.has_kind(m.i - 3, m.j + _CROWD_REACH, "crowd", s) or v.has_kind(lo, hi, "riot", s)
                or (subtype == "Armed clash" and v.has_kind(lo, hi, "teargas", s))):
            subtype = "Violent demonstration"  # "اندلعت اشتباكات بينها وبين السكان", "رشق الشبان الحجارة"
            # (tear gas or rubber bullets in the sentence: "أصيب العشرات بالاختناق خلال مواجهات")
        if typ == "Protests":
            if v.has_kind(lo, hi, "excessive", s):
                subtype = "Excessive force against protesters"
            elif v.has_kind(lo, hi, "riot", s):
                subtype = "Violent demonstration"
            elif v.has_kind(lo, hi, "intervention", s):
                subtype = "Protest with intervention"
        typ = TYPE_OF.get(subtype, typ)
        mention = Mention(m.i, m.j, span, typ, subtype, rank, s, ctx.para[s], len(out),
                          actor1=a1, actor2=a2)
        mention.sources = [k for k, _st in ctx.claims_of(span)]
        # "تحت سيطرة المقاومة": a state of control names no event of its own, but may place one;
        # "إثر هجوم": a generic attack named as the background of the sentence's event
        # "استعادت الحوطة بعد مواجهات": the fighting that won a place is that territory change
        # "بدعم من الغارات الجوية": strikes named as the backing of another event, a campaign
        # "هذا القصف": an event told before (there is one), named again
        mention.support = (typ == "Battles" and v.has_kind(m.i - 1, m.i, "status", s)) \
            or v.has_kind(m.i - _AFTER_REACH, m.i, "before", s) \
            or (typ != "Protests" and v.has_kind(m.i - _PROTESTED_REACH, m.i, "protested", s)) \
            or v.has_kind(m.i - _BACKING_REACH, m.i, "backing", s) \
            or (bool(out) and v.has_kind(m.i - 1, m.i, "demonstrative", s) and _definite(v, m.i)) or (
            v.has_kind(m.i - _AFTER_REACH, m.i, "after", s) and any(
                x.i != m.i and x.entry["subtype"] != subtype and x.entry.get("context", "") in _SELF_STANDING
                and (rank == 1 or (subtype == "Armed clash" and x.entry["subtype"] in _TERRITORY))
                for x in v.triggers_in(lo, hi)))
        if out and out[-1].support and out[-1].subtype == subtype and out[-1].sentence == s \
                and m.i - out[-1].j <= 2 and m.prefix.startswith(g["and"]):
            mention.support = True  # "بعد سلسلة هجمات نفذتها وهجمات مضادة": both only lead to it
        if subtype == "Armed clash" and v.has_kind(m.i - 1, m.i, "period", s) and any(
                x.entry["subtype"] in _TERRITORY and x.i < m.i for x in v.triggers_in(lo, hi)):
            mention.support = True  # "سيطرة الفصائل على البلدة … خلال اشتباكات": the fight that won it
        if typ == "Battles" and _definite(v, m.i) and any(
                v.tokens[k].norm in relatives() for k in range(max(lo, m.i - _RELATIVE_REACH), m.i)):
            mention.support = True  # "المطار الذي دمرته المعارك": fighting told of before, as a description
        if subtype in _TERRITORY and _relative_imperfect(v, m, lo):
            mention.support = True  # "القرية التي يسيطر عليها التنظيم": a state of control, no event
        mention.definite = m.prefix.endswith((g["article"], g["fused"]))
        mention.civilian = v.has_kind(lo, hi, "civilian", s) or (a2 is not None and a2.category == "civilian")
        place_of(ctx, mention)
        date_of(ctx, mention)
        out.append(mention)
    # a generic "هجوم" next to a specific trigger in one sentence names the same event
    specific = [m for m in out if m.rank == 0]
    out = [m for m in out if m.rank == 0 or not any(
        x.subtype != m.subtype and x.sentence == m.sentence and abs(x.i - m.i) <= _HYPERNYM_REACH
        for x in specific)]
    for k, m in enumerate(out):
        m.group = k
        if k > 0 and v.has_kind(m.i - _DURING_REACH, m.i, "during", m.sentence):
            # "قتل ... بغارة أثناء اعتراض مقاتلات للطائرة": at the time and place of the event before
            m.during = next((x for x in reversed(out[:k]) if x.sentence == m.sentence
                             and x.subtype != m.subtype), None)
        if k > 0 and v.has_kind(m.j, m.j + 2, "another", m.sentence):
            prev = next((x for x in reversed(out[:k]) if x.subtype == m.subtype), None)
            if prev is not None:  # "كما استهدفت غارة أخرى": one more of the same series
                if m.time is None and prev.date:
                    m.date, m.date_precision, m.date_soft = prev.date, prev.date_precision, True
                    m.anchored = m.anchored or prev.anchored
                m.actor1 = prev.actor1 or m.actor1
        if m.subtype == "Shelling/artillery/missile attack" and _definite(v, m.i) and m.j - m.i == 1 \
                and not v.has_kind(m.i - 3, m.j + 3, "artillery", m.sentence):
            prev = next((x for x in reversed(out[:k]) if x.type == m.type
                         and m.sentence - x.sentence <= DATE_LOOKBACK), None)
            if prev is not None and prev.subtype == "Air/drone strike":
                m.subtype = prev.subtype  # "القصف": the bombing named just before, by aircraft
        if m.actor1 is None and m.actor2 is None and k > 0 and v.has_kind(m.j, m.j + 3, "bothsides", m.sentence):
            prev = next((x for x in reversed(out[:k]) if x.actor1 is not None and x.actor2 is not None
                         and m.sentence - x.sentence <= DATE_LOOKBACK), None)
            if prev is not None:  # "اشتباكات بين الطرفين": the two sides named just before
                m.actor1, m.actor2 = prev.actor1, prev.actor2
        if m.actor1 is None and k > 0 and _continues_subject(v, m):
            prev = out[k - 1]  # "وقصف أهدافا أخرى": the verb goes on with the last subject
            if prev.actor1 is not None and prev.type == m.type \
                    and m.sentence - prev.sentence <= 1:
                m.actor1 = prev.actor1
                if m.actor1.category == "air" and m.subtype == "Shelling/artillery/missile attack" \
                        and m.j - m.i == 1 and not v.has_kind(m.j, m.j + 3, "artillery", m.sentence):
                    m.subtype = "Air/drone strike"  # "وقصف" by the aircraft of the sentence before
    return out


def _air_only_backs(v: TokenView, m: Match, s: int, lo: int, hi: int) -> bool:
    """Every aircraft word around the trigger backs the doer ("المدعومة بغطاء جوي"): no air strike."""
    kinds = v.kinds()
    air = [k for k in range(max(lo, m.i - 4), min(hi, m.j + 5)) if "air" in kinds[k]]
    return bool(air) and all(v.has_kind(k - 2, k, "backing", s) for k in air)


def _failed(v: TokenView, m: Match, s: int) -> bool:
    """A negated achievement before the trigger ("لم يتمكن المسلحون من السيطرة على"): tried, not done."""
    kinds = v.kinds()
    return any("achieve" in kinds[k] and v.tokens[k].sentence == s and v.has_kind(k - 2, k, "negation", s)
               for k in range(max(0, m.i - _ACHIEVE_REACH - 1), m.i))


def _armed_after(ctx: Context, j: int, lo: int, hi: int, a1: ActorPhrase | None) -> bool:
    """An armed side named after token j in the sentence, not as the doer ("على يد مسلحين"): at a
    hotel or a museum, fighting with the forces there ("بين القتلى خمسة من القوات")."""
    return any(a.category in _ARMED and j <= a.i < hi and a is not a1
               and not agent_cue_before(ctx.v, a.i, lo) for a in ctx.actors)


def _relative_imperfect(v: TokenView, m: Match, lo: int) -> bool:
    """The trigger is an imperfect verb right after a relative pronoun ("التي يسيطر عليها")."""
    form = normalize_form(m.entry["form"])
    if m.prefix or form[:1] not in grammar()["imperfect"] or v.tokens[m.i].norm != form:
        return False
    return any(v.tokens[k].norm in relatives() for k in range(max(lo, m.i - _RELATIVE_REACH), m.i))


def _place_follows(ctx: Context, j: int, s: int) -> bool:
    """A place word (منطقة، مدينة …) or a toponym starts within two tokens after token j."""
    if ctx.v.has_kind(j, j + 2, "placehead", s):
        return True
    return any(j <= ctx.token_of(p.span.start) < j + 2 for p in ctx.places_by_sent.get(s, ()))


def _definite(v: TokenView, i: int) -> bool:
    """Token i carries the article in some reading ("القصف", "بالقصف", "للقصف")."""
    g = grammar()
    return any(p.endswith((g["article"], g["fused"])) or st.startswith(g["article"]) for p, st, _x in v.keys[i])


def _continues_subject(v: TokenView, m: Mention) -> bool:
    """The trigger (or the verb right before it: "وشن 6 غارات") is a verb joined by و/ف with no
    subject of its own."""
    conj = grammar()["and"], grammar()["then"]
    for k in range(m.i - 3, m.i + 1):
        if k < 0 or v.tokens[k].sentence != m.sentence or not v.tokens[k].is_word:
            continue
        reads = v.keys[k]
        if len(reads) > 1 and reads[1][0] in conj and not reads[1][1].startswith(grammar()["article"]) \
                and (k == m.i or v.triggers_at(k)):
            return True
    return False


@functools.cache
def _kind_words(kind: str) -> frozenset[str]:
    """The one-word forms of ``kind`` (words.tsv) as the matcher keys them."""
    return frozenset(w for plist in lexicons()["words"].index.values() for ph in plist
                     if ph.entry["kind"] == kind and len(ph.words) == 1 for w in ph.words)


def _with_lam(v: TokenView, k: int, kind: str) -> bool:
    """Token k is a word of ``kind`` with ل in front ("لاستكمال", "للقيام")."""
    lam = grammar()["lam"]
    return kind in v.kinds()[k] and any(p.endswith(lam) and st in _kind_words(kind) for p, st, _x in v.keys[k])


def _roundup(ctx: Context, s: int) -> bool:
    """The sentence totals events over a long span: a running tally ("وثقت"), or "خلال" before a
    month or year ("خلال يوليو الحالي") or before a span of months or years ("خلال عشرة أشهر")."""
    v = ctx.v
    lo, hi = ctx.sent_lo[s], ctx.sent_hi[s]
    if v.has_kind(lo, hi, "tally", s):
        return True
    for t in ctx.times_by_sent.get(s, ()):
        k = ctx.token_of(t.span.start)
        if t.precision in ("month", "year") and v.has_kind(k - 2, k, "period", s):
            return True
    kinds = v.kinds()
    return any("period" in kinds[k] and v.has_kind(k + 1, k + 1 + _ROUNDUP_REACH, "longspan", s)
               for k in range(lo, hi))


def _filtered(ctx: Context, m: Match, s: int, lo: int, hi: int, typ: str, roundup: dict[int, bool]) -> bool:
    v = ctx.v
    sent_text = ctx.doc.sentences[s].span.text.rstrip()
    g = grammar()
    if sent_text.endswith(g["questions"]):
        return True  # a question
    if v.has_kind(lo, m.i, "tagline", s):
        return True  # the outlet's keyword line ("سمات تفجير داعش …")
    if g["future"] in m.prefix and v.tokens[m.i].norm[len(m.prefix):len(m.prefix) + 1] in g["imperfect"]:
        return True  # future verb: سيشن، ستقصف
    if v.has_kind(m.i - _ANNIVERSARY_REACH, m.i, "anniversary", s):
        return True  # "الذكرى الأولى للهجوم", "مراسم تأبين لضحايا الهجوم": recalled, no event now
    if v.has_kind(m.i - 4, m.i, "future", s) or (v.has_kind(m.i - 5, m.i, "call", s)
                                                 and not v.has_kind(m.i - 3, m.i, "probe", s)):
        # (but "طالبت بالتحقيق في الغارة": the call is for an inquiry into a strike that happened)
        return True
    if (v.has_kind(m.i - 3, m.i, "negation", s) and not v.has_kind(m.i - 2, m.i, "unnegated", s)) \
            or v.has_kind(m.i - 2, m.i, "sound", s):
        # (but "لم تسفر الغارات عن إصابات", "لم تتوقف عن قصف": the negation is the result's)
        return True
    if v.has_kind(m.i - _PREVENT_REACH, m.i, "prevent", s):
        return True  # "لمنع المسلحين من دخول البلدة": prevented, did not happen
    if v.has_kind(m.i - 1, m.i, "generic", s):
        return True  # "أي هجوم": any attack, none in particular
    if v.has_kind(m.i - _SENTENCE_REACH, m.i, "sentence", s):
        return True  # "حكما بالإعدام على خمسة": a court's sentence, no execution
    if v.has_kind(m.i - _LEGAL_REACH, m.i, "legal", s):
        return True  # "قانون ينص على معاقبة من يحرض على التفجير": a law, no deed done
    if any(_with_lam(v, k, "carry") for k in range(max(lo, m.i - _PURPOSE_REACH), m.i)):
        return True  # "للقيام بحملة اعتقالات", "لتنفيذ هجمات": an aim, not an event
    if v.has_kind(m.i - 4, m.j + 6, "history", s) and not any(
            "history" in v.kinds()[k] and v.has_kind(k + 1, k + 3, "recent", s)
            for k in range(max(lo, m.i - 4), min(hi, m.j + 6))):
        return True  # "منذ 2011", "منذ بداية الأزمة"
    if s not in roundup:
        roundup[s] = _roundup(ctx, s)
    if roundup[s]:
        return True  # a total over months: "قتل 3042 خلال عشرة أشهر", "وثقت المجموعة 214 ضحية"
    if typ != "Strategic developments" and any(
            _with_lam(v, k, "aim") for k in range(max(lo, m.i - _AIM_REACH), m.i)):
        return True  # "لاستكمال بسط سيطرتنا": an aim, not an event
    if typ not in ("Strategic developments", "Protests") and m.prefix.endswith(g["lam"]) and m.entry.get("context") != "target" \
            and not v.has_kind(m.i - _UNDERGO_REACH, m.i, "undergo", s) \
            and not v.has_kind(m.i - _DEED_REACH, m.i, "deed", s):
        return True  # purpose: "للسيطرة على", "لاستعادتها" (but "تعرض المبنى لقصف", "جريمة لحرق" happened)
    return False
