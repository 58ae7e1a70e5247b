"""Claims: who said what, through whom, and how sure (attribution extraction for Arabic news).

Reads ``doc.tokens`` and ``doc.sentences`` (and ``doc.times``, when the times stage ran, to keep
dates out of speakers); adds :class:`khabar.doc.Claim` objects to ``doc.claims``. Data files:
``claims/cues.tsv``, ``claims/grammar.yaml``, ``claims/channels.tsv``, ``claims/stance.tsv`` (via
:mod:`khabar.extract.claim_lexicon`).

One dictionary lookup per word finds the cues (قال/قالت/يقول/وأضاف, مشيرا, بحسب, قوله …); each cue
is then read left to right in its sentence:

* verbs (VSO): ``وقالت [speaker] [لـ via | في بيان | أمس] إن|أن|:|"[content]`` (an apposition between commas
  after the speaker, ``، وهو …،``, or a name after a title's phrase, ``، عادل X،``, stays in it); with no speaker
  after the cue (a prepositional phrase such as ``في حديثه`` is none), the speaker stands before it
  (SVO, ``كان X قد أفاد``, ``X الذي أشار``, ``بل/ثم`` keep the sentence's subject) or is the antecedent
  (``وأضاف أن`` → previous speaker, ``speaker_implicit``, see :mod:`khabar.extract.claim_emit`; a fronted topic,
  ``أما X، فقد قال``, is the subject of its ف clause);
  a name set off by commas after a title stays in the speaker; a transitive cue (``اتهم، وصف``) with
  one noun phrase before its preposition has that phrase as object; a noun with a pronoun suffix after
  the subject or right after the cue is the object (``أعلنت الحركة مسؤوليتها عن``), and so is a stance noun
  (``وأكد تضامن دولة X``, grammar.yaml ``object_heads``), and a bare indefinite noun after a place name, which
  governs no genitive (``طلبت جيبوتي مساعدة الدول``، ``مصادر في مستشفيات الموصل حصيلة``); inside a content,
  a subject after ``، لكن`` / ``، غير أن`` starts a new SVO claim;
* an honorific pronoun speaker (``وقال سموه``) is the latest person named after a matching title
  (:func:`khabar.extract.claim_emit.antecedent`); a coordinated cue with no subject of its own shares the
  person subject of its clause (``كما تفاعل X مع الوسم وكتب``); a feminine or plural cue with no agreeing
  speaker takes the subject of an agreeing verb opening a recent sentence; a manner participle after a
  verb (``غرد X قائلا:``) hands the verb its content; an outlet after بحسب inside a speaker region is a via;
* participles (``مشيرا إلى أن``) always take the antecedent (the source of ``نقل … عن Y`` answers
  either gender; with no earlier claim, a person named at a sentence start; after a comma, the speaker of
  the verb of saying its sentence opened with even when the writer slipped in its gender, ``أكد مصدر …،
  مبينة``, unless that speaker is a bare definite person noun, ``المصدر``, pointing back); a feminine participle
  right after a feminine noun (``أجندة معلنة``) is an adjective;
* a relative clause set off by commas inside a speaker is skipped (``ودعا التنظيم، الذي يصفه …، إلى …``), and a cue
  opening it, or one right after the relative before a content (``وقال الجيش الذي يحمل حماس مسؤولية … إنه``), is a
  claim of its own bounded by the clause, read without changing the antecedents around it;
* a protest's purpose (``نفذ العشرات من الأسر وقفة …، للتنديد بـ …``, cues.tsv kind purpose) is the statement of
  the crowd or people opening the sentence (grammar.yaml ``crowd_heads``); with none, no claim;
* prepositions (``بحسب X``): :mod:`khabar.extract.claim_preps` (``وبحسب موقع X، أعلنت Y أن``: a verb with its
  own subject after the source makes the source Y's via);
* ``نقل X عن Y قوله`` gives speaker Y via X; ``على لسان`` inside a speaker names the body's voice;
* ``نسبته أنقرة إلى …`` and ``حمّل X Y المسؤولية`` (a cue only with مسؤولية after it) are claims, the
  passive ``نُسب إلى`` is none; two toponyms after a cue are the state speaking and its object
  (``واتهمت تركيا روسيا بـ``); ``ما تسمى X`` and ``X التي تعرف باسم Y`` name the speaker; a person
  citing sources (``وقال X نقلا عن مصادر``) stays the speaker; an outlet right after the cue (``مؤكدة وفقا لوكالة X
  أنها``), or after its subject and closed by a comma or dash (``وأكدت الوزارة وفقا لوكالة X، وقوف``), is a via;
  the pronoun of a document after the cue (``أصدرت الوزارة بيانا أكدت فيه``) points to its maker;
  a definite document as the subject (``وقال البيان``، ``واعتبرت الفتوى``) speaks for its issuer, the speaker of
  the latest claim made through a document of that noun (``في بيان``، ``بحسب بيان X``، ``بيان صادر عن X``);
* the verbal noun ``إعلان`` speaks through the person or body after it (``إعلان وزارة الداخلية عن``, grammar.yaml
  ``agent_heads``); ``على ما أعلن X`` reads like ``كما أعلن X``, which attributes the clause before it when
  only times, channels, a prepositional phrase or a comma and the rest of the sentence follow the source
  (``…، كما أعلنت الشرطة، من دون أن``، ``على ما أعلنت البعثة في تقرير``), not when an object does (``كما أعلن
  الجيش مقتل …``: 'also'), and only the nearest clause when a contrastive opener starts one inside it
  (``… في حين أنه توفي …، كما أعلنت X``, grammar.yaml ``inner_contrasts``); a contrastive opener (``لكن``، ``بينما``) starts a
  subject with no comma before it (``… في بنغازي لكن منتقدين يقولون``);
* not attributions: the elative ``أوضح من``, rhetorical ``من قال … ؟``, impersonal ``يعتقد أن``
  after a noun, a relative clause with a resumptive pronoun (``القمة التي دعا إليها X``), a negated
  disclosure (``لم يكشف الحلف عن``), a prayer (``داعيا الله أن``), the writer's consequence clause
  (``…، ما كشف عن``).

Content runs from the أن/إن word (or inside the quotes) to the sentence end or the next cue; a
noun-phrase content also ends at a comma before a relative pronoun or a reason (``، الذي``، ``، لأن``).

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="x", text="وقال الجيش في بيان إن قواته قصفت مواقع للمسلحين."))
    >>> extract_claims(doc)
    >>> c = doc.claims[0]
    >>> (c.cue.text, c.speaker_text, c.content.text, [v.text for v in c.via])
    ('وقال', 'الجيش', 'إن قواته قصفت مواقع للمسلحين', ['بيان'])
"""

from __future__ import annotations

import logging

from khabar.doc import Doc, Span
from khabar.extract.claim_backward import read_backward
from khabar.extract.claim_emit import emit
from khabar.extract.claim_lexicon import lexicon
from khabar.extract.claim_content import content_marker, content_range, is_starter
from khabar.extract.claim_phrases import np_end, possessed_object, split_region
from khabar.extract.claim_subjects import after_copula
from khabar.extract.claim_preps import MAX_CLAUSE_TOKENS, read_preposition
from khabar.extract.claim_relays import leading_outlet
from khabar.extract.claim_tokens import (COLONS, COMMAS, Ctx, Hit, agreement, attributive, entity_ends,
                                         find_hits, is_comp, is_def, is_time, person_spans, place_ends, sentence_bounds,
                                         time_tokens, tok_span)
from khabar.extract.claim_verbs import crowd_subject, read_verb

log = logging.getLogger(__name__)


def _read_participle(ctx: Ctx, hit: Hit) -> None:
    if after_copula(ctx, hit.start) or hit.cue.lemma in ctx.lex.manner_only:
        return  # (معلقا alone: 'hanging'; after a verb it was read with the verb)
    se = ctx.sent_end[hit.start]
    mk, stop = content_marker(ctx, hit.cue, hit.end, se)
    if attributive(ctx, hit, mk):
        return  # لها أجندة معلنة بإرادة …: an adjective of the noun before, no statement
    via: list[Span] = []
    if mk is not None and mk - hit.end <= 10:
        lead = leading_outlet(ctx, hit.end, stop)
        via = [lead] if lead is not None else split_region(ctx, hit.end, stop)[2]
    elif not hit.cue.object and mk is None and hit.end < se and ctx.toks[hit.end].is_word:
        return  # مفيدة جدا، مفيدا لأمن …: a participle that needs أن/إن or a quote (مفيدا بأن …) is an adjective
    else:
        mk = hit.end
        while mk < se and ctx.toks[mk].is_word and is_time(ctx, mk):
            mk += 1
    content = content_range(ctx, mk, se)
    if content is not None:
        emit(ctx, hit, tok_span(ctx, hit.start, hit.end), content,
             _sentence_subject(ctx, hit) or crowd_subject(ctx, hit), via)  # وسار آلاف الأكراد … هاتفين «…»


def _feminine_clause(ctx: Ctx, hit: Hit, v: int) -> bool:
    """إلى ذلك، شكلت رئاسة المحكمة …، مشيرة: a feminine participle, a feminine past verb at v and an
    indefinite feminine noun after it (ة) all agree: that noun heads the subject."""
    toks, lex = ctx.toks, ctx.lex
    if agreement(ctx, hit) != "f" or v + 1 >= hit.start or not toks[v + 1].is_word:
        return False
    fem_past = lex.agreement.get("feminine_past", ())[:1]
    noun = toks[v + 1]
    return toks[v].norm.endswith(fem_past) and not is_def(noun, lex) and not noun.prefix \
        and noun.norm.endswith(lex.feminine_noun_endings[:1]) and v + 1 not in ctx.hit_at


def _person_at(ctx: Ctx, k: int) -> bool:
    """Does a person's name (PER) found by the entities stage start at token k?"""
    start = ctx.toks[k].span.start
    return any(e.label == "PER" and e.span.start == start for e in ctx.doc.entities)


LEAD_PHRASE_WORDS = 4  # a linking phrase opening a sentence before a comma (إلى ذلك، من جهة أخرى،)


def _sentence_subject(ctx: Ctx, hit: Hit) -> tuple[int, int] | None:
    """وجدد X موقفه، لافتا إلى …: with no claim earlier in the sentence, the participle's speaker is
    the subject after the sentence's opening verb (و/ف + a word that is no noun or preposition)."""
    lex, toks = ctx.lex, ctx.toks
    s0 = ctx.sent_start[hit.start]
    last = ctx.last
    if last is not None and ctx.doc.norm.to_norm(last.cue.start) >= toks[s0].nstart:
        return None  # a claim earlier in this sentence: the antecedent is its speaker
    svo = _named_subject(ctx, s0, hit.start)
    if svo is not None:
        return svo  # لكن حركة طالبان تبنت العملية قائلة إنها …: the name opening the sentence
    agreeing = False  # a feminine verb, noun and participle agree (شكلت رئاسة المحكمة …، مشيرة)
    lead = next((j for j in range(s0, min(hit.start, s0 + LEAD_PHRASE_WORDS + 1)) if toks[j].norm in COMMAS), None)
    if lead is not None and lead + 1 < hit.start and (lead + 2) not in ctx.ent_end:
        agreeing = _feminine_clause(ctx, hit, lead + 1)
    if lead is not None and lead > s0 and all(toks[j].is_word for j in range(s0, lead)) \
            and lead + 1 < hit.start and ((lead + 2) in ctx.ent_end or agreeing) \
            and not (agreement(ctx, hit) == "f" and _person_at(ctx, lead + 2)):
        s0 = lead + 1  # إلى ذلك، تبنى الحزب الهجوم …، مؤكدا: a linking phrase, then the verb and its subject
        w = toks[s0].norm
        if toks[s0].prefix or is_def(toks[s0], lex) or w in lex.preps_all or w in lex.speaker_stops:
            return None
    else:
        w = toks[s0].norm
        if not (toks[s0].is_word and w[:1] in lex.conj and len(w) > 3 and not is_def(toks[s0], lex)
                and w[1:] not in lex.preps_all and w[1:] not in lex.speaker_stops):
            return None
    head = toks[s0 + 1].norm if s0 + 1 < hit.start else ""
    if (s0 + 1) not in ctx.ent_end and head not in lex.titles and head not in lex.descriptor_heads and not agreeing:
        return None  # وقدم [خالص العزاء]: an object, the subject is implicit
    if agreement(ctx, hit) == "f" and not agreeing and is_def(toks[s0 + 1], lex) \
            and not toks[s0 + 1].norm.endswith(lex.feminine_noun_endings) and head not in lex.human_plurals:
        return None  # نجح الجيش الوطني …، متوقعة …: a feminine participle does not describe a masculine subject
    e = np_end(ctx, s0 + 1, hit.start)
    return (s0 + 1, e) if e > s0 + 1 else None


TITLE_WORDS = 3  # a title or description before the name opening a sentence (الكاتب الصحفي X قال)


def _named_subject(ctx: Ctx, s0: int, cue: int) -> tuple[int, int] | None:
    """لكن حركة طالبان تبنت العملية، قائلة …: a name the entities stage read opening the sentence (after a
    clause opener such as لكن، بينما at most, and a title or definite description: الإعلامي X), followed by a verb (a bare word: no article, no
    preposition), is the subject of the sentence."""
    lex, toks = ctx.lex, ctx.toks
    a = s0 + 1 if toks[s0].norm in lex.clause_openers and toks[s0].norm not in lex.kama else s0
    n = a
    while n < min(cue, a + TITLE_WORDS) and not (n in ctx.ent_end or n in ctx.ent_single) \
            and toks[n].is_word and n not in ctx.hit_at and (toks[n].norm in lex.titles or (
                is_def(toks[n], lex) and toks[n].norm[:2] == lex.morph["article"])):
        n += 1  # [الإعلامي] أحمد الجابري استشهد …: a title or a definite description before the name
    if n >= cue or not (n in ctx.ent_end or n in ctx.ent_single):
        return None
    e = ctx.ent_end.get(n, n + 1)
    if e >= cue or not toks[e].is_word or e in ctx.hit_at:
        return None
    w = toks[e].norm
    if is_def(toks[e], lex) or toks[e].prefix or w in lex.preps_all or w in lex.speaker_stops or is_time(ctx, e) \
            or e in ctx.ent_end or e in ctx.ent_single or w in lex.titles or w[:1].isdigit():
        return None
    return a, e


def _read_purpose(ctx: Ctx, hit: Hit) -> None:
    """نفذ العشرات من الأسر وقفة احتجاجية …، للتنديد باختطاف …: the purpose of a protest is the crowd's
    statement. Its speaker is the subject opening the sentence (after its verb, or before قد + verb after
    كان) when a crowd, people or a name heads it; with none, no claim."""
    toks, lex = ctx.toks, ctx.lex
    se = ctx.sent_end[hit.start]
    k = hit.end
    if k >= se or toks[k].norm[:1] != lex.morph["ba"] or len(toks[k].norm) < 3:
        return  # تنديدا بـ …: the content is the ب-phrase right after it
    subject = _crowd_subject(ctx, hit)
    content = content_range(ctx, k, se) if subject is not None else None
    if content is not None:
        emit(ctx, hit, tok_span(ctx, hit.start, hit.end), content, subject, [])


def _crowd_subject(ctx: Ctx, hit: Hit) -> tuple[int, int] | None:
    toks, lex = ctx.toks, ctx.lex
    s0 = ctx.sent_start[hit.start]
    if s0 + 2 >= hit.start or ctx.last_cue_tok >= s0:
        return None
    verb = toks[s0]
    w = verb.norm[1:] if verb.norm[:1] in lex.conj and len(verb.norm) > 3 else verb.norm
    if not verb.is_word or s0 in ctx.hit_at or is_def(verb, lex) or w in lex.preps_all or w in lex.speaker_stops \
            or s0 in ctx.ent_end or s0 in ctx.ent_single or w in lex.time_words:
        return None  # the sentence opens on a verb (نفذ، تظاهر، خرج، وكان)
    a = s0 + 1
    head = toks[a]
    if not head.is_word or head.norm in lex.preps_all or head.prefix[:1] in (lex.morph["ba"], lex.morph["lam"]):
        return None
    if not (head.norm in lex.crowd_heads or head.norm in lex.human_plurals or a in ctx.ent_end or a in ctx.ent_single):
        return None
    e = np_end(ctx, a, hit.start)
    return (a, e) if e > a else None


def _read_noun(ctx: Ctx, hit: Hit) -> None:
    toks, lex = ctx.toks, ctx.lex
    se = ctx.sent_end[hit.start]
    preps1 = (lex.morph["lam"], lex.morph["ba"])
    if hit.cue.lemma == lex.morph["say_noun"]:
        cs = max(ctx.sent_start[hit.start], hit.start - MAX_CLAUSE_TOKENS)
        j = hit.start - 1
        while j > cs and toks[j].norm not in COMMAS and toks[j].norm not in COLONS:
            j -= 1
        if toks[j].norm in COMMAS or toks[j].norm in COLONS:
            j += 1
        start_tok = hit.start
        speaker = None
        if j < hit.start:
            verb = ctx.hit_at.get(j)
            a = j + 1
            b = a
            while b < hit.start and toks[b].is_word \
                    and not (toks[b].norm[:1] in preps1 and len(toks[b].norm) > 3) \
                    and toks[b].norm not in lex.speaker_stops and b - a < 4:
                b += 1
            if b > a:
                speaker = (a, b)
            elif verb is not None and verb.end == hit.start:
                start_tok = j
                ctx.skip.add(j)
        k = hit.end
        while k < se and toks[k].norm in COLONS:
            k += 1
        content = content_range(ctx, k, se)
        if content is not None:
            emit(ctx, hit, tok_span(ctx, start_tok, hit.end), content, speaker, [])
        return
    mk, stop = content_marker(ctx, hit.cue, hit.end, se)
    if mk is None or mk - hit.end > 20:
        return
    if hit.cue.lemma in lex.implicit_frames and any(
            j in ctx.hit_at and ctx.hit_at[j].cue.kind == "verb" and not ctx.hit_at[j].suffixed
            for j in range(hit.end, mk)):
        return  # وجاء في الوقت الذي أكد فيه الوزير أن …: the statement is the verb's, جاء في names no source
    s, e, via = split_region(ctx, hit.end, stop)
    if e <= s and mk == hit.end and hit.cue.lemma in lex.implicit_frames and is_comp(ctx, mk):
        content = content_range(ctx, mk, se)
        if content is not None:
            emit(ctx, hit, tok_span(ctx, hit.start, hit.end), content, None, via)  # وجاء في بيان أن …
        return
    if e <= s or toks[s].norm in lex.preps_all or toks[s].prefix[-1:] == lex.morph["ba"]:
        return  # إشارة [إلى] الاتفاق، اتهامات [بازدواجية] …: no agent right after the verbal noun
    if toks[mk].norm in lex.preps.get(hit.cue.prep, ()):
        # إعلان المبعوث الأممي عن بدء …: the verbal noun's own preposition after its agent
        if not _agent_at(ctx, s, e):
            return  # منذ إعلان وفاة زعيمها عن …: no body or person names the announcement
        obj = next((j for j in range(s + 1, e) if possessed_object(ctx, j)), None)
        if obj is not None:
            mk, e = obj, obj  # وإعلان الحزب [مسؤوليته] عن …: the object with its pronoun opens the content
    content = content_range(ctx, mk, se)
    if content is not None:
        emit(ctx, hit, tok_span(ctx, hit.start, hit.end), content, (s, e), via)


AGENT_NAME_OFFSET = 2  # a name may open an agent's second word (وزارة [الداخلية المصرية])


def _agent_at(ctx: Ctx, s: int, e: int) -> bool:
    """Does a person or body start the tokens [s, e) after a verbal noun: a name the entities stage read
    (at the first or second word), a toponym (a state), a title, a source, a plural of people or a body
    (grammar.yaml agent_heads)?"""
    lex, toks = ctx.lex, ctx.toks
    w = toks[s].norm
    if w in lex.titles or w in lex.descriptor_heads or w in lex.human_plurals or w in lex.agent_heads \
            or s in ctx.place_end:
        return True
    return any(j in ctx.ent_end or j in ctx.ent_single for j in range(s, min(e, s + AGENT_NAME_OFFSET)))


def _speaker_relative(ctx: Ctx, hit: Hit) -> int | None:
    """A verb cue opening a relative clause between the last claim's cue and its content (ودعا التنظيم، الذي
    يصفه مسؤولون أميركيون بأنه الفرع الأخطر، إلى …; وقال الجيش الذي يحمل حماس مسؤولية … إنه): a claim of its
    own, its content ending at the comma closing the clause or where the outer content starts (token index)."""
    last, toks = ctx.last, ctx.toks
    if last is None or hit.cue.kind != "verb" or hit.start == 0 or toks[hit.start - 1].norm not in ctx.lex.relatives:
        return None
    if not (last.cue.end <= toks[hit.start].span.start and toks[hit.end - 1].span.end <= last.content.start):
        return None
    end = hit.end
    while end < len(toks) and toks[end].span.start < last.content.start and toks[end].norm not in COMMAS:
        end += 1
    if end <= hit.end + 1:
        return None
    if hit.cue.lemma not in ctx.lex.cue_requires and content_marker(ctx, hit.cue, hit.end, end)[0] is None:
        return None  # حالة الطوارئ التي أعلنت لاستمرار …، الذين طلبوا عدم ذكر أسمائهم: no statement told
    return end


def _read_inside(ctx: Ctx, hit: Hit, end: int) -> None:
    """Read the cue of a relative clause inside a speaker with its content bounded by ``end``; the claims
    around it keep their antecedents (a later وأضاف still means the outer speaker)."""
    saved = (ctx.last, list(ctx.recent), ctx.last_cue_tok, ctx.covered_end)
    ctx.clause_end = end
    ctx.inner_read = True
    try:
        read_verb(ctx, hit)
    finally:
        ctx.clause_end = None
        ctx.last, ctx.recent, ctx.last_cue_tok, ctx.covered_end = saved[0], saved[1], saved[2], saved[3]


def extract_claims(doc: Doc) -> None:
    """Find every attributed statement of ``doc`` and add it to ``doc.claims``."""
    toks = doc.tokens
    if not toks:
        return
    lex = lexicon()
    hits = find_hits(toks, lex)
    if not hits and not any(t.norm in lex.backward_frames for t in toks):
        return
    sent_start, sent_end, para_end = sentence_bounds(doc)
    single: set[int] = set()
    starts = doc.token_starts() if doc.times or doc.entities or doc.places else None
    ctx = Ctx(doc=doc, lex=lex, toks=toks, sent_end=sent_end, sent_start=sent_start,
              ent_end=entity_ends(doc, single, starts), para_end=para_end,
              hit_at={h.start: h for h in hits}, time_tok=time_tokens(doc, starts), ent_single=single)
    ctx.ent_inside = {k for i, j in ctx.ent_end.items() for k in range(i + 1, j)}
    ctx.place_end = place_ends(doc, starts)
    ctx.place_last = {e - 1 for e in ctx.place_end.values()}
    persons = person_spans(doc, starts)
    ctx.person_first = {i for i, _ in persons}
    ctx.person_last = {j - 1 for _, j in persons}
    ctx.person_full = {j - 1 for i, j in persons if j > i + 1 and not is_def(toks[i], lex)}
    readers = {"verb": read_verb, "participle": _read_participle, "purpose": _read_purpose,
               "preposition": read_preposition, "noun": _read_noun}
    for hit in hits:
        if hit.start in ctx.skip or hit.start < ctx.quoted_end:
            continue  # inside a quotation already attributed
        if hit.start < ctx.covered_end and not is_starter(ctx, hit.start):
            end = _speaker_relative(ctx, hit)
            if end is not None:
                _read_inside(ctx, hit, end)  # ودعا التنظيم، الذي يصفه مسؤولون بأنه …، إلى …
            continue  # inside a content: an embedded verb, not a new attribution
        try:
            readers.get(hit.cue.kind, read_verb)(ctx, hit)
        except (IndexError, ValueError) as exc:  # odd input must never lose the article
            log.debug("claims: cue at token %d skipped: %s", hit.start, exc)
    before = len(doc.claims)
    try:
        read_backward(ctx)  # …، وهو ما نفته الوزارة
    except (IndexError, ValueError) as exc:
        log.debug("claims: backward claims skipped: %s", exc)
    if len(doc.claims) > before or ctx.inner_read:
        doc.claims.sort(key=lambda c: c.cue.start)


def claim_for(doc: Doc, span: Span) -> int | None:
    """Index of the innermost claim whose content contains ``span`` (for linking events to sources)."""
    best: int | None = None
    for i, c in enumerate(doc.claims):
        if c.content.contains(span):
            if best is None or len(c.content.text) < len(doc.claims[best].content.text):
                best = i
    return best
