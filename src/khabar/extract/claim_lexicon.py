"""The vocabulary of the claims stage, loaded once from ``lang/ar/claims/``.

Reads ``claims/cues.tsv`` (attribution cues: verbs in every person and tense, participles,
prepositional and noun cues), ``claims/grammar.yaml`` (function words around a cue),
``claims/channels.tsv`` (via channels and relays) and ``claims/stance.tsv`` (deny/uncertain words).
Every form is folded with :func:`normalize_form`, so lookups run on ``Token.norm``.

Example::

    >>> lex = lexicon()
    >>> lex.single["قالت"].lemma
    'قال'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from khabar.lang import load_tsv, load_yaml
from khabar.text.normalize import normalize_form


@dataclass(frozen=True, slots=True)
class Cue:
    """One attribution cue form, as listed in cues.tsv."""

    form: str
    kind: str  # verb | participle | preposition | noun
    lemma: str
    prep: str  # the preposition that opens the content ("" if none)
    object: bool  # a bare noun phrase may be the content
    present: bool  # present tense: needs an explicit speaker
    stance: str  # "" | deny | uncertain
    alt_preps: tuple[str, ...] = ()  # further prepositions that open the content (أفادت X عن …)
    bare: bool = False  # object "bare": a noun object only when no preposition follows (كشفت X هوية …)


@dataclass(slots=True)
class Lexicon:
    single: dict[str, Cue] = field(default_factory=dict)
    multi: dict[str, list[tuple[tuple[str, ...], Cue]]] = field(default_factory=dict)
    complementizers: frozenset[str] = frozenset()
    preps: dict[str, frozenset[str]] = field(default_factory=dict)
    ma: frozenset[str] = frozenset()
    lam: frozenset[str] = frozenset()
    kana: frozenset[str] = frozenset()
    qad: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    who: frozenset[str] = frozenset()
    kama: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    appositives: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    speaker_stops: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    descriptor_heads: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()
    not_sources: frozenset[str] = frozenset()
    own_words: frozenset[str] = frozenset()  # بحسب [قوله]: the speaker's own words, no relay
    not_speakers: frozenset[str] = frozenset()
    subject_keeping_openers: frozenset[str] = frozenset()  # ووزارة الداخلية إذ تعلن: the subject is before
    human_plurals: frozenset[str] = frozenset()  # سكان، شهود: a speaker a later plural cue (وأضافوا) means
    quantifier_heads: frozenset[str] = frozenset()  # لكن [بعض] المدافعين قالوا: a subject after an opener
    crowd_heads: frozenset[str] = frozenset()  # العشرات، المتظاهرون: the subject of a protest
    toll_reports: frozenset[str] = frozenset()  # حصيلة، بيانات: a trailing source of figures attests the count's clause
    agent_heads: frozenset[str] = frozenset()  # إعلان [وزارة] الداخلية عن …: bodies that announce
    comma_free_openers: frozenset[str] = frozenset()  # … في بنغازي [لكن] منتقدين يقولون: no comma needed
    inscription_cues: frozenset[str] = frozenset()  # كتب: لافتة كُتب عليها «…» is a passive, no statement
    inscribed_on: frozenset[str] = frozenset()  # عليه، عليها
    topic_openers: frozenset[str] = frozenset()  # [أما] X، فقد قال: the fronted topic is the subject of the ف clause
    as_what: frozenset[str] = frozenset()  # [على] ما أعلن مصدر: 'as' + ما before a cue, like كما
    ma_pronoun_cues: frozenset[str] = frozenset()  # lemmas: حسبما أوردته الصحيفة
    passive_transitive: frozenset[str] = frozenset()  # نسب: نُسب إلى (no subject) is a passive
    cue_requires: dict[str, frozenset[str]] = field(default_factory=dict)  # حمل: a cue only before مسؤولية
    renewed_statements: dict[str, frozenset[str]] = field(default_factory=dict)  # جدد [تأكيده] أن: the noun heads the content
    cue_deeds: dict[str, frozenset[str]] = field(default_factory=dict)  # تبنى: a claim only before a deed word
    consequence_ma: frozenset[str] = frozenset()  # …، ما كشف عن: the writer's consequence, no statement
    implicit_frames: frozenset[str] = frozenset()  # جاء في: وجاء في بيان أن … with no agent: the antecedent
    prayer_cues: frozenset[str] = frozenset()  # lemmas: داعيا الله أن … is a prayer, no claim
    prayer_addressees: frozenset[str] = frozenset()  # الله، المولى: the one a prayer is addressed to
    pronoun_speakers: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()  # وتحدث هذا الأخير: a new speaker inside a content
    not_cues: frozenset[str] = frozenset()  # فحسب 'only'
    paired_prepositions: frozenset[str] = frozenset()  # وبين: no cue after بين in its sentence
    stop_lookalikes: frozenset[str] = frozenset()  # إمام: written so, not the speaker stop أمام (not folded)
    nominal_content_stops: frozenset[str] = frozenset()  # …، الذي: a noun-phrase content ends before it
    contrast_heads: frozenset[str] = frozenset()  # غير أن، إلا أن: a new subject follows the complementizer
    silent_when_negated: frozenset[str] = frozenset()  # lemmas: لم يكشف، لم يعلن … say nothing
    verbal_noun_heads: frozenset[str] = frozenset()  # عدم: a cue form after it is a verbal noun
    masdar_preps: frozenset[str] = frozenset()  # في كشف غموض: a verb cue form after a preposition is a noun
    name_links: frozenset[str] = frozenset()  # أبي، بن: a cue form after them is part of a name
    feminine_noun_endings: tuple[str, ...] = ()  # ة (folded to ه), ات: a noun a feminine participle may describe
    elatives: frozenset[str] = frozenset()  # cue forms that are also an adjective: أوضح 'clearer'
    elative_before: frozenset[str] = frozenset()  # بشكل أوضح
    interrogatives: frozenset[str] = frozenset()  # من قال إن …؟: a rhetorical question
    impersonal: frozenset[str] = frozenset()  # يعتقد أنها: passive, no speaker before it
    relay_blockers: frozenset[str] = frozenset()  # نقل التعازي نيابة عن: no relay
    indefinite_modifiers: frozenset[str] = frozenset()
    indefinite_sources: frozenset[str] = frozenset()  # مصادر، شهود: heads followed only by adjectives  # مطلع، عيان: adjectives of an indefinite source
    relative_agreement: dict[str, str] = field(default_factory=dict)  # الذي -> m, التي -> f, الذين -> p
    same_subject: frozenset[str] = frozenset()  # بل، ثم: the verb after them keeps the subject before
    source_then_adjunct: frozenset[str] = frozenset()  # قتل 4 بحسب X [بعد] هجوم: the content came before
    transitive: frozenset[str] = frozenset()  # lemmas that always take an object (اتهم X بـ)
    prep_pronouns: frozenset[str] = frozenset()  # بينهم، منها: a preposition with its pronoun
    object_heads: frozenset[str] = frozenset()  # تضامن، رفض، دعم: a stance noun after a cue is its object
    emphatic_self: frozenset[str] = frozenset()  # نفسه، ذاته: المصدر نفسه is one speaker
    mouthpieces: frozenset[str] = frozenset()  # عبرت الجامعة على لسان رئيسها: the body stays the speaker
    adjective_endings: tuple[str, ...] = ()
    adjective_prefixes: tuple[str, ...] = ()
    plain_adjectives: frozenset[str] = frozenset()
    agreement: dict[str, tuple[str, ...]] = field(default_factory=dict)
    adjunct_phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    eulogies: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # صلى الله عليه وسلم
    complementizer_exceptions: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    content_stops: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    inner_contrasts: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # … في حين أنه …، كما أعلن X
    so_called: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # ما تسمى X: X is the name
    known_as: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # الجماعة التي تعرف باسم X
    writer_asides: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # دون أن يذكر: no comma needed
    backward_frames: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # …، وهو ما نفته X
    channels: dict[str, tuple[str, bool]] = field(default_factory=dict)  # form -> (type, specific)
    channel_multi: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    stance_start: dict[tuple[str, ...], str] = field(default_factory=dict)
    stance_any: dict[tuple[str, ...], str] = field(default_factory=dict)
    stance_any_first: frozenset[str] = frozenset()  # first words of the stance_any phrases
    present_prefixes: tuple[str, ...] = ()
    morph: dict[str, str] = field(default_factory=dict)  # single letters/affixes, see grammar.yaml
    conj: tuple[str, ...] = ()
    before_article: str = ""
    name_prefixes: str = ""
    plural_endings: tuple[str, ...] = ()
    descriptor_preps: frozenset[str] = frozenset()
    apposition_preps: frozenset[str] = frozenset()
    temporal_heads: frozenset[str] = frozenset()
    needs_complementizer: frozenset[str] = frozenset()
    continuation_cues: frozenset[str] = frozenset()
    content_preps: frozenset[str] = frozenset()
    via_openers: frozenset[str] = frozenset()
    lam_cues: frozenset[str] = frozenset()
    object_suffixes: tuple[str, ...] = ()  # longest first
    relay_preps: frozenset[str] = frozenset()
    number_words: frozenset[str] = frozenset()  # خمسة، ملايين: no source word; a participle after one is a noun
    outlet_preps: frozenset[str] = frozenset()  # وأفادت مصادر [بحسب] قناة X بأن: the outlet is a via
    objects_end_speech: frozenset[str] = frozenset()  # lemmas: تابع X عملياته is 'continue', no statement
    maqsura_preps: frozenset[str] = frozenset()  # على، إلى as folded (علي): a name when written with ي
    honorifics: dict[str, frozenset[str]] = field(default_factory=dict)  # سموه -> الأمير …
    prep_only: frozenset[str] = frozenset()  # lemmas read only with their own preposition (نص على)
    evidence_subjects: frozenset[str] = frozenset()  # المعلومات، الأرقام: evidence, not a source
    issued_documents: frozenset[str] = frozenset()  # بيان، فتوى: وقال البيان → the body that issued it
    issuing_words: frozenset[str] = frozenset()  # بيان [صادر عن] X: the issuer follows
    divine_epithets: frozenset[str] = frozenset()  # وقال تعالى: God speaks
    divine_name: str = ""  # الله
    prophet_eulogies: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # قال صلى الله عليه وسلم
    prophet_name: str = ""  # النبي
    emphatics: frozenset[str] = frozenset()  # لقد: no subject opens with it
    said_objects: frozenset[str] = frozenset()  # القول: نقلت عن X القول إن … — the object, never the source's
    chant_cues: frozenset[str] = frozenset()  # lemmas: هتف، ردد — no subject: the crowd opening the sentence
    opening_only: frozenset[str] = frozenset()  # bare عبر: a cue only where a clause opens, its preposition ahead
    manner_only: frozenset[str] = frozenset()  # lemmas whose participle is read only after a verb (معلقا)
    topic_prep_cues: frozenset[str] = frozenset()  # lemmas whose speaker ends before a preposition (علق على)
    manner_participles: frozenset[str] = frozenset()  # lemmas: غرد X قائلا: «…» is the verb's content
    preps_all: frozenset[str] = frozenset()  # every bare preposition word (في, من, إلى …)
    suffixed: dict[str, tuple[Cue, bool]] = field(default_factory=dict)  # اتهمها -> (اتهم, no conjunction)
    starters: frozenset[str] = frozenset()  # every word a cue can start with (with و/ف, with a pronoun)


def _words(xs: list[str] | None) -> frozenset[str]:
    return frozenset(normalize_form(str(x)) for x in xs or [])


def _suffixed_forms(lex: Lexicon) -> None:
    """Every cue verb that takes an object and a preposition, with each object pronoun, bare and after
    و/ف (longest pronoun first, so وصفهما is وصف + هما)."""
    plural = lex.agreement.get("plural_past", ())
    for suf in lex.object_suffixes:
        for form, cue in lex.single.items():
            if cue.kind != "verb" or not cue.object or not cue.prep:
                continue
            stems = [form]
            if form.endswith(plural) and len(suf) > 1 and suf[0] == lex.morph["third_person"]:
                # وصفوا + هم = وصفوهم: the plural alif drops before a pronoun (not before ه or نا: دعوه
                # folds like دعوة 'invitation', دعونا is 'let us')
                stems.append(form[:-1])
            for stem in stems:
                if len(stem) >= 3:
                    lex.suffixed.setdefault(stem + suf, (cue, False))
                for c in lex.conj:
                    if len(c + stem) >= 3:
                        lex.suffixed.setdefault(c + stem + suf, (cue, True))


@functools.cache
def lexicon() -> Lexicon:
    """The claims vocabulary (cached)."""
    lex = Lexicon()
    for row in load_tsv("claims/cues.tsv", required=("form", "kind", "lemma")):
        parts = tuple(normalize_form(row["form"]).split())
        preps = normalize_form(row.get("prep", "")).split()
        cue = Cue(form=" ".join(parts), kind=row["kind"], lemma=normalize_form(row["lemma"]),
                  prep=preps[0] if preps else "", alt_preps=tuple(preps[1:]),
                  object=row.get("object") in ("yes", "bare"), bare=row.get("object") == "bare",
                  present=row.get("tense") == "present", stance=row.get("stance", ""))
        if len(parts) == 1:
            lex.single.setdefault(parts[0], cue)
        else:
            lex.multi.setdefault(parts[0], []).append((parts[1:], cue))
    for k in lex.multi:
        lex.multi[k].sort(key=lambda x: -len(x[0]))
    g = load_yaml("claims/grammar.yaml")
    lex.complementizers = _words(g.get("complementizers"))
    lex.preps = {normalize_form(k): _words(v) for k, v in (g.get("prepositions") or {}).items()}
    for name in ("ma", "lam", "kana", "qad", "copulas", "relatives", "who", "kama", "clause_openers",
                 "appositives", "negations", "speaker_stops",
                 "time_words", "titles", "descriptor_heads", "report_nouns", "not_sources", "own_words", "not_speakers",
                 "pronoun_speakers", "demonstratives", "not_cues", "paired_prepositions", "elatives", "elative_before", "interrogatives", "impersonal",
                 "relay_blockers", "prep_pronouns", "indefinite_modifiers", "indefinite_sources",
                 "transitive", "same_subject", "nominal_content_stops", "contrast_heads",
                 "silent_when_negated", "verbal_noun_heads", "masdar_preps", "name_links", "source_then_adjunct", "prayer_cues", "subject_keeping_openers", "human_plurals", "quantifier_heads",
                 "ma_pronoun_cues", "passive_transitive", "consequence_ma", "implicit_frames",
                 "prayer_addressees", "crowd_heads", "toll_reports", "object_heads", "emphatic_self", "agent_heads", "comma_free_openers", "as_what",
                 "issued_documents", "issuing_words", "divine_epithets", "topic_openers", "inscription_cues", "inscribed_on",
                 "opening_only", "chant_cues", "said_objects", "apposition_preps", "temporal_heads", "needs_complementizer", "continuation_cues"):
        setattr(lex, name, _words(g.get(name)))
    for name in ("adjunct_phrases", "eulogies", "complementizer_exceptions", "content_stops", "writer_asides", "so_called",
                 "known_as", "backward_frames", "prophet_eulogies", "inner_contrasts"):
        table = getattr(lex, name)
        for phrase in g.get(name) or []:
            parts = tuple(normalize_form(str(phrase)).split())
            table.setdefault(parts[0], []).append(parts[1:])
    lex.number_words = _words(g.get("number_words"))
    lex.emphatics = _words(g.get("emphatics"))
    lex.evidence_subjects = _words(g.get("evidence_subjects"))
    lex.divine_name = str(g.get("divine_name") or "")
    lex.prophet_name = str(g.get("prophet_name") or "")
    lex.honorifics = {normalize_form(k): _words(v) for k, v in (g.get("honorific_titles") or {}).items()}
    lex.cue_requires = {normalize_form(k): _words(v) for k, v in (g.get("cue_requires") or {}).items()}
    lex.renewed_statements = {normalize_form(k): _words(v) for k, v in (g.get("renewed_statements") or {}).items()}
    lex.cue_deeds = {normalize_form(k): _words(v) for k, v in (g.get("cue_deeds") or {}).items()}
    lex.stop_lookalikes = frozenset(str(x) for x in g.get("stop_lookalikes") or [])
    lex.relative_agreement = {normalize_form(k): str(v) for k, v in (g.get("relative_agreement") or {}).items()}
    lex.adjective_endings = tuple(normalize_form(x) for x in g.get("adjective_endings") or [])
    lex.adjective_prefixes = tuple(normalize_form(x) for x in g.get("adjective_prefixes") or [])
    lex.plain_adjectives = _words(g.get("plain_adjectives"))
    lex.agreement = {k: tuple(normalize_form(x) for x in v) for k, v in (g.get("agreement") or {}).items()}
    lex.present_prefixes = tuple(normalize_form(p) for p in g.get("present_prefixes") or [])
    m = g.get("morphology") or {}
    lex.morph = {k: normalize_form(str(v)) for k, v in m.items() if isinstance(v, str)}
    lex.conj = tuple(normalize_form(x) for x in m.get("conjunctions") or [])
    lex.before_article = "".join(normalize_form(x) for x in m.get("before_article") or [])
    lex.name_prefixes = "".join(normalize_form(x) for x in m.get("name_prefixes") or [])
    lex.plural_endings = tuple(normalize_form(x) for x in m.get("sound_plural_endings") or [])
    lex.feminine_noun_endings = tuple(normalize_form(x) for x in m.get("feminine_noun_endings") or [])
    lex.descriptor_preps = _words(m.get("descriptor_prepositions"))
    lex.content_preps = _words(m.get("content_prepositions"))
    lex.via_openers = _words(m.get("via_openers"))
    lex.lam_cues = _words(m.get("lam_cues"))
    lex.manner_participles = _words(m.get("manner_participles"))
    lex.manner_only = _words(m.get("manner_only"))
    lex.topic_prep_cues = _words(m.get("topic_prep_cues"))
    lex.prep_only = _words(m.get("prep_only"))
    lex.maqsura_preps = _words(m.get("maqsura_prepositions"))
    lex.objects_end_speech = _words(m.get("objects_end_speech"))
    lex.outlet_preps = _words(m.get("outlet_prepositions"))
    lex.relay_preps = frozenset(" ".join(normalize_form(str(x)).split())
                                for x in m.get("relay_prepositions") or [])
    lex.mouthpieces = frozenset(" ".join(normalize_form(str(x)).split()) for x in g.get("mouthpieces") or [])
    lex.object_suffixes = tuple(sorted((normalize_form(x) for x in m.get("object_suffixes") or []),
                                       key=len, reverse=True))
    lex.preps_all = frozenset().union(*lex.preps.values(), lex.content_preps, lex.via_openers)
    _suffixed_forms(lex)
    heads = set(lex.single) | set(lex.multi)
    lex.starters = frozenset(heads | {c + h for c in lex.conj for h in heads} | set(lex.suffixed))
    for row in load_tsv("claims/channels.tsv", required=("form", "type")):
        parts = tuple(normalize_form(row["form"]).split())
        if len(parts) == 1:
            lex.channels[parts[0]] = (row["type"], row.get("specific") == "yes")
        else:
            lex.channel_multi.setdefault(parts[0], []).append(parts[1:])
    for row in load_tsv("claims/stance.tsv", required=("form", "stance", "scope")):
        key = tuple(normalize_form(row["form"]).split())
        target = lex.stance_start if row["scope"] == "start" else lex.stance_any
        target[key] = row["stance"]
    lex.stance_any_first = frozenset(k[0] for k in lex.stance_any)
    return lex
