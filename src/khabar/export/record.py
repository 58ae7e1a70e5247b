"""One Doc as one JSON object: the output contract of ../shared/eval/OUTPUT.md, plus evidence.

Reads a processed Doc; returns a dict with ``id``, ``times``, ``places``, ``claims``, ``aliases``,
``events`` (each with offsets into the original text) and extras: ``entities``, ``flags``, article
metadata. Nothing here changes the Doc.
"""

from __future__ import annotations

from typing import Any

from khabar.doc import Doc


def doc_to_record(doc: Doc) -> dict[str, Any]:
    a = doc.article
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "url": a.url,
        "published": a.published.isoformat() if a.published else None,
        "times": [t.to_json() for t in doc.times],
        "places": [p.to_json() for p in doc.places],
        "entities": [e.to_json() for e in doc.entities],
        "claims": [c.to_json() for c in doc.claims],
        "aliases": [c.to_json() for c in doc.aliases],
        "events": [e.to_json() for e in doc.events],
        "flags": list(doc.flags),
    }
