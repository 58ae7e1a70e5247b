"""Relayed and apposed claims: نقل X عن Y قوله، قالت الوكالة نقلا عن الوزارة، a cue after a name in commas.

Reads the tokens and :class:`khabar.extract.claim_tokens.Ctx`; adds claims through
:func:`khabar.extract.claim_emit.emit`. :func:`read_relay` reads ``نقل X عن Y قوله`` (speaker Y via X),
:func:`relay_in_region` finds a relay (نقلا عن) inside a speaker region, :func:`read_apposition` a
claim whose speaker is a name set off by commas before it, :func:`outlet_clause` an outlet after
بحسب/وفقا closed by a comma or dash between a verb cue's subject and its content (وأكدت الوزارة وفقا
لوكالة الأنباء، وقوف …: the ministry speaks, the agency relays). Vocabulary:
:mod:`khabar.extract.claim_lexicon` (lang/ar/claims/).
"""

from __future__ import annotations

from khabar.doc import Span
from khabar.extract.claim_emit import emit
from khabar.extract.claim_content import content_marker, content_range
from khabar.extract.claim_phrases import np_end, vias
from khabar.extract.claim_preps import prep_speaker
from khabar.extract.claim_tokens import (COLONS, COMMAS, QUOTE, SENT_PUNCT, Ctx, Hit, closing_quote, is_comp, is_def,
                                         is_time, tok_span, trim)


def _name_apposition(ctx: Ctx, a: int, se: int) -> int | None:
    """رئيس الوزراء المكلف، أحمد داود أوغلو، …: the comma closing a name set off after a title (or None)."""
    lex, toks = ctx.lex, ctx.toks
    w = toks[a].norm
    if not (w in lex.titles or w[1:] in lex.titles or w in lex.descriptor_heads):
        return None
    e = np_end(ctx, a, se)
    if e <= a or e >= se or toks[e].norm not in COMMAS:
        return None
    close = next((j for j in range(e + 2, min(se, e + 6)) if not toks[j].is_word), None)
    if close is None or toks[close].norm not in COMMAS:
        return None
    if ctx.ent_end.get(e + 1) == close:
        return close
    # a name: a first word without the article (سامي العبدالله، أحمد داود أوغلو)
    if not is_def(toks[e + 1], lex) and all(toks[j].norm not in lex.preps_all and not is_time(ctx, j)
           and j not in ctx.hit_at and toks[j].prefix[:1] not in (lex.morph["ba"], lex.morph["lam"])
           for j in range(e + 1, close)):
        return close
    return None


def read_apposition(ctx: Ctx, hit: Hit, cue_span: Span, se: int) -> bool:
    """أعلن رئيس الوزراء، أحمد داود أوغلو، في تعليق على …: «…»: the speaker runs to the name's closing
    comma and the content marker is looked for after it."""
    close = _name_apposition(ctx, hit.end, se)
    if close is None:
        return False
    mk, stop = content_marker(ctx, hit.cue, close + 1, se)
    if mk is None:
        return False
    content = content_range(ctx, mk, se)
    if content is not None:
        emit(ctx, hit, cue_span, content, (hit.end, close), vias(ctx, close + 1, stop))
    return True


def relay_in_region(ctx: Ctx, a: int, b: int) -> tuple[int, int] | None:
    """A prepositional cue between a speaker and its content (…، نقلا عن وزارة الداخلية، إن): the source
    it names; the cue is consumed."""
    for k in range(a, b):
        h = ctx.hit_at.get(k)
        if h is not None and h.cue.kind == "preposition" and k not in ctx.skip:
            rs, re_ = prep_speaker(ctx, h.end, b)
            if re_ > rs:
                ctx.skip.add(k)
                return rs, re_
    return None


def leading_outlet(ctx: Ctx, a: int, b: int) -> Span | None:
    """An outlet after بحسب/وفقا right after a cue, before its أن (مؤكدة وفقا لوكالة الأنباء أنها …،
    وأكدت بحسب قناة X أن …): the outlet relays, it is no speaker; the cue is consumed."""
    h = ctx.hit_at.get(a)
    if h is None or h.cue.form not in ctx.lex.outlet_preps or h.end - h.start != 1:
        return None
    vs, ve = trim(ctx, h.end, b)
    if ve <= vs:
        return None
    ctx.skip.add(a)
    return tok_span(ctx, vs, ve, cut_prefix=True)


QUOTED_NAME_TOKENS = 6  # a quoted name inside a relayed source (قائد عملية "التحرير")
OUTLET_SUBJECT_TOKENS = 8  # tokens a subject may take between a verb cue and the outlet that relays it
OUTLET_ADJUNCT_TOKENS = 4  # tokens (في بيان، أمس) between the outlet's closing comma and the content


def outlet_clause(ctx: Ctx, hit: Hit, se: int) -> tuple[tuple[int, int] | None, list[Span], int] | None:
    """وأكدت الوزارة وفقا لوكالة الأنباء، وقوف …؛ وشددت وفقا لما نقلته وكالة X، على أن …؛ وقالت الوزارة
    (البنتاغون) – بحسب البي بي سي – في بيان إن …: an outlet after بحسب/وفقا between a verb cue (with its
    subject, or none) and the content, closed by a comma or a dash, relays the claim. Returns the
    subject's tokens (None: the antecedent), the vias and where the content starts; the outlet's cue
    is consumed. None when the clause is not built so."""
    toks, lex = ctx.toks, ctx.lex
    k = hit.end
    while k < se and k < hit.end + OUTLET_SUBJECT_TOKENS:
        h = ctx.hit_at.get(k)
        if h is not None:
            break
        t = toks[k]
        if t.is_word:
            if t.norm in lex.complementizers or (k == hit.end and t.norm in lex.preps_all):
                return None
        elif t.norm in COMMAS or t.norm in COLONS or t.norm == QUOTE or t.norm in SENT_PUNCT:
            return None
        k += 1
    h = ctx.hit_at.get(k)
    if h is None or h.cue.form not in lex.outlet_preps or k in ctx.skip:
        return None
    vs, ve = prep_speaker(ctx, h.end, se)
    if ve <= vs or ve >= se or toks[ve].norm in SENT_PUNCT or toks[ve].norm in COLONS:
        return None
    if toks[ve].is_word and not is_comp(ctx, ve):
        return None
    c = ve
    while c < se and not toks[c].is_word and toks[c].norm not in SENT_PUNCT and toks[c].norm != QUOTE:
        c += 1  # the comma or dash closing the outlet
    if c >= se or (c == ve and not is_comp(ctx, c)) or any(toks[j].norm in COLONS for j in range(ve, c)):
        return None
    mk, stop = content_marker(ctx, hit.cue, c, se)
    if mk is None:
        if not (hit.cue.object and not hit.cue.present and toks[c].is_word and c not in ctx.hit_at
                and toks[c].norm not in lex.preps_all and not is_time(ctx, c)):
            return None
        mk, stop = c, c  # وأكدت الوزارة وفقا لوكالة الأنباء، [وقوف] دولة قطر مع …: the object
    if stop - c > OUTLET_ADJUNCT_TOKENS:
        return None
    ctx.skip.add(k)
    s, e = trim(ctx, hit.end, k)
    subject = (s, e) if e > s else None
    return subject, [tok_span(ctx, vs, ve, cut_prefix=True)] + vias(ctx, c, stop), mk


def read_relay(ctx: Ctx, hit: Hit, se: int) -> bool:
    """نقلت وكالة X عن مسؤول قوله إن …: speaker after عن, via between the cue and عن. True when the cue
    is consumed (a claim, or no statement at all: نقل التعازي نيابة عن …)."""
    toks = ctx.toks
    relay_from = ctx.lex.morph["relay_from"]
    an = next((k for k in range(hit.end, min(se, hit.end + 12)) if toks[k].norm == relay_from),
              None)
    if an is None:
        return False
    if toks[an - 1].norm in ctx.lex.relay_blockers:
        return True  # ونقل التعازي نيابة عن الملك: conveyed on behalf of someone, no statement
    say = None
    k = an + 1
    while k < se and k < an + 14:
        w = toks[k].norm
        h = ctx.hit_at.get(k)
        if h is not None and h.cue.lemma == ctx.lex.morph["say_noun"]:
            say = h
            break
        if w == QUOTE and k > an + 1:
            q = closing_quote(ctx, k, min(se, k + QUOTED_NAME_TOKENS))
            if q is not None and q > k + 1 and q + 1 < se and is_comp(ctx, q + 1):
                k = q + 1  # عن فضل حسن قائد عملية "التحرير" أن …: a quoted name inside the source
                continue
        if w in ctx.lex.complementizers or w in COLONS or w == QUOTE:
            # عن مصدر وصفته بأنه مطلع … قوله إن: an أن inside the source's description, when its قوله follows
            say = say_noun(ctx, k + 1, min(se, an + 20))
            if say is not None:
                k = say.start
            break
        k += 1
    if k >= se:
        return False
    via_a, via_b = trim(ctx, hit.start + 1 if hit.end == hit.start + 1 else hit.end, an)
    via = [tok_span(ctx, via_a, via_b)] if via_b > via_a else []
    s, e = trim(ctx, an + 1, k)
    if e <= s:
        return False
    start = k
    cue_span = tok_span(ctx, hit.start, hit.end)
    kind = "verb"
    if say is not None:
        ctx.skip.add(say.start)
        cue_span = tok_span(ctx, say.start, say.end)
        kind = "noun"
        start = say.end
        if start < se and toks[start].norm in COLONS:
            start += 1
    content = content_range(ctx, start, se)
    if content is not None:
        emit(ctx, hit, cue_span, content, (s, e), via, kind=kind)
    return True


def say_noun(ctx: Ctx, a: int, b: int) -> Hit | None:
    """The first ``قوله`` in tokens [a, b) before any punctuation, or None."""
    for k in range(a, b):
        h = ctx.hit_at.get(k)
        if h is not None and h.cue.lemma == ctx.lex.morph["say_noun"]:
            return h
        if not ctx.toks[k].is_word:
            return None
    return None
