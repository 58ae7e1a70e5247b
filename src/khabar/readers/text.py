"""Plain-text articles: one ``.txt`` file is one article, its id the file name without suffix.

The publication date comes from the ``published`` argument (a CLI flag) or a ``YYYY-MM-DD`` in the
file name (``2015-08-06-rafah.txt``); without either, relative dates stay unresolved (warned).
The first line is taken as the title when it is short and followed by a blank line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from khabar.doc import Article
from khabar.readers.base import ReadReport, decode_bytes, read_bytes

_NAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def date_from_name(name: str) -> dt.date | None:
    m = _NAME_DATE.search(name)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def read_text_file(path: Path, report: ReadReport, published: dt.date | None = None) -> Iterator[Article]:
    data = read_bytes(path, report)
    if data is None:
        return
    text = decode_bytes(data, str(path), report)
    if text is None:
        return
    if not text.strip():
        report.skip(str(path), "missing or empty text")
        return
    pub = published or date_from_name(path.name)
    if pub is None:
        report.warn(str(path), "missing date: relative dates left unresolved")
    lines = text.split("\n", 2)
    title = lines[0].strip() if len(lines) > 2 and not lines[1].strip() and len(lines[0]) < 200 else None
    report.read += 1
    yield Article(id=report.unique_id(path.stem, str(path)), text=text, title=title,
                  published=pub, origin=str(path))
