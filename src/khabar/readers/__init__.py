"""Readers: bytes, files and folders -> Article, with every problem reported as file:line.

``read_inputs(paths, report)`` picks a reader by path: ``.jsonl``/``.json`` (one article a line: id,
text, title, outlet, url, published), a ``.txt`` file or a folder of them (publication date from a
flag or a ``YYYY-MM-DD`` in the file name), ``.html``/``.htm`` pages (boilerplate removed with
trafilatura, date with htmldate), SaudiNewsNet ``.zip`` files, and ``-`` for standard input (JSONL, or
one plain-text article). Bad records are added to ``report`` and skipped; the run goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from khabar.doc import Article
from khabar.readers.base import ReadReport, decode_bytes, parse_date
from khabar.readers.html import read_html_file
from khabar.readers.jsonl import read_jsonl_file, read_jsonl_lines
from khabar.readers.saudinewsnet import read_saudinewsnet_zip
from khabar.readers.text import read_text_file

__all__ = ["ReadReport", "read_inputs", "read_path", "decode_bytes", "parse_date", "READERS_BY_SUFFIX"]

READERS_BY_SUFFIX = {".jsonl": read_jsonl_file, ".json": read_jsonl_file, ".ndjson": read_jsonl_file,
           ".txt": read_text_file, ".html": read_html_file, ".htm": read_html_file,
           ".zip": read_saudinewsnet_zip}


def read_path(path: Path, report: ReadReport, published: dt.date | None = None) -> Iterator[Article]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in READERS_BY_SUFFIX:
                yield from read_path(child, report, published)
        return
    if not path.exists():
        report.skip(str(path), "file not found")
        return
    reader = READERS_BY_SUFFIX.get(path.suffix.lower())
    if reader is None:
        report.skip(str(path), f"unknown file type {path.suffix or '(none)'}")
        return
    yield from reader(path, report, published)


def read_stdin(data: bytes, report: ReadReport, published: dt.date | None = None) -> Iterator[Article]:
    text = decode_bytes(data, "<stdin>", report)
    if text is None:
        return
    if text.lstrip().startswith("{"):
        yield from read_jsonl_lines(text.splitlines(), "<stdin>", report, published)
    elif text.strip():
        yield Article(id="stdin-1", text=text, published=published, origin="<stdin>")
        report.read += 1
    else:
        report.skip("<stdin>", "empty input")


def read_inputs(inputs: Iterable[str], report: ReadReport, published: dt.date | None = None,
                stdin: bytes | None = None) -> Iterator[Article]:
    """Articles from every input in order; ``-`` reads ``stdin`` (bytes)."""
    for name in inputs:
        if name == "-":
            yield from read_stdin(stdin or b"", report, published)
        else:
            yield from read_path(Path(name), report, published)
