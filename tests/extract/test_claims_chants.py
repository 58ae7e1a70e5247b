"""Chants (grammar chant_cues: هتف، ردد): a chanting verb or participle with no subject of its own takes the
crowd that opens the sentence as the subject of its first verb; 'the saying' relayed (نقلت عن X القول إن, grammar
said_objects) is no part of X. Sentences written for these tests in the style
of wire reports."""

from __future__ import annotations

import pytest

from tests.extract.claim_helpers import run


@pytest.mark.parametrize("text, expected", [
    pytest.param("وتجمع مئات المحتجين أمام المبنى وهم يهتفون «الشعب يريد إسقاط المحافظ».",
                 [("يهتفون", "مئات المحتجين", "الشعب يريد إسقاط المحافظ")], id="wa-hum-yahtifun"),
    pytest.param("وسار آلاف الأكراد في المدينة هاتفين «أين العالم؟ نحن نموت»، وملوحين بالأعلام.",
                 [("هاتفين", "آلاف الأكراد", "أين العالم؟ نحن نموت")], id="hatifin"),
    pytest.param("وخرج أنصار الزعيم السابق إلى الشوارع وهتفوا «يا شهيد ارتاح»، لكنهم تفرقوا.",
                 [("وهتفوا", "أنصار الزعيم السابق", "يا شهيد ارتاح")], id="wa-hatafu"),
])
def test_the_crowd_opening_the_sentence_chants(text, expected):
    assert [(c.cue.text, c.speaker_text, c.content.text) for c in run(text).claims] == expected


def test_a_mobile_phone_is_no_chant():
    assert run("وضبطت الشرطة بندقية وهاتفا محمولا من المسلحين.").claims == []


def test_a_sentence_opening_on_no_crowd_keeps_the_antecedent():
    doc = run("وقال المحتجون إن الشرطة تأخرت. وتغير المشهد بعد حلول الظلام، وبدأ الشبان يقتربون من الحواجز مرددين "
              "«نحن مستعدون».")
    assert [c.speaker_text for c in doc.claims if c.cue.text == "مرددين"] == ["الشبان"]  # not المشهد


@pytest.mark.parametrize("text, speaker", [
    pytest.param("ونقلت الصحيفة عن المصادر القول إن المجموعة تضم عشرات المستوطنين.", "المصادر", id="al-qawl"),
    pytest.param("ونقلت الوكالة عن الحاكم سليم أوغلو، حاكم الإقليم، القول إنه تم العثور على الضابطين.",
                 "الحاكم سليم أوغلو، حاكم الإقليم", id="comma-al-qawl"),
])
def test_the_saying_relayed_is_no_part_of_the_source(text, speaker):
    assert run(text).claims[0].speaker_text == speaker
