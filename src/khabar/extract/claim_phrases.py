"""Phrases around a claim cue: the speaker noun phrase, via adjuncts, the content and its stance.

Reads the tokens and :class:`khabar.extract.claim_tokens.Ctx`; adds nothing to the Doc. Everything is
token indexes: :func:`content_marker` finds where a cue's content starts (أن/إن, a colon, a quote, the
cue's preposition), :func:`split_region` separates the speaker from via/time adjuncts (لـ«الشرق
الأوسط»، في بيان، أمس), :func:`np_end` delimits a speaker noun phrase when an object follows
(أعلنت الوزارة [مقتل …]), :func:`lookback` finds a speaker written before the cue (وكانت X قد أعلنت),
:func:`content_range` ends a content at the next attribution, :func:`stance_of` reads deny/uncertain.
Vocabulary: :mod:`khabar.extract.claim_lexicon` (lang/ar/claims/).
"""

from __future__ import annotations

from khabar.doc import Span
from khabar.extract.claim_lexicon import Cue, Lexicon
from khabar.extract.claim_tokens import (COLONS, COMMAS, MAX_QUOTE_TOKENS, MAX_SPEAKER_WORDS,
                                         MAX_SUBJECT_WORDS, OPEN_PARENS, QUOTE,
                                         QUOTE_CHARS, Ctx, Hit, attributive, channel, closing_quote, is_comp, is_def,
                                         is_time, phrase_at, quote_role, starts_adjunct, tok_span, trim)


MIN_BRACKET_QUOTE_WORDS = 5
MAX_OWN_SUBJECT = 8  # words between a و-cue inside a content and its own أن/إن


def clean_name(text: str) -> str:
    """Collapse spaces; drop quote marks that are not paired (…، "دولت باهجة لي)."""
    text = " ".join(text.split())
    quotes = sum(text.count(q) for q in QUOTE_CHARS)
    if quotes % 2:
        text = " ".join("".join(ch for ch in text if ch not in QUOTE_CHARS).split())
    return text


def speaker_text(ctx: Ctx, a: int, b: int) -> tuple[Span, str]:
    before = ctx.toks[a - 1].norm if a > 0 else ""
    # وفقا لمصادر / حصيلة لوزارة: the ل belongs to the cue, not to the name
    cut = before in ctx.lex.lam_cues or before[1:] in ctx.lex.lam_cues or before in ctx.lex.report_nouns
    sp = tok_span(ctx, a, b, cut_prefix=cut)
    w = ctx.toks[a].norm
    art = ctx.lex.morph["article"]
    if (len(w) > 4 and w[0] in ctx.lex.conj and (w[1] == w[0] or (w[1:3] == art and len(w) > 5))
            and sp.end - sp.start > 1):
        # [و]وزارة الداخلية، [و]الجيش: the conjunction is not part of the name; والدة, والي keep
        # theirs (و + ال + a two-letter stem is a word of its own)
        sp = ctx.doc.span_from_norm(ctx.toks[a].nstart + 1, ctx.toks[b - 1].nend)
    text = sp.text
    w = ctx.toks[a].norm
    if w.startswith(ctx.lex.morph["lam_article"]) and len(w) > 4:
        # للمرصد -> المرصد; the span leaves out the preposition ل and keeps the article's ل (لمرصد)
        sp = ctx.doc.span_from_norm(ctx.toks[a].nstart + 1, ctx.toks[b - 1].nend)
        text = ctx.lex.morph["article"] + ctx.doc.text[ctx.toks[a].span.start + 2:sp.end]
    return sp, clean_name(text)


def vias(ctx: Ctx, a: int, b: int) -> list[Span]:
    """Channels and relays named in the adjunct tokens [a, b)."""
    toks = ctx.toks
    out: list[Span] = []
    k = a
    while k < b:
        t = toks[k]
        if t.norm == ctx.lex.morph["lam"] and k + 1 < b and toks[k + 1].norm == QUOTE:
            q = closing_quote(ctx, k + 1, b + 1)
            if q is not None and q > k + 2:
                out.append(tok_span(ctx, k + 2, q))
                k = q + 1
                continue
        ch = channel(ctx, t) if t.is_word else None
        if ch is None or ch[0] == "adjective":
            k += 1
            continue
        # the via runs to the end of the adjunct phrase (a comma, a time word, a quote)
        e = k + 1
        while e < b and (toks[e].is_word or toks[e].norm == QUOTE) and not is_time(ctx, e) \
                and toks[e].norm not in ctx.lex.speaker_stops:
            if toks[e].norm == QUOTE:
                q = closing_quote(ctx, e, b)
                if q is None or q - e > 5:
                    break
                e = q + 1  # وكالة «رويترز»
                continue
            e += 1
        if not ch[1]:
            # a generic statement noun: prefer a specific medium later in the phrase
            spec = next((j for j in range(k + 1, b)
                         if (c2 := channel(ctx, toks[j])) and c2[1] and c2[0] != "adjective"), None)
            if spec is not None:
                # بيان نشرته عبر حسابها على تويتر -> تويتر
                k, ch = spec, channel(ctx, toks[spec])
                e = k + 1
                while e < b and toks[e].is_word and not is_time(ctx, e) \
                        and toks[e].norm not in ctx.lex.speaker_stops:
                    e += 1
            else:
                e = k + 1
        if e - k > 6:
            e = k + 6
        w = toks[k].norm  # a proclitic (لـ, بـ) is cut, never a channel's own first letter (بيانها)
        m = ctx.lex.morph
        lam_art = w.startswith(m["lam_article"]) and m["article"] + w[2:] in ctx.lex.channels  # للإذاعة
        out.append(tok_span(ctx, k, e, cut_prefix=w not in ctx.lex.channels and (w[1:] in ctx.lex.channels or lam_art)))
        k = e
    return out


def adjective_like(lex: Lexicon, w: str) -> bool:
    """Could this definite word be an adjective (التركية، المتحدة، الأعلى، العام)?"""
    art = lex.morph["article"]
    return w in lex.plain_adjectives or w.endswith(lex.adjective_endings) or \
        (w.startswith(lex.adjective_prefixes) and len(w) > 4) or not w.startswith(art)


def indefinite_modifier(lex: Lexicon, w: str) -> bool:
    """Can this indefinite word describe an indefinite source (طبية، عسكري، مطلع، عيان)?"""
    return w.endswith(lex.adjective_endings) or w in lex.indefinite_modifiers


def possessed_object(ctx: Ctx, k: int) -> bool:
    """Is the word at k an indefinite noun with a pronoun suffix and no proclitic (مسؤوليتها، رفضه،
    استعداده) that is no source or title word (not: رئيسها، مصادرها، سموه)? After an object cue's
    subject, or right after the cue, such a word is the object (أعلن الحزب رفضه …، أعلنت مبايعتها …)."""
    lex = ctx.lex
    t = ctx.toks[k]
    if not t.is_word or t.prefix or t.suffix not in lex.object_suffixes or len(t.stem) < 3 or is_def(t, lex):
        return False
    st = t.stem
    return not (st in lex.titles or st in lex.descriptor_heads or st in lex.indefinite_sources
                or st in lex.report_nouns or t.norm in lex.pronoun_speakers or t.norm in lex.prep_pronouns)


def np_end(ctx: Ctx, a: int, limit: int) -> int:
    """End of the noun phrase starting at a: head, adjectives, genitives, a title's name."""
    lex, toks = ctx.lex, ctx.toks
    if a >= limit or not toks[a].is_word or toks[a].norm in lex.not_speakers:
        return a
    head = toks[a].norm
    titled = head in lex.titles or head[1:] in lex.titles
    m = lex.morph
    descr = head in lex.descriptor_heads
    source_head = head in lex.indefinite_sources  # مصادر، شهود، مسؤولون
    named = a in ctx.ent_end  # a name was read: prepositional phrases no longer belong to it
    prev = toks[a]
    k = ctx.ent_end.get(a, a + 1)
    n_words = 1
    while k < limit and n_words < 9:
        t = toks[k]
        w = t.norm
        if k in ctx.ent_end and (titled or is_def(prev, lex)) and toks[k].is_word:
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
            if w == QUOTE and k > a and not is_def(prev, lex):
                q = closing_quote(ctx, k, min(limit, k + 6))
                if q is not None and q > k + 1:
                    k = q + 1  # قناة "إن تي في" التلفزيونية
                    continue
            break
        if starts_adjunct(ctx, k, limit) or is_comp(ctx, k):
            break
        if possessed_object(ctx, k) and (named or is_def(prev, lex) or (k - 1) in ctx.ent_single):
            break  # أعلنت طالبان [مسؤوليتها] عن …: a noun with a pronoun after a name starts the object
        if w in lex.titles:
            if not titled and not named and is_def(prev, lex):
                break  # واعتبرت الفتوى [الملا عمر …]: a title after a plain noun starts the object
            titled = True
            descr = descr or w in lex.descriptor_heads
        if w in lex.preps_all and not (descr and w in lex.descriptor_preps):
            break  # السفير آل الشيخ [على] أن …
        if w in lex.not_speakers:
            break
        if is_def(t, lex):
            if named and w[:1] in (m["ba"], m["lam"]):
                break  # ميركل [للحكومة التركية]: after the name, a prepositional phrase is not hers
            if named and w not in lex.titles and not w.endswith(lex.adjective_endings) \
                    and is_def(prev, lex) and prev.norm not in lex.titles:
                break  # …نائب رئيس الجمهورية العراقية [التفجير الإجرامي]
            if is_def(prev, lex) and not titled and not named and not adjective_like(lex, w) \
                    and not w.startswith(m["lam_article"]):
                break  # السلطات التركية [التعرف على …]: a definite noun after a definite head is the object
            if w.startswith(m["ba"]) or (w[:1] in lex.conj and not prev.is_word):
                if not descr:
                    break
            if not is_def(prev, lex) and prev.norm.endswith(lex.plural_endings) \
                    and not w.startswith(m["lam_article"]):
                break  # مسؤولون + definite: a sound plural is no construct head
        elif w in lex.descriptor_preps or (w[:1] in (m["ba"], m["lam"]) and len(w) > 3
                                           and not (not t.suffix and not is_def(prev, lex)
                                                    and w.endswith(lex.adjective_endings))):
            # (but: دراسات [بحثية]: a nisba adjective spelled with ب, not a preposition)
            source_head = False  # مصادر في [وزارة] الداخلية: the phrase after the preposition is free
            genitive = w[:1] == m["lam"] and is_def(prev, lex) and k + 1 < limit and is_def(toks[k + 1], lex)
            if (not (descr or titled) or named) and not genitive:
                break  # but: الجناح العسكري [لحزب العمال] …
        elif w[:1] in lex.conj and len(w) > 3 and not is_def(prev, lex):
            pass  # coordination: واشنطن وأنقرة
        else:
            if source_head and not is_def(prev, lex) and not indefinite_modifier(lex, w):
                break  # مصادر طبية [مقتل] خمسة: after an indefinite source only its adjectives follow
            if is_def(prev, lex) and not titled:
                break  # الائتلاف الوطني + إعادة: the object begins
            if titled and is_def(prev, lex):
                named = True
        prev = t
        k += 1
        n_words += 1
    return k


def adverbial(ctx: Ctx, k: int) -> bool:
    """Does an adverbial phrase start at k (بأشد العبارات، في وقت سابق، أمس)?"""
    t = ctx.toks[k]
    w = t.norm
    if not t.is_word:
        return False
    ba = ctx.lex.morph["ba"]
    return (w[:1] == ba and len(w) > 3) or w in ctx.lex.preps_all or is_time(ctx, k) or \
        starts_adjunct(ctx, k, len(ctx.toks))


def only_adjuncts(ctx: Ctx, a: int, b: int) -> bool:
    """Are the tokens [a, b) only times, via phrases and punctuation (أمس، لـ«عكاظ»، في بيان صحفي)?"""
    toks = ctx.toks
    k = a
    while k < b:
        t = toks[k]
        if not t.is_word or is_time(ctx, k):
            k += 1
        elif starts_adjunct(ctx, k, b) and t.norm not in ctx.lex.speaker_stops:
            k += 1
            while k < b and toks[k].is_word:
                k += 1
        else:
            return False
    return True


def skip_adjuncts(ctx: Ctx, k: int, se: int) -> int:
    """Skip times, commas and via phrases (لـ«عكاظ»، لرويترز) between a speaker and an object."""
    toks = ctx.toks
    while k < se:
        t = toks[k]
        w = t.norm
        if w in COMMAS or (t.is_word and is_time(ctx, k)) or (w == QUOTE and quote_role(ctx, k) < 0):
            k += 1  # a comma, a time, the closing quote of a quoted name
        elif w == QUOTE and k > 0 and toks[k - 1].is_word:
            q = closing_quote(ctx, k, se)
            if q is None or q - k > 3 or q + 1 >= se or not toks[q + 1].is_word:
                break
            k = q + 1  # أدان "بشدة" قتل …: a quoted adverb, the object follows
        elif w == ctx.lex.morph["lam"] and k + 1 < se and toks[k + 1].norm == QUOTE:
            q = closing_quote(ctx, k + 1, se)
            if q is None:
                break
            k = q + 1
        elif t.is_word and ((w[:1] == ctx.lex.morph["lam"] and len(w) > 3 and ctx.lex.channels.get(w[1:])) or
                            (w in ctx.lex.via_openers and k + 1 < se
                             and channel(ctx, toks[k + 1]) is not None)):
            k += 1 if w not in ctx.lex.via_openers else 2
            while k < se and toks[k].is_word and channel(ctx, toks[k]) is not None:
                k += 1
        else:
            break
    return k


def split_region(ctx: Ctx, a: int, b: int, after_adjuncts: bool = True) -> tuple[int, int, list[Span]]:
    """Speaker tokens and the via adjuncts in the tokens [a, b) between a cue and its content (with
    after_adjuncts, a subject after a time or a quoted via when none stands before them)."""
    toks = ctx.toks
    k = a
    while k < b:
        t = toks[k]
        if t.is_word and starts_adjunct(ctx, k, b):
            break
        if t.norm == QUOTE:
            q = closing_quote(ctx, k, b)
            if q is None:
                break
            k = q + 1
            continue
        k += 1
    s, e = trim(ctx, a, k)
    if after_adjuncts and e <= s and k < b:
        k2 = skip_adjuncts(ctx, k, b)
        closed = k2 > k and (not toks[k2 - 1].is_word or is_time(ctx, k2 - 1))  # not: لوكالة [الأنباء] …
        nisba = k2 < b and is_def(toks[k2], ctx.lex) and toks[k2].norm.endswith(ctx.lex.adjective_endings)
        if closed and k2 < b and toks[k2].is_word and not nisba and not starts_adjunct(ctx, k2, b):
            # وقال أمس الوزير إن …; أوضح لـ«عين اليوم» مدير المكتب أن …: the subject after the adjuncts
            # (but: لصحيفة «إزفيستيا» [الروسية] إلى أن …, an adjective of the via)
            s2, e2, rest = split_region(ctx, k2, b)
            if e2 > s2:
                return s2, e2, vias(ctx, k, k2) + rest
    return s, e, vias(ctx, k, b)


def opens_content(ctx: Ctx, h: Hit) -> bool:
    """Is the cue directly followed by its content (أن، إن، :، "، or its preposition: أشار إلى)?"""
    t = ctx.toks[h.end]
    w = t.norm
    if w in COLONS or w == QUOTE or is_comp(ctx, h.end):
        return True
    preps = ctx.lex.preps.get(h.cue.prep) if h.cue.prep else None
    return (bool(preps) and w in preps) or any(w in ctx.lex.preps.get(p, ()) for p in h.cue.alt_preps)


def is_starter(ctx: Ctx, k: int) -> bool:
    """Does the cue at k open a new attribution (and so end the previous content)?"""
    h = ctx.hit_at.get(k)
    if h is None:
        return False
    if h.cue.kind == "participle":
        # بناء على معلومات مؤكدة من …: an adjective of the noun before goes on with the content
        return not after_copula(ctx, k) and not attributive(ctx, h, content_marker(ctx, h.cue, h.end, ctx.sent_end[k])[0])
    if h.cue.kind == "preposition":
        return True
    prev_t = ctx.toks[k - 1] if k > 0 else None
    prev = prev_t.norm if prev_t is not None else "."
    if prev == QUOTE and quote_role(ctx, k - 1) > 0 and not h.conj:
        return False  # إن الحكومة «تدين بشدة …»: a verb opening a quotation goes on with the content
    if h.conj and (prev_t is None or not prev_t.is_word or k == ctx.sent_start[k]):
        return True
    if h.conj and h.end < len(ctx.toks) and opens_content(ctx, h):
        return True  # … الأكراد وأشاروا إلى أن …
    if h.conj and h.end < len(ctx.toks) and ctx.toks[h.end].norm in ctx.lex.demonstratives:
        return True  # … من الفندق وتحدث [هذا] الأخير عن …: a new speaker pointed back to
    if not h.conj and prev_t is not None and prev_t.is_word and h.end < len(ctx.toks) and opens_content(ctx, h) \
            and opener_subject(ctx, k) is not None:
        return True  # …، لكن المتحدث باسم الحاكم قال إن …: a new speaker after a contrastive opener
    if h.conj and h.cue.kind == "verb" and not h.suffixed and h.end < len(ctx.toks) and ctx.toks[h.end].is_word:
        return _own_subject(ctx, h)  # … الأسبوع الماضي وقالت مصادر في القوات إنه …
    return prev in COMMAS or prev in ctx.lex.clause_openers or prev in (QUOTE, ")")


def _own_subject(ctx: Ctx, h: Hit) -> bool:
    """Does a و-cue inside a running content bring its own subject and reported clause (… وقالت مصادر
    في القوات إنه …)? So when an أن/إن word follows within a short noun phrase (a source, title or
    definite word first) with no punctuation."""
    toks, lex = ctx.toks, ctx.lex
    a = h.end
    head = toks[a].norm
    if not (is_def(toks[a], lex) or a in ctx.ent_end or a in ctx.ent_single or head in lex.titles
            or head in lex.descriptor_heads or head in lex.indefinite_sources):
        return False
    end = min(len(toks), a + MAX_OWN_SUBJECT)
    named = a in ctx.ent_end or a in ctx.ent_single
    for j in range(a + 1, end):
        t = toks[j]
        if not t.is_word or j in ctx.hit_at:
            return False
        if is_comp(ctx, j):
            return True
        if named and h.cue.object and j == ctx.ent_end.get(a, a + 1) and possessed_object(ctx, j):
            return True  # … وأعلن تنظيم داعش مسؤوليته عنه: a named subject, then its own object
    return False


def object_word(ctx: Ctx, k: int, se: int) -> bool:
    """Is the word at k, right after a cue, an indefinite noun that is no name, title, source or time word
    (واستنكرت [استغلال] الأطفال)? Such a word starts the object: a subject after the cue would be one of
    those, or definite."""
    toks, lex = ctx.toks, ctx.lex
    if k >= se or not toks[k].is_word:
        return False
    t = toks[k]
    w = t.norm
    if is_def(t, lex) or k in ctx.ent_end or k in ctx.ent_single or t.prefix or is_time(ctx, k):
        return False
    return not (w in lex.titles or w in lex.descriptor_heads or w in lex.indefinite_sources
                or w in lex.report_nouns or w in lex.preps_all or w in lex.pronoun_speakers
                or w in lex.prep_pronouns or w[:1].isdigit() or (k + 1 < se and (k + 1) in ctx.ent_end))


def content_range(ctx: Ctx, start: int, sent_end: int,
                  quoted_only: bool = False) -> tuple[int, int] | None:
    """Token range of the content starting at ``start`` (with quoted_only, just a quotation right after
    the marker word)."""
    toks = ctx.toks
    while start < sent_end and toks[start].norm in COLONS:
        start += 1
    if start >= len(toks):
        return None
    if toks[start].norm == QUOTE and quote_role(ctx, start) < 0 and start + 1 < sent_end:
        start += 1  # the closing quote of a quoted subject (هدد «داعش» الحكومة …)
    if toks[start].norm == QUOTE:
        q = closing_quote(ctx, start, min(start + MAX_QUOTE_TOKENS, ctx.para_end[start]))
        if q is not None and q > start + 1:
            ctx.quoted_end = max(ctx.quoted_end, q)
            # a quote followed by more of the sentence (إن «المرصد» تلقى) is not the whole content
            return start + 1, q
        start += 1
    if quoted_only and start + 1 < sent_end and toks[start + 1].norm == QUOTE:
        q = closing_quote(ctx, start + 1, min(start + MAX_QUOTE_TOKENS, ctx.para_end[start]))
        if q is not None and q > start + 2:
            return start, q + 1  # وصفه بأنه «عمل إرهابي»، …: the quoted words are the claim
    lex = ctx.lex
    # a noun-phrase object (أعلنت الحركة [مسؤوليتها عن الهجوم]، الذي …) ends at a comma before a relative
    # pronoun or a new clause; a reported clause (إن/أن, a quotation, a colon) runs on
    first = toks[start]
    nominal = first.is_word and not is_comp(ctx, start) and first.norm not in lex.preps_all \
        and first.norm[:1] != lex.morph["ba"] and not (start > 0 and toks[start - 1].norm in COLONS)
    k = start + 1
    while k < sent_end and not is_starter(ctx, k):
        if toks[k].norm in COMMAS and k + 1 < sent_end and (phrase_at(ctx, lex.content_stops, k + 1) or (
                nominal and toks[k + 1].norm in lex.nominal_content_stops)):
            break
        if phrase_at(ctx, lex.writer_asides, k):
            if k - 1 > start and toks[k - 1].norm in lex.preps_all:
                k -= 1  # [من] دون أن تكشف
            break
        h = ctx.hit_at.get(k) if nominal else None
        if h is not None and h.conj and h.cue.kind == "verb" and h.cue.object and not h.suffixed \
                and object_word(ctx, h.end, sent_end):
            break  # أدانت الحكومة الهجمات [واستنكرت استغلال …]: a second verb with its own object
        k += 1
    if k < sent_end and k - 1 > start and toks[k - 1].norm in ctx.lex.clause_openers:
        k -= 1  # … صامدة [بينما] حذرت: the opener belongs to the next claim
    elif k < sent_end and k in ctx.hit_at and not ctx.toks[k - 1].norm in COMMAS:
        a = opener_subject(ctx, k)
        if a is not None and a - 1 > start:
            # …، لكن [المتحدث باسم الحاكم] قال إن …: the opener and the subject belong to the next claim
            k = a - 1 if toks[a - 1].norm in lex.clause_openers else a - 2
    a, b = trim(ctx, start, k)
    return (a, b) if b > a else None


def is_negated(ctx: Ctx, k: int) -> bool:
    w = ctx.toks[k].norm
    neg = ctx.lex.negations
    return w in neg or (w[:1] in ctx.lex.conj and w[1:] in neg)


def stance_of(ctx: Ctx, hit: Hit, a: int, b: int) -> str:
    lex, toks = ctx.lex, ctx.toks
    if hit.start > 0 and is_negated(ctx, hit.start - 1):
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
    firsts = lex.stance_any_first
    for i, w in enumerate(words):
        if w not in firsts:
            continue  # no stance phrase starts with this word
        for n in (3, 2, 1):
            key = tuple(words[i:i + n])
            if key in lex.stance_any:
                present_next = i + 1 < len(words) and words[i + 1][:1] in lex.present_prefixes
                if key == (lex.morph["may"],) and not present_next:
                    continue
                return lex.stance_any[key]
    return "assert"


OUTLET_WORDS = 6  # words an outlet after بحسب may take before the أن of the claim it relays


def _comp_soon(ctx: Ctx, a: int, sent_end: int) -> bool:
    """Does an أن/إن word follow within a few words from a, with no punctuation between?"""
    for j in range(a, min(sent_end, a + OUTLET_WORDS + 1)):
        if is_comp(ctx, j):
            return True
        if not ctx.toks[j].is_word:
            return False
    return False


def content_marker(ctx: Ctx, cue: Cue, a: int, sent_end: int) -> tuple[int | None, int]:
    """First content marker after a cue: (index where content starts, index where the scan stopped)."""
    lex, toks = ctx.lex, ctx.toks
    prep_words = lex.preps.get(cue.prep) if cue.prep else None
    if cue.alt_preps and prep_words is not None:
        prep_words = prep_words.union(*(lex.preps.get(p, ()) for p in cue.alt_preps))
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
            if (h.cue.form in lex.relay_preps or (h.cue.form in lex.outlet_preps and h.end - h.start == 1
                                                  and cue.kind == "verb" and _comp_soon(ctx, h.end, sent_end))) \
                    and words > 0 and h.end < sent_end:
                k = h.end  # قالت الوكالة، نقلا عن الوزارة، إن …; أفادت مصادر بحسب قناة X بأن …: a relay
                continue
            if h.cue.kind == "participle" and cue.kind == "verb" and h.cue.lemma in lex.manner_participles \
                    and not cue.object and all(toks[j].is_word for j in range(a, k)):
                # غرد X عبر حسابه قائلا: «…»: the participle only says how; the verb's content follows it
                mk2 = content_marker(ctx, cue, h.end, sent_end)[0]
                if mk2 is None:
                    return None, k
                ctx.skip.add(k)
                return mk2, k
            if h.cue.kind != "noun":
                return None, k
        if w in lex.complementizers and is_comp(ctx, k):
            return k, k
        if w in lex.preps_all and k + 1 < sent_end and is_comp(ctx, k + 1) and not (
                words > 0 and w in lex.maqsura_preps and t.span.text.endswith(lex.morph["name_ya"])
                and toks[k - 1].is_word and not is_def(toks[k - 1], lex)):
            return k, k  # أكد على أن … (but: قال الفريق أحمد [علي] إن, a name written with ي)
        if w in COLONS:
            return k + 1, k
        if w in COMMAS and k + 1 < sent_end and (toks[k + 1].norm in lex.clause_openers or
                                                  phrase_at(ctx, lex.content_stops, k + 1) or
                                                  (cue.object and toks[k + 1].norm in lex.nominal_content_stops
                                                   and is_comp(ctx, k + 1))):
            # …، في حين عرضت قناة أخرى; استبعد X نيته …، لأن …: the clause of this cue has ended
            return None, k
        if w in OPEN_PARENS and words > 0 and not cue.object:
            close = _quoted_in_parens(ctx, k, sent_end)
            if close is not None:
                return k + 1, k  # قال الله تعالى (…): a quotation in brackets
        if w == QUOTE:
            q = closing_quote(ctx, k, sent_end)
            s_, e_, _ = split_region(ctx, a, k)
            region_empty = e_ <= s_
            prev_lam = k > 0 and toks[k - 1].norm == lex.morph["lam"]
            if q is not None and q - k <= 4 and q + 1 < len(toks) and toks[q + 1].norm in COLONS:
                k = q + 1  # وتابع "الضميري": "…"
                continue
            if region_empty and q is not None and q - k <= 4 and q + 1 < sent_end and toks[q + 1].is_word:
                k = q + 1  # هدد «داعش» الحكومة …: a quoted name is the subject
                continue
            if region_empty and q is not None and q - k <= 4 and q + 1 < sent_end \
                    and toks[q + 1].norm in COMMAS:
                mk2, stop2 = content_marker(ctx, cue, q + 2, sent_end)
                if mk2 is not None:
                    return mk2, stop2  # وكتبت «قوات الدفاع»، الجناح المسلح …، أن …
            if q is not None and not region_empty and q - k <= 5:
                after = toks[q + 1].norm if q + 1 < len(toks) else "."
                if prev_lam or after in COLONS or after in COMMAS or after in lex.complementizers:
                    k = q + 1
                    continue
                if q + 1 < sent_end and toks[q + 1].is_word:
                    # a quoted name inside the speaker (مدير إعلام «أبين» ياسر باعزب: …)
                    mk2, stop2 = content_marker(ctx, cue, q + 1, sent_end)
                    if mk2 is not None or cue.object:
                        return mk2, stop2  # a quoted name or adverb: the noun phrase reads past it
            if q is not None and (prev_lam or (k > a and toks[k - 1].norm in lex.preps_all)):
                k = q + 1  # يدافع عن «البيئة»: a quoted term after a preposition opens no content
                continue
            if cue.object and not region_empty and q is not None and q - k <= 5 and q + 1 < sent_end \
                    and toks[q + 1].is_word:
                return None, k  # وأدان X "بشدة" قتل …: a quoted adverb before the object
            return k, k
        if t.is_word:
            words += 1
            if prep_words is not None:
                ba = lex.morph["ba"]
                # right after the cue a ب-word may start a named subject (أفادت [بعثة الأمم] …)
                if w in prep_words or (cue.prep == ba and (w == ba or (w[:1] == ba and len(w) > 3
                                                                       and (k > a or k not in ctx.ent_end)))):
                    if not (cue.prep == ba and k > a and toks[k - 1].norm in lex.descriptor_heads) \
                            and not (cue.prep == ba and _comp_ahead(ctx, k + 1, sent_end)):
                        return k, k
        k += 1
    return None, k


def _quoted_in_parens(ctx: Ctx, k: int, end: int) -> int | None:
    """The bracket closing the one at k when the brackets hold a quotation: at least
    MIN_BRACKET_QUOTE_WORDS words, and nothing but punctuation after them (not قال الجيش (في بيان) إن)."""
    toks = ctx.toks
    close = OPEN_PARENS[toks[k].norm]
    for j in range(k + 1, min(end, k + MAX_QUOTE_TOKENS)):
        if toks[j].norm == close:
            words = sum(1 for i in range(k + 1, j) if toks[i].is_word)
            after_ok = j + 1 >= end or not toks[j + 1].is_word
            if after_ok and j + 2 < end and toks[j + 1].norm in COMMAS and is_comp(ctx, j + 2):
                after_ok = False  # ذكر بيان لجيش الإسلام (إحدى فصائل …)، أن …: an aside in the speaker
            return j if words >= MIN_BRACKET_QUOTE_WORDS and after_ok else None
    return None


def _comp_ahead(ctx: Ctx, k: int, end: int) -> bool:
    """صرح المتحدث الأمني [بوزارة الداخلية] بأنه …: a complementizer a few words on, before any
    punctuation, so this ب-word still belongs to the speaker."""
    toks = ctx.toks
    for j in range(k, min(end, k + 6)):
        if not toks[j].is_word:
            return False
        if is_comp(ctx, j):
            return True
    return False


def kana_subject(ctx: Ctx, hit: Hit) -> tuple[int, int] | None:
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
            a, b = trim(ctx, j + 1, end)
            return (a, b) if b > a else None
        if not t.is_word and w not in COMMAS and w != QUOTE:
            return None
        if j in ctx.hit_at or w in lex.qad:
            return None  # وكان X قد أصدر فتوى أكدت: the subject of another verb
        if w in lex.speaker_stops or w in lex.clause_openers:
            return None  # وكانت الضربات ناجحة خلال اليومين حيث أعلن …: another clause
    return None


def lookback(ctx: Ctx, hit: Hit) -> tuple[int, int] | None:
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
                a, b = trim(ctx, j + 1, k)
                return (a, b) if b > a else None
            if not toks[j].is_word and w not in COMMAS:
                return None
        return None
    wk = toks[k].norm
    if wk in lex.relatives or wk in lex.who or (wk[:1] in lex.conj and wk[1:] in lex.relatives):
        # the noun phrase just before: للمرصد الذي أشار / القائد فضل حسن الذي أوضح
        b = k
        a = b - 1
        if a < s0 or not toks[a].is_word or a in ctx.hit_at:
            return None
        kind = is_def(toks[a], lex)
        while a - 1 >= s0 and b - a < 4 and toks[a - 1].is_word and (a - 1) not in ctx.hit_at \
                and is_def(toks[a - 1], lex) == kind and toks[a - 1].norm not in lex.speaker_stops:
            a -= 1
        for j in range(a - 1, max(s0, a - 4) - 1, -1):
            if b >= ctx.ent_end.get(j, -1) > a:
                a = j  # حركة الشباب التي أعلنت: a name that opens with an indefinite head is taken whole
        return a, b
    if hit.conj:
        return None
    # plain SVO: a short clause before the cue (or the words after أن: إلا أن الوزارة نفت)
    a = k + 1
    while a > s0 and toks[a - 1].is_word and (a - 1) not in ctx.hit_at and hit.start - a < 5 \
            and not is_comp(ctx, a - 1):
        a -= 1
    if a > s0 and toks[a - 1].is_word and not is_comp(ctx, a - 1):
        a = _long_subject(ctx, s0, hit.start)
        if a is None:
            a = opener_subject(ctx, hit.start)  # …، لكن المتحدث باسم حاكم الولاية قال إن …
        if a is None:
            return None  # the clause before is long: not a subject
    words = [toks[j].norm for j in range(a, hit.start)]
    while words and (words[0] in lex.speaker_stops or words[0] in lex.kama or words[0] in lex.clause_openers):
        a += 1
        words.pop(0)
    b = hit.start
    while words and (words[-1] in lex.speaker_stops or words[-1] in lex.clause_openers):
        b -= 1  # ووزارة الداخلية [إذ] تعلن
        words.pop()
    if not words or words[0] in lex.preps_all or (words[0][:1] in lex.conj and words[0][1:] in lex.preps_all):
        return None  # من جانبه أوضح …: a prepositional phrase is no subject
    w0 = words[0][1:] if words[0][:1] in lex.conj and len(words[0]) > 3 else words[0]
    if w0 in lex.kana or w0 in lex.negations or w0 in lex.qad or w0 in lex.emphatics:
        return None  # ولم يعلق، كانت تشدد، فلقد نصت: a particle or copula, no subject
    return a, b


def _long_subject(ctx: Ctx, s0: int, cue: int) -> int | None:
    """لكن المرصد السوري وأنصار الأسد على مواقع التواصل ذكروا أن …: a long subject is taken only when it
    opens the sentence (after an opener such as لكن), starts with a definite word or a name, and holds
    no punctuation, cue or complementizer."""
    lex, toks = ctx.lex, ctx.toks
    a = s0
    if a < cue and (toks[a].norm in lex.clause_openers or toks[a].norm in lex.kama):
        a += 1
    if cue - a > MAX_SUBJECT_WORDS or cue - a < 1:
        return None
    if not (is_def(toks[a], lex) or a in ctx.ent_end) or toks[a].norm in lex.speaker_stops:
        return None
    for j in range(a, cue):
        w = toks[j].norm
        if not toks[j].is_word or j in ctx.hit_at or is_comp(ctx, j) or w in lex.relatives \
                or w in lex.clause_openers or w in lex.kama or (j > a and w in lex.speaker_stops):
            return None
    return a


def opener_subject(ctx: Ctx, cue: int) -> int | None:
    """…، لكن المتحدث باسم حاكم الولاية قال إن …; …، غير أن مسؤولين محليين وصفوهم بأنهم …: inside a
    sentence, a subject between a contrastive opener (لكن، غير أن، إلا أن) right after a comma and the
    cue; where it starts, or None. It starts with a definite word, a name or a source or title word and
    holds no punctuation, cue, complementizer or relative pronoun."""
    lex, toks = ctx.lex, ctx.toks
    s0 = ctx.sent_start[cue]
    a = cue
    while a - 1 > s0 and cue - a < MAX_SUBJECT_WORDS and toks[a - 1].is_word and (a - 1) not in ctx.hit_at \
            and toks[a - 1].norm not in lex.clause_openers and not is_comp(ctx, a - 1):
        a -= 1
    if a >= cue or a - 1 <= s0:
        return None
    o = a - 1
    w = toks[o].norm
    if w in lex.clause_openers and w not in lex.kama:
        before = o - 1
    elif is_comp(ctx, o) and toks[o - 1].norm in lex.contrast_heads:
        before = o - 2  # غير أن، إلا أن
    else:
        return None
    if before < s0 or toks[before].norm not in COMMAS:
        return None
    head = toks[a].norm
    if not (is_def(toks[a], lex) or a in ctx.ent_end or a in ctx.ent_single or head in lex.titles
            or head in lex.descriptor_heads or head in lex.indefinite_sources):
        return None
    if any(toks[j].norm in lex.relatives or toks[j].norm in lex.speaker_stops for j in range(a, cue)):
        return None
    return a


def after_copula(ctx: Ctx, k: int) -> bool:
    """كان الهجوم متوقعا: a participle after a copula (two words back at most) is a predicate."""
    toks, cop = ctx.toks, ctx.lex.copulas
    for j in (k - 1, k - 2):
        if j >= ctx.sent_start[k] and toks[j].is_word:
            w = toks[j].norm
            if w in cop or (w[:1] in ctx.lex.conj and w[1:] in cop):
                return True
    return False
