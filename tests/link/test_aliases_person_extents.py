"""Person name extents: a name written with its particle apart and joined, and a given name that
opens another man's name."""

from __future__ import annotations

from khabar.doc import Article, Doc, EntityMention
from khabar.link.aliases import extract_aliases
from tests.link.conftest import cluster_sets


def _with_model_names(text: str, *names: str) -> list[set[str]]:
    """The clusters of ``text`` when the entities model tagged ``names`` (first occurrences) as PER."""
    doc = Doc(Article(id="t", text=text))
    doc.entities = [EntityMention(doc.span(text.index(n), text.index(n) + len(n)), "PER") for n in names]
    extract_aliases(doc)
    return cluster_sets(doc)


def test_name_written_with_its_particle_apart_and_joined_is_two_forms() -> None:
    text = ("واتهم المتحدث الرئيس السابق علي عبدالله صالح بدعم المتمردين في الشمال. وأضاف أن أنصار "
            "الرئيس السابق، علي عبد الله صالح، يقاتلون في المدينة.")
    got = _with_model_names(text, "عبدالله صالح")
    assert {"علي عبدالله صالح", "علي عبد الله صالح"} in got
    assert not any("علي عبد الله" in c for c in got)


def test_given_name_opening_another_name_is_no_surname_written_alone() -> None:
    text = ("وقالت النقابة إن أنصار الرئيس السابق علي عبدالله صالح اختطفوا الصحفي عبدالله كامل. وأضافت أن "
            "صالح يتحمل المسؤولية.")
    got = _with_model_names(text, "عبدالله صالح", "عبدالله كامل")
    assert {"علي عبدالله صالح", "صالح"} in got
