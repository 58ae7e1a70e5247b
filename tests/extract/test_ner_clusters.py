"""Word-cluster features of the NER tagger: the shipped cluster file, its loader, the features it
adds, and the build script's counting and clustering steps on written toy data."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from khabar.extract import ner

ROOT = Path(__file__).resolve().parents[2]


def _build_script():
    spec = importlib.util.spec_from_file_location("build_word_clusters", ROOT / "scripts" / "build_word_clusters.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_shipped_clusters_match_manifest_and_stay_small():
    entry = ner.manifest()["word_clusters"]
    path = ner.model_dir() / entry["file"]
    assert ner.sha256(path) == entry["sha256"]
    assert path.stat().st_size == entry["bytes"] < 3_000_000
    clusters = ner.word_clusters()
    assert len(clusters) == entry["words"]
    assert all(len(v) == len(entry.get("columns", entry["granularities"])) for v in clusters.values())


@pytest.mark.parametrize("words", [
    pytest.param(["محمد", "أحمد", "إبراهيم"], id="given-names"),
    pytest.param(["يناير", "فبراير", "أبريل"], id="months"),
    pytest.param(["دمشق", "بغداد", "القاهرة"], id="capital-cities"),
])
def test_words_of_one_class_share_a_cluster(words):
    clusters = ner.word_clusters()
    coarse = {clusters[ner.split_word(w)[2]][0] for w in words}  # the coarsest granularity (64 clusters)
    assert len(coarse) == 1, coarse


@pytest.mark.parametrize("text,expected", [
    pytest.param("stem\tk4\tk16\nدمشق\t1\t9\nحلب\t1\t3\n",
                 {"دمشق": ("k4=1", "k16=9"), "حلب": ("k4=1", "k16=3")}, id="two-granularities"),
    pytest.param("stem\tk4\nدمشق\t1\t9\nحلب\t2\n", {"حلب": ("k4=2",)}, id="ragged-row-skipped"),
    pytest.param("", {}, id="empty-file"),
])
def test_load_clusters(tmp_path, text, expected):
    path = tmp_path / "clusters.tsv"
    path.write_text(text, encoding="utf-8")
    assert ner.load_clusters(path) == expected
    assert ner.load_clusters(tmp_path / "missing.tsv") == {}


def test_stems_on_one_cluster_path_share_one_tuple(tmp_path):
    # tens of thousands of stems, far fewer paths of cluster ids: one tuple per path (memory)
    path = tmp_path / "clusters.tsv"
    path.write_text("stem\tk4\tk16\nدمشق\t1\t9\nبغداد\t1\t9\nحلب\t1\t3\n", encoding="utf-8")
    got = ner.load_clusters(path)
    assert got["دمشق"] is got["بغداد"] and got["حلب"] == ("k4=1", "k16=3")


def test_type_rows_share_equal_tuples():
    # the per-stem and per-norm rows of TypeRows: equal answers are one object (~8 MB less loaded)
    from khabar.extract.ner_type_rows import TypeRows

    stems = {"دمشق": ("k4=1", "k16=9"), "بغداد": ("k4=1", "k16=9"), "حلب": ("k4=1", "k16=3")}
    cache = ner.FeatureCache(clusters=stems)
    get2 = {"k4=1": 3, "k16=9": 4, "k16=3": 5, "w=قال": 6}
    rows = TypeRows(get2, {}, {}, cache)
    assert rows._by_stem["دمشق"] is rows._by_stem["بغداد"]
    assert rows._by_stem["دمشق"][4] == (3, 4) and rows._by_stem["حلب"][4] == (3, 5)
    assert rows.ids(("دمشق", "", "دمشق", "")) == rows.ids(("بغداد", "", "بغداد", ""))


def test_cluster_features_reach_the_window():
    stem = ner.split_word("دمشق")[2]
    cache = ner.FeatureCache(clusters={stem: ("k4=1", "k16=9")})
    own, ctx1, ctx2, _marks, _doc = cache.raw(ner.split_word("ودمشق"))
    for feats in (own, ctx1, ctx2):
        assert {"k4=1", "k16=9"} <= set(feats)
    plain = ner.FeatureCache(clusters={}).raw(ner.split_word("ودمشق"))[0]
    assert not any(f.startswith("k4=") for f in plain)
    sent = cache.sentence([ner.split_word(w) for w in "قال إن دمشق ترفض ذلك".split()])
    # a neighbour's features carry the prefix the window gives them (see FeatureCache.sentence)
    assert "+2:k4=1" in sent[4] and "-1:k16=9" in sent[1] and "k4=1" in sent[2]


def test_build_counts_contexts_within_sentences():
    pytest.importorskip("scipy")
    b = _build_script()
    # ids: 0 boundary, 1..3 words; two sentences "1 2" and "3"
    tokens = np.array([0, 1, 2, 0, 0, 3, 0], dtype=np.int32)
    rows = np.array([-1, 0, 1, 2])
    cols = np.array([0, 1, 2, 3])
    m = b.cooccurrences(tokens, rows, cols, 3, 4, (-1, 1)).toarray()
    # block 0: left neighbour, block 1: right neighbour (4 columns each)
    assert m[0].tolist() == [1, 0, 0, 0, 0, 0, 1, 0]  # word 1: boundary before, word 2 after
    assert m[1].tolist() == [0, 1, 0, 0, 1, 0, 0, 0]  # word 2: word 1 before, boundary after
    assert m[2].tolist() == [1, 0, 0, 0, 1, 0, 0, 0]  # word 3 alone in its sentence


def test_build_kmeans_is_deterministic_and_separates_groups():
    b = _build_script()
    rng = np.random.default_rng(0)
    centers = np.eye(4)[:3]
    x = np.repeat(centers, 20, axis=0) + 0.05 * rng.standard_normal((60, 4))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    a = b.spherical_kmeans(x, 3, seed=7)
    assert (a == b.spherical_kmeans(x, 3, seed=7)).all()
    assert sorted(len(set(a[i:i + 20])) for i in (0, 20, 40)) == [1, 1, 1]
    assert len(set(a)) == 3


def test_type_rows_give_the_callers_values_with_the_rows():
    # the decoder keeps what a type owes its norm and its stem (phrases, stem bigrams) in TypeRows'
    # entries: the rows are those of a TypeRows without them, the values come back with them
    from khabar.extract.ner_type_rows import TypeRows

    cache = ner.FeatureCache(clusters={"دمشق": ("k4=1",)})
    get2 = {"k4=1": 3, "w=قال": 6, "s=قال": 7}
    plain = TypeRows(get2, {}, {}, cache)
    rows = TypeRows(get2, {}, {}, cache)
    rows.keep({"وقال": "n"}, {"قال": "s", "حمص": "h"})
    for item in (("وقال", "و", "قال", ""), ("قال", "", "قال", ""), ("دمشق", "", "دمشق", ""),
                 ("بحمص", "ب", "حمص", "")):
        assert rows.ids(item) == plain.ids(item)
    assert rows.entries(("وقال", "و", "قال", ""))[2:] == ("n", "s")
    assert rows.entries(("بحمص", "ب", "حمص", ""))[2:] == (None, "h")
    assert rows.entries(("دمشق", "", "دمشق", ""))[2:] == (None, None)
