"""Open a khabar database (SQLite file by default, PostgreSQL by URL) and bring its schema up to date.

Reads a URL or a path: ``khabar.db`` (a path), ``sqlite:///x.db``, ``postgresql://user@host/db``
(driven by psycopg 3). SQLite files run in WAL mode with foreign keys on. ``open_store`` applies the
pending migrations of :mod:`khabar.store.schema` and records each in ``schema_version``.

Example::

    >>> from khabar.store.db import open_store
    >>> engine = open_store("sqlite://")  # in memory
    >>> current_version(engine)
    2
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import Engine, create_engine, event, func, inspect, select

from khabar.errors import StoreError
from khabar.store.schema import MIGRATIONS, SCHEMA_VERSION, schema_version

log = logging.getLogger(__name__)

DEFAULT_DB = "khabar.db"


def normalize_url(url: str) -> str:
    """A SQLAlchemy URL from what a user types: a path, ``sqlite:…`` or ``postgresql://…``."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith(("postgresql+", "sqlite:")):
        return url
    if "://" in url:
        raise StoreError(f"unsupported database URL {url!r}: use a file path, sqlite:/// or postgresql://")
    return f"sqlite:///{url}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 (DB-API objects)
    dbapi_conn.isolation_level = None  # transactions are begun below, IMMEDIATE
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=60000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    full = normalize_url(url)
    try:
        engine = create_engine(full, future=True)
    except Exception as exc:  # bad dialect, missing driver
        raise StoreError(f"cannot open database {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        # BEGIN IMMEDIATE takes the write lock up front: two processes ingesting into one file
        # wait for each other (busy_timeout) instead of failing on a stale read snapshot.
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


def current_version(engine: Engine) -> int:
    if not inspect(engine).has_table("schema_version"):
        return 0
    with engine.connect() as conn:
        return int(conn.execute(select(func.max(schema_version.c.version))).scalar() or 0)


def migrate(engine: Engine) -> int:
    """Apply pending migrations in order, each in its own transaction; return the new version."""
    have = current_version(engine)
    if have > SCHEMA_VERSION:
        raise StoreError(f"database schema version {have} is newer than this khabar ({SCHEMA_VERSION})")
    for version in range(have + 1, SCHEMA_VERSION + 1):
        with engine.begin() as conn:
            MIGRATIONS[version - 1](conn)
            conn.execute(schema_version.insert().values(
                version=version, applied_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
        log.info("database migrated to schema version %d", version)
    return SCHEMA_VERSION


def open_store(url: str = DEFAULT_DB) -> Engine:
    """An engine on an up-to-date khabar database (created when missing)."""
    engine = make_engine(url)
    try:
        migrate(engine)
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(f"cannot open database {url!r}: {exc}") from exc
    return engine
