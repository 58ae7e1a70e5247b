"""Turn an article's extraction record into highlighted segments for the article page.

Reads a record (``doc_to_record``) and the article text; returns a list of segments
``{"text", "classes", "tips"}`` that tile the text exactly, so overlapping annotations (a place inside
a claim's content) become one segment with several classes. The template escapes every string.
"""

from __future__ import annotations

from typing import Any


def _tip_time(t: dict[str, Any]) -> str:
    return f"time: {t.get('value') or 'unresolved'} ({t.get('precision') or '?'}; {t.get('rule', '')})"


def _tip_place(p: dict[str, Any]) -> str:
    coords = f"{p['lat']:.4f}, {p['lon']:.4f}" if p.get("lat") is not None and p.get("lon") is not None else "?"
    return (f"place: {p.get('name') or '?'} [{p.get('country') or '?'}] {p.get('level') or ''} "
            f"({coords}) precision {p.get('precision') or '?'}")


def annotations(rec: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """(start, end, css class, tooltip) for every highlighted span of a record."""
    out: list[tuple[int, int, str, str]] = []
    for t in rec.get("times", []):
        out.append((t["start"], t["end"], "time", _tip_time(t)))
    for p in rec.get("places", []):
        out.append((p["start"], p["end"], "place", _tip_place(p)))
    for e in rec.get("entities", []):
        out.append((e["start"], e["end"], f"ent ent-{(e.get('label') or 'x').lower()}",
                    f"{e.get('label')}: {e.get('canonical') or e.get('text')}"
                    + (f" ({e['actor_category']})" if e.get("actor_category") else "")))
    for i, c in enumerate(rec.get("claims", [])):
        sp = c.get("speaker") or {}
        via = " → ".join(v.get("text", "") for v in c.get("via", []))
        tip = f"claim {i + 1}: {sp.get('text') or '?'} → {c['cue']['text']}" + (f" via {via}" if via else "") \
            + f" [{c.get('stance', 'assert')}]"
        out.append((c["content"]["start"], c["content"]["end"], f"claim stance-{c.get('stance', 'assert')}", tip))
        out.append((c["cue"]["start"], c["cue"]["end"], "cue", tip))
        if sp.get("start") is not None and not c.get("speaker_implicit"):
            out.append((sp["start"], sp["end"], "speaker", tip))
        for v in c.get("via", []):
            out.append((v["start"], v["end"], "via", f"via: {v.get('text')}"))
    for ev in rec.get("events", []):
        tr = ev["trigger"]
        place = (ev.get("place") or {}).get("name") or "?"
        tip = (f"event: {ev.get('type')} / {ev.get('subtype')}, {ev.get('date') or '?'}, {place}, "
               f"killed {ev.get('killed') if ev.get('killed') is not None else '?'}")
        out.append((tr["start"], tr["end"], "trigger", tip))
    return [a for a in out if isinstance(a[0], int) and isinstance(a[1], int) and a[0] < a[1]]


def segments(text: str, rec: dict[str, Any]) -> list[dict[str, Any]]:
    anns = [(max(0, s), min(len(text), e), c, t) for s, e, c, t in annotations(rec)]
    cuts = sorted({0, len(text), *[s for s, _, _, _ in anns], *[e for _, e, _, _ in anns]})
    segs: list[dict[str, Any]] = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        cover = [(c, t) for s, e, c, t in anns if s <= a and b <= e]
        classes = " ".join(dict.fromkeys(c for c, _ in cover))
        tips = list(dict.fromkeys(t for _, t in cover))
        segs.append({"text": text[a:b], "classes": classes, "tips": "\n".join(tips)})
    return segs
