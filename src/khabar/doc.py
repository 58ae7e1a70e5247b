"""Article, Doc and Span: the original text, its normalised view, and every annotation as offsets.

The offset rule: ``Doc.text`` is the article exactly as read and is never rewritten. Every
annotation holds :class:`Span` objects, half-open ``(start, end)`` into ``Doc.text``, and
``doc.text[span.start:span.end] == span.text`` always holds. Extractors match on
``doc.norm.text`` (the normalised view) and map back with :meth:`Doc.span_from_norm`.

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="a1", text="قُتِلَ ثلاثةٌ في حلب"))
    >>> s = doc.span_from_norm(*doc.norm.find("حلب"))
    >>> (s.start, s.end, s.text)
    (17, 20, 'حلب')
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

from khabar.errors import SpanError


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range of ``Doc.text`` and the text it covers."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class Article:
    """One news report as read: the text exactly as given plus its metadata."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: _dt.date | None = None
    language: str = "ar"
    origin: str | None = None  # where it was read from, "file:line"


# ---------------------------------------------------------------- annotations


@dataclass(slots=True)
class Token:
    """A word or punctuation mark, with its clitic segmentation on the normalised form."""

    span: Span
    norm: str  # normalised surface form
    nstart: int  # offsets into doc.norm.text
    nend: int
    prefix: str = ""  # proclitics, e.g. "وب" or "وال"
    stem: str = ""  # the word without clitics
    suffix: str = ""  # enclitic pronoun, e.g. "ها"
    is_word: bool = True
    sentence: int = 0


@dataclass(slots=True)
class Sentence:
    span: Span
    nstart: int
    nend: int
    index: int


@dataclass(slots=True)
class TimeMention:
    """An expression naming a calendar date or period, resolved against the publication day."""

    span: Span
    value: str | None  # ISO date: the day, or the first day of the week/month/year
    precision: str | None  # day | week | month | year
    rule: str  # the rule that produced the value (for the UI and debugging)
    unresolved: bool = False  # relative expression and no publication date
    calendar: str = "gregorian"  # or "hijri"

    def to_json(self) -> dict[str, Any]:
        return {"start": self.span.start, "end": self.span.end, "text": self.span.text,
                "value": self.value, "precision": self.precision, "rule": self.rule,
                "unresolved": self.unresolved, "calendar": self.calendar}


@dataclass(slots=True)
class PlaceMention:
    """A toponym span, resolved to a gazetteer entry (or left unresolved)."""

    span: Span
    name: str | None = None  # English/Latin name of the resolved place
    name_ar: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    level: str | None = None  # country | admin1 | city | region
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    precision: int | None = None  # ACLED geo-precision 1/2/3
    direction: str | None = None  # relative expression: north, east, near, road …
    geonames_id: int | None = None
    wof_id: int | None = None
    cue: Span | None = None  # "ريف", "شرق", "قرب" …
    score: float = 0.0
    dateline: bool = False  # the place a report (or a round-up item) is filed from: "تونس (رويترز) -"

    def to_json(self) -> dict[str, Any]:
        d = {"start": self.span.start, "end": self.span.end, "text": self.span.text,
             "name": self.name, "name_ar": self.name_ar, "country": self.country,
             "level": self.level, "lat": self.lat, "lon": self.lon, "admin1": self.admin1,
             "admin2": self.admin2, "precision": self.precision, "direction": self.direction,
             "geonames_id": self.geonames_id, "wof_id": self.wof_id}
        if self.cue is not None:
            d["cue"] = self.cue.to_json()
        return d


@dataclass(slots=True)
class EntityMention:
    """A named entity: PER, ORG, LOC or MISC, optionally tied to a canonical domain actor."""

    span: Span
    label: str
    canonical: str | None = None  # canonical name from lang/ar/entities, when known
    actor_category: str | None = None  # ACLED actor category, when known
    source: str = "model"  # model | lexicon | rule
    entity_id: str | None = None  # cross-article canonical id (set by linking)

    def to_json(self) -> dict[str, Any]:
        return {"start": self.span.start, "end": self.span.end, "text": self.span.text,
                "label": self.label, "canonical": self.canonical,
                "actor_category": self.actor_category, "source": self.source,
                "entity_id": self.entity_id}


@dataclass(slots=True)
class Claim:
    """An attributed statement: who said (speaker), how (cue), what (content), through whom (via)."""

    cue: Span
    content: Span
    speaker: Span | None = None
    speaker_text: str | None = None  # the speaker's name as written (antecedent when implicit)
    speaker_implicit: bool = False
    via: list[Span] = field(default_factory=list)
    stance: str = "assert"  # assert | deny | uncertain
    kind: str = "verb"  # verb | preposition | participle | noun

    def to_json(self) -> dict[str, Any]:
        # "text" is what the offsets cover (the offset rule); "name" the speaker as the stage read it
        sp: dict[str, Any] = {"text": self.speaker_text, "name": self.speaker_text}
        if self.speaker is not None:
            sp.update(text=self.speaker.text, start=self.speaker.start, end=self.speaker.end)
        return {"speaker": sp, "speaker_implicit": self.speaker_implicit,
                "cue": self.cue.to_json(), "content": self.content.to_json(),
                "via": [v.to_json() for v in self.via], "stance": self.stance, "kind": self.kind}


@dataclass(slots=True)
class Event:
    """An ACLED-coded event with its evidence: every field points back to spans of the text."""

    type: str
    subtype: str
    trigger: Span
    date: str | None = None
    date_precision: str | None = None
    place: PlaceMention | None = None
    place_precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    killed: int | None = None
    injured: int | None = None
    civilian: bool = False
    mentions: list[Span] = field(default_factory=list)  # every trigger merged into this event
    sources: list[int] = field(default_factory=list)  # indexes into doc.claims that report it
    evidence: dict[str, list[Span]] = field(default_factory=dict)  # field -> spans
    conflicts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # field -> values+sources

    def to_json(self) -> dict[str, Any]:
        place = None
        if self.place is not None:
            place = self.place.to_json()
            place["precision"] = self.place_precision or self.place.precision
        return {"type": self.type, "subtype": self.subtype, "trigger": self.trigger.to_json(),
                "date": self.date, "date_precision": self.date_precision, "place": place,
                "actor1": self.actor1, "actor2": self.actor2, "killed": self.killed,
                "injured": self.injured, "civilian": self.civilian,
                "mentions": [m.to_json() for m in self.mentions], "sources": list(self.sources),
                "evidence": {k: [s.to_json() for s in v] for k, v in self.evidence.items()},
                "conflicts": self.conflicts}


@dataclass(slots=True)
class AliasCluster:
    """Names that refer to the same person or group in one article."""

    canonical: str
    type: str  # PER | ORG
    names: list[Span] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)  # which rules linked them
    entity_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"canonical": self.canonical, "type": self.type,
                "names": sorted({n.text for n in self.names}),
                "spans": [n.to_json() for n in self.names], "evidence": self.evidence,
                "entity_id": self.entity_id}


# ---------------------------------------------------------------- the document


class Doc:
    """An article with its normalised view, segmentation and the annotations of every stage."""

    def __init__(self, article: Article) -> None:
        from khabar.text.normalize import normalize
        from khabar.text.segment import segment

        self.article = article
        self.text: str = article.text
        self.norm = normalize(article.text)
        self._token_forms: tuple[list[Token], list[Any]] | None = None  # set by segment
        self.sentences: list[Sentence]
        self.tokens: list[Token]
        self.sentences, self.tokens = segment(self)
        self.times: list[TimeMention] = []
        self.places: list[PlaceMention] = []
        self.entities: list[EntityMention] = []
        self.claims: list[Claim] = []
        self.events: list[Event] = []
        self.aliases: list[AliasCluster] = []
        self.flags: list[str] = []  # e.g. "no-publication-date"
        self._token_starts: tuple[list[Token], list[int]] | None = None  # (the tokens, their starts)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def published(self) -> _dt.date | None:
        return self.article.published

    def span(self, start: int, end: int) -> Span:
        """A span of the original text; raises SpanError when out of range."""
        if not 0 <= start <= end <= len(self.text):
            raise SpanError(f"span ({start}, {end}) outside text of length {len(self.text)}")
        return Span(start, end, self.text[start:end])

    def span_from_norm(self, nstart: int, nend: int) -> Span:
        """Map a range of ``self.norm.text`` back to a span of the original text."""
        start, end = self.norm.to_orig(nstart, nend)
        return self.span(start, end)

    def token_starts(self) -> list[int]:
        """Start offset (in ``text``) of every token, in token order: made once and shared by the
        stages that bisect over it (read-only; do not modify the list)."""
        got = self._token_starts
        if got is None or got[0] is not self.tokens:
            got = self._token_starts = (self.tokens, [t.span.start for t in self.tokens])
        return got[1]

    def token_forms(self) -> list[Any] | None:
        """The form memo (:class:`khabar.text.segment.Form`) of every token, in token order, shared
        by the tokens of one form: where stages keep what they work out from a word alone. None
        when ``tokens`` is no longer the list segment made (read-only; do not modify the list)."""
        got = self._token_forms
        if got is not None and got[0] is self.tokens:
            return got[1]
        return None

    def tokens_in(self, nstart: int, nend: int) -> list[Token]:
        """Tokens whose normalised range lies inside [nstart, nend)."""
        return [t for t in self.tokens if t.nstart >= nstart and t.nend <= nend]

    def sentence_at(self, nstart: int) -> Sentence | None:
        for s in self.sentences:
            if s.nstart <= nstart < s.nend:
                return s
        return None

    def __repr__(self) -> str:
        return f"Doc(id={self.id!r}, chars={len(self.text)}, tokens={len(self.tokens)})"
