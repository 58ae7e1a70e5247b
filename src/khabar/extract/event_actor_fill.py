"""Actors an event's clause leaves unnamed, filled from the article as a coder reads the whole report.

Reads the events (:class:`khabar.doc.Event`) made from the merged mentions, the article's actor
phrases (:func:`khabar.extract.event_actor_phrases.actor_phrases`) and a :class:`TokenView`; sets
missing ``actor1``/``actor2`` and their evidence spans. Loads ``lang/ar/events/actor_grammar.yaml``
(through :func:`khabar.extract.event_actor_phrases.actor_grammar`), ``actors.tsv``, ``words.tsv`` and
``lang/ar/places/countries.tsv`` (the nisba of each country: الغارات التركية → تركيا).

- actor2: the people a violent event falls on (right after its trigger, counted by its toll, or by a
  figure after it: "احتجاز الرهائن", "مقتل 32 من الناشطين", "اعتقلت 15 فلسطينيا", or by a figure
  before its verb: "إن 11 مدنيا قتلوا في تفجير"), civilians a strike's
  toll counts, else in a battle or strike the other side's mention nearest the trigger (a known
  group first; for a strike, in its own sentence), but not for an event a month or more before publication (background), a strike on
  a civilian place or one whose toll counts people alone;
- actor1: the people counted at a protest (else the protesters named nearest: "وأحيا المتظاهرون"; never
  the army a peaceful protest denounces), the air force nearest an air strike, the armed group
  nearest a bombing (else the bomber named by a noun: الانتحاري), the side opposite the target of a
  battle, the speaker of a claim of responsibility, the country whose nisba follows a strike noun
  ("الغارات الجوية التركية": تركيا), else in a strike the armed group standing first in its
  sentence;
- one group on both sides: the target goes in a strike, the doer is re-chosen in a battle.
- a strategic development (Other, Change to group/activity, HQ established, Non-violent transfer,
  Disrupted weapons use) has one side: a group named as its target moves to actor1 (تعزيزات للحوثيين).
- fighting reported as going on ("وتدور اشتباكات عنيفة") that names no side and counts no dead: none.

Example::

    >>> from khabar.doc import Article
    >>> from khabar.pipeline import Pipeline
    >>> doc = Pipeline().run(Article(id="x", text="واعتقلت قوات الأمن أمس 12 فلسطينيا في نابلس."))
    >>> [(e.actor1, e.actor2) for e in doc.events]
    [('قوات الأمن', 'فلسطينيا')]
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools

from khabar.doc import Doc, Span
from khabar.extract.event_args import ARMED
from khabar.extract.event_actor_phrases import (
    ActorPhrase,
    _is_number,
    actor_grammar,
    bare_conj,
    person_titles,
    stop_words,
)
from khabar.extract.event_actors import _agent_cue_before, in_time, partitive_of, qualified
from khabar.extract.event_words import TokenView, grammar
from khabar.extract.numbers import _word_set, parse_number
from khabar.text.normalize import normalize_form

_EXTEND_MAX = 3  # words after a victim noun that still name it

# the side an actor category stands on: government (state forces, their aircraft, allies and
# pro-government militias), non-state armed groups, civilians; "armed", "org", "person" and the
# militias of actors.yaml (for the government in one war, against it in another): unknown
_SIDE = {"state": "gov", "air": "gov", "external": "gov", "pro_gov": "gov", "state forces": "gov",
         "external/other forces": "gov", "rebel": "rebel", "rebel group": "rebel", "civilian": "civ",
         "civilians": "civ", "protesters": "civ"}
_OPPOSITE = {"gov": ("rebel",), "rebel": ("gov",), "civ": ()}
# event types whose actor2 is the other side of a war (not the victims of violence against civilians)
_FIGHTING = frozenset({"Battles", "Explosions/Remote violence"})
_PROTESTS = frozenset({"Protests", "Riots"})
# who may be named as a protest's actor1 besides the people counted at it: civilians and bodies (a party,
# a union); a person, a state or an armed group named near a protest did not protest
_ORGANISERS = frozenset({"civilian", "org"})
# never the other side's stand-in: aircraft, and a foreign state named as a whole (السعودية، إيران)
_NO_TARGET = frozenset({"air", "external", "external/other forces"})
_BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})
# who never sets off a bomb: the state, its forces and allies, aircraft, a body, civilians
_NO_BOMBER = frozenset({"state", "state forces", "external", "external/other forces", "pro_gov", "air", "org",
                        "civilian", "civilians", "protesters"})
# the sides that fly no air strikes (their own drones are named as such: طائرة مسيرة، category air)
_NO_PILOT = frozenset({"rebel", "civ"})
# what the state does when the clause names no doer ("حيث اعتقل ثلاثة أشخاص", "تم ضبط أسلحة وذخائر")
_STATE_DEEDS = frozenset({"Arrests", "Disrupted weapons use"})
_VICTIM_TYPES = frozenset({"Violence against civilians"})
_VICTIM_SUBTYPES = frozenset({"Arrests", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
_VICTIM_REACH = 6  # tokens after a trigger where a figure counts its victims
_PERSON = frozenset({"person1", "person2"})
_COMBATANT = frozenset({"combatant", "forces"})
_CIVILIAN = frozenset({"civilian"})
_VICTIM_NOUN = frozenset({"person1", "person2", "civilian", "hostage", "combatant"})
_NISBA_SUBTYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_SUBJECT_TYPES = frozenset({"Explosions/Remote violence"})
_OBJECT_REACH = 8  # tokens after a strike's trigger where its object stands (past a subject: VSO)
# strategic developments that have one side only: who deploys, arrives, joins, sets up or leaves (and who
# defuses, whose weapons' owner is no actor)
_ONE_SIDED = frozenset({"Other", "Change to group/activity", "Headquarters or base established",
                        "Non-violent transfer of territory", "Disrupted weapons use"})
# seizures: the noun's genitive is who was seized ("اعتقال المسلحين", "تفكيك خلية"), whatever the clause names later
_TAKEN_SUBTYPES = frozenset({"Arrests", "Abduction/forced disappearance"})
_BACKGROUND_DAYS = 30  # an event this long before publication is background: no sides filled around it
_OBJECT_KINDS = _VICTIM_NOUN | {"cell"}  # words.tsv kinds an arrest's bare object may have
_TITLE_REACH = 12  # tokens from a title alone to the person it names past what it is of
_TITLE_WORDS = 3  # words of a title and its genitive before the person it names ("مدير مكتب الرئيس فلان")
_WHERE_REACH = 15  # words from a strike to the word of place that says who is there
_WHERE_GAP = 4  # words from that word to the group ("حيث كانت حركة", "التي كان يتجمع فيها عناصر")
_OP_REACH = 5  # words from an operation noun to the cue naming whom it is against (past times, adjectives)
_OP_WORDS = 6  # words of the phrase after that cue
_HELD_REACH = 4  # tokens from an arrest verb to its object past its subject and time words
_FILL_REACH = 400  # characters: the other side named within the trigger's sentence or the next (600 reached past it)


def side(a: ActorPhrase | None) -> str | None:
    """"gov", "rebel", "civ", or None when the phrase does not tell (قوات, a person, an unknown ORG)."""
    return _SIDE.get(a.category) if a is not None else None


def fill_actors(doc: Doc, v: TokenView, actors: list[ActorPhrase], events: list) -> None:
    """Fill an event's missing actor2 as a coder reads the whole report: the victims counted by its
    toll or right after its trigger ("مقتل 32 من الناشطين", "اعتقلت 15 فلسطينيا"), else, in a battle or
    a strike, the other side's mention nearest the trigger (a strike only when that mention stands in its
    own sentence: "غارات على مواقع" after a sentence on the Houthis does not tell what it hit)."""
    if not events:
        return
    by_span = {(a.span.start, a.span.end): a for a in actors}
    by_tok = {a.i: a for a in actors}
    starts = [t.span.start for t in v.tokens]
    claimed = _claimed(doc, v, starts)
    for ev in events:
        if ev.actor1 is None and claimed:
            # "وأعلنت الجبهة مسؤوليتها عن هجمات منها تفجير …": who claims it did it
            sp = next((sp for s, e, sp in claimed if s <= ev.trigger.start < e), None)
            if sp is not None:
                ev.actor1 = sp.text
                ev.evidence["actor1"] = [sp]
        a1 = _phrase_of(by_span, ev, "actor1")
        if ev.subtype in _BOMBINGS and a1 is not None and a1.category in _NO_BOMBER:
            # "قتل عشرة من قوات الطوارئ في تفجير", "شهدت تركيا هجوما انتحاريا": the state, its forces, a
            # body or civilians named by the clause were hit or host it; a bombing is an armed group's
            ev.actor1 = None
            ev.evidence.pop("actor1", None)
            a1 = None
        if ev.subtype == "Air/drone strike" and a1 is not None and side(a1) in _NO_PILOT:
            # "مقتل قيادي في تنظيم القاعدة في غارة": a rebel group or civilians named by the clause
            # are the strike's victims, not its pilots
            ev.actor1 = None
            ev.evidence.pop("actor1", None)
            a1 = None
        clause_a2 = ev.actor2 is not None  # the clause named the target: a doer it does not name is unknown
        if ev.type == "Explosions/Remote violence":
            # "قصف ... أدى إلى مقتل 43 مدنيا": civilians its toll counts are what a strike hit
            dead = _victims(doc, v, starts, ev, a1, by_tok)
            if dead is not None and _civilian_word(v, dead.i):
                ev.actor2 = dead.text
                ev.evidence["actor2"] = [dead.span]
        if ev.actor2 is not None and ev.type in _VICTIM_TYPES:
            # "لحرق الرضيع الفلسطيني … استياء واسع ضد إسرائيل": the victim right after the trigger,
            # not a target the clause names farther on
            a2 = _phrase_of(by_span, ev, "actor2")
            got = _victims(doc, v, starts, ev, a1, by_tok)
            if got is not None and a2 is not None and got.span.start < a2.span.start \
                    and got.i <= bisect.bisect_left(starts, ev.trigger.end) + 1:
                ev.actor2 = got.text
                ev.evidence["actor2"] = [got.span]
        if ev.subtype in _TAKEN_SUBTYPES:
            held = _genitive_object(v, starts, ev, by_tok, a1)
            if held is not None and a1 is not None and held.span.start < a1.span.end and a1.span.start < held.span.end:
                # "اختطاف وزير الدفاع فلان": the clause took the person the noun governs for the doer
                _assign(ev, "actor1", None)
                a1 = None
            if held is not None:  # "تفكيك خلية إرهابية على علاقة بتنظيم داعش": the cell, not its links
                ev.actor2 = held.text
                ev.evidence["actor2"] = [held.span]
            elif ev.actor2 is None and ev.subtype == "Arrests":
                bare = _bare_object(doc, v, starts, ev, a1, by_tok)
                if bare is not None:  # "اعتقلت الشرطة أمس خلية إرهابية", "أوقفت الشرطة امرأة"
                    ev.actor2 = bare.text
                    ev.evidence["actor2"] = [bare]
                else:
                    bare = _operation_target(doc, v, starts, ev, by_tok)
                    if bare is not None:  # "العمليات ضد متواطئين مع المشتبه به … حيث اعتقل ثلاثة أشخاص"
                        ev.actor2 = bare.text
                        ev.evidence["actor2"] = [bare]
        if ev.actor2 is not None and ev.subtype in _VICTIM_SUBTYPES and not _own_sentence(v, starts, ev, "actor2"):
            # "قتل 3 فلسطينيين جراء انفجار": the victims its own sentence counts, not a target told of
            # another mention merged into it
            got = _victims(doc, v, starts, ev, a1, by_tok, counted=False)
            if got is not None and v.tokens[got.i].sentence == _sentence_of(v, starts, ev.trigger.start):
                ev.actor2 = got.text
                ev.evidence["actor2"] = [got.span]
            elif ev.subtype in _BOMBINGS and _people_counted(v, starts, ev, own=True):
                # "حصد تفجير سيارة ملغومة أرواح خمسة أشخاص": its own toll names people, no side
                ev.actor2 = None
                ev.evidence.pop("actor2", None)
        if ev.actor2 is None:
            pick = None
            victims_first = ev.type in _VICTIM_TYPES or ev.subtype in _VICTIM_SUBTYPES
            if victims_first:
                pick = _victims(doc, v, starts, ev, a1, by_tok)
            if pick is None and ev.type == "Explosions/Remote violence":
                # "قصف قرية … حيث كانت حركة بوكو حرام تحضر لهجوم": the group the place hit shelters
                pick = _sheltered(v, starts, ev, by_tok, a1)
            if pick is None and ev.type in _FIGHTING and a1 is not None and not _background(doc, ev) \
                    and not (ev.type == "Explosions/Remote violence"
                             and (_people_counted(v, starts, ev) or _civilian_object(v, starts, ev))):
                # (a strike that killed "43 شخصا" fell on people, not on the other side's fighters)
                pick = _other_side(actors, ev.trigger.start, a1)
                if pick is not None and ev.type == "Explosions/Remote violence" \
                        and v.tokens[pick.i].sentence != _sentence_of(v, starts, ev.trigger.start):
                    # the other side a strike hit is the one nearest it when its own sentence names it; nearer
                    # in another sentence ("غارات قرب صنعاء" after a paragraph on the Houthis) it is not told
                    pick = None
            if pick is None and not victims_first and ev.type == "Explosions/Remote violence":
                pick = _victims(doc, v, starts, ev, a1, by_tok)
            if pick is None and ev.type == "Battles" and ev.actor1 is not None:
                # "قتل شرطي بنيران مسلحين", "قتل 5 جنود بنيران قناصة" (a doer no lexicon knows): the
                # soldier or policeman its toll counts is the other side
                dead = _victims(doc, v, starts, ev, a1, by_tok)
                if dead is not None and dead.category == "armed" and dead.text != ev.actor1:
                    pick = dead
            if pick is not None:
                ev.actor2 = pick.text
                ev.evidence["actor2"] = [pick.span]
        if ev.type in _PROTESTS and (a1 is None or a1.category not in _ORGANISERS):
            pick = _protesters(doc, v, starts, ev)
            a2 = _phrase_of(by_span, ev, "actor2")
            if pick is None and a2 is not None and a2.category == "civilian":
                pick = a2  # "تظاهر المحتجون": the protesters protest, nobody protests against them
                ev.actor2 = None
                ev.evidence.pop("actor2", None)
                if a1 is not None and a1.category in ARMED and ev.subtype != "Peaceful protest":
                    # "اندلعت اشتباكات بين القوات والسكان": the forces the rioters fought are actor2
                    ev.actor2 = a1.text
                    ev.evidence["actor2"] = [a1.span]
            if pick is None:
                # "تظاهر مئات الأشخاص … للتنديد بغارات الجيش": people alone name no one; the
                # protesters named nearest do ("وأحيا المتظاهرون ذكرى …")
                pick = _nearest(actors, ev.trigger.start, _protester_phrase)
            if pick is None and a1 is not None and a1.category in ARMED and ev.subtype == "Peaceful protest":
                ev.actor1 = None  # the army a peaceful protest denounces did not protest
                ev.evidence.pop("actor1", None)
            if pick is not None:
                ev.actor1 = pick.text
                ev.evidence["actor1"] = [pick.span]
        if ev.subtype == "Peaceful protest" and ev.actor2 is not None:
            # a peaceful protest has one side, its protesters; whom it is against or who is named by its
            # demands ("للمطالبة بمعاقبة قاتل ضابط بالجيش") is no party, as ACLED codes it
            ev.actor2 = None
            ev.evidence.pop("actor2", None)
        if ev.actor1 is None and ev.subtype in _NISBA_SUBTYPES:
            state = _state_of(v, starts, ev)
            if state is not None:  # "الغارات الجوية التركية": the state the strikes are attributed to
                ev.actor1 = state[0]
                ev.evidence["actor1"] = [state[1]]
        if ev.actor1 is None and ev.actor2 is None and ev.subtype == "Armed clash" and ev.killed is None \
                and _ongoing(v, starts, ev):
            pick = None  # "وتدور اشتباكات عنيفة": fighting going on that names no side and counts no dead
        elif ev.actor1 is None and ev.type in _FIGHTING and (not clause_a2 or ev.subtype == "Air/drone strike"
                                                           or ev.subtype in _BOMBINGS):
            pick = _doer(actors, ev, _phrase_of(by_span, ev, "actor2"))
        elif ev.actor1 is None and ev.type == "Battles" and ev.killed is None:
            # a battle whose clause names one side (not its dead): the other side named nearest, if a known group
            a2 = _phrase_of(by_span, ev, "actor2")
            pick = _other_side([a for a in actors if a.named], ev.trigger.start, a2) if a2 is not None else None
        elif ev.actor1 is None and ev.type == "Battles" and ev.actor2 is not None:
            # "قتل 13 وأصيب 85 من ميليشيا الحوثي في مواجهات مع المقاومة": the side whose dead its toll
            # counts fought the one named after مع
            pick = _dead_side(v, actors, starts, ev)
            if pick is not None and _same_group(pick.text, ev.actor2):
                pick = None
        else:
            pick = None
        if ev.actor1 is None and pick is not None:
            ev.actor1 = pick.text
            ev.evidence["actor1"] = [pick.span]
            if ev.actor2 is None and ev.type == "Battles":
                other = _other_side(actors, ev.trigger.start, pick)
                if other is not None:
                    ev.actor2 = other.text
                    ev.evidence["actor2"] = [other.span]
        if ev.actor1 is None and ev.type in _SUBJECT_TYPES:
            subj = _sentence_subject(v, actors, starts, ev)
            if subj is not None and not (ev.subtype in _BOMBINGS and subj.category in _NO_BOMBER):  # "ارتكبت الميليشيات مجزرة بعدما أمطرت الضاحية بصواريخ الكاتيوشا"
                ev.actor1 = subj.text
                ev.evidence["actor1"] = [subj.span]
        if ev.actor1 is None and ev.subtype in _STATE_DEEDS:
            pick = _nearest(actors, ev.trigger.start, lambda a: a.category == "state")
            if pick is not None:  # "حيث اعتقل ثلاثة أشخاص": an arrest told in the passive is the state's
                ev.actor1 = pick.text
                ev.evidence["actor1"] = [pick.span]
        if ev.actor1 is None and ev.subtype == "Suicide bomb":
            bomber = _bomber(v, starts, ev)
            if bomber is not None:  # "خيب القدر آمال الانتحاري في تفجير المسجد": the bomber named alone
                ev.actor1 = bomber.text
                ev.evidence["actor1"] = [bomber]
        if ev.subtype in _ONE_SIDED and ev.actor2 is not None:
            # "تعزيزات عسكرية جديدة لميليشيات الحوثي": a development has one side, who moves, not a target
            if ev.actor1 is None and ev.subtype != "Disrupted weapons use":
                ev.actor1 = ev.actor2
                ev.evidence["actor1"] = ev.evidence.get("actor2", [])
            ev.actor2 = None
            ev.evidence.pop("actor2", None)
        if ev.subtype in _BOMBINGS and _unnamed_bomber(v, _phrase_of(by_span, ev, "actor1")):
            # "سيارة مفخخة في «سلطان بايلي»", a writer quoted on the bombing: a person the clause names is
            # no bomber unless a bomber word names them (الانتحاري فلان); nobody else is guessed in their place
            _assign(ev, "actor1", None)
        titled = _title_to_name(v, actors, starts, ev)
        if titled is not None:  # "اغتيل القيادي في حزب المؤتمر فلان": the leader is the man named
            _assign(ev, "actor2", titled)
        for field in ("actor1", "actor2"):
            named = _antecedent(actors, _phrase_of(by_span, ev, field))
            if named is not None:  # "مسؤولية الجماعة": the group named before
                setattr(ev, field, named.text)
                ev.evidence[field] = [named.span]
        named = _described(v, actors, _phrase_of(by_span, ev, "actor2"), _phrase_of(by_span, ev, "actor1"))
        if named is not None:  # "قتل عدد من الحوثيين … غارات على معاقل المتمردين": the group its sentence names
            _assign(ev, "actor2", named)
        if ev.actor2 is not None and (group := _counted_group(ev.actor2)) is not None:
            ev.actor2 = group  # "مقتل 20 حوثيا": the men counted by the group's nisba are that group
        if ev.actor1 is not None and ev.actor1 == ev.actor2:
            _one_side_twice(actors, by_span, ev, v, starts)
        elif ev.actor1 is not None and ev.actor2 is not None and _same_group(ev.actor1, ev.actor2):
            # "سيطر مسلحو المقاومة الشعبية" told again as "سيطرتها" with "المقاومة الشعبية": the doer stands, the
            # target is the other side named nearest in a battle, else none
            a1 = _phrase_of(by_span, ev, "actor1")
            other = _other_side([a for a in actors if a.named], ev.trigger.start, a1) \
                if a1 is not None and ev.type == "Battles" else None
            _assign(ev, "actor2", other)


def _antecedent(actors: list[ActorPhrase], a: ActorPhrase | None) -> ActorPhrase | None:
    """For a group's head word alone ("التنظيم", "الجماعة": actor_grammar.yaml group_anaphors), the
    known group (not the state's side, no aircraft) named last before it within reach, one whose name
    holds that head first."""
    if a is None or a.j - a.i != 1 or normalize_form(a.text) not in actor_grammar()["anaphors"]:
        return None
    head = normalize_form(a.text)[len(grammar()["article"]):]
    before = [b for b in actors if b.named and b.span.end <= a.span.start and side(b) != "gov"
              and b.category not in _NO_TARGET and a.span.start - b.span.end <= _FILL_REACH and b.text != a.text]
    own = [b for b in before if head in normalize_form(b.text).split()]
    return (own or before)[-1] if (own or before) else None


def _described(v: TokenView, actors: list[ActorPhrase], a: ActorPhrase | None, a1: ActorPhrase | None
               ) -> ActorPhrase | None:
    """For a plural that describes fighters without naming them ("المتمردين", "مسلحين":
    actor_grammar.yaml group_descriptors), the one armed group its sentence names before it (not the
    state's side, not actor1's group): a description points back to a group already named."""
    if a is None or a.named or a.j - a.i != 1 or normalize_form(a.text) not in actor_grammar()["descriptors"]:
        return None
    sent = v.tokens[a.i].sentence
    own = [b for b in actors if b.named and v.tokens[b.i].sentence == sent and side(b) == "rebel"
           and b.span.end <= a.span.start and not (a1 is not None and _same_group(b.text, a1.text))]
    groups = {normalize_form(b.text) for b in own}
    if not own or any(not _same_group(g, h) for g in groups for h in groups):
        return None  # no group, or two different ones: the sentence does not tell which
    return own[-1]


def _same_group(a: str, b: str) -> bool:
    """One group named twice: the same words, or one name's words all inside the other's ("المقاومة
    الشعبية" and "مسلحو المقاومة الشعبية", "عناصر المقاومة الشعبية" and "المقاومة")."""
    if a == b:
        return True
    conj = grammar()["and"]
    wa, wb = ({bare_conj(w) if w.startswith(conj) else w for w in normalize_form(x).split()} for x in (a, b))
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _one_side_twice(actors: list[ActorPhrase], by_span: dict, ev, v: TokenView, starts: list[int]) -> None:
    """One group on both sides. In a strike or bombing, or with a subject named by "الأخير", the doer
    stands and the target (often the doer's own dead) goes; in a battle the target stands and the doer
    is the other side's known group named nearest, unless only the doer was named in the trigger's own
    sentence, before it ("تقدم المقاومة وسيطرتها على منطقة …" with "سيطرت عليه المقاومة" merged in):
    then the doer stands and the target is the other side named nearest."""
    a1 = _phrase_of(by_span, ev, "actor1")
    if ev.type == "Battles" and a1 is not None and a1.span.end <= ev.trigger.start \
            and _own_sentence(v, starts, ev, "actor1") and not _own_sentence(v, starts, ev, "actor2"):
        other = _other_side([a for a in actors if a.named], ev.trigger.start, a1)
        _assign(ev, "actor2", other)
        return
    if ev.type != "Battles" or (a1 is not None and a1.name and a1.name not in a1.span.text):
        ev.actor2 = None  # "رد الأخير بقصف" after the toll of its own men
        ev.evidence.pop("actor2", None)
        return
    a2 = _phrase_of(by_span, ev, "actor2")
    pick = _other_side([a for a in actors if a.named], ev.trigger.start, a2) if a2 is not None else None
    _assign(ev, "actor1", pick)


def _assign(ev, field: str, a: ActorPhrase | None) -> None:
    """Set ``field`` (actor1 or actor2) of the event and its evidence to ``a``, or clear both."""
    setattr(ev, field, a.text if a is not None else None)
    if a is not None:
        ev.evidence[field] = [a.span]
    else:
        ev.evidence.pop(field, None)


def _other_side(actors: list[ActorPhrase], pos: int, a1: ActorPhrase) -> ActorPhrase | None:
    want = _OPPOSITE.get(side(a1) or "", ())
    if not want:
        return None

    def other(a: ActorPhrase) -> bool:
        return side(a) in want and a.category not in _NO_TARGET and a.text != a1.text
    return _nearest(actors, pos, lambda a: a.named and other(a)) or _nearest(actors, pos, other)


def _doer(actors: list[ActorPhrase], ev, a2: ActorPhrase | None) -> ActorPhrase | None:
    """Who did a battle or strike the clause names no doer for: the air force nearest an air strike,
    else the side opposite its target nearest the trigger (named groups first)."""
    pos = ev.trigger.start
    if ev.subtype == "Air/drone strike":
        return _nearest(actors, pos, lambda a: a.category == "air")
    if ev.subtype in _BOMBINGS:
        # a bombing no clause claims: the armed group the report names nearest it
        return _nearest(actors, pos, lambda a: a.named and side(a) == "rebel")
    if a2 is None:
        if ev.type != "Battles":
            return None
        # "تدور اشتباكات عنيفة": the sides of the war nearest the fighting, the government's first
        # (the non-state side when it takes a place)
        first = "rebel" if ev.subtype == "Non-state actor overtakes territory" else "gov"
        return _nearest(actors, pos, lambda a: a.named and side(a) == first and a.category not in _NO_TARGET) \
            or _nearest(actors, pos, lambda a: side(a) == first and a.category not in _NO_TARGET)
    return _other_side(actors, pos, a2)


def _claimed(doc: Doc, v: TokenView, starts: list[int]) -> list[tuple[int, int, Span]]:
    """Claims of responsibility: (content start, content end, speaker) of each claim whose cue is
    followed by a responsibility word (actor_grammar.yaml) before or at the start of its content
    ("أعلنت طالبان مسؤوليتها عن الهجوم")."""
    words = actor_grammar()["responsibility"]
    out = []
    ntok = len(v.tokens)
    for c in doc.claims:
        if c.speaker is None or c.speaker.end > c.content.end:
            continue
        if bare_conj(normalize_form(c.speaker.text)) in words:
            continue  # "وسبق للجماعة أن أعلنت مسؤوليتها": the claim word itself is no speaker
        k = bisect.bisect_left(starts, min(c.cue.start, c.speaker.start))
        stop = min(bisect.bisect_left(starts, c.content.start) + 2, ntok)
        if any(bare_conj(v.tokens[x].norm) in words for x in range(k, stop)):
            out.append((c.content.start, c.content.end, c.speaker))
    return out


def _state_of(v: TokenView, starts: list[int], ev) -> tuple[str, Span] | None:
    """A country's nisba right after a strike noun ("الغارات التركية", "القصف الجوي الإسرائيلي", "غارة
    روسية"; air and artillery words may stand between): the country's name (places/countries.tsv) and
    the adjective's span."""
    ti = bisect.bisect_left(starts, ev.trigger.start)
    tj = bisect.bisect_left(starts, ev.trigger.end)
    ntok = len(v.tokens)
    if ti >= ntok or tj <= ti:
        return None
    t = v.tokens[ti]
    if not t.norm.startswith(grammar()["article"]) and not t.span.text.endswith(actor_grammar()["noun_endings"]) \
            and tj - ti == 1:
        return None  # "قصفت": a verb, whose subject names the doer
    kinds = v.kinds()
    k = tj
    while k < min(tj + 2, ntok) and kinds[k] & {"air", "artillery"}:
        k += 1
    if k >= ntok or v.tokens[k].sentence != t.sentence:
        return None
    name = _nisbas().get(v.tokens[k].norm)
    return (name, v.tokens[k].span) if name else None


@functools.cache
def _group_members() -> dict[str, str]:
    """Each folded form of an armed group's nisba for its men, without the article (حوثيا، حوثيين، حوثيون:
    the endings of actor_grammar.yaml nisba_endings on group_nisbas' stem) -> the group as reports name it."""
    ag = actor_grammar()
    out: dict[str, str] = {}
    for adj, name in ag["group_nisbas"].items():
        stem = adj[:-1]
        for ending in ag["nisba"]:
            out.setdefault(stem + ending, name)
    return out


def _counted_group(text: str) -> str | None:
    """The group a one-word actor names by its nisba ("حوثيا" -> "الحوثيين"), else None."""
    word = normalize_form(text)
    return _group_members().get(word) if " " not in word else None


@functools.cache
def _nisbas() -> dict[str, str]:
    """Folded nisba adjectives of each country (التركي، التركية، تركية) -> its short Arabic name: the
    adjectives place_lexicon.nisba_countries derives for the places stage (one derivation), named by
    places/countries.tsv; and of each armed group in actor_grammar.yaml's group_nisbas (حوثية -> الحوثيين)."""
    from khabar.extract.place_lexicon import nisba_countries
    from khabar.lang import load_tsv

    g = grammar()
    ag = actor_grammar()
    names: dict[str, str] = {}
    for row in load_tsv("places/countries.tsv", required=("iso2", "forms")):
        forms = [f for f in row["forms"].split("|") if f and " " not in f]
        if forms:
            names.setdefault(row["iso2"], forms[0])
    out = {adj: names[iso] for adj, iso in nisba_countries().items() if iso in names}
    # an armed group's nisba ("مقذوفات حوثية"): the group as reports name it
    for adj, name in ag["group_nisbas"].items():
        for form in (adj, adj + ag["feminine_ending"]):
            out.setdefault(g["article"] + form, name)
            out.setdefault(form, name)
    return out


def _title_to_name(v: TokenView, actors: list[ActorPhrase], starts: list[int], ev) -> ActorPhrase | None:
    """actor2 a title alone ("القيادي", "الناشط") and the person named after it past what it is of ("القيادي في
    حزب المؤتمر الشعبي العام (حزب صالح) عبد الرحمن فلان"): one phrase from the title to the name."""
    spans = ev.evidence.get("actor2") or []
    if not spans:
        return None
    i = bisect.bisect_left(starts, spans[0].start)
    if i >= len(v.tokens) or v.tokens[i].span.end != spans[0].end or v.tokens[i].norm not in person_titles():
        return None
    for b in actors:
        if b.i <= i:
            continue
        if b.i > i + _TITLE_REACH:
            return None
        if b.category == "person" and not b.prep:
            if all(v.tokens[k].sentence == v.tokens[i].sentence and v.tokens[k].span.text not in
                   actor_grammar()["list_commas"] and not v.triggers_at(k) for k in range(i + 1, b.i)):
                return ActorPhrase(i, b.j, v.doc.span(spans[0].start, b.span.end), "person")
            return None
    return None


def _dead_side(v: TokenView, actors: list[ActorPhrase], starts: list[int], ev) -> ActorPhrase | None:
    """The group a toll counts its dead from ("قتل 13 من ميليشيا الحوثي", "مقتل 5 من عناصر التنظيم"), in
    the trigger's sentence before it and nearest it; a group named, not people alone."""
    ti = bisect.bisect_left(starts, ev.trigger.start)
    if ti >= len(v.tokens):
        return None
    kinds = v.kinds()
    sent = v.tokens[ti].sentence
    lo = ti
    while lo > 0 and v.tokens[lo - 1].sentence == sent:
        lo -= 1
    best = None
    for a in actors:
        if a.i < lo or a.category in ("civilian", "person"):
            continue
        if a.j > ti:
            break
        o = partitive_of(v, a.i, lo)
        if o is not None and any(kinds[k] & {"killed", "injured"} or _is_number(v, k) for k in range(max(lo, o - 3), o)):
            best = a
    return best


def _sentence_subject(v: TokenView, actors: list[ActorPhrase], starts: list[int], ev) -> ActorPhrase | None:
    """The armed group standing first in the trigger's sentence, before the trigger, with no preposition
    and no qualifying word before it: the subject the clauses after it go on about."""
    ti = bisect.bisect_left(starts, ev.trigger.start)
    if ti >= len(v.tokens) or (ti > 0 and bare_conj(v.tokens[ti - 1].norm) in actor_grammar()["noun_marker"]):
        return None  # "تواصل الشرطة التحقيق في اغتيال ضابط": the event is what the subject deals with
    sent = v.tokens[ti].sentence
    lo = ti
    while lo > 0 and v.tokens[lo - 1].sentence == sent:
        lo -= 1
    for a in actors:
        if a.i < lo:
            continue
        if a.j > ti:
            break
        if partitive_of(v, a.i, lo) is not None or (a.i > lo and _is_number(v, a.i - 1)):
            continue  # "مقتل 49 مسلحا من تنظيم داعش", "قتل 4 حوثيين": the dead and their group are no subject
        return a if a.category in ARMED and not a.prep and not qualified(v, a, lo) else None
    return None


def _unnamed_bomber(v: TokenView, a: ActorPhrase | None) -> bool:
    """A person a bombing's clause names who is not told to be its bomber (no bomber word or agent cue right
    before the name: "الانتحاري فلان", "نفذه فلان"): a name the tagger found near it (a writer, a street)
    set off no bomb."""
    if a is None or a.category != "person" or a.i == 0:
        return a is not None and a.category == "person"
    return bare_conj(v.tokens[a.i - 1].norm) not in actor_grammar()["bombers"] \
        and not _agent_cue_before(v, a.i, max(0, a.i - 4))  # "تفجير نفذه فلان": the agent named


def _bomber(v: TokenView, starts: list[int], ev) -> Span | None:
    """The bomber named by a noun (actor_grammar.yaml bombers: الانتحاري) in the trigger's sentence,
    nearest the trigger; not an adjective after a definite noun ("التفجير الانتحاري")."""
    words = actor_grammar()["bombers"]
    ti = bisect.bisect_left(starts, ev.trigger.start)
    if ti >= len(v.tokens):
        return None
    sent = v.tokens[ti].sentence
    best = None
    for k in range(max(0, ti - 12), min(len(v.tokens), ti + 13)):
        t = v.tokens[k]
        if t.sentence != sent or bare_conj(t.norm) not in words:
            continue
        if k > 0 and v.tokens[k - 1].norm.startswith(grammar()["article"]):
            continue
        if best is None or abs(k - ti) < abs(best - ti):
            best = k
    return v.tokens[best].span if best is not None else None


def _background(doc: Doc, ev) -> bool:
    """Whether the event is dated a month or more before publication ("سيطروا على صنعاء في سبتمبر"): the
    sides named around it are those of today's fighting, not of that event."""
    if not ev.date or doc.published is None:
        return False
    try:
        day = _dt.date.fromisoformat(ev.date[:10])
    except ValueError:
        return False
    return (doc.published - day).days >= _BACKGROUND_DAYS


def _civilian_object(v: TokenView, starts: list[int], ev) -> bool:
    """Whether a strike's object is a civilian place: a civilian word (words.tsv: منازل، الأحياء
    السكنية) or a residential adjective (actor_grammar.yaml: حي الجمهوري السكني) within eight tokens
    after its trigger (past the subject of a verb)."""
    ti = bisect.bisect_left(starts, ev.trigger.start)
    tj = bisect.bisect_left(starts, ev.trigger.end)
    if ti >= len(v.tokens):
        return False
    sent = v.tokens[ti].sentence
    residential = actor_grammar()["residential"]
    return v.has_kind(tj, tj + _OBJECT_REACH, "civilian", sent) or any(
        v.tokens[k].norm in residential and v.tokens[k].sentence == sent
        for k in range(tj, min(tj + _OBJECT_REACH, len(v.tokens))))


def _people_counted(v: TokenView, starts: list[int], ev, own: bool = False) -> bool:
    """Whether the event's toll counts people alone (actor_grammar.yaml generic_persons: 43 شخصا); with
    ``own``, only the figures told in the trigger's sentence."""
    generic = actor_grammar()["generic"]
    here = _sentence_of(v, starts, ev.trigger.start)
    for sp in ev.evidence.get("casualties", ()):
        if own and _sentence_of(v, starts, sp.start) != here:
            continue
        k = bisect.bisect_left(starts, sp.end)
        for x in (k - 1, k):
            if 0 <= x < len(v.tokens) and (v.tokens[x].norm in generic or v.tokens[x].stem in generic):
                return True
    return False


def _ongoing(v: TokenView, starts: list[int], ev) -> bool:
    """Whether a word of ongoing fighting (words.tsv kind present: تدور، تستمر) stands right before
    the event's trigger, with no "بين" after it."""
    ti = bisect.bisect_left(starts, ev.trigger.start)
    tj = bisect.bisect_left(starts, ev.trigger.end)
    if ti >= len(v.tokens):
        return False
    sent = v.tokens[ti].sentence
    # "تدور اشتباكات بين الطرفين": the two sides named before
    return v.has_kind(ti - 2, ti, "present", sent) and not v.has_kind(tj, tj + 3, "between", sent)


def _civilian_word(v: TokenView, i: int) -> bool:
    """A civilian noun (words.tsv kind civilian, or an actors.tsv civilian: مدنيا، المصلين)."""
    if v.kinds()[i] & _CIVILIAN:
        return True
    m = v.match_at("actors", i)
    return m is not None and m.entry["category"] == "civilian"


def _victims(doc: Doc, v: TokenView, starts: list[int], ev, a1: ActorPhrase | None,
             groups: dict[int, ActorPhrase], counted: bool = True) -> ActorPhrase | None:
    """Who an event's violence fell on: the person right after its trigger ("بقتل ضابط", "احتجاز
    الرهائن"), the people its toll counts ("مقتل 32 من الناشطين الأكراد", "مقتل حارس أمن"), or those
    counted right after the trigger ("اعتقلت الليلة الماضية 15 فلسطينيا", "بخطف 200 مدني"; not with
    ``counted`` False)."""
    ntok = len(v.tokens)
    ti = bisect.bisect_left(starts, ev.trigger.start)
    tj = bisect.bisect_left(starts, ev.trigger.end)
    if ti >= ntok:
        return None
    sent = v.tokens[ti].sentence
    own = ev.type in _VICTIM_TYPES or ev.subtype in _VICTIM_SUBTYPES
    if own and ev.subtype != "Suicide bomb":  # "فجرت فتاة نفسها": the person after it is the bomber
        # "بقتل ضابط بالجيش", "احتجاز الرهائن", "اغتال مسلحون ضابطا": the person right after the
        # trigger (inside a trigger of two words, or past the doer named after a verb)
        kinds = v.kinds()
        k = ti + 1
        while k < min(tj + 4, ntok) and v.tokens[k].sentence == sent:
            if a1 is not None and a1.i <= k < a1.j:
                k = a1.j
                if k < ntok and v.tokens[k].is_word and not kinds[k] and v.number_at(k) is None \
                        and not v.tokens[k].norm.startswith(grammar()["article"]):
                    k += 1  # "اغتال مسلحون مجهولون ضابطا": an adjective of the doer the phrase left out
                continue
            # (inside the trigger only a definite noun: "احتجاز الرهائن", not the adjective of "اعتداء مسلح")
            if kinds[k] & _VICTIM_NOUN and (k >= tj or v.tokens[k].norm.startswith(grammar()["article"])):
                got = _victim_phrase(doc, v, k, ntok, groups)
                if got is not None:
                    return got
            if k >= tj:
                break
            k += 1
    for sp in ev.evidence.get("casualties", ()):
        front = _figure_first(doc, v, starts, sp, groups)
        if front is not None:
            return front  # "إن 11 مدنيا قتلوا في تفجير": the noun the figure before the verb counts
        k = bisect.bisect_left(starts, sp.end)
        last = k - 1
        if 0 <= last < ntok and v.kinds()[last] & _PERSON:
            return _victim_phrase(doc, v, last, ntok, groups)
        if k < ntok and v.tokens[k].sentence == v.tokens[last].sentence:
            got = _victim_phrase(doc, v, k, ntok, groups)
            if got is not None:
                return got
    if not (own and counted):
        return None
    return _counted(doc, v, range(tj, min(tj + _VICTIM_REACH, ntok)), sent, groups)


def _figure_first(doc: Doc, v: TokenView, starts: list[int], sp: Span,
                  groups: dict[int, ActorPhrase]) -> ActorPhrase | None:
    """The victims of a toll told figure first, its verb after ("11 مدنيا قتلوا", "ثلاثة جنود
    أصيبوا"): the noun right after the figure that opens the toll's span."""
    ntok = len(v.tokens)
    a = bisect.bisect_right(starts, sp.start) - 1
    if not 0 <= a < ntok or v.tokens[a].span.start != sp.start:
        return None
    if not (v.tokens[a].norm.isdigit() or v.number_at(a) is not None):
        return None
    got = parse_number(v, a, ntok)
    if got is None or got[1] >= ntok or v.tokens[got[1]].span.end > sp.end:
        return None
    return _victim_phrase(doc, v, got[1], ntok, groups)


def _counted(doc: Doc, v: TokenView, ks: range, sent: int,
             groups: dict[int, ActorPhrase] | None = None) -> ActorPhrase | None:
    """The people counted by the first figure among tokens ``ks`` ("15 فلسطينيا", "مئات السوريين")."""
    ntok = len(v.tokens)
    for k in ks:
        t = v.tokens[k]
        if t.sentence != sent:
            if t.sentence > sent:
                break
            continue
        n = v.number_at(k)
        if t.norm.isdigit() or n is not None:
            if in_time(doc, t.span.start):
                continue  # "في 6 أغسطس", "اليوم الاثنين": a day's figure counts no one
            return _victim_phrase(doc, v, n.j if n is not None else k + 1, ntok, groups)
    return None


def _protesters(doc: Doc, v: TokenView, starts: list[int], ev) -> ActorPhrase | None:
    """Who protested: the people counted right after the trigger ("تظاهر آلاف السوريين") or before
    it ("شارك مئات السوريين في احتجاج"), at the event's trigger or else at another of its mentions."""
    ntok = len(v.tokens)
    for sp in [ev.trigger, *(m for m in ev.mentions if m != ev.trigger)]:  # "شارك مئات … في احتجاج" told later
        ti = bisect.bisect_left(starts, sp.start)
        tj = bisect.bisect_left(starts, sp.end)
        if ti >= ntok:
            continue
        sent = v.tokens[ti].sentence
        got = _counted(doc, v, range(tj, min(tj + 3, ntok)), sent) \
            or _counted(doc, v, range(max(0, ti - _VICTIM_REACH), ti), sent)
        if got is not None:
            return got
    return None


def _protester_phrase(a: ActorPhrase) -> bool:
    """A civilian actor phrase whose first word is a protesters' noun (casualties.yaml protesters)."""
    words = a.text.split()
    return a.category == "civilian" and bool(words) and _folded_word(words[0]) in _word_set("protesters")


@functools.lru_cache(maxsize=4096)
def _folded_word(word: str) -> str:
    return normalize_form(word)


def _victim_phrase(doc: Doc, v: TokenView, k: int, ntok: int,
                   groups: dict[int, ActorPhrase] | None = None) -> ActorPhrase | None:
    """The counted noun at token k with the nisba adjective or definite words naming it, or the
    group after a partitive من ("32 من الناشطين الشبان الأكراد")."""
    g, ag = grammar(), actor_grammar()
    kinds = v.kinds()
    if k >= ntok:
        return None
    sent = v.tokens[k].sentence
    if v.tokens[k].norm == g["of"]:
        k += 1
        if k < ntok and groups and k in groups and v.tokens[k].sentence == sent:
            return groups[k]  # "32 من تنظيم داعش": the group they belong to
        if k >= ntok or v.tokens[k].sentence != sent or not v.tokens[k].norm.startswith(g["article"]):
            return None
    t = v.tokens[k]
    if not t.is_word or len(t.norm) < 3 or t.norm.isdigit() or kinds[k] & ag["not_victim"] \
            or v.number_at(k) is not None or t.norm in stop_words() or v.triggers_at(k):
        return None
    if groups and k + 2 < ntok and v.tokens[k + 1].norm == g["of"] and k + 2 in groups \
            and v.tokens[k + 2].sentence == sent:
        return groups[k + 2]  # "12 عنصرا من داعش": the group the counted belong to
    if t.stem in ag["generic"] or t.norm in ag["generic"]:
        # "9 أشخاص بينهم 5 مدنيين": the subset names the victims; people alone name none
        for x in range(k + 1, min(k + 3, ntok)):
            if bare_conj(v.tokens[x].norm) in ag["majority"] and v.tokens[x].sentence == sent:
                # "38 شخصا غالبيتهم من السياح البريطانيين", "معظمهم بريطانيون": who most of them were
                return _victim_phrase(doc, v, x + 1, ntok, groups)
            if "subset" in kinds[x] and v.tokens[x].sentence == sent and x + 2 < ntok:
                n = v.number_at(x + 1)
                nxt = n.j if n is not None else x + 2 if v.tokens[x + 1].norm.isdigit() else x + 1
                return _victim_phrase(doc, v, nxt, ntok, groups) if nxt > x + 1 else None
        return None
    j = k + 1
    definite = t.norm.startswith(g["article"])
    while j < ntok and j - k <= _EXTEND_MAX and v.tokens[j].is_word and v.tokens[j].sentence == sent \
            and not kinds[j] and v.tokens[j].norm not in stop_words() \
            and (v.tokens[j].norm.startswith(g["article"]) if definite
                 else v.tokens[j].norm.endswith(ag["nisba"]) and not v.tokens[j].norm.endswith(ag["not_nisba"])
                 and len(v.tokens[j].norm) >= 4):
        j += 1
        if not definite:
            break
    span = doc.span(v.tokens[k].span.start, v.tokens[j - 1].span.end)
    armed = kinds[k] & _COMBATANT or t.norm in ag["combatant"] or t.stem in ag["combatant"]
    return ActorPhrase(k, j, span, "armed" if armed else "civilian")


def _genitive_object(v: TokenView, starts: list[int], ev, by_tok: dict[int, ActorPhrase],
                     a1: ActorPhrase | None) -> ActorPhrase | None:
    """The actor a seizure's noun governs: the phrase starting right after the trigger's first word,
    inside the trigger or just after it ("تفكيك خلية", "اعتقال المسلحين"), with no preposition."""
    ti = bisect.bisect_left(starts, ev.trigger.start)
    tj = bisect.bisect_left(starts, ev.trigger.end)
    if ti >= len(v.tokens):
        return None
    m = v.match_at("triggers", ti)
    if m is None or m.suffix:
        return None
    if tj < len(v.tokens):
        # "اختطاف الصحفي فلان", "اعتقل فلان": a person right after the word (past a title) was seized,
        # whatever the clause made of them (a person seizes nobody; the state, a group does)
        got = _titled_person(v, by_tok, tj) or by_tok.get(tj)
        if got is not None and got.category == "person" and not got.prep:
            return got
    if not (_masdar(v, ti) or _with_prep(v, ti)):
        return None
    for k in range(ti + 1, min(tj + 1, len(v.tokens))):
        got = by_tok.get(k)
        if got is not None:
            ok = not got.prep and got.category not in _NO_TARGET and (a1 is None or got.text != a1.text)
            return got if ok else None
    return None


def _with_prep(v: TokenView, i: int) -> bool:
    """The trigger word at token i reads with a proclitic preposition (بـ, لـ): a noun ("قامت باختطاف")."""
    g = grammar()
    return any(p.endswith((g["bi"], g["lam"], g["fused"])) for p, _s, _x in v.keys[i][1:2])


def _titled_person(v: TokenView, by_tok: dict[int, ActorPhrase], k: int) -> ActorPhrase | None:
    """A person named after a title that starts at token k, the title's own genitive words between
    ("وزير الدفاع فلان", "مدير مكتب الرئيس فلان", "الصحفي فلان"): the person with the title; with the
    titled persons joined to them by و ("وزير الدفاع فلان ومدير مكتب الرئيس فلان")."""
    if k >= len(v.tokens) or v.tokens[k].norm not in person_titles():
        return None
    got = _one_titled(v, by_tok, k)
    while got is not None and got.j < len(v.tokens) \
            and v.tokens[got.j].norm.startswith(grammar()["and"]) and v.tokens[got.j].norm not in person_titles():
        nxt = _one_titled(v, by_tok, got.j)
        if nxt is None:
            break
        got = ActorPhrase(got.i, nxt.j, v.doc.span(got.span.start, nxt.span.end), "person")
    return got


def _one_titled(v: TokenView, by_tok: dict[int, ActorPhrase], k: int) -> ActorPhrase | None:
    """One title at token k (behind و too: "ومدير") and the person it names."""
    if v.tokens[k].norm not in person_titles() and bare_conj(v.tokens[k].norm) not in person_titles():
        return None
    kinds = v.kinds()
    sent = v.tokens[k].sentence
    for x in range(k + 1, min(k + 1 + _TITLE_WORDS, len(v.tokens))):
        got = by_tok.get(x)
        if got is not None:
            if got.category != "person" or got.prep:
                return None
            return ActorPhrase(k, got.j, v.doc.span(v.tokens[k].span.start, got.span.end), "person")
        t = v.tokens[x]
        if not t.is_word or t.sentence != sent or (kinds[x] and t.norm not in person_titles()) \
                or t.norm in stop_words():
            return None
    return None


def _bare_object(doc: Doc, v: TokenView, starts: list[int], ev, a1: ActorPhrase | None,
                 by_tok: dict[int, ActorPhrase]) -> Span | None:
    """The object of an arrest verb that no lexicon knows: the noun right after the verb
    or its subject (past time words), with an adjective that follows it ("اعتقلت الشرطة أمس خلية
    إرهابية", "أوقفت الشرطة امرأة"); not a number, a preposition, a place or a word of any kind."""
    ti = bisect.bisect_left(starts, ev.trigger.start)
    tj = bisect.bisect_left(starts, ev.trigger.end)
    n = len(v.tokens)
    if tj >= n or _masdar(v, ti):
        return None
    if a1 is not None and a1.i == tj:
        k = a1.j  # VSO: after the subject
    elif a1 is None or a1.j <= ti:
        k = tj
    else:
        return None
    sent = v.tokens[ti].sentence
    while k < min(tj + _HELD_REACH, n) and in_time(doc, v.tokens[k].span.start):
        k += 1
    got = by_tok.get(k)
    if got is not None:  # a phrase the clause took for no object ("خلية إرهابية": indefinite)
        ok = not got.prep and got.category not in _NO_TARGET and (a1 is None or got.text != a1.text)
        return got.span if ok and v.tokens[k].sentence == sent else None
    if k >= n or not _plain_noun(doc, v, k, sent):
        return None
    end = k + 1
    g = grammar()
    if end < n and _plain_noun(doc, v, end, sent) and end not in by_tok and not v.tokens[end].norm.startswith(g["and"]) \
            and v.tokens[end].norm.endswith(actor_grammar()["nisba"]) \
            and v.tokens[end].norm.startswith(g["article"]) == v.tokens[k].norm.startswith(g["article"]):
        end += 1  # its adjective
    return doc.span(v.tokens[k].span.start, v.tokens[end - 1].span.end)


def _sheltered(v: TokenView, starts: list[int], ev, by_tok: dict[int, ActorPhrase], a1: ActorPhrase | None
               ) -> ActorPhrase | None:
    """The armed group a strike's place is said to hold, after a word of place (actor_grammar.yaml
    where_words: حيث، فيها …) within _WHERE_REACH words of the trigger in its sentence, and within
    _WHERE_GAP words of that word ("استهدفوا أحد المواقع التي كان يتجمع فيها عناصر التمرد", "قصف قرية
    … حيث كانت حركة بوكو حرام تحضر لهجوم"); not the doer's side, no aircraft, no civilians."""
    ag = actor_grammar()
    tj = bisect.bisect_left(starts, ev.trigger.end)
    n = len(v.tokens)
    if tj >= n:
        return None
    sent = v.tokens[tj].sentence
    own = side(a1)
    for k in range(tj, min(tj + _WHERE_REACH, n)):
        if v.tokens[k].sentence != sent:
            return None
        if bare_conj(v.tokens[k].norm) not in ag["where"]:
            continue
        for x in range(k + 1, min(k + 1 + _WHERE_GAP, n)):
            got = by_tok.get(x)
            if got is not None and v.tokens[x].sentence == sent and not got.prep \
                    and got.category not in _NO_TARGET and side(got) not in ("civ", own or "civ"):
                return got
        return None
    return None


def _operation_target(doc: Doc, v: TokenView, starts: list[int], ev, by_tok: dict[int, ActorPhrase]
                      ) -> Span | None:
    """Whom a security operation told before an arrest in its sentence is against (actor_grammar.yaml
    operation_words, then within _OP_REACH words one of operation_cues): the group there, else the words
    up to a preposition, a comma, a time, a place or an event word ("العمليات فجر الجمعة ضد متواطئين مع
    المشتبه به في مدينة …", "عملياته التي تستهدف مناصري «الكردستاني» و«داعش» في أنحاء البلاد")."""
    ag, g = actor_grammar(), grammar()
    ti = bisect.bisect_left(starts, ev.trigger.start)
    if ti >= len(v.tokens):
        return None
    sent = v.tokens[ti].sentence
    lo = ti
    while lo > 0 and v.tokens[lo - 1].sentence == sent:
        lo -= 1
    for k in range(ti - 1, lo - 1, -1):
        if v.tokens[k].norm not in ag["operations"]:
            continue
        cue = next((c for c in range(k + 1, min(k + 1 + _OP_REACH, ti)) if v.tokens[c].norm in ag["operation_cues"]), None)
        if cue is None or cue + 1 >= ti:
            continue
        first = cue + 2 if v.tokens[cue + 1].span.text in g["quotes"] else cue + 1  # "ضد «أنصار الشريعة»"
        got = by_tok.get(first)
        if got is not None:
            return got.span if not got.prep and got.category not in _NO_TARGET else None
        if first >= ti or not _plain_noun(doc, v, first, sent):
            return None
        end, words = first + 1, 1
        while end < ti and not _phrase_break(doc, v, end, sent) and words + v.tokens[end].is_word <= _OP_WORDS:
            words += v.tokens[end].is_word
            end += 1
        while end > first + 1 and not v.tokens[end - 1].is_word and v.tokens[end - 1].span.text not in ag["name_marks"]:
            end -= 1  # no comma or opening quote at its end; a closing one stays ("«داعش»")
        return doc.span(v.tokens[cue + 1].span.start, v.tokens[end - 1].span.end)
    return None


def _phrase_break(doc: Doc, v: TokenView, k: int, sent: int) -> bool:
    """Token k ends a described phrase: another sentence, a comma, a word of actor_grammar.yaml
    phrase_breaks (في، حيث …), a time, a place, an event word."""
    t, g = v.tokens[k], grammar()
    return t.sentence != sent or t.span.text in g["list_commas"] or t.norm in actor_grammar()["phrase_breaks"] \
        or in_time(doc, t.span.start) or bool(v.triggers_at(k)) \
        or any(p.span.start <= t.span.start < p.span.end for p in doc.places)


def _plain_noun(doc: Doc, v: TokenView, k: int, sent: int) -> bool:
    """A word of the sentence that no lexicon knows or that names people ("امرأة", "خلية", "مواطنا"), with
    no proclitic preposition, no number, no place."""
    t = v.tokens[k]
    g = grammar()
    if any(st in actor_grammar()["generic"] for _p, st, _x in v.keys[k]) or t.norm in actor_grammar()["one_of"]:
        return False  # "شخصا", "أوقفت إحداهما": people alone, one of them named elsewhere
    if not t.is_word or t.sentence != sent or not v.kinds()[k] <= _OBJECT_KINDS or t.norm in stop_words() \
            or t.norm.isdigit() or v.number_at(k) is not None or v.triggers_at(k) \
            or any(p.endswith((g["lam"], g["fused"], g["bi"])) for p, _s, _x in v.keys[k][1:2]):
        return False
    return not any(p.span.start <= t.span.start < p.span.end for p in doc.places)


def _masdar(v: TokenView, i: int) -> bool:
    """The trigger word at token i is a noun (a masdar): with the article, a preposition, or after a
    noun marker ("عن تفكيك"), not a verb ("اعتقلت الشرطة")."""
    g = grammar()
    t = v.tokens[i]
    if t.norm.startswith(g["article"]) or t.span.text.endswith(actor_grammar()["noun_endings"]):
        return True
    return i > 0 and bare_conj(v.tokens[i - 1].norm) in actor_grammar()["noun_marker"]


def _sentence_of(v: TokenView, starts: list[int], pos: int) -> int:
    k = min(bisect.bisect_right(starts, pos) - 1, len(v.tokens) - 1)
    return v.tokens[max(k, 0)].sentence if v.tokens else -1


def _own_sentence(v: TokenView, starts: list[int], ev, field: str) -> bool:
    """Whether the evidence of ``field`` stands in the sentence of the event's trigger."""
    spans = ev.evidence.get(field) or []
    return not spans or _sentence_of(v, starts, spans[0].start) == _sentence_of(v, starts, ev.trigger.start)


def _phrase_of(by_span: dict, ev, field: str) -> ActorPhrase | None:
    spans = ev.evidence.get(field) or []
    return by_span.get((spans[0].start, spans[0].end)) if spans else None


def _nearest(actors: list[ActorPhrase], pos: int, ok) -> ActorPhrase | None:
    best, dist = None, None
    for a in actors:
        if not ok(a):
            continue
        d = a.span.start - pos if a.span.start >= pos else pos - a.span.end
        if d <= _FILL_REACH and (dist is None or d < dist):
            best, dist = a, d
    return best
