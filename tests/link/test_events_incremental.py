"""Incremental linking: reports linked over several runs end as one run over all of them would link
them (the events the new reports are compared with are re-linked), at a cost bounded by the new
reports' neighbourhood."""

from __future__ import annotations

import random

import pytest

from khabar.link.events import Linker, link_mentions
from khabar.link.model import EventMention
from tests.link.test_events_robust import BORDER_TOWN, CAPITAL, TOWN, others, rep

STRIKE = dict(subtype="Air/drone strike")
SHELL = dict(subtype="Shelling/artillery/missile attack")
IED = dict(subtype="Remote explosive/landmine/IED")
OTHER_STORY = frozenset({"p:wadi q", "a:front r"})


def world() -> list[EventMention]:
    """A week of reports: a strike told by five outlets (one early with another toll, one only at
    the province, one coding the act twice with a twin at the capital), a near miss at the same
    town four days later (one undated report of it fits the strike too, alone), a bombing on an island told twice, and reports of far-away events."""
    return [
        rep("s1:0", -1, 0, killed=31, **BORDER_TOWN, **STRIKE),  # an early account, a day off
        rep("s2:0", 0, 1, killed=15, **BORDER_TOWN, **STRIKE),
        rep("s3:0", 0, 1, pos=60, **CAPITAL, **STRIKE), rep("s3:1", 0, 1, pos=72, **BORDER_TOWN, **SHELL),
        rep("s4:0", 0, 2, killed=15, lat=36.9, lon=43.1, geo=3, place="Prov B", country="IQ",
            admin1="Prov B", **STRIKE),
        rep("s5:0", None, 2, **BORDER_TOWN, **STRIKE),
        rep("n1:0", 4, 5, OTHER_STORY, **BORDER_TOWN, **STRIKE),  # near miss: same town, days later
        rep("n2:0", 4, 5, OTHER_STORY, **BORDER_TOWN, **STRIKE),
        rep("n3:0", None, 5, OTHER_STORY, **BORDER_TOWN, **STRIKE),  # undated: fits both, told as the latter
        rep("i1:0", 2, 3, frozenset({"p:town s", "a:cell t"}), **TOWN, **IED),
        rep("i2:0", None, 4, frozenset({"p:town s", "a:cell t"}), **TOWN, **IED),
        *others(),
    ]


def groups_of(lk: Linker) -> set[frozenset[str]]:
    return {frozenset(m.id for m in c.members) for c in lk.clusters.values()}


def in_runs(ms: list[EventMention], runs: int, seed: int, relink: bool = True) -> set[frozenset[str]]:
    order = list(ms)
    random.Random(seed).shuffle(order)
    lk = Linker()
    step = -(-len(order) // runs)
    for i in range(0, len(order), step):
        lk.add(order[i:i + step], relink=relink)
    return groups_of(lk)


def one_run(ms: list[EventMention]) -> set[frozenset[str]]:
    return {frozenset(m.id for m in c.members) for c in link_mentions(ms)}


def test_world_links_as_expected_in_one_run():
    story = {frozenset(m.split(":")[0] for m in g) for g in one_run(world()) if not any(
        x.startswith("o") for x in g)}
    assert story == {frozenset({"s1", "s2", "s3", "s4", "s5"}), frozenset({"n1", "n2", "n3"}),
                     frozenset({"i1", "i2"})}


@pytest.mark.parametrize("runs, seed", [pytest.param(r, s, id=f"{r}-runs-order-{s}")
                                        for r in (2, 3, 5) for s in range(4)])
def test_arrival_order_does_not_change_the_events(runs, seed):
    assert in_runs(world(), runs, seed) == one_run(world())


@pytest.mark.parametrize("first", [
    pytest.param(("n1", "n2"), id="near-miss-reports-last"),
    pytest.param(("s1", "s2", "s3", "s4", "s5"), id="strike-reports-last"),
    pytest.param(("i1", "n1", "n2", "s4"), id="mixed"),
])
def test_reports_arriving_after_an_account_was_placed_move_it(first):
    """The undated report fits the strike alone, and joins it while the near miss is untold; once the
    near miss's reports arrive it is re-linked to the event its article tells."""
    ms = world()
    lk = Linker()
    lk.add([m for m in ms if m.article not in first])
    lk.add([m for m in ms if m.article in first])
    assert groups_of(lk) == one_run(ms)


def test_arrival_in_publication_order_one_report_a_run():
    ms = sorted(world(), key=lambda m: (m.published, m.id))
    lk = Linker()
    for m in ms:
        lk.add([m])
    assert groups_of(lk) == one_run(world())


def test_an_event_of_an_earlier_run_is_reconsidered():
    """The early outlier seeded its own event; the later reports re-link it into theirs, though the
    greedy pass alone would leave it apart."""
    early, rest = [m for m in world() if m.article == "s1"], [m for m in world() if m.article != "s1"]
    lk = Linker()
    lk.add(early)
    (old,) = lk.clusters
    lk.add(rest)
    strike = next(c for c in lk.clusters.values() if "s2:0" in {m.id for m in c.members})
    assert "s1:0" in {m.id for m in strike.members}
    assert (old in lk.removed) is (old != strike.id)


def test_a_far_away_report_leaves_the_other_events_alone():
    lk = Linker()
    lk.add(world())
    before = {cid: [m.id for m in c.members] for cid, c in lk.clusters.items()}
    lk.add([rep("z:0", 0, 1, frozenset({"p:elsewhere"}), lat=-20.0, lon=-60.0, place="Far", country="ZZ",
                admin1=None)])
    assert not lk.removed and len(lk.changed) == 1
    assert {cid: [m.id for m in c.members] for cid, c in lk.clusters.items() if cid in before} == before


def test_relinking_an_unchanged_neighbourhood_rewrites_nothing():
    lk = Linker()
    lk.add(world())
    before = groups_of(lk)
    lk.add([rep("x:0", 30, 31, frozenset({"p:x"}), **BORDER_TOWN, **STRIKE)])  # a month later
    assert groups_of(lk) - before == {frozenset({"x:0"})}
    assert not lk.removed and len(lk.changed) == 1
