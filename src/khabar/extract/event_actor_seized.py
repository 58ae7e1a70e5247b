"""Who was seized: the object of an arrest or an abduction that the event's clause leaves unnamed.

Helpers of :mod:`khabar.extract.event_actor_fill`. Reads an event (its trigger), actor phrases by their
first token, the Doc's times and places and a :class:`TokenView`; returns the phrase or span seized and
adds nothing to the Doc itself. Loads ``lang/ar/events/actor_grammar.yaml`` (noun_marker, noun_endings,
generic_persons, one_of_them, operation_words, operation_cues, phrase_breaks, name_marks, suspects,
suspect_links, arrest_preps, through
:func:`khabar.extract.event_actor_phrases.actor_grammar`), ``words.tsv`` kinds and person titles.

- :func:`_genitive_object`: the actor a seizure's noun governs ("تفكيك خلية", "اعتقال المسلحين",
  "اختطاف الصحفي فلان");
- :func:`_titled_person`: a person named after a title ("وزير الدفاع فلان ومدير مكتب الرئيس فلان");
- :func:`_bare_object`: the object of an arrest verb no lexicon knows ("اعتقلت الشرطة أمس خلية
  إرهابية", "أوقفت الشرطة امرأة");
- :func:`_suspects`: the suspects an arrest takes ("ألقت الشرطة القبض على المشتبه به", "اعتقلت قوات
  الأمن المطلوبين");
- :func:`_operation_target`: whom a security operation told before the arrest is against ("العمليات ضد
  متواطئين مع المشتبه به … حيث اعتقل ثلاثة أشخاص");
- :func:`_masdar`: whether the trigger word is a noun ("عن تفكيك"), not a verb ("اعتقلت الشرطة").

Example::

    >>> from khabar.doc import Article
    >>> from khabar.pipeline import Pipeline
    >>> doc = Pipeline().run(Article(id="x", text="واعتقلت الشرطة أمس خلية إرهابية في المدينة."))
    >>> [e.actor2 for e in doc.events]  # the noun after the verb and its subject, with its adjective
    ['خلية إرهابية']
"""

from __future__ import annotations

import bisect

from khabar.doc import Doc, Span
from khabar.extract.event_actor_phrases import ActorPhrase, actor_grammar, bare_conj, person_titles, stop_words
from khabar.extract.event_actor_sides import _NO_TARGET
from khabar.extract.event_actor_victims import _VICTIM_NOUN
from khabar.extract.event_actors import in_time
from khabar.extract.event_words import TokenView, grammar

_OBJECT_KINDS = _VICTIM_NOUN | {"cell"}  # words.tsv kinds an arrest's bare object may have
_TITLE_WORDS = 3  # words of a title and its genitive before the person it names ("مدير مكتب الرئيس فلان")
_OP_REACH = 5  # words from an operation noun to the cue naming whom it is against (past times, adjectives)
_OP_WORDS = 6  # words of the phrase after that cue
_HELD_REACH = 4  # tokens from an arrest verb to its object past its subject and time words


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
        got = _titled_person(v, by_tok, tj) or _nisba_person(v, by_tok, tj) or by_tok.get(tj)
        if got is not None and got.category == "person" and not got.prep:
            return got
    if not (_masdar(v, ti) or _with_prep(v, ti)):
        return None
    for k in range(ti + 1, min(tj + 1, len(v.tokens))):
        got = by_tok.get(k)
        if got is not None:
            obj = by_tok.get(got.j)
            if got.category == "state" and not got.prep and obj is not None and not obj.prep \
                    and obj.category not in _NO_TARGET:
                # "اعتقال الشرطة الإسرائيلية مستوطنين اثنين": the verbal noun governs as its verb does, the
                # state's forces in the genitive are its doer and the people right after them its object
                return obj
            # (the clause may have read it as the doer: "أعلنت الوزارة عن توقيف عناصر": the noun governs it)
            ok = not got.prep and got.category not in _NO_TARGET
            return got if ok else None
    return None


def _nisba_person(v: TokenView, by_tok: dict[int, ActorPhrase], k: int) -> ActorPhrase | None:
    """A person named right after a definite nisba at token k that stands for a title ("اعتقال التنزاني
    فلان", "اعتقلت الشرطة المصري فلان"): the person; the nisba says only where they are from."""
    if k + 1 >= len(v.tokens) or k in by_tok:
        return None
    t, ag = v.tokens[k], actor_grammar()
    if not (t.is_word and t.norm.startswith(grammar()["article"]) and t.norm.endswith(ag["nisba"])
            and not t.norm.endswith(ag["not_nisba"]) and not v.kinds()[k] and t.sentence == v.tokens[k + 1].sentence):
        return None
    got = by_tok.get(k + 1)
    return got if got is not None and got.category == "person" and not got.prep else None


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
                 by_tok: dict[int, ActorPhrase], marked: bool = False) -> Span | None:
    """The object of an arrest verb that no lexicon knows: the noun right after the verb
    or its subject (past time words), with an adjective that follows it ("اعتقلت الشرطة أمس خلية
    إرهابية", "أوقفت الشرطة امرأة"); not a number, a preposition, a place or a word of any kind. With
    ``marked``, only an object that a suspect's noun or a vague quantity marks as the detainees
    ("القبض على المشتبه به", "اعتقلت عددا من الموظفين")."""
    ti = bisect.bisect_left(starts, ev.trigger.start)
    tj = bisect.bisect_left(starts, ev.trigger.end)
    n = len(v.tokens)
    if tj >= n:
        return None
    suspect = _suspects(doc, v, a1.j if a1 is not None and a1.i == tj else tj, v.tokens[ti].sentence)
    if suspect is not None:
        return suspect
    if _masdar(v, ti):  # a verbal noun governs its object (_genitive_object) unless a quantity opens it
        k = tj + 1 if tj + 1 < n and v.tokens[tj].norm in actor_grammar()["arrest_preps"] else tj
        if _past_quantity(v, k, v.tokens[ti].sentence) <= k:  # "القبض على عدة أشخاص"
            return None
    if a1 is not None and a1.i == tj:
        k = a1.j  # VSO: after the subject
    elif a1 is None or a1.j <= ti:
        k = tj
    else:
        return None
    sent = v.tokens[ti].sentence
    skip = actor_grammar()["not_victim_words"]  # "اعتقلت قوات الاحتلال فجرا شابا": an adverb the times stage left
    quantity = actor_grammar()["quantity_heads"] | actor_grammar()["quantity_constructs"]  # (عدد is no victim's noun, but it opens the object here)
    while k < min(tj + _HELD_REACH, n) and (in_time(doc, v.tokens[k].span.start)
                                            or (v.tokens[k].norm in skip and v.tokens[k].norm not in quantity)):
        k += 1
    if 0 < k < n and in_time(doc, v.tokens[k - 1].span.start):
        # a time entered is passed whole, whatever the reach ("اعتقلت القوات فجر اليوم الخميس خمسة شبان")
        end = max(t.span.end for t in doc.times if t.span.start <= v.tokens[k - 1].span.start < t.span.end)
        while k < n and v.tokens[k].span.start < end:
            k += 1
    if k + 1 < n and v.tokens[k].norm in actor_grammar()["arrest_preps"]:
        k += 1  # "ألقت القبض على السائق": the phrasal verb's preposition
    q, k = k, _past_quantity(v, k, sent)  # "اعتقلت الشرطة عددا من المطلوبين": those after من
    if k < 0 or (marked and k == q):
        return None  # "اعتقلت عددا" with no من: the quantity names no one
    if k > q and _detained_noun(v, k):
        # "اعتقلت عددا من الأشخاص": people alone, written as counted ("عدة أشخاص")
        return doc.span(v.tokens[q].span.start, v.tokens[k].span.end)
    got = _nisba_person(v, by_tok, k) or by_tok.get(k)
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


def _detained_noun(v: TokenView, k: int) -> bool:
    """A noun of people alone that still names an arrest's detainees (actor_grammar.yaml detained_persons),
    with or without the article ("الأشخاص")."""
    t, art, detained = v.tokens[k], grammar()["article"], actor_grammar()["detained"]
    return t.norm in detained or (t.norm.startswith(art) and t.norm[len(art):] in detained)


def _past_quantity(v: TokenView, k: int, sent: int) -> int:
    """The token after a vague quantity and its partitive من at token k (actor_grammar.yaml quantity_heads,
    quantity_adjectives: "عددا كبيرا من المطلوبين" → المطلوبين; quantity_constructs: "عدة أشخاص" → أشخاص); k itself when no quantity stands there,
    -1 when one stands with no من after it (the quantity alone names no one)."""
    ag, n = actor_grammar(), len(v.tokens)
    if k >= n or v.tokens[k].sentence != sent:
        return k
    if v.tokens[k].norm in ag["quantity_constructs"]:  # "عدة أشخاص": the noun it governs
        return k + 1 if k + 1 < n and v.tokens[k + 1].sentence == sent else -1
    if v.tokens[k].norm not in ag["quantity_heads"]:
        return k
    j = k + 1
    if j < n and v.tokens[j].norm in ag["quantity_adjectives"]:
        j += 1
    if j + 1 < n and v.tokens[j].norm == grammar()["of"] and v.tokens[j + 1].sentence == sent:
        return j + 1
    return -1


def _suspects(doc: Doc, v: TokenView, k: int, sent: int) -> Span | None:
    """The suspects an arrest's verb or noun takes at token k, past the preposition of a phrasal verb
    (actor_grammar.yaml arrest_preps) and with the pronoun that ties them to the deed (suspect_links):
    "ألقت الشرطة القبض على المشتبه به", "اعتقلت قوات الأمن المطلوبين", "اعتقال المتهمين"."""
    ag, n = actor_grammar(), len(v.tokens)
    stop = min(k + _HELD_REACH, n)
    while k < stop and in_time(doc, v.tokens[k].span.start):
        k += 1  # "اعتقلت الشرطة أمس المطلوبين"
    if k + 1 < n and v.tokens[k].norm in ag["arrest_preps"] \
            and v.tokens[k + 1].norm in ag["quantity_heads"] | ag["quantity_constructs"]:
        k += 1  # "القبض على عدد من المطلوبين"
    k = _past_quantity(v, k, sent)
    if k < 0:
        return None
    if k + 1 < n and v.tokens[k].norm in ag["arrest_preps"] and v.tokens[k + 1].norm in ag["suspects"]:
        k += 1
    if k >= n or v.tokens[k].sentence != sent or bare_conj(v.tokens[k].norm) not in ag["suspects"]:
        return None
    end = k + 1 if k + 1 < n and v.tokens[k + 1].norm in ag["suspect_links"] else k
    return doc.span(v.tokens[k].span.start, v.tokens[end].span.end)


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
            or any(_preposition(p) for p, _s, _x in v.keys[k][1:2]) \
            or any(p.endswith((g["fused"], g["article"])) and _preposition(p) for p, _s, _x in v.keys[k][1:]):
        return False  # (a preposition fused with the article, "للاشتباه", "بالحادث", in any reading)
    return not any(p.span.start <= t.span.start < p.span.end for p in doc.places)


def _preposition(prefix: str) -> bool:
    """A proclitic with a preposition: لـ، بـ، للـ, also before the article ("بال"), not the article
    alone or after a conjunction ("ال", "وال": its lam is the article's)."""
    g = grammar()
    if prefix.endswith(g["fused"]):
        return True
    if prefix.endswith(g["article"]):
        prefix = prefix[:-len(g["article"])]
    return prefix.endswith((g["lam"], g["bi"]))


def _masdar(v: TokenView, i: int) -> bool:
    """The trigger word at token i is a noun (a masdar): with the article, a preposition, or after a
    noun marker ("عن تفكيك"), not a verb ("اعتقلت الشرطة")."""
    g = grammar()
    t = v.tokens[i]
    if t.span.text.startswith(g["article"]) or t.span.text.endswith(actor_grammar()["noun_endings"]):
        # (as written: "ألقت" folds to what looks like the article, "الاعتقال" has it)
        return True
    return i > 0 and bare_conj(v.tokens[i - 1].norm) in actor_grammar()["noun_marker"]
