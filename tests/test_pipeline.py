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
