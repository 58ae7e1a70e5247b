"""JSON Lines: one article a line with ``id``, ``text``, ``title``, ``outlet``, ``url``, ``published``.

The gold files of ../shared/gold are valid input (their annotation fields are ignored). An invalid
line, a missing or empty text, or a non-object is reported as ``file:line`` and skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from khabar.doc import Article
from khabar.readers.base import ReadReport, decode_bytes, hijri_as_gregorian, parse_date, read_bytes


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(rec: dict, origin: str, report: ReadReport) -> dict:
    """Lone surrogates (``"\\ud800"`` is valid JSON) replaced by U+FFFD, one character for one so
    that offsets hold: they cannot be encoded, and crashed the store and any UTF-8 writer."""
    bad = [k for k, v in rec.items() if isinstance(v, str) and _SURROGATE.search(v)]
    if not bad:
        return rec
    report.warn(origin, f"lone surrogates replaced by U+FFFD in {', '.join(map(str, bad))}")
    return {k: _SURROGATE.sub("\ufffd", v) if k in bad else v for k, v in rec.items()}


def record_to_article(rec: dict, origin: str, report: ReadReport,
                      published: dt.date | None = None, default_id: str | None = None) -> Article | None:
    rec = _without_surrogates(rec, origin, report)
    text = rec.get("text")
    if text is None:
        text = rec.get("content")
    if text is not None and not isinstance(text, str):
        report.skip(origin, f"text is not a string but {type(text).__name__}")
        return None
    if text is None or not text.strip():
        report.skip(origin, "missing or empty text")
        return None
    raw_id = rec.get("id")
    if raw_id is None or str(raw_id).strip() == "":
        raw_id = default_id or origin
        report.warn(origin, f"missing id: using {raw_id!r}")
    pub = published
    raw_date = rec.get("published", rec.get("date"))
    if raw_date not in (None, ""):
        try:
            pub = parse_date(raw_date)
        except ValueError as exc:
            report.warn(origin, f"bad date: {exc}; relative dates left unresolved")
            pub = None
    elif pub is None:
        report.warn(origin, "missing date: relative dates left unresolved")
    hijri = hijri_as_gregorian(pub) if pub is not None else None
    if hijri is not None:
        report.warn(origin, f"Hijri date {pub.isoformat()} read as {hijri.isoformat()}")
        pub = hijri
    if pub is not None and pub > dt.date.today() + dt.timedelta(days=1):
        report.warn(origin, f"future date {pub.isoformat()}")

    def opt(key: str) -> str | None:
        v = rec.get(key)
        return str(v) if v not in (None, "") else None

    return Article(id=report.unique_id(str(raw_id), origin), text=text, title=opt("title"),
                   outlet=opt("outlet") or opt("source"), url=opt("url"), published=pub,
                   language=opt("language") or "ar", origin=origin)


def parse_line(line: str, name: str, lineno: int, report: ReadReport,
                published: dt.date | None) -> Article | None:
    origin = f"{name}:{lineno}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        report.skip(origin, f"invalid JSON: {exc.msg} at column {exc.colno}")
        return None
    except RecursionError:
        report.skip(origin, "invalid JSON: nested too deeply")
        return None
    if not isinstance(rec, dict):
        report.skip(origin, f"invalid JSON: expected an object, got {type(rec).__name__}")
        return None
    art = record_to_article(rec, origin, report, published, default_id=f"{Path(name).stem}-{lineno}")
    if art is not None:
        report.read += 1
    return art


def read_jsonl_lines(lines: Iterable[str], name: str, report: ReadReport,
                     published: dt.date | None = None) -> Iterator[Article]:
    for lineno, line in enumerate(lines, 1):
        if line.strip():
            art = parse_line(line, name, lineno, report, published)
            if art is not None:
                yield art


def read_jsonl_file(path: Path, report: ReadReport, published: dt.date | None = None) -> Iterator[Article]:
    """Decode line by line, so that one bad line (bytes or JSON) does not lose the file."""
    data = read_bytes(path, report)
    if data is None:
        return
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: decode whole, then split
        text = decode_bytes(data, str(path), report)
        if text is not None:
            yield from read_jsonl_lines(text.splitlines(), str(path), report, published)
        return
    yield from parse_jsonl_bytes(data, path, 1, report, published)


def parse_jsonl_bytes(data: bytes, path: Path, first_line: int, report: ReadReport,
                      published: dt.date | None = None) -> Iterator[Article]:
    """UTF-8 JSON lines numbered from ``first_line``, each decoded on its own (a bad line is
    reported and skipped, the others kept)."""
    for lineno, raw in enumerate(data.split(b"\n"), first_line):
        if not raw.strip():
            continue
        text = decode_bytes(raw.rstrip(b"\r"), f"{path}:{lineno}", report)
        if text is not None and text.strip():
            art = parse_line(text, str(path), lineno, report, published)
            if art is not None:
                yield art
