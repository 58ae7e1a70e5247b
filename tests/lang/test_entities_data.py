"""The entity lexicons of lang/ar/entities validate: known labels, ACLED categories and kinds, no
name claimed by two actors, no duplicate rows."""

from __future__ import annotations

from collections import Counter

import pytest

from khabar.extract.entities import ACTOR_CATEGORIES, ACTOR_LABELS
from khabar.lang import load_tsv, load_yaml
from khabar.text.normalize import normalize_form

CUE_KINDS = {"title", "role", "org_head", "loc_head", "per_trigger", "nationality", "currency", "religion", "misc_head",
             "org_name"}


def test_actors_yaml_entries_are_complete():
    entries = load_yaml("entities/actors.yaml")
    assert isinstance(entries, list) and len(entries) >= 30
    for e in entries:
        where = e.get("canonical")
        assert set(e) == {"canonical", "label", "category", "names"}, where
        assert e["label"] in ACTOR_LABELS, where
        assert e["category"] is None or e["category"] in ACTOR_CATEGORIES, where
        assert isinstance(e["names"], list) and all(isinstance(n, str) and n.strip() for n in e["names"]), where


def test_no_name_belongs_to_two_actors():
    owner: dict[str, str] = {}
    for e in load_yaml("entities/actors.yaml"):
        for name in [e["canonical"], *e["names"]]:
            key = " ".join(normalize_form(name).split())
            assert owner.setdefault(key, e["canonical"]) == e["canonical"], f"{name}: {owner[key]} / {e['canonical']}"


def test_canonical_names_are_unique():
    counts = Counter(e["canonical"] for e in load_yaml("entities/actors.yaml"))
    assert [c for c, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("name,required,column,allowed", [
    pytest.param("cues.tsv", ("form", "kind", "gloss_en"), "kind", CUE_KINDS, id="cues"),
    pytest.param("first_names.tsv", ("form", "gender", "origin"), "gender", {"m", "f", "x"}, id="first-names"),
    pytest.param("world_places.tsv", ("form", "name_en", "kind"), "kind",
                 {"country", "capital", "city", "region"}, id="world-places"),
])
def test_tsv_lexicons_validate(name, required, column, allowed):
    rows = load_tsv(f"entities/{name}", required=required)
    assert rows
    bad = [(r["_line"], r[column]) for r in rows if r[column] not in allowed]
    assert bad == []
    keys = Counter((normalize_form(r["form"]), r[column]) for r in rows)
    assert [k for k, n in keys.items() if n > 1] == []
