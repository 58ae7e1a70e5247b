"""A readable digest of processed documents: events, claims with speakers, disagreements.

Reads processed Docs (and, optionally, linked events); returns plain data that the CLI renders as
tables. Disagreements come from two places: conflicting values inside one article (``Event.conflicts``)
and, when linked events are given, values that differ between reports of one event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from khabar.doc import Doc


@dataclass
class Digest:
    articles: int = 0
    events: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def _place_label(ev: Any) -> str:
    p = ev.place
    if p is None:
        return ""
    label = p.span.text
    if p.name:
        label += f" ({p.name}, {p.country or '?'})"
    return label


def source_label(src: Any) -> str:
    """'outlet: speaker' for a source dict of the linker, or the claim speaker / string as given."""
    if isinstance(src, dict):
        who = src.get("outlet") or src.get("article") or "?"
        speaker = (src.get("speaker") or "").split(",")[0].strip()
        return f"{who}: {speaker}" if speaker else str(who)
    return str(src)


def _value_label(v: Any) -> Any:
    """A place dict as 'name (text as written)'; anything else as it is."""
    if isinstance(v, dict):
        name, text = v.get("name"), v.get("text")
        return f"{name} ({text})" if name and text else (name or text or str(v))
    return v


def _values(values: list[Any], claims: list[Any] | None = None) -> list[dict[str, Any]]:
    """Each value with who gives it: across articles the outlet and speaker; within one article
    (``claims`` given) the words that carry it and the speakers of the claims that report them."""
    out = []
    for v in values:
        if isinstance(v, dict):
            if claims is None:
                sources = [source_label(s) for s in v.get("sources", [])]
            else:
                words = "; ".join("«" + m.get("text", "") + "»" for m in v.get("mentions", []) if isinstance(m, dict))
                who = [claims[k].speaker_text or "?" for k in v.get("sources", [])
                       if isinstance(k, int) and 0 <= k < len(claims)]
                sources = [words + (" (" + ", ".join(dict.fromkeys(who)) + ")" if who else "")]
            out.append({"value": _value_label(v.get("value")), "sources": sources})
        else:
            out.append({"value": v, "sources": []})
    return out


def digest(docs: list[Doc], linked: list[dict[str, Any]] | None = None) -> Digest:
    d = Digest(articles=len(docs))
    for doc in docs:
        for ev in doc.events:
            d.events.append({"article": doc.id, "type": ev.type, "subtype": ev.subtype,
                             "trigger": ev.trigger.text, "date": ev.date or "",
                             "place": _place_label(ev), "actor1": ev.actor1 or "",
                             "actor2": ev.actor2 or "",
                             "killed": "" if ev.killed is None else str(ev.killed)})
            for fld, values in ev.conflicts.items():
                d.disagreements.append({"scope": doc.id, "event": f"{ev.subtype} ({ev.trigger.text})",
                                        "field": fld, "values": _values(values, doc.claims)})
        for c in doc.claims:
            d.claims.append({"article": doc.id, "speaker": c.speaker_text or "",
                             "implicit": c.speaker_implicit, "cue": c.cue.text,
                             "content": c.content.text, "via": [v.text for v in c.via],
                             "stance": c.stance})
    for ev in linked or []:
        for dis in ev.get("disagreements") or []:
            d.disagreements.append({"scope": "linked: " + ", ".join(ev.get("articles", [])),
                                    "event": f"{ev.get('subtype')} {ev.get('date') or ''}".strip(),
                                    "field": dis.get("field"), "values": _values(dis.get("values", []))})
    d.counts = {"events": len(d.events), "claims": len(d.claims),
                "disagreements": len(d.disagreements)}
    return d
