"""Cross-article linking of event mentions: scores, blocking, order, incremental use."""

from __future__ import annotations

import datetime as dt

import pytest

from khabar.link.events import EventMention, Linker, family, link_doc_events, score
from khabar.link.mentions import date_bounds, mentions_from_record
from tests.link.conftest import groups

D = dt.date(2019, 7, 22).toordinal()
SY = dict(country="SY", admin1="Idlib")


def em(id: str, day: int | None = 0, *, prec: str = "day", lat: float | None = 35.65,
       lon: float | None = 36.67, geo: int | None = 1, place: str | None = "Maarat al-Numan",
       type: str = "Explosions/Remote violence", subtype: str = "Air/drone strike",
       killed: int | None = None, country: str | None = "SY", admin1: str | None = "Idlib",
       published: int = 1, actor1: str | None = None, trigger: str | None = None) -> EventMention:
    if day is None:  # undated: the days before publication
        lo, hi, dated = D + published - 10, D + published, False
    else:
        lo, hi = date_bounds(dt.date.fromordinal(D + day).isoformat(), prec, None)
        dated = True
    return EventMention(id=id, article=id.split(":")[0], type=type, subtype=subtype,
                        date=dt.date.fromordinal(D + day).isoformat() if day is not None else None,
                        date_precision=prec if day is not None else None, lo=lo, hi=hi, dated=dated,
                        place=place, country=country, admin1=admin1, lat=lat, lon=lon,
                        geo_precision=geo if lat is not None else None, killed=killed,
                        actor1=actor1, trigger=trigger)


@pytest.mark.parametrize("other, linked", [
    pytest.param(em("b:0"), True, id="same-day-same-town"),
    pytest.param(em("b:0", 1), True, id="next-day-same-town"),
    pytest.param(em("b:0", 5), False, id="near-miss-same-town-five-days-later"),
    pytest.param(em("b:0", 9), False, id="near-miss-same-town-nine-days-later"),
    pytest.param(em("b:0", None), True, id="undated-report-published-next-day"),
    pytest.param(em("b:0", None, published=-2), False, id="undated-report-published-before-it"),
    pytest.param(em("b:0", 0, lat=36.2, lon=37.16, place="Aleppo", admin1="Aleppo"), False,
                 id="same-day-other-city-70km"),
    pytest.param(em("b:0", 0, lat=13.58, lon=44.02, place="Taizz", country="YE", admin1="Taizz"),
                 False, id="same-day-other-country"),
    pytest.param(em("b:0", 0, lat=35.93, lon=36.63, geo=3, place="Idlib"), True,
                 id="province-only-report"),
    pytest.param(em("b:0", 0, lat=None, lon=None, place=None), True, id="country-only-report"),
    pytest.param(em("b:0", 0, lat=None, lon=None, place=None, country=None), False,
                 id="report-that-says-nothing-of-where"),
    pytest.param(em("b:0", 0, lat=None, lon=None, place=None, country=None, trigger="غارة"), False,
                 id="nowhere-with-other-trigger"),
    pytest.param(em("b:0", 0, type="Protests", subtype="Peaceful protest"), False,
                 id="other-family-never-links"),
    pytest.param(em("b:0", -21, prec="month"), True, id="month-precision-covers-the-day"),
    pytest.param(em("b:0", 0, type="Violence against civilians", subtype="Attack"), True,
                 id="other-type-same-family-same-day-and-town"),
])
def test_pairs(other, linked):
    assert (len(groups([em("a:0"), other])) == 1) is linked


def test_country_mismatch_is_never_scored():
    from khabar.link.events import Cluster

    c = Cluster.seed(em("a:0", lat=None, lon=None, place=None))
    assert score(em("b:0", lat=None, lon=None, place=None, country="IQ"), c) is None


def test_outlying_first_report_does_not_split_the_event():
    ms = [em("early:0", -2, killed=31, trigger="غارات"), em("a:0", killed=15, trigger="غارات"),
          em("b:0", killed=31), em("c:0", killed=27), em("d:0", None)]
    assert groups(ms) == {frozenset({"early", "a", "b", "c", "d"})}


def test_two_events_in_one_article_stay_apart():
    ms = [em("a:0"), em("a:1", 4), em("b:0"), em("c:0", 4)]
    assert groups(ms) == {frozenset({"a", "b"}), frozenset({"a", "c"})}


def test_order_of_input_does_not_matter():
    ms = [em("a:0", killed=3), em("b:0", 1), em("c:0", None), em("d:0", 6), em("e:0", 6, geo=2),
          em("f:0", 0, lat=13.58, lon=44.02, country="YE", place="Taizz", admin1="Taizz")]
    assert groups(ms) == groups(list(reversed(ms)))


def test_incremental_add_touches_only_affected_clusters():
    lk = Linker()
    lk.add([em("a:0"), em("x:0", 30)])
    ids_before = set(lk.clusters)
    lk.add([em("b:0")])
    assert set(lk.clusters) == ids_before and len(lk.changed) == 1
    (cid,) = lk.changed
    assert {m.article for m in lk.clusters[cid].members} == {"a", "b"}


def test_blocking_scores_few_candidates():
    ms = [em(f"n{i}:0", i % 300, lat=30 + (i % 7), lon=35 + (i % 5), place=f"p{i % 35}")
          for i in range(3000)]
    lk = Linker()
    lk.add(ms)
    probe = em("probe:0", 150, lat=33, lon=37, place="p1")
    assert len(lk.candidates(probe)) < 150  # of ~3000 clusters over 300 days


@pytest.mark.parametrize("date, precision, span", [
    pytest.param("2019-07-22", "day", 0, id="day"),
    pytest.param("2019-07-22", "week", 6, id="week"),
    pytest.param("2019-02-01", "month", 27, id="month-february"),
    pytest.param("2019-01-01", "year", 364, id="year"),
    pytest.param(None, None, 10, id="undated-uses-publication"),
    pytest.param("not-a-date", "day", 10, id="bad-date-uses-publication"),
])
def test_date_bounds(date, precision, span):
    lo, hi = date_bounds(date, precision, "2019-07-25")
    assert hi - lo == span


def test_family():
    assert family("Battles") == family("Explosions/Remote violence") != family("Protests")
    assert family("Riots") == family("Protests")


def test_mentions_from_record_uses_speakers_and_main_country():
    rec = {"id": "r", "outlet": "o", "published": "2019-07-23",
           "places": [{"country": "SY"}, {"country": "SY"}, {"country": "TR"}],
           "claims": [{"speaker": {"text": "المرصد"}}],
           "events": [{"type": "Battles", "subtype": "Armed clash", "trigger": {"text": "اشتباكات"},
                       "date": None, "place": None, "killed": "4", "sources": [0, 7]}, "junk"]}
    (m,) = mentions_from_record(rec)
    assert (m.country, m.speakers, m.killed, m.dated, m.outlet) == ("SY", ("المرصد",), 4, False, "o")


def test_link_doc_events_from_records():
    def rec(id, killed):
        return {"id": id, "published": "2019-07-23", "outlet": id, "places": [], "claims": [],
                "events": [{"type": "Explosions/Remote violence", "subtype": "Air/drone strike",
                            "trigger": {"text": "غارة"}, "date": "2019-07-22", "date_precision": "day",
                            "place": {"name": "Maarat al-Numan", "country": "SY", "lat": 35.65,
                                      "lon": 36.67, "precision": 1}, "killed": killed}]}
    (ev,) = link_doc_events([rec("a", 15), rec("b", 31)])
    assert ev["articles"] == ["a", "b"] and ev["killed"] == 15
    assert [d["field"] for d in ev["disagreements"]] == ["killed"]


def test_actors_take_canonical_names_from_entities_and_aliases():
    rec = {"id": "r", "published": "2019-07-23", "places": [], "claims": [],
           "entities": [{"text": "قوات النظام", "canonical": "القوات الحكومية السورية"}],
           "aliases": [{"canonical": "أبو محمد الجولاني", "names": ["الجولاني", "أبو محمد الجولاني"]}],
           "events": [{"type": "Battles", "subtype": "Armed clash", "trigger": {"text": "اشتباكات"},
                       "actor1": "قوات النظام", "actor2": "الجولاني"},
                      {"type": "Battles", "subtype": "Armed clash", "actor1": "جهة مجهولة", "actor2": " "}]}
    a, b = mentions_from_record(rec)
    assert (a.actor1, a.actor2) == ("القوات الحكومية السورية", "أبو محمد الجولاني")
    assert (b.actor1, b.actor2) == ("جهة مجهولة", None)


def test_report_without_place_links_when_figures_and_trigger_vouch():
    a = em("a:0", trigger="غارة", killed=5)
    b = em("b:0", lat=None, lon=None, place=None, country=None, trigger="الغارة", killed=5)
    assert groups([a, b]) == {frozenset({"a", "b"})}


def test_vague_account_in_another_country_links_when_the_article_names_the_town():
    town = dict(lat=36.97, lon=38.42, place="Suruc", country="TR", admin1="Sanliurfa")
    vague = dict(lat=35.0, lon=38.0, geo=3, place="Syria", country="SY", admin1=None)
    a, b = em("a:0", **town), em("b:0", **town)
    c = em("c:0", **vague)
    c.context = frozenset({"suruc"})
    d = em("d:0", **vague)  # the same account from an article that never names the town
    assert groups([a, b, c, d]) == {frozenset({"a", "b", "c"}), frozenset({"d"})}


# -- article evidence: reports of one event name the same rare places and actors ----------------

STORY = frozenset({"p:jabal x", "p:wadi y", "a:group z", "a:general w"})  # what the event's reports name


def rep(id: str, day: int | None, published: int, profile: frozenset = STORY, **kw) -> EventMention:
    """A report published on day D + ``published`` whose article names ``profile``."""
    m = em(id, day, **kw)
    m.published = D + published
    m.profile = profile
    if day is None:
        m.lo, m.hi = D + published - 10, D + published
    return m


def others(n: int = 12) -> list[EventMention]:
    """Reports of other events in other towns that week: they make the story's names rare."""
    return [rep(f"o{i}:0", i % 5, i % 5, frozenset({f"p:town{i}", "a:army", f"a:unit{i % 4}"}),
                lat=30 + i, lon=40 + i, place=f"town{i}", country="IQ", admin1=None)
            for i in range(n)]


def story_groups(ms: list[EventMention]) -> set[frozenset[str]]:
    return {g for g in groups(ms) if not any(a.startswith("o") for a in g)}


TOWN = dict(lat=36.97, lon=38.42, place="Suruc", country="TR", admin1="Sanliurfa")


@pytest.mark.parametrize("profile, linked", [
    pytest.param(STORY, True, id="same-rare-names-links"),
    pytest.param(frozenset({"p:elsewhere", "a:army"}), False, id="other-names-stay-apart"),
    pytest.param(frozenset(), False, id="no-profile-stays-apart"),
])
def test_country_only_account_in_another_country_links_on_article_evidence(profile, linked):
    a, b = rep("a:0", 0, 1, **TOWN), rep("b:0", 0, 1, **TOWN)
    c = rep("c:0", 0, 3, profile, lat=None, lon=None, geo=None, place="Syria", country="SY", admin1=None)
    want = {frozenset({"a", "b", "c"})} if linked else {frozenset({"a", "b"}), frozenset({"c"})}
    assert story_groups([a, b, c, *others()]) == want


def test_account_dated_after_the_first_report_links_on_article_evidence():
    # extraction dated the later reports two days late: past what the first report's publication allows
    ms = [rep("a:0", 0, 0, **TOWN), rep("b:0", 0, 1, **TOWN), rep("c:0", 2, 3, **TOWN),
          rep("d:0", 2, 3, **TOWN)]
    assert story_groups([*ms, *others()]) == {frozenset({"a", "b", "c", "d"})}


def test_near_miss_two_days_later_without_article_evidence_stays_apart():
    ms = [rep("a:0", 0, 0, frozenset(), **TOWN), rep("b:0", 0, 1, frozenset(), **TOWN),
          rep("c:0", 2, 3, frozenset(), **TOWN), rep("d:0", 2, 3, frozenset(), **TOWN)]
    assert story_groups(ms) == {frozenset({"a", "b"}), frozenset({"c", "d"})}


def test_territory_taken_is_one_event_across_a_late_date():
    taken = dict(type="Battles", subtype="Government regains territory", **TOWN)
    ms = [rep("a:0", 0, 0, frozenset(), **taken), rep("b:0", 0, 1, frozenset(), **taken),
          rep("c:0", 2, 3, frozenset(), **{**taken, "subtype": "Non-state actor overtakes territory"})]
    assert story_groups(ms) == {frozenset({"a", "b", "c"})}


def test_article_profile_keeps_places_below_countries_and_canonical_actors():
    from khabar.link.mentions import article_profile

    rec = {"places": [{"name": "Turkey", "level": "country"}, {"name": "Qandil Mountains", "level": "region"},
                      {"name": "Suruc", "level": "city"}],
           "entities": [{"text": "العمال الكردستاني", "label": "ORG", "canonical": "حزب العمال الكردستاني"},
                        {"text": "أنقرة", "label": "LOC"}, {"text": "داود أوغلو", "label": "PER"}],
           "aliases": [{"canonical": "أحمد داود أوغلو", "names": ["داود أوغلو"]}]}
    prof = article_profile(rec)
    assert {k for k in prof if k.startswith("p:")} == {"p:qandil mountains", "p:suruc"}
    assert len([k for k in prof if k.startswith("a:")]) == 2 and not any("انقره" in k for k in prof)


def test_town_across_a_border_links_and_a_far_one_does_not():
    near = dict(lat=36.89, lon=38.35, place="Kobani", country="SY", admin1="Aleppo")  # 10 km away
    far = dict(lat=36.2, lon=37.16, place="Aleppo", country="SY", admin1="Aleppo")
    ms = [em("a:0", **TOWN), em("b:0", **TOWN), em("c:0", **near), em("d:0", **far)]
    assert groups(ms) == {frozenset({"a", "b", "c"}), frozenset({"d"})}
