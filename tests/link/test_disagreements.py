"""Merged fields with provenance, and the disagreements between sources of one event."""

from __future__ import annotations

import pytest

from khabar.link.disagreements import field_values, find_disagreements, merge_event
from khabar.link.events import Cluster, EventMention
from khabar.link.mentions import date_bounds

MAARA = dict(place="Maarat al-Numan", country="SY", admin1="Idlib", lat=35.6476, lon=36.6725,
             geo_precision=1)


def em(article: str, date: str | None = "2019-07-22", prec: str = "day", *, outlet: str | None = None,
       speakers: tuple[str, ...] = (), **kw) -> EventMention:
    lo, hi = date_bounds(date, prec, "2019-07-25")
    fields = dict(MAARA)
    fields.update(kw)
    fields.setdefault("type", "Explosions/Remote violence")
    fields.setdefault("subtype", "Air/drone strike")
    return EventMention(id=f"{article}:0", article=article, date=date,
                        date_precision=prec if date else None, lo=lo, hi=hi, dated=date is not None,
                        outlet=outlet or f"outlet-{article}", speakers=speakers, **fields)


def fields_of(*ms: EventMention) -> list[str]:
    return [d["field"] for d in find_disagreements(Cluster.from_members("ev", list(ms)))]


@pytest.mark.parametrize("b, expected", [
    pytest.param(em("b"), [], id="identical-accounts"),
    pytest.param(em("b", "2019-07-23"), [], id="one-day-apart-is-within-tolerance"),
    pytest.param(em("b", "2019-07-20"), ["date"], id="two-days-apart"),
    pytest.param(em("b", "2019-07-01", "month"), [], id="month-covers-the-day"),
    pytest.param(em("b", "2019-06-01", "month"), ["date"], id="month-excludes-the-day"),
    pytest.param(em("b", None), [], id="undated-report-is-no-date-value"),
    pytest.param(em("b", place="Kafruma", lat=35.63, lon=36.63), [], id="place-within-radius"),
    pytest.param(em("b", place="Khan Shaykhun", lat=35.4414, lon=36.6511), ["place"],
                 id="place-beyond-radius"),
    pytest.param(em("b", place="Idlib", lat=35.93, lon=36.63, geo_precision=3), [],
                 id="province-contains-the-town"),
    pytest.param(em("b", place="Hama", admin1="Hama", lat=35.52, lon=36.80, geo_precision=2), ["place"],
                 id="other-admin1-near-border"),
    pytest.param(em("b", killed=31), ["killed"], id="killed-vs-none-is-one-value"),
    pytest.param(em("b", injured=4), [], id="injured-only-one-source"),
    pytest.param(em("b", actor1="Russian air force"), ["actor1"], id="actors-differ"),
])
def test_disagreement_fields(b, expected):
    a = em("a", killed=15 if "killed" in expected else None,
           actor1="Syrian air force" if "actor1" in expected else None)
    if expected == ["killed"]:
        assert fields_of(a, b) == ["killed"]
    else:
        assert fields_of(a, b) == expected


def test_actor_spellings_of_one_actor_agree():
    assert fields_of(em("a", actor1="Syrian regime forces"), em("b", actor1="regime forces Syrian")) == []


def test_values_carry_their_sources():
    c = Cluster.from_members("ev", [em("a", killed=15, speakers=("Observatory",)),
                                    em("b", killed=31, outlet="daily"), em("c", killed=31)])
    (dis,) = find_disagreements(c)
    assert dis["field"] == "killed"
    by_value = {v["value"]: v["sources"] for v in dis["values"]}
    assert [s["article"] for s in by_value[31]] == ["b", "c"]
    assert by_value[15][0]["speaker"] == "Observatory" and by_value[31][0]["outlet"] == "daily"
    assert dis["values"][0]["value"] == 31  # most cited first


def test_merge_is_conservative_and_prefers_precision():
    c = Cluster.from_members("ev", [
        em("a", killed=31, injured=40, place="Idlib", lat=35.93, lon=36.63, geo_precision=3),
        em("b", killed=15, injured=None),
        em("c", "2019-07-01", "month", killed=27, injured=60),
        em("d", "2019-07-22", type="Violence against civilians", subtype="Attack"),
    ])
    ev = merge_event(c)
    assert (ev["killed"], ev["injured"]) == (15, 40)
    assert (ev["date"], ev["date_precision"]) == ("2019-07-22", "day")
    assert (ev["location"], ev["geo_precision"]) == ("Maarat al-Numan", 1)
    assert (ev["type"], ev["subtype"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert ev["articles"] == ["a", "b", "c", "d"] and ev["n_articles"] == 4
    assert ev["civilian"] is True


def test_field_values_groups_spellings():
    c = Cluster.from_members("ev", [em("a"), em("b", place="maarat al-numan")])
    (v,) = field_values(c, "place")
    assert len(v["sources"]) == 2
