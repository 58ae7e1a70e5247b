"""The CLI, in process (click's CliRunner)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main

FIX = Path(__file__).resolve().parent / "fixtures" / "readers"


def test_help_everywhere():
    r = CliRunner()
    for args in (["--help"], ["extract", "--help"], ["demo", "--help"]):
        res = r.invoke(main, args)
        assert res.exit_code == 0 and "Usage" in res.output


def test_extract_writes_contract_and_reports_skips(tmp_path):
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["extract", str(FIX / "mixed_good_and_bad_lines.jsonl"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    recs = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["r1", "r3", "r4", "r1#2"]
    for r in recs:
        assert {"times", "places", "claims", "aliases", "events"} <= set(r)
    assert "skipped 3" in res.stderr and "mixed_good_and_bad_lines.jsonl:2" in res.stderr


def test_extract_counts_warnings_and_lists_them_when_verbose(tmp_path):
    # a record kept with a bad date or a duplicate id is a warning, not a skip: counted unless --verbose
    # lists each by file and line
    src, out = FIX / "mixed_good_and_bad_lines.jsonl", str(tmp_path / "out.jsonl")
    res = CliRunner().invoke(main, ["extract", str(src), "-o", out])
    assert "3 warnings (1 bad date, 1 missing date, 1 duplicate id)" in res.stderr
    assert "renamed" not in res.stderr
    res = CliRunner().invoke(main, ["extract", str(src), "-o", out, "--verbose"])
    assert "3 warnings" not in res.stderr
    assert "mixed_good_and_bad_lines.jsonl:6: duplicate id 'r1': renamed 'r1#2'" in res.stderr


def test_extract_stdin_to_stdout():
    res = CliRunner().invoke(main, ["extract", "-", "--stages", "times"],
                             input='{"id": "a", "text": "قتل شخص أمس.", "published": "2024-03-10"}\n')
    assert res.exit_code == 0
    rec = json.loads(res.stdout.splitlines()[0])
    assert rec["id"] == "a"


def test_extract_unknown_stage_fails_cleanly(tmp_path):
    res = CliRunner().invoke(main, ["extract", str(FIX / "empty.txt"), "--stages", "times,nonsense"])
    assert res.exit_code != 0 and "unknown stage" in res.output + res.stderr


def test_extract_nothing_readable_exits_nonzero(tmp_path):
    res = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.jsonl")])
    assert res.exit_code == 1 and "file not found" in res.stderr


def test_demo_runs_on_bundled_samples():
    res = CliRunner().invoke(main, ["demo", "--json"])
    assert res.exit_code == 0, res.output
    dg = json.loads(res.stdout)
    assert dg["articles"] == 4
    # a value within one article names the words that carry it and who reported them, not claim numbers
    inside = [v["sources"] for d in dg["disagreements"] if not d["scope"].startswith("linked")
              for v in d["values"]]
    assert inside and all(s and s[0].startswith("«") for s in inside)
    assert any("(" in s[0] for s in inside)


def test_demo_content_is_cut_at_a_word():
    from khabar.cli import _clip

    assert _clip("قتل ثلاثة مدنيين في غارة", 14) == "قتل ثلاثة …"
    assert _clip("قتل ثلاثة", 14) == "قتل ثلاثة"


def test_eval_ner_scores_a_conll_file(tmp_path):
    conll = tmp_path / "tiny.conll"
    conll.write_text("قال O\nالرئيس O\nباراك B-PERS\nأوباما I-PERS\nفي O\nواشنطن B-LOC\n. O\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["eval-ner", str(conll), "--json"])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.stdout)
    assert scores["tokens"] == 7
    assert set(scores["types"]) >= {"PER", "LOC"}
    assert 0.0 <= scores["micro"]["f1"] <= 1.0


SAMPLES = Path(__file__).resolve().parents[1] / "src" / "khabar" / "samples" / "reports.jsonl"


@pytest.mark.slow
def test_extract_with_two_workers_equals_one_process(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    r1 = CliRunner().invoke(main, ["extract", str(SAMPLES), str(FIX), "-o", str(one)])
    r2 = CliRunner().invoke(main, ["extract", str(SAMPLES), str(FIX), "-o", str(two), "--workers", "2"])
    assert r1.exit_code == 0 and r2.exit_code == 0, r2.output
    recs1 = {json.loads(l)["id"]: json.loads(l) for l in one.read_text(encoding="utf-8").splitlines()}
    recs2 = {json.loads(l)["id"]: json.loads(l) for l in two.read_text(encoding="utf-8").splitlines()}
    assert recs1.keys() == recs2.keys()
    for k in recs1:
        assert recs1[k]["events"] == recs2[k]["events"] and recs1[k]["times"] == recs2[k]["times"]


@pytest.mark.slow
def test_ingest_with_workers_is_idempotent(tmp_path):
    db = str(tmp_path / "k.db")
    r = CliRunner().invoke(main, ["ingest", str(SAMPLES), "--db", db, "--workers", "2"])
    assert r.exit_code == 0 and "stored 4 new" in r.stderr, r.output
    r = CliRunner().invoke(main, ["ingest", str(SAMPLES), "--db", db, "--workers", "2"])
    assert "stored 0 new articles, skipped 4" in r.stderr
