#!/usr/bin/env python3
"""Build the offline map outlines shipped with the web UI.

Sources (read-only, in ../shared/data/gazetteer): Natural Earth country outlines
(naturalearth/mena_countries_50m.geojson, public domain) and Who's On First admin-1 polygons
(whosonfirst/wof_mena_admin1.geojson, CC BY 4.0). Coordinates are rounded to 0.02° and repeated
points dropped, which keeps the file small enough to serve with every map page.

    python scripts/build_outlines.py [--shared ../shared] [-o src/khabar/web/static/outlines.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

STEP = 0.02


def _ring(coords: list) -> list:
    out: list = []
    for lon, lat, *_ in coords:
        p = [round(round(lon / STEP) * STEP, 2), round(round(lat / STEP) * STEP, 2)]
        if not out or out[-1] != p:
            out.append(p)
    return out if len(out) >= 4 else []


def _polys(geom: dict) -> list:
    if geom["type"] == "Polygon":
        polys = [geom["coordinates"]]
    elif geom["type"] == "MultiPolygon":
        polys = geom["coordinates"]
    else:
        return []
    out = []
    for poly in polys:
        outer = _ring(poly[0])
        if outer:
            out.append(outer)
    return out


def build(shared: Path) -> dict:
    gaz = shared / "data" / "gazetteer"
    countries = json.loads((gaz / "naturalearth" / "mena_countries_50m.geojson").read_text())
    admin1 = json.loads((gaz / "whosonfirst" / "wof_mena_admin1.geojson").read_text())
    return {
        "credits": "Natural Earth (public domain); Data from Who's On First (CC BY 4.0)",
        "countries": [{"iso": f["properties"].get("iso_a2"), "name": f["properties"].get("name"),
                       "polys": _polys(f["geometry"])} for f in countries["features"]],
        "admin1": [{"country": f["properties"].get("country"), "name": f["properties"].get("name"),
                    "name_ar": f["properties"].get("name_ar"), "polys": _polys(f["geometry"])}
                   for f in admin1["features"]],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("-o", "--output", default="src/khabar/web/static/outlines.json")
    args = ap.parse_args()
    data = build(Path(args.shared))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    Path(args.output).write_text(text, encoding="utf-8")
    sha = hashlib.sha256(text.encode()).hexdigest()
    print(f"wrote {args.output}: {len(text) / 1e6:.2f} MB, {len(data['countries'])} countries, "
          f"{len(data['admin1'])} admin-1, sha256 {sha[:12]}")


if __name__ == "__main__":
    main()
