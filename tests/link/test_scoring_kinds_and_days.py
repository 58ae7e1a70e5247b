"""Linking: reports of one deed that the extraction codes or places differently.

- Property destruction is a violent sub-event: the house the attackers set on fire is "Looting/property
  destruction" in one report and the attack itself in others; the same town on the same day is one event.
- Two accounts that each give a day of their own (not the report's publication day) three days apart
  are two acts (a second bombing in the city), even where the article evidence is strong; a date two
  days off, or a report dated only by its publication, keeps the wider DATE_SLACK.
"""

from __future__ import annotations

import pytest

from khabar.link.blocking import BlockIndex
from khabar.link.events import Cluster, EventMention, link_mentions
from khabar.link.model import family
from khabar.link.scoring import score

D = 735800
TOWN = dict(lat=32.06, lon=35.35, geo_precision=1, place="Town Q", admin1="Prov Q", country="PS")
CITY = dict(lat=32.22, lon=35.26, geo_precision=1, place="City R", admin1="Prov Q", country="PS")
ATTACK = ("Violence against civilians", "Attack")
BURNT = ("Strategic developments", "Looting/property destruction")
ARREST = ("Strategic developments", "Arrests")


def account(article: str, kind: tuple[str, str], day: int, where: dict, idx: int = 0,
            published: int = D + 1) -> EventMention:
    return EventMention(f"{article}:{idx}", article, type=kind[0], subtype=kind[1], lo=day, hi=day,
                        dated=True, published=published, pos=10 + 500 * idx, idx=idx, **where)


@pytest.mark.parametrize("kind, fam", [
    pytest.param(BURNT, "violence", id="property-destruction-is-violent"),
    pytest.param(ATTACK, "violence", id="attack"),
    pytest.param(ARREST, "strategic", id="arrests-stay-strategic"),
    pytest.param(("Protests", "Peaceful protest"), "demonstrations", id="protest"),
    pytest.param((None, None), "other", id="nothing"),
])
def test_family(kind, fam):
    assert family(*kind) == fam


def test_burning_found_by_blocking_with_the_attack():
    ix = BlockIndex()
    c = Cluster.seed(account("a", ATTACK, D, TOWN))
    ix.register(c)
    m = account("z", BURNT, D, TOWN)
    assert [x.id for x in ix.candidates(m, {c.id: c}, lambda m: [])] == [c.id]


@pytest.mark.parametrize("burnt, joins", [
    pytest.param(account("z", BURNT, D, TOWN), True, id="same-town-same-day"),
    pytest.param(account("z", BURNT, D + 6, TOWN, published=D + 7), False, id="days-later"),
    pytest.param(account("z", BURNT, D, dict(TOWN, lat=33.5, lon=36.3, place="Town S",
                                             admin1="Prov S", country="SY")), False,
                 id="another-country"),
])
def test_burning_joins_the_attack(burnt, joins):
    ms = [account("a", ATTACK, D, TOWN), account("b", ATTACK, D, TOWN), burnt]
    groups = [{m.article for m in c.members} for c in link_mentions(ms)]
    assert ({"a", "b", "z"} in groups) is joins


BOMB = ("Explosions/Remote violence", "Suicide bomb")


@pytest.mark.parametrize("day, published, can_join", [
    pytest.param(D + 3, D + 4, False, id="own-days-three-apart"),
    pytest.param(D + 2, D + 3, True, id="own-days-two-apart"),
    pytest.param(D + 3, D + 3, True, id="dated-by-publication"),
])
def test_days_of_their_own(day, published, can_join):
    c = Cluster.seed(account("a", BOMB, D, TOWN, published=D + 1))
    c.add(account("b", BOMB, D, TOWN, published=D + 1))
    later = account("z", BOMB, day, TOWN, published=published)
    assert (score(later, c) is not None) is can_join
