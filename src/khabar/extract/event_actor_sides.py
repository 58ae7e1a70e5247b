"""Sides and groups: which side of a war an actor phrase stands on, and which group a word names.

Helpers of :mod:`khabar.extract.event_actor_fill`. Reads actor phrases
(:func:`khabar.extract.event_actor_phrases.actor_phrases`) and a :class:`TokenView`; adds nothing to the
Doc (the caller sets ``actor1``/``actor2`` and their evidence). Loads ``lang/ar/events/actor_grammar.yaml``
(group_anaphors, anaphor_adjectives, anaphor_members, group_descriptors, group_nisbas, nisba_endings,
quotes, brackets, through
:func:`khabar.extract.event_actor_phrases.actor_grammar`) and ``lang/ar/places/countries.tsv`` (the
nisba of each country).

- :func:`side`: "gov", "rebel" or "civ" by an actor's category; :func:`_other_side`: the opposite
  side's phrase nearest a position; :func:`_nearest`: the nearest phrase passing a test, within reach;
- :func:`_same_group`: one group named twice ("المقاومة الشعبية", "مسلحو المقاومة الشعبية");
- :func:`_antecedent`, :func:`_described`: the group a head word ("التنظيم", "التنظيم المتطرف", "مسلحي
  التنظيم", also a name quoted after the head: "جماعة (أجناد مصر)") or a description of fighters
  ("المتمردين") points back to;
- :func:`_counted_group`, :func:`_state_of`: the group or state a nisba names ("حوثيا" → الحوثيين,
  "الغارات الجوية التركية" → تركيا).

Example::

    >>> from khabar.extract.event_actor_sides import _counted_group
    >>> _counted_group("حوثيا")
    'الحوثيين'
"""

from __future__ import annotations

import bisect
import functools

from khabar.doc import Doc, Span
from khabar.extract.event_actor_phrases import ActorPhrase, actor_grammar, bare_conj, strip_proclitics
from khabar.extract.event_words import TokenView, grammar
from khabar.text.normalize import normalize_form

# the side an actor category stands on: government (state forces, their aircraft, allies and
# pro-government militias), non-state armed groups, civilians; "armed", "org", "person" and the
# militias of actors.yaml (for the government in one war, against it in another): unknown
_SIDE = {"state": "gov", "air": "gov", "external": "gov", "pro_gov": "gov", "state forces": "gov",
         "external/other forces": "gov", "rebel": "rebel", "rebel group": "rebel", "civilian": "civ",
         "civilians": "civ", "protesters": "civ"}
_OPPOSITE = {"gov": ("rebel",), "rebel": ("gov",), "civ": ()}
# never the other side's stand-in: aircraft, and a foreign state named as a whole (السعودية، إيران)
_NO_TARGET = frozenset({"air", "external", "external/other forces"})
_FILL_REACH = 400  # characters: the other side named within the trigger's sentence or the next (600 reached past it)


def side(a: ActorPhrase | None) -> str | None:
    """"gov", "rebel", "civ", or None when the phrase does not tell (قوات, a person, an unknown ORG)."""
    return _SIDE.get(a.category) if a is not None else None


def _other_side(actors: list[ActorPhrase], pos: int, a1: ActorPhrase) -> ActorPhrase | None:
    want = _OPPOSITE.get(side(a1) or "", ())
    if not want:
        return None

    def other(a: ActorPhrase) -> bool:
        return side(a) in want and a.category not in _NO_TARGET and a.text != a1.text
    return _nearest(actors, pos, lambda a: a.named and other(a)) or _nearest(actors, pos, other)


def _nearest(actors: list[ActorPhrase], pos: int, ok) -> ActorPhrase | None:
    best, dist = None, None
    for a in actors:
        if not ok(a):
            continue
        d = a.span.start - pos if a.span.start >= pos else pos - a.span.end
        if d <= _FILL_REACH and (dist is None or d < dist):
            best, dist = a, d
    return best


def _same_group(a: str, b: str) -> bool:
    """One group named twice: the same words, or one name's words all inside the other's ("المقاومة
    الشعبية" and "مسلحو المقاومة الشعبية", "عناصر المقاومة الشعبية" and "المقاومة")."""
    if a == b:
        return True
    conj = grammar()["and"]
    wa, wb = ({bare_conj(w) if w.startswith(conj) else w for w in normalize_form(x).split()} for x in (a, b))
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _antecedent(actors: list[ActorPhrase], a: ActorPhrase | None, v: TokenView | None = None) -> ActorPhrase | None:
    """For a phrase pointing back to a group (:func:`_anaphor_head`: "التنظيم", "التنظيم المتطرف",
    "مسلحي الجماعة"), the known group (not the state's side, no aircraft) named last before it within
    reach, one whose name holds that head first; else the name quoted after that head earlier in the
    article ("جماعة (أجناد مصر)", "تنظيم «جند الخلافة»": :func:`_quoted_name`)."""
    head = _anaphor_head(a)
    if a is None or head is None:
        return None
    before = [b for b in actors if b.named and b.span.end <= a.span.start and side(b) != "gov"
              and b.category not in _NO_TARGET and a.span.start - b.span.end <= _FILL_REACH and b.text != a.text]
    own = [b for b in before if head in normalize_form(b.text).split()]
    if own:
        return own[-1]
    if before:
        # "التنظيم المتطرف" after "«داعش»": a bare name takes the head ("تنظيم داعش"), as reports name it
        b = before[-1]
        if len(normalize_form(b.text).split()) != 1:
            return b  # "مسلحي (داعش)": a phrase of its own, not a bare name to head
        return ActorPhrase(b.i, b.j, b.span, b.category, f"{_head_word(a, head)} {b.text}", b.prep, b.named)
    return _quoted_name(v, a, head) if v is not None else None


def _head_word(a: ActorPhrase, head: str) -> str:
    """The head word as the phrase writes it, without the article ("التنظيم المتطرف" → "التنظيم" → "تنظيم")."""
    art = grammar()["article"]
    for w in a.text.split():
        f = normalize_form(w)
        if f == art + head:
            return w[len(art):]
    return head


def _anaphor_head(a: ActorPhrase | None) -> str | None:
    """The head word ("تنظيم") of a phrase that points back to a group named before: the head alone with
    the article (actor_grammar.yaml group_anaphors: "التنظيم"), with an adjective that only describes it
    (anaphor_adjectives: "التنظيم المتطرف") or governed by a word for its men (anaphor_members: "مسلحي
    التنظيم", "عناصر الجماعة"); None for anything else (a name: "الجبهة الجنوبية")."""
    if a is None:
        return None
    ag = actor_grammar()
    words = normalize_form(a.text).split()
    if a.j - a.i == 1 and len(words) == 1:
        word = words[0]
    elif a.named or len(words) != 2:
        return None
    elif words[1] in ag["anaphor_adjectives"]:
        word = words[0]
    elif words[0] in ag["anaphor_members"]:
        word = words[1]
    else:
        return None
    return word[len(grammar()["article"]):] if word in ag["anaphors"] else None


def _quoted_name(v: TokenView, a: ActorPhrase, head: str) -> ActorPhrase | None:
    """The last "head «name»" before the phrase at ``a`` (the head without the article, proclitics allowed:
    "بلسان جماعة (أجناد مصر)"), the name of one to four words closed by its mark: the head and the name."""
    quotes = actor_grammar()["quotes"] | actor_grammar()["brackets"]
    toks = v.tokens
    for k in range(a.i - 2, -1, -1):
        if bare_conj(toks[k].norm) != head and not any(s == head and not p.endswith(grammar()["article"])
                                                        for p, s, _x in v.keys[k][1:]):
            continue
        if toks[k + 1].span.text not in quotes:
            continue
        end = next((x for x in range(k + 2, min(k + 7, a.i)) if not toks[x].is_word), None)
        if end is None or end == k + 2 or toks[end].span.text not in quotes \
                or any(toks[x].sentence != toks[k].sentence for x in range(k, end + 1)):
            continue
        span = v.doc.span(toks[k].span.start, toks[end].span.end)
        return ActorPhrase(k, end + 1, span, "rebel")
    return None


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


_MAX_GROUPS = 8  # distinct names of armed groups compared pairwise in one report (bounded work)


def _report_groups(v: TokenView, actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """The mentions of the report's one non-state armed group, in text order: every named rebel phrase
    (no aircraft, no state's side) when all of them name the same group ("مقاتلو بوكو حرام", "بوكو
    حرام"); empty when the report names none or two different ones. Computed once per document."""
    got = v.memo.get("one_rebel_group")
    if got is not None:
        return got  # type: ignore[return-value]
    own = [b for b in actors if b.named and side(b) == "rebel" and b.category not in _NO_TARGET]
    groups = list({_group_core(b.text) for b in own})
    if len(groups) > _MAX_GROUPS or any(_two_joined(b.text) for b in own) \
            or any(not g or not (g <= h or h <= g) for g in groups for h in groups):
        own = []
    own.sort(key=lambda b: b.span.start)
    v.memo["one_rebel_group"] = own
    return own


@functools.cache
def _group_heads() -> frozenset[str]:
    """The words for a group's men or its kind of body, with the article or without (actor_grammar.yaml
    anaphor_members and group_anaphors: "عناصر", "التنظيم", "تنظيم")."""
    ag = actor_grammar()
    art = grammar()["article"]
    return frozenset(ag["anaphor_members"] | ag["anaphors"]
                     | {w[len(art):] for w in ag["anaphors"] if w.startswith(art)})


def _group_core(text: str) -> frozenset[str]:
    """A group's name without the words for its men or its kind of body ("عناصر تنظيم داعش" -> {داعش}:
    :func:`_group_heads`), so that one group told several ways is one."""
    heads = _group_heads()
    return frozenset(w for w in normalize_form(text).split() if w not in heads)


def _two_joined(text: str) -> bool:
    """Two bodies joined by و in one phrase ("حركة الشباب وتنظيم داعش", "الحوثيين وقوات صالح"): a word after
    the first with و before the article, a group's head or a word for its men or for forces."""
    g = grammar()
    art = g["article"]
    heads, forces = _group_heads(), actor_grammar()["state_heads"]
    return any(w.startswith(g["and"]) and (w[1:].startswith(art) or w[1:] in heads or w[1:] in forces)
               for w in normalize_form(text).split()[1:])


def _condemned(v: TokenView, actors: list[ActorPhrase], a: ActorPhrase | None) -> ActorPhrase | None:
    """For a word that only condemns fighters ("الإرهابيون": actor_grammar.yaml pejorative_descriptors),
    the report's one armed group (:func:`_report_groups`), its mention nearest before the word, else the
    first after it: the name a coder writes for those men."""
    if a is None or a.named or a.j - a.i != 1 or normalize_form(a.text) not in actor_grammar()["pejorative"]:
        return None
    own = _report_groups(v, actors)
    if not own:
        return None
    k = bisect.bisect_right([b.span.start for b in own], a.span.start)
    return own[k - 1] if k > 0 else own[0]


def _descriptor_key(word: str) -> str:
    """A descriptor's lemma: without the article and the case ending of its sound plural ("المتمردين",
    "متمردون" -> "متمرد"), so one writing of it finds another."""
    g = grammar()
    if word.startswith(g["article"]):
        word = word[len(g["article"]):]
    for end in actor_grammar()["plural_endings"]:
        if word.endswith(end):
            return word[: -len(end)]
    return word


def _joined_names(v: TokenView) -> list[tuple[int, str, ActorPhrase]]:
    """Where the article joins a descriptor of fighters to the nisba of who they are ("المتمردين
    الحوثيين", "مسلحين أكراد" told as "مسلحين حوثيين"): (token, descriptor lemma, the two words), in
    text order; the nisba a sound plural agreeing in definiteness. Computed once per document."""
    got = v.memo.get("joined_descriptors")
    if got is not None:
        return got  # type: ignore[return-value]
    ag = actor_grammar()
    g = grammar()
    descriptors = ag["descriptors"]
    endings = ag["plural_nisba_endings"]
    toks = v.tokens
    out: list[tuple[int, str, ActorPhrase]] = []
    for k in range(len(toks) - 1):
        t, n = toks[k], toks[k + 1]
        if not t.is_word or not n.is_word or t.sentence != n.sentence:
            continue
        stem = next((s for p, s, _x in v.keys[k] if s in descriptors and not _x), None)
        if stem is None or not n.norm.endswith(endings) or n.norm in descriptors \
                or stem.startswith(g["article"]) != n.norm.startswith(g["article"]):
            continue
        prefix = next(p for p, s, _x in v.keys[k] if s == stem and not _x)
        span = v.doc.span(t.span.start, n.span.end)
        name = strip_proclitics(span.text, prefix) if prefix else span.text
        out.append((k, _descriptor_key(stem), ActorPhrase(k, k + 2, span, "rebel", name)))
    v.memo["joined_descriptors"] = out
    return out


def _joined_descriptor(v: TokenView, a: ActorPhrase | None) -> ActorPhrase | None:
    """For a descriptor of fighters standing alone ("غارات على مواقع المتمردين"), the place where the
    article tells whom it describes by joining it to their nisba ("المتمردين الحوثيين", "المتمردون
    الحوثيون"): the descriptor as written here with that nisba in its case ("المتمردين الحوثيين"), the
    nearest such place its evidence (the descriptor names the same men throughout the report). None when
    the article never joins it, or joins it to two different nisbas; and for an indefinite descriptor."""
    if a is None or a.j - a.i != 1:
        return None
    word = normalize_form(a.text)
    if word not in actor_grammar()["descriptors"] or not word.startswith(grammar()["article"]):
        return None  # "كمين نصبه مسلحون": an indefinite descriptor brings in men not told before
    key = _descriptor_key(word)
    joined = [(k, b) for k, d, b in _joined_names(v) if d == key]
    if not joined or len({_descriptor_key(normalize_form(b.text.split()[-1])) for _k, b in joined}) > 1:
        return None
    k, b = min(joined, key=lambda x: abs(x[0] - a.i))
    ending = next(e for e in actor_grammar()["plural_endings"] if word.endswith(e))
    nisba = b.text.split()[-1]
    if nisba.startswith(grammar()["article"]) != a.text.startswith(grammar()["article"]):
        nisba = grammar()["article"] + nisba if a.text.startswith(grammar()["article"]) else nisba[len(grammar()["article"]):]
    written = a.text[-len(ending):]  # the ending as the text writes it (a font's letter forms too)
    name = f"{a.text} {nisba[:-len(ending)]}{written if normalize_form(written) == ending else ending}"
    return ActorPhrase(b.i, b.j, b.span, b.category, name, b.prep, b.named)


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


def _state_body(doc: Doc, v: TokenView, starts: list[int], name: str, pos: int) -> Span | None:
    """The military body of the state ``name`` that speaks in the article ("أعلنت وزارة الدفاع الأمريكية
    … في غارة أمريكية"): a claim speaker holding a word of actor_grammar.yaml military_bodies and, after
    it, that state's nisba; its span up to the nisba, the speaker nearest character ``pos``. A news agency
    or any other body of that state ("وكالة الأنباء التركية") is none."""
    bodies = actor_grammar()["military_bodies"]
    nisbas = _nisbas()
    best: Span | None = None
    for c in doc.claims:
        sp = c.speaker
        if sp is None:
            continue
        i = bisect.bisect_left(starts, sp.start)
        j = bisect.bisect_left(starts, sp.end)
        military = False
        for k in range(i, min(j, len(v.tokens))):
            t = v.tokens[k]
            military = military or t.norm in bodies or bare_conj(t.norm) in bodies
            if military and nisbas.get(t.norm) == name:
                span = doc.span(sp.start, t.span.end)
                if best is None or abs(span.start - pos) < abs(best.start - pos):
                    best = span
                break
    return best

