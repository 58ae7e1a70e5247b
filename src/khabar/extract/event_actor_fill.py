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
  group first; for a strike, in its own sentence and clause: not past فيما، بينما، في حين), but not for an event a month or more before publication (background), a strike on
  a civilian place or one whose toll counts people alone; a body a claim speaker's span holds past its head
  ("وأكد محققو الشرطة", "قال مصدر في الجيش") is no other side;
- actor1: the subject of the verb staging a protest (نظم حراس المسجد اعتصاما), the people counted at a
  protest (else the protesters named nearest: "وأحيا المتظاهرون"; never
  the army a peaceful protest denounces), the air force nearest an air strike, the armed group
  nearest a bombing (else the bomber named by a noun: الانتحاري), the side opposite the target of a
  battle, the speaker of a claim of responsibility, the country whose nisba follows a strike noun
  ("الغارات الجوية التركية": تركيا), else in a strike the armed group standing first in its
  sentence;
- an arrest's detainees counted right after its word replace a target its clause found before it
  ("قتلت اثنين من المسلحين واعتقلت سبعة أشخاص");
- one group on both sides: the target goes in a strike, the doer is re-chosen in a battle.
- a strategic development (Other, Change to group/activity, HQ established, Non-violent transfer,
  Disrupted weapons use) has one side: a group named as its target moves to actor1 (تعزيزات للحوثيين).
- fighting reported as going on ("وتدور اشتباكات عنيفة") that names no side and counts no dead: none.

Who stands on which side and which group a word names: :mod:`khabar.extract.event_actor_sides`; the
victims and protesters a toll or a figure counts: :mod:`khabar.extract.event_actor_victims`; who an
arrest or abduction seized: :mod:`khabar.extract.event_actor_seized`.

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

from khabar.doc import Doc, Span
from khabar.extract.event_args import ARMED
from khabar.extract.event_actor_claims import claimed_deed
from khabar.extract.event_actor_phrases import ActorPhrase, _is_number, actor_grammar, adopts_deed, bare_conj, person_titles
from khabar.extract.event_actor_seized import _bare_object, _genitive_object, _operation_target
from khabar.extract.event_actor_sides import (
    _NO_TARGET,
    _antecedent,
    _condemned,
    _counted_group,
    _described,
    _joined_descriptor,
    _nearest,
    _other_side,
    _same_group,
    _state_body,
    _state_of,
    side,
)
from khabar.extract.event_actor_victims import (
    _VICTIM_REACH,
    _VICTIM_SUBTYPES,
    _VICTIM_TYPES,
    _civilian_object,
    _civilian_word,
    _counted,
    _people_counted,
    _organisers,
    _protester_phrase,
    _protesters,
    _sentence_of,
    _victims,
)
from khabar.extract.event_cues import definite
from khabar.extract.event_actors import _agent_cue_before, _opener_between, covered_by, partitive_of, qualified, residential_area
from khabar.extract.event_words import TokenView
from khabar.text.normalize import normalize_form

# event types whose actor2 is the other side of a war (not the victims of violence against civilians)
_FIGHTING = frozenset({"Battles", "Explosions/Remote violence"})
_PROTESTS = frozenset({"Protests", "Riots"})
# who may be named as a protest's actor1 besides the people counted at it: civilians and bodies (a party,
# a union); a person, a state or an armed group named near a protest did not protest
_ORGANISERS = frozenset({"civilian", "org"})
_BOMBINGS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})
# who never sets off a bomb: the state, its forces and allies, aircraft, a body, civilians
_NO_BOMBER = frozenset({"state", "state forces", "external", "external/other forces", "pro_gov", "air", "org",
                        "civilian", "civilians", "protesters"})
# the sides that fly no air strikes (their own drones are named as such: طائرة مسيرة، category air)
_NO_PILOT = frozenset({"rebel", "civ"})
# what the state does when the clause names no doer ("حيث اعتقل ثلاثة أشخاص", "تم ضبط أسلحة وذخائر")
_STATE_DEEDS = frozenset({"Arrests", "Disrupted weapons use"})
_NISBA_SUBTYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_SUBJECT_TYPES = frozenset({"Explosions/Remote violence"})
# strategic developments that have one side only: who deploys, arrives, joins, sets up or leaves (and who
# defuses, whose weapons' owner is no actor)
_ONE_SIDED = frozenset({"Other", "Change to group/activity", "Headquarters or base established",
                        "Non-violent transfer of territory", "Disrupted weapons use"})
# seizures: the noun's genitive is who was seized ("اعتقال المسلحين", "تفكيك خلية"), whatever the clause names later
_TAKEN_SUBTYPES = frozenset({"Arrests", "Abduction/forced disappearance"})
_BACKGROUND_DAYS = 30  # an event this long before publication is background: no sides filled around it
_TITLE_REACH = 12  # tokens from a title alone to the person it names past what it is of
_WHERE_REACH = 15  # words from a strike to the word of place that says who is there
_WHERE_GAP = 4  # words from that word to the group ("حيث كانت حركة", "التي كان يتجمع فيها عناصر")


def fill_actors(doc: Doc, v: TokenView, actors: list[ActorPhrase], events: list,
                speakers: set[tuple[int, int]] | frozenset = frozenset()) -> None:
    """Fill an event's missing actor2 as a coder reads the whole report: the victims counted by its
    toll or right after its trigger ("مقتل 32 من الناشطين", "اعتقلت 15 فلسطينيا"), else, in a battle or
    a strike, the other side's mention nearest the trigger (a strike only when that mention stands in its
    own sentence: "غارات على مواقع" after a sentence on the Houthis does not tell what it hit)."""
    if not events:
        return
    by_span = {(a.span.start, a.span.end): a for a in actors}
    by_tok = {a.i: a for a in actors}
    starts = v.doc.token_starts()
    claimed = _claimed(doc, v, starts)
    # the other side an event fell on is never a body named only as whose a reporter is ("وأكد محققو الشرطة",
    # "قال مصدر في الجيش"): the speaker's head is the person speaking, the body after it is not in the fight
    targets = _not_reporters_part(actors, speakers)
    named_targets = [a for a in targets if a.named]
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
            # (not when the clause named the residential quarters it fell on: "قتل مدني جراء قصف الميليشيات
            # للأحياء السكنية" — the place hit is its object)
            dead = None if residential_area(v, _phrase_of(by_span, ev, "actor2")) else _victims(doc, v, starts, ev, a1, by_tok)
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
            elif ev.subtype == "Arrests" and ev.actor2 is not None:
                a2 = _phrase_of(by_span, ev, "actor2")
                got = _counted_object(doc, v, starts, ev, by_tok) \
                    if a2 is not None and a2.span.end <= ev.trigger.start else None
                if got is not None:
                    # "قتيلين في صفوف الإرهابيين مع اعتقال سبعة مشتبه بهم", "قتلت اثنين من المسلحين
                    # واعتقلت سبعة أشخاص": those the arrest counts, not the target of the deed before it
                    _assign(ev, "actor2", got)
                else:
                    bare = _bare_object(doc, v, starts, ev, a1, by_tok, marked=True)
                    held2 = (ev.evidence.get("actor2") or [None])[0]
                    if bare is not None and held2 is not None and bare.text != ev.actor2 \
                            and (held2.start >= bare.end or held2.end <= ev.trigger.start):
                        # "القبض على عدد من المطلوبين … استهدف مسجدا للشيعة": the detainees a quantity or a
                        # suspect's noun marks as the arrest verb's own object, not a party named farther off
                        # in its clause or at another of its mentions
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
                # "اعتقلت الشرطة ثلاثة أشخاص": the people an arrest counts are its detainees
                pick = _victims(doc, v, starts, ev, a1, by_tok, people=ev.subtype == "Arrests")
            if pick is None and ev.type == "Explosions/Remote violence":
                # "قصف قرية … حيث كانت حركة بوكو حرام تحضر لهجوم": the group the place hit shelters
                pick = _sheltered(v, starts, ev, by_tok, a1)
            if pick is None and ev.type in _FIGHTING and a1 is not None and not _background(doc, ev) \
                    and not (ev.type == "Explosions/Remote violence"
                             and (_people_counted(v, starts, ev) or _civilian_object(v, starts, ev))):
                # (a strike that killed "43 شخصا" fell on people, not on the other side's fighters)
                pick = _other_side(targets, ev.trigger.start, a1)
                if pick is not None and ev.type == "Explosions/Remote violence" \
                        and (v.tokens[pick.i].sentence != _sentence_of(v, starts, ev.trigger.start)
                             or _other_clause(v, starts, ev, pick)):
                    # the other side a strike hit is the one nearest it when its own sentence names it; nearer
                    # in another sentence ("غارات قرب صنعاء" after a paragraph on the Houthis) it is not told,
                    # nor past a clause opener ("الاشتباكات بين قوات النظام وعناصر داعش …، فيما قصفت قوات
                    # النظام بلدتين": the shelled towns' side is not told)
                    pick = None
            if pick is None and not victims_first and ev.type == "Explosions/Remote violence":
                pick = _victims(doc, v, starts, ev, a1, by_tok)
            if pick is None and ev.type == "Battles":
                # "قتل شرطي بنيران مسلحين", "قتل 5 جنود بنيران قناصة" (a doer no lexicon knows): the
                # soldier or policeman its toll counts is the other side; with no doer at all, only a
                # soldier or policeman ("قتل شرطي في هجوم وقع في شارع"), not a rebel its toll counts
                dead = _victims(doc, v, starts, ev, a1, by_tok)
                if dead is not None and dead.category == "armed" and dead.text != ev.actor1 \
                        and (ev.actor1 is not None or _combatant(v, dead.i)):
                    pick = dead
            if pick is not None:
                ev.actor2 = pick.text
                ev.evidence["actor2"] = [pick.span]
        staged = _organisers(v, starts, by_tok, ev) if ev.type in _PROTESTS else None
        if staged is not None:
            # "نظم حراس المسجد اعتصاما": the subject of the verb staging the protest staged it
            ev.actor1 = staged.text
            ev.evidence["actor1"] = [staged.span]
        elif ev.type in _PROTESTS and (a1 is None or a1.category not in _ORGANISERS):
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
                # no people counted at it: the protesters named nearest ("وأحيا المتظاهرون ذكرى …")
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
            body = _state_body(doc, v, starts, state[0], ev.trigger.start) if state is not None else None
            if body is not None:  # "أعلنت وزارة الدفاع الأمريكية … في غارة أمريكية": its army speaks of it
                ev.actor1 = body.text
                ev.evidence["actor1"] = [body]
            elif state is not None:  # "الغارات الجوية التركية": the state the strikes are attributed to
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
            pick = _dead_side(v, actors, starts, ev, other_than=ev.actor2)
        else:
            pick = None
        if ev.actor1 is None and pick is not None:
            ev.actor1 = pick.text
            ev.evidence["actor1"] = [pick.span]
            if ev.actor2 is None and ev.type == "Battles":
                other = _other_side(targets, ev.trigger.start, pick)
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
        lone = _lone_bomber(v, starts, ev) if ev.subtype == "Suicide bomb" else None
        a1 = _phrase_of(by_span, ev, "actor1")
        if lone is not None and (a1 is None or a1.span.start > lone.start):
            # "فجر انتحاري نفسه في سوق، فيما يكثف المتمردون هجومهم": the bomber right after the verb is
            # its subject; a group named after him did not set it off
            _assign(ev, "actor1", None)
            ev.actor1 = lone.text
            ev.evidence["actor1"] = [lone]
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
            # no bomber unless a bomber word names them (الانتحاري فلان); nobody else is guessed in their place,
            # but a bomber noun a telling of it names ("وكان انتحاري فجر نفسه") is its doer
            _assign(ev, "actor1", None)
            bomber = _bomber(v, starts, ev) if ev.subtype == "Suicide bomb" else None
            if bomber is not None:
                ev.actor1 = bomber.text
                ev.evidence["actor1"] = [bomber]
        titled = _title_to_name(v, actors, starts, ev)
        if titled is not None:  # "اغتيل القيادي في حزب المؤتمر فلان": the leader is the man named
            _assign(ev, "actor2", titled)
        for field in ("actor1", "actor2"):
            named = _antecedent(actors, _phrase_of(by_span, ev, field), v)
            if named is not None:  # "مسؤولية الجماعة": the group named before
                setattr(ev, field, named.text)
                ev.evidence[field] = [named.span]
        named = _described(v, actors, _phrase_of(by_span, ev, "actor2"), _phrase_of(by_span, ev, "actor1"))
        if named is not None:  # "قتل عدد من الحوثيين … غارات على معاقل المتمردين": the group its sentence names
            _assign(ev, "actor2", named)
        adopted = claimed_deed(doc, v, starts, ev, by_tok)
        if adopted is not None:
            # "تبنى تنظيم القاعدة قتل 14 جنديا في كمين": who adopts the deed did it; the victims of its
            # killing noun, else the side a toll named the doer (now the doer's) was hit
            claimant, victims = adopted
            before = _phrase_of(by_span, ev, "actor1")
            if victims is not None:
                _assign(ev, "actor2", victims)
            elif ev.actor2 == claimant.text:
                _assign(ev, "actor2", before if before is not None and before.text != claimant.text else None)
            _assign(ev, "actor1", claimant)
        if ev.actor2 is not None and (group := _counted_group(ev.actor2)) is not None:
            ev.actor2 = group  # "مقتل 20 حوثيا": the men counted by the group's nisba are that group
        if ev.actor1 is not None and ev.actor1 == ev.actor2:
            _one_side_twice(actors, by_span, ev, v, starts)
        elif ev.actor1 is not None and ev.actor2 is not None and _same_group(ev.actor1, ev.actor2):
            # "سيطر مسلحو المقاومة الشعبية" told again as "سيطرتها" with "المقاومة الشعبية": the doer stands, the
            # target is the other side named nearest in a battle, else none
            a1 = _phrase_of(by_span, ev, "actor1")
            other = _other_side(named_targets, ev.trigger.start, a1) \
                if a1 is not None and ev.type == "Battles" else None
            _assign(ev, "actor2", other)
        for field in ("actor1", "actor2"):
            # a naming step, after the sides are chosen: "المتمردين" where the report tells "المتمردين
            # الحوثيين" names those men
            phrase = _phrase_of(by_span, ev, field)
            joined = _joined_descriptor(v, phrase)
            if joined is not None:
                _assign(ev, field, joined)
            else:
                # "شن الإرهابيون هجوما" in a report on بوكو حرام alone: the group those men are
                condemned = _condemned(v, actors, phrase)
                other = getattr(ev, "actor2" if field == "actor1" else "actor1")
                if condemned is not None and (other is None or not _same_group(condemned.text, other)):
                    _assign(ev, field, condemned)


def _not_reporters_part(actors: list[ActorPhrase], speakers: set[tuple[int, int]] | frozenset) -> list[ActorPhrase]:
    """The actors but those a claim speaker's span holds past its head ("محققو الشرطة", "مصدر في الجيش":
    the police, the army); a speaker that is the actor itself ("قال الجيش") stays."""
    if not speakers:
        return actors
    heads = {s for s, _e in speakers}
    return [a for a in actors if a.span.start in heads or not covered_by(speakers, a.span.start, a.span.end)]


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
        if adopts_deed(c) or any(bare_conj(v.tokens[x].norm) in words for x in range(k, stop)):
            # (or a verb of adoption: "وتبنت «الجبهة» أمس، خطف المجموعة")
            out.append((c.content.start, c.content.end, c.speaker))
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


def _dead_side(v: TokenView, actors: list[ActorPhrase], starts: list[int], ev,
               other_than: str | None = None) -> ActorPhrase | None:
    """The group a toll counts its dead from ("قتل 13 من ميليشيا الحوثي", "مقتل 5 من عناصر التنظيم"), in
    the trigger's sentence before it and nearest it; a group named, not people alone. With ``other_than``
    (the side the clause named), a group of another name, else the first such group after the trigger
    ("أسفرت مواجهات عن مقتل 21 من المتمردين، بينما قتل اثنان من قوات الجيش": the army fought)."""
    ti = bisect.bisect_left(starts, ev.trigger.start)
    if ti >= len(v.tokens):
        return None
    kinds = v.kinds()
    sent = v.tokens[ti].sentence
    lo = ti
    while lo > 0 and v.tokens[lo - 1].sentence == sent:
        lo -= 1
    best, after = None, None
    for a in actors:
        if a.i < lo or a.category in ("civilian", "person"):
            continue
        if v.tokens[a.i].sentence != sent or (a.j > ti and other_than is None):
            break
        if other_than is not None and _same_group(a.text, other_than):
            continue
        o = partitive_of(v, a.i, lo)
        if o is not None and any(kinds[k] & {"killed", "injured"} or _is_number(v, k) for k in range(max(lo, o - 3), o)):
            if a.j <= ti:
                best = a
            elif after is None:
                after = a
    return best or after


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


def _lone_bomber(v: TokenView, starts: list[int], ev) -> Span | None:
    """The indefinite bomber (actor_grammar.yaml lone_bombers: انتحاري) right after a bombing verb, its
    subject (bombing_verbs: "فجر انتحاري نفسه"); not after a noun trigger ("تفجير انتحاري": an adjective)."""
    ti = bisect.bisect_left(starts, ev.trigger.start)
    tj = bisect.bisect_left(starts, ev.trigger.end)
    ag = actor_grammar()
    if tj >= len(v.tokens) or tj != ti + 1 or bare_conj(v.tokens[ti].norm) not in ag["bombing_verbs"] \
            or bare_conj(v.tokens[tj].norm) not in ag["lone_bombers"] \
            or v.tokens[tj].sentence != v.tokens[ti].sentence:
        return None
    return v.tokens[tj].span


def _bomber(v: TokenView, starts: list[int], ev) -> Span | None:
    """The bomber named by a noun (actor_grammar.yaml bombers: الانتحاري) in the trigger's sentence,
    nearest the trigger; not an adjective after a definite noun ("التفجير الانتحاري"). Failing that, the
    bomber a sentence of any telling of the event names: such a noun, or an indefinite one
    (lone_bombers: انتحاري) that is a subject, before a bombing verb ("وكان انتحاري فجر نفسه"; not after an
    event noun it qualifies: "هجوم انتحاري استهدف") or before the self word of a verbal noun ("ضحية تفجير
    انتحاري نفسه": an adjective takes no object)."""
    ti = bisect.bisect_left(starts, ev.trigger.start)
    if ti >= len(v.tokens):
        return None
    found = _bomber_near(v, ti, False)
    if found is not None:
        return found
    for m in [ev.trigger, *ev.mentions]:
        named = _executor_name(v, starts, m)
        if named is not None:
            return named
    seen: set[int] = set()
    for m in [ev.trigger, *ev.mentions]:
        mi = bisect.bisect_left(starts, m.start)
        if mi < len(v.tokens) and v.tokens[mi].sentence not in seen:
            seen.add(v.tokens[mi].sentence)
            found = _bomber_near(v, mi, True)
            if found is not None:
                return found
    return None


def _bomber_near(v: TokenView, ti: int, lone: bool) -> Span | None:
    """A bomber noun in token ti's sentence up to 12 words from it, nearest it; with ``lone``, also an
    indefinite bomber that is the subject of a bombing verb or a self word right after it."""
    ag = actor_grammar()
    words = ag["bombers"]
    kinds = v.kinds()
    sent = v.tokens[ti].sentence
    best = None
    for k in range(max(0, ti - 12), min(len(v.tokens), ti + 13)):
        t = v.tokens[k]
        if t.sentence != sent:
            continue
        norm = bare_conj(t.norm)
        if norm not in words and not (
                lone and norm in ag["lone_bombers"] and k + 1 < len(v.tokens) and v.tokens[k + 1].sentence == sent
                and ("self" in kinds[k + 1] or (bare_conj(v.tokens[k + 1].norm) in ag["bombing_verbs"]
                                                and not (k > 0 and v.triggers_at(k - 1))))):
            continue
        if k > 0 and definite(v, k - 1):  # "التفجير الانتحاري", "والعمليات الانتحارية": an adjective
            continue
        if best is None or abs(k - ti) < abs(best - ti):
            best = k
    if best is None:
        return None
    return _bomber_name(v, best) or v.tokens[best].span


_EXECUTED_REACH = 3  # words of the deed phrase after its trigger before the name in apposition


def _executor_name(v: TokenView, starts: list[int], m: Span) -> Span | None:
    """The person named right after a deed its executor noun governs (actor_grammar.yaml executors:
    "منفذ تفجير مسجد الطوارئ فلان", "منفذ الهجوم فلان"): the name is in apposition to the executor."""
    ti = bisect.bisect_left(starts, m.start)
    tj = bisect.bisect_left(starts, m.end)
    ntok = len(v.tokens)
    if ti == 0 or ti >= ntok or bare_conj(v.tokens[ti - 1].norm) not in actor_grammar()["executors"]:
        return None
    sent = v.tokens[ti].sentence
    pers = _persons_by_start(v)
    for k in range(tj, min(ntok, tj + _EXECUTED_REACH + 1)):
        t = v.tokens[k]
        if t.sentence != sent or not t.is_word:
            return None
        if t.span.start in pers:
            return pers[t.span.start]
        if v.triggers_at(k):
            return None
    return None


def _bomber_name(v: TokenView, k: int) -> Span | None:
    """The person named in apposition right after the bomber noun at token k ("الانتحاري فهد القباع",
    past a link word or a quote: "الانتحاري المدعو فلان", "الانتحاري «فلان»"): the bomber himself."""
    ag = actor_grammar()
    ntok = len(v.tokens)
    j = k + 1
    if j < ntok and bare_conj(v.tokens[j].norm) in ag["bomber_name_links"]:
        j += 1
    if j < ntok and v.tokens[j].span.text in ag["quotes"]:
        j += 1
    if j >= ntok or v.tokens[j].sentence != v.tokens[k].sentence:
        return None
    return _persons_by_start(v).get(v.tokens[j].span.start)


def _persons_by_start(v: TokenView) -> dict[int, Span]:
    """The spans of the entities stage's persons by their first character, once per document."""
    got = v.memo.get("persons_by_start")
    if got is None:
        got = v.memo["persons_by_start"] = {}
        for e in v.doc.entities:
            if e.label == "PER":
                got.setdefault(e.span.start, e.span)
    return got  # type: ignore[return-value]


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


def _counted_object(doc: Doc, v: TokenView, starts: list[int], ev, by_tok: dict) -> ActorPhrase | None:
    """The people counted right after an arrest's trigger, in its sentence ("اعتقال سبعة مشتبه بهم")."""
    ntok = len(v.tokens)
    ti = bisect.bisect_left(starts, ev.trigger.start)
    tj = bisect.bisect_left(starts, ev.trigger.end)
    if ti >= ntok:
        return None
    return _counted(doc, v, range(tj, min(tj + _VICTIM_REACH, ntok)), v.tokens[ti].sentence, by_tok, people=True)


def _other_clause(v: TokenView, starts: list[int], ev, pick: ActorPhrase) -> bool:
    """A clause opener (فيما، بينما، في حين) between the actor ``pick`` and the event's trigger."""
    k = max(bisect.bisect_right(starts, ev.trigger.start) - 1, 0)
    return _opener_between(v, min(pick.j, k), max(pick.i, k))


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


def _own_sentence(v: TokenView, starts: list[int], ev, field: str) -> bool:
    """Whether the evidence of ``field`` stands in the sentence of the event's trigger."""
    spans = ev.evidence.get(field) or []
    return not spans or _sentence_of(v, starts, spans[0].start) == _sentence_of(v, starts, ev.trigger.start)


def _combatant(v: TokenView, k: int) -> bool:
    """The word at token k names a soldier or a policeman (actor_grammar.yaml combatant_persons)."""
    words = actor_grammar()["combatant"]
    return v.tokens[k].norm in words or v.tokens[k].stem in words


def _phrase_of(by_span: dict, ev, field: str) -> ActorPhrase | None:
    spans = ev.evidence.get(field) or []
    return by_span.get((spans[0].start, spans[0].end)) if spans else None
