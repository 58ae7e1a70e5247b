"""Partitioned runs: plan, run locally or on Dask, account for every article, merge the output.

:func:`run_partitions` reads input paths (JSONL, SaudiNewsNet zips, text/HTML files, folders) and
writes a Parquet dataset into ``out_dir``: ``_manifest.json`` (the plan: every partition in input
order) and one ``part-<key>.parquet`` per partition. A rerun into the same folder redoes only the
partitions whose file is missing (after a crash, ``kill -9`` or a lost worker), so the finished
dataset holds every article exactly once. :func:`merge_jsonl` turns the dataset into one JSONL file
(records as :func:`khabar.export.record.doc_to_record` makes them), in input order, giving ids that
repeat across partitions the same ``#2`` suffix the readers give within one file.

Example::

    >>> summary = run_partitions(["news.jsonl"], "out/", workers=2)  # doctest: +SKIP
    >>> summary.written + summary.failed == summary.read
    True
    >>> merge_jsonl("out/", "out.jsonl")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.errors import KhabarError
from khabar.pipeline import DEFAULT_ORDER, load_stage
from khabar.readers import ReadReport
from khabar.runners.parquet import read_metadata, read_records
from khabar.runners.partitions import Partition, plan_partitions
from khabar.runners.worker import PartitionResult, partition_filename

log = logging.getLogger(__name__)

MANIFEST = "_manifest.json"


class RunnerError(KhabarError):
    """A partitioned run that cannot start or be merged (folder holds another run, missing parts)."""


@dataclass
class RunSummary:
    """Where every article went: read = written + failed; skipped records listed with reasons."""

    out_dir: str
    partitions: int = 0
    done: int = 0
    reused: int = 0  # partitions already complete from an earlier (interrupted) run
    read: int = 0
    written: int = 0
    skipped: int = 0
    failed: int = 0
    warnings: int = 0
    stage_failures: int = 0
    timeouts: int = 0
    tokens: int = 0
    seconds: float = 0.0
    reasons: dict[str, int] = field(default_factory=dict)
    problems: list[dict[str, Any]] = field(default_factory=list)
    failed_partitions: list[dict[str, Any]] = field(default_factory=list)  # label, key, error
    worker_rss_mb: dict[str, float] = field(default_factory=dict)  # worker pid -> peak RSS
    stage_seconds: dict[str, float] = field(default_factory=dict)
    results: list[PartitionResult] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.done == self.partitions

    def add(self, res: PartitionResult) -> None:
        self.results.append(res)
        if res.error is not None:
            self.failed_partitions.append({"label": res.label, "key": res.key, "error": res.error})
            return
        self.done += 1
        self.reused += res.reused
        for name in ("read", "written", "skipped", "failed", "warnings", "stage_failures",
                     "timeouts", "tokens"):
            setattr(self, name, getattr(self, name) + getattr(res, name))
        self.reasons = dict(Counter(self.reasons) + Counter(res.reasons))
        self.problems.extend(res.problems)
        if not res.reused:
            pid = str(res.pid)
            self.worker_rss_mb[pid] = max(self.worker_rss_mb.get(pid, 0.0), res.rss_peak_mb)
            for k, v in res.stage_seconds.items():
                self.stage_seconds[k] = round(self.stage_seconds.get(k, 0.0) + v, 4)

    def to_json(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "results"}
        d["complete"] = self.complete
        return d


def _write_json_atomic(path: Path, data: Any) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _prepare(out_dir: Path, parts: list[Partition], inputs: Sequence[str], overwrite: bool) -> None:
    """Write the manifest; refuse a folder that holds a different run unless ``overwrite``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    keys = [p.key for p in parts]
    mpath = out_dir / MANIFEST
    if mpath.exists():
        old = json.loads(mpath.read_text(encoding="utf-8"))
        if [p["key"] for p in old.get("partitions", [])] != keys:
            if not overwrite:
                raise RunnerError(f"{out_dir} holds the output of another run (other inputs or "
                                  "stages): choose another folder or overwrite it")
            for f in out_dir.glob("part-*.parquet"):
                if f.name not in {partition_filename(k) for k in keys}:
                    f.unlink()
    for f in out_dir.glob(".part-*.tmp"):  # leftovers of writers killed mid-write
        f.unlink(missing_ok=True)
    _write_json_atomic(mpath, {"format": "khabar-partitions/1", "inputs": [str(i) for i in inputs],
                               "stages": list(parts[0].stages) if parts else [],
                               "partitions": [{"key": p.key, "label": p.label, "spec": p.to_json()}
                                              for p in parts]})


def run_partitions(inputs: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
                   workers: int = 1, scheduler: Any = None,
                   stages: Sequence[str] = DEFAULT_ORDER, published: dt.date | None = None,
                   lines_per_partition: int = 500, files_per_partition: int = 200,
                   retries: int = 2, overwrite: bool = False,
                   progress: Callable[[PartitionResult], None] | None = None,
                   on_start: Callable[[list[Partition]], None] | None = None) -> RunSummary:
    """Extract ``inputs`` partition by partition into a Parquet dataset in ``out_dir``.

    ``workers=N`` runs N local processes (1: this process); ``scheduler`` (``"tcp://host:port"``,
    a ``distributed.Client``, or ``"local"`` for a LocalCluster of ``workers`` processes) runs on Dask.
    ``on_start`` is called with the plan before any work (e.g. to size a progress bar), and
    ``progress`` in this process after each partition. Partitions already complete in
    ``out_dir`` (same plan) are reused. Failed partitions are listed in the summary, never hidden.
    """
    stages_t = tuple(stages)
    for name in stages_t:  # fail fast, in this process, on an unknown stage name
        load_stage(name)
    t0 = time.perf_counter()
    out = Path(out_dir)
    parts = plan_partitions(inputs, stages_t, published, lines_per_partition, files_per_partition)
    _prepare(out, parts, [str(i) for i in inputs], overwrite)
    summary = RunSummary(out_dir=str(out), partitions=len(parts))
    if on_start is not None:
        on_start(parts)
    if scheduler is not None:
        from khabar.runners.dask import run_dask
        results = run_dask(parts, out, None if scheduler == "local" else scheduler,
                           workers=max(workers, 1), retries=retries)
    else:
        from khabar.runners.local import run_local
        results = run_local(parts, out, workers=workers, retries=retries)
    for res in results:
        summary.add(res)
        log.info("partition %s: %d written, %d skipped%s", res.label, res.written, res.skipped,
                 f" (error: {res.error})" if res.error else "")
        if progress is not None:
            progress(res)
    _remove_leftovers(out)
    summary.seconds = round(time.perf_counter() - t0, 3)
    return summary


def _remove_leftovers(out: Path) -> None:
    """Temporary files of writers killed mid-write, once their partition is complete."""
    for f in out.glob(".part-*.tmp"):
        final = out / f.name[1:].split(".parquet.", 1)[0]
        if final.with_name(final.name + ".parquet").exists():
            f.unlink(missing_ok=True)


@dataclass
class MergeReport:
    articles: int = 0
    partitions: int = 0
    missing: list[str] = field(default_factory=list)  # labels of partitions without a file
    renamed: list[dict[str, str]] = field(default_factory=list)  # ids repeated across partitions


def iter_records(out_dir: str | os.PathLike[str], report: MergeReport | None = None,
                 allow_missing: bool = False) -> Iterator[dict[str, Any]]:
    """Every record of the dataset in ``out_dir``, in input order (e.g. to load into the store).

    Ids repeated across partitions get ``#2``, ``#3`` … as the readers do within one file (listed in
    ``report.renamed``). Raises RunnerError when a planned partition has no file (an unfinished
    run), unless ``allow_missing``: then the missing ones are listed in ``report.missing``.
    """
    out = Path(out_dir)
    report = report if report is not None else MergeReport()
    mpath = out / MANIFEST
    if not mpath.exists():
        raise RunnerError(f"{out} is not a khabar partitioned output (no {MANIFEST})")
    manifest = json.loads(mpath.read_text(encoding="utf-8"))
    report.partitions = len(manifest["partitions"])
    files = []
    for p in manifest["partitions"]:
        f = out / partition_filename(p["key"])
        if f.exists():
            files.append(f)
        else:
            report.missing.append(p["label"])
    if report.missing and not allow_missing:
        raise RunnerError(f"{len(report.missing)} partitions of {out} are missing (rerun to finish): "
                          + ", ".join(report.missing[:5]))
    ids = ReadReport()
    for f in files:
        for rec in read_records(f):
            new = ids.unique_id(rec["id"], f.name)
            if new != rec["id"]:
                report.renamed.append({"id": rec["id"], "renamed": new, "partition": f.name})
                rec["id"] = new
            report.articles += 1
            yield rec


def merge_jsonl(out_dir: str | os.PathLike[str], dest: str | os.PathLike[str],
                allow_missing: bool = False) -> MergeReport:
    """Write the dataset in ``out_dir`` as one JSONL file ``dest`` (atomically), in input order.

    See :func:`iter_records` for ids repeated across partitions and unfinished runs.
    """
    report = MergeReport()
    records = iter_records(out_dir, report, allow_missing)
    dest_p = Path(dest)
    tmp = dest_p.with_name(f".{dest_p.name}.{os.getpid()}.tmp")
    try:
        first = next(records, None)  # raises RunnerError before anything is written
        with tmp.open("w", encoding="utf-8") as fh:
            if first is not None:
                fh.write(json.dumps(first, ensure_ascii=False) + "\n")
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        os.replace(tmp, dest_p)
    finally:
        tmp.unlink(missing_ok=True)
    return report


def partition_reports(out_dir: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The stored read report of every finished partition in ``out_dir``."""
    return [read_metadata(f)[1] for f in sorted(Path(out_dir).glob("part-*.parquet"))]
