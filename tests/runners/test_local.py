"""Partitioned runs in local processes: partitions read exactly what the readers read, the merged
output equals a single-process run, reruns are idempotent, and dead workers or a killed driver lose
and double nothing."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from khabar.errors import InputError
from khabar.export.record import doc_to_record
from khabar.pipeline import DEFAULT_ORDER, Pipeline
from khabar.readers import ReadReport, read_inputs
from khabar.runners import (Partition, RunnerError, merge_jsonl, plan_partitions, read_partition,
                            run_partitions)

from .conftest import write_jsonl

FIX = Path(__file__).resolve().parent.parent / "fixtures"


def single_process(inputs: list[str], stages=DEFAULT_ORDER) -> tuple[list[dict], ReadReport]:
    report = ReadReport()
    pl = Pipeline(names=tuple(stages))
    return [doc_to_record(pl.run(a)) for a in read_inputs(inputs, report)], report


def dataset_ids(out: Path) -> list[str]:
    return ds.dataset(out, format="parquet").to_table(columns=["id"]).column("id").to_pylist()


@pytest.mark.parametrize("lines", [pytest.param(1, id="one-line-partitions"),
                                   pytest.param(4, id="four-lines"),
                                   pytest.param(1000, id="whole-files")])
def test_partitions_read_exactly_what_the_readers_read(corpus, lines):
    parts = plan_partitions(corpus["inputs"], lines_per_partition=lines, files_per_partition=2)
    got, problems = [], []
    for p in parts:
        report = ReadReport()
        got += [(a.id, a.origin, a.text) for a in read_partition(p, report)]
        problems += [(p.origin, p.reason) for p in report.problems]
    ref_report = ReadReport()
    ref = [(a.id, a.origin, a.text) for a in read_inputs(corpus["inputs"], ref_report)]
    assert got == ref
    assert problems == [(p.origin, p.reason) for p in ref_report.problems]


@pytest.mark.parametrize("name", [pytest.param("readers", id="reader-fixtures"),
                                  pytest.param("hostile", id="hostile-fixtures")])
def test_partitions_of_fixture_folders_match_readers(name):
    folder = FIX / name
    if not folder.is_dir():
        pytest.skip(f"no fixtures/{name}")
    ref_report = ReadReport()
    ref = [(a.id, a.origin) for a in read_inputs([str(folder)], ref_report)]
    got, skipped = [], 0
    for p in plan_partitions([str(folder)], lines_per_partition=1, files_per_partition=1):
        report = ReadReport()
        got += [(a.id, a.origin) for a in read_partition(p, report)]
        skipped += report.skipped
    # ids repeated across partitions are renamed only at merge time: compare origins
    assert [o for _, o in got] == [o for _, o in ref]
    assert skipped == ref_report.skipped


def test_jsonl_partitions_are_line_ranges_with_stable_keys(tmp_path):
    f = tmp_path / "n.jsonl"
    write_jsonl(f, 0, 10)
    parts = plan_partitions([str(f)], lines_per_partition=4)
    assert [(p.kind, p.first_line) for p in parts] == [("jsonl", 1), ("jsonl", 5), ("jsonl", 9)]
    assert parts[-1].stop == f.stat().st_size
    assert [p.key for p in plan_partitions([str(f)], lines_per_partition=4)] == [p.key for p in parts]
    assert Partition.from_json(parts[1].to_json()) == parts[1]
    other_stages = plan_partitions([str(f)], stages=("times",), lines_per_partition=4)
    assert {p.key for p in other_stages}.isdisjoint(p.key for p in parts)


def test_standard_input_cannot_be_partitioned():
    with pytest.raises(InputError):
        plan_partitions(["-"])


def test_merged_output_equals_single_process_and_summary_accounts_for_all(corpus):
    out = corpus["tmp"] / "out"
    planned, done = [], []
    summary = run_partitions(corpus["inputs"], out, workers=1, lines_per_partition=5,
                             on_start=planned.extend, progress=done.append)
    assert len(planned) == len(done) == summary.partitions > 1
    ref, ref_report = single_process(corpus["inputs"])
    assert summary.complete and summary.failed_partitions == []
    assert summary.read == ref_report.read == len(ref)
    assert summary.written + summary.failed == summary.read
    assert summary.skipped == ref_report.skipped
    assert summary.reasons == dict(ref_report.reasons())
    merge = merge_jsonl(out, corpus["tmp"] / "merged.jsonl")
    merged = [json.loads(line) for line in (corpus["tmp"] / "merged.jsonl").open(encoding="utf-8")]
    assert merge.articles == len(merged) == len(ref)
    assert merged == ref


def test_rerun_reuses_finished_partitions(corpus):
    out = corpus["tmp"] / "out"
    first = run_partitions(corpus["inputs"], out, stages=(), lines_per_partition=5)
    stamps = {f.name: f.stat().st_mtime_ns for f in out.glob("part-*.parquet")}
    again = run_partitions(corpus["inputs"], out, stages=(), lines_per_partition=5)
    assert again.reused == again.partitions == first.partitions
    assert (again.read, again.skipped, again.written) == (first.read, first.skipped, first.written)
    assert {f.name: f.stat().st_mtime_ns for f in out.glob("part-*.parquet")} == stamps


def test_other_run_in_same_folder_is_refused_unless_overwritten(corpus):
    out = corpus["tmp"] / "out"
    run_partitions(corpus["inputs"][:1], out, stages=())
    with pytest.raises(RunnerError):
        run_partitions(corpus["inputs"][1:2], out, stages=())
    s = run_partitions(corpus["inputs"][1:2], out, stages=(), overwrite=True)
    assert sorted(dataset_ids(out)) == sorted(f"a{i}" for i in range(100, 109))
    assert s.written == 9


def test_merge_refuses_an_unfinished_run(corpus):
    out = corpus["tmp"] / "out"
    s = run_partitions(corpus["inputs"], out, stages=(), lines_per_partition=5)
    victim = next(out.glob("part-*.parquet"))
    victim.unlink()
    with pytest.raises(RunnerError):
        merge_jsonl(out, corpus["tmp"] / "m.jsonl")
    rep = merge_jsonl(out, corpus["tmp"] / "m.jsonl", allow_missing=True)
    assert len(rep.missing) == 1 and rep.articles < s.written


def test_ids_repeated_across_partitions_are_renamed_at_merge(tmp_path):
    for name in ("x.jsonl", "y.jsonl"):
        write_jsonl(tmp_path / name, 0, 3)
    out = tmp_path / "out"
    run_partitions([str(tmp_path / "x.jsonl"), str(tmp_path / "y.jsonl")], out, stages=())
    rep = merge_jsonl(out, tmp_path / "m.jsonl")
    ids = [json.loads(line)["id"] for line in (tmp_path / "m.jsonl").open(encoding="utf-8")]
    assert ids == ["a0", "a1", "a2", "a0#2", "a1#2", "a2#2"]
    assert len(rep.renamed) == 3


def test_two_workers_survive_a_killed_worker(tmp_path):
    """Kill the busy worker while another partition finishes: its partitions are redone once."""
    src = tmp_path / "big.jsonl"
    ids = write_jsonl(src, 0, 48, repeat=40)  # ~17k characters an article
    out = tmp_path / "out"
    killed: list[int] = []

    def kill_other(res):
        if not killed:
            others = [p for p in multiprocessing.active_children() if p.pid != res.pid]
            if others:
                os.kill(others[0].pid, signal.SIGKILL)
                killed.append(others[0].pid)

    s = run_partitions([str(src)], out, workers=2, stages=(), lines_per_partition=4, progress=kill_other)
    assert killed, "no worker was killed"
    assert s.complete and s.failed_partitions == []
    got = dataset_ids(out)
    assert sorted(got) == sorted(ids) and len(got) == len(set(got))
    assert s.written == len(ids)
    assert not list(out.glob(".*.tmp"))


DRIVER = """
import sys
from khabar.runners import run_partitions
run_partitions([sys.argv[1]], sys.argv[2], workers=1, stages=(), lines_per_partition=3)
"""


def test_killed_driver_then_rerun_equals_uninterrupted_run(tmp_path):
    src = tmp_path / "n.jsonl"
    write_jsonl(src, 0, 60, repeat=30, bad_every=11)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(src), str(out)])
    deadline = time.monotonic() + 90
    while len(list(out.glob("part-*.parquet"))) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert len(list(out.glob("part-*.parquet"))) < 20, "the run finished before it was killed"
    run_partitions([str(src)], out, workers=1, stages=(), lines_per_partition=3)
    merge_jsonl(out, tmp_path / "resumed.jsonl")
    clean = tmp_path / "clean"
    run_partitions([str(src)], clean, workers=1, stages=(), lines_per_partition=3)
    merge_jsonl(clean, tmp_path / "clean.jsonl")
    resumed = (tmp_path / "resumed.jsonl").read_text(encoding="utf-8").splitlines()
    assert resumed == (tmp_path / "clean.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(resumed) == len({json.loads(r)["id"] for r in resumed}) == 55
