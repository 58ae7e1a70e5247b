import pytest

from khabar.doc import Article
from khabar.errors import PipelineError
from khabar.pipeline import DEFAULT_ORDER, Pipeline


def test_default_order():
    assert DEFAULT_ORDER == ("times", "places", "entities", "claims", "events", "aliases")


@pytest.mark.parametrize("names", [("times", "times"), ("times", "bogus")], ids=["duplicate", "unknown"])
def test_bad_stage_lists_fail_at_load(names):
    with pytest.raises(PipelineError):
        Pipeline(names=names)


def test_failing_stage_is_recorded_and_run_goes_on(monkeypatch):
    import khabar.pipeline as pl

    def boom(doc):
        raise RuntimeError("bad stage")

    monkeypatch.setitem(pl.STAGES, "boom", "tests.test_pipeline:_boom")
    globals()["_boom"] = boom
    p = Pipeline(names=("boom", "times"))
    doc = p.run(Article(id="a", text="نص"))
    assert "stage-failed:boom" in doc.flags
    assert p.failures[0].stage == "boom"


def test_missing_publication_date_is_flagged():
    doc = Pipeline(names=("times",)).run(Article(id="a", text="قتل شخص أمس."))
    assert "no-publication-date" in doc.flags


def _spin(doc):
    while True:  # a stage stuck in pure Python
        pass


def _run_in(where: str, fn):
    if where == "main":
        return fn()
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as ex:  # like a Dask worker's task thread
        return ex.submit(fn).result(timeout=30)


@pytest.mark.parametrize("where", [pytest.param("main", id="main-thread-sigalrm"),
                                   pytest.param("thread", id="worker-thread-watchdog")])
def test_time_limit_stops_a_stage_stuck_in_python(monkeypatch, where):
    import time

    import khabar.pipeline as pl

    monkeypatch.setitem(pl.STAGES, "spin", "tests.test_pipeline:_spin")
    p = Pipeline(names=("times", "spin"), time_limit=0.3, tune_gc=False)

    def run():
        t0 = time.perf_counter()
        doc = p.run(Article(id="s", text="قتل جندي أمس."))
        return doc, time.perf_counter() - t0

    doc, spent = _run_in(where, run)
    assert spent < 3
    assert "timeout:spin" in doc.flags
    assert doc.times, "the stage before the stuck one kept its annotations"
    assert p.failures[-1].stage == "spin" and p.failures[-1].error.startswith("timeout")


def test_time_limit_in_a_thread_does_not_fire_after_the_article():
    import time

    p = Pipeline(names=("times",), time_limit=0.2, tune_gc=False)

    def run():
        docs = [p.run(Article(id=f"a{i}", text="قتل جندي أمس.")) for i in range(20)]
        t_end = time.perf_counter() + 0.5  # busy in Python well past every article's limit
        n = 0
        while time.perf_counter() < t_end:
            n += 1
        return docs

    docs = _run_in("thread", run)
    assert all(not any(f.startswith("timeout") for f in d.flags) for d in docs)
    assert p.failures == []


def test_stages_make_no_reference_cycles():
    """freeze_each relies on it: an article's objects are freed by reference counting alone."""
    import gc

    from tests.runners.conftest import article_text

    p = Pipeline(tune_gc=False)
    arts = [Article(id=f"a{i}", text=article_text(i, repeat=3)) for i in range(5)]
    p.run(arts[0])  # data files loaded
    gc.collect()
    gc.disable()
    try:
        for a in arts:
            assert p.run(a).tokens
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_freeze_each_collects_after_a_failure(monkeypatch):
    import gc

    import khabar.pipeline as pl

    calls = []
    monkeypatch.setattr(gc, "collect", lambda gen=2: calls.append(gen) or 0)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setitem(pl.STAGES, "boom", "tests.test_pipeline:_boom")
    globals()["_boom"] = lambda doc: 1 / 0
    p = Pipeline(names=("times",), tune_gc=False, freeze_each=True)
    p.run(Article(id="a", text="قتل جندي أمس."))
    assert calls == ["freeze"]
    calls.clear()
    Pipeline(names=("boom",), tune_gc=False, freeze_each=True).run(Article(id="b", text="نص"))
    assert calls == [1, "freeze"]
