"""Read linked events out of the store and write them as JSON lines or GeoJSON.

Reads ``events``, ``event_links``, ``event_mentions``, ``articles`` and ``disagreements``; yields one
dict per event: the merged fields, ``articles`` (the ids of the reports it was built from),
``mentions`` (each report's own account with outlet and speakers), ``fields`` (every value with its
sources) and ``disagreements`` (``[{field, values: [{value, sources}]}]``, the contract of
../shared/eval/LINKING.md). No data files.

Example::

    >>> from khabar.store import open_store
    >>> list(iter_events(open_store("sqlite://")))
    []
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, select

from khabar.store.schema import articles, disagreements, event_links, event_mentions, events

EVENT_COLUMNS = ("id", "type", "subtype", "date", "date_precision", "country", "admin1", "location",
                 "lat", "lon", "geo_precision", "actor1", "actor2", "killed", "injured", "civilian",
                 "n_articles")


def iter_events(engine: Engine, type: str | None = None, country: str | None = None,
                since: str | None = None, until: str | None = None, limit: int | None = None,
                batch: int = 500) -> Iterator[dict[str, Any]]:
    """Linked events, most recent first, optionally filtered by type, country (ISO2) and date."""
    q = select(events)
    if type:
        q = q.where((events.c.type == type) | (events.c.subtype == type))
    if country:
        q = q.where(events.c.country == country.upper())
    if since:
        q = q.where(events.c.date_hi >= dt.date.fromisoformat(since).toordinal())
    if until:
        q = q.where(events.c.date_lo <= dt.date.fromisoformat(until).toordinal())
    q = q.order_by(events.c.date_lo.desc(), events.c.id)
    if limit:
        q = q.limit(limit)
    with engine.connect() as conn:
        rows = conn.execute(q).all()
        for i in range(0, len(rows), batch):
            chunk = rows[i:i + batch]
            ids = [r.id for r in chunk]
            mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
            mq = (select(event_links.c.event, event_links.c.score, event_mentions, articles.c.id.label("article_id"),
                         articles.c.outlet, articles.c.title, articles.c.url, articles.c.published)
                  .select_from(event_links.join(event_mentions, event_links.c.mention == event_mentions.c.id)
                               .join(articles, event_mentions.c.article == articles.c.hash))
                  .where(event_links.c.event.in_(ids))
                  .order_by(event_links.c.event, articles.c.id, event_mentions.c.idx))
            for m in conn.execute(mq):
                mentions[m.event].append({
                    "article": m.article_id, "outlet": m.outlet, "title": m.title, "url": m.url,
                    "published": m.published, "mention": m.id, "score": m.score,
                    "trigger": m.trigger, "type": m.type, "subtype": m.subtype, "date": m.date,
                    "date_precision": m.date_precision, "place": m.place, "country": m.country,
                    "admin1": m.admin1, "lat": m.lat, "lon": m.lon, "geo_precision": m.geo_precision,
                    "actor1": m.actor1, "actor2": m.actor2, "killed": m.killed, "injured": m.injured,
                    "speakers": json.loads(m.speakers or "[]")})
            dis: dict[str, list[dict[str, Any]]] = defaultdict(list)
            dq = (select(disagreements).where(disagreements.c.event.in_(ids))
                  .order_by(disagreements.c.event, disagreements.c.field))
            for d in conn.execute(dq):
                dis[d.event].append({"field": d.field, "values": json.loads(d._mapping["values"])})
            for r in chunk:
                ev = {c: getattr(r, c) for c in EVENT_COLUMNS}
                ms = mentions.get(r.id, [])
                ev["articles"] = sorted({m["article"] for m in ms})
                ev["outlets"] = sorted({m["outlet"] for m in ms if m["outlet"]})
                ev["mentions"] = ms
                ev["disagreements"] = dis.get(r.id, [])
                ev["fields"] = json.loads(r.fields)
                yield ev


def write_jsonl(evs: Iterator[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for ev in evs:
        out.write(json.dumps(ev, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_geojson(evs: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """A FeatureCollection of the events that have coordinates (the others are left out)."""
    feats = []
    for ev in evs:
        if ev["lat"] is None or ev["lon"] is None:
            continue
        props = {k: ev[k] for k in EVENT_COLUMNS if k not in ("lat", "lon")}
        props["articles"] = ev["articles"]
        props["disagreements"] = [d["field"] for d in ev["disagreements"]]
        feats.append({"type": "Feature", "id": ev["id"],
                      "geometry": {"type": "Point", "coordinates": [ev["lon"], ev["lat"]]},
                      "properties": props})
    json.dump({"type": "FeatureCollection", "features": feats}, out, ensure_ascii=False)
    out.write("\n")
    return len(feats)


FORMATS = ("jsonl", "csv", "geojson", "parquet")


def export_events(engine: Engine, fmt: str, out: str | Path, **filters: Any) -> int:
    """Write the linked events in one format to a file; return how many were written."""
    from khabar.errors import KhabarError

    if fmt not in FORMATS:
        raise KhabarError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    evs = iter_events(engine, **filters)
    if fmt == "parquet":
        from khabar.export.acled import write_parquet
        return write_parquet(evs, out)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        if fmt == "jsonl":
            return write_jsonl(evs, fh)
        if fmt == "geojson":
            return write_geojson(evs, fh)
        from khabar.export.acled import write_csv
        return write_csv(evs, fh)
