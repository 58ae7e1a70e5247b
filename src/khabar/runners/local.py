"""Run partitions in local worker processes (``concurrent.futures``), surviving dead workers.

Reads a list of partitions; calls :func:`khabar.runners.worker.run_partition` for each in a pool of
``workers`` spawned processes (``workers=1`` runs in this process) and yields one
:class:`~khabar.runners.worker.PartitionResult` per partition. When a worker process dies (killed,
out of memory), the pool breaks: the partitions without a result are retried in a new pool, up to
``retries`` times; after that each remaining partition runs alone in its own one-process pool, so
only a partition that itself kills its worker is given up (with an ``error``). Partition files are
idempotent, so a retried partition is never written twice.

Example::

    >>> for res in run_local(parts, Path("out"), workers=2):  # doctest: +SKIP
    ...     print(res.label, res.written)
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from khabar.runners.partitions import Partition
from khabar.runners.worker import PartitionResult, run_partition, warm_up

log = logging.getLogger(__name__)


def _failed(part: Partition, error: str) -> PartitionResult:
    return PartitionResult(key=part.key, label=part.label, error=error)


def _pool(workers: int, stages: tuple[str, ...]) -> ProcessPoolExecutor:
    # spawn: a clean interpreter per worker, safe when the caller runs threads (progress bars, Dask)
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=warm_up, initargs=(stages,))


def _run_pool(parts: Sequence[Partition], out_dir: Path, workers: int
              ) -> Iterator[tuple[Partition, PartitionResult | None, str | None]]:
    """(partition, result, None) per success, (partition, None, error) per failure; a broken pool
    yields (partition, None, "worker died") for every partition still without a result."""
    stages = parts[0].stages
    with _pool(workers, stages) as ex:
        futures: dict[Future[PartitionResult], Partition] = {
            ex.submit(run_partition, p, out_dir): p
            for p in sorted(parts, key=lambda p: -p.weight)}
        try:
            for fut in as_completed(futures):
                part = futures.pop(fut)
                try:
                    yield part, fut.result(), None
                except BrokenProcessPool:
                    futures[fut] = part
                    raise
                except Exception as exc:
                    yield part, None, f"{type(exc).__name__}: {exc}"
        except BrokenProcessPool:
            log.warning("a worker process died; %d partitions to retry", len(futures))
            for part in futures.values():
                yield part, None, "worker died"


def run_local(parts: Sequence[Partition], out_dir: Path, workers: int = 1,
              retries: int = 2) -> Iterator[PartitionResult]:
    """Run every partition; yield results as they complete (failures carry ``error``)."""
    if not parts:
        return
    if workers <= 1:
        for part in parts:
            try:
                yield run_partition(part, out_dir)
            except Exception as exc:
                log.exception("partition %s failed", part.label)
                yield _failed(part, f"{type(exc).__name__}: {exc}")
        return

    todo = list(parts)
    for attempt in range(retries + 1):
        again: list[Partition] = []
        for part, res, err in _run_pool(todo, out_dir, min(workers, len(todo))):
            if res is not None:
                yield res
            elif err == "worker died":
                again.append(part)
            else:
                yield _failed(part, err or "unknown error")
        if not again:
            return
        todo = again
        log.info("retrying %d partitions (attempt %d)", len(todo), attempt + 2)
    # isolate: one partition per process, so that only a partition that kills its worker is lost
    for part in todo:
        for _, res, err in _run_pool([part], out_dir, 1):
            yield res if res is not None else _failed(part, f"{err} (after {retries + 1} attempts)")
