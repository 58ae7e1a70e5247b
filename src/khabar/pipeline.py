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

import _signal
import contextlib
import gc
import importlib
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from khabar.doc import Article, Doc
from khabar.errors import PipelineError
from khabar.text.memory import MemoryBudget

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
_WARM_UP = "warm up: 2024-03-09"  # no Arabic in Python: a neutral text that still loads every lexicon


def load_stage(name: str) -> Stage:
    try:
        target = STAGES[name]
    except KeyError:
        raise PipelineError(f"unknown stage {name!r}; known: {', '.join(STAGES)}") from None
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


class ArticleTimeout(BaseException):
    """Raised inside a stage when the article's time limit is spent. A BaseException (as
    KeyboardInterrupt is): a stage's own ``except Exception`` must not swallow it and run on."""


class _Watchdog:
    """One daemon thread per process that raises ArticleTimeout in a thread whose deadline passed.

    SIGALRM reaches only a process's main thread; Dask runs tasks in worker threads. There the
    limit is enforced by an asynchronous exception (``PyThreadState_SetAsyncExc``), which like a
    signal handler takes effect between bytecodes: a stage stuck in pure Python is stopped, a long
    call into C (one huge regex search) ends first. Arming costs a lock and a dict entry per article.
    """

    def __init__(self) -> None:
        self._reset()
        if hasattr(os, "register_at_fork"):  # a forked child has no watchdog thread, maybe a held lock
            os.register_at_fork(after_in_child=self._reset)

    def _reset(self) -> None:
        self._cond = threading.Condition()
        self._deadlines: dict[int, float] = {}  # thread id -> time.monotonic() deadline
        self._fired: set[int] = set()  # threads sent an ArticleTimeout not yet disarmed
        self._wake: float | None = None  # when the watchdog thread looks next (None: when notified)
        self._thread: threading.Thread | None = None

    def arm(self, tid: int, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        with self._cond:
            self._deadlines[tid] = deadline
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._watch, name="khabar-time-limit",
                                                daemon=True)
                self._thread.start()
            elif self._wake is None or deadline < self._wake:
                self._cond.notify()

    def disarm(self, tid: int) -> None:
        with self._cond:
            self._deadlines.pop(tid, None)
            fired = tid in self._fired
            self._fired.discard(tid)
        if fired:  # an exception sent but not raised yet must not hit the code after the article
            _set_async_exc(tid, None)

    def _watch(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for tid, deadline in list(self._deadlines.items()):
                    if deadline <= now:
                        del self._deadlines[tid]
                        self._fired.add(tid)
                        _set_async_exc(tid, ArticleTimeout)
                self._wake = min(self._deadlines.values(), default=None)
                self._cond.wait(None if self._wake is None else max(self._wake - now, 0.0))


def _set_async_exc(tid: int, exc: type[BaseException] | None) -> None:
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid),
                                               ctypes.py_object(exc) if exc is not None else None)


_WATCHDOG = _Watchdog()


@contextlib.contextmanager
def _time_limit(seconds: float | None):
    """Raise ArticleTimeout in the running code once ``seconds`` are spent (None: no limit).

    SIGALRM in the main thread of a process; in any other thread (Dask's workers) the watchdog
    thread's asynchronous exception. Use it inside a ``try`` that catches ArticleTimeout: the
    exception can surface up to the moment the limit is disarmed on the way out.
    """
    if not seconds:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        tid = threading.get_ident()
        _WATCHDOG.arm(tid, seconds)
        try:
            yield
        finally:
            _WATCHDOG.disarm(tid)
        return

    # _signal: signal.signal's own functions without the wrappers that turn numbers into enums
    # (a failed enum lookup per call for a Python handler: 4 of the 5 microseconds per article)
    previous = _signal.signal(signal.SIGALRM, _on_alarm)
    _signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        _signal.setitimer(signal.ITIMER_REAL, 0)
        _signal.signal(signal.SIGALRM, previous)


def _on_alarm(signum, frame):  # noqa: ARG001
    raise ArticleTimeout


_GC_TUNED = False


def tune_gc_for_throughput() -> None:
    """Once per process: freeze what the stages loaded (lexicons, gazetteer, model) out of the garbage
    collector's sight and collect less often. The stages allocate many small objects per article and
    few cycles; default thresholds spend ~2.5 ms per article re-scanning the loaded data."""
    global _GC_TUNED
    if _GC_TUNED:
        return
    _GC_TUNED = True
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


@dataclass
class StageFailure:
    article_id: str
    stage: str
    error: str


@dataclass
class Pipeline:
    """An ordered list of named stages. ``Pipeline()`` is the full default pipeline."""

    names: tuple[str, ...] = DEFAULT_ORDER
    time_limit: float | None = 10.0  # seconds per article; a pathological input cannot stall a worker
    tune_gc: bool = True  # see tune_gc_for_throughput (process-wide; pass False to keep Python's defaults)
    # after each article, gc.freeze() what it left in memory (see run): for processes that run
    # nothing but the pipeline (khabar's workers), as other code's reference cycles are then kept
    freeze_each: bool = False
    # a worker's memory budget in MB: above it, every per-word cache is emptied (khabar.text.memory)
    memory_mb: float | None = None
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
        self._budget = MemoryBudget(self.memory_mb) if self.memory_mb else None
        if self.tune_gc:
            for _, stage in self.stages:  # stages load their data lazily: load it before freezing
                with contextlib.suppress(Exception):
                    stage(Doc(Article(id="warm-up", text=_WARM_UP)))
            tune_gc_for_throughput()

    def run(self, article: Article) -> Doc:
        """Build the Doc and run every stage.

        A stage that raises is recorded (``failures``, ``doc.flags``) and the next stage runs. When the
        article's time limit is spent, the remaining stages are skipped and the article is flagged
        ``timeout:<stage>``: its record is still written, with what was found so far.
        """
        stage_name = "segment"
        doc: Doc | None = None
        n_failures = len(self.failures)
        try:
            with _time_limit(self.time_limit):
                doc = Doc(article)
                if article.published is None:
                    doc.flags.append("no-publication-date")
                for stage_name, stage in self.stages:
                    t0 = time.perf_counter()
                    try:
                        stage(doc)
                    except ArticleTimeout:
                        raise
                    except Exception as exc:  # one stage's bug must not lose the article
                        log.exception("stage %s failed on article %s", stage_name, article.id)
                        doc.flags.append(f"stage-failed:{stage_name}")
                        self.failures.append(StageFailure(article.id, stage_name,
                                                          f"{type(exc).__name__}: {exc}"))
                    self.timings[stage_name] += time.perf_counter() - t0
        except ArticleTimeout:
            log.warning("article %s: time limit of %ss spent in %s", article.id, self.time_limit, stage_name)
            self.failures.append(StageFailure(article.id, stage_name, f"timeout after {self.time_limit}s"))
            if doc is None:  # even segmentation did not finish: an empty, flagged doc
                doc = Doc(Article(id=article.id, text="", title=article.title, outlet=article.outlet,
                                  url=article.url, published=article.published, origin=article.origin))
                doc.article = article
                doc.text = article.text
            doc.flags.append(f"timeout:{stage_name}")
        if self._budget is not None:
            self._budget.tick()
        if self.freeze_each:
            self._freeze(len(self.failures) > n_failures)
        return doc

    @staticmethod
    def _freeze(failed: bool) -> None:
        """Move the objects an article left behind (mostly new entries of per-word caches) out of
        the garbage collector's sight: collections otherwise rescan them without finding garbage
        (~10% of the time per article). The stages make no reference cycles (tests/test_pipeline.py);
        an exception does (traceback and frames), so an article with a failure is collected first."""
        if failed:
            gc.collect(1)
        gc.freeze()

    def run_many(self, articles: Iterable[Article]) -> Iterator[Doc]:
        for a in articles:
            yield self.run(a)


def process(text: str, published: str | None = None, id: str = "doc", **meta: str) -> Doc:
    """Convenience: run the default pipeline over one text."""
    import datetime as dt

    pub = dt.date.fromisoformat(published) if published else None
    return Pipeline().run(Article(id=id, text=text, published=pub, **meta))
