"""Claims: emitting a claim, and the antecedent of a speaker left implicit.

Reads :class:`khabar.extract.claim_tokens.Ctx` (the claims read so far and their agreement); adds one
:class:`khabar.doc.Claim` to ``doc.claims`` per :func:`emit`. An implicit speaker (وأضاف، مشيرة) is the
latest earlier speaker whose cue agreed the same way (feminine, plural, masculine: وأضافت finds the last
feminine one), except that a participle after a comma takes the speaker of the verb of saying its
sentence opened with even against its gender (``أكد مصدر …، مبينة``: a slip of the writer). No data files of its own (agreement endings come from ``claims/grammar.yaml`` through
:mod:`khabar.extract.claim_lexicon`).

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.claims import extract_claims
    >>> doc = Doc(Article(id="x", text="قال الجيش إن القصف توقف. وأضاف أن الهدنة صامدة."))
    >>> extract_claims(doc)
    >>> (doc.claims[1].speaker_text, doc.claims[1].speaker_implicit)
    ('الجيش', True)
"""

from __future__ import annotations

import bisect
import re

from khabar.doc import Claim, Span
from khabar.text.normalize import normalize_form
from khabar.extract.claim_content import stance_of
from khabar.extract.claim_phrases import clean_name, np_end, speaker_text
from khabar.extract.claim_tokens import COMMAS, Ctx, Hit, agreement, is_def, is_time, phrase_len, tok_span, trim

TOPIC_WORDS = 8  # a person named within this many tokens of a sentence start (titles before) is its subject


def antecedent(ctx: Ctx, hit: Hit) -> tuple[Span | None, str | None, list[Span]]:
    """The latest earlier speaker, preferring one whose cue agreed like this one (وأضاف after وقال)."""
    topic = _fronted_topic(ctx, hit)
    if topic is not None:
        return topic, clean_name(topic.text), []
    if hit.cue.kind == "participle" and not hit.conj and agreement(ctx, hit) == "m":
        # قدم النائب X العزاء … مستنكرا: a circumstantial participle describes the subject of its clause
        subject = _clause_subject(ctx, hit)
        if subject is not None:
            return subject, clean_name(subject.text), []
    main = _main_verb_claim(ctx, hit)
    if main is not None:
        return main.speaker, main.speaker_text, list(main.via)
    if ctx.last is None:
        person = _topic_person(ctx, hit) or _agreeing_subject(ctx, hit, agreement(ctx, hit))
        if person is None:
            return None, None, []
        return person, clean_name(person.text), []
    if hit.conj and hit.cue.kind == "verb" and agreement(ctx, hit) == "m":
        subject = _clause_subject(ctx, hit)
        if subject is not None:
            return subject, clean_name(subject.text), []
    if not hit.conj and hit.cue.kind == "verb" and agreement(ctx, hit) == "m" and hit.start > 0 \
            and ctx.toks[hit.start - 1].norm in COMMAS:
        person = _person_in_clause(ctx, hit)
        if person is not None:
            return person, clean_name(person.text), []
    if agreement(ctx, hit) == "p" and (hit.conj or hit.cue.kind == "participle"):
        subject = _plural_opening_subject(ctx, hit) if hit.conj else None
        if subject is None:
            subject = _plural_clause_subject(ctx, hit)
        if subject is not None:
            return subject, clean_name(subject.text), []
    best = ctx.last
    want = agreement(ctx, hit)
    if want:
        for claim, ag in reversed(ctx.recent[-6:]):
            if ag == want:
                best = claim
                break
        else:
            subject = _agreeing_subject(ctx, hit, want)
            if subject is not None:
                return subject, clean_name(subject.text), []
    return best.speaker, best.speaker_text, list(best.via)


def _main_verb_claim(ctx: Ctx, hit: Hit) -> Claim | None:
    """``أكد مصدر …، مبينة بأن``، ``وقالت السلطات إن …، موضحا أن``: a circumstantial participle after a comma
    describes the subject of the verb of saying its sentence opened with, even when the writer slipped in
    its gender (the other of masculine and feminine). The last claim must be that verb's, in the same
    sentence, with no other claim between; a plural participle (مطالبين) may describe a group named in
    the content, and is left to the agreement search."""
    last = ctx.last
    if hit.cue.kind != "participle" or hit.conj or last is None or last.kind != "verb" or hit.start == 0 \
            or ctx.toks[hit.start - 1].norm not in COMMAS or not ctx.doc.claims or ctx.doc.claims[-1] is not last:
        return None
    want = agreement(ctx, hit)
    if want not in ("m", "f"):
        return None
    ags = {ag for claim, ag in ctx.recent if claim is last}
    if ags != {"f" if want == "m" else "m"}:
        return None  # it agrees (the usual search finds it), or it is a plural or a relay answering either
    toks, lex = ctx.toks, ctx.lex
    if last.cue.start < toks[ctx.sent_start[hit.start]].span.start:
        return None
    k = bisect.bisect_left(ctx.doc.token_starts(), last.cue.start)
    if k > 0 and toks[k - 1].norm in lex.relatives:
        return None  # رفض X الشائعات التي تتحدث عن …، مشيرا: the cue of a relative clause is not the main verb
    word = normalize_form(last.speaker.text.strip()) if last.speaker is not None else ""
    if word.startswith(lex.morph["article"]) and (word in lex.descriptor_heads or word in lex.titles):
        return None  # أكدت مصادر … وأوضح المصدر أن …، مبينة: a bare definite person noun points back to the first mention
    return last


TOPIC_REACH = 16  # tokens from أما to the cue of its comment clause


def _fronted_topic(ctx: Ctx, hit: Hit) -> Span | None:
    """أما الإعلامي X، فقد كتب …؛ أما الشيخ فقد رد عليهم فقال: …: the noun phrase after the topic particle (up
    to a comma, or to the ف that opens the comment) is the subject of a cue in the comment clause that has
    none of its own. The phrase opens with no preposition or time (أما في المدينة فقد أعلن …: an adjunct),
    and no punctuation but that comma comes between the particle and the cue."""
    toks, lex = ctx.toks, ctx.lex
    fa = lex.morph.get("fa")
    s0 = max(ctx.sent_start[hit.start], hit.start - TOPIC_REACH)
    j = next((i for i in range(hit.start - 1, s0 - 1, -1) if toks[i].norm in lex.topic_openers), None)
    if j is None or j + 1 >= hit.start:
        return None
    a = j + 1
    f = next((i for i in range(a + 1, hit.start + 1) if toks[i].norm[:1] == fa
              and (i == hit.start or toks[i].norm[1:] in lex.qad or i in ctx.hit_at)), None)
    if f is None:
        return None
    limit = f - 1 if toks[f - 1].norm in COMMAS else f
    if any(not toks[i].is_word for i in range(a, limit)) or any(
            not toks[i].is_word and toks[i].norm not in COMMAS for i in range(limit, hit.start)):
        return None
    w = toks[a].norm
    if w in lex.preps_all or (w[:1] in (lex.morph["ba"], lex.morph["lam"]) and not is_def(toks[a], lex)
                              and w[1:] in lex.preps_all) or w in lex.speaker_stops or is_time(ctx, a) \
            or toks[a].prefix[:1] in (lex.morph["ba"], lex.morph["lam"]):
        return None
    e = np_end(ctx, a, limit)
    return tok_span(ctx, a, e) if e > a else None


def _person_in_clause(ctx: Ctx, hit: Hit) -> Span | None:
    """تصريحات أطلقها المتحدث العميد X، قال فيها إن …: a masculine cue right after a comma, with no subject
    of its own, means the last person (PER, entities stage) named in its sentence before the comma, after
    the last content read."""
    toks = ctx.toks
    low = max(ctx.sent_start[hit.start], ctx.covered_end, ctx.last_cue_tok + 1)
    if low >= hit.start - 1:
        return None
    lo, hi = toks[low].span.start, toks[hit.start - 1].span.start
    best = None
    for e in ctx.doc.entities:
        if e.label == "PER" and e.span.start >= lo and e.span.end <= hi:
            best = e.span
    return best


def _plural_opening_subject(ctx: Ctx, hit: Hit) -> Span | None:
    """ورفع العارضون العلم خلال العروض، وأكدوا أن …: a plural cue after و, with no claim earlier in its
    sentence, shares the subject of the verb opening the sentence when that subject is a definite plural
    of people (العارضون، المشاركون، السكان)."""
    toks, lex = ctx.toks, ctx.lex
    s0 = ctx.sent_start[hit.start]
    if ctx.last_cue_tok >= s0 or s0 + 2 >= hit.start:
        return None
    verb, subj = toks[s0], toks[s0 + 1]
    if not verb.is_word or s0 in ctx.hit_at or is_def(verb, lex) or verb.norm[:1] not in lex.conj \
            or verb.norm[1:] in lex.preps_all or len(verb.norm) < 4:
        return None
    w = subj.norm
    plural = w.endswith(lex.agreement.get("plural_present", ())) or w in lex.human_plurals
    if not (subj.is_word and is_def(subj, lex) and plural) or w[:1] in (lex.morph["ba"], lex.morph["lam"]):
        return None
    e = np_end(ctx, s0 + 1, hit.start)
    return tok_span(ctx, s0 + 1, e) if e > s0 + 1 else None


def _plural_clause_subject(ctx: Ctx, hit: Hit) -> Span | None:
    """وبدأ المحتجون يقتربون من الحواجز …، مرددين «…»; فصل نشطاء ورجال دين بين الجانبين مطالبين …: a plural
    cue with no subject of its own, and no claim read since its clause began, shares the first plural of
    people (grammar.yaml human_plurals, or a noun in -ون) that follows a verb in its sentence, or in the
    sentence before when the cue opens its own (نظم الحراس اعتصاما …. وأوضحوا أن …)."""
    toks, lex = ctx.toks, ctx.lex
    s0 = ctx.sent_start[hit.start]
    if hit.start - s0 <= 1 and s0 > 0:
        s0 = ctx.sent_start[s0 - 1]
    low = max(s0, ctx.covered_end, ctx.last_cue_tok + 1)
    nominative = lex.agreement.get("plural_present", ())
    art = lex.morph["article"]
    for k in range(low + 1, hit.start):
        t, prev = toks[k], toks[k - 1]
        w = t.norm
        bare = w[len(art):] if w.startswith(art) else w
        if not t.is_word or (t.prefix and not is_def(t, lex)) or not (w in lex.human_plurals or (
                bare.endswith(nominative) and len(bare) > 4)):
            continue
        if not prev.is_word or is_def(prev, lex) or prev.norm in lex.preps_all or prev.prefix[-1:] in (
                lex.morph["ba"], lex.morph["lam"]) or (k - 1) in ctx.hit_at or prev.norm in lex.speaker_stops:
            continue  # a verb comes before a subject: no article, no preposition, no cue (its own speaker)
        e = np_end(ctx, k, hit.start)
        return tok_span(ctx, k, e) if e > k else None
    return None


AGREEING_SENTENCES = 3  # how many sentences back a cue with no agreeing speaker looks for a subject


def _agreeing_subject(ctx: Ctx, hit: Hit, want: str) -> Span | None:
    """``أبرزت الصحف اللبنانية …. وأخبرت …``: with no earlier speaker agreeing with a feminine or plural
    cue, the definite subject after a verb of the same agreement opening one of the last sentences."""
    if want not in ("f", "p"):
        return None
    toks, lex = ctx.toks, ctx.lex
    ends = lex.agreement.get("feminine_past" if want == "f" else "plural_past", ())[:1]  # قالت، قالوا (not a dual)
    plural_nouns = lex.feminine_noun_endings[1:]  # قوات، مسؤولات: a noun, no verb
    s = ctx.sent_start[hit.start]
    for _ in range(AGREEING_SENTENCES):
        if s <= 0:
            return None
        s = ctx.sent_start[s - 1]
        k = s
        if k + 1 >= len(toks) or not toks[k].is_word or k in ctx.hit_at:
            continue
        w = toks[k].norm
        if is_def(toks[k], lex) or not w.endswith(ends) or w.endswith(plural_nouns) or len(w) < 4 \
                or w in lex.preps_all or not is_def(toks[k + 1], lex):
            continue
        e = np_end(ctx, k + 1, ctx.sent_end[k])
        if e > k + 1:
            return tok_span(ctx, k + 1, e)
    return None


CLAUSE_WORDS = 20  # how far back a coordinated cue looks for the subject of its clause


def _clause_subject(ctx: Ctx, hit: Hit) -> Span | None:
    """``كما تفاعل X مع الوسم وكتب «…»``: a coordinated cue with no subject of its own shares the subject
    of the verb before it, when that verb has a person (with titles before the name) as its subject
    after the last content read and within the sentence. The word before the name must be no
    preposition and no definite noun (a verb, not ``على لسان`` or ``الوزير``)."""
    if not ctx.doc.entities:
        return None
    toks, lex = ctx.toks, ctx.lex
    low = max(ctx.sent_start[hit.start], ctx.covered_end, ctx.last_cue_tok + 1, hit.start - CLAUSE_WORDS)
    lo_char, hi_char = toks[low].span.start, toks[hit.start].span.start
    starts = ctx.doc.token_starts()
    for e in ctx.doc.entities:  # in text order: the first subject of the clause
        if e.label != "PER" or e.span.start < lo_char or e.span.end > hi_char:
            continue
        k = bisect.bisect_left(starts, e.span.start)
        if k >= len(toks) or starts[k] != e.span.start:
            continue
        s = k
        while s - 1 > low and toks[s - 1].norm in lex.titles:
            s -= 1
        prev = toks[s - 1] if s - 1 >= low else None
        if prev is None or not prev.is_word or prev.norm in lex.preps_all \
                or any(c in prev.prefix for c in (lex.morph["ba"], lex.morph["lam"])) \
                or is_def(prev, lex) or (s - 1) in ctx.hit_at:
            return None
        return ctx.doc.span_from_norm(toks[s].nstart, toks[bisect.bisect_left(starts, e.span.end) - 1].nend)
    return None


HONORED_TITLE_WORDS = 4  # a title this close before a person's name gives the name its honorific


def _honored(ctx: Ctx, k: int) -> Span | None:
    """``وقال سموه``: the latest person named before token k right after a title of the honorific
    (سموه: الأمير, جلالته: الملك, فخامته: الرئيس …), or None."""
    titles = ctx.lex.honorifics.get(ctx.toks[k].norm)
    if not titles or not ctx.doc.entities:
        return None
    toks = ctx.toks
    starts = ctx.doc.token_starts()
    limit = toks[k].span.start
    best: Span | None = None
    for e in ctx.doc.entities:
        if e.label != "PER" or e.span.end > limit:
            continue
        i = bisect.bisect_left(starts, e.span.start)
        if any(toks[j].norm in titles for j in range(max(0, i - HONORED_TITLE_WORDS), i)):
            if best is None or e.span.start > best.start:
                best = e.span
    return best


def _topic_person(ctx: Ctx, hit: Hit) -> Span | None:
    """With no earlier claim, the antecedent of a masculine cue (وأدى الأمير X الصلاة … وقال سموه: «…»):
    the latest person named by the NER near the start of a sentence before the cue (a subject, not a
    name further on such as نيابة عن الملك Y). A feminine or plural cue mostly follows a body or a group,
    which this does not give."""
    if agreement(ctx, hit) != "m" or not ctx.doc.entities:
        return None
    toks = ctx.toks
    cue_start = toks[hit.start].span.start
    starts = ctx.doc.token_starts()
    best: Span | None = None
    for e in ctx.doc.entities:
        if e.label != "PER" or e.span.end > cue_start or (best is not None and e.span.start <= best.start):
            continue
        k = bisect.bisect_left(starts, e.span.start)
        if k >= len(toks):
            continue
        s0 = ctx.sent_start[k]
        # أعرب خادم الحرمين الشريفين الملك X، وأدى صاحب السمو الأمير X: titles only before the name
        if k - s0 <= TOPIC_WORDS and all(toks[j].is_word and toks[j].norm not in ctx.lex.preps_all
                                         for j in range(s0 + 1, k)):
            best = e.span
    return best


def _cut_asides(ctx: Ctx, a: int, b: int) -> tuple[int, int]:
    """A speaker ends before an aside about it: an appositive pronoun (عضوة بالهيئة [وهي في عقدها
    الخامس]) or a verb governing عدم (مصدران أمنيان [طلبا عدم كشف هويتيهما])."""
    toks, lex = ctx.toks, ctx.lex
    for j in range(a + 1, b):
        w = toks[j].norm
        if w in lex.appositives:
            return trim(ctx, a, j) if trim(ctx, a, j)[1] > a else (a, b)
        if w in lex.verbal_noun_heads and j - 1 > a:
            return trim(ctx, a, j - 1)
    return a, b


def _without_function_words(ctx: Ctx, a: int, b: int) -> tuple[int, int] | None:
    """A speaker that opens with a resumptive pronoun (الذي أفادت [به] مصادر عسكرية) starts after it, and one
    that ends with a preposition (X [في] اليوم الأول: its object was cut off as an adjunct) ends before it; one
    that is only a pronoun, a relative, a demonstrative or a preposition ([التي]، [هذا]، [إليه]) names nobody:
    None, so that the antecedent speaks."""
    lex, toks = ctx.lex, ctx.toks
    while b - a > 1 and toks[a].norm in lex.prep_pronouns:
        a += 1
    while b - a > 1 and toks[b - 1].norm in lex.preps_all and not (
            toks[b - 1].norm in lex.maqsura_preps and toks[b - 1].span.text.endswith(lex.morph["name_ya"])):
        b -= 1  # أكد الرئيس X [في] اليوم الأول …: a preposition whose object was cut off ends no name (but: فائق علي)
    if b - a > 1 and toks[b - 1].norm in lex.said_objects:
        b -= 1  # ونقلت الصحيفة عن المصادر [القول] إن …: 'the saying' is the object of نقل, not the source's
        while b - a > 1 and not toks[b - 1].is_word:
            b -= 1  # (…، حاكم الإقليم[،] القول إنه …)
    w = toks[a].norm
    bare = w[1:] if w[:1] in lex.conj and len(w) > 3 else w
    if b - a == 1 and any(x in lex.prep_pronouns or x in lex.relatives or x in lex.demonstratives
                          or x in lex.preps_all for x in (w, bare)):
        return None
    return a, b


def _issuer(ctx: Ctx, hit: Hit, a: int, b: int) -> tuple[Span, str] | None:
    """``قالت الوزارة في بيان إن … وقال البيان إن …``; ``وبحسب بيان رئاسة الإقليم … ودعا البيان …``: a
    definite issued document (grammar.yaml issued_documents) alone as the subject of a cue speaks for the
    body that issued it, the speaker of the latest earlier claim made through a document of the same
    noun (a via, the cue's own words such as وجاء في بيان, or the head of its speaker: بيان X speaks for X).
    None when the speaker is no such document or no claim names its issuer."""
    toks, lex = ctx.toks, ctx.lex
    art = lex.morph["article"]
    w = toks[a].norm
    if b - a != 1 or not w.startswith(art) or w[len(art):] not in lex.issued_documents:
        return None
    noun = w[len(art):]
    limit = toks[hit.start].span.start

    def named(word: str) -> bool:  # بيان، بيانها، ببيان، البيان
        for pre in ("", lex.morph["ba"], lex.morph["lam"]):
            x = word[len(pre):] if pre and word.startswith(pre) else word
            x = x[len(art):] if x.startswith(art) else x
            if x == noun or (x.startswith(noun) and x[len(noun):] in lex.object_suffixes):
                return True
        return False

    for claim in reversed(ctx.doc.claims):
        if claim.cue.start >= limit or not claim.speaker_text:
            continue
        words = normalize_form(claim.speaker_text).split()
        if len(words) > 1 and named(words[0]) and claim.speaker is not None:
            return _issuer_named(ctx, claim.speaker)  # بيان [رئاسة الإقليم]
        if any(named(x) for v in claim.via for x in normalize_form(v.text).split()[:1]) \
                or any(named(x) for x in normalize_form(claim.cue.text).split()):
            return claim.speaker, claim.speaker_text  # في بيان، وجاء في بيان
    return None


def _issuer_named(ctx: Ctx, sp: Span) -> tuple[Span, str] | None:
    """The body named after a document's noun in a speaker: بيان [رئاسة الإقليم]، بيان صادر عن [X]، تقرير
    حديث أصدرته [منظمة X]، بيان [للجيش] (the ل of an indefinite document's owner left out); up to a comma.
    None when no definite or construct name follows."""
    lex = ctx.lex
    text = ctx.doc.text
    parts = [(m.start(), m.end()) for m in _WORD.finditer(text, sp.start, sp.end)]
    k, stop = 1, len(parts)
    for j in range(1, len(parts)):
        if any(c in COMMAS for c in text[parts[j - 1][1]:parts[j][0]]):
            stop = j
            break
    for j in range(1, min(stop, 4)):
        w = normalize_form(text[parts[j][0]:parts[j][1]])
        if w in lex.issuing_words:
            k = j + 1
            if k < stop and normalize_form(text[parts[k][0]:parts[k][1]]) in lex.preps_all:
                k += 1  # صادر [عن]
            break
    if k >= stop:
        return None
    art, lam = lex.morph["article"], lex.morph["lam"]
    first = normalize_form(text[parts[k][0]:parts[k][1]])
    second = normalize_form(text[parts[k + 1][0]:parts[k + 1][1]]) if k + 1 < stop else ""
    lam_art = first.startswith(lam + lam) and len(first) > 4  # بيان للجيش: الجيش
    if not (first.startswith(art) or second.startswith(art) or lam_art):
        return None  # تقرير حديث …: no name of its issuer
    span = ctx.doc.span(parts[k][0] + (1 if lam_art else 0), parts[stop - 1][1])
    return span, clean_name(art[:1] + span.text if lam_art else span.text)


_WORD = re.compile(r"[^\s،,]+")


def _prophet_after(ctx: Ctx, hit: Hit) -> tuple[int, int] | None:
    """قال صلى الله عليه وسلم: «…»، وقال -عليه الصلاة والسلام-: the Prophet's eulogy right after a verb cue
    (a dash or bracket before it at most): where it lies, or None."""
    if hit.cue.kind != "verb" or not ctx.lex.prophet_name:
        return None
    toks = ctx.toks
    k = hit.end
    while k < len(toks) and k < hit.end + 2 and not toks[k].is_word and toks[k].norm in "-ـ(":
        k += 1
    n = phrase_len(ctx, ctx.lex.prophet_eulogies, k) if k < len(toks) else 0
    return (k, k + n) if n else None


def _prayer(ctx: Ctx, hit: Hit) -> bool:
    """Is the cue a verb of prayer addressed to God (داعيا الله تعالى أن …، ودعا المولى عز وجل)?"""
    lex = ctx.lex
    k = hit.end
    return hit.cue.lemma in lex.prayer_cues and k < len(ctx.toks) and ctx.toks[k].norm in lex.prayer_addressees


def emit(ctx: Ctx, hit: Hit, cue_span: Span, content: tuple[int, int],
          speaker: tuple[int, int] | None, via: list[Span], kind: str | None = None) -> Claim | None:
    a, b = content
    if b <= a:
        return None
    if _prayer(ctx, hit):
        return None  # داعيا الله أن يشفي المصابين: a prayer asks, it reports nothing
    text_cue = hit.cue.lemma in ctx.lex.prep_only  # نص القرار على: a text, never an antecedent
    if text_cue and (speaker is None or speaker[0] < hit.start):
        return None  # the text stipulating is named right after the verb, or there is no claim
    honored = None
    if speaker is not None and ctx.toks[speaker[0]].norm in ctx.lex.pronoun_speakers:
        honored = _honored(ctx, speaker[0])
        speaker = None  # وقال سموه (ـ حفظه الله ـ): the person named before
    if speaker is not None:
        speaker = _without_function_words(ctx, *speaker)
    prophet = _prophet_after(ctx, hit)
    if prophet is not None and (speaker is None or prophet[0] <= speaker[0] < prophet[1]):
        speaker = None  # قال صلى الله عليه وسلم، وقال عليه السلام: no name, the eulogy is no speaker
    else:
        prophet = None
    implicit = speaker is None and prophet is None
    if speaker is not None and hit.cue.kind == "verb" and ctx.toks[speaker[0]].norm in ctx.lex.evidence_subjects:
        return None  # تشير المعلومات إلى أن …: evidence, not a source
    issuer = _issuer(ctx, hit, *speaker) if speaker is not None else None
    if prophet is not None:
        sp, stext = None, ctx.lex.prophet_name  # the Prophet speaks (no span names Him)
    elif issuer is not None:
        sp, stext = issuer  # وقال البيان إن …: the body that issued the statement
    elif speaker is not None:
        speaker = _cut_asides(ctx, *speaker)
        sp, stext = speaker_text(ctx, *speaker)
        if not stext:
            return None
        if ctx.lex.divine_name and normalize_form(stext) in ctx.lex.divine_epithets:
            sp, stext = None, ctx.lex.divine_name  # وقال تعالى: «…»: God speaks (no span names Him)
    elif honored is not None:
        sp, stext = honored, clean_name(honored.text)
    else:
        if hit.cue.kind == "verb" and hit.start > 0 and ctx.toks[hit.start - 1].norm in ctx.lex.consequence_ma:
            return None  # …، ما كشف عن أكبر أزمة: the writer's consequence clause, nobody speaks
        sp, stext, inherited = antecedent(ctx, hit)
        via = via or inherited
    relay = ctx.relayed.pop(hit.start, None)
    if relay is not None:
        via = [relay] + via  # وبحسب موقع X، أعلنت الجماعة أن …: the site relays, the group speaks
    ctx.covered_end = max(ctx.covered_end, b)
    ctx.last_cue_tok = hit.start
    claim = Claim(cue=cue_span, content=tok_span(ctx, a, b), speaker=sp, speaker_text=stext,
                  speaker_implicit=implicit and stext is not None, via=via,
                  stance=stance_of(ctx, hit, a, b), kind=kind or hit.cue.kind)
    ctx.doc.claims.append(claim)
    if stext and not text_cue and prophet is None:  # (a hadith quoted in a speech: the next وأضاف is the speaker's)
        ctx.last = claim
        ag = agreement(ctx, hit)
        nominative_plural = ctx.lex.agreement.get("plural_present", ())  # a subject in -ون: مسؤولون
        head = ctx.toks[speaker[0]].norm if speaker is not None else ""
        if speaker is not None and speaker[1] - speaker[0] > 1 and speaker[0] == ctx.sent_start[speaker[0]] \
                and head[:1] in ctx.lex.conj and not is_def(ctx.toks[speaker[0]], ctx.lex) \
                and is_def(ctx.toks[speaker[0] + 1], ctx.lex):
            # ورفع [المحتجون] شعارات تطالب بـ …: a verb opening the sentence was read into the speaker; its
            # subject, a plural of people, answers a later plural cue (واعتبروا)
            nxt = ctx.toks[speaker[0] + 1].norm
            if nxt.endswith(nominative_plural) or nxt in ctx.lex.human_plurals:
                ag = "p"
        if ag == "m" and (head.endswith(nominative_plural) or head in ctx.lex.human_plurals):
            ag = "p"  # VSO: واتهم معارضون … وأشاروا، وقال سكان … وأضافوا — the verb before its subject stays singular
        if hit.cue.lemma == ctx.lex.morph["relay_verb"] and speaker is not None and ag:
            # نقلت الوكالة عن القائد …، مشيرا: the cue agrees with the relay, not with the source after عن,
            # whose gender is not written; the source answers a later cue of either gender
            ctx.recent.append((claim, "m" if ag == "f" else "f"))
        if ag:
            ctx.recent.append((claim, ag))
    if ctx.voice is not None:
        vsp, vtext = speaker_text(ctx, *ctx.voice)
        ctx.voice = None
        if vtext:
            # the voice of the body (على لسان رئيسها X): a candidate antecedent, never a claim itself
            ctx.recent.append((Claim(cue=cue_span, content=claim.content, speaker=vsp, speaker_text=vtext),
                               "m"))  # the gender of a name is not written; a voice is mostly a man
    return claim
