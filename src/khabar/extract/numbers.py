"""Casualty figures: killed and injured counts from digits, number words, duals and vague quantifiers.

Reads a :class:`~khabar.extract.event_words.TokenView` (tokens, context-word kinds, number words);
returns :class:`Casualty` records; adds nothing to the Doc. Vocabulary comes from
``lang/ar/events/words.tsv`` (kinds killed, injured, person1, person2, subset) and
``lang/ar/events/numbers.tsv``, ``lang/ar/events/casualties.yaml`` (a named victim before the
verb, deaths that only date another event, one holder of an office or the attacker, a lone
accusative nisba, more killing words read only with their figure, لقي … مصرعه). Conventions (../shared/gold/GUIDE.md): "قتيلين" = 2, "عشرات" = 10,
"نحو 20" = 20, a figure lumping dead and wounded ("مقتل وإصابة العشرات") gives no figure, a figure
after "بينهم" is a subset and is not counted; a singular or dual person noun opening a clause after
"إن/أن" before its killing verb counts its persons ("إن جنديين ليبيين قتلا" = 2), and so does a
dual relative pronoun ("اللذين اغتيلا" = 2); one person noun between a killing verb and a figure is
the doer, not a victim ("وقتل مسلح 38 سائحا" = 38).

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.event_words import TokenView
    >>> v = TokenView(Doc(Article(id="x", text="قتل 3 أشخاص وأصيب نحو عشرين آخرين")))
    >>> [(c.kind, c.value) for c in casualties(v, 0, len(v.tokens))]
    [('killed', 3), ('injured', 20)]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from khabar.extract.event_words import UNKNOWN_WORD, TokenView, grammar, key_starts, stem_among
from khabar.lang import load_yaml
from khabar.text import memory
from khabar.text.normalize import normalize_form

# a figure of at most 12 characters: a longer run of digits is no count (and int() refuses > 4,300 digits)
_DIGITS = re.compile(r"^(?=[\d.,]{1,12}$)\d+(?:[.,]\d{3})*$")
_BACK_WINDOW = 6
_FORWARD_WINDOW = 3
_CONJ_WINDOW = 8  # words from a figure to a count joined to it by و ("خمسة عناصر من التنظيم ومسلحون موالون لهم وستة جنود")
_RISE_REACH = 2  # words from "ارتفعت" to the count noun of the toll that rose ("ارتفعت حصيلة القتلى")
_RISE_BACK = 5  # words from "إلى" before a figure back to the rise word of its clause ("ارتفعت حصيلة ضحايا التفجير إلى 32")
_COUNT_REACH = 4  # words from "عدد القتلى" to the "إلى" before its figure
_NOT_DONE = frozenset({"call", "future", "attempt", "negation"})  # kinds before a killing word that was not done
_NOT_DONE_REACH = 3
_NOT_COUNTS = frozenset({"duration", "percent", "measure"})  # kinds right after a number that make it no count
_SKIPPED = ("approx", "range")  # number-table kinds skipped before a figure ("نحو 20", "ما بين 10 و15")
_TIME_SKIP = 3  # words of a time expression between a killing verb and its figure
_NISBA_MIN = 5  # letters of a nisba noun counted as one victim ("عراقيا"; not "حاليا"-like short words)
_PERIOD_WORDS = 3  # definite numbers and adjectives after a time noun ("الأيام الثلاثة الماضية")
_NAME_WORDS = 7  # words of a kunya name ("أبو عبدالله بن يحيى بدر الدين الحوثي")


@dataclass(slots=True)
class Casualty:
    kind: str  # killed | injured
    value: int
    cue: int  # token index of the casualty word
    lo: int  # token range covering cue and figure
    hi: int
    person: bool = False  # one victim named by a person's name ("مقتل سامر الخطيب"), not a count
    update: bool = False  # a toll that rose to this figure ("ارتفعت حصيلة القتلى إلى 27"): it replaces
    rank: bool = False  # one holder of a rank or office ("مقتل قائد الكتيبة"), or one person with the article
    # ("مقتل الجندي", "إن الرجل قتل": told of before): one of a toll told beside it
    part: bool = False  # part of the toll before it ("، ثلاثة منهم في كمين"): adds nothing to that toll's event


def parse_number(v: TokenView, i: int, hi: int, and_digits: bool = False) -> tuple[int, int] | None:
    """(value, end token) of the number starting at token i (digits or words), skipping approx words;
    None for an age, a duration, a share or a measure ("واحد وعشرون عاما", "3 أيام", "70 في المئة",
    "عشرة أمتار", "500 دولار")."""
    got = _parse_number(v, i, hi, and_digits)
    if got is not None and got[1] < len(v.tokens) and (not _NOT_COUNTS.isdisjoint(v.kinds()[got[1]])
                                                       or v.tokens[got[1]].norm in _word_set("percent_signs")):
        return None  # "99 بالمائة من الضحايا", "70% من القتلى": a share, no count
    return got


def count_at(v: TokenView, i: int, hi: int) -> tuple[int, int] | None:
    """(value, end token) of the number starting at token i, a duration's too ("3 أيام": 3)."""
    return _parse_number(v, i, hi)


def _parse_number(v: TokenView, i: int, hi: int, and_digits: bool = False) -> tuple[int, int] | None:
    j = i
    while j < hi:
        m = v.number_at(j)
        if m is not None and m.entry["kind"] in _SKIPPED:
            j = m.j
            continue
        break
    if j >= hi:
        return None
    tok = v.tokens[j]
    norm = tok.norm
    if "percent" in v.kinds()[j]:
        return None  # "بالمائة" is no hundred
    if and_digits and norm.startswith(grammar()["and"]) and _DIGITS.match(norm[len(grammar()["and"]):]):
        norm = norm[len(grammar()["and"]):]  # "و50 جريحا": a figure before its own cue
    if _DIGITS.match(norm):
        value = int(re.sub(r"[.,]", "", norm))
        end = j + 1
        m = v.number_at(end) if end < hi else None
        if m is not None and m.entry["kind"] in ("thousand", "vague") and m.entry["value"] == "1000" \
                and not m.prefix:
            value *= 1000  # "3 آلاف", "3 ألف"
            end = m.j
        return value, end
    m = v.number_at(j)
    if m is None or m.entry["kind"] in (*_SKIPPED, "dual_killed", "dual_injured"):
        return None
    kind, value, end = m.entry["kind"], int(m.entry["value"]), m.j
    if kind == "unit" and end < hi:
        nxt = v.number_at(end)
        if nxt is not None:
            nkind = nxt.entry["kind"]
            if nkind == "unit" and nxt.entry["value"] == "10" and not nxt.prefix:
                return value + 10, nxt.j  # teens: ثلاثة عشر
            if nkind == "tens" and nxt.prefix.startswith(grammar()["and"]):
                return value + int(nxt.entry["value"]), nxt.j  # خمسة وعشرون
            if nkind in ("hundred", "thousand", "vague") and int(nxt.entry["value"]) >= 100:
                return value * int(nxt.entry["value"]), nxt.j  # ثلاثة آلاف
    if kind == "tens" and end < hi:
        nxt = v.number_at(end)
        if nxt is not None and nxt.entry["value"] == "1000" and not nxt.prefix:
            return value * 1000, nxt.j  # أربعين ألف
    return value, end


def _named(v: TokenView, i: int) -> bool:
    """A person's name starts at token i (a PER entity, or a kunya: "أبو محمد")."""
    return i in v.person_names() or "kunya" in v.kinds()[i]


def _kind_of(v: TokenView, i: int) -> str | None:
    kinds = v.kinds()[i]
    if "killed" in kinds:
        return "killed"
    if "injured" in kinds:
        return "injured"
    return "killed" if _more_killed(v, i) else None


_MORE_SEEN: dict[str, bool] = {}  # a word's norm -> whether it is a more_killed word (by its readings)
_MORE_MAX = 50_000
# the more_killed word set _MORE_SEEN answers for: a reload of casualties.yaml (_word_set's cache
# cleared) empties it (_more_seen), and so does the memory budget
_MORE_FROM: list[object] = [None]
memory.register(_MORE_SEEN.clear)


def _more_seen() -> dict[str, bool]:
    """_MORE_SEEN, emptied first if it was filled for another more_killed word set than today's."""
    words = _word_set("more_killed")
    if _MORE_FROM[0] is not words:
        _MORE_SEEN.clear()
        _MORE_FROM[0] = words
    return _MORE_SEEN


def _more_killed(v: TokenView, i: int) -> bool:
    """A killing word of casualties.yaml more_killed (تصفية 12 عنصرا، حصد أرواح خمسة، لقيت حتفها) at token i."""
    norm = v.tokens[i].norm
    hit = _more_seen().get(norm)
    if hit is None:
        words = _word_set("more_killed")
        hit = norm in words or any(st in words for _p, st, _x in v.keys[i])
        if len(_MORE_SEEN) >= _MORE_MAX:
            _MORE_SEEN.clear()
        _MORE_SEEN[norm] = hit
    return hit


def _more_killed_words(v: TokenView) -> list[int]:
    """The word tokens of the document that are :func:`_more_killed` words, ascending (once per document)."""
    got = v.memo.get("more_killed")
    if got is None:
        seen = _more_seen()  # (the per-word answers read here: a call only for a word not seen yet)
        toks = v.tokens
        if _word_set("more_killed") <= key_starts():
            # a word none of whose readings is a lexicon stem or a more_killed word (most words) is
            # none of them: only the others are read
            cands: Iterable[int] = [k for k, inf in enumerate(v.info) if inf is not UNKNOWN_WORD]
        else:
            cands = range(len(toks))
        got = v.memo["more_killed"] = [k for k in cands if toks[k].is_word and (
            seen.get(toks[k].norm) or (toks[k].norm not in seen and _more_killed(v, k)))]
    return got  # type: ignore[return-value]


def _person(v: TokenView, i: int) -> int | None:
    for kind in ("person2", "person1"):
        if kind in v.kinds()[i]:
            val = v.word_value(i, kind)
            return int(val) if val else None
    return None


def casualties(v: TokenView, lo: int, hi: int, skip: set[int] | None = None,
               not_figures: set[int] | None = None) -> list[Casualty]:
    """Killed/injured figures among tokens [lo, hi) (one sentence); cue tokens in ``skip`` are
    ignored and tokens in ``not_figures`` (dates: "عام 2012") are never read as figures."""
    skip = skip or set()
    out: list[Casualty] = []
    times = frozenset(not_figures or ())
    used: set[int] = set(times)  # number tokens already given to a cue, or dates
    kinds = v.kinds()
    consumed_cues: set[int] = set()
    cues = v.cue_tokens()
    here = cues[bisect.bisect_left(cues, lo):bisect.bisect_left(cues, hi)]
    # (not after a call, a plan or an attempt: "للمطالبة بإعدام", "محاولة اغتيال الوزير")
    words = _more_killed_words(v)
    more = [k for k in words[bisect.bisect_left(words, lo):bisect.bisect_left(words, hi)]
            if not any(kinds[x] & _NOT_DONE or _is(v, x, "wish") for x in range(max(lo, k - _NOT_DONE_REACH), k))]
    if more:
        here = sorted({*here, *more})
    for c in here:
        if c in skip or c in consumed_cues:
            continue
        m = v.number_at(c)
        if m is not None and m.entry["kind"] in ("dual_killed", "dual_injured"):
            out.append(Casualty(m.entry["kind"][5:], int(m.entry["value"]), c, c, m.j))
            continue
        if "killed_one" in kinds[c]:
            g = grammar()
            if any(p.endswith((g["article"], g["fused"])) or st.startswith(g["article"])
                   for p, st, _x in v.keys[c]):
                continue  # "القتلة": the killers, a noun
            if v.tokens[c].span.text.endswith(_killer_endings()):
                continue  # "وقتلة المصلين": the killers (قتلة folds with قتله, "killed him")
            if any(kinds[x] & _NOT_DONE or _is(v, x, "wish") for x in range(max(lo, c - _NOT_DONE_REACH), c)):
                continue  # "نجا من محاولة قتله", "يريد قتله": not done, like "محاولة اغتيال الوزير"
            out.append(Casualty("killed", 1, c, c, c + 1))  # "فقتلاه": one victim
            continue
        kind = _kind_of(v, c)
        if kind is None or (c - 1 >= lo and (_time_reference(v, c - 1) or _retaliation(v, c, lo))) \
                or (c - 2 >= lo and _time_reference(v, c - 2) and stem_among(v, c - 1, _word_set("reference_ordinals"))):
            continue
        fig = _forward(v, c + 1, hi, used, times)
        if fig is not None and _definite(v, c) and _is(v, c, "dead_plurals") and v.number_at(fig[1]) is None \
                and not _DIGITS.match(v.tokens[fig[1]].norm):
            fig = None  # "أسماء الشهداء الجندي فلان والعريف فلان": the dead told before, named one by one
        if fig is None and c + 1 < hi and v.keys[c + 1] and _kind_of(v, c + 1) not in (None, kind) \
                and any(p.startswith(grammar()["and"]) for p, _s, _x in v.keys[c + 1]):
            back = _backward(v, c, lo, used)
            if back is None and kind == "killed":
                back = _noun_subject(v, c, lo, used)  # "إن جنديين قتلا وأصيب عشرة"
            if back is None and kind == "killed":
                back = _met_pronoun(v, c, lo, used)  # "لقي ضابط ومجند مصرعهما وأصيب ثلاثة"
            if back is None:
                # "مقتل وإصابة العشرات": one figure for dead and wounded together: no figure
                lumped = _forward(v, c + 2, hi, used)
                if lumped is not None and _others_after(v, lumped[1], hi):
                    continue  # "… قتلوا وأصيب 15 آخرون": the wounded's own figure (the dead's is elsewhere)
                consumed_cues.add(c + 1)
                if lumped is not None:
                    used.update(range(c + 2, lumped[1]))
                continue
            if _forward(v, c + 2, hi, used) is None:
                # "عشرات القتلى والجرحى": one figure for dead and wounded together: no figure
                consumed_cues.add(c + 1)
                used.update(range(back[1], back[2]))
                continue
            fig = back  # "3 قتلى وجرح 10 آخرين": the wounded have their own figure
        if fig is None and c - 1 >= lo and _is(v, c - 1, "count_nouns"):
            fig = _count_to(v, c + 1, hi, used)  # "ارتفع عدد القتلى إلى 25"
        if fig is None and not _part_of_the_dead(v, c, lo):
            fig = _backward(v, c, lo, used)
        if fig is None and kind == "killed" and c - 2 >= lo and c - 1 not in used and _met(v, c - 2):
            person = _person(v, c - 1)
            if person is not None:
                fig = (person, c - 1, c)  # "لقي جندي مصرعه", "لقيت امرأة حتفها"
        if fig is None and kind == "killed":
            fig = _met_pronoun(v, c, lo, used)  # "لقي ضابط شرطة ومجند مصرعهما"
        if fig is None and kind == "killed" and _is(v, c, "singular_dead") and not _definite(v, c):
            fig = (1, c, c + 1)  # "سقط قتيل": one dead
        if fig is None and kind == "killed" and c - 1 >= lo and c - 1 not in used and _is(v, c - 1, "dual_relatives"):
            fig = (2, c - 1, c)  # "فلان وفلان، اللذين اغتيلا": the dual relative counts the dead
        if fig is None and kind == "killed":
            fig = _named_subject(v, c, lo)
        if fig is None and kind == "killed":
            fig = _noun_subject(v, c, lo, used)
        if fig is None:
            continue
        value, a, b = fig
        if any("subset" in kinds[k] for k in range(max(lo, a - 2), a)):
            continue
        used.update(range(a, b))
        if "kunya" in kinds[a] and a not in v.person_names():
            b = _kunya_end(v, b, hi)
        if _range_start(v, a, lo):
            b = _range_end(v, max(b, c + 1), hi, used)  # "بين 10 و15": the upper bound adds nothing
        else:
            value, b = _conjoined(v, value, max(b, c + 1), hi, used)
        rose = (c - 1 >= lo and _is(v, c - 1, "count_nouns")
                and any(_is(v, k, "rise") for k in range(max(lo, c - 1 - _RISE_REACH), c - 1))) \
            or _rose_to(v, a, lo)
        # one holder of an office, one person told of before ("مقتل الجندي", "إن الرجل قتل": the
        # article makes him a victim already counted) or one of a group ("قتل أحد العناصر"): one of a
        # toll told beside him
        rank = value == 1 and ((b == a + 1 and _is(v, a, "one_person")) or (
            (b == a + 1 or a < c) and "person1" in kinds[a] and _definite(v, a)) or _is(v, a, "one_of"))
        out.append(Casualty(kind, value, c, min(a, c), max(b, c + 1), _named(v, a), rose, rank))
    if out:
        parted = _partitive(v, out, hi, used)
        more = _elliptic(v, out + [x for _t, ps in parted for x in ps], hi, used)
        for total, parts in parted:
            out.extend(parts)
            if sum(x.value for x in parts + more if x.kind == total.kind) == total.value:
                out.remove(total)  # "قتل 23 في هجومين، 17 منهم بسقوط مروحية، وستة آخرون في هجوم": the sum of its parts
        out.extend(more)
        if parted:
            out.sort(key=lambda x: x.cue)
    return out


def _partitive(v: TokenView, figs: list[Casualty], hi: int,
               used: set[int]) -> list[tuple[Casualty, list[Casualty]]]:
    """"قتل 13 جنديا منذ 20 يوليو على الأقل، ثلاثة منهم في كمين استهدف قافلة": a count opening a clause
    after a toll (past a comma or words of approximation), then "منهم" (of them) and a preposition of
    circumstance (في، خلال، جراء, or ب on the next word: "17 منهم بسقوط مروحية"), is the part of that
    toll that died in the deed named there, a figure of its own (cue: the word منهم). Returns each toll
    so parted with its parts."""
    breaks = grammar()["breaks"]
    of_them = _word_set("partitive_pronouns")
    circumstance = _word_set("circumstance")
    approx = _word_set("approx_after")
    starts = sorted(f.lo for f in figs)
    out: list[tuple[Casualty, list[Casualty]]] = []
    for f in figs:
        if f.kind != "killed" or f.part:
            continue
        end = min([x for x in starts if x >= f.hi] + [hi])
        parts: list[Casualty] = []
        for k in range(f.hi, end - 2):
            tok = v.tokens[k]
            before = v.tokens[k - 1]
            if k in used or not tok.is_word or not (
                    (not before.is_word and before.norm in breaks) or (before.is_word and before.norm in approx)):
                continue
            got = parse_number(v, k, end, and_digits=True)  # "، و9 منهم" too
            if got is None or got[1] + 1 >= end or got[1] in used or v.tokens[got[1]].norm not in of_them:
                continue
            e = got[1]
            if not (v.tokens[e + 1].norm in circumstance or any(p == grammar()["bi"] for p, _st, _x in v.keys[e + 1])):
                continue
            if got[0] >= f.value:
                continue
            used.update(range(k, e + 1))
            parts.append(Casualty(f.kind, got[0], e, k, e + 1, part=True))
        if parts:
            out.append((f, parts))
    return out


def _elliptic(v: TokenView, figs: list[Casualty], hi: int, used: set[int]) -> list[Casualty]:
    """"قتل 3 أشخاص في غارة على تعز، و5 آخرون في قصف على عدن": a figure joined by و past a comma,
    with "others" after it and no casualty word of its own, counts more of the last figure's kind; its
    cue is the word "آخرون"."""
    out = []
    kinds = v.kinds()
    conj = grammar()["and"]
    breaks = grammar()["breaks"]
    last = figs[-1]
    k = last.hi
    while k < hi - 1:
        if k in used or not v.tokens[k].norm.startswith(conj) or not any(
                not v.tokens[x].is_word and v.tokens[x].norm in breaks for x in range(last.hi, k)):
            k += 1
            continue
        bare = v.tokens[k].norm[len(conj):]
        got = (int(bare), k + 1) if _DIGITS.match(bare) and "," not in bare and "." not in bare \
            else parse_number(v, k, hi) if v.number_at(k) is not None and v.number_at(k).prefix.startswith(conj) \
            else None
        if got is not None and got[1] < hi and "others" in kinds[got[1]] and got[1] not in used:
            used.update(range(k, got[1] + 1))
            out.append(Casualty(last.kind, got[0], got[1], k, got[1] + 1))
            last = out[-1]
            k = got[1] + 1
            continue
        k += 1
    return out


def _kunya_end(v: TokenView, j: int, hi: int) -> int:
    """End of a kunya name the entities stage missed: the words after "أبو" up to the first one
    with و, a punctuation mark, a number or a casualty word ("مقتل أبو عبدالله بن يحيى الفلاني
    وقياديين آخرين"), at most a few words on."""
    conj = grammar()["and"]
    for k in range(j, min(j + _NAME_WORDS, hi)):
        tok = v.tokens[k]
        if not tok.is_word or tok.norm.startswith(conj) or v.number_at(k) is not None \
                or _kind_of(v, k) is not None:
            return k
    return j


def _owned(v: TokenView, k: int, hi: int) -> bool:
    """The number at token k is followed by a casualty word ("و100 جريح", "وعشرة جرحى")."""
    got = parse_number(v, k, hi) if v.number_at(k) is not None else None
    end = got[1] if got is not None else k + 1
    return end < hi and _kind_of(v, end) is not None


def _forward(v: TokenView, j: int, hi: int, used: set[int],
             times: frozenset[int] = frozenset()) -> tuple[int, int, int] | None:
    quotes = grammar()["quotes"]
    stop = min(j + _FORWARD_WINDOW, hi)
    start = j
    for k in range(j, hi):
        if k >= stop:
            return None
        if k == j and k - start < _TIME_SKIP and v.tokens[k].is_word and not v.tokens[k].norm.isdigit() \
                and (k in times or v.tokens[k].norm in _word_set("then_adverbs")):
            # "قتل أمس 5 أشخاص", "قتل اليوم الاثنين 3": a time's words stand between; so does an
            # adverb pointing back to a time told before ("وقتل حينها 14 ضابطا")
            stop = min(stop + 1, hi)
            j += 1
            continue
        if k in used:
            return None
        tok = v.tokens[k]
        if not tok.is_word:
            if tok.norm in quotes:
                stop = min(stop + 1, hi)  # "(استشهاد) عشرة": a bracket or quote is no word
                continue
            return None
        num = v.number_at(k)
        if num is not None and num.prefix.startswith(grammar()["and"]):
            return None  # "قتيل وثلاثة جرحى": the figure after و is the next cue's
        got = parse_number(v, k, hi)
        if got is not None:
            return got[0], k, got[1]
        # "مقتل «والي» المدينة"; "قتل خلالها قيادي بارز": past a preposition pointing back to the deed
        first = k == j or all(v.tokens[x].norm in quotes or (x == j and "filler" in v.kinds()[x]) for x in range(j, k))
        person = _person(v, k)
        if person is None and first and _is(v, k, "one_person"):
            person = 1  # "مقتل والي الصقلاوية", "اغتيال زعيم التنظيم": one holder of a rank or office
        if person == 1 and first and k + 1 < hi and k + 1 not in used and v.tokens[k + 1].is_word \
                and not v.tokens[k + 1].norm.startswith(grammar()["and"]):
            got = parse_number(v, k + 1, hi)
            if got is not None:
                return got[0], k + 1, got[1]  # "وقتل مسلح 38 سائحا": verb, its one doer, then the toll
        if person is not None and first:
            return person, k, k + 1
        if k == j and _named(v, k) and "natural" not in v.kinds()[j - 1]:
            return 1, k, v.person_names().get(k, k + 1)  # "مقتل أبو محمد الشامي": one named victim
        m = v.number_at(k)
        if m is not None and m.entry["kind"] in _SKIPPED:
            continue
        if _kind_of(v, k) is not None:
            return None
        if k == j and "filler" in v.kinds()[k]:
            continue  # "قتل فيها 10": one more word only if it is a filler
        if k == j and _lone_nisba(v, k):
            return 1, k, k + 1  # "قتلت فلسطينيا بالرصاص": one man named by his nisba
        if k == j and _is(v, k, "circumstance"):
            return _after_circumstance(v, k, hi, used)
        if k == j:
            return _after_agent(v, k, hi, used, times)
        return None
    return None


def _others_after(v: TokenView, j: int, hi: int) -> bool:
    """"آخرون/آخرين" (words.tsv others) at token j or the one after it ("15 آخرون", "15 شخصا آخرين")."""
    return any("others" in v.kinds()[k] for k in range(j, min(hi, j + 2)))


def _met(v: TokenView, k: int) -> bool:
    """The verb "met" of "لقي … مصرعه/حتفه" at token k (casualties.yaml met, with و/ف)."""
    words = _word_set("met")
    n = v.tokens[k].norm
    return n in words or (n[:1] in (grammar()["and"], grammar()["then"]) and n[1:] in words)


_MET_REACH = 15  # words from "لقي" to the مصرعه/حتفه whose pronoun or figure counts its subject


def _met_pronoun(v: TokenView, c: int, lo: int, used: set[int]) -> tuple[int, int, int] | None:
    """"لقي ضابط شرطة ومجند مصرعهما": the pronoun on the casualty word at token c (casualties.yaml
    met_one, met_two) counts the dead when the verb "met" stands a few words before it, with no
    clause break or other casualty word between; a figure right after the verb counts them whatever
    the pronoun ("لقي 24 عنصرا من ميليشيات الحوثي وعناصر صالح مصرعهم", too far back for the figure
    to be read from the casualty word). The subject's words are the figure's span."""
    breaks = grammar()["breaks"]
    one, two = _word_set("met_one"), _word_set("met_two")
    suffixes = {x for _p, _st, x in v.keys[c]}
    value = 2 if suffixes & two else 1 if suffixes & one else None
    for k in range(c - 1, max(lo, c - _MET_REACH) - 1, -1):
        tok = v.tokens[k]
        if k in used or tok.norm in breaks or _kind_of(v, k) is not None:
            return None
        if _met(v, k):
            if k + 1 >= c:
                return None
            got = parse_number(v, k + 1, c)
            if got is not None:
                return got[0], k + 1, got[1]
            if value is None or any(v.number_at(x) is not None or _DIGITS.match(v.tokens[x].norm)
                                    for x in range(k + 1, c)):
                return None
            return value, k + 1, c
    return None


def _lone_nisba(v: TokenView, k: int) -> bool:
    """The word at token k is an indefinite singular nisba noun in the accusative ("فلسطينيا", "عراقيا":
    casualties.yaml one_nisba_endings), no plural (ضحايا), no place (تركيا، سوريا) and no lexicon word."""
    t = v.tokens[k]
    data = _nisba_endings()
    if not t.is_word or v.kinds()[k] or len(t.norm) < _NISBA_MIN or not t.norm.endswith(data[0]) \
            or t.norm.endswith(data[1]) or t.norm.startswith(grammar()["article"]) or k in v.person_names():
        return False
    return not any(p.span.start <= t.span.start < p.span.end for p in v.doc.places)


@functools.cache
def _nisba_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load_yaml("events/casualties.yaml")
    return (tuple(normalize_form(x) for x in data["one_nisba_endings"]),
            tuple(normalize_form(x) for x in data["not_one_endings"]))


def _agent_end(v: TokenView, k: int) -> int | None:
    """End token of a killer named at token k (an armed actor: "القوات", "مسلحون"), else None."""
    m = v.match_at("actors", k)
    if m is not None:
        return m.j
    kinds = v.kinds()[k]
    if ("forces" in kinds or "nonstate" in kinds) and "combatant" not in kinds:
        return k + 1
    return None


def _after_agent(v: TokenView, k: int, hi: int, used: set[int],
                 times: frozenset[int] = frozenset()) -> tuple[int, int, int] | None:
    """Verb, subject, object: "قتلت القوات خمسة مسلحين", "قتل مسلحون مجهولون جنديا": the figure
    after the killer's name (and at most one word describing it) is the toll."""
    end = _agent_end(v, k)
    if end is None or v.tokens[k].norm.startswith(grammar()["and"]):
        return None
    first = end
    while first < hi and first - end < _TIME_SKIP and first in times and v.tokens[first].is_word \
            and not v.tokens[first].norm.isdigit():
        first += 1  # "أعدم التنظيم أمس إمام المسجد": the day told between the killer and the victim
    for n in range(first, min(first + 2, hi)):
        if n in used or not v.tokens[n].is_word or _kind_of(v, n) is not None:
            return None
        got = parse_number(v, n, hi)
        if got is not None:
            return got[0], n, got[1]
        person = _person(v, n)
        if person is None and ((n == first and _lone_nisba(v, n)) or _is(v, n, "one_person")):
            person = 1  # "قتلت القوات فلسطينيا", "اغتال مسلحون قاضيا", "أعدم التنظيم إمام المسجد"
        if person is not None:
            return person, n, n + 1
        if v.number_at(n) is not None or v.person_names().get(n) is not None:
            return None
    return None


def _after_circumstance(v: TokenView, k: int, hi: int, used: set[int]) -> tuple[int, int, int] | None:
    """Verb, the event it happened in, subject: "وقتل خلال الهجوم 15 مسلحا", "قتل في الاشتباكات
    ثلاثة جنود": the figure right after a preposition of circumstance and one definite noun. A
    definite time noun with its definite numbers and adjectives is a period, read past whole ("قتل
    خلال اليومين الماضيين 30 مسلحا": 30; "خلال الأيام الثلاثة الماضية 30": 30, not 3)."""
    n = k + 1
    if n + 1 >= hi or n in used or n + 1 in used or not v.tokens[n].is_word \
            or not v.tokens[n].norm.startswith(grammar()["article"]) or v.number_at(n) is not None:
        return None
    e = n + 1
    if stem_among(v, n, _word_set("time_nouns")):
        while e < hi and e - n <= _PERIOD_WORDS and e not in used and v.tokens[e].is_word \
                and v.tokens[e].norm.startswith(grammar()["article"]) \
                and (v.number_at(e) is not None or stem_among(v, e, _word_set("time_adjectives"))):
            e += 1  # "الثلاثة", "الماضية"
    got = parse_number(v, e, hi)
    return (got[0], e, got[1]) if got is not None else None


def _backward(v: TokenView, c: int, lo: int, used: set[int]) -> tuple[int, int, int] | None:
    """The figure a few words before the casualty word at token c ("7 عناصر من التنظيم قتلوا"); marks
    that are no break ("تنظيم / داعش /", «داعش») do not count as words, nor does a subset phrase
    ("عشرة مدنيين بينهم عدد كبير من الأطفال قتلوا")."""
    breaks = grammar()["breaks"]
    words = 0
    for k in range(c - 1, lo - 1, -1):
        if k in used:
            return None
        tok = v.tokens[k]
        if tok.is_word:
            words += 1
            if words > _BACK_WINDOW:
                return None
            if "subset" in v.kinds()[k]:
                words = 0  # "عشرة مدنيين بينهم عدد كبير من الأطفال قتلوا": the subset does not count
        if tok.is_word and _kind_of(v, k) is not None:
            return None
        if tok.norm in breaks:
            return None
        got = parse_number(v, k, c, and_digits=True)
        if got is not None and got[1] <= c:
            k, got = _number_start(v, k, got, lo, used)
            # the number must start a phrase, not end one ("15 مشاة"): take the first token of it
            return _conjoined_before(v, got[0], k, got[1], lo, used)
    return None


def _part_of_the_dead(v: TokenView, c: int, lo: int) -> bool:
    """"تسعة من القتلى هم من المدنيين": a count (no vague quantity) right before the partitive من and a
    definite casualty word at token c is part of the dead told before, no toll of its own ("العشرات
    من القتلى" stays a toll)."""
    if c - 2 < lo or not _definite(v, c) or v.tokens[c - 1].norm != grammar()["of"]:
        return False
    m = v.number_at(c - 2)
    return bool(_DIGITS.match(v.tokens[c - 2].norm)) or (m is not None and m.entry["kind"] in ("unit", "tens", "hundred"))


def _number_start(v: TokenView, k: int, got: tuple[int, int], lo: int,
                  used: set[int]) -> tuple[int, tuple[int, int]]:
    """The whole number ending where the one read at token k ends, met from its last word: "ثلاثون
    ألف قتيل" = 30000 (not ألف), "خمسة عشر قتيلا" = 15, "خمسة وعشرين قتيلا" = 25, "30 ألف قتيل"."""
    while k - 1 >= lo and k - 1 not in used and v.tokens[k - 1].is_word:
        longer = parse_number(v, k - 1, got[1])
        if longer is None or longer[1] != got[1]:
            break
        k, got = k - 1, longer
    return k, got


@functools.cache
def _subject_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The word lists of casualties.yaml: subject openers, perfect, kinship, time reference."""
    data = load_yaml("events/casualties.yaml")
    return tuple(frozenset(normalize_form(w) for w in data[key])  # type: ignore[return-value]
                 for key in ("subject_openers", "perfect", "kinship", "time_reference"))


@functools.cache
def _killer_endings() -> tuple[str, ...]:
    """casualties.yaml killer_endings, as written (not folded: the letter is what tells the word)."""
    return tuple(load_yaml("events/casualties.yaml")["killer_endings"])


@functools.cache
def _word_set(key: str) -> frozenset[str]:
    return frozenset(normalize_form(w) for w in load_yaml("events/casualties.yaml")[key])


def _is(v: TokenView, k: int, key: str) -> bool:
    """The word at token k (or its stem without clitics) is in casualties.yaml ``key``."""
    words = _word_set(key)
    return v.tokens[k].norm in words or any(st in words for _p, st, _x in v.keys[k])


def _definite(v: TokenView, k: int) -> bool:
    """The word at token k carries the article ("القتيل": the dead man told of before)."""
    g = grammar()
    return v.tokens[k].norm.startswith(g["article"]) or all(
        p.endswith((g["article"], g["fused"])) or st.startswith(g["article"]) for p, st, _x in v.keys[k])


def _count_to(v: TokenView, j: int, hi: int, used: set[int]) -> tuple[int, int, int] | None:
    """The figure after "إلى" a few words on from "عدد القتلى": "حصيلة قتلى الهجوم إلى 30"."""
    for k in range(j, min(j + _COUNT_REACH, hi)):
        tok = v.tokens[k]
        if not tok.is_word or k in used or _kind_of(v, k) is not None:
            return None
        if _is(v, k, "to"):
            got = parse_number(v, k + 1, hi) if k + 1 < hi and k + 1 not in used else None
            return (got[0], k + 1, got[1]) if got is not None else None
    return None


def _rose_to(v: TokenView, a: int, lo: int) -> bool:
    """The figure at token a follows "إلى" (past words of approximation) in a clause a rise word opens a
    few words before it: "وارتفعت حصيلة التفجير إلى 32 قتيلا", "إن حصيلة ضحايا الهجوم ارتفعت إلى 32":
    a toll that rose to this figure."""
    k = _approx_start(v, a, lo) - 1
    if k < lo or not _is(v, k, "to"):
        return False
    for x in range(k - 1, max(lo, k - 1 - _RISE_BACK) - 1, -1):
        if not v.tokens[x].is_word:
            return False  # (a comma or a stop: another clause)
        if _is(v, x, "rise"):
            return True
    return False


def _time_reference(v: TokenView, k: int) -> bool:
    """The word at token k dates or recalls by a death ("في اليوم التالي لمقتل", "ذكرى مقتل")."""
    refs = _subject_words()[3]
    return v.tokens[k].norm in refs or any(st in refs for _p, st, _x in v.keys[k])


def _retaliation(v: TokenView, c: int, lo: int) -> bool:
    """The casualty word at token c follows a word of retaliation, with or without its preposition
    ("ردا على مقتل جندي", "انتقاما لمقتل"): an earlier death the event answers, not its toll."""
    words = _word_set("retaliation")
    return any(v.tokens[k].norm in words for k in range(max(lo, c - 2), c))


def _named_subject(v: TokenView, c: int, lo: int) -> tuple[int, int, int] | None:
    """A person's name right before the killing verb, after "أن" or "كان" (or a clause start), is its
    one victim: "وكان فلان الفلاني قد قتل في معارك" = 1."""
    openers, perfect, kinship, _refs = _subject_words()
    tok = v.tokens[c]
    if tok.norm.startswith(grammar()["article"]) or any(p for p, _st, _x in v.keys[c]):
        return None  # "المقتل", "بمقتل": a noun, not the verb
    end = c - 1 if c - 1 >= lo and v.tokens[c - 1].norm in perfect else c
    ends = {b: a for a, b in v.person_names().items()}
    start = ends.get(end)
    if start is None or start < lo:
        return None
    first = start
    while first - 1 > lo and v.tokens[first - 1].norm in kinship and ends.get(first - 1, -1) >= lo:
        first = ends[first - 1]  # "فلان والد فلان قتل": one person named twice
    start = first
    if start > lo:
        before = v.tokens[start - 1]
        bare = before.norm[1:] if before.norm[:1] in (grammar()["and"], grammar()["then"]) else before.norm
        if before.is_word and before.norm not in openers and bare not in openers:
            return None
    return 1, start, end


_SUBJECT_WORDS = 2  # words describing a subject noun between it and its verb ("جنديين ليبيين قتلا")


def _noun_subject(v: TokenView, c: int, lo: int, used: set[int]) -> tuple[int, int, int] | None:
    """A singular or dual noun of persons opening a clause after "إن/أن" (or the sentence), then its
    killing verb: "قال مسعفون إن جنديين ليبيين قتلا" = 2, "أعلن الجيش أن عسكريا تركيا قتل" = 1 (the
    noun, at most two words describing it, and the bare verb, no noun "بمقتل")."""
    openers = _subject_words()[0]
    tok = v.tokens[c]
    if tok.norm.startswith(grammar()["article"]) or any(p for p, _st, _x in v.keys[c]):
        return None  # "المقتل", "بمقتل": a noun, not the verb
    for a in range(c - 1, max(lo, c - 1 - _SUBJECT_WORDS) - 1, -1):
        if a in used or not v.tokens[a].is_word or v.number_at(a) is not None \
                or _kind_of(v, a) is not None:
            return None
        person = _person(v, a)
        if person is None and _lone_nisba(v, a):
            person = 1
        if person is None:
            if v.kinds()[a]:
                return None  # only plain describing words ("ليبيين"), not "أيضا" or a rank
            continue
        if a > lo:
            before = v.tokens[a - 1]
            bare = before.norm[1:] if before.norm[:1] in (grammar()["and"], grammar()["then"]) else before.norm
            if before.norm not in openers and bare not in openers:
                continue  # a nisba describing the noun before it ("عسكريا تركيا قتل")
        return person, a, a + 1
    return None


def _conjoined_before(v: TokenView, value: int, a: int, b: int, lo: int,
                      used: set[int]) -> tuple[int, int, int]:
    """A figure joined by و to one before it, both before their verb: "12 مسلحا وخمسة مدنيين
    قتلوا" = 17. Walks back over at most two words describing the earlier figure."""
    g = grammar()
    breaks = g["breaks"]
    a = _approx_start(v, a, lo)
    while v.tokens[a].norm.startswith(g["and"]) and _joins(v, a):
        for k in range(a - 1, max(lo, a - 5) - 1, -1):
            tok = v.tokens[k]
            if k in used or not tok.is_word or tok.norm in breaks or _kind_of(v, k) is not None:
                return value, a, b
            got = parse_number(v, k, a)
            if got is not None and got[1] < a:
                if v.tokens[k].norm.startswith(g["and"]) and not _joins(v, k):
                    return value, a, b
                value, a = value + got[0], _approx_start(v, k, lo)
                break
        else:
            return value, a, b
    return value, a, b


def _joins(v: TokenView, k: int) -> bool:
    """The token k is a number with a conjunction on it ("وخمسة", "و6")."""
    norm = v.tokens[k].norm
    conj = grammar()["and"]
    if _DIGITS.match(norm[len(conj):]):
        return True
    m = v.number_at(k)
    return m is not None and m.prefix.startswith(conj) \
        and m.entry["kind"] in ("unit", "tens", "hundred", "approx")


def _range_start(v: TokenView, a: int, lo: int) -> bool:
    """A range word ("بين", "ما بين") starts the figure at token a or ends right before it."""
    m = v.number_at(a)
    if m is not None and m.entry["kind"] == "range":
        return True
    for s in range(a - 1, max(lo, a - 3) - 1, -1):
        m = v.number_at(s)
        if m is not None and m.entry["kind"] == "range" and m.j == a:
            return True
    return False


def _range_end(v: TokenView, j: int, hi: int, used: set[int]) -> int:
    """Past the upper bound joined by و at token j ("و15"), which is marked used; else j."""
    if j < hi and v.tokens[j].norm.startswith(grammar()["and"]) and _joins(v, j):
        got = parse_number(v, j, hi, and_digits=True)
        if got is not None:
            used.update(range(j, got[1]))
            return got[1]
    return j


def _accusative_count(v: TokenView, k: int) -> bool:
    """Token k is an indefinite singular person noun in the accusative ("جنديا", "وشرطيا")."""
    return _person(v, k) == 1 and not _definite(v, k) \
        and v.tokens[k].norm.endswith(tuple(_word_set("accusative_endings")))


def _approx_start(v: TokenView, a: int, lo: int) -> int:
    """The start of an approximating word just before the number at token a ("ونحو 30")."""
    for s in range(a - 1, max(lo, a - 4) - 1, -1):
        m = v.number_at(s)
        if m is not None and m.entry["kind"] == "approx" and m.j == a:
            return s
    return a


def _listed_count(v: TokenView, k: int, hi: int) -> bool:
    """Token k, right after a comma in a toll, is a count joined by و that goes on the list of the dead: a
    و-number, then a noun or the partitive من ("، و9 مقاتلين من المقاومة", "، وخمسة من ضباط الشرطة"),
    with no casualty word, "others" or clause break in the few words after it ("، و3 مدنيين أصيبوا" is the
    wounded's own figure)."""
    g = grammar()
    tok = v.tokens[k]
    if not tok.is_word or not tok.norm.startswith(g["and"]):
        return False
    bare = tok.norm[len(g["and"]):]
    m = v.number_at(k)
    if _DIGITS.match(bare):
        end = k + 1
    elif m is not None and m.prefix.startswith(g["and"]) and m.entry["kind"] in ("unit", "tens", "hundred"):
        got = parse_number(v, k, hi)
        if got is None:
            return False
        end = got[1]
    else:
        return False
    kinds = v.kinds()
    if end >= hi or not v.tokens[end].is_word or not _NOT_COUNTS.isdisjoint(kinds[end]) \
            or v.number_at(end) is not None or "subset" in kinds[end]:
        return False  # "، و3 أيام": a duration; "، و3 آلاف": a longer number; "، وأربعة منهم": a part
    for x in range(end, min(end + _LISTED_REACH, hi)):
        t = v.tokens[x]
        if not t.is_word:
            if t.norm in g["breaks"] or t.norm == ".":
                break
            continue
        if _kind_of(v, x) is not None or "others" in kinds[x]:
            return False
    return True


_LISTED_REACH = 5  # words after a listed count searched for a casualty word of its own


def _conjoined(v: TokenView, value: int, j: int, hi: int, used: set[int]) -> tuple[int, int]:
    """Add figures joined by و or "إضافة إلى" to the first one: "مقتل 25 من النصرة وسبعة من
    المقاتلين" = 32, "مقتل 5 جنود و6 متدربين" = 11, "مقتل عشرة، إضافة إلى ثلاثة" = 13."""
    end = j
    g = grammar()
    breaks = g["breaks"]
    kinds = v.kinds()
    plus = False  # after "إضافة إلى": the next figure adds up
    for k in range(j, min(j + _CONJ_WINDOW + 2, hi)):
        tok = v.tokens[k]
        if k in used or (tok.is_word and _kind_of(v, k) is not None):
            break
        if not tok.is_word:
            if tok.norm in breaks or tok.norm == ".":
                if k + 1 < hi and "plus" in kinds[k + 1]:
                    continue  # "…، إضافة إلى ثلاثة"
                if tok.norm != "." and k + 1 not in used and _listed_count(v, k + 1, hi):
                    continue  # "مقتل 42 حوثيا على الأقل، و9 مقاتلين من المقاومة"
                break
            continue
        if "plus" in kinds[k]:
            plus = True
            continue
        if plus and _person(v, k) is None and v.number_at(k) is None and not _DIGITS.match(tok.norm):
            break  # "…، إضافة إلى تدمير دبابة وطقم عسكري": what follows is no count of people
        if k >= j + _CONJ_WINDOW and not plus:
            break
        joined = plus or tok.norm.startswith(g["and"])
        person = _person(v, k)
        if person is not None and joined and v.number_at(k) is None:
            if person == 1 and k - 1 >= j and _accusative_count(v, k - 1) and _accusative_count(v, k):
                break  # "13 جنديا وشرطيا": one count noun of two words
            value += person  # "مقتل القائد وقياديين آخرين" = 3
            used.add(k)
            end = k + 1
            break
        if _owned(v, k, hi):
            break  # "32 قتيلا و100 جريح": the next figure has a casualty word of its own
        bare = tok.norm[len(g["and"]):] if tok.norm.startswith(g["and"]) else tok.norm
        if joined and _DIGITS.match(bare) and not (plus and bare != tok.norm):
            value += int(re.sub(r"[.,]", "", bare))  # "و6 متدربين"
            used.add(k)
            end = k + 1
            break
        m = v.number_at(k)
        if not joined and (_DIGITS.match(tok.norm) or (m is not None and m.prefix == ""
                                                      and m.entry["kind"] in ("unit", "tens", "hundred"))):
            break  # "قتلوا في الفترة بين 20 و31 يوليو": a later و-number joins that other number, not the toll
        if m is not None and (plus or m.prefix.startswith(g["and"])) and m.entry["kind"] in ("unit", "tens", "hundred"):
            got = parse_number(v, k, hi)
            if got is not None:
                value += got[0]
                used.update(range(k, got[1]))
                end = got[1]
                break
    return value, end
