"""What runs on a worker: read one partition, extract every article, write its Parquet file.

Reads a :class:`~khabar.runners.partitions.Partition`; writes ``part-<key>.parquet`` into the output
folder (see :mod:`khabar.runners.parquet`) and returns a :class:`PartitionResult`: articles read,
skipped with reasons, written, failed, stage failures, time, tokens and the worker's peak RSS.
Idempotent: when the file already exists, its stored report is returned and nothing is redone, so a
retried or rerun partition never doubles an article. One Pipeline per process and stage list.

Example::

    >>> res = run_partition(part, Path("out"))  # doctest: +SKIP
    >>> res.written == res.read - res.failed
    True
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import resource
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from khabar.export.record import doc_to_record
from khabar.pipeline import Pipeline
from khabar.readers import ReadReport
from khabar.runners.parquet import TableBuilder, read_metadata, write_partition_file
from khabar.runners.partitions import Partition, read_partition
from khabar.text import memory

log = logging.getLogger(__name__)

MAX_PROBLEMS = 1000  # problems kept per partition in the report (counts are always complete)
# the pipeline's share of a worker's memory (MB): past it the per-word caches are emptied and their
# memory given back (khabar.text.memory); a partition's records and its Parquet table come on top
WORKER_MEMORY_MB = 230.0

_PIPELINES: dict[tuple[str, ...], Pipeline] = {}


@dataclass
class PartitionResult:
    """The account of one partition: every article read is written or failed; skips have reasons."""

    key: str
    label: str
    read: int = 0  # articles the readers produced
    skipped: int = 0  # records the readers rejected (see reasons/problems)
    written: int = 0  # rows in the Parquet file
    failed: int = 0  # articles read but not extracted (an exception outside the stages)
    warnings: int = 0
    reasons: dict[str, int] = field(default_factory=dict)  # skip reason -> count
    problems: list[dict[str, Any]] = field(default_factory=list)  # origin, reason, skipped
    stage_failures: int = 0
    timeouts: int = 0
    tokens: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    rss_peak_mb: float = 0.0
    pid: int = 0
    reused: bool = False  # the file existed: nothing was recomputed
    error: str | None = None  # set by the driver when the partition could not be completed

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def partition_filename(key: str) -> str:
    return f"part-{key}.parquet"


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def get_pipeline(stages: tuple[str, ...]) -> Pipeline:
    """One Pipeline per process and stage list (stages load their data once); ``()``: no stages.

    A worker process runs nothing but partitions, so the pipeline freezes each article's leftovers
    out of the garbage collector's sight (``freeze_each``) and keeps to a memory budget
    (``WORKER_MEMORY_MB``)."""
    pl = _PIPELINES.get(stages)
    if pl is None:
        pl = _PIPELINES[stages] = Pipeline(names=stages, freeze_each=True, memory_mb=WORKER_MEMORY_MB)
    return pl


def warm_up(stages: tuple[str, ...] = ()) -> None:
    """Build the pipeline and run it once on a tiny article, so that data files are loaded."""
    from khabar.doc import Article

    get_pipeline(stages).run(Article(id="warm-up", text="warm up", published=dt.date(2000, 1, 1)))
    get_pipeline(stages).failures.clear()


def run_partition(part: Partition, out_dir: str | os.PathLike[str]) -> PartitionResult:
    """Extract one partition into ``out_dir/part-<key>.parquet`` (skipped when already there)."""
    t0 = time.perf_counter()
    path = Path(out_dir) / partition_filename(part.key)
    if path.exists():
        try:
            _, stored = read_metadata(path)
            res = PartitionResult(**{k: v for k, v in stored.items()
                                     if k in PartitionResult.__dataclass_fields__})
            res.reused, res.pid, res.seconds = True, os.getpid(), time.perf_counter() - t0
            return res
        except Exception as exc:  # an unreadable file is redone, not trusted
            log.warning("partition file %s unreadable (%s): redoing it", path, exc)

    pl = get_pipeline(part.stages)
    pl.failures.clear()
    before = dict(pl.timings)
    report = ReadReport()
    rows = TableBuilder()  # each record as its Parquet row at once (JSON text, not nested dicts)
    failed = tokens = 0
    for article in read_partition(part, report):
        try:
            doc = pl.run(article)
            rows.add(doc_to_record(doc), article.origin)
        except Exception as exc:  # Pipeline.run guards the stages; this guards the rest
            log.exception("article %s failed outside the stages", article.id)
            report.skip(article.origin or article.id, f"extraction failed: {type(exc).__name__}: {exc}")
            failed += 1
            continue
        tokens += len(doc.tokens)

    res = PartitionResult(
        key=part.key, label=part.label, read=report.read, skipped=report.skipped - failed,
        written=rows.rows, failed=failed,
        warnings=sum(1 for p in report.problems if not p.skipped),
        reasons=dict(Counter(p.reason.split(":")[0] for p in report.problems if p.skipped)),
        problems=[{"origin": p.origin, "reason": p.reason, "skipped": p.skipped}
                  for p in report.problems[:MAX_PROBLEMS]],
        stage_failures=sum(1 for f in pl.failures if not f.error.startswith("timeout")),
        timeouts=sum(1 for f in pl.failures if f.error.startswith("timeout")),
        tokens=tokens,
        stage_seconds={k: round(v - before.get(k, 0.0), 4) for k, v in pl.timings.items()},
        pid=os.getpid())
    pl.failures.clear()
    res.seconds = round(time.perf_counter() - t0, 4)
    res.rss_peak_mb = round(peak_rss_mb(), 1)
    write_partition_file(path, rows.table(), part.to_json(), res.to_json())
    del rows  # the partition's records and table: their memory goes back before the next partition
    memory.give_back()
    return res
