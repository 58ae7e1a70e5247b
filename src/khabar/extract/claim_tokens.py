"""Tokens for the claims stage: cue detection, sentence and paragraph bounds, token helpers.

Reads ``doc.tokens`` (and ``doc.times`` / ``doc.entities`` when those stages ran) and the vocabulary of
:mod:`khabar.extract.claim_lexicon`; adds nothing to the Doc. :func:`find_hits` finds every cue with one
dictionary lookup per word (clitics و/ف stripped, multiword cues such as نقلا عن, cue verbs with an
object pronoun such as اتهمها). :class:`Ctx` carries what the claim readers share.

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.claim_lexicon import lexicon
    >>> doc = Doc(Article(id="x", text="وقالت المصادر إن القصف استمر، مشيرة إلى سقوط قتلى."))
    >>> [(doc.tokens[h.start].norm, h.cue.kind) for h in find_hits(doc.tokens, lexicon())]
    [('وقالت', 'verb'), ('مشيره', 'participle')]
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from khabar.doc import Claim, Doc, Span, Token
from khabar.extract.claim_lexicon import Cue, Lexicon
from khabar.lang import load_yaml

MAX_SPEAKER_WORDS = 18  # a speaker region longer than this has no content marker
MAX_QUOTE_TOKENS = 250
MAX_SUBJECT_WORDS = 12  # a subject before its cue (SVO) that opens the sentence

# punctuation from claims/grammar.yaml (key punctuation), as written: no folding
_PUNCT: dict = load_yaml("claims/grammar.yaml").get("punctuation") or {}
QUOTE: str = _PUNCT["quote"]  # every quote mark after normalisation
QUOTE_CHARS: str = "".join(_PUNCT["quote_marks"])
OPENING_QUOTES: str = "".join(_PUNCT["opening_quotes"])
CLOSING_QUOTES: str = "".join(_PUNCT["closing_quotes"])
BEFORE_OPENING: str = "".join(_PUNCT["before_opening"])
COMMAS: set[str] = set(_PUNCT["commas"])
COLONS: set[str] = set(_PUNCT["colons"])
SEMICOLONS: set[str] = set(_PUNCT["semicolons"])
SENT_PUNCT: set[str] = set(_PUNCT["sentence_ends"])
QUESTION_MARKS: set[str] = set(_PUNCT["question_marks"])
OPEN_PARENS: dict[str, str] = dict(_PUNCT["brackets"])  # ( ) and the ornate brackets of a Quran quotation
TA_MARBUTA: str = _PUNCT["ta_marbuta"]  # as written, before folding


@dataclass(slots=True)
class Hit:
    start: int  # token indexes [start, end)
    end: int
    cue: Cue
    conj: bool  # written with و/ف
    strict: bool = False  # a claim only when the content marker is found (ما وصفه X بأنه …)
    suffixed: bool = False  # carries an object pronoun (اتهمها): its subject must follow it


@dataclass(slots=True)
class Ctx:
    doc: Doc
    lex: Lexicon
    toks: list[Token]
    sent_end: list[int]  # token index after the last token of each token's sentence
    sent_start: list[int]
    hit_at: dict[int, Hit]
    time_tok: set[int]
    ent_end: dict[int, int]  # token where a PER/ORG entity starts -> token after it
    para_end: list[int]  # per token, the token index after its paragraph (a quote never crosses one)
    skip: set[int] = field(default_factory=set)  # cue tokens consumed by another claim
    quoted_end: int = 0  # token index after the last quoted content read so far
    covered_end: int = 0  # token index after the last content read so far
    last_cue_tok: int = -1  # token index of the cue of the last claim emitted
    last: Claim | None = None
    clause_end: int | None = None  # a cue read inside a relative clause of a speaker: its content ends here
    inner_read: bool = False  # such a cue was read (its claim comes after the outer one: sort them)
    recent: list[tuple[Claim, str]] = field(default_factory=list)  # claims with a speaker, and agreement
    voice: tuple[int, int] | None = None  # على لسان X inside the speaker region of the claim being read
    ent_single: set[int] = field(default_factory=set)  # tokens that are a one-word PER/ORG name
    ent_inside: set[int] = field(default_factory=set)  # tokens after the first of a PER/ORG name (عبدالرحمن [صباح])
    place_end: dict[int, int] = field(default_factory=dict)  # token where a toponym starts -> token after it
    place_last: set[int] = field(default_factory=set)  # the last token of each toponym
    person_first: set[int] = field(default_factory=set)  # the first token of each PER name
    person_last: set[int] = field(default_factory=set)  # the last token of each PER name
    person_full: set[int] = field(default_factory=set)  # the last token of each PER name of given name + more
    bracket_end: int = 0  # token after the closing bracket of a bracketed quotation just found as a content
    relayed: dict[int, Span] = field(default_factory=dict)  # verb cue token -> the source of a بحسب X before it


def _number_word(w: str, lex: Lexicon) -> bool:
    """Is w a number word, also after و or with the article (خمسة، وعشرين، والعشرون), and no weekday
    (الاثنين 'Monday')?"""
    if w in lex.time_words or (w[:1] in lex.conj and w[1:] in lex.time_words):
        return False
    for x in (w, w[1:] if w[:1] in lex.conj else w):
        if x in lex.number_words or (x.startswith(lex.morph["article"]) and x[2:] in lex.number_words):
            return True
    return False


REQUIRED_WITHIN = 8  # words after a cue of claims/grammar.yaml cue_requires where its word must stand


def find_hits(toks: list[Token], lex: Lexicon) -> list[Hit]:
    hits: list[Hit] = []
    n = len(toks)
    single, multi, conjs = lex.single, lex.multi, lex.conj
    suffixed = lex.suffixed  # object_suffixed, inlined: one lookup per word
    starters, not_cues = lex.starters, lex.not_cues
    i = 0
    while i < n:
        t = toks[i]
        w = t.norm
        if w not in starters or w in not_cues or not t.is_word:
            i += 1  # most words: one set lookup
            continue
        if i > 0 and (toks[i - 1].norm in lex.verbal_noun_heads
                      or (toks[i - 1].norm in lex.name_links and w[0] not in conjs)):
            i += 1  # فضل عدم ذكر اسمه: a verbal noun after عدم; علي بن أبي طالب: a name, no verb
            continue
        if w not in single and w not in multi and not (w[0] in conjs and (w[1:] in single or w[1:] in multi)):
            obj = suffixed.get(w)
            if obj is not None and not t.span.text.endswith(TA_MARBUTA):  # دعاة الفتنة: a noun, no دعاه
                # اتهمها تنظيم داعش بـ …; after ما (ما وصفه مسؤولون بأنه …) only with its preposition
                hits.append(Hit(i, i + 1, obj[0], obj[1], strict=i > 0 and toks[i - 1].norm in lex.ma,
                                suffixed=True))
            i += 1
            continue
        cands = [(w, False)]
        if (len(w) > 3 or (len(w) == 3 and w[1:] in single)) and w[0] in conjs:
            cands.append((w[1:], True))  # وقال; وحث (a two-letter cue after و)
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
                    hit = Hit(i, j, cue, conj)
                    break
            if hit is None and c in single:
                cue = single[c]
                hit = Hit(i, i + 1, cue, conj or (c[0] in conjs and cue.lemma[:1] != c[0]))
            if hit is not None:
                break
        if hit is None:
            i += 1
            continue
        if hit.cue.kind == "participle" and i > 0 and not hit.conj \
                and (_number_word(toks[i - 1].norm, lex) or toks[i - 1].norm[-1:].isdigit()):
            i += 1  # الإفراج عن 16 متهما، عن الخمسة والعشرين متهما: a counted noun, no participle
            continue
        if hit.cue.kind == "preposition":
            if not extend_preposition(hit, toks, lex):
                i += 1
                continue
        elif hit.cue.kind == "verb" and hits and hits[-1].end == i and hits[-1].cue.kind == "verb":
            i += 1  # وقال طالب …: a noun subject spelled like a verb
            continue
        elif hit.cue.kind == "participle" and hits and hits[-1].end == i and hits[-1].cue.kind == "verb" \
                and hit.cue.lemma == lex.morph.get("say_verb"):
            hits[-1].end = hit.end  # وأضاف قائلا: one cue
            i = hit.end
            continue
        elif not hit.conj and hit.cue.form in lex.elatives and elative(toks, i, lex):
            i += 1  # والحل أوضح من …: the adjective 'clearer'
            continue
        if w in lex.opening_only and not hit.conj and not _opens_clause(toks, i, hit.cue, lex):
            i += 1  # أعلنت المقاومة عبر حسابها عن …: the preposition 'via'
            continue
        need = lex.cue_requires.get(hit.cue.lemma)
        deeds = lex.cue_deeds.get(hit.cue.lemma)
        if deeds is not None:
            need = deeds
            if t.span.text.endswith(lex.morph["ya_letter"]) or not (hit.conj or i == 0 or not toks[i - 1].is_word):
                i += 1  # تبني الهجوم (the noun, written with ي), مجموعة تبنت هجوما: only a clause opening on the verb
                continue
        if need is not None and not any(toks[j].norm in need for j in range(hit.end, min(n, hit.end + REQUIRED_WITHIN))):
            i += 1  # حمل الجنود أسلحتهم: 'carry', no مسؤولية after it
            continue
        if hit.cue.lemma in lex.needs_complementizer and not any(
                toks[j].norm in lex.complementizers and toks[j - 1].norm not in lex.temporal_heads
                and toks[j].norm[:1] != lex.morph["fa"]
                for j in range(hit.end, min(n, hit.end + REQUIRED_WITHIN))):
            i += 1  # قدر الإمكان، [قبل أن] …، قدّر الجهود; وكما قدّر X [فإن] …: no reported clause after it
            continue
        if hit.cue.kind == "verb" and not hit.conj and hits and hits[-1].end == i \
                and hits[-1].cue.kind == "participle" and not hits[-1].conj:
            hits.pop()  # لكن منتقدين يقولون إن …: a participle right before a verb is its subject, a noun
        hits.append(hit)
        i = hit.end
    return hits


def _opens_clause(toks: list[Token], i: int, cue: Cue, lex: Lexicon) -> bool:
    """Does the verb at i open its clause (a sentence start, or a clause opener,
    كما, قد or an emphatic such as لطالما) with its preposition within REQUIRED_WITHIN words and no
    punctuation between (حيث عبر المرصد عن إدانته …)?"""
    if i > 0 and toks[i - 1].norm in COMMAS:
        return False  # …، عبر التغاضي عن …: after a comma, 'through'
    if i > 0 and toks[i - 1].is_word:
        p = toks[i - 1].norm
        if not any(x in lex.clause_openers or x in lex.kama or x in lex.qad or x in lex.emphatics
                   for x in (p, p[1:] if p[:1] in lex.conj else p)):
            return False
    preps = lex.preps.get(cue.prep, ())
    for j in range(i + 1, min(len(toks), i + 1 + REQUIRED_WITHIN)):
        if not toks[j].is_word:
            return False
        if toks[j].norm in preps:
            return True
    return False


def elative(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the cue form at i the elative adjective (بشكل أوضح، أوضح من ذي قبل; but أوضح من جهته أن)?"""
    if i > 0 and toks[i - 1].norm in lex.elative_before:
        return True
    j = i + 1
    if j >= len(toks) or toks[j].norm not in lex.preps.get(lex.morph["from"], ()):
        return False
    nxt = toks[j + 1].norm if j + 1 < len(toks) else ""
    return not any(rest[:1] == (nxt,) for rest in lex.adjunct_phrases.get(toks[j].norm, ()))


def object_suffixed(w: str, lex: Lexicon) -> tuple[Cue, bool] | None:
    """A cue verb carrying an object pronoun (وصفه، اتهمها، دعاهم): only verbs that take an object and
    open their content with a preposition (وصفه مسؤولون بأنه …), never say-verbs (ما قاله). One lookup
    in the table :func:`khabar.extract.claim_lexicon.lexicon` builds."""
    return lex.suffixed.get(w)


def extend_preposition(hit: Hit, toks: list[Token], lex: Lexicon) -> bool:
    """بحسب ما قالت / وفقا لما أعلن / وفقا لـ: the cue covers the joining words and the verb.
    False when "ما" is followed by another verb (وفق ما أقرته اللجنة: a rule, not a source)."""
    n = len(toks)
    j = hit.end
    if j < n and toks[j].norm in lex.lam:
        j += 1
    joined_ma = hit.cue.form.endswith(lex.morph["ma_suffix"])  # حسبما
    if j > hit.end and toks[j - 1].norm[1:] in lex.ma:
        joined_ma = True  # وفقا لما نقلته الوكالة: ل and ما written as one word
    if j < n and (toks[j].norm in lex.ma or toks[j - 1].norm in lex.ma or joined_ma):
        if toks[j].norm in lex.ma:
            j += 1
        if j < n and (verb_form(toks[j].norm, lex) is not None or _pronoun_verb(toks[j].norm, lex)):
            j += 1  # بحسب ما قال، حسبما أوردته الصحيفة (the verb with the pronoun of ما)
        elif j < n and toks[j].is_word:
            return False
    if j > hit.end and toks[j - 1].is_word:
        hit.end = j
    return True


def _pronoun_verb(w: str, lex: Lexicon) -> bool:
    """Is w a report verb carrying an object pronoun (أوردته، نقلته، أعلنته; not أقرته)?"""
    for suf in lex.object_suffixes:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            c = verb_form(w[:-len(suf)], lex)
            if c is not None and c.lemma in lex.ma_pronoun_cues:
                return True
    return False


def verb_form(w: str, lex: Lexicon) -> Cue | None:
    c = lex.single.get(w)
    if c is None and len(w) > 3 and w[0] in lex.conj:
        c = lex.single.get(w[1:])
    return c if c is not None and c.kind == "verb" else None


def phrase_at(ctx: Ctx, table: dict[str, list[tuple[str, ...]]], k: int) -> bool:
    """Does one of the phrases of ``table`` (first word -> rest) start at token k?"""
    return phrase_len(ctx, table, k) > 0


def phrase_len(ctx: Ctx, table: dict[str, list[tuple[str, ...]]], k: int) -> int:
    """Tokens of the longest phrase of ``table`` (first word -> rest) starting at token k (0: none)."""
    toks = ctx.toks
    best = 0
    for rest in table.get(toks[k].norm, ()):
        if all(k + 1 + j < len(toks) and toks[k + 1 + j].norm == r for j, r in enumerate(rest)):
            best = max(best, 1 + len(rest))
    return best


def is_comp(ctx: Ctx, k: int) -> bool:
    return ctx.toks[k].norm in ctx.lex.complementizers and \
        not phrase_at(ctx, ctx.lex.complementizer_exceptions, k)


def named_ya(ctx: Ctx, k: int) -> bool:
    """Is the word at k a first name spelled like a preposition with a final ي (علي أحمدي, folded like
    على)? So when it is written with ي and the entities stage starts a person's or a body's name at it."""
    t = ctx.toks[k]
    return t.norm in ctx.lex.maqsura_preps and t.span.text.endswith(ctx.lex.morph["name_ya"]) \
        and (k in ctx.ent_end or k in ctx.ent_single)


def is_def(t: Token, lex: Lexicon) -> bool:
    """Does the word carry the article (الجيش, للمرصد, والجيش, بالمدينة)?"""
    w = t.norm
    art = lex.morph["article"]
    return w.startswith(art) or w.startswith(lex.morph["lam_article"]) or \
        (len(w) > 4 and w[0] in lex.before_article and w[1:3] == art)


def is_time(ctx: Ctx, k: int) -> bool:
    """A time word or a token of a time expression, unless inside a name (عبدالرحمن صباح عيدان): one
    the entities stage found, or a time word between two bare words that are no time, preposition or
    definite word (a time word is followed by a day or a definite word: صباح اليوم، مساء الجمعة)."""
    if k in ctx.ent_inside:
        return False
    if k in ctx.time_tok:
        return True
    if ctx.toks[k].norm not in ctx.lex.time_words:
        return False
    toks, lex = ctx.toks, ctx.lex
    if 0 < k < len(toks) - 1 and k + 1 not in ctx.time_tok:
        prev, nxt = toks[k - 1], toks[k + 1]
        if prev.is_word and nxt.is_word and not prev.prefix and not nxt.prefix \
                and not is_def(prev, lex) and not is_def(nxt, lex) \
                and prev.norm not in lex.preps_all and nxt.norm not in lex.time_words \
                and prev.norm not in lex.time_words and (k - 1) not in ctx.hit_at and not nxt.norm[:1].isdigit():
            return False  # عبدالرحمن صباح عيدان: a name between two names
    return True


def lam_channel(lex: Lexicon, w: str, bare: bool = True) -> tuple[str, bool] | None:
    """A channel after ل + ال written لل: للإذاعة (the form listed with its article, الإذاعة) or,
    when ``bare``, للوكالة، للصحيفة (the form listed bare, وكالة، صحيفة), or None."""
    if not w.startswith(lex.morph["lam_article"]) or len(w) <= 4:
        return None
    ch = lex.channels.get(lex.morph["article"] + w[2:])
    return ch if ch is not None or not bare else lex.channels.get(w[2:])


def channel(ctx: Ctx, t: Token) -> tuple[str, bool] | None:
    w = t.norm
    ch = ctx.lex.channels.get(w)
    if ch is None and len(w) > 3 and w[0] in ctx.lex.name_prefixes:
        ch = ctx.lex.channels.get(w[1:])
    if ch is None:
        ch = lam_channel(ctx.lex, w)  # للإذاعة = ل + الإذاعة، للوكالة = ل + ال + وكالة
    if ch is None and t.suffix in ctx.lex.object_suffixes and not t.prefix:
        # في بيانها، عبر حسابه، في تغريدتها: the channel with a possessive pronoun (ة written ت before it)
        m = ctx.lex.morph
        st = t.stem
        ch = ctx.lex.channels.get(st)
        if ch is None and st.endswith(m["open_ta"]):
            ch = ctx.lex.channels.get(st[:-1] + m["ta_marbuta"])
    return ch


def starts_adjunct(ctx: Ctx, k: int, end: int) -> bool:
    """A via/time adjunct starts at token k: أمس، لـ«X»، لوكالة، في بيان، عبر حسابه."""
    toks = ctx.toks
    t = toks[k]
    w = t.norm
    if is_time(ctx, k) or (w in ctx.lex.speaker_stops and t.span.text not in ctx.lex.stop_lookalikes):
        return True  # (but إمام المسجد, folded like أمام, is a title)
    lam = ctx.lex.morph["lam"]
    if w == lam and k + 1 < end and toks[k + 1].norm == QUOTE:
        return True
    if w[:1] == lam and len(w) > 3 and ctx.lex.channels.get(w[1:]) is not None:
        return True
    if lam_channel(ctx.lex, w, bare=False) is not None:
        return True  # للإذاعة العامة: ل + الإذاعة
    if lam_channel(ctx.lex, w) is not None and (k + 1 >= end or not toks[k + 1].is_word
                                                 or not is_def(toks[k + 1], ctx.lex) or is_comp(ctx, k + 1)):
        return True  # وقال للوكالة إن …، وأضاف للصحيفة: ل + ال + وكالة (but: الأمين العام للهيئة العالمية …:
        # a definite word after it goes on naming a body, the title's genitive)
    if w in ctx.lex.via_openers and k + 1 < end and channel(ctx, toks[k + 1]) is not None:
        return True
    return phrase_at(ctx, ctx.lex.adjunct_phrases, k) or phrase_at(ctx, ctx.lex.eulogies, k)


def tok_span(ctx: Ctx, a: int, b: int, cut_prefix: bool = False) -> Span:
    """Span of tokens [a, b) (b > a); cut_prefix drops a ل/ب proclitic of the first token."""
    toks = ctx.toks
    ns = toks[a].nstart
    if cut_prefix:
        w = toks[a].norm
        m = ctx.lex.morph
        if len(w) > 3 and w[0] in (m["lam"], m["ba"]) and (not w.startswith(m["lam_article"])
                                                        or lam_channel(ctx.lex, w) is not None):
            ns += 1  # لرويترز → رويترز; للإذاعة → لإذاعة (the alef of ال is not written)
    return ctx.doc.span_from_norm(ns, toks[b - 1].nend)


def trim(ctx: Ctx, a: int, b: int) -> tuple[int, int]:
    """Drop punctuation at both ends of [a, b), keeping a closing quote or bracket that pairs one inside."""
    toks = ctx.toks
    while a < b and not toks[a].is_word and toks[a].norm not in "(":
        a += 1
    while b > a and not toks[b - 1].is_word and toks[b - 1].norm not in ")":
        if toks[b - 1].norm == QUOTE and sum(1 for j in range(a, b - 1) if toks[j].norm == QUOTE) % 2:
            break  # موقع “ريبابليك وورلد”
        b -= 1
    if b > a and toks[b - 1].norm == ")" and not any(toks[k].norm == "(" for k in range(a, b - 1)):
        b -= 1
    return a, b


def quote_role(ctx: Ctx, k: int) -> int:
    """+1 for an opening quote, -1 for a closing one (straight quotes judged by the spaces around)."""
    text = ctx.doc.text
    s = ctx.toks[k].span.start
    ch = text[s]
    if ch in OPENING_QUOTES:
        return 1
    if ch in CLOSING_QUOTES:
        return -1
    before = text[s - 1] if s > 0 else " "
    after = text[s + 1] if s + 1 < len(text) else " "
    if before.isspace() or before in BEFORE_OPENING or (not before.isalnum()):
        return 1 if not after.isspace() else -1
    return -1


def closing_quote(ctx: Ctx, k: int, limit: int) -> int | None:
    """The quote closing the one at k, skipping nested quotes."""
    toks = ctx.toks
    depth = 0
    first = None
    for j in range(k + 1, min(limit, len(toks))):
        if toks[j].norm == QUOTE:
            if first is None:
                first = j
            if quote_role(ctx, j) > 0 and j + 1 < len(toks) and toks[j + 1].is_word:
                depth += 1
            elif depth == 0:
                return j
            else:
                depth -= 1
    return first


def time_tokens(doc: Doc, starts: list[int] | None = None) -> set[int]:
    """Tokens inside a time expression (``starts``: the tokens' start offsets, when already made)."""
    out: set[int] = set()
    if not doc.times:
        return out
    if starts is None:
        starts = doc.token_starts()
    for tm in doc.times:
        i = bisect.bisect_left(starts, tm.span.start)
        while i < len(starts) and starts[i] < tm.span.end:
            out.add(i)
            i += 1
    return out


def entity_ends(doc: Doc, single: set[int] | None = None, starts: list[int] | None = None) -> dict[int, int]:
    """Token spans of the person and organisation names found by the entities stage (if it ran); the
    tokens of one-word names go to ``single`` when given (``starts`` as for :func:`time_tokens`)."""
    out: dict[int, int] = {}
    if not doc.entities:
        return out
    if starts is None:
        starts = doc.token_starts()
    for e in doc.entities:
        if e.label not in ("PER", "ORG") or (ij := _token_bounds(starts, e.span)) is None:
            continue
        i, j = ij
        if j > i + 1:
            out[i] = j
        elif single is not None:
            single.add(i)
    return out


def person_spans(doc: Doc, starts: list[int] | None = None) -> list[tuple[int, int]]:
    """(first token, token after) of the person names found by the entities stage (if it ran)."""
    out: list[tuple[int, int]] = []
    if not doc.entities:
        return out
    if starts is None:
        starts = doc.token_starts()
    for e in doc.entities:
        if e.label == "PER" and (ij := _token_bounds(starts, e.span)) is not None and ij[1] > ij[0]:
            out.append(ij)
    return out


def place_ends(doc: Doc, starts: list[int] | None = None) -> dict[int, int]:
    """Token spans of the toponyms found by the places stage (if it ran): start token -> token after."""
    out: dict[int, int] = {}
    if not doc.places:
        return out
    if starts is None:
        starts = doc.token_starts()
    for p in doc.places:
        if (ij := _token_bounds(starts, p.span)) is not None:  # not after a clitic (بدمشق)
            out[ij[0]] = max(ij[0] + 1, ij[1])
    return out


def _token_bounds(starts: list[int], span: Span) -> tuple[int, int] | None:
    """(first token, token after) of a span that starts where a token starts; None when it starts
    inside a token (a name after a clitic)."""
    i = bisect.bisect_left(starts, span.start)
    if i >= len(starts) or starts[i] != span.start:
        return None
    return i, bisect.bisect_left(starts, span.end)


SOFT_WRAP_MIN_WORDS = 6


def _soft_wrap(toks: list[Token], text: str, i: int, pos: int) -> bool:
    """Is the line break at ``pos`` after token i a wrapped line inside a sentence (``هاجموا موقعا`` +
    line break + space + ``أماميا للجيش``)? So when a space opens the next line, a word (no
    punctuation, no number) ends this one, no blank line follows, and the line holds a few words and is
    not the article's first line."""
    nxt = toks[i + 1]
    if text[pos + 1:pos + 2] not in (" ", "\t") or "\n" in text[pos + 1:nxt.nstart]:
        return False
    t = toks[i]
    if not t.is_word or not nxt.is_word or t.norm[-1:].isdigit():
        return False
    line = text.rfind("\n", 0, t.nstart)
    if line < 0:
        return False  # the first line (a dateline: بيروت … واس) ends at its line break
    k = i
    while k >= 0 and toks[k].nstart > line and i - k < SOFT_WRAP_MIN_WORDS:
        k -= 1
    return i - k >= SOFT_WRAP_MIN_WORDS


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Per token, the start and end of its sentence and the end of its paragraph (token indexes).
    A full stop inside a word (سي.بي.سي) or an ellipsis (...) does not end a sentence. Only the tokens
    before a line break and the punctuation tokens are looked at."""
    toks, text = doc.tokens, doc.norm.text
    n = len(toks)
    if n == 0:
        return [], [], []
    nstarts = [t.nstart for t in toks]
    newline: set[int] = set()  # tokens followed by a gap holding a line break
    pos = text.find("\n")
    while pos >= 0:
        i = bisect.bisect_right(nstarts, pos) - 1
        if 0 <= i < n - 1 and pos >= toks[i].nend and not _soft_wrap(toks, text, i, pos):
            newline.add(i)
        pos = text.find("\n", pos + 1)
    cands = sorted(newline.union(i for i, t in enumerate(toks) if not t.is_word and t.norm in SENT_PUNCT))
    starts = [0] * n
    ends = [n] * n
    paras = [n] * n
    s = 0
    p = 0
    for i in cands:
        if i + 1 >= n:
            continue
        t = toks[i]
        nxt = toks[i + 1]
        gap = nxt.nstart > t.nend  # some text between the two tokens
        if i in newline:
            brk = True
            paras[p:i + 1] = [i + 1] * (i + 1 - p)
            p = i + 1
        elif t.norm == "." and not gap and nxt.norm in (".", ")"):
            brk = False  # (...) and ... inside a sentence
        else:
            # سي.بي.سي: a full stop between short letter groups is an abbreviation
            brk = (gap or t.norm != "." or i == 0 or len(toks[i - 1].norm) > 3
                   or not nxt.is_word or len(nxt.norm) > 3)
            if brk and t.norm == "." and i > 0 and toks[i - 1].is_word and len(toks[i - 1].norm) == 1:
                brk = False  # an initial: م.س. غوبتا
        if brk:
            starts[s:i + 1] = [s] * (i + 1 - s)
            ends[s:i + 1] = [i + 1] * (i + 1 - s)
            s = i + 1
    starts[s:n] = [s] * (n - s)
    return starts, ends, paras


def agreement(ctx: Ctx, hit: Hit) -> str:
    """f (feminine), p (plural), m (masculine) or "" from the cue form: قالت f, قالوا p, مشيرة f."""
    cue, ag = hit.cue, ctx.lex.agreement
    w = cue.form
    if cue.kind == "participle":
        return "f" if w.endswith(ag.get("feminine_participle", ())) else \
            "p" if w.endswith(ag.get("plural_participle", ())) else "m"
    if cue.kind == "purpose":
        return "p"  # للتنديد: the crowd of a protest, a plural (ودعوا، مشيرين answer it)
    if cue.kind != "verb":
        return ""
    if cue.present:
        return "p" if w.endswith(ag.get("plural_present", ())) else \
            "f" if w.startswith(ag.get("feminine_present", ())) else "m"
    if w == cue.lemma:
        return "m"
    return "p" if w.endswith(ag.get("plural_past", ())) else \
        "f" if w.endswith(ag.get("feminine_past", ())) else "m"


def attributive(ctx: Ctx, hit: Hit, mk: int | None) -> bool:
    """Is the participle at hit an adjective (أجندة معلنة بإرادة …، لافتات منددة بالغارات)? So when a
    feminine participle follows an indefinite feminine noun with no punctuation between, and no reported
    clause (أن/إن, its preposition + أن) follows it. A masculine one (قائلا، داعيا) is a circumstantial
    participle of the subject even without a comma."""
    toks, lex = ctx.toks, ctx.lex
    if agreement(ctx, hit) != "f":
        return False
    k = hit.start - 1
    if k < ctx.sent_start[hit.start] or not toks[k].is_word or k in ctx.hit_at:
        return False
    prev = toks[k]
    noun = prev.norm
    if noun[:1] in lex.conj and len(noun) > 4 and noun[1:].endswith(lex.feminine_noun_endings[1:]):
        noun = noun[1:]  # [و]معلومات مؤكدة عن …: a noun plural in ـات after و
    if is_def(prev, lex) or is_time(ctx, k) or noun in lex.preps_all or noun[:1] in lex.conj \
            or noun.endswith(lex.plural_endings) or noun[:1].isdigit():
        return False
    if mk is not None and mk - hit.end <= 1 and (is_comp(ctx, mk) or (mk + 1 < len(toks) and is_comp(ctx, mk + 1))):
        return False  # وثيقة مؤكدة أن …، رسالة مشيرة إلى أن …: a reported clause right after
    return not prev.suffix and noun.endswith(lex.feminine_noun_endings)
