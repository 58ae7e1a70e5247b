"""Linking rules: how an act was done (shooting vs explosion) and background re-tellings of an event."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.link.events import EventMention, link_mentions
from khabar.link.mentions import date_bounds
from khabar.link.model import Cluster, mode_of
from khabar.link.scoring import retelling, score
from tests.link.conftest import groups

D = dt.date(2019, 3, 10).toordinal()


def em(id: str, day: int | None = 0, *, prec: str = "day", trigger: str | None = None,
       subtype: str = "Remote explosive/landmine/IED", type: str = "Explosions/Remote violence",
       place: str = "Kirkuk", lat: float = 35.47, lon: float = 44.39, published: int = 0) -> EventMention:
    if day is None:
        lo, hi, dated = D + published - 10, D + published, False
    else:
        lo, hi = date_bounds(dt.date.fromordinal(D + day).isoformat(), prec, None)
        dated = True
    return EventMention(id=id, article=id.split(":")[0], type=type, subtype=subtype,
                        date=dt.date.fromordinal(D + day).isoformat() if day is not None else None,
                        date_precision=prec if day is not None else None, lo=lo, hi=hi, dated=dated,
                        place=place, country="IQ", admin1="Kirkuk", lat=lat, lon=lon, geo_precision=1,
                        trigger=trigger, published=D + published)


@pytest.mark.parametrize("trigger, mode", [
    pytest.param("أطلقوا النار", "fire", id="opened-fire"),
    pytest.param("برصاص قناص", "fire", id="sniper-bullet"),
    pytest.param("انفجار", "blast", id="explosion"),
    pytest.param("التفجيرات", "blast", id="bombings"),
    pytest.param("سيارة مفخخة", "blast", id="car-bomb"),
    pytest.param("فجر نفسه", "blast", id="blew-himself-up"),
    pytest.param("الهجوم", None, id="attack-says-neither"),
    pytest.param("اشتباكات", None, id="clashes-say-neither"),
    pytest.param("انفجار وإطلاق نار", None, id="both-ways-is-neither"),
    pytest.param(None, None, id="no-trigger"),
])
def test_mode_of(trigger: str | None, mode: str | None) -> None:
    assert mode_of(trigger) == mode


def _fire(id: str, trigger: str = "فتح مسلحون النار") -> EventMention:
    return em(id, trigger=trigger, subtype="Attack", type="Violence against civilians")


@pytest.mark.parametrize("mentions, expected", [
    pytest.param([em("a:0", trigger="انفجار"), em("b:0", trigger="تفجير")], {frozenset("ab")},
                 id="two-blasts-link"),
    pytest.param([em("a:0", trigger="انفجار"), em("b:0", trigger="الهجوم")], {frozenset("ab")},
                 id="blast-and-neutral-attack-link"),
    pytest.param([em("a:0", trigger="انفجار"), em("b:0", trigger="سيارة مفخخة"), _fire("c:0"),
                  _fire("d:0", "أطلقا النار")], {frozenset("ab"), frozenset("cd")},
                 id="shooting-and-car-bomb-same-city-same-day-are-two-acts"),
])
def test_mode_keeps_two_acts_apart(mentions: list[EventMention], expected: set) -> None:
    assert groups(mentions) == expected


def test_mode_joins_once_an_account_tells_both() -> None:
    c = Cluster.seed(em("a:0", trigger="انفجار"))
    assert score(_fire("b:0"), c) is None
    c.add(em("c:0", trigger="أطلق المهاجمون النار"))  # an assault told both ways by one report
    assert score(_fire("b:0"), c) is not None


def _event(n: int = 3) -> list[EventMention]:
    return [em(f"e{i}:0", 0, trigger="انفجار", published=1) for i in range(n)]


@pytest.mark.parametrize("late, n, linked", [
    pytest.param(em("r:0", 8, prec="week", published=9), 3, True, id="week-dated-retelling-links"),
    pytest.param(em("r:0", None, published=20), 3, True, id="undated-retelling-weeks-later-links"),
    pytest.param(em("r:0", 8, published=9), 3, False, id="day-dated-eight-days-later-is-another"),
    pytest.param(em("r:0", 8, prec="week", published=9), 2, False, id="thinly-reported-event-no"),
    pytest.param(em("r:0", 8, prec="week", published=9, place="Tuz", lat=34.88, lon=44.63), 3,
                 False, id="other-town-no"),
    pytest.param(em("r:0", 8, prec="week", published=9, subtype="Air/drone strike"), 3, False,
                 id="other-sub-event-no"),
    pytest.param(em("r:0", None, published=45), 3, False, id="beyond-retell-days-no"),
])
def test_retelling(late: EventMention, n: int, linked: bool) -> None:
    ev = _event(n)
    together = any({"r"} | {m.article for m in ev} == {m.article for m in c.members}
                   for c in link_mentions(ev + [late]))
    assert together is linked


def test_retelling_needs_the_same_town() -> None:
    c = Cluster.seed(_event()[0])
    for m in _event()[1:]:
        c.add(m)
    assert retelling(em("r:0", 8, prec="week", published=9), c, same_place=True)
    assert not retelling(em("r:0", 8, prec="week", published=9), c, same_place=False)


def _with_toll(id: str, killed: int, published: int) -> EventMention:
    m = em(id, trigger="انفجار", published=published)
    m.killed = killed
    return m


def test_risen_toll_is_no_disagreement() -> None:
    c = Cluster.seed(_with_toll("a:0", 3, 0))
    later, same_day = _with_toll("b:0", 20, 1), _with_toll("c:0", 20, 0)
    later.lo = later.hi = same_day.lo  # same account, only the publication day differs
    sl, ss = score(later, c), score(same_day, c)
    assert sl is not None and ss is not None and sl > ss


def test_town_taken_passes_an_undated_bound() -> None:
    """Territory changes hands once: an account of the same town taken, dated a day or two after what an
    undated report's publication allows, is still that event (a re-telling dated late)."""
    take = dict(subtype="Government regains territory", type="Battles", trigger="السيطرة")
    c = Cluster.seed(em("a:0", 0, published=1, **take))
    c.add(em("b:0", None, published=1, **take))  # undated: happened by day 1
    late = em("r:0", 2, published=3, **take)
    assert score(late, c) is not None
    other = em("s:0", 2, published=3, trigger="انفجار")  # a bombing there is no re-telling of it
    assert score(other, c) is None
