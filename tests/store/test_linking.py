"""Linking through the store reads what the in-memory linker needs from stored mentions: trigger
positions (from the stored event data) and which arrests are follow-ups (per article)."""

from __future__ import annotations

import pytest

from khabar.store import ingest_records, link_store, open_store

CAPITAL = {"name": "Capital A", "country": "TR", "admin1": "Capital A", "lat": 39.92, "lon": 32.85,
           "precision": 1, "level": "city"}
BORDER = {"name": "Town B", "country": "IQ", "admin1": "Prov B", "lat": 37.15, "lon": 43.0,
          "precision": 1, "level": "city"}
ISLAND = {"name": "Town S", "country": "BH", "admin1": "Prov S", "lat": 26.05, "lon": 50.6,
          "precision": 1, "level": "city"}


def event(subtype: str, place: dict, start: int, day: str = "2019-07-25",
          type: str = "Explosions/Remote violence") -> dict:
    return {"type": type, "subtype": subtype, "date": day, "date_precision": "day", "place": place,
            "trigger": {"text": "x", "start": start, "end": start + 1}, "killed": None, "sources": []}


def record(id: str, events: list[dict], places: list[dict], published: str = "2019-07-26") -> dict:
    places = [{"start": 0, "end": 1, "text": "r", **p} for p in places]  # offsets the store keeps
    return {"id": id, "outlet": id, "published": published, "title": None, "url": None,
            "text": f"report {id}", "times": [], "claims": [], "aliases": [], "flags": [],
            "places": places, "entities": [], "events": events}


def linked_articles(engine) -> set[frozenset[str]]:
    from khabar.export.events import iter_events

    return {frozenset(e["articles"]) for e in iter_events(engine)}


def test_one_act_coded_twice_links_through_the_store(new_db):
    recs = [record(a, [event("Air/drone strike", CAPITAL, 60),
                       event("Shelling/artillery/missile attack", BORDER, 72)], [CAPITAL, BORDER])
            for a in ("a", "b")]
    recs.append(record("c", [event("Air/drone strike", BORDER, 10)], [BORDER]))
    engine = open_store(new_db())
    ingest_records(engine, [(r, r["text"]) for r in recs])
    link_store(engine)
    assert linked_articles(engine) == {frozenset({"a", "b", "c"})}
    engine.dispose()


def test_arrests_only_report_joins_the_attack_through_the_store(new_db):
    story = [ISLAND, {"name": "Wadi Q", "country": "BH", "lat": 26.0, "lon": 50.55, "precision": 2,
                      "level": "region"}]
    recs = [record(a, [event("Remote explosive/landmine/IED", ISLAND, 5, "2019-07-22")], story)
            for a in ("a", "b")]
    recs.append(record("c", [event("Arrests", ISLAND, 5, "2019-07-25", "Strategic developments")], story))
    recs += [record(f"o{i}", [event("Armed clash", {**ISLAND, "name": f"T{i}", "lat": 10.0 + i},
                                    5, "2019-07-24", "Battles")],
                    [{**ISLAND, "name": f"T{i}", "lat": 10.0 + i}]) for i in range(6)]
    engine = open_store(new_db())
    ingest_records(engine, [(r, r["text"]) for r in recs])
    link_store(engine)
    assert frozenset({"a", "b", "c"}) in linked_articles(engine)
    engine.dispose()


@pytest.mark.parametrize("data, pos", [
    pytest.param('{"evidence": {"trigger": [{"end": 9, "start": 3}]}, "trigger": {"end": 47, "start": 40}}', 40,
                 id="own-trigger-not-evidence"),
    pytest.param('{"trigger": "x"}', None, id="text-only"),
    pytest.param('{"trigger": {"start": 5', None, id="truncated"),
    pytest.param("", None, id="empty"),
    pytest.param("[1]", None, id="not-an-object"),
])
def test_trigger_pos_from_stored_event(data, pos):
    from khabar.store.linking import _trigger_pos

    assert _trigger_pos(data) == pos


def _near_miss_records() -> list[dict]:
    """A bombing on the island told twice; four days later another at the same town, told twice
    plus once without a date (which alone fits the first too); reports of far-away clashes."""
    first = [ISLAND, {"name": "Wadi Q", "country": "BH", "lat": 26.0, "lon": 50.55, "precision": 2,
                      "level": "region"}]
    second = [ISLAND, {"name": "Jabal R", "country": "BH", "lat": 26.1, "lon": 50.5, "precision": 2,
                       "level": "region"}]
    ied = "Remote explosive/landmine/IED"
    undated = {**event(ied, ISLAND, 5), "date": None, "date_precision": None}
    recs = [record(a, [event(ied, ISLAND, 5, "2019-07-20")], first, "2019-07-21") for a in ("a", "b")]
    recs += [record(a, [event(ied, ISLAND, 5, "2019-07-24")], second, "2019-07-25") for a in ("c", "d")]
    recs.append(record("u", [undated], second, "2019-07-25"))
    recs += [record(f"o{i}", [event("Armed clash", {**ISLAND, "name": f"T{i}", "lat": 10.0 + i},
                                    5, "2019-07-22", "Battles")],
                    [{**ISLAND, "name": f"T{i}", "lat": 10.0 + i}]) for i in range(6)]
    return recs


def _link_in_runs(new_db, runs: list[list[str]]):
    from sqlalchemy import func, select

    from khabar.store.schema import event_links, event_mentions, events

    recs = {r["id"]: r for r in _near_miss_records()}
    engine = open_store(new_db())
    for run in runs:
        ingest_records(engine, [(recs[a], recs[a]["text"]) for a in run])
        link_store(engine)
    groups = linked_articles(engine)
    with engine.connect() as conn:
        counts = [conn.execute(select(func.count()).select_from(t)).scalar() for t in (events, event_links,
                                                                                      event_mentions)]
    engine.dispose()
    return groups, counts


@pytest.mark.parametrize("runs", [
    pytest.param([["a", "b", "u"], ["c", "d"]], id="undated-report-before-its-event"),
    pytest.param([["u"], ["c"], ["a", "b", "d"]], id="three-runs"),
    pytest.param([["c", "d", "u"], ["a", "b"]], id="later-event-first"),
])
def test_linking_in_runs_ends_as_one_run(new_db, runs):
    others = [f"o{i}" for i in range(6)]
    one, one_counts = _link_in_runs(new_db, [["a", "b", "c", "d", "u", *others]])
    assert {frozenset({"a", "b"}), frozenset({"c", "d", "u"})} <= one
    got, counts = _link_in_runs(new_db, [others, *runs])
    assert got == one
    assert counts == one_counts and counts[1] == counts[2]  # no stale event, every mention linked once


def test_round_up_flag_counts_every_stored_account_of_the_article(new_db):
    from khabar.store.linking import _mark_round_ups, _unlinked

    towns = [{**ISLAND, "name": f"T{i}", "lat": 26.0 + i} for i in range(3)]
    recs = [record("r", [event("Armed clash", t, 5 + 100 * i, "2019-07-24", "Battles") for i, t in enumerate(towns)],
                   towns),
            record("s", [event("Armed clash", towns[0], 5, "2019-07-24", "Battles")], towns)]
    engine = open_store(new_db())
    ingest_records(engine, [(r, r["text"]) for r in recs])
    with engine.connect() as conn:
        ms = _unlinked(conn)
        assert {m.article: m.round_up for m in ms} == {"r": True, "s": False}
        one = [m for m in ms if m.id.endswith(":0")]  # one account of each, as a loaded event may hold
        for m in one:
            m.round_up = False
        _mark_round_ups(conn, one)
        assert {m.article: m.round_up for m in one} == {"r": True, "s": False}
    engine.dispose()
