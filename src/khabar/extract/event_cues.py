"""Word tests around an event trigger, shared by :mod:`khabar.extract.event_mentions`.

Each answers one question about the tokens near a trigger (is a place named right after it, is a
figure counted after it, does it carry the article, is it a verb going on with the last subject …).
Reads a :class:`~khabar.extract.event_words.TokenView` (and for places and actors the document's
:class:`~khabar.extract.event_context.Context`); adds nothing. Word kinds come from
``lang/ar/events/words.tsv`` and grammar.yaml through :mod:`~khabar.extract.event_words`.

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.event_words import TokenView
    >>> v = TokenView(Doc(Article(id="x", text="اعتقال 16 شخصا.")))
    >>> counted_after(v, 1, 0)
    True
"""

from __future__ import annotations

import functools
import re

from khabar.doc import TimeMention
from khabar.text.normalize import normalize_form
from khabar.extract.event_actors import ActorPhrase
from khabar.extract.event_actors import _agent_cue_before as agent_cue_before
from khabar.extract.event_context import Context
from khabar.extract.event_merge import Mention
from khabar.extract.event_words import Match, TokenView, grammar

ARMED = frozenset({"state", "rebel", "pro_gov", "armed"})  # actor categories of an armed side
HYPERNYM_REACH = 6  # tokens
MEANS_AFTER_REACH = 18  # tokens from a target verb to the weapon named as its means ("استهدفوا أحد المواقع التي … بقذيفة")
UNDERGO_REACH = 16  # tokens from "تعرضت" to the weapon its place was hit by ("تعرضت القرية … أمس لمقذوفات")
_MEANS_REACH = 3  # tokens from an attack word to the weapon it was made with ("هجوم للمقاومة بقذيفة")
_COUNT_REACH = 4  # tokens from a weapon back to the ب of the figure counting it ("بأكثر من 1400 قذيفة")
_BLAST_OF_REACH = 2  # tokens from an explosion word to the weapon that exploded ("انفجار قذيفة هاون")
_FIRST_YEAR = 1000  # the earliest year a line of a "this day in history" list may open with
_COLON = ":"  # ends the heading of such a line ("1982 - الاجتياح الإسرائيلي للبنان: …")
_HEADING_WORDS = 4  # words of such a heading at most (a longer phrase before a colon tells the event itself)


def other_event_near(v: TokenView, m: Match, lo: int, hi: int) -> bool:
    """Another event word near a target verb with no aircraft ("مقتل 20 إثر استهداف مقر"): that word
    names the event; another target verb ("استهدفت المصلين، واستهداف دوريات الأمن") does not."""
    kinds = v.kinds()
    return any(x.i != m.i and "target" not in kinds[x.i]
               for x in v.triggers_in(max(lo, m.i - HYPERNYM_REACH), min(hi, m.j + HYPERNYM_REACH)))


def armed_after(ctx: Context, j: int, lo: int, hi: int, a1: ActorPhrase | None) -> bool:
    """An armed side named after token j in the sentence, not as the doer ("على يد مسلحين"): at a
    hotel or a museum, fighting with the forces there ("بين القتلى خمسة من القوات")."""
    return any(a.category in ARMED and a is not a1
               and not agent_cue_before(ctx.v, a.i, lo) for a in ctx.actors_between(j, hi))


def targeted_by(v: TokenView, m: Match, s: int) -> bool:
    """A weapon that targeted something ("استهدفت عبوة ناسفة دورية", "عبوة ناسفة استهدفت"): the verb
    استهدف right before or after it."""
    kinds = v.kinds()
    return any(0 <= k < len(v.tokens) and v.tokens[k].sentence == s and "target" in kinds[k] and v.triggers_at(k)
               for k in (m.i - 1, m.j))


def means_of_attack(v: TokenView, m: Match, s: int) -> bool:
    """A weapon named as the means of an attack word just before it ("هجوم للمقاومة بقذيفة صاروخية",
    "هاجموا الحاجز بالصواريخ"): the weapon names the attack, toll or no toll."""
    return any(x.entry.get("context") == "target" and v.tokens[x.i].sentence == s
               for x in v.triggers_in(max(0, m.i - _MEANS_REACH), m.i))


def counted_after(v: TokenView, j: int, s: int) -> bool:
    """A figure (digits or a number word) or a person noun right after token j ("اعتقال 16 شخصا")."""
    if j >= len(v.tokens) or v.tokens[j].sentence != s:
        return False
    t = v.tokens[j]
    return t.norm.isdigit() or v.number_at(j) is not None \
        or bool(v.kinds()[j] & {"person1", "person2", "combatant", "civilian"})


def generic_trigger(v: TokenView, m: Mention) -> bool:
    """A word for any attack (هجوم، اعتداء: context "target" in triggers.tsv)."""
    got = v.match_at("triggers", m.i)
    return got is not None and got.entry.get("context") == "target"


def place_follows(ctx: Context, j: int, s: int) -> bool:
    """A place word (منطقة، مدينة …) or a toponym starts within two tokens after token j."""
    if ctx.v.has_kind(j, j + 2, "placehead", s):
        return True
    return any(j <= ctx.token_of(p.span.start) < j + 2 for p in ctx.places_by_sent.get(s, ()))


def definite(v: TokenView, i: int) -> bool:
    """Token i carries the article in some reading ("القصف", "بالقصف", "للقصف")."""
    g = grammar()
    return any(p.endswith((g["article"], g["fused"])) or st.startswith(g["article"]) for p, st, _x in v.keys[i])


def continues_subject(v: TokenView, m: Mention) -> bool:
    """The trigger (or the verb right before it: "وشن 6 غارات") is a verb joined by و/ف with no
    subject of its own."""
    conj = grammar()["and"], grammar()["then"]
    for k in range(m.i - 3, m.i + 1):
        if k < 0 or v.tokens[k].sentence != m.sentence or not v.tokens[k].is_word:
            continue
        reads = v.keys[k]
        if len(reads) > 1 and reads[1][0] in conj and not reads[1][1].startswith(grammar()["article"]) \
                and (k == m.i or v.triggers_at(k)):
            return True
    return False


def means_after(v: TokenView, j: int, s: int, reach: int = MEANS_AFTER_REACH) -> str | None:
    """The sub-event type a target verb takes from the weapon its clause names as the means, with ب,
    up to ``reach`` tokens after token j ("استهدفوا أحد المواقع … بقذيفة صاروخية": a
    shelling; "استهدفت الدورية بعبوة ناسفة": a roadside bomb), else None (words.tsv kind ``means``)."""
    bi = grammar()["bi"]
    kinds = v.kinds()
    for k in range(j, min(j + reach, len(v.tokens))):
        if v.tokens[k].sentence != s:
            return None
        if "means" not in kinds[k]:
            continue
        for ph, p, _x in v.info[k].hits.get("words", ()):
            if ph.entry["kind"] == "means" and (p.endswith(bi) or p.endswith(bi + grammar()["article"])
                                                or _counted_with_bi(v, k, j, s)):
                return ph.entry.get("value") or None
    return None


def _counted_with_bi(v: TokenView, k: int, lo: int, s: int) -> bool:
    """The weapon at token k is counted by a figure that carries the ب of the means ("استهدفت البلدة
    بأكثر من 1400 قذيفة", "بعشرات القذائف", "بـ 5 قذائف"): the count stands between ب and the weapon."""
    bi, of = grammar()["bi"], grammar()["of"]
    for t in range(k - 1, max(lo, k - _COUNT_REACH) - 1, -1):
        if v.tokens[t].sentence != s:
            return False
        keys = v.keys[t]
        if v.tokens[t].norm == bi or any(p.endswith(bi) and (st.isdigit() or v.number_at(t) is not None)
                                         for p, st, _x in keys):
            return True
        if not (v.number_at(t) is not None or v.tokens[t].norm == of or any(st.isdigit() for _p, st, _x in keys)):
            return False
    return False


def blast_of(v: TokenView, m: Match, s: int) -> str | None:
    """The sub-event type of the weapon whose explosion an explosion word names, in the genitive right
    after it ("انفجار قذيفة": a shell fired, a shelling; "انفجار حزام ناسف": a suicide bomb), else None.
    A bomb or a mine ("انفجار عبوة") keeps the explosion's own type; the word must be of kind ``blast``
    and the weapon carry no preposition ("انفجار بالقرب من قذيفة" is no genitive)."""
    kinds = v.kinds()
    if "blast" not in kinds[m.i]:
        return None
    article = grammar()["article"]
    for k in range(m.j, min(m.j + _BLAST_OF_REACH, len(v.tokens))):
        if v.tokens[k].sentence != s or not v.tokens[k].is_word:
            return None
        if "means" not in kinds[k]:
            continue
        for ph, p, _x in v.info[k].hits.get("words", ()):
            if ph.entry["kind"] == "means" and p in ("", article):
                return ph.entry.get("value") or None
    return None


def undergone(v: TokenView, m: Match, lo: int) -> bool:
    """A weapon with ل that a place or a force underwent ("تعرضت قرية … أمس الجمعة لمقذوفات حوثية",
    "تعرض الموقع لقذائف"): a word of kind ``undergo`` up to ``UNDERGO_REACH`` tokens before it in its
    sentence makes it an attack, with no casualty word needed."""
    lam = grammar()["lam"]
    if not any(p.endswith(lam) for p, _st, _x in v.keys[m.i]):
        return False
    return v.has_kind(max(lo, m.i - UNDERGO_REACH), m.i, "undergo", v.tokens[m.i].sentence)


@functools.cache
def _year_head() -> re.Pattern[str]:
    """A line opening with a year and a dateline mark (grammar.yaml dateline_marks: "1943 - …", "1957- …")."""
    marks = "".join(re.escape(normalize_form(x)) for x in grammar()["dateline"])
    return re.compile(r"[ \t]*(\d{4})[ \t]*[" + marks + "]")


def _history_head(ctx: Context, i: int) -> re.Match[str] | None:
    """The year and dash opening the line of token i when that line is one of a "this day in history"
    list (a year before publication's, the token after the dash), else None."""
    if ctx.doc.published is None:
        return None
    norm = ctx.doc.norm.text
    nstart = ctx.v.tokens[i].nstart
    head = _year_head().match(norm, norm.rfind("\n", 0, nstart) + 1)
    if head is None or head.end() > nstart or not _FIRST_YEAR <= int(head.group(1)) < ctx.doc.published.year:
        return None
    return head


def history_line(ctx: Context, i: int) -> tuple[str, TimeMention | None] | None:
    """The day a line of a "this day in history" list gives the event at token i: a line that opens
    with a year and a dash ("1943 - قوات الحلفاء تشن سلسلة غارات جوية على هامبورغ") tells an event
    of that year on the publication's day and month. Returns the ISO day and the time mention of the
    year (when the times stage read one); None when the line opens otherwise, the year is not before
    publication or the publication day is unknown."""
    head = _history_head(ctx, i)
    if head is None:
        return None
    doc = ctx.doc
    try:
        day = doc.published.replace(year=int(head.group(1)))
    except ValueError:  # 29 February in a year with none
        return None
    ys = doc.span_from_norm(head.start(1), head.end(1))
    time = next((t for t in doc.times if t.span.start <= ys.start and ys.end <= t.span.end), None)
    return day.isoformat(), time


def opens_history_line(ctx: Context, i: int) -> bool:
    """Token i is the first word of a "this day in history" line, right after its year and dash
    ("1976 - اعتقال رئيس الوزراء …"): a headline-like verbal noun there names the line's event."""
    head = _history_head(ctx, i)
    return head is not None and not ctx.doc.norm.text[head.end():ctx.v.tokens[i].nstart].strip()


def history_heading(ctx: Context, i: int) -> bool:
    """Token i stands in the heading of a "this day in history" line, a few words between its year
    and a colon that other words follow ("1982 - الاجتياح الإسرائيلي للبنان: ياسر عرفات يوقع وثيقة …"): the heading
    names the war or crisis the line's event belongs to, no event of that day."""
    head = _history_head(ctx, i)
    if head is None:
        return False
    norm = ctx.doc.norm.text
    nstart = ctx.v.tokens[i].nstart
    end = norm.find("\n", nstart)
    line_end = len(norm) if end < 0 else end
    colon = norm.find(_COLON, nstart, line_end)
    return colon >= 0 and _COLON not in norm[head.end():nstart] and bool(norm[colon + 1:line_end].strip()) \
        and len(norm[head.end():colon].split()) <= _HEADING_WORDS
