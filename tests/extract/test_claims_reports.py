"""Claims on report sentences (own sentences): the constructions the error analysis of unseen
reports turned up. Soft-wrapped lines, participles inside a content, relayed sources and channels;
prayers, أبان, a first name written like a preposition, cues after a clause opener, prepositional
cues after their content, نسب; verbs of promising, wishing, chanting and criticising, stance nouns
after a cue, resumptive pronouns; an outlet after بحسب/وفقا between the subject and the content, the
agent of إعلان, contrastive openers, فقد after a source."""

from __future__ import annotations

import pytest

from khabar.doc import Article, Doc, EntityMention, Span
from khabar.extract.claim_lexicon import lexicon
from khabar.extract.claim_tokens import find_hits
from khabar.extract.claims import extract_claims
from khabar.extract.entities import extract_entities
from tests.extract.claim_helpers import run


def claims_only(text: str) -> Doc:
    doc = Doc(Article(id="t", text=text))
    extract_claims(doc)
    for c in doc.claims:
        for s in [c.cue, c.content, *c.via] + ([c.speaker] if c.speaker else []):
            assert doc.text[s.start:s.end] == s.text
    return doc


def summary(doc: Doc) -> list[tuple[str, str | None, str]]:
    return [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims]


CASES = [
    pytest.param("بيروت 11 أغسطس واس\n قال مسؤولون أمس إن مسلحين من الحزب هاجموا موقعا\n أماميا للجيش في البلدة.",
                 [("قال", "مسؤولون", "إن مسلحين من الحزب هاجموا موقعا\n أماميا للجيش في البلدة")],
                 id="soft-wrapped-line"),
    pytest.param("قال مسؤولون إن مسلحين هاجموا البلدة\n\nوأغلقت السلطات الطرق المؤدية إليها.",
                 [("قال", "مسؤولون", "إن مسلحين هاجموا البلدة")],
                 id="blank-line-ends-content"),
    pytest.param("وقال المتحدث باسم الجيش في بيان إنه بناء على معلومات مؤكدة من الأجهزة الأمنية قصفت "
                 "القوات مقرا للمسلحين.",
                 [("وقال", "المتحدث باسم الجيش",
                   "إنه بناء على معلومات مؤكدة من الأجهزة الأمنية قصفت القوات مقرا للمسلحين")],
                 id="participle-adjective-inside-content"),
    pytest.param("ونقلت الوكالة الرسمية عن مصدر وصفته بأنه مطلع من وزارة الخارجية قوله إن السفارة ستفتح "
                 "أبوابها قريبا.",
                 [("قوله", "مصدر وصفته بأنه مطلع من وزارة الخارجية", "إن السفارة ستفتح أبوابها قريبا")],
                 id="relay-source-described-with-anna"),
    pytest.param("وقالت الوزارة إن الوضع خطير. وشددت بهذا الصدد على أن الحل سياسي.",
                 [("وقالت", "الوزارة", "إن الوضع خطير"), ("وشددت", "الوزارة", "على أن الحل سياسي")],
                 id="discourse-adverb-is-no-speaker"),
    pytest.param("وقال المتحدث إن القوات تقدمت. وأوضح بدوره أن المعارك مستمرة.",
                 [("وقال", "المتحدث", "إن القوات تقدمت"), ("وأوضح", "المتحدث", "أن المعارك مستمرة")],
                 id="bi-dawrihi-is-no-speaker"),
    pytest.param('وغرد الشيخ سعيد العمري عبر حسابه الرسمي قائلا: "قتل المصلين جريمة".',
                 [("وغرد", "الشيخ سعيد العمري", "قتل المصلين جريمة")],
                 id="manner-participle-after-verb"),
    pytest.param('وعلق الوزير معلقا على الهجوم: "هذا عمل جبان".',
                 [("وعلق", "الوزير", "هذا عمل جبان")],
                 id="comment-verb"),
    pytest.param("كما نص القرار على أن تتولى القوات حفظ الأمن في المنطقة.",
                 [("نص", "القرار", "على أن تتولى القوات حفظ الأمن في المنطقة")],
                 id="text-stipulates"),
    pytest.param("ووثقت الشبكة مقتل عشرين مدنيا في القصف.",
                 [("ووثقت", "الشبكة", "مقتل عشرين مدنيا في القصف")],
                 id="monitor-documents"),
    pytest.param("وقالت المحكمة إنها أفرجت عن 16 متهما، بلا كفالة.",
                 [("وقالت", "المحكمة", "إنها أفرجت عن 16 متهما، بلا كفالة")],
                 id="participle-after-a-number-is-a-noun"),
    pytest.param("وكان بين خمسة متهمين مثلوا أمام المحكمة.", [], id="participle-after-a-number-word"),
    pytest.param("ووجهت النيابة اتهامات لخمسة وعشرين متهما في القضية.", [],
                 id="participle-after-a-compound-number"),
    pytest.param("وأعلنت الجبهة مسؤوليتها عن الهجوم اليوم الاثنين قائلة إن العملية رد على الاعتقالات.",
                 [("وأعلنت", "الجبهة", "مسؤوليتها عن الهجوم اليوم الاثنين"),
                  ("قائلة", "الجبهة", "إن العملية رد على الاعتقالات")],
                 id="participle-after-monday"),
    pytest.param("وتضم الشبكة بحسب دراسات بحثية سابقة سبعة ملايين حساب.",
                 [("بحسب", "دراسات بحثية سابقة", "سبعة ملايين حساب")],
                 id="source-with-ba-nisba-adjective"),
    pytest.param("طالب الرئيس الأفغاني أشرف عبد الغني، البلد الجار باكستان بالتصدي للمسلحين.",
                 [("طالب", "الرئيس الأفغاني أشرف عبد الغني", "البلد الجار باكستان بالتصدي للمسلحين")],
                 id="one-comma-before-the-object"),
    pytest.param("وتابع الأمن عملياته النشطة التي تستهدف مناصري «الحزب» في أنحاء البلاد.", [],
                 id="continue-with-an-object-is-no-statement"),
    pytest.param("وأعلن الجيش مقتل جنديين وإصابة 4 بجروح.",
                 [("وأعلن", "الجيش", "مقتل جنديين وإصابة 4 بجروح")], id="army-is-no-title"),
    pytest.param("وقال الحزب إنه قتل 8 جنود. لكن الجيش أعلن مقتل جنديين وإصابة 4 بجروح.",
                 [("وقال", "الحزب", "إنه قتل 8 جنود"), ("أعلن", "الجيش", "مقتل جنديين وإصابة 4 بجروح")],
                 id="toll-after-the-cue-is-its-object"),
    pytest.param("وقال قائد الشرطة العميد أحمد علي إن الوضع مستقر.",
                 [("وقال", "قائد الشرطة العميد أحمد علي", "إن الوضع مستقر")], id="name-ali-is-no-preposition"),
    pytest.param("وأكد الوزير علي أن الحل سياسي.",
                 [("وأكد", "الوزير", "علي أن الحل سياسي")], id="ala-spelled-with-ya-after-a-title"),
    pytest.param("وحذر الإمام من دعاة الفتنة وغيرهم.", [("وحذر", "الإمام", "من دعاة الفتنة وغيرهم")],
                 id="noun-with-ta-marbuta-is-no-verb-with-pronoun"),
    pytest.param("تناولت الصحف المحلية زيارة الوزير إلى عمان. وأشارت إلى أن الزيارة تستمر يومين.",
                 [("وأشارت", "الصحف المحلية", "إلى أن الزيارة تستمر يومين")],
                 id="feminine-cue-takes-the-feminine-verbs-subject"),
    pytest.param("وجاء ذلك بعد نفي الوزارة أن تكون قواتها قصفت المدينة.",
                 [("نفي", "الوزارة", "أن تكون قواتها قصفت المدينة")], id="verbal-noun-with-anna"),
    pytest.param("وقال طبيب للإذاعة العامة إن حالة المصابة خطيرة.",
                 [("وقال", "طبيب", "إن حالة المصابة خطيرة")], id="lam-article-outlet-ends-the-speaker"),
    pytest.param('وعلق المدرب على التأهل قائلا: "لقد كتبنا التاريخ".',
                 [("وعلق", "المدرب", "لقد كتبنا التاريخ")], id="manner-participle-speaker-ends-before-its-topic"),
    pytest.param("وأكدت الوزارة وجود خطط لإعادة البناء، قائلة إنها تستهدف مشاريع كبيرة.",
                 [("وأكدت", "الوزارة", "وجود خطط لإعادة البناء"), ("قائلة", "الوزارة", "إنها تستهدف مشاريع كبيرة")],
                 id="participle-after-an-object-is-its-own-claim"),
    pytest.param('وجاء في نص الرسالة: "نشكركم على حسن الضيافة".', [], id="nass-the-noun-text"),
    pytest.param("وفي إشارة إلى الاتفاق أن يمهد لتقارب بين البلدين.", [],
                 id="verbal-noun-with-no-agent"),
    pytest.param("وتم العثور على الرجل معلقا على سياج قرب المصنع.", [], id="hanging-is-no-comment"),
    pytest.param("وعلقت الصحيفة على ذلك بأن الحملة بدأت مبكرا.",
                 [("وعلقت", "الصحيفة", "بأن الحملة بدأت مبكرا")], id="comment-topic-is-no-speaker"),
    pytest.param("وقال الرئيس إن الاتفاق تاريخي. وينص الاتفاق على رفع العقوبات تدريجيا. وأضاف أن التنفيذ يبدأ غدا.",
                 [("وقال", "الرئيس", "إن الاتفاق تاريخي"), ("وينص", "الاتفاق", "على رفع العقوبات تدريجيا"),
                  ("وأضاف", "الرئيس", "أن التنفيذ يبدأ غدا")], id="a-text-stipulating-is-no-antecedent"),
    pytest.param("فهم يرحبون بأي اتفاق ينهي الحرب.", [],
                 id="fa-pronoun-is-no-speaker"),
    pytest.param('وتساءل أحمد سعيد، عضو البرلمان: "لماذا يحتفلون؟"',
                 [("وتساءل", "أحمد سعيد، عضو البرلمان", "لماذا يحتفلون؟")], id="apposition-before-a-colon"),
    pytest.param("وقال الوزير إن الوضع هادئ. كانت تؤكد أن الحل سياسي.", [("وقال", "الوزير", "إن الوضع هادئ")],
                 id="copula-is-no-subject"),
    pytest.param("وشهدت الجلسة اعتراف المتهم عبدالرحمن صباح عيدان أمام المحكمة بأنه قاد السيارة.",
                 [("اعتراف", "المتهم عبدالرحمن صباح عيدان", "بأنه قاد السيارة")], id="time-word-between-names"),
    pytest.param("وقال مسؤول صباح اليوم إن الهجوم فشل.", [("وقال", "مسؤول", "إن الهجوم فشل")],
                 id="time-word-before-a-day"),
    pytest.param("وتشير المعلومات إلى أن المنفذ كان طويل الشعر. وأفادت تقارير إخبارية بأن الهجوم فشل.",
                 [("وأفادت", "تقارير إخبارية", "بأن الهجوم فشل")], id="evidence-is-no-source"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_claims(text, expected):
    assert summary(claims_only(text)) == expected


@pytest.mark.parametrize("text, via", [
    pytest.param("وذكرت الوزارة في بيانها أن الشرطة اعتقلت خمسة أشخاص.", "بيانها", id="statement-her"),
    pytest.param("وقال الجيش لرويترز إن قواته قصفت مواقع المسلحين.", "رويترز", id="lam-outlet"),
    pytest.param("وقال طبيب للإذاعة العامة إن حالة المصابة خطيرة.", "لإذاعة العامة", id="lam-article-outlet"),
])
def test_via_keeps_the_channel_whole(text, via):
    assert [v.text for v in claims_only(text).claims[0].via] == [via]


def test_coordinated_cue_shares_the_subject_of_its_clause():
    doc = Doc(Article(id="t", text='قال المتحدث إن الوضع هادئ. وتفاعل الدكتور خالد الحربي مع الحملة وكتب "لن ننسى الشهداء".'))
    from khabar.extract.entities import extract_entities
    extract_entities(doc)
    extract_claims(doc)
    last = doc.claims[-1]
    assert (last.cue.text, last.speaker_text, last.speaker_implicit) == ("وكتب", "الدكتور خالد الحربي", True)


@pytest.mark.parametrize("text, expected, via", [
    pytest.param("وأفادت مصادر بحسب قناة الغد كذلك بأن المسلحين داهموا المنازل.",
                 ("وأفادت", "مصادر", "بأن المسلحين داهموا المنازل"), ["قناة الغد"], id="outlet-before-anna"),
    pytest.param("واقتحمت القوات موقعا تابع للجيش، بحسب قناة الغد.",
                 ("بحسب", "قناة الغد", "واقتحمت القوات موقعا تابع للجيش"), [], id="outlet-ending-a-sentence"),
])
def test_outlet_inside_the_speaker_region_is_a_via(text, expected, via):
    c = claims_only(text).claims[0]
    assert ((c.cue.text, c.speaker_text, c.content.text), [v.text for v in c.via]) == (expected, via)


def test_honorific_pronoun_takes_the_person_after_its_title():
    from khabar.extract.entities import extract_entities
    text = ("أدى صاحب السمو الملكي الأمير فيصل بن خالد صلاة الميت على الشهداء. ونقل سموه التعازي نيابة عن "
            "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، وقال سموه: \"نعزي أنفسنا في أبنائنا\".")
    doc = Doc(Article(id="t", text=text))
    extract_entities(doc)
    extract_claims(doc)
    c = doc.claims[-1]
    assert (c.cue.text, c.speaker_text, c.speaker_implicit) == ("وقال", "فيصل بن خالد", True)


def test_participle_after_a_linking_phrase_takes_the_subject_of_its_sentence():
    from khabar.extract.entities import extract_entities
    text = ("وقال الجيش إن العملية مستمرة. إلى ذلك، تبنى حزب العمال الكردستاني أمس هجوما بسيارة مفخخة، "
            "مؤكدا أنه قتل ثمانية جنود.")
    doc = Doc(Article(id="t", text=text))
    extract_entities(doc)
    extract_claims(doc)
    assert (doc.claims[-1].cue.text, doc.claims[-1].speaker_text) == ("مؤكدا", "حزب العمال الكردستاني")


def test_time_word_inside_a_name_does_not_end_the_speaker():
    text = "وشهدت الجلسة اعتراف المتهم الأول عبدالرحمن صباح عيدان أمام المحكمة بأنه قاد السيارة."
    doc = Doc(Article(id="t", text=text))
    name = "عبدالرحمن صباح عيدان"
    start = text.index(name)
    doc.entities = [EntityMention(span=Span(start, start + len(name), name), label="PER")]
    extract_claims(doc)
    assert doc.claims[0].speaker_text == "المتهم الأول عبدالرحمن صباح عيدان"


def test_coordinated_cue_with_a_named_subject_and_its_object_ends_the_content():
    text = "وذكر مصدر أمني أن الشبكة لا علاقة لها بالتفجير الذي وقع في المسجد وأعلن تنظيم داعش مسؤوليته عنه."
    doc = Doc(Article(id="t", text=text))
    name = "تنظيم داعش"
    start = text.index(name)
    doc.entities = [EntityMention(span=Span(start, start + len(name), name), label="ORG")]
    extract_claims(doc)
    assert summary(doc) == [("وذكر", "مصدر أمني", "أن الشبكة لا علاقة لها بالتفجير الذي وقع في المسجد"),
                            ("وأعلن", "تنظيم داعش", "مسؤوليته عنه")]


def test_transitive_cue_with_a_name_then_its_object():
    text = 'ووصف نتانياهو الهجوم بأنه "عمل إرهابي".'
    doc = Doc(Article(id="t", text=text))
    start = text.index("نتانياهو")
    doc.entities = [EntityMention(span=Span(start, start + 8, "نتانياهو"), label="PER")]
    extract_claims(doc)
    assert summary(doc) == [("ووصف", "نتانياهو", 'الهجوم بأنه "عمل إرهابي"')]


def test_relative_clause_speaker_is_the_whole_name_before_it():
    from khabar.extract.entities import extract_entities
    doc = Doc(Article(id="t", text="وشنت حركة الشباب التي أعلنت مسؤوليتها عن التفجير هجمات متكررة في العاصمة."))
    extract_entities(doc)
    extract_claims(doc)
    assert [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims] == [
        ("أعلنت", "حركة الشباب", "مسؤوليتها عن التفجير")]


@pytest.mark.parametrize("text, content", [
    # a source inside a sentence followed by an adjunct takes the clause before it
    pytest.param("وقتل ثلاثة مسلحين وأصيب اثنان آخران بحسب مصادر محلية بعد هجوم على نقطة تفتيش.",
                 "وقتل ثلاثة مسلحين وأصيب اثنان آخران", id="source-then-time-adjunct"),
    pytest.param("وبحسب مصادر محلية اقتحم المسلحون القرية بعد منتصف الليل.",
                 "اقتحم المسلحون القرية بعد منتصف الليل", id="source-opening-the-sentence"),
    # the writer's aside ends the content even without a comma
    pytest.param("وقال الجيش إن المقاتلين صدوا الهجوم دون ذكر أي ضحايا في صفوفهم.",
                 "إن المقاتلين صدوا الهجوم", id="without-mentioning"),
    pytest.param("وأكدت الشرطة اعتقال خمسة مشتبه بهم من دون أن تكشف هوياتهم.",
                 "اعتقال خمسة مشتبه بهم", id="without-revealing"),
    pytest.param("وقال الطبيب إن الجرحى وصلوا دون إصابات خطيرة.",
                 "إن الجرحى وصلوا دون إصابات خطيرة", id="plain-without-stays-in-the-content"),
])
def test_content_boundary(text, content):
    assert claims_only(text).claims[0].content.text == content


@pytest.mark.parametrize("text", [
    pytest.param("وأعلنت الشرطة القبض على خمسة أشخاص اتهموا بتخطيط هجمات داخل البلاد.", id="plural-passive"),
    pytest.param("وأفرجت السلطات عن الصحفي الذي اتهم بالتجسس لصالح دولة أجنبية.", id="singular-passive"),
])
def test_transitive_cue_followed_by_its_preposition_is_a_passive_and_no_statement(text):
    assert all(c.cue.text not in ("اتهموا", "اتهم") for c in claims_only(text).claims)


@pytest.mark.parametrize("text, expected", [
    pytest.param("ووصف الوزير الهجوم بأنه عمل جبان.", ("الوزير", "الهجوم بأنه عمل جبان"), id="title-then-object"),
    pytest.param("واتهم الوزير الحوثيين بخرق الهدنة.", ("الوزير", "الحوثيين بخرق الهدنة"),
                 id="plural-after-a-bare-title-is-the-object"),
    pytest.param("واتهم وزير الخارجية المسلحين بخرق الهدنة.", ("وزير الخارجية", "المسلحين بخرق الهدنة"),
                 id="construct-title-keeps-its-genitive"),
])
def test_transitive_cue_object_after_a_title(text, expected):
    c = claims_only(text).claims[0]
    assert (c.speaker_text, c.content.text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقال المحافظ إن الانفجار هز السوق، داعيا الله أن يرحم الضحايا.",
                 [("وقال", "المحافظ", "إن الانفجار هز السوق")], id="participle-prayer"),
    pytest.param("وزار الوزير الجرحى في المستشفى، داعياً المولى عز وجل أن يمن عليهم بالشفاء.",
                 [], id="participle-prayer-al-mawla"),
    pytest.param("وقال الأمير إن الحادث لن يمر دون عقاب. ودعا الله أن يحفظ البلاد من كل سوء.",
                 [("وقال", "الأمير", "إن الحادث لن يمر دون عقاب")], id="verb-prayer"),
])
def test_a_prayer_is_no_claim(text, expected):
    assert summary(run(text)) == expected


def test_a_call_that_is_no_prayer_stays_a_claim():
    doc = run("ودعا المتحدث باسم الحكومة إلى وقف القتال فورا.")
    assert [(c.cue.text, c.speaker_text) for c in doc.claims] == [("ودعا", "المتحدث باسم الحكومة")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وأبان المتحدث الأمني أن الدوريات أوقفت المشتبه بهم عند نقطة التفتيش.",
                 [("وأبان", "المتحدث الأمني", "أن الدوريات أوقفت المشتبه بهم عند نقطة التفتيش")], id="aban"),
    pytest.param("وأبانت الوزارة في بيان أن المصابين نقلوا إلى المستشفى.",
                 [("وأبانت", "الوزارة", "أن المصابين نقلوا إلى المستشفى")], id="abanat"),
])
def test_aban_is_a_cue(text, expected):
    assert summary(run(text)) == expected


def test_a_first_name_written_like_a_preposition_is_the_speaker():
    text = ("قال سكان إن الغارات استمرت طوال الليل. وقال علي حسن المتحدث باسم الفصائل إن القتال مستمر "
            "قرب المطار.")
    doc = run(text)
    assert doc.claims[-1].speaker_text is not None and doc.claims[-1].speaker_text.startswith("علي حسن")
    assert doc.claims[-1].speaker_implicit is False


def test_a_cue_after_a_clause_opener_takes_the_antecedent():
    text = "وقال المتحدث العسكري إن القتال مستمر قرب المطار حيث قال إن المقاتلين دمروا ثلاث دبابات."
    doc = run(text)
    assert [(c.cue.text, c.speaker_text) for c in doc.claims] == [("وقال", "المتحدث العسكري"),
                                                                   ("قال", "المتحدث العسكري")]


def test_a_subject_before_idh_is_kept():
    doc = run("ولا يزال الحادث محل متابعة الجهات الأمنية، ووزارة الداخلية إذ تعلن ذلك لتبين أن هذا العمل "
              "الجبان لن يمر دون عقاب.")
    assert [c.speaker_text for c in doc.claims] == ["وزارة الداخلية"]


def test_a_later_plural_cue_means_the_residents():
    text = ("قال مواطنون إن الاشتباكات بدأت فجرا. وقال سكان في المدينة إن الطائرات قصفت الجسر، وأضافوا أن "
            "المدارس أغلقت أبوابها.")
    doc = run(text)
    assert (doc.claims[-1].cue.text, doc.claims[-1].speaker_text) == ("وأضافوا", "سكان في المدينة")


@pytest.mark.parametrize("text, expected", [
    pytest.param("قصف الطيران مواقع المسلحين قرب الحدود، وفقا لـ«الجزيرة».",
                 ("وفقا لـ", "الجزيرة", "قصف الطيران مواقع المسلحين قرب الحدود"), id="quoted-source"),
    pytest.param("بدأ المسلحون باستخدام طائرات مسيرة صغيرة، حسبما أوردته صحيفة الغارديان البريطانية.",
                 ("حسبما أوردته", "صحيفة الغارديان البريطانية", "بدأ المسلحون باستخدام طائرات مسيرة صغيرة"),
                 id="hasabama-verb-with-pronoun"),
    pytest.param("وقتل خمسة مقاتلين في المواجهات قرب المدينة.وفقا لوكالة الأنباء الرسمية.\nوعاد الهدوء.",
                 ("وفقا", "وكالة الأنباء الرسمية", "وقتل خمسة مقاتلين في المواجهات قرب المدينة"),
                 id="source-alone-in-its-sentence"),
])
def test_prepositional_cue_after_its_content(text, expected):
    assert summary(run(text))[0] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقتل عشرة أشخاص في تفجير انتحاري نسبته الحكومة إلى التنظيم المتطرف.",
                 [("نسبته", "الحكومة", "إلى التنظيم المتطرف")], id="verb-with-pronoun"),
    pytest.param("ونسب وزير الداخلية الهجوم إلى خلية تابعة للتنظيم.",
                 [("ونسب", "وزير الداخلية", "الهجوم إلى خلية تابعة للتنظيم")], id="subject-then-object"),
    pytest.param("وقتل جنديان في هجوم نسب إلى متمردين في الجنوب.", [], id="passive-prep-at-once"),
    pytest.param("وقتل جنديان في الهجوم الذي نسب الأحد الماضي إلى متمردين.", [], id="passive-after-a-time"),
    pytest.param("قتل جنديان في الجنوب. ونسب الهجوم إلى متمردين.", [], id="passive-one-noun-phrase"),
])
def test_attributing_an_attack(text, expected):
    assert summary(run(text)) == expected


def test_a_titled_name_then_an_indefinite_object():
    text = ("وقالت وزارة الدفاع إن الطائرة سقطت بسبب عطل فني. وأكد حاكم الولاية عبد الرحيم نور خان حصيلة "
            "القتلى. وأضاف أن المنطقة هادئة.")
    doc = run(text)
    assert [(c.cue.text, c.content.text) for c in doc.claims][1:] == [("وأكد", "حصيلة القتلى"),
                                                                       ("وأضاف", "أن المنطقة هادئة")]
    assert "خان" in doc.claims[1].speaker_text and doc.claims[2].speaker_text == doc.claims[1].speaker_text


def test_a_participle_takes_the_name_opening_its_sentence():
    text = ("وقالت وزارة الدفاع إن الطائرة سقطت بسبب عطل فني. لكن حركة طالبان تبنت العملية قائلة إنها "
            "أسقطت الطائرة بصاروخ.")
    doc = run(text)
    assert (doc.claims[-1].cue.text, doc.claims[-1].speaker_text) == ("قائلة", "حركة طالبان")


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقال مصدر أمني إن الانفجار وقع قرب المحكمة. وأعلنت ما تسمى كتائب الفجر مسؤوليتها عن التفجير. "
                 "وقالت في بيان إن عناصرها زرعوا العبوة.",
                 [("وقال", "مصدر أمني", "إن الانفجار وقع قرب المحكمة"),
                  ("وأعلنت", "كتائب الفجر", "مسؤوليتها عن التفجير"),
                  ("وقالت", "كتائب الفجر", "إن عناصرها زرعوا العبوة")], id="ma-tusamma"),
    pytest.param('وقال ما يعرف بـ"جيش الفتح" إن مقاتليه سيطروا على البلدة.',
                 [("وقال", "جيش الفتح", "إن مقاتليه سيطروا على البلدة")], id="ma-yuraf-bi"),
])
def test_so_called_before_the_speaker(text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize("text, expected, stance", [
    pytest.param("أعرب الوزير عن قلقه من تأجيل القمة فيما ألمحت مصادر برلمانية لـ«الحياة» إلى أن الموعد سيتغير.",
                 ("ألمحت", "مصادر برلمانية", "إلى أن الموعد سيتغير"), "uncertain", id="almahat"),
    pytest.param("في حين كان مصدر عسكري ومصدر أمني أشارا إلى محاولة خطف أجانب في الفندق.",
                 ("أشارا", "مصدر عسكري ومصدر أمني", "إلى محاولة خطف أجانب في الفندق"), "assert", id="dual"),
])
def test_hints_and_duals(text, expected, stance):
    c = run(text).claims[-1]
    assert ((c.cue.text, c.speaker_text, c.content.text), c.stance) == (expected, stance)


@pytest.mark.parametrize("text, expected", [
    pytest.param("واتهمت تركيا روسيا بخرق الهدنة في الشمال.",
                 ("واتهمت", "تركيا", "روسيا بخرق الهدنة في الشمال"), id="accuse"),
    pytest.param("ودعت واشنطن موسكو إلى وقف الغارات على المدنيين.",
                 ("ودعت", "واشنطن", "موسكو إلى وقف الغارات على المدنيين"), id="call-on"),
    pytest.param("وطالبت باكستان الهند بتقديم الأدلة على اتهاماتها.",
                 ("وطالبت", "باكستان", "الهند بتقديم الأدلة على اتهاماتها"), id="toponym-with-its-own-ba"),
    pytest.param("ودعت الولايات المتحدة إلى ضبط النفس.",
                 ("ودعت", "الولايات المتحدة", "إلى ضبط النفس"), id="one-toponym-of-two-words"),
])
def test_a_state_speaks_to_another(text, expected):
    from khabar.extract.places import extract_places
    doc = Doc(Article(id="t", text=text))
    extract_places(doc)
    extract_entities(doc)
    extract_claims(doc)
    assert summary(doc)[0] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("وحملت الحكومة الحركة المسؤولية الكاملة عن التفجير.",
                 [("وحملت", "الحكومة", "الحركة المسؤولية الكاملة عن التفجير")], id="body-then-object"),
    pytest.param("قال الوزير إن الهجوم فاشل. وحمل المعارضة مسؤولية التصعيد.",
                 [("قال", "الوزير", "إن الهجوم فاشل"), ("وحمل", "الوزير", "المعارضة مسؤولية التصعيد")],
                 id="implicit-subject"),
    pytest.param("وحمل الجنود أسلحتهم إلى المواقع الأمامية.", [], id="carry-is-no-cue"),
    pytest.param("وطلبت اللجنة فتح تحقيق وحملت الشرطة الحكومة مسؤولية التأخير.",
                 [("وحملت", "الشرطة", "الحكومة مسؤولية التأخير")], id="opens-a-new-clause"),
    pytest.param("وكان رئيس الوزراء أحمد داود أوغلو حمل منذ مساء الاثنين التنظيم مسؤولية الهجوم.",
                 [("حمل", "أحمد داود أوغلو", "التنظيم مسؤولية الهجوم")],
                 id="time-adjunct-after-the-cue-is-no-subject"),
])
def test_holding_responsible(text, expected):
    assert [x for x in summary(run(text)) if x[0] != "وطلبت"] == expected


def test_a_cue_in_a_relative_clause_inside_the_speaker_does_not_hide_the_main_cue():
    doc = run("وقال الجيش الذي يحمل الحركة مسؤولية أي هجوم إنه قصف مواقع لها.")
    assert ("وقال", "الجيش", "إنه قصف مواقع لها") in summary(doc)


@pytest.mark.parametrize("text, content", [
    pytest.param("وقد قال رسول الله (لا يحافظ على الوضوء إلا مؤمن)، فكيف بمن قتل المصلين؟",
                 "لا يحافظ على الوضوء إلا مؤمن", id="writer-goes-on-after-the-bracket"),
    pytest.param("قال الله تعالى (ولا تقتلوا أنفسكم إن الله كان بكم رحيما).",
                 "ولا تقتلوا أنفسكم إن الله كان بكم رحيما", id="bracket-ends-the-sentence"),
])
def test_a_bracketed_quotation_ends_at_its_bracket(text, content):
    assert summary(run(text))[-1][2] == content


@pytest.mark.parametrize("text, expected", [
    pytest.param("قال المتحدث إن الحركة منقسمة. ويرفض قسم منها مبايعة الزعيم، ما كشف عن أزمة قيادية عميقة.",
                 [("قال", "المتحدث", "إن الحركة منقسمة")], id="consequence-ma"),
    pytest.param("وقالت الوكالة إن الغارات أصابت 40 هدفا. ولا تشير الوكالة إلى ضحايا مدنيين.",
                 [("وقالت", "الوكالة", "إن الغارات أصابت 40 هدفا")], id="negated-mention"),
    pytest.param("وقتل ثلاثة في ما وصفه مسؤولون بأنه «هجوم إرهابي».",
                 [("وصفه", "مسؤولون", "بأنه «هجوم إرهابي»")], id="ma-with-its-own-subject"),
])
def test_nobody_speaks(text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize("text, speaker", [
    pytest.param("وقالت الجماعة التي تعرف باسم (الفرقة 30) إن مقاتلي الجبهة هاجموا مقرها فجرا.", "الفرقة 30",
                 id="relative-known-as-bracketed"),
    pytest.param("وقال التنظيم المعروف باسم «جند الخلافة» إن عناصره نفذوا الهجوم.", "جند الخلافة",
                 id="participle-known-as-quoted"),
])
def test_known_as_names_the_speaker(text, speaker):
    assert summary(run(text))[0][1] == speaker


def test_a_plural_cue_shares_the_plural_subject_opening_its_sentence():
    text = "وقال الوزير إن المهرجان ناجح. ورفع العارضون خلال العروض علم البلاد، وأكدوا أن العلم سيبقى خفاقا."
    assert summary(run(text))[-1][:2] == ("وأكدوا", "العارضون")


@pytest.mark.parametrize("text, expected", [
    pytest.param("وحث رئيس البلدية على إلغاء الأسلحة النووية.",
                 [("وحث", "رئيس البلدية", "على إلغاء الأسلحة النووية")], id="wa-hatha"),
    pytest.param("وقال الوزير إن الوضع خطير. وحث الدول على التحرك.",
                 [("وقال", "الوزير", "إن الوضع خطير"), ("وحث", "الوزير", "الدول على التحرك")], id="wa-hatha-object"),
])
def test_a_two_letter_cue_after_wa(text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("قال الناطق إن الوضع هادئ. وكان تغيير قادة الجيش متوقعا على نطاق واسع بعد الهزائم.",
                 [("قال", "الناطق", "إن الوضع هادئ")], id="copula-three-words-back"),
    pytest.param("وقال المرصد إن الاشتباكات استمرت، ومعلومات مؤكدة عن خسائر بشرية في صفوف المقاتلين.",
                 [("وقال", "المرصد", "إن الاشتباكات استمرت، ومعلومات مؤكدة عن خسائر بشرية في صفوف المقاتلين")],
                 id="adjective-after-wa-noun"),
])
def test_participles_that_are_no_cues(text, expected):
    assert summary(run(text)) == expected


def test_a_statement_frame_with_no_agent_takes_the_antecedent():
    doc = run("وأعرب الاتحاد الأوروبي عن دعمه للعمليات. وجاء في بيان أن الدول الأربع تبذل جهودا كبيرة.")
    assert summary(doc)[-1] == ("وجاء في بيان", "الاتحاد الأوروبي", "أن الدول الأربع تبذل جهودا كبيرة")
    assert doc.claims[-1].speaker_implicit


@pytest.mark.parametrize("text, speaker", [
    pytest.param("وقال المبعوث الأممي ستيفان دي ميستورا نقلا عن مصادر محلية في بيان إن الجيش ألقى براميل متفجرة.",
                 "المبعوث الأممي ستيفان دي ميستورا", id="a-person-citing-sources-speaks"),
    pytest.param("وقالت وكالة الأنباء الرسمية نقلا عن مصدر أمني إن خبراء المفرقعات أبطلوا عبوة أخرى.",
                 "مصدر أمني", id="an-agency-relays"),
])
def test_relay_after_a_person_or_an_agency(text, speaker):
    assert summary(run(text))[0][1] == speaker


def test_a_cue_after_a_comma_means_the_person_named_in_its_clause():
    text = ("وقال قائد الجيش اللواء محمد سالم إن صنعاء هدف أول. وتتطابق تصريحاته مع أخرى أطلقها المتحدث "
            "باسم التحالف، العميد أحمد عسيري، قال فيها إن الحكومة ستعود إلى عدن.")
    c = run(text).claims[-1]
    assert (c.cue.text, c.speaker_text) == ("قال", "أحمد عسيري")


def test_a_feminine_participle_after_a_linking_phrase_takes_the_agreeing_subject():
    text = ("وأشارت المصادر إلى مقتل 22 مسلحا. إلى ذلك، شكلت رئاسة محكمة الاستئناف هيئة قضائية للتحقيق في "
            "التفجير، مشيرة إلى اعتراف أحد المتهمين.")
    assert summary(run(text))[-1][:2] == ("مشيرة", "رئاسة محكمة الاستئناف")


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


def claims(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.cue.text, c.speaker_text, c.content.text, [v.text for v in c.via]) for c in run(text).claims]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وأكدت وزارة الخارجية وفقا لوكالة الأنباء الرسمية، تضامن الدولة مع الأسر المنكوبة.",
                 [("وأكدت", "وزارة الخارجية", "تضامن الدولة مع الأسر المنكوبة", ["وكالة الأنباء الرسمية"])],
                 id="subject-outlet-comma-object"),
    pytest.param("دانت الحكومة التفجير. وشددت وفقا لما نقلته وكالة الأنباء المحلية، على أن الجريمة لن تمر.",
                 [("دانت", "الحكومة", "التفجير", []),
                  ("وشددت", "الحكومة", "على أن الجريمة لن تمر", ["وكالة الأنباء المحلية"])],
                 id="no-subject-lima-pronoun-verb"),
    pytest.param("وقالت وزارة الدفاع – بحسب الإذاعة الرسمية – في بيان إن الغارة أصابت مخزنا للذخيرة.",
                 [("وقالت", "وزارة الدفاع", "إن الغارة أصابت مخزنا للذخيرة", ["الإذاعة الرسمية", "بيان"])],
                 id="outlet-between-dashes"),
    pytest.param("وأكدت الشرطة وفقا لوكالة الأنباء أن المسلحين فروا.",
                 [("وأكدت", "الشرطة", "أن المسلحين فروا", ["وكالة الأنباء"])],
                 id="outlet-right-before-anna"),
])
def test_an_outlet_after_the_subject_relays_the_claim(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text, cue, speaker", [
    pytest.param("قتل ثلاثة مدنيين في القصف، وفقا لما نقلته وكالة الأناضول.", "وفقا لما نقلته", "وكالة الأناضول",
                 id="lima-joins-the-pronoun-verb"),
    pytest.param("وقال الوزير إن القوات تقدمت، بحسب ما نقلت قناة محلية.", "وقال", "الوزير",
                 id="relay-after-a-content-unchanged"),
])
def test_an_outlet_ending_the_sentence_still_names_the_source(text, cue, speaker):
    assert [(c.cue.text, c.speaker_text) for c in run(text).claims][:1] == [(cue, speaker)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وجاء ذلك بعد إعلان وزارة الداخلية عن اعتقال خلية مسلحة في العاصمة.",
                 [("إعلان", "وزارة الداخلية", "عن اعتقال خلية مسلحة في العاصمة")], id="ministry-an"),
    pytest.param("وتزامن الهجوم مع إعلان المتحدث باسم الجيش عن مقتل عشرة مسلحين.",
                 [("إعلان", "المتحدث باسم الجيش", "عن مقتل عشرة مسلحين")], id="title-an"),
    pytest.param("ويأتي الهجوم غداة إعلان حركة طالبان مسؤوليتها عن تفجير السوق.",
                 [("إعلان", "حركة طالبان", "مسؤوليتها عن تفجير السوق")], id="object-with-pronoun"),
    pytest.param("وهو أول هجوم منذ إعلان وفاة زعيمها عن عمر يناهز السبعين.", [], id="no-agent"),
])
def test_the_agent_of_an_announcement_noun_speaks(text, expected):
    assert [(c, s, t) for c, s, t, _v in claims(text)] == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("واستعادت القوات بعض الأحياء في المدينة لكن منتقدين يقولون إن القصف دمر المنازل.",
                 [("يقولون", "منتقدين", "إن القصف دمر المنازل")], id="lakin-no-comma-plural-critics"),
    pytest.param("وتقدمت القوات نحو المطار بينما قال سكان إن الاشتباكات لم تتوقف.",
                 [("قال", "سكان", "إن الاشتباكات لم تتوقف")], id="baynama-no-comma-residents"),
])
def test_a_contrastive_opener_without_a_comma_starts_the_subject(text, expected):
    assert [(c, s, t) for c, s, t, _v in claims(text)] == expected


@pytest.mark.parametrize("text", [
    pytest.param("ويقتلون الأبرياء وفق رؤيا خادعة بدخول الجنة.", id="vision"),
    pytest.param("ويسير الإعلام وفق نمطية لا فاعلية لها في مواجهة التطرف.", id="pattern"),
    pytest.param("وأصدر رئيس الحكومة وفقا لاختصاصاته قرارا بفرض حظر التجوال.", id="powers"),
])
def test_a_manner_or_rule_after_wafqa_is_no_source(text):
    assert claims(text) == []


def test_fa_qad_after_a_source_opens_the_content():
    assert claims("ووفقا لإحصاء رويترز فقد أصيب 11 شخصا في الهجوم.") == [
        ("ووفقا", "إحصاء رويترز", "فقد أصيب 11 شخصا في الهجوم", [])]


@pytest.mark.parametrize("text, expected", [
    pytest.param("قتل تسعة جنود في هجوم بسيارة مفخخة، على ما أعلن مصدر عسكري.",
                 [("أعلن", "مصدر عسكري", "قتل تسعة جنود في هجوم بسيارة مفخخة")], id="ala-ma"),
    pytest.param("قتل تسعة جنود في هجوم بسيارة مفخخة، كما أعلن مصدر عسكري محملا التنظيم المسؤولية.",
                 [("أعلن", "مصدر عسكري", "قتل تسعة جنود في هجوم بسيارة مفخخة"),
                  ("محملا", "مصدر عسكري", "التنظيم المسؤولية")], id="kama-then-participle"),
    pytest.param("وبدا على ما يبدو أن الهجوم فشل.", [], id="ala-ma-yabdu-is-no-cue"),
])
def test_as_what_a_source_said_attributes_the_clause_before(text, expected):
    assert [(c, s, t) for c, s, t, _v in claims(text)] == expected


def test_a_quoted_name_inside_a_relayed_source_stays_in_it():
    assert claims('ونقلت "رويترز" عن فضل حسن قائد عملية "التحرير" أن قواته تمشط القاعدة.') == [
        ("ونقلت", 'فضل حسن قائد عملية "التحرير"', "أن قواته تمشط القاعدة", ["رويترز"])]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وشملت الأهداف مخازن أسلحة. كما قال الجيش إن خمس غارات شنت قرب المدينة.وفقا لرويترز.",
                 [("قال", "الجيش", "إن خمس غارات شنت قرب المدينة", ["رويترز"])], id="claim-before-is-relayed"),
    pytest.param("وسيطرت القوات على جبل صبر بعد معارك عنيفة.وفقا لشبكة سكاي نيوز.",
                 [("وفقا", "شبكة سكاي نيوز", "وسيطرت القوات على جبل صبر بعد معارك عنيفة", [])],
                 id="plain-sentence-before-is-attributed"),
])
def test_a_sentence_naming_only_a_source_after_a_claim_relays_it(text, expected):
    assert claims(text) == expected


def test_a_contrastive_opener_opening_the_sentence_starts_the_subject():
    text = "وقالت الوزارة إن جميع القتلى مدنيون. غير أن مسؤولين محليين وصفوهم بأنهم مقاتلون ضد الحركة."
    assert [(c, s) for c, s, _t, _v in claims(text)] == [("وقالت", "الوزارة"), ("وصفوهم", "مسؤولين محليين")]
