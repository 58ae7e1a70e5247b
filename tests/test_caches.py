"""Package-wide guard: no cached function takes a document.

``functools.cache`` / ``lru_cache`` keep their arguments as keys: a function cached on a Doc (or a
Token, Span, mention … of one) would keep every document read alive for the life of the process,
hundreds of MB over a corpus (5a181c1). Per-document answers belong on the Doc or in a per-call
local; per-word answers in the form memo (:class:`khabar.text.segment.Form`)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import khabar

# parameter annotations naming a document or a part of one (kept alive with it)
_DOC_TYPES = re.compile(r"\b(Doc|Token|Span|TokenView|EntityMention|PlaceMention|EventMention|Article)\b")


def _cached_functions():
    seen = set()
    for info in pkgutil.walk_packages(khabar.__path__, "khabar."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra not installed
            continue
        owners = [module, *(c for _, c in inspect.getmembers(module, inspect.isclass)
                            if c.__module__ == module.__name__)]
        for owner in owners:
            for value in vars(owner).values():
                fn = value.__func__ if isinstance(value, (staticmethod, classmethod)) else value
                if hasattr(fn, "cache_info") and hasattr(fn, "__wrapped__") and id(fn) not in seen:
                    seen.add(id(fn))
                    yield f"{fn.__wrapped__.__module__}.{fn.__wrapped__.__qualname__}", fn.__wrapped__


def test_the_package_has_cached_functions_to_check():
    assert len(list(_cached_functions())) > 20


def test_no_cached_function_takes_a_document():
    bad = []
    for name, fn in _cached_functions():
        for p in inspect.signature(fn).parameters.values():
            ann = p.annotation if isinstance(p.annotation, str) else getattr(p.annotation, "__name__", "")
            if p.name in ("doc", "document") or _DOC_TYPES.search(str(ann)):
                bad.append(f"{name}({p.name}: {ann})")
    assert not bad, "cached on a document (keeps every Doc alive): " + ", ".join(bad)
