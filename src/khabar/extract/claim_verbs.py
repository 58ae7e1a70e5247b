"""A claim told by a verb cue (قال، أعلن، أكد …): its speaker, vias and content.

Reads the tokens and :class:`khabar.extract.claim_tokens.Ctx`; adds claims through
:func:`khabar.extract.claim_emit.emit`. :func:`read_verb` reads VSO (``وقالت [speaker] [via] إن
[content]``), SVO and ``كان X قد``, relative clauses (``X الذي أعلن``), a noun with a pronoun as the
object (``أعلنت مسؤوليتها عن``), a coordinated cue that shares its clause's subject, plural verbs that
carry their subject and relays inside the speaker region (see the stage's docstring,
:mod:`khabar.extract.claims`). Vocabulary: :mod:`khabar.extract.claim_lexicon` (lang/ar/claims/).
"""

from __future__ import annotations

from khabar.doc import Span
from khabar.extract.claim_emit import emit
from khabar.extract.claim_content import content_marker, content_range, is_negated, object_word
from khabar.extract.claim_phrases import (abbreviated_title, adjective_like, adverbial, apposition_between_commas, name_between_commas, np_end, object_after_name,
                                          only_adjuncts, possessed_object, skip_adjuncts, split_region, vias)
from khabar.extract.claim_subjects import kana_subject, lookback, opener_subject
from khabar.extract.claim_preps import prep_speaker, read_before
from khabar.extract.claim_tokens import (COLONS, COMMAS, QUOTE, phrase_len, QUESTION_MARKS, REQUIRED_WITHIN, SENT_PUNCT, Ctx, Hit, agreement, is_comp,
                                         is_def, is_time, named_ya, starts_adjunct, tok_span, trim)
from khabar.extract.claim_relays import leading_outlet, outlet_clause, read_apposition, read_relay, relay_in_region


def read_verb(ctx: Ctx, hit: Hit) -> None:
    toks, cue = ctx.toks, hit.cue
    se = ctx.sent_end[hit.start]
    if ctx.clause_end is not None:
        se = min(se, ctx.clause_end)
    if _rhetorical(ctx, hit) or _paired_preposition(ctx, hit):
        return
    if hit.start > 0 and not hit.conj and toks[hit.start - 1].norm in ctx.lex.masdar_preps and not (
            toks[hit.start - 1].norm in ctx.lex.maqsura_preps
            and toks[hit.start - 1].span.text.endswith(ctx.lex.morph["name_ya"])):
        # نجحت الشرطة في [كشف] غموض الجريمة: after a preposition the cue form is a verbal noun (but: الرئيس
        # علي أعرب …: a name written with ي, folded like على)
        return
    cue_span = tok_span(ctx, hit.start, hit.end)
    if cue.lemma in ctx.lex.cue_requires:
        _read_double_object(ctx, hit, cue_span, se)
        return
    if cue.lemma in ctx.lex.inscription_cues and not hit.suffixed and hit.end + 1 < se \
            and toks[hit.end].norm in ctx.lex.inscribed_on and not toks[hit.end + 1].is_word:
        return  # وأخرى كتب عليها: «…»، نعشا كتب عليه «…»: the passive 'was written on it', no statement
    if cue.lemma in ctx.lex.renewed_statements:
        _read_renewed(ctx, hit, cue_span, se)
        return
    if cue.lemma == ctx.lex.morph["relay_verb"] and read_relay(ctx, hit, se):
        return
    if cue.lemma in ctx.lex.transitive and not hit.suffixed and hit.end < se \
            and toks[hit.end].prefix[:1] == ctx.lex.morph["ba"] and ctx.lex.morph["ba"] in cue.prep.split():
        return  # خمسة أشخاص اتهموا [بتخطيط] …: the passive (the active names its object first), no statement
    passive = cue.lemma in ctx.lex.passive_transitive and not hit.suffixed
    if passive:
        k = hit.end
        while k < se and toks[k].is_word and is_time(ctx, k):
            k += 1
        if k < se and (toks[k].norm in ctx.lex.preps.get(cue.prep, ()) or toks[k].norm in ctx.lex.prep_pronouns):
            return  # هجوم نُسب [أمس] إلى متمردين، ما نُسب [إليه]: the passive, no statement
    outlet = outlet_clause(ctx, hit, se) if not hit.suffixed and not hit.strict else None
    if outlet is not None:
        # وأكدت الوزارة وفقا لوكالة الأنباء، وقوف …: the outlet relays, the subject (or the antecedent) speaks
        subject, via, mk = outlet
        content = content_range(ctx, mk, se)
        if content is not None:
            emit(ctx, hit, cue_span, content, subject or (None if hit.conj else lookback(ctx, hit)), via)
        return
    mk, stop = content_marker(ctx, cue, hit.end, se)
    deeds = ctx.lex.cue_deeds.get(cue.lemma)
    if deeds is not None:
        # وتبنت جبهة النصرة [خطف] العناصر …، متهمة إياهم بأنهم …: the deed claimed is the object; the
        # speaker ends before it, and a complementizer further on belongs to another cue
        d = next((j for j in range(hit.end + 1, se) if toks[j].norm in deeds), None)
        if d is not None and (mk is None or d < mk):
            mk, stop = None, d
    if mk is None and hit.strict:
        return  # وفق ما أقرته اللجنة: a relative clause, no statement
    if cue.lemma in ctx.lex.prep_only and (mk is None or toks[mk].norm not in ctx.lex.preps.get(cue.prep, ())):
        return  # نص الرسالة: «…»: the noun 'text', not the verb
    if mk is None and read_apposition(ctx, hit, cue_span, se):
        return
    if mk is not None and not hit.suffixed and _as_source_before(ctx, hit, mk, se):
        # …، كما أعلنت الشرطة، من دون أن يعرف …: the complementizer after the comma is not this cue's
        read_before(ctx, hit, cue_span, hit.end, se, kind="verb")
        return
    via: list[Span] = []
    speaker: tuple[int, int] | None = None
    doc_pronoun = False  # بيانا أكد [فيه] أن …: the subject is the one of the verb that made the document
    negated = hit.start > 0 and is_negated(ctx, hit.start - 1)
    if negated and cue.lemma in ctx.lex.silent_when_negated:
        return  # ولم يكشف الحلف عن جنسية الجندي: nothing was said
    present = cue.present and not negated  # لا يستبعد الأمريكيون احتمال …
    kana = kana_subject(ctx, hit)
    if kana is not None and mk is not None:
        s_, e_, _ = split_region(ctx, hit.end, stop, after_adjuncts=False)
        if e_ > s_:
            kana = None  # حيث أعلن [المكلف بالإعلام] أن …: the subject follows the verb after all
    if kana is not None and mk is not None:
        speaker = kana
        via = split_region(ctx, hit.end, stop)[2]
    elif kana is not None and cue.object and not present:
        speaker, mk = kana, hit.end
        while mk < se and toks[mk].is_word and starts_adjunct(ctx, mk, se):
            mk += 1
    elif mk is None:
        if ctx.sent_start[hit.start] < hit.start and (toks[hit.start - 1].norm in ctx.lex.kama
                                                      or as_what(ctx, hit.start)):
            sp = prep_speaker(ctx, hit.end, se)
            rest = trim(ctx, sp[1], se)
            after = ctx.hit_at.get(sp[1] + 1 if toks[sp[1]].norm in COMMAS else sp[1])
            # …، كما أعلن مصدر عسكري [محملا] …: a participle after the speaker opens a claim of its own
            ends = rest[1] <= rest[0] or (after is not None and (toks[sp[1]].norm in COMMAS
                                                                  or after.cue.kind == "participle")) \
                or (_mid_clause(ctx, hit) and _as_source_ends(ctx, hit, sp, se))
            if sp[1] > sp[0] and (ends or not cue.object) and not (agreement(ctx, hit) == "p" and not hit.suffixed):
                # (but: كما رددوا [هتافات] …: a plural verb carries its subject, the noun after is its object)
                # …، كما أعلن حاكم المحافظة.: the speaker ends the sentence, the content precedes
                read_before(ctx, hit, cue_span, hit.end, se, kind="verb")
                return
        if not cue.object or present:
            return
        prev = toks[hit.start - 1].norm if hit.start > ctx.sent_start[hit.start] else ""
        after = toks[hit.end].norm if hit.end < se else ""
        resumptive = after in ctx.lex.prep_pronouns or after in ctx.lex.speaker_stops  # التي دعا [إليها] X
        rel = prev if prev in ctx.lex.relative_agreement else prev[1:]
        agrees = ctx.lex.relative_agreement.get(rel) == agreement(ctx, hit)  # الذي أعلن، التي أعلنت
        if rel in ctx.lex.relative_agreement and resumptive:
            return  # القمة التي دعا إليها الرئيس: the noun before is the object, no statement follows
        if not hit.suffixed and not resumptive and agrees:
            # الحكومة التي أعلنت مؤخرا تحرير المدينة: the subject is the noun before the relative pronoun
            # (but: الملا عمر الذي أعلنت الأجهزة وفاته — the verb does not agree, its subject follows)
            back = lookback(ctx, hit)
            content = content_range(ctx, skip_adjuncts(ctx, hit.end, se), se)
            if back is not None and content is not None:
                emit(ctx, hit, cue_span, _relative_object(ctx, hit, content), back, via)
            return
        if hit.end < se and toks[hit.end].is_word and is_time(ctx, hit.end) and not hit.conj:
            back = lookback(ctx, hit)
            if back is not None:
                # إلا أن الحكومة أعلنت [مؤخرا] تحرير المدينة: a time after the cue, the subject before it
                content = content_range(ctx, skip_adjuncts(ctx, hit.end, se), se)
                if content is not None:
                    emit(ctx, hit, cue_span, content, back, via)
                return
        first = toks[hit.end] if hit.end < se else None
        if first is not None and first.norm in ctx.lex.prep_pronouns and hit.end + 1 < se and not hit.suffixed:
            nxt = toks[hit.end + 1]
            sp = _document_maker(ctx, hit)
            if sp is not None and (nxt.norm in ctx.lex.object_heads or nxt.norm in ctx.lex.report_nouns
                                   or possessed_object(ctx, hit.end + 1, after_cue=True)):
                # تقريرا وثقت [فيه] حصيلة الضحايا …، بيانا أعلنت فيه رفضها …: the resumptive pronoun of the
                # document, then the object; the subject is the one before
                content = content_range(ctx, hit.end + 1, se)
                if content is not None:
                    emit(ctx, hit, cue_span, content, sp, via)
                return
        if first is not None and first.norm in ctx.lex.preps_all:
            # وطلبت من الأهالي …: a preposition is no subject; the speaker is the antecedent
            content = content_range(ctx, hit.end, se)
            if content is not None:
                emit(ctx, hit, cue_span, content, lookback(ctx, hit), via)
            return
        if hit.conj and not hit.suffixed and not (deeds is not None and stop > hit.end) \
                and _continues_claim(ctx, hit, se):
            # (but: …، وتبنت مقاومة آزال، أخيرا، 11 عملية: words before the deed are a subject of its own)
            # أدانت الحكومة الهجمات واستنكرت [استغلال الأطفال] …: the same subject goes on, the noun
            # after the cue is its object
            content = content_range(ctx, hit.end, se)
            if content is not None:
                emit(ctx, hit, cue_span, content, None, via)
            return
        if agreement(ctx, hit) == "p" and not hit.suffixed:
            # وأكدوا [ضرورة التلاحم] …: a plural verb carries its subject (a subject after the verb
            # would leave it singular: وأكد المشاركون); what follows is the object
            content = content_range(ctx, skip_adjuncts(ctx, hit.end, se), se)
            if content is not None:
                emit(ctx, hit, cue_span, content, None if hit.conj else lookback(ctx, hit), via)
            return
        if not hit.suffixed and (possessed_object(ctx, hit.end, after_cue=True)
                                 or (hit.end < se and toks[hit.end].norm in ctx.lex.object_heads)):
            # منذ أن أعلنت [مبايعتها] لتنظيم …: a noun with a pronoun right after the cue is its object;
            # so is a stance noun (وأكد [تضامن] دولة X مع …، وجدد [رفض] بلاده …);
            # the subject is the one written before, or the antecedent
            content = content_range(ctx, hit.end, se)
            if content is not None:
                emit(ctx, hit, cue_span, content, None if hit.conj else lookback(ctx, hit), via)
            return
        e = np_end(ctx, hit.end, min(stop, se))
        if e <= hit.end:
            return
        e = name_between_commas(ctx, e, se) or apposition_between_commas(ctx, e, se) or e
        if e < se and toks[e].norm in COMMAS and toks[hit.end].norm == QUOTE and toks[e - 1].norm == QUOTE:
            # أعلن «جيش الإسلام»، [في بيان،] حملة …: a quoted name speaks; after its comma the adjuncts,
            # then the object (an apposition with no comma to close it stays in the content)
            k = skip_adjuncts(ctx, e + 1, se)
            content = content_range(ctx, k, se) if k < se and toks[k].is_word else None
            if content is not None:
                emit(ctx, hit, cue_span, content, (hit.end + 1, e - 1), vias(ctx, e + 1, k))
            return
        # دان أمين سر المجلس، [عادل الخرافي]، العمل …؛ وناشدت والدة الصحفي X، [المختفي قسريا]، جهات …
        if _object_first(ctx, hit.end, e, se):
            # وأعلن [تحرير 59 رهينة] بينهم …: an indefinite object, the subject is the one before
            content = content_range(ctx, hit.end, se)
            if content is not None:
                emit(ctx, hit, cue_span, content, None if hit.conj else lookback(ctx, hit), via)
            return
        if e < se and toks[e].norm in COMMAS and e + 1 < se and toks[e + 1].norm in ctx.lex.appositives:
            # أعلن X، وهو أبرز حزب معارض، أمس استعداده …: skip the apposition
            close = next((j for j in range(e + 2, min(se, e + 16)) if toks[j].norm in COMMAS), None)
            if close is not None:
                e2 = skip_adjuncts(ctx, close + 1, se)
                if e2 < se and toks[e2].is_word:
                    content = content_range(ctx, e2, se)
                    if content is not None:
                        emit(ctx, hit, cue_span, content, (hit.end, e), via)
                    return
        if e >= se or toks[e].norm in SENT_PUNCT or (e == stop and _subject_before(ctx, hit, e)) or (toks[e].norm in COMMAS and (
                e + 1 >= se or toks[e + 1].norm in ctx.lex.clause_openers or (e + 1) in ctx.hit_at)):
            # كما أكد [سقوط بعض القتلى]، لكنه: nothing follows the noun phrase, so it is the object
            back = None if hit.conj else lookback(ctx, hit)
            emit(ctx, hit, cue_span, (hit.end, e), back, via)
            return
        speaker = (hit.end, e)
        if deeds is not None and e < stop < se and toks[stop].norm in deeds and toks[e].norm in ctx.lex.descriptor_preps \
                and all(toks[j].is_word and not is_time(ctx, j) for j in range(e, stop)):
            e = stop  # وتبنى الجناح العسكري [في الحركة] الهجوم: the speaker's own phrase runs up to the deed
            speaker = (hit.end, e)
        if toks[hit.end].norm == QUOTE and toks[e - 1].norm == QUOTE:
            speaker = (hit.end + 1, e - 1)  # أعلن «جيش الإسلام» حملة …: the name inside its quotes
        k = e
        # adjuncts between the speaker and the object (أمس، لـ«عكاظ»، بأشد العبارات،)
        j = k
        while j < se and j < k + 5 and toks[j].norm not in COMMAS:
            j += 1
        if j < se and toks[j].norm in COMMAS and j < k + 5 and adverbial(ctx, k) \
                and not (toks[k].norm in ctx.lex.demonstratives and not is_time(ctx, k)):
            # (but: وتبنت الحركة [هذا الهجوم]، الذي …: a demonstrative that names no time opens the object)
            via = vias(ctx, k, j)
            k = j + 1
        else:
            k2 = skip_adjuncts(ctx, k, se)
            via = vias(ctx, k, k2)
            k = k2
        if k >= se or not toks[k].is_word:
            back = None if hit.conj else lookback(ctx, hit)
            if back is None:
                return
            speaker, k = back, hit.end  # إلا أن الوزارة نفت الأمر
        elif k == e and toks[k].norm in ctx.lex.preps_all:
            # وأكد X الموظف [في محاكم الجنايات في …] مقتل …: the prepositional phrase still describes the
            # speaker when a stance or report noun follows it before any punctuation
            obj = next((j for j in range(k + 1, min(se, k + DESCRIPTOR_WORDS))
                        if not toks[j].is_word or toks[j].norm in ctx.lex.object_heads), None)
            if obj is not None and toks[obj].is_word:
                k = obj
        mk = k
    else:
        a0 = hit.end
        doc_pronoun = toks[a0].norm in ctx.lex.prep_pronouns and not hit.suffixed
        if doc_pronoun and a0 + 1 < stop and toks[a0 + 1].is_word and toks[a0 + 1].norm not in ctx.lex.speaker_stops:
            a0 += 1  # في الوقت الذي أكدت [فيه] مصادر صحفية أن …: the resumptive pronoun, then the subject
        lead = leading_outlet(ctx, a0, stop)
        s, e, via = split_region(ctx, a0, stop) if lead is None else (a0, a0, [lead])
        manner = ctx.hit_at.get(stop)
        if e > s and ((manner is not None and stop in ctx.skip and manner.cue.lemma in ctx.lex.manner_participles)
                      or cue.lemma in ctx.lex.topic_prep_cues):
            e = max(s + 1, min(e, np_end(ctx, s, e)))  # وعلق X [على الحادثة] قائلا: the speaker ends before it
        if cue.lemma in ctx.lex.objects_end_speech and not hit.suffixed and e > s:
            ne = np_end(ctx, s, e)
            if s < ne < e and possessed_object(ctx, ne):
                return  # تابع الأمن التركي [عملياته] …: a verb with an object, not a statement
        if e > s and toks[s].norm in ctx.lex.preps_all and not named_ya(ctx, s):
            # وأضاف [في حديثه لقناة X]: a prepositional phrase is no subject; the speaker is implicit
            via, e = vias(ctx, s, stop), s
        if e > s and s == a0 and not hit.suffixed and ((toks[s].norm in ctx.lex.object_heads and not (
                s + 1 < e and toks[s + 1].norm in ctx.lex.divine_epithets)) or (
                toks[s].suffix and toks[s].suffix in ctx.lex.object_suffixes and toks[s].stem in ctx.lex.own_words)):
            # ولفت [النظر] إلى أن …: a stance noun right after the cue is its object, never its subject
            # (but: يقول الحق سبحانه: الحق before an epithet of God is His name);
            # وتابع [قوله] إن …: the speaker's own words with his pronoun, the speaker is the antecedent
            e = s
        if e > s and agreement(ctx, hit) == "p" and not hit.suffixed:
            # وأكدوا [للصحفيين] أن …، وأعلنوا [رفضهم] …: a plural verb carries its subject
            if cue.object and not is_comp(ctx, mk):
                mk = s
            e = s
        if e > s and toks[s].norm in ctx.lex.not_speakers and cue.lemma != ctx.lex.morph["say_verb"]:
            mk, e = s, s  # ودعا الله أن …: a prayer, the speaker is the antecedent
        if e == s + 1 and cue.object and not hit.suffixed and possessed_object(ctx, s):
            mk, e = s, s  # التي أعلنت [مسؤوليتها] عن …: a noun with a pronoun is the object, not the speaker
        if e > s and ((toks[s].prefix == ctx.lex.morph["lam"] and not is_def(toks[s], ctx.lex)
                       and not _surname_elsewhere(ctx, s))
                      or toks[s].norm in ctx.lex.prep_pronouns):
            s += 1  # وقال [لوالده]: «…»، الذي قال [لي]: «…»: the one spoken to, not the speaker
        inner = next((k for k in range(s + 1, e) if k in ctx.hit_at
                      and (ctx.hit_at[k].cue.form in ctx.lex.relay_preps
                           or ctx.hit_at[k].cue.form in ctx.lex.outlet_preps)), None)
        if inner is not None:
            ih = ctx.hit_at[inner]
            ctx.skip.add(inner)
            vs, ve = trim(ctx, ih.end, e)
            s_body, e_body = trim(ctx, s, inner)
            if ve > vs and e_body > s_body:
                if ih.cue.form in ctx.lex.outlet_preps:
                    # وأفادت مصادر بحسب قناة X بأن …: the sources speak, the outlet relays
                    via = [tok_span(ctx, vs, ve)] + via
                    s, e = s_body, e_body
                elif ih.cue.form in ctx.lex.mouthpieces:
                    # عبرت الجامعة على لسان رئيسها X: the body speaks; X is who a later وأضاف means
                    ctx.voice = (vs, ve)
                    s, e = s_body, e_body
                elif _ends_with_person(ctx, e_body):
                    # وقال المبعوث X نقلا عن مصادر محلية إن …: a person speaks, citing his sources
                    s, e = s_body, e_body
                else:
                    # قالت الوكالة نقلا عن الوزارة إن …: the ministry speaks, the agency relays
                    via = [tok_span(ctx, s_body, e_body)] + via
                    s, e = vs, ve
        outlet = _outlet_after(ctx, e, mk) if e > s else None
        if outlet is not None:
            # وأفادت مصادر [بحسب قناة X] بأن …: the outlet relays the sources
            via = [outlet] + [v for v in via if v.start != outlet.start]
        if e > s and cue.prep and not is_comp(ctx, mk) and not (mk + 1 < se and is_comp(ctx, mk + 1)) \
                and toks[mk].norm[:1] in ctx.lex.morph["ba"] + ctx.lex.morph["lam"]:
            commas = [j for j in range(s + 1, e) if toks[j].norm in COMMAS]
            if len(commas) == 1 and e == stop:
                # طالب الرئيس X، البلد الجار Y بالتصدي لـ …: one comma, no closing one: the object follows it
                mk, e = commas[0] + 1, commas[0]
        pe = ctx.place_end.get(s) if e > s else None
        if pe is not None and s < pe < e and ctx.place_end.get(pe, e + 1) <= e:
            # واتهمت تركيا [روسيا] بخرق …، ودعت واشنطن [موسكو] إلى …: two toponyms, the first the subject
            # (a state speaking), the second the object, where the content starts
            speaker = (s, pe)
            mk = pe
            e = s
        head = toks[s].norm if e > s else ""
        before = toks[hit.start - 1].norm if hit.start > ctx.sent_start[hit.start] else ""
        # لم تكتف السلطة بـ … بل طالبت [المحكمة] بـ … (but: ثم قال بعض العلماء إن …)
        same_subject = before in ctx.lex.same_subject and cue.object and not is_comp(ctx, mk)
        named_end = ctx.ent_end.get(s, s + 1 if s in ctx.ent_single else None) if e > s else None
        if named_end is not None and cue.lemma in ctx.lex.transitive and not hit.suffixed and e == stop \
                and named_end < e and is_def(toks[named_end], ctx.lex) and toks[named_end].norm not in ctx.lex.titles \
                and not toks[named_end].norm.endswith(ctx.lex.adjective_endings):
            mk, e = named_end, named_end  # ووصف [نتانياهو] الهجوم بأنه …: a name, then the object
        elif e > s and (cue.lemma in ctx.lex.transitive or same_subject) and not hit.suffixed and e == stop \
                and head not in ctx.lex.titles and head not in ctx.lex.descriptor_heads and not abbreviated_title(ctx, s) \
                and np_end(ctx, s, e) >= e \
                and not _lede(ctx, hit):
            mk, e = s, s  # واتهمت [جبهة النصرة] بخطف …: one noun phrase is the object; the speaker is before
        if speaker is not None:
            pass  # two toponyms: read above
        elif e > s:
            if _object_after_title(ctx, hit, s, e, stop):
                mk = e = e - 1  # ووصف الوزير [الهجوم] بأنه …: a transitive cue's object, not the title's name
            elif cue.object and not cue.bare and outlet is None:
                ne = np_end(ctx, s, e)
                comp = is_comp(ctx, mk) or (mk + 1 < se and is_comp(ctx, mk + 1))
                pp = ne < e and toks[ne].norm in ctx.lex.preps_all  # بعثة الأمم [في مالي] عن …
                rel = ne + 1 < se and toks[ne].norm in COMMAS and toks[ne + 1].norm in ctx.lex.relatives
                if s < ne <= e and not pp and not rel and (not only_adjuncts(ctx, e, stop) or (ne < e == stop and not comp)):
                    # (but: ودعا التنظيم[، الذي يصفه …،] إلى …: a relative clause describes the speaker)
                    # واتهم معارضون [الرئيس … باستغلال]; أعلنت الأجهزة الأربعاء [وفاته]
                    k2 = skip_adjuncts(ctx, ne, se)
                    via = vias(ctx, ne, k2)
                    mk, e = k2, ne
            if s < (ne := np_end(ctx, s, e)) < e and ((ne - 1) in ctx.place_last or (ne - 1) in ctx.person_last) \
                    and object_after_name(ctx, ne):
                e = ne  # وحذر الرئيس محمد بخاري [الولايات المتحدة] من أن …: the name ends the speaker, its object follows
            speaker = _fronted_subject(ctx, hit) or (s, e)  # (أوباما دعا [الكونغرس] إلى …: SVO, the object)
        relayed = relay_in_region(ctx, e, mk)
        if relayed is not None and e > s:
            # قالت الوكالة نقلا عن الوزارة إن …: the ministry speaks, the agency relays
            via = [tok_span(ctx, s, e)] + via
            speaker = relayed
    if speaker is None:
        if hit.suffixed:
            a = opener_subject(ctx, hit.start)
            if a is not None:
                speaker = (a, hit.start)  # …، غير أن مسؤولين محليين وصفوهم بأنهم …
            elif not (hit.conj and mk == hit.end):
                return  # في إطار توعدها: a verbal noun with a pronoun, not a verb with its subject
            # أدانت الحكومة الهجمات ووصفتها بأنها …: a verb (و + its content right after), the subject before
        if cue.form in ctx.lex.impersonal and not hit.conj:
            return  # أشلاء يعتقد أنها …: the impersonal passive, the noun before is no subject
        if doc_pronoun:
            speaker = _document_maker(ctx, hit)  # أصدرت الوزارة بيانا أكدت [فيه] أن …
        elif hit.start > 0 and toks[hit.start - 1].norm in ctx.lex.same_subject:
            speaker = _opening_subject(ctx, hit)  # وانسحب [المقاتلون] من البلدة ثم أعلنوا …
        if speaker is None:
            speaker = lookback(ctx, hit) or crowd_subject(ctx, hit)
        if speaker is None and (cue.present or passive) and not (
                cue.present and hit.conj and cue.lemma in ctx.lex.continuation_cues
                and (mk == hit.end or (mk == hit.end + 1 and toks[hit.end].norm in COLONS))
                and hit.start == ctx.sent_start[hit.start]):
            # ونُسب الهجوم إلى …: no subject named, a passive (but: ويضيف «…»، ويتابع: …: opening a sentence
            # with its words right after it, 'he goes on' tells the last speaker's next words)
            return
    elif toks[speaker[0]].norm in ctx.lex.pronoun_speakers and speaker[1] == speaker[0] + 1:
        speaker = crowd_subject(ctx, hit) or speaker  # وتجمع المحتجون … [وهم] يهتفون «…»
    # ما وصفه مسؤولون بأنه «…»: the quoted words are the claim
    content = content_range(ctx, mk, max(se, mk + 1), quoted_only=hit.strict)
    if content is not None:
        emit(ctx, hit, cue_span, _relative_object(ctx, hit, content), speaker, via)


def as_what(ctx: Ctx, k: int) -> bool:
    """Is the cue at k preceded by على ما (…، على ما أعلن مصدر عسكري: 'as a military source said')?"""
    toks = ctx.toks
    return k - 2 >= ctx.sent_start[k] and toks[k - 1].norm in ctx.lex.ma and toks[k - 2].norm in ctx.lex.as_what


def _as_source_before(ctx: Ctx, hit: Hit, mk: int, se: int) -> bool:
    """كما/على ما + the cue and its source, then a content marker at mk that is not this cue's (after a comma
    or in a relative clause of the source's report): 'as X said'."""
    toks = ctx.toks
    if not _mid_clause(ctx, hit) or not (toks[hit.start - 1].norm in ctx.lex.kama or as_what(ctx, hit.start)):
        return False
    s, e = prep_speaker(ctx, hit.end, se)
    return s < e < mk and _as_source_ends(ctx, hit, (s, e), se)


def _mid_clause(ctx: Ctx, hit: Hit) -> bool:
    """Do words of the sentence stand before كما/على ما (so that it means 'as', not 'also': كما أعلنت
    المقاومة سيطرتها …)?"""
    k = hit.start - (2 if as_what(ctx, hit.start) else 1)
    return k > ctx.sent_start[hit.start] and any(ctx.toks[j].is_word for j in range(ctx.sent_start[hit.start], k))


def _as_source_ends(ctx: Ctx, hit: Hit, sp: tuple[int, int], se: int) -> bool:
    """After "كما أعلن X" / "على ما أعلن X" (X ending before e): does the comparison clause end with its
    source? Only times and channels follow it (…، كما أعلنت الشرطة [الأسبوع الماضي].), or a comma
    closes it (…، كما أعلنت الشرطة، من دون أن …), or a prepositional phrase with no complementizer or cue
    after it (…، على ما أعلنت البعثة [في تقرير تنشره كل نصف عام].). Then 'as X said' attributes the
    clause before; an object after the source (كما أعلن الجيش مقتل …: 'also') does not end it, nor does a
    noun with a pronoun read into the source (…، كما أعلنت المقاومة [سيطرتها] على …)."""
    toks, lex = ctx.toks, ctx.lex
    e = sp[1]
    if any(toks[j].suffix and toks[j].suffix in lex.object_suffixes for j in range(sp[0], e)):
        return False
    ne = np_end(ctx, sp[0], e)
    if ne < e and not (toks[ne].is_word and toks[ne].norm[:1] in lex.conj):
        return False  # (but: …، كما أعلنت البلاد [الحداد] لمدة يوم: the object after the source)
    if e >= se:
        return True
    if toks[e].norm in COMMAS:
        k = skip_adjuncts(ctx, e + 1, se)  # (but: كما أعلن الجيش، [أمس]، مقتل …: the object after the commas)
        if k >= se or not toks[k].is_word:
            return True
        # …، كما أعلنت الشرطة، [من دون] أن …، كما توقع محللون، [ولجأوا] …: the clause goes on, or ends
        # (but: كما كشف X، [المدير] التنفيذي للحركة، عن …: an apposition of the source, its content after)
        w = toks[k].norm
        return k == e + 1 and not is_comp(ctx, k) and (
            (w[:1] in lex.conj and len(w) > 2 and w[1:] not in lex.preps_all) or w in lex.clause_openers
            or phrase_len(ctx, lex.content_stops, k) > 0
            or (w in lex.preps_all and k + 1 < se and phrase_len(ctx, lex.content_stops, k + 1) > 0))
    k = skip_adjuncts(ctx, e, se)
    if k >= se or not toks[k].is_word:
        return True
    if k == e and (toks[k].norm not in lex.via_openers or toks[k].norm in lex.preps.get(hit.cue.prep, ())):
        return False  # (but: كما أكد الوزير [على] ضرورة …: the cue's own preposition opens its content)
    s0 = sp[0]
    w0 = toks[s0].norm
    if not (is_def(toks[s0], lex) or s0 in ctx.ent_end or s0 in ctx.ent_single or s0 in ctx.place_end
            or w0 in lex.agent_heads or w0 in lex.titles or w0 in lex.descriptor_heads or w0 in lex.human_plurals
            or w0 in lex.indefinite_sources):
        return False  # (but: كما أكد [ثبوت] تورط المجموعة في …: a verbal noun, the object)
    own = lex.preps.get(hit.cue.prep, ())
    if k > e and not any(toks[j].norm in lex.via_openers for j in range(e, k)):
        return False  # a time, then an object (كما أعلن الجيش أمس مقتل …)
    for j in range(k, se):
        if toks[j].norm in COMMAS or toks[j].norm in SENT_PUNCT:
            return not (j + 1 < se and is_comp(ctx, j + 1))  # (but: كما أكد الوزير في كلمته، أن …)
        if is_comp(ctx, j) or (j in ctx.hit_at and not ctx.hit_at[j].suffixed) or toks[j].norm in own:
            # (but: كما حثت الأطراف المشاركة في المواجهات [على] ممارسة …: the cue's preposition, its content)
            return False  # (a verb with an object pronoun describes the report: في تقرير [تنشره] كل شهر)
    return True


DESCRIPTOR_WORDS = 12  # words a prepositional phrase describing a speaker may take before the object


def _ends_with_person(ctx: Ctx, e: int) -> bool:
    """Does a person's name (PER, entities stage) end right before token e?"""
    end = ctx.toks[e - 1].span.end
    return any(x.label == "PER" and x.span.end == end for x in ctx.doc.entities)


def _name_end(ctx: Ctx, k: int) -> int | None:
    """End of the name (entities or places stage) starting at token k, or None."""
    if k in ctx.ent_end:
        return ctx.ent_end[k]
    if k in ctx.ent_single:
        return k + 1
    return ctx.place_end.get(k)


def _read_double_object(ctx: Ctx, hit: Hit, cue_span: Span, se: int) -> None:
    """وحملت [المنظمة] [الحكومة] المسؤولية عن …: a cue with two objects (cue_requires: its second object
    is the required word). The subject is a name right after the cue, or the words before a name ending at
    the required word, or the first noun phrase; the content runs from the first object. With a single
    noun phrase before the required word the subject is written before the cue (الجيش الذي يحمل حماس
    مسؤولية …) or is the antecedent."""
    toks, lex = ctx.toks, ctx.lex
    need = lex.cue_requires[hit.cue.lemma]
    r = next((j for j in range(hit.end, min(se, hit.end + REQUIRED_WITHIN)) if toks[j].norm in need), None)
    if r is None or r <= hit.end:
        return
    a = _skip_time_adjunct(ctx, hit.end, r)
    if a >= r:
        return
    obj = None
    first = _name_end(ctx, a)
    if first is not None and first < r:
        obj = first  # وحمل [الحوثيون] الأمم المتحدة مسؤولية …
    else:
        for j in range(a + 1, r):
            if _name_end(ctx, j) == r:
                obj = j  # وحمل مسؤول تركي [حزب العمال الكردستاني] مسؤولية …
                break
        if obj is None:
            e = np_end(ctx, a, r)
            obj = e if a < e < r else None
    while obj is not None and obj < r and not toks[obj].is_word:
        obj += 1
    speaker = trim(ctx, a, obj) if obj is not None else None
    start = obj if obj is not None else a
    if speaker is None:
        back = lookback(ctx, hit) if not hit.conj else None
        speaker = back
        if speaker is None and hit.cue.present:
            return
    content = content_range(ctx, start, se)
    if content is not None:
        emit(ctx, hit, cue_span, _relative_object(ctx, hit, content) if obj is None else content, speaker, [])


def _read_renewed(ctx: Ctx, hit: Hit, cue_span: Span, se: int) -> None:
    """وجدد الوزير التأكيد على …، وجدد الرئيس اليمني، تأكيداته بأن …: a verb that repeats a statement is a cue
    only with a statement noun (renewed_statements) a few words on; the words between are the subject (none:
    the one written before, or the antecedent), the content follows the noun."""
    toks, lex = ctx.toks, ctx.lex
    need = lex.renewed_statements[hit.cue.lemma]
    r = next((j for j in range(hit.end, min(se, hit.end + REQUIRED_WITHIN)) if toks[j].norm in need), None)
    if r is None or r + 1 >= se or any(j in ctx.hit_at or not toks[j].is_word and toks[j].norm not in COMMAS
                                       for j in range(hit.end, r)):
        return  # تجدد القتال: no statement
    a = _skip_time_adjunct(ctx, hit.end, r)
    a, b = trim(ctx, a, r)
    speaker = (a, b) if b > a else (None if hit.conj else lookback(ctx, hit))
    if speaker is None and hit.cue.present:
        return
    content = content_range(ctx, r + 1, se)
    if content is not None:
        emit(ctx, hit, cue_span, content, speaker, [])


def _skip_time_adjunct(ctx: Ctx, a: int, r: int) -> int:
    """The first token at or after ``a`` past punctuation and a time adjunct (حمل [منذ مساء الاثنين]
    التنظيم …، حمل [أمس] الجيش …): a time, or a stop preposition followed by a time."""
    toks = ctx.toks
    while a < r and not toks[a].is_word:
        a += 1
    b = a + 1 if a < r and toks[a].norm in ctx.lex.speaker_stops and a + 1 < r and is_time(ctx, a + 1) else a
    if b < r and is_time(ctx, b):
        while b < r and (is_time(ctx, b) or not toks[b].is_word):
            b += 1
        return b
    return a


def _object_after_title(ctx: Ctx, hit: Hit, s: int, e: int, stop: int) -> bool:
    """Is the last word of the speaker region [s, e) the object of a transitive cue (ووصف الوزير
    [الهجوم] بأنه، واتهم الرئيس الأسد [المعارضة] بـ): a definite noun, no adjective and in no name,
    right after a bare title or a name?"""
    toks, lex = ctx.toks, ctx.lex
    last = e - 1
    if e != stop or last <= s or hit.suffixed or hit.cue.lemma not in lex.transitive:
        return False
    w = toks[last]
    if not is_def(w, lex) or last in ctx.ent_end or last in ctx.ent_inside or w.norm in lex.titles:
        return False
    plural = w.norm.endswith(lex.plural_endings)
    title = toks[s].norm in lex.titles
    construct = last - 2 == s and not is_def(toks[s], lex) and is_def(toks[s + 1], lex)  # وزير الخارجية
    if title and (last - 1 == s or construct):
        # a bare title: an adjective would agree with it, so a plural (الحوثيين) is the object
        return plural or not adjective_like(lex, w.norm)
    if any(ctx.ent_end.get(j) == last for j in range(s, last)):
        return not w.norm.endswith(lex.adjective_endings) or plural  # after a name, no nisba of it
    return False


def _paired_preposition(ctx: Ctx, hit: Hit) -> bool:
    """بين الجيش والمسلحين، وبين المسلحين أنفسهم: a cue spelling (وبين 'and he explained') that repeats a
    preposition standing earlier in its sentence (بين, بينهم) is the second of the pair, no verb."""
    lex, toks = ctx.lex, ctx.toks
    w = toks[hit.start].norm
    if w not in lex.paired_prepositions:
        return False
    bare = w[1:]
    return any(toks[k].norm == bare or (toks[k].norm.startswith(bare) and toks[k].norm[len(bare):] in lex.object_suffixes)
               for k in range(ctx.sent_start[hit.start], hit.start))


def _rhetorical(ctx: Ctx, hit: Hit) -> bool:
    """من قال إن الأمن مضمون؟: a cue right after a question word, in a question, attributes nothing."""
    toks, lex = ctx.toks, ctx.lex
    if hit.start - 1 < ctx.sent_start[hit.start] or toks[hit.start - 1].norm not in lex.interrogatives:
        return False
    return toks[ctx.sent_end[hit.start] - 1].norm in QUESTION_MARKS


def _relative_object(ctx: Ctx, hit: Hit, content: tuple[int, int]) -> tuple[int, int]:
    """حركة الشباب التي أعلنت [مسؤوليتها عن التفجير] هجمات …: a cue inside a relative clause takes a
    noun-phrase object and one prepositional phrase; what follows is the main clause again."""
    toks, lex = ctx.toks, ctx.lex
    a, b = content
    if ctx.clause_end is not None:
        return content  # a relative clause inside a speaker: already bounded by the outer claim
    prev = toks[hit.start - 1].norm if hit.start > ctx.sent_start[hit.start] else ""
    if prev not in lex.relatives or not toks[a].is_word or is_comp(ctx, a) or toks[a].norm in lex.preps_all:
        return content
    k = np_end(ctx, a, b)
    for _ in range(8):  # وفاته [قبل سنتين] [في باكستان]: the clause's own adjuncts
        if not a < k < b - 1:
            break
        w = toks[k].norm
        if w in lex.time_words:
            k += 1
        elif w in lex.preps_all:
            k = min(b, max(k + 2, np_end(ctx, k + 1, b)))
        elif w in lex.speaker_stops:  # [قبل عام]، [بعد 3 أيام]: a time phrase of one noun
            k = min(b, k + (3 if k + 1 < b and toks[k + 1].norm.isdigit() else 2))
        else:
            break
    return (a, k) if a < k < b else content


def _continues_claim(ctx: Ctx, hit: Hit, se: int) -> bool:
    """Does a و-cue go on with the subject of a claim earlier in its sentence, its object right after it
    (أدانت الحكومة الهجمات واستنكرت استغلال الأطفال)? So when the word after the cue is an indefinite
    noun that is no name, title or source word (a subject after the cue would be one of those, or
    definite)."""
    if ctx.last is None or ctx.last_cue_tok < ctx.sent_start[hit.start]:
        return False
    return object_word(ctx, hit.end, se)


def _object_first(ctx: Ctx, a: int, e: int, se: int) -> bool:
    """Is the noun phrase [a, e) after an object cue its object rather than its subject? So when no word
    of it is definite, it is no name, title or source word, and a preposition with a pronoun follows it
    (تحرير رهائن [بينهم] أطفال), or a preposition follows a phrase holding a count (مقتل 5 [في] …)."""
    lex, toks = ctx.lex, ctx.toks
    w = toks[a].norm
    if any(is_def(toks[k], lex) for k in range(a, e)) or a in ctx.ent_end or e >= se or not toks[e].is_word:
        return False  # وزارة الدفاع في بيان …: a definite construct may be the subject
    if w in lex.titles or w in lex.descriptor_heads or w in lex.report_nouns or w[1:] in lex.titles:
        return False
    if toks[e].norm in lex.prep_pronouns:
        return True  # تحرير رهائن [بينهم] …
    # مقتل 5 [في] …: a count in the phrase; a subject (شركة غاز قطر في بيان …) carries none
    nxt = toks[e].norm
    prep = nxt in lex.preps_all or (nxt[:1] == lex.morph["ba"] and len(nxt) > 3)  # مقتل 2 وإصابة 4 [بجروح]
    return prep and any(toks[k].norm[:1].isdigit() or toks[k].norm in lex.number_words for k in range(a, e))


def _outlet_after(ctx: Ctx, a: int, b: int) -> Span | None:
    """``وأفادت مصادر بحسب قناة X كذلك بأن``: the outlet named by a بحسب between the speaker (ending at a)
    and the content marker b, as a via; the بحسب is read no further."""
    toks, lex = ctx.toks, ctx.lex
    k = next((j for j in range(a, b) if j in ctx.hit_at and ctx.hit_at[j].cue.form in lex.outlet_preps), None)
    if k is None:
        return None
    ctx.skip.add(k)
    j = ctx.hit_at[k].end
    while j < b and toks[j].is_word and toks[j].norm not in lex.speaker_stops and not is_time(ctx, j):
        j += 1
    vs, ve = trim(ctx, ctx.hit_at[k].end, j)
    return tok_span(ctx, vs, ve) if ve > vs else None


def _lede(ctx: Ctx, hit: Hit) -> bool:
    """``اتهمت الحكومة الأوكرانية الانفصاليين … بـ`` opening the article (the cue its first word): no claim
    read yet and no subject before the cue, so nobody else could be speaking; the noun phrase after the cue
    is its subject (VSO). Not mid-sentence: وصدور تقرير يتهم سلطات المدينة بـ … has its object there."""
    return ctx.last is None and hit.start == ctx.sent_start[hit.start] == 0 and lookback(ctx, hit) is None


def _surname_elsewhere(ctx: Ctx, k: int) -> bool:
    """``وقال ليسينكو إن …`` after ``أندريه ليسينكو``: a word opening with ل that the article writes
    elsewhere after the first word of a person's name (entities stage) is that surname, not لـ + a noun."""
    word = ctx.toks[k].span.text
    here = ctx.toks[k].span.start
    for e in ctx.doc.entities:
        if e.label == "PER" and e.span.start != here and word in e.span.text.split()[1:]:
            return True
    return False


def _document_maker(ctx: Ctx, hit: Hit) -> tuple[int, int] | None:
    """أصدرت قيادة القوات، اليوم، بيانا أوضحت فيه أن …؛ نشرت الشبكة تقريرا … وثقت فيه …: for a cue with the
    pronoun of a document after it, the subject of the verb opening the sentence when that verb's object,
    right after its subject (times and commas aside), is a document (a channel or report word); so too
    after كان and قد (وكانت قيادة القوات قد أصدرت بيانا أوضحت فيه …); a call or cable from someone (تلقى X
    اتصالا من Y أعرب فيه …) is Y's."""
    toks, lex = ctx.toks, ctx.lex
    candidates = []
    sp = _opening_subject(ctx, hit, construct=True)
    if sp is not None:
        candidates.append((sp, sp[1]))
    s0 = ctx.sent_start[hit.start]
    w0 = toks[s0].norm
    if w0 in lex.kana or (w0[:1] in lex.conj and w0[1:] in lex.kana):
        q = next((j for j in range(s0 + 2, min(hit.start, s0 + 12)) if toks[j].norm in lex.qad), None)
        if q is not None and all(toks[j].is_word for j in range(s0 + 1, q)):
            candidates.append(((s0 + 1, q), q + 2))  # كان, the subject, قد, the verb, then the document
    # تلقى X اتصالا هاتفيا أمس من [Y …] أعرب فيه/خلاله عن …: the one the call or cable came from (before
    # the subject of the opening verb, who received it)
    frm = lex.preps.get(lex.morph["from"], frozenset())
    for j in range(hit.start - 2, max(s0, hit.start - DOCUMENT_SENDER_WORDS) - 1, -1):
        if not toks[j].is_word or j in ctx.hit_at:
            break
        if toks[j].norm in frm:
            d = j - 1
            while d > s0 and j - d <= DOCUMENT_ADJUNCT_WORDS and not _document_word(ctx, d) and (
                    is_time(ctx, d) or toks[d].norm in lex.time_words or not toks[d].is_word
                    or (not toks[d].prefix and not is_def(toks[d], lex))):
                d -= 1  # اتصالا [هاتفيا] [أمس] من …، اتصالا [آخر] من …
            if d >= s0 and _document_word(ctx, d):
                return trim(ctx, j + 1, hit.start)
            break
    for sp, k in candidates:
        while k < hit.start and (not toks[k].is_word or is_time(ctx, k)):
            k += 1
        if k >= hit.start:
            continue
        if _document_word(ctx, k):
            return sp
    return None


DOCUMENT_SENDER_WORDS = 30  # words back from a cue to the من that names who a call or cable came from
DOCUMENT_ADJUNCT_WORDS = 4  # words between the call or cable and its من (هاتفيا، آخر، a time)


def _document_word(ctx: Ctx, k: int) -> bool:
    """Is the word at k a document or channel (بيانا، تقريرا، اتصالا، برقية), the accusative ending aside?"""
    lex = ctx.lex
    w = ctx.toks[k].norm
    bare = w[:-1] if w.endswith(lex.morph["alef"]) else w  # بيانا، تقريرا: the accusative ending
    return bare in lex.channels or bare in lex.report_nouns or w in lex.channels


FRONTED_WORDS = 5  # at most so many words of a subject written before its verb


def _fronted_subject(ctx: Ctx, hit: Hit) -> tuple[int, int] | None:
    """SVO: a noun phrase opening the sentence or the clause after a comma, right before a verb cue with no
    و/ف and no object pronoun (أوباما دعا الكونغرس إلى …، وفي الجلسة، المتهم طالب القاضي بـ …), is the
    verb's subject; the noun phrase after the verb is then its object. The phrase opens on a name the
    entities stage read or on a definite word, and is one noun phrase up to the verb."""
    lex, toks = ctx.lex, ctx.toks
    k = hit.start
    if hit.conj or hit.suffixed:
        return None
    s0 = ctx.sent_start[k]
    a = s0
    for j in range(k - 1, max(s0, k - FRONTED_WORDS - 1) - 1, -1):
        w = toks[j].norm
        if w in COMMAS or w in COLONS:
            a = j + 1
            break
        if not toks[j].is_word or j in ctx.hit_at:
            return None
    if a >= k or k - a > FRONTED_WORDS:
        return None
    t = toks[a]
    named = a in ctx.ent_end or a in ctx.ent_single
    if not (named or (t.norm.startswith(lex.morph["article"]) and not is_time(ctx, a))) \
            or t.norm in lex.speaker_stops or t.norm in lex.clause_openers or t.norm in lex.relatives:
        return None
    return (a, k) if np_end(ctx, a, k) == k else None


def _opening_subject(ctx: Ctx, hit: Hit, construct: bool = False) -> tuple[int, int] | None:
    """ولم تكتف [السلطة الفلسطينية] بـ … بل طالبت …: the definite subject after the verb that opens the
    sentence (a negation before it allowed), for a cue that continues that verb's clause; with
    ``construct``, also a head made definite by the word after it (أصدرت [قيادة القوات] بيانا أوضحت فيه)."""
    lex, toks = ctx.lex, ctx.toks
    j = ctx.sent_start[hit.start]
    if j < hit.start and is_negated(ctx, j):
        j += 1
    if j + 1 >= hit.start or not toks[j].is_word or is_def(toks[j], lex) or toks[j].norm in lex.preps_all:
        return None
    a = j + 1
    definite = is_def(toks[a], lex) or a in ctx.ent_end or (
        construct and toks[a].is_word and not toks[a].prefix and a + 1 < hit.start and is_def(toks[a + 1], lex))
    if not definite or toks[a].norm[:1] in (lex.morph["ba"], lex.morph["lam"]):
        return None
    e = np_end(ctx, a, hit.start)
    return (a, e) if e > a else None


def crowd_subject(ctx: Ctx, hit: Hit) -> tuple[int, int] | None:
    """For a chanting cue (grammar chant_cues) with no subject of its own, the subject of the verb opening
    its sentence when it is a crowd or a plural of people (وسار [آلاف الأكراد] في المدينة هاتفين «…»), or None."""
    lex = ctx.lex
    if hit.cue.lemma not in lex.chant_cues:
        return None
    sp = _opening_subject(ctx, hit, construct=True)
    if sp is None:
        return None
    w = ctx.toks[sp[0]].norm
    # (but: وتغير [المشهد] …، وبثت [المواقع] شريطا …: no crowd)
    crowd = w in lex.crowd_heads or w in lex.human_plurals or (is_def(ctx.toks[sp[0]], lex) and w.endswith(lex.plural_endings))
    return sp if crowd else None


def _subject_before(ctx: Ctx, hit: Hit, e: int) -> bool:
    """لكن حركة طالبان تبنت العملية قائلة …: a participle right after the noun phrase that follows a bare
    verb whose subject, a name, stands right before it: that noun phrase is the object."""
    after = ctx.hit_at.get(e)
    if after is None or after.cue.kind != "participle" or hit.conj or hit.start == 0:
        return False
    return any(end == hit.start for end in ctx.ent_end.values())
