"""Claims told after what they are about: "…، وهو ما نفته وزارة الدفاع" (the claim comes back to a clause).

Reads the tokens and :class:`khabar.extract.claim_tokens.Ctx` after the cue readers ran; adds claims
through :func:`khabar.extract.claim_emit.emit`. After a comma, a frame of ``claims/grammar.yaml``
``backward_frames`` (وهو ما، وهو أمر، وهو الأمر الذي …), a cue verb carrying the object pronoun
(نفته، تنفيه، أكده، لم يؤكده) and its subject: the subject is the speaker and the clause before the comma
(the content of the claim that ends there, if any) is the content. The verb forms are those of
``claims/cues.tsv``.

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.claims import extract_claims
    >>> doc = Doc(Article(id="x", text="وقال المتمردون إن الغارات قتلت مدنيين، وهو ما تنفيه الحكومة."))
    >>> extract_claims(doc)
    >>> [(c.cue.text, c.speaker_text, c.content.text, c.stance) for c in doc.claims][1]
    ('تنفيه', 'الحكومة', 'إن الغارات قتلت مدنيين', 'deny')
"""

from __future__ import annotations

from khabar.extract.claim_emit import emit
from khabar.extract.claim_lexicon import Cue
from khabar.extract.claim_phrases import np_end
from khabar.extract.claim_tokens import COMMAS, Ctx, Hit, tok_span, trim


def _pronoun_cue(ctx: Ctx, w: str) -> Cue | None:
    """The cue verb of a word carrying an object pronoun (نفته → نفت، تنفيه → تنفي، نفاه → نفى)."""
    lex = ctx.lex
    for suf in lex.object_suffixes:
        if not w.endswith(suf) or len(w) - len(suf) < 3:
            continue
        stem = w[:-len(suf)]
        cue = lex.single.get(stem)
        if cue is None and stem.endswith(lex.morph["alef"]):
            cue = lex.single.get(stem[:-1] + lex.morph["ya"])  # نفاه: the final ى is written ا before it
        if cue is not None and cue.kind == "verb":
            return cue
    return None


def _frame_end(ctx: Ctx, k: int) -> int | None:
    """Token after the longest backward frame starting at k (وهو ما، وهو الأمر الذي), or None."""
    toks = ctx.toks
    best = None
    for rest in ctx.lex.backward_frames.get(toks[k].norm, ()):
        e = k + 1 + len(rest)
        if e <= len(toks) and all(toks[k + 1 + j].norm == r for j, r in enumerate(rest)):
            best = e if best is None else max(best, e)
    return best


def read_backward(ctx: Ctx) -> None:
    """Add every "…، وهو ما نفته X" claim of the document (see the module docstring)."""
    toks, lex = ctx.toks, ctx.lex
    if not lex.backward_frames:
        return
    cued = {c.cue.start for c in ctx.doc.claims}
    n = len(toks)
    for k in range(1, n - 3):
        if toks[k].norm not in COMMAS or toks[k + 1].norm not in lex.backward_frames:
            continue
        v = _frame_end(ctx, k + 1)
        if v is None:
            continue
        if v < n and toks[v].norm in lex.negations:
            v += 1
        if v >= n or not toks[v].is_word or toks[v].span.start in cued:
            continue
        cue = _pronoun_cue(ctx, toks[v].norm)
        se = ctx.sent_end[v]
        if cue is None or v + 1 >= se:
            continue
        e = np_end(ctx, v + 1, se)
        if e <= v + 1 or toks[v + 1].norm in lex.preps_all:
            continue
        a = ctx.sent_start[k]
        before = [c for c in ctx.doc.claims if c.content.end <= toks[k].span.start
                  and c.content.end >= toks[k - 1].span.end and c.content.start >= toks[a].span.start]
        if before:
            a = next(i for i in range(a, k) if toks[i].span.start >= before[-1].content.start)
        a, b = trim(ctx, a, k)
        if b <= a:
            continue
        hit = Hit(v, v + 1, cue, conj=False, suffixed=True)
        emit(ctx, hit, tok_span(ctx, v, v + 1), (a, b), (v + 1, e), [])
