"""The store on SQLite and PostgreSQL: migrations, idempotent and resumable ingestion, linking."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from khabar.doc import Article
from khabar.errors import StoreError
from khabar.pipeline import Pipeline
from khabar.store import ingest_articles, ingest_records, link_store, open_store
from khabar.store.db import current_version, normalize_url
from khabar.store.schema import DATA_TABLES, SCHEMA_VERSION, event_links, runs, schema_version

from .conftest import load_fixture


def dump(engine) -> dict[str, list[tuple]]:
    """Every data table's rows, sorted: two databases with equal dumps hold the same data."""
    out = {}
    with engine.connect() as conn:
        for t in DATA_TABLES:
            out[t.name] = sorted(tuple(r) for r in conn.execute(select(t)))
    return out


def records():
    return [(r, r["text"]) for r in load_fixture()]


def clusters(engine) -> set[frozenset[str]]:
    from khabar.export.events import iter_events

    return {frozenset(e["articles"]) for e in iter_events(engine)}


@pytest.mark.parametrize("given, expected", [
    pytest.param("khabar.db", "sqlite:///khabar.db", id="path"),
    pytest.param("sqlite:///x.db", "sqlite:///x.db", id="sqlite-url"),
    pytest.param("postgresql://u@h/db", "postgresql+psycopg://u@h/db", id="postgres-psycopg3"),
    pytest.param("postgres://u@h/db", "postgresql+psycopg://u@h/db", id="postgres-short"),
])
def test_normalize_url(given, expected):
    assert normalize_url(given) == expected


def test_unsupported_url_is_a_store_error():
    with pytest.raises(StoreError):
        normalize_url("mysql://u@h/db")


def test_migrations_recorded_once_and_newer_schema_refused(new_db):
    url = new_db()
    engine = open_store(url)
    assert current_version(engine) == SCHEMA_VERSION
    open_store(url)  # nothing left to apply
    with engine.begin() as conn:
        assert len(conn.execute(select(schema_version)).all()) == SCHEMA_VERSION
        conn.execute(schema_version.insert().values(version=SCHEMA_VERSION + 1, applied_at="future"))
    with pytest.raises(StoreError, match="newer"):
        open_store(url)
    engine.dispose()


def test_sqlite_file_uses_wal(tmp_path):
    engine = open_store(str(tmp_path / "w.db"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_ingest_twice_adds_nothing(new_db):
    engine = open_store(new_db())
    first = ingest_records(engine, records())
    before = dump(engine)
    second = ingest_records(engine, records())
    assert (first.added, first.skipped) == (8, 0)
    assert (second.added, second.skipped) == (0, 8)
    assert dump(engine) == before
    assert len(before["event_mentions"]) == 8 and len(before["claims"]) == 5
    engine.dispose()


class Killed(RuntimeError):
    pass


def _dies_after(items, n):
    for i, x in enumerate(items):
        if i == n:
            raise Killed(f"killed after {n}")
        yield x


def test_records_killed_midway_and_rerun_equal_one_clean_run(new_db):
    clean = open_store(new_db())
    ingest_records(clean, records())
    broken = open_store(new_db())
    with pytest.raises(Killed):
        ingest_records(broken, _dies_after(records(), 3))
    assert len(dump(broken)["articles"]) == 3
    stats = ingest_records(broken, records())
    assert (stats.added, stats.skipped) == (5, 3)
    assert dump(broken) == dump(clean)
    with broken.connect() as conn:
        assert [r.status for r in conn.execute(select(runs).order_by(runs.c.id))] == ["failed", "done"]
    clean.dispose(), broken.dispose()


class DyingPipeline:
    """The real pipeline that dies (like a killed process) on its n-th article."""

    def __init__(self, n: int) -> None:
        self.inner, self.n, self.seen = Pipeline(names=()), n, 0

    def run(self, article):
        self.seen += 1
        if self.seen == self.n:
            raise Killed("killed inside the pipeline")
        return self.inner.run(article)


def _articles():
    return [Article(id=r["id"], text=r["text"], title=r["title"], outlet=r["outlet"],
                    published=dt.date.fromisoformat(r["published"])) for r in load_fixture()]


def test_articles_killed_midway_and_rerun_equal_one_clean_run(new_db):
    clean = open_store(new_db())
    ingest_articles(clean, _articles(), Pipeline(names=()))
    broken = open_store(new_db())
    with pytest.raises(Killed):
        ingest_articles(broken, _articles(), DyingPipeline(5))
    seen = []
    stats = ingest_articles(broken, _articles(), Pipeline(names=()),
                            progress=lambda aid, added: seen.append(added))
    assert seen == [False] * 4 + [True] * 4 and stats.added == 4
    assert dump(broken) == dump(clean)
    clean.dispose(), broken.dispose()


STRIKE = frozenset({"strike-first-report", "strike-toll-rises", "strike-province-only",
                    "strike-undated-followup", "strike-wrong-day", "strike-other-town"})


def test_link_store_forms_the_strike_event(new_db):
    engine = open_store(new_db())
    ingest_records(engine, records())
    stats = link_store(engine)
    assert stats.new_mentions == 8
    assert clusters(engine) == {STRIKE, frozenset({"near-miss-same-town-later"}),
                                frozenset({"distractor-taizz-shelling"})}
    again = link_store(engine)
    assert (again.new_mentions, again.events_changed) == (0, 0)
    engine.dispose()


def test_link_is_incremental(new_db):
    recs = records()
    engine = open_store(new_db())
    ingest_records(engine, recs[:3])
    link_store(engine)
    with engine.connect() as conn:
        old_links = sorted(tuple(r) for r in conn.execute(select(event_links)))
    ingest_records(engine, recs[3:])
    stats = link_store(engine)
    assert stats.new_mentions == 5
    assert stats.events_changed < stats.events_total + 5  # only touched events are rewritten
    assert clusters(engine) == {STRIKE, frozenset({"near-miss-same-town-later"}),
                                frozenset({"distractor-taizz-shelling"})}
    with engine.connect() as conn:
        new_links = {r.mention: r.event for r in conn.execute(select(event_links))}
    assert all(new_links[m] == e for m, e, _ in old_links)  # earlier links keep their event ids
    engine.dispose()


def test_migration_from_version_1_adds_the_context_column(new_db):
    from sqlalchemy import inspect

    url = new_db()
    engine = open_store(url)
    with engine.begin() as conn:  # make it a version-1 database again
        conn.exec_driver_sql("ALTER TABLE event_mentions DROP COLUMN context")
        conn.exec_driver_sql("ALTER TABLE event_mentions DROP COLUMN profile")
        conn.exec_driver_sql("ALTER TABLE event_mentions DROP COLUMN figure_speakers")
        conn.execute(schema_version.delete().where(schema_version.c.version > 1))
    assert current_version(engine) == 1
    engine.dispose()
    engine = open_store(url)
    assert current_version(engine) == SCHEMA_VERSION
    assert {"context", "profile", "figure_speakers"} <= {c["name"] for c in inspect(engine).get_columns("event_mentions")}
    ingest_records(engine, records()[:2])
    assert link_store(engine).new_mentions == 2
    engine.dispose()


def test_link_runs_are_logged(new_db):
    engine = open_store(new_db())
    ingest_records(engine, records())
    link_store(engine)
    with engine.connect() as conn:
        rows = [(r.command, r.status, r.n_added) for r in conn.execute(select(runs).order_by(runs.c.id))]
    assert rows == [("ingest", "done", 8), ("link", "done", 8)]
    engine.dispose()


def test_who_gives_each_figure_is_stored_as_read(new_db):
    # the store's accounts carry who gives each figure: the report's own voice, or the monitor
    from khabar.store.linking import _unlinked

    arts = [Article(id="own-voice", published=dt.date(2024, 3, 9),
                    text="قتل أربعة مدنيين وأصيب سبعة آخرون أمس في غارة جوية على بلدة سرمين بريف إدلب."),
            Article(id="monitor", published=dt.date(2024, 3, 9),
                    text="أفاد المرصد السوري بأن ستة مدنيين قتلوا أمس في غارة جوية على بلدة سرمين بريف إدلب.")]
    engine = open_store(new_db())
    ingest_articles(engine, arts, Pipeline())
    with engine.connect() as conn:
        stored = {m.article: (m.killed, m.killed_by, m.injured_by) for m in _unlinked(conn)}
    assert stored == {"own-voice": (4, (), ()), "monitor": (6, ("المرصد السوري",), None)}
    engine.dispose()
