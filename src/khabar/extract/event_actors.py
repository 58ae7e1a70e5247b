"""Actors of an event mention: who did it (actor1) and to whom (actor2).

Reads ``doc.entities`` and a :class:`TokenView`; returns actor phrases with their spans; adds
nothing to the Doc. Loads ``lang/ar/aliases/person_titles.tsv`` (a title after a definite group name
starts a person: "الحوثيون الوزير"), ``lang/ar/events/actors.tsv``, ``words.tsv`` (kinds
near, target, between, present, placehead, affiliation, expel, media …) and ``grammar.yaml``
through :mod:`khabar.extract.event_words`, and ``actor_grammar.yaml`` (agent, leader, support and
control cues, the latter, names of places). What a clause leaves unnamed is filled from the article
by :mod:`khabar.extract.event_actor_fill`.

Actor phrases are actor words extended over following definite words, an agreeing nisba adjective
(قوات إسرائيلية), an affiliation (قوات تابعة للحوثيين) or the name a head noun governs (مقاتلي صالح),
joined when coordinated by و or qualified by a leader or supporter (التحالف الذي تقوده السعودية),
named without a leading conjunction or preposition. actor1/actor2 come from the clause: an agent named
after the event (نسب إلى، من قبل، زرعها; a noun no lexicon knows after such a cue: نفذه ملثمون), the subject before a plural or adjacent verb (SVO) or right
after the verb (VSO), the object after it, targets marked by على/ضد/مواقع/لـ, victims after a killing
word or "N … من", who held a place taken (في أيدي); an actor after a preposition, control, leader or
support word is no doer.

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
_NOUN_REACH = 6  # tokens between a doer and a noun trigger after it ("قوات النظام شنت أمس قصفا")
_AGENT_REACH = 12  # tokens after a trigger where an agent cue may name actor1
_CLAUSE_REACH = 60  # tokens on either side of a trigger where its actors are sought
_LIST_REACH = 15  # tokens before a list of actors where بين makes its comma part two sides
_NOT_NAME = frozenset({"target", "killed", "injured", "placehead", "near", "affiliation"})


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
    starts = [t.span.start for t in v.tokens]
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
    for m in v.scan("actors"):
        if m.i in inside_person:
            continue
        if m.i in covered:
            # inside a longer phrase ("قوات تابعة للحوثيين"): a head noun takes the side it names
            if out and out[-1].category == "armed" and out[-1].i <= m.i < out[-1].j:
                out[-1].category = m.entry["category"]
            continue
        head = m.entry.get("head") == "yes"
        if m.entry["category"] == "external" and m.i > 0 and kinds[m.i - 1] & {"near", "locative"} \
                and v.tokens[m.i - 1].sentence == v.tokens[m.i].sentence:
            continue  # "جنوب السعودية", "في تركيا": a country as a place
        if head and (m.suffix or (m.i > 0 and _is_number(v, m.i - 1))):
            continue  # "مقاتليها": a pronoun names the actor elsewhere; "7 عناصر": a count of victims
        sent = v.tokens[m.i].sentence

        def extends(k: int) -> bool:
            t = v.tokens[k]
            return t.is_word and t.sentence == sent and t.norm not in stop and not v.triggers_at(k)
        j = m.j
        if j + 1 < ntok and v.tokens[j].span.text in actor_grammar()["quotes"] and extends(j + 1) \
                and v.tokens[j + 1].norm.startswith(g["article"]):
            j += 1  # طائرات «التحالف العربي»: the name in quotes
        # "الحوثيون الوزير السابق": after a definite word a title starts a new noun (a person), not an adjective
        titles = person_titles() if v.tokens[m.i].norm.startswith(g["article"]) or m.prefix.endswith(
            (g["article"], g["fused"])) else frozenset()
        while j < ntok and j - m.j < _EXTEND_MAX and extends(j) and v.tokens[j].norm.startswith(g["article"]) \
                and not kinds[j] & _NOT_NAME and v.tokens[j].norm not in titles:
            j += 1
        category = m.entry["category"]
        if head and j == m.j and j in names and not m.suffix:
            j, name_cat = names[j]  # "مقاتلي صالح", "قوات هادي": a head noun and the name it governs
            if name_cat != "person":
                category = name_cat
        # "قوات إسرائيلية", "مستوطنون إسرائيليون": a plural with an indefinite nisba adjective that agrees
        if j == m.j and j < ntok and extends(j) and not m.suffix and not kinds[j] \
                and _nisba_agrees(v.tokens[j - 1].norm, v.tokens[j].norm, head):
            j += 1
        # "قوات تابعة للانقلابيين", "القوات الموالية لحكومة هادي": the affiliation names the actor
        if not m.suffix and j + 1 < ntok and "affiliation" in kinds[j] and extends(j) and extends(j + 1) \
                and any(p.endswith((g["lam"], g["fused"])) for p, _s, _x in v.keys[j + 1]):
            j += 2
            stop_at = j + 2
            while j < min(stop_at, ntok) and extends(j) and v.tokens[j].norm.startswith(g["article"]) \
                    and not kinds[j] & _NOT_NAME:
                j += 1
        if category == "armed" and m.i in names and names[m.i][0] == j and names[m.i][1] != "person":
            category = names[m.i][1]  # "قوات الوفاق": the group's name tells its side
        span = doc.span(v.tokens[m.i].span.start, v.tokens[j - 1].span.end)
        out.append(ActorPhrase(m.i, j, span, category, strip_proclitics(span.text, m.prefix),
                               _has_preposition(m.prefix)))
        covered.update(range(m.i, j))
    if doc.entities:
        for e in doc.entities:
            if e.label not in ("ORG", "PER"):
                continue
            i = max(0, bisect.bisect_right(starts, e.span.start) - 1)
            j = bisect.bisect_left(starts, e.span.end)
            if i >= len(v.tokens) or any(k in covered for k in range(i, max(j, i + 1))):
                continue
            if i > 0 and "placehead" in kinds[i - 1]:
                continue  # "في منطقة القاعدة": a place that shares a group's name
            if e.label == "PER" and any(v.tokens[k].stem in actor_grammar()["named_places"]
                                        or v.tokens[k].norm in actor_grammar()["named_places"]
                                        for k in range(max(0, i - 2), i)):
                continue  # "جامع الإمام الصادق": the person names the mosque
            if e.label == "ORG" and not e.actor_category and any(
                    v.tokens[k].stem in actor_grammar()["named_places"] or v.tokens[k].norm in actor_grammar()["named_places"]
                    for k in _name_heads(v, i)):
                continue  # "قاعدة العند", "مستشفى الشفاء", موقع "أومان": a place named like an organisation
            if (e.label == "ORG" and e.canonical and not e.actor_category) or "media" in kinds[i] \
                    or (i > 0 and "media" in kinds[i - 1]):
                continue  # monitors, agencies and news outlets report events; they are no party
            cat = _category(e.actor_category)
            prefix = _entity_prefix(v.tokens[i].norm)
            name = strip_proclitics(e.span.text, prefix)
            if j - i == 1 and _folded(name) in actor_grammar()["ambiguous"]:
                continue  # "القاعدة" alone is the base more often than the group
            out.append(ActorPhrase(i, max(j, i + 1), e.span, cat if e.label == "ORG" else "person", name,
                                   _has_preposition(prefix)))
    out.sort(key=lambda a: a.i)
    out = _coordinate(doc, v, out)
    out = _drop_qualifiers(v, out)
    out = _latter(doc, v, out)
    groups = sorted((e.span.start, e.span.end) for e in doc.entities if e.label == "ORG" and e.actor_category)
    if groups:
        g_starts = [s for s, _e in groups]
        for a in out:
            k = bisect.bisect_left(g_starts, a.span.end)  # groups starting before the phrase ends
            a.named = any(groups[x][1] > a.span.start for x in range(max(0, k - 3), k))
    return out


def _name_heads(v: TokenView, i: int) -> list[int]:
    """The entity's first token, and the word before the opening quote it stands in (موقع "أومان"; not
    "مسجد قوات الطوارئ", where the building's owner is named)."""
    k = i - 2
    if k >= 0 and v.tokens[i - 1].span.text in actor_grammar()["quotes"] and v.tokens[k].sentence == v.tokens[i].sentence:
        return [i, k]
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
    hits = [k for k, t in enumerate(v.tokens) if t.norm in words and t.is_word
            and not (k > 0 and v.tokens[k - 1].norm.startswith(g["article"]))]
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


def _coordinate(doc: Doc, v: TokenView, phrases: list[ActorPhrase]) -> list[ActorPhrase]:
    """"الحوثيين وقوات صالح": actors joined by و act together and make one phrase (not after بين,
    where they are the two sides)."""
    kinds = v.kinds()
    out: list[ActorPhrase] = []
    commas = actor_grammar()["list_commas"]
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
        gap_ok = prev is not None and (prev.j == a.i or titled or (
            prev.j + 1 == a.i and v.tokens[prev.j].span.text in commas
            and not any("between" in kinds[k] and v.tokens[k].sentence == v.tokens[a.i].sentence
                        for k in range(max(0, prev.i - _LIST_REACH), prev.i))))
        if prev is not None and gap_ok and v.tokens[a.i].sentence == v.tokens[prev.i].sentence \
                and (titled or v.tokens[a.i].norm.startswith(grammar()["and"])) \
                and not any("between" in kinds[k] for k in range(max(0, prev.i - 3), prev.i)) \
                and (prev.category == "civilian") == (a.category == "civilian"):
            span = doc.span(prev.span.start, a.span.end)
            name = prev.text + doc.text[prev.span.end:a.span.start] + a.span.text
            out[-1] = ActorPhrase(prev.i, a.j, span, prev.category, name, prev.prep, prev.named or a.named)
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
        if prev is not None and 1 <= a.i - prev.j <= 2 and _led_by(v, prev, a):
            # "التحالف الذي تقوده السعودية": the leader qualifies the actor before it
            span = doc.span(prev.span.start, a.span.end)
            name = prev.text + doc.text[prev.span.end:a.span.start] + a.span.text
            out[-1] = ActorPhrase(prev.i, a.j, span, prev.category, name, prev.prep, prev.named or a.named)
            continue
        out.append(a)
    return out


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
        if not any(p.endswith((g["lam"], g["fused"])) for p, _s, _x in v.keys[a.i][1:]):
            return None
        if any("target" in kinds[k] for k in range(a.j, min(a.j + 2, hi))):
            return a
        noun = tj - ti >= 2 or v.tokens[ti].span.text.endswith(actor_grammar()["noun_endings"])
        if a.named and a.i == tj and noun and not v.tokens[tj - 1].norm.startswith(g["article"]) \
                and (a.j >= hi or not v.tokens[a.j].is_word or kinds[a.j] & {"locative", "killed", "injured"}):
            return a  # "قصف مدفعي للحوثيين في …": an indefinite attack noun and a known group's لـ
        return None
    return None


def _governed(v: TokenView, a: ActorPhrase, tj: int) -> bool:
    """An actor right after another event word past the trigger is that word's argument."""
    k = a.i - 1
    return k >= tj and (v.triggers_at(k) or "expel" in v.kinds()[k])


def qualified(v: TokenView, a: ActorPhrase, lo: int) -> bool:
    """An actor after a preposition, a control, leader or support word ("تحت سيطرة المعارضة", "التي
    تقودها السعودية"): it qualifies something else and does nothing in the clause."""
    if a.i <= lo:
        return False
    t = v.tokens[a.i - 1]
    words = actor_grammar()["not_subject"]
    places = actor_grammar()["named_places"]  # "أكاديمية الشرطة", "مبنى الأمن": the owner of a building
    return t.norm in words or t.stem in words or bare_conj(t.norm) in words or t.norm in places or t.stem in places


def _led_by(v: TokenView, prev: ActorPhrase, a: ActorPhrase) -> bool:
    """Only a leader cue (and a relative pronoun) between two actors of one sentence, a support
    word and من ("الحوثيون المدعومون من إيران") or an alliance word and مع ("الجماعة المتحالفة مع إيران")."""
    ag = actor_grammar()
    gap = range(prev.j, a.i)
    if not 1 <= len(gap) <= 2 or v.tokens[a.i].sentence != v.tokens[prev.i].sentence:
        return False
    *rel, cue = (v.tokens[k].norm for k in gap)
    if cue in ag["leader"] and all(r in ag["relative"] for r in rel):
        return True
    before = rel[0] if rel else v.tokens[prev.j - 1].norm
    if len(rel) > 1:
        return False
    return (cue == grammar()["of"] and before in ag["support"]) or (cue == ag["with"] and before in ag["allied"])


def _adjacent(v: TokenView, j: int, ti: int) -> bool:
    """Only an adverb of time (a word with no lexicon kind, or none) between an actor ending at
    token j and a verb at ti: "قوات إسرائيلية اعتقلت", "الجيش أمس سيطر"."""
    if ti - j > 1:
        return False
    return all(v.tokens[k].is_word and not v.kinds()[k] for k in range(j, ti))


@functools.lru_cache(maxsize=256)
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


def _first_token(a: ActorPhrase) -> int:
    return a.i


_cover: tuple = (None, [], [])  # the reporters last indexed by _covered: (the set, starts, running max of ends)


def _covered(reporters: set[tuple[int, int]] | frozenset, start: int, end: int) -> bool:
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


def choose_actors(v: TokenView, actors: list[ActorPhrase], ti: int, tj: int, lo: int, hi: int,
                  territory: bool = False, reporters: set[tuple[int, int]] | frozenset = frozenset(),
                  described: bool = True) -> tuple[ActorPhrase | None, ActorPhrase | None]:
    """actor1 (who) and actor2 (whom) for a trigger at tokens [ti, tj) in sentence [lo, hi).
    ``reporters`` are claim speakers' spans: no party to what they report, unless the claim
    speaks of themselves ("أعلن الجيش أنه قصف")."""
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
        if reporters and _covered(reporters, a.span.start, a.span.end) and not (
                self_report and (a.category != "person" or pron)):
            continue  # a person reporting ("مدير المرصد") is no party to "أثناء قصفها" (the aircraft's)
        if not (a.i < tj and a.j > ti):
            cands.append(a)
    if not cands:
        return (_described_agent(v, actors, tj, lo, hi) if described else None), None
    # "هجوم نسب إلى متمردين", "ألغام زرعها المتمردون": the agent named after the event
    # (not past another event named as what came before: "لقصف عنيف بعد هجوم شنته المعارضة")
    agent = next((a for a in cands if tj <= a.i <= tj + _AGENT_REACH and _agent_cue_before(v, a.i, lo)
                  and not any(v.triggers_at(k) and "after" in kinds[k - 1] for k in range(tj + 1, a.i))), None)
    if agent is None:
        agent = _lam_agent(v, cands, ti, tj, hi)
    if agent is None and described:
        agent = _described_agent(v, actors, tj, lo, hi)
    if agent is not None:
        rest = [a for a in cands if a is not agent]
        a1, a2 = choose_actors(v, rest, ti, tj, lo, hi, territory, reporters, False) if rest else (None, None)
        return agent, a2
    if territory:
        # "سيطرت على زنجبار التي كانت في أيدي المتمردين": who held the place is actor2
        loser = next((a for a in cands if tj <= a.i <= tj + _AGENT_REACH
                      and _cue_before(v, a.i, lo, actor_grammar()["loser"])), None)
        if loser is not None:
            rest = [a for a in cands if a is not loser]
            a1, _a2 = choose_actors(v, rest, ti, tj, lo, hi, False, reporters) if rest else (None, None)
            return a1, loser
    # "اشتباكات بين X و Y"
    for k in range(tj, min(tj + 3, hi)):
        if "between" in kinds[k]:
            after = [a for a in cands if a.i > k and (a.i == k + 1 or not a.prep)]  # not "المدعومة بقوات"
            if after:
                second = after[1] if len(after) > 1 else None
                return after[0], second
    g = grammar()
    of, lams = g["of"], (g["lam"], g["fused"])
    fought = _fought_with(v, cands, ti, tj, lo)
    if fought is not None:
        return fought

    def is_target(a: ActorPhrase) -> bool:
        for k in range(a.i - 1, max(lo, a.i - 4) - 1, -1):
            if "killed" in kinds[k] or "injured" in kinds[k]:
                return True  # "مقتل الطالب السعودي ريان": the victim
            if k >= a.i - 2 and "target" in kinds[k]:
                return True
            if k == a.i - 1 and "civilian" in kinds[k] and not v.tokens[k].norm.startswith(g["article"]):
                return True  # "مسجد قوات الطوارئ", "منزل القائد": the owner of the target
            if v.triggers_at(k):
                break  # "قتلوا في هجوم مسلحين": the attackers, not the dead
            if territory and k >= a.i - 2 and k > tj and "filler" in kinds[k]:
                return True  # "سيطروا على القرية من الحوثيين": taken from them
        if a.i - 1 > lo and v.tokens[a.i - 1].norm == of and any(
                kinds[k] & {"killed", "injured", "person1", "person2"} or _is_number(v, k)
                for k in range(max(lo, a.i - 4), a.i - 1)):
            return True  # "قتل 13 متمردا من الحوثيين": the victims' side
        return a.i > tj and any(p in lams for p, _s, _x in v.keys[a.i][1:])
    targets = [a for a in cands if is_target(a) and a.category != "air"]
    target_ids = {id(a) for a in targets}  # equal phrases get the same verdict: identity suffices
    doers = [a for a in cands if id(a) not in target_ids and a.category != "civilian" and not a.prep
             and (ti <= a.i - 1 < tj or not qualified(v, a, lo))]  # "سيطرة الفصائل": its subject
    actor1 = None
    if ti > lo and "pronsubj" in kinds[ti - 1] and doers and doers[0].j <= ti:
        # "أعلنت المقاومة ... أنها استعادت": the subject is the sentence's first actor
        rest = [a for a in targets if a.i >= tj]
        return doers[0], rest[0] if rest else None
    # not the object of another event word on the way ("بالسيطرة على المطار ثم طرد الحوثيين")
    after = [a for a in doers if a.i >= tj and a.i - tj <= 4 and not _governed(v, a, tj)]
    before = [a for a in doers if a.j <= ti]
    trig = v.tokens[ti].norm
    verb = not any(p.endswith((grammar()["article"], grammar()["lam"], grammar()["fused"], grammar()["bi"]))
                   for p, _s, _x in v.keys[ti][1:2]) and not trig.startswith(grammar()["article"])
    # "غارة", "اشتباكات": a noun by its ending
    noun = not verb or v.tokens[ti].span.text.rstrip("".join(_MARK_CHARS)).endswith(actor_grammar()["noun_endings"])
    svo = verb and before and (trig.endswith(grammar()["plural_verb"])  # "استعادوا": the subject came first
                               or _adjacent(v, before[-1].j, ti))  # "قوات إسرائيلية اعتقلت"
    if svo or "expel" in kinds[ti]:
        # the subject stands before the verb; what follows it is its object ("طرد الحوثيين")
        if svo and not _adjacent(v, before[-1].j, ti):
            # "تمكن المقاتلون من طرد الحوثيين … واستعادوا": the object of an event word before is no subject
            subjects = [a for a in before if not (a.i > lo and (v.triggers_at(a.i - 1) or "expel" in kinds[a.i - 1]))]
            before = subjects or before
        actor1 = before[-1] if before else None
        objs = [a for a in cands if a.i >= tj and a.i - tj <= 4 and a.category != "air" and a is not actor1]
        rest = [a for a in targets if a.i >= tj and a is not actor1]
        return actor1, (objs[0] if objs else rest[0] if rest else None)
    if not verb or (ti > lo and bare_conj(v.tokens[ti - 1].norm) in actor_grammar()["noun_marker"]):
        # a noun trigger takes a doer before it only through a verb close by ("الجيش شن غارات");
        # farther, the actor is busy with something else ("الشرطة ... تحقق في قضية مقتل الطالب")
        before = [a for a in before if ti - a.j <= _NOUN_REACH]
    if after and before and noun and ti - before[-1].j <= 3 and after[0].i > tj:
        # "نفذت طائرات مسيرة غارة على سيارة تقل عناصر": the subject of the verb that carries the noun
        actor1 = before[-1]
    elif after:
        actor1 = after[0]
    elif before:
        actor1 = before[-1]
    else:
        far = [a for a in doers if a.i >= tj and a.i - tj <= 8 and not _governed(v, a, tj)]
        actor1 = far[0] if far else None
    actor2 = None
    if verb and actor1 is not None and actor1.i >= tj:
        # VSO: "قصفت طائرات حربية الجماعة": the actor right after the subject is the object
        obj = next((a for a in cands if a.i == actor1.j and not a.prep
                    and (a.named or v.tokens[a.i].norm.startswith(grammar()["article"]))), None)
        if obj is not None and obj.category != "air":
            return actor1, obj
    rest = [a for a in targets if a is not actor1]
    t_after = [a for a in rest if a.i >= tj]
    if t_after:
        actor2 = t_after[0]
    elif rest:
        actor2 = rest[-1]
    else:
        # a civilian after the trigger is its victim; any other actor there is too loosely tied
        civ = [a for a in cands if a.category == "civilian" and a is not actor1 and tj <= a.i <= tj + 10]
        if civ:
            actor2 = civ[0]
    return actor1, actor2


def _described_agent(v: TokenView, actors: list[ActorPhrase], tj: int, lo: int, hi: int) -> ActorPhrase | None:
    """"إطلاق النار الذي تبنته مجموعة يسارية متطرفة": after an agent cue, a noun no lexicon knows and
    the indefinite words describing it (up to two, before a preposition) name the doer."""
    kinds = v.kinds()
    stop = stop_words()
    g = grammar()
    first = bisect.bisect_left(actors, tj + 1, key=_first_token)
    starts = {a.i for a in actors[first:first + _AGENT_REACH + 3]}  # actors come in text order

    def plain(k: int) -> bool:
        t = v.tokens[k]
        return t.is_word and not kinds[k] and t.norm not in stop and not t.norm.isdigit() \
            and v.number_at(k) is None and not v.triggers_at(k) and not t.norm.startswith(g["article"])
    for k in range(tj + 1, min(tj + _AGENT_REACH, hi)):
        if k in starts or not plain(k) or not _cue_before(v, k, lo, actor_grammar()["agent"]) \
                or any(p for p, _s, _x in v.keys[k][1:2]):
            continue
        j = k + 1
        while j < min(k + 3, hi) and j not in starts and plain(j) and not any(p for p, _s, _x in v.keys[j][1:2]):
            j += 1
        if j in starts:  # "من قبل تنظيمي داعش": the head of a known group
            return next(a for a in actors if a.i == j)
        span = v.doc.span(v.tokens[k].span.start, v.tokens[j - 1].span.end)
        return ActorPhrase(k, j, span, "armed")
    return None


def _fought_with(v: TokenView, cands: list[ActorPhrase], ti: int, tj: int, lo: int
                 ) -> tuple[ActorPhrase, ActorPhrase | None] | None:
    """"قتل هلال الأسد في معارك مع مسلحين", "سقط قتلى في مواجهات مع المقاومة": fighting that killed
    someone, named by a noun after a killing word, was fought by the side after مع (actor1) against
    the side of the dead (the first actor before the killing word, if any)."""
    m = v.match_at("triggers", ti)
    if m is None or m.entry["subtype"] != "Armed clash" or ti - 1 < lo:
        return None
    kinds = v.kinds()
    killed = next((k for k in range(ti - 1, max(lo, ti - 5) - 1, -1) if kinds[k] & {"killed", "injured"}), None)
    if killed is None:
        return None
    with_ = actor_grammar()["with"]
    other = next((a for a in cands if tj < a.i <= tj + 2 and not a.prep
                  and bare_conj(v.tokens[a.i - 1].norm) == with_), None)
    if other is None:
        return None
    dead = next((a for a in cands if lo <= a.i and a.j <= killed and a is not other and not a.prep), None)
    return other, dead


def _agent_cue_before(v: TokenView, i: int, lo: int) -> bool:
    """Whether an agent cue (actor_grammar.yaml) ends right before token i, or one target word
    before it ("مصدره مواقع الفصائل")."""
    return _cue_before(v, i, lo, actor_grammar()["agent"])


def _cue_before(v: TokenView, i: int, lo: int, cues: frozenset) -> bool:
    """Whether one of ``cues`` (tuples of folded words) ends right before token i, or one target
    word before it."""
    kinds = v.kinds()
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


@functools.lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    from khabar.text.normalize import normalize_form

    return normalize_form(text)


@functools.lru_cache(maxsize=16)
def _with_conj(words: frozenset[str]) -> frozenset[str]:
    """``words`` and each of them behind و or ف (what :func:`bare_conj` strips)."""
    g = grammar()
    return words | {c + w for w in words for c in (g["and"], g["then"]) if len(c + w) > 3}


def bare_conj(norm: str) -> str:
    g = grammar()
    return norm[1:] if len(norm) > 3 and norm.startswith((g["and"], g["then"])) else norm


@functools.cache
def actor_grammar() -> dict:
    from khabar.lang import load_yaml
    from khabar.text.normalize import normalize_form

    data = load_yaml("events/actor_grammar.yaml") or {}
    return {"nisba": tuple(normalize_form(x) for x in data.get("nisba_endings") or ()),
            "not_victim": frozenset(data.get("not_victim_kinds") or ()),
            "generic": frozenset(normalize_form(x) for x in data.get("generic_persons") or ()),
            "agent": frozenset(tuple(normalize_form(x).split()) for x in data.get("agent_cues") or ()),
            "leader": frozenset(normalize_form(x) for x in data.get("leader_cues") or ()),
            "relative": frozenset(normalize_form(x) for x in data.get("relative_pronouns") or ()),
            "ambiguous": frozenset(normalize_form(x) for x in data.get("ambiguous_names") or ()),
            "noun_marker": frozenset(normalize_form(x) for x in data.get("noun_markers") or ()),
            "support": frozenset(normalize_form(x) for x in data.get("support_words") or ()),
            "noun_endings": tuple(data.get("noun_endings") or ()),
            "combatant": frozenset(normalize_form(x) for x in data.get("combatant_persons") or ()),
            "latter": frozenset(normalize_form(x) for x in data.get("latter_words") or ()),
            "named_places": frozenset(normalize_form(x) for x in data.get("named_places") or ()),
            "allied": frozenset(normalize_form(x) for x in data.get("allied_words") or ()),
            "with": normalize_form(data.get("with") or ""),
            "against": frozenset(normalize_form(x) for x in data.get("against_words") or ()),
            "quotes": frozenset(data.get("quotes") or ()),
            "list_commas": frozenset(data.get("list_commas") or ()),
            "brackets": frozenset(data.get("brackets") or ()),
            "bombers": frozenset(normalize_form(x) for x in data.get("bombers") or ()),
            "residential": frozenset(normalize_form(x) for x in data.get("residential") or ()),
            "responsibility": frozenset(normalize_form(x) for x in data.get("responsibility_words") or ()),
            "not_subject": frozenset(normalize_form(x) for x in data.get("not_subject_after") or ()),
            "qualifier": frozenset(normalize_form(x) for x in data.get("qualifier_cues") or ()),
            "loser": frozenset(tuple(normalize_form(x).split()) for x in data.get("loser_cues") or ())}
