"""A claim's speaker written before its cue: وكانت X قد أعلنت، X الذي أشار، (SVO) X قال.

Reads the tokens and :class:`khabar.extract.claim_tokens.Ctx`; adds nothing to the Doc.
:func:`kana_subject` reads the subject between كان and the cue, :func:`lookback` the noun phrase
before a cue (or before a relative pronoun), :func:`opener_subject` the subject after a clause
opener (…، لكن المتحدث قال). Vocabulary: :mod:`khabar.extract.claim_lexicon` (lang/ar/claims/grammar.yaml).
"""

from __future__ import annotations

from khabar.extract.claim_tokens import COMMAS, MAX_SUBJECT_WORDS, QUOTE, Ctx, Hit, is_comp, is_def, trim
from khabar.extract.claim_phrases import np_end


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
    if k > s0 and toks[k].norm in COMMAS and not hit.conj:
        return _complement_subject(ctx, s0, k)
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
    if wk[:1] == lex.morph.get("fa") and wk[1:] in lex.qad:
        return None  # وبسؤالها عن والد الطفل [فقد] أفادت بأنه …: ف opens the main clause after a fronted phrase
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
    if wk in lex.clause_openers and wk not in lex.kama and wk not in lex.subject_keeping_openers:
        return None  # … إن القتال مستمر [حيث] قال إن …: a new clause with no subject of its own
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


COMPLEMENT_SUBJECT_WORDS = 10  # a name and its title between a complementizer and the comma before a cue


def _complement_subject(ctx: Ctx, s0: int, comma: int) -> tuple[int, int] | None:
    """ويقول الموقع إن [خبير المتفجرات في التنظيم فلان]، طالب في رسالة …: a name set off by a comma right
    after a complementizer is the subject of the cue after the comma (the speaker of a claim inside a claim)."""
    toks = ctx.toks
    j = comma - 1
    while j >= max(s0, comma - COMPLEMENT_SUBJECT_WORDS - 1) and toks[j].is_word and not is_comp(ctx, j):
        j -= 1
    if j < s0 or not is_comp(ctx, j) or j + 1 >= comma:
        return None
    a = j + 1
    # a name ends at the comma, or the whole span is one noun phrase holding a name (not a clause:
    # أن المرجع فلان يؤيد مطالبهم ويقف معهم، بينوا …)
    named_end = any(a <= i < comma and ctx.ent_end[i] == comma for i in ctx.ent_end) or (comma - 1) in ctx.ent_single
    named = any(a <= i < comma and ctx.ent_end[i] <= comma for i in ctx.ent_end) \
        or any(a <= i < comma for i in ctx.ent_single)
    return (a, comma) if named_end or (named and np_end(ctx, a, comma) >= comma) else None


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
    sentence, a subject between a contrastive opener (لكن، غير أن، إلا أن) right after a comma (none
    needed after lex.comma_free_openers: … في بنغازي لكن منتقدين يقولون إن …) and the cue; where it
    starts, or None. It starts with a definite word, a name, a source or title word, a plural of people or a
    quantifier (بعض المدافعين) and holds no punctuation, cue, complementizer or relative pronoun."""
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
    if before >= s0 and toks[before].norm not in COMMAS and w not in lex.comma_free_openers:
        return None  # (… في بنغازي [لكن] منتقدين يقولون إن …: a contrastive opener needs no comma; opening
        # the sentence, غير أن مسؤولين وصفوهم بأنهم …, none either)
    head = toks[a].norm
    if not (is_def(toks[a], lex) or a in ctx.ent_end or a in ctx.ent_single or head in lex.titles
            or head in lex.descriptor_heads or head in lex.indefinite_sources or head in lex.human_plurals
            or head in lex.quantifier_heads):
        return None
    if any(toks[j].norm in lex.relatives or toks[j].norm in lex.speaker_stops for j in range(a, cue)):
        return None
    return a


COPULA_REACH = 4  # words back from a participle to its copula (وكان تغيير قادة الدفاع متوقعا)


def after_copula(ctx: Ctx, k: int) -> bool:
    """كان الهجوم متوقعا، وكان تغيير قادة الدفاع متوقعا: a participle after a copula and its subject
    (COPULA_REACH words back at most, no punctuation or cue between) is a predicate."""
    toks, cop = ctx.toks, ctx.lex.copulas
    for j in range(k - 1, max(ctx.sent_start[k], k - COPULA_REACH) - 1, -1):
        if not toks[j].is_word or (j in ctx.hit_at and j < k - 2):
            return False
        w = toks[j].norm
        if w in cop or (w[:1] in ctx.lex.conj and w[1:] in cop):
            return True
    return False
