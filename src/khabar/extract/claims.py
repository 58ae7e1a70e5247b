"""Claims: who said what, through whom, and how sure (attribution extraction for Arabic news).

Reads ``doc.tokens`` and ``doc.sentences`` (and ``doc.times``, when the times stage ran, to keep
dates out of speakers); adds :class:`khabar.doc.Claim` objects to ``doc.claims``. Data files:
``claims/cues.tsv``, ``claims/grammar.yaml``, ``claims/channels.tsv``, ``claims/stance.tsv`` (via
:mod:`khabar.extract.claim_lexicon`).

One dictionary lookup per word finds the cues (قال/قالت/يقول/وأضاف, مشيرا, بحسب, قوله …); each cue
is then read left to right in its sentence:

* verbs (VSO): ``وقالت [speaker] [لـ via | في بيان | أمس] إن|أن|:|"[content]``; with no speaker
  after the cue, the speaker stands before it (SVO, ``كان X قد أفاد``, ``X الذي أشار``) or is the
  antecedent (``وأضاف أن`` → previous speaker, ``speaker_implicit``);
* participles (``مشيرا إلى أن``) always take the antecedent;
* prepositions (``بحسب X``) attribute the preceding clause, or the following one when they open the
  sentence (``وبحسب X، فإن …``); after another claim in the same sentence they are a via relay;
* ``نقل X عن Y قوله`` gives speaker Y via X.

Content runs from the أن/إن word (or inside the quotes) to the sentence end or the next cue.

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="x", text="وقال الجيش في بيان إن قواته قصفت مواقع للمسلحين."))
    >>> extract_claims(doc)
    >>> c = doc.claims[0]
    >>> (c.cue.text, c.speaker_text, c.content.text, [v.text for v in c.via])
    ('وقال', 'الجيش', 'إن قواته قصفت مواقع للمسلحين', ['بيان'])
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, field

from khabar.doc import Claim, Doc, Span, Token
from khabar.extract.claim_lexicon import Cue, Lexicon, lexicon

log = logging.getLogger(__name__)

MAX_SPEAKER_WORDS = 18  # a speaker region longer than this has no content marker
MAX_QUOTE_TOKENS = 250
_QUOTE = '"'
_QUOTE_CHARS = '"\u00ab\u00bb\u201c\u201d\u201e'
_COMMAS = {",", "\u060c"}  # , and the Arabic comma
_COLONS = {":"}
_SENT_PUNCT = {".", "!", "?", "\u061f", ";"}


@dataclass(slots=True)
class _Hit:
    start: int  # token indexes [start, end)
    end: int
    cue: Cue
    conj: bool  # written with و/ف


@dataclass(slots=True)
class _Ctx:
    doc: Doc
    lex: Lexicon
    toks: list[Token]
    sent_end: list[int]  # token index after the last token of each token's sentence
    sent_start: list[int]
    hit_at: dict[int, _Hit]
    time_tok: set[int]
    ent_end: dict[int, int]  # token where a PER/ORG entity starts -> token after it
    para_end: list[int]  # per token, the token index after its paragraph (a quote never crosses one)
    skip: set[int] = field(default_factory=set)  # cue tokens consumed by another claim
    quoted_end: int = 0  # token index after the last quoted content read so far
    covered_end: int = 0  # token index after the last content read so far
    last: Claim | None = None
    recent: list[tuple[Claim, str]] = field(default_factory=list)  # claims with a speaker, and agreement


# ------------------------------------------------------------------ cue detection


def _find_hits(toks: list[Token], lex: Lexicon) -> list[_Hit]:
    hits: list[_Hit] = []
    n = len(toks)
    single, multi, conjs = lex.single, lex.multi, lex.conj
    i = 0
    while i < n:
        t = toks[i]
        w = t.norm
        if not t.is_word:
            i += 1
            continue
        if w not in single and w not in multi and not (w[0] in conjs and (w[1:] in single or w[1:] in multi)):
            obj = _object_suffixed(w, lex)
            if obj is not None:
                hits.append(_Hit(i, i + 1, obj[0], obj[1]))  # اتهمها تنظيم داعش بـ …
            i += 1
            continue
        cands = [(w, False)]
        if len(w) > 3 and w[0] in conjs:
            cands.append((w[1:], True))
        hit = None
        for c, conj in cands:
            for rest, cue in multi.get(c, ()):
                j = i + 1
                ok = True
                for part in rest:
                    if j >= n or toks[j].norm != part:
                        ok = False
                        break
                    j += 1
                if ok:
                    hit = _Hit(i, j, cue, conj)
                    break
            if hit is None and c in single:
                cue = single[c]
                hit = _Hit(i, i + 1, cue, conj or (c[0] in conjs and cue.lemma[:1] != c[0]))
            if hit is not None:
                break
        if hit is None:
            i += 1
            continue
        if hit.cue.kind == "preposition":
            _extend_preposition(hit, toks, lex)
        elif hit.cue.kind == "verb" and hits and hits[-1].end == i and hits[-1].cue.kind == "verb":
            i += 1  # وقال طالب …: a noun subject spelled like a verb
            continue
        hits.append(hit)
        i = hit.end
    return hits


def _object_suffixed(w: str, lex: Lexicon) -> tuple[Cue, bool] | None:
    """A cue verb carrying an object pronoun (وصفه، اتهمها، دعاهم): only verbs that take an object and
    open their content with a preposition (وصفه مسؤولون بأنه …), never say-verbs (ما قاله)."""
    for suf in lex.object_suffixes:
        if len(w) - len(suf) < 3 or not w.endswith(suf):
            continue
        base = w[:-len(suf)]
        for form, conj in ((base, False), (base[1:], True)):
            cue = lex.single.get(form)
            if cue is not None and cue.kind == "verb" and cue.object and cue.prep:
                return cue, conj or (form != base)
        # دعاه: the final alif of دعا is written before the pronoun; ا + ه
    return None


def _extend_preposition(hit: _Hit, toks: list[Token], lex: Lexicon) -> None:
    """بحسب ما قالت / وفقا لما أعلن / وفقا لـ: the cue covers the joining words and the verb."""
    n = len(toks)
    j = hit.end
    if j < n and toks[j].norm in lex.lam:
        j += 1
    if j < n and (toks[j].norm in lex.ma or toks[j - 1].norm in lex.ma or hit.cue.form.endswith(lex.morph["ma_suffix"])):
        if toks[j].norm in lex.ma:
            j += 1
        if j < n and _verb_form(toks[j].norm, lex) is not None:
            j += 1
    if j > hit.end and toks[j - 1].is_word:
        hit.end = j


def _verb_form(w: str, lex: Lexicon) -> Cue | None:
    c = lex.single.get(w)
    if c is None and len(w) > 3 and w[0] in lex.conj:
        c = lex.single.get(w[1:])
    return c if c is not None and c.kind == "verb" else None


# ------------------------------------------------------------------ small token helpers


def _phrase_at(ctx: _Ctx, table: dict[str, list[tuple[str, ...]]], k: int) -> bool:
    """Does one of the phrases of ``table`` (first word -> rest) start at token k?"""
    toks = ctx.toks
    for rest in table.get(toks[k].norm, ()):
        if all(k + 1 + j < len(toks) and toks[k + 1 + j].norm == r for j, r in enumerate(rest)):
            return True
    return False


def _is_comp(ctx: _Ctx, k: int) -> bool:
    return ctx.toks[k].norm in ctx.lex.complementizers and \
        not _phrase_at(ctx, ctx.lex.complementizer_exceptions, k)


def _is_def(t: Token, lex: Lexicon) -> bool:
    """Does the word carry the article (الجيش, للمرصد, والجيش, بالمدينة)?"""
    w = t.norm
    art = lex.morph["article"]
    return w.startswith(art) or w.startswith(lex.morph["lam_article"]) or \
        (len(w) > 4 and w[0] in lex.before_article and w[1:3] == art)


def _is_time(ctx: _Ctx, k: int) -> bool:
    return k in ctx.time_tok or ctx.toks[k].norm in ctx.lex.time_words


def _channel(ctx: _Ctx, t: Token) -> tuple[str, bool] | None:
    w = t.norm
    ch = ctx.lex.channels.get(w)
    if ch is None and len(w) > 3 and w[0] in ctx.lex.name_prefixes:
        ch = ctx.lex.channels.get(w[1:])
    return ch


def _starts_adjunct(ctx: _Ctx, k: int, end: int) -> bool:
    """A via/time adjunct starts at token k: أمس، لـ«X»، لوكالة، في بيان، عبر حسابه."""
    toks = ctx.toks
    t = toks[k]
    w = t.norm
    if _is_time(ctx, k) or w in ctx.lex.speaker_stops:
        return True
    lam = ctx.lex.morph["lam"]
    if w == lam and k + 1 < end and toks[k + 1].norm == _QUOTE:
        return True
    if w[:1] == lam and len(w) > 3 and ctx.lex.channels.get(w[1:]) is not None:
        return True
    if w in ctx.lex.via_openers and k + 1 < end and _channel(ctx, toks[k + 1]) is not None:
        return True
    return _phrase_at(ctx, ctx.lex.adjunct_phrases, k)


def _span(ctx: _Ctx, a: int, b: int, cut_prefix: bool = False) -> Span:
    """Span of tokens [a, b) (b > a); cut_prefix drops a ل/ب proclitic of the first token."""
    toks = ctx.toks
    ns = toks[a].nstart
    if cut_prefix:
        w = toks[a].norm
        m = ctx.lex.morph
        if len(w) > 3 and w[0] in (m["lam"], m["ba"]) and not w.startswith(m["lam_article"]):
            ns += 1
    return ctx.doc.span_from_norm(ns, toks[b - 1].nend)


def _trim(ctx: _Ctx, a: int, b: int) -> tuple[int, int]:
    """Drop punctuation at both ends of [a, b), keeping a closing quote or bracket that pairs one inside."""
    toks = ctx.toks
    while a < b and not toks[a].is_word and toks[a].norm not in "(":
        a += 1
    while b > a and not toks[b - 1].is_word and toks[b - 1].norm not in ")":
        if toks[b - 1].norm == _QUOTE and sum(1 for j in range(a, b - 1) if toks[j].norm == _QUOTE) % 2:
            break  # موقع “ريبابليك وورلد”
        b -= 1
    if b > a and toks[b - 1].norm == ")" and not any(toks[k].norm == "(" for k in range(a, b - 1)):
        b -= 1
    return a, b


def _quote_role(ctx: _Ctx, k: int) -> int:
    """+1 for an opening quote, -1 for a closing one (straight quotes judged by the spaces around)."""
    text = ctx.doc.text
    s = ctx.toks[k].span.start
    ch = text[s]
    if ch in "«“„":
        return 1
    if ch in "»”":
        return -1
    before = text[s - 1] if s > 0 else " "
    after = text[s + 1] if s + 1 < len(text) else " "
    if before.isspace() or before in "(\u0640" or (not before.isalnum()):
        return 1 if not after.isspace() else -1
    return -1


def _closing_quote(ctx: _Ctx, k: int, limit: int) -> int | None:
    """The quote closing the one at k, skipping nested quotes."""
    toks = ctx.toks
    depth = 0
    first = None
    for j in range(k + 1, min(limit, len(toks))):
        if toks[j].norm == _QUOTE:
            if first is None:
                first = j
            if _quote_role(ctx, j) > 0 and j + 1 < len(toks) and toks[j + 1].is_word:
                depth += 1
            elif depth == 0:
                return j
            else:
                depth -= 1
    return first


# ------------------------------------------------------------------ speaker and via


def _clean_name(text: str) -> str:
    """Collapse spaces; drop quote marks that are not paired (…، "دولت باهجة لي)."""
    text = " ".join(text.split())
    quotes = sum(text.count(q) for q in _QUOTE_CHARS)
    if quotes % 2:
        text = " ".join("".join(ch for ch in text if ch not in _QUOTE_CHARS).split())
    return text


def _speaker_text(ctx: _Ctx, a: int, b: int) -> tuple[Span, str]:
    before = ctx.toks[a - 1].norm if a > 0 else ""
    # وفقا لمصادر / حصيلة لوزارة: the ل belongs to the cue, not to the name
    cut = before in ctx.lex.lam_cues or before in ctx.lex.report_nouns
    sp = _span(ctx, a, b, cut_prefix=cut)
    w = ctx.toks[a].norm
    art = ctx.lex.morph["article"]
    if len(w) > 4 and w[0] in ctx.lex.conj and (w[1] == w[0] or w[1:3] == art) and sp.end - sp.start > 1:
        # [و]وزارة الداخلية، [و]الجيش: the conjunction is not part of the name
        sp = ctx.doc.span_from_norm(ctx.toks[a].nstart + 1, ctx.toks[b - 1].nend)
    text = sp.text
    w = ctx.toks[a].norm
    if w.startswith(ctx.lex.morph["lam_article"]) and len(w) > 4:
        # للمرصد -> المرصد
        text = ctx.lex.morph["article"] + ctx.doc.text[ctx.toks[a].span.start + 2:sp.end]
    return sp, _clean_name(text)


def _vias(ctx: _Ctx, a: int, b: int) -> list[Span]:
    """Channels and relays named in the adjunct tokens [a, b)."""
    toks = ctx.toks
    out: list[Span] = []
    k = a
    while k < b:
        t = toks[k]
        if t.norm == ctx.lex.morph["lam"] and k + 1 < b and toks[k + 1].norm == _QUOTE:
            q = _closing_quote(ctx, k + 1, b + 1)
            if q is not None and q > k + 2:
                out.append(_span(ctx, k + 2, q))
                k = q + 1
                continue
        ch = _channel(ctx, t) if t.is_word else None
        if ch is None or ch[0] == "adjective":
            k += 1
            continue
        # the via runs to the end of the adjunct phrase (a comma, a time word, a quote)
        e = k + 1
        while e < b and (toks[e].is_word or toks[e].norm == _QUOTE) and not _is_time(ctx, e) \
                and toks[e].norm not in ctx.lex.speaker_stops:
            if toks[e].norm == _QUOTE:
                q = _closing_quote(ctx, e, b)
                if q is None or q - e > 5:
                    break
                e = q + 1  # وكالة «رويترز»
                continue
            e += 1
        if not ch[1]:
            # a generic statement noun: prefer a specific medium later in the phrase
            spec = next((j for j in range(k + 1, b)
                         if (c2 := _channel(ctx, toks[j])) and c2[1] and c2[0] != "adjective"), None)
            if spec is not None:
                # بيان نشرته عبر حسابها على تويتر -> تويتر
                k, ch = spec, _channel(ctx, toks[spec])
                e = k + 1
                while e < b and toks[e].is_word and not _is_time(ctx, e) \
                        and toks[e].norm not in ctx.lex.speaker_stops:
                    e += 1
            else:
                e = k + 1
        if e - k > 6:
            e = k + 6
        out.append(_span(ctx, k, e, cut_prefix=toks[k].norm not in ctx.lex.channels))
        k = e
    return out


def _adjective_like(lex: Lexicon, w: str) -> bool:
    """Could this definite word be an adjective (التركية، المتحدة، الأعلى، العام)?"""
    art = lex.morph["article"]
    return w in lex.plain_adjectives or w.endswith(lex.adjective_endings) or \
        (w.startswith(lex.adjective_prefixes) and len(w) > 4) or not w.startswith(art)


def _np_end(ctx: _Ctx, a: int, limit: int) -> int:
    """End of the noun phrase starting at a: head, adjectives, genitives, a title's name."""
    lex, toks = ctx.lex, ctx.toks
    if a >= limit or not toks[a].is_word or toks[a].norm in lex.not_speakers:
        return a
    head = toks[a].norm
    titled = head in lex.titles or head[1:] in lex.titles
    m = lex.morph
    descr = head in lex.descriptor_heads
    named = a in ctx.ent_end  # a name was read: prepositional phrases no longer belong to it
    prev = toks[a]
    k = ctx.ent_end.get(a, a + 1)
    n_words = 1
    while k < limit and n_words < 9:
        t = toks[k]
        w = t.norm
        if k in ctx.ent_end and (titled or _is_def(prev, lex)) and toks[k].is_word:
            k = ctx.ent_end[k]  # وزيرة الخارجية [أنالينا بيربوك]: a person named by the NER
            named = True
            prev = toks[k - 1]
            continue
        if not t.is_word:
            if w == "(":
                close = next((j for j in range(k + 1, min(limit, k + 5)) if toks[j].norm == ")"), None)
                if close is not None:
                    k = close + 1
                    continue
            if w == _QUOTE and k > a and not _is_def(prev, lex):
                q = _closing_quote(ctx, k, min(limit, k + 6))
                if q is not None and q > k + 1:
                    k = q + 1  # قناة "إن تي في" التلفزيونية
                    continue
            break
        if _starts_adjunct(ctx, k, limit) or _is_comp(ctx, k):
            break
        if w in lex.titles:
            if not titled and not named and _is_def(prev, lex):
                break  # واعتبرت الفتوى [الملا عمر …]: a title after a plain noun starts the object
            titled = True
            descr = descr or w in lex.descriptor_heads
        if w in lex.preps_all and not (descr and w in lex.descriptor_preps):
            break  # السفير آل الشيخ [على] أن …
        if w in lex.not_speakers:
            break
        if _is_def(t, lex):
            if named and w[:1] in (m["ba"], m["lam"]):
                break  # ميركل [للحكومة التركية]: after the name, a prepositional phrase is not hers
            if named and w not in lex.titles and not w.endswith(lex.adjective_endings) \
                    and _is_def(prev, lex) and prev.norm not in lex.titles:
                break  # …نائب رئيس الجمهورية العراقية [التفجير الإجرامي]
            if _is_def(prev, lex) and not titled and not named and not _adjective_like(lex, w) \
                    and not w.startswith(m["lam_article"]):
                break  # السلطات التركية [التعرف على …]: a definite noun after a definite head is the object
            if w.startswith(m["ba"]) or (w[:1] in lex.conj and not prev.is_word):
                if not descr:
                    break
            if not _is_def(prev, lex) and prev.norm.endswith(lex.plural_endings) \
                    and not w.startswith(m["lam_article"]):
                break  # مسؤولون + definite: a sound plural is no construct head
        elif w in lex.descriptor_preps or (w[:1] in (m["ba"], m["lam"]) and len(w) > 3):
            genitive = w[:1] == m["lam"] and _is_def(prev, lex) and k + 1 < limit and _is_def(toks[k + 1], lex)
            if (not (descr or titled) or named) and not genitive:
                break  # but: الجناح العسكري [لحزب العمال] …
        elif w[:1] in lex.conj and len(w) > 3 and not _is_def(prev, lex):
            pass  # coordination: واشنطن وأنقرة
        else:
            if _is_def(prev, lex) and not titled:
                break  # الائتلاف الوطني + إعادة: the object begins
            if titled and _is_def(prev, lex):
                named = True
        prev = t
        k += 1
        n_words += 1
    return k


def _adverbial(ctx: _Ctx, k: int) -> bool:
    """Does an adverbial phrase start at k (بأشد العبارات، في وقت سابق، أمس)?"""
    t = ctx.toks[k]
    w = t.norm
    if not t.is_word:
        return False
    ba = ctx.lex.morph["ba"]
    return (w[:1] == ba and len(w) > 3) or w in ctx.lex.preps_all or _is_time(ctx, k) or \
        _starts_adjunct(ctx, k, len(ctx.toks))


def _only_adjuncts(ctx: _Ctx, a: int, b: int) -> bool:
    """Are the tokens [a, b) only times, via phrases and punctuation (أمس، لـ«عكاظ»، في بيان صحفي)?"""
    toks = ctx.toks
    k = a
    while k < b:
        t = toks[k]
        if not t.is_word or _is_time(ctx, k):
            k += 1
        elif _starts_adjunct(ctx, k, b) and t.norm not in ctx.lex.speaker_stops:
            k += 1
            while k < b and toks[k].is_word:
                k += 1
        else:
            return False
    return True


def _skip_adjuncts(ctx: _Ctx, k: int, se: int) -> int:
    """Skip times, commas and via phrases (لـ«عكاظ»، لرويترز) between a speaker and an object."""
    toks = ctx.toks
    while k < se:
        t = toks[k]
        w = t.norm
        if w in _COMMAS or (t.is_word and _is_time(ctx, k)) or (w == _QUOTE and _quote_role(ctx, k) < 0):
            k += 1  # a comma, a time, the closing quote of a quoted name
        elif w == _QUOTE and k > 0 and toks[k - 1].is_word:
            q = _closing_quote(ctx, k, se)
            if q is None or q - k > 3 or q + 1 >= se or not toks[q + 1].is_word:
                break
            k = q + 1  # أدان "بشدة" قتل …: a quoted adverb, the object follows
        elif w == ctx.lex.morph["lam"] and k + 1 < se and toks[k + 1].norm == _QUOTE:
            q = _closing_quote(ctx, k + 1, se)
            if q is None:
                break
            k = q + 1
        elif t.is_word and ((w[:1] == ctx.lex.morph["lam"] and len(w) > 3 and ctx.lex.channels.get(w[1:])) or
                            (w in ctx.lex.via_openers and k + 1 < se and _channel(ctx, toks[k + 1]) is not None)):
            k += 1 if w not in ctx.lex.via_openers else 2
            while k < se and toks[k].is_word and _channel(ctx, toks[k]) is not None:
                k += 1
        else:
            break
    return k


def _split_region(ctx: _Ctx, a: int, b: int) -> tuple[int, int, list[Span]]:
    """Speaker tokens and the via adjuncts in the tokens [a, b) between a cue and its content."""
    toks = ctx.toks
    k = a
    while k < b:
        t = toks[k]
        if t.is_word and _starts_adjunct(ctx, k, b):
            break
        if t.norm == _QUOTE:
            q = _closing_quote(ctx, k, b)
            if q is None:
                break
            k = q + 1
            continue
        k += 1
    s, e = _trim(ctx, a, k)
    return s, e, _vias(ctx, k, b)


# ------------------------------------------------------------------ content


def _opens_content(ctx: _Ctx, h: _Hit) -> bool:
    """Is the cue directly followed by its content (أن، إن، :، "، or its preposition: أشار إلى)?"""
    t = ctx.toks[h.end]
    w = t.norm
    if w in _COLONS or w == _QUOTE or _is_comp(ctx, h.end):
        return True
    preps = ctx.lex.preps.get(h.cue.prep) if h.cue.prep else None
    return bool(preps) and w in preps


def _is_starter(ctx: _Ctx, k: int) -> bool:
    """Does the cue at k open a new attribution (and so end the previous content)?"""
    h = ctx.hit_at.get(k)
    if h is None:
        return False
    if h.cue.kind == "participle":
        return not _after_copula(ctx, k)
    if h.cue.kind == "preposition":
        return True
    prev_t = ctx.toks[k - 1] if k > 0 else None
    prev = prev_t.norm if prev_t is not None else "."
    if h.conj and (prev_t is None or not prev_t.is_word or k == ctx.sent_start[k]):
        return True
    if h.conj and h.end < len(ctx.toks) and _opens_content(ctx, h):
        return True  # … الأكراد وأشاروا إلى أن …
    return prev in _COMMAS or prev in ctx.lex.clause_openers or prev in (_QUOTE, ")")


def _content(ctx: _Ctx, start: int, sent_end: int) -> tuple[int, int] | None:
    """Token range of the content starting at ``start``."""
    toks = ctx.toks
    while start < sent_end and toks[start].norm in _COLONS:
        start += 1
    if start >= len(toks):
        return None
    if toks[start].norm == _QUOTE and _quote_role(ctx, start) < 0 and start + 1 < sent_end:
        start += 1  # the closing quote of a quoted subject (هدد «داعش» الحكومة …)
    if toks[start].norm == _QUOTE:
        q = _closing_quote(ctx, start, min(start + MAX_QUOTE_TOKENS, ctx.para_end[start]))
        if q is not None and q > start + 1:
            ctx.quoted_end = max(ctx.quoted_end, q)
            # a quote followed by more of the sentence (إن «المرصد» تلقى) is not the whole content
            return start + 1, q
        start += 1
    k = start + 1
    while k < sent_end and not _is_starter(ctx, k):
        if toks[k].norm in _COMMAS and k + 1 < sent_end and _phrase_at(ctx, ctx.lex.content_stops, k + 1):
            break
        k += 1
    if k < sent_end and k - 1 > start and toks[k - 1].norm in ctx.lex.clause_openers:
        k -= 1  # … صامدة [بينما] حذرت: the opener belongs to the next claim
    a, b = _trim(ctx, start, k)
    return (a, b) if b > a else None


def _negated(ctx: _Ctx, k: int) -> bool:
    w = ctx.toks[k].norm
    neg = ctx.lex.negations
    return w in neg or (w[:1] in ctx.lex.conj and w[1:] in neg)


def _stance(ctx: _Ctx, hit: _Hit, a: int, b: int) -> str:
    lex, toks = ctx.lex, ctx.toks
    if hit.start > 0 and _negated(ctx, hit.start - 1):
        return "uncertain"
    if hit.cue.stance == "deny":
        return "deny"
    words = [t.norm for t in toks[a:b] if t.is_word]
    first = 1 if words and (words[0] in lex.complementizers or words[0] in lex.content_preps) else 0
    if first and len(words) > 1 and words[1] in lex.complementizers:
        first = 2
    for i in range(first, min(first + 3, len(words))):
        for n in (3, 2, 1):
            if tuple(words[i:i + n]) in lex.stance_start:
                return lex.stance_start[tuple(words[i:i + n])]
    if hit.cue.stance:
        return hit.cue.stance
    for i, w in enumerate(words):
        for n in (3, 2, 1):
            key = tuple(words[i:i + n])
            if key in lex.stance_any:
                if key == (lex.morph["may"],) and not (i + 1 < len(words) and words[i + 1][:1] in lex.present_prefixes):
                    continue
                return lex.stance_any[key]
    return "assert"


# ------------------------------------------------------------------ claim readers


def _marker(ctx: _Ctx, cue: Cue, a: int, sent_end: int) -> tuple[int | None, int]:
    """First content marker after a cue: (index where content starts, index where the scan stopped)."""
    lex, toks = ctx.lex, ctx.toks
    prep_words = lex.preps.get(cue.prep) if cue.prep else None
    words = 0
    k = a
    while k < sent_end and words <= MAX_SPEAKER_WORDS:
        t = toks[k]
        w = t.norm
        h = ctx.hit_at.get(k)
        if h is not None:
            if h.cue.lemma == lex.morph["say_noun"] and h.end - h.start == 1 and w[:1] == lex.morph["ba"]:
                ctx.skip.add(k)  # وتابعت بالقول: the content follows
                return h.end, k
            if h.cue.kind != "noun":
                return None, k
        if w in lex.complementizers and _is_comp(ctx, k):
            return k, k
        if w in lex.preps_all and k + 1 < sent_end and _is_comp(ctx, k + 1):
            return k, k  # أكد على أن …
        if w in _COLONS:
            return k + 1, k
        if w in _COMMAS and k + 1 < sent_end and (toks[k + 1].norm in lex.clause_openers or
                                                  _phrase_at(ctx, lex.content_stops, k + 1)):
            return None, k  # …، في حين عرضت قناة أخرى: the clause of this cue has ended
        if w == _QUOTE:
            q = _closing_quote(ctx, k, sent_end)
            s_, e_, _ = _split_region(ctx, a, k)
            region_empty = e_ <= s_
            prev_lam = k > 0 and toks[k - 1].norm == lex.morph["lam"]
            if q is not None and q - k <= 4 and q + 1 < len(toks) and toks[q + 1].norm in _COLONS:
                k = q + 1  # وتابع "الضميري": "…"
                continue
            if region_empty and q is not None and q - k <= 4 and q + 1 < sent_end and toks[q + 1].is_word:
                k = q + 1  # هدد «داعش» الحكومة …: a quoted name is the subject
                continue
            if region_empty and q is not None and q - k <= 4 and q + 1 < sent_end and toks[q + 1].norm in _COMMAS:
                mk2, stop2 = _marker(ctx, cue, q + 2, sent_end)
                if mk2 is not None:
                    return mk2, stop2  # وكتبت «قوات الدفاع»، الجناح المسلح …، أن …
            if q is not None and not region_empty and q - k <= 5:
                after = toks[q + 1].norm if q + 1 < len(toks) else "."
                if prev_lam or after in _COLONS or after in _COMMAS or after in lex.complementizers:
                    k = q + 1
                    continue
                if q + 1 < sent_end and toks[q + 1].is_word:
                    # a quoted name inside the speaker (مدير إعلام «أبين» ياسر باعزب: …)
                    mk2, stop2 = _marker(ctx, cue, q + 1, sent_end)
                    if mk2 is not None or cue.object:
                        return mk2, stop2  # a quoted name or adverb: the noun phrase reads past it
            if q is not None and prev_lam:
                k = q + 1
                continue
            if cue.object and not region_empty and q is not None and q - k <= 5 and q + 1 < sent_end \
                    and toks[q + 1].is_word:
                return None, k  # وأدان X "بشدة" قتل …: a quoted adverb before the object
            return k, k
        if t.is_word:
            words += 1
            if prep_words is not None:
                ba = lex.morph["ba"]
                if w in prep_words or (cue.prep == ba and (w == ba or (w[:1] == ba and len(w) > 3))):
                    if not (cue.prep == ba and k > a and toks[k - 1].norm in lex.descriptor_heads):
                        return k, k
        k += 1
    return None, k


def _kana_subject(ctx: _Ctx, hit: _Hit) -> tuple[int, int] | None:
    """وكانت الجبهة (قد) أعلنت …: the subject stands between كان and the cue."""
    lex, toks = ctx.lex, ctx.toks
    if hit.conj:
        return None
    s0 = ctx.sent_start[hit.start]
    end = hit.start
    if end - 1 >= s0 and toks[end - 1].norm in lex.qad:
        end -= 1
    for j in range(end - 1, max(s0, end - 16) - 1, -1):
        t = toks[j]
        w = t.norm
        if w in lex.kana or (w[:1] in lex.conj and w[1:] in lex.kana):
            while end > j + 1 and (toks[end - 1].norm in lex.who or toks[end - 1].norm in lex.relatives):
                end -= 1  # وكانت الصحيفة أول من كشف
            a, b = _trim(ctx, j + 1, end)
            return (a, b) if b > a else None
        if not t.is_word and w not in _COMMAS and w != _QUOTE:
            return None
        if j in ctx.hit_at or w in lex.qad:
            return None  # وكان X قد أصدر فتوى أكدت: the subject of another verb
    return None


def _lookback(ctx: _Ctx, hit: _Hit) -> tuple[int, int] | None:
    """Speaker before the cue: كان X قد أفاد / X الذي أشار / (SVO) X قال."""
    lex, toks = ctx.lex, ctx.toks
    s0 = ctx.sent_start[hit.start]
    k = hit.start - 1
    if k < s0 or not toks[k].is_word:
        return None
    if toks[k].norm in lex.qad:
        for j in range(k - 1, max(s0, k - 12) - 1, -1):
            w = toks[j].norm
            if w in lex.kana or (w[:1] in lex.conj and w[1:] in lex.kana):
                a, b = _trim(ctx, j + 1, k)
                return (a, b) if b > a else None
            if not toks[j].is_word and w not in _COMMAS:
                return None
        return None
    wk = toks[k].norm
    if wk in lex.relatives or wk in lex.who or (wk[:1] in lex.conj and wk[1:] in lex.relatives):
        # the noun phrase just before: للمرصد الذي أشار / القائد فضل حسن الذي أوضح
        b = k
        a = b - 1
        if a < s0 or not toks[a].is_word or a in ctx.hit_at:
            return None
        kind = _is_def(toks[a], lex)
        while a - 1 >= s0 and b - a < 4 and toks[a - 1].is_word and (a - 1) not in ctx.hit_at \
                and _is_def(toks[a - 1], lex) == kind and toks[a - 1].norm not in lex.speaker_stops:
            a -= 1
        return a, b
    if hit.conj:
        return None
    # plain SVO: a short clause before the cue (or the words after أن: إلا أن الوزارة نفت)
    a = k + 1
    while a > s0 and toks[a - 1].is_word and (a - 1) not in ctx.hit_at and hit.start - a < 5 \
            and not _is_comp(ctx, a - 1):
        a -= 1
    if a > s0 and toks[a - 1].is_word and not _is_comp(ctx, a - 1):
        return None  # the clause before is long: not a subject
    words = [toks[j].norm for j in range(a, hit.start)]
    while words and (words[0] in lex.speaker_stops or words[0] in lex.kama or words[0] in lex.clause_openers):
        a += 1
        words.pop(0)
    b = hit.start
    while words and (words[-1] in lex.speaker_stops or words[-1] in lex.clause_openers):
        b -= 1  # ووزارة الداخلية [إذ] تعلن
        words.pop()
    if not words:
        return None
    return a, b


def _agreement(ctx: _Ctx, hit: _Hit) -> str:
    """f (feminine), p (plural), m (masculine) or "" from the cue form: قالت f, قالوا p, مشيرة f."""
    cue, ag = hit.cue, ctx.lex.agreement
    w = cue.form
    if cue.kind == "participle":
        return "f" if w.endswith(ag.get("feminine_participle", ())) else \
            "p" if w.endswith(ag.get("plural_participle", ())) else "m"
    if cue.kind != "verb":
        return ""
    if cue.present:
        return "p" if w.endswith(ag.get("plural_present", ())) else \
            "f" if w.startswith(ag.get("feminine_present", ())) else "m"
    if w == cue.lemma:
        return "m"
    return "p" if w.endswith(ag.get("plural_past", ())) else \
        "f" if w.endswith(ag.get("feminine_past", ())) else "m"


def _antecedent(ctx: _Ctx, hit: _Hit) -> tuple[Span | None, str | None, list[Span]]:
    """The latest earlier speaker, preferring one whose cue agreed like this one (وأضاف after وقال)."""
    if ctx.last is None:
        return None, None, []
    best = ctx.last
    want = _agreement(ctx, hit)
    if want:
        for claim, ag in reversed(ctx.recent[-6:]):
            if ag == want:
                best = claim
                break
    return best.speaker, best.speaker_text, list(best.via)


def _emit(ctx: _Ctx, hit: _Hit, cue_span: Span, content: tuple[int, int],
          speaker: tuple[int, int] | None, via: list[Span], kind: str | None = None) -> Claim | None:
    a, b = content
    if b <= a:
        return None
    implicit = speaker is None
    if speaker is not None:
        sp, stext = _speaker_text(ctx, *speaker)
        if not stext:
            return None
    else:
        sp, stext, inherited = _antecedent(ctx, hit)
        via = via or inherited
    ctx.covered_end = max(ctx.covered_end, b)
    claim = Claim(cue=cue_span, content=_span(ctx, a, b), speaker=sp, speaker_text=stext,
                  speaker_implicit=implicit and stext is not None, via=via,
                  stance=_stance(ctx, hit, a, b), kind=kind or hit.cue.kind)
    ctx.doc.claims.append(claim)
    if stext:
        ctx.last = claim
        ag = _agreement(ctx, hit)
        nominative_plural = ctx.lex.agreement.get("plural_present", ())  # a subject in -ون: مسؤولون
        if ag == "m" and speaker is not None and ctx.toks[speaker[0]].norm.endswith(nominative_plural):
            ag = "p"  # VSO: واتهم معارضون … وأشاروا — the verb before its subject stays singular
        if ag:
            ctx.recent.append((claim, ag))
    return claim


def _read_verb(ctx: _Ctx, hit: _Hit) -> None:
    toks, cue = ctx.toks, hit.cue
    se = ctx.sent_end[hit.start]
    cue_span = _span(ctx, hit.start, hit.end)
    if cue.lemma == ctx.lex.morph["relay_verb"] and _read_relay(ctx, hit, se):
        return
    mk, stop = _marker(ctx, cue, hit.end, se)
    via: list[Span] = []
    speaker: tuple[int, int] | None = None
    negated = hit.start > 0 and _negated(ctx, hit.start - 1)
    present = cue.present and not negated  # لا يستبعد الأمريكيون احتمال …
    kana = _kana_subject(ctx, hit)
    if kana is not None and mk is not None:
        speaker = kana
        via = _split_region(ctx, hit.end, stop)[2]
    elif kana is not None and cue.object and not present:
        speaker, mk = kana, hit.end
        while mk < se and toks[mk].is_word and _starts_adjunct(ctx, mk, se):
            mk += 1
    elif mk is None:
        if ctx.sent_start[hit.start] < hit.start and toks[hit.start - 1].norm in ctx.lex.kama:
            sp = _prep_speaker(ctx, hit.end, se)
            rest = _trim(ctx, sp[1], se)
            ends = rest[1] <= rest[0] or (toks[sp[1]].norm in _COMMAS and (sp[1] + 1) in ctx.hit_at)
            if sp[1] > sp[0] and (ends or not cue.object):
                # …، كما أعلن حاكم المحافظة.: the speaker ends the sentence, the content precedes
                _read_before(ctx, hit, cue_span, hit.end, se, kind="verb")
                return
        if not cue.object or present:
            return
        first = toks[hit.end] if hit.end < se else None
        if first is not None and first.norm in ctx.lex.preps_all:
            # وطلبت من الأهالي …: a preposition is no subject; the speaker is the antecedent
            content = _content(ctx, hit.end, se)
            if content is not None:
                _emit(ctx, hit, cue_span, content, _lookback(ctx, hit), via)
            return
        e = _np_end(ctx, hit.end, min(stop, se))
        if e <= hit.end:
            return
        if e < se and toks[e].norm in _COMMAS and e + 1 < se and toks[e + 1].norm in ctx.lex.appositives:
            # أعلن X، وهو أبرز حزب معارض، أمس استعداده …: skip the apposition
            close = next((j for j in range(e + 2, min(se, e + 16)) if toks[j].norm in _COMMAS), None)
            if close is not None:
                e2 = _skip_adjuncts(ctx, close + 1, se)
                if e2 < se and toks[e2].is_word:
                    content = _content(ctx, e2, se)
                    if content is not None:
                        _emit(ctx, hit, cue_span, content, (hit.end, e), via)
                    return
        if e >= se or toks[e].norm in _SENT_PUNCT or (toks[e].norm in _COMMAS and (
                e + 1 >= se or toks[e + 1].norm in ctx.lex.clause_openers or (e + 1) in ctx.hit_at)):
            # كما أكد [سقوط بعض القتلى]، لكنه: nothing follows the noun phrase, so it is the object
            back = None if hit.conj else _lookback(ctx, hit)
            _emit(ctx, hit, cue_span, (hit.end, e), back, via)
            return
        speaker = (hit.end, e)
        k = e
        # adjuncts between the speaker and the object (أمس، لـ«عكاظ»، بأشد العبارات،)
        j = k
        while j < se and j < k + 5 and toks[j].norm not in _COMMAS:
            j += 1
        if j < se and toks[j].norm in _COMMAS and j < k + 5 and _adverbial(ctx, k):
            via = _vias(ctx, k, j)
            k = j + 1
        else:
            k2 = _skip_adjuncts(ctx, k, se)
            via = _vias(ctx, k, k2)
            k = k2
        if k >= se or not toks[k].is_word:
            back = None if hit.conj else _lookback(ctx, hit)
            if back is None:
                return
            speaker, k = back, hit.end  # إلا أن الوزارة نفت الأمر
        mk = k
    else:
        s, e, via = _split_region(ctx, hit.end, stop)
        if e > s and toks[s].norm in ctx.lex.not_speakers:
            mk, e = s, s  # ودعا الله أن …: a prayer, the speaker is the antecedent
        if e > s:
            if cue.object:
                ne = _np_end(ctx, s, e)
                comp = _is_comp(ctx, mk) or (mk + 1 < se and _is_comp(ctx, mk + 1))
                if s < ne <= e and (not _only_adjuncts(ctx, e, stop) or (ne < e == stop and not comp)):
                    # واتهم معارضون [الرئيس … باستغلال]; أعلنت الأجهزة الأربعاء [وفاته]
                    k2 = _skip_adjuncts(ctx, ne, se)
                    via = _vias(ctx, ne, k2)
                    mk, e = k2, ne
            speaker = (s, e)
    if speaker is None:
        speaker = _lookback(ctx, hit)
        if speaker is None and cue.present:
            return
    content = _content(ctx, mk, max(se, mk + 1))
    if content is not None:
        _emit(ctx, hit, cue_span, content, speaker, via)


def _read_relay(ctx: _Ctx, hit: _Hit, se: int) -> bool:
    """نقلت وكالة X عن مسؤول قوله إن …: speaker after عن, via between the cue and عن."""
    toks = ctx.toks
    an = next((k for k in range(hit.end, min(se, hit.end + 12)) if toks[k].norm == ctx.lex.morph["relay_from"]),
              None)
    if an is None:
        return False
    say = None
    k = an + 1
    while k < se and k < an + 14:
        w = toks[k].norm
        h = ctx.hit_at.get(k)
        if h is not None and h.cue.lemma == ctx.lex.morph["say_noun"]:
            say = h
            break
        if w in ctx.lex.complementizers or w in _COLONS or w == _QUOTE:
            break
        k += 1
    if k >= se:
        return False
    via_a, via_b = _trim(ctx, hit.start + 1 if hit.end == hit.start + 1 else hit.end, an)
    via = [_span(ctx, via_a, via_b)] if via_b > via_a else []
    s, e = _trim(ctx, an + 1, k)
    if e <= s:
        return False
    start = k
    cue_span = _span(ctx, hit.start, hit.end)
    kind = "verb"
    if say is not None:
        ctx.skip.add(say.start)
        cue_span = _span(ctx, say.start, say.end)
        kind = "noun"
        start = say.end
        if start < se and toks[start].norm in _COLONS:
            start += 1
    content = _content(ctx, start, se)
    if content is not None:
        _emit(ctx, hit, cue_span, content, (s, e), via, kind=kind)
    return True


def _after_copula(ctx: _Ctx, k: int) -> bool:
    """كان الهجوم متوقعا: a participle after a copula (two words back at most) is a predicate."""
    toks, cop = ctx.toks, ctx.lex.copulas
    for j in (k - 1, k - 2):
        if j >= ctx.sent_start[k] and toks[j].is_word:
            w = toks[j].norm
            if w in cop or (w[:1] in ctx.lex.conj and w[1:] in cop):
                return True
    return False


def _read_participle(ctx: _Ctx, hit: _Hit) -> None:
    if _after_copula(ctx, hit.start):
        return
    se = ctx.sent_end[hit.start]
    mk, stop = _marker(ctx, hit.cue, hit.end, se)
    via: list[Span] = []
    if mk is not None and mk - hit.end <= 10:
        via = _split_region(ctx, hit.end, stop)[2]
    else:
        mk = hit.end
        while mk < se and ctx.toks[mk].is_word and _is_time(ctx, mk):
            mk += 1
    content = _content(ctx, mk, se)
    if content is not None:
        _emit(ctx, hit, _span(ctx, hit.start, hit.end), content, _sentence_subject(ctx, hit), via)


def _sentence_subject(ctx: _Ctx, hit: _Hit) -> tuple[int, int] | None:
    """وجدد X موقفه، لافتا إلى …: with no claim earlier in the sentence, the participle's speaker is
    the subject after the sentence's opening verb (و/ف + a word that is no noun or preposition)."""
    lex, toks = ctx.lex, ctx.toks
    s0 = ctx.sent_start[hit.start]
    last = ctx.last
    if last is not None and ctx.doc.norm.to_norm(last.cue.start) >= toks[s0].nstart:
        return None  # a claim earlier in this sentence: the antecedent is its speaker
    w = toks[s0].norm
    if not (toks[s0].is_word and w[:1] in lex.conj and len(w) > 3 and not _is_def(toks[s0], lex)
            and w[1:] not in lex.preps_all and w[1:] not in lex.speaker_stops):
        return None
    head = toks[s0 + 1].norm if s0 + 1 < hit.start else ""
    if (s0 + 1) not in ctx.ent_end and head not in lex.titles and head not in lex.descriptor_heads:
        return None  # وقدم [خالص العزاء]: an object, the subject is implicit
    e = _np_end(ctx, s0 + 1, hit.start)
    return (s0 + 1, e) if e > s0 + 1 else None


def _clause_start(ctx: _Ctx, k: int) -> int:
    """Start of the clause that ends before token k (after the sentence start or a colon)."""
    s0 = ctx.sent_start[k]
    j = k - 1
    while j >= s0 and ctx.toks[j].norm not in _COLONS and ctx.toks[j].norm != "\u061b":
        j -= 1
    return j + 1


def _read_before(ctx: _Ctx, hit: _Hit, cue_span: Span, sp_start: int, se: int, kind: str) -> None:
    """Prepositional attribution of the clause before the cue: …، بحسب المرصد."""
    toks = ctx.toks
    s, e = _prep_speaker(ctx, sp_start, se)
    if e <= s or _not_source(ctx, s):
        return
    end = hit.start
    while end > 0 and (toks[end - 1].norm in ctx.lex.kama or toks[end - 1].norm in ctx.lex.clause_openers):
        end -= 1  # … قرب الحدود [كما] أعلن
    a, b = _trim(ctx, _clause_start(ctx, hit.start), end)
    prev = ctx.doc.claims[-1] if ctx.doc.claims else None
    if prev is not None and prev.content.end <= cue_span.start and \
            ctx.doc.sentence_at(ctx.doc.norm.to_norm(prev.cue.start)) is ctx.doc.sentence_at(toks[hit.start].nstart):
        prev.via.append(_span(ctx, s, e))
        return
    if b - a < 2:
        return
    _emit(ctx, hit, cue_span, (a, b), (s, e), [], kind=kind)


def _not_source(ctx: _Ctx, k: int) -> bool:
    """وفقا لخطة / حسب الاتفاق: a rule or plan, not a source."""
    w = ctx.toks[k].norm
    m, ns = ctx.lex.morph, ctx.lex.not_sources
    return w in ns or (w[:1] == m["lam"] and w[1:] in ns) or \
        (w.startswith(m["lam_article"]) and m["article"] + w[2:] in ns)


def _prep_speaker(ctx: _Ctx, a: int, se: int) -> tuple[int, int]:
    lex, toks = ctx.lex, ctx.toks
    if a < se and toks[a].norm in lex.report_nouns and a + 1 < se and toks[a + 1].norm[:1] == lex.morph["lam"]:
        a += 1
    k = a
    descr = a < se and (toks[a].norm in lex.descriptor_heads or toks[a].norm in lex.titles)
    while k < se and k < a + 10:
        t = toks[k]
        w = t.norm
        if w in _COMMAS or w in _COLONS or w in lex.complementizers or w in lex.relatives:
            break
        if k > a and w in lex.preps_all and not (descr and w in lex.descriptor_preps):
            break  # بحسب مراقبين [إلى وجود علاقة …]
        if k > a and w[:1] == lex.morph["ba"] and len(w) > 3 and not _is_def(t, lex) and (not descr or t.suffix):
            break  # بحسب مصادر عسكرية [بدورها] …
        if k in ctx.hit_at and k > a:
            break
        if w == _QUOTE:
            q = _closing_quote(ctx, k, min(se, k + 6))
            if q is None or k == a:
                break
            k = q + 1
            if toks[k - 1].norm == _QUOTE:
                break
            continue
        if t.is_word and k > a and _is_time(ctx, k):
            break
        if not t.is_word and w not in "()":
            break
        k += 1
    return _trim(ctx, a, k)


def _read_preposition(ctx: _Ctx, hit: _Hit) -> None:
    toks = ctx.toks
    se = ctx.sent_end[hit.start]
    cue_span = _span(ctx, hit.start, hit.end)
    cs = _clause_start(ctx, hit.start)
    lead = [t for t in toks[cs:hit.start] if t.is_word]
    s, e = _prep_speaker(ctx, hit.end, se)
    if e < se and toks[e].norm in _COMMAS:
        # وبحسب الباحث في شؤون الجماعات، أحمد سلطان، فإن …: the name after the comma is the source
        close = next((j for j in range(e + 1, min(se, e + 7)) if toks[j].norm in _COMMAS), None)
        if close is not None and close + 1 < se and _is_comp(ctx, close + 1) and \
                all(toks[j].is_word for j in range(e + 1, close)):
            e = close
    after_comma = hit.start > 0 and toks[hit.start - 1].norm in _COMMAS
    at_end = _trim(ctx, e, se)[1] <= _trim(ctx, e, se)[0]
    nxt = _trim(ctx, e, se)[0]
    if len(lead) >= 2 and not hit.conj and (after_comma or at_end or nxt in ctx.hit_at):
        _read_before(ctx, hit, cue_span, hit.end, se, kind="preposition")
        return
    if e <= s or _not_source(ctx, s):
        return
    k = e
    if e - s > 5 and not any(toks[j].norm in _COMMAS for j in range(e, min(se, e + 1))):
        k = _np_end(ctx, s, e)
        e = k
    if k < se and toks[k].norm in ctx.lex.relatives:
        # وبحسب النتائج التي نشرتها اللجنة، فاز …: the relative clause belongs to the source
        comma = next((j for j in range(k, min(se, k + 12)) if toks[j].norm in _COMMAS), None)
        if comma is not None:
            k = comma + 1
    while k < se and (toks[k].norm in _COMMAS or (toks[k].is_word and _is_time(ctx, k))):
        k += 1
    content = _content(ctx, k, se)
    if content is not None:
        _emit(ctx, hit, cue_span, content, (s, e), [])


def _read_noun(ctx: _Ctx, hit: _Hit) -> None:
    toks, lex = ctx.toks, ctx.lex
    se = ctx.sent_end[hit.start]
    if hit.cue.lemma == lex.morph["say_noun"]:
        cs = ctx.sent_start[hit.start]
        j = hit.start - 1
        while j > cs and toks[j].norm not in _COMMAS and toks[j].norm not in _COLONS:
            j -= 1
        if toks[j].norm in _COMMAS or toks[j].norm in _COLONS:
            j += 1
        start_tok = hit.start
        speaker = None
        if j < hit.start:
            verb = ctx.hit_at.get(j)
            a = j + 1
            b = a
            while b < hit.start and toks[b].is_word \
                    and not (toks[b].norm[:1] in (lex.morph["lam"], lex.morph["ba"]) and len(toks[b].norm) > 3) \
                    and toks[b].norm not in lex.speaker_stops and b - a < 4:
                b += 1
            if b > a:
                speaker = (a, b)
            elif verb is not None and verb.end == hit.start:
                start_tok = j
                ctx.skip.add(j)
        k = hit.end
        while k < se and toks[k].norm in _COLONS:
            k += 1
        content = _content(ctx, k, se)
        if content is not None:
            _emit(ctx, hit, _span(ctx, start_tok, hit.end), content, speaker, [])
        return
    mk, stop = _marker(ctx, hit.cue, hit.end, se)
    if mk is None or mk - hit.end > 20:
        return
    s, e, via = _split_region(ctx, hit.end, stop)
    if e <= s:
        return
    content = _content(ctx, mk, se)
    if content is not None:
        _emit(ctx, hit, _span(ctx, hit.start, hit.end), content, (s, e), via)


# ------------------------------------------------------------------ entry point


def _time_tokens(doc: Doc) -> set[int]:
    out: set[int] = set()
    if not doc.times:
        return out
    starts = [t.span.start for t in doc.tokens]
    for tm in doc.times:
        i = bisect.bisect_left(starts, tm.span.start)
        while i < len(starts) and starts[i] < tm.span.end:
            out.add(i)
            i += 1
    return out


def _entities(doc: Doc) -> dict[int, int]:
    """Token spans of the person and organisation names found by the entities stage (if it ran)."""
    out: dict[int, int] = {}
    if not doc.entities:
        return out
    starts = [t.span.start for t in doc.tokens]
    for e in doc.entities:
        if e.label not in ("PER", "ORG"):
            continue
        i = bisect.bisect_left(starts, e.span.start)
        if i >= len(starts) or starts[i] != e.span.start:
            continue
        j = bisect.bisect_left(starts, e.span.end)
        if j > i + 1:
            out[i] = j
    return out


def _sentences(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Per token, the start and end of its sentence and the end of its paragraph (token indexes).
    A full stop inside a word (سي.بي.سي) or an ellipsis (...) does not end a sentence."""
    toks, text = doc.tokens, doc.norm.text
    n = len(toks)
    starts = [0] * n
    ends = [n] * n
    paras = [n] * n
    s = 0
    p = 0
    for i, t in enumerate(toks):
        starts[i] = s
        brk = False
        if i + 1 < n:
            gap = text[t.nend:toks[i + 1].nstart]
            if "\n" in gap:
                brk = True
                for j in range(p, i + 1):
                    paras[j] = i + 1
                p = i + 1
            elif t.norm == "." and not gap and toks[i + 1].norm in (".", ")"):
                brk = False  # (...) and ... inside a sentence
            elif not t.is_word and t.norm in _SENT_PUNCT:
                # سي.بي.سي: a full stop between short letter groups is an abbreviation
                brk = (bool(gap) or t.norm != "." or i == 0 or len(toks[i - 1].norm) > 3
                       or not toks[i + 1].is_word or len(toks[i + 1].norm) > 3)
                if brk and t.norm == "." and i > 0 and toks[i - 1].is_word and len(toks[i - 1].norm) == 1:
                    brk = False  # an initial: م.س. غوبتا
        if brk:
            for j in range(s, i + 1):
                ends[j] = i + 1
            s = i + 1
    for j in range(s, n):
        ends[j] = n
    return starts, ends, paras


def extract_claims(doc: Doc) -> None:
    """Find every attributed statement of ``doc`` and add it to ``doc.claims``."""
    toks = doc.tokens
    if not toks:
        return
    lex = lexicon()
    hits = _find_hits(toks, lex)
    if not hits:
        return
    sent_start, sent_end, para_end = _sentences(doc)
    ctx = _Ctx(doc=doc, lex=lex, toks=toks, sent_end=sent_end, sent_start=sent_start, ent_end=_entities(doc),
               para_end=para_end,
               hit_at={h.start: h for h in hits}, time_tok=_time_tokens(doc))
    readers = {"verb": _read_verb, "participle": _read_participle,
               "preposition": _read_preposition, "noun": _read_noun}
    for hit in hits:
        if hit.start in ctx.skip or hit.start < ctx.quoted_end:
            continue  # inside a quotation already attributed
        if hit.start < ctx.covered_end and not _is_starter(ctx, hit.start):
            continue  # inside a content: an embedded verb, not a new attribution
        try:
            readers.get(hit.cue.kind, _read_verb)(ctx, hit)
        except (IndexError, ValueError) as exc:  # odd input must never lose the article
            log.debug("claims: cue at token %d skipped: %s", hit.start, exc)


def claim_for(doc: Doc, span: Span) -> int | None:
    """Index of the innermost claim whose content contains ``span`` (for linking events to sources)."""
    best: int | None = None
    for i, c in enumerate(doc.claims):
        if c.content.contains(span):
            if best is None or len(c.content.text) < len(doc.claims[best].content.text):
                best = i
    return best
