"""Names that look like cues or markers (own sentences): a cue form after a kunya or nasab word is part of
a name (علي بن أبي طالب); the إن of a short name in brackets (سي إن إن) is no complementizer; a quoted
name right after an object cue is the speaker (أعلن «X» حملة …، أعلن «X»، في بيان، مقتل …); a
demonstrative after the subject opens the object (وأكد X هذه الحصيلة)."""

from __future__ import annotations

import pytest

from khabar.doc import Article
from tests.extract.test_claims_cue_gaps import run, summary  # noqa: F401  (the shared claim helpers)


@pytest.mark.parametrize("text, expected", [
    pytest.param("صلى المئات في جامع علي بن أبي طالب بالمدينة القديمة مساء الجمعة.", [], id="kunya-name"),
    pytest.param("وافتتح الوزير مدرسة عمر بن قال الجديدة في الحي الشرقي.", [], id="nasab-name"),
    pytest.param("وتقول شبكة (سي إن إن) الأمريكية إن الطائرة سقطت قرب الساحل.",
                 [("وتقول", "شبكة (سي إن إن) الأمريكية", "إن الطائرة سقطت قرب الساحل")], id="bracketed-name"),
    pytest.param("وأعلن “لواء الفتح” هجوما واسعا على مواقع المسلحين شرق المدينة.",
                 [("وأعلن", "لواء الفتح", "هجوما واسعا على مواقع المسلحين شرق المدينة")], id="quoted-speaker-object"),
    pytest.param("وأعلنت “كتائب الشمال”، في بيان، مقتل ثلاثة من عناصرها في الاشتباكات.",
                 [("وأعلنت", "كتائب الشمال", "مقتل ثلاثة من عناصرها في الاشتباكات")],
                 id="quoted-speaker-comma-adjunct"),
    pytest.param('ووعد الوزير بملاحقة ما وصفه "بالعنف" في الشوارع.', [], id="quoted-word-after-preposition"),
])
def test_names_and_quotes(text, expected):
    got = summary(run(text))
    assert [g for g in got if g[0] not in ("ووعد",)] == expected


def test_demonstrative_opens_the_object():
    doc = run("وأكد المحافظ سالم الكندي هذه الحصيلة، مضيفا أن عشرة أشخاص أصيبوا.")
    assert summary(doc)[0] == ("وأكد", "المحافظ سالم الكندي", "هذه الحصيلة")


@pytest.mark.parametrize("text, expected", [
    pytest.param("قتل 12 جنديا في انفجار عبوة. وتبنت حركة الشباب هذا الهجوم، الذي يأتي بعد سلسلة هجمات.",
                 [("وتبنت", "حركة الشباب", "هذا الهجوم")], id="claims-the-attack"),
    pytest.param("إلى ذلك، تبنى مسلحو الجبهة أمس قتل ثلاثة شرطيين قرب الحدود.",
                 [("تبنى", "مسلحو الجبهة", "قتل ثلاثة شرطيين قرب الحدود")], id="claims-a-killing"),
    pytest.param("وتبنى الجناح العسكري في الحركة المتمردة الهجوم على الثكنة.",
                 [("وتبنى", "الجناح العسكري في الحركة المتمردة", "الهجوم على الثكنة")], id="speaker-phrase-to-the-deed"),
    pytest.param("وتبنت جبهة الشمال خطف الجنود، متهمة إياهم بالتجسس.",
                 [("وتبنت", "جبهة الشمال", "خطف الجنود، متهمة إياهم بالتجسس")], id="deed-before-a-later-marker"),
    pytest.param("وقال المكتب الإعلامي للمقاومة إن كمينا نصب لدورية في المديرية، أسفر عن مقتل 4 من المسلحين، "
                 "وتبنت مقاومة الجبل، أخيرا، قرابة 11 عملية في المحافظة.",
                 [("وقال", "المكتب الإعلامي للمقاومة", "إن كمينا نصب لدورية في المديرية، أسفر عن مقتل 4 من المسلحين"),
                  ("وتبنت", "مقاومة الجبل", "قرابة 11 عملية في المحافظة")], id="inside-another-content"),
    pytest.param("تبنى البرلمان، أمس، مشروع قانون حول الانتخابات.", [], id="adopted-a-law"),
    pytest.param("وكانت مجموعة يسارية تبنت هجوما على السفارة في العام الماضي.", [], id="after-its-subject"),
    pytest.param("وجاء البيان بعد تبني الهجوم على حساب الحركة.", [], id="the-noun-with-ya"),
])
def test_adoption_of_a_deed(text, expected):
    assert summary(run(text)) == expected


def test_claimant_is_the_doer():
    from khabar.pipeline import Pipeline
    doc = Pipeline().run(Article(id="t", text="وتبنت «جبهة الشمال» أمس، خطف ثمانية جنود قرب بلدة إعزاز في ريف حلب."))
    assert [e.actor1 for e in doc.events] == ["جبهة الشمال"]


@pytest.mark.parametrize("text, speaker", [
    pytest.param("ويقول الموقع إن خبير المتفجرات في الجماعة سالم الحداد، طالب في رسالة نشرها أمس بمهاجمة السفارات.",
                 "خبير المتفجرات في الجماعة سالم الحداد", id="named-subject-after-complementizer"),
    pytest.param("وذكرت الصحيفة أن المتحدث باسم الحركة خالد الناصر، دعا إلى وقف القتال فورا.",
                 "المتحدث باسم الحركة خالد الناصر", id="title-and-name"),
])
def test_subject_set_off_after_complementizer(text, speaker):
    claims = run(text).claims
    assert claims[-1].speaker_text == speaker and not claims[-1].speaker_implicit


def test_clause_after_complementizer_is_no_subject():
    doc = run("وفيما أكد المنظمون أن الشيخ سالم الحداد يؤيد مطالبهم ويقف معهم، بينوا أنه لا تنسيق بينهم.")
    assert summary(doc)[-1] == ("بينوا", "المنظمون", "أنه لا تنسيق بينهم")


@pytest.mark.parametrize("text, expected", [
    pytest.param("نظم المئات من العمال وقفة احتجاجية صباح أمس أمام مقر الشركة، للتنديد بتأخير رواتبهم.",
                 [("للتنديد", "المئات", "بتأخير رواتبهم")], id="crowd-denounces"),
    pytest.param("وكان أهالي البلدة قد خرجوا في مظاهرات مماثلة، للمطالبة بالإفراج عن المعتقلين.",
                 [("للمطالبة", "أهالي البلدة", "بالإفراج عن المعتقلين")], id="people-demand"),
    pytest.param("وتظاهر آلاف المزارعين أمس في العاصمة تنديدا بقرار رفع أسعار الوقود.",
                 [("تنديدا", "آلاف المزارعين", "بقرار رفع أسعار الوقود")], id="tandidan"),
    pytest.param("واتفق الجانبان على رفع مشروع قرار إلى مجلس الأمن للمطالبة بتوفير حماية دولية.", [],
                 id="no-crowd-no-claim"),
])
def test_protest_purpose(text, expected):
    assert summary(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("ودعا الحزب، الذي يصفه مسؤولون غربيون بأنه الجناح الأخطر، إلى شن مزيد من الهجمات.",
                 [("ودعا", "الحزب", "إلى شن مزيد من الهجمات"),
                  ("يصفه", "مسؤولون غربيون", "بأنه الجناح الأخطر")], id="relative-claim-inside-speaker"),
    pytest.param("وأكد الرئيس سالم الحداد، الذي يحكم البلاد منذ عامين، أن الأمن أولوية كبرى.",
                 [("وأكد", "الرئيس سالم الحداد", "أن الأمن أولوية كبرى")], id="relative-aside-skipped"),
    pytest.param("وقال المسؤولون الذين طلبوا عدم ذكر أسمائهم إن الجندي قتل في اشتباك.",
                 [("وقال", "المسؤولون", "إن الجندي قتل في اشتباك")], id="anonymity-request-no-claim"),
])
def test_relative_clause_in_speaker(text, expected):
    assert summary(run(text)) == expected


def test_schedule_is_no_source():
    assert summary(run("وستجري عمليات التسليم على ثلاث مراحل وفق التواريخ الآتية.")) == []


def test_feminine_participle_skips_a_masculine_subject():
    doc = run("وقالت المصادر إن المعارك مستمرة. من جهة أخرى، نجح الجيش الوطني في السيطرة على المدينة، "
              "متوقعة التقدم نحو الشمال خلال أيام.")
    last = doc.claims[-1]
    assert (last.cue.text, last.speaker_text, last.speaker_implicit) == ("متوقعة", "المصادر", True)


def test_plural_cue_answers_the_people_behind_slogans():
    doc = run("نفذ العشرات من العمال وقفة احتجاجية أمام المصنع، للتنديد بتأخير الرواتب. "
              "ورفع المحتجون لافتات تطالب بصرف المستحقات، واعتبروا أن التأخير ظلم كبير.")
    last = doc.claims[-1]
    assert last.cue.text == "واعتبروا" and "المحتجون" in last.speaker_text


def test_figures_attest_the_clause_with_the_count():
    doc = run("واعتقلت الشرطة عدة أشخاص يشتبه بصلتهم بالهجوم الذي استهدف السوق وذهب ضحيته 12 قتيلا "
              "كما جرح 40 آخرون حسب بيانات وزارة الصحة.")
    assert summary(doc) == [("حسب", "بيانات وزارة الصحة", "وذهب ضحيته 12 قتيلا كما جرح 40 آخرون")]
