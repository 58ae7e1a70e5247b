"""The Parquet row builder: a record's row is appended whole or not at all."""

from __future__ import annotations

import pytest

from khabar.runners.parquet import SCHEMA, TableBuilder, records_to_table

GOOD = {"id": "a1", "title": "t", "outlet": "o", "url": None, "published": "2015-08-09",
        "times": [{"start": 0, "end": 3}], "places": [], "events": [], "note": 1}


@pytest.mark.parametrize("bad", [
    pytest.param({"id": "b", "published": "not a date"}, id="bad-date"),
    pytest.param({"id": "b", "events": [object()]}, id="unserialisable-list"),
])
def test_a_failing_record_adds_no_partial_row(bad):
    rows = TableBuilder()
    rows.add(GOOD, "f.jsonl:1")
    with pytest.raises((ValueError, TypeError)):
        rows.add(bad, "f.jsonl:2")
    assert rows.rows == 1
    assert {len(col) for col in rows.cols.values()} == {1}
    assert rows.table().equals(records_to_table([GOOD], ["f.jsonl:1"]))


def test_builder_fills_every_column_of_the_schema():
    rows = TableBuilder()
    rows.add(GOOD, "f.jsonl:1")
    row = rows.table().to_pylist()[0]
    assert list(row) == SCHEMA.names
    assert row["origin"] == "f.jsonl:1"
    assert row["extra"] == '{"note":1}'
    assert row["times"] == '[{"start":0,"end":3}]'
