"""Who speaks when the subject of a cue is not a source itself: a definite issued document (وقال البيان،
واعتبرت الفتوى) speaks for the body that issued it, named by an earlier claim made through a document of the
same noun (في بيان، بحسب بيان X، بيان صادر عن X)."""

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
