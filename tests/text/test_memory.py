"""The memory budget: registered caches are emptied together, and only past the limit."""

from __future__ import annotations

import gc

import pytest

from khabar.text import memory


class _Holder:
    def __init__(self) -> None:
        self.cache = {"w": 1}
        memory.register(self.forget)

    def forget(self) -> None:
        self.cache.clear()


def test_clear_caches_empties_functions_and_methods():
    seen = []
    memory.register(lambda: seen.append(1))
    holder = _Holder()
    memory.clear_caches()
    assert seen == [1]
    assert holder.cache == {}


def test_a_registered_method_does_not_keep_its_object_alive():
    import weakref

    holder = _Holder()
    alive = weakref.ref(holder)
    del holder
    gc.collect()
    assert alive() is None
    memory.clear_caches()  # the dead object's entry is dropped, nothing raises


@pytest.mark.parametrize("limit, every, ticks, cleared", [
    pytest.param(0.0, 1, 1, 1, id="over-the-limit-clears"),
    pytest.param(1e9, 1, 3, 0, id="under-the-limit-never-clears"),
    pytest.param(0.0, 5, 4, 0, id="looks-only-every-nth-article"),
    pytest.param(0.0, 5, 5, 1, id="the-nth-article-looks"),
])
def test_budget_ticks(limit, every, ticks, cleared):
    if memory.rss_mb() is None:
        pytest.skip("no /proc here")
    holder = _Holder()
    budget = memory.MemoryBudget(limit_mb=limit, every=every)
    for _ in range(ticks):
        budget.tick()
    assert budget.clearings == cleared
    assert (holder.cache == {}) == bool(cleared)


def test_after_a_clearing_the_next_waits_for_growth():
    """Memory is not always given back: the budget must not empty the caches at every look."""
    if memory.rss_mb() is None:
        pytest.skip("no /proc here")
    budget = memory.MemoryBudget(limit_mb=0.0, every=1, slack_mb=10_000.0)
    assert budget.tick() is True
    assert budget.tick() is False
    assert budget.clearings == 1


def test_word_caches_are_registered():
    from khabar.text.segment import WordCache, clitic_splits

    cache = WordCache(str.upper, size=1)
    cache["ab"], cache["cd"]
    cache.rotate()
    cache["ef"]
    clitic_splits("والكتاب")
    memory.clear_caches()
    assert len(cache) == 0 and cache.previous == {}
    assert clitic_splits.cache_info().currsize == 0


def test_pipeline_output_is_the_same_after_a_clearing():
    from khabar.doc import Article
    from khabar.export.record import doc_to_record
    from khabar.pipeline import Pipeline

    art = Article(id="t", text="قتل ثلاثة مدنيين أمس في غارة جوية على بلدة سرمين في ريف إدلب، "
                              "بحسب ما أفاد المرصد السوري لحقوق الإنسان.")
    pl = Pipeline(memory_mb=0.001)  # every article is over budget
    pl._budget.every, pl._budget.slack_mb = 1, 0.0
    first = doc_to_record(pl.run(art))
    second = doc_to_record(pl.run(art))  # runs on emptied caches
    assert pl._budget.clearings == 2 or memory.rss_mb() is None
    assert first == second
    assert first["events"]
