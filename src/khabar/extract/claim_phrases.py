"""Phrases around a claim cue: the speaker noun phrase and the via adjuncts beside it.

Reads the tokens and :class:`khabar.extract.claim_tokens.Ctx`; adds nothing to the Doc. Everything is
token indexes: :func:`split_region` separates the speaker from via/time adjuncts (لـ«الشرق الأوسط»،
في بيان، أمس), :func:`np_end` delimits a speaker noun phrase when an object follows (أعلنت الوزارة
[مقتل …]), :func:`speaker_text` cleans the speaker's span and :func:`vias` reads the channels;
:func:`name_between_commas` and :func:`apposition_between_commas` extend a speaker over a name or a
describing phrase set off by commas (دان أمين سر المجلس، عادل X، …).
Where the content starts and ends is :mod:`khabar.extract.claim_content`; a speaker written before
the cue, :mod:`khabar.extract.claim_subjects`. Vocabulary: :mod:`khabar.extract.claim_lexicon`
(lang/ar/claims/).
"""

from __future__ import annotations

from khabar.doc import Span, Token
from khabar.extract.claim_lexicon import Lexicon
from khabar.extract.place_lexicon import given_names
from khabar.extract.claim_tokens import (COMMAS, QUOTE, QUOTE_CHARS, TA_MARBUTA, Ctx, channel, closing_quote, lam_channel,
                                         is_comp, is_def, is_time, phrase_len, quote_role, starts_adjunct, tok_span,
                                         trim)


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
        lam_art = lam_channel(ctx.lex, w) is not None  # للإذاعة، للوكالة
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


def possessed_object(ctx: Ctx, k: int, after_cue: bool = False) -> bool:
    """Is the word at k an indefinite noun with a pronoun suffix and no proclitic (مسؤوليتها، رفضه،
    استعداده) that is no source or title word (not: رئيسها، مصادرها، سموه)? After an object cue's
    subject, or right after the cue, such a word is the object (أعلن الحزب رفضه …، أعلنت مبايعتها …).
    ``after_cue``: the word follows the cue verb itself, where nothing is coordinated yet, so a first و
    read as the conjunction belongs to the noun (أكدت [وقوفها] مع …)."""
    lex = ctx.lex
    t = ctx.toks[k]
    st = t.stem
    prefixed = bool(t.prefix)
    if after_cue and t.prefix in lex.conj and t.prefix == t.norm[:len(t.prefix)]:
        st, prefixed = t.prefix + t.stem, False
    if not t.is_word or prefixed or t.suffix not in lex.object_suffixes or len(st) < 3 or is_def(t, lex):
        return False
    if t.span.text.endswith(TA_MARBUTA) or t.norm in lex.number_words:
        return False  # رئيس [لجنة] الفتوى: a ta marbuta folds like the pronoun ه; [ثماني] منظمات: a number, no ي 'my'
    if k in ctx.ent_single or k in ctx.ent_end or t.norm in given_names():
        return False  # دان النائب [عبدالله] …: a name read as a noun with a pronoun (عبدال + ه)
    return not (st in lex.titles or st in lex.descriptor_heads or st in lex.indefinite_sources
                or st in lex.report_nouns or t.norm in lex.pronoun_speakers or t.norm in lex.prep_pronouns)


QUOTED_NAME_TOKENS = 6  # a quoted name: at most five words between its quotes


def abbreviated_title(ctx: Ctx, k: int) -> bool:
    """Is the word at k a one-letter abbreviation followed by its full stop and a word (د. محمد، م. خالد)?"""
    toks = ctx.toks
    return 0 <= k and k + 2 < len(toks) and toks[k].is_word and len(toks[k].norm) == 1 \
        and toks[k + 1].norm == "." and toks[k + 2].is_word


def np_end(ctx: Ctx, a: int, limit: int) -> int:
    """End of the noun phrase starting at a: head, adjectives, genitives, a title's name."""
    lex, toks = ctx.lex, ctx.toks
    if a < limit and toks[a].norm == QUOTE:
        q = closing_quote(ctx, a, min(limit, a + QUOTED_NAME_TOKENS))
        # أعلن "جيش الإسلام" حملة …: a quoted name opening the phrase is one name
        # (but: لما وصفه "بالإرهاب": a quoted word opening on a preposition is no name)
        named_q = q is not None and q > a + 1 and all(toks[j].is_word for j in range(a + 1, q)) \
            and not (toks[a + 1].prefix[:1] in (lex.morph["ba"], lex.morph["lam"]) and len(toks[a + 1].prefix) > 1)
        return q + 1 if named_q else a
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
        if ((k - 1) in ctx.place_last and not titled or (k - 1) in ctx.person_last) and object_after_name(ctx, k):
            # واستنكر أهالي حمص [الهجوم]، دعا وجهاء الرمادي [تنظيم داعش]: a toponym closes a plain phrase;
            # حذر الرئيس محمد بخاري [الولايات المتحدة]، ودعا مقتدى الصدر [الأمم المتحدة]: so does a person's name
            break
        if k in ctx.ent_end and (titled or is_def(prev, lex)) and toks[k].is_word:
            k = ctx.ent_end[k]  # وزيرة الخارجية [أنالينا بيربوك]: a person named by the NER
            named = True
            prev = toks[k - 1]
            if titled and k < limit and _object_after_name(ctx, k):
                break  # وأكد حاكم المقاطعة محمد خان [حصيلة] القتلى: the object begins after the name
            continue
        if not t.is_word:
            if abbreviated_title(ctx, k - 1) and k + 1 < limit:
                k += 1  # كما دان د. محمد …، م. خالد: an abbreviated title or an initial, the name follows
                titled = True
                continue
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
        if w in lex.demonstratives and prev.norm not in lex.quantifier_heads:
            break  # وتبنت حركة طالبان [هذا] الهجوم: a demonstrative after a name opens the object
        if w in lex.emphatic_self and is_def(prev, lex):
            # المصدر [نفسه]، الوكالة [ذاتها]: "the same" stays with the noun it repeats, which stays the
            # word the next one is read against (ونسب الوزير نفسه [الهجوم]: the object)
            k += 1
            n_words += 1
            continue
        if starts_adjunct(ctx, k, limit) or is_comp(ctx, k) or w in lex.object_heads:
            break  # (وأكد الرئيس [دعم] بلاده: a stance noun starts the object, it is no name)
        if possessed_object(ctx, k) and (named or is_def(prev, lex) or (k - 1) in ctx.ent_single or k >= a + 2):
            # أعلنت طالبان [مسؤوليتها] عن …: a noun with a pronoun after a name starts the object; so after
            # a head and its adjective (أعلنت مجموعة يسارية [مسؤوليتها])
            break
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
            if _closing_demonstrative(lex, prev, k - 1 > a):
                break  # بعض هؤلاء [السلطات]: a demonstrative after its head closes the phrase
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
                                                    and w.endswith(lex.adjective_endings))
                                           and not (prev.norm in lex.titles and not is_def(prev, lex))):
            # (but: دراسات [بحثية]: a nisba adjective spelled with ب, not a preposition; رئيس [لجنة] …، رئيس
            # [بلدية] …: a title in construct, the word after it is its genitive)
            source_head = False  # مصادر في [وزارة] الداخلية: the phrase after the preposition is free
            genitive = w[:1] == m["lam"] and is_def(prev, lex) and k + 1 < limit and is_def(toks[k + 1], lex)
            if (not (descr or titled) or (named and prev.norm not in lex.titles)) and not genitive:
                break  # but: الجناح العسكري [لحزب العمال] …، X المتحدث [باسم] الشرطة: a title's own phrase
        elif w[:1] in lex.conj and len(w) > 3 and not is_def(prev, lex):
            pass  # coordination: واشنطن وأنقرة
        else:
            if source_head and not is_def(prev, lex) and not indefinite_modifier(lex, w):
                break  # مصادر طبية [مقتل] خمسة: after an indefinite source only its adjectives follow
            if (is_def(prev, lex) or _closing_demonstrative(lex, prev, k - 1 > a)) and not titled:
                break  # الائتلاف الوطني + إعادة، بعض هؤلاء + قوات: the object begins
            if (k - 1) in ctx.place_last and _object_after_title_phrase(ctx, k):
                break  # أكد مصدر في محافظة أبين [وصول] إمدادات: a place name governs no genitive, the object begins
            if titled and named and is_def(prev, lex) and prev.norm.endswith(lex.adjective_endings) \
                    and _object_after_title_phrase(ctx, k):
                break  # وصف X رئيس البرلمان التونسي [نجاح] أعضاء البرلمان بـ …: the object after the title's phrase
            if titled and is_def(prev, lex):
                named = True
        prev = t
        k += 1
        n_words += 1
    return k


def _closing_demonstrative(lex: Lexicon, prev: Token, inside: bool) -> bool:
    """A demonstrative inside a phrase, after its head (بعض [هؤلاء]), closes it; one opening the phrase
    (هذه المصادر) points to the noun after it."""
    return inside and prev.norm in lex.demonstratives


def object_after_name(ctx: Ctx, k: int) -> bool:
    """After a name that ends a speaker's phrase (a toponym: دانت مصر، أبناء مدينة حمص; a person's name:
    الرئيس محمد بخاري), does the object start at k? So when k begins another name that is no person's (the
    entities or places stage read it: الولايات المتحدة، تنظيم داعش), or is a bare definite word that is no
    title, time or possible adjective (التفجير، الهجوم, not: العربية، السابق) nor a noun in apposition that a
    في-phrase places (X [العضو] في البرلمان، قرية X [الواقعة] في …): a name governs no genitive and takes no
    definite noun but a title or a description in apposition."""
    lex, toks = ctx.lex, ctx.toks
    if k >= len(toks) or k in ctx.person_first:
        return False
    if k in ctx.ent_end or k in ctx.ent_single or k in ctx.place_end:
        return toks[k].is_word
    if (k - 1) in ctx.person_last and (k - 1) not in ctx.person_full:
        # الشيخ سلمان [العودة]، العميد الركن سمير [الحاج]: after a one-word name (or one that opens on a
        # definite word, a rank the entities stage took in) a definite word may be the family name
        return False
    t = toks[k]
    w = t.norm
    return t.is_word and w.startswith(lex.morph["article"]) and w not in lex.titles \
        and w not in lex.descriptor_heads and not adjective_like(lex, w) and not is_time(ctx, k) \
        and not (k + 1 < len(toks) and toks[k + 1].norm in lex.apposition_preps)


def _object_after_title_phrase(ctx: Ctx, k: int) -> bool:
    """After a name and a title's phrase closed by a definite adjective (محمد X رئيس البرلمان التونسي), does
    the object start at k? So when k is a bare indefinite word that is no title, source, adjective, time,
    number or given name and begins no name, followed by a word (نجاح أعضاء البرلمان، دعم الحكومة)."""
    lex, toks = ctx.lex, ctx.toks
    t = toks[k]
    w = t.norm
    if not t.is_word or t.prefix or t.suffix or is_def(t, lex) or k in ctx.ent_end or k in ctx.ent_single \
            or k in ctx.ent_inside or w in given_names():
        return False
    if w in lex.titles or w in lex.descriptor_heads or w in lex.indefinite_sources or w in lex.preps_all \
            or w.endswith(lex.adjective_endings) or is_time(ctx, k) or w in lex.number_words or w[:1].isdigit():
        return False
    return k + 1 < len(toks) and toks[k + 1].is_word


def _object_after_name(ctx: Ctx, k: int) -> bool:
    """After a title and the name the entities stage read, does the object start at k? So when k is a
    bare indefinite word (no clitic, no pronoun) that is no title, source, adjective, time or number
    word and begins no name, followed by a definite word (حصيلة القتلى، مقتل الجنود)."""
    lex, toks = ctx.lex, ctx.toks
    t = toks[k]
    w = t.norm
    if not t.is_word or t.prefix or t.suffix or is_def(t, lex) or k in ctx.ent_end or k in ctx.ent_single:
        return False
    if w in lex.titles or w in lex.descriptor_heads or w in lex.indefinite_sources or w in lex.preps_all \
            or w.endswith(lex.adjective_endings) or is_time(ctx, k) or w in lex.number_words or w[:1].isdigit():
        return False
    return k + 1 < len(toks) and toks[k + 1].is_word and is_def(toks[k + 1], lex)


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
            while k < se and toks[k].is_word and is_def(toks[k], ctx.lex) \
                    and toks[k].norm.endswith(ctx.lex.adjective_endings):
                k += 1  # في تقريرها [السنوي] تراجعا …: the channel's adjective, then the object
        elif t.is_word and (n := phrase_len(ctx, ctx.lex.eulogies, k)):
            k += n  # حذر النبي [صلى الله عليه وسلم] منهم: a eulogy after the speaker
        elif t.is_word and (n := phrase_len(ctx, ctx.lex.adjunct_phrases, k)) and k + n <= se \
                and toks[k + n - 1].suffix in ctx.lex.object_suffixes and toks[k + n - 1].suffix:
            k += n  # وأورد المرصد [من جهته] حصيلة …: a whole adjunct (its last word holds the pronoun)
        else:
            break
    return k


def skip_so_called(ctx: Ctx, a: int, b: int) -> int:
    """After "so-called" at a (وأعلنت [ما تسمى] مؤسسة X، [ما يعرف بـ] جيش Y), where the name starts; else a."""
    toks = ctx.toks
    for rest in ctx.lex.so_called.get(toks[a].norm, ()) if a < b else ():
        e = a + 1 + len(rest)
        if e < b and all(toks[a + 1 + j].norm == r for j, r in enumerate(rest)):
            if toks[e].norm == ctx.lex.morph["ba"] and e + 1 < b:
                e += 1  # ما يعرف بـ X
            if toks[e].norm == QUOTE and e + 1 < b:
                e += 1
            return e if toks[e].is_word else a
    return a


KNOWN_NAME_WORDS = 6  # words a name after "known as" may take


def _known_as(ctx: Ctx, k: int, b: int) -> tuple[int, int] | None:
    """After a speaker ending at k, "known as" and a name (التي تعرف باسم «الفرقة 30»، المعروفة بـ X):
    the token range of that name, or None. The name is quoted, bracketed, or runs to the end of the
    region (at most KNOWN_NAME_WORDS words)."""
    toks, lex = ctx.toks, ctx.lex
    if k >= b:
        return None
    for rest in lex.known_as.get(toks[k].norm, ()):
        j = k + 1 + len(rest)
        if j >= b or not all(toks[k + 1 + i].norm == r for i, r in enumerate(rest)):
            continue
        if toks[j].norm == lex.morph["ba"] and j + 1 < b:
            j += 1  # المعروفة بـ X
        if toks[j].norm in ("(", QUOTE):
            close = next((i for i in range(j + 1, min(b, j + KNOWN_NAME_WORDS + 2))
                          if toks[i].norm in (")", QUOTE)), None)
            return (j + 1, close) if close is not None and close > j + 1 else None
        s, e = trim(ctx, j, b)
        return (s, e) if s < e <= s + KNOWN_NAME_WORDS and all(toks[i].is_word for i in range(s, e)) else None
    return None


def split_region(ctx: Ctx, a: int, b: int, after_adjuncts: bool = True) -> tuple[int, int, list[Span]]:
    """Speaker tokens and the via adjuncts in the tokens [a, b) between a cue and its content (with
    after_adjuncts, a subject after a time or a quoted via when none stands before them)."""
    toks = ctx.toks
    a = skip_so_called(ctx, a, b)
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
    named = None
    if e > s and ctx.lex.known_as:
        for j in range(s + 1, min(e + 1, b)):
            if toks[j].norm in ctx.lex.known_as:
                named = _known_as(ctx, j, b)
                break
    if named is not None:
        return named[0], named[1], vias(ctx, named[1], b)  # الجماعة التي تعرف باسم «X»: X speaks
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


APPOSITION_WORDS = 6  # words of a describing phrase set off by commas after a speaker


def apposition_between_commas(ctx: Ctx, e: int, se: int) -> int | None:
    """After a speaker ending at e: the closing comma of a describing phrase set off by commas, a title or
    a definite adjective first (دان X، [الأمين العام للمنظمة]، الهجوم; ناشدت والدة X، [المختفي قسريا]، …),
    when a word follows it."""
    toks, lex = ctx.toks, ctx.lex
    if e >= se or toks[e].norm not in COMMAS or e + 1 >= se:
        return None
    t = toks[e + 1]
    w = t.norm
    if not t.is_word or not is_def(t, lex) or t.prefix[:1] in (lex.morph["ba"], lex.morph["lam"]) \
            or is_time(ctx, e + 1) or w in lex.time_words or not (
            w in lex.titles or (w.startswith(lex.adjective_prefixes) and adjective_like(lex, w))):
        return None
    for j in range(e + 2, min(se, e + 2 + APPOSITION_WORDS)):
        if toks[j].norm in COMMAS:
            return j if j + 1 < se and toks[j + 1].is_word else None
        if not toks[j].is_word or j in ctx.hit_at:
            return None
    return None


def name_between_commas(ctx: Ctx, e: int, se: int) -> int | None:
    """After a title's phrase ending at e: the closing comma of a name set off by commas (نفى نائب رئيس
    الشرطة، [الفريق] ضاحي خلفان، ما …), a PER or ORG the entities stage read, titles before it allowed."""
    toks, lex = ctx.toks, ctx.lex
    if e >= se or toks[e].norm not in COMMAS:
        return None
    j = e + 1
    while j < se and j - e <= 2 and toks[j].norm in lex.titles:
        j += 1
    n = ctx.ent_end.get(j, j + 1 if j in ctx.ent_single else None)
    if n is None or n >= se or toks[n].norm not in COMMAS:
        return None
    return n
