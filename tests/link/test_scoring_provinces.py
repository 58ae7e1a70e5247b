"""Linking: a place one report gives as a province and another as a town.

- The province that holds the town is the same place told at a coarser level, however far the town
  lies from the province's centre (a large province: its centre 250 km from the town).
- A neighbouring province whose centre happens to lie near the town (45 km) is another place: a clash
  "in Wadi Kabir" is no account of the clash in a town of Marj that day.
- A province centred on the town (the governorate around a capital district) is no other place.
- A region within the province (a plain, a mountain range) is not the whole province.
"""

from __future__ import annotations

import math

from khabar.link.events import Cluster, EventMention, link_mentions
from khabar.link.scoring import province_relation, score

D = 735800
TOWN = dict(lat=15.0, lon=44.0, geo_precision=1, place="Town T", admin1="Marj", country="YE")


def shifted(km: float, **kw) -> dict:
    """A place ``km`` kilometres north of the town."""
    return dict(lat=15.0 + km / 111.2, lon=44.0, country="YE", **kw)


def account(article: str, where: dict, kind=("Battles", "Armed clash"), day: int = D) -> EventMention:
    return EventMention(f"{article}:0", article, type=kind[0], subtype=kind[1], lo=day, hi=day, dated=True,
                        published=D + 1, pos=10, idx=0, **where)


def test_neighbouring_province_is_another_place():
    town = account("a", TOWN)
    wadi = account("b", shifted(45, geo_precision=3, place="Wadi Kabir", admin1="Wadi Kabir"))
    assert province_relation(wadi, town, Cluster.seed(town)) == "out"
    assert len(link_mentions([town, wadi])) == 2


def test_province_holding_the_town_far_from_its_centre():
    town = account("a", TOWN)
    marj = account("b", shifted(250, geo_precision=3, place="Marj", admin1="Al-Marj"),
                     kind=("Violence against civilians", "Attack"))
    c = Cluster.seed(town)
    assert province_relation(marj, town, c) == "in"
    assert score(marj, c) is not None
    assert [len(c.members) for c in link_mentions([town, marj])] == [2]


def test_province_centred_on_the_town_is_no_other_place():
    town = account("a", TOWN)
    around = account("b", shifted(3, geo_precision=3, place="Hawl", admin1="Hawl"))
    assert province_relation(around, town, Cluster.seed(town)) is None
    assert [len(c.members) for c in link_mentions([town, around])] == [2]


def test_region_of_the_province_is_not_the_province():
    town = account("a", TOWN)
    plain = account("b", shifted(250, geo_precision=3, place="Plain P", admin1="Marj"))
    assert province_relation(plain, town, Cluster.seed(town)) is None
    assert not math.isclose(score(plain, Cluster.seed(town)) or 0.0,
                            score(account("c", shifted(250, geo_precision=3, place="Marj", admin1="Marj")),
                                  Cluster.seed(town)) or 0.0)
