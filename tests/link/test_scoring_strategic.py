"""Linking: strategic developments share no kind of deed.

An arrest, reinforcements sent to a town, a truce and a plane crash are all "Strategic developments";
two reports agreeing only on that type tell two developments, even at one town on one day. A raid
that seized weapons and arrested men (Disrupted weapons use / Arrests), and a surrender that handed
over a town (Agreement / Non-violent transfer of territory), are one development told two ways.
"""

from __future__ import annotations

import pytest

from khabar.link.events import EventMention, link_mentions

D = 735800
TOWN = dict(lat=12.8, lon=45.03, geo_precision=1, place="Town A", admin1="Sahil", country="YE")
SD = "Strategic developments"


def account(article: str, subtype: str) -> EventMention:
    return EventMention(f"{article}:0", article, type=SD, subtype=subtype, lo=D, hi=D, dated=True,
                        published=D + 1, pos=10, idx=0, **TOWN)


@pytest.mark.parametrize("a, b, events", [
    pytest.param("Arrests", "Other", 2, id="arrests-and-reinforcements-two"),
    pytest.param("Change to group/activity", "Arrests", 2, id="defections-and-arrests-two"),
    pytest.param("Arrests", "Disrupted weapons use", 1, id="raid-seizing-weapons-one"),
    pytest.param("Agreement", "Non-violent transfer of territory", 1, id="surrender-handing-over-one"),
    pytest.param("Arrests", "Arrests", 1, id="same-sub-event-one"),
])
def test_strategic_sub_events(a, b, events):
    assert len(link_mentions([account("a", a), account("b", b)])) == events
