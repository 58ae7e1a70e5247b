"""A process's memory budget: the per-word caches of every stage, emptied together past a limit.

The stages keep caches of what they computed for a word (clitic splits, lexicon hits, gazetteer
rows, NER feature rows …), each bounded by its own entry count. Over a whole corpus a worker still
grows: tens of caches fill, each up to its bound. Every cache registers its ``clear`` here
(:func:`register`); a :class:`MemoryBudget`, ticked by the pipeline after each article, reads the
process's resident memory every ``every`` articles and, above ``limit_mb``, empties every registered
cache at once. The next articles refill them (a few slower articles), into the memory just freed.

Loads no data files; reads ``/proc/self/statm`` (Linux; elsewhere the budget never acts).

Example::

    >>> calls = []
    >>> _ = register(lambda: calls.append("cleared"))
    >>> budget = MemoryBudget(limit_mb=0.0, every=1)
    >>> budget.tick()  # any process is above 0 MB
    True
    >>> "cleared" in calls
    True
"""

from __future__ import annotations

import gc
import inspect
import logging
import os
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

# a bound method is held weakly (an object's cache goes with the object), a function strongly
_CLEARERS: list[Callable[[], Callable[[], None] | None]] = []
_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20 if hasattr(os, "sysconf") else 4096 / 2**20


def register(clear: Callable[[], None]) -> Callable[[], None]:
    """Add a cache's ``clear`` (no arguments) to those emptied when the budget is exceeded; a bound
    method does not keep its object alive."""
    if inspect.ismethod(clear):
        _CLEARERS.append(weakref.WeakMethod(clear))
    else:
        _CLEARERS.append(lambda: clear)
    return clear


def clear_caches() -> int:
    """Empty every registered cache; the number of caches emptied."""
    done = 0
    for ref in list(_CLEARERS):
        clear = ref()
        if clear is None:
            _CLEARERS.remove(ref)
            continue
        clear()
        done += 1
    return done


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``: gives the system back the free pages inside the C heap (where dict
    tables and long strings live); None on other C libraries."""
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


_TRIM = _malloc_trim()


def give_back() -> None:
    """Return the free pages of the C heap to the system (e.g. after a worker wrote a partition)."""
    if _TRIM is not None:
        _TRIM(0)


def rss_mb() -> float | None:
    """This process's resident memory in MB, or None where ``/proc`` is not there."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE_MB
    except (OSError, ValueError, IndexError):
        return None


@dataclass
class MemoryBudget:
    """Empty the registered caches when the process is above ``limit_mb`` (looked at every
    ``every`` articles). Memory freed inside the process is seldom given back to the system, so the
    resident size stays near its peak after a clearing: the next one waits until the process has
    grown ``slack_mb`` beyond that level (or the limit, if higher), never thrashing the caches."""

    limit_mb: float
    every: int = 200
    slack_mb: float = 24.0
    clearings: int = field(default=0, init=False)
    _seen: int = field(default=0, init=False)
    _threshold: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        self._threshold = self.limit_mb

    def tick(self) -> bool:
        """Count one article; True when the caches were emptied now."""
        self._seen += 1
        if self._seen % self.every:
            return False
        rss = rss_mb()
        if rss is None or rss <= self._threshold:
            return False
        clear_caches()
        gc.collect()
        give_back()
        after = rss_mb() or rss
        self._threshold = max(self.limit_mb, after + self.slack_mb)
        self.clearings += 1
        log.debug("memory budget: %.0f MB > limit, caches emptied (%.0f MB after)", rss, after)
        return True
