"""The store: one schema on SQLite (default, a file in WAL mode) or PostgreSQL; idempotent ingestion.

Example::

    >>> from khabar.store import open_store, ingest_articles, link_store
    >>> engine = open_store("sqlite://")
"""

from khabar.store.db import DEFAULT_DB, open_store
from khabar.store.ingest import IngestStats, ingest_articles, ingest_records
from khabar.store.linking import LinkStats, link_store

__all__ = ["DEFAULT_DB", "open_store", "ingest_articles", "ingest_records", "link_store",
           "IngestStats", "LinkStats"]
