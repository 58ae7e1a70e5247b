"""Hostile and broken inputs through every reader and the full pipeline: processed or reported,
never a crash, never a span that does not point into the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.doc import Article
from khabar.export.record import doc_to_record
from khabar.pipeline import Pipeline
from khabar.readers import ReadReport, read_inputs

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
FILES = sorted(p for p in HOSTILE.iterdir() if p.name != "README.md")


def assert_spans_valid(obj, text: str) -> int:
    """Every {start, end, text} dict inside a record matches the article text; returns how many."""
    n = 0
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) and "text" in obj:
            assert text[obj["start"]:obj["end"]] == obj["text"], obj
            n += 1
        for v in obj.values():
            n += assert_spans_valid(v, text)
    elif isinstance(obj, list):
        for v in obj:
            n += assert_spans_valid(v, text)
    return n


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


# what each file must yield: (articles read, records skipped)
EXPECTED = {
    "invalid_utf8.txt": (0, 1),
    "utf16_bom.jsonl": (1, 0),
    "nul_bytes.jsonl": (2, 0),
    "only_digits.txt": (1, 0),
    "only_punctuation.txt": (1, 0),
    "mixed_scripts.txt": (1, 0),
    "bidi_marks_in_names.txt": (1, 0),
    "script_style_iframe.html": (1, 0),
    "broken_html.html": (None, None),  # either is fine: trafilatura may find no main text
    "truncated.jsonl": (1, 1),
    "duplicate_ids.jsonl": (2, 0),
    "wrong_date_formats.jsonl": (4, 0),
    "future_dates.jsonl": (1, 0),
    "emoji_and_tables.txt": (1, 0),
    "wrong_types.jsonl": (2, 1),
}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_hostile_file_is_processed_or_reported(path, pipeline):
    report = ReadReport()
    articles = list(read_inputs([str(path)], report))
    want = EXPECTED[path.name]
    if want[0] is not None:
        assert (len(articles), report.skipped) == want, report.problems
    # the run accounts for every record: read + skipped == records seen
    assert report.read == len(articles)
    for p in report.problems:
        assert p.origin.startswith(str(path)) and p.reason
    for art in articles:
        doc = pipeline.run(art)
        rec = doc_to_record(doc)
        json.dumps(rec, ensure_ascii=False)  # serialisable
        assert_spans_valid(rec, doc.text)
        assert not [f for f in doc.flags if f.startswith("stage-failed")], doc.flags


def test_duplicate_ids_are_kept_apart():
    report = ReadReport()
    ids = [a.id for a in read_inputs([str(HOSTILE / "duplicate_ids.jsonl")], report)]
    assert ids == ["dup", "dup#2"]


def test_future_and_wrong_dates_are_warned():
    report = ReadReport()
    list(read_inputs([str(HOSTILE / "future_dates.jsonl"), str(HOSTILE / "wrong_date_formats.jsonl")], report))
    reasons = [p.reason for p in report.problems]
    assert any("future date" in r for r in reasons)
    assert sum("bad date" in r for r in reasons) == 4


def test_html_script_never_reaches_the_text():
    report = ReadReport()
    (art,) = read_inputs([str(HOSTILE / "script_style_iframe.html")], report)
    assert "alert" not in art.text and "document.write" not in art.text


@pytest.mark.slow
def test_ten_megabyte_article_finishes_or_times_out_cleanly(pipeline):
    para = "قتل ثلاثة مدنيين أمس الجمعة بغارة جوية على بلدة سرمين بريف إدلب، بحسب الدفاع المدني. "
    text = para * (10_000_000 // len(para))
    p = Pipeline(time_limit=20.0)
    doc = p.run(Article(id="big", text=text, published=None))
    rec = doc_to_record(doc)
    assert rec["id"] == "big"
    assert len(doc.text) >= 9_000_000


def test_time_limit_is_not_swallowed_by_a_stage_catching_exception(monkeypatch):
    """A stage's own ``except Exception`` (a defensive lookup, a parser) must not eat the time limit
    and run on: the limit fires once."""
    import time

    import khabar.pipeline as pl

    def stubborn(doc):
        deadline = time.perf_counter() + 5
        while time.perf_counter() < deadline:
            try:
                time.sleep(0.01)
            except Exception:  # noqa: BLE001 - what the test is about
                pass

    monkeypatch.setitem(pl.STAGES, "stubborn", "tests.test_hostile:_stubborn")
    globals()["_stubborn"] = stubborn
    p = Pipeline(names=("times", "stubborn"), time_limit=0.3)
    t0 = time.perf_counter()
    doc = p.run(Article(id="s", text="قتل جندي أمس."))
    assert time.perf_counter() - t0 < 3
    assert "timeout:stubborn" in doc.flags


def test_time_limit_reports_and_keeps_the_article(monkeypatch):
    import time

    import khabar.pipeline as pl

    def slow(doc):
        time.sleep(5)

    monkeypatch.setitem(pl.STAGES, "slow", "tests.test_hostile:_slow")
    globals()["_slow"] = slow
    p = Pipeline(names=("times", "slow"), time_limit=0.3)
    t0 = time.perf_counter()
    doc = p.run(Article(id="s", text="قتل جندي أمس."))
    assert time.perf_counter() - t0 < 3
    assert "timeout:slow" in doc.flags
    assert p.failures[-1].error.startswith("timeout")
