"""Link the stored event mentions that no event holds yet, and store the events they form or join.

Reads ``event_mentions`` without an ``event_links`` row, plus the already linked events whose dates
fall near theirs (and those events' members); runs :class:`khabar.link.events.Linker`; rewrites only
the events that changed (``events``, ``event_links``, ``disagreements``) in one transaction. Linking
new articles therefore never recomputes the world.

Example::

    >>> from khabar.store import open_store
    >>> link_store(open_store("sqlite://")).new_mentions
    0
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, and_, delete, func, select

from khabar.link.disagreements import find_disagreements, merge_event
from khabar.link.events import Linker
from khabar.link.model import Cluster, EventMention
from khabar.link.scoring import DATE_SLACK
from khabar.link.mentions import (UNDATED_LOOKBACK_DAYS, _ordinal, mark_follow_ups, place_key,
                                  round_up_articles, trigger_pos)
from khabar.store.schema import articles, disagreements, event_links, event_mentions, events

log = logging.getLogger(__name__)

_MENTION_COLS = (event_mentions.c.id, event_mentions.c.idx, articles.c.id.label("article_id"),
                 articles.c.outlet, articles.c.title, articles.c.published, event_mentions.c.type,
                 event_mentions.c.subtype, event_mentions.c.date, event_mentions.c.date_precision, event_mentions.c.date_lo,
                 event_mentions.c.date_hi, event_mentions.c.place, event_mentions.c.country,
                 event_mentions.c.admin1, event_mentions.c.lat, event_mentions.c.lon,
                 event_mentions.c.geo_precision, event_mentions.c.actor1, event_mentions.c.actor2,
                 event_mentions.c.killed, event_mentions.c.injured, event_mentions.c.trigger,
                 event_mentions.c.speakers, event_mentions.c.figure_speakers, event_mentions.c.context,
                 event_mentions.c.profile, event_mentions.c.data)


def _mention(r: Any) -> EventMention:
    by = json.loads(r.figure_speakers or "{}")  # (rows stored before schema v4 have none: not known)
    return EventMention(
        id=r.id, article=r.article_id, type=r.type, subtype=r.subtype, date=r.date,
        date_precision=r.date_precision, lo=r.date_lo, hi=r.date_hi, dated=r.date is not None,
        place=r.place, country=r.country, admin1=r.admin1, lat=r.lat, lon=r.lon,
        geo_precision=r.geo_precision, actor1=r.actor1, actor2=r.actor2, killed=r.killed,
        injured=r.injured, trigger=r.trigger, outlet=r.outlet,
        speakers=tuple(json.loads(r.speakers or "[]")), title=r.title, published=_ordinal(r.published),
        killed_by=None if by.get("killed") is None else tuple(by["killed"]),
        injured_by=None if by.get("injured") is None else tuple(by["injured"]),
        context=frozenset(json.loads(r.context or "[]")),
        profile=frozenset(json.loads(r.profile or "[]")), pos=_trigger_pos(r.data), idx=r.idx)


_TRIGGER_KEY = '"trigger": {'
_DECODER = json.JSONDecoder()


def _trigger_pos(data: str | None) -> int | None:
    """Where the stored event's trigger starts: decodes only the trigger object of the event's JSON
    (written with sorted keys, the event's own trigger is the last object under that key; evidence
    lists come earlier), and the whole JSON when that fails."""
    if not data:
        return None
    i = data.rfind(_TRIGGER_KEY)
    if i >= 0:
        try:
            trig, _ = _DECODER.raw_decode(data, i + len(_TRIGGER_KEY) - 1)
            return trigger_pos({"trigger": trig})
        except ValueError:
            pass
    try:
        ev = json.loads(data)
    except ValueError:
        return None
    return trigger_pos(ev) if isinstance(ev, dict) else None


def _mark_round_ups(conn: Connection, mentions: list[EventMention]) -> None:
    """Flag the accounts of round-up articles, counting every stored account of each article (an
    event loaded for linking may hold only some of its article's accounts)."""
    arts = sorted({m.article for m in mentions})
    places: dict[str, set[str]] = {a: set() for a in arts}
    for i in range(0, len(arts), 500):
        q = (select(articles.c.id, event_mentions.c.place, event_mentions.c.lat, event_mentions.c.lon,
                    event_mentions.c.geo_precision)
             .select_from(event_mentions.join(articles, event_mentions.c.article == articles.c.hash))
             .where(articles.c.id.in_(arts[i:i + 500])))
        for r in conn.execute(q):
            k = place_key(EventMention("", r.id, place=r.place, lat=r.lat, lon=r.lon, geo_precision=r.geo_precision))
            if k:
                places[r.id].add(k)
    ru = round_up_articles(places)
    for m in mentions:
        m.round_up = m.article in ru


def _unlinked(conn: Connection) -> list[EventMention]:
    q = (select(*_MENTION_COLS)
         .select_from(event_mentions.join(articles, event_mentions.c.article == articles.c.hash)
                      .outerjoin(event_links, event_links.c.mention == event_mentions.c.id))
         .where(event_links.c.mention.is_(None)))
    out = [_mention(r) for r in conn.execute(q)]
    mark_follow_ups(out)
    _mark_round_ups(conn, out)
    return out


def _clusters_near(conn: Connection, lo: int | None, hi: int | None) -> list[Cluster]:
    """Linked events dated near [lo, hi] (within what linking could bridge), with their members."""
    ev_q = select(events.c.id)
    slack = DATE_SLACK + UNDATED_LOOKBACK_DAYS + 1
    if lo is not None and hi is not None:
        ev_q = ev_q.where(and_(events.c.date_hi >= lo - slack, events.c.date_lo <= hi + slack))
    ids = [r.id for r in conn.execute(ev_q)]
    if not ids:
        return []
    members: dict[str, list[EventMention]] = defaultdict(list)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        q = (select(event_links.c.event, *_MENTION_COLS)
             .select_from(event_links.join(event_mentions, event_links.c.mention == event_mentions.c.id)
                          .join(articles, event_mentions.c.article == articles.c.hash))
             .where(event_links.c.event.in_(chunk)))
        for r in conn.execute(q):
            members[r.event].append(_mention(r))
    mark_follow_ups([m for ms in members.values() for m in ms])
    _mark_round_ups(conn, [m for ms in members.values() for m in ms])
    out = []
    for eid in sorted(members):
        ms = sorted(members[eid], key=EventMention.order)
        out.append(Cluster.from_members(eid, ms))
    return out


def _dumps(x: Any) -> str:
    return json.dumps(x, ensure_ascii=False, sort_keys=True)


def delete_events(conn: Connection, ids: list[str]) -> None:
    """Remove events with their links and disagreements (in chunks)."""
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        conn.execute(delete(disagreements).where(disagreements.c.event.in_(chunk)))
        conn.execute(delete(event_links).where(event_links.c.event.in_(chunk)))
        conn.execute(delete(events).where(events.c.id.in_(chunk)))


def write_events(conn: Connection, clusters: Iterable[Cluster], scores: dict[str, float]) -> int:
    """Replace the stored rows of these events (event, links, disagreements), in batches."""
    clusters = list(clusters)
    delete_events(conn, [c.id for c in clusters])
    ev_rows: list[dict[str, Any]] = []
    link_rows: list[dict[str, Any]] = []
    dis_rows: list[dict[str, Any]] = []

    def flush() -> None:
        for table, rows in ((events, ev_rows), (event_links, link_rows), (disagreements, dis_rows)):
            if rows:
                conn.execute(table.insert(), rows)
                rows.clear()

    for c in clusters:
        ev = merge_event(c)
        ev_rows.append({k: ev[k] for k in (
            "type", "subtype", "date", "date_precision", "date_lo", "date_hi", "country", "admin1",
            "location", "lat", "lon", "geo_precision", "actor1", "actor2", "killed", "injured",
            "civilian", "n_articles")} | {"id": c.id, "fields": _dumps(ev["fields"])})
        link_rows.extend({"mention": m.id, "event": c.id, "score": scores.get(m.id)} for m in c.members)
        dis_rows.extend({"event": c.id, "field": d["field"], "values": _dumps(d["values"])}
                        for d in find_disagreements(c))
        if len(link_rows) >= 2000:
            flush()
    flush()
    return len(clusters)


def _existing_scores(conn: Connection, clusters: list[Cluster]) -> dict[str, float]:
    ids = [m.id for c in clusters for m in c.members]
    out: dict[str, float] = {}
    for i in range(0, len(ids), 500):
        q = select(event_links.c.mention, event_links.c.score).where(event_links.c.mention.in_(ids[i:i + 500]))
        out.update({r.mention: r.score for r in conn.execute(q)})
    return out


@dataclass
class LinkStats:
    new_mentions: int = 0
    events_changed: int = 0
    events_total: int = 0


def link_store(engine: Engine) -> LinkStats:
    """Link every unlinked event mention in the database (incrementally)."""
    from khabar.store.ingest import IngestStats, _finish_run, _start_run

    stats = LinkStats()
    run_id = _start_run(engine, "link")
    try:
        _link(engine, stats)
    except BaseException:
        _finish_run(engine, run_id, IngestStats(), "failed")
        raise
    _finish_run(engine, run_id, IngestStats(added=stats.new_mentions), "done")
    log.info("linked %d new mentions; %d events changed", stats.new_mentions, stats.events_changed)
    return stats


_LINK_LOCK = 0x6B686162  # PostgreSQL advisory lock: one `khabar link` at a time per database


def _link(engine: Engine, stats: LinkStats) -> None:
    with engine.begin() as conn:  # SQLite: BEGIN IMMEDIATE already serialises writers
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LINK_LOCK})")
        new = _unlinked(conn)
        stats.new_mentions = len(new)
        if new:
            los = [m.lo for m in new if m.lo is not None]
            his = [m.hi for m in new if m.hi is not None]
            near = _clusters_near(conn, min(los) if los else None, max(his) if his else None)
            scores = _existing_scores(conn, near)
            linker = Linker(near)
            scores.update(linker.add(new))
            delete_events(conn, sorted(linker.removed))  # existing events folded into another
            changed = [linker.clusters[cid] for cid in sorted(linker.changed)]
            stats.events_changed = write_events(conn, changed, scores)
        stats.events_total = int(conn.execute(select(func.count()).select_from(events)).scalar() or 0)
