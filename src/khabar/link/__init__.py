"""Linking: aliases within and across articles, same-event clustering, disagreements."""

from __future__ import annotations

from typing import Any


def link_docs(docs: list[Any]) -> list[dict[str, Any]]:
    """Cluster the events of processed Docs into real-world events, with disagreements.

    Returns linked events as dicts (``articles``, ``disagreements`` …); an empty list until the
    linking module is available.
    """
    try:
        from khabar.link.events import link_doc_events
    except ImportError:
        return []
    return link_doc_events(docs)
