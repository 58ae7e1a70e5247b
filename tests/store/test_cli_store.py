"""khabar ingest / link / events / export, in process."""

from __future__ import annotations

import json

from click.testing import CliRunner

from khabar.cli import main

from .conftest import FIXTURES


def test_ingest_link_events_export(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "reports.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for line in (FIXTURES / "strike_reports.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            fh.write(json.dumps({k: r[k] for k in ("id", "text", "title", "outlet", "published")},
                                ensure_ascii=False) + "\n")
    r = CliRunner()
    res = r.invoke(main, ["ingest", str(src), "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "stored 8 new articles" in res.stderr and (tmp_path / "khabar.db").exists()
    res = r.invoke(main, ["ingest", str(src), "--no-progress"])
    assert "stored 0 new articles, skipped 8" in res.stderr
    res = r.invoke(main, ["link"])
    assert res.exit_code == 0 and "events in all" in res.stderr
    res = r.invoke(main, ["events", "--limit", "5", "--country", "SY"])
    assert res.exit_code == 0 and "linked events" in res.stdout
    out = tmp_path / "out" / "ev.csv"
    res = r.invoke(main, ["export", "--format", "csv", "-o", str(out)])
    assert res.exit_code == 0 and out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date")


def test_bad_database_url_is_a_clean_error(tmp_path):
    res = CliRunner().invoke(main, ["link", "--db", "mysql://nobody@nowhere/db"])
    assert res.exit_code == 1 and "unsupported database URL" in res.output + res.stderr
