"""Exports of linked events: the LINKING.md jsonl contract, ACLED csv, GeoJSON and Parquet."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from khabar.errors import KhabarError
from khabar.export.acled import ACLED_COLUMNS, acled_row
from khabar.export.events import export_events, iter_events
from khabar.store import ingest_records, link_store, open_store

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "linking" / "strike_reports.jsonl"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    recs = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    eng = open_store(str(tmp_path_factory.mktemp("export") / "k.db"))
    ingest_records(eng, [(r, r["text"]) for r in recs])
    link_store(eng)
    yield eng
    eng.dispose()


def _strike(evs):
    return max(evs, key=lambda e: len(e["articles"]))


def test_jsonl_follows_the_linking_contract(engine, tmp_path):
    out = tmp_path / "ev.jsonl"
    assert export_events(engine, "jsonl", out) == 3
    evs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ev = _strike(evs)
    assert len(ev["articles"]) == 6 and ev["killed"] == 15
    assert {d["field"] for d in ev["disagreements"]} == {"killed", "date", "place"}
    for d in ev["disagreements"]:
        for v in d["values"]:
            assert "value" in v and all({"article", "outlet", "speaker"} <= set(s) for s in v["sources"])
    killed = next(d for d in ev["disagreements"] if d["field"] == "killed")
    speakers = {s["speaker"] for v in killed["values"] for s in v["sources"]}
    assert "الدفاع المدني" in speakers
    assert {m["article"] for m in ev["mentions"]} == set(ev["articles"])


@pytest.mark.parametrize("filters, n", [
    pytest.param({}, 3, id="all"),
    pytest.param({"country": "ye"}, 1, id="country"),
    pytest.param({"type": "Air/drone strike"}, 2, id="subtype"),
    pytest.param({"since": "2019-07-25"}, 1, id="since"),
    pytest.param({"until": "2019-07-22"}, 2, id="until"),
    pytest.param({"limit": 1}, 1, id="limit"),
])
def test_filters(engine, filters, n):
    assert len(list(iter_events(engine, **filters))) == n


def test_acled_csv_has_acled_columns(engine, tmp_path):
    out = tmp_path / "ev.csv"
    export_events(engine, "csv", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert tuple(rows[0])[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    strike = max(rows, key=lambda r: len(r["articles"].split(";")))
    assert strike["event_date"] == "2019-07-22" and strike["fatalities"] == "15"
    assert (strike["country"], strike["iso"], strike["admin1"]) == ("Syria", "760", "Idlib")
    assert strike["time_precision"] == "1" and strike["geo_precision"] == "1"
    assert "outlet-a" in strike["source"]


def test_geojson_points(engine, tmp_path):
    out = tmp_path / "ev.geojson"
    assert export_events(engine, "geojson", out) == 3
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection"
    lon, lat = fc["features"][0]["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_parquet_typed_columns(engine, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "ev.parquet"
    assert export_events(engine, "parquet", out) == 3
    t = pq.read_table(out)
    assert set(ACLED_COLUMNS) <= set(t.column_names)
    assert str(t.schema.field("fatalities").type) == "int64"
    assert sorted(t.column("fatalities").to_pylist()) == [2, 3, 15]


def test_unknown_format(engine, tmp_path):
    with pytest.raises(KhabarError):
        export_events(engine, "xml", tmp_path / "x")


def test_acled_row_for_unknown_country_and_civilians():
    row = acled_row({"id": "e", "type": "Violence against civilians", "subtype": "Attack",
                     "country": "ZZ", "civilian": True, "killed": None})
    assert row["civilian_targeting"] == "Civilian targeting" and row["fatalities"] == 0
    assert row["actor2"] == "Civilians" and row["iso"] == ""
