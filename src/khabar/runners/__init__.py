"""Runners: extract many articles in parallel, in local processes or on a Dask cluster.

Inputs are split into partitions (JSONL line ranges, SaudiNewsNet zips, groups of files); each
partition is extracted on a worker and written as one Parquet file, atomically and named by a hash
of the partition, so retries and reruns never lose or double an article. The summary accounts for
every article read or skipped.

Example::

    >>> from khabar.runners import run_partitions, merge_jsonl
    >>> s = run_partitions(["news.jsonl"], "out/", workers=2)  # doctest: +SKIP
    >>> s = run_partitions(["a.zip", "b.zip"], "out/", scheduler="tcp://10.0.0.5:8786")  # doctest: +SKIP
    >>> merge_jsonl("out/", "out.jsonl")  # doctest: +SKIP
"""

from khabar.runners.partitions import Partition, plan_partitions, read_partition
from khabar.runners.run import (MergeReport, RunnerError, RunSummary, iter_records, merge_jsonl,
                                partition_reports, run_partitions)
from khabar.runners.worker import PartitionResult, run_partition

__all__ = ["Partition", "PartitionResult", "RunSummary", "MergeReport", "RunnerError",
           "plan_partitions", "read_partition", "run_partition", "run_partitions", "merge_jsonl",
           "iter_records", "partition_reports"]
