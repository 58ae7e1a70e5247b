"""The events stage on classes of reports beyond air strikes: attacks on civilian places, generic
attacks that name a suicide bombing, accidents, diplomatic expulsions, purposes and riots.

Cases build their Doc by hand (see :mod:`tests.extract.test_events`), so they do not depend on the
other stages.
"""

from __future__ import annotations

import pytest

from tests.extract.test_events import run

YESTERDAY = (("أمس", "2015-08-05", "day"),)


@pytest.mark.parametrize("text,subtype", [
    pytest.param("وقتل مسلحون عشرة أشخاص في هجوم على فندق في عدن أمس.", "Attack", id="hotel"),
    pytest.param("وكان أبرزها الهجوم على متحف في حلب أمس الذي أدى إلى مقتل 22 شخصا.", "Attack", id="museum"),
    pytest.param("ووقع هجوم مماثل في منتجع ساحلي قرب عدن أمس على يد مسلحين.", "Attack",
                 id="resort-doers-named-after"),
    pytest.param("وقتل 12 شخصا في الهجوم على فندق في عدن أمس، وبين القتلى خمسة من القوات الحكومية.",
                 "Armed clash", id="hotel-with-forces-among-the-dead"),
    pytest.param("وقتل مسلح ثلاثة سياح في هجوم على شاطئ قرب عدن أمس.", "Attack", id="tourists"),
])
def test_attack_on_a_civilian_place(text: str, subtype: str) -> None:
    doc = run(text, times=YESTERDAY)
    assert [e.subtype for e in doc.events] == [subtype]


def test_attack_near_the_one_suicide_bombing_is_that_bombing() -> None:
    text = ("قتل 21 شخصا في هجوم في عدن أمس.\n"
            "وقالت الوزارة إن انتحاريا فجر نفسه في سوق الحوطة أمس.")
    doc = run(text, times=(("أمس", "2015-08-05", "day"), ("أمس", "2015-08-05", "day", 2)),
              places=("عدن", "الحوطة"))
    assert [(e.subtype, e.place.name) for e in doc.events] == [("Suicide bomb", "Al-Hawtah")]
