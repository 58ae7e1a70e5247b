"""Who speaks when the subject of a cue is not a source itself: a definite issued document (وقال البيان،
واعتبرت الفتوى) speaks for the body that issued it, named by an earlier claim made through a document of the
same noun (في بيان، بحسب بيان X، بيان صادر عن X); an epithet of God alone (وقال تعالى) is God; فضيلته is the
sheikh named before; a surname opening with ل written elsewhere after a given name (أندريه ليسينكو … وقال
ليسينكو إن) is the speaker, not the one spoken to."""

from __future__ import annotations

import pytest

from tests.extract.test_claims_cue_gaps import run, summary


@pytest.mark.parametrize("text, speaker", [
    pytest.param("وقالت وزارة الداخلية في بيان إن قوات الأمن فككت خلية مسلحة. "
                 "وقال البيان إن المجموعة كانت تخطط لهجمات على منشآت أمنية.",
                 "وزارة الداخلية", id="statement-via"),
    pytest.param("وبحسب بيان رئاسة الإقليم فإن ثلاثة مدنيين قتلوا في القصف. "
                 "ودعا البيان الحكومة إلى وقف القصف فورا.",
                 "رئاسة الإقليم", id="statement-of-body"),
    pytest.param("وقال بيان للجيش الثالث الميداني إن الدوريات شددت الحراسة على الطريق. "
                 "وأوضح البيان أن الطريق آمن تماما.",
                 "الجيش الثالث الميداني", id="statement-lam-owner"),
    pytest.param("أشار تقرير حديث أصدرته منظمة العفو الدولية إلى تورط المسلحين في القصف. "
                 "وأضاف التقرير أن القصف كان عشوائيا.",
                 "منظمة العفو الدولية", id="report-issued-by"),
])
def test_a_document_speaks_for_its_issuer(text, speaker):
    assert summary(run(text))[-1][1] == speaker


def test_a_document_with_no_issuer_named_stays():
    assert summary(run("وقال البيان إن المجموعة كانت تخطط لهجمات على منشآت أمنية."))[0][1] == "البيان"


@pytest.mark.parametrize("text, speaker", [
    pytest.param("وقال المتحدث العسكري أندريه ليسينكو إن الوضع متوتر. وقال ليسينكو إن القوات صدت الهجوم.",
                 "ليسينكو", id="surname-opening-with-lam"),
    pytest.param('قال الله تعالى: "إن الله يأمر بالعدل"، وقال تعالى: "ولا تقتلوا النفس التي حرم الله".',
                 "الله", id="divine-epithet"),
    pytest.param("وقال نائب رئيس الجمعية الشيخ عبد الرحمن الهذلول إن الطلاب يستنكرون العمل. "
                 "وأضاف فضيلته: طلاب الجمعيات تعلموا من علمائهم حرمة الدماء.",
                 "عبد الرحمن الهذلول", id="honorific-fadilatuh"),
])
def test_the_named_speaker_of_the_last_claim(text, speaker):
    assert summary(run(text))[-1][1] == speaker


def test_lam_before_a_noun_is_still_the_addressee():
    doc = run("وصل محمد ليسينكو إلى القرية. ثم قال لوالده: «الطريق مغلق».")
    assert [c.speaker_text for c in doc.claims if c.cue.text == "قال"] != ["لوالده"]


def test_fa_qad_opens_the_main_clause():
    doc = run("وقالت الشرطة إن المرأة اعتقلت أمس. وبسؤالها عن والد الطفل فقد أفادت بأنه يعمل في مدينة أخرى.")
    assert summary(doc)[-1][1] == "الشرطة"  # the antecedent, not the fronted phrase


def test_an_adjective_of_praise_stays_in_the_speaker():
    doc = run("أدانت الجمعية الخيرية لتحفيظ القرآن الكريم العمل الإجرامي الذي استهدف المسجد.")
    assert summary(doc)[0][1] == "الجمعية الخيرية لتحفيظ القرآن الكريم"


@pytest.mark.parametrize("text, expected", [
    pytest.param("وأرجعت شرطة المدينة وقوع هذه الجرائم إلى الأوضاع التي يعيشها المخالفون.",
                 ("وأرجعت", "شرطة المدينة", "وقوع هذه الجرائم إلى الأوضاع التي يعيشها المخالفون"),
                 id="arja-attributes-a-cause"),
    pytest.param("وعزا المسؤول الهجوم إلى خلايا نائمة تابعة للتنظيم.",
                 ("وعزا", "المسؤول", "الهجوم إلى خلايا نائمة تابعة للتنظيم"), id="aza-attributes"),
])
def test_attributing_a_cause_is_a_claim(text, expected):
    assert summary(run(text)) == [expected]


def test_an_accusation_opening_the_article_has_its_subject_after_the_cue():
    doc = run("واتهمت جبهة المعارضة بخطف المقاتلين قرب الحدود.")
    assert summary(doc)[0][:2] == ("واتهمت", "جبهة المعارضة")


def test_an_accusation_after_a_claim_keeps_its_object():
    doc = run("قال المتحدث إن الهدوء عاد إلى المدينة. واتهم الجيش بخرق الهدنة.")
    assert summary(doc)[1] == ("واتهم", "المتحدث", "الجيش بخرق الهدنة")
