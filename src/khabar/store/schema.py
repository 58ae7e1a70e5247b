"""The one schema of khabar's store (SQLAlchemy Core) and its ordered list of migrations.

Reads nothing; defines ``metadata`` (every table) and ``MIGRATIONS`` (schema version -> the DDL that
brings a database from the previous version to it). Every data row has a deterministic key built from
the article's content hash, so a run killed midway and re-run writes exactly the rows an uninterrupted
run writes. ``runs`` is the only log-like table (one row per invocation).

Tables: runs, articles, mentions (times, places, entities), claims, aliases, entities,
event_mentions, events, event_links (event <- mention), disagreements, schema_version.

Example::

    >>> from khabar.store.schema import metadata, SCHEMA_VERSION
    >>> sorted(metadata.tables)[:3], SCHEMA_VERSION
    (['aliases', 'articles', 'claims'], 4)
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (Boolean, Column, Connection, Float, ForeignKey, Index, Integer, MetaData,
                        String, Table, Text, inspect)

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(32), nullable=False),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("command", String(32), nullable=False),  # ingest | link
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("khabar_version", String(32)),
    Column("n_added", Integer, default=0),
    Column("n_skipped", Integer, default=0),
    Column("status", String(16), nullable=False, default="running"),  # running | done | failed
)

articles = Table(
    "articles", metadata,
    Column("hash", String(64), primary_key=True),  # sha256 of id, text and metadata
    Column("id", Text, nullable=False, index=True),  # the article's own id
    Column("title", Text),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", String(10)),  # ISO date
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("record", Text, nullable=False),  # doc_to_record JSON (the full extraction)
    Column("flags", Text),  # JSON list
)

# times, places and entities: one row per span; typed columns for querying, `data` for the rest
mentions = Table(
    "mentions", metadata,
    Column("article", String(64), ForeignKey("articles.hash", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(8), primary_key=True),  # time | place | entity
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Text),  # time: ISO date; place: resolved name; entity: canonical name
    Column("precision", String(8)),  # time: day|week|month|year; place: 1|2|3
    Column("label", String(16)),  # entity label, place level
    Column("country", String(2)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("entity_id", Text),
    Column("data", Text, nullable=False),  # the span's to_json()
)

claims = Table(
    "claims", metadata,
    Column("article", String(64), ForeignKey("articles.hash", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("speaker", Text),
    Column("cue_start", Integer, nullable=False),
    Column("cue_end", Integer, nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("stance", String(16)),
    Column("data", Text, nullable=False),
)

aliases = Table(
    "aliases", metadata,
    Column("article", String(64), ForeignKey("articles.hash", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("canonical", Text, nullable=False),
    Column("type", String(8)),
    Column("entity_id", Text),
    Column("names", Text, nullable=False),  # JSON list of surface forms
)

# cross-article entities (canonical actors), keyed by the alias stage's entity ids
entities = Table(
    "entities", metadata,
    Column("id", Text, primary_key=True),
    Column("canonical", Text, nullable=False),
    Column("type", String(8)),
)

event_mentions = Table(
    "event_mentions", metadata,
    Column("id", String(80), primary_key=True),  # "<article hash[:16]>:<idx>"
    Column("article", String(64), ForeignKey("articles.hash", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("idx", Integer, nullable=False),
    Column("type", Text, nullable=False),
    Column("subtype", Text),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("date_lo", Integer),  # proleptic ordinal of the first possible day (published-based if no date)
    Column("date_hi", Integer),
    Column("place", Text),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", Integer),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("civilian", Boolean),
    Column("trigger", Text),
    Column("speakers", Text),  # JSON list of claim speakers that report it
    Column("figure_speakers", Text),  # JSON {killed, injured}: who gives each figure (schema v4)
    Column("context", Text),  # JSON list: the towns and provinces the article names (schema v2)
    Column("profile", Text),  # JSON list: the article's places and actors, for linking (schema v3)
    Column("data", Text, nullable=False),  # Event.to_json()
    Index("ix_event_mentions_date", "date_lo"),
)

events = Table(
    "events", metadata,
    Column("id", String(40), primary_key=True),
    Column("type", Text, nullable=False),
    Column("subtype", Text),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("date_lo", Integer),
    Column("date_hi", Integer),
    Column("country", String(2)),
    Column("admin1", Text),
    Column("location", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", Integer),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("civilian", Boolean),
    Column("n_articles", Integer, nullable=False),
    Column("fields", Text, nullable=False),  # JSON: field -> [{value, sources}]
    Index("ix_events_date", "date_lo"),
)

event_links = Table(
    "event_links", metadata,
    Column("mention", String(80), ForeignKey("event_mentions.id", ondelete="CASCADE"),
           primary_key=True),
    Column("event", String(40), ForeignKey("events.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("score", Float),
)

disagreements = Table(
    "disagreements", metadata,
    Column("event", String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("field", String(16), primary_key=True),
    Column("values", Text, nullable=False),  # JSON: [{value, sources: [{article, outlet, speaker}]}]
)

# Tables that hold data (every table but the log and the version marker), in dependency order.
DATA_TABLES: tuple[Table, ...] = (articles, mentions, claims, aliases, entities, event_mentions,
                                  events, event_links, disagreements)


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[schema_version, runs, *DATA_TABLES])


def _add_column(conn: Connection, table: str, column: str, sql_type: str) -> None:
    """ALTER TABLE … ADD COLUMN, unless a newer step 1 (which creates the current tables) made it."""
    if column not in {c["name"] for c in inspect(conn).get_columns(table)}:
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}")


def _v2(conn: Connection) -> None:
    _add_column(conn, "event_mentions", "context", "TEXT")


def _v3(conn: Connection) -> None:
    _add_column(conn, "event_mentions", "profile", "TEXT")


def _v4(conn: Connection) -> None:
    _add_column(conn, "event_mentions", "figure_speakers", "TEXT")


# Ordered migrations: MIGRATIONS[i] brings a database at version i to version i + 1.
# Append new steps; never edit old ones. Step 1 creates the tables as ``metadata`` now describes
# them, so later steps must tolerate finding their change already made (see ``_add_column``).
MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2, _v3, _v4]
SCHEMA_VERSION = len(MIGRATIONS)
