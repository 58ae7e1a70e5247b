"""Read-only queries of the store for the web UI (SQLAlchemy Core, bound parameters only).

Reads the tables of :mod:`khabar.store.schema`; returns plain dicts. Filters: date range, type,
country, admin1, actor, has-disagreement, text search; sorting on a whitelist of columns; paging.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, and_, exists, func, or_, select

from khabar.store.schema import articles, claims, disagreements, event_links, event_mentions, events

SORTABLE = {"date": events.c.date_lo, "type": events.c.type, "subtype": events.c.subtype,
            "country": events.c.country, "admin1": events.c.admin1, "killed": events.c.killed,
            "articles": events.c.n_articles, "location": events.c.location}


@dataclass
class EventFilter:
    since: str | None = None
    until: str | None = None
    type: str | None = None
    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    disagreement: bool = False
    q: str | None = None
    sort: str = "date"
    desc: bool = True
    page: int = 1
    per_page: int = 50

    def conditions(self) -> list[Any]:
        cond: list[Any] = []
        if self.since:
            cond.append(events.c.date_hi >= _ordinal(self.since))
        if self.until:
            cond.append(events.c.date_lo <= _ordinal(self.until))
        if self.type:
            cond.append(or_(events.c.type == self.type, events.c.subtype == self.type))
        if self.country:
            cond.append(events.c.country == self.country.upper())
        if self.admin1:
            cond.append(events.c.admin1 == self.admin1)
        if self.actor:
            like = f"%{self.actor}%"
            cond.append(or_(events.c.actor1.like(like), events.c.actor2.like(like)))
        if self.disagreement:
            cond.append(exists().where(disagreements.c.event == events.c.id))
        if self.q:
            like = f"%{self.q}%"
            cond.append(or_(events.c.location.like(like), events.c.actor1.like(like),
                            events.c.actor2.like(like), events.c.subtype.like(like),
                            events.c.fields.like(like)))
        return cond


def _ordinal(iso: str) -> int:
    try:
        return dt.date.fromisoformat(iso).toordinal()
    except ValueError:
        return 0


def _event_row(r: Any, flagged: set[str]) -> dict[str, Any]:
    d = dict(r._mapping)
    d.pop("fields", None)
    d["has_disagreement"] = d["id"] in flagged
    return d


def list_events(engine: Engine, f: EventFilter) -> dict[str, Any]:
    where = and_(*f.conditions()) if f.conditions() else None
    col = SORTABLE.get(f.sort, events.c.date_lo)
    order = col.desc() if f.desc else col.asc()
    per_page = max(1, min(f.per_page, 500))
    page = max(1, f.page)
    base = select(events.c[*[c for c in events.c.keys() if c != "fields"]])
    count_q = select(func.count()).select_from(events)
    types_q = select(events.c.type, func.count()).group_by(events.c.type)
    if where is not None:
        base, count_q, types_q = base.where(where), count_q.where(where), types_q.where(where)
    with engine.connect() as conn:
        total = conn.execute(count_q).scalar_one()
        rows = conn.execute(base.order_by(order, events.c.id).limit(per_page)
                            .offset((page - 1) * per_page)).all()
        ids = [r.id for r in rows]
        flagged = set(conn.execute(select(disagreements.c.event).where(disagreements.c.event.in_(ids)))
                      .scalars()) if ids else set()
        by_type = dict(conn.execute(types_q).all())
    return {"events": [_event_row(r, flagged) for r in rows], "total": total, "page": page,
            "per_page": per_page, "pages": max(1, -(-total // per_page)), "by_type": by_type}


def map_points(engine: Engine, f: EventFilter, limit: int = 20000) -> list[dict[str, Any]]:
    q = select(events.c.id, events.c.type, events.c.subtype, events.c.lat, events.c.lon,
               events.c.geo_precision, events.c.killed, events.c.date, events.c.location) \
        .where(events.c.lat.is_not(None))
    if f.conditions():
        q = q.where(and_(*f.conditions()))
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q.limit(limit))]


def timeline(engine: Engine, f: EventFilter) -> list[dict[str, Any]]:
    q = select(events.c.date, events.c.type, func.count().label("n")).where(events.c.date.is_not(None))
    if f.conditions():
        q = q.where(and_(*f.conditions()))
    q = q.group_by(events.c.date, events.c.type).order_by(events.c.date)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def get_event(engine: Engine, event_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = conn.execute(select(events).where(events.c.id == event_id)).first()
        if row is None:
            return None
        ev = dict(row._mapping)
        ev["fields"] = json.loads(ev["fields"] or "{}")
        ev["disagreements"] = [
            {"field": r.field, "values": json.loads(r.values)}
            for r in conn.execute(select(disagreements).where(disagreements.c.event == event_id))]
        ms = conn.execute(
            select(event_mentions, articles.c.id.label("article_id"), articles.c.title,
                   articles.c.outlet, articles.c.published)
            .join(event_links, event_links.c.mention == event_mentions.c.id)
            .join(articles, articles.c.hash == event_mentions.c.article)
            .where(event_links.c.event == event_id)
            .order_by(articles.c.published, articles.c.id)).all()
        ev["mentions"] = [dict(m._mapping) for m in ms]
    return ev


def get_article(engine: Engine, key: str) -> dict[str, Any] | None:
    """An article by content hash or by its own id, with its full extraction record."""
    with engine.connect() as conn:
        row = conn.execute(select(articles).where(or_(articles.c.hash == key, articles.c.id == key))
                           .limit(1)).first()
        if row is None:
            return None
        art = dict(row._mapping)
        art["record"] = json.loads(art["record"])
        art["events"] = [
            {"mention": r.mention, "event": r.event}
            for r in conn.execute(select(event_links.c.mention, event_links.c.event)
                                  .join(event_mentions, event_mentions.c.id == event_links.c.mention)
                                  .where(event_mentions.c.article == art["hash"]))]
        art["n_claims"] = conn.execute(select(func.count()).select_from(claims)
                                       .where(claims.c.article == art["hash"])).scalar_one()
    return art


def list_articles(engine: Engine, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(articles.c.hash, articles.c.id, articles.c.title, articles.c.outlet,
                                   articles.c.published).order_by(articles.c.published.desc(),
                                                                  articles.c.id)
                            .limit(limit).offset(offset)).all()
    return [dict(r._mapping) for r in rows]


def facets(engine: Engine) -> dict[str, list[str]]:
    with engine.connect() as conn:
        return {
            "types": sorted(t for t in conn.execute(select(events.c.type).distinct()).scalars() if t),
            "subtypes": sorted(t for t in conn.execute(select(events.c.subtype).distinct()).scalars() if t),
            "countries": sorted(c for c in conn.execute(select(events.c.country).distinct()).scalars() if c),
        }
