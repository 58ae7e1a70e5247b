"""Actor phrases of an article: the groups, forces and people that events may be done by or to.

Reads ``doc.entities`` and a :class:`TokenView`; returns :class:`ActorPhrase` objects with their
spans; adds nothing to the Doc. Loads ``lang/ar/events/actors.tsv``, ``words.tsv`` and ``grammar.yaml``
through :mod:`khabar.extract.event_words`, ``actor_grammar.yaml`` (leader, support, qualifier and
against words, list commas, brackets, quotes, the latter, names of places) and
``lang/ar/aliases/person_titles.tsv`` (a title after a definite group name starts a person:
"الحوثيون الوزير"). Which phrase does what in a clause is chosen in :mod:`khabar.extract.event_actors`.

Actor phrases are actor words extended over following definite words, an agreeing nisba adjective
(قوات إسرائيلية), an affiliation (قوات تابعة للحوثيين) or the name a head noun governs (مقاتلي صالح),
plus ORG/PER entities; joined when coordinated by و (also past a comma or a title: جبهة النصرة،
والجيش الحر؛ الحوثيين والمخلوع صالح), qualified by a leader or supporter (التحالف الذي تقوده
السعودية), a short name in brackets (حماس) or the group armed men come from (متمردين من حزب العمال
الكردستاني); a group after a qualifier (ذراع تنظيم القاعدة) is dropped; named without a leading
conjunction or preposition.

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="x", text="قصفت قوات النظام مواقع المعارضة"))
    >>> [a.text for a in actor_phrases(doc, TokenView(doc))]
    ['قوات النظام', 'المعارضة']
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from khabar.doc import Doc, Span
from khabar.extract.event_words import TokenView, grammar

_EXTEND_MAX = 3
_LIST_REACH = 15  # tokens before a list of actors where بين makes its comma part two sides
_NOT_NAME = frozenset({"target", "killed", "injured", "placehead", "near", "affiliation"})
# a weapon, a means of attack or tear gas with the article right after a definite word is no adjective
# nor genitive of it (a noun with the article governs none): the verb's object ("أطلقت الشرطة التركية
# الغاز المسيل للدموع", "استخدم الجيش الصواريخ"); after an indefinite head it is ("قوات المدفعية")
_OBJECT_KINDS = frozenset({"weapons", "means", "teargas"})


@dataclass(slots=True)
class ActorPhrase:
    i: int  # token range
    j: int
    span: Span
    category: str
    name: str = ""  # the phrase without a leading conjunction or preposition ("للحوثيين" → "الحوثيين")
    prep: bool = False  # a preposition is fused to it ("للحوثيين", "بقوات"): never a subject
    named: bool = False  # it names a known group (an entity of actors.yaml), not a description (المسلحين)

    @property
    def text(self) -> str:
        return self.name or self.span.text


_MARK_CHARS = frozenset(chr(c) for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, 0x0640])


def strip_proclitics(text: str, prefix: str) -> str:
    """``text`` without the proclitics ``prefix`` (normalised letters) at its start; a
    preposition fused with the article ("لل") leaves the article: "للحوثيين" → "الحوثيين"."""
    if not prefix:
        return text
    g = grammar()
    keep_article = prefix.endswith((g["article"], g["fused"]))
    drop = len(prefix) - (2 if keep_article else 0)
    k = 0
    seen = 0
    while k < len(text) and seen < drop:
        if text[k] not in _MARK_CHARS:
            seen += 1
        k += 1
    while k < len(text) and text[k] in _MARK_CHARS:
        k += 1
    rest = text[k:]
    if prefix.endswith(g["fused"]):
        return g["article"] + rest[2:] if len(rest) > 2 else text
    return rest or text


def _entity_prefix(norm: str) -> str:
    """A conjunction/preposition fused with the article at the start of an entity ("للحوثيين")."""
    for p in grammar()["prefixes"]:
        if norm.startswith(p) and len(norm) - len(p) >= 3:
            return p
    return ""


def actor_phrases(doc: Doc, v: TokenView) -> list[ActorPhrase]:
    """Actor words (actors.tsv) extended over following definite words, plus ORG entities."""
    stop = stop_words()
    out: list[ActorPhrase] = []
    covered: set[int] = set()
    g = grammar()
    kinds = v.kinds()
    ntok = len(v.tokens)
    starts = v.doc.token_starts()
    names: dict[int, tuple[int, str]] = {}  # first token of an ORG/PER entity -> (end token, category)
    for e in doc.entities:
        if e.label in ("ORG", "PER"):
            i = max(0, bisect.bisect_right(starts, e.span.start) - 1)
            if i < ntok:
                cat = _category(e.actor_category) if e.label == "ORG" else "person"
                names[i] = (max(bisect.bisect_left(starts, e.span.end), i + 1), cat)
    # a person's name that ends in a group word ("عبدالله بن يحيى الحوثي") is the person, not the group
    # so is a group's name that holds an actor word ("مجلس شورى ثوار بنغازي": the council, not ثوار)
    inside_person: set[int] = set()
    for e in doc.entities:
        if e.label == "PER" or (e.label == "ORG" and e.actor_category):
            i = max(0, bisect.bisect_right(starts, e.span.start) - 1)
            inside_person.update(range(i + 1, bisect.bisect_left(starts, e.span.end)))
    # words of a time expression end a phrase ("ومهاجم الجمعة": the attacker, on Friday)
    in_time: set[int] = set()
    for t in doc.times:
        in_time.update(range(bisect.bisect_left(starts, t.span.start), bisect.bisect_left(starts, t.span.end)))
    # a toponym right after a word with the article is no adjective nor genitive of it: a new noun
    # ("قصفت قوات النظام الحولة وتلبيسة": the towns shelled, not part of the forces' name)
    towns = {k: bisect.bisect_left(starts, p.span.end) for p in doc.places
             if (k := bisect.bisect_right(starts, p.span.start) - 1) >= 0 and starts[k] == p.span.start}
    for m in v.scan("actors"):
        if m.i in inside_person:
            continue
        if g["madda"] in v.tokens[m.i].span.text and g["madda"] not in m.entry.get("form", ""):
            continue  # "الخروج الآمن": the madda is written, the word is "safe" (آمن), not "security" (أمن)
        if m.i in covered:
            # inside a longer phrase ("قوات تابعة للحوثيين"): a head noun takes the side it names
            if out and out[-1].category == "armed" and out[-1].i <= m.i < out[-1].j:
                out[-1].category = m.entry["category"]
            continue
        head = m.entry.get("head") == "yes"
        if m.i > 0 and bare_conj(v.tokens[m.i - 1].norm) in actor_grammar()["concept_heads"] \
                and v.tokens[m.i - 1].sentence == v.tokens[m.i].sentence:
            continue  # "انعدام الأمن", "لتعزيز الأمن", "مجلس الأمن": the idea or another body, no actor
        if m.entry["category"] == "external" and m.i > 0 and (kinds[m.i - 1] & {"near", "locative"} or _territory_of(v, m.i)) \
                and v.tokens[m.i - 1].sentence == v.tokens[m.i].sentence:
            continue  # "جنوب السعودية", "في تركيا", "من أراضي المملكة", "الحدودية مع المملكة": a country as a place
        if head and (m.suffix or (m.i > 0 and _is_number(v, m.i - 1))):
            continue  # "مقاتليها": a pronoun names the actor elsewhere; "7 عناصر": a count of victims
        sent = v.tokens[m.i].sentence

        def extends(k: int) -> bool:
            t = v.tokens[k]
            return t.is_word and t.sentence == sent and t.norm not in stop and not v.triggers_at(k) \
                and k not in in_time
        j = m.j
        if j + 1 < ntok and v.tokens[j].span.text in actor_grammar()["quotes"] and extends(j + 1) \
                and v.tokens[j + 1].norm.startswith(g["article"]):
            j += 1  # طائرات «التحالف العربي»: the name in quotes
        # "الحوثيون الوزير السابق": after a definite word a title starts a new noun (a person), not an adjective
        # so after a group's name ("أعدم تنظيم داعش الشيخ فلان": the sheikh is the one executed)
        titles = person_titles() if v.tokens[m.i].norm.startswith(g["article"]) or m.prefix.endswith(
            (g["article"], g["fused"])) or not head or m.j - m.i > 1 else frozenset()
        while j < ntok and j - m.j < _EXTEND_MAX and extends(j) and _definite(v, j) \
                and not kinds[j] & _NOT_NAME and v.tokens[j].norm not in titles \
                and v.tokens[j].norm not in actor_grammar()["suspects"] \
                and not (j in towns and _definite(v, j - 1)) and not (m.entry["category"] != "civilian" and _civilian_after_definite(v, j)) \
                and not (kinds[j] & _OBJECT_KINDS and _definite(v, j - 1)) \
                and not _nun_plural(v, j - 1):
            j += 1
        # "قيادة عمليات بغداد": a head phrase ending in a noun with no article is a construct chain still
        # open; the toponym right after it is its genitive, the region the command is of. Governing no
        # place it is the verbal noun ("مقر قيادة عمليات حزب الله": the HQ leading its operations): no actor
        if head and m.j - m.i > 1 and not m.suffix and not v.tokens[m.j - 1].norm.startswith(g["article"]):
            if m.j not in towns:
                continue
            j = max(j, towns[m.j], m.j + 1)
        # (the tagger may have left out the first name: "الرئيس المخلوع علي [عبدالله صالح]")
        # (a title names a person next: علي is no على there, whatever the folding)
        first = j + 1 if j not in names and j + 1 in names and j < ntok and v.tokens[j].is_word \
            and not v.tokens[j].norm.startswith(g["article"]) and v.tokens[j].sentence == sent else j
        if head and j > m.j and first in names and names[first][1] == "person" and not m.suffix \
                and any(v.tokens[x].norm in person_titles() for x in range(m.j, j)):
            j = names[first][0]  # "قوات الرئيس السابق علي عبد الله صالح": the titled person the forces follow
        category = m.entry["category"]
        quoted = head and j == m.j and not m.suffix and j + 1 < ntok and j not in names \
            and v.tokens[j].span.text in actor_grammar()["quotes"] and j + 1 in names
        if head and j == m.j and (j in names or quoted) and not m.suffix:
            # "مقاتلي صالح", "قوات هادي": a head noun and the name it governs, also in quotes ("عناصر «داعش»")
            j, name_cat = names[j + 1 if quoted else j]
            if quoted and j < ntok and v.tokens[j].span.text in g["quotes"] \
                    and v.tokens[j].span.text not in actor_grammar()["brackets"]:
                j += 1  # the closing quote
            if name_cat != "person":
                category = name_cat
        # a word in the construct state (no article, a plural's ي/و ending) and a word after it to govern
        construct = j == m.j and not m.suffix and j < ntok and extends(j) \
            and not v.tokens[m.i].norm.startswith(g["article"]) and not m.prefix.endswith((g["article"], g["fused"])) \
            and v.tokens[m.i].norm.endswith(actor_grammar()["construct_endings"])
        if construct and head and not kinds[j] and not _is_number(v, j):
            j += 1  # "ومقاتلي صالح": a head in the construct state names who it belongs to, even unknown
        if construct and not head and m.j - m.i == 1:
            # "مسلحي داعش", "مقاتلو الحوثي": a plural in the construct state and the group it belongs to
            nxt = v.match_at("actors", j)
            if j in names and names[j][1] != "person":
                j, category = names[j]
            elif nxt is not None and nxt.entry.get("head") != "yes" and not nxt.prefix:
                j = nxt.j
        # "قوات إسرائيلية", "مستوطنون إسرائيليون": a plural with an indefinite nisba adjective that agrees
        if j == m.j and j < ntok and extends(j) and not m.suffix and not kinds[j] \
                and _nisba_agrees(v.tokens[j - 1].norm, v.tokens[j].norm, head):
            j += 1
        # "طائرات حربية يعتقد أنها تابعة لتحالف": a hedge may stand before the affiliation
        hedge = _hedge_end(v, j, ntok)
        if hedge > j and hedge + 1 < ntok and "affiliation" in kinds[hedge] and not m.suffix:
            j = hedge
        if not m.suffix:
            j = _affiliation_end(v, names, m.i, j, extends)
        if category == "armed" and m.i in names and names[m.i][0] == j and names[m.i][1] != "person":
            category = names[m.i][1]  # "قوات الوفاق": the group's name tells its side
        if category == "armed" and j - m.j == 1 and _country_forces(v, m.i, j):
            category = "state"  # "القوات الأوكرانية": a state's forces
        span = doc.span(v.tokens[m.i].span.start, v.tokens[j - 1].span.end)
        out.append(ActorPhrase(m.i, j, span, category, strip_proclitics(span.text, m.prefix),
                               _has_preposition(m.prefix)))
        covered.update(range(m.i, j))
    if doc.entities:
        times = sorted((t.span.start, t.span.end) for t in doc.times)
        t_starts = [a for a, _b in times]
        said = sorted({(c.speaker.start, c.speaker.end) for c in doc.claims
                       if c.speaker is not None and not adopts_deed(c)})
        s_starts = [a for a, _b in said]
        from khabar.extract.event_context import _dateline_end  # (event_context reads the actor phrases)

        dateline = _dateline_end(doc.text)
        placed = sorted((p.span.start, p.span.end) for p in doc.places if p.span.end <= dateline)
        p_starts = [a for a, _b in placed]
        for e in doc.entities:
            if e.label not in ("ORG", "PER"):
                continue
            k = bisect.bisect_right(t_starts, e.span.start) - 1
            if k >= 0 and times[k][1] >= e.span.end:
                continue  # "21 أبريل (نيسان) 2004": a month's name inside a date is no party
            if e.label == "ORG" and not e.actor_category and _inside(placed, p_starts, e.span.start, e.span.end):
                continue  # "رويترز- بنغازي:": the dateline's place the tagger read as an organisation
            if not e.actor_category and _inside(said, s_starts, e.span.start, e.span.end):
                continue  # "قال مصدر قبلي (عكاظ)", "أوضح اللواء التركي": the speaker and its outlet are no party
            i = max(0, bisect.bisect_right(starts, e.span.start) - 1)
            j = bisect.bisect_left(starts, e.span.end)
            if i >= len(v.tokens) or any(k in covered for k in range(i, max(j, i + 1))):
                continue
            if i > 0 and "placehead" in kinds[i - 1]:
                continue  # "في منطقة القاعدة": a place that shares a group's name
            medium = _outlet(v, i, j) if not e.actor_category else None
            if medium == "told":
                continue  # "قال لـ«الشرق الأوسط»:": the paper a source spoke to is no party
            if not e.actor_category and "placehead" in kinds[i]:
                continue  # "مسجد ناحية المشيرفة": a place the tagger read as an organisation
            if e.label == "PER" and j - i == 1 and e.span.text in actor_grammar()["particles"]:
                continue  # "غارات على مواقع", "واعتدوا عليه": a particle the tagger read as the name علي
            if e.label == "PER" and j - i == 1 and bare_conj(v.tokens[i].norm) in actor_grammar()["sounds"]:
                continue  # "وسمع دوي انفجارات": a sound the tagger read as a name
            if e.label == "PER" and any(v.tokens[k].stem in actor_grammar()["named_places"]
                                        or v.tokens[k].norm in actor_grammar()["named_places"]
                                        for k in range(max(0, i - 2), i)):
                continue  # "جامع الإمام الصادق": the person names the mosque
            if e.label == "ORG" and not e.actor_category and any(
                    v.tokens[k].stem in actor_grammar()["named_places"] or v.tokens[k].norm in actor_grammar()["named_places"]
                    for k in _name_heads(v, i, j)):
                continue  # "قاعدة العند", "مستشفى الشفاء", موقع "أومان": a place named like an organisation
            if not e.actor_category and i > 1 and v.tokens[i - 1].span.text in actor_grammar()["quotes"] \
                    and v.triggers_at(i - 2) and v.tokens[i - 2].sentence == v.tokens[i].sentence:
                continue  # "بتفجير «الصادق»": a name quoted right after an attack is the place attacked
            if not e.actor_category and v.triggers_at(i):
                continue  # "دمرت أرتالا": a tagger's name that starts with an event word is the event
            if (e.label == "ORG" and e.canonical and not e.actor_category) or "media" in kinds[i] \
                    or (i > 0 and "media" in kinds[i - 1]):
                continue  # monitors, agencies and news outlets report events; they are no party
            cat = _category(e.actor_category)
            prefix = _entity_prefix(v.tokens[i].norm)
            # a name the tagger found past its word's proclitics ("لـ|جان المقاومة") has none left to strip
            name = e.span.text if e.span.start > v.tokens[i].span.start else strip_proclitics(e.span.text, prefix)
            if j - i == 1 and _folded(name) in actor_grammar()["ambiguous"]:
                continue  # "القاعدة" alone is the base more often than the group
            span = e.span
            if e.label == "ORG" and e.actor_category and i < j < len(v.tokens):
                sent = v.tokens[i].sentence
                end = _affiliation_end(v, names, i, j, lambda k: v.tokens[k].is_word and v.tokens[k].sentence == sent
                                       and v.tokens[k].norm not in stop_words() and not v.triggers_at(k))
                if end > j:  # "لجان المقاومة الشعبية الموالية للرئيس فلان": one actor
                    span = doc.span(e.span.start, v.tokens[end - 1].span.end)
                    name += doc.text[e.span.end:span.end]
                    covered.update(range(i, end))
                    j = end
            # "قناة «سي إن إن»", "موقع التواصل الاجتماعي «تويتر»": a medium reports and may be attacked
            # ("الهجوم على صحيفة «شارلي إيبدو»"), it does nothing itself: no subject
            out.append(ActorPhrase(i, max(j, i + 1), span, cat if e.label == "ORG" else "person", name,
                                   _has_preposition(prefix) or medium == "named"))
    out.sort(key=lambda a: a.i)
    out = _coordinate(doc, v, out)
    _revolt_against_regime(v, out)
    out = _drop_qualifiers(v, out)
    out = _latter(doc, v, out)
    beside = actor_grammar()["beside"]
    for a in out:  # "قتله أمام أطفاله", "احتجاجات أمام وزارة التعليم", "أسرى لدى الميليشيات": where, no party
        if a.i > 0 and v.tokens[a.i - 1].norm in beside and v.tokens[a.i - 1].sentence == v.tokens[a.i].sentence:
            a.prep = True
    groups = sorted((e.span.start, e.span.end) for e in doc.entities if e.label == "ORG" and e.actor_category)
    if groups:
        g_starts = [s for s, _e in groups]
        for a in out:
            k = bisect.bisect_left(g_starts, a.span.end)  # groups starting before the phrase ends
            a.named = any(groups[x][1] > a.span.start for x in range(max(0, k - 3), k))
    return out


def _revolt_against_regime(v: TokenView, phrases: list[ActorPhrase]) -> None:
    """"الثوار" (actor_grammar.yaml revolutionaries) stand against the government an article calls a
    regime (a state phrase with regime_words: "قوات النظام", "طيران نظام الأسد"): there they are rebels, not
    the pro-government fighters they are where the government is the one they defend."""
    ag = actor_grammar()
    regime = any(a.category in ("state", "air") and any(bare_conj(t.norm) in ag["regime_words"]
                                                        for t in v.tokens[a.i:a.j]) for a in phrases)
    if not regime:
        return
    for a in phrases:
        if a.category == "pro_gov" and a.j - a.i == 1 and bare_conj(v.tokens[a.i].norm) in ag["revolutionaries"]:
            a.category = "rebel"


def _affiliation(v: TokenView, k: int) -> bool:
    """Token k is an affiliation word (words.tsv kind affiliation, actor_grammar.yaml affiliation_words)."""
    return "affiliation" in v.kinds()[k] or bare_conj(v.tokens[k].norm) in actor_grammar()["affiliation"]


def _affiliation_end(v: TokenView, names: dict[int, tuple[int, str]], i: int, j: int, extends) -> int:
    """The end of an actor phrase [i, j) that an affiliation word and the one it names with لـ go on
    ("قوات تابعة للانقلابيين", "القوات الموالية لحكومة هادي", "لجان المقاومة الموالية للرئيس فلان"); j when
    none follows. The lexicon's own phrase may end in the affiliation ("القوات الموالية" + "للرئيس فلان").
    ``extends(k)``: whether token k may still belong to the phrase."""
    g = grammar()
    kinds = v.kinds()
    ntok = len(v.tokens)
    aff = j - 1 if j - 1 > i and _affiliation(v, j - 1) else j
    if not (aff + 1 < ntok and _affiliation(v, aff) and extends(aff) and extends(aff + 1)
            and any(p.endswith((g["lam"], g["fused"])) for p, _s, _x in v.keys[aff + 1])):
        return j
    j = aff + 2
    # the لـ noun in the construct state ("لحكومة هادي", not "للحكومة", "لها") governs the word after it
    construct = not any(p.endswith(g["fused"]) for p, _s, _x in v.keys[j - 1][1:]) \
        and v.tokens[j - 1].span.text.rstrip("".join(_MARK_CHARS)).endswith(actor_grammar()["noun_endings"])
    stop_at = j + 2
    while j < min(stop_at, ntok) and extends(j) and not kinds[j] & _NOT_NAME and not _is_number(v, j) \
            and (_definite(v, j) or (construct and j == aff + 2)):
        j += 1
    title = next((x for x in range(aff + 1, j) if any(st in person_titles() for _p, st, _x in v.keys[x])), None)
    if title is not None:
        # "الموالية للرئيس اليمني فلان", "لحكومة الرئيس فلان": the person the title names is whom they follow
        for x in range(title + 1, min(title + 3, ntok)):
            if x in names and names[x][1] == "person" and v.tokens[x].sentence == v.tokens[title].sentence:
                return max(j, names[x][0])
            if not extends(x) or kinds[x] or x >= j:
                break
    return j


def _civilian_after_definite(v: TokenView, k: int) -> bool:
    """Whether civilians named by the lexicon ("المدنيين", "الأهالي", "الأحياء السكنية") start at token k right
    after a definite word: a noun with the article governs no second one, so after an armed group's name
    they are a new noun, the object of a verb before its subject ("قصفت قوات النظام الأحياء السكنية"), not
    the name going on (after civilians they describe them: "السكان المدنيين")."""
    m = v.match_at("actors", k)
    return m is not None and m.i == k and not m.prefix and m.entry["category"] == "civilian" and _definite(v, k - 1)


def _nun_plural(v: TokenView, k: int) -> bool:
    """Whether token k is an indefinite sound masculine plural with its ن ("مسلحون", "متمردين"): such a
    noun is in no construct state (that drops the ن: "مسلحو الحوثي") and takes no definite adjective, so a
    definite word after it starts a new noun ("احتجز مسلحون الرهائن": the hostages are the object)."""
    w = v.tokens[k].norm
    w = bare_conj(w) if w.startswith(grammar()["and"]) else w
    return not w.startswith(grammar()["article"]) and len(w) > 4 and w.endswith(actor_grammar()["plural_endings"]) \
        and not any(p.endswith((grammar()["article"], grammar()["fused"])) for p, _s, _x in v.keys[k][1:])


def _definite(v: TokenView, k: int) -> bool:
    """Whether token k carries the article as written: a word with a hamza on its first alef only folds
    like it ("الجيش السوري ألقى": a verb, no adjective of the army)."""
    article = grammar()["article"]
    return v.tokens[k].norm.startswith(article) and v.tokens[k].span.text.startswith(article[0])


def _name_heads(v: TokenView, i: int, j: int) -> list[int]:
    """The first token of the entity at tokens [i, j), and the word before it when the entity is one
    word ("مسجد الصادق") or stands in quotes (موقع "أومان"); not "مسجد طوارئ عسير", whose owner is named."""
    if i > 1 and v.tokens[i - 1].span.text in actor_grammar()["quotes"] and v.tokens[i - 2].sentence == v.tokens[i].sentence:
        return [i, i - 2]
    if j - i == 1 and i > 0 and v.tokens[i - 1].sentence == v.tokens[i].sentence:
        return [i, i - 1]
    return [i]


# ACLED actor categories of actors.yaml in the terms of actors.tsv (militias: side unknown)
_CATEGORY = {"state forces": "state", "rebel group": "rebel", "external/other forces": "external",
             "political militia": "armed", "identity militia": "armed", "civilians": "civilian",
             "protesters": "civilian", "rioters": "civilian"}


def _category(acled: str | None) -> str:
    return _CATEGORY.get((acled or "").lower(), "org")


def _drop_qualifiers(v: TokenView, phrases: list[ActorPhrase]) -> list[ActorPhrase]:
    """"جبهة النصرة، ذراع تنظيم القاعدة", "بوكو حرام التي بايعت مؤخرا تنظيم داعش": a group after a
    qualifier cue (actor_grammar.yaml) that follows another group within three tokens says what that
    group belongs to; it is dropped (one adverb may stand between the cue and it)."""
    cues = actor_grammar()["qualifier"]
    kinds = v.kinds()
    out: list[ActorPhrase] = []
    for a in phrases:
        k = a.i - 1
        if k > 0 and bare_conj(v.tokens[k].norm) not in cues and v.tokens[k].is_word and not kinds[k]:
            k -= 1  # "بايعت مؤخرا تنظيم داعش"
        sent = v.tokens[a.i].sentence
        if k > 0 and bare_conj(v.tokens[k].norm) in cues and any(
                k - 3 <= b.j <= k and v.tokens[b.i].sentence == sent for b in out[-2:]):
            continue
        out.append(a)
    return out


def _latter(doc: Doc, v: TokenView, phrases: list[ActorPhrase]) -> list[ActorPhrase]:
    """"رد الأخير بقصف": the latter names the actor named last before it (its evidence is the word)."""
    if not phrases:
        return phrases
    g = grammar()
    words = _with_conj(actor_grammar()["latter"])  # "الأخير", "والأخير": one set lookup a token
    definite = (g["article"], g["fused"])
    # after a definite noun, also one with a clitic ("بالأحداث الأخيرة"), it is an adjective
    hits = [k for k, t in enumerate(v.tokens) if t.norm in words and t.is_word
            and not (k > 0 and (v.tokens[k - 1].norm.startswith(g["article"])
                                or any(p.endswith(definite) for p, _s, _x in v.keys[k - 1])))]
    if not hits:
        return phrases
    starts = [a.i for a in phrases]
    out = list(phrases)
    for k in hits:
        x = bisect.bisect_right(starts, k) - 1
        while x >= 0 and (phrases[x].j > k or phrases[x].category == "civilian"):
            x -= 1
        if x < 0 or (x + 1 < len(phrases) and phrases[x + 1].i <= k < phrases[x + 1].j):
            continue
        ante = phrases[x]
        out.append(ActorPhrase(k, k + 1, v.tokens[k].span, ante.category, ante.text, False, ante.named))
    out.sort(key=lambda a: a.i)
    return out


def _inside(spans: list[tuple[int, int]], span_starts: list[int], s: int, e: int) -> bool:
    """Whether [s, e) lies within one of the sorted ``spans`` (a few may overlap)."""
    k = bisect.bisect_right(span_starts, s)
    return any(spans[x][1] >= e for x in range(max(0, k - 3), k))


def _hedge_end(v: TokenView, j: int, ntok: int) -> int:
    """The end of a hedge of two words starting at token j ("يعتقد أنها", "يرجح أنه": actor_grammar.yaml
    hedges), else j."""
    if j + 1 < ntok and (v.tokens[j].norm, v.tokens[j + 1].norm) in actor_grammar()["hedges"]:
        return j + 2
    return j


def belongs_before(v: TokenView, j: int, i: int) -> bool:
    """Only a belonging verb and إلى (a group's head word and a quote may follow) among tokens [j, i):
    "ينتمون إلى تنظيم «…»"
    (actor_grammar.yaml belong_words)."""
    ag = actor_grammar()
    if not 2 <= i - j <= 4 or bare_conj(v.tokens[j].norm) not in ag["belong"] or v.tokens[j + 1].norm not in ag["to"]:
        return False
    # (a group's head word or a quote may stand before its name: "إلى تنظيم «أنصار بيت المقدس»")
    return all(v.tokens[k].span.text in grammar()["quotes"] or "orghead" in v.kinds()[k] for k in range(j + 2, i))


def _coordinate(doc: Doc, v: TokenView, phrases: list[ActorPhrase]) -> list[ActorPhrase]:
    """"الحوثيين وقوات صالح": actors joined by و act together and make one phrase (not after بين,
    where they are the two sides)."""
    kinds = v.kinds()
    out: list[ActorPhrase] = []
    commas = actor_grammar()["list_commas"]
    closing_quotes = grammar()["quotes"] - actor_grammar()["brackets"] - actor_grammar()["quotes"] | {'"'}
    groups = {(e.span.start, e.span.end) for e in doc.entities if e.actor_category}
    entity_spans = {(a.i, a.j) for a in phrases if (a.span.start, a.span.end) in groups}
    for a in phrases:
        prev = out[-1] if out else None
        # "جبهة النصرة، وأحرار الشام، والجيش الحر": a comma may stand before the و of a list
        # (not after بين, where the comma parts the two sides: "بين المقاومة المدعومة بالطيران، والحوثيين")
        # "مليشيات الحوثيين والمخلوع صالح": a title or epithet may stand between و and a person's name
        titled = prev is not None and prev.j + 1 == a.i and a.category == "person" \
            and v.tokens[prev.j].norm.startswith(grammar()["and"] + grammar()["article"]) \
            and len(v.tokens[prev.j].norm) >= 6 and not kinds[prev.j] and not v.triggers_at(prev.j)  # not "والد"
        # "«جبهة النصرة» والفصائل": the quote closing the first name stands before the و
        gap_ok = prev is not None and (prev.j == a.i or titled or (
            prev.j + 1 == a.i and v.tokens[prev.j].span.text in closing_quotes) or (
            prev.j + 1 == a.i and v.tokens[prev.j].span.text in commas
            and not any("between" in kinds[k] and v.tokens[k].sentence == v.tokens[a.i].sentence
                        for k in range(max(0, prev.i - _LIST_REACH), prev.i))))
        if prev is not None and gap_ok and v.tokens[a.i].sentence == v.tokens[prev.i].sentence \
                and (titled or v.tokens[a.i].norm.startswith(grammar()["and"])) \
                and not any("between" in kinds[k] for k in range(max(0, prev.i - 3), prev.i)) \
                and (prev.category == "civilian") == (a.category == "civilian"):
            span = doc.span(prev.span.start, a.span.end)
            name = prev.text + doc.text[prev.span.end:a.span.start] + a.span.text
            # "القوات والمقاومة": forces of no told side joined to a group of a known side fight on that side
            cat = a.category if prev.category == "armed" and a.category not in ("armed", "person", "org") \
                else prev.category
            out[-1] = ActorPhrase(prev.i, a.j, span, cat, name, prev.prep, prev.named or a.named)
            continue
        if prev is not None and prev.j == a.i and a.category == "person" \
                and prev.category not in ("civilian", "person") and not a.prep \
                and v.tokens[prev.j - 1].norm in actor_grammar()["epithets"] \
                and v.tokens[a.i].sentence == v.tokens[prev.i].sentence:
            # "ميليشيا الحوثي وقوات المخلوع صالح": the leader named after an epithet ending the group's
            # phrase is the one the group is named by
            span = doc.span(prev.span.start, a.span.end)
            out[-1] = ActorPhrase(prev.i, a.j, span, prev.category, prev.text + doc.text[prev.span.end:a.span.end],
                                  prev.prep, prev.named)
            continue
        if prev is not None and _plural_adjective(v, prev, a):
            # "مستوطنين متطرفين", "مهاجمون ملثمون": an indefinite sound plural keeps its nun, so it heads no
            # construct; the indefinite plural of the same case right after it is its adjective (one actor,
            # on the side the adjective tells when the noun tells none: "مقاتلين متطرفين")
            span = doc.span(prev.span.start, a.span.end)
            cat = a.category if prev.category == "armed" else prev.category
            out[-1] = ActorPhrase(prev.i, a.j, span, cat, prev.text + doc.text[prev.span.end:a.span.end],
                                  prev.prep, prev.named or a.named)
            continue
        if prev is not None and prev.j + 1 == a.i and a.j < len(v.tokens) \
                and v.tokens[prev.j].span.text in actor_grammar()["brackets"] \
                and v.tokens[a.j].span.text in actor_grammar()["brackets"] and not a.prep \
                and v.tokens[a.i].sentence == v.tokens[prev.i].sentence:
            # "حركة المقاومة الإسلامية (حماس)": the short name in brackets is the same group
            end = v.tokens[a.j].span.end
            span = doc.span(prev.span.start, end)
            out[-1] = ActorPhrase(prev.i, a.j + 1, span, prev.category, prev.text + doc.text[prev.span.end:end],
                                  prev.prep, prev.named or a.named)
            continue
        if prev is not None and prev.j + 1 == a.i and v.tokens[prev.j].norm == grammar()["of"] \
                and v.tokens[a.i].sentence == v.tokens[prev.i].sentence and not a.prep \
                and prev.category not in ("civilian", "person", "org") and a.category not in ("civilian", "person") \
                and prev.j - prev.i == 1 and (a.i, a.j) in entity_spans:
            # "متمردين من حزب العمال الكردستاني": the group the armed men come from names them
            span = doc.span(prev.span.start, a.span.end)
            out[-1] = ActorPhrase(prev.i, a.j, span, a.category, prev.text + doc.text[prev.span.end:a.span.end],
                                  prev.prep, True)
            continue
        if prev is not None and prev.j == a.i and a.prep and v.tokens[a.i].sentence == v.tokens[prev.i].sentence \
                and v.tokens[prev.j - 1].norm in actor_grammar()["against"]:
            # "القوات المناهضة للحوثيين": whom it fights names the actor
            span = doc.span(prev.span.start, a.span.end)
            out[-1] = ActorPhrase(prev.i, a.j, span, prev.category, prev.text + doc.text[prev.span.end:a.span.end],
                                  prev.prep, prev.named)
            continue
        if prev is not None and a.category not in ("civilian", "person") and not a.prep \
                and belongs_before(v, prev.j, a.i) and v.tokens[a.i].sentence == v.tokens[prev.i].sentence:
            # "مسلحون ينتمون إلى تنظيم داعش": the group they belong to names them (with its closing quote)
            j = a.j + 1 if a.j < len(v.tokens) and v.tokens[a.j].span.text in grammar()["quotes"] \
                and v.tokens[a.j].span.text not in actor_grammar()["brackets"] else a.j
            end = v.tokens[j - 1].span.end
            out[-1] = ActorPhrase(prev.i, j, doc.span(prev.span.start, end), a.category,
                                  prev.text + doc.text[prev.span.end:end], prev.prep, prev.named or a.named)
            continue
        if prev is not None and a.i - prev.j == 1 and not a.prep and a.category not in ("civilian", "person") \
                and v.tokens[prev.j].norm in actor_grammar()["apposition"] \
                and v.tokens[a.i].sentence == v.tokens[prev.i].sentence:
            # "قوات المقاومة الشعبية وهي قوات الحركة الانفصالية": what they are, said of them, is one actor
            span = doc.span(prev.span.start, a.span.end)
            out[-1] = ActorPhrase(prev.i, a.j, span, prev.category, prev.text + doc.text[prev.span.end:a.span.end],
                                  prev.prep, prev.named or a.named)
            continue
        if prev is not None and 1 <= a.i - prev.j <= 3 and _led_by(v, prev, a):
            # "التحالف الذي تقوده السعودية": the leader qualifies the actor before it
            span = doc.span(prev.span.start, a.span.end)
            name = prev.text + doc.text[prev.span.end:a.span.start] + a.span.text
            out[-1] = ActorPhrase(prev.i, a.j, span, prev.category, name, prev.prep, prev.named or a.named)
            continue
        out.append(a)
    return out


def _country_forces(v: TokenView, i: int, j: int) -> bool:
    """A word for forces (actor_grammar.yaml state_heads) at token i and a country's nisba at token j - 1
    (places' nisba_countries: "القوات العراقية", "قوات سورية")."""
    from khabar.extract.place_lexicon import nisba_countries

    return j - i == 2 and bare_conj(v.tokens[i].norm) in actor_grammar()["state_heads"] \
        and v.tokens[j - 1].norm in nisba_countries()


def _plural_adjective(v: TokenView, prev: ActorPhrase, a: ActorPhrase) -> bool:
    """Whether the one-word phrase ``a`` right after the one-word phrase ``prev`` is its adjective: both
    indefinite sound masculine plurals with the same case ending (actor_grammar.yaml sound_plural_endings),
    no preposition, no و, no person or civilian after it ("مستوطنين متطرفين", not "مسلحين مدنيين")."""
    if prev.j != a.i or prev.j - prev.i != 1 or a.j - a.i != 1 or a.prep \
            or v.tokens[a.i].sentence != v.tokens[prev.i].sentence or a.category in ("person", "civilian"):
        return False
    g = grammar()
    first, second = v.tokens[prev.i].norm, v.tokens[a.i].norm
    if second.startswith((g["and"], g["then"])) or first.startswith(g["article"]) or second.startswith(g["article"]):
        return False
    end = next((e for e in actor_grammar()["plural_endings"] if first.endswith(e)), None)
    return end is not None and second.endswith(end) and len(first) > len(end) + 2 and len(second) > len(end) + 2


def _led_by(v: TokenView, prev: ActorPhrase, a: ActorPhrase) -> bool:
    """Only a leader cue (and a relative pronoun) between two actors of one sentence, a support
    word and من ("الحوثيون المدعومون من إيران") or an alliance word and مع ("الجماعة المتحالفة مع إيران",
    also behind و: "والمتحالف مع")."""
    ag = actor_grammar()
    lo = prev.j + 1 if prev.j < a.i and v.tokens[prev.j].span.text in ag["list_commas"] else prev.j
    gap = range(lo, a.i)  # (behind a comma: "القوات اليمنية، بدعم من المقاومة الشعبية")
    if not 1 <= len(gap) <= 2 or v.tokens[a.i].sentence != v.tokens[prev.i].sentence:
        return False
    *rel, cue = (v.tokens[k].norm for k in gap)
    if cue in ag["leader"] and all(r in ag["relative"] for r in rel):
        return True
    # (behind و when it follows a relative clause: "التحالف الذي تقوده السعودية والمتحالف مع مقاتلين")
    before = bare_conj(rel[0]) if rel else v.tokens[prev.j - 1].norm
    if len(rel) > 1 or (lo > prev.j and not (rel and before in ag["support"])):
        return False
    return (cue == grammar()["of"] and before in ag["support"]) or (cue == ag["with"] and before in ag["allied"])


def _territory_of(v: TokenView, i: int) -> bool:
    """Whether a word of land or borders (actor_grammar.yaml territory_words: أراضي، الحدود، الحدودية)
    stands right before token i, or before مع right before it ("المنطقة الحدودية مع المملكة")."""
    ag = actor_grammar()
    words = ag["territory"]
    k = i - 1
    if k > 0 and bare_conj(v.tokens[k].norm) == ag["with"]:
        k -= 1
    return bare_conj(v.tokens[k].norm) in words or v.tokens[k].norm in words


def _outlet(v: TokenView, i: int, j: int) -> str | None:
    """"named" for a name at tokens [i, j) that a medium's head word (actor_grammar.yaml media_heads: قناة،
    صحيفة، موقع) names, up to two words before it past a quote ("قناة «سي إن إن»", "موقع التواصل الاجتماعي
    «تويتر»"); "told" for one quoted right after a lone لـ and followed by a colon ("قال لـ«الشرق الأوسط»:");
    else None."""
    ag = actor_grammar()
    k = i - 1
    quoted = k >= 0 and v.tokens[k].span.text in ag["quotes"] | ag["name_marks"]
    if quoted:
        k -= 1
    if quoted and k >= 0 and v.tokens[k].norm in ag["media_lams"]:
        after = [t.span.text for t in v.tokens[j:j + 2]]
        if after and (after[0] == ":" or (after[0] in ag["quotes"] | ag["name_marks"] and after[1:] == [":"])):
            return "told"
    heads = ag["media_heads"] | ag["company_heads"]  # "لدى شركة ارديسيس": a company does no violence either
    if any(v.tokens[x].norm in heads or bare_conj(v.tokens[x].norm) in heads
           for x in range(max(0, k - 2), k + 1) if v.tokens[x].sentence == v.tokens[i].sentence):
        return "named"
    return None


def _has_preposition(prefix: str) -> bool:
    g = grammar()
    bare = prefix[1:] if prefix.startswith((g["and"], g["then"])) else prefix
    return bare.startswith((g["lam"], g["bi"]))


def _is_number(v: TokenView, k: int) -> bool:
    return v.tokens[k].norm.isdigit() or v.number_at(k) is not None


def _nisba_agrees(noun: str, adj: str, head: bool) -> bool:
    """An indefinite nisba adjective agreeing with a plural: sound plurals take the same ending
    ("مستوطنون إسرائيليون"), head nouns (broken plurals: قوات، عناصر) the feminine ("قوات إسرائيلية")."""
    g = grammar()
    if len(adj) < 5 or adj.startswith(g["article"]):
        return False
    fem, *sound = g["nisba"]
    for ending in sound:
        if adj.endswith(ending) and noun.endswith(ending[1:]):
            return True
    return head and adj.endswith(fem)


@functools.cache
def person_titles() -> frozenset[str]:
    """Folded titles that precede a person's name (``aliases/person_titles.tsv``: الوزير، الرئيس)."""
    from khabar.lang import load_tsv
    from khabar.text.normalize import normalize_form

    return frozenset(normalize_form(r["form"]) for r in load_tsv("aliases/person_titles.tsv", required=("form",)))


@functools.cache
def stop_words() -> frozenset[str]:
    from khabar.lang import load_tsv
    from khabar.text.normalize import normalize_form

    rows = load_tsv("events/words.tsv", required=("form", "kind"))
    return frozenset(normalize_form(r["form"]) for r in rows if r["kind"] == "stop")


@functools.lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    from khabar.text.normalize import normalize_form

    return normalize_form(text)


@functools.lru_cache(maxsize=16)
def _with_conj(words: frozenset[str]) -> frozenset[str]:
    """``words`` and each of them behind و or ف (what :func:`bare_conj` strips)."""
    g = grammar()
    return words | {c + w for w in words for c in (g["and"], g["then"]) if len(c + w) > 3}


def adopts_deed(claim) -> bool:
    """Is the claim told by a verb of adoption (actor_grammar.yaml claim_verbs: "وتبنت الحركة الهجوم")?
    Its speaker is the doer of the deed it claims, a party, not a mere reporter."""
    from khabar.text.normalize import normalize_form

    return bare_conj(normalize_form(claim.cue.text)) in actor_grammar()["claim_verbs"]


def backed_by(v: TokenView, i: int, lo: int) -> bool:
    """An actor at token i right after a backing cue (actor_grammar.yaml backing_cues: "بمساندة الحشد
    الشعبي") or after one and من, past one adjective ("بدعم جوي من طيران التحالف", "بغطاء من"): it backs
    the deed another does, it is no doer."""
    backing = actor_grammar()["backing"]
    k = i - 1
    if k > lo and v.tokens[k].norm == grammar()["of"]:
        k -= 1
        if k > lo and bare_conj(v.tokens[k].norm) not in backing and v.tokens[k].is_word and not v.kinds()[k]:
            k -= 1  # "بدعم قوي من"
    return k >= lo and bare_conj(v.tokens[k].norm) in backing


def bare_conj(norm: str) -> str:
    g = grammar()
    return norm[1:] if len(norm) > 3 and norm.startswith((g["and"], g["then"])) else norm


@functools.cache
def actor_grammar() -> dict:
    from khabar.lang import load_yaml
    from khabar.text.normalize import normalize_form

    data = load_yaml("events/actor_grammar.yaml") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize_form(x) for x in data.get(key) or ())

    return {"nisba": tuple(normalize_form(x) for x in data.get("nisba_endings") or ()),
            "not_nisba": tuple(normalize_form(x) for x in data.get("not_nisba_endings") or ()),
            "not_victim": frozenset(data.get("not_victim_kinds") or ()),
            "generic": words("generic_persons"),
            "not_victim_words": words("not_victim_words"),
            "waw_nouns": words("waw_nouns"),
            "detained": words("detained_persons"),
            "one_of": words("one_of_them"),
            "anaphors": words("group_anaphors"),
            "anaphor_adjectives": words("anaphor_adjectives"),
            "anaphor_members": words("anaphor_members"),
            "partitive_heads": words("partitive_heads"),
            "staging": words("staging_verbs"),
            "descriptors": words("group_descriptors"),
            "pejorative": words("pejorative_descriptors"),
            "plural_endings": tuple(normalize_form(x) for x in data.get("sound_plural_endings") or ()),
            "plural_nisba_endings": tuple(normalize_form(x) for x in data.get("plural_nisba_endings") or ()),
            "operations": words("operation_words"),
            "operation_cues": words("operation_cues"),
            "phrase_breaks": words("phrase_breaks"),
            "where": words("where_words"),
            "agent": frozenset(tuple(normalize_form(x).split()) for x in data.get("agent_cues") or ()),
            "leader": words("leader_cues"),
            "governing": words("governing_verbs"),
            "governor_skips": words("governor_skips"),
            "killing_verbs": words("killing_verbs"),
            "repel": words("repel_words"),
            "media_heads": words("media_heads"),
            "media_lams": words("media_lams"),
            "company_heads": words("company_heads"),
            "territory": words("territory_words"),
            "concept_heads": words("concept_heads"),
            "particles": frozenset(data.get("name_particles") or ()),
            "beside": words("beside_words"),
            "relative": words("relative_pronouns"),
            "ambiguous": words("ambiguous_names"),
            "noun_marker": words("noun_markers"),
            "support": words("support_words"),
            "backing": words("backing_cues") | words("support_words"),
            "state_heads": words("state_heads"),
            "noun_endings": tuple(data.get("noun_endings") or ()),
            "combatant": words("combatant_persons"),
            "latter": words("latter_words"),
            "named_places": words("named_places"),
            "sounds": words("sound_nouns"),
            "target_verbs": words("target_verbs"),
            "military_bodies": words("military_bodies"),
            "clause_particles": words("clause_particles"),
            "allied": words("allied_words"),
            "affiliation": words("affiliation_words"),
            "majority": words("majority_words"),
            "apposition": words("apposition_pronouns"),
            "epithets": words("leader_epithets"),
            "with": normalize_form(data.get("with") or ""),
            "against": words("against_words"),
            "quotes": frozenset(data.get("quotes") or ()),
            "name_marks": frozenset(data.get("name_marks") or ()),
            "list_commas": frozenset(data.get("list_commas") or ()),
            "brackets": frozenset(data.get("brackets") or ()),
            "bombers": words("bombers"),
            "lone_bombers": words("lone_bombers"),
            "bomber_name_links": words("bomber_name_links"),
            "executors": words("executors"),
            "bombing_verbs": words("bombing_verbs"),
            "suspects": words("suspects"),
            "suspect_links": words("suspect_links"),
            "arrest_preps": words("arrest_preps"),
            "quantity_heads": words("quantity_heads"),
            "quantity_adjectives": words("quantity_adjectives"),
            "quantity_constructs": words("quantity_constructs"),
            "residential": words("residential"),
            "passive_followers": words("passive_followers"),
            "revolutionaries": words("revolutionaries"),
            "regime_words": words("regime_words"),
            "responsibility": words("responsibility_words"),
            "claim_verbs": words("claim_verbs"),
            "not_subject": words("not_subject_after"),
            "qualifier": words("qualifier_cues"),
            "clause_openers": frozenset(tuple(normalize_form(x).split()) for x in data.get("clause_openers") or ()),
            "hedges": frozenset(tuple(normalize_form(x).split()) for x in data.get("hedges") or ()),
            "agent_hedges": frozenset(tuple(normalize_form(x).split()) for x in data.get("agent_hedges") or ()),
            "belong": words("belong_words"),
            "to": words("to"),
            "side": words("side_words"),
            "loser": frozenset(tuple(normalize_form(x).split()) for x in data.get("loser_cues") or ()),
            "group_nisbas": {normalize_form(k): v for k, v in (data.get("group_nisbas") or {}).items()},
            "feminine_ending": normalize_form(data.get("feminine_ending") or ""),
            "construct_endings": tuple(normalize_form(x) for x in data.get("construct_endings") or ())}
