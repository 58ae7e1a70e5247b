"""Database fixtures: every store test runs on a SQLite file and on a real PostgreSQL server.

PostgreSQL comes from KHABAR_TEST_PG_URL (scripts/ci_postgres.sh starts one; .ci/run sets it); each
test gets a fresh database, dropped afterwards. Without the variable the postgres cases skip.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linking"


def load_fixture(name: str = "strike_reports.jsonl") -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _pg_database(base: str) -> Iterator[str]:
    import psycopg

    name = "khabar_t_" + uuid.uuid4().hex[:12]
    admin = base.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def new_db(request, tmp_path) -> Iterator[Callable[[], str]]:
    """A factory of fresh, empty database URLs on one back end."""
    made: list[Iterator[str]] = []

    def make() -> str:
        if request.param == "sqlite":
            return str(tmp_path / f"k_{uuid.uuid4().hex[:8]}.db")
        base = os.environ.get("KHABAR_TEST_PG_URL")
        if not base:
            pytest.skip("KHABAR_TEST_PG_URL not set (scripts/ci_postgres.sh starts a server)")
        gen = _pg_database(base)
        made.append(gen)
        return next(gen)

    yield make
    for gen in made:
        for _ in gen:  # runs the DROP
            pass
