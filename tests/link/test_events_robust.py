"""Linking robust to what extraction gets wrong: one act coded twice at two places, an attack told
only through the arrests that followed it, one strike placed at neighbouring towns, close calls."""

from __future__ import annotations

import pytest

from khabar.link.events import Linker, link_mentions
from khabar.link.mentions import mark_follow_ups, mentions_from_record, trigger_pos
from khabar.link.model import Cluster, EventMention
from khabar.link.scoring import score
from tests.link.test_events import D, em

STORY = frozenset({"p:jabal x", "p:wadi y", "a:group z", "a:general w"})  # what the event's reports name
BORDER_TOWN = dict(lat=37.15, lon=43.0, place="Town B", country="IQ", admin1="Prov B")
CAPITAL = dict(lat=39.92, lon=32.85, place="Capital A", country="TR", admin1="Capital A")
TOWN = dict(lat=26.05, lon=50.6, place="Town S", country="BH", admin1="Prov S")


def rep(id: str, day: int | None, published: int, profile: frozenset = STORY, pos: int | None = None,
        **kw) -> EventMention:
    """A report published on day D + ``published`` whose article names ``profile``."""
    m = em(id, day, **kw)
    m.published = D + published
    m.profile = profile
    m.pos = pos
    if day is None:
        m.lo, m.hi = D + published - 10, D + published
    return m


def others(n: int = 12) -> list[EventMention]:
    """Reports of other events far away that week: they make the story's names rare."""
    return [rep(f"o{i}:0", i % 5, i % 5, frozenset({f"p:town{i}", "a:army", f"a:unit{i % 4}"}),
                lat=10 + i, lon=10 + i, place=f"town{i}", country="XX", admin1=None)
            for i in range(n)]


def story_groups(ms: list[EventMention]) -> set[frozenset[str]]:
    return {frozenset(m.article for m in c.members) for c in link_mentions(ms)
            if not any(m.article.startswith("o") for m in c.members)}


# -- one act coded twice: "air strikes and shelling on ..." placed at the capital and at the town ---

@pytest.mark.parametrize("gap, linked", [
    pytest.param(12, True, id="triggers-side-by-side-one-event"),
    pytest.param(900, False, id="triggers-far-apart-two-events"),
    pytest.param(0, False, id="one-trigger-listing-two-places-two-events"),
])
def test_one_act_coded_twice_links_across_places(gap, linked):
    strike = dict(subtype="Air/drone strike")
    shell = dict(subtype="Shelling/artillery/missile attack")
    ms = [rep("a:0", 0, 1, pos=60, **CAPITAL, **strike), rep("a:1", 0, 1, pos=60 + gap, **BORDER_TOWN, **shell),
          rep("b:0", 0, 1, pos=40, **CAPITAL, **strike), rep("b:1", 0, 1, pos=40 + gap, **BORDER_TOWN, **shell),
          rep("c:0", 0, 2, **BORDER_TOWN, **strike)]
    groups = story_groups([*ms, *others()])
    if linked:
        assert groups == {frozenset({"a", "b", "c"})}
    else:
        assert frozenset({"a", "b"}) in groups and frozenset({"a", "b", "c"}) in groups


def test_siblings_of_another_day_are_not_one_act():
    a0 = rep("a:0", 0, 1, pos=60, **CAPITAL)
    c = Cluster.seed(a0)
    a1 = rep("a:1", 4, 5, pos=70, **BORDER_TOWN)
    assert score(a1, c) is None


# -- an attack told only through the arrests that followed it --------------------------------------

ARREST = dict(type="Strategic developments", subtype="Arrests")


@pytest.mark.parametrize("day, profile, also_violent, linked", [
    pytest.param(3, STORY, False, True, id="arrests-three-days-later-same-story"),
    pytest.param(0, STORY, False, True, id="arrests-same-day"),
    pytest.param(-1, STORY, False, False, id="arrests-before-the-attack"),
    pytest.param(9, STORY, False, False, id="arrests-nine-days-later"),
    pytest.param(3, frozenset({"p:elsewhere", "a:army"}), False, False, id="arrests-other-story"),
    pytest.param(3, STORY, True, False, id="article-also-codes-violence"),
])
def test_arrests_from_a_report_without_the_attack(day, profile, also_violent, linked):
    ms = [rep("a:0", 0, 1, **TOWN, subtype="Remote explosive/landmine/IED"),
          rep("b:0", 0, 2, **TOWN, subtype="Remote explosive/landmine/IED"),
          rep("c:0", day, max(day, 0) + 1, profile, **TOWN, **ARREST)]
    if also_violent:
        ms.append(rep("c:1", 0, 1, profile, lat=10.0, lon=10.0, place="far", country="BH"))
    mark_follow_ups(ms)
    groups = story_groups([*ms, *others()])
    assert (frozenset({"a", "b", "c"}) in groups) is linked


def test_follow_up_flag_from_record():
    rec = {"id": "r", "published": "2019-07-23", "places": [], "claims": [],
           "events": [{"type": "Strategic developments", "subtype": "Arrests", "trigger": {"text": "x", "start": 7},
                       "date": "2019-07-22"},
                      {"type": "Protests", "subtype": "Peaceful protest", "trigger": "y"}]}
    a, b = mentions_from_record(rec)
    assert (a.follow_up, a.pos, b.follow_up, b.pos) == (True, 7, False, None)
    rec["events"].append({"type": "Battles", "subtype": "Armed clash"})
    assert not mentions_from_record(rec)[0].follow_up


@pytest.mark.parametrize("ev, pos", [
    pytest.param({"trigger": {"text": "x", "start": 12, "end": 13}}, 12, id="span"),
    pytest.param({"trigger": "x"}, None, id="text-only"),
    pytest.param({"trigger": {"start": "12"}}, None, id="not-an-offset"),
    pytest.param({}, None, id="none"),
])
def test_trigger_pos(ev, pos):
    assert trigger_pos(ev) == pos


# -- one strike placed at neighbouring towns by different reports --------------------------------

NEAR = dict(lat=26.55, lon=50.6, place="Town N", country="BH", admin1="Prov N")  # about 55 km north


@pytest.mark.parametrize("day, profile, linked", [
    pytest.param(0, STORY, True, id="same-day-same-story-links"),
    pytest.param(1, STORY, False, id="next-day-stays-apart"),
    pytest.param(0, frozenset({"p:elsewhere", "a:army"}), False, id="other-story-stays-apart"),
])
def test_strike_placed_at_a_nearby_town(day, profile, linked):
    ms = [rep("a:0", 0, 1, **TOWN), rep("b:0", 0, 1, **TOWN), rep("c:0", day, 2, profile, **NEAR)]
    groups = story_groups([*ms, *others()])
    assert (frozenset({"a", "b", "c"}) in groups) is linked


def test_near_miss_same_town_next_week_stays_apart_even_with_the_same_story():
    ms = [rep("a:0", 0, 1, **TOWN), rep("b:0", 0, 1, **TOWN), rep("c:0", 6, 7, **TOWN)]
    assert story_groups([*ms, *others()]) == {frozenset({"a", "b"}), frozenset({"c"})}


def test_undated_vague_account_of_another_subtype_weighs_less():
    c = Cluster.seed(rep("a:0", 0, 1, frozenset(), subtype="Air/drone strike", lat=35.65, lon=36.67))
    vague = dict(lat=35.9, lon=36.6, geo=3, place="Idlib")
    same = rep("b:0", None, 2, frozenset(), subtype="Air/drone strike", **vague)
    other = rep("c:0", None, 2, frozenset(), subtype="Remote explosive/landmine/IED", **vague)
    assert score(same, c) - score(other, c) >= 0.25


# -- a close call goes to the better-reported event ----------------------------------------------

def test_close_call_goes_to_the_better_reported_event():
    # an undated account fits both: the small event shares its (zero) toll, the big one has 4x the reports
    big = [rep(f"z{i:02d}:0", 0, 1, frozenset(), **TOWN) for i in range(20)]
    small = [rep(f"a{i}:0", 2, 3, frozenset(), killed=0, **TOWN) for i in range(5)]
    lk = Linker()
    lk.add([*big, *small])
    assert sorted(len(c.articles) for c in lk.clusters.values()) == [5, 20]
    lk.add([rep("u:0", None, 3, frozenset(), killed=0, **TOWN)])
    (cid,) = lk.changed
    assert len(lk.clusters[cid].articles) == 21
