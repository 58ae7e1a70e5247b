"""Event mentions read from a doc record: who gives each casualty figure."""

from __future__ import annotations

import pytest

from khabar.link.disagreements import field_values
from khabar.link.events import Cluster
from khabar.link.mentions import mentions_from_record

# a strike told in the report's own voice (the headline's toll), with a denial by a military source,
# and the monitor's figures of another outlet; offsets are the records', the texts only label them
TEXT = "مقتل أربعة مدنيين بغارة. وقال مصدر عسكري إن الغارة طالت مقرا. وأفاد المرصد بأن ستة قتلوا."


def _span(needle: str) -> dict:
    start = TEXT.index(needle)
    return {"start": start, "end": start + len(needle), "text": needle}


def _claim(speaker: str, content: str) -> dict:
    return {"speaker": {"text": speaker, "name": speaker, **_span(speaker)}, "content": _span(content)}


CLAIMS = [_claim("مصدر عسكري", "إن الغارة طالت مقرا"), _claim("المرصد", "بأن ستة قتلوا")]


def _record(casualty: str, killed: int, conflicts: dict | None = None) -> dict:
    event = {"type": "Explosions/Remote violence", "subtype": "Air/drone strike", "date": "2024-03-08",
             "date_precision": "day", "trigger": _span("بغارة"), "killed": killed, "injured": None,
             "sources": [0, 1], "evidence": {"casualties": [_span(casualty)]}, "conflicts": conflicts or {}}
    return {"id": "a", "published": "2024-03-09", "outlet": "وكالة", "places": [], "claims": CLAIMS,
            "events": [event]}


@pytest.mark.parametrize("casualty,killed,conflicts,by", [
    pytest.param("مقتل أربعة", 4, None, (), id="told-in-the-reports-own-voice"),
    pytest.param("ستة قتلوا", 6, None, ("المرصد",), id="told-in-a-claim"),
    pytest.param("مقتل أربعة", 4, {"killed": [{"value": 4, "sources": []}, {"value": 6, "sources": [1]}]}, (),
                 id="the-chosen-figure-of-a-disagreement"),
])
def test_who_gives_the_killed_figure(casualty: str, killed: int, conflicts: dict | None, by: tuple) -> None:
    m = mentions_from_record(_record(casualty, killed, conflicts))[0]
    assert m.speakers == ("المرصد", "مصدر عسكري")  # every speaker that reports the event
    assert m.killed_by == by and m.injured_by is None  # (no injured figure: not known)


def test_a_figure_is_credited_to_its_giver_and_the_event_to_every_speaker() -> None:
    m = mentions_from_record(_record("مقتل أربعة", 4))[0]
    c = Cluster.from_members("ev", [m])
    assert [s["speaker"] for v in field_values(c, "killed") for s in v["sources"]] == [None]
    assert [s["speaker"] for v in field_values(c, "subtype") for s in v["sources"]] == ["المرصد, مصدر عسكري"]
