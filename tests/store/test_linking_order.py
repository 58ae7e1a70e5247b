"""The store path (ingest, then link) and in-memory linking of the same records make the same events:
the same accounts in each, the same event ids and merged fields, whatever order articles are stored in."""

from __future__ import annotations

import pytest

from khabar.link.events import link_doc_events
from khabar.store import ingest_records, link_store, open_store

NORTH = {"name": "Town N", "country": "SY", "admin1": "Prov N", "lat": 36.0, "lon": 37.0,
         "precision": 1, "level": "city"}
EAST = {"name": "Town E", "country": "SY", "admin1": "Prov E", "lat": 36.0, "lon": 38.0,
        "precision": 1, "level": "city"}
COUNTRY = {"name": "Country S", "country": "SY", "precision": 3, "level": "country"}


def clash(place: dict | None, killed: int, start: int = 5) -> dict:
    return {"type": "Battles", "subtype": "Armed clash", "date": "2019-03-04", "date_precision": "day",
            "place": place, "trigger": {"text": "x", "start": start, "end": start + 1},
            "killed": killed, "sources": []}


def record(id: str, events: list[dict], places: list[dict]) -> dict:
    places = [{"start": 0, "end": 1, "text": "r", **p} for p in places]
    return {"id": id, "outlet": "o-" + id, "published": "2019-03-05", "title": None, "url": None,
            "text": f"report {id}", "times": [], "claims": [], "aliases": [], "flags": [],
            "places": places, "entities": [], "events": events}


def reports() -> list[dict]:
    """Clashes at two towns 90 km apart, and country-only reports that fit both equally well."""
    recs = [record(f"n{i}", [clash(NORTH, i)], [NORTH]) for i in range(2)]
    recs += [record(f"e{i}", [clash(EAST, 10 + i)], [EAST]) for i in range(2)]
    recs += [record(f"v{i}", [clash(COUNTRY, 20 + i), clash(None, 30 + i, 400)], [COUNTRY])
             for i in range(3)]
    return recs


def events_seen(evs) -> set[tuple]:
    return {(e["id"], tuple(sorted(e["articles"])), e["killed"], e["location"]) for e in evs}


@pytest.mark.parametrize("order", [pytest.param(o, id=f"order-{n}")
                                   for n, o in enumerate(([0, 1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1, 0],
                                                          [4, 0, 6, 2, 5, 1, 3]))])
def test_store_and_memory_link_the_same(new_db, order):
    from khabar.export.events import iter_events

    recs = reports()
    want = events_seen(link_doc_events(recs))
    engine = open_store(new_db())
    ingest_records(engine, [(recs[i], recs[i]["text"]) for i in order])
    link_store(engine)
    assert events_seen(iter_events(engine)) == want
    engine.dispose()
