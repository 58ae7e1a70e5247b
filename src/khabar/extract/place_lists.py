"""Lists of places after a head: "مناطق «عابين وكرش والحمراء»", "قرى سيعة، وذي مهنة، ومحزف".

Reads the tokens of a Doc and the gazetteer matches found so far; returns extra
:class:`~khabar.extract.place_lexicon.Match` records marked ``guessed`` for the list items the
gazetteer lacks, and gives the list's head to the items it knows (a village the gazetteer holds is
accepted like one named right after "قرية"). Two shapes:

- a bracketed list right after the head, a colon allowed before the bracket ("قرى: (مشرعة،
  وحدنان)", "مناطق «عابين وكرش ومثلث العند»"): items split at commas and at a و that opens a
  word, one to three words each;
- a list that runs on after the first name of a plural head ("قرى سيعة، وذي مهنة، ومحزف"): an
  item after a comma or an indefinite name must be closed by punctuation, the end of its sentence
  or a phrase placing it, so that a clause after the list ("، والقوات …") is not read as a name;
- a list of examples after a plural noun of places ("مواقع بجبهة صرواح، منها X وY", "بلدات بأطراف
  الفلوجة مثل X وY"): the items are marked with the words naming the place they lie at
  (``Match.example_of``), where the places stage puts an item whose homonym lies far from it.

Loads ``lang/ar/places/guess.yaml`` (``plural_heads``, ``list_openers``, ``list_closers``,
``name_formers``: ذي, بيت, بني … open a two-word name; ``list_introducers``,
``introducer_antecedents``, ``introducer_reach``) and ``features.tsv`` through the lexicon.

Example::

    >>> from khabar.doc import Article, Doc
    >>> doc = Doc(Article(id="x", text="غارات على مناطق «الصباغين وعابين» في تعز"))
    >>> [m.name for m in bracket_list(doc, 2, ("any", False, None), lexicon(), {}, set())]
    ['الصباغين', 'عابين']
"""

from __future__ import annotations

import functools

from khabar.doc import Doc
from khabar.extract.place_lexicon import Lexicon, Match, bare_forms, morph
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form

MAX_ITEM_WORDS = 3  # words of one bracketed item
MAX_LIST_TOKENS = 30  # tokens from the opener to the closer of a bracketed list
MAX_ITEMS = 20
_ANCHOR_BEFORE = 4  # words before a list's antecedent where the place of its examples may stand



@functools.cache
def _config() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(plural heads, openers, closers, name formers) of ``places/guess.yaml``, normalised."""
    d = load_yaml("places/guess.yaml")
    return (frozenset(normalize_form(w) for w in d["plural_heads"]),
            frozenset(normalize_form(w) for w in d["list_openers"]),
            frozenset(normalize_form(w) for w in d["list_closers"]),
            frozenset(normalize_form(w) for w in d["name_formers"]))


@functools.cache
def name_letters() -> tuple[str, str]:
    """The (first, last) letter of a name the gazetteer lacks (``places/guess.yaml``
    ``name_first_letter_range``; the places stage's guesses read it too)."""
    lo, hi = load_yaml("places/guess.yaml")["name_first_letter_range"]
    return str(lo), str(hi)


def is_plural_head(word: str) -> bool:
    """Is ``word`` (normalised, clitics allowed: بمناطق) a head naming several places?"""
    plural = _config()[0]
    return any(f in plural for f in bare_forms(word))


def _separator(text: str) -> bool:
    return text in morph().separators and text != morph().conjunction


def name_ok(name: str, lex: Lexicon, second: bool = False) -> bool:
    """Can this word (no clitics) be a name the gazetteer lacks: Arabic letters, not a head, cue,
    common word or collision, not an indefinite nisba adjective ("مناطق عسكرية")? ``second``: the
    word after a name former ("ذي مهنة"), which may be an ordinary word."""
    mo = morph()
    first, last = name_letters()
    if len(name) < 2 or not all(first <= c <= last for c in name):
        return False
    if second:
        return name not in lex.heads and name not in lex.cues and (name,) not in lex.before
    if name in lex.common or name in lex.collisions or name in lex.after or name in lex.heads \
            or name in lex.cues or (name,) in lex.before:
        return False
    return not (name.endswith(mo.nisba) and not name.startswith(mo.article) and len(name) > 3)


def _conj_stem(doc: Doc, q: int, lex: Lexicon) -> str | None:
    """The word at ``q`` without a list's و ("وكرش" → "كرش"), or None when it opens with no و
    (a feature word like "وادي" is itself)."""
    t = doc.tokens[q]
    conj = morph().conjunction
    if not t.is_word or not t.norm.startswith(conj) or len(t.norm) <= len(conj) + 1 or t.norm in lex.features:
        return None
    return t.norm[len(conj):]


def _bare_item(doc: Doc, q: int) -> bool:
    """Does the word at ``q`` carry no clitic but a list's و and the article ("وبدعم" is و + ب + a
    noun, "واستعادتها" a noun with a pronoun: a phrase, not a list item)?"""
    mo = morph()
    t = doc.tokens[q]
    return not t.suffix and t.prefix in ("", mo.conjunction, mo.article, mo.conjunction + mo.article)


def _item(doc: Doc, a: int, b: int, strip: int, head: tuple, k: int, listed: bool) -> Match:
    toks = doc.tokens
    name = " ".join([toks[a].norm[strip:]] + [toks[x].norm for x in range(a + 1, b + 1)])
    m = Match(a, b, name, toks[a].nstart + strip, toks[b].nend, toks[a].norm[:strip], [], guessed=True)
    m.head, m.head_tok, m.listed = head, k, listed
    return m


def _give_head(g: Match, head: tuple, k: int, listed: bool) -> None:
    """A gazetteer name of the list is named by the list's head."""
    if g.head is None:
        g.head, g.head_tok = head, k
    g.listed = g.listed or listed


def bracket_list(doc: Doc, k: int, head: tuple, lex: Lexicon, starts: dict[int, Match],
                 covered: set[int]) -> list[Match] | None:
    """The bracketed list right after the head at ``k`` ("مناطق «عابين وكرش»", "قرى: (مشرعة،
    وحدنان)"), or None when no bracket of two or more items follows. ``starts``: the gazetteer
    matches by first token (their head is set here); ``covered``: the tokens they cover."""
    toks = doc.tokens
    _, openers, closers, formers = _config()
    head = (head[0], True, head[2])  # a bracketed list names its items as places: a strong head
    n = len(toks)
    q = k + 1
    while q < n and q <= k + 2 and not toks[q].is_word and toks[q].norm.strip() in openers:
        q += 1
    if q == k + 1 or q >= n or not toks[q].is_word:
        return None
    sent = toks[q].sentence
    items: list[tuple[int, int, int]] = []  # (first token, last token, letters of و to strip)
    a, strip = q, 0
    end = None
    for e in range(q, min(n, q + MAX_LIST_TOKENS)):
        t = toks[e]
        if t.sentence != sent:
            return None
        if not t.is_word:
            s = t.norm.strip()
            if e == a:
                return None  # two separators in a row, or an empty bracket
            items.append((a, e - 1, strip))
            if s in closers:
                end = e
                break
            if not _separator(s):
                return None
            a, strip = e + 1, 0
            continue
        if e > a:
            stem = _conj_stem(doc, e, lex)
            if stem is not None:  # "وكرش": a new item
                items.append((a, e - 1, strip))
                a, strip = e, len(t.norm) - len(stem)
        elif e == a and strip == 0 and items:
            stem = _conj_stem(doc, e, lex)
            strip = len(t.norm) - len(stem) if stem is not None else 0
    if end is None or len(items) < 2 or len(items) > MAX_ITEMS:
        return None
    out: list[Match] = []
    for idx, (a, b, strip) in enumerate(items):
        if b - a + 1 > MAX_ITEM_WORDS:
            return None
        if not _bare_item(doc, a):
            continue
        g = starts.get(a)
        if g is not None and g.j == b:
            _give_head(g, head, k, idx > 0)
            continue
        if any(x in covered for x in range(a, b + 1)):
            continue  # part of the item is a gazetteer name: the places stage reads it
        first = toks[a].norm[strip:]
        if not (name_ok(first, lex) or (b > a and first in formers)) \
                or not all(name_ok(toks[x].norm, lex, second=True) for x in range(a + 1, b + 1)):
            continue
        out.append(_item(doc, a, b, strip, head, k, idx > 0))
    return out


def _closed(doc: Doc, q: int, lex: Lexicon) -> bool:
    """Does the list item ending before token ``q`` end there: punctuation, the end of its sentence,
    or a locative word placing it ("… ومحزف في جبل صبر", "… بمحافظة لحج")?"""
    toks = doc.tokens
    if q >= len(toks) or toks[q].sentence != toks[q - 1].sentence:
        return True
    t = toks[q]
    if not t.is_word:
        return t.norm.strip() not in ("'",)
    forms = bare_forms(t.norm)
    if any(f in lex.cues or (f,) in lex.before for f in forms):
        return True
    return t.norm.startswith(morph().cue_prefixes) and any(f in lex.heads or f in lex.features for f in forms[1:])


def _definite_word(doc: Doc, q: int, strip: int, lex: Lexicon) -> bool:
    """Is the word at ``q`` (past ``strip`` letters of clitics) a definite word of Arabic letters that
    is no head, cue or feature word (a quarter's name may be an ordinary word: الجمهوري, الروضة)?"""
    t = doc.tokens[q]
    if not t.is_word or t.suffix:
        return False
    word = t.norm[strip:]
    mo = morph()
    first, last = name_letters()
    return word.startswith(mo.article) and len(word) > len(mo.article) + 2 \
        and all(first <= c <= last for c in word) and not any(
            f in lex.heads or f in lex.cues or f in lex.features or (f,) in lex.before for f in bare_forms(word))


def run_on(doc: Doc, k: int, q: int, head: tuple, lex: Lexicon, starts: dict[int, Match],
           covered: set[int], quarters: bool = False) -> list[Match]:
    """The items the gazetteer lacks of a plural head's list from token ``q`` on, after its first
    name ("قرى سيعة، وذي مهنة، ومحزف", "مناطق البوشجل والملاحمة"); the gazetteer's names of the list
    are stepped over (the places stage continues the list through them). ``quarters``: the head names
    a town's quarters (أحياء), whose names are often ordinary words with the article ("أحياء المدينة
    القديمة، والجمهوري، والنقطة الرابعة"): such a word is an item too, and so is a definite noun with
    the definite adjective after it."""
    toks = doc.tokens
    n = len(toks)
    mo = morph()
    formers = _config()[3]
    out: list[Match] = []
    items = 0
    while q < n and items < MAX_ITEMS:
        comma = False
        if not toks[q].is_word and _separator(toks[q].norm.strip()):
            comma, q = True, q + 1
        if q >= n or not toks[q].is_word or toks[q].sentence != toks[q - 1].sentence:
            break
        stem = _conj_stem(doc, q, lex)
        if (stem is None and not comma) or not _bare_item(doc, q):
            break
        strip = 0 if stem is None else len(toks[q].norm) - len(stem)
        word = toks[q].norm[strip:]
        g = starts.get(q)
        if g is not None:  # a gazetteer name of the list: the places stage reads it as a list item
            if comma and not _closed(doc, g.j + 1, lex):
                break
            q, items = g.j + 1, items + 1
            continue
        if q in covered:
            break
        e = q + 1 if word in formers and q + 1 < n and toks[q + 1].is_word and q + 1 not in covered \
            and name_ok(toks[q + 1].norm, lex, second=True) else q
        common = quarters and _definite_word(doc, q, strip, lex)
        if e == q and common and q + 1 < n and _definite_word(doc, q + 1, 0, lex) \
                and _closed(doc, q + 2, lex):
            e = q + 1  # "والنقطة الرابعة،": a noun and its adjective name one quarter
        if e == q and not (name_ok(word, lex) or common):
            break
        if (comma or not word.startswith(mo.article)) and not _closed(doc, e + 1, lex):
            break
        out.append(_item(doc, q, e, strip, head, k, True))
        q, items = e + 1, items + 1
    return out


@functools.cache
def _introducers() -> tuple[frozenset[str], frozenset[str], int]:
    """(list introducers, their antecedents, reach) of ``places/guess.yaml``, normalised."""
    d = load_yaml("places/guess.yaml")
    return (frozenset(normalize_form(w) for w in d["list_introducers"]),
            frozenset(normalize_form(w) for w in d["introducer_antecedents"]), int(d["introducer_reach"]))


def _antecedent(doc: Doc, k: int, lex: Lexicon) -> int | None:
    """The plural noun of places before the introducer at ``k`` in its sentence (مواقع, قرى …)."""
    toks = doc.tokens
    _, antecedents, reach = _introducers()
    for x in range(k - 1, max(-1, k - 1 - reach), -1):
        if toks[x].sentence != toks[k].sentence:
            return None
        if toks[x].is_word and any(f in antecedents for f in bare_forms(toks[x].norm)):
            return x
    return None


def introduced_lists(doc: Doc, matches: list[Match], lex: Lexicon) -> list[Match]:
    """Lists of examples after a plural noun of places: "بلدات وقرى بأطراف المدينة مثل X وY",
    "مواقع بجبهة …، منها X وY وZ". The first item takes a strong place head (a gazetteer name is
    then a place, and the places stage passes the head on along the list); the items the gazetteer
    lacks are guessed. A single example ("مثل درعا") is left alone: only a list counts."""
    toks = doc.tokens
    intro = _introducers()[0]
    covered = {x for m in matches for x in range(m.i, m.j + 1)}
    starts = {m.i: m for m in matches}
    formers = _config()[3]
    out: list[Match] = []
    n = len(toks)
    for k in range(n - 2):
        t = toks[k]
        if not t.is_word or t.norm not in intro or not toks[k + 1].is_word:
            continue
        a = _antecedent(doc, k, lex)
        if a is None:
            continue
        # the place the examples lie at: the last name before the introducer ("بأطراف الفلوجة …
        # مثل", "بجبهة صرواح … منها", "العند والمناطق التي تحيط بها ومنها")
        lo = max(0, a - _ANCHOR_BEFORE)
        while toks[lo].sentence != t.sentence:
            lo += 1
        if not any(x in starts and starts[x].j < k for x in range(lo, k)):
            continue
        ante = next((f for f in bare_forms(toks[a].norm) if f in lex.heads), None)
        head = (lex.heads[ante][0], True, lex.heads[ante][2]) if ante is not None else ("city", True, 1)
        q = k + 1
        g = starts.get(q)
        if g is not None:
            end = g.j
        elif q in covered or not _bare_item(doc, q) or toks[q].prefix.startswith(morph().conjunction):
            continue
        else:
            word = toks[q].norm
            end = q + 1 if word in formers and q + 1 < n and toks[q + 1].is_word and q + 1 not in covered \
                and name_ok(toks[q + 1].norm, lex, second=True) else q
            if end == q and not name_ok(word, lex):
                continue
        nxt = end + 1  # a list goes on: "وY" or "، Y"
        if nxt >= n or not ((toks[nxt].is_word and _conj_stem(doc, nxt, lex) is not None)
                            or (not toks[nxt].is_word and _separator(toks[nxt].norm.strip()))):
            continue
        rest = run_on(doc, a, nxt, head, lex, starts, covered)
        if not rest and nxt not in starts and nxt + 1 not in starts:
            continue  # no second name: "مثل X وغيرها", "منها X وأن …"
        if g is not None:
            _give_head(g, head, a, False)
            items = [g]
        else:
            items = [_item(doc, q, end, 0, head, a, False)]
            out.append(items[0])
        guessed = {u.i: u for u in rest}
        x = nxt
        while x < n and toks[x].sentence == t.sentence and len(items) < MAX_ITEMS:  # the list's items
            if not toks[x].is_word and _separator(toks[x].norm.strip()):
                x += 1
                continue
            item = starts.get(x) or guessed.get(x)
            if item is None or not (item is guessed.get(x) or item.prefix.startswith(morph().conjunction)
                                    or not toks[x - 1].is_word):
                break
            items.append(item)
            x = item.j + 1
        for m in items:
            m.example_of = (lo, k)
        out.extend(rest)
    return out
