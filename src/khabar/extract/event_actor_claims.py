"""Who claims a deed with a verb of adoption: "تبنى X قتل Y", "تبنت الحركة الهجوم".

Helper of :mod:`khabar.extract.event_actor_fill`. Reads an event (its trigger), the article's actor
phrases by first token and a :class:`TokenView`; returns the claimant and the victims of the killing
it claims; adds nothing to the Doc itself. Loads ``lang/ar/events/actor_grammar.yaml`` (claim_verbs)
through :func:`khabar.extract.event_actor_phrases.actor_grammar`, and words.tsv kind killed.

A verb of adoption governs the deed as its object, its subject right after it (VSO): the subject is
the doer, whatever a toll or a side named around the deed suggested; a killing noun right after the
subject names the victims after it ("تبنى مسلحو الحزب أمس قتل شرطيين": actor1 مسلحو الحزب, actor2
شرطيين).

Example::

    >>> from khabar.doc import Article
    >>> from khabar.pipeline import Pipeline
    >>> doc = Pipeline().run(Article(id="x", text="وتبنى مسلحو الحزب أمس قتل شرطيين في هجوم قرب الحدود."))
    >>> [(e.actor1, e.actor2) for e in doc.events]
    [('مسلحو الحزب', 'شرطيين')]
"""

from __future__ import annotations

import bisect

from khabar.doc import Doc, Span
from khabar.extract.event_actor_phrases import ActorPhrase, actor_grammar, bare_conj
from khabar.extract.event_actor_victims import _counted, _victim_phrase
from khabar.extract.event_actors import in_time
from khabar.extract.event_words import TokenView

_CLAIM_REACH = 14  # tokens from a verb of adoption to the trigger of the deed it claims
_VICTIM_WORDS = 3  # tokens after a killing noun where the figure counting its victims stands


def claimed_deed(doc: Doc, v: TokenView, starts: list[int], ev, by_tok: dict[int, ActorPhrase]
                 ) -> tuple[ActorPhrase, ActorPhrase | None] | None:
    """The subject of a verb of adoption (actor_grammar.yaml claim_verbs) whose object is the event's
    trigger or one of its mentions (the first so governed), and the victims of a killing noun right after
    that subject (or of the mention itself when it is that noun); None when no such verb governs one."""
    seen = set()
    for sp in (ev.trigger, *ev.mentions):
        if (sp.start, sp.end) in seen:
            continue
        seen.add((sp.start, sp.end))
        got = _adopted(doc, v, starts, sp, by_tok)
        if got is not None:
            return got
    return None


def _adopted(doc: Doc, v: TokenView, starts: list[int], sp: Span, by_tok: dict[int, ActorPhrase]
             ) -> tuple[ActorPhrase, ActorPhrase | None] | None:
    ntok = len(v.tokens)
    ti = bisect.bisect_left(starts, sp.start)
    tj = bisect.bisect_left(starts, sp.end)
    if ti >= ntok:
        return None
    sent = v.tokens[ti].sentence
    verbs = actor_grammar()["claim_verbs"]
    c = ti - 1
    while c >= max(0, ti - _CLAIM_REACH):
        t = v.tokens[c]
        if t.sentence != sent:
            return None
        if bare_conj(t.norm) in verbs:
            break
        c -= 1
    else:
        return None
    subj = by_tok.get(c + 1)
    if subj is None or subj.j > ti or subj.prep:
        return None
    if any(bare_conj(v.tokens[x].norm) in verbs for x in range(subj.j, ti)):
        return None
    kinds = v.kinds()
    victims = None
    for k in range(subj.j, ti + 1):  # "تبنى الحزب أمس قتل …", "تبنى تنظيم القاعدة في بلاد المغرب قتل …"
        if "killed" in kinds[k] and not in_time(doc, v.tokens[k].span.start):
            victims = _victims_after(doc, v, tj if k == ti else k + 1, sent)
            break
    return subj, victims


def _victims_after(doc: Doc, v: TokenView, k: int, sent: int) -> ActorPhrase | None:
    """The people a killing noun names right after it: counted ("قتل 14 جنديا") or not ("قتل شرطيين")."""
    ntok = len(v.tokens)
    if k >= ntok or v.tokens[k].sentence != sent:
        return None
    got = _counted(doc, v, range(k, min(k + _VICTIM_WORDS, ntok)), sent)
    return got if got is not None else _victim_phrase(doc, v, k, ntok)
