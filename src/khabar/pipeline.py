"""The ordered stages of khabar and how to run them over articles.

A stage is a function ``Doc -> None`` that adds its own annotations. The default order is
times, places, entities, claims, events, aliases: each later stage may read what earlier ones added.
An unknown or duplicate stage name fails when the pipeline is built.

Example::

    >>> from khabar import Article, Pipeline
    >>> doc = Pipeline().run(Article(id="a", text="قتل شخصان أمس في حلب."))
    >>> type(doc).__name__
    'Doc'
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from khabar.doc import Article, Doc
from khabar.errors import PipelineError

log = logging.getLogger(__name__)

Stage = Callable[[Doc], None]

# name -> "module:function"; resolved lazily so that importing khabar stays cheap
STAGES: dict[str, str] = {
    "times": "khabar.extract.times:extract_times",
    "places": "khabar.extract.places:extract_places",
    "entities": "khabar.extract.entities:extract_entities",
    "claims": "khabar.extract.claims:extract_claims",
    "events": "khabar.extract.events:extract_events",
    "aliases": "khabar.link.aliases:extract_aliases",
}
DEFAULT_ORDER: tuple[str, ...] = tuple(STAGES)


def load_stage(name: str) -> Stage:
    try:
        target = STAGES[name]
    except KeyError:
        raise PipelineError(f"unknown stage {name!r}; known: {', '.join(STAGES)}") from None
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


@dataclass
class StageFailure:
    article_id: str
    stage: str
    error: str


@dataclass
class Pipeline:
    """An ordered list of named stages. ``Pipeline()`` is the full default pipeline."""

    names: tuple[str, ...] = DEFAULT_ORDER
    stages: list[tuple[str, Stage]] = field(init=False)
    failures: list[StageFailure] = field(default_factory=list, init=False)
    timings: dict[str, float] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for n in self.names:
            if n in seen:
                raise PipelineError(f"duplicate stage {n!r}")
            seen.add(n)
        self.stages = [(n, load_stage(n)) for n in self.names]
        self.timings = {n: 0.0 for n in self.names}

    def run(self, article: Article) -> Doc:
        """Build the Doc and run every stage. A stage that raises is recorded and skipped."""
        doc = Doc(article)
        if article.published is None:
            doc.flags.append("no-publication-date")
        for name, stage in self.stages:
            t0 = time.perf_counter()
            try:
                stage(doc)
            except Exception as exc:  # one stage's bug must not lose the article
                log.exception("stage %s failed on article %s", name, article.id)
                doc.flags.append(f"stage-failed:{name}")
                self.failures.append(StageFailure(article.id, name, f"{type(exc).__name__}: {exc}"))
            self.timings[name] += time.perf_counter() - t0
        return doc

    def run_many(self, articles: Iterable[Article]) -> Iterator[Doc]:
        for a in articles:
            yield self.run(a)


def process(text: str, published: str | None = None, id: str = "doc", **meta: str) -> Doc:
    """Convenience: run the default pipeline over one text."""
    import datetime as dt

    pub = dt.date.fromisoformat(published) if published else None
    return Pipeline().run(Article(id=id, text=text, published=pub, **meta))
