"""Alias patterns: cue phrases, parentheses and Latin acronyms after a name.

``X المعروف بـ Y`` and the other phrases of ``lang/ar/aliases/cues.tsv`` (with quoted lists
``"Y" و"Z"``), ``X (Y)`` where Y looks like a name, and ``حزب العمال الكردستاني PKK``. Reads a
:class:`khabar.link.names.TokenView` and the names ending at each token; adds unions to a
:class:`khabar.link.alias_clusters.Clusters`. Data files: ``aliases/cues.tsv``,
``aliases/morphology.yaml`` (quotes, list joiners, cue prepositions) via :mod:`khabar.link.alias_data`.

Example: in ``أسامة المهاجر المعروف بأنس الشامي`` :func:`link_cues` joins the two names (``cue:aka``).
"""

from __future__ import annotations

from khabar.link.alias_clusters import Clusters, add_form, titled_spans
from khabar.link.names import Name, TokenView, _behind_preposition, alias_data, is_definite, morph, words_of


def _chunk_before(tv: TokenView, j: int, ends: dict[int, Name]) -> Name | None:
    """The name that ends just before token j (a comma may sit between)."""
    n = ends.get(j)
    if n is None and j >= 1 and tv.norm(j - 1) in morph().commas:
        n = ends.get(j - 1)
    return n


def _name_after(tv: TokenView, i: int, limit: int = 4) -> list[tuple[int, int, int]]:
    """Names written from token i on: one name, or a quoted list ``"Y" و"Z"`` (i, j, strip)."""
    d, m = alias_data(), morph()
    out: list[tuple[int, int, int]] = []
    while i < len(tv):
        quoted = tv.norm(i) in m.quotes
        if quoted:
            i += 1
        j = i
        while j < len(tv) and j - i < limit and tv.is_word(j) and (j == i or tv.joined(j - 1, j)):
            kunya = j == i and tv.norm(j) in d.kunya and tv.joined(j, j + 1)  # المعروفة باسم [أم] سياف
            if not quoted and ((_stop(tv, j) and not kunya) or (j > i and (
                    _behind_preposition(tv, j) or any(k in d.common for k, _ in tv.keys[j])))):
                break  # a particle, a common word or one behind a preposition (الملقب أبو علي بقصف …)
            j += 1
        if j == i:
            break
        if not quoted and tv.norm(j - 1) in d.stop_alone and j - i == 1:
            break
        out.append((i, j, 0))
        if not quoted or j >= len(tv) or tv.norm(j) not in m.quotes:
            break
        k = j + 1  # after the closing quote: و or a comma, then another quoted name
        if tv.norm(k) in m.list_joiners and tv.norm(k + 1) in m.quotes:
            i = k + 1
            continue
        break
    return out


def _stop(tv: TokenView, j: int) -> bool:
    d = alias_data()
    w = tv.norm(j)
    return w in d.stop_break or w.isdigit() or len(w) < 2


def _add_span_name(tv: TokenView, cl: Clusters, i: int, j: int, strip: int, typ: str) -> tuple[str, ...]:
    ns, ne = tv.nrange(i, j, strip)
    words = words_of(tv.doc.norm.text[ns:ne])
    add_form(tv, cl, words, i, j, strip, typ)
    return words


def link_cues(tv: TokenView, cl: Clusters, ends: dict[int, Name]) -> None:
    d, m = alias_data(), morph()
    for cue, kind in d.cues.items():
        for i, j, s in tv.occurrences(cue):
            if s > 0:
                continue  # behind a proclitic: الأمر بالمعروف is no cue
            x = _chunk_before(tv, i, ends)
            if x is None or (kind == "kunya" and x.type == "ORG"):
                continue  # قائد الكتيبة المكنى بـ …: only a person has a kunya, the group is not the one named
            k = j
            w = tv.norm(k)
            if w in m.cue_prepositions or w == m.cue_name_word:
                k += 1
                if tv.norm(k) == m.cue_name_word:
                    k += 1
            elif tv.is_word(k) and w.startswith(m.ba) and len(w) > 3:
                ys = [(k, k2, 1) for _, k2, _ in _name_after(tv, k)[:1]]
                _link_all(tv, cl, x, ys, kind)
                continue
            _link_all(tv, cl, x, _name_after(tv, k), kind)


def _link_all(tv: TokenView, cl: Clusters, x: Name, ys: list[tuple[int, int, int]], rule: str) -> None:
    if ys and not cl.has(x.words):
        add_form(tv, cl, x.words, x.start, x.end, x.strip, x.type, full=True)
    for i, j, s in ys:
        words = _add_span_name(tv, cl, i, j, s, x.type)
        if words and words != x.words:
            cl.union(x.words, words, "cue:" + rule if rule else "cue")


MAX_ORG_PARENTHESIS = 7  # words of a group's name in parentheses


def link_parentheses(tv: TokenView, cl: Clusters, ends: dict[int, Name]) -> None:
    """``X (Y)`` where Y looks like another name of X, not a description (an age, a job, a place)."""
    doc, d = tv.doc, alias_data()
    taken = [(m.span.start, m.span.end) for m in (*doc.places, *doc.times)]
    norms = tv.norms
    if "(" not in norms:
        return
    for k in [k for k, w in enumerate(norms) if w == "("]:
        x = ends.get(k)
        if x is None:
            continue
        # a group's name in full may hold particles and places: (تنظيم القاعدة في بلاد الشام)
        org = x.type == "ORG" and tv.norm(k + 1) in d.heads
        j = k + 1
        while j < len(tv) and tv.is_word(j) and j - k <= (MAX_ORG_PARENTHESIS if org else 4) \
                and (org or not _stop(tv, j)):
            j += 1
        if j == k + 1 or tv.norm(j) != ")" or _stop(tv, j - 1):
            continue
        ns, ne = tv.nrange(k + 1, j, 0)
        words = words_of(doc.norm.text[ns:ne])
        span = doc.span_from_norm(ns, ne)
        if not words or words == x.words or not _name_like(words, x.type, x.words[0] in d.heads) \
                or (not org and any(s < span.end and span.start < e for s, e in taken)):
            continue
        if not cl.has(x.words):
            add_form(tv, cl, x.words, x.start, x.end, x.strip, x.type, full=True)
        add_form(tv, cl, words, k + 1, j, 0, x.type)
        cl.union(x.words, words, "parenthesis")


def _name_like(words: tuple[str, ...], typ: str, headed: bool) -> bool:
    """Words in parentheses that can be a name: a person's opens with a given name or kunya, a
    group's is a known name, opens with a head noun, or is one uncommon word (an acronym; a definite
    one only after a name opened by a head noun, ``headed``, or ending in a long vowel)."""
    d = alias_data()
    w = words[0]
    if any(c.isdigit() for x in words for c in x):
        return False  # a year, an age or a count: (ولد في 1909), (45 عاما)
    if typ != "PER" and w in d.heads:
        return True  # a head noun (تنظيم) is also a common word
    if w in d.stop_alone or w in d.common:
        return False
    if typ == "PER":
        return w in d.given or w in d.kunya or bool(d.titles.get(w))
    if len(words) == 1 and is_definite(w) and words not in d.groups and not headed \
            and not w.endswith(tuple(morph().long_vowels)):
        return False  # المركب التجاري (الصندل): a gloss; but after a body's name (منظمة الشرطة الدولية
        # (الإنتربول)) or ending like a foreign acronym (الفيفا) it names
    return len(words) == 1 or words in d.groups or w in d.heads


def link_acronyms(tv: TokenView, cl: Clusters, names: list[Name]) -> None:
    """An organisation's name followed by a Latin acronym: ``حزب العمال الكردستاني PKK``."""
    for n in names:
        j = n.end
        if n.type != "ORG" or not tv.joined(j - 1, j):
            continue
        raw = tv.toks[j].span.text
        if raw.isascii() and raw.isalpha() and raw.isupper() and 2 <= len(raw) <= 6:
            add_form(tv, cl, (tv.norm(j),), j, j + 1, 0, "ORG")
            cl.union(n.words, (tv.norm(j),), "acronym")


def link_appositions(tv: TokenView, cl: Clusters, pers: list[Name]) -> None:
    """``خادم الحرمين الشريفين الملك سلمان بن عبد العزيز``: an epithet of one office (``aliases/
    appositions.tsv``) right before the title it names and a person's name is one more name of that
    person, whose form here keeps the title (``الملك سلمان بن عبد العزيز``)."""
    table = alias_data().appositions
    if not table:
        return
    by_start = {p.start: p for p in pers if p.type == "PER"}
    index = tv.index
    for epithet, title in table.items():
        if title not in index or epithet[0] not in index:
            continue
        for i, j, s in tv.occurrences(epithet):
            p = by_start.get(j + 1)
            if s < 0 or p is None or p.strip != 0 or not (tv.joined(j - 1, j) and tv.joined(j, j + 1)) \
                    or tv.norm(j) != title:
                continue
            titled = (title,) + p.words
            add_form(tv, cl, epithet, i, j, s, "PER")
            add_form(tv, cl, titled, j, p.end, 0, "PER", full=True)
            cl.union(titled, epithet, "apposition")
            if cl.has(p.words):  # the name right after the same title is written with it everywhere
                titled_spans(tv, cl, p.words, titled)
                cl.union(titled, p.words, "apposition")

