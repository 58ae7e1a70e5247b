"""An article does not corroborate itself: when an event already holds another account from the
mention's own article, the sub-event credit counts only the other articles' accounts.

The story: a base is taken on day D (two reports); a later report dates the taking by its source's
statement two days on and also tells of the province freed; a third report tells of a shooting at the
base on that later day. Whichever account is linked first, the later report's taking of the base
belongs with the taking told by others, not with the shooting its own province account joined."""

from __future__ import annotations

from khabar.link.events import Cluster, EventMention, link_mentions
from khabar.link.scoring import score

D = 735800
BASE = dict(lat=33.0, lon=44.9, geo_precision=1, place="Base K", admin1="Prov L")
PROVINCE = dict(lat=33.1, lon=44.8, geo_precision=3, place="Prov L", admin1="Prov L")
TAKEN = ("Battles", "Government regains territory")
OVERRUN = ("Battles", "Non-state actor overtakes territory")
SHOT = ("Violence against civilians", "Attack")


def account(article: str, idx: int, kind: tuple[str, str], day: int, where: dict, pos: int,
            actors: tuple[str, str | None] = ("Army", "Rebels"), prefix: str | None = None,
            published: int = D + 3, trigger: str | None = None) -> EventMention:
    return EventMention(f"{prefix or article}:{idx}", article, type=kind[0], subtype=kind[1], lo=day,
                        hi=day, dated=True, published=published, country="IQ", actor1=actors[0],
                        actor2=actors[1], pos=pos, idx=idx, trigger=trigger, **where)


def story(prefix=lambda a: a) -> list[EventMention]:
    return [account("a", 0, TAKEN, D, BASE, 10, prefix=prefix("a"), published=D + 1),
            account("b", 0, TAKEN, D, BASE, 10, prefix=prefix("b")),
            account("x", 0, TAKEN, D + 2, PROVINCE, 10, prefix=prefix("x")),
            account("x", 1, OVERRUN, D + 2, BASE, 600, prefix=prefix("x")),
            account("c", 0, SHOT, D + 2, BASE, 10, ("Gunman", None), prefix("c"), trigger="أطلق النار")]


def test_own_article_gives_no_sub_event_credit():
    ms = story()
    own = Cluster.seed(ms[4])
    own.add(ms[2])  # the shooting, with the later report's own province account
    other = Cluster.seed(ms[4])
    other.add(account("z", 0, TAKEN, D + 2, PROVINCE, 10))  # ... or another report's
    assert score(ms[3], own) < score(ms[3], other) - 0.15


def test_retold_taking_links_with_the_taking():
    """The shooting (linked first: its article sorts first) seeds an event; the later report's province
    account joins it; its account of the base then goes to the taking the other reports tell."""
    groups = {frozenset((m.article, m.idx) for m in c.members) for c in link_mentions(story())}
    taking = next(g for g in groups if ("a", 0) in g)
    assert {("b", 0), ("x", 1)} <= taking
    assert ("c", 0) not in taking
