"""Split inputs into partitions, and read the articles of one partition.

A :class:`Partition` is a small, picklable description of a slice of the input: a byte range of a
JSONL file (whole lines, with the line number of its first line), one SaudiNewsNet zip, or a group
of other files (``.txt``, ``.html``, a missing path …, read with :func:`khabar.readers.read_path`).
Its ``key`` is a hash of that description (kind, resolved paths, sizes and modification times,
range, publication-date override, stages), so the same input always maps to the same output file
and a retried partition overwrites instead of duplicating.

Example::

    >>> parts = plan_partitions(["news.jsonl"], lines_per_partition=500)  # doctest: +SKIP
    >>> report = ReadReport()
    >>> articles = list(read_partition(parts[0], report))  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from khabar.doc import Article
from khabar.errors import InputError
from khabar.readers import ReadReport, read_path
from khabar.readers import READERS_BY_SUFFIX as READABLE_SUFFIXES  # the readers' own table: one source of truth
from khabar.readers.jsonl import parse_jsonl_bytes

JSONL_SUFFIXES = frozenset({".jsonl", ".json", ".ndjson"})
ZIP_SUFFIXES = frozenset({".zip"})
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Partition:
    """One unit of work. ``kind`` is ``jsonl`` (a byte range of one file), ``zip`` or ``files``."""

    kind: str
    paths: tuple[str, ...]
    stamps: tuple[str, ...]  # "size:mtime_ns" per path ("missing" when absent): a changed input is new work
    start: int = 0  # jsonl: first byte (start of a line)
    stop: int = -1  # jsonl: one past the last byte; -1 = to the end
    first_line: int = 1  # jsonl: line number of the line at ``start``
    published: str | None = None  # ISO publication-date override for articles without one
    stages: tuple[str, ...] = ()
    weight: int = 0  # bytes of input: bigger partitions are scheduled first

    @property
    def key(self) -> str:
        spec = asdict(self)
        spec.pop("weight")
        raw = json.dumps(spec, sort_keys=True, ensure_ascii=False)
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    @property
    def label(self) -> str:
        """A short human description, e.g. ``news.jsonl:1-500`` or ``2015-08-06.zip``."""
        if self.kind == "jsonl":
            return f"{Path(self.paths[0]).name}@{self.start}-{self.stop}"
        if len(self.paths) == 1:
            return Path(self.paths[0]).name
        return f"{Path(self.paths[0]).name} … (+{len(self.paths) - 1} files)"

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict) -> "Partition":
        d = dict(d)
        d["paths"] = tuple(d["paths"])
        d["stamps"] = tuple(d["stamps"])
        d["stages"] = tuple(d["stages"])
        return cls(**d)


def _stamp(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return "missing"
    return f"{st.st_size}:{st.st_mtime_ns}"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _files_in(path: Path) -> list[Path]:
    """What :func:`khabar.readers.read_path` would read from a path, in the same order."""
    if path.is_dir():
        return [c for c in sorted(path.rglob("*"))
                if c.is_file() and c.suffix.lower() in READABLE_SUFFIXES]
    return [path]


def _jsonl_ranges(path: Path, lines_per_partition: int) -> list[tuple[int, int, int]]:
    """(start byte, stop byte, first line number) of consecutive blocks of whole lines."""
    ranges: list[tuple[int, int, int]] = []
    start = pos = 0
    first = lineno = 1
    with path.open("rb") as fh:
        for line in fh:
            pos += len(line)
            if lineno - first + 1 >= lines_per_partition:
                ranges.append((start, pos, first))
                start, first = pos, lineno + 1
            lineno += 1
    if pos > start or not ranges:
        ranges.append((start, pos, first))
    return ranges


def plan_partitions(inputs: Sequence[str | os.PathLike[str]], stages: Sequence[str] = (),
                    published: dt.date | None = None, lines_per_partition: int = 500,
                    files_per_partition: int = 200) -> list[Partition]:
    """Partitions covering every input, in input order.

    JSONL files are cut every ``lines_per_partition`` lines (UTF-16 files stay whole), each
    SaudiNewsNet zip is one partition, folders are expanded like the readers do, and other files
    are grouped ``files_per_partition`` at a time. Paths that do not exist become partitions too,
    so that the reader reports them. ``-`` (standard input) cannot be partitioned: InputError.
    """
    if lines_per_partition < 1 or files_per_partition < 1:
        raise ValueError("partition sizes must be >= 1")
    pub = published.isoformat() if published else None
    stages_t = tuple(stages)
    parts: list[Partition] = []
    group: list[Path] = []

    def flush() -> None:
        if group:
            parts.append(Partition("files", tuple(str(p) for p in group),
                                   tuple(_stamp(p) for p in group), published=pub, stages=stages_t,
                                   weight=sum(_size(p) for p in group)))
            group.clear()

    for name in inputs:
        if str(name) == "-":
            raise InputError("standard input cannot be split into partitions: save it to a file",
                             origin="-")
        for path in _files_in(Path(name).absolute()):
            suffix = path.suffix.lower()
            if suffix in JSONL_SUFFIXES and path.is_file() and not _is_utf16(path):
                flush()
                stamp = _stamp(path)
                for start, stop, first in _jsonl_ranges(path, lines_per_partition):
                    parts.append(Partition("jsonl", (str(path),), (stamp,), start, stop, first,
                                           pub, stages_t, weight=stop - start))
            elif suffix in ZIP_SUFFIXES and path.is_file():
                flush()
                parts.append(Partition("zip", (str(path),), (_stamp(path),), published=pub,
                                       stages=stages_t, weight=_size(path) * 4))
            else:
                group.append(path)
                if len(group) >= files_per_partition:
                    flush()
    flush()
    return parts


def _is_utf16(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(2) in _UTF16_BOMS
    except OSError:
        return False


def read_partition(part: Partition, report: ReadReport) -> Iterator[Article]:
    """The articles of one partition; problems go to ``report`` exactly as the readers report them."""
    pub = dt.date.fromisoformat(part.published) if part.published else None
    if part.kind == "jsonl":
        yield from _read_jsonl_range(Path(part.paths[0]), part.start, part.stop, part.first_line,
                                     report, pub)
    elif part.kind in ("zip", "files"):
        for p in part.paths:
            yield from read_path(Path(p), report, pub)
    else:
        raise ValueError(f"unknown partition kind {part.kind!r}")


def _read_jsonl_range(path: Path, start: int, stop: int, first_line: int, report: ReadReport,
                      published: dt.date | None) -> Iterator[Article]:
    """Like :func:`khabar.readers.jsonl.read_jsonl_file`, over whole lines in ``[start, stop)``."""
    try:
        with path.open("rb") as fh:
            fh.seek(start)
            data = fh.read(stop - start if stop >= 0 else -1)
    except OSError as exc:
        report.skip(str(path), f"unreadable file: {exc.strerror}")
        return
    if data.endswith(b"\n"):
        data = data[:-1]
    yield from parse_jsonl_bytes(data, path, first_line, report, published)
