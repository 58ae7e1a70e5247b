"""Victims: who an event's violence fell on, and who protested, read from its toll and the words
around its trigger.

Helpers of :mod:`khabar.extract.event_actor_fill`. Reads an event (:class:`khabar.doc.Event`: its
trigger, mentions and casualties evidence), the Doc's times and a :class:`TokenView`; returns actor
phrases (:class:`khabar.extract.event_actor_phrases.ActorPhrase`) and adds nothing to the Doc itself.
Loads ``lang/ar/events/actor_grammar.yaml`` (generic_persons, majority_words, nisba_endings,
combatant_persons, residential adjectives, through
:func:`khabar.extract.event_actor_phrases.actor_grammar`), ``words.tsv`` kinds (civilian, person,
combatant, subset) and ``actors.tsv`` (civilian entries), and casualties.yaml protesters' nouns.

- :func:`_victims`: the person right after a trigger ("احتجاز الرهائن"), the people its toll counts
  ("مقتل 32 من الناشطين الأكراد", "إن 11 مدنيا قتلوا في تفجير"; of a toll listing several groups the
  first: "استشهاد 12 رجل أمن و3 عمال"), or those counted after it ("اعتقلت 15 فلسطينيا");
- :func:`_protesters`, :func:`_protester_phrase`: the people counted at a protest ("تظاهر آلاف
  السوريين"), the protesters named ("المتظاهرون");
- :func:`_organisers`: the subject of the verb staging a protest ("نظم حراس المسجد اعتصاما");
- :func:`_people_counted`, :func:`_civilian_object`, :func:`_civilian_word`: a toll of people alone
  ("43 شخصا"), a strike on a civilian place ("منازل"), a civilian noun ("مدنيا").

Example::

    >>> from khabar.doc import Article
    >>> from khabar.pipeline import Pipeline
    >>> doc = Pipeline().run(Article(id="x", text="واعتقلت قوات الأمن أمس 12 فلسطينيا في نابلس."))
    >>> [e.actor2 for e in doc.events]  # the 12 counted after the trigger
    ['فلسطينيا']
"""

from __future__ import annotations

import bisect
import functools

from khabar.doc import Doc, Span
from khabar.extract.event_actor_phrases import ActorPhrase, actor_grammar, bare_conj, stop_words
from khabar.extract.event_actors import in_time
from khabar.extract.event_words import TokenView, grammar
from khabar.extract.numbers import _word_set, parse_number
from khabar.text.normalize import normalize_form

_EXTEND_MAX = 3  # words after a victim noun that still name it
_VICTIM_TYPES = frozenset({"Violence against civilians"})
_VICTIM_SUBTYPES = frozenset({"Arrests", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
_VICTIM_REACH = 6  # tokens after a trigger where a figure counts its victims
_PERSON = frozenset({"person1", "person2"})
_COMBATANT = frozenset({"combatant", "forces"})
_CIVILIAN = frozenset({"civilian"})
# who a building's name may hold without owning it: a person it is named after, the people it serves
_NOT_OWNER = frozenset({"person", "civilian", "civilians", "protesters"})
_VICTIM_NOUN = frozenset({"person1", "person2", "civilian", "hostage", "combatant"})
_STAGING_REACH = 20  # tokens from a verb of staging a protest to the protest, past its subject
_ORGANISER_WORDS = 5  # words of a protest's subject no lexicon knows ("العشرات من الأسر اليمنية")
# words.tsv kinds that end a protest's subject: a preposition, a place or time word, another protest word
_NOT_ORGANISER_KINDS = frozenset({"locative", "outside", "near", "after", "between", "filler", "stop", "protested",
                                  "organize", "duration", "period", "placehead", "target", "killed", "injured"})
_OBJECT_REACH = 8  # tokens after a strike's trigger where its object stands (past a subject: VSO)


def _victims(doc: Doc, v: TokenView, starts: list[int], ev, a1: ActorPhrase | None,
             groups: dict[int, ActorPhrase], counted: bool = True, people: bool = False) -> ActorPhrase | None:
    """Who an event's violence fell on: the person right after its trigger ("بقتل ضابط", "احتجاز
    الرهائن"), the people its toll counts ("مقتل 32 من الناشطين الأكراد", "مقتل حارس أمن"), or those
    counted right after the trigger ("اعتقلت الليلة الماضية 15 فلسطينيا", "بخطف 200 مدني"; not with
    ``counted`` False; with ``people``, also people alone: "اعتقال ثلاثة أشخاص")."""
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
            # (inside the trigger only a definite noun: "احتجاز الرهائن", not the adjective of "اعتداء مسلح";
            # nor, after it, the adjective of a definite trigger: "التفجير الإرهابي", "الهجوم المسلح" — a noun
            # with the article governs no genitive, so the definite word after it agrees with it)
            if kinds[k] & _VICTIM_NOUN and (k >= tj or v.tokens[k].norm.startswith(grammar()["article"])) \
                    and not (ti <= k - 1 < tj and _definite_adjective(v, k)):
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
        listed = _first_listed(doc, v, starts, sp, groups)
        if listed is not None:
            return listed  # "استشهاد 12 رجل أمن و3 عمال": the first the list counts, not the noun after its end
        k = bisect.bisect_left(starts, sp.end)
        last = k - 1
        if 0 <= last < ntok and v.kinds()[last] & _PERSON:
            return _victim_phrase(doc, v, last, ntok, groups)
        if k < ntok and v.tokens[k].sentence == v.tokens[last].sentence and not _pronoun_toll(v, last):
            got = _victim_phrase(doc, v, k, ntok, groups)
            if got is not None:
                return got
    if not (own and counted):
        return None
    return _counted(doc, v, range(tj, min(tj + _VICTIM_REACH, ntok)), sent, groups, people)


def _with_article(v: TokenView, k: int) -> bool:
    """Whether token k has the article, behind a conjunction or a preposition or not ("الهجوم", "والتفجير",
    "بالتفجير")."""
    g = grammar()
    return any(p.endswith((g["article"], g["fused"])) for p, _s, _x in v.keys[k][1:]) \
        or v.tokens[k].norm.startswith(g["article"])


def _definite_adjective(v: TokenView, k: int) -> bool:
    """A definite word at token k after a definite word: that word's adjective ("التفجير الإرهابي",
    "الهجوم الانتحاري", "الاعتداء المسلح"), no person of its own: a noun with the article takes no
    genitive."""
    return k > 0 and _with_article(v, k - 1) and v.tokens[k].norm.startswith(grammar()["article"])


def _pronoun_toll(v: TokenView, k: int) -> bool:
    """A casualty word at token k that holds its victim as a pronoun ("لقيا مصرعهما بنيران مسلحين",
    "وقتله أمام أطفاله"): the word after it is no victim."""
    hits = [s for ph, _p, s in v.info[k].hits.get("words", ()) if ph.entry["kind"] in ("killed", "injured")] \
        if 0 <= k < len(v.tokens) else []
    return bool(hits) and all(hits)


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


def _first_listed(doc: Doc, v: TokenView, starts: list[int], sp: Span,
                  groups: dict[int, ActorPhrase]) -> ActorPhrase | None:
    """A toll whose span ends on a figure joined by و ("استشهاد 12 رجل أمن و3", "وقتل 39 متمردا و17")
    lists several groups: the victims are the first it counts, the noun after the first figure inside
    the span (the noun after the span's end is the last group's)."""
    ntok = len(v.tokens)
    a = bisect.bisect_left(starts, sp.start)
    last = bisect.bisect_left(starts, sp.end) - 1
    if not 0 <= a < last < ntok:
        return None
    t = v.tokens[last]
    conj = grammar()["and"]
    if not (t.norm.startswith(conj) and (t.norm[len(conj):].isdigit() or v.number_at(last) is not None)):
        return None
    for k in range(a, last):
        n = v.number_at(k)
        if v.tokens[k].norm.isdigit() or n is not None:
            nxt = n.j if n is not None else k + 1
            return _victim_phrase(doc, v, nxt, ntok, groups) if nxt < last else None
    return None


def _counted(doc: Doc, v: TokenView, ks: range, sent: int,
             groups: dict[int, ActorPhrase] | None = None, people: bool = False) -> ActorPhrase | None:
    """The people counted by the first figure among tokens ``ks`` ("15 فلسطينيا", "مئات السوريين"; with
    ``people`` also "ثلاثة أشخاص")."""
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
            return _victim_phrase(doc, v, n.j if n is not None else k + 1, ntok, groups, people)
    return None


def _victim_phrase(doc: Doc, v: TokenView, k: int, ntok: int,
                   groups: dict[int, ActorPhrase] | None = None, people: bool = False) -> ActorPhrase | None:
    """The counted noun at token k with the nisba adjective or definite words naming it, or the
    group after a partitive من ("32 من الناشطين الشبان الأكراد"); a noun of people alone names no one
    but, with ``people``, those an arrest took (actor_grammar.yaml detained_persons: "ثلاثة أشخاص")."""
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
            or in_time(doc, t.span.start) \
            or v.number_at(k) is not None or t.norm in stop_words() or v.triggers_at(k) \
            or {t.norm, bare_conj(t.norm)} & ag["not_victim_words"] or any(c.isdigit() for c in t.norm) \
            or (t.norm.startswith(g["and"]) and not kinds[k] and t.norm not in ag["waw_nouns"]
                and t.stem not in ag["waw_nouns"]):
        # "وقتله أمام أطفاله", "قتيلين و24 جريحا": no victim's noun; "13 قتيلا والعديد من الجرحى": a new
        # conjunct that names no people (not "شرطي ومدني", a person's word of words.tsv)
        return None
    if groups and k + 2 < ntok and v.tokens[k + 1].norm == g["of"] and k + 2 in groups \
            and v.tokens[k + 2].sentence == sent:
        return groups[k + 2]  # "12 عنصرا من داعش": the group the counted belong to
    if groups and k + 1 < ntok and k + 1 in groups and v.tokens[k + 1].sentence == sent \
            and not t.norm.startswith(g["article"]) and (t.norm in ag["named_places"] or t.stem in ag["named_places"]) \
            and not groups[k + 1].prep and groups[k + 1].category not in _NOT_OWNER:
        # "تفجير مسجد قوات الطوارئ": the body that owns the building its construct names was hit (not "مسجد
        # الإمام الصادق", a person naming it, nor "مستشفى الأطفال", whom it serves)
        return groups[k + 1]
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
        if people and (t.norm in ag["detained"] or t.stem in ag["detained"]):
            return ActorPhrase(k, k + 1, doc.span(t.span.start, t.span.end), "civilian")
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
    if _self_after(v, j, sent):
        return None  # "قبل أن يقتل المسلح (58 عاما) نفسه": who killed himself is the doer, no victim
    span = doc.span(v.tokens[k].span.start, v.tokens[j - 1].span.end)
    armed = kinds[k] & _COMBATANT or t.norm in ag["combatant"] or t.stem in ag["combatant"]
    return ActorPhrase(k, j, span, "armed" if armed else "civilian")


def _self_after(v: TokenView, j: int, sent: int) -> bool:
    """Whether a reflexive pronoun (words.tsv self: نفسه) stands at token j, past a bracketed aside
    ("المسلح (58 عاما) نفسه")."""
    ntok = len(v.tokens)
    marks = actor_grammar()["brackets"]
    if j < ntok and v.tokens[j].span.text in marks:
        end = next((x for x in range(j + 1, min(j + _EXTEND_MAX + 3, ntok)) if v.tokens[x].span.text in marks), None)
        j = end + 1 if end is not None else j
    return j < ntok and "self" in v.kinds()[j] and v.tokens[j].sentence == sent


def _protesters(doc: Doc, v: TokenView, starts: list[int], ev) -> ActorPhrase | None:
    """Who protested: the people counted right after the trigger ("تظاهر آلاف السوريين") or before
    it ("شارك مئات السوريين في احتجاج"), at the event's trigger or else at another of its mentions. A
    noun of people alone counts here ("شارك مئات الأشخاص في مسيرة"): a crowd is named by its number."""
    ntok = len(v.tokens)
    for sp in [ev.trigger, *(m for m in ev.mentions if m != ev.trigger)]:  # "شارك مئات … في احتجاج" told later
        ti = bisect.bisect_left(starts, sp.start)
        tj = bisect.bisect_left(starts, sp.end)
        if ti >= ntok:
            continue
        sent = v.tokens[ti].sentence
        got = _counted(doc, v, range(tj, min(tj + 3, ntok)), sent, people=True) \
            or _counted(doc, v, range(max(0, ti - _VICTIM_REACH), ti), sent, people=True)
        if got is not None:
            return got
    return None


def _organisers(v: TokenView, starts: list[int], by_tok: dict[int, ActorPhrase], ev) -> ActorPhrase | None:
    """Who staged a protest named as the object of a verb of staging it (words.tsv organize; actor_grammar.yaml
    staging_verbs: نظم، نفذ، أقام): its subject, right after the verb and before the protest, a
    civilian actor or a description no lexicon knows ("نظم حراس المسجد الأقصى اعتصاما", "نفذت العشرات
    من الأسر اليمنية وقفة احتجاجية"; a count joins its group through من), up to _ORGANISER_WORDS words;
    not people alone (actor_grammar.yaml generic_persons: "نفذ ألف شخص اعتصاما")."""
    ntok = len(v.tokens)
    ti = bisect.bisect_left(starts, ev.trigger.start)
    if ti >= ntok:
        return None
    kinds = v.kinds()
    sent = v.tokens[ti].sentence
    staging = actor_grammar()["staging"]
    stop = stop_words()
    of = grammar()["of"]
    verb = next((k for k in range(ti - 1, max(0, ti - _STAGING_REACH) - 1, -1)
                 if v.tokens[k].sentence == sent and ("organize" in kinds[k] or bare_conj(v.tokens[k].norm) in staging)),
                None)
    if verb is None or verb + 1 >= ti:
        return None
    s = verb + 1
    a = by_tok.get(s)  # (``by_tok``: the actors by their first token)
    if a is not None:
        return a if a.category in ("civilian", "org") and not a.prep else None
    j = s
    while j < ti and j - s < _ORGANISER_WORDS:
        t = v.tokens[j]
        counted_of = t.norm == of and j > s and (v.number_at(j - 1) is not None or v.tokens[j - 1].norm.isdigit())
        if not counted_of and (not t.is_word or v.triggers_at(j) or in_time(v.doc, t.span.start)
                               or kinds[j] & _NOT_ORGANISER_KINDS or t.norm in stop
                               or (j > s and _proclitic(v, j))):
            break
        j += 1
    if j == s or j - s == 1 and (v.number_at(s) is not None or v.tokens[s].norm == of) \
            or _proclitic(v, s) or v.tokens[j - 1].norm == of:
        return None  # no words, a bare figure, or a head behind a preposition or و
    if {v.tokens[j - 1].norm, v.tokens[j - 1].stem} & actor_grammar()["generic"]:
        return None  # "نفذ أكثر من ألف شخص اعتصاما": people alone; the count or the protesters' word names them
    span = v.doc.span(v.tokens[s].span.start, v.tokens[j - 1].span.end)
    return ActorPhrase(s, j, span, "civilian")


def _proclitic(v: TokenView, k: int) -> bool:
    """Whether the word at token k carries a proclitic other than the article (و، ب، ل: "وأهالي")."""
    art = grammar()["article"]
    return any(p and p != art for p, _s, _x in v.keys[k][1:2])


def _protester_phrase(a: ActorPhrase) -> bool:
    """A civilian actor phrase whose first word is a protesters' noun (casualties.yaml protesters)."""
    words = a.text.split()
    return a.category == "civilian" and bool(words) and _folded_word(words[0]) in _word_set("protesters")


@functools.lru_cache(maxsize=4096)
def _folded_word(word: str) -> str:
    return normalize_form(word)


def _civilian_word(v: TokenView, i: int) -> bool:
    """A civilian noun (words.tsv kind civilian, or an actors.tsv civilian: مدنيا، المصلين)."""
    if v.kinds()[i] & _CIVILIAN:
        return True
    m = v.match_at("actors", i)
    return m is not None and m.entry["category"] == "civilian"


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


def _sentence_of(v: TokenView, starts: list[int], pos: int) -> int:
    k = min(bisect.bisect_right(starts, pos) - 1, len(v.tokens) - 1)
    return v.tokens[max(k, 0)].sentence if v.tokens else -1
