"""Candidate names for the alias stage, found over a :class:`khabar.link.alias_tokens.TokenView`.

Reads a Doc's tokens (``doc.tokens``) and, when present, ``doc.entities`` and ``doc.places``; adds
nothing to the Doc. Finds candidate full names: domain group names (``lang/ar/aliases/groups.tsv``
plus the entities stage's ``lang/ar/entities/actors.yaml`` when it exists), organisation names opened
by a head noun (``aliases/org_heads.tsv``), person names opened by a given name or announced by a
title (``aliases/given_names*.tsv``, ``aliases/person_titles.tsv``), and PER/ORG entities of the
entities stage, cleaned to name boundaries. Data files: every file in ``lang/ar/aliases/``, loaded
by :mod:`khabar.link.alias_data`; :class:`TokenView` is re-exported from
:mod:`khabar.link.alias_tokens`.

Example::

    >>> from khabar.doc import Article, Doc
    >>> tv = TokenView(Doc(Article(id="x", text="وقال المرصد السوري لحقوق الإنسان")))
    >>> [" ".join(n.words) for n in org_names(tv)]
    ['المرصد السوري لحقوق الانسان']
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass

from khabar.link.alias_data import AliasData, Morph, alias_data, morph, words_of
from khabar.link.alias_tokens import TokenView, _breaks, _clitic_particle, is_stop, trim_caches

log = logging.getLogger(__name__)

__all__ = ["AliasData", "Morph", "Name", "TokenView", "alias_data", "entity_names", "is_definite",
           "is_stop", "kunya_byname", "lexicon_names", "morph", "org_names", "person_names", "skeleton", "trim_caches",
           "twice_whole", "words_of"]


# ---------------------------------------------------------------- candidate names


@dataclass
class Name:
    """A candidate name: tokens [start, end) of a TokenView, its words, type and where it came from."""

    start: int
    end: int
    strip: int
    words: tuple[str, ...]
    type: str
    source: str
    group: str | None = None
    canonical: str | None = None
    alts: tuple[int, ...] = ()  # other possible end tokens (person names of uncertain length)


def skeleton(word: str) -> str:
    """A surname without its inner long vowels (بارزاني, برزاني → برزني): spellings of one name."""
    if len(word) < 4:
        return word
    vowels = morph().long_vowels
    return word[0] + "".join(c for c in word[1:-1] if c not in vowels) + word[-1]


def is_definite(w: str) -> bool:
    return w.startswith(morph().article) and len(w) > 3


def first_key(tv: TokenView, i: int, table: dict | frozenset) -> tuple[str, int] | None:
    for k, s in tv.keys[i] if tv.is_word(i) else ():
        if k in table and s >= 0:
            return k, s
    return None


def conjoined(w: str) -> bool:
    """و/ف + a word: a conjunction, unless the whole is a given name that is not itself و/ف + a given
    name or name particle (``وليد`` is a name, ``وأحمد`` and ``وعبد`` are و + a name)."""
    d = alias_data()
    if not w or w[0] not in morph().conjunctions:
        return False
    return w not in d.given or w[1:] in d.given or w[1:] in d.bind_next


def given_at(tv: TokenView, i: int) -> bool:
    """Token i is a given name, also behind a proclitic (``وأحمد``) unless the whole word is a
    common word that only looks so (``بيان`` is no ``ب`` + ``يان``)."""
    d = alias_data()
    keys = tv.keys[i] if tv.is_word(i) else ()
    return any(k in d.given and (s == 0 or (s > 0 and tv.norms[i] not in d.common)) for k, s in keys)


def lexicon_names(tv: TokenView) -> list[Name]:
    """Greedy longest matches of the group table, left to right."""
    d = alias_data()
    out: list[Name] = []
    best_at: dict[int, Name] = {}
    for i, k, s in tv.positions(d.group_first):
        for w in d.group_first[k]:
            best = best_at.get(i)
            if best is not None and len(w) <= len(best.words):
                break
            if tv.match(i, w) == s:
                gid, typ, canon = d.groups[w]
                best_at[i] = Name(i, i + len(w), s, w, typ, "lexicon", gid, canon)
    for n in _dotted_acronyms(tv):
        best_at.setdefault(n.start, n)
    end = -1
    for i in sorted(best_at):
        if i >= end:
            out.append(_with_head(tv, _core(tv, best_at[i])))
            end = best_at[i].end
    return out


ACRONYM_LETTERS = 5  # the most letters of a dotted acronym (د.ب.أ، أ.ف.ب، أ.ش.أ)


def _dotted_acronyms(tv: TokenView) -> list[Name]:
    """Acronyms of the group table written with dots between their letters (``د.ب.أ`` for ``د ب أ``,
    the German news agency): the tokens are letter, dot, letter …; the name spans them all."""
    d = alias_data()
    out: list[Name] = []
    n = len(tv)
    norms, words = tv.norms, tv.words
    # an acronym's first letter stands right before a dot: only the tokens before a dot are tried
    # (found with tuple.index, not read one by one), in text order, past the acronym before
    dots: list[int] = []
    at = -1
    while True:
        try:
            at = norms.index(".", at + 1)
        except ValueError:
            break
        dots.append(at)
    j = 0
    for dot in dots:
        i = dot - 1
        if i < j or len(norms[i]) != 1 or not words[i] or (i > 0 and norms[i - 1] == "."):
            continue
        letters, j = [norms[i]], i + 1
        while j + 1 < n and tv.norm(j) == "." and len(tv.norm(j + 1)) == 1 and tv.is_word(j + 1) \
                and len(letters) < ACRONYM_LETTERS:
            letters.append(tv.norm(j + 1))
            j += 2
        hit = d.groups.get(tuple(letters)) if len(letters) > 1 else None
        if hit is not None:
            gid, typ, canon = hit
            out.append(Name(i, j, 0, tuple(letters), typ, "lexicon", gid, canon))
    return out


def _with_head(tv: TokenView, n: Name) -> Name:
    """A group's name written after a head noun that can be left off (``حركة بوكو حرام``, also before
    a definite name: ``حركة الحوثيين``), or a head another name of the group opens with (``بعثة
    مينوسما``, the group being ``بعثة الأمم المتحدة في مالي``; but ``بعثة الأمم المتحدة`` is not the
    UN): the whole is one more name of the group. A describing head (``تنظيم داعش``) stays outside."""
    d = alias_data()
    i = n.start - 1
    if n.strip != 0 or not tv.joined(i, n.start):
        return n
    key = first_key(tv, i, d.heads)
    if key is None or key[0] in d.desc_heads or not (
            d.heads[key[0]][1] or (n.group is not None and (n.group, key[0]) in d.group_heads)):
        return n
    return Name(i, n.end, key[1], (key[0],) + n.words, n.type, n.source, n.group, n.canonical)


def _core(tv: TokenView, n: Name) -> Name:
    """``تنظيم داعش`` is ``داعش`` behind a head word: keep the form the group is known by.

    Only a bare proper name loses its head; ``جبهة النصرة`` stays whole."""
    d = alias_data()
    w = n.words
    if len(w) == 2 and (d.heads.get(w[0], (False, False))[1] or w[0] in d.desc_heads) \
            and w[1:] in d.groups \
            and d.groups[w[1:]][0] == n.group and not is_definite(w[1]):
        return Name(n.start + 1, n.end, 0, w[1:], n.type, n.source, n.group, n.canonical)
    return n


def org_names(tv: TokenView) -> list[Name]:
    """Names opened by an organisation head: ``جبهة النصرة``, ``المرصد السوري لحقوق الإنسان``."""
    d, m = alias_data(), morph()
    out: list[Name] = []
    seen: set[int] = set()
    for i, head, strip in tv.positions(d.heads):
        if i in seen:
            continue
        seen.add(i)
        j = i + 1
        if not is_definite(head):
            indef: list[int] = []
            while (len(indef) < 1 and tv.joined(j - 1, j) and not _breaks(tv, j)
                   and not is_definite(tv.norm(j)) and tv.norm(j) not in d.heads):
                indef.append(j)
                j += 1
            if tv.joined(j - 1, j) and not _breaks(tv, j) and is_definite(tv.norm(j)):
                j += 1
            elif indef:
                j = indef[0] + 1
                n = Name(i, j, strip, _words(tv, i, j, head), "ORG", "org-head")
                if not _head_of_known(n.words):
                    out.append(n)
                continue
            else:
                continue
        elif tv.joined(i, j) and tv.norm(j).isdigit():
            j += 1
        # definite modifiers, and after one of them one ل + noun + definite noun (لحقوق الإنسان; not
        # right after the head: ``السلطة لتقديم القيادات`` is a purpose clause); after the first
        # modifier or a genitive only adjectives follow (the object in ``وثق المرصد … الغارات`` not)
        genitive = not is_definite(head) or j > i + 1
        # a head that also stands alone (المقاومة) takes only adjectives: in ``تطهير المقاومة القصر``
        # the definite noun after it is the verbal noun's object
        adjectives_only = is_definite(head) and d.heads[head][0]
        modified = False
        while tv.joined(j - 1, j) and j - i < 7:
            w = tv.norm(j)
            if j == i + 1 and (head, w) in m.fixed_names:
                j += 1  # القوات المسلحة (المصرية): a describing word that belongs to the name
                modified = True
                continue
            if _breaks(tv, j) or w in d.heads:
                break
            if w.startswith(m.lam) and w[len(m.lam):] in d.heads:
                break  # اللجنة الثورية | لجماعة الحوثي: the genitive is a body of its own
            if j == i + 1 and head in m.masculine_heads and w.endswith(m.feminine_ending):
                break  # طائرات التحالف الحربية: the adjective agrees with the noun before the head
            if not genitive and modified and w.startswith(m.lam) and not w.startswith(m.lam_article) \
                    and tv.joined(j, j + 1) and is_definite(tv.norm(j + 1)) and not _breaks(tv, j + 1) \
                    and not (tv.joined(j + 1, j + 2) and tv.norm(j + 2) in m.complement_particles
                             and is_stop(tv, j + 2)):
                # لحقوق الإنسان; not a purpose clause with its complement (لاستعادة السيطرة على; but
                # المجلس السياسي لجماعة الحوثي علي …: the name علي folds onto على)
                j += 2
                genitive = True
            elif not genitive and modified and w.startswith(m.lam_article) and len(w) > 4 and not (
                    tv.joined(j, j + 1) and tv.norm(j + 1) in m.complement_particles):  # للمقاومة
                j += 1
                genitive = True
            elif is_definite(w) and (_adjective(w, tv.norm(j - 1), tv.toks[j].span.text)
                                     or not (modified or genitive or adjectives_only)) \
                    and not (
                    not w.endswith(m.nisba_endings) and tv.joined(j, j + 1)
                    and tv.norm(j + 1) in m.complement_particles):  # المعبر عن: a clause
                j += 1
                modified = True
            else:
                break
        if j - i >= 2 and head in m.located_heads and tv.joined(j - 1, j) and tv.norm(j) in m.located_by \
                and tv.joined(j, j + 1) and j + 1 in tv.places:
            j += 2  # بعثة الأمم المتحدة في أفغانستان: a mission is named with the country it serves in
            while j in tv.places and tv.joined(j - 1, j):
                j += 1
        if j - i >= 2:
            out.append(Name(i, j, strip, _words(tv, i, j, head), "ORG", "org-head"))
    return [n for n in out if not _head_of_known(n.words)]


def _head_of_known(words: tuple[str, ...]) -> bool:
    """A head word before a known bare name (تنظيم داعش): the name is the bare one."""
    d = alias_data()
    return (len(words) == 2 and (d.heads.get(words[0], (False, False))[1] or words[0] in d.desc_heads)
            and words[1:] in d.groups and not is_definite(words[1]))


def _adjective(w: str, before: str = "", raw: str = "") -> bool:
    """A definite word that can modify a name: a nisba (السوري, الشعبية) or a participle (المعارض).
    A sound masculine plural (المسافرين) only modifies a plural noun (``before``): after a singular
    (هيئة الطيران المدني | المسافرين) it opens another phrase. A word written with alef maqsura
    (``raw``: التقى, الأخرى) is no nisba, though it folds onto one."""
    m = morph()
    if not is_definite(w) or raw.endswith(m.alef_maqsura):
        return False
    if before and w.endswith(m.sound_plural) and not before.endswith(m.plural_noun_endings):
        return False
    return w.endswith(m.nisba_endings) or (w.startswith(m.participle_prefix) and len(w) > 5) \
        or w in m.name_adjectives


def _words(tv: TokenView, i: int, j: int, first: str) -> tuple[str, ...]:
    return (first,) + tuple(tv.norm(k) for k in range(i + 1, j))


MAX_ENTITY_TOKENS = 16  # tokens of a model's PER/ORG mention kept as a candidate name
MAX_NAME_TOKENS = 9  # tokens of a person's name, particles included (عبد العزيز بن عبد الله آل الشيخ)


def kunya_byname(kunya: tuple[str, ...], w: str) -> bool:
    """``w`` is the nisba right after a kunya and its one name (أبو خليل | السوداني, أبو عبد الله |
    العراقي): the man's byname, though the adjective is common on its own. The one test of the stage
    (:func:`person_names` while reading a name, ``person_short_forms`` for its surname)."""
    d, m = alias_data(), morph()
    size = 3 if len(kunya) > 1 and kunya[1] in d.bind_next else 2  # أبو عبد | الله
    return (len(kunya) == size and kunya[0] in d.kunya and is_definite(w) and w.endswith(m.ya)
            and not w.endswith(m.plural_endings))


def _laqab(tv: TokenView, i: int, j: int) -> bool:
    """The word at ``j`` is the byname after the kunya opening at ``i`` (:func:`kunya_byname`)."""
    return kunya_byname(tuple(tv.norm(k) for k in range(i, j)), tv.norm(j))


def person_names(tv: TokenView) -> list[Name]:
    """Person names opened by a given name or announced by a title; ``alts`` holds possible ends."""
    d, m = alias_data(), morph()
    in_place = tv.places
    starts: dict[int, tuple[str, int]] = {}
    for i, g, gs in tv.positions(d.given):
        if i not in starts and not is_definite(g) and not _breaks(tv, i) \
                and g not in d.not_name and not _clitic_particle(tv, i) \
                and not (gs > 0 and tv.norms[i] in d.common) \
                and m.tanween_fath not in tv.toks[i].span.text \
                and not (g in morph().son and is_definite(tv.norm(i + 1))) \
                and not (g in m.son and tv.joined(i - 1, i) and not _breaks(tv, i - 1)):  # … بن عبد الله
            if not (tv.joined(i - 1, i) and given_at(tv, i - 1) and not _opening_verb(tv, i - 1)) \
                    and not (g in d.common and (tv.norm(i + 1) in d.common  # فتح الطريق, أمل المشجعين
                                                or is_definite(tv.norm(i + 1)))):
                starts[i] = (g, gs)
    seen: set[int] = set()
    for i, tk, ts in tv.positions(d.titles):
        if i in seen:
            continue
        seen.add(i)
        t = (tk, ts)
        if d.titles[t[0]]:  # the title is part of the name
            starts[i] = t
            continue
        j = i + 1
        while j < i + 7 and tv.joined(j - 1, j):
            w = tv.norm(j)
            if w in d.particles and is_stop(tv, j) and j + 1 < len(tv):
                j += 2  # a preposition and its object: مبعوث الأمم المتحدة إلى اليمن
                continue
            if is_definite(w) or w.startswith(morph().lam) or w in d.titles or len(w) <= 2 \
                    or (j == i + 1 and j in in_place and i not in in_place):
                j += 1  # also a country right after the title: رئيس بوروندي بيير …
                continue
            if any(s > 0 and k in d.common for k, s in tv.keys[j]):
                break
            if not _breaks(tv, j) and j not in starts and w not in d.heads \
                    and (w not in d.common or w in d.given) \
                    and not _behind_preposition(tv, j) and not _clitic_particle(tv, j) \
                    and not (_verb_like(w) and tv.joined(j, j + 1) and not given_at(tv, j + 1)) \
                    and morph().tanween_fath not in tv.toks[j].span.text:  # an adverb (دولياً); a verb
                starts[j] = (w, 0)  # before a word that is no given name (رئيس البرازيل يؤيد ترشيح)
            break
    out: list[Name] = []
    for i, (first, strip) in sorted(starts.items()):
        if _formula_at(tv, i):
            continue  # رضي الله عنه: a blessing, no name
        ends = []
        j = i + 1
        limit = i + 5  # name words; each particle (بن, آل, عبد) lets the name go one word further
        while j < limit and tv.joined(j - 1, j) and tv.norm(j) not in d.heads \
                and tv.norm(j) not in d.generic and (  # حيدر | ميليشيات الحوثي
                not _breaks(tv, j) or (tv.norm(j) in d.titles and (
                    tv.norm(j - 1) in d.bind_rest or tv.norm(j - 1) in d.bind_next))):  # عبد الملك
            w = tv.norm(j)
            if _formula_at(tv, j):
                break  # علي [رضي الله عنه]: a blessing, not the rest of the name
            if conjoined(w) and w not in d.bind_rest and (w.endswith(m.feminine_ending) or not twice_whole(tv, j)):
                break  # a conjunction: the name has ended (not وتوت, written so twice and never توت; وجبة is a noun)
            if (w in d.common and not _laqab(tv, i, j)) or j in in_place or _behind_preposition(tv, j) \
                    or m.tanween_fath in tv.toks[j].span.text:
                break  # a verb, common noun, place, adverb or word behind a preposition ends the name
            if is_definite(w) and w.endswith(m.not_surname_endings) and w not in d.bind_prev \
                    and not family_plural(w):
                break  # a definite feminine or plural word (الموضة, المؤمنين) is no surname
            if w.endswith(m.nisba_feminine) or tv.toks[j].suffix in m.pronoun_suffixes:
                break  # إغاثية, سراحها
            if _adverbial_masdar(w) or _definite_verbal_noun(w):
                break  # قضى علي دوابشة حرقا: how he died; … التفجير: the deed, not his surname
            j += 1
            prev = tv.norm(j - 1)
            if prev in d.bind_next or prev in d.kunya or prev in d.bind_rest:
                limit = min(limit + 1, i + MAX_NAME_TOKENS)
                continue
            if tv.joined(j - 1, j) and tv.norm(j) in d.bind_prev:
                continue
            ends.append(j)
        if ends:
            out.append(Name(i, ends[0], strip, _words(tv, i, ends[0], first), "PER", "person",
                            alts=tuple(ends)))
    return out


def _formula_at(tv: TokenView, j: int) -> bool:
    """Does a blessing said after a name (``رضي الله عنه``, ``رحمه الله``; ``formulas`` in
    aliases/morphology.yaml) start at token j?"""
    formulas = morph().formulas
    if not formulas:
        return False
    w = tv.norm(j)
    return any(f[0] == w and j + len(f) <= len(tv) and all(tv.norm(j + x) == f[x] for x in range(1, len(f)))
               for f in formulas)


MASDAR_ADVERB_LETTERS = 4  # فعلا: three root letters and the alef of the accusative


def _adverbial_masdar(w: str) -> bool:
    """An accusative verbal noun of a plain verb used as an adverb (حرقا, ذبحا, شنقا, غرقا: فعلاً,
    often written without its tanween): three letters with no long vowel, then alef. No given name."""
    m = morph()
    alef = m.long_vowels[:1]
    return (len(w) == MASDAR_ADVERB_LETTERS and w.endswith(alef) and w not in alias_data().given
            and not any(c in m.long_vowels for c in w[:-1]))


FORM_II_NOUN_LETTERS = 5  # تفعيل: ت, two root letters, the long ي, the last root letter


def _definite_verbal_noun(w: str) -> bool:
    """A definite verbal noun of a form-II verb (``التفجير``, ``التفتيش``, ``التحقيق``): ال + ت C C ي C,
    the middle letters no long vowel. No surname is so built (التميمي, التكريتي, التونسي are not)."""
    m = morph()
    ta, ya = m.verbal_noun_ta, m.ya
    stem = w[len(m.article):]
    return (bool(ta) and is_definite(w) and len(stem) == FORM_II_NOUN_LETTERS and stem[0] == ta
            and stem[3] == ya and stem[4] != ya and not any(c in m.long_vowels for c in stem[1:3]))


def family_plural(w: str) -> bool:
    """A family name in the broken plural (``الدوابشة``, ``الجعافرة``), see ``morphology.yaml``."""
    m = morph()
    n, at, not_first = m.family_plural
    stem = w[len(m.article):]
    return (n > 0 and is_definite(w) and len(stem) == n and stem[at - 1] == m.long_vowels[0]
            and stem.endswith(m.feminine_ending) and stem[0] not in not_first
            and not w.endswith(m.nisba_feminine))


def twice_whole(tv: TokenView, k: int) -> bool:
    """Token k, no common word, is written as it is twice or more and never without the letter that
    looks like a proclitic: a name (كيري … no يري), not a preposition and its noun (بروح … وبروح)."""
    w, p = tv.norm(k), tv.toks[k].prefix
    if p.endswith(morph().article) or p.endswith(morph().lam_article):
        return False
    d, norms = alias_data(), tv.norms
    at = tv.index.get(w, ())
    if w in d.common or len(at) < 2 or sum(norms[i] == w for i in at) < 2:
        return False
    return all(len(key) >= 3 and key not in d.given and not any(norms[i] == key for i in tv.index.get(key, ()))
               for key, s in tv.keys[k] if s > 0)


def _opening_verb(tv: TokenView, k: int) -> bool:
    """Token k opens a sentence or line and is a given name that is mostly a verb or noun
    (``not_name``): the verb of the sentence (``دان مسعود البرزاني …``: condemned), no first name
    before the name after it."""
    return not tv.joined(k - 1, k) and tv.norm(k) in alias_data().not_name


def _preposition_article(tv: TokenView, j: int) -> bool:
    """Token j is a preposition glued to a definite noun (``للأكراد``, ``بالعاصمة``): no word of a
    person's name."""
    m = morph()
    p = tv.toks[j].prefix
    if p.endswith(m.lam_article):
        return True
    return p.endswith(m.article) and p[:-len(m.article)].lstrip("".join(m.conjunctions)) != ""  # not والشيخ


def _behind_preposition(tv: TokenView, j: int) -> bool:
    """``بالدمام``, ``للإغاثة``, ``بصحبة``: a word with ب/ل/ك + ال, or glued to a common word."""
    m = morph()
    p = tv.toks[j].prefix
    if not p or p == m.article:
        return False
    if p.endswith(m.article) or p.endswith(m.lam_article):
        return True
    return any(s > 0 and k in alias_data().common for k, s in tv.keys[j])

def entity_names(tv: TokenView) -> list[Name]:
    """PER and ORG mentions found by the entities stage's model, cleaned to name boundaries.

    Lexicon mentions are left out (the alias data holds the same names, with the alias filters);
    a leading proclitic is dropped (``للحوثيين`` gives no span and is skipped), trailing particles
    and descriptors are cut, and a mention across punctuation or a line break is ignored."""
    d = alias_data()
    out: list[Name] = []
    ents = [e for e in tv.doc.entities if e.label in ("PER", "ORG") and e.source != "lexicon"]
    if not ents:
        return out
    toks = tv.toks
    starts, ends = tv.bounds
    nstarts: list[int] | None = None
    for e in ents:
        i, j = _at(starts, e.span.start), _at(ends, e.span.end)
        if i is None:  # the mention starts after a proclitic inside the token
            ns = tv.doc.norm.to_norm(e.span.start)
            if nstarts is None:
                nstarts = [t.nstart for t in toks]
            k = bisect.bisect_left(nstarts, ns) - 1
            i = k if k >= 0 and toks[k].nstart < ns < toks[k].nend else None
        if i is None or j is None or j < i or not tv.keys[i]:
            continue  # (no keys: the outlet's keyword line)
        j += 1
        if j - i > MAX_ENTITY_TOKENS:
            continue  # a long run tagged as one name (a word repeated) is none, and costs cubic time later
        if any(not tv.joined(k, k + 1) for k in range(i, j - 1)):
            continue
        for k in range(i + 1, j):  # a particle inside ends the name: هادي على زنجبار
            if _breaks(tv, k) or tv.norm(k) in d.stop_break \
                    or (e.label == "PER" and (_preposition_article(tv, k) or _plural_nisba(tv.norm(k)))) \
                    or (e.label == "ORG" and tv.norm(k) in d.bind_prev and is_definite(tv.norm(k - 1))):
                j = k  # also a preposition and a definite noun: (مؤيد للأكراد) أردوغان; the second
                break  # half of a compound after a definite word: (هيئة كبار العلماء) الله تعالى
        if j - i < 2:
            continue  # one word is a short form, not a full name
        first, strip = _bare_key(tv, i, tv.doc.norm.to_norm(e.span.start) - tv.toks[i].nstart)
        if e.label == "PER" and strip == 0 and first in d.bind_prev and _bound_before(tv, i):
            i -= 1  # a mention cut inside a compound given name: (عز) الدين كوتشوك
            first, strip = _bare_key(tv, i, 0)
        if strip < 0 or first in d.stop_break or _clitic_particle(tv, i):
            continue  # (وبأن الانتحاري: a particle with its proclitics, no name)
        if e.label == "PER" and (first in d.heads or first in d.generic):
            continue  # a body's name typed as a person (نقابة الصيادين)
        if e.label == "PER" and first in morph().son and tv.joined(i - 1, i):
            continue  # a mention cut after the first name: (عبد العزيز) بن عبد الله آل الشيخ
        if e.label == "PER" and strip == 0 and j - i >= 3 and _verb_like(first):
            i, first = i + 1, tv.norm(i + 1)  # a verb before the name: يفاجئ عبد الرشيد دوستم
        elif e.label == "PER" and strip == 0 and _plural_verb(first):
            continue  # a plural verb and its object (يلاحقون الساعدي): no name of two words
        if e.label == "PER" and j - i >= 3 and i in tv.places and i + 1 not in tv.places:
            i, strip = i + 1, 0  # a place before the name: المتحدث باسم الجيش في [بوروندي] جاسبارد باراتوزا
            first = tv.norm(i)
        words = (first,) + tuple(tv.norm(k) for k in range(i + 1, j))
        out.append(Name(i, j, strip, words, e.label, "entity"))
    return out


def _plural_nisba(w: str) -> bool:
    """A definite plural relative adjective (``الشخصيين``, ``المصريون``): it describes people (``حراس
    سليمان الشخصيين``: his own guards) and is no surname, which is never a plural nisba."""
    m = morph()
    return is_definite(w) and w.endswith(m.sound_plural) and w[:-2].endswith(m.ya) and len(w) > 5


def _bound_before(tv: TokenView, i: int) -> bool:
    """Token i-1 is the first half of a compound given name whose second half (``الدين``, ``الله``)
    opens token i: a bare word right before it that is no particle, title, head, common or definite
    word (``عز الدين``, ``فخر الدين``; not ``رجل الدين`` or ``حزب الله``)."""
    d = alias_data()
    if i < 1 or not tv.joined(i - 1, i) or _breaks(tv, i - 1) or tv.toks[i - 1].prefix:
        return False
    w = tv.norm(i - 1)
    return not (is_definite(w) or w in d.common or w in d.titles or w in d.heads or w in d.generic
                or w in d.stop_alone or w in d.bind_prev or w in d.not_name)


def _plural_verb(w: str) -> bool:
    """An imperfect verb of the third person plural (ينتمون, يقولون): ي … ون. Not ت … ون, which
    opens foreign names as often (تومسون, تيسون)."""
    m = morph()
    return (len(w) >= 5 and w[0] == m.imperfect_prefixes[:1] and w.endswith(m.sound_plural[0])
            and w not in alias_data().given)


def _verb_like(w: str) -> bool:
    """An imperfect verb (يفاجئ, تجبر): opened by its prefix, no given name, four letters or more."""
    return len(w) >= 4 and w[0] in morph().imperfect_prefixes and w not in alias_data().given


def _at(offsets: list[int], x: int) -> int | None:
    """The token whose start (or end) offset is x, or None."""
    k = bisect.bisect_left(offsets, x)
    return k if k < len(offsets) and offsets[k] == x else None


def _bare_key(tv: TokenView, i: int, cut: int) -> tuple[str, int]:
    """The first word of a mention that starts ``cut`` letters into token i: the word without the
    proclitics the mention left out (``وبشار`` → ``بشار``), or the whole word (``فؤاد`` stays whole:
    its ف is no conjunction). ``للحوثيين`` gives strip -1 (no span of the written name)."""
    t, m = tv.toks[i], morph()
    if cut > 0:
        for k, s in tv.keys[i]:
            if s == cut or (s == -1 and t.norm[:cut].endswith(m.lam_article)):
                return k, s
        return t.norm[cut:], -1  # an odd cut: no reliable span
    if t.prefix.endswith(m.lam_article):
        return t.norm, -1
    return t.norm, 0
