"""Claims: prepositional cues (بحسب، وفقا لـ، نقلا عن، كما أعلن X) and the source they name.

Reads :class:`khabar.extract.claim_tokens.Ctx`; adds claims through
:func:`khabar.extract.claim_emit.emit`. A prepositional cue attributes the clause before it (…، بحسب
المرصد), or the clause after it when it opens the sentence (وبحسب مصادر محلية، فإن …); after another
claim of the same sentence it is a via relay (…، بحسب ما نقلت صحيفة X), unless a clause stands between
them (…، وكان المهاجمون اقتحموا …، بحسب الحكومة). A report noun gives way to its agent (وفق حصيلة
أعلنها مسؤولون، بحسب الأرقام التي نشرتها الوزارة); a rule or plan is no source (وفقا لخطة، وفق أجندة).
Vocabulary from ``claims/grammar.yaml`` via :mod:`khabar.extract.claim_lexicon`.

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.claims import extract_claims
    >>> doc = Doc(Article(id="x", text="قتل ثلاثة مدنيين في القصف، بحسب وكالة الأناضول."))
    >>> extract_claims(doc)
    >>> (doc.claims[0].cue.text, doc.claims[0].speaker_text)
    ('بحسب', 'وكالة الأناضول')
"""

from __future__ import annotations

from khabar.doc import Span
from khabar.extract.claim_emit import emit
from khabar.extract.claim_content import content_marker, content_range
from khabar.extract.claim_phrases import adjective_like, indefinite_modifier, np_end, skip_adjuncts, split_region, vias
from khabar.extract.claim_tokens import (COLONS, COMMAS, QUOTE, SEMICOLONS, Ctx, Hit, closing_quote, is_comp, is_def,
                                         is_time, phrase_len, starts_adjunct, tok_span, trim)

MAX_CLAUSE_TOKENS = 120  # how far back a prepositional cue looks for the clause it attributes


def clause_start(ctx: Ctx, k: int) -> int:
    """Start of the clause that ends before token k (after the sentence start or a colon; at most
    MAX_CLAUSE_TOKENS back, so that a text without full stops stays linear)."""
    s0 = max(ctx.sent_start[k], k - MAX_CLAUSE_TOKENS)
    j = k - 1
    while j >= s0 and ctx.toks[j].norm not in COLONS and ctx.toks[j].norm not in SEMICOLONS:
        j -= 1
    return j + 1


def read_before(ctx: Ctx, hit: Hit, cue_span: Span, sp_start: int, se: int, kind: str,
                before: int | None = None) -> None:
    """Prepositional attribution of the clause before the cue: …، بحسب المرصد (``before``: the token
    where that clause starts, when it is the sentence before the cue's own)."""
    toks = ctx.toks
    s, e = prep_speaker(ctx, sp_start, se)
    if e <= s or not_source(ctx, s):
        return
    end = hit.start
    while end > 0 and (toks[end - 1].norm in ctx.lex.kama or toks[end - 1].norm in ctx.lex.clause_openers):
        end -= 1  # … قرب الحدود [كما] أعلن
    if end > 1 and toks[end - 1].norm in ctx.lex.ma and toks[end - 2].norm in ctx.lex.as_what:
        end -= 2  # …، [على ما] أعلن مصدر عسكري
    as_said = end < hit.start and (toks[end].norm in ctx.lex.kama or toks[end].norm in ctx.lex.as_what)
    start = clause_start(ctx, hit.start) if before is None else before
    if as_said:
        start = _inner_contrast(ctx, start, end)
    prev = ctx.doc.claims[-1] if ctx.doc.claims else None
    same_sentence = prev is not None and ctx.last_cue_tok >= ctx.sent_start[hit.start]
    if prev is not None and prev.content.end <= cue_span.start and same_sentence:
        after = hit.start
        while after > start and toks[after - 1].span.start >= prev.content.end:
            after -= 1
        if all(not toks[j].is_word for j in range(after, end)):
            prev.via.append(tok_span(ctx, s, e))  # قال X إن …، بحسب ما نقلت صحيفة Y: a relay
            return
        start = after  # قالت X إن …، وكان المهاجمون اقتحموا …، بحسب الحكومة: the clause between is its own
    a, b = trim(ctx, start, end)
    if b - a < 2:
        return
    a = _toll_clause(ctx, s, a, b)
    b = _clause_goes_on(ctx, hit, e, se) or b
    _consume(ctx, s, e)
    emit(ctx, hit, cue_span, (a, b), (s, e), vias(ctx, e, skip_adjuncts(ctx, e, se)), kind=kind)


def _inner_contrast(ctx: Ctx, a: int, b: int) -> int:
    """… لتكتمها على وفاته [في حين] أنه توفي في باكستان، كما أعلنت الاستخبارات: 'as X announced' attests the
    nearest clause; a contrastive opener (grammar.yaml inner_contrasts) inside the clause before it starts that
    clause, which starts after it. The last such opener with at least two words after it, else a."""
    for j in range(b - 3, a, -1):
        n = phrase_len(ctx, ctx.lex.inner_contrasts, j)
        if n and j + n + 1 < b:
            return j + n
    return a


def _toll_clause(ctx: Ctx, s: int, a: int, b: int) -> int:
    """…، وذهب ضحيته 27 قتيلا كما جرح 227 آخرون حسب بيانات الوزارة: a report of figures (grammar.yaml
    toll_reports) attests the coordinated clause holding the first count: the content starts at the و +
    verb opening it (not و + a preposition: وبين)."""
    toks, lex = ctx.toks, ctx.lex
    if toks[s].norm not in lex.toll_reports:
        return a
    first = next((j for j in range(a, b) if toks[j].norm[:1].isdigit()), None)
    if first is None:
        return a
    for k in range(first - 1, a, -1):
        t = toks[k]
        if not t.is_word or k in ctx.hit_at:
            return a
        w = t.norm
        if w[:1] in lex.conj and len(w) > 3 and not is_def(t, lex) and w[1:] not in lex.preps_all \
                and not w[1:].startswith(lex.morph["article"]):
            return k
    return a


def _clause_goes_on(ctx: Ctx, hit: Hit, e: int, se: int) -> int | None:
    """كما خلفت البراميل، وفقا للشبكة، [أضرارا بـ27 مركزا]: a source set off by commas inside its clause,
    which goes on after the closing comma with no conjunction, opener, relative or cue: where the clause
    ends (the content runs over the source), or None."""
    toks, lex = ctx.toks, ctx.lex
    if hit.start < 1 or toks[hit.start - 1].norm not in COMMAS or e + 1 >= se or toks[e].norm not in COMMAS:
        return None
    t = toks[e + 1]
    w = t.norm
    if not t.is_word or (e + 1) in ctx.hit_at or t.prefix[:1] in lex.conj or w[:1] in lex.conj \
            or w in lex.clause_openers or w in lex.relatives or w in lex.kama or is_comp(ctx, e + 1) \
            or w in lex.speaker_stops or is_time(ctx, e + 1) or w in lex.titles or w in lex.descriptor_heads:
        return None  # (…، بحسب غرايمي سميث، [الخبير] في …: the source's own description)
    k = e + 1
    while k < se and toks[k].norm not in SEMICOLONS and toks[k].norm not in COLONS:
        if k in ctx.hit_at:
            return None
        k += 1
    a2, b2 = trim(ctx, e + 1, k)
    return b2 if b2 > a2 else None


def _consume(ctx: Ctx, s: int, e: int) -> None:
    """A cue word inside the source a prepositional cue names (بحسب وصف مراقبين) is a noun there: it is
    read no more."""
    for k in range(s, e):
        if k in ctx.hit_at:
            ctx.skip.add(k)


def not_source(ctx: Ctx, k: int) -> bool:
    """وفقا لخطة / حسب الاتفاق: a rule or plan, not a source."""
    t = ctx.toks[k]
    w = t.norm
    m, ns = ctx.lex.morph, ctx.lex.not_sources
    if t.suffix in ctx.lex.object_suffixes and t.suffix and (
            t.stem in ctx.lex.own_words or (t.stem.endswith(m["open_ta"])
                                            and t.stem[:-1] + m["ta_marbuta"] in ctx.lex.own_words)):
        return True  # …، بحسب [قولهم]، وفق [روايتها]: the speaker's own words, no relay
    return w in ns or (w[:1] == m["lam"] and w[1:] in ns) or \
        (w.startswith(m["lam_article"]) and m["article"] + w[2:] in ns)


def prep_speaker(ctx: Ctx, a: int, se: int) -> tuple[int, int]:
    lex, toks = ctx.lex, ctx.toks
    lam = lex.morph["lam"]
    if a < se and toks[a].norm in lex.report_nouns and a + 1 < se and toks[a + 1].norm[:1] == lam:
        a += 1
    elif a < se and toks[a].norm in lex.report_nouns:
        r = report_agent(ctx, a, se)
        if r == a and _construct_source(ctx, a, se):
            r = a + 1  # حسب رواية [أحد المصابين]، بحسب شهادة [السكان]: the genitive of the report is its source
        a = r
    k = a
    descr = a < se and (toks[a].norm in lex.descriptor_heads or toks[a].norm in lex.titles)
    while k < se and k < a + 10:
        t = toks[k]
        w = t.norm
        if w in COMMAS or w in COLONS or w in lex.complementizers or w in lex.relatives:
            break
        if k > a and w in lex.preps_all and not (descr and w in lex.descriptor_preps):
            break  # بحسب مراقبين [إلى وجود علاقة …]
        ba_word = w[:1] == lex.morph["ba"] and len(w) > 3 and not is_def(t, lex)
        if k > a and ba_word and (not descr or t.suffix) \
                and (t.suffix or not indefinite_modifier(lex, w) or not toks[k - 1].is_word):
            break  # بحسب مصادر عسكرية [بدورها] … (but: بحسب دراسات بحثية: an adjective)
        if k in ctx.hit_at and k > a:
            break
        if k > a and (w in lex.number_words or w[:1].isdigit()):
            break  # بحسب دراسات سابقة [سبعة ملايين] حساب: a number opens the content
        if k > a and len(w) > 1 and w[:1] in lex.conj and w[1:] in lex.qad:
            break  # ووفقا لإحصاء رويترز [فقد] أصيب …: قد after its conjunction opens the content
        if w == QUOTE:
            q = closing_quote(ctx, k, min(se, k + 6))
            if q is not None and k == a and q > a + 1:
                return a + 1, q  # وفقا لـ«سكاي نيوز»: the quoted name is the source
            if q is None or k == a:
                break
            k = q + 1
            if toks[k - 1].norm == QUOTE and not (k < se and is_def(toks[k], lex)
                                                  and adjective_like(lex, toks[k].norm)):
                break  # but: لمحطة "سي إن إن" [التلفزيونية]
            continue
        if t.is_word and k > a and (is_time(ctx, k) or starts_adjunct(ctx, k, se)):
            break  # بحسب مسؤولين في الجيش [لوكالة] رويترز
        if not t.is_word and w not in "()":
            break
        k += 1
    return trim(ctx, a, k)


def report_agent(ctx: Ctx, a: int, se: int) -> int:
    """وفق حصيلة جديدة [أعلنها] مسؤولون / بحسب الأرقام [التي نشرتها] الوزارة: where the agent of the
    report noun at a starts (a itself when no verb follows the noun)."""
    lex, toks = ctx.lex, ctx.toks
    for j in range(a + 1, min(se, a + 5)):
        if not toks[j].is_word:
            break
        h = ctx.hit_at.get(j)
        if h is not None and h.cue.kind == "verb" and h.suffixed:
            ctx.skip.add(j)
            return h.end
        if toks[j].norm in lex.relatives and j + 2 < se and toks[j + 1].is_word \
                and toks[j + 1].norm.endswith(lex.object_suffixes) and toks[j + 2].is_word:
            ctx.skip.add(j + 1)  # التي نشرتها الوزارة (but: التي اطلعت عليها الصحيفة)
            return j + 2
    return a


def _relayed_verb(ctx: Ctx, k: int, se: int) -> int | None:
    """The verb cue at k (after a semicolon, قد or فقد) when it names its own subject after it."""
    toks, lex = ctx.toks, ctx.lex
    while k < se and (toks[k].norm in SEMICOLONS or toks[k].norm in COMMAS or toks[k].norm in lex.qad
                      or (toks[k].norm[:1] in lex.conj and toks[k].norm[1:] in lex.qad)):
        k += 1
    h = ctx.hit_at.get(k)
    if h is None or h.cue.kind != "verb" or h.suffixed or h.end >= se:
        return None
    mk, stop = content_marker(ctx, h.cue, h.end, se)
    if mk is None:
        return None
    s, e, _ = split_region(ctx, h.end, stop)
    return k if e > s and toks[s].norm not in lex.preps_all else None


def read_preposition(ctx: Ctx, hit: Hit) -> None:
    toks = ctx.toks
    se = ctx.sent_end[hit.start]
    cue_span = tok_span(ctx, hit.start, hit.end)
    cs = clause_start(ctx, hit.start)
    lead = [t for t in toks[cs:hit.start] if t.is_word]
    s, e = prep_speaker(ctx, hit.end, se)
    if e < se and toks[e].norm in COMMAS:
        # وبحسب الباحث في شؤون الجماعات، أحمد سلطان، فإن …: the name after the comma is the source
        close = next((j for j in range(e + 1, min(se, e + 7)) if toks[j].norm in COMMAS), None)
        if close is not None and close + 1 < se and is_comp(ctx, close + 1) and \
                all(toks[j].is_word for j in range(e + 1, close)):
            e = close
    after_comma = hit.start > 0 and toks[hit.start - 1].norm in COMMAS
    at_end = trim(ctx, e, se)[1] <= trim(ctx, e, se)[0]
    nxt = trim(ctx, e, se)[0]
    adjunct_after = e > s and nxt < se and toks[nxt].norm in ctx.lex.source_then_adjunct  # X بحسب Y [بعد] …
    if len(lead) >= 2 and not hit.conj and (after_comma or at_end or nxt in ctx.hit_at or adjunct_after):
        read_before(ctx, hit, cue_span, hit.end, se, kind="preposition")
        return
    if not lead and at_end and e > s and hit.start > 0 and cs == ctx.sent_start[hit.start] \
            and ctx.para_end[hit.start - 1] == ctx.para_end[hit.start] and hit.start > ctx.covered_end:
        # … في جبل صبر.وفقا لشبكة سكاي نيوز.: a sentence of its own naming only the source attributes the
        # sentence before it
        prev = ctx.doc.claims[-1] if ctx.doc.claims else None
        if prev is not None and e > s and ctx.last_cue_tok >= ctx.sent_start[hit.start - 1] \
                and prev.content.end <= cue_span.start:
            _consume(ctx, s, e)
            prev.via.append(tok_span(ctx, s, e, cut_prefix=True))  # كما قال الجيش إن ….وفقا لرويترز.: relayed
            return
        read_before(ctx, hit, cue_span, hit.end, se, kind="preposition",
                    before=ctx.sent_start[hit.start - 1])
        return
    if e <= s or not_source(ctx, s):
        return
    if e < se and toks[e].norm.isdigit() and toks[e - 1].norm in ctx.lex.channels:
        e += 1  # وبحسب موقع 24، قناة 24: a number in an outlet's name
    k = e
    clean = e >= se or toks[e].norm in COMMAS or toks[e].norm in COLONS or is_comp(ctx, e)
    if e - s > 1 and not clean:
        # وبحسب مصدر مطلع [تمكن] …: no comma ends the source, so its noun phrase does
        k = np_end(ctx, s, e)
        e = k
    if k < se and toks[k].norm in ctx.lex.relatives:
        # وبحسب النتائج التي نشرتها اللجنة، فاز …: the relative clause belongs to the source
        comma = next((j for j in range(k, min(se, k + 12)) if toks[j].norm in COMMAS), None)
        if comma is not None:
            k = comma + 1
    while k < se and (toks[k].norm in COMMAS or (toks[k].is_word and is_time(ctx, k))):
        k += 1
    verb = _relayed_verb(ctx, k, se)
    if verb is not None:
        # وحسب موقع X؛ فقد أعلنت المقاومة أن …، وبحسب موقع X أوضحت «Y» أن …: a verb with its own subject
        # follows the source: the subject speaks, the source after بحسب relays it
        _consume(ctx, s, e)
        ctx.relayed[verb] = tok_span(ctx, s, e)
        return
    content = content_range(ctx, k, se)
    if content is not None:
        _consume(ctx, s, e)
        emit(ctx, hit, cue_span, content, (s, e), [])


def _construct_source(ctx: Ctx, a: int, se: int) -> bool:
    """حسب رواية أحد المصابين، بحسب شهادة السكان: an indefinite report noun at a followed by a definite word
    or by one of (أحد، إحدى، بعض) is the head of a construct; the word after it is the genitive, the
    source of the report (an adjective of an indefinite noun is indefinite: بحسب تقارير إعلامية). An issued
    document (بيان، تقرير) is left whole."""
    lex, toks = ctx.lex, ctx.toks
    t = toks[a]
    if a + 1 >= se or is_def(t, lex) or t.suffix or not toks[a + 1].is_word or (a + 1) in ctx.hit_at \
            or t.norm in lex.issued_documents:
        # (بحسب بيان الجيش: an issued document keeps its issuer with it, the antecedent of a later البيان)
        return False
    n = toks[a + 1]
    w = n.norm
    if w in lex.quantifier_heads:
        return True
    return w.startswith(lex.morph["article"]) and w not in lex.speaker_stops and not is_time(ctx, a + 1)
