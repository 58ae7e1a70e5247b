"""Filters of the events stage: trigger mentions that name no event that happened.

Reads the tokens of a Doc through :class:`~khabar.extract.event_words.TokenView` and the indexes of
:class:`~khabar.extract.event_context.Context`; adds nothing. The word kinds come from
``lang/ar/events/words.tsv`` and the closed-class facts from ``grammar.yaml`` through
:mod:`khabar.extract.event_words`; the word lists of criticism are read from ``grammar.yaml`` here.
A mention is no event when it is asked about ("أو لماذا يعتقلونه": grammar.yaml question_words),
planned, called for, warned of, negated (not "لم تسفر الغارات عن إصابات"), prevented, generic ("أي
هجوم"), punished by a law or a court ("حكما بالإعدام"), recalled on an anniversary, history ("منذ
2011", not "منذ يوم الأربعاء" of the last two weeks, nor the deed right after منذ told with its time,
"منذ اجتياحها العاصمة في 21 سبتمبر", which happened then), described in a relative clause by a verb in the
imperfect ("الجماعة التي تعتقل الإنسان"), part of a total over months, or an aim ("للسيطرة على", "للقيام بحملة", "لاستكمال بسط", "والغرض
منها القبض": purpose_phrases); a word for any attack said of words, not deeds ("جدد هجومه على الجماعة
قائلا", "هاجم في تغريداته"; grammar.yaml verbal_media, verbal_participles, responsibility_words), is
criticism. A withdrawal or a flight from no place ("وانسحبوا سالمين", "لاذوا بالفرار"), or by civilians,
refugees or captives ("فرار 600 أسير من المعسكر"), hands over no territory; a definite event noun that
is the subject of a nominal sentence ("أن هذه التفجيرات هي امتداد لسابقاتها": grammar.yaml
copula_pronouns) says what an event is; a noun of forces sent with a pronoun, as a likeness or in
construct ("لنقل تعزيزاتهم", "كتعزيزات", "مواقع وتعزيزات المليشيات": force_nouns, like_particle) names
the forces, not their arrival; "العديد من التفجيرات", "حملة من الهجمات" in a sentence naming no time
(vague_quantifiers) count deeds none of which is told; a share near the event word ("ارتفع عدد الجرحى
بنسبة 4% جراء الاشتباكات", "يسيطر على 90 في المائة": grammar.yaml percent_words) makes a statistic. An
aim is ل + an event noun, but not after a noun of what it is of ("نتيجة للقصف": lam_object_heads).

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.events import extract_events
    >>> doc = Doc(Article(id="x", text="وهدد التنظيم بشن هجمات جديدة على المدينة."))
    >>> extract_events(doc)
    >>> doc.events
    []
"""

from __future__ import annotations

import datetime
import functools
import re

from khabar.extract.event_context import Context
from khabar.extract.event_cues import ARMED, counted_after, opens_history_line
from khabar.lang import load_yaml
from khabar.extract.event_dates import _complementizers as complementizers
from khabar.extract.event_dates import _relatives as relatives
from khabar.extract.event_words import TERRITORY_TAKEN, Match, TokenView, grammar, grammar_stems, grammar_words, lexicons, stem_among
from khabar.extract.time_lexicon import lexicon as time_lexicon
from khabar.extract.times import future_verb
from khabar.text.normalize import normalize_form

_UNDERGO_REACH = 8  # tokens from "تعرض" to the event it names ("تعرض مقر الحزب في المدينة لهجوم")
_UNDERGO_SPAN = 16  # the same, with no other event word between ("تعرضت بعد منتصف ليل الاثنين مناطق … لقصف")
_PREVENT_REACH = 5  # tokens from "منع" to the event it prevents ("منع المسلحين من اقتحام")
_DEED_REACH = 3  # tokens from "جريمة"/"حادثة" to the event it names with ل ("الجريمة البشعة لحرق")
_AIM_REACH = 2  # tokens from "لاستكمال"/"لبسط" to the event it aims at
_LEGAL_REACH = 7  # tokens from a law or punishment word to the deed it names
_PURPOSE_REACH = 2  # tokens from "للقيام ب"/"لتنفيذ" to the event aimed at
_SENTENCE_REACH = 2  # tokens from "حكما" to the punishment ("حكما بالإعدام")
_ANNIVERSARY_REACH = 4  # tokens from "الذكرى"/"تأبين" to the event recalled ("مراسم تأبين لضحايا الهجوم")
_GOES_ON_REACH = 3  # sentences a total goes on over ("وأشار المرصد إلى … ولفت إلى … كما لقي …")
_PART_OF_REACH = 4  # tokens from "خلال" to the من of a part of a month or year ("خلال النصف الأول من العام")
_ROUNDUP_REACH = 3  # tokens from "خلال" to the long span it totals over ("خلال عشرة أشهر")
ACHIEVE_REACH = 3  # tokens from "تمكنت من"/"نجحت في" to the place-taking it achieved
RELATIVE_REACH = 2  # tokens from "التي" to the imperfect verb of its clause
_CONDITION_REACH = 10  # tokens from "إذا" to a trigger of its clause ("إذا لم يوافق الحوثيون في نهاية المطاف على الانسحاب")
_HABIT_BEFORE = 3  # tokens from a habit word ("يوميا", "مرارا") to the trigger after it
_HABIT_AFTER = 4  # tokens from the trigger to a habit word after it ("يقصفون المدنيين بشكل يومي")
_PREVIOUSLY_REACH = 6  # tokens from "سبق" to the trigger of its clause ("سبق للجماعة أن أعلنت مسؤوليتها عن هجمات")
_VERBAL_BEFORE = 6  # tokens from a word for what is said ("تغريداته", a hashtag's #) to a word for any attack after it
_VERBAL_AFTER = 4  # tokens from a word for any attack to a word for what is said after it ("هجوم إعلامي")
_SPEAKER_REACH = 12  # tokens (commas too) from a word for any attack to a speaker's participle ("قائلا")
# what makes a sentence tell a deed, not words: casualties, weapons, aircraft, a claim of responsibility
_DEED_KINDS = ("killed", "injured", "weapons", "air", "suicide")
_SUBJUNCTIVE_REACH = 2  # tokens from "أن" to the imperfect verb it governs ("قبل أن تسيطر")
_COPULA_REACH = 4  # tokens from a definite event noun to the copula pronoun of its nominal sentence
_NOUN_MIN = 3  # letters after the article of the shortest noun read as a construct's second term ("الحوثي")
_VAGUE_LIST_REACH = 4  # event words from "العديد من" to the trigger ("العديد من التفجيرات الانتحارية والغارات")
_FLED_FROM_REACH = 4  # tokens from a word of flight to "من" before the place fled ("فروا أمس من مدينة")
_HANDED_OVER = "Non-violent transfer of territory"
_SHARE_BEFORE = 8  # tokens from a share ("بنسبة 4 في المائة في المعارك") to the event word after it
_SHARE_AFTER = 5  # tokens from an event word to a share after it ("سيطر الجهاديون على 30 بالمئة من")
_LIST_REACH = 8  # tokens from a definite event noun joined by و back to the event word before it in its list
_LIST_STEPS = 3  # items of such a list walked back over to the event word a share is of
_FLEERS_AFTER = 5  # tokens from a word of flight to the people who fled after it ("فرار أكثر من 600 أسير")
_FLEERS_BEFORE = 3  # tokens from the people who fled to the word of flight after them ("150 مواطنا كانوا قد فروا")
_QUESTION_REACH = 3  # tokens from "لماذا"/"هل" to the event word it asks about ("أو لماذا يعتقلونه")
# bombings that a foil word before them ("أحبط", "إحباط") says did not go off
_SINCE_GAP = 2  # tokens from "منذ" to the day it names ("منذ يوم الأربعاء")
_SINCE_RECENT_DAYS = 14  # the days back a day after "منذ" may lie and still open an event going on
_SINCE_TIME_REACH = 8  # tokens from a deed right after منذ to its own time ("منذ اجتياحها العاصمة صنعاء في الـ21 من سبتمبر")
_DESCRIBED_REACH = 3  # tokens from a relative pronoun to the imperfect verb of its clause ("التي كان الحوثيون يقصفون")
_HALT_REACH = 4  # tokens from "أوقف" to the thing it stopped ("أوقفت القوات العراقية عمليات القصف")
_FOILABLE = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})
_CALLED_FOR_REACH = 10  # tokens from a call ("ناشد", "طالب") to an event its ب-complement asks for


def air_only_backs(v: TokenView, m: Match, s: int, lo: int, hi: int) -> bool:
    """Every aircraft word around the trigger backs the doer ("المدعومة بغطاء جوي"): no air strike."""
    kinds = v.kinds()
    air = [k for k in range(max(lo, m.i - 4), min(hi, m.j + 5)) if "air" in kinds[k]]
    return bool(air) and all(v.has_kind(k - 2, k, "backing", s) for k in air)


def failed(v: TokenView, m: Match, s: int) -> bool:
    """A negated achievement before the trigger ("لم يتمكن المسلحون من السيطرة على"): tried, not done."""
    kinds = v.kinds()
    return any("achieve" in kinds[k] and v.tokens[k].sentence == s and v.has_kind(k - 2, k, "negation", s)
               for k in range(max(0, m.i - ACHIEVE_REACH - 1), m.i))


def state_of_control(v: TokenView, m: Match, lo: int) -> bool:
    """A verb of holding in the imperfect ("hold" in words.tsv: يسيطر، تسيطر) not governed by أن ("دبابات
    يسيطر عليها الحوثيون", "المدينة التي يسيطر عليها التنظيم"): who holds a place, a state, not the
    event of taking it ("قبل أن تسيطر على المديرية" tells a past takeover; a sentence opening with it
    is a headline's present, "الجيش يسيطر على …")."""
    if m.i == lo or "hold" not in v.kinds()[m.i]:
        return False
    return not any(v.tokens[k].norm in complementizers() for k in range(max(lo, m.i - _SUBJUNCTIVE_REACH), m.i))


def _supposed(v: TokenView, m: Match, lo: int) -> bool:
    """A condition word up to ``_CONDITION_REACH`` tokens before the trigger in its clause, with no comma
    or clause mark between ("أنه إذا لم يوافق الحوثيون في نهاية المطاف على الانسحاب من صنعاء"): a
    supposition, no event."""
    stops = grammar()["clause_end"] | grammar()["list_commas"]
    kinds = v.kinds()
    for k in range(m.i - 1, max(lo, m.i - _CONDITION_REACH) - 1, -1):
        if v.tokens[k].norm in stops:
            return False
        if "condition" in kinds[k]:
            return True
    return False


def described(v: TokenView, m: Match, s: int, lo: int) -> bool:
    """A verb in the imperfect in a relative clause, up to three words after its pronoun with no event
    word or comma between ("جماعة التي تعتقل الإنسان وتقتله"، "المتمردين والذين يقصفون بشكل عشوائي
    الأحياء"، "التي كان الحوثيون يقصفون منها"): what the noun before it does or did, a description,
    no event of a day."""
    if m.j - m.i != 1 or m.entry["subtype"] in TERRITORY_TAKEN:  # ("التي يسيطر عليها": a support; event_mentions)
        return False
    form = normalize_form(m.entry["form"])
    he = _he_prefix()
    if not (form.startswith(he) or (form[:1] in _third_person_imperfect()
                                   and lexicons()["triggers"].index.get(he + form[1:]))):
        return False  # a verb in the imperfect (يقصفون، تعتقل, the feminine of a listed يعتقل), not "تظاهروا", "التعزيزات"
    rel = relatives()
    breaks = grammar()["breaks"]
    for k in range(m.i - 1, max(lo, m.i - _DESCRIBED_REACH) - 1, -1):
        t = v.tokens[k]
        if t.norm in rel:
            return True
        if t.norm in breaks or v.match_at("triggers", k) is not None:
            return False
    return False


def habitual(v: TokenView, m: Match, s: int) -> bool:
    """A habit word or phrase (words.tsv habit: "بشكل يومي", "بين فترة وأخرى") right before the trigger
    or just after it ("يقصفون المدنيين بشكل يومي", "بشن هجمات متكررة", "يستهدفون مرارا"; grammar.yaml
    habit_whole_words as a whole word only: "ولا يعلن المتمردون عادة مسؤوليتهم عن الهجمات"), or كان right before a verb in the imperfect ("دبابة كانت تقصف السكان"):
    what a side keeps or kept doing, a characterisation, not one dated event."""
    if v.has_kind(m.i - 1, m.i, "was", s) and m.j - m.i == 1 and not m.prefix \
            and normalize_form(m.entry["form"])[:1] in _third_person_imperfect():
        return True
    if v.has_kind(m.i - _HABIT_BEFORE, m.i, "habit", s) or v.has_kind(m.j, m.j + _HABIT_AFTER, "habit", s):
        return True
    whole = grammar_words("habit_whole_words")
    toks = v.tokens
    return any(toks[k].norm in whole and toks[k].sentence == s
               for k in range(max(0, m.i - _HABIT_BEFORE), min(len(toks), m.j + _HABIT_AFTER)) if not m.i <= k < m.j)


@functools.cache
def _he_prefix() -> str:
    """The first of grammar.yaml third_person_imperfect: the prefix of the imperfect 'he/they' (يقصف)."""
    return normalize_form(load_yaml("events/grammar.yaml")["third_person_imperfect"][0])


@functools.cache
def _third_person_imperfect() -> frozenset[str]:
    """grammar.yaml third_person_imperfect: the prefixes of a verb in the imperfect, he/they and she/it."""
    return frozenset(normalize_form(w) for w in load_yaml("events/grammar.yaml")["third_person_imperfect"])


@functools.cache
def _series_endings() -> tuple[str, ...]:
    """grammar.yaml series_endings: the plural ending of an event noun naming a series ("هجمات")."""
    return tuple(normalize_form(w) for w in load_yaml("events/grammar.yaml")["series_endings"])


def previously(ctx: Context, m: Match, s: int) -> bool:
    """"سبق (ل X) أن" up to a few words before an indefinite plural event noun in a sentence naming no
    time ("وسبق للجماعة أن أعلنت مسؤوليتها عن هجمات صغيرة"): a series done before, at no day the
    article tells (but "سبق أن استهدفوا المصلين في جامع …" tells one past event, and
    "سبق استيقافه في مطلع 1434هـ" gives its day)."""
    v = ctx.v
    if ctx.times_by_sent.get(s) or v.has_kind(ctx.sent_lo[s], ctx.sent_hi[s], "recent", s) \
            or v.has_article(m.i, m.prefix) \
            or not v.tokens[m.i].norm.endswith(_series_endings()):
        return False
    comps = complementizers()
    for k in range(max(ctx.sent_lo[s], m.i - _PREVIOUSLY_REACH), m.i):
        if "previously" in v.kinds()[k] and any(v.tokens[x].norm in comps for x in range(k + 1, min(m.i, k + 4))):
            return True
    return False


def relative_imperfect(v: TokenView, m: Match, lo: int) -> bool:
    """The trigger is an imperfect verb right after a relative pronoun ("التي يسيطر عليها"); a past verb
    of a derived form there ("الذي كان استولى عليها", grammar.yaml relative_imperfect_prefixes) is none."""
    form = normalize_form(m.entry["form"])
    if m.prefix or form[:1] not in grammar_stems("relative_imperfect_prefixes") or v.tokens[m.i].norm != form:
        return False
    return any(v.tokens[k].norm in relatives() for k in range(max(lo, m.i - RELATIVE_REACH), m.i))


@functools.cache
def _kind_words(kind: str) -> frozenset[str]:
    """The one-word forms of ``kind`` (words.tsv) as the matcher keys them."""
    return frozenset(w for plist in lexicons()["words"].index.values() for ph in plist
                     if ph.entry["kind"] == kind and len(ph.words) == 1 for w in ph.words)


def _with_lam(v: TokenView, k: int, kind: str) -> bool:
    """Token k is a word of ``kind`` with ل in front ("لاستكمال", "للقيام")."""
    lam = grammar()["lam"]
    return kind in v.kinds()[k] and any(p.endswith(lam) and st in _kind_words(kind) for p, st, _x in v.keys[k])


def roundup(ctx: Context, s: int) -> bool:
    """The sentence totals events over a long span: a running tally ("وثقت", "العدد الإجمالي"), or
    "خلال" before a month or year ("خلال يوليو الحالي") or a span of months or years ("خلال عشرة
    أشهر"); or it goes on with the total of the sentence before ("ولفت إلى مقتل 2927 …", "كما لقي
    115 …") and names no time of its own."""
    if _own_roundup(ctx, s):
        return True
    k = s
    while k > 0 and k > s - _GOES_ON_REACH and _goes_on(ctx, k):
        k -= 1
        if _own_roundup(ctx, k):
            return True
    return False


def _goes_on(ctx: Context, s: int) -> bool:
    """Sentence s opens by going on with the one before ("ولفت إلى", "كما") and names no time."""
    lo = ctx.sent_lo[s]
    return not ctx.times_by_sent.get(s) and ctx.para[s] == ctx.para[s - 1] \
        and ctx.v.has_kind(lo, lo + 1, "goes_on", s)


def _own_roundup(ctx: Context, s: int) -> bool:
    v = ctx.v
    lo, hi = ctx.sent_lo[s], ctx.sent_hi[s]
    if v.has_kind(lo, hi, "tally", s):
        return True
    for t in ctx.times_by_sent.get(s, ()):
        k = ctx.token_of(t.span.start)
        if t.precision in ("month", "year") and (v.has_kind(k - 2, k, "period", s) or (
                k > lo and v.tokens[k - 1].norm == grammar()["from"]
                and v.has_kind(k - _PART_OF_REACH, k - 1, "period", s))):
            return True  # "خلال يوليو الحالي", "خلال النصف الأول من العام 2015"
    kinds = v.kinds()
    return any("period" in kinds[k] and v.has_kind(k + 1, k + 1 + _ROUNDUP_REACH, "longspan", s)
               for k in range(lo, hi))


def _called_for(v: TokenView, m: Match, s: int) -> bool:
    """"وناشد شيوخ القبائل قوات التحالف بتعزيز الضربات", "حث القوات على تكثيف الغارات": the event is
    what a call asks for, told by a verbal noun with ب (or after على/إلى, grammar.yaml call_complements)
    right before the trigger, the call up to ``_CALLED_FOR_REACH`` tokens back (a call, not a probe:
    "طالبت بالتحقيق في الغارة" tells of a strike that happened)."""
    k = m.i - 1
    if k < 0 or v.tokens[k].sentence != s or not v.tokens[k].is_word:
        return False
    g = grammar()
    if v.kinds()[k] & {"probe", "means", "weapons", "air"}:
        return False
    after = k - 1 >= 0 and v.tokens[k - 1].sentence == s and v.tokens[k - 1].norm in grammar_stems("call_complements")
    if not after and not any(p == g["bi"] for p, _st, _x in v.keys[k]):
        return False
    return v.has_kind(m.i - _CALLED_FOR_REACH, k, "call", s) and not v.has_kind(m.i - 3, m.i, "probe", s)


def _undergone(v: TokenView, m: Match, lo: int, s: int) -> bool:
    """"تعرض" before the trigger in its sentence with no other trigger between ("تعرضت بعد منتصف ليل
    الاثنين مناطق في حي جوبر لقصف"): the ل is the verb's, the event happened."""
    if v.has_kind(m.i - _UNDERGO_REACH, m.i, "undergo", s):
        return True  # "تعرضت قرى تحت سيطرة المعارضة لقصف"
    for k in range(m.i - 1, max(lo, m.i - _UNDERGO_SPAN) - 1, -1):
        if "undergo" in v.kinds()[k]:
            return True
        if v.triggers_at(k):
            return False
    return False


def verbal(v: TokenView, m: Match, s: int, lo: int, hi: int) -> bool:
    """A word for any attack said of words, not deeds: a word for what is said or written near it
    ("هاجم فيها الإخوان في تغريداته", "حملة الهجوم ضده على تويتر", "وسم يهاجم", "هجوم إعلامي"), or a
    speaker's participle after it ("جدد هجومه على الجماعة قائلا إن …") when it names no position
    attacked (not "هاجموا حاجزا للجيش قائلين") and its sentence tells no casualty, weapon, aircraft or
    claim of responsibility (not "تبنت الحركة الهجوم قائلة إن …")."""
    if m.entry.get("context") != "target":
        return False
    media = grammar_stems("verbal_media")
    if any(stem_among(v, k, media) for k in range(max(lo, m.i - _VERBAL_BEFORE), min(hi, m.j + _VERBAL_AFTER))):
        return True
    if not any(stem_among(v, k, grammar_stems("verbal_participles"))
               for k in range(m.j, min(hi, m.j + _SPEAKER_REACH))):
        return False
    markers = grammar_stems("target_markers")
    kinds = v.kinds()
    if any("target" in kinds[k] and not stem_among(v, k, markers) for k in range(m.j, min(hi, m.j + _VERBAL_AFTER))):
        return False  # "هاجم مسلحون حاجزا للجيش … قائلين": a position attacked, a deed
    claims = grammar_stems("responsibility_words")
    return not any(v.has_kind(lo, hi, kind, s) for kind in _DEED_KINDS) \
        and not any(stem_among(v, k, claims) for k in range(lo, hi))


def shared_out(v: TokenView, m: Match, s: int, lo: int, hi: int) -> bool:
    """A share (a figure and a percent word, grammar.yaml percent_words: في المائة، بالمئة، %) up to
    ``_SHARE_BEFORE`` tokens before the trigger or ``_SHARE_AFTER`` after it in its clause ("زيادة بنسبة
    4% في عدد الجرحى جراء الاشتباكات", "مسؤولة عن 70% من حالات الوفاة", "يفرض سيطرته على نحو 90 في
    المائة"): a statistic or a state, no event of a day. So is a definite event noun joined by و to
    such an event word up to ``_LIST_REACH`` tokens before it ("4 في المائة في المعارك بين المتمردين وقوى
    الأمن، والهجمات والاغتيالات": the list the share is of), over at most ``_LIST_STEPS`` items."""
    if _shared(v, m, lo, hi):
        return True
    # a definite noun joined by و to the event word a share is of ("ارتفع عدد الجرحى 4 في المائة في
    # المعارك بين المتمردين وقوى الأمن، والهجمات والاغتيالات"): one more item of the statistic's list
    g = grammar()
    for _ in range(_LIST_STEPS):
        if m.prefix != g["and"] or not v.tokens[m.i].norm[len(m.prefix):].startswith(g["article"]):
            return False
        before = v.triggers_in(max(lo, m.i - _LIST_REACH), m.i)
        if not before or any(v.tokens[k].norm in g["clause_end"] for k in range(before[-1].j, m.i)):
            return False
        m = before[-1]
        if _shared(v, m, lo, hi):
            return True
    return False


def _shared(v: TokenView, m: Match, lo: int, hi: int) -> bool:
    """A share up to ``_SHARE_BEFORE`` tokens before the trigger or ``_SHARE_AFTER`` after it, with no
    clause end between."""
    stops = grammar()["clause_end"]
    for k in range(m.i - 1, max(lo, m.i - _SHARE_BEFORE) - 1, -1):
        if v.tokens[k].norm in stops:
            break
        if _share_at(v, k, lo):
            return True
    for k in range(m.j, min(hi, m.j + _SHARE_AFTER)):
        if v.tokens[k].norm in stops:
            break
        if _share_at(v, k, lo):
            return True
    return False


def _share_at(v: TokenView, k: int, lo: int) -> bool:
    """Token k is a percent word with a figure up to two tokens before it ("70%", "4 في المائة",
    "ثمانين في المئة"; not "مائة" alone, a hundred)."""
    if not any(st in grammar_words("percent_words") for _p, st, _x in v.keys[k]):
        return False
    return any(_FIGURE.fullmatch(v.tokens[x].norm) or v.number_at(x) is not None for x in range(max(lo, k - 2), k))


_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def _fled_nowhere(v: TokenView, m: Match, hi: int) -> bool:
    """A word of withdrawal or flight (a one-word trigger of Non-violent transfer of territory) with no
    "من" up to ``_FLED_FROM_REACH`` tokens after it ("وانسحبوا سالمين", "البقية لاذوا بالفرار"): no
    place it was from, no territory changed hands ("فروا من معسكر اللواء" names one); nor when an event
    word follows that من ("فروا من القصف إلى دول الجوار": fled from violence, not from a place)."""
    if m.entry["subtype"] != _HANDED_OVER or m.entry.get("context") or m.j - m.i != 1:
        return False
    src = grammar()["from"]
    k = next((k for k in range(m.j, min(hi, m.j + _FLED_FROM_REACH)) if v.tokens[k].norm == src), None)
    # "فروا من القصف إلى دول الجوار": fled from violence, no place it was from
    return k is None or (k + 1 < hi and bool(v.triggers_at(k + 1)))


def civilians_fled(ctx: Context, m: Match, s: int, lo: int, hi: int) -> bool:
    """A word of flight (a one-word trigger of Non-violent transfer of territory) whose subject is
    civilians, refugees or captives (words.tsv civilian, hostage, captive; grammar.yaml fleeing_persons),
    up to ``_FLEERS_AFTER`` tokens after it or ``_FLEERS_BEFORE`` before it, no armed side nearer ("فرار
    أكثر من 600 أسير من معسكر الاعتقال", "150 مواطنا كانوا قد فروا من المدينة", "لاجئ فروا من
    النزاع"): people escaping, no territory handed over."""
    if m.entry["subtype"] != _HANDED_OVER or m.entry.get("context") or m.j - m.i != 1:
        return False
    v = ctx.v
    stops = grammar()["clause_end"] | grammar()["list_commas"]
    armed = {k for a in ctx.actors_between(max(lo, m.i - _FLEERS_BEFORE), min(hi, m.j + _FLEERS_AFTER))
             if a.category in ARMED for k in range(a.i, a.j)}
    fleers = grammar_stems("fleeing_persons")

    def first_side(ks: range) -> bool | None:
        """True at people fleeing, False at an armed side, None at neither before a stop."""
        for k in ks:
            if v.tokens[k].norm in stops or k in armed or v.kinds()[k] & {"combatant", "nonstate"}:
                return False if v.tokens[k].norm not in stops else None
            if v.kinds()[k] & {"civilian", "hostage", "captive"} or stem_among(v, k, fleers):
                return True
        return None

    after = first_side(range(m.j, min(hi, m.j + _FLEERS_AFTER)))
    if after is not None:
        return after  # the subject of a verbal noun or a verb after it ("فرار 600 أسير")
    if not v.tokens[m.i].norm.endswith(grammar()["plural_verb"]):
        return False
    return bool(first_side(range(m.i - 1, max(lo, m.i - _FLEERS_BEFORE) - 1, -1)))  # "مواطنا كانوا قد فروا"


def asked(v: TokenView, m: Match, lo: int) -> bool:
    """A question word (grammar.yaml question_words: لماذا، هل) up to ``_QUESTION_REACH`` tokens before
    the trigger in its clause ("ولم ترد على استفسارات عائلته أو لماذا يعتقلونه"): asked about, no telling."""
    stops = grammar()["clause_end"] | grammar()["list_commas"]
    for k in range(m.i - 1, max(lo, m.i - _QUESTION_REACH) - 1, -1):
        if v.tokens[k].norm in stops:
            return False
        norm = v.tokens[k].norm  # written whole, or after و/ف ("سهل" is no "هل")
        if norm in grammar_stems("question_words") or (
                norm[:1] in (grammar()["and"], grammar()["then"]) and norm[1:] in grammar_stems("question_words")):
            return True
    return False


def aimed_at(v: TokenView, m: Match, lo: int) -> bool:
    """A phrase of purpose right before the trigger (grammar.yaml purpose_phrases: "والغرض منها القبض على
    الإرهابيين", "بهدف اعتقال"): what is told is for it, it did not happen."""
    phrases = grammar_words("purpose_phrases")
    for n in (1, 2):
        if m.i - n < lo:
            break
        words = [v.tokens[k].norm for k in range(m.i - n, m.i)]
        conj = grammar()["and"]
        if " ".join(words) in phrases or (words[0].startswith(conj) and " ".join([words[0][len(conj):]] + words[1:]) in phrases):
            return True
    return False


def _object_of_head(v: TokenView, m: Match, lo: int) -> bool:
    """The word right before a trigger with ل is a noun whose ل names what it is of (grammar.yaml
    lam_object_heads: "نتيجة للقصف العنيف", "تكثيف للقصف الجوي", "صورا لتفجير كبير"): no aim, the event
    happened."""
    k = m.i - 1
    return k >= lo and v.tokens[k].is_word and stem_among(v, k, grammar_stems("lam_object_heads"))


def forces_only(v: TokenView, m: Match, s: int, hi: int) -> bool:
    """A noun of forces sent (grammar.yaml force_nouns) tells their arrival only as a noun of its own
    ("أن تعزيزات عسكرية جديدة وصلت", "كشفت عن تعزيزات قادمة"); with a pronoun ("لنقل تعزيزاتهم
    العسكرية"), as a likeness ("متوجهتين كتعزيزات": like_particle) or in construct before a definite
    noun ("قصفت الطائرات مواقع وتعزيزات المليشيات") it names the forces themselves, no event."""
    if m.j - m.i != 1 or normalize_form(m.entry["form"]) not in grammar_stems("force_nouns") \
            or v.has_article(m.i, m.prefix):
        return False
    if m.suffix or m.prefix.endswith(normalize_form(load_yaml("events/grammar.yaml")["like_particle"])):
        return True
    k = m.j
    if k >= hi or v.tokens[k].sentence != s or not v.tokens[k].is_word or not v.has_article(k, ""):
        return False
    # a noun after the article, not a particle that folds like one (إلى → الي, الذي, التي)
    return len(v.tokens[k].norm) - len(grammar()["article"]) >= _NOUN_MIN and v.tokens[k].norm not in relatives()


def unnamed_deeds(ctx: Context, m: Match, s: int, lo: int) -> bool:
    """A vague quantifier and من right before the event noun (grammar.yaml vague_quantifiers: "ونفذت
    العديد من التفجيرات الانتحارية", "وشنت الحركة حملة من الهجمات"; a plural of operations may stand
    between, deed_heads: "وقوع عدد من عمليات الإعدام") in a sentence that names no time:
    a record of deeds none of which is told, no event of a day."""
    v = ctx.v
    if ctx.times_by_sent.get(s):
        return False
    k = m.i - 1
    while k > m.i - _VAGUE_LIST_REACH and k > lo and v.triggers_at(k):
        k -= 1  # "العديد من التفجيرات الانتحارية والغارات": the adjective and the nouns joined to it too
    if k > lo and stem_among(v, k, grammar_stems("deed_heads")):
        k -= 1  # "عدد من عمليات الإعدام الميدانية": a plural noun of operations before the event noun
    return k - 1 >= lo and v.tokens[k].norm == grammar()["from"] \
        and stem_among(v, k - 1, grammar_stems("vague_quantifiers"))


def stopped_not_held(v: TokenView, m: Match, s: int, hi: int) -> bool:
    """A verb of stopping or detaining (words.tsv halt: أوقف) whose object is a thing or a course of
    action (grammar.yaml stopped_things, or an event word right after the verb), found up to
    ``_HALT_REACH`` tokens after it before any figure or person ("أوقفت القوات العراقية عمليات القصف",
    "أوقفوا السيارات", "أوقف تحركات المتطرفين"): something stopped, nobody detained."""
    if "halt" not in v.kinds()[m.i]:
        return False
    if m.j < hi and v.triggers_at(m.j):
        return True  # "أوقف القصف"
    g = grammar()
    stops = g["clause_end"] | g["list_commas"]
    things = grammar_stems("stopped_things")
    for k in range(m.j, min(hi, m.j + _HALT_REACH)):
        if v.tokens[k].sentence != s or v.tokens[k].norm in stops or counted_after(v, k, s):
            return False
        if stem_among(v, k, things):
            return True
    return False


def characterised(v: TokenView, m: Match, s: int, hi: int) -> bool:
    """A definite event noun that is the subject of a nominal sentence: a copula pronoun (grammar.yaml
    copula_pronouns) up to ``_COPULA_REACH`` tokens after it, with no comma, clause mark or other event
    word between ("أن القصف الأميركي لمقراتهم هو استكمال لخطة", "أن هذه التفجيرات هي امتداد
    لسابقاتها"): what an event told elsewhere is, no telling of one. So is one that is the subject of a
    verb of judging right before it, or before a demonstrative and it (grammar.yaml judgment_verbs:
    "وتشكل الهجمات في المدن الثلاث الموجة الأولى", "ويعد هذا التفجير من أكثر التفجيرات دموية")."""
    if not v.has_article(m.i, m.prefix):
        return False
    k = m.i - 1
    if k > 0 and "demonstrative" in v.kinds()[k]:
        k -= 1
    if not m.prefix and k >= 0 and v.tokens[k].sentence == s and stem_among(v, k, grammar_stems("judgment_verbs")):
        return True
    g = grammar()
    stops = g["clause_end"] | g["list_commas"]
    copulas = grammar_stems("copula_pronouns")
    for k in range(m.j, min(hi, m.j + _COPULA_REACH)):
        if v.tokens[k].sentence != s or v.tokens[k].norm in stops or v.triggers_at(k):
            return False
        if v.tokens[k].norm in copulas:
            return True
    return False


def _since_this(ctx: Context, k: int, m: Match, s: int) -> bool:
    """The trigger is the very deed the history word at token k starts a period from, told with its
    time ("واختطفت الجماعة آلاف الناشطين منذ اجتياحها العاصمة في الـ21 من سبتمبر"): that deed happened
    then; what goes on since it is the history. With no time of its own ("منذ سيطرة الحوثيين على
    المدينة") it stays a state."""
    v = ctx.v
    if not (k == m.i - 1 or (k == m.i - 2 and v.tokens[k + 1].norm in grammar_stems("since_that"))):
        return False
    return any(m.j <= ctx.token_of(t.span.start) < m.j + _SINCE_TIME_REACH for t in ctx.times_by_sent.get(s, ()))


def _recent_day_after(ctx: Context, k: int, s: int) -> bool:
    """A day of the last two weeks named right after the history word at token k ("منذ الخامس من آب
    الجاري", "منذ يوم الأربعاء" in a report of a Sunday): the event began then and goes on, no history."""
    published = ctx.doc.published
    if published is None:
        return False
    for t in ctx.times_by_sent.get(s, ()):
        if t.precision == "day" and t.value and k < ctx.token_of(t.span.start) <= k + _SINCE_GAP:
            try:
                days = (published - datetime.date.fromisoformat(t.value[:10])).days
            except ValueError:
                continue
            if 0 <= days <= _SINCE_RECENT_DAYS:
                return True
    return False


def toll_filtered(ctx: Context, cue: int, s: int, lo: int, hi: int) -> str | None:
    """Why a toll told with no trigger (the casualty word at token ``cue``) names no deed, read as a
    trigger there would be, or None: negated ("لم يقتل أحد"), prevented, generic, supposed, asked about,
    aimed at, a habit ("يقتلون المدنيين بشكل يومي") or history ("قتل الآلاف منذ 2011")."""
    v = ctx.v
    m = Match(cue, cue + 1, {"subtype": "Armed clash", "form": v.tokens[cue].norm, "context": ""}, "", "")
    if v.has_kind(cue - 3, cue, "negation", s) and not v.has_kind(cue - 2, cue, "unnegated", s):
        return "negation"
    if v.has_kind(cue - _PREVENT_REACH, cue, "prevent", s):
        return "prevent"
    if v.has_kind(cue - 1, cue, "generic", s):
        return "generic"
    if _supposed(v, m, lo):
        return "supposed"
    if asked(v, m, lo) or aimed_at(v, m, lo):
        return "asked"
    if v.has_kind(cue - _HABIT_BEFORE, cue, "habit", s) or v.has_kind(cue + 1, cue + 1 + _HABIT_AFTER, "habit", s):
        return "habit"
    if v.has_kind(cue - 4, cue + 7, "history", s) and not any(
            "history" in v.kinds()[k] and (v.has_kind(k + 1, k + 3, "recent", s) or _recent_day_after(ctx, k, s))
            for k in range(max(lo, cue - 4), min(hi, cue + 7))):
        return "history"
    return None


def filtered(ctx: Context, m: Match, s: int, lo: int, hi: int, typ: str, totals: dict[int, bool]) -> bool:
    """Whether the trigger match ``m`` in sentence ``s`` (tokens [lo, hi)) names no event that happened.
    ``totals`` caches, by sentence, whether it totals events over a long span (:func:`roundup`)."""
    v = ctx.v
    sent_text = ctx.doc.sentences[s].span.text.rstrip()
    g = grammar()
    if sent_text.endswith(g["questions"]):
        return True  # a question
    if v.has_kind(lo, m.i, "tagline", s):
        return True  # the outlet's keyword line ("سمات تفجير داعش …")
    if g["future"] in m.prefix and v.tokens[m.i].norm[len(m.prefix):len(m.prefix) + 1] in g["imperfect"]:
        return True  # future verb: سيشن، ستقصف
    if any(future_verb(v.tokens[k].norm, time_lexicon()) for k in range(max(lo, m.i - 2), m.i)):
        return True  # the object of a future verb: "أعلن الحزب أنه سيصعد الهجمات", "ستشن القوات هجوما"
    if v.has_kind(m.i - _ANNIVERSARY_REACH, m.i, "anniversary", s):
        return True  # "الذكرى الأولى للهجوم", "مراسم تأبين لضحايا الهجوم": recalled, no event now
    if v.has_kind(m.i - 4, m.i, "future", s) or (v.has_kind(m.i - 5, m.i, "call", s)
                                                 and not v.has_kind(m.i - 3, m.i, "probe", s)) \
            or _called_for(v, m, s):
        # (but "طالبت بالتحقيق في الغارة": the call is for an inquiry into a strike that happened)
        return True
    if (v.has_kind(m.i - 3, m.i, "negation", s) and not v.has_kind(m.i - 2, m.i, "unnegated", s)) \
            or v.has_kind(m.i - 2, m.i, "sound", s):
        # (but "لم تسفر الغارات عن إصابات", "لم تتوقف عن قصف": the negation is the result's)
        return True
    if v.has_kind(m.i - _PREVENT_REACH, m.i, "prevent", s):
        return True  # "لمنع المسلحين من دخول البلدة": prevented, did not happen
    if m.entry["subtype"] in _FOILABLE and v.has_kind(m.i - _PREVENT_REACH, m.i, "foil", s):
        return True  # "إحباط تنفيذ 7 عمليات انتحارية": a bombing foiled, none went off (the foiling is one)
    if v.has_kind(m.i - 1, m.i, "generic", s):
        return True  # "أي هجوم": any attack, none in particular
    if verbal(v, m, s, lo, hi):
        return True  # "جدد هجومه على الجماعة قائلا", "في تغريداته التي هاجم فيها": criticism
    if characterised(v, m, s, hi):
        return True  # "أن هذه التفجيرات هي امتداد لسابقاتها": what an event is, no telling of one
    if forces_only(v, m, s, hi):
        return True  # "لنقل تعزيزاتهم", "مواقع وتعزيزات المليشيات": the forces, not their arrival
    if typ != "Strategic developments" and unnamed_deeds(ctx, m, s, lo):
        return True  # "ونفذت العديد من التفجيرات": a record of deeds, none told
    if stopped_not_held(v, m, s, hi):
        return True  # "أوقفت القوات عمليات القصف": something stopped, nobody detained
    if m.entry["subtype"] != "Arrests" and v.has_kind(m.i - _HALT_REACH, m.i, "halt", s) \
            and stem_among(v, m.i - 1, grammar_stems("stopped_things")):
        return True  # "أوقفت القوات العراقية عمليات القصف": the strikes stopped, none told
        # (but "أوقفهم حاجز للجبهة وخطفهم": they were stopped, then abducted)
    if shared_out(v, m, s, lo, hi):
        return True  # "بنسبة 4% في عدد الجرحى جراء الاشتباكات": a statistic, no event of a day
    if _fled_nowhere(v, m, hi):
        return True  # "وانسحبوا سالمين", "لاذوا بالفرار": fled from no place named, no territory changed hands
    if asked(v, m, lo) or aimed_at(v, m, lo):
        return True  # "أو لماذا يعتقلونه", "والغرض منها القبض على": asked about, an aim
    if civilians_fled(ctx, m, s, lo, hi):
        return True  # "فرار أكثر من 600 أسير من المعسكر": people escaping, no territory handed over
    if typ == "Protests" and v.has_kind(m.i - 1, m.i, "document", s):
        return True  # "قدم الجيش مذكرة احتجاج": a diplomatic protest, no demonstration
    if _supposed(v, m, lo):
        return True  # "إذا لم يوافق الحوثيون على الانسحاب من صنعاء": a supposition
    if described(v, m, s, lo):
        return True  # "الجماعة التي تعتقل الإنسان": a description, no event
    if habitual(v, m, s):
        return True  # "يقصفون المدنيين بشكل يومي", "هجمات متكررة": a habit, no event of a day
    if previously(ctx, m, s):
        return True  # "سبق للجماعة أن أعلنت مسؤوليتها عن هجمات": done before, at no day told
    if v.has_kind(m.i - _SENTENCE_REACH, m.i, "sentence", s):
        return True  # "حكما بالإعدام على خمسة": a court's sentence, no execution
    if v.has_kind(m.i - _LEGAL_REACH, m.i, "legal", s):
        return True  # "قانون ينص على معاقبة من يحرض على التفجير": a law, no deed done
    if any(_with_lam(v, k, "carry") for k in range(max(lo, m.i - _PURPOSE_REACH), m.i)):
        return True  # "للقيام بحملة اعتقالات", "لتنفيذ هجمات": an aim, not an event
    if v.has_kind(m.i - 4, m.j + 6, "history", s) and not any(
            "history" in v.kinds()[k] and (v.has_kind(k + 1, k + 3, "recent", s) or _recent_day_after(ctx, k, s)
                                           or _since_this(ctx, k, m, s))
            for k in range(max(lo, m.i - 4), min(hi, m.j + 6))):
        return True  # "منذ 2011", "منذ بداية الأزمة" (but "منذ الخامس من آب الجاري": begun days ago)
    if s not in totals:
        totals[s] = roundup(ctx, s)
    if totals[s] and not opens_history_line(ctx, m.i):
        # (but "1993 - توقيع اتفاق سلام … ينهي حربا أسفرت عن مقتل 150 ألف شخص خلال ثلاث سنوات": the total is the war's)
        return True  # a total over months: "قتل 3042 خلال عشرة أشهر", "وثقت المجموعة 214 ضحية"
    if typ != "Strategic developments" and any(
            _with_lam(v, k, "aim") for k in range(max(lo, m.i - _AIM_REACH), m.i)):
        return True  # "لاستكمال بسط سيطرتنا": an aim, not an event
    if typ not in ("Strategic developments", "Protests") and m.prefix.endswith(g["lam"]) and m.entry.get("context") != "target" \
            and not _undergone(v, m, lo, s) \
            and not v.has_kind(m.i - _DEED_REACH, m.i, "deed", s) and not _object_of_head(v, m, lo):
        return True  # purpose: "للسيطرة على", "لاستعادتها" (but "تعرض المبنى لقصف", "جريمة لحرق", "نتيجة للقصف" happened)
    return False
