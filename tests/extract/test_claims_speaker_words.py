"""Words that are no speaker (the classes an audit of speakers on unlabeled conflict reports found): a
subordinating conjunction before a cue (بعدما، عندما، لأنها، ممن); a stance noun or the speaker's own words
right after the cue (ولفت النظر إلى أن، وتابع قوله إن); the definite outlet after ل (للوكالة); a report noun in
construct before its source (حسب رواية أحد المصابين، بحسب تعداد لوكالة X); a passive with a dual pronoun
(ما نسب إليهما). Sentences written for these tests in the style of wire reports."""

from __future__ import annotations

import pytest

from khabar.doc import Doc
from tests.extract.claim_helpers import run


def speakers(doc: Doc) -> list[tuple[str, str | None]]:
    return [(c.cue.text, c.speaker_text) for c in doc.claims]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقال المتحدث باسم الشرطة إن الطريق مغلق. وبعدما أشار إلى أن التحقيق مستمر، لفت إلى أن "
                 "المشتبه به فر.", [("وقال", "المتحدث باسم الشرطة"), ("أشار", "المتحدث باسم الشرطة"),
                                    ("لفت", "المتحدث باسم الشرطة")], id="wa-badama"),
    pytest.param("وقال المحافظ إن المدينة آمنة. وعندما قال إن الإمدادات تصل يوميا صفق الحضور.",
                 [("وقال", "المحافظ"), ("قال", "المحافظ")], id="wa-indama"),
])
def test_a_subordinating_conjunction_is_no_subject(text, expected):
    assert speakers(run(text)) == expected


def test_a_clause_of_cause_has_no_subject_before_its_cue():
    doc = run("وتتشدد الحكومة في هذا الملف، لأنها تعتقد أن أي تنازل سيشجع المسلحين.")
    assert all(c.speaker_text != "لأنها" for c in doc.claims)


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقال وزير الصحة إن المستشفيات ممتلئة. ولفت الانتباه إلى أن الأدوية تنفد.",
                 [("وقال", "وزير الصحة"), ("ولفت", "وزير الصحة")], id="lafata-al-intibah"),
    pytest.param("وأوضحت المنظمة أن القصف طال المدارس. ولفتت النظر إلى أن الأطفال أكثر الضحايا.",
                 [("وأوضحت", "المنظمة"), ("ولفتت", "المنظمة")], id="lafatat-al-nazar"),
    pytest.param("وقال قائد الشرطة إن المسلح أطلق النار عشوائيا. وتابع قوله إن الشرطة وصلت خلال دقائق.",
                 [("وقال", "قائد الشرطة"), ("وتابع", "قائد الشرطة")], id="wa-tabaa-qawlahu"),
])
def test_the_object_or_own_words_right_after_a_cue_are_no_speaker(text, expected):
    assert speakers(run(text)) == expected


def test_the_truth_before_an_epithet_of_god_is_his_name():
    doc = run("يقول الحق سبحانه وتعالى: «ولا تقتلوا أنفسكم».")
    assert speakers(doc) == [("يقول", "الحق سبحانه وتعالى")]


@pytest.mark.parametrize("text, speaker, via", [
    pytest.param("وقال مدير المستشفى للوكالة إن عشرة جرحى وصلوا ليلا.", "مدير المستشفى", ["لوكالة"],
                 id="lil-wakala"),
    pytest.param("وقال شقيق الضحية للصحيفة إن العائلة تطالب بمحاكمة الجاني.", "شقيق الضحية", ["لصحيفة"],
                 id="lil-sahifa"),
])
def test_the_definite_outlet_after_lam_is_a_via(text, speaker, via):
    c = run(text).claims[0]
    assert (c.speaker_text, [v.text for v in c.via]) == (speaker, via)


def test_a_body_after_a_title_is_no_outlet():
    c = run("وقال الأمين العام المساعد للهيئة العالمية للإغاثة إن المساعدات وصلت.").claims[0]
    assert c.speaker_text == "الأمين العام المساعد للهيئة العالمية للإغاثة"


@pytest.mark.parametrize("text, speaker", [
    pytest.param("وأصيب ثلاثة من الحراس في الهجوم، حسب رواية أحد المصابين.", "أحد المصابين", id="riwayat-ahad"),
    pytest.param("وقتل أكثر من مئة شخص في القرية، بحسب تعداد لوكالة الأنباء المحلية.", "وكالة الأنباء المحلية",
                 id="taadad-li"),
    pytest.param("واحترقت عشرات المنازل، بحسب شهادة السكان.", "السكان", id="shahadat-al"),
])
def test_a_report_noun_in_construct_gives_way_to_its_source(text, speaker):
    c = run(text).claims[0]
    assert c.speaker_text == speaker


def test_a_report_noun_with_an_adjective_stays():
    c = run("وقتل خمسة مدنيين، بحسب تقارير إعلامية.").claims[0]
    assert c.speaker_text == "تقارير إعلامية"


def test_what_was_attributed_to_both_is_a_passive():
    assert run("وصدر حكم يقضي بثبوت ما نسب إليهما، والحكم بسجنهما.").claims == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقال المتحدث إن الوضع هادئ. أما وزير الدفاع سعيد العلي، فقد أكد أن القوات ستواصل عملياتها.",
                 [("وقال", "المتحدث"), ("أكد", "وزير الدفاع سعيد العلي")], id="amma-comma-faqad"),
    pytest.param("وقال المتحدث إن الوضع هادئ. أما الكاتب سعد الفلاني فقال: «لا جديد في الملف».",
                 [("وقال", "المتحدث"), ("فقال", "الكاتب سعد الفلاني")], id="amma-fa-cue"),
    pytest.param("وقالت الوكالة إن الغارات قتلت العشرات. أما الحزب في الجبال فتحدث عن مقتل خمسة فقط.",
                 [("وقالت", "الوكالة"), ("فتحدث", "الحزب")], id="amma-body"),
])
def test_the_fronted_topic_is_the_subject_of_its_comment(text, expected):
    assert speakers(run(text)) == expected


def test_a_fronted_adjunct_is_no_topic():
    doc = run("وقال المتحدث إن الوضع هادئ. أما في المدينة فقد أكد أن الطرق مفتوحة.")
    assert speakers(doc) == [("وقال", "المتحدث"), ("أكد", "المتحدث")]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وقال خطيب الجامع إن حرمة الدم عظيمة، قال صلى الله عليه وسلم: «المسلم من سلم الناس من لسانه ويده».",
                 [("وقال", "خطيب الجامع"), ("قال", "النبي")], id="sallallahu"),
    pytest.param("وقال الإمام إن الأمن نعمة. وقال عليه الصلاة والسلام: «من أصبح آمنا في سربه». وأضاف أن الشكر "
                 "واجب.", [("وقال", "الإمام"), ("وقال", "النبي"), ("وأضاف", "الإمام")], id="alayhi-assalat"),
    pytest.param("وذكر الواعظ أن الغيبة محرمة، وقال عليه السلام «لا تحاسدوا».",
                 [("وذكر", "الواعظ"), ("وقال", "النبي")], id="alayhi-assalam"),
])
def test_the_prophets_eulogy_after_a_cue_names_him(text, expected):
    assert speakers(run(text)) == expected


@pytest.mark.parametrize("text, speaker", [
    pytest.param("وقال المتحدث إن الوضع هادئ. الإعلامي أحمد الجابري استشهد بمثل شعبي معروف، مضيفا أن الناس "
                 "ملوا الوعود.", "الإعلامي أحمد الجابري", id="description-name-verb"),
    pytest.param("وقال المتحدث إن الوضع هادئ. الكاتب الصحفي سالم العمري اختار أن يكتب عن الحصار، موضحا أن "
                 "الأسعار تضاعفت.", "الكاتب الصحفي سالم العمري", id="two-words-name-verb"),
])
def test_a_described_name_opening_a_sentence_is_the_participles_subject(text, speaker):
    assert speakers(run(text))[-1][1] == speaker


@pytest.mark.parametrize("text", [
    pytest.param("ونجحت الشرطة في كشف غموض جريمة قتل التاجر في السوق القديم.", id="fi-kashf"),
    pytest.param("وتعاون السكان مع الأمن وساعدوا على كشفه قبل أن يفر.", id="ala-kashfihi"),
])
def test_a_cue_form_after_a_preposition_is_a_verbal_noun(text):
    assert run(text).claims == []


def test_the_verbal_noun_leaves_the_antecedent_alone():
    doc = run("وقال مدير الشرطة إن التحقيقات مستمرة. ونجحت الفرق في كشف غموض الواقعة. وأضاف أن المتهم اعترف.")
    assert speakers(doc) == [("وقال", "مدير الشرطة"), ("وأضاف", "مدير الشرطة")]


def test_who_says_after_min_stays_a_cue():
    doc = run("وهناك من يقول إن الهدنة لن تصمد طويلا.")
    assert [c.cue.text for c in doc.claims] == ["يقول"]


@pytest.mark.parametrize("text, speaker", [
    pytest.param("وأكد الرئيس الأميركي جو سميث في اليوم الأول من زيارته أن المحادثات بناءة.", "الرئيس الأميركي جو سميث",
                 id="fi-time"),
    pytest.param("وقالت مصادر مقربة من الوفد إن الجولة انتهت.", "مصادر مقربة من الوفد", id="a-whole-phrase-stays"),
])
def test_a_preposition_whose_object_was_cut_ends_no_speaker(text, speaker):
    assert run(text).claims[0].speaker_text == speaker


@pytest.mark.parametrize("text, expected", [
    pytest.param("وجدد الرئيس، تأكيداته بأن المليشيات انقلبت على الشرعية.",
                 [("وجدد", "الرئيس", "بأن المليشيات انقلبت على الشرعية")], id="tawkidatihi-bianna"),
    pytest.param("وجدد وزير الخارجية التأكيد على ضرورة التنسيق بين البلدين.",
                 [("وجدد", "وزير الخارجية", "على ضرورة التنسيق بين البلدين")], id="al-tawkid-ala"),
])
def test_a_renewed_statement_is_a_claim(text, expected):
    assert [(c.cue.text, c.speaker_text, c.content.text) for c in run(text).claims] == expected


def test_renewed_fighting_is_no_statement():
    assert run("وتجدد القتال في أطراف المدينة مساء أمس.").claims == []


@pytest.mark.parametrize("text", [
    pytest.param("وحمل المشيعون نعشا كتب عليه «ضحايا الإهمال».", id="kutiba-alayhi-quote"),
    pytest.param("ورفع شاب لوحة كبيرة كتب عليها: «لا للفساد».", id="kutiba-alayha-colon"),
])
def test_what_was_written_on_a_sign_is_no_statement(text):
    assert [c for c in run(text).claims if c.cue.text == "كتب"] == []


def test_he_wrote_on_his_account_stays_a_claim():
    doc = run("وقال الناشط إن المسيرة سلمية. وكتب على حسابه: «لن نتراجع».")
    assert speakers(doc) == [("وقال", "الناشط"), ("وكتب", "الناشط")]
