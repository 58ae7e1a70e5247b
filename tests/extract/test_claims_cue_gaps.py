"""Cues the lexicon lacked (own sentences): وبيّن (written with و: bare بين is 'between', and a
second بين of a pair is no verb), أحصى (a monitor counts), أثنى على, the participles زاعمة and مفيدا
(مفيد alone is the adjective 'useful'); a report (في تقريرها) is the channel a source spoke through."""

from __future__ import annotations

import pytest

from khabar.doc import Doc
from tests.extract.claim_helpers import run


def summary(doc: Doc) -> list[tuple[str, str | None, str]]:
    return [(c.cue.text, c.speaker_text, c.content.text) for c in doc.claims]


@pytest.mark.parametrize("text, expected", [
    pytest.param("وبيّن الوزير أن الحكومة ستدعم المزارعين هذا العام.",
                 [("وبيّن", "الوزير", "أن الحكومة ستدعم المزارعين هذا العام")], id="wa-bayyana-with-subject"),
    pytest.param("وقال المدير إن العمل مستمر. وبين أن المشروع سينتهي قبل نهاية العام.",
                 [("وقال", "المدير", "إن العمل مستمر"), ("وبين", "المدير", "أن المشروع سينتهي قبل نهاية العام")],
                 id="wa-bayyana-implicit"),
    pytest.param("وأحصت المنظمة في تقريرها السنوي تراجعا في عدد الضحايا المدنيين.",
                 [("وأحصت", "المنظمة", "تراجعا في عدد الضحايا المدنيين")], id="a-monitor-counts"),
    pytest.param("وأثنى سكان القرية على شجاعة رجال الإنقاذ.",
                 [("وأثنى", "سكان القرية", "على شجاعة رجال الإنقاذ")], id="athna-ala"),
    pytest.param("وقال المتحدث إن القوات تقدمت نحو المدينة، مفيدا بأن المعارك مستمرة.",
                 [("وقال", "المتحدث", "إن القوات تقدمت نحو المدينة"),
                  ("مفيدا", "المتحدث", "بأن المعارك مستمرة")], id="mufidan-bi-anna"),
    pytest.param("وقال الطبيب إن الدراسة الجديدة كانت مفيدة جدا للمرضى.",
                 [("وقال", "الطبيب", "إن الدراسة الجديدة كانت مفيدة جدا للمرضى")], id="mufida-is-useful"),
    pytest.param("وتحدثت الوزيرة عن الخطة ووصفتها بأنها ناجحة، معتبرة أن الدعم مفيد للاقتصاد.",
                 None, id="mufid-inside-a-content"),
])
def test_added_cues(text, expected):
    got = summary(run(text))
    if expected is None:
        assert all(cue != "مفيد" for cue, _, _ in got)
    else:
        assert got == expected


@pytest.mark.parametrize("text", [
    pytest.param("ودارت اشتباكات عنيفة بين الجيش والمسلحين، وبين مقاتلي «الجبهة» في الريف الغربي.",
                 id="between-the-army-and-between-the-front"),
    pytest.param("الفرق كبير بين أن تكون قويا وبين أن تكون عادلا.", id="between-two-clauses"),
    pytest.param("وتتوسط القرية الطريق بينها وبين المدينة.", id="bayna-with-pronoun"),
])
def test_the_second_between_of_a_pair_is_no_cue(text):
    assert run(text).claims == []


def test_a_report_is_a_channel():
    c = run("وقالت البعثة في تقريرها نصف السنوي إن عدد الضحايا ارتفع.").claims[0]
    assert (c.speaker_text, [v.text for v in c.via], c.content.text) == ("البعثة", ["تقريرها"],
                                                                         "إن عدد الضحايا ارتفع")


def test_a_testimony_is_no_part_of_the_speaker():
    c = run("وقال شهود عيان في إفادة للصحيفة إن الطائرة هبطت بسلام.").claims[0]
    assert (c.speaker_text, c.content.text) == ("شهود عيان", "إن الطائرة هبطت بسلام")


@pytest.mark.parametrize("text, expected", [
    pytest.param("وكانت قيادة القوات المشتركة قد أصدرت بيانا أوضحت فيه أن طائرة هبطت اضطراريا.",
                 ("أوضحت", "قيادة القوات المشتركة", "أن طائرة هبطت اضطراريا"), id="document-after-kana-qad"),
    pytest.param("وأورد المرصد من جهته حصيلة القتلى ذاتها.",
                 ("وأورد", "المرصد", "حصيلة القتلى ذاتها"), id="awrada-object-after-min-jihatihi"),
    pytest.param("وأعلنت الوزارة من جانبها مقتل خمسة مسلحين.",
                 ("وأعلنت", "الوزارة", "مقتل خمسة مسلحين"), id="object-after-min-janibiha"),
    pytest.param('وكتبت الهيئة على موقع تويتر تقول: "نحن نحقق في الحادث".',
                 ("وكتبت", "الهيئة", "نحن نحقق في الحادث"), id="kataba-X-taqulu"),
    pytest.param("وتابع الوزير يقول: «المعركة مستمرة حتى النصر».",
                 ("وتابع", "الوزير", "المعركة مستمرة حتى النصر"), id="tabaa-X-yaqulu"),
])
def test_frames_around_a_cue(text, expected):
    c = run(text).claims[0]
    assert (c.cue.text, c.speaker_text, c.content.text) == expected


@pytest.mark.parametrize("text, speaker", [
    pytest.param("وتلقى ولي العهد اتصالا هاتفيا أمس من الشيخ خالد بن أحمد وزير الداخلية أعرب فيه عن إدانته للتفجير.",
                 "الشيخ خالد بن أحمد وزير الداخلية", id="a-call-from"),
    pytest.param("وتلقى الرئيس برقية من ملك الأردن أعرب فيها عن تعازيه.", "ملك الأردن", id="a-cable-from"),
    pytest.param("وتلقى الأمير اتصالا من الوزير سعيد أعرب فيه عن تضامنه. وتلقى اتصالا آخر من الرئيس علي أعرب خلاله "
                 "عن إدانته للهجوم.", "الرئيس علي", id="the-second-call"),
])
def test_the_sender_of_a_call_or_cable_speaks(text, speaker):
    assert run(text).claims[-1].speaker_text == speaker


@pytest.mark.parametrize("text, content", [
    pytest.param("وقتل 50 شخصا الشهر الماضي. كما خلفت البراميل، وفقا للشبكة، أضرارا بـ27 مركزا حيويا.",
                 "كما خلفت البراميل، وفقا للشبكة، أضرارا بـ27 مركزا حيويا", id="clause-goes-on-after-the-source"),
    pytest.param("وقتل خمسة أشخاص، بحسب المرصد، وأصيب عشرة آخرون.", "وقتل خمسة أشخاص", id="a-new-clause-after-it"),
    pytest.param("وأصبحت الحركة أكثر جرأة، بحسب سعيد الخالدي، الخبير في شؤون الجماعات.", "وأصبحت الحركة أكثر جرأة",
                 id="the-sources-description-after-it"),
])
def test_a_source_inside_its_clause(text, content):
    c = run(text).claims[-1]
    assert c.content.text == content
