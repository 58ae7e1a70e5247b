"""The doer of an event word that a deed verb governs: the verb's subject.

Reads a :class:`TokenView` and the article's actor phrases; returns a phrase or None; adds nothing to
the Doc. Loads ``actor_grammar.yaml`` (governing_verbs, killing_verbs, governor_skips, clause_openers, noun_markers)
and ``words.tsv`` kinds (attempt, achieve, fireverb, injured) through
:mod:`khabar.extract.event_words`. Used by :func:`khabar.extract.event_actors.choose_actors` when the
trigger's own clause names no doer.

An event noun in the object or an adjunct of a verb of doing (ارتكب، واصل، شن، نفذ، حاول، تمكن، رد …)
was done by that verb's subject, before it (SVO: "إن الجيش قتل 10 مسلحين في اشتباكات") or right
after it (VSO: "ارتكبت الميليشيات مجزرة في قصف", "واصلت المدفعية قصف مواقع"). Not across a clause
opener, a colon or comma, a relative pronoun, a speech or wound word, or another verb of an event of
its own; a killing verb
governs only in SVO order with its object next ("قتلت 12", not "قتلوا في": the dead).

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.event_actor_phrases import actor_phrases
    >>> doc = Doc(Article(id="x", text="واصلت قوات النظام أمس قصف مواقع المعارضة"))
    >>> v = TokenView(doc)
    >>> governing_subject(v, actor_phrases(doc, v), 4, 0).text
    'قوات النظام'
"""

from __future__ import annotations

import bisect

from khabar.extract.event_actor_phrases import ActorPhrase, _is_number, actor_grammar, backed_by, bare_conj
from khabar.extract.event_words import TokenView, grammar

__all__ = ["governing_subject"]

_REACH = 18  # tokens from a governing verb to the event word it governs
_GOVERN_KINDS = frozenset({"attempt", "achieve", "fireverb"})  # words.tsv kinds of verbs that govern a deed
_STOP_KINDS = frozenset({"injured", "pronsubj", "negation", "future", "call"})
_NOT_DOERS = frozenset({"civilian", "person"})


def _first(a: ActorPhrase) -> int:
    return a.i


def governing_subject(v: TokenView, actors: list[ActorPhrase], ti: int, lo: int,
                      skip: frozenset[int] = frozenset()) -> ActorPhrase | None:
    """The subject of the nearest deed verb before the trigger at token ``ti`` (sentence from ``lo``),
    within reach and in the same clause; None when no such verb or it has no subject named.
    ``skip`` holds ids of phrases that may not be chosen (reporters, the clause's actor2)."""
    kinds = v.kinds()
    ag = actor_grammar()
    g = grammar()
    verbs = ag["governing"]
    skips = ag["governor_skips"]
    ends = (g["clause_end"] - {"»", "”", "\""}) | ag["list_commas"]  # a comma may open another clause
    relative = ag["relative"]
    for k in range(ti - 1, max(lo, ti - _REACH) - 1, -1):
        t = v.tokens[k]
        if not t.is_word:
            if t.span.text in ends:
                return None
            continue
        forms = {t.norm, bare_conj(t.norm)}  # "واصلت" is no و + اصلت
        if any((n,) in ag["clause_openers"] for n in forms) or forms & skips or forms & relative \
                or kinds[k] & _STOP_KINDS:  # (a relative clause has a subject of its own)
            return None
        if v.triggers_at(k) and _verb_form(v, k):
            return None  # "قصفت الطائرات … وقتل 5 في اشتباكات": a verb of an event of its own
        killing = bool(forms & ag["killing_verbs"])
        if not (forms & verbs or (kinds[k] & _GOVERN_KINDS and _verb_form(v, k)) or killing):
            continue
        if killing and not (k + 1 < len(v.tokens) and (_is_number(v, k + 1) or (
                v.tokens[k + 1].is_word and not kinds[k + 1] and bare_conj(v.tokens[k + 1].norm)
                not in ag["noun_marker"]))):
            return None  # "جنود قتلوا في": the dead, not a doer
        return _subject(v, actors, k, lo, ti, skip, vso=not killing)
    return None


def _verb_form(v: TokenView, k: int) -> bool:
    """No article and no preposition on token k: it may be a verb (a noun with neither stays possible)."""
    g = grammar()
    if v.tokens[k].norm.startswith(g["article"]):
        return False
    return not any(p.endswith((g["article"], g["lam"], g["fused"], g["bi"])) for p, _s, _x in v.keys[k][1:2])


def _subject(v: TokenView, actors: list[ActorPhrase], k: int, lo: int, ti: int, skip: frozenset[int],
             vso: bool) -> ActorPhrase | None:
    """The doer right before the verb at token k (a time word may stand between) or, for VSO, right
    after it (past a time word), before the trigger."""
    kinds = v.kinds()
    x = bisect.bisect_left(actors, max(lo, k - 12), key=_first)
    near = [a for a in actors[x:] if a.i < ti and a.i <= k + 3]

    def doer(a: ActorPhrase) -> bool:
        # (not a backer: "وبغطاء من طيران التحالف تمكنت": who covered the deed did not do it)
        return id(a) not in skip and not a.prep and a.category not in _NOT_DOERS and not backed_by(v, a.i, lo)

    def plain_between(a: int, b: int) -> bool:  # only time words or adverbs no lexicon knows
        return all(v.tokens[z].is_word and not kinds[z] and not v.triggers_at(z) for z in range(a, b))

    for a in reversed(near):
        if a.j <= k and (a.j == k or (k - a.j <= 1 and plain_between(a.j, k))):
            return a if doer(a) else None
    if vso:
        for a in near:
            if a.i > k and (a.i == k + 1 or (a.i - k <= 2 and plain_between(k + 1, a.i))):
                return a if doer(a) and a.j <= ti else None
    return None
