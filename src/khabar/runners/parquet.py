"""Records as Parquet rows, one file per partition, written atomically; and back to records.

Reads the dicts of :func:`khabar.export.record.doc_to_record`; writes one row per article with
scalar columns (``id``, ``title``, ``outlet``, ``url``, ``published`` as a date, ``origin``) and one
JSON-string column per annotation list (``times``, ``places``, ``entities``, ``claims``, ``aliases``,
``events``, ``flags``). Keys the record may gain later go to the ``extra`` JSON column, so the
schema is the same in every partition. The partition's description and read report travel in the
file's key-value metadata, so a partition is complete exactly when its file exists: it is written to
a hidden temporary file in the same folder and renamed over the final name (``os.replace``).

Example::

    >>> write_partition_file(path, records, {"key": "abc"}, {"read": 2})  # doctest: +SKIP
    >>> rows = list(read_records(path))  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

# Arrow's default pool (mimalloc/jemalloc) keeps its arenas mapped after a partition is written: about
# 25 MB more peak memory in every worker for a 500-article partition than the C library's malloc. The
# variable is read when pyarrow is first imported (so it reaches the parquet writer's own buffers too,
# which take no pool argument); a value the user set is kept.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

import pyarrow as pa  # noqa: E402  (after the memory pool's variable)
import pyarrow.parquet as pq  # noqa: E402

SCALARS = ("id", "title", "outlet", "url")
LISTS = ("times", "places", "entities", "claims", "aliases", "events", "flags")
# the order of doc_to_record, so that a merged record reads like a single-process one
RECORD_ORDER = ("id", "title", "outlet", "url", "published", *LISTS)

SCHEMA = pa.schema(
    [pa.field("id", pa.string(), nullable=False)]
    + [pa.field(c, pa.string()) for c in SCALARS[1:]]
    + [pa.field("published", pa.date32()), pa.field("origin", pa.string())]
    + [pa.field(c, pa.string()) for c in LISTS]
    + [pa.field("extra", pa.string())]
)

_POOL = pa.system_memory_pool()  # also when pyarrow was imported before this module

META_PARTITION = b"khabar.partition"
META_REPORT = b"khabar.report"


# one encoder for every value: json.dumps with options other than the defaults builds a new
# JSONEncoder per call (7 calls per article); the output is the same
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


class TableBuilder:
    """The columns of SCHEMA, filled one record at a time: a worker keeps each record's lists as
    compact JSON text from the moment it is extracted, not a partition's worth of nested dicts."""

    def __init__(self) -> None:
        self.cols: dict[str, list[Any]] = {f.name: [] for f in SCHEMA}
        self.rows = 0

    def add(self, rec: dict[str, Any], origin: str | None = None) -> None:
        """Append one record (and the ``file:line`` it was read from); all columns or, on an error, none."""
        row: dict[str, Any] = {}
        for c in SCALARS:
            v = rec.get(c)
            row[c] = None if v is None else str(v)
        pub = rec.get("published")
        row["published"] = dt.date.fromisoformat(pub) if pub else None
        row["origin"] = origin
        for c in LISTS:
            row[c] = _dumps(rec.get(c) or [])
        extra = {k: v for k, v in rec.items() if k not in RECORD_ORDER}
        row["extra"] = _dumps(extra) if extra else None
        for c, col in self.cols.items():
            col.append(row[c])
        self.rows += 1

    def table(self) -> pa.Table:
        return pa.Table.from_arrays([pa.array(self.cols[f.name], type=f.type, memory_pool=_POOL) for f in SCHEMA],
                                    schema=SCHEMA)


def records_to_table(records: Iterable[dict[str, Any]], origins: Iterable[str | None] = ()) -> pa.Table:
    """Flatten records (and the ``file:line`` each article was read from) into a table of SCHEMA."""
    builder = TableBuilder()
    origin_list = list(origins)
    for i, rec in enumerate(records):
        builder.add(rec, origin_list[i] if i < len(origin_list) else None)
    return builder.table()


def write_partition_file(path: Path, table: pa.Table, partition: dict[str, Any],
                         report: dict[str, Any]) -> None:
    """Write ``table`` to ``path`` atomically, with the partition and its report as metadata."""
    meta = {META_PARTITION: _dumps(partition).encode("utf-8"),
            META_REPORT: _dumps(report).encode("utf-8")}
    table = table.replace_schema_metadata(meta)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd", memory_pool=_POOL)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def read_metadata(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(partition, report) stored in a partition file."""
    meta = pq.read_schema(path).metadata or {}
    return (json.loads(meta.get(META_PARTITION, b"{}")), json.loads(meta.get(META_REPORT, b"{}")))


def row_to_record(row: dict[str, Any]) -> dict[str, Any]:
    """One row back to the record of doc_to_record (``origin`` dropped, ``extra`` keys restored)."""
    rec: dict[str, Any] = {c: row.get(c) for c in SCALARS}
    pub = row.get("published")
    rec["published"] = pub.isoformat() if pub else None
    for c in LISTS:
        rec[c] = json.loads(row[c]) if row.get(c) else []
    ordered = {k: rec[k] for k in RECORD_ORDER}
    if row.get("extra"):
        ordered.update(json.loads(row["extra"]))
    return ordered


def read_records(path: Path, batch_size: int = 1000) -> Iterator[dict[str, Any]]:
    """The records of one partition file, in the order they were written."""
    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(batch_size=batch_size):
        for row in batch.to_pylist():
            yield row_to_record(row)
