"""Hostile encodings and invisible characters found by generated inputs: read and normalised, not
turned into garbage."""

from __future__ import annotations

import pytest

from khabar import process
from khabar.readers import ReadReport
from khabar.readers.base import decode_bytes

SENTENCE = "قتل جنديان أمس بقصف على بلدة معرة النعمان"


@pytest.mark.parametrize("codec", [pytest.param("utf-16-le", id="le"), pytest.param("utf-16-be", id="be")])
def test_utf16_without_byte_order_mark_is_decoded(codec):
    report = ReadReport()
    text = decode_bytes(SENTENCE.encode(codec), "x.txt", report)
    assert text == SENTENCE
    assert any("UTF-16" in p.reason for p in report.problems)


@pytest.mark.parametrize("data", [
    pytest.param("plain ascii text".encode(), id="ascii"),
    pytest.param(SENTENCE.encode(), id="utf8-arabic"),
    pytest.param(SENTENCE.encode("cp1256"), id="cp1256"),
])
def test_other_encodings_are_not_taken_for_utf16(data):
    report = ReadReport()
    text = decode_bytes(data, "x.txt", report)
    assert text is not None and "UTF-16" not in " ".join(p.reason for p in report.problems)


@pytest.mark.parametrize("mark", [pytest.param("\u2060", id="word-joiner"), pytest.param("\u2063", id="invisible-sep"),
                                  pytest.param("\u200b", id="zwsp")])
def test_invisible_marks_between_letters_are_ignored(mark):
    doc = process(mark.join(SENTENCE), published="2024-03-10")
    plain = process(SENTENCE, published="2024-03-10")
    assert doc.norm.text == plain.norm.text
    assert [p.span.text.replace(mark, "") for p in doc.places] == [p.span.text for p in plain.places]
