"""Places the gazetteer lacks: a word after a head ("قرية العطرية"), a feature name ("شارع الستين").

Reads the tokens and the gazetteer matches of a Doc; returns extra :class:`Match` records marked
``guessed``; :func:`anchor_town` finds the town a guessed place lies in or next to (the town linked
to it by "في/بمدينة/شمال", else the nearest town of its sentence or the one before), where the
places stage puts it with ACLED precision 2. Uses the lexicons of :mod:`place_lexicon` and
``lang/ar/places/guess.yaml`` (the letters a guessed name may start with).

Example::

    >>> from khabar.doc import Article, Doc
    >>> from khabar.extract.places import find_names
    >>> doc = Doc(Article(id="x", text="قصف على قرية الصباغين"))
    >>> matches = find_names(doc, get_gazetteer(), lexicon())
    >>> [m.name for m in guess_after_heads(doc, matches, lexicon())]
    ['الصباغين']
"""

from __future__ import annotations

import functools

from khabar.doc import Doc, Token
from khabar.extract.gazetteer import Place, get_gazetteer
from khabar.extract.place_accept import common_words
from khabar.extract.place_lexicon import (Lexicon, Match, bare_forms, capital_of, head_forms, head_prefix_letters,
                                          lexicon, morph, yaml_words)
from khabar.extract.place_lists import name_ok, bracket_list, is_plural_head, name_letters, run_on
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form
from khabar.text.segment import proclitic_splits


def _guessable(w: Token, lex: Lexicon, loose: bool, common_ok: bool = False, whole: bool = False) -> bool:
    """Can this word the gazetteer lacks be a place name? (not a common word, adjective, cue …)
    ``whole``: the word is read unsplit, its proclitic being the name's own first letter."""
    name = w.norm
    mo = morph()
    first, last = name_letters()
    prefix = "" if whole else w.prefix
    # a word with the article takes no pronoun: its "suffix" is the name's own letters (الحسيني)
    if (w.suffix and prefix != mo.article) or prefix not in ("", mo.article) or len(name) < 3 \
            or any(name.startswith(p) for p in mo.ll_prefixes) \
            or not (first <= name[0] <= last):
        return False
    if (name in lex.common and not common_ok) or name in lex.collisions or name in lex.after \
            or any(b in lex.heads or b in lex.cues or (b,) in lex.before for b in bare_forms(name)):
        return False
    if name.endswith(mo.nisba) and not name.startswith(mo.article):
        return False  # an indefinite nisba adjective: "منطقة عسكرية"
    if loose and name.endswith(mo.feminine) and not name.startswith(mo.article) and not (whole and w.prefix):
        return False  # "منطقة آمنة" (an adjective, which no preposition letter opens)
    return True


def _quoted_name(doc: Doc, q: int, known: set[tuple[int, int]], lex: Lexicon) -> tuple[int, int] | None:
    """Token range of one to three words between the quote at ``q`` and its closing quote, unless
    the gazetteer knows the whole of it (``known``: token ranges of the matches) or a word is a
    single letter (a class or grade: بلدية «فئة د»)."""
    toks = doc.tokens
    if toks[q].span.text.strip() not in lex.quotes:
        return None
    for e in range(q + 2, min(q + 5, len(toks))):
        if toks[e].span.text.strip() in lex.quotes:
            words = range(q + 1, e)
            if (q + 1, e - 1) not in known and all(toks[x].is_word and len(toks[x].norm) > 1 for x in words) \
                    and not (len(words) == 1 and not _guessable(toks[q + 1], lex, True)):
                return q + 1, e - 1
            return None
        if not toks[e - 1].is_word:
            return None
    return None


@functools.cache
def _config() -> tuple[frozenset[str], frozenset[str], str]:
    """(weak-head cues, dual heads, list conjunction) of ``places/guess.yaml``, normalised."""
    d = load_yaml("places/guess.yaml")
    return (frozenset(normalize_form(w) for w in d["weak_head_cues"]),
            frozenset(normalize_form(w) for w in d["dual_heads"]), normalize_form(d["list_conjunction"]))


def weak_head_cues() -> frozenset[str]:
    """Words before a weak head that make it locative (على منطقة X), besides the cues."""
    return _config()[0]


def feature_cues() -> frozenset[str]:
    """Words besides the cues that make a feature word's name a place (``places/guess.yaml``: عند)."""
    return yaml_words("places/guess.yaml", "feature_cues")


def initial_prepositions() -> frozenset[str]:
    """One-letter prepositions that may begin a name right after a head (``places/guess.yaml``)."""
    return yaml_words("places/guess.yaml", "initial_prepositions")


def head_formers() -> frozenset[str]:
    """Name formers opening a two-word name right after a head (``places/guess.yaml``)."""
    return yaml_words("places/guess.yaml", "head_name_formers")


def quarter_heads() -> frozenset[str]:
    """Heads of a town's quarters (``places/relations.yaml`` quarter_heads: حي, أحياء), normalised."""
    return yaml_words("places/relations.yaml", "quarter_heads")


def _quarters_head(doc: Doc, k: int, form: str, quarters: frozenset[str]) -> bool:
    """Is the head at ``k`` (bare form ``form``) an indefinite quarter head (حي, أحياء) that names the
    quarters after it? Not "للأحياء السكنية" (the article assimilated after ل: an adjective follows),
    nor "إحياء" written with its hamza below (the verbal noun "revival": إحياء العملية السياسية)."""
    t = doc.tokens[k]
    if form not in quarters or t.norm[: len(t.norm) - len(form)] in morph().ll_prefixes:
        return False
    return not t.span.text.endswith(_not_quarter_spellings())


@functools.cache
def _not_quarter_spellings() -> tuple[str, ...]:
    """Written forms of a word folding to a quarter head that is none (relations.yaml: إحياء)."""
    return tuple(load_yaml("places/relations.yaml")["not_quarter_spellings"])


def guess_after_heads(doc: Doc, matches: list[Match], lex: Lexicon, heads: list[int] | None = None) -> list[Match]:
    """Words the gazetteer lacks right after a head: "قرية العطرية", "مديرية مريس", and the list
    that follows ("في جبهات النخلا والعطيف", قرى "X"، و"Y"); the second of a pair after a dual head
    ("منطقتي دار سعد والعلم"). A weak head (منطقة, جبهة, محور) needs a cue before it, or a phrase
    after the name that places it ("منطقة X بمدينة Y", "منطقة X شرق Y").
    ``heads``: the tokens whose word is in :func:`head_forms` (found here when not given)."""
    toks = doc.tokens
    text = doc.norm.text
    covered = {x for m in matches for x in range(m.i, m.j + 1)}
    known = {(m.i, m.j) for m in matches}
    starts = {m.i: m for m in matches}
    out: list[Match] = []
    heads_any = head_forms()
    mo = morph()
    head_cues, duals, _ = _config()
    quarters = quarter_heads()
    last = len(toks) - 1
    ll = tuple(mo.ll_prefixes)  # لل: ل before the article, whose alef is not written
    if heads is None:
        heads = [k for k, t in enumerate(toks) if t.norm in heads_any]  # the words that may be heads
    for k in heads:
        if k >= last:
            break
        t, w = toks[k], toks[k + 1]
        if text[t.nend:w.nstart].strip():
            continue
        head = next(((f, lex.heads[f]) for f in bare_forms(t.norm) if f in lex.heads), None)
        if head is None:
            continue
        f, (level, strong, _prec) = head
        if level not in ("city", "admin2", "any") or mo.article in t.norm[: len(t.norm) - len(f)] \
                or t.norm.startswith(mo.article) or t.norm.startswith(ll):
            continue  # "المدينة الساحلية", "للمدينة القديمة": an adjective follows a definite head
        dual = f in duals
        plural = is_plural_head(t.norm)
        nxt = toks[k + 2] if k + 2 <= last else None
        single = starts.get(k + 1)
        if w.norm in head_formers() and not w.prefix and nxt is not None and nxt.is_word \
                and (k + 1 not in covered or single is not None and single.j == k + 1) \
                and (k + 2 not in covered or (k + 2) in starts and starts[k + 2].j == k + 2) \
                and (strong or _head_cued(toks, k, f, lex, head_cues)) \
                and not text[w.nend:nxt.nstart].strip() and name_ok(nxt.norm, lex, second=True) \
                and nxt.norm not in lex.features and not _relative_verb(doc, k + 3):
            # "منطقة رأس عيسى", "حي باب توما": a name former and its word, one name
            m = Match(k + 1, k + 2, w.norm + " " + nxt.norm, w.nstart, nxt.nend, "", [], guessed=True)
            m.head, m.head_tok = lex.heads[f], k
            out.append(m)
            continue
        if k + 1 in covered:
            first = starts.get(k + 1)
            if dual and first is not None:  # "منطقتي دار سعد والعلم": the pair's second item
                out.extend(_second_of_pair(doc, first.j + 1, k, lex, covered, starts))
            elif plural and first is not None and (strong or _head_cued(toks, k, f, lex, head_cues)):
                out.extend(run_on(doc, k, first.j + 1, lex.heads[f], lex, starts, covered,
                                  _quarters_head(doc, k, f, quarters)))
            continue
        if not w.is_word and (strong or _head_cued(toks, k, f, lex, head_cues)):
            items = bracket_list(doc, k, lex.heads[f], lex, starts, covered)
            if items is not None:  # مناطق «عابين وكرش والحمراء»، قرى: (مشرعة، وحدنان)
                out.extend(items)
                continue
        quoted = _quoted_name(doc, k + 1, known, lex) if not w.is_word else None
        if not w.is_word and quoted is None:
            # بمناطق "X" و"Y" with X a gazetteer name: the list still names Y
            quoted = _quoted_name(doc, k + 1, frozenset(), lex)
            if quoted is None or quoted not in known:
                continue
            if not strong and not _head_cued(toks, k, f, lex, head_cues):
                continue
            out.extend(_quoted_list(doc, k, quoted, known, lex, starts))
            continue
        if not strong and not (_head_cued(toks, k, f, lex, head_cues)
                               or (quoted is None and _placed_after(doc, k + 2, lex))):
            continue
        if quoted is not None:  # بمنطقة "باي أوغلو": a name in quotes after a head
            out.extend(_quoted_list(doc, k, quoted, known, lex))
            continue
        loose = level == "any" or not strong
        # "معسكر لبوزة": after a head in construct, a one-letter preposition is the name's own
        # letter, unless a definite word follows ("معسكر لقوات الأمن"); not after a head with لل,
        # which is definite ("قصفوا المخيم بصواريخ", "المجاور للمخيم بصواريخ")
        whole = w.prefix in initial_prepositions() and not w.suffix and not t.norm.startswith(ll) \
            and not (nxt is not None and nxt.is_word and nxt.norm.startswith(mo.article)
            and not text[w.nend:nxt.nstart].strip())
        if not _guessable(w, lex, loose, common_ok=_quarters_head(doc, k, f, quarters)
                          and w.norm.startswith(mo.article), whole=whole) \
                or _relative_verb(doc, k + 2):
            continue
        m = Match(k + 1, k + 1, w.norm, w.nstart, w.nend, "", [], guessed=True)
        m.head, m.head_tok = lex.heads[f], k
        out.append(m)
        if dual:
            out.extend(_second_of_pair(doc, k + 2, k, lex, covered, starts))
            continue
        if plural:  # "قرى سيعة، وذي مهنة، ومحزف"
            out.extend(run_on(doc, k, k + 2, m.head, lex, starts, covered, _quarters_head(doc, k, f, quarters)))
            continue
        # the list that follows: "X وY"
        q = k + 2
        while q < len(toks) and len(out) < 200:
            sep = toks[q]
            conj = mo.conjunction
            if sep.is_word and sep.norm.startswith(conj) and len(sep.norm) > 3 and q not in covered:
                stem = sep.norm[len(conj):]
                if not stem.startswith(mo.article) or stem in lex.common or stem in lex.collisions:
                    break
                nm = Match(q, q, stem, sep.nstart + len(conj), sep.nend, conj, [], guessed=True)
                nm.head, nm.head_tok, nm.listed = m.head, k, True
                out.append(nm)
                q += 1
            else:
                break
    return out


@functools.cache
def _resumptive() -> frozenset[str]:
    """Prepositions with a pronoun that take a head up again (``guess.yaml`` resumptive_prepositions)."""
    return frozenset(normalize_form(w) for w in load_yaml("places/guess.yaml")["resumptive_prepositions"])


def _relative_verb(doc: Doc, q: int) -> bool:
    """Is token ``q`` (right after the word after a head) a preposition with a pronoun, making that
    word the verb of a relative clause ("مديرية يطرد منها الحوثيون")?"""
    toks = doc.tokens
    return q < len(toks) and toks[q].is_word and toks[q].sentence == toks[q - 1].sentence \
        and toks[q].norm in _resumptive()


def _head_cued(toks: list[Token], k: int, f: str, lex: Lexicon, head_cues: frozenset[str]) -> bool:
    """Is the weak head at ``k`` (bare form ``f``) cued: a locative proclitic on it ("بمنطقة") or a
    cue or head cue word before it?"""
    t = toks[k]
    if t.norm != f and t.norm.startswith(morph().cue_prefixes):
        return True
    return k > 0 and toks[k - 1].is_word and any(
        b in lex.cues or b in head_cues for b in bare_forms(toks[k - 1].norm))


def _placed_after(doc: Doc, q: int, lex: Lexicon) -> bool:
    """Does token ``q`` start a phrase placing the word before it: a strong head with a locative
    clitic or after a cue ("منطقة X بمدينة Y", "حي X في مدينة Y") or a direction word ("X شرق Y")?"""
    toks = doc.tokens
    if q >= len(toks) or not toks[q].is_word or toks[q].sentence != toks[q - 1].sentence:
        return False
    w = toks[q].norm
    if any((b,) in lex.before for b in bare_forms(w)):
        return True
    if w.startswith(morph().cue_prefixes) and any(_place_head(lex, b) for b in bare_forms(w) if b != w):
        return True
    return w in lex.cues and q + 1 < len(toks) and toks[q + 1].is_word \
        and any(_place_head(lex, b) for b in bare_forms(toks[q + 1].norm))


def _place_head(lex: Lexicon, form: str) -> bool:
    """A strong head of a place (مدينة, قرية), not of an organisation or a title (بطولة, شركة)."""
    h = lex.heads.get(form)
    return h is not None and h[1] and h[0] not in ("block", "outlet")


def _second_of_pair(doc: Doc, q: int, k: int, lex: Lexicon, covered: set[int],
                    starts: dict[int, Match]) -> list[Match]:
    """The word at ``q`` after the first item of a dual head at ``k``: "و" + a name the gazetteer
    lacks ("والعلم"), kept even when it is also an ordinary word (the head says it is a place); it
    replaces a one-word gazetteer match of an ordinary word there (the places stage drops it)."""
    toks = doc.tokens
    mo = morph()
    if q >= len(toks) or not toks[q].is_word:
        return []
    if q in covered:
        g = starts.get(q)
        if g is None or g.j != q or not (g.name in lex.common or g.name in common_words()):
            return []
    sep = toks[q]
    conj = mo.conjunction
    if not sep.norm.startswith(conj) or len(sep.norm) <= len(conj) + 2:
        return []
    stem = sep.norm[len(conj):]
    first, last = name_letters()
    if not (first <= stem[0] <= last) or stem in lex.heads or stem in lex.cues or stem in lex.after \
            or lex.collisions.get(stem) == "skip" or any((b,) in lex.before for b in bare_forms(stem)):
        return []
    nm = Match(q, q, stem, sep.nstart + len(conj), sep.nend, conj, [], guessed=True)
    nm.head, nm.head_tok, nm.listed = lex.heads[next(b for b in bare_forms(toks[k].norm) if b in lex.heads)], k, True
    return [nm]


def _quoted_list(doc: Doc, k: int, quoted: tuple[int, int], known: set[tuple[int, int]],
                 lex: Lexicon, starts: dict[int, Match] | None = None) -> list[Match]:
    """Quoted names after the head at ``k``: قرى "X"، و"Y" و«Z» (one to three words each). With
    ``starts`` (the gazetteer matches by first token), a gazetteer name of the list gets the head."""
    toks = doc.tokens
    _, _, conj = _config()
    head = lex.heads[next(b for b in bare_forms(toks[k].norm) if b in lex.heads)]
    out: list[Match] = []
    items = 0
    while quoted is not None and items < 20:
        a, b = quoted
        items += 1
        g = starts.get(a) if starts is not None else None
        if g is not None and g.j == b and g.head is None and items > 1:
            g.head, g.head_tok, g.listed = head, k, True  # بمناطق "X" و"Y": Y is named by the head
        if (a, b) not in known:  # a gazetteer name in the list stays the places stage's own match
            name = " ".join(toks[x].norm for x in range(a, b + 1))
            m = Match(a, b, name, toks[a].nstart, toks[b].nend, "", [], guessed=True, quoted=True)
            m.head, m.head_tok, m.listed = head, k, items > 1
            out.append(m)
        q = b + 2  # past the closing quote
        while q < len(toks) and (toks[q].span.text.strip() in morph().separators and not toks[q].is_word
                                 or toks[q].norm == conj):
            q += 1
        quoted = _quoted_name(doc, q, frozenset(), lex) if q < len(toks) and q > b + 2 else None
    return out


@functools.lru_cache(maxsize=4)
def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    """The words of a set as a tuple (for ``str.endswith``)."""
    return tuple(words)


def _feature_split(word: str) -> tuple[str, str] | None:
    """(proclitics, feature word) when ``word`` is a feature word (جبل, بشارع, وجبل …), else None."""
    lex, mo = lexicon(), morph()
    if word[:1] not in head_prefix_letters():  # no proclitic: the word as it is (the first split)
        return ("", word) if word in lex.features and "" in mo.head_prefixes else None
    if not word.endswith(_as_tuple(lex.features)):
        return None  # every split's stem ends the word: no feature word, no split to try (most words)
    return next(((p, stem) for p, stem in proclitic_splits(word)
                 if stem in lex.features and p in mo.head_prefixes and mo.article not in p), None)


def guess_features(doc: Doc, matches: list[Match], lex: Lexicon,
                   splits: list[tuple[int, tuple[str, str]]] | None = None) -> list[Match]:
    """"في شارع الستين", "وجبل الوحش": a feature word and the word after it, after a cue or in a
    list right after another place, when the gazetteer lacks the whole name. ``splits``: (token,
    :func:`_feature_split` of its word) of every word token that is a feature word (found here when
    not given)."""
    toks = doc.tokens
    text = doc.norm.text
    covered = {x for m in matches if m.j > m.i for x in range(m.i, m.j + 1)}  # multi-word names
    ends = {m.j for m in matches}
    mo = morph()
    out: list[Match] = []
    last = len(toks) - 1
    if splits is None:
        splits = [(k, s) for k, t in enumerate(toks) if t.is_word and (s := _feature_split(t.norm)) is not None]
    weak_cues = feature_cues()  # "عند دوار الأزهري"
    for k, split in splits:
        if k >= last:
            break
        t, w = toks[k], toks[k + 1]
        if k in covered or k + 1 in covered or not w.is_word or text[t.nend:w.nstart].strip():
            continue
        p, stem = split
        # a cue, or a place head: "في منطقة وادي الحسيني", "بمنطقة جبل نقم" (the head names the feature)
        cued = p.startswith(mo.cue_prefixes) or (k > 0 and toks[k - 1].is_word and any(
            f in lex.cues or f in weak_cues or f in lex.heads for f in bare_forms(toks[k - 1].norm)))
        listed = p.startswith(mo.conjunction) and (k - 1 in ends or (out and out[-1].j == k - 1))
        if not (cued or listed) or not _guessable(w, lex, loose=False, common_ok=True):
            continue
        m = Match(k, k + 1, stem + " " + w.norm, t.nstart + len(p), w.nend, p, [], guessed=True)
        m.cue, m.listed = cued, listed
        out.append(m)
    return out


def _put_in(doc: Doc, x: Match) -> bool:
    """Something is put in the place ``x`` names: a direction names a part of it ("في شمال غرب
    سوريا"), or a preposition of ``places/guess.yaml`` anchor_country_preps governs it ("في سوريا",
    "بسوريا")."""
    words = yaml_words("places/guess.yaml", "anchor_country_preps")
    if x.direction is not None or any(c in words for c in x.prefix):
        return True
    return x.i > 0 and doc.tokens[x.i - 1].norm in words and not x.prefix


def anchor_town(doc: Doc, m: Match, accepted: list[Match], lead: str | None = None) -> Place | None:
    """The town a place lies in or next to: the one it is linked to, else the nearest in its sentence
    (of the country its sentence puts things in, else of ``lead``, the report's own, when one is near)."""
    covered = get_gazetteer().countries

    def town(x: Match) -> Place | None:
        p = x.chosen
        if p is None or x.approx is not None or p.country not in covered:
            return None  # outside the village-level gazetteer, an unknown name is not placeable
        if p.kind in ("city", "admin2", "neighbourhood"):
            return p
        if p.kind == "admin1":
            return capital_of(x, p)
        return None

    if m.near is not None:
        a = town(m.near)
        if a is not None:
            return a
    sent = doc.tokens[m.i].sentence
    # "في بلدة أريحة … في شمال غرب سوريا" after a dateline "– بغداد": the place lies in the
    # country its own sentence names, not at a town of another country nearer to it (none rather)
    # (a country it puts things in: a part of it named by a direction, or after في / ب; not one only
    # talked of, "الجماعة المتحالفة مع إيران")
    named = {x.chosen.country for x in accepted if x.chosen is not None and x.chosen.kind == "country"
             and doc.tokens[x.i].sentence == sent and _put_in(doc, x)}
    best, dist = None, 10 ** 9
    for x in accepted:
        if x is m:
            continue
        a = town(x)
        if a is None:
            continue
        s = doc.tokens[x.i].sentence
        if s == sent:
            d = abs(x.i - m.i)
        elif sent - 1 <= s < sent:
            d = 1000 + (sent - s)
        else:
            continue
        if named and a.country not in named:
            continue
        if not named and lead is not None and a.country != lead:
            d += 10 ** 6  # "جبل X" in a report on Yemen: a town of Yemen before a nearer foreign one
        if d < dist:
            best, dist = a, d
    return best
