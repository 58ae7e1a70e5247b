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


def test_lone_surrogates_in_json_are_replaced_and_warned(tmp_path):
    from khabar.readers import read_inputs
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s\\udfff", "text": "\\ud800 قال المرصد إن غارة", "title": "x\\udc00"}\n'
                    '{"id": "ok", "text": "قال المرصد إن غارة"}\n', encoding="utf-8")
    report = ReadReport()
    arts = list(read_inputs([str(path)], report))
    assert [a.text for a in arts] == ["\ufffd قال المرصد إن غارة", "قال المرصد إن غارة"]
    for a in arts:  # every field can now be stored or written as UTF-8
        (a.id + a.text + (a.title or "")).encode("utf-8")
    assert any(p.origin == f"{path}:1" and "surrogate" in p.reason for p in report.problems)


def test_lone_surrogate_article_is_ingested(tmp_path):
    from click.testing import CliRunner

    from khabar.cli import main
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s1", "text": "\\ud800 قتل جندي أمس في حلب", "published": "2024-03-10"}\n',
                    encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", str(path), "--db", str(tmp_path / "k.db"), "--no-progress"])
    assert res.exit_code == 0, res.output
