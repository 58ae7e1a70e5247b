"""Where a claim's content starts and ends, and its stance.

Reads the tokens and :class:`khabar.extract.claim_tokens.Ctx`; adds nothing to the Doc.
:func:`content_marker` finds where a cue's content starts (أن/إن, a colon, a quote, the cue's
preposition), :func:`content_range` ends a content at the next attribution or at the writer's own
addition (…، دون أن تحدد), :func:`stance_of` reads deny/uncertain. Vocabulary:
:mod:`khabar.extract.claim_lexicon` (lang/ar/claims/grammar.yaml, cues.tsv, stance.tsv).
Example: in «وقال الجيش إن المسلحين فروا» the content marker is إن and the content runs to the stop.
"""

from __future__ import annotations

from khabar.extract.claim_lexicon import Cue
from khabar.extract.claim_phrases import possessed_object, split_region
from khabar.extract.claim_subjects import after_copula, opener_subject
from khabar.extract.claim_tokens import (COLONS, COMMAS, MAX_QUOTE_TOKENS, MAX_SPEAKER_WORDS, OPEN_PARENS,
                                         QUOTE, Ctx, Hit, attributive, closing_quote, is_comp, is_def, is_time,
                                         phrase_at, quote_role, starts_adjunct, trim)

MIN_BRACKET_QUOTE_WORDS = 5
MAX_OWN_SUBJECT = 8  # words between a و-cue inside a content and its own أن/إن


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
    if h.conj and h.cue.lemma in ctx.lex.cue_requires:
        return True  # … وحملت المنظمة الحكومة المسؤولية: a cue checked by its required word opens a clause
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
    if a in ctx.ent_end and h.cue.kind == "verb" and not h.cue.present:
        return True  # … التفجير وأعرب [فرانك شتاينماير] وزير الخارجية في تصريح …: a name of several words
    end = min(len(toks), a + MAX_OWN_SUBJECT)
    named = a in ctx.ent_end or a in ctx.ent_single
    for j in range(a + 1, end):
        t = toks[j]
        inner = ctx.hit_at.get(j)
        if inner is not None and inner.cue.kind == "noun" and toks[j - 1].norm in lex.preps_all:
            continue  # وأعرب الوزير [في تصريح] عن …: a verbal noun inside an adjunct
        if not t.is_word or inner is not None:
            return False
        if is_comp(ctx, j):
            return True
        if j > a + 1 and h.cue.prep and t.norm in lex.preps.get(h.cue.prep, ()):
            return True  # … وأعرب وزير الخارجية في تصريح [عن] مواساته: the cue's own preposition
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
    if ctx.bracket_end > start and toks[start].norm in OPEN_PARENS:
        end, ctx.bracket_end = ctx.bracket_end, 0
        ctx.quoted_end = max(ctx.quoted_end, end - 1)
        return start + 1, end - 1  # قال (لا يحافظ على الوضوء إلا مؤمن)، فكيف …: the bracketed words only
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
    hit_at, asides = ctx.hit_at, lex.writer_asides
    while k < sent_end and not (k in hit_at and is_starter(ctx, k)):
        w = toks[k].norm
        if w in COMMAS and k + 1 < sent_end and (phrase_at(ctx, lex.content_stops, k + 1) or (
                nominal and toks[k + 1].norm in lex.nominal_content_stops)):
            break
        if w in asides and phrase_at(ctx, asides, k):
            if k - 1 > start and toks[k - 1].norm in lex.preps_all:
                k -= 1  # [من] دون أن تكشف
            break
        h = hit_at.get(k) if nominal else None
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


APPOSITION_WORDS = 16  # tokens an apposition between commas after a speaker may take (، وهو …،)
QUOTED_NAME_WORDS = 6  # a quoted subject right after the cue, when an adjunct or أن follows it


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
            outlet = h.cue.form in lex.outlet_preps and h.end - h.start == 1 and cue.kind in ("verb", "participle") \
                and _comp_soon(ctx, h.end, sent_end)
            if ((h.cue.form in lex.relay_preps and words > 0) or (outlet and (words > 0 or k == a))) \
                    and h.end < sent_end:
                # (and right after the cue: مؤكدة وفقا لوكالة الأنباء أنها …)
                k = h.end  # قالت الوكالة، نقلا عن الوزارة، إن …; أفادت مصادر بحسب قناة X بأن …: a relay
                continue
            manner = h.cue.kind == "participle" or (h.cue.present and k > a and h.cue.kind == "verb")
            if manner and cue.kind == "verb" and h.cue.lemma in lex.manner_participles \
                    and not cue.object and all(toks[j].is_word for j in range(a, k)):
                # غرد X عبر حسابه قائلا: «…»، وكتبت X على تويتر تقول: «…»: the participle (or a present
                # قال after the subject) only says how; the verb's content follows it
                mk2 = content_marker(ctx, cue, h.end, sent_end)[0]
                if mk2 is None:
                    return None, k
                ctx.skip.add(k)
                return mk2, k
            if h.cue.kind == "verb" and k > a and toks[k - 1].norm in lex.relatives and h.end < sent_end:
                k = h.end  # وقال الجيش [الذي يحمل] حماس مسؤولية … إنه: a relative clause inside the speaker
                continue
            if h.cue.kind != "noun":
                return None, k
        if w in lex.complementizers and is_comp(ctx, k) and not (k > a and toks[k - 1].norm in lex.temporal_heads):
            return k, k  # (but: قدر الإمكان، [قبل أن] تتحول …، أكدت X [بعد أن] حررت …: a conjunction of time)
        if w in lex.preps_all and k + 1 < sent_end and is_comp(ctx, k + 1) and not (
                words > 0 and w in lex.maqsura_preps and t.span.text.endswith(lex.morph["name_ya"])
                and toks[k - 1].is_word and not is_def(toks[k - 1], lex)):
            return k, k  # أكد على أن … (but: قال الفريق أحمد [علي] إن, a name written with ي)
        if w in COLONS:
            return k + 1, k
        if w in COMMAS and words > 0 and k + 1 < sent_end and toks[k + 1].norm in lex.appositives:
            close = next((j for j in range(k + 2, min(sent_end, k + APPOSITION_WORDS)) if toks[j].norm in COMMAS
                          or is_comp(ctx, j) or (toks[j].norm == QUOTE and j + 1 < sent_end and is_comp(ctx, j + 1))),
                         None)
            if close is not None and toks[close].norm not in COMMAS:
                return close, close  # قال X، [وهو متخصص في علم النفس] «إن …: the apposition ends where the words begin
            if close is not None and _comp_soon(ctx, close + 1, sent_end):
                k = close + 1  # وقال X، [وهو من سكان البلدة]، للصحفيين إن …: an apposition inside the speaker
                continue
        if w in COMMAS and words > 0 and k + 1 < sent_end and toks[k + 1].norm in lex.relatives:
            close = next((j for j in range(k + 2, min(sent_end, k + APPOSITION_WORDS)) if toks[j].norm in COMMAS), None)
            if close is not None and close + 1 < sent_end and (
                    is_comp(ctx, close + 1) or (prep_words is not None and toks[close + 1].norm in prep_words)):
                k = close + 1  # ودعا التنظيم، [الذي يصفه مسؤولون بأنه …]، إلى …: a relative clause inside the speaker
                continue
        if w in COMMAS and k + 1 < sent_end and (toks[k + 1].norm in lex.clause_openers or
                                                  phrase_at(ctx, lex.content_stops, k + 1) or
                                                  (cue.object and toks[k + 1].norm in lex.nominal_content_stops
                                                   and is_comp(ctx, k + 1))):
            # …، في حين عرضت قناة أخرى; استبعد X نيته …، لأن …: the clause of this cue has ended
            return None, k
        if w in OPEN_PARENS and words > 0 and not cue.object:
            close = _quoted_in_parens(ctx, k, sent_end)
            if close is not None:
                ctx.bracket_end = close + 1  # the quotation ends at its closing bracket
                return k, k  # قال الله تعالى (…): a quotation in brackets (read up to its closing one)
        if w in OPEN_PARENS and words > 0:
            close = _bracketed_name(ctx, k, sent_end)
            if close is not None:
                words += close - k - 1
                k = close + 1  # ويقول موقع قناة (سي إن إن) الإخباري إن …: a name in brackets, its إن no marker
                continue
        if w == QUOTE:
            q = closing_quote(ctx, k, sent_end)
            s_, e_, _ = split_region(ctx, a, k)
            region_empty = e_ <= s_
            prev_lam = k > 0 and toks[k - 1].norm == lex.morph["lam"]
            if q is not None and q - k <= 4 and q + 1 < len(toks) and toks[q + 1].norm in COLONS:
                k = q + 1  # وتابع "الضميري": "…"
                continue
            if region_empty and q is not None and q + 1 < sent_end and toks[q + 1].is_word and (
                    q - k <= 4 or (q - k <= QUOTED_NAME_WORDS + 1 and (starts_adjunct(ctx, q + 1, sent_end)
                                                                        or is_comp(ctx, q + 1)))):
                # هدد «داعش» الحكومة …; وتعهدت «جبهة X الشعبي الثوري» في بيان «…»: a quoted name is the subject
                k = q + 1
                continue
            if region_empty and q is not None and q - k <= 4 and q + 1 < sent_end \
                    and toks[q + 1].norm in COMMAS:
                mk2, stop2 = content_marker(ctx, cue, q + 2, sent_end)
                if mk2 is not None:
                    return mk2, stop2  # وكتبت «قوات الدفاع»، الجناح المسلح …، أن …
                if cue.object and all(toks[j].is_word for j in range(k + 1, q)):
                    return None, q + 1  # أعلن «جيش الإسلام»، أكبر الفصائل، حملة …: the quoted name speaks, an object follows
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
                # (a toponym spelled with a ب of its own, باكستان، بغداد، is no preposition)
                if w in prep_words or (cue.prep == ba and (w == ba or (w[:1] == ba and len(w) > 3
                                                                       and w not in lex.channels  # بيان
                                                                       and k not in ctx.place_end
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


BRACKETED_NAME_WORDS = 4  # (سي إن إن)، (بي بي سي): a short name set in brackets inside a speaker


def _bracketed_name(ctx: Ctx, k: int, end: int) -> int | None:
    """The bracket closing the one at k when the brackets hold a short name of words only, with a word
    after it (موقع قناة (سي إن إن) الإخباري إن …: the إن of the name is no complementizer)."""
    toks = ctx.toks
    close = OPEN_PARENS[toks[k].norm]
    for j in range(k + 1, min(end, k + BRACKETED_NAME_WORDS + 2)):
        if toks[j].norm == close:
            ok = j > k + 1 and j + 1 < end and toks[j + 1].is_word
            return j if ok else None
        if not toks[j].is_word:
            return None
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
