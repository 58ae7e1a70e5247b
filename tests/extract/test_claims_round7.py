"""Claims: constructions fixed in round 7 from the error analysis of held-out reports (own sentences).

Verbs of promising, wishing, chanting and criticising in their persons and participles; a stance
noun or a noun with a pronoun right after the cue is its object, not its speaker; a manner adverb
after the cue is no speaker; the resumptive pronoun of a relative clause (أكدت فيه X); a plural
participle right before a verb is that verb's subject; a source after بحسب followed by a verb with
its own subject is the via of that verb's claim.
"""

from __future__ import annotations

import pytest

from khabar.doc import Article, Doc
from khabar.extract.claim_lexicon import lexicon
from khabar.extract.claim_tokens import find_hits
from tests.extract.test_claims_round6 import run


def cues(doc: Doc) -> list[tuple[str, str | None]]:
    return [(c.cue.text, c.speaker_text) for c in doc.claims]


@pytest.mark.parametrize("text, cue, speaker", [
    pytest.param("ووعد وزير الداخلية بملاحقة منفذي الهجوم.", "ووعد", "وزير الداخلية", id="waad"),
    pytest.param("ووعدت الحكومة بتعويض أسر الضحايا.", "ووعدت", "الحكومة", id="waadat"),
    pytest.param("وتمنت الوزارة أن يتعافى الجرحى سريعا.", "وتمنت", "الوزارة", id="tamannat"),
    pytest.param("وانتقد الحزب أداء الأجهزة الأمنية في حماية المصلين.", "وانتقد", "الحزب", id="intaqada"),
    pytest.param("وردد المحتجون: «لا للإرهاب».", "وردد", "المحتجون", id="raddada-colon"),
])
def test_verb_classes_are_cues(text, cue, speaker):
    assert cues(run(text)) == [(cue, speaker)]


@pytest.mark.parametrize("text, cue", [
    pytest.param("وقال الوزير إن القوات تلاحق الخلية، متمنيا الشفاء العاجل للمصابين.", "متمنيا", id="mutamanniyan"),
    pytest.param("وقال الوزير إن القوات تلاحق الخلية، مناشدا الأهالي التعاون مع الأجهزة.", "مناشدا", id="munashidan"),
    pytest.param("وقال الوزير إن القوات تلاحق الخلية، منتقدا صمت المنظمات الدولية.", "منتقدا", id="muntaqidan"),
])
def test_participles_take_the_speaker_before(text, cue):
    doc = run(text)
    assert cues(doc) == [("وقال", "الوزير"), (cue, "الوزير")]


@pytest.mark.parametrize("text, speaker, content", [
    pytest.param("وقال وزير الخارجية إن الهجوم جبان. وأكد تضامن دولة الكويت مع الشعب العراقي.",
                 "وزير الخارجية", "تضامن دولة الكويت مع الشعب العراقي", id="stance-noun-antecedent"),
    pytest.param("أدان المجلس الهجوم، حيث أكد رفض البلاد كل أشكال العنف.",
                 "المجلس", "رفض البلاد كل أشكال العنف", id="stance-noun-subject-before"),
    pytest.param("أدانت الجامعة العربية الهجوم، حيث أكدت وقوفها مع الحكومة العراقية.",
                 "الجامعة العربية", "وقوفها مع الحكومة العراقية", id="waw-initial-noun-with-pronoun"),
])
def test_a_stance_noun_after_the_cue_is_the_object(text, speaker, content):
    doc = run(text)
    c = doc.claims[-1]
    assert (c.speaker_text, c.content.text) == (speaker, content)


def test_a_stance_noun_does_not_hide_a_real_speaker():
    doc = run("وأكد الرئيس دعم بلاده للحكومة.")
    assert cues(doc) == [("وأكد", "الرئيس")]


def test_a_manner_adverb_is_no_speaker():
    doc = run("وقال الناطق باسم الشرطة إن دورية تعرضت لإطلاق نار. وأكد ميدانيا أن المهاجمين فروا.")
    assert [c.speaker_text for c in doc.claims] == ["الناطق باسم الشرطة", "الناطق باسم الشرطة"]
    assert doc.claims[1].content.text == "أن المهاجمين فروا"


def test_the_resumptive_pronoun_is_skipped():
    doc = run("تقدمت القوات نحو القاعدة في الوقت الذي أكدت فيه مصادر محلية أن الحصار مستمر.")
    assert cues(doc) == [("أكدت", "مصادر محلية")]


def test_a_plural_participle_before_a_verb_is_its_subject():
    doc = run("واستعادت القوات بعض الأحياء، لكن منتقدين يقولون إن القصف دمر المدينة.")
    assert cues(doc) == [("يقولون", "منتقدين")]


@pytest.mark.parametrize("text, speaker, via", [
    pytest.param("وحسب موقع الجزيرة؛ فقد أعلنت قوات المعارضة أن مقاتليها سيطروا على التلة.",
                 "قوات المعارضة", "موقع الجزيرة", id="semicolon-faqad"),
    pytest.param("وبحسب موقع 24 أوضحت الجماعة أن الأسرى نقلوا إلى مكان آخر.",
                 "الجماعة", "موقع 24", id="outlet-with-number"),
])
def test_a_source_before_a_verb_with_its_own_subject_is_a_via(text, speaker, via):
    doc = run(text)
    assert [(c.speaker_text, [v.text for v in c.via]) for c in doc.claims] == [(speaker, [via])]


def test_a_source_before_a_verb_without_subject_stays_the_speaker():
    doc = run("وبحسب المرصد، فإن الاشتباكات استمرت حتى الصباح.")
    assert cues(doc) == [("وبحسب", "المرصد")]


def test_a_plural_verb_after_kama_carries_its_subject():
    doc = run("وتجمع المحتجون أمام مبنى المحافظة، كما رددوا هتافات ضد الحكومة.")
    assert doc.claims == []


@pytest.mark.parametrize("text, cue, speaker", [
    pytest.param("وبدأ المحتجون يقتربون من الحواجز مرددين «لا للظلم».", "مرددين", "المحتجون", id="participle"),
    pytest.param("ونظم الحراس اعتصاما أمام مقر الشرطة. وأوضحوا أن زملاءهم اعتقلوا دون سبب.",
                 "وأوضحوا", "الحراس", id="verb-after-sentence"),
])
def test_a_plural_cue_shares_the_plural_subject_of_its_clause(text, cue, speaker):
    doc = run("وقال الوزير إن الأمن مستتب. " + text)
    assert cues(doc)[-1] == (cue, speaker)


def test_kama_then_wish_is_no_statement():
    doc = run("وقال اللاعب إن الموسم لم يكن كما تمنى في بدايته.")
    assert cues(doc) == [("وقال", "اللاعب")]
    assert doc.claims[0].content.text == "إن الموسم لم يكن كما تمنى في بدايته"


@pytest.mark.parametrize("text, expected", [
    pytest.param("لكن منتقدين يقولون إن القصف دمر المدينة.", ["يقولون"], id="participle-then-verb"),
    pytest.param("فعلق على الباب لافتة تحمل العبارة التالية: «الرجاء الهدوء».", ["فعلق", "لافتة"],
                 id="verb-without-its-required-word"),
])
def test_cue_hits_around_a_participle(text, expected):
    doc = Doc(Article(id="t", text=text))
    assert [doc.tokens[h.start].span.text for h in find_hits(doc.tokens, lexicon())] == expected


@pytest.mark.parametrize("text, speaker, content", [
    pytest.param("بدوره، دان أمين سر المجلس الوطني، عادل الحربي، الهجوم الإرهابي.",
                 "أمين سر المجلس الوطني، عادل الحربي", "الهجوم الإرهابي", id="title-comma-name-comma"),
])
def test_a_name_between_commas_after_a_title_stays_in_the_speaker(text, speaker, content):
    doc = run(text)
    assert [(c.speaker_text, c.content.text) for c in doc.claims] == [(speaker, content)]


@pytest.mark.parametrize("text", [
    pytest.param("ودانت الحكومة الألمانية التفجير الإرهابي وأعرب فرانك شتاينماير وزير الخارجية في تصريح نشرته "
                 "الوزارة عن مواساة الحكومة للضحايا.", id="named-subject"),
    pytest.param("ودانت الحكومة الألمانية التفجير الإرهابي وأعرب وزير الخارجية الألماني في تصريح عن مواساة "
                 "الحكومة للضحايا.", id="title-then-the-cue-preposition"),
])
def test_a_coordinated_cue_with_its_own_subject_ends_the_object(text):
    doc = run(text)
    assert [c.cue.text for c in doc.claims] == ["ودانت", "وأعرب"]
    assert doc.claims[0].content.text == "التفجير الإرهابي"


def test_a_long_quoted_name_before_an_adjunct_is_the_subject():
    doc = run('وتعهدت "حركة الشباب المجاهدين الصومالية" في بيان على الإنترنت "بمواصلة القتال".')
    assert [(c.speaker_text, c.content.text) for c in doc.claims] == [
        ("حركة الشباب المجاهدين الصومالية", "بمواصلة القتال")]


def test_a_noun_with_a_pronoun_after_an_indefinite_subject_and_its_adjective_is_the_object():
    doc = run("وأعلنت جماعة مسلحة مجهولة مسؤوليتها عن الهجوم.")
    assert [(c.speaker_text, c.content.text) for c in doc.claims] == [
        ("جماعة مسلحة مجهولة", "مسؤوليتها عن الهجوم")]


@pytest.mark.parametrize("text, cue, speaker, via", [
    pytest.param("أدانت الحكومة الهجوم. وشددت وفقا لوكالة الأنباء الرسمية على أن الجريمة لا تمت لأي دين.",
                 "وشددت", "الحكومة", "وكالة الأنباء الرسمية", id="verb"),
    pytest.param("وقال الوزير إن الحكومة تدين الهجوم، مؤكدا وفقا لوكالة الأنباء الرسمية أنها تقف مع الضحايا.",
                 "مؤكدا", "الوزير", "وكالة الأنباء الرسمية", id="participle"),
])
def test_an_outlet_right_after_the_cue_is_a_via(text, cue, speaker, via):
    doc = run(text)
    c = doc.claims[-1]
    assert (c.cue.text, c.speaker_text, [v.text for v in c.via]) == (cue, speaker, [via])


@pytest.mark.parametrize("text, cue, speaker, content", [
    pytest.param("أصدرت قيادة القوات المشتركة، اليوم، بيانا أوضحت فيه أن الطائرة عادت سالمة.",
                 "أوضحت", "قيادة القوات المشتركة", "أن الطائرة عادت سالمة", id="statement-then-anna"),
    pytest.param("نشرت الشبكة الحقوقية تقريرا بعنوان «ضحايا العيد»، وثقت فيه حصيلة الضحايا خلال أيام العيد.",
                 "وثقت", "الشبكة الحقوقية", "حصيلة الضحايا خلال أيام العيد", id="report-then-object"),
])
def test_the_maker_of_a_document_speaks_through_its_pronoun(text, cue, speaker, content):
    doc = run(text)
    assert [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims] == [(cue, speaker, content)]


@pytest.mark.parametrize("text, speaker, content", [
    pytest.param("وقال أحمد سالم، وهو من سكان البلدة، للصحفيين إن القصف استمر.", "أحمد سالم", "إن القصف استمر",
                 id="person"),
    pytest.param("وقال الجيش، وهو الطرف الأقوى في المدينة، إن القصف استمر.", "الجيش", "إن القصف استمر", id="body"),
])
def test_an_apposition_between_commas_after_the_speaker_is_skipped(text, speaker, content):
    doc = run(text)
    assert [(c.speaker_text, c.content.text) for c in doc.claims] == [(speaker, content)]


@pytest.mark.parametrize("text, content", [
    pytest.param("وأكد عبدالحافظ الموظف في محاكم الجنايات في المدينة القريبة من العاصمة مقتل المتهم أمس.",
                 "مقتل المتهم أمس", id="descriptor-then-stance-noun"),
    pytest.param("وأعلن الجيش في بيان مقتل خمسة مسلحين.", "مقتل خمسة مسلحين", id="via-unchanged"),
])
def test_a_prepositional_descriptor_of_the_speaker_is_not_the_object(text, content):
    assert [c.content.text for c in run(text).claims] == [content]


@pytest.mark.parametrize("text, speaker, content", [
    pytest.param("ودان سالم العلي، الأمين العام للمنظمة، الهجوم الإرهابي.", "سالم العلي، الأمين العام للمنظمة",
                 "الهجوم الإرهابي", id="title-apposition"),
    pytest.param("وناشدت والدة الصحفي المختفي، المعتقل منذ أشهر، المنظمات الحقوقية التدخل.",
                 "والدة الصحفي المختفي، المعتقل منذ أشهر", "المنظمات الحقوقية التدخل", id="adjective-apposition"),
    pytest.param("وأعلنت الوزارة، الاثنين، مقتل خمسة مسلحين.", "الوزارة", "مقتل خمسة مسلحين", id="a-time-is-no-apposition"),
])
def test_an_apposition_after_the_speaker_of_an_object_cue(text, speaker, content):
    assert [(c.speaker_text, c.content.text) for c in run(text).claims] == [(speaker, content)]


@pytest.mark.parametrize("text, cue, speaker, content, stance", [
    pytest.param("وقال المتمردون إن الغارات قتلت مدنيين، وهو ما تنفيه الحكومة.", "تنفيه", "الحكومة",
                 "إن الغارات قتلت مدنيين", "deny", id="after-a-claim"),
    pytest.param("ويأتي الهجوم بعد خطف الجبهة ثمانية مقاتلين، وهو أمر نفته وزارة الدفاع.", "نفته", "وزارة الدفاع",
                 "ويأتي الهجوم بعد خطف الجبهة ثمانية مقاتلين", "deny", id="after-a-plain-clause"),
    pytest.param("واتهم الحزب الحكومة بتزوير الانتخابات، وهو ما نفاه رئيس الوزراء.", "نفاه", "رئيس الوزراء",
                 "الحكومة بتزوير الانتخابات", "deny", id="alef-before-the-pronoun"),
])
def test_a_claim_told_after_what_it_is_about(text, cue, speaker, content, stance):
    c = run(text).claims[-1]
    assert (c.cue.text, c.speaker_text, c.content.text, c.stance) == (cue, speaker, content, stance)


def test_a_backward_frame_without_a_cue_verb_is_no_claim():
    assert run("ووصلت التعزيزات إلى المدينة، وهو ما أثار مخاوف السكان.").claims == []


@pytest.mark.parametrize("text, speaker, content", [
    pytest.param("وتابع المصدر نفسه أن الطيارين نقلوا إلى قاعدة عسكرية.", "المصدر نفسه",
                 "أن الطيارين نقلوا إلى قاعدة عسكرية", id="nafsuhu-after-a-content-verb"),
    pytest.param("وأعلنت الوزارة ذاتها مقتل ثلاثة من عناصر الأمن.", "الوزارة ذاتها",
                 "مقتل ثلاثة من عناصر الأمن", id="dhatuha-before-an-object"),
    pytest.param("ونسب المصدر نفسه الهجوم إلى التنظيم.", "المصدر نفسه", "الهجوم إلى التنظيم",
                 id="nafsuhu-then-the-object"),
])
def test_the_same_source_is_one_speaker(text, speaker, content):
    assert [(c.speaker_text, c.content.text) for c in run(text).claims] == [(speaker, content)]
