"""Store processed articles: one transaction per article, keyed by a content hash (idempotent).

Reads :class:`~khabar.doc.Article` objects (runs the pipeline on those not yet stored) or doc records
(:func:`khabar.export.record.doc_to_record` dicts); writes rows of ``articles``, ``mentions``,
``claims``, ``aliases``, ``entities`` and ``event_mentions``. An article whose hash is already stored
is skipped before the pipeline runs, so re-running over the same input adds nothing, and a run killed
midway leaves only whole articles behind: re-running it ends with the same rows as one clean run.

Example::

    >>> from khabar.store import open_store, ingest_articles
    >>> engine = open_store("sqlite://")
    >>> stats = ingest_articles(engine, [])
    >>> (stats.added, stats.skipped)
    (0, 0)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.dialects import postgresql, sqlite

import khabar
from khabar.doc import Article
from khabar.link.mentions import mentions_from_record
from khabar.store.schema import (aliases, articles, claims, entities, event_mentions, mentions,
                                 runs)

log = logging.getLogger(__name__)

def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def content_hash(article_id: str, text: str, title: str | None = None, outlet: str | None = None,
                 url: str | None = None, published: str | None = None) -> str:
    """sha256 over the article's id, text and metadata: the key that makes ingestion idempotent."""
    blob = json.dumps([article_id, text, title, outlet, url, published], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def article_hash(a: Article) -> str:
    return content_hash(a.id, a.text, a.title, a.outlet, a.url,
                        a.published.isoformat() if a.published else None)


def _insert_ignore(conn: Connection, table, rows: list[dict[str, Any]]) -> int:  # noqa: ANN001
    """Insert rows whose key is not stored yet; return how many were inserted."""
    if not rows:
        return 0
    if conn.dialect.name == "postgresql":
        stmt = postgresql.insert(table).on_conflict_do_nothing()
    else:
        stmt = sqlite.insert(table).on_conflict_do_nothing()
    key = list(table.primary_key.columns)[0]
    n = 0
    for row in rows:  # RETURNING, since drivers do not all report rowcount for ON CONFLICT
        n += len(conn.execute(stmt.returning(key), row).all())
    return n


def _dumps(x: Any) -> str:
    return json.dumps(x, ensure_ascii=False, sort_keys=True)


def _event_rows(h: str, rec: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for m in mentions_from_record(rec, prefix=h[:16]):
        ev = rec["events"][int(m.id.rsplit(":", 1)[1])]
        rows.append({
            "id": m.id, "article": h, "idx": int(m.id.rsplit(":", 1)[1]),
            "type": m.type, "subtype": m.subtype, "date": m.date, "date_precision": m.date_precision,
            "date_lo": m.lo, "date_hi": m.hi, "place": m.place, "country": m.country,
            "admin1": m.admin1, "lat": m.lat, "lon": m.lon, "geo_precision": m.geo_precision,
            "actor1": m.actor1, "actor2": m.actor2, "killed": m.killed, "injured": m.injured,
            "civilian": bool(ev.get("civilian")), "trigger": m.trigger,
            "speakers": _dumps(list(m.speakers)), "context": _dumps(sorted(m.context)),
            "figure_speakers": _dumps({"killed": None if m.killed_by is None else list(m.killed_by),
                                       "injured": None if m.injured_by is None else list(m.injured_by)}),
            "profile": _dumps(sorted(m.profile)),
            "data": _dumps(ev),
        })
    return rows


def store_record(conn: Connection, rec: dict[str, Any], text: str | None = None,
                 language: str | None = "ar") -> str | None:
    """Insert one doc record and everything in it (call inside a transaction); return its hash.

    Returns ``None`` when the article is stored already (e.g. by a concurrent ingest).
    """
    text = text if text is not None else rec.get("text") or ""
    h = content_hash(rec["id"], text, rec.get("title"), rec.get("outlet"), rec.get("url"),
                     rec.get("published"))
    added = _insert_ignore(conn, articles, [dict(
        hash=h, id=rec["id"], title=rec.get("title"), outlet=rec.get("outlet"), url=rec.get("url"),
        published=rec.get("published"), language=language, text=text,
        record=_dumps(rec), flags=_dumps(rec.get("flags") or []))])
    if not added:  # another process stored it meanwhile
        return None
    mrows: list[dict[str, Any]] = []
    for i, t in enumerate(rec.get("times") or []):
        mrows.append({"article": h, "kind": "time", "idx": i, "start": t["start"], "end": t["end"],
                      "text": t["text"], "value": t.get("value"), "precision": t.get("precision"),
                      "label": None, "country": None, "admin1": None, "lat": None, "lon": None,
                      "entity_id": None, "data": _dumps(t)})
    for i, p in enumerate(rec.get("places") or []):
        prec = p.get("precision")
        mrows.append({"article": h, "kind": "place", "idx": i, "start": p["start"], "end": p["end"],
                      "text": p["text"], "value": p.get("name"),
                      "precision": str(prec) if prec is not None else None,
                      "label": p.get("level"), "country": p.get("country"), "admin1": p.get("admin1"),
                      "lat": p.get("lat"), "lon": p.get("lon"), "entity_id": None, "data": _dumps(p)})
    ents: list[dict[str, Any]] = []
    for i, e in enumerate(rec.get("entities") or []):
        mrows.append({"article": h, "kind": "entity", "idx": i, "start": e["start"], "end": e["end"],
                      "text": e["text"], "value": e.get("canonical"), "precision": None,
                      "label": e.get("label"), "country": None, "admin1": None, "lat": None,
                      "lon": None, "entity_id": e.get("entity_id"), "data": _dumps(e)})
        if e.get("entity_id"):
            ents.append({"id": e["entity_id"], "canonical": e.get("canonical") or e["text"],
                         "type": e.get("label")})
    if mrows:
        conn.execute(mentions.insert(), mrows)
    crows = []
    for i, c in enumerate(rec.get("claims") or []):
        crows.append({"article": h, "idx": i, "speaker": (c.get("speaker") or {}).get("name") or (c.get("speaker") or {}).get("text"),
                      "cue_start": c["cue"]["start"], "cue_end": c["cue"]["end"],
                      "content_start": c["content"]["start"], "content_end": c["content"]["end"],
                      "stance": c.get("stance"), "data": _dumps(c)})
    if crows:
        conn.execute(claims.insert(), crows)
    arows = []
    for i, a in enumerate(rec.get("aliases") or []):
        arows.append({"article": h, "idx": i, "canonical": a.get("canonical") or "",
                      "type": a.get("type"), "entity_id": a.get("entity_id"),
                      "names": _dumps(a.get("names") or [])})
        if a.get("entity_id"):
            ents.append({"id": a["entity_id"], "canonical": a.get("canonical") or "",
                         "type": a.get("type")})
    if arows:
        conn.execute(aliases.insert(), arows)
    _insert_ignore(conn, entities, ents)
    erows = _event_rows(h, rec)
    if erows:
        conn.execute(event_mentions.insert(), erows)
    return h


def is_stored(conn: Connection, h: str) -> bool:
    return conn.execute(select(articles.c.hash).where(articles.c.hash == h)).first() is not None


@dataclass
class IngestStats:
    added: int = 0
    skipped: int = 0
    run_id: int | None = None


def _start_run(engine: Engine, command: str) -> int:
    with engine.begin() as conn:
        res = conn.execute(runs.insert().values(command=command, started_at=_now(),
                                                khabar_version=getattr(khabar, "__version__", None),
                                                status="running"))
        return int(res.inserted_primary_key[0])


def _finish_run(engine: Engine, run_id: int, stats: IngestStats, status: str) -> None:
    with engine.begin() as conn:
        conn.execute(runs.update().where(runs.c.id == run_id).values(
            finished_at=_now(), n_added=stats.added, n_skipped=stats.skipped, status=status))


def ingest_articles(engine: Engine, items: Iterable[Article], pipeline: Any = None,
                    progress: Callable[[str, bool], None] | None = None) -> IngestStats:
    """Extract and store every article not yet stored; one transaction per article.

    ``pipeline`` defaults to the full :class:`khabar.pipeline.Pipeline`; ``progress(article_id,
    added)`` is called after each article.
    """
    from khabar.export.record import doc_to_record

    stats = IngestStats()
    stats.run_id = _start_run(engine, "ingest")
    status = "failed"
    try:
        for a in items:
            h = article_hash(a)
            with engine.connect() as conn:
                done = is_stored(conn, h)
            if done:
                stats.skipped += 1
            else:
                if pipeline is None:
                    from khabar.pipeline import Pipeline
                    pipeline = Pipeline()
                rec = doc_to_record(pipeline.run(a))
                with engine.begin() as conn:
                    done = store_record(conn, rec, a.text, a.language) is None
                if done:
                    stats.skipped += 1
                else:
                    stats.added += 1
            if progress is not None:
                progress(a.id, not done)
        status = "done"
    finally:
        _finish_run(engine, stats.run_id, stats, status)
    return stats


def ingest_records(engine: Engine, records: Iterable[tuple[dict[str, Any], str | None]]) -> IngestStats:
    """Store already processed doc records (with their article text); skip those already stored."""
    stats = IngestStats()
    stats.run_id = _start_run(engine, "ingest")
    status = "failed"
    try:
        for rec, text in records:
            t = text if text is not None else rec.get("text") or ""
            h = content_hash(rec["id"], t, rec.get("title"), rec.get("outlet"), rec.get("url"),
                             rec.get("published"))
            with engine.begin() as conn:
                stored = not is_stored(conn, h) and store_record(conn, rec, t) is not None
            if stored:
                stats.added += 1
            else:
                stats.skipped += 1
        status = "done"
    finally:
        _finish_run(engine, stats.run_id, stats, status)
    return stats
