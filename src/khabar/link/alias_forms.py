"""The short forms a full name can be written in, and where a short form is written alone.

A person's name gives its surname, family name, first name, kunya and leading names
(:func:`person_short_forms`), a group's name its head noun and shortened names
(:func:`org_short_forms`); :func:`standalone` finds the occurrences of a short form that are not part
of a longer name. Reads a :class:`khabar.link.names.TokenView`; adds nothing to the Doc. Data files:
``lang/ar/aliases/`` (given names, titles, heads, stop and common words, morphology).

Example::

    >>> [f for f, rule in person_short_forms(("رجب", "طيب", "اردوغان")) if rule == "surname"]
    [('اردوغان',)]
"""

from __future__ import annotations

import functools

from khabar.link.names import (Name, TokenView, _breaks, _clitic_particle, alias_data, conjoined,
                               given_at, is_definite, is_stop, kunya_byname, morph)
from khabar.text import memory

MAX_SHORT_TAIL = 4


def longest_cover(tv: TokenView, names: list[Name]) -> list[int]:
    """For each token, the length (in words) of the longest candidate name written over it."""
    out = [0] * len(tv)
    for words in {n.words for n in names}:
        for i, j, _ in tv.occurrences(words, unspannable=True):
            for k in range(i, j):
                out[k] = max(out[k], len(words))
    return out


def standalone(tv: TokenView, words: tuple[str, ...], longest: list[int],
               maximal: bool, after: str | None = None,
               extra: tuple[tuple[int, int], ...] = (), first: bool = False,
               opens: dict[int, int] | None = None) -> list[tuple[int, int, int]]:
    """Occurrences of a short form that are not part of a longer candidate name.

    ``maximal``: also refuse an occurrence followed by a definite word that would continue the name
    (``المقاومة`` in ``المقاومة الإسلامية`` when the name is ``المقاومة الشعبية``). ``extra``: more
    token ranges of a longer name. A person's short form is refused behind a word of another name
    (``غرم عسيري``); ``first``: a first name also before one (``يوسف زاي``). ``opens``: start -> end of
    the names the entities model read; a form that opens a longer one is another man's first name
    (``عبدالله`` in ``عبدالله قابل``), not written alone.
    """
    d = alias_data()
    places = tv.places
    kin = morph().kinship
    out: list[tuple[int, int, int]] = []
    if len(words) == 1 and _adverb_somewhere(tv, words[0]):
        return out
    # the tokens of the longer name's ranges, once (a test per range and occurrence was cubic in a
    # long article repeating one name)
    covered = {k for a, b in extra for k in range(a, b)}
    for i, j, s in tv.occurrences(words):
        if any(longest[k] > len(words) for k in range(i, j)):
            continue
        if not covered.isdisjoint(range(i, j)):
            continue
        if opens and opens.get(i, j) > j and covered.isdisjoint(range(j, opens[i])):
            continue  # (a longer name read over the name itself is no other man's)
        if len(words) == 1 and (is_stop(tv, i) or _clitic_particle(tv, i) or i in places):
            continue
        if len(words) == 1 and s > 0 and tv.norm(i) in morph().prepositions and _object_after(tv, i):
            continue  # لصالح الناس: in favour of, no name
        if after is not None and tv.joined(j - 1, j) and tv.norm(j) == after:
            continue  # the longer name goes on the same way: not a short form of this extent
        if maximal and tv.joined(j - 1, j):
            w = tv.norm(j)
            if is_definite(w) and w not in d.stop_break:
                continue
        if maximal and len(words) == 1 and s == 0 and is_nisba(words[0]) and tv.joined(i - 1, i) \
                and not _breaks(tv, i - 1) and any(is_definite(k) for k, _ in tv.keys[i - 1]):
            continue  # an adjective after a definite noun (للوجود الحوثي), not the group's name
        if not maximal and len(words) == 1 and words[0] in d.common and is_nisba(words[0]) \
                and tv.joined(i - 1, i) and any(is_definite(k) for k, _ in tv.keys[i - 1]):
            continue  # a kunya's byname as an adjective (الشاب السوداني), not the man
        if not maximal and tv.joined(i - 1, i) and (
                given_at(tv, i - 1) or (s == 0 and _name_word(tv, i - 1, before=True))):
            continue  # another person's first name before the surname
        if not maximal and ((tv.joined(i - 1, i) and tv.norm(i - 1) in kin)
                            or (tv.joined(j - 1, j) and tv.norm(j) in kin)):
            continue  # والده سعد، هلال الأسد والد سليمان: a relative of the person, another person
        if (first or (not maximal and (words[0] in d.given or words[0] in d.bind_next))) \
                and tv.joined(j - 1, j) and _name_word(tv, j):
            continue  # a first name that another name goes on from (عبد الله سالم …)
        out.append((i, j, s))
    return out


def _object_after(tv: TokenView, i: int) -> bool:
    """A noun follows token i in its sentence: no punctuation, particle, conjunction or imperfect verb
    of the third person (``لصالح يجرون``)."""
    if not tv.joined(i, i + 1) or _breaks(tv, i + 1):
        return False
    m, w = morph(), tv.norm(i + 1)
    return not (w[:1] in m.conjunctions or w[:1] == m.imperfect_prefixes[:1] or is_stop(tv, i + 1))


def _adverb_somewhere(tv: TokenView, word: str) -> bool:
    """The word is written with tanween somewhere in the article (زحاماً, دولياً): an adverb or an
    indefinite noun, which no name ever is."""
    tanween = morph().tanween_fath
    toks = tv.toks
    return any(tanween in toks[k].span.text for k in tv.index.get(word, ()))


def _name_word(tv: TokenView, k: int, before: bool = False) -> bool:
    """Token k may be part of a person's name: a word that is no particle, title, head noun, common
    word (also behind a proclitic) or definite noun other than a surname-like one. ``before``: the
    word stands before the name, where a definite word is a title or description (``الطالب ريان``)
    and an imperfect verb no name (``تجبر برزاني``)."""
    d, m = alias_data(), morph()
    if not tv.is_word(k) or _breaks(tv, k) or k in tv.places:
        return False
    w = tv.norm(k)
    if before and any(is_definite(key) for key, _ in tv.keys[k]):
        return False
    if before and tv.toks[k].prefix in (m.lam, m.ba) and tv.toks[k].span.text[1:2] in m.hamza_alefs:
        return False  # لأنصار نكورونزيزا: a preposition and its noun (ل/ب and a written hamza), no first name
    if w[0] in m.imperfect_prefixes and w not in d.given and len(w) >= 4:
        return False  # a verb: تجبر برزاني, صدام يتهم
    if before and w not in d.given and derived_verbal_noun(w):
        return False  # إعدام سليمان, اعتقال سعيد: the verbal noun and its object, no first name
    if w in d.titles or w in d.heads or w in d.generic or w in d.stop_alone:
        return False
    if any(key in d.common or key in d.titles for key, _ in tv.keys[k]):
        return False
    if is_definite(w) and (w.endswith(m.not_surname_endings) or w.endswith(m.nisba_feminine)):
        return False
    return not conjoined(w)


def derived_verbal_noun(w: str) -> bool:
    """A verbal noun of a derived verb (إعدام, اعتقال, استهداف, انفجار): the word fits one of the templates
    of ``verbal_noun_templates`` in aliases/morphology.yaml (C any letter). The callers leave alone the
    given names so built that the given-name lists hold (إيمان, أنطوان)."""
    return any(len(w) == len(t) and all(c in "Cc" or c == x for c, x in zip(t, w))
               for t in morph().verbal_noun_templates)


def name_groups(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Words of a person's name grouped into name parts: عبد الله, أبو بكر, صلاح الدين, ولد …"""
    d = alias_data()
    out: list[list[str]] = []
    bind = False
    rest = False
    for w in words:
        if rest or bind or (out and w in d.bind_prev):
            out[-1].append(w)
        else:
            out.append([w])
        bind = w in d.bind_next or w in d.kunya
        rest = rest or w in d.bind_rest
    return [tuple(g) for g in out]


@functools.lru_cache(maxsize=1 << 14)
def person_short_forms(words: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The short forms a person's name can be written in, with the rule of each (cached)."""
    d = alias_data()
    title: tuple[str, ...] = ()
    if words and d.titles.get(words[0]):  # الملا محمد عمر → الملا عمر
        title, words = words[:1], words[1:]
    groups = name_groups(words)
    if len(groups) < 2:
        return []
    out: list[tuple[tuple[str, ...], str]] = []
    last = groups[-1]
    laqab = len(groups) == 2 and len(last) == 1 and kunya_byname(groups[0], last[0])  # أبو خليل السوداني
    if last[0] not in d.stop_alone and last[-1].isalpha() and (len(last) > 1 or laqab or (
            len(last[0]) >= 3 and last[0] not in d.common and last[0] not in d.bind_next
            and last[0] not in d.kunya)):  # آبي folds onto the kunya أبي: alone, it is never the surname
        out.append((last, "surname"))
        if title:
            out.append((title + last, "surname"))
    if len(groups) >= 3 and groups[-2][0] not in d.given and groups[-2][0] not in morph().son:
        out.append((groups[-2] + last, "family"))
    if len(last) > 1 and last[-1] in morph().previous_alone and len(last[-1]) >= 4:
        out.append((last[-1:], "surname"))  # داود أوغلو → أوغلو
    first = groups[0]
    if first[0] in d.kunya:
        if len(first) > 1:
            out.append((first, "kunya"))
    elif _first_name_alone(first):
        out.append((first, "first"))  # صدام حسين → صدام
    if len(groups) >= 3 and first[0] not in d.kunya:
        for k in range(2, len(groups)):  # فيصل بن خالد بن عبد العزيز → فيصل بن خالد
            if groups[k - 1][0] in morph().son:  # a chain of fathers' names, not ناصر الجديع | هاورد
                out.append((sum(groups[:k], ()), "prefix"))
        if last[0] not in morph().son:  # سلطان بن عبد العزيز is not سلطان بن سلمان بن عبد العزيز
            out.append((first + last, "prefix"))  # سليمان هلال الأسد → سليمان الأسد
    return tuple((f, r) for f, r in out if f != words and f != title + words)


memory.register(person_short_forms.cache_clear)


def _first_name_alone(first: tuple[str, ...]) -> bool:
    """A first name that may stand for the whole name: a real name, not a common word."""
    d = alias_data()
    w = first[-1]
    return (len(w) >= 3 and w not in d.stop_alone and w not in d.common and w not in d.not_name
            and w not in d.titles and not is_definite(first[0]))


@functools.lru_cache(maxsize=1 << 14)
def org_short_forms(words: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The short forms a group's name can be written in, with the rule of each (cached)."""
    return tuple(_org_forms(words))


memory.register(org_short_forms.cache_clear)


def _org_forms(words: tuple[str, ...]) -> list[tuple[tuple[str, ...], str]]:
    d = alias_data()
    n = len(words)
    if n < 2:
        return []
    out: list[tuple[tuple[str, ...], str]] = []
    alone, drop = d.heads.get(words[0], (False, False))
    if alone and not _no_name_after_head(words):
        out.append((definite_head(words[0]), "head"))  # وزارة الداخلية … الوزارة
    for k in range(2, n):
        if _ends_well(words, k) and (alone or drop or words[k - 1].isdigit()
                                     or all(is_nisba(w) for w in words[k:])
                                     or _plural_nisbas_after_plural(words, k)
                                     or (words[0] not in d.generic
                                         and all(is_nisba(w) or w in morph().name_adjectives for w in words[k:]))):
            out.append((words[:k], "short"))  # وزارة الداخلية السعودية → وزارة الداخلية
    out += [(f, "short") for f in _without_inner_adjective(words) if (f, "short") not in out]
    if drop:
        for k in range(2, min(n, 1 + MAX_SHORT_TAIL) + 1):
            tail = words[1:k]
            if not _ends_well(words, k):
                continue
            if len(tail) == 1 and (tail[0] in d.stop_alone or len(tail[0]) < 3 or tail[0] in d.common
                                   or tail[0].endswith(morph().plural_endings)):
                continue  # a plain noun (جماعة المسلمين ↛ المسلمين)
            if len(tail) == 1 and not is_definite(tail[0]) and tail[0].endswith(
                    (morph().feminine_ending, morph().ya)):
                continue  # an indefinite adjective (جبهة جديدة, حزب تونسي), not a name
            if tail[0] in d.stop_break:
                continue
            if len(tail) == 1 and tail[0] in d.given:
                continue  # the party of a person (حزب صالح): the name alone is the person's
            out.append((tail, "short"))
    return out


def _plural_nisbas_after_plural(words: tuple[str, ...], k: int) -> bool:
    """words[k:] are plural relative adjectives (اليمنيين, العراقيون) agreeing with the plural noun before
    them (نقابة الصحفيين | اليمنيين): they describe the members the body is named after, and the name is
    also written without them (نقابة الصحفيين)."""
    m = morph()
    before = words[k - 1]
    return is_definite(before) and before.endswith(m.sound_plural) and all(
        w.endswith(m.sound_plural) and is_nisba(w[:-2]) for w in words[k:])


def _without_inner_adjective(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name with a chain of adjectives is also written without one that another follows: the
    earlier adjective is left out (``المؤتمر الوطني العام`` → ``المؤتمر العام``, ``قوات الجيش اليمني
    الوطني`` → ``قوات الجيش الوطني``). Only inside the chain: the noun before it stays."""
    m = morph()
    out: list[tuple[str, ...]] = []
    if words[0] in alias_data().generic:
        return out  # القوات الجوية الأفغانية: a description of forces, not one name
    first = 1 if is_definite(words[0]) else 2  # وزارة الخارجية: a genitive noun, no adjective
    for k in range(first, len(words) - 1):
        if is_nisba(words[k]) and (is_nisba(words[k + 1]) or words[k + 1] in m.name_adjectives) \
                and words[:k + 1] not in m.fixed_names:
            out.append(words[:k] + words[k + 1:])
    return out


def _no_name_after_head(words: tuple[str, ...]) -> bool:
    """A head before a number (المركز 9, a rank) or one indefinite adjective (منظمة رائعة): no
    body's name that the head alone could stand for."""
    if len(words) != 2:
        return False
    w, m = words[1], morph()
    return w.isdigit() or (not is_definite(w) and w.endswith((m.feminine_ending, m.ya)))


def definite_head(head: str) -> tuple[str, ...]:
    """A head noun as it stands alone for its group: with the article (حركة → الحركة)."""
    return (head,) if is_definite(head) else (morph().article + head,)


@functools.cache
def group_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Group id -> the heads that stand alone for it (``alone`` in ``aliases/org_heads.tsv``),
    taken from every name of the group in the alias data: ``حركة طالبان`` gives طالبان ``الحركة``."""
    d = alias_data()
    out: dict[str, set[tuple[str, ...]]] = {}
    for words, (gid, _, _) in d.groups.items():
        if len(words) >= 2 and d.heads.get(words[0], (False, False))[0]:
            out.setdefault(gid, set()).add(definite_head(words[0]))
    return {g: tuple(sorted(h)) for g, h in out.items()}


def is_nisba(w: str) -> bool:
    """A definite relative adjective (السعودية, الدولي) that can be left off a group's name."""
    m = morph()
    return is_definite(w) and w.endswith(m.nisba_endings) and not w.endswith(m.plural_endings)


def _ends_well(words: tuple[str, ...], k: int) -> bool:
    """words[:k] does not stop inside a construct (``لحقوق`` | ``الإنسان``) or on a particle."""
    d = alias_data()
    last = words[k - 1]
    if words[:k] in morph().fixed_names:
        return True  # القوات المسلحة (المصرية)
    if last in d.stop_break or len(last) < 2:
        return False
    if k < len(words) and not is_definite(last) and not last.isdigit() and len(words) > 2:
        return False  # inside a foreign or compound name: حركة بوكو | حرام
    if k < len(words) and not is_definite(last) and not last.isdigit() \
            and is_definite(words[k]):
        return False
    return not (last.startswith(morph().lam) and not is_definite(last) and k < len(words))
