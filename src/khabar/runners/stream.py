"""Extract a stream of articles on N local processes, yielding records in input order.

For callers that consume records as they come (``khabar ingest --workers N`` stores them in the
main process, one transaction per article). Each worker builds its own Pipeline once.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from typing import Any

from khabar.doc import Article
from khabar.pipeline import DEFAULT_ORDER, Pipeline

_PIPELINE: Pipeline | None = None


def _init(stages: tuple[str, ...]) -> None:
    global _PIPELINE
    _PIPELINE = Pipeline(names=stages)


def _extract(article: Article) -> tuple[dict[str, Any], str]:
    from khabar.export.record import doc_to_record

    assert _PIPELINE is not None
    return doc_to_record(_PIPELINE.run(article)), article.text


def extract_stream(articles: Iterable[Article], workers: int = 2,
                   stages: tuple[str, ...] = DEFAULT_ORDER, chunksize: int = 8) -> Iterator[tuple[dict[str, Any], str]]:
    """(record, text) for every article, in input order, extracted on ``workers`` processes."""
    if workers <= 1:
        _init(stages)
        for a in articles:
            yield _extract(a)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(stages,)) as pool:
        yield from pool.imap(_extract, articles, chunksize=chunksize)
