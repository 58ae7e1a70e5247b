"""SaudiNewsNet zip files: one JSON array per day of articles (source, url, date_extracted, title,
author, content). Ids are ``snn-`` + the first 12 hex digits of the SHA-1 of the URL. The corpus notes
that ``date_extracted`` is the publication date only from 2015-08-01 on: earlier dates are kept, with
a warning, since they are the crawl day (at most a day late)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

from khabar.doc import Article
from khabar.readers.base import ReadReport, decode_bytes, parse_date
from khabar.readers.jsonl import record_to_article

RELIABLE_FROM = dt.date(2015, 8, 1)


def snn_id(url: str) -> str:
    return "snn-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]


def read_saudinewsnet_zip(path: Path, report: ReadReport,
                          published: dt.date | None = None) -> Iterator[Article]:
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        report.skip(str(path), f"unreadable zip: {exc}")
        return
    with zf:
        for member in zf.namelist():
            origin = f"{path}!{member}"
            if not member.endswith(".json"):
                continue
            text = decode_bytes(zf.read(member), origin, report)
            if text is None:
                continue
            try:
                items = json.loads(text)
            except json.JSONDecodeError as exc:
                report.skip(origin, f"invalid JSON: {exc.msg} at line {exc.lineno}")
                continue
            except RecursionError:
                report.skip(origin, "invalid JSON: nested too deeply")
                continue
            if not isinstance(items, list):
                report.skip(origin, "invalid JSON: expected an array of articles")
                continue
            for i, item in enumerate(items, 1):
                item_origin = f"{origin}:{i}"
                if not isinstance(item, dict):
                    report.skip(item_origin, "invalid JSON: expected an object")
                    continue
                url = str(item.get("url") or "")
                rec = {"id": snn_id(url) if url else None, "text": item.get("content"),
                       "title": item.get("title"), "outlet": item.get("source"), "url": url or None,
                       "published": published or _date(item.get("date_extracted"))}
                art = record_to_article(rec, item_origin, report, published,
                                        default_id=f"{path.stem}-{i}")
                if art is not None:
                    report.read += 1
                    yield art


def _date(value: object) -> str | None:
    try:
        d = parse_date(value)
    except ValueError:
        return None
    return d.isoformat() if d else None
