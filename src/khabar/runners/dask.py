"""Run partitions on a Dask distributed cluster (the ``khabar[dask]`` extra).

Reads a list of partitions; submits one task per partition (``run_partition``, keyed by the
partition's hash, bigger partitions first) to a cluster given by address (``tcp://host:port``), an
existing ``distributed.Client``, or, when neither is given, a LocalCluster of ``workers`` processes
with one thread each. Yields one :class:`~khabar.runners.worker.PartitionResult` per partition.
A worker that dies mid-partition is handled by Dask: its tasks are rescheduled (up to ``retries``
extra attempts per task, plus the scheduler's own ``allowed-failures`` for lost workers); the
partition files are written atomically and idempotently, so no article is lost or doubled.
The output folder and the inputs must be on a filesystem every worker sees.

The pipeline's per-article time limit applies here too: Dask runs tasks in worker threads, where
SIGALRM cannot reach, so :mod:`khabar.pipeline` stops a stage that overruns it with a watchdog thread.

Example::

    >>> for res in run_dask(parts, Path("out"), scheduler="tcp://10.0.0.5:8786"):  # doctest: +SKIP
    ...     print(res.label, res.written)
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from khabar.runners.partitions import Partition
from khabar.runners.worker import PartitionResult, run_partition

log = logging.getLogger(__name__)

FETCH_TIMEOUT_S = 120.0  # a finished task's result not received by then is lost: the partition runs again
RERUN_TIMEOUT_S = 3600.0  # the bound on that second run


def _fetch(client: Any, fut: Any, part: Partition, out_dir: Path) -> PartitionResult:
    """The result of a task ``as_completed`` reported finished. Once in a while a finished task's
    result never reaches the client (the call waited forever with both workers idle); after
    ``FETCH_TIMEOUT_S`` the partition is run once more under a new key — its files are written
    idempotently — and a second loss is reported as the partition's failure (a rerun resumes)."""
    try:
        return fut.result(timeout=FETCH_TIMEOUT_S)
    except TimeoutError:
        log.warning("partition %s: result not received in %.0f s; running it again", part.label, FETCH_TIMEOUT_S)
    again = client.submit(run_partition, part, str(out_dir), key=f"khabar-partition-{part.key}-again",
                          pure=False)
    try:
        return again.result(timeout=RERUN_TIMEOUT_S)
    finally:
        again.release()


@contextlib.contextmanager
def dask_client(scheduler: Any = None, workers: int = 2) -> Iterator[Any]:
    """A ``distributed.Client``: the one given, one connected to an address, or a LocalCluster's."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - the extra is not installed
        from khabar.errors import KhabarError
        raise KhabarError("Dask is not installed: pip install 'khabar[dask]'") from exc
    if scheduler is not None and not isinstance(scheduler, str):
        yield scheduler  # an existing Client: the caller owns it
        return
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster, Client(cluster) as client:
        yield client


def run_dask(parts: Sequence[Partition], out_dir: Path, scheduler: Any = None, workers: int = 2,
             retries: int = 2) -> Iterator[PartitionResult]:
    """Run every partition on the cluster; yield results as they complete (failures carry ``error``)."""
    if not parts:
        return
    from distributed import as_completed

    with dask_client(scheduler, workers) as client:
        futures = {}
        for part in parts:
            fut = client.submit(run_partition, part, str(out_dir), key=f"khabar-partition-{part.key}",
                                retries=retries, priority=part.weight, pure=False)
            futures[fut] = part
        for fut in as_completed(list(futures)):
            part = futures[fut]
            try:
                yield _fetch(client, fut, part, out_dir)
            except Exception as exc:  # KilledWorker after too many lost workers, or a bug
                log.error("partition %s failed: %s", part.label, exc)
                yield PartitionResult(key=part.key, label=part.label,
                                      error=f"{type(exc).__name__}: {exc}")
            finally:
                fut.release()
