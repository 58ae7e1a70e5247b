"""Partitioned runs on a 2-worker Dask LocalCluster: same output as a local run, and a worker killed
mid-partition loses and doubles nothing (Dask reschedules, partition files are idempotent)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from khabar.runners import merge_jsonl, run_partitions

from .conftest import write_jsonl

distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.dask


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as c:
        yield c


def ids_in(out: Path) -> list[str]:
    return ds.dataset(out, format="parquet").to_table(columns=["id"]).column("id").to_pylist()


def test_dask_output_equals_local_output(client, corpus):
    dask_out, local_out = corpus["tmp"] / "dask", corpus["tmp"] / "local"
    s = run_partitions(corpus["inputs"], dask_out, scheduler=client, lines_per_partition=5)
    run_partitions(corpus["inputs"], local_out, workers=1, lines_per_partition=5)
    assert s.complete and s.failed_partitions == []
    assert len(s.worker_rss_mb) >= 1 and all(v > 0 for v in s.worker_rss_mb.values())
    merge_jsonl(dask_out, corpus["tmp"] / "d.jsonl")
    merge_jsonl(local_out, corpus["tmp"] / "l.jsonl")
    assert (corpus["tmp"] / "d.jsonl").read_text(encoding="utf-8") == \
        (corpus["tmp"] / "l.jsonl").read_text(encoding="utf-8")


def test_a_result_lost_after_its_task_finished_reruns_the_partition(client, corpus, monkeypatch):
    """A finished task whose result never reaches the client (a run once waited forever on it, both
    workers idle) is run again under a new key after FETCH_TIMEOUT_S; nothing is lost or doubled."""
    import distributed

    from khabar.runners import dask as kdask

    real = distributed.Future.result
    lost: list[str] = []

    def result(self, timeout=None):
        if not lost and str(self.key).startswith("khabar-partition-") and not str(self.key).endswith("-again"):
            lost.append(str(self.key))
            raise TimeoutError("result lost (simulated)")
        return real(self, timeout=timeout)

    monkeypatch.setattr(distributed.Future, "result", result)
    monkeypatch.setattr(kdask, "FETCH_TIMEOUT_S", 1.0)
    out, local = corpus["tmp"] / "dask-lost", corpus["tmp"] / "local-lost"
    s = run_partitions(corpus["inputs"], out, scheduler=client, lines_per_partition=5)
    run_partitions(corpus["inputs"], local, workers=1, lines_per_partition=5)
    assert lost and s.complete and s.failed_partitions == []
    merge_jsonl(out, corpus["tmp"] / "dl.jsonl")
    merge_jsonl(local, corpus["tmp"] / "ll.jsonl")
    assert (corpus["tmp"] / "dl.jsonl").read_text(encoding="utf-8") == \
        (corpus["tmp"] / "ll.jsonl").read_text(encoding="utf-8")


def test_worker_killed_mid_partition_loses_and_doubles_nothing(client, tmp_path):
    src = tmp_path / "big.jsonl"
    ids = write_jsonl(src, 0, 48, repeat=40, bad_every=13)  # ~17k characters an article
    out = tmp_path / "out"
    pids = client.run(os.getpid)  # worker address -> pid
    killed: list[tuple[int, list]] = []

    def kill_other(res):
        # the worker that just finished is idle; the other one is mid-partition: kill it
        if not killed:
            victim = next(((a, pid) for a, pid in pids.items() if pid != res.pid), None)
            if victim is not None:
                busy = list(client.processing().get(victim[0], ()))
                os.kill(victim[1], signal.SIGKILL)
                killed.append((victim[1], busy))

    s = run_partitions([str(src)], out, scheduler=client, stages=(), lines_per_partition=4,
                       progress=kill_other)
    assert killed and killed[0][1], "no busy worker was killed"
    assert s.complete and s.failed_partitions == []
    got = ids_in(out)
    assert sorted(got) == sorted(ids) and len(got) == len(set(got))
    assert s.written == len(ids) and s.skipped == 48 - len(ids)
    assert not list(out.glob(".*.tmp"))
    merge_jsonl(out, tmp_path / "m.jsonl")
    merged = [json.loads(line)["id"] for line in (tmp_path / "m.jsonl").open(encoding="utf-8")]
    assert merged == ids  # input order, each once
    client.wait_for_workers(2, timeout=30)  # the nanny restarted the killed worker


DRIVER = """
import sys
from khabar.runners import run_partitions
run_partitions([sys.argv[1]], sys.argv[2], scheduler="local", workers=2, stages=(),
               lines_per_partition=3)
"""


def test_killed_dask_run_then_rerun_equals_uninterrupted_run(client, tmp_path):
    """kill -9 the whole run (driver, scheduler, workers), rerun on a cluster: same rows."""
    src = tmp_path / "n.jsonl"
    write_jsonl(src, 0, 60, repeat=30, bad_every=11)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(src), str(out)],
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while len(list(out.glob("part-*.parquet"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert len(list(out.glob("part-*.parquet"))) < 20, "the run finished before it was killed"
    s = run_partitions([str(src)], out, scheduler=client, stages=(), lines_per_partition=3)
    assert s.complete and 0 < s.reused < s.partitions
    merge_jsonl(out, tmp_path / "resumed.jsonl")
    run_partitions([str(src)], tmp_path / "clean", workers=1, stages=(), lines_per_partition=3)
    merge_jsonl(tmp_path / "clean", tmp_path / "clean.jsonl")
    resumed = (tmp_path / "resumed.jsonl").read_text(encoding="utf-8").splitlines()
    assert resumed == (tmp_path / "clean.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(resumed) == len({json.loads(r)["id"] for r in resumed}) == 55


def _install_spin_stage(limit: float) -> None:
    """In a worker: a stage 'spin' stuck in pure Python, and the pipeline with a short time limit."""
    import khabar.pipeline as pl
    from khabar.runners import worker

    def spin(doc):
        while True:
            pass

    pl._spin_for_tests = spin
    pl.STAGES["spin"] = "khabar.pipeline:_spin_for_tests"
    worker._PIPELINES[("times", "spin")] = pl.Pipeline(names=("times", "spin"), time_limit=limit,
                                                      tune_gc=False)


def test_time_limit_applies_in_dask_worker_threads(client, tmp_path, monkeypatch):
    """Dask runs tasks outside the main thread, where SIGALRM cannot reach: the watchdog does."""
    import khabar.pipeline as pl

    client.run(_install_spin_stage, 0.3)
    monkeypatch.setattr(pl, "_spin_for_tests", lambda doc: None, raising=False)
    monkeypatch.setitem(pl.STAGES, "spin", "khabar.pipeline:_spin_for_tests")
    src = tmp_path / "s.jsonl"
    ids = write_jsonl(src, 0, 4)
    t0 = time.monotonic()
    s = run_partitions([str(src)], tmp_path / "out", scheduler=client, stages=("times", "spin"),
                       lines_per_partition=2)
    assert time.monotonic() - t0 < 60
    assert s.complete and s.written == len(ids) and s.timeouts == len(ids)
    merge_jsonl(tmp_path / "out", tmp_path / "m.jsonl")
    recs = [json.loads(line) for line in (tmp_path / "m.jsonl").open(encoding="utf-8")]
    assert [r["id"] for r in recs] == ids
    assert all("timeout:spin" in r["flags"] and r["times"] for r in recs)
