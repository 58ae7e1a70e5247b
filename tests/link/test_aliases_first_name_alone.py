"""A man named by his first name alone after a verbal noun that governs it (إعدام سليمان), with the
entities model's misreadings around it: a plural nisba read as his surname (حراس سليمان الشخصيين) and
the outlet's keyword line, whose names run together (سمات … )."""

from __future__ import annotations

from khabar.doc import Article, Doc, EntityMention
from khabar.link.alias_forms import derived_verbal_noun
from khabar.link.aliases import extract_aliases
from tests.link.conftest import cluster_sets


def _with_model_names(text: str, *names: str) -> list[set[str]]:
    """The clusters of ``text`` when the entities model tagged ``names`` (last occurrences) as PER."""
    doc = Doc(Article(id="t", text=text))
    doc.entities = [EntityMention(doc.span(text.rindex(n), text.rindex(n) + len(n)), "PER") for n in names]
    extract_aliases(doc)
    return cluster_sets(doc)


BODY = ("وطالب المحتجون بمحاكمة كمال نديم الخطيب المتهم بقتل ضابط في المدينة. وقال شهود إن كمال الخطيب "
        "أطلق النار بعد مشادة، وإن أحد حراس كمال الشخصيين شارك في الهجوم. وردد المحتجون \"نريد إعدام كمال\".")


def test_first_name_after_a_verbal_noun_stands_for_the_man() -> None:
    got = _with_model_names(BODY, "كمال نديم الخطيب", "كمال الشخصيين")
    assert any({"كمال نديم الخطيب", "كمال الخطيب", "كمال"} <= c for c in got)


def test_keyword_line_gives_no_name() -> None:
    text = BODY + " سمات سامر الخطيب كمال الخطيب المدينة"
    got = _with_model_names(text, "كمال نديم الخطيب", "كمال الشخصيين", "سامر الخطيب كمال")
    assert not any("سامر الخطيب كمال" in c for c in got)
    assert any({"كمال نديم الخطيب", "كمال"} <= c for c in got)


def test_derived_verbal_nouns() -> None:
    assert all(derived_verbal_noun(w) for w in ("اعدام", "اعتقال", "استهداف", "انفجار"))
    assert not any(derived_verbal_noun(w) for w in ("احمد", "سليمان", "اياد"))
