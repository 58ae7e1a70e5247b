"""HTML pages: the main text extracted with trafilatura (boilerplate, scripts and menus removed),
the publication date found with htmldate, the title from the page metadata."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

from khabar.doc import Article
from khabar.readers.base import ReadReport, decode_bytes, read_bytes, parse_date

log = logging.getLogger(__name__)


def html_to_article(html: str, id: str, origin: str, report: ReadReport,
                    published: dt.date | None = None, url: str | None = None) -> Article | None:
    import trafilatura
    from htmldate import find_date

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False,
                                   favor_precision=True, url=url)
        meta = trafilatura.extract_metadata(html)
    except Exception as exc:  # trafilatura raises a variety of parser errors
        report.skip(origin, f"unparsable HTML: {type(exc).__name__}")
        return None
    if not text or not text.strip():
        report.skip(origin, "missing or empty text: no main text found in HTML")
        return None
    pub = published
    if pub is None:
        try:
            found = find_date(html, original_date=True, outputformat="%Y-%m-%d")
            pub = parse_date(found) if found else None
        except Exception:  # htmldate is best-effort
            pub = None
    if pub is None:
        report.warn(origin, "missing date: relative dates left unresolved")
    title = meta.title if meta is not None else None
    return Article(id=id, text=text, title=title, url=url or (meta.url if meta else None),
                   outlet=meta.sitename if meta is not None else None, published=pub, origin=origin)


def read_html_file(path: Path, report: ReadReport, published: dt.date | None = None) -> Iterator[Article]:
    data = read_bytes(path, report)
    if data is None:
        return
    html = decode_bytes(data, str(path), report)
    if html is None:
        return
    art = html_to_article(html, report.unique_id(path.stem, str(path)), str(path), report, published)
    if art is not None:
        report.read += 1
        yield art
