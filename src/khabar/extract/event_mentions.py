"""Mentions of events: the triggers of :mod:`khabar.extract.event_words` that name an event, with
their sub-type refined by context, their actors, place and date.

Reads the :class:`~khabar.extract.event_context.Context` of a document (tokens, sentences, places,
actors, claims); returns :class:`~khabar.extract.event_merge.Mention` records for
:mod:`khabar.extract.events` to count casualties on, split and merge. Loads (through
:mod:`~khabar.extract.event_words`) ``lang/ar/events/`` triggers.tsv, words.tsv and grammar.yaml.
Triggers whose ``context`` column asks for a word nearby (an aircraft, a weapon, a figure) are kept
only with it; mentions that name no event are dropped by :mod:`~khabar.extract.event_filters`. A
line of a "this day in history" list ("1976 - اعتقال رئيس الوزراء …") dates its events that year on
the publication's day and month, and a verbal noun heading it needs no figure. A word for any attack
whose dead, counted before it in its clause, are civilians only ("قتل 38 سائحا في هجوم شنه طالب مسلح")
is an attack on civilians; the armed man an agent cue right after it names (شنه، نفذه) is its doer, not
an armed target. A day told after the object of a condemnation ("وأدانت المنظمة اختطاف الناشط أمس") is the
condemnation's: the mention's day is only borrowed, and it joins the deed's telling of the day before.

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.event_context import Context
    >>> from khabar.extract.event_words import TokenView
    >>> doc = Doc(Article(id="x", text="قصفت الطائرات الحربية مدينة حلب أمس."))
    >>> [m.subtype for m in find_mentions(Context(doc, TokenView(doc)))]
    ['Air/drone strike']
"""

from __future__ import annotations

import functools

from khabar.extract.event_actor_phrases import ActorPhrase
from khabar.extract.event_actors import choose_actors
from khabar.extract.event_args import TYPE_OF
from khabar.extract.event_context import Context
from khabar.extract.event_dates import DATE_LOOKBACK, date_of
from khabar.extract.event_dates import _relatives as relatives
from khabar.extract.event_places import place_of
from khabar.extract.event_cues import ARMED as _ARMED
from khabar.extract.event_cues import HYPERNYM_REACH as _HYPERNYM_REACH
from khabar.extract.event_cues import agent_cue_before
from khabar.extract.event_cues import (armed_after, blast_of, continues_subject, counted_after, definite, generic_trigger,
                                       history_heading, history_line, opens_history_line,
                                       means_after, means_of_attack, undergone, other_event_near, place_follows, targeted_by)
from khabar.extract.event_filters import (ACHIEVE_REACH, RELATIVE_REACH, air_only_backs, failed, filtered, relative_imperfect,
                                         state_of_control)
from khabar.extract.event_filters import _series_endings as series_endings
from khabar.extract.event_merge import Mention
from khabar.extract.event_words import TERRITORY_TAKEN, Match, TokenView, grammar, grammar_words, stem_among
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form

_CONJUNCT_GAP = 4  # tokens from an event word no deed names to the next one joined to it by و ("لاستعادة الشرعية وطرد")
_PRONOUN_OBJECT_REACH = 3  # tokens from a territory word with a pronoun to its على ("سيطرتها بشكل كامل على")
_ACHIEVED = ("achieve", "during", "period", "after")  # word kinds before a masdar that make it a deed done
_FIRE_VERBS = frozenset({"fireverb", "arson"})  # word kinds that open fire or set it ("أطلق"، "أضرم")
_SELF_STANDING = frozenset({"", "target"})  # trigger contexts that name an event with no word beside them
_REMOTE = "Explosions/Remote violence"
_SEIZED_PEOPLE = frozenset({"person1", "person2", "combatant", "civilian"})  # people a seizing verb may take
_SEIZED_REACH = 3  # tokens from "ضبط" to the people seized, with no weapon named ("ضبط 25 شخصا")
_MUNITIONS = frozenset({"weapons", "means"})  # word kinds of what is fired or dropped (قنبلة، صواريخ)
_NAMED_SIDES = frozenset({"state", "rebel", "pro_gov"})  # an armed side (named: not "مسلحون", a combatant word)
_FIGHTERS = frozenset({"combatant", "nonstate", "forces"})  # words.tsv kinds of a group a part is named of
_DRIVE_OUT = frozenset({"expel", "liberate"})  # words.tsv kinds of territory verbs whose doer is hard to read
_CLEARED_REACH = 4  # tokens from a territory word to the من of what a place is cleared of ("تطهير عدن من الألغام")
_LOSER_REACH = 5  # tokens from a territory word to the من of the side a place is taken from ("تطهير المحافظة من")
_FOILED_REACH = 5  # tokens from "أحبط" to the bombing or weapon it foiled ("أحبطت محاولات حوثية لتفجير")
_CELL_REACH = 4  # tokens from "أطاح" to the cell brought down ("أطاحت الشرطة بخلية")
_AIR_SUBJECT_REACH = 9  # tokens back from a strike word to the aircraft that made it, within its clause
_GUN_REACH = 6  # tokens from "قصف" to the guns named as its means ("بقصف منازل المواطنين بالهاون")
_CAPTIVE_REACH = 8  # tokens from "خطف" to the people seized ("خطفت جبهة النصرة، ذراع القاعدة، خمسة مقاتلين")
_VICTIM_REACH = 4  # tokens from a target verb with no aircraft to the civilians it targeted ("استهدفوا المصلين")
_ATTEMPT_REACH = 4  # tokens from "حاول" to the territory change it tried ("يحاول مقاتلو المقاومة استعادة")
_DURING_REACH = 2  # tokens from "أثناء"/"عندما" to the trigger it introduces
_HOSTAGE_REACH = 4  # tokens from "تحرير"/"إنقاذ" to the hostages freed ("تحرير 59 رهينة")
_CRASH_REACH = 2  # tokens from "سقطت"/"تحطم" to the aircraft that fell ("سقطت طائرة حربية")
_BACKING_REACH = 2  # tokens from "بدعم من"/"تدعمهم" to the strikes that backed another event
_OBJECT_REACH = 4  # tokens from a strike to the reinforcements it hit ("دمرت أرتالا وتعزيزات")
_AFTER_REACH = 2  # tokens from "بعد"/"إثر" to the fighting it names ("بعد سلسلة هجمات")
_ENVOY_REACH = 3  # tokens from "طرد" to the envoy expelled ("طرد السفير السوري")
_CROWD_REACH = 6  # tokens from clashes to the residents or youths they were fought with
_FALL_REACH = 3  # tokens from "سقوط" to the shells that fell ("سقوط عدة صواريخ")
_FELL_REACH = 2  # tokens from the shells to the verb of their fall after them ("قذيفة سقطت على منزل")
_FIRE_REACH = 3  # tokens from "أطلق"/"فتح" to the fire or rocket ("أطلق مسلحون النار")
_PROTESTED_REACH = 3  # tokens from "احتجاجا على" to the event protested
_HANDOF_REACH = 5  # tokens from "سقطت" to "بيد" ("سقطت مدينة زنجبار بيد المسلحين")
_VICTIMS_BEFORE = 8  # tokens back from a word for any attack to the dead it killed ("قتل 38 سائحا بينهم ثلاثون بريطانيا في هجوم")
_DOER_REACH = 4  # tokens after an agent cue right after the trigger that name the doer ("هجوم شنه طالب تونسي مسلح")
_DECLARED_BEFORE = 8  # tokens from "أعلن"/"فرض"/"تمديد" to the state of emergency ("أعلنت السلطات المحلية … حالة الطوارئ")
_DECLARED_AFTER = 3  # tokens from the state of emergency to the verb declaring it after it ("حالة الطوارئ التي أعلنت")
_ALERT_REACH = 4  # tokens from "حالة الطوارئ" to a word of a hospitals' alert ("القصوى في المستشفيات")
_CONDEMNED_REACH = 8  # tokens from "أدانت" to the event it condemns ("وأدانت منظمة «هيومن رايتس ووتش» اختطاف")
_WORSHIP_REACH = 9  # tokens after a bombing noun to the mosque it hit ("بالتفجير الإرهابي الذي وقع ظهر اليوم الخميس في مسجد")
_BLAST_WEAPON_REACH = 3  # tokens after an explosion word to the weapon it names ("انفجار عبوة ناسفة")
_DESTROYED_REACH = 4  # tokens from a word of destroying to the weapon it destroyed ("دمرت أمس مدفع هاون")
_ORGANIZE_REACH = 7  # tokens from "نظمت" to the sit-in or march ("نظمت الجالية اليمنية في برلين أمس وقفة")


@functools.cache
def _reference_spans() -> frozenset[str]:
    """grammar.yaml reference_spans: months and years an event is counted from ("بعد 3 سنوات على")."""
    article = grammar()["article"]
    words = (normalize_form(w) for w in load_yaml("events/grammar.yaml")["reference_spans"])
    return frozenset(w[len(article):] if w.startswith(article) else w for w in words)


def _counted_from(v: TokenView, m: Match, lo: int, s: int) -> bool:
    """The trigger is what a long span is counted from: من/على right before it, a span of months or years
    (grammar.yaml reference_spans) up to two words before that, and an after word (بعد) up to three
    words before the span ("ووقع الحادث بعد ثلاث سنوات تقريبا على إطلاق النار الذي شهدته دار للسينما",
    "بعد أكثر من شهر من تفجير المسجد"): a reference long past, no event told."""
    if m.prefix or m.i - 2 < lo or v.tokens[m.i - 1].norm not in _span_from_words():
        return False
    spans = _reference_spans()
    for k in range(m.i - 2, max(lo, m.i - 4) - 1, -1):
        if stem_among(v, k, spans):
            return v.has_kind(k - 3, k, "after", s)
    return False


def _bombed_worship(v: TokenView, m: Match, s: int) -> bool:
    """A bombing's verbal noun (kind bombing) with a house of prayer or its worshippers (kind worship)
    up to _WORSHIP_REACH words after it, and no bomb, car bomb or shell named around it (kinds weapons,
    means): "التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ", "تفجير مسجد الإمام الصادق" — a bombing
    among worshippers at prayer, told by a reaction or a trial that names no device, is a suicide
    bombing, as such bombings are carried out; not one with a vehicle or an outside word (kinds vehicle,
    outside) or another bombing noun before the mosque ("تفجير سيارة خارج مسجد المؤيد": a car bomb
    outside it), nor a mosque rigged or razed (kind demolish: تفخيخ، نسف، هدم)."""
    if "bombing" not in v.kinds()[m.i]:
        return False
    kinds = v.kinds()
    hi = min(m.j + _WORSHIP_REACH, len(kinds))
    k = next((k for k in range(m.j, hi) if v.tokens[k].sentence == s and "worship" in kinds[k]), None)
    if k is None or any(v.has_kind(m.j, k, w, s) for w in ("vehicle", "outside", "bombing")):
        return False  # ("تفجير سيارة خارج مسجد": a car bomb outside it; "وتفجير نقطة أمنية، وآخرها تفجير
        # مسجد": the mosque is the next bombing's)
    # (nor a mosque rigged or razed, kind demolish: "قام التنظيم بتفخيخ وتفجير مسجد في البلدة", a building
    # blown up, no bomber among worshippers)
    return not any(v.has_kind(m.i - _BLAST_WEAPON_REACH, hi, w, s) for w in ("weapons", "means", "demolish"))


def _checkpoint(v: TokenView, m: Match, s: int) -> bool:
    """An ambush word (grammar.yaml ambush_words) in its Egyptian sense of a police checkpoint: a
    checkpoint adjective right after it (checkpoint_adjectives: "إنشاء كمائن ثابتة ومتحركة", "استهداف
    المنشآت الشرطية والكمائن الأمنية") or a word of setting up or manning right before it
    (checkpoint_setup: "وتعزيز الكمائن بطول 12 كيلومترا"). No ambush was laid."""
    if m.j - m.i != 1 or not stem_among(v, m.i, grammar_words("ambush_words")):
        return False
    after = m.j < len(v.tokens) and v.tokens[m.j].sentence == s \
        and stem_among(v, m.j, grammar_words("checkpoint_adjectives"))
    return after or (m.i > 0 and v.tokens[m.i - 1].sentence == s
                     and stem_among(v, m.i - 1, grammar_words("checkpoint_setup")))


def _blasts_of_aircraft(v: TokenView, m: Match, s: int, lo: int, hi: int) -> bool:
    """A plural explosion word (kind blast; grammar.yaml series_endings) that names no weapon right after it ("انفجار عبوة"، "انفجار
    قنبلة": kinds means, weapons, suicide) in a sentence naming an aircraft or an air strike and no
    bomb ("هزت انفجارات عنيفة مدينة تعز عقب غارات شنتها مقاتلات التحالف", "انفجارات دوت في جنوب العاصمة
    بالتزامن مع تحليق مكثف لطيران التحالف"): the blasts of the strikes, heard, no bombing of its own."""
    if "blast" not in v.kinds()[m.i] or not v.tokens[m.i].norm.endswith(series_endings()):
        return False  # (the plural: "بانفجار عجلة أثناء محاولتهم تفخيخها" is one blast of its own)
    if any(v.has_kind(m.j, m.j + _BLAST_WEAPON_REACH, k, s) for k in ("means", "weapons", "suicide")):
        return False
    return v.has_kind(lo, hi, "air", s) and not any(v.has_kind(lo, hi, k, s) for k in ("weapons", "suicide", "detonate"))


def _counted_after_doer(ctx: Context, j: int, s: int) -> bool:
    """A verbal noun's doer right after it in the genitive, then the people it took, counted ("اعتقال
    الشرطة الإسرائيلية مستوطنين اثنين", "اعتقال قوات الاحتلال 15 فلسطينيا"): arrests told as made."""
    doer = next((a for a in ctx.actors_between(j, j + 1) if a.i == j), None)
    if doer is None:
        return False
    v, k = ctx.v, doer.j
    # a figure or a person right after the doer, or a noun with a number after it ("مستوطنين اثنين")
    return counted_after(v, k, s) or (k + 1 < len(v.tokens) and v.tokens[k + 1].sentence == s
                                      and v.number_at(k + 1) is not None)


def _execution_notice(ctx: Context) -> bool:
    """The report carries out a court's sentence (words.tsv execution: "نفذت وزارة الداخلية حكم القتل
    قصاصا في الجاني", "صدر بحقه صك شرعي"): a notice whose sentences naming the convict or his crime
    (words.tsv culprit: الجاني، المدعو، أقدم على) tell the case's history, a crime and an arrest long
    before and no political violence, not events of the report."""
    v = ctx.v
    return any(v.has_kind(ctx.sent_lo[s], ctx.sent_hi[s], "execution", s) for s in range(len(ctx.sent_lo)))


def _weapon_destroyed(v: TokenView, m: Match, lo: int) -> bool:
    """A weapon named as a trigger (grammar.yaml destroyed_weapons: هاون، مفخخة، صاروخ) is the object of a
    verb or verbal noun of destroying (grammar.yaml destroy_words) up to ``_DESTROYED_REACH`` tokens before
    it in its clause, no other event word between ("إن غارة أخرى دمرت مدفع هاون", "وتدمير سيارة مفخخة
    بقصف لطيران التحالف"): the weapon was what the attack hit, not the means of an attack of its own; a
    bomb (grammar.yaml explosive_devices) destroyed with no aircraft named in its sentence ("تمكنت القوات من
    تدمير خمس عجلات مفخخة") was a bombing disrupted (ACLED: Disrupted weapons use)."""
    if normalize_form(m.entry["form"]) not in grammar_words("destroyed_weapons"):
        return False
    g = grammar()
    stops = g["clause_end"] | g["list_commas"]
    for k in range(m.i - 1, max(lo, m.i - _DESTROYED_REACH) - 1, -1):
        if v.tokens[k].norm in stops:
            return False
        if stem_among(v, k, grammar_words("destroy_words")):
            return True
        if v.triggers_at(k):
            return False  # another event word between: "دمرت الغارة مواقع وقصفت مدفعية …"
    return False


@functools.cache
def _span_from_words() -> frozenset[str]:
    """place_date.yaml days_after from_words (من، على): what a span is counted from."""
    return frozenset(normalize_form(w) for w in load_yaml("events/place_date.yaml")["days_after"]["from_words"])


def _pronoun_doer(ctx: Context, a1: ActorPhrase | None, m: Match, lo: int) -> ActorPhrase | None:
    """The antecedent of a territory word's pronoun: the chosen actor when it is named before the word in
    its clause, else the nearest actor phrase before it there; not one after من or على (the side a place
    is taken from, or a hold over)."""
    v = ctx.v
    banned = (grammar()["from"], *_control_prepositions())

    def free(a: ActorPhrase) -> bool:
        return lo <= a.i and a.j <= m.i and (a.i == lo or v.tokens[a.i - 1].norm not in banned)

    if a1 is not None:
        return a1 if free(a1) else None
    return next((a for a in reversed(ctx.actors_between(lo, m.i)) if free(a)), None)


def _taken_from(ctx: Context, a: ActorPhrase, lo: int) -> bool:
    """The actor is the side a place is taken from: it follows من (past one word of its own, "من فلول
    التمرد", "من بقايا") that comes after a territory word and its object ("تطهير المحافظة من فلول
    التمرد", "استعادة الأحياء من المقاتلين"). Not the من of a part of a group ("سيطر عناصر من التنظيم",
    "مجاميع مسلحة من القاعدة"): there the word before من is a fighter word or an actor of its own."""
    v, frm = ctx.v, grammar()["from"]
    f = a.i - 1 if a.i - 1 >= lo and v.tokens[a.i - 1].norm == frm else \
        a.i - 2 if a.i - 2 >= lo and v.tokens[a.i - 2].norm == frm and v.tokens[a.i - 1].is_word else None
    if f is None or f == lo:
        return False
    kinds = v.kinds()
    before = f - 1
    if kinds[before] & _FIGHTERS or any(x.i <= before < x.j for x in ctx.actors_between(max(lo, before - 8), f)):
        return False  # "عناصر من التنظيم": a part of the group, the doer
    return any(x.entry["subtype"] in TERRITORY_TAKEN or kinds[x.i] & _DRIVE_OUT
               for x in v.triggers_in(max(lo, f - _LOSER_REACH), f)) \
        or any(kinds[k] & _DRIVE_OUT for k in range(max(lo, f - _LOSER_REACH), f))


def _cleared_of_weapons(v: TokenView, m: Match, hi: int) -> bool:
    """A territory word whose من, within a few words after it and with no comma or other event word
    between, is followed by mines or explosives (words.tsv weapons): "تطهير عدن من الألغام",
    "تطهيرها من العبوات" rid a place of them; no side takes it from another."""
    frm, stops = grammar()["from"], grammar()["clause_end"] | grammar()["list_commas"]
    for k in range(m.j, min(hi - 1, m.j + _CLEARED_REACH)):
        t = v.tokens[k]
        if not t.is_word or t.norm in stops or v.triggers_at(k):
            return False
        if t.norm == frm:
            return "weapons" in v.kinds()[k + 1]
    return False


def _contested(v: TokenView, m: Match, lo: int) -> bool:
    """A territory masdar after على or من أجل governed by a word of contest or ability (words.tsv
    contest: "تتنافسان على السيطرة على البلاد", "الصراع من أجل السيطرة", "قدرة أنقرة على السيطرة"): a
    struggle for control or the power to take it, no place taken."""
    if m.prefix:
        return False
    g, t = grammar(), v.tokens
    on = _control_prepositions()
    if m.i - 2 >= lo and t[m.i - 1].norm in on:
        k = m.i - 2
    elif m.i - 3 >= lo and t[m.i - 2].norm == g["from"] and t[m.i - 1].norm == _for_sake():
        k = m.i - 3
    else:
        return False
    return "contest" in v.kinds()[k]


@functools.cache
def _for_sake() -> str:
    """grammar.yaml for_sake: the noun of من أجل, folded like the text."""
    return normalize_form(load_yaml("events/grammar.yaml")["for_sake"])


def _holds_no_place(ctx: Context, m: Match, hi: int) -> bool:
    """The object of a territory word is an order, a good or a blaze (words.tsv unheld), no place: right
    after على ("السيطرة على الحريق", "تسيطر على القرار السياسي"), or right after the word when no على or
    territory word follows it (then it is the object, "استعادة الشرعية"; not the subject of a verb,
    "استعادت الدولة السيطرة", "سيطرة الأمن على")."""
    v, on = ctx.v, _control_prepositions()
    k = m.j
    if k < hi and v.tokens[k].norm in on:
        k += 1
    elif k + 1 < hi and (v.tokens[k + 1].norm in on or v.triggers_at(k + 1)):
        return False
    return k < hi and "unheld" in v.kinds()[k]


def _pronoun_takes(ctx: Context, m: Match, s: int, hi: int) -> bool:
    """A territory word with a pronoun suffix and its object after it: on (على) within a few tokens
    ("سيطرتها الكاملة على", "سيطرتهم وانتشارهم على") or a place right after it ("اجتياحها العاصمة"):
    the pronoun is the doer, not what is taken ("تمت استعادتها من الحوثيين")."""
    if not m.suffix:
        return False
    v, on = ctx.v, _control_prepositions()
    end = min(hi, m.j + _PRONOUN_OBJECT_REACH)
    return any(v.tokens[k].norm in on for k in range(m.j, end)) or place_follows(ctx, m.j, s)


@functools.cache
def _control_prepositions() -> frozenset[str]:
    """grammar.yaml control_prepositions: the preposition of what a territory word takes (على)."""
    return frozenset(normalize_form(w) for w in load_yaml("events/grammar.yaml")["control_prepositions"])


def find_mentions(ctx: Context) -> list[Mention]:
    """The mentions of events in the document, in text order, each with its sub-type, actors, place and
    date (casualties come later, from :mod:`~khabar.extract.event_casualties`)."""
    v = ctx.v
    g = grammar()
    kinds = v.kinds()
    out: list[Mention] = []
    totals: dict[int, bool] = {}  # sentence -> whether it totals events over a long span
    dropped: list[int] = []  # the end tokens of the event words the filters found no deed
    # sentences that tell a strike, a shelling or a bombing (a burning there is its damage)
    remote_sentences = {v.tokens[x.i].sentence for x in v.triggers() if x.entry["type"] == _REMOTE}
    prev: Match | None = None
    notice = _execution_notice(ctx)
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
        rank = 1 if context in ("air", "weapons", "forces", "moved", "casualty", "target") else 0
        if context == "air" and not v.has_kind(m.i - 4, m.j + 5, "air", s) and not _air_subject(v, m, lo):
            if "target" not in kinds[m.i] and "foil" not in kinds[m.i]:
                continue
            if "foil" in kinds[m.i]:
                if not (v.has_kind(m.j, m.j + _FOILED_REACH, "weapons", s)
                        or v.has_kind(m.j, m.j + _FOILED_REACH, "detonate", s)):
                    continue
                # "أحبطت المقاومة محاولات لتفجير منزلين": a bombing foiled on the ground
                subtype, typ = "Disrupted weapons use", "Strategic developments"
            elif v.has_kind(m.i - 2, m.j + 3, "artillery", s):
                # "استهدفت المدفعية مواقع الحوثيين": the guns, not an aircraft
                subtype, typ = "Shelling/artillery/missile attack", "Explosions/Remote violence"
            elif "target" in kinds[m.i] and (means := means_after(v, m.j, s)) is not None:
                # "استهدفوا أحد المواقع … بقذيفة صاروخية": the weapon names the attack
                subtype, typ = means, TYPE_OF[means]
            elif v.has_kind(m.j, m.j + _VICTIM_REACH, "civilian", s) and not v.has_kind(m.j, m.j + _VICTIM_REACH, "target", s):
                # "استهدفوا المصلين", "استهداف المدنيين في القرية": people on the ground, no aircraft
                subtype, typ = "Attack", "Violence against civilians"
            elif "target" in kinds[m.i] and place_follows(ctx, m.j, s) and not other_event_near(v, m, lo, hi):
                # "استهدف جيش الفتح قريتي الفوعة وكفريا": towns struck from afar, no aircraft named
                subtype, typ = "Shelling/artillery/missile attack", "Explosions/Remote violence"
            elif v.has_kind(m.j, m.j + _OBJECT_REACH, "target", s) and not other_event_near(v, m, lo, hi):
                # "استهدفت المقاومة تجمعات للحوثيين": fighters on the ground strike a position
                subtype, typ = "Armed clash", "Battles"
            else:
                continue
        if subtype == "Disrupted weapons use" and "drop" in kinds[m.i] and _munition(v, m.j, s):
            # "أسقطت الطائرة قنبلة على السوق": a bomb dropped, the aircraft's strike (not "أسقطت الطائرة")
            subtype, typ = "Air/drone strike", "Explosions/Remote violence"
        if context == "air" and air_only_backs(v, m, s, lo, hi):
            subtype, typ = "Armed clash", "Battles"  # "القوات المدعومة بغطاء جوي واصلت استهداف": ground forces
        if context == "weapons" and not v.has_kind(m.j, m.j + 5, "weapons", s) \
                and not ("foil" in kinds[m.i] and v.has_kind(m.j, m.j + _FOILED_REACH, "suicide", s)):
            # ("إحباط عملية انتحارية", "إحباط تنفيذ 7 عمليات انتحارية": a suicide bombing foiled)
            if "seize" not in kinds[m.i] \
                    or not any(kinds[k] & _SEIZED_PEOPLE for k in range(m.j, min(m.j + _SEIZED_REACH, hi))):
                continue
            # a seizing verb whose object is people, not weapons (words.tsv seize): "نجحت قوات الأمن في
            # ضبط 25 شخصا" is an arrest
            subtype, typ = "Arrests", "Strategic developments"
        if context == "self" and (not v.has_kind(m.j, m.j + 4, "self", s) or v.has_article(m.i, m.prefix)
                                  or m.i in ctx.time_tokens or m.j in ctx.time_tokens):
            continue  # the verb "فجر نفسه" (not the noun "الفجر", nor "فجر اليوم": dawn)
        if context == "worship" and (not any(v.has_kind(m.j, m.j + _WORSHIP_REACH, k, s) for k in ("worship", "suicide"))
                                     or v.has_kind(m.j, m.j + _WORSHIP_REACH, "foil", s)):
            continue  # "عمل إجرامي استهدف المصلين في مسجد": a deed named by the mosque it struck (not "العمل
            # الإرهابي الذي تم إحباطه وكان يستهدف المصلين": foiled)
        if context == "cell" and not v.has_kind(m.j, m.j + _CELL_REACH, "cell", s):
            continue  # "أطاحت الشرطة بخلية": its members arrested; "الإطاحة بالنظام" is no arrest
        if context in ("forces", "moved") and not v.has_kind(m.i - 3, m.j + 4, "forces", s):
            continue
        if subtype in TERRITORY_TAKEN and v.has_kind(m.j, m.j + _ENVOY_REACH, "envoy", s):
            continue  # "طرد السفير": an envoy expelled, no place taken
        if subtype in TERRITORY_TAKEN and _cleared_of_weapons(v, m, hi):
            continue  # "تطهير عدن من الألغام": a place rid of mines, no side drives another out
        if subtype in TERRITORY_TAKEN and _contested(v, m, lo):
            continue  # "حكومتين تتنافسان على السيطرة على البلاد": a struggle for control, no takeover
        if subtype in TERRITORY_TAKEN and _holds_no_place(ctx, m, hi):
            continue  # "لاستعادة الشرعية", "السيطرة على الحريق": an order, a good or a blaze, no place taken
        if subtype in TERRITORY_TAKEN and m.j + 1 < hi and v.tokens[m.j].norm in _control_prepositions() \
                and any(a.i == m.j + 1 for a in ctx.actors_between(m.j + 1, m.j + 2)) \
                and not place_follows(ctx, m.j + 1, s):
            continue  # "يتهمها بالسيطرة على طالبان": a hold over a group, no place taken
        if context == "place" and not place_follows(ctx, m.j, s):
            continue  # "استرداد مدينة زنجبار", not "استرداد قيمة القروض"
        if context == "hostage" and not v.has_kind(m.j, m.j + _HOSTAGE_REACH, "hostage", s):
            # "تحرير 59 رهينة": a rescue; "تحرير المدينة" is mostly talk of an aim, but "تمكنت القوات
            # من تحرير تل" tells of a place taken
            if not (v.has_kind(m.i - ACHIEVE_REACH, m.i, "achieve", s) and place_follows(ctx, m.j, s)):
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
        if context == "achieve" and not any(v.has_kind(m.i - ACHIEVE_REACH, m.i, k, s) for k in _ACHIEVED):
            # "خلال تطهير القوات القصر", "تمكنت من تطهير": done; "تطهير المحافظة" alone is an aim; an
            # auxiliary right before it: "تم تطهير المواقع" done, "يجري تطهير مواقع" under way, the
            # fighting for places not yet taken
            if v.has_kind(m.i - 1, m.i, "present", s):
                subtype, typ = "Armed clash", "Battles"
            elif not v.has_kind(m.i - 1, m.i, "done", s):
                continue
        if context == "counted" and not counted_after(v, m.j, s) and not _counted_after_doer(ctx, m.j, s) \
                and not opens_history_line(ctx, m.i):
            continue  # "أعلنت الداخلية اعتقال 16 شخصا": arrests made; "اعتقال" alone talks about them
            # (but "1976 - اعتقال رئيس الوزراء": the headline of a line of a history list)
        if context == "attempt" and not v.has_kind(m.i - _ATTEMPT_REACH, m.i, "attempt", s) \
                and not v.has_kind(m.i - _ATTEMPT_REACH, m.i, "achieve", s):
            continue  # "حاولت قوات النظام التقدم نحو القرى", "تمكنت الفصائل من التقدم في": fighting;
            # "تقدم" alone is progress
        if context == "declared" and (not (v.has_kind(m.i - _DECLARED_BEFORE, m.i, "declare", s)
                                           or v.has_kind(m.j, m.j + _DECLARED_AFTER, "declare", s))
                                      or any(stem_among(v, k, _alert_words())
                                             for k in range(m.j, min(hi, m.j + _ALERT_REACH)))):
            continue  # "أعلن الرئيس حالة الطوارئ", not "في ظل حالة الطوارئ" nor "حالة الطوارئ القصوى في المستشفيات"
        if context == "between" and not v.has_kind(m.j, m.j + 1, "between", s):
            continue  # "قتال بين القوات والمسلحين", not "قتال التنظيم" (a policy)
        if context == "crash" and m.j - m.i == 1 and v.has_kind(m.j, m.j + _HANDOF_REACH, "handof", s) \
                and not v.has_kind(m.j, m.j + _HANDOF_REACH, "killed", s) \
                and not v.has_kind(m.j, m.j + _HANDOF_REACH, "injured", s):  # "سقط قتيلا بيد مسلحين": killed
            # ("سقط جندي مصابا على يد المسلحين": hurt)
            # "سقطت مدينة زنجبار بيد المسلحين": a place taken, by a non-state side when one takes it
            k = next(k for k in range(m.j, m.j + _HANDOF_REACH) if "handof" in kinds[k])
            # (the side named, or what it is made of: "في يد تحالف من مقاتلين متطرفين")
            near = ctx.actors_between(k + 1, k + _HANDOF_REACH + 2)
            taker = next((a for a in near if a.i <= k + 2), None)
            made_of = None if taker is None or taker.j >= len(v.tokens) or v.tokens[taker.j].norm != g["from"] \
                else next((a for a in near if a.i == taker.j + 1), None)
            # ("تحالف لجماعات إسلامية معارضة": a side's word a few words on, unless the taker is the state's)
            subtype = "Non-state actor overtakes territory" if any(
                a is not None and a.category == "rebel" for a in (taker, made_of)) or (
                v.has_kind(k + 1, k + _HANDOF_REACH, "nonstate", s)
                and (taker is None or taker.category not in ("state", "pro_gov"))) \
                else "Government regains territory"
            typ, context = "Battles", "handof"
        elif context == "crash" and m.j - m.i == 1 and (not v.has_kind(m.j, m.j + _CRASH_REACH, "air", s)
                                                        or v.triggers_at(m.j)):
            continue  # "سقطت مقاتلة", "تحطم طائرة"; not "سقطت البلدة", nor "سقوط البراميل المتفجرة"
        if context == "casualty" and not (v.has_kind(m.i - 6, m.j + 6, "killed", s)
                                          or v.has_kind(m.i - 6, m.j + 6, "injured", s)
                                          or v.has_kind(m.i - _FALL_REACH, m.i, "fall", s)
                                          or v.has_kind(m.j, m.j + _FELL_REACH, "fall", s)
                                          or (v.has_kind(m.i - _FIRE_REACH, m.i, "fireverb", s)
                                              and v.has_kind(m.j, m.j + 4, "target", s))
                                          or targeted_by(v, m, s) or means_of_attack(v, m, s)
                                          or undergone(v, m, lo)):
            continue
        if m.i > 0 and "orghead" in kinds[m.i - 1] and v.tokens[m.i - 1].sentence == s \
                and not v.tokens[m.i - 1].norm.startswith((g["article"], g["and"] + g["article"])) \
                and not definite(v, m.i - 1):
            continue  # "جيش تحرير الشعب": part of a name (not "دورية للجيش لهجوم")
        if _checkpoint(v, m, s):
            continue  # "إنشاء كمائن ثابتة ومتحركة", "الكمائن الأمنية": checkpoints (Egyptian usage), no ambush
        if filtered(ctx, m, s, lo, hi, typ, totals):
            dropped.append(m.j)
            continue
        if m.prefix[:1] == g["and"] and any(lo <= j0 <= m.i <= j0 + _CONJUNCT_GAP for j0 in dropped[-2:]):
            continue  # "الهادفة لاستعادة الشرعية وطرد المسلحين": the conjunct of an aim (a plan, a denial) is one too
        if notice and v.has_kind(lo, hi, "culprit", s):
            continue  # "أقدم فلان على قتل فلان بإطلاق النار عليه … تمكنت سلطات الأمن من القبض على الجاني": the case
        if typ == _REMOTE and _weapon_destroyed(v, m, lo):
            if normalize_form(entry["form"]) not in grammar_words("explosive_devices") or v.has_kind(lo, hi, "air", s):
                continue  # "غارة دمرت مدفع هاون", "وتدمير سيارة مفخخة بقصف للطيران": what the strike hit
            # "تمكنت القوات من تدمير خمس عجلات مفخخة": a bomb destroyed before it went off
            subtype, typ = "Disrupted weapons use", "Strategic developments"
        if history_heading(ctx, m.i):
            continue  # "1982 - الاجتياح الإسرائيلي للبنان: عرفات يوقع …": the heading names the war, no event
        if subtype == "Other" and not context and any(
                x.entry["type"] != typ for x in v.triggers_in(max(lo, m.i - _OBJECT_REACH), m.i)):
            continue  # "دمرت الطائرات أرتالا وتعزيزات": reinforcements struck, not sent
        span = ctx.doc.span(v.tokens[m.i].span.start, v.tokens[m.j - 1].span.end)
        if any(st == "deny" for _k, st in ctx.claims_of(span)):
            continue
        # refinements by context
        ahi = ctx.sent_hi[s + 1] if s + 1 < len(ctx.continues) and ctx.continues[s + 1] else hi
        a1, a2 = choose_actors(v, ctx.actors, m.i, m.j, lo, ahi, territory=subtype in TERRITORY_TAKEN,
                               reporters=ctx.speakers)
        if context == "handof":  # "سقطت البلدة في يد تحالف من الفصائل": the side whose hand it fell into took it
            if taker is not None:  # (read above, where the hand word set the sub-type)
                a1, a2 = taker, (a2 if a2 is not taker else None)
        if subtype == "Shelling/artillery/missile attack" and m.j - m.i == 1 \
                and not v.has_kind(m.j, m.j + 3, "artillery", s) \
                and means_after(v, m.j, s, _GUN_REACH) != subtype and (
                v.has_kind(m.i - 3, m.j + 4, "air", s)
                or (a1 is not None and a1.category == "air" and context != "casualty")):
            # (rockets and shells fall by an aircraft only when one is named next to them; "يردون على قصف
            # الطيران بقصف منازل المواطنين بالهاون": a shelling whose guns are named as its means)
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
        if subtype == "Remote explosive/landmine/IED" and (blast := blast_of(v, m, s)) is not None:
            subtype, typ = blast, TYPE_OF[blast]  # "انفجار قذيفة": the shell's, a shelling
        elif subtype == "Remote explosive/landmine/IED" and _blasts_of_aircraft(v, m, s, lo, hi):
            subtype = "Air/drone strike"  # "هزت انفجارات عنيفة مدينة تعز عقب غارات شنتها مقاتلات التحالف"
        if subtype == "Remote explosive/landmine/IED" and (v.has_kind(m.i - 2, m.j + 3, "suicide", s)
                                                          or v.has_kind(m.j, m.j + 4, "self", s)):
            subtype = "Suicide bomb"
        elif subtype == "Remote explosive/landmine/IED" and _bombed_worship(v, m, s):
            subtype = "Suicide bomb"
        if subtype == "Abduction/forced disappearance" and (
                (a1 is None and counted_after(v, m.j, s))  # "باختطاف خمسة مقاتلين", not "اختطف مجهولون عنصرا"
                or (a1 is not None and a1.category in _NAMED_SIDES and not v.has_kind(a1.i, a1.j, "combatant", s))) \
                and v.has_kind(max(m.j, a1.j if a1 else 0), m.j + _CAPTIVE_REACH, "combatant", s) \
                and not v.has_kind(m.j, m.j + _CAPTIVE_REACH, "civilian", s):
            # "خطفت جبهة النصرة خمسة مقاتلين من الفرقة 30": fighters seized by a named armed side are
            # detained, not civilians made to disappear (ACLED: Arrests); "اختطف مجهولون عنصرا" stays
            subtype, typ = "Arrests", "Strategic developments"
        if subtype == "Arrests" and v.has_kind(m.j, m.j + 4, "captive", s):
            subtype, typ = "Abduction/forced disappearance", "Violence against civilians"  # "احتجز رهائن"
        if context in ("target", "opened") and typ != "Strategic developments":
            doer_end = _doer_after(v, m.j, lo, hi)  # "هجوم شنه طالب تونسي مسلح": the armed man is the doer
            armed = any(a.category in _ARMED and a is not a1 and a.i >= doer_end
                        for a in ctx.actors_between(m.j, m.j + 7))
            civ = v.has_kind(doer_end, m.j + 7, "civilian", s) or (
                v.has_kind(m.j, m.j + 7, "venue", s) and not armed_after(ctx, m.j, lo, hi, a1)) \
                or _civilians_killed_before(ctx, m, s, lo)
            if civ and not armed:
                subtype = "Attack"
            elif armed or (context == "opened" and subtype == "Attack" and v.has_kind(m.j + 1, m.j + 4, "target", s)):
                subtype = "Armed clash"  # (fire opened on a consulate, a checkpoint: armed guards)
        if context == "target" and subtype == "Armed clash" and (air := _air_doer(ctx, a1, m, s, lo)) is not None:
            # "هاجمت طائرات حربية مواقع التنظيم", "واصلت مقاتلات حربية أمس هجومها على مواقع التنظيم": an
            # attack whose doer is aircraft (named as its subject, or the owner of its pronoun) is their strike
            subtype, typ = "Air/drone strike", "Explosions/Remote violence"
            if a1 is not air:
                a1, a2 = air, (a2 if a2 is not air else None) if a1 is None else a1 if a2 is None else a2
        if context == "target" and subtype in ("Armed clash", "Attack") and m.j < len(kinds) \
                and "suicide" in kinds[m.j] and v.tokens[m.j].sentence == s and not v.triggers_at(m.j):
            subtype = "Suicide bomb"  # "هجوما انتحاريا", "هجومين انتحاريين": the adjective right after it
            # (one that is a trigger itself, "هجوم انتحاري", makes its own mention, unified later)
        if subtype in TERRITORY_TAKEN and (v.has_kind(m.j, m.j + 6, "hostage", s) or (
                "liberate" in v.kinds()[m.i] and (v.has_kind(m.j, m.j + 10, "hostage", s)
                                                  or v.has_kind(m.j, m.j + 3, "civilian", s)))):
            subtype = "Armed clash"  # "حرر 30 رهينة": people freed in an operation, no place taken
        not_done = failed(v, m, s)
        if not_done and subtype not in TERRITORY_TAKEN:
            continue  # "لم تتمكن الشرطة من اعتقاله": not done
        if subtype in TERRITORY_TAKEN and (v.has_kind(m.i - _ATTEMPT_REACH, m.i, "attempt", s) or not_done):
            subtype = "Armed clash"  # "يحاول الجيش استعادة البلدة": fighting for a place not yet taken
        if subtype in TERRITORY_TAKEN and not m.suffix:  # "وطردهم": the pronoun is the one driven out
            # the doer named anywhere before in its clause, for a verb of taking ("خطف متشددو التنظيم
            # المسيحيين بعد أن سيطروا على المدينة"), not of driving out or freeing, whose doer is harder to read
            # (not the side a place is taken from: "تطهير المحافظة من فلول التمرد، بعد استعادة قاعدة العند")
            close = a1 is not None and (m.j <= a1.i <= m.j + 4 or m.i - 3 <= a1.j <= m.i or (
                lo <= a1.j <= m.i and not kinds[m.i] & _DRIVE_OUT)) and not _taken_from(ctx, a1, lo)
            if close and a1.category == "rebel":
                subtype = "Non-state actor overtakes territory"
            elif a1 is None and v.has_kind(m.j, m.j + 3, "nonstate", s):
                subtype = "Non-state actor overtakes territory"
        elif subtype in TERRITORY_TAKEN and not kinds[m.i] & _DRIVE_OUT and _pronoun_takes(ctx, m, s, hi) \
                and (doer := _pronoun_doer(ctx, a1, m, lo)) is not None:
            # "بسط الحوثيون سيطرتهم على المدينة", "منذ اجتياحها العاصمة": the pronoun of a masdar with
            # an object is its doer, the side named before it in the clause (not the side a place is
            # taken from, "استعادة الأحياء من المقاتلين … بعد اكتمال سيطرتهم على"); its side sets the sub-type
            subtype = "Non-state actor overtakes territory" if doer.category == "rebel" \
                else "Government regains territory" if doer.category in ("state", "pro_gov") else subtype
            if a1 is None and doer.category in _NAMED_SIDES:  # "أن تنظيم داعش قتل منذ سيطرته على الموصل"
                a1, a2 = doer, (a2 if a2 is not doer else None)
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
                          actor1=a1, actor2=a2, tolled=entry.get("toll") != "none")
        mention.sources = [k for k, _st in ctx.claims_of(span)]
        mention.reference = _counted_from(v, m, lo, s)  # "بعد 3 سنوات على إطلاق النار": a past reference
        # "تحت سيطرة المقاومة", "لتحرير الأنبار من سيطرة التنظيم" (a place freed or cleared from a hold):
        # a state of control names no event
        # of its own, but may place one;
        # "إثر هجوم": a generic attack named as the background of the sentence's event
        # "استعادت الحوطة بعد مواجهات": the fighting that won a place is that territory change
        # "بدعم من الغارات الجوية": strikes named as the backing of another event, a campaign
        # "هذا القصف": an event told before (there is one), named again
        mention.support = (typ == "Battles" and v.has_kind(m.i - 1, m.i, "status", s)) \
            or (subtype in TERRITORY_TAKEN and not m.prefix and m.i > lo and v.tokens[m.i - 1].norm == g["from"]
                and not definite(v, m.i) and any(kinds[k] & _DRIVE_OUT for k in range(max(lo, m.i - 5), m.i - 1))) \
            or v.has_kind(m.i - _AFTER_REACH, m.i, "before", s) or mention.reference \
            or (typ != "Protests" and v.has_kind(m.i - _PROTESTED_REACH, m.i, "protested", s)) \
            or v.has_kind(m.i - _BACKING_REACH, m.i, "backing", s) \
            or (bool(out) and v.has_kind(m.i - 1, m.i, "demonstrative", s) and definite(v, m.i)) or (
            v.has_kind(m.i - _AFTER_REACH, m.i, "after", s) and any(
                x.i != m.i and x.entry["subtype"] != subtype and x.entry.get("context", "") in _SELF_STANDING
                and (rank == 1 or (subtype == "Armed clash" and x.entry["subtype"] in TERRITORY_TAKEN))
                for x in v.triggers_in(lo, hi)))
        if context == "moved" and any(x.entry["type"] == "Battles" and not x.prefix.endswith(g["lam"])
                                      for x in v.triggers_in(m.j, hi)):
            # "وتوجهت القوات إلى مدينة زنجبار، وسيطرت عليها": the approach of the fight or the
            # takeover told after it, no event of its own (not of one it goes for: "لتطهير ما تبقى")
            mention.support = True
        if out and out[-1].support and out[-1].subtype == subtype and out[-1].sentence == s \
                and m.i - out[-1].j <= 2 and m.prefix.startswith(g["and"]):
            mention.support = True  # "بعد سلسلة هجمات نفذتها وهجمات مضادة": both only lead to it
        if subtype == "Armed clash" and v.has_kind(m.i - 1, m.i, "period", s) and any(
                x.entry["subtype"] in TERRITORY_TAKEN and x.i < m.i for x in v.triggers_in(lo, hi)):
            mention.support = True  # "سيطرة الفصائل على البلدة … خلال اشتباكات": the fight that won it
        if typ == "Battles" and definite(v, m.i) and any(
                v.tokens[k].norm in relatives() for k in range(max(lo, m.i - RELATIVE_REACH), m.i)):
            mention.support = True  # "المطار الذي دمرته المعارك": fighting told of before, as a description
        if subtype == "Non-violent transfer of territory" and any(
                x.entry["subtype"] in TERRITORY_TAKEN and x.entry.get("context", "") in _SELF_STANDING
                for x in v.triggers_in(lo, hi)):
            mention.support = True  # "سيطرت القوات على المقرات، مما دفع المتمردين إلى الفرار": the
            # flight of the side that lost a place taken by fighting is part of that territory change
        if "burning" in kinds[m.i] and s in remote_sentences and entry["type"] != _REMOTE:
            mention.support = True  # "ما أدى إلى تدمير مدفع وإحراق دبابة", "وإحراق ثماني سيارات جراء سقوط
            # قذائف": the damage of the strike or shelling the sentence tells, no attack of its own
        if subtype in TERRITORY_TAKEN and (relative_imperfect(v, m, lo) or state_of_control(v, m, lo)
                                      or v.has_kind(m.j, hi, "lasting", s) or v.has_kind(m.i - 1, m.i, "heldspan", s)):
            # "القرية التي يسيطر عليها التنظيم", "دبابات يسيطر عليها", "سيطرت الحركة على القاعدة … معظم
            # الفترة التي انقضت منذ", "إبان سيطرتهم عليها": a place held, a state of control, no takeover
            mention.support = True
        mention.definite = m.prefix.endswith((g["article"], g["fused"]))
        mention.civilian = v.has_kind(lo, hi, "civilian", s) or (a2 is not None and a2.category == "civilian")
        place_of(ctx, mention)
        date_of(ctx, mention)
        if mention.time is not None and mention.time.span.start >= span.end and _condemned(v, m, s, lo) \
                and not _relative_between(v, m.j, mention.time.span.start):
            # "وأدانت المنظمة اختطاف الناشط أمس": the day after the object is the condemnation's; the
            # deed told again joins its telling of the day before
            mention.date_soft = True
        if (listed := history_line(ctx, m.i)) is not None:
            # "1943 - … تشن سلسلة غارات جوية على هامبورغ": a "this day in history" line, its year on
            # the publication's day and month
            mention.date, mention.time = listed
            mention.date_precision, mention.anchored, mention.date_soft = "day", True, False
            mention.date_default = False
        out.append(mention)
    # a generic "هجوم" next to a specific trigger in one sentence names the same event
    # ("هجوم بقذائف صاروخية", "هاجمت سيارة مفخخة": the weapon right after names the attack)
    # (mentions indexed by end token and by sentence: a scan of all per mention was quadratic)
    by_end: dict[int, list[Mention]] = {}
    for x in out:
        by_end.setdefault(x.j, []).append(x)
    specific = [m for m in out if m.rank == 0 or (m.type != "Battles" and any(
        x.subtype != m.subtype and generic_trigger(v, x) for x in (*by_end.get(m.i - 1, ()), *by_end.get(m.i, ()))))]
    by_sent: dict[int, list[Mention]] = {}
    for x in specific:
        if _declared_state(v, x):
            continue  # "فرضت حالة الطوارئ عقب هجوم": a state of emergency names no attack
        by_sent.setdefault(x.sentence, []).append(x)
    out = [m for m in out if m.rank == 0 or not any(
        x.subtype != m.subtype and abs(x.i - m.i) <= _HYPERNYM_REACH for x in by_sent.get(m.sentence, ()))]
    _follow_series(v, out)
    return out


def _munition(v: TokenView, k: int, s: int) -> bool:
    """Token k is a bomb, shell or rocket as a verb's object, with no ب ("أسقطت قنبلة"; in "أسقطت
    المروحية بصاروخ" the rocket is the means of bringing an aircraft down)."""
    return k < len(v.tokens) and v.tokens[k].sentence == s and bool(v.kinds()[k] & _MUNITIONS) \
        and not v.tokens[k].norm.startswith(grammar()["bi"])


@functools.cache
def _clause_stops() -> frozenset[str]:
    """Clause marks and list commas (grammar.yaml clause_end, list_commas): where a subject's reach ends."""
    g = grammar()
    return g["clause_end"] | g["list_commas"]


def _air_subject(v: TokenView, m: Match, lo: int) -> bool:
    """An aircraft up to ``_AIR_SUBJECT_REACH`` tokens before the trigger with no comma, clause mark or
    other event word between ("مع تنفيذ الطيران الحربي والمروحي ما لا يقل عن 10 ضربات"): the doer of
    the strikes named, as the subject of the verb or verbal noun before them."""
    stops = _clause_stops()
    kinds = v.kinds()
    for k in range(m.i - 1, max(lo, m.i - _AIR_SUBJECT_REACH) - 1, -1):
        if v.tokens[k].norm in stops or (v.triggers_at(k) and "air" not in kinds[k]):
            return False
        if "air" in kinds[k]:
            return True
    return False


def _follow_series(v: TokenView, out: list[Mention]) -> None:
    """Number the mentions and let each take what the one before it tells: "أثناء" (during it), "أخرى"
    (one more of the series), "القصف" (the bombing just named), "بين الطرفين" (its two sides), "وقصف"
    (the same subject)."""
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
        if m.subtype == "Shelling/artillery/missile attack" and definite(v, m.i) and m.j - m.i == 1 \
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
        if m.actor1 is None and k > 0 and continues_subject(v, m):
            prev = out[k - 1]  # "وقصف أهدافا أخرى": the verb goes on with the last subject
            if prev.actor1 is not None and prev.type == m.type \
                    and m.sentence - prev.sentence <= 1:
                m.actor1 = prev.actor1
                if m.actor1.category == "air" and m.subtype == "Shelling/artillery/missile attack" \
                        and m.j - m.i == 1 and not v.has_kind(m.j, m.j + 3, "artillery", m.sentence):
                    m.subtype = "Air/drone strike"  # "وقصف" by the aircraft of the sentence before


def _air_doer(ctx: Context, a1: ActorPhrase | None, m: Match, s: int, lo: int) -> ActorPhrase | None:
    """The aircraft that did a generic attack: its chosen doer when that is aircraft named right after
    it ("هاجمت طائرات حربية"; not a doer named further off, "تشن فصائل ومقاتلة هجوما", nor one told
    for another purpose, "وصول مقاتلات … للمشاركة في الهجوم"), or, for a word with a pronoun
    ("هجومها"), the aircraft named last before it in its clause with no other actor between; None when
    guns are named with it ("قصف مدفعي وجوي")."""
    if a1 is not None and a1.category == "air" and a1.i == m.j:
        return a1  # the verb's subject right after it ("هاجمت طائرات حربية")
    if not m.suffix or ctx.v.has_kind(lo, m.j + 3, "artillery", s):
        return None
    before = [a for a in ctx.actors_between(lo, m.i) if a.j <= m.i]
    return before[-1] if before and before[-1].category == "air" else None


def _doer_after(v: TokenView, j: int, lo: int, hi: int) -> int:
    """The first token past the doer an agent cue right after token j names ("هجوم شنه طالب تونسي
    مسلح": ``_DOER_REACH`` tokens after the cue), else j."""
    for k in range(j, min(hi, j + 3)):
        if agent_cue_before(v, k, lo):
            return min(hi, k + _DOER_REACH)
    return j


def _civilians_killed_before(ctx: Context, m: Match, s: int, lo: int) -> bool:
    """The dead or wounded counted before a word for any attack in its clause are civilians, and no
    fighter or armed side is named there ("قتل 38 سائحا بينهم ثلاثون بريطانيا في هجوم شنه مسلح"):
    an attack on civilians."""
    v = ctx.v
    start = max(lo, m.i - _VICTIMS_BEFORE)
    stops = grammar()["clause_end"]
    for k in range(m.i - 1, start - 1, -1):
        if v.tokens[k].norm in stops:
            start = k + 1
            break
    if not v.has_kind(start, m.i, "civilian", s) or v.has_kind(start, m.i, "combatant", s) \
            or not (v.has_kind(start, m.i, "killed", s) or v.has_kind(start, m.i, "injured", s)):
        return False
    return not any(a.category in _ARMED for a in ctx.actors_between(start, m.i))


def _condemned(v: TokenView, m: Match, s: int, lo: int) -> bool:
    """A reaction word (words.tsv reaction: أدان، ندد، استنكر) up to ``_CONDEMNED_REACH`` tokens before the
    trigger in its clause: the event is the object of a condemnation."""
    stops = grammar()["clause_end"]
    for k in range(m.i - 1, max(lo, m.i - _CONDEMNED_REACH) - 1, -1):
        if v.tokens[k].norm in stops and v.tokens[k].norm not in grammar()["quotes"]:
            return False
        if "reaction" in v.kinds()[k]:
            return True
    return False


@functools.cache
def _alert_words() -> frozenset[str]:
    """grammar.yaml alert_words, folded like the text, without the article."""
    article = grammar()["article"]
    words = (normalize_form(w) for w in load_yaml("events/grammar.yaml")["alert_words"])
    return frozenset(w[len(article):] if w.startswith(article) else w for w in words)


def _declared_state(v: TokenView, m: Mention) -> bool:
    """The mention's trigger is a state of emergency (triggers.tsv context declared)."""
    got = v.match_at("triggers", m.i)
    return got is not None and got.entry.get("context") == "declared"


def _relative_between(v: TokenView, j: int, start: int) -> bool:
    """A relative pronoun between the trigger's end (token j) and character ``start``: "استنكرت السفارة
    التفجير الذي وقع صباح الثلاثاء": the clause on the condemned deed dates the deed, not the condemnation."""
    rel = relatives()
    k = j
    while k < len(v.tokens) and v.tokens[k].span.start < start:
        if v.tokens[k].norm in rel:
            return True
        k += 1
    return False
