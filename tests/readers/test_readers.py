import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from khabar.readers import ReadReport, read_inputs

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "readers"


def read(*names, published=None, stdin=None):
    report = ReadReport()
    arts = list(read_inputs([str(FIX / n) if n != "-" else n for n in names], report, published, stdin=stdin))
    return arts, report


def test_jsonl_bad_lines_are_reported_with_line_and_skipped():
    arts, report = read("mixed_good_and_bad_lines.jsonl")
    assert [a.id for a in arts] == ["r1", "r3", "r4", "r1#2"]
    skipped = {p.origin.rsplit(":", 1)[1]: p.reason for p in report.problems if p.skipped}
    assert skipped["2"].startswith("invalid JSON")
    assert skipped["3"] == "missing or empty text"
    assert skipped["7"].startswith("invalid JSON: expected an object")
    assert report.read == 4 and report.skipped == 3


def test_jsonl_bad_or_missing_date_keeps_article_unresolved():
    arts, report = read("mixed_good_and_bad_lines.jsonl")
    by_id = {a.id: a for a in arts}
    assert by_id["r1"].published == dt.date(2024, 3, 10)
    assert by_id["r3"].published is None and by_id["r4"].published is None
    warnings = [p for p in report.problems if not p.skipped]
    assert any("bad date" in p.reason and p.origin.endswith(":4") for p in warnings)
    assert any("missing date" in p.reason and p.origin.endswith(":5") for p in warnings)
    assert any("duplicate id" in p.reason for p in warnings)


def test_jsonl_undecodable_line_is_skipped_and_others_kept():
    arts, report = read("invalid_utf8_line.jsonl")
    assert [a.id for a in arts] == ["u1", "u3"]
    (p,) = [p for p in report.problems if p.skipped]
    assert p.origin.endswith("invalid_utf8_line.jsonl:2") and "undecodable" in p.reason


def test_text_file_date_from_name_and_title():
    arts, _ = read("2024-03-09-strike-report.txt")
    (a,) = arts
    assert a.published == dt.date(2024, 3, 9)
    assert a.title == "غارة على سرمين"
    assert a.id == "2024-03-09-strike-report"


def test_text_file_date_from_flag_and_missing_date_warning():
    arts, report = read("undated_report.txt")
    assert arts[0].published is None
    assert any("missing date" in p.reason for p in report.problems)
    arts, _ = read("undated_report.txt", published=dt.date(2024, 1, 5))
    assert arts[0].published == dt.date(2024, 1, 5)


def test_utf16_bom_and_empty_file():
    arts, report = read("utf16_with_bom.txt", "empty.txt")
    assert len(arts) == 1 and "بيروت" in arts[0].text
    assert any(p.skipped and p.origin.endswith("empty.txt") for p in report.problems)


def test_html_removes_boilerplate_and_script_and_finds_date():
    arts, _ = read("ied_report.html")
    (a,) = arts
    assert "عبوة ناسفة" in a.text
    assert "alert" not in a.text and "الرئيسية" not in a.text
    assert a.published == dt.date(2024, 2, 5)


def test_folder_reads_every_known_file_type():
    arts, report = read(".")
    ids = {a.id for a in arts}
    assert {"r1", "u1", "2024-03-09-strike-report", "ied_report", "utf16_with_bom"} <= ids
    assert report.read == len(arts)


def test_missing_file_is_reported():
    arts, report = read("no_such_file.jsonl")
    assert arts == [] and report.problems[0].reason == "file not found"


def test_saudinewsnet_zip(tmp_path):
    items = [{"source": "sabq", "url": "http://x.invalid/1", "date_extracted": "2015-08-02 10:00:00",
              "title": "عنوان", "author": "", "content": "قتل جندي أمس في هجوم."},
             {"source": "sabq", "url": "http://x.invalid/2", "date_extracted": "2015-08-02 10:00:00",
              "title": "فارغ", "author": "", "content": ""}]
    z = tmp_path / "2015-08-02.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("2015-08-02.json", json.dumps(items, ensure_ascii=False))
    report = ReadReport()
    arts = list(read_inputs([str(z)], report))
    assert len(arts) == 1 and arts[0].id.startswith("snn-") and arts[0].published == dt.date(2015, 8, 2)
    assert arts[0].outlet == "sabq"
    assert report.skipped == 1 and report.problems[0].origin.endswith("2015-08-02.json:2")


def test_json_nested_too_deeply_is_skipped_and_the_rest_kept(tmp_path):
    # a line (or a SaudiNewsNet member) nested beyond the decoder's recursion limit is one bad record,
    # not the end of the run
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + '{"id": "ok", "text": "قتل جندي أمس."}\n', encoding="utf-8")
    z = tmp_path / "2015-08-02.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("2015-08-02.json", "[" * 100_000)
    report = ReadReport()
    arts = list(read_inputs([str(path), str(z)], report))
    assert [a.id for a in arts] == ["ok"]
    assert [(p.origin.rsplit("/", 1)[-1], p.reason) for p in report.problems if p.skipped] == [
        ("deep.jsonl:1", "invalid JSON: nested too deeply"),
        ("2015-08-02.zip!2015-08-02.json", "invalid JSON: nested too deeply")]


def test_jsonl_text_of_another_type_is_named(tmp_path):
    path = tmp_path / "types.jsonl"
    path.write_text('{"id": "n", "text": 12345}\n{"id": "l", "text": ["قتل"]}\n{"id": "e", "text": " "}\n',
                    encoding="utf-8")
    report = ReadReport()
    assert list(read_inputs([str(path)], report)) == []
    assert [p.reason for p in report.problems] == [
        "text is not a string but int", "text is not a string but list", "missing or empty text"]


@pytest.mark.parametrize("data,n,skipped", [
    pytest.param('{"id":"s1","text":"نص"}\n'.encode(), 1, 0, id="stdin-jsonl"),
    pytest.param("قتل شخص أمس.".encode(), 1, 0, id="stdin-plain-text"),
    pytest.param(b"", 0, 1, id="stdin-empty"),
])
def test_stdin(data, n, skipped):
    arts, report = read("-", stdin=data)
    assert len(arts) == n and report.skipped == skipped


@pytest.mark.parametrize("published, expected, warned", [
    pytest.param("1437-09-15", dt.date(2016, 6, 20), True, id="hijri-day-converted"),
    pytest.param("2015-08-06", dt.date(2015, 8, 6), False, id="gregorian-day-kept"),
    pytest.param("1501-01-01", dt.date(1501, 1, 1), False, id="outside-the-hijri-range-kept"),
])
def test_jsonl_hijri_publication_day_is_converted_with_a_warning(tmp_path, published, expected, warned):
    path = tmp_path / "hijri.jsonl"
    path.write_text(json.dumps({"id": "h1", "text": "قتل جندي أمس.", "published": published},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    report = ReadReport()
    (art,) = read_inputs([str(path)], report)
    assert art.published == expected
    assert any("Hijri date" in p.reason and p.origin.endswith(":1") for p in report.problems) == warned
