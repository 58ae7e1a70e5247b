#!/usr/bin/env python3
"""Derive each country's capital city from khabar's compiled gazetteer.

Reads src/khabar/data/gazetteer/places.tsv.gz (built by scripts/build_gazetteer.py) and keeps the
rows whose GeoNames feature code is PPLC (capital of a political entity). A country with more than
one PPLC row (GeoNames cities15000 gives two small "Washington"s for the US) is left out: no guess.
Writes src/khabar/lang/ar/places/capitals_world.tsv (country, name_en, lat, lon, admin1), read by
extract/places.py for "عاصمة <country>" (the capital of a named country: عاصمة تشاد → N'Djamena).

Usage: python scripts/build_capitals.py [--gazetteer PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "src/khabar/data/gazetteer/places.tsv.gz"
OUT = ROOT / "src/khabar/lang/ar/places/capitals_world.tsv"
HEADER = ("# Capital city of each country, derived from the gazetteer's GeoNames PPLC rows by\n"
          "# scripts/build_capitals.py (never edited by hand; a country with several PPLC rows is left out).\n"
          "# country: ISO 3166-1 alpha-2; lat/lon: the city; admin1: its province in the gazetteer.\n")


def build(gazetteer: Path) -> list[tuple[str, str, str, str, str]]:
    rows: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    with gzip.open(gazetteer, "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["fcode"] == "PPLC" and r["kind"] == "city":
                rows[r["country"]].append(r)
    return [(c, rs[0]["name_en"], rs[0]["lat"], rs[0]["lon"], rs[0]["admin1"])
            for c, rs in sorted(rows.items()) if len(rs) == 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gazetteer", type=Path, default=GAZ)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    out = build(args.gazetteer)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write("country\tname_en\tlat\tlon\tadmin1\n")
        for row in out:
            f.write("\t".join(row) + "\n")
    print(f"{len(out)} capitals -> {args.out}")


if __name__ == "__main__":
    main()
