"""Hostile text found by the round-5 fuzzer (/tmp/harden): each once made a stage fail or a whole
run stop. Every test here failed before its fix."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.doc import Article
from khabar.pipeline import Pipeline

LEAD = "دمشق - قتل {n} مدنيا أمس الجمعة بغارة جوية على بلدة سرمين بريف إدلب، بحسب الدفاع المدني."


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(time_limit=None)


@pytest.mark.parametrize("text", [
    # int() refuses a string of more than 4,300 digits (ValueError in the casualty figure)
    pytest.param("٣" * 5000 + " قتيلا", id="5000-eastern-digits-before-cue"),
    pytest.param("9" * 5000 + " قتيلا", id="5000-digits-before-cue"),
    pytest.param("قتل 12 و" + "9" * 5000 + " جريحا", id="5000-digits-after-and"),
])
def test_endless_figure_is_no_stage_failure(text, pipeline):
    doc = pipeline.run(Article(id="digits", text=text, published=dt.date(2024, 3, 10)))
    assert not pipeline.failures, pipeline.failures
    assert all(e.killed is None or e.killed < 10**15 for e in doc.events)


@pytest.mark.parametrize("figure", [
    pytest.param("99999999999999999999", id="20-digits"),
    pytest.param("1,000,000,000,000,000,000,000", id="grouped-22-digits"),
])
def test_absurd_toll_is_no_count_and_ingest_goes_on(figure, tmp_path):
    """A toll past SQLite's 64-bit INTEGER stopped 'khabar ingest' (OverflowError) for the whole run."""
    path = tmp_path / "a.jsonl"
    rows = [{"id": "big", "text": LEAD.format(n=figure), "published": "2024-03-10"},
            {"id": "ok", "text": LEAD.format(n="ثلاثة"), "published": "2024-03-10"}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    res = CliRunner().invoke(main, ["extract", str(path), "-o", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    recs = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert [e["killed"] for e in recs["big"]["events"]] == [None]
    assert [e["killed"] for e in recs["ok"]["events"]] == [3]
    res = CliRunner().invoke(main, ["ingest", str(path), "--db", str(tmp_path / "k.db"), "--no-progress"])
    assert res.exit_code == 0, res.output
