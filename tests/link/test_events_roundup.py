"""Round-ups (one article telling of events at many places) link only the account that agrees with an
event on its own type, place and day: the article's many places and actors vouch for none of them."""

from __future__ import annotations

import pytest

from khabar.link.events import link_mentions
from khabar.link.mentions import mark_round_ups, mentions_from_record
from tests.link.test_events import TOWN, groups, others, rep, story_groups

VAGUE = dict(lat=35.0, lon=38.0, geo=3, place="Province P", country="SY", admin1=None)


def round_up(id: str, *accounts: dict) -> list:
    """An article's accounts, each a dict of rep() keywords (day, published, place ...)."""
    out = [rep(f"{id}:{i}", **kw) for i, kw in enumerate(accounts)]
    mark_round_ups(out)
    return out


FAR_A = dict(lat=15.0, lon=44.0, place="Town A", country="YE", admin1="A")
FAR_B = dict(lat=14.0, lon=45.0, place="Town B", country="YE", admin1="B")
FAR_C = dict(lat=13.0, lon=46.0, place="Town C", country="YE", admin1="C")


@pytest.mark.parametrize("places, flagged", [
    pytest.param([TOWN, FAR_A, FAR_B], True, id="three-places"),
    pytest.param([TOWN, FAR_A, FAR_A], False, id="two-places"),
    pytest.param([TOWN], False, id="one-place"),
    pytest.param([TOWN, dict(lat=None, lon=None, geo=None, place=None), FAR_A], False,
                 id="unplaced-account-is-no-place"),
])
def test_round_up_is_an_article_with_events_at_many_places(places, flagged):
    ms = round_up("r", *[dict(day=0, published=1, **p) for p in places])
    assert {m.round_up for m in ms} == {flagged}


def test_round_up_flag_from_record():
    def ev(name: str, lat: float) -> dict:
        return {"type": "Battles", "subtype": "Armed clash", "date": "2019-07-22", "date_precision": "day",
                "place": {"name": name, "country": "YE", "lat": lat, "lon": 44.0, "precision": 1}}

    rec = {"id": "r", "published": "2019-07-23", "places": [], "claims": [],
           "events": [ev("Town A", 15.0), ev("Town B", 14.0), ev("Town C", 13.0)]}
    assert all(m.round_up for m in mentions_from_record(rec))
    rec["events"] = rec["events"][:2]
    assert not any(m.round_up for m in mentions_from_record(rec))


@pytest.mark.parametrize("roundup, linked", [
    pytest.param(False, True, id="one-event-article-naming-the-town-links"),
    pytest.param(True, False, id="round-up-naming-the-town-stays-apart"),
])
def test_vague_account_of_a_round_up_is_not_vouched_for_by_the_towns_it_names(roundup, linked):
    a, b = rep("a:0", 0, 1, **TOWN), rep("b:0", 0, 1, **TOWN)
    accounts = [dict(day=0, published=2, **VAGUE)]
    if roundup:  # the same article also tells of clashes at two far towns
        accounts += [dict(day=0, published=2, **FAR_A), dict(day=0, published=2, **FAR_B)]
    c = round_up("c", *accounts)
    for m in c:
        m.context = frozenset({"suruc", "town a", "town b"})
    grouped = any({"a", "b", "c"} <= g for g in groups([a, b, *c]))
    assert grouped is linked


@pytest.mark.parametrize("roundup, linked", [
    pytest.param(False, True, id="one-event-article-with-the-story-links"),
    pytest.param(True, False, id="round-up-with-the-story-stays-apart"),
])
def test_country_only_account_of_a_round_up_needs_more_than_article_evidence(roundup, linked):
    a, b = rep("a:0", 0, 1, **TOWN), rep("b:0", 0, 1, **TOWN)
    accounts = [dict(day=0, published=3, lat=None, lon=None, geo=None, place="Syria", country="SY", admin1=None)]
    if roundup:  # the same article also tells of clashes at three far towns
        accounts += [dict(day=0, published=3, **p) for p in (FAR_A, FAR_B, FAR_C)]
    c = round_up("c", *accounts)
    grouped = any({"a", "b", "c"} <= g for g in story_groups([a, b, *c, *others()]))
    assert grouped is linked


def test_round_up_links_its_account_that_agrees_on_type_place_and_day():
    a, b = rep("a:0", 0, 1, **TOWN), rep("b:0", 0, 1, **TOWN)
    c = round_up("c", dict(day=0, published=2, **TOWN), dict(day=0, published=2, **FAR_A),
                 dict(day=0, published=2, **FAR_B))
    got = {frozenset(m.id for m in cl.members) for cl in link_mentions([a, b, *c, *others()])}
    assert frozenset({"a:0", "b:0", "c:0"}) in got
    assert {frozenset({"c:1"}), frozenset({"c:2"})} <= got  # its other accounts stay events of their own
