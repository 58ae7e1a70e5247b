"""Claims: cue, speaker, content, via and stance, one table per pattern family.

The sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.doc import Article, Doc, EntityMention, Span
from khabar.extract.claim_lexicon import lexicon
from khabar.extract.claims import claim_for, extract_claims


def run(text: str) -> Doc:
    doc = Doc(Article(id="t", text=text))
    extract_claims(doc)
    return doc


def summary(doc: Doc) -> list[tuple[str, str | None, str, bool]]:
    return [(c.cue.text, c.speaker_text, c.content.text, c.speaker_implicit) for c in doc.claims]


def assert_offsets(doc: Doc) -> None:
    for c in doc.claims:
        spans = [c.cue, c.content] + list(c.via) + ([c.speaker] if c.speaker else [])
        for s in spans:
            assert doc.text[s.start:s.end] == s.text


# ------------------------------------------------------------------ VSO: verb, speaker, content

VSO = [
    pytest.param("وقال المتحدث باسم وزارة الصحة أشرف القدرة إن خمسة أشخاص قتلوا في القصف.",
                 [("وقال", "المتحدث باسم وزارة الصحة أشرف القدرة", "إن خمسة أشخاص قتلوا في القصف", False)],
                 id="titled-name-inna"),
    pytest.param("قالت مصادر طبية لرويترز إن حصيلة القتلى ارتفعت إلى عشرة.",
                 [("قالت", "مصادر طبية", "إن حصيلة القتلى ارتفعت إلى عشرة", False)],
                 id="relay-outlet-not-in-speaker"),
    pytest.param("وذكرت وكالة الأنباء الرسمية أمس أن الجيش صد هجوما على مواقعه.",
                 [("وذكرت", "وكالة الأنباء الرسمية", "أن الجيش صد هجوما على مواقعه", False)],
                 id="time-word-ends-speaker"),
    pytest.param("وأعلنت وزارة الدفاع السورية في بيان صحفي مقتل عشرين مسلحا في ريف حماة.",
                 [("وأعلنت", "وزارة الدفاع السورية", "مقتل عشرين مسلحا في ريف حماة", False)],
                 id="object-verb-after-statement"),
    pytest.param("وأدان الأمين العام للجامعة العربية «بشدة» الهجوم على المدرسة.",
                 [("وأدان", "الأمين العام للجامعة العربية", "الهجوم على المدرسة", False)],
                 id="object-verb-quoted-adverb"),
    pytest.param('وقال الناطق باسم الحركة: "لن نسمح بمرور القافلة".',
                 [("وقال", "الناطق باسم الحركة", "لن نسمح بمرور القافلة", False)],
                 id="colon-quote"),
    pytest.param("وأشار المرصد الذي يتخذ من لندن مقرا إلى أن الطيران الحربي نفذ عشرين غارة.",
                 [("وأشار", "المرصد", "إلى أن الطيران الحربي نفذ عشرين غارة", False)],
                 id="ila-anna-relative-clause-in-speaker"),
    pytest.param("وحذرت الأمم المتحدة من تفاقم الأزمة الإنسانية في المدينة.",
                 [("وحذرت", "الأمم المتحدة", "من تفاقم الأزمة الإنسانية في المدينة", False)],
                 id="min-content"),
    pytest.param("وتقول الحكومة إن الهدنة صامدة بينما حذرت منظمات إغاثة من انهيارها.",
                 [("وتقول", "الحكومة", "إن الهدنة صامدة", False),
                  ("حذرت", "منظمات إغاثة", "من انهيارها", False)],
                 id="present-tense-and-second-cue"),
    pytest.param("وقال شاهد عيان يدعى سامر لرويترز إن النيران اشتعلت في المبنى.",
                 [("وقال", "شاهد عيان يدعى سامر", "إن النيران اشتعلت في المبنى", False)],
                 id="yudaa-is-named-not-alleges"),
    pytest.param("وقال طالب في الجامعة إن الطلاب نظموا اعتصاما.",
                 [("وقال", "طالب في الجامعة", "إن الطلاب نظموا اعتصاما", False)],
                 id="noun-spelled-like-cue-is-subject"),
    pytest.param("أعلن رئيس الوزراء المكلف، سامي العبدالله، في تعليق على تعرض مقر الحزب في العاصمة لهجوم "
                 "مسلح مساء أول من أمس: لن تنال الهجمات من أمن البلاد.",
                 [("أعلن", "رئيس الوزراء المكلف، سامي العبدالله", "لن تنال الهجمات من أمن البلاد", False)],
                 id="name-in-commas-after-title-far-colon"),
    pytest.param("وصرح المتحدث الأمني بوزارة الداخلية بأنه تم القبض على المتهمين.",
                 [("وصرح", "المتحدث الأمني بوزارة الداخلية", "بأنه تم القبض على المتهمين", False)],
                 id="ba-word-in-speaker-before-bianna"),
    pytest.param("وعلمت «الوطن» أن الشرطة لم تعثر على السلاح.",
                 [("وعلمت", "الوطن", "أن الشرطة لم تعثر على السلاح", False)], id="outlet-has-learned"),
    pytest.param("ونبه المسؤول إلى أن الوضع خطير.",
                 [("ونبه", "المسؤول", "إلى أن الوضع خطير", False)], id="nabbaha-ila"),
    pytest.param("حيث قال الله تعالى ﴿ولا تقتلوا النفس التي حرم الله إلا بالحق﴾.",
                 [("قال", "الله تعالى", "ولا تقتلوا النفس التي حرم الله إلا بالحق", False)],
                 id="quotation-in-ornate-brackets"),
    pytest.param("وقال الجيش (في بيان رسمي صدر مساء اليوم) إن القوات تقدمت.",
                 [("وقال", "الجيش", "إن القوات تقدمت", False)], id="parenthetical-is-no-quotation"),
    pytest.param("كشفت شركة صناعة السيارات الرياضية الألمانية عن خطة لتوسيع مصانعها.",
                 [("كشفت", "شركة صناعة السيارات الرياضية الألمانية", "عن خطة لتوسيع مصانعها", False)],
                 id="kashafat-an-keeps-the-whole-subject"),
    pytest.param("ونفت شركة غاز قطر في بيان وجود شراكة مع أي ناد.",
                 [("ونفت", "شركة غاز قطر", "وجود شراكة مع أي ناد", False)], id="indefinite-subject-then-via"),
    pytest.param("وأكد أحد زوار المهرجان أن التنظيم جيد.",
                 [("وأكد", "أحد زوار المهرجان", "أن التنظيم جيد", False)], id="construct-subject"),
    pytest.param("وقالت مصادر في وزارة الداخلية إن المهاجم اعتقل.",
                 [("وقالت", "مصادر في وزارة الداخلية", "إن المهاجم اعتقل", False)],
                 id="indefinite-source-with-prepositional-phrase"),
    pytest.param("وقال أمس وزير الخارجية إن المحادثات مستمرة.",
                 [("وقال", "وزير الخارجية", "إن المحادثات مستمرة", False)], id="time-then-subject"),
    pytest.param("من جانبه أوضح لـ«عين اليوم» مدير مكتب العمل أن المخالفين سيعاقبون.",
                 [("أوضح", "مدير مكتب العمل", "أن المخالفين سيعاقبون", False)], id="quoted-via-then-subject"),
    pytest.param("والكاتب يطالب بفتح ملفات الفساد.",
                 [("يطالب", "الكاتب", "بفتح ملفات الفساد", False)], id="ba-word-right-after-cue"),
    pytest.param("حيث أشاد بما يحظى به القصر من عناية.",
                 [("أشاد", None, "بما يحظى به القصر من عناية", False)], id="bima-opens-the-content"),
    pytest.param("كشفت وزارة الداخلية هوية منفذ الهجوم على المسجد.",
                 [("كشفت", "وزارة الداخلية", "هوية منفذ الهجوم على المسجد", False)], id="kashafat-object"),
    pytest.param("وأعلنت الفصائل استئناف معركة المدينة، بعد شهر من هجوم مماثل فشل.",
                 [("وأعلنت", "الفصائل", "استئناف معركة المدينة", False)], id="noun-phrase-content-ends-before-a-time-clause"),
    pytest.param("وأعلن الحزب الديمقراطي رفضه للقرار الأممي.",
                 [("وأعلن", "الحزب الديمقراطي", "رفضه للقرار الأممي", False)], id="possessed-object-after-subject"),
    pytest.param("وأعلنت الحركة المسلحة مسؤوليتها عن التفجير، الذي وقع قرب السوق المركزي.",
                 [("وأعلنت", "الحركة المسلحة", "مسؤوليتها عن التفجير", False)],
                 id="possessed-object-before-its-preposition-ends-at-relative"),
    pytest.param("وقال رئيس وزرائها إن الحكومة لن تستقيل.",
                 [("وقال", "رئيس وزرائها", "إن الحكومة لن تستقيل", False)], id="title-with-pronoun-genitive"),
    pytest.param("واستبعد مصدر مختص نيته الانسحاب من الاتفاق، لأن ذلك يضعف موقفه.",
                 [("واستبعد", "مصدر مختص", "نيته الانسحاب من الاتفاق", False)],
                 id="indefinite-source-then-possessed-object-reason-after-comma"),
    pytest.param("وقالت الوزارة إن الحكومة «تدين بشدة الهجوم على المدنيين.»",
                 [("وقالت", "الوزارة", "إن الحكومة «تدين بشدة الهجوم على المدنيين", False)],
                 id="cue-verb-opening-a-quotation-stays-in-the-content"),
    pytest.param("وقالت الوزارة إن القتلى مدنيون، لكن المتحدث باسم حاكم الولاية الشمالية قال إن بينهم مسلحين.",
                 [("وقالت", "الوزارة", "إن القتلى مدنيون", False),
                  ("قال", "المتحدث باسم حاكم الولاية الشمالية", "إن بينهم مسلحين", False)],
                 id="svo-after-contrastive-opener-inside-a-content"),
    pytest.param("وقالت الشرطة إن القتلى مدنيون، غير أن مسؤولين محليين وصفوهم بأنهم مقاتلون.",
                 [("وقالت", "الشرطة", "إن القتلى مدنيون", False),
                  ("وصفوهم", "مسؤولين محليين", "بأنهم مقاتلون", False)],
                 id="plural-cue-with-object-pronoun-after-ghayr-anna"),
    pytest.param("وقال الجيش إن الهدنة صامدة وقالت مصادر في المعارضة إن القصف لم يتوقف.",
                 [("وقال", "الجيش", "إن الهدنة صامدة", False),
                  ("وقالت", "مصادر في المعارضة", "إن القصف لم يتوقف", False)],
                 id="wa-cue-with-its-own-subject-inside-a-content"),
    pytest.param("وقال الوزير إن الحكومة رفضت المبادرة وأعلنت الحرب على الفساد.",
                 [("وقال", "الوزير", "إن الحكومة رفضت المبادرة وأعلنت الحرب على الفساد", False)],
                 id="wa-cue-with-an-object-stays-in-the-content"),
    pytest.param("وقالت الوزارة في بيانها إن الحادثة وقعت مساء.",
                 [("وقالت", "الوزارة", "إن الحادثة وقعت مساء", False)], id="channel-with-possessive-pronoun-is-via"),
    pytest.param("وأكد اللواء خالد العمري في اتصال هاتفي أن المنفذ اعتقل.",
                 [("وأكد", "اللواء خالد العمري", "أن المنفذ اعتقل", False)], id="phone-call-is-via"),
    pytest.param("وقال المحافظ في حوار أجرته الصحيفة إن الوضع مطمئن.",
                 [("وقال", "المحافظ", "إن الوضع مطمئن", False)], id="interview-is-via"),
    pytest.param("وذكر مصدران أمنيان طلبا عدم كشف هويتيهما أن حصيلة الضحايا بلغت عشرين قتيلا.",
                 [("وذكر", "مصدران أمنيان", "أن حصيلة الضحايا بلغت عشرين قتيلا", False)],
                 id="anonymity-aside-leaves-the-speaker-and-is-no-cue"),
    pytest.param("وقالت عضوة في اللجنة وهي في عقدها الخامس إن القرار نهائي.",
                 [("وقالت", "عضوة في اللجنة", "إن القرار نهائي", False)], id="appositive-pronoun-ends-the-speaker"),
    pytest.param("وذكر بيان صادر عن المكتب الإعلامي للجبهة (إحدى الفصائل المنضوية في التحالف)، أن المعركة بدأت.",
                 [("وذكر", "بيان صادر عن المكتب الإعلامي للجبهة (إحدى الفصائل المنضوية في التحالف)",
                   "أن المعركة بدأت", False)], id="bracketed-aside-before-comma-and-anna"),
    pytest.param("فيما أكد إمام المسجد أنه لم يسمع سوى صوت الانفجار.",
                 [("أكد", "إمام المسجد", "أنه لم يسمع سوى صوت الانفجار", False)], id="imam-is-no-amam"),
    pytest.param("وقال الوزير أمام البرلمان إن الميزانية جاهزة.",
                 [("وقال", "الوزير", "إن الميزانية جاهزة", False)], id="amam-ends-the-speaker"),
    pytest.param("وقالت الوزارة في تغريدتها إن الحادثة وقعت مساء.",
                 [("وقالت", "الوزارة", "إن الحادثة وقعت مساء", False)], id="channel-in-ta-marbuta-with-pronoun"),
    pytest.param("وأعلنت الحكومة تمسكها بالاتفاق.",
                 [("وأعلنت", "الحكومة", "تمسكها بالاتفاق", False)], id="possessed-object-after-definite-subject"),
    pytest.param("وناشدت والدة الصحفي المخطوف منظمات حقوقية التدخل للإفراج عنه.",
                 [("وناشدت", "والدة الصحفي المخطوف", "منظمات حقوقية التدخل للإفراج عنه", False)],
                 id="walida-keeps-its-waw"),
    pytest.param("وقالت ووزارة الداخلية إن المسلحين فروا.",
                 [("وقالت", "وزارة الداخلية", "إن المسلحين فروا", False)], id="doubled-waw-is-the-conjunction"),
]


@pytest.mark.parametrize("text, expected", VSO)
def test_vso(text, expected):
    doc = run(text)
    assert summary(doc) == expected
    assert_offsets(doc)


# ------------------------------------------------------------------ SVO and speakers before the cue

SVO = [
    pytest.param("الرئيس الفرنسي قال إن بلاده سترسل مساعدات إضافية.", "الرئيس الفرنسي", id="plain-svo"),
    pytest.param("وكانت الشرطة قد أعلنت في وقت سابق أن المهاجم فجر نفسه قرب الحاجز.", "الشرطة",
                 id="kana-qad"),
    pytest.param("وكانت الوكالة أول من كشف عن الصفقة.", "الوكالة أول", id="kana-who"),
    pytest.param("وسيطرت القوات على البلدة، وفق القائد فضل حسن الذي أوضح أن الطيران ساند الهجوم.",
                 "فضل حسن", id="relative-pronoun"),
    pytest.param("وانسحب المسلحون من القرية إلا أن الوزارة نفت الأمر.", "الوزارة", id="after-anna"),
    pytest.param("ويذكر أن الحكومة أعلنت مؤخرا تحرير المدينة كاملة.", "الحكومة", id="svo-time-after-cue"),
    pytest.param("وتمكن الفريق من ضبط المخالفين، من جانبه أكد المدير أن العقوبات ستطبق.", "المدير",
                 id="prepositional-phrase-before-is-no-subject"),
    pytest.param("لكن المرصد السوري لحقوق الإنسان وناشطون على مواقع التواصل الاجتماعي ذكروا أن الضابط قتل.",
                 "المرصد السوري لحقوق الإنسان وناشطون على مواقع التواصل الاجتماعي", id="long-subject-opening-sentence"),
]


@pytest.mark.parametrize("text, speaker", SVO)
def test_speaker_before_cue(text, speaker):
    doc = run(text)
    assert doc.claims, "no claim found"
    assert doc.claims[-1].speaker_text == speaker
    assert not doc.claims[-1].speaker_implicit
    assert_offsets(doc)


RELATIVE = [
    pytest.param("وتقدمت القوات الحكومية التي أعلنت تحرير المدينة نحو الشمال.",
                 ("أعلنت", "القوات الحكومية", "تحرير المدينة نحو الشمال"), id="subject-before-relative"),
    pytest.param("انشق القادة عن الملا عمر الذي أعلنت أجهزة الاستخبارات الأربعاء وفاته.",
                 ("أعلنت", "أجهزة الاستخبارات", "وفاته"), id="verb-disagrees-subject-follows"),
    pytest.param("وشنت الحركة التي أعلنت مسؤوليتها عن التفجير هجمات متكررة على العاصمة.",
                 ("أعلنت", "الحركة", "مسؤوليتها عن التفجير"), id="possessed-object-and-main-clause-after"),
    pytest.param("وهاجم التنظيم الذي أعلن الخلافة في العراق قبل عام مواقع الجيش.",
                 ("أعلن", "التنظيم", "الخلافة في العراق قبل عام"), id="relative-clause-keeps-its-adjuncts"),
]


@pytest.mark.parametrize("text, expected", RELATIVE)
def test_cue_after_relative_pronoun(text, expected):
    doc = run(text)
    assert [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims] == [expected]
    assert_offsets(doc)


def test_relative_clause_with_resumptive_pronoun_is_no_statement():
    assert run("وعقدت القمة التي دعا إليها الرئيس الأمريكي في واشنطن.").claims == []


SAME_SUBJECT = [
    pytest.param("ولم تكتف السلطة الفلسطينية بتسليم الملف للمحكمة بل طالبت المحكمة بالإسراع في التحقيق.",
                 ("طالبت", "السلطة الفلسطينية", "المحكمة بالإسراع في التحقيق"), id="bal-keeps-the-subject"),
    pytest.param("وانسحب المقاتلون من البلدة ثم أعلنوا أنهم سيعودون.",
                 ("أعلنوا", "المقاتلون", "أنهم سيعودون"), id="thumma-keeps-the-subject"),
]


@pytest.mark.parametrize("text, expected", SAME_SUBJECT)
def test_same_subject_after_bal_and_thumma(text, expected):
    doc = run(text)
    assert [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims] == [expected]
    assert_offsets(doc)


def test_long_clause_before_cue_is_no_subject():
    doc = run("الجهات الأمنية أفلحت في حماية المواطنين من الهجمات لكنها قالت إن الخطر قائم.")
    assert [(c.cue.text, c.speaker_text) for c in doc.claims] == [("قالت", None)]


# ------------------------------------------------------------------ prepositional cues

PREPOSITIONAL = [
    pytest.param("قتل ثلاثة مدنيين في انفجار عبوة ناسفة بمدينة الباب، بحسب وكالة الأناضول.",
                 ("بحسب", "وكالة الأناضول", "قتل ثلاثة مدنيين في انفجار عبوة ناسفة بمدينة الباب"),
                 id="clause-before"),
    pytest.param("وبحسب مصادر محلية، فإن المسلحين انسحبوا من القرية بعد المعارك.",
                 ("وبحسب", "مصادر محلية", "فإن المسلحين انسحبوا من القرية بعد المعارك"),
                 id="sentence-initial-fa-inna"),
    pytest.param("وفقا لمصادر أمنية، فإن الهجوم استهدف دورية للجيش.",
                 ("وفقا", "مصادر أمنية", "فإن الهجوم استهدف دورية للجيش"),
                 id="wifqan-li"),
    pytest.param("وتقدمت القوات نحو المطار، وفق ما أعلن الجيش.",
                 ("وفق ما أعلن", "الجيش", "وتقدمت القوات نحو المطار"),
                 id="wifq-ma-verb"),
    pytest.param("وقتل عشرة مقاتلين في المعارك، بحسب حصيلة للمرصد.",
                 ("بحسب", "المرصد", "وقتل عشرة مقاتلين في المعارك"),
                 id="report-noun-skipped"),
    pytest.param("وبحسب الخبير في الشؤون العسكرية، سامي الحلبي، فإن الهجوم كان متوقعا.",
                 ("وبحسب", "الخبير في الشؤون العسكرية، سامي الحلبي", "فإن الهجوم كان متوقعا"),
                 id="name-in-commas"),
    pytest.param("وتشير المعطيات بحسب محللين إلى تراجع نفوذ التنظيم في المنطقة.",
                 ("بحسب", "محللين", "إلى تراجع نفوذ التنظيم في المنطقة"),
                 id="mid-clause-content-after"),
    pytest.param("وعثر على الجثتين قرب الحدود كما أعلن حاكم المحافظة.",
                 ("أعلن", "حاكم المحافظة", "وعثر على الجثتين قرب الحدود"),
                 id="kama-verb-at-end"),
    pytest.param("قتل سبعة أشخاص في هجوم على سوق شعبية، وفق حصيلة جديدة أعلنها مسؤولون في الشرطة لوكالة رويترز.",
                 ("وفق", "مسؤولون في الشرطة", "قتل سبعة أشخاص في هجوم على سوق شعبية"),
                 id="report-noun-then-its-agent"),
    pytest.param("وبحسب الأرقام التي نشرتها الوزارة، فإن عدد الضحايا ارتفع.",
                 ("وبحسب", "الوزارة", "فإن عدد الضحايا ارتفع"), id="report-noun-relative-agent"),
    pytest.param('ووفقا لمحطة "سي إن إن" التلفزيونية فإن الشرطة تحقق في الحادث.',
                 ("ووفقا", 'محطة "سي إن إن" التلفزيونية', "فإن الشرطة تحقق في الحادث"),
                 id="quoted-name-then-adjective"),
    pytest.param("وبحسب مصدر أمني محلي تمكن سائق الحافلة من الفرار.",
                 ("وبحسب", "مصدر أمني محلي", "تمكن سائق الحافلة من الفرار"),
                 id="sentence-initial-without-comma"),
]


@pytest.mark.parametrize("text, expected", PREPOSITIONAL)
def test_prepositional(text, expected):
    doc = run(text)
    assert len(doc.claims) == 1
    c = doc.claims[0]
    assert (c.cue.text, c.speaker_text, c.content.text) == expected
    assert_offsets(doc)


OBJECT_PRONOUN = [
    pytest.param("ورفض الحزب ما وصفه مسؤولون بأنه «حرب منسقة».", ("وصفه", "مسؤولون", "بأنه «حرب منسقة»"),
                 id="wasafahu"),
    pytest.param("وتواجه الحكومة التي يتهمها معارضون بالتقصير ضغوطا كبيرة.",
                 ("يتهمها", "معارضون", "بالتقصير"), id="yattahimuha"),
]


@pytest.mark.parametrize("text, expected", OBJECT_PRONOUN)
def test_cue_with_object_pronoun(text, expected):
    doc = run(text)
    assert [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims] == [expected]
    assert_offsets(doc)


def test_say_verb_with_object_pronoun_is_no_cue():
    doc = run("وأكد الوزير ما قاله المتحدث.")
    assert [c.cue.text for c in doc.claims] == ["وأكد"]


def test_postposed_source_takes_the_clause_after_the_previous_content():
    doc = run("وأفادت مهمة الأمم المتحدة في البلاد عن وجود موظف لديها بين الجرحى، "
              "وكان المسلحون اقتحموا الفندق فجر الجمعة، بحسب الحكومة.")
    assert [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims] == [
        ("وأفادت", "مهمة الأمم المتحدة في البلاد", "عن وجود موظف لديها بين الجرحى"),
        ("بحسب", "الحكومة", "وكان المسلحون اقتحموا الفندق فجر الجمعة"),
    ]
    assert_offsets(doc)


def test_adjective_of_a_quoted_via_is_no_subject():
    doc = run("ويذكر أن النائب المعارض أشار في تصريحات لصحيفة «إزفيستيا» الروسية إلى أنه يخطط للسفر.")
    assert [(c.cue.text, c.speaker_text) for c in doc.claims] == [("أشار", "النائب المعارض")]


def test_personal_pronoun_speaker_is_the_antecedent():
    doc = run("قالت الوزارة إن الحدود مغلقة. وهي أعلنت أمس أن المعبر سيفتح.")
    c = doc.claims[-1]
    assert (c.speaker_text, c.speaker_implicit) == ("الوزارة", True)


def test_speaker_span_leaves_out_the_preposition_lam():
    doc = run("وقتل عشرة مقاتلين في المعارك، بحسب حصيلة للمرصد.")
    c = doc.claims[0]
    assert (c.speaker_text, c.speaker.text) == ("المرصد", "لمرصد")


def test_via_outlet_with_genitive_is_no_subject():
    doc = run("أفاد مصدر بأن المدينة تحررت. وقال لوكالة الأنباء الألمانية: إن المقاومة تقدمت.")
    c = doc.claims[-1]
    assert (c.speaker_text, c.speaker_implicit, [v.text for v in c.via]) == (
        "مصدر", True, ["وكالة الأنباء الألمانية"])


def test_cue_with_a_demonstrative_subject_ends_the_content():
    doc = run("وبحسب مصدر عسكري تمكن مواطن من الفرار من الفندق وتحدث هذا الأخير عن وجود ثلاثة أجانب فيه.")
    assert [(c.cue.text, c.content.text) for c in doc.claims] == [
        ("وبحسب", "تمكن مواطن من الفرار من الفندق"), ("وتحدث", "عن وجود ثلاثة أجانب فيه")]


def test_mouthpiece_keeps_the_body_as_speaker():
    doc = run("عبرت البلدية على لسان رئيسها سامر الخطيب عن حزنها للحادث.")
    assert [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims] == [
        ("عبرت", "البلدية", "عن حزنها للحادث")]


def test_elative_does_not_block_the_real_cue():
    doc = run("وقال المحلل بشكل أوضح إن الحكومة فشلت.")
    assert [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims] == [
        ("وقال", "المحلل", "إن الحكومة فشلت")]


def test_plan_is_not_a_source():
    assert run("وفقا لخطة السلام، ينسحب المسلحون من المدينة خلال أسبوع.").claims == []
    assert run("وصرفت البدلات وفق ما أقرته اللجنة المختصة.").claims == []


def test_addressee_is_not_the_speaker():
    doc = run("قال الضابط إن الحاجز أغلق. وقال لمرافقيه: «انتظروا هنا».")
    c = doc.claims[-1]
    assert (c.speaker_text, c.speaker_implicit, c.content.text) == ("الضابط", True, "انتظروا هنا")


def test_honorific_speaker_is_the_antecedent():
    doc = run("قال الأمير إن المملكة آمنة. وقال سموه إن التفجير كشف حقد المجرمين.")
    c = doc.claims[-1]
    assert (c.speaker_text, c.speaker_implicit) == ("الأمير", True)


# ------------------------------------------------------------------ participles and implicit speakers

IMPLICIT = [
    pytest.param("قال الجيش إن طائراته قصفت مخزنا للأسلحة. وأضاف أن الغارة لم تسفر عن إصابات.",
                 ("وأضاف", "الجيش", "أن الغارة لم تسفر عن إصابات", "verb"), id="wa-adafa"),
    pytest.param("وأكد المرصد أن الاشتباكات استمرت حتى الفجر، مشيرا إلى أن عشرات المقاتلين قتلوا.",
                 ("مشيرا", "المرصد", "إلى أن عشرات المقاتلين قتلوا", "participle"), id="mushiran"),
    pytest.param("ودعا الرئيس إلى ضبط النفس، مؤكدا أن الحوار هو السبيل الوحيد.",
                 ("مؤكدا", "الرئيس", "أن الحوار هو السبيل الوحيد", "participle"), id="muakkidan"),
    pytest.param("وقالت الوزارة إن التحقيق بدأ. وتابعت بالقول إن النتائج ستعلن قريبا.",
                 ("وتابعت", "الوزارة", "إن النتائج ستعلن قريبا", "verb"), id="tabaat-bil-qawl"),
    pytest.param("وأفادت مصادر محلية بوقوع انفجار، مبينة أن الدخان غطى السوق.",
                 ("مبينة", "مصادر محلية", "أن الدخان غطى السوق", "participle"), id="feminine-participle"),
    pytest.param("ونفت الشرطة وقوع إصابات، لكنها أكدت أن التحقيق مستمر.",
                 ("أكدت", "الشرطة", "أن التحقيق مستمر", "verb"), id="after-lakinnaha"),
    pytest.param("وقال الوزير إن المفاوضات متعثرة. وتقول المعارضة إنها لن تشارك. وأضاف أن الحل سياسي.",
                 ("وأضاف", "الوزير", "أن الحل سياسي", "verb"), id="agreement-skips-feminine"),
    pytest.param("وقال محتجون إن الشرطة فرقتهم. وذكرت الوزارة أن التظاهرة غير مرخصة. وأضافوا أن عشرة اعتقلوا.",
                 ("وأضافوا", "محتجون", "أن عشرة اعتقلوا", "verb"), id="agreement-plural"),
    pytest.param("قال وزير الصحة إن المستشفيات ممتلئة. وأضاف في حديثه لقناة محلية: «نحتاج إلى دعم عاجل».",
                 ("وأضاف", "وزير الصحة", "نحتاج إلى دعم عاجل", "verb"), id="pp-after-cue-is-no-speaker"),
    pytest.param("أعلنت وزارة الداخلية اعتقال خلية مسلحة. وقالت في بيان لها إن أفرادها خططوا لتفجيرات.",
                 ("وقالت", "وزارة الداخلية", "إن أفرادها خططوا لتفجيرات", "verb"), id="fi-bayan-laha"),
    pytest.param("أعلن الجيش أنه حرر عشرين رهينة. وأعلن مقتل 5 مسلحين في الاشتباكات.",
                 ("وأعلن", "الجيش", "مقتل 5 مسلحين في الاشتباكات", "verb"), id="count-in-object-before-preposition"),
    pytest.param("أعلن الجيش أنه حرر عشرين رهينة قرب الحدود، ثم أعلن تحرير 15 رهينة بينهم أطفال في عملية أخرى.",
                 ("أعلن", "الجيش", "تحرير 15 رهينة بينهم أطفال في عملية أخرى", "verb"),
                 id="thumma-indefinite-object-first"),
    pytest.param("عبرت البلدية على لسان رئيسها سامر الخطيب عن حزنها للحادث. وأضاف أن التحقيق مستمر.",
                 ("وأضاف", "رئيسها سامر الخطيب", "أن التحقيق مستمر", "verb"), id="mouthpiece-is-the-antecedent"),
    pytest.param("قالت الفرقة إن مقاتلين هاجموا مقرها. واتهمت جبهة النصرة بخطف قائدها.",
                 ("واتهمت", "الفرقة", "جبهة النصرة بخطف قائدها", "verb"), id="transitive-single-np-is-object"),
    pytest.param("قال الأمين العام إن الهجوم مدان. ووصف الهجوم بأنه عمل إرهابي.",
                 ("ووصف", "الأمين العام", "الهجوم بأنه عمل إرهابي", "verb"), id="wasafa-object-then-bianna"),
    pytest.param("قال الوزير إن الاتفاق قريب. وأردف قائلا: «لا عودة إلى الحرب».",
                 ("وأردف قائلا", "الوزير", "لا عودة إلى الحرب", "verb"), id="verb-and-qaailan-one-cue"),
    pytest.param("قال الأمير إن الضحايا شهداء الواجب، سائلا الله أن يتغمدهم برحمته.",
                 ("سائلا", "الأمير", "أن يتغمدهم برحمته", "participle"), id="sailan-allah"),
    pytest.param("أدانت الحكومة الهجمات الأخيرة واستنكرت استغلال الأطفال في القتال.",
                 ("واستنكرت", "الحكومة", "استغلال الأطفال في القتال", "verb"),
                 id="wa-cue-goes-on-with-the-subject-and-takes-an-object"),
    pytest.param("أدانت الحكومة الهجمات الأخيرة ووصفتها بأنها «عمل جبان».",
                 ("ووصفتها", "الحكومة", "بأنها «عمل جبان»", "verb"), id="wa-cue-with-object-pronoun-keeps-the-subject"),
    pytest.param("قال أمير المنطقة إن الأمن مستتب. وأكد سموه - حفظه الله - في الجلسة أن الإرهاب لن يؤثر علينا.",
                 ("وأكد", "أمير المنطقة", "أن الإرهاب لن يؤثر علينا", "verb"),
                 id="honorific-pronoun-with-a-blessing-is-the-antecedent"),
    pytest.param("قال محتجون إن الشرطة فرقتهم. وأكدوا ضرورة محاسبة المسؤولين عن العنف.",
                 ("وأكدوا", "محتجون", "ضرورة محاسبة المسؤولين عن العنف", "verb"),
                 id="plural-verb-carries-its-subject-object-follows"),
    pytest.param("قال محتجون إن الشرطة فرقتهم. وقالوا للصحفيين إن عشرة اعتقلوا.",
                 ("وقالوا", "محتجون", "إن عشرة اعتقلوا", "verb"), id="plural-verb-addressee-is-no-speaker"),
    pytest.param("قال الوزير إن الجيش تقدم. ونقلت الوكالة عن القائد الميداني أن القوات سيطرت على التلة، "
                 "مشيرا إلى أنها قصفت مواقع المسلحين.",
                 ("مشيرا", "القائد الميداني", "إلى أنها قصفت مواقع المسلحين", "participle"),
                 id="relay-source-answers-a-masculine-participle"),
    pytest.param("وقالت الحركة إن مقاتليها انسحبوا. وأعلنت رفضها للمبادرة الجديدة.",
                 ("وأعلنت", "الحركة", "رفضها للمبادرة الجديدة", "verb"), id="possessed-object-right-after-cue"),
]


@pytest.mark.parametrize("text, expected", IMPLICIT)
def test_implicit_speaker(text, expected):
    doc = run(text)
    c = doc.claims[-1]
    assert (c.cue.text, c.speaker_text, c.content.text, c.kind) == expected
    assert c.speaker_implicit
    # the speaker span points at the earlier mention
    assert c.speaker is not None and c.speaker.end <= c.cue.start
    assert_offsets(doc)


def test_cue_word_inside_a_prepositional_source_is_read_once():
    doc = run("وتكاد الخلافات تقلب الأمور في الكتلة، بحسب وصف مراقبين.")
    assert summary(doc) == [("بحسب", "وصف مراقبين", "وتكاد الخلافات تقلب الأمور في الكتلة", False)]


def test_no_earlier_claim_takes_the_person_opening_a_sentence():
    text = "واستقبل الأمير خالد الفيصل الوفد في مكتبه. ونقل سموه التعازي نيابة عن الملك سلمان. وقال سموه: «نحن معكم»."
    doc = Doc(Article(id="t", text=text))
    def span(name: str) -> Span:
        i = text.index(name)
        return Span(i, i + len(name), name)
    doc.entities = [EntityMention(span("الأمير خالد الفيصل"), "PER"), EntityMention(span("الملك سلمان"), "PER")]
    extract_claims(doc)
    c = doc.claims[-1]
    assert (c.cue.text, c.speaker_text, c.content.text, c.speaker_implicit) == \
        ("وقال", "الأمير خالد الفيصل", "نحن معكم", True)
    assert_offsets(doc)


# ------------------------------------------------------------------ via chains

VIA = [
    pytest.param("ونقلت وكالة الأنباء الرسمية عن مسؤول أمني قوله إن الشرطة اعتقلت ثلاثة مشتبه بهم.",
                 ("قوله", "مسؤول أمني", ["وكالة الأنباء الرسمية"]), id="naqala-an-qawlahu"),
    pytest.param("قال مسؤول في الأمم المتحدة إن الوضع الإنساني كارثي، بحسب ما نقلت صحيفة الغارديان.",
                 ("قال", "مسؤول في الأمم المتحدة", ["صحيفة الغارديان"]), id="relay-after-claim"),
    pytest.param("وكتب الصحفي سامر العلي في تغريدة على تويتر أن القصف طال المستشفى الوحيد في البلدة.",
                 ("وكتب", "الصحفي سامر العلي", ["تغريدة على تويتر"]), id="tweet-channel"),
    pytest.param("وقالت القيادة في بيان نشرته عبر حسابها على تويتر إن الغارة قتلت قائدا في التنظيم.",
                 ("وقالت", "القيادة", ["تويتر"]), id="specific-medium-preferred"),
    pytest.param("وقال شاهد عيان لرويترز إن النار أطلقت من سيارة. وأضاف أن المهاجمين فروا.",
                 ("وأضاف", "شاهد عيان", ["رويترز"]), id="implicit-inherits-via"),
    pytest.param("قالت وكالة الأنباء الرسمية، اليوم، نقلا عن وزارة الداخلية، إن خمسة مشتبه بهم اعتقلوا.",
                 ("قالت", "وزارة الداخلية", ["وكالة الأنباء الرسمية"]), id="relay-inside-speaker"),
    pytest.param("وقالت الوكالة في البيان إن الاتحاد سيقدم قروضا.", ("وقالت", "الوكالة", ["البيان"]),
                 id="definite-statement"),
    pytest.param("وأعلنت رئيسة البنك أخيرا عن احتمال رفع الفائدة.", ("وأعلنت", "رئيسة البنك", []),
                 id="akhiran-is-a-time-word"),
    pytest.param("قالت الوكالة نقلا عن وزارة الداخلية إن خمسة مشتبه بهم اعتقلوا.",
                 ("قالت", "وزارة الداخلية", ["الوكالة"]), id="relay-inside-speaker-no-commas"),
]


@pytest.mark.parametrize("text, expected", VIA)
def test_via(text, expected):
    doc = run(text)
    c = doc.claims[-1]
    assert (c.cue.text, c.speaker_text, [v.text for v in c.via]) == expected
    assert_offsets(doc)


# ------------------------------------------------------------------ stance

STANCE = [
    pytest.param("ونفت الوزارة أن تكون قواتها قد استهدفت المدنيين.", "deny", id="nafat"),
    pytest.param("ولفتت القيادة إلى أنه لا توجد أي إشارة إلى سقوط مدنيين.", "deny", id="no-indication"),
    pytest.param("وقال مصدر عسكري إنه لم يتسن التأكد من عدد القتلى.", "uncertain", id="could-not-verify"),
    pytest.param("وقال المسؤول إن الحصيلة قد ترتفع خلال الساعات المقبلة.", "uncertain", id="qad-present"),
    pytest.param("وقال المسؤول إن الطيران قد استهدف المخزن.", "assert", id="qad-past-is-certain"),
    pytest.param("ورجح الدفاع المدني ارتفاع الحصيلة.", "uncertain", id="rajjaha"),
    pytest.param("ولا يستبعد المسؤولون وقوع هجمات جديدة.", "uncertain", id="negated-rule-out"),
    pytest.param("وأكدت القيادة أن التحالف يدرس تقارير عن إصابة مدني.", "uncertain", id="studying-reports"),
    pytest.param("وقالت الشرطة إن المهاجم اعتقل.", "assert", id="plain-assert"),
]


@pytest.mark.parametrize("text, stance", STANCE)
def test_stance(text, stance):
    doc = run(text)
    assert len(doc.claims) == 1
    assert doc.claims[0].stance == stance


# ------------------------------------------------------------------ not claims

NOT_CLAIMS = [
    pytest.param("يذكر أن المدينة تشهد اشتباكات منذ أشهر.", id="impersonal-yudhkar"),
    pytest.param("ويعتقد أن المسلحين فروا إلى الجبال.", id="impersonal-yutaqad"),
    pytest.param("ونقل الجرحى إلى المستشفى الميداني.", id="naql-transport"),
    pytest.param("ووصلت الشحنة عبر الحدود التركية.", id="abra-via"),
    pytest.param("ويعتبر المسجد من أقدم المساجد في المدينة.", id="passive-is-considered"),
    pytest.param("وأدى القصف إلى تدمير عشرات المنازل.", id="no-cue"),
    pytest.param("والصورة اليوم أوضح من أي وقت مضى.", id="elative-comparison"),
    pytest.param("ونقل الأمير التعازي نيابة عن الملك إلى ذوي الضحايا.", id="naql-on-behalf-of"),
    pytest.param("الحقيقة واضحة، والحل أوضح، ومن يدافع عن «الفكر» المتطرف لا يخفي نفسه.",
                 id="elative-and-quoted-term-after-preposition"),
    pytest.param("تسير الحملة وفق أجندة ترسمها جهات خارجية لتمزيق البلاد.", id="according-to-an-agenda"),
    pytest.param("فمن قال إن الحدود مغلقة أمام المهربين؟", id="rhetorical-question"),
    pytest.param("وتوزعت الحالات حسب المنطقة على النحو التالي.", id="breakdown-by-region"),
    pytest.param("لم يكتب الروايات فحسب، بل أصدر دواوين شعرية.", id="fahasb-only"),
    pytest.param("وسيتم تنفيذ المشروع بحسب الإمكان خلال العام.", id="as-far-as-possible"),
    pytest.param("وعثر المحققون على بقايا يعتقد أنها للمهاجم.", id="impersonal-passive-after-noun"),
    pytest.param("ولم يكشف الحلف عن جنسية الجندي القتيل.", id="negated-disclosure-says-nothing"),
    pytest.param("ولم تعلن أي جهة مسؤوليتها عن التفجير.", id="negated-announcement-says-nothing"),
    pytest.param("ولدى التنظيم أجندة معلنة بإرادة شن هجمات واسعة.", id="feminine-participle-as-adjective"),
    pytest.param("وخرجت مسيرات منددة بالغارات الجوية في المدينة.", id="plural-noun-with-participle-adjective"),
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(text):
    assert run(text).claims == []


# ------------------------------------------------------------------ linking and robustness


def test_claim_for_finds_the_containing_claim():
    doc = run("وقال الجيش إن طائراته قصفت مواقع في حلب. وقتل شخصان في إدلب.")
    start = doc.text.index("حلب")
    inside = doc.span(start, start + 3)
    start2 = doc.text.index("إدلب")
    outside = doc.span(start2, start2 + 4)
    assert claim_for(doc, inside) == 0
    assert claim_for(doc, outside) is None


@pytest.mark.parametrize("text", [
    pytest.param("", id="empty"),
    pytest.param("123 456 7.8", id="digits"),
    pytest.param("The army said on Monday that it had shelled the town.", id="latin"),
    pytest.param("وقال", id="cue-alone"),
    pytest.param("بحسب", id="preposition-alone"),
    pytest.param("وقال: \"", id="open-quote"),
    pytest.param("مشيرا إلى", id="participle-alone"),
    pytest.param(("وقال المتحدث إن القوات تقدمت، مشيرا إلى أن المعارك مستمرة بحسب مصادر. " * 400),
                 id="huge"),
    pytest.param("وقال الجيش إن القوات تقدمت بحسب مصادر محلية، " * 1500, id="huge-without-full-stops"),
])
def test_odd_input_never_raises(text):
    doc = run(text)
    assert_offsets(doc)


_PIECES = ["وقال", "قالت", "الجيش", "إن", "أن", "بحسب", "مشيرا", "إلى", "،", ".", '"', "«", "»", ":",
           "المرصد", "في", "بيان", "لرويترز", "ونقل", "عن", "قوله", "وكانت", "قد", "أعلنت", "مقتل", "ثلاثة",
           "الذي", "أمس", "ـ", "ً", "\n", "(", ")", "وفقا", "لما", "ما", "لا", "يستبعد"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from([" ", "", "  "]))
def test_offsets_hold_on_random_token_soup(pieces, sep):
    doc = run(sep.join(pieces))
    assert_offsets(doc)
    for c in doc.claims:
        assert c.stance in {"assert", "deny", "uncertain"}
        assert c.kind in {"verb", "preposition", "participle", "noun"}


def test_lexicon_covers_the_core_cues():
    lex = lexicon()
    for form in ["قال", "قالت", "يقول", "تقول", "قالوا", "اضاف", "اكدت", "مشيرا", "مضيفه", "بحسب", "قوله"]:
        assert form in lex.single, form
    assert lex.single["نفت"].stance == "deny"
    assert lex.single["يقول"].present


def test_circumstantial_participle_takes_the_subject_of_its_clause():
    """قدم النائب X العزاء … مستنكرا: the participle describes the clause's subject, not the last speaker."""
    text = "وقال الوزير إن الهجوم جبان. من ناحيته، قدم النائب خالد السويلم العزاء إلى الأسر مستنكرا الهجوم."
    doc = Doc(Article(id="t", text=text))
    i = text.index("خالد السويلم")
    doc.entities = [EntityMention(Span(i, i + len("خالد السويلم"), "خالد السويلم"), "PER")]
    extract_claims(doc)
    assert [(c.cue.text, c.speaker_text) for c in doc.claims] == [("وقال", "الوزير"), ("مستنكرا", "النائب خالد السويلم")]
    assert_offsets(doc)


def test_a_given_name_ending_in_h_is_no_object_with_a_pronoun():
    """عبدالله is no noun with the pronoun ه (عبدال + ه): the title's name is part of the speaker."""
    doc = run("كما دان النائب عبدالله العدواني الحادث الإرهابي الذي استهدف المسجد.")
    assert [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims] == \
        [("دان", "النائب عبدالله العدواني", "الحادث الإرهابي الذي استهدف المسجد")]
