"""Linked events as ACLED rows: a CSV with ACLED's column names, and Parquet (via pyarrow).

Reads the event dicts of :func:`khabar.export.events.iter_events`; writes one row per event with
ACLED's columns (event_date, time_precision, event_type, sub_event_type, actor1, assoc_actor_1,
inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, country,
admin1, admin2, admin3, location, latitude, longitude, geo_precision, source, source_scale, notes,
fatalities), led by ``event_id_cnty`` and followed by khabar's ``articles`` and ``disagreements``, so
existing ACLED workflows read the file unchanged. No data files (country codes are below).

Example::

    >>> acled_row({"id": "ev-1", "type": "Battles", "subtype": "Armed clash", "date": "2015-08-03",
    ...            "date_precision": "day", "country": "YE", "killed": None})["country"]
    'Yemen'
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

ACLED_COLUMNS = ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
                 "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
                 "admin3", "location", "latitude", "longitude", "geo_precision", "source",
                 "source_scale", "notes", "fatalities")
EXTRA_COLUMNS = ("injured", "articles", "disagreements")

# ISO 3166-1 alpha-2 -> (numeric code, name, ACLED region) for the regions Arabic news covers most.
COUNTRIES: dict[str, tuple[int, str, str]] = {
    "DZ": (12, "Algeria", "Northern Africa"), "BH": (48, "Bahrain", "Middle East"),
    "DJ": (262, "Djibouti", "Eastern Africa"), "EG": (818, "Egypt", "Northern Africa"),
    "ER": (232, "Eritrea", "Eastern Africa"), "ET": (231, "Ethiopia", "Eastern Africa"),
    "IR": (364, "Iran", "Middle East"), "IQ": (368, "Iraq", "Middle East"),
    "IL": (376, "Israel", "Middle East"), "JO": (400, "Jordan", "Middle East"),
    "KW": (414, "Kuwait", "Middle East"), "LB": (422, "Lebanon", "Middle East"),
    "LY": (434, "Libya", "Northern Africa"), "MR": (478, "Mauritania", "Western Africa"),
    "MA": (504, "Morocco", "Northern Africa"), "OM": (512, "Oman", "Middle East"),
    "PS": (275, "Palestine", "Middle East"), "QA": (634, "Qatar", "Middle East"),
    "SA": (682, "Saudi Arabia", "Middle East"), "SO": (706, "Somalia", "Eastern Africa"),
    "SD": (729, "Sudan", "Northern Africa"), "SS": (728, "South Sudan", "Eastern Africa"),
    "SY": (760, "Syria", "Middle East"), "TN": (788, "Tunisia", "Northern Africa"),
    "TR": (792, "Turkey", "Middle East"), "AE": (784, "United Arab Emirates", "Middle East"),
    "YE": (887, "Yemen", "Middle East"), "AF": (4, "Afghanistan", "South Asia"),
    "PK": (586, "Pakistan", "South Asia"), "IN": (356, "India", "South Asia"),
    "ML": (466, "Mali", "Western Africa"), "NE": (562, "Niger", "Western Africa"),
    "NG": (566, "Nigeria", "Western Africa"), "TD": (148, "Chad", "Middle Africa"),
    "CY": (196, "Cyprus", "Europe"), "FR": (250, "France", "Europe"),
    "GB": (826, "United Kingdom", "Europe"), "US": (840, "United States", "North America"),
    "RU": (643, "Russia", "Europe"), "UA": (804, "Ukraine", "Europe"),
}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def _country(code: str | None) -> tuple[int | None, str | None, str | None]:
    if not code:
        return None, None, None
    if code in COUNTRIES:
        return COUNTRIES[code]
    try:
        from babel import Locale

        return None, Locale("en").territories.get(code, code), None
    except Exception:  # babel data missing: the code is still informative
        return None, code, None


def _notes(ev: dict[str, Any]) -> str:
    parts = []
    where = ev.get("location") or ev.get("admin1") or ev.get("country") or "an unknown place"
    parts.append(f"On {ev.get('date') or 'an unknown date'}, {ev.get('subtype') or ev.get('type')} in {where}.")
    n = len(ev.get("articles") or [])
    if n:
        parts.append(f"Reported by {n} article(s).")
    dis = [d["field"] for d in ev.get("disagreements") or []]
    if dis:
        parts.append("Sources disagree on: " + ", ".join(dis) + ".")
    return " ".join(parts)


def acled_row(ev: dict[str, Any]) -> dict[str, Any]:
    iso, country, region = _country(ev.get("country"))
    civ = bool(ev.get("civilian"))
    return {
        "event_id_cnty": ev["id"],
        "event_date": ev.get("date") or "",
        "time_precision": TIME_PRECISION.get(ev.get("date_precision") or "", 3),
        "event_type": ev.get("type") or "",
        "sub_event_type": ev.get("subtype") or "",
        "actor1": ev.get("actor1") or "",
        "assoc_actor_1": "",
        "inter1": "",
        "actor2": ev.get("actor2") or ("Civilians" if civ else ""),
        "assoc_actor_2": "",
        "inter2": 7 if civ else "",
        "interaction": "",
        "civilian_targeting": "Civilian targeting" if civ else "",
        "iso": iso if iso is not None else "",
        "region": region or "",
        "country": country or "",
        "admin1": ev.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": ev.get("location") or "",
        "latitude": ev.get("lat") if ev.get("lat") is not None else "",
        "longitude": ev.get("lon") if ev.get("lon") is not None else "",
        "geo_precision": ev.get("geo_precision") or 3,
        "source": "; ".join(ev.get("outlets") or []),
        "source_scale": "",
        "notes": _notes(ev),
        "fatalities": ev.get("killed") or 0,
        "injured": ev.get("injured") if ev.get("injured") is not None else "",
        "articles": ";".join(ev.get("articles") or []),
        "disagreements": json.dumps(ev.get("disagreements") or [], ensure_ascii=False),
    }


def write_csv(evs: Iterable[dict[str, Any]], out: IO[str]) -> int:
    w = csv.DictWriter(out, fieldnames=[*ACLED_COLUMNS, *EXTRA_COLUMNS])
    w.writeheader()
    n = 0
    for ev in evs:
        w.writerow(acled_row(ev))
        n += 1
    return n


def write_parquet(evs: Iterable[dict[str, Any]], path: str | Path) -> int:
    """ACLED columns with proper types (numbers as numbers, blanks as nulls)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    ints = {"time_precision", "inter1", "inter2", "iso", "geo_precision", "fatalities", "injured"}
    floats = {"latitude", "longitude"}
    cols: dict[str, list[Any]] = {c: [] for c in (*ACLED_COLUMNS, *EXTRA_COLUMNS)}
    for ev in evs:
        row = acled_row(ev)
        for c in cols:
            v = row[c]
            cols[c].append(None if v == "" and (c in ints or c in floats or c == "interaction") else v)
    schema = pa.schema([(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string())
                        for c in cols])
    table = pa.table({c: pa.array(v, type=schema.field(c).type) for c, v in cols.items()}, schema=schema)
    pq.write_table(table, str(path))
    return table.num_rows
