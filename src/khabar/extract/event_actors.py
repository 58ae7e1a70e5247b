"""Actors of an event mention: who did it (actor1) and to whom (actor2).

Reads the article's actor phrases (:mod:`khabar.extract.event_actor_phrases`, re-exported here) and a
:class:`TokenView`; returns the phrases chosen; adds nothing to the Doc. Loads ``words.tsv`` (kinds
target, between, expel, killed …) and ``grammar.yaml`` through :mod:`khabar.extract.event_words`, and
``actor_grammar.yaml`` (agent, loser and not-subject cues, noun markers and endings). What a clause
leaves unnamed is filled from the article by :mod:`khabar.extract.event_actor_fill`.

actor1/actor2 come from the clause: an agent named after the event (نسب إلى، من قبل، زرعها; a noun
no lexicon knows after such a cue: نفذه ملثمون), the subject before a plural or adjacent verb (SVO)
or right after the verb (VSO), the object after it, targets marked by على/ضد/مواقع/لـ, victims after a
killing word or "N … من", who held a place taken (في أيدي; past the place's long naming in a relative clause: التي كانت في أيدي), what underwent it (تعرض مقر الحزب لاعتداء),
the side fought "مع" where someone was killed; an actor after a preposition, a building noun, a control, leader or support word is no doer.

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="x", text="قصفت قوات النظام مواقع المعارضة"))
    >>> v = TokenView(doc)
    >>> a1, a2 = choose_actors(v, actor_phrases(doc, v), 0, 1, 0, len(v.tokens))
    >>> (a1.text, a2.text)
    ('قوات النظام', 'المعارضة')
"""

from __future__ import annotations

import bisect
import functools

from khabar.doc import Doc
from khabar.extract.event_actor_phrases import (
    _MARK_CHARS,
    _definite,
    ActorPhrase,
    _is_number,
    actor_grammar,
    actor_phrases,
    backed_by,
    belongs_before,
    bare_conj,
    person_titles,
    stop_words,
    strip_proclitics,
)
from khabar.extract.event_actor_governors import _verb_form, governing_subject
from khabar.extract.event_args import ARMED
from khabar.extract.event_words import TERRITORY_TAKEN, TokenView, grammar

# the phrases are re-exported: event_context, event_merge and the fill import them from here
__all__ = ["ActorPhrase", "actor_grammar", "actor_phrases", "bare_conj", "choose_actors", "in_time",
           "partitive_of", "qualified", "residential_area", "stop_words", "strip_proclitics"]

_NOUN_REACH = 6  # tokens between a doer and a noun trigger after it ("قوات النظام شنت أمس قصفا")
_AGENT_REACH = 12  # tokens after a trigger where an agent cue may name actor1
_FAR_AGENT_REACH = 20  # … and past other words than event words
_UNDERGO_REACH = 8  # tokens from "تعرض" to the event it names ("تعرض مقر الحزب في المدينة لهجوم")
_CLAUSE_REACH = 60  # tokens on either side of a trigger where its actors are sought
# event types whose noun's possessive pronoun names the doer ("قصفها": its bombing), not the one it fell on
_POSSESSED_TYPES = frozenset({"Explosions/Remote violence", "Battles"})
_AIR_FROM_REACH = 4  # tokens after a strike noun to the aircraft named after من
_SIDE_REACH = 25  # tokens after بين where "من جهة" closes the first side
_WEAPON_WORDS = 3  # words of a weapon between an attacker named with لـ and its target
_WEAPON_KINDS = frozenset({"weapons", "means", "artillery"})
_VSO_SKIP = 8  # tokens of time, place or a bracketed aside between an expel verb's subject and its object
_OBJECT_SKIP = 3  # time words or a title between a VSO subject and its object ("أعدم التنظيم أمس الشيخ فلان")
_SIDE_WORDS = 6  # words of the other side named by no lexicon ("والفصائل المقاتلة من جهة أخرى")
_REPEL_REACH = 10  # tokens from a repel word to the attack it repelled (past its subject: "صدت المقاومة هجوما")
_REPEL_SUBJECT = 4  # tokens from the subject of a repel word to it ("رجال المقاومة تمكنوا من صد هجوم")
_KILLED_REACH = 12  # tokens from a killing word to the fighting it died in, past the dead ("قتل 13 من عناصر التمرد في مواجهات مع")
_PLURAL_SUBJECT = 4  # words between a counted subject and its plural verb ("400 من الانفصاليين مدعومين بدبابات هاجموا")
_BELONG_REACH = 3  # tokens from a target word to the belonging word after the people it names ("على 190 إرهابيا ينتمون")
_HELD_REACH = 30  # tokens from a territory trigger to who held the place, told in a relative clause after its long name
_HELD_RELATIVE = 5  # tokens from that relative pronoun to the holder ("التي كانت في أيدي المتمردين")
_OPENED_REACH = 20  # tokens from the subject that opens a reported clause to a verb joined to it by و
# the kinds of a noun of one person (words.tsv person1, maybe also combatant or civilian): مسلح، شرطي، رجل
_ONE_PERSON = frozenset({"person1", "combatant", "civilian"})
_FAR_BETWEEN = 8  # tokens after a trigger where بين still opens its sides past a place ("في وسط مدينة X بين")


def _lam_agent(v: TokenView, cands: list[ActorPhrase], ti: int, tj: int, hi: int) -> ActorPhrase | None:
    """"هجوم لمسلحين على حاجز", "غارة للتحالف على مواقع": after an attack noun, the group with لـ
    before its target (على، ضد) is the attacker."""
    g = grammar()
    kinds = v.kinds()
    for a in cands:
        if a.i < tj:
            continue
        if a.i > tj + 1:
            break
        if not _with_lam(v, a.i):
            return None
        k = a.j  # "هجوم للمقاومة بقذيفة صاروخية على نقطة": the weapon may stand before the target
        while k < min(a.j + _WEAPON_WORDS, hi) and (kinds[k] & _WEAPON_KINDS or v.triggers_at(k)):
            k += 1
        if any("target" in kinds[x] for x in range(k, min(k + 2, hi))):
            return a
        if a.category == "air" and a.i == tj:
            return a  # "بقصف لطيران التحالف": aircraft after لـ fly the strike, they are no target
        # a noun by its ending, or by the preposition or noun marker it stands after ("في كمين", "بهجوم")
        noun = tj - ti >= 2 or v.tokens[ti].span.text.endswith(actor_grammar()["noun_endings"]) \
            or _adjunct(v, ti, max(0, ti - 1))
        if (a.named or a.category in ARMED) and a.i == tj and noun and not v.tokens[tj - 1].norm.startswith(g["article"]) \
                and (a.j >= hi or not v.tokens[a.j].is_word or kinds[a.j] & {"locative", "killed", "injured"}):
            return a  # "قصف مدفعي للحوثيين في …": an indefinite attack noun and a known group's لـ
        return None
    return None


def _with_lam(v: TokenView, k: int) -> bool:
    """Whether a reading of token k other than the whole word has a proclitic ending in لـ ("للمقاومة")."""
    g = grammar()
    return any(p.endswith((g["lam"], g["fused"])) for p, _s, _x in v.keys[k][1:])


def _attacker_before(v: TokenView, cands: list[ActorPhrase], ti: int, lo: int) -> ActorPhrase | None:
    """"هجوم للمقاومة بقذيفة صاروخية": a weapon trigger right after an attack noun and its attacker with لـ
    names that attacker as its doer."""
    a = next((a for a in cands if a.j == ti), None)
    if a is None or a.i - 1 < lo or not v.triggers_at(a.i - 1) or a.category == "civilian" \
            or not _with_lam(v, a.i):
        return None
    return a


def _air_from(v: TokenView, cands: list[ActorPhrase], tj: int, hi: int) -> ActorPhrase | None:
    """"ضربات جوية من نسور السلاح الجوي", "قصف من طائرات التحالف": aircraft after من a few words past
    the trigger (one word may head them) fly the strike."""
    of = grammar()["of"]
    for a in cands:
        if a.i < tj:
            continue
        if a.i > tj + _AIR_FROM_REACH:
            break
        if a.category != "air" or a.prep or any(not v.tokens[k].is_word for k in range(tj, a.i)):
            continue
        if any(v.tokens[k].norm == of for k in range(max(tj, a.i - 2), a.i)):
            return a
    return None


def _governed(v: TokenView, a: ActorPhrase, tj: int) -> bool:
    """An actor right after another event word past the trigger is that word's argument."""
    k = a.i - 1
    return k >= tj and (v.triggers_at(k) or "expel" in v.kinds()[k])


def qualified(v: TokenView, a: ActorPhrase, lo: int) -> bool:
    """An actor after a preposition, a control, leader or support word ("تحت سيطرة المعارضة", "التي
    تقودها السعودية"), past a group's head word left out of its phrase ("مهد حركة التمرد"): it
    qualifies something else and does nothing in the clause."""
    k = a.i - 1
    while k > lo and "orghead" in v.kinds()[k]:
        k -= 1
    if k < lo:
        return False
    t = v.tokens[k]
    words = actor_grammar()["not_subject"]
    places = actor_grammar()["named_places"]  # "أكاديمية الشرطة", "مبنى الأمن": the owner of a building
    return t.norm in words or t.stem in words or bare_conj(t.norm) in words or t.norm in places or t.stem in places \
        or backed_by(v, a.i, lo)


def _adjacent(v: TokenView, j: int, ti: int) -> bool:
    """Only an adverb of time (a word with no lexicon kind, or none) between an actor ending at
    token j and a verb at ti: "قوات إسرائيلية اعتقلت", "الجيش أمس سيطر"."""
    if ti - j > 1:
        return False
    return all(v.tokens[k].is_word and not v.kinds()[k] for k in range(j, ti))


def _first_token(a: ActorPhrase) -> int:
    return a.i


_cover: tuple = (None, [], [])  # the spans last indexed by covered_by: (the set, starts, running max of ends)


def covered_by(reporters: set[tuple[int, int]] | frozenset, start: int, end: int) -> bool:
    """Whether a span of ``reporters`` holds [start, end). The spans are sorted once per set (one per
    document): a scan of every speaker for every actor of every trigger was cubic in a long sentence."""
    global _cover
    cover = _cover
    if cover[0] is not reporters:
        spans = sorted(reporters)
        ends, top = [], -1
        for _s, e in spans:
            top = max(top, e)
            ends.append(top)
        cover = _cover = (reporters, [s for s, _e in spans], ends)
    k = bisect.bisect_right(cover[1], start)
    return k > 0 and cover[2][k - 1] >= end


_reported: tuple = (None, None, frozenset())  # (actors, reporters, ids) last computed by _reporting


def _reporting(actors: list[ActorPhrase], reporters: set[tuple[int, int]] | frozenset) -> frozenset[int]:
    """The ids of the actors a reporter's span holds, computed once per document's actors and
    reporters (every trigger asked again, over every actor: quadratic in a long report)."""
    global _reported
    if not reporters:
        return frozenset()
    memo = _reported
    if memo[0] is not actors or memo[1] is not reporters:
        ids = frozenset(id(a) for a in actors if covered_by(reporters, a.span.start, a.span.end))
        memo = _reported = (actors, reporters, ids)
    return memo[2]


def choose_actors(v: TokenView, actors: list[ActorPhrase], ti: int, tj: int, lo: int, hi: int,
                  territory: bool = False, reporters: set[tuple[int, int]] | frozenset = frozenset(),
                  described: bool = True) -> tuple[ActorPhrase | None, ActorPhrase | None]:
    """actor1 (who) and actor2 (whom) for a trigger at tokens [ti, tj) in sentence [lo, hi).
    ``reporters`` are claim speakers' spans: no party to what they report, unless the claim
    speaks of themselves ("أعلن الجيش أنه قصف"). An actor inside a trigger of several words is the
    subject its verb encloses ("أطلقت قوات الأمن النار")."""
    a1, a2 = _choose_actors(v, actors, ti, tj, lo, hi, territory, reporters, described)
    if described and (a1 is None or (a2 is None and a1.j <= ti and _adjunct(v, ti, lo))):
        # "ارتكبت الميليشيات مجزرة في قصف": the subject of the deed verb that governs the event word;
        # "حاول المسلحون مباغتة الجنود بهجوم": the one named between that verb and the trigger is its object
        skip = _reporting(actors, reporters)
        if a2 is not None:
            skip = skip | {id(a2)}
        gs = governing_subject(v, actors, ti, max(lo, ti - _CLAUSE_REACH), skip)
        if a1 is None:
            a1 = gs
        elif gs is not None and gs.j <= a1.i and a1.category != "air":
            a1, a2 = gs, a1
    if tj - ti > 2:
        k = bisect.bisect_left(actors, ti + 1, key=_first_token)
        inner = next((a for a in actors[k:] if a.i < tj and a.j <= tj and a.category not in ("civilian", "person")
                      and not a.prep), None)
        if inner is not None and inner is not a2:
            return inner, a2
    if a1 is not None and a1.j <= ti and _repelled(v, a1, ti, lo):
        # "صدت المقاومة هجوما للحوثيين", "تمكن الجيش من صد هجوم إرهابي": the attack repelled was the
        # attacker's (named after it, else left to the article); who repelled it is its target
        if a2 is None or a2.i < tj:
            # "هجوما للمتمردين", "هجوم عنيف لمسلحي داعش": the attacker with لـ right after it (past an adjective)
            k = bisect.bisect_left(actors, tj, key=_first_token)
            a2 = next((a for a in actors[k:k + 2] if a.i <= tj + 1 and a is not a1 and _with_lam(v, a.i)
                       and a.category != "civilian"), None)
        return a2, a1
    return a1, a2


def _waw_verb(v: TokenView, ti: int) -> bool:
    """Whether the trigger matched at token ti carries the conjunction و as its proclitic ("واعتقلت"; not
    "وقعت", "فروا", whose first letter is the root's)."""
    ms = v.triggers_in(ti, ti + 1)
    return bool(ms) and all(m.prefix == grammar()["and"] for m in ms)


def _waw_perfect(v: TokenView, k: int) -> bool:
    """A word at token k that reads as a perfect verb behind و: و, then a stem ending in the feminine ت or
    the plural وا ("وتقدمت", "وانسحبوا"), a verb whose subject follows it (VSO)."""
    g = grammar()
    t = v.tokens[k].norm
    return t.startswith(g["and"]) and len(t) >= 5 and not t[1:].startswith(g["article"]) \
        and t.endswith((*g["feminine_perfect"], *g["plural_verb"]))


def _opened_subject(v: TokenView, before: list[ActorPhrase], ti: int, lo: int) -> ActorPhrase | None:
    """The subject that opens the reported clause a و-verb at token ti goes on (a complementizer, events
    grammar.yaml complementizers, right before it, past a quote: "أن القوات الأمنية واصلت … وقتلت"), when
    another actor stands between them and no clause break or other complementizer does."""
    from khabar.extract.event_dates import _complementizers  # (event_dates imports this module)

    openers = _complementizers()
    ends = grammar()["clause_end"] | grammar()["list_commas"]
    for a in reversed(before[:-1]):
        if ti - a.j > _OPENED_REACH:
            return None
        k = a.i - 1
        if k >= lo and not v.tokens[k].is_word and v.tokens[k].span.text in grammar()["quotes"]:
            k -= 1
        if k >= lo and v.tokens[k].norm in openers and a.category not in ("civilian", "person") and not a.prep:
            if any(not v.tokens[x].is_word and v.tokens[x].span.text in ends for x in range(a.j, ti)) \
                    or any(v.tokens[x].norm in openers for x in range(a.j, ti)):
                return None
            return a
    return None


def _beside(v: TokenView, a: ActorPhrase, lo: int) -> bool:
    """An actor right after a preposition of place or company (actor_grammar.yaml beside_words: أمام، لدى،
    بحضور): where or before whom it happened, no party to it."""
    return a.i > lo and v.tokens[a.i - 1].norm in actor_grammar()["beside"]


def _repelled(v: TokenView, a1: ActorPhrase, ti: int, lo: int) -> bool:
    """Whether a repel word (actor_grammar.yaml repel_words: صد، تصدى) stands before the trigger at ti, past
    only the subject ``a1``, time words and attempt words ("صدت المقاومة أمس هجوما", "صد محاولة اقتحام"),
    with ``a1`` its subject: between it and the trigger, or right before it ("الجيش صد هجوما", "تمكن
    الجيش من صد هجوم")."""
    words = actor_grammar()["repel"]
    kinds = v.kinds()
    sent = v.tokens[ti].sentence
    for k in range(ti - 1, max(lo, ti - _REPEL_REACH) - 1, -1):
        t = v.tokens[k]
        if t.sentence != sent:
            return False
        if t.norm in words or bare_conj(t.norm) in words:
            return a1.i > k or k - a1.j <= _REPEL_SUBJECT
        if a1.i <= k < a1.j or "attempt" in kinds[k] or in_time(v.doc, t.span.start):
            continue
        return False
    return False


def _choose_actors(v: TokenView, actors: list[ActorPhrase], ti: int, tj: int, lo: int, hi: int,
                   territory: bool = False, reporters: set[tuple[int, int]] | frozenset = frozenset(),
                   described: bool = True) -> tuple[ActorPhrase | None, ActorPhrase | None]:
    """The clause's actor1 and actor2 for a trigger at tokens [ti, tj) (see :func:`choose_actors`)."""
    kinds = v.kinds()
    # a clause reaches so far: in a sentence of hundreds of clauses every trigger would weigh every actor
    lo, hi = max(lo, ti - _CLAUSE_REACH), min(hi, tj + _CLAUSE_REACH)
    k0 = bisect.bisect_left(actors, lo, key=_first_token)
    # "أعلن الجيش أنه قصف", "كشفت المقاومة عن عثورها": the speaker speaks of itself
    pron = ti > lo and "pronsubj" in kinds[ti - 1]
    self_report = pron or any(sfx for _p, _s, sfx in v.keys[ti][1:])
    cands = []
    for a in actors[k0:]:
        if a.i >= hi:
            break
        if reporters and covered_by(reporters, a.span.start, a.span.end) and not (
                self_report and (a.category != "person" or pron)):
            continue  # a person reporting ("مدير المرصد") is no party to "أثناء قصفها" (the aircraft's)
        if not (a.i < tj and a.j > ti):
            cands.append(a)
    if not cands:
        return (_described_agent(v, actors, tj, lo, hi) if described else None), None
    # "هجوم نسب إلى متمردين", "ألغام زرعها المتمردون": the agent named after the event
    # (not past another event named as what came before: "لقصف عنيف بعد هجوم شنته المعارضة")
    # (farther than _AGENT_REACH, up to _FAR_AGENT_REACH, when no other event word stands between
    # "هجوم وقع مساء السبت في مدينة … جنوب شرق تركيا ذي الغالبية الكردية ونسب إلى حزب العمال")
    # nor a subject before the trigger: "إن المقاومة طهرت جبل صبر … وما تحتاجه هو غطاء جوي من قبل قوات التحالف")
    reach = _FAR_AGENT_REACH if not any(a.j <= ti and not a.prep for a in cands) else _AGENT_REACH
    agent = next((a for a in cands if tj <= a.i <= tj + reach and _agent_cue_before(v, a.i, lo)
                  and not any(v.triggers_at(k) and ("after" in kinds[k - 1] or (a.i > tj + _AGENT_REACH and k < a.i - 1))
                              for k in range(tj + 1, a.i))), None)  # (the cue may be an event word: برصاص)
    if agent is None:
        agent = _lam_agent(v, cands, ti, tj, hi)
    if agent is None:
        agent = _attacker_before(v, cands, ti, lo)
    if agent is None:
        agent = _air_from(v, cands, tj, hi)
    if agent is None and described:
        agent = _described_agent(v, actors, tj, lo, hi)
    if agent is not None:
        rest = [a for a in cands if a is not agent]
        a1, a2 = choose_actors(v, rest, ti, tj, lo, hi, territory, reporters, False) if rest else (None, None)
        return agent, a2
    if territory:
        # "سيطرت على زنجبار التي كانت في أيدي المتمردين": who held the place is actor2
        loser = next((a for a in cands if tj <= a.i <= tj + _AGENT_REACH
                      and _cue_before(v, a.i, lo, actor_grammar()["loser"])), None) \
            or next((a for a in cands if tj + _AGENT_REACH < a.i <= tj + _HELD_REACH
                     and _cue_before(v, a.i, lo, actor_grammar()["loser"]) and _held_relative(v, a.i, tj)), None)
        if loser is not None:
            rest = [a for a in cands if a is not loser]
            a1, _a2 = choose_actors(v, rest, ti, tj, lo, hi, False, reporters) if rest else (None, None)
            return a1, loser
    # "اشتباكات بين X و Y"
    for k in range(tj, min(tj + 3, hi)):
        pair = _between_it(v, cands, ti, k, lo, hi)
        if pair is not None:
            return pair
        if "between" in kinds[k] and "subset" not in kinds[k]:  # "بينهم 21 طفلا": among the counted
            sides = _two_sides(v, cands, k, hi)
            if sides is not None:
                return sides
            after = [a for a in cands if a.i > k and (a.i == k + 1 or not a.prep)  # not "المدعومة بقوات"
                     and not backed_by(v, a.i, lo)]  # nor "تطهير مواقع بين … وبدعم من قوات التحالف"
            if after:
                second = after[1] if len(after) > 1 else None
                return after[0], second
    far = _far_between(v, cands, ti, tj, hi)
    if far is not None:
        return far
    g = grammar()
    lams = (g["lam"], g["fused"])
    fought = _fought_with(v, cands, ti, tj, lo)
    if fought is not None:
        return fought

    # "تعرض مبنى الحزب لاعتداء": what underwent the event (between تعرض and the trigger with لـ) is its target
    undergo = next((k for k in range(ti - 1, max(lo, ti - _UNDERGO_REACH) - 1, -1) if "undergo" in kinds[k]), None) \
        if _with_lam(v, ti) else None

    def is_target(a: ActorPhrase) -> bool:
        if _beside(v, a, lo):
            return False  # "وقتلوه أمام أطفاله": who saw it
        if undergo is not None and undergo < a.i and a.j <= ti:
            return True
        for k in range(a.i - 1, max(lo, a.i - 4) - 1, -1):
            if "killed" in kinds[k] or "injured" in kinds[k]:
                return True  # "مقتل الطالب السعودي ريان": the victim
            if k >= a.i - 2 and "target" in kinds[k] and not _pronoun_object(v, k) \
                    and not _subject_of_target_verb(v, k, a.i, lo):
                return True
            if k == a.i - 1 and "civilian" in kinds[k] and not v.tokens[k].norm.startswith(g["article"]):
                return True  # "مسجد قوات الطوارئ", "منزل القائد": the owner of the target
            if v.triggers_at(k) or bare_conj(v.tokens[k].norm) in actor_grammar()["governing"]:
                break  # "قتلوا في هجوم مسلحين": the attackers, not the dead; "مقتل طفل بعد قيام مستوطنين"
            if territory and k >= a.i - 2 and k > tj and "filler" in kinds[k]:
                return True  # "سيطروا على القرية من الحوثيين": taken from them
        if _suffered(v, a, ti):
            return True  # "ضابطا شرطة ومجند أصيبوا في انفجار", "جنود قتلوا جراء هجوم": the victims
        o = partitive_of(v, a.i, lo)
        if o is not None and any(
                kinds[k] & {"killed", "injured", "person1", "person2"} or _is_number(v, k)
                for k in range(max(lo, o - 3), o)) and not _counted_subject(v, a, o, ti, lo):
            return True  # "قتل 13 متمردا من الحوثيين", "مقتل 49 مسلحا من تنظيم / داعش /": the victims' side
        if o is not None and any("target" in kinds[k] and not _pronoun_object(v, k) for k in range(max(lo, o - 2), o)):
            return True  # "إعدامات بحق عدد من مقاتلي المقاومة", "ضد عدد من": a target counted by a quantity
        if _belongs_of_target(v, a, lo):
            return True  # "القبض على 190 إرهابيا ينتمون إلى تنظيم داعش": the group of those it was done to
        return a.i > tj and any(p in lams for p, _s, _x in v.keys[a.i][1:])
    targets = [a for a in cands if is_target(a) and a.category != "air"]
    target_ids = {id(a) for a in targets}  # equal phrases get the same verdict: identity suffices
    # "سيطرة الفصائل": its subject; "في وقت شن فيه الطيران غارات": the verb's subject past its resumptive pronoun
    doers = [a for a in cands if id(a) not in target_ids and a.category != "civilian" and not a.prep
             and (ti <= a.i - 1 < tj or not qualified(v, a, lo)
                  or _resumed(v, a, lo))]
    actor1 = None
    if ti > lo and "pronsubj" in kinds[ti - 1] and doers and doers[0].j <= ti:
        # "أعلنت المقاومة ... أنها استعادت": the subject is the sentence's first actor; an armed one
        # first ("أفادت مصادر بحسب سكاي نيوز بأن المسلحين … مشيرة إلى أنهم اعتقلوا": not the outlet)
        rest = [a for a in targets if a.i >= tj]
        armed = [a for a in doers if a.j <= ti and a.category in ARMED]
        return (armed or doers)[0], rest[0] if rest else None
    # not the object of another event word on the way ("بالسيطرة على المطار ثم طرد الحوثيين")
    after = [a for a in doers if a.i >= tj and a.i - tj <= 4 and not _governed(v, a, tj)]
    before = [a for a in doers if a.j <= ti]
    trig = v.tokens[ti].norm
    verb = not any(p.endswith((grammar()["article"], grammar()["lam"], grammar()["fused"], grammar()["bi"]))
                   for p, _s, _x in v.keys[ti][1:2]) and not trig.startswith(grammar()["article"])
    # "غارة", "اشتباكات": a noun by its ending
    noun = not verb or v.tokens[ti].span.text.rstrip("".join(_MARK_CHARS)).endswith(actor_grammar()["noun_endings"])
    if verb and before and _waw_verb(v, ti):
        # "أن الوحدات الأمنية طوقت مكان تحصن العناصر الإرهابية واعتقلت": a verb joined by و shares the subject
        # of the reported clause it goes on; the actor right before it is the first verb's object
        first = _opened_subject(v, before, ti, lo)
        if first is not None:
            before = [a for a in before if a.i <= first.i]
        else:  # (no subject stands between a verb's object and the و of the next verb: "منزل والي داعش واشتبكت")
            # (but "وتقدمت القوات ووصلت", "تقدمت إليها القوات وسيطرت": the subject of a verb just before it,
            # VSO, is both verbs')
            before = [a for a in before if not ((ti == a.j or (ti - a.j == 1 and not v.tokens[a.j].is_word))
                                                and not any(v.triggers_at(k) or _waw_perfect(v, k)
                                                            for k in range(max(lo, a.i - 2), a.i)))]
    svo = verb and before and (trig.endswith(grammar()["plural_verb"])  # "استعادوا": the subject came first
                               or _adjacent(v, before[-1].j, ti))  # "قوات إسرائيلية اعتقلت"
    if svo or "expel" in kinds[ti]:
        vso = _expel_vso(v, cands, tj, hi) if verb and not svo else None
        if vso is not None:
            return vso  # "طردت المقاومة الشعبية ميليشيات الحوثيين من …": the subject first, then the object
        # the subject stands before the verb; what follows it is its object ("طرد الحوثيين")
        if svo and not _adjacent(v, before[-1].j, ti):
            # "تمكن المقاتلون من طرد الحوثيين … واستعادوا": the object of an event word before is no subject
            subjects = [a for a in before if not (a.i > lo and (v.triggers_at(a.i - 1) or "expel" in kinds[a.i - 1]))]
            before = subjects or before
        if svo and trig.endswith(grammar()["plural_verb"]):
            # "وكان الحوثيون المتحالفون مع قوات الرئيس السابق فلان … وسيطروا": one person is no subject
            # of a plural verb
            before = [a for a in before if a.category != "person"] or before
        actor1 = before[-1] if before else None
        objs = [a for a in cands if a.i >= tj and a.i - tj <= 4 and a.category != "air" and a is not actor1
                and not _beside(v, a, lo)]
        if svo and actor1 is not None and _passive_after_person(v, actor1, ti, tj, hi, objs):
            return None, actor1  # "إلا أن سعادة اعتقل بعد وقت قصير": arrested, not the one who arrested
        rest = [a for a in targets if a.i >= tj and a is not actor1]
        return actor1, (objs[0] if objs else rest[0] if rest else None)
    own = _possessor(v, before, ti, tj, lo, verb)
    if own is None and not before and reporters:
        # "قالت مصادر في الشرطة: إن خمسة من أفرادها قتلوا أثناء هجومهم": the pronoun is the speaker's body's
        said = [a for a in cands if a.j <= ti and id(a) not in target_ids and not a.prep
                and a.category not in ("civilian", "person") and covered_by(reporters, a.span.start, a.span.end)]
        own = _possessor(v, said, ti, tj, lo, verb)
    if own is not None:
        # "سقطت طائرة حربية … أثناء قصفها حيا": the attack noun's pronoun is its doer, named before
        objs = [a for a in targets if a.i >= tj]
        return own, objs[0] if objs else None
    if not verb or (ti > lo and (bare_conj(v.tokens[ti - 1].norm) in actor_grammar()["noun_marker"]
                                 or v.tokens[ti - 1].norm == g["of"])):  # "تمكنوا من تطهير": a verbal noun
        # a noun trigger takes a doer before it only through a verb close by ("الجيش شن غارات");
        # farther, the actor is busy with something else ("الشرطة ... تحقق في قضية مقتل الطالب")
        # (not a person: "التفاعل السريع للأمير فلان مع حادثة تفجير المسجد" — he reacts, he did not bomb)
        before = [a for a in before if ti - a.j <= _NOUN_REACH and a.category != "person"]
    if after and before and noun and ti - before[-1].j <= 3 and after[0].i > tj:
        # "نفذت طائرات مسيرة غارة على سيارة تقل عناصر": the subject of the verb that carries the noun
        actor1 = before[-1]
    elif after:
        actor1 = after[0]
    elif before:
        actor1 = before[-1]
    else:
        # (not past a clause break: "ضد التفجير الجبان، مستذكرين صور منسوبي قوات الطوارئ")
        breaks = grammar()["breaks"]
        far = [a for a in doers if a.i >= tj and a.i - tj <= 8 and not _governed(v, a, tj)
               and not any(not v.tokens[k].is_word and v.tokens[k].norm in breaks for k in range(tj, a.i))]
        actor1 = far[0] if far else None
    actor2 = None
    if actor1 is not None and actor1.i >= tj and (verb or (actor1.i == tj and not actor1.prep)):
        # VSO: "قصفت طائرات حربية الجماعة": the actor right after the subject is the object; a verbal noun
        # governs as its verb does, its doer in the genitive right after it ("اعتقال الشرطة مستوطنين اثنين")
        # (an adjective the subject's phrase left out may stand between: "طائرات حربية عربية الجماعة")
        j1 = actor1.j + 1 if actor1.j < hi and v.tokens[actor1.j].is_word and not kinds[actor1.j] \
            and v.tokens[actor1.j].norm.endswith(actor_grammar()["nisba"]) else actor1.j
        # a time ("قصفت الطائرات أمس مواقع …") or a person's title ("أعدم التنظيم الشيخ فلان") may come next
        k, titled = actor1.j, False
        while k < min(actor1.j + _OBJECT_SKIP, hi) and (in_time(v.doc, v.tokens[k].span.start)
                                                          or v.tokens[k].norm in person_titles()):
            titled = titled or v.tokens[k].norm in person_titles()
            k += 1
        # (an indefinite right after a definite subject is no adjective of it, which would agree in
        # definiteness, but the object: "اعتقال الشرطة الإسرائيلية مستوطنين اثنين")
        obj = next((a for a in cands if a.i in (actor1.j, j1, k) and not a.prep
                    and (a.named or v.tokens[a.i].norm.startswith(grammar()["article"])
                         or (titled and a.i == k and a.category == "person")
                         or (a.i == actor1.j and _definite(v, actor1.j - 1)))), None)
        if obj is None and titled:
            obj = _titled_person(v, cands, actor1.j, k)
        if obj is not None and obj.category != "air":
            return actor1, obj
    rest = [a for a in targets if a is not actor1 and not _area_elsewhere(v, a, ti, tj, undergo)]
    # a target past a clause break is another clause's ("… مصرعهم في اشتباكات بتعز، فيما شن الطيران قصفا
    # على تجمعات الحوثيين"), unless the trigger has none before it
    t_after = [a for a in rest if a.i >= tj]
    t_before = [a for a in rest if a.j <= ti]
    if t_after and t_before:
        t_after = [a for a in t_after if not _opener_between(v, tj, a.i)]
    if t_after:
        actor2 = t_after[0]
    elif t_before:
        actor2 = t_before[-1]
    elif rest:
        actor2 = rest[-1]
    else:
        # a civilian after the trigger is its victim; any other actor there is too loosely tied
        civ = [a for a in cands if a.category == "civilian" and a is not actor1 and tj <= a.i <= tj + 10
               and not _beside(v, a, lo) and not _area_elsewhere(v, a, ti, tj, undergo)]
        if civ:
            actor2 = civ[0]
    return actor1, actor2


def residential_area(v: TokenView, a: ActorPhrase | None) -> bool:
    """Whether the phrase names a residential place: a word of actor_grammar.yaml residential in it
    ("الأحياء السكنية", "مناطق سكنية")."""
    residential = actor_grammar()["residential"]
    return a is not None and any(t.norm in residential for t in v.tokens[a.i:a.j])


def _area_elsewhere(v: TokenView, a: ActorPhrase, ti: int, tj: int, undergo: int | None) -> bool:
    """Whether ``a`` names a residential place ("الأحياء السكنية", actor_grammar.yaml residential) that is not
    this trigger's own object: it stands before the trigger (unless it underwent it: "تعرضت أحياء سكنية
    لقصف"), or another event word stands between ("وإعدامات خارج القانون، والقصف المباشر للأحياء
    السكنية": the quarters were shelled, not executed). A place is hit by the deed that takes it as object."""
    if not residential_area(v, a):
        return False
    if a.j <= ti:
        return not (undergo is not None and undergo < a.i)
    return any(v.triggers_at(k) for k in range(tj, a.i))


_PEOPLE_DEEDS = frozenset({"Arrests", "Abduction/forced disappearance"})


def _passive_after_person(v: TokenView, a: ActorPhrase, ti: int, tj: int, hi: int, objs: list[ActorPhrase]) -> bool:
    """Whether the verb trigger at [ti, tj), an arrest or abduction in the singular masculine (no ت, no
    وا ending) right after the person ``a``, has no object: what follows it is a preposition or
    another word that stands in an object's place (actor_grammar.yaml passive_followers), a time, or the
    clause's end. A verb that takes people as its object and has none is passive in unvowelled text
    ("علاء سعادة اعتقل بعد وصوله", "القيادي فلان اختطف أمس من منزله"): the person underwent it."""
    if a.category != "person" or a.j != ti or tj - ti != 1 or tj >= hi or objs:
        return False
    if not any(m.i == ti and m.entry.get("subtype") in _PEOPLE_DEEDS for m in v.triggers_in(ti, tj)):
        return False
    g = grammar()
    norm = v.tokens[ti].norm
    if norm.endswith(g["plural_verb"] + g["feminine_perfect"]):
        return False
    nxt = v.tokens[tj]
    return not nxt.is_word or bare_conj(nxt.norm) in actor_grammar()["passive_followers"] \
        or in_time(v.doc, nxt.span.start)


def _held_relative(v: TokenView, i: int, tj: int) -> bool:
    """"سيطرت القوات … على زنجبار، عاصمة محافظة أبين في جنوب البلاد، التي كانت في أيدي المتمردين": a
    relative pronoun (actor_grammar.yaml relative_pronouns) a few words before the loser cue at the actor
    (token i) describes the place taken, however long its naming; no other event word on the way."""
    rel = actor_grammar()["relative"]
    if any(v.triggers_at(k) for k in range(tj, i)):
        return False
    return any(bare_conj(v.tokens[k].norm) in rel or v.tokens[k].norm in rel
               for k in range(max(tj, i - _HELD_RELATIVE), i))


def _belongs_of_target(v: TokenView, a: ActorPhrase, lo: int) -> bool:
    """"القبض على 190 إرهابيا ينتمون إلى تنظيم داعش", "مقتل 5 أشخاص ينتمون إلى": a group after a belonging
    word and إلى (actor_grammar.yaml belong_words) is the group of the people named before it; when a
    target or casualty word stands right before those people, they are what the event was done to."""
    kinds = v.kinds()
    b = next((k for k in range(max(lo, a.i - 4), a.i - 1) if belongs_before(v, k, a.i)), None)
    if b is None:
        return False
    return any(kinds[k] & {"target", "killed", "injured"} or v.triggers_at(k) for k in range(max(lo, b - _BELONG_REACH), b))


def _counted_subject(v: TokenView, a: ActorPhrase, o: int, ti: int, lo: int) -> bool:
    """"إن 400 من الانفصاليين مدعومين بدبابات هاجموا القوات": a number counted from a group (partitive
    من at token o, no casualty word before it) that a plural verb trigger follows in the same clause is
    that verb's subject, not its victims: a past verb in the plural agrees with a subject named before it."""
    kinds = v.kinds()
    m = v.match_at("triggers", ti)
    if m is None or m.entry.get("type") not in _POSSESSED_TYPES or kinds[ti] & {"killed", "injured"}:
        return False  # "ثمانية من العناصر خطفوا على أيدي", "50 ألفا من الجنود قتلوا": a passive's victims
    if any(kinds[k] & {"killed", "injured"} for k in range(max(lo, o - 3), o)):
        return False
    if not (a.j <= ti <= a.j + _PLURAL_SUBJECT) or not v.tokens[ti].norm.endswith(grammar()["plural_verb"]):
        return False
    g = grammar()
    if v.tokens[ti].norm.startswith(g["article"]) or any(
            p.endswith((g["article"], g["lam"], g["fused"], g["bi"])) for p, _s, _x in v.keys[ti][1:2]):
        return False
    return all(v.tokens[k].is_word and not v.triggers_at(k) and not kinds[k] & {"killed", "injured"}
               for k in range(a.j, ti))


def _expel_vso(v: TokenView, cands: list[ActorPhrase], tj: int, hi: int
               ) -> tuple[ActorPhrase, ActorPhrase] | None:
    """"طردت المقاومة الشعبية ميليشيات الحوثيين من مديرية": an expel verb followed at once by one actor
    and right after it (past time words) another is VSO: the first is its subject, the second its object.
    One actor after it ("بعد طرد الحوثيين من المدينة") is the object of a verbal noun and stays so."""
    first = next((a for a in cands if a.i >= tj), None)
    if first is None or first.i != tj or first.prep or first.category in ("civilian", "person"):
        return None
    kinds = v.kinds()
    brackets = actor_grammar()["brackets"]
    k = first.j
    # past a time ("أمس"), where the subject is ("في تعز") and an aside in brackets ("(جنوب اليمن)")
    while k < min(first.j + _VSO_SKIP, hi):
        t = v.tokens[k]
        if t.span.text in brackets:  # the aside runs to the next bracket
            end = next((x for x in range(k + 1, min(k + _VSO_SKIP, hi)) if v.tokens[x].span.text in brackets), None)
            if end is None:
                break
            k = end + 1
        elif in_time(v.doc, t.span.start) or _in_place(v.doc, t.span.start) \
                or ("locative" in kinds[k] and k + 1 < hi and _in_place(v.doc, v.tokens[k + 1].span.start)):
            k += 1
        else:
            break
    second = next((a for a in cands if a.i >= first.j), None)
    if second is None or second.i not in (first.j, k) or second.prep:
        return None
    return first, second


def _adjunct(v: TokenView, ti: int, lo: int) -> bool:
    """The trigger at ti stands in an adjunct: a preposition fused to it ("بهجوم", "لقصف") or a noun
    marker before it ("في اشتباكات", "خلال معارك")."""
    g = grammar()
    for p, _s, _x in v.keys[ti][1:2]:
        bare = p[1:] if p[:1] in (g["and"], g["then"]) else p
        if bare.startswith((g["bi"], g["lam"])):
            return True  # بـ، لـ، بالـ، لل past و/ف; not the article alone
    return ti > lo and bare_conj(v.tokens[ti - 1].norm) in actor_grammar()["noun_marker"]


def _resumed(v: TokenView, a: ActorPhrase, lo: int) -> bool:
    """"في وقت شن فيه الطيران غارات": an actor after a resumptive pronoun (actor_grammar.yaml where_words)
    that follows an event verb or a verb of doing is that verb's subject, not someone in a place."""
    k = a.i - 2
    if k < lo or v.tokens[a.i - 1].norm not in actor_grammar()["where"] or not _verb_form(v, k):
        return False
    t = v.tokens[k]
    return bool(v.triggers_at(k)) or bool({t.norm, bare_conj(t.norm)} & actor_grammar()["governing"])


def _titled_person(v: TokenView, cands: list[ActorPhrase], lo: int, k: int) -> ActorPhrase | None:
    """A title at tokens [lo, k) (past time words) and a person's name that starts within two plain words
    after it ("الشيخ نجم الدين فلان": the tagger may have found only the name's end): the titled person."""
    kinds = v.kinds()
    for a in cands:
        if a.i < k or a.i > k + 2:
            continue
        if a.category != "person" or any(not v.tokens[x].is_word or kinds[x] for x in range(k, a.i)):
            return None
        first = next(x for x in range(lo, k) if v.tokens[x].norm in person_titles())
        span = v.doc.span(v.tokens[first].span.start, a.span.end)
        return ActorPhrase(first, a.j, span, "person")
    return None


def _in_place(doc: Doc, pos: int) -> bool:
    """Whether character ``pos`` lies inside one of the article's place names."""
    return any(p.span.start <= pos < p.span.end for p in doc.places)


def in_time(doc: Doc, pos: int) -> bool:
    """Whether character ``pos`` lies inside one of the article's time expressions."""
    return any(t.span.start <= pos < t.span.end for t in doc.times)


def _subject_of_target_verb(v: TokenView, k: int, i: int, lo: int) -> bool:
    """"فقد استهدف التحالف مخازن أسلحة", "واستهدف المقاتلون منطقة لامو": a singular targeting verb
    (actor_grammar.yaml target_verbs) that opens its clause (after a full stop, a comma or a clause
    particle: كما، فقد) and the actor right after it: its subject, not its target. After a noun or a
    relative pronoun ("عملية نفذتها طالبان واستهدفت الشرطة", "التي استهدفت المصلين") the subject
    came first and the actor is the object."""
    ag = actor_grammar()
    if i != k + 1 or bare_conj(v.tokens[k].norm) not in ag["target_verbs"] and v.tokens[k].norm not in ag["target_verbs"]:
        return False
    if k <= lo:
        return True
    prev = v.tokens[k - 1]
    return not prev.is_word or prev.norm in ag["clause_particles"]


def _pronoun_object(v: TokenView, k: int) -> bool:
    """A target word at token k that holds its object as a pronoun ("سيطرت عليها قوات النظام"): the
    actor after it is the verb's subject, not its target."""
    hits = [s for ph, _p, s in v.info[k].hits.get("words", ()) if ph.entry["kind"] == "target" and len(ph.words) == 1]
    return bool(hits) and all(hits)


def _suffered(v: TokenView, a: ActorPhrase, ti: int) -> bool:
    """An actor before the trigger that a casualty verb follows within a word ("شرطة ومجند أصيبوا
    في انفجار"): a wound verb always names its victims; a killing verb only with no object after it,
    a noun marker next ("قتلوا في", "قتلوا جراء"), not "الجيش قتل 31 مسلحا"."""
    kinds = v.kinds()
    for k in range(a.j, min(a.j + 2, ti)):
        if v.tokens[k].sentence != v.tokens[a.i].sentence:
            return False
        if "injured" in kinds[k]:
            return True
        if "killed" in kinds[k] and k + 1 < len(v.tokens) \
                and bare_conj(v.tokens[k + 1].norm) in actor_grammar()["noun_marker"]:
            return True
    return False


def _possessor(v: TokenView, before: list[ActorPhrase], ti: int, tj: int, lo: int,
               verb: bool) -> ActorPhrase | None:
    """A one-word attack noun with a possessive pronoun ("أثناء قصفها", "بهجومهم"; a strike or a
    fight, not an arrest, whose pronoun is the one arrested) after a noun marker or a preposition:
    its possessor is the doer, the last actor named before it in the sentence."""
    if not before or tj - ti != 1:
        return None
    m = v.match_at("triggers", ti)
    if m is None or not m.suffix or m.entry.get("type") not in _POSSESSED_TYPES \
            or m.entry.get("subtype") in TERRITORY_TAKEN:
        return None
    if verb and not (ti > lo and bare_conj(v.tokens[ti - 1].norm) in actor_grammar()["noun_marker"]):
        return None  # "قصفها الطيران": a verb with its object pronoun
    return before[-1]


def _between_it(v: TokenView, cands: list[ActorPhrase], ti: int, k: int, lo: int, hi: int
                ) -> tuple[ActorPhrase, ActorPhrase] | None:
    """"اندلعت اشتباكات بينها وبين السكان": بين with a pronoun, then وبين: one side is the pronoun's
    antecedent (the last actor before the trigger with no preposition), the other the actor after وبين."""
    kinds = v.kinds()
    if "between" not in kinds[k] or k + 2 >= hi or "between" not in kinds[k + 1] \
            or not v.tokens[k + 1].norm.startswith(grammar()["and"]):
        return None
    if not any(sfx for _p, _st, sfx in v.keys[k][1:]):
        return None
    other = next((a for a in cands if a.i == k + 2), None)
    it = [a for a in cands if lo <= a.i and a.j <= ti and not a.prep and a.category != "civilian"]
    if other is None or not it or it[-1].text == other.text:
        return None
    return it[-1], other


def _far_between(v: TokenView, cands: list[ActorPhrase], ti: int, tj: int, hi: int
                 ) -> tuple[ActorPhrase, ActorPhrase | None] | None:
    """"اشتباكات في وسط مدينة بنغازي بين X وY": بين past the place or time told right after the trigger
    (only words, no actor, no other event word, no punctuation on the way) opens its two sides."""
    kinds = v.kinds()
    sent = v.tokens[ti].sentence
    begins = {a.i for a in cands}
    for k in range(tj, min(tj + _FAR_BETWEEN, hi)):
        t = v.tokens[k]
        if t.sentence != sent or not t.is_word or k in begins or (k > tj and v.triggers_at(k)):
            return None
        if k >= tj + 3 and "between" in kinds[k] and "subset" not in kinds[k]:
            sides = _two_sides(v, cands, k, hi)
            if sides is not None:
                return sides
            after = [a for a in cands if a.i > k and (a.i == k + 1 or not a.prep)]
            if after and after[0].i == k + 1:
                return after[0], (after[1] if len(after) > 1 else None)
            return None
    return None


def _opener_between(v: TokenView, a: int, b: int) -> bool:
    """A clause opener (actor_grammar.yaml clause_openers: فيما، بينما، في حين) among tokens [a, b)."""
    openers = actor_grammar()["clause_openers"]
    for k in range(a, b):
        for n in {v.tokens[k].norm, bare_conj(v.tokens[k].norm)}:  # "فيما" is no و/ف + يما
            if (n,) in openers or (k + 1 < b and (n, v.tokens[k + 1].norm) in openers):
                return True
    return False


def partitive_of(v: TokenView, i: int, lo: int) -> int | None:
    """The token of a partitive من before the actor at token i, past a group's head word, a quote and
    a plural of its leaders or men in construct (actor_grammar.yaml partitive_heads: "من تنظيم «داعش»",
    "من تنظيم / داعش /", "ثلاثة من قادة داعش"), else None."""
    of = grammar()["of"]
    marks = actor_grammar()["quotes"] | actor_grammar()["name_marks"]
    heads = actor_grammar()["partitive_heads"]
    k = i - 1
    while k > lo and i - k <= 3 and (v.tokens[k].span.text in marks or "orghead" in v.kinds()[k]
                                     or v.tokens[k].norm in heads):
        k -= 1
    return k if k > lo and v.tokens[k].norm == of else None


def _side_marks(v: TokenView, k: int, hi: int) -> list[int]:
    """Tokens of "من جهة" / "من ناحية" (actor_grammar.yaml side_words) after بين at token k."""
    words = actor_grammar()["side"]
    of = grammar()["of"]
    return [x for x in range(k + 2, min(k + _SIDE_REACH, hi - 1))
            if v.tokens[x].norm == of and v.tokens[x + 1].norm in words]


def _two_sides(v: TokenView, cands: list[ActorPhrase], k: int, hi: int
               ) -> tuple[ActorPhrase, ActorPhrase | None] | None:
    """"بين الفرقة الرابعة وحزب الله من جهة والفصائل المقاتلة من جهة أخرى": the actors before the first
    "من جهة" act together (actor1); the other side is the actor after it, else the words up to the
    second mark (a name no lexicon knows)."""
    marks = _side_marks(v, k, hi)
    if not marks:
        return None
    m1 = marks[0]
    first = [a for a in cands if k < a.i and a.j <= m1]
    if not first:
        return None
    a1 = first[0]
    if len(first) > 1:
        last = first[-1]
        doc = v.doc
        span = doc.span(a1.span.start, last.span.end)
        name = a1.text + doc.text[a1.span.end:last.span.end]
        a1 = ActorPhrase(a1.i, last.j, span, a1.category, name, a1.prep, a1.named)
    start = m1 + 2
    while start < hi and not v.tokens[start].is_word:
        start += 1  # "من جهة، والفصائل"
    end = marks[1] if len(marks) > 1 else None
    second = next((a for a in cands if start <= a.i and (end is None or a.j <= end)), None)
    if second is not None and second.i == start:
        return a1, second
    if end is None or not 0 < end - start <= _SIDE_WORDS:
        return a1, second
    span = v.doc.span(v.tokens[start].span.start, v.tokens[end - 1].span.end)
    conj = grammar()["and"]
    bare = v.tokens[start].norm.startswith(conj) and len(v.tokens[start].norm) > 3
    name = strip_proclitics(span.text, conj) if bare else ""
    return a1, ActorPhrase(start, end, span, "armed", name)


def _described_agent(v: TokenView, actors: list[ActorPhrase], tj: int, lo: int, hi: int) -> ActorPhrase | None:
    """"إطلاق النار الذي تبنته مجموعة يسارية متطرفة": after an agent cue, a noun no lexicon knows and
    the indefinite words describing it (up to two, before a preposition) name the doer."""
    kinds = v.kinds()
    stop = stop_words()
    g = grammar()
    first = bisect.bisect_left(actors, tj + 1, key=_first_token)
    starts = {a.i for a in actors[first:first + _AGENT_REACH + 3]}  # actors come in text order

    def plain(k: int, head: bool = False) -> bool:
        t = v.tokens[k]
        # (the head may be one person counted by its noun, words.tsv person1: "نفذه مسلح", "برصاص شرطي")
        one = head and "person1" in kinds[k] and kinds[k] <= _ONE_PERSON
        return t.is_word and (not kinds[k] or one) and t.norm not in stop \
            and not t.norm.isdigit() and v.number_at(k) is None and not v.triggers_at(k) \
            and not t.norm.startswith(g["article"])
    for k in range(tj + 1, min(tj + _AGENT_REACH, hi)):
        if k in starts or not plain(k, True) or not _cue_before(v, k, lo, actor_grammar()["agent"], hedged=True) \
                or any(p for p, _s, _x in v.keys[k][1:2]):
            continue
        j = k + 1
        while j < min(k + 3, hi) and j not in starts and plain(j) and not any(p for p, _s, _x in v.keys[j][1:2]):
            j += 1
        if j in starts:  # "من قبل تنظيمي داعش": the head of a known group
            return next(a for a in actors if a.i == j)
        group = next((a for a in actors[first:first + _AGENT_REACH + 3] if j < a.i <= j + 3 and not a.prep
                      and belongs_before(v, j, a.i)), None)
        if group is not None:  # "شنه متطرفون ينتمون إلى تنظيم «أنصار بيت المقدس»": the group they belong to
            return group
        span = v.doc.span(v.tokens[k].span.start, v.tokens[j - 1].span.end)
        return ActorPhrase(k, j, span, "armed")
    return None


def _fought_with(v: TokenView, cands: list[ActorPhrase], ti: int, tj: int, lo: int
                 ) -> tuple[ActorPhrase, ActorPhrase | None] | None:
    """"قتل هلال الأسد في معارك مع مسلحين", "سقط قتلى في مواجهات مع المقاومة": fighting that killed
    someone, named by a noun after a killing word (up to _KILLED_REACH tokens back, past the dead's own
    words: "قتل 13 من عناصر التمرد إثر مواجهات شرسة مع مقاتلي المقاومة"), was fought by the side after مع
    (actor1) against the side of the dead (the actor nearest before the killing word, the group a leader's
    name ends rather than him, else the group the
    dead are counted from after it: "مقتل خمسة جنود من قوات X في اشتباكات مع")."""
    m = v.match_at("triggers", ti)
    if m is None or m.entry["subtype"] != "Armed clash" or ti - 1 < lo:
        return None
    kinds = v.kinds()
    killed = None
    for k in range(ti - 1, max(lo, ti - _KILLED_REACH) - 1, -1):
        if kinds[k] & {"killed", "injured"}:
            killed = k
            break
        if k < ti - 5 and (not v.tokens[k].is_word or v.triggers_at(k)):
            break  # past the dead's own words ("مقتل خمسة جنود من قوات الجيش الموالي لجماعة الحوثي في"), not another clause
    if killed is None:
        return None
    with_ = actor_grammar()["with"]
    other = next((a for a in cands if tj < a.i <= tj + 3 and not a.prep
                  and (bare_conj(v.tokens[a.i - 1].norm) == with_
                       or (a.i - 2 >= tj and bare_conj(v.tokens[a.i - 2].norm) == with_ and _governs(v, a.i - 1)))),
                 None)
    if other is None:
        return None
    # the dead named nearest before the killing word ("سليمان الأسد ابن هلال الأسد الذي قتل في معارك مع":
    # Hilal; "17 من ميليشيا الحوثي وقوات المخلوع صالح قتلوا": the forces a leader's name ends, not him)
    dead = next((a for a in reversed(cands) if lo <= a.i and a.j <= killed and a is not other and not a.prep), None)
    if dead is not None and dead.category == "person":
        dead = next((b for b in cands if b.j == dead.i and not b.prep), dead)
    dead = dead \
        or next((a for a in cands if killed < a.i and a.j <= ti and a is not other and not a.prep
                 and a.category not in ("person", "civilian")), None)  # "مقتل خمسة جنود من قوات X في اشتباكات مع"
    return other, dead


def _governs(v: TokenView, k: int) -> bool:
    """A word no lexicon knows in the construct state (no article, a plural's ي/و ending: "مع متطرفي
    داعش"), whose genitive is the actor after it."""
    t = v.tokens[k]
    return t.is_word and not v.kinds()[k] and not t.norm.startswith(grammar()["article"]) \
        and t.norm.endswith(actor_grammar()["construct_endings"]) and len(t.norm) > 3


def _agent_cue_before(v: TokenView, i: int, lo: int) -> bool:
    """Whether an agent cue (actor_grammar.yaml) ends right before token i, or one target word
    before it ("مصدره مواقع الفصائل"), or a hedge ("زرعها فيما يبدو مسلحون")."""
    return _cue_before(v, i, lo, actor_grammar()["agent"], hedged=True)


def _hedge_start(v: TokenView, i: int, lo: int) -> int:
    """The first token of a hedge (actor_grammar.yaml agent_hedges: فيما يبدو، على الأرجح) ending right
    before token i, else i."""
    hedges = actor_grammar()["agent_hedges"]
    if i <= lo or v.tokens[i - 1].norm not in _hedge_ends(hedges):
        return i
    for n in (3, 2, 1):
        k = i - n
        if k >= lo and tuple(v.tokens[x].norm for x in range(k, i)) in hedges:
            return k
    return i


@functools.lru_cache(maxsize=4)
def _hedge_ends(hedges: frozenset) -> frozenset[str]:
    """The last words of the hedges: a token that is none of them ends no hedge (one set lookup)."""
    return frozenset(h[-1] for h in hedges)


def _cue_before(v: TokenView, i: int, lo: int, cues: frozenset, hedged: bool = False) -> bool:
    """Whether one of ``cues`` (tuples of folded words) ends right before token i, or one target
    word before it; with ``hedged``, also before a hedge that ends there."""
    kinds = v.kinds()
    if hedged:
        i = _hedge_start(v, i, lo)
    for end in (i, i - 1):
        if end < i and (end < lo or "target" not in kinds[end]):
            break
        for n in (1, 2, 3):
            k = end - n
            if k < lo:
                break
            words = [v.tokens[x].norm for x in range(k, end)]
            if tuple(words) in cues or tuple([bare_conj(words[0]), *words[1:]]) in cues:
                return True
    return False
