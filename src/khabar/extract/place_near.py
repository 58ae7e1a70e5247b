"""Place neighbourhood rules: which place a name lies near, and when a homonym is the wrong one.

Reads the accepted :class:`~khabar.extract.place_lexicon.Match` objects of a document (with
``doc.tokens``) and fills ``near``, ``near_dir`` and ``listed``; :mod:`khabar.extract.places` then
places a minor homonym at the town of its sentence (``anchor_town``) when these rules say the
gazetteer's entry is elsewhere: "X غرب Y", "X بمدينة Y" (not "من X وثلاثة من مخيم Y": a new
coordinated phrase), "قرية X القريبة" (near the place before it),
"X، الواقعة جنوب Y" (a relative clause of location), "ناحية X (جنوب Y)", حي X (a town's quarter), a
village far from every other place named (``_stray``), a minor town of a country the report hardly
names (``_foreign_namesake``, ``_foreign_homonym``), the first item of a list (``_list_heads``), an
ordinary-word name inside a list another item of which puts it in its province (``list_homonyms``), and
a minor town alone in its country and far from every other place named (``drop_lone_namesakes``:
a word read as a place, "ونشرت مدرعات", or a namesake abroad).

Data files: ``lang/ar/places/relations.yaml`` (near_adjectives, quarter_heads, located_words),
``morphology.yaml`` (separators, conjunction), ``common_words.tsv`` (through ``place_accept``).

Example::

    >>> _leading({"YE": 3, "SA": 1})  # the country a report names most often
    'YE'
"""

from __future__ import annotations


from khabar.doc import Doc
from khabar.extract.gazetteer import Place, get_gazetteer
from khabar.extract.place_accept import common_words, facts
from khabar.extract.place_guess import quarter_heads, weak_head_cues
from khabar.extract.place_index import Nearby
from khabar.extract.place_lexicon import Lexicon, Match, bare_forms, km, morph, named_like_province, yaml_words

PLACED_KM = 100.0  # a name put against a place ("X شرق Y") has a homonym this close to Y
FAR_KM = 150.0  # a minor homonym this far from the town the text puts it next to is a different place
STRAY_POP = 10_000  # a village smaller than this, far from every other place named, is a homonym
FOREIGN_POP = 100_000  # a town this big abroad is the town meant, whatever the report is about
LEAD_MIN = 3  # a report naming one country this often is about it
SEAT_KM = 30.0  # a district named like a village this close to it has the village for its seat
LONE_KM = 300.0  # a minor town this far from every other place named, in a country no other names, is a namesake


def _list_heads(doc: Doc, matches: list[Match], accepted: list[Match], countries: dict[str, int],
                lex: Lexicon) -> list[Match]:
    """The first item of a list whose next item is an accepted place ("تشمل المخا، وباب المندب،
    وموزع"): kept without a cue of its own when the gazetteer has it in a country the report names
    and it is no ordinary word, nisba or collision."""
    ok = {id(m) for m in accepted}
    extra = []
    for a, b in zip(matches, matches[1:]):
        if not a.cands or b.guessed or id(b) not in ok or id(a) in ok or not _continues_list(doc, a, b):
            continue
        f = facts(a.name) if a.cands is facts(a.name).cands else None
        if f is None or f.common or f.ordinary or f.nisba or f.rule or f.world or a.adjective_pos \
                or a.after_given_name or (a.prefix and not a.prefix.startswith(morph().cue_prefixes)):
            continue
        if any(p.country in countries for p in a.cands):
            a.listed = True
            extra.append(a)
    if not extra:
        return accepted
    return sorted(accepted + extra, key=lambda m: m.i)


def _foreign_homonym(doc: Doc, m: Match, countries: dict[str, int], lex: Lexicon) -> bool:
    """A name after a weak head with a cue (في منطقة X) whose every gazetteer entry is a minor place
    of a country the report does not name, in a report on countries the village-level gazetteer
    covers."""
    if not m.cands or m.head is None or m.head[0] not in ("city", "admin2", "any") or not countries \
            or m.head[1] or m.j > m.i + 1:
        return False  # a strong head accepts the name itself (place_accept)
    k = m.head_tok
    cued = m.cue or (k is not None and k > 0 and doc.tokens[k - 1].is_word
                     and any(b in weak_head_cues() for b in bare_forms(doc.tokens[k - 1].norm)))
    if not cued or m.name in lex.common or m.name in common_words() or m.name in lex.collisions:
        return False
    if not set(countries) & get_gazetteer().countries:
        return False
    return not any(p.major or p.curated or p.world or p.country in countries or p.pop >= STRAY_POP
                   for p in m.cands)


def _leading(countries: dict[str, int]) -> str | None:
    """The country a report names most often (None on a tie or when it names none)."""
    if not countries:
        return None
    ranked = sorted(countries.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _foreign_namesake(m: Match, countries: dict[str, int]) -> bool:
    """A minor town, after a generic area head (منطقة, مناطق) or none, of a country the report names
    at most once (through this very name), in a report that names another country LEAD_MIN times:
    the gazetteer's only such name lies abroad, the report's place does not."""
    p = m.chosen
    if p is None or p.kind not in ("city", "neighbourhood") or p.curated or p.world or p.is_capital \
            or p.pop >= FOREIGN_POP or m.direction is not None or m.listed and m.near is not None:
        return False
    if m.head is not None and (m.head[1] or m.head[0] not in ("any", "city", "region")):
        return False  # "مدينة المهدية", "محافظة X": named as such
    lead = _leading(countries)
    return lead is not None and lead != p.country and countries[lead] >= LEAD_MIN \
        and countries.get(p.country, 0) <= 1 and not any(c.country == lead for c in m.cands)


def _stray(m: Match, accepted: list[Match], nearby: Nearby | None = None) -> bool:
    """A minor village homonym farther than FAR_KM from every other place of the document (asked of
    ``nearby``, the same answer, when a long document has one)."""
    p = m.chosen
    if p is None or p.kind not in ("city", "neighbourhood") or p.major or p.world or p.curated \
            or p.pop >= STRAY_POP or (m.head is not None and m.head[1]) or m.listed:
        return False  # "محافظة شرورة", "قرية X" and list items are named as such
    if any(c.kind == "admin2" and km(c, p) <= SEAT_KM for c in m.cands):
        return False  # "تلعفر": the seat of a district named after it is a town of note, not a stray namesake
    if nearby is not None and nearby.cell(p) is not None:
        return nearby.has_other(m) and not nearby.close_other(m, p)
    others = [x.chosen for x in accepted if x is not m and x.chosen is not None and x.name != m.name
              and x.chosen.kind != "country" and x.approx is None]
    return bool(others) and all(km(p, q) > FAR_KM and not (p.admin1_ar and p.admin1_ar == q.admin1_ar)
                                for q in others)


def _unnamed_village(m: Match, provinces: dict[str, set[str]]) -> bool:
    """Is m's choice a minor village (no town of note, no seat of a district or province) in a
    province no other place of the report lies in? ``provinces``: admin1 -> the names of the
    report's places in it."""
    p = m.chosen
    if p is None or p.kind not in ("city", "neighbourhood") or p.major or p.world or p.curated \
            or p.is_capital or p.fcode.startswith("PPLA") or p.pop >= STRAY_POP:
        return False
    if not p.admin1_ar or provinces.get(p.admin1_ar, set()) - {m.name}:
        return False  # its province is named, or another place in it
    return not any(c.kind == "admin2" and km(c, p) <= SEAT_KM for c in m.cands)


def stray_in_sentence(m: Match, mates: list[Match], provinces: dict[str, set[str]]) -> bool:
    """A minor village homonym (:func:`_unnamed_village`) farther than FAR_KM from the place its own
    sentence names nearest to it: "فتحت المقاومة في تعز جبهة في منطقة الحوبان" with the gazetteer's
    only الحوبان a village of Amran 300 km away, though the report names Sanaa elsewhere (which
    keeps :func:`_stray` from firing). ``mates``: the matches of m's sentence."""
    if (m.head is not None and m.head[1]) or not _unnamed_village(m, provinces):
        return False  # "قرية X", "محافظة X": named as such
    others = [x for x in mates if x is not m and x.chosen is not None and x.name != m.name
              and x.chosen.kind != "country" and x.approx is None]
    if not others:
        return False
    nearest = min(others, key=lambda x: abs(x.i - m.i))  # the place the sentence puts it next to
    assert m.chosen is not None and nearest.chosen is not None
    return km(m.chosen, nearest.chosen) > FAR_KM


def same_name_moved(matches: list[Match], provinces: dict[str, set[str]]) -> None:
    """One name is one place within a report: a mention left at a minor village in a province the
    report never names (:func:`_unnamed_village`) that another mention of the same name was moved
    away from, to a town of the same country ("معسكر في منطقة الحوبان بمدينة تعز … بالإضافة إلى معسكر
    الإذاعة في الحوبان"), is placed where the nearest earlier such mention was (else the first later)."""
    moved: dict[tuple[str, int], list[Match]] = {}
    for x in matches:
        if x.approx is not None and x.chosen is not None and not x.guessed \
                and x.approx.country == x.chosen.country:
            moved.setdefault((x.name, id(x.chosen)), []).append(x)
    if not moved:
        return
    for m in matches:
        if m.approx is not None or m.chosen is None or m.guessed:
            continue
        done = moved.get((m.name, id(m.chosen)))
        if done and _unnamed_village(m, provinces):
            before = [x for x in done if x.i < m.i]
            src = before[-1] if before else done[0]
            m.approx, m.direction = src.approx, m.direction or src.direction


def drop_lone_namesakes(matches: list[Match], adjectives: frozenset[str]) -> list[Match]:
    """Leave unresolved a town (``_minor``: no country's capital, curated or world city, under
    FOREIGN_POP people) in a country that no other name of the report lies in nor its adjectives
    name, farther than LONE_KM from every other place named: "بمدينة العلم والعلماء" in a report
    on Yemen is no Iraqi village, "ونشرت مدرعات" after a list of Yemeni places no Egyptian
    village, "الأطراف الخارجة عن القانون" in a report on Iraq not the Egyptian provincial capital.
    A report naming no other place than countries says nothing against it. Returns the matches
    left unresolved."""
    live = [x for x in matches if x.chosen is not None or x.approx is not None]
    names_in: dict[str, set[str]] = {}  # country -> the names placed in it
    for x in live:
        q = x.approx or x.chosen
        if q is not None:
            names_in.setdefault(q.country, set()).add(x.name)
    lone = [m for m in live if m.approx is None and m.chosen is not None and _minor(m.chosen)
            and m.chosen.country not in adjectives and not names_in[m.chosen.country] - {m.name}]
    if not lone:
        return []
    points = [x for x in live if x.approx is None and x.chosen is not None and x.chosen.kind != "country"]
    points += [_Approx(x) for x in live if x.approx is not None and x.approx.kind != "country"]
    nearby = Nearby(points, LONE_KM)
    named = {x.name for x in points}
    dropped = []
    for m in lone:
        if named <= {m.name}:
            continue  # only countries besides it ("مخيم الزعتري" in a report on Syria): no distance to judge
        p = m.chosen
        assert p is not None
        if nearby.cell(p) is not None:
            close = nearby.close_other(m, p)
        else:
            close = any(x.name != m.name and km(p, x.chosen) <= LONE_KM for x in points)
        if not close:
            dropped.append(m)
    for m in dropped:
        m.chosen = None
    return dropped


class _Approx:
    """A match placed at another place (``approx``), seen as a match of that place."""

    def __init__(self, m: Match) -> None:
        self.i, self.name, self.chosen, self.approx = m.i, m.name, m.approx, None


def _minor(p: Place) -> bool:
    """A town that no report names without naming its country or a place near it: not a country's
    capital, a curated or world city, a town of FOREIGN_POP people, nor the town its province is
    named after (الباحة)."""
    return p.kind in ("city", "neighbourhood", "admin2") and not (
        p.world or p.curated or p.fcode == "PPLC" or p.pop >= FOREIGN_POP or named_like_province(p))


_OPENING = frozenset("([")  # an opening bracket right after a place: what follows locates it


def _link_near(doc: Doc, matches: list[Match], lex: Lexicon) -> None:
    """"X غرب Y", "X بمدينة Y", "X في محافظة Y": X's homonyms near Y score higher."""
    toks = doc.tokens
    near_words = _near_adjectives()
    for a, b in zip(matches, matches[1:]):
        if b.j + 1 < len(toks) and toks[b.j + 1].norm in near_words and toks[a.j].sentence == toks[b.i].sentence \
                and not _names_what_it_is_near(toks, b.j + 2, lex):
            b.near = a  # "مدينة اعزاز … قرية X القريبة": X lies near the place named before it
            continue
        gap = range(a.j + 1, b.i)
        if len(gap) > 4 or toks[a.j].sentence != toks[b.i].sentence:
            continue
        if any(not toks[x].is_word for x in gap):
            # "X، الواقعة جنوب Y": a relative clause placing X against Y reads as "X جنوب Y"
            if b.direction is not None and b.cue_tok is not None and _located(doc, a.j + 1, b.cue_tok):
                a.near, a.near_dir = b, True
            elif toks[a.j + 1].span.text.strip() in _OPENING and b.chosen is not None \
                    and b.chosen.kind != "country" and (
                    (b.i == a.j + 2 and (b.chosen.major or b.chosen.kind in ("admin1", "admin2")))
                    or (b.direction is not None and b.cue_tok == a.j + 2)):
                # "ناحية X (جنوب Y)", "قضاء X (Y)": a bracket right after a place locates it
                a.near, a.near_dir = b, b.direction is not None
            continue
        if _new_phrase(toks, gap, lex):
            continue  # "من قلقيلية وثلاثة من مخيم الفوار": Y is the place of a new coordinated phrase
        linked = b.direction is not None or (b.head is not None and b.head[0] in ("admin1", "city", "admin2")
                                             and b.head_tok is not None  # not a list's head: "قرية X وY"
                                             and not _coordinated_head(toks, a, b))
        linked = linked or (len(gap) == 0 and b.prefix.startswith(morph().cue_prefixes))
        linked = linked or (len(gap) == 1 and toks[gap[0]].norm in lex.cues)
        if linked:
            a.near = b
            a.near_dir = b.direction is not None and (b.cue_tok == a.j + 1
                                                      or _located(doc, a.j + 1, b.cue_tok))


def _coordinated_head(toks: list, a: Match, b: Match) -> bool:
    """"الدمنة والحوبان ومدينة الصالح": a head noun with the conjunction right after a place opens the
    next item of a list, with a head of its own; it says nothing of where the place before it lies (as
    "X بمدينة Y" or "X مدينة Y" do)."""
    return b.head_tok == a.j + 1 and toks[b.head_tok].prefix.startswith(morph().conjunction)


def _new_phrase(toks: list, gap: range, lex: Lexicon) -> bool:
    """Do the words between two places open a new coordinated phrase with a preposition of its own
    ("من قلقيلية وثلاثة من مخيم الفوار", "في X وآخرين في مدينة Y"): a word with the conjunction
    and no suffix, then a preposition (a cue word)? Then the second place is that phrase's, not
    where the first lies ("والمدخل الشرقي لمدينة تعز" goes on with a list of one town's places)."""
    conj = morph().conjunction
    opened = False
    for x in gap:
        t = toks[x]
        if opened and t.norm in lex.cues:
            return True
        if t.prefix.startswith(conj) and not t.suffix:
            opened = True
    return False


def _names_what_it_is_near(toks: list, k: int, lex: Lexicon) -> bool:
    """Does the near adjective go on to say what it is near ("القريبة من تل أبيب", "المتاخمة لباب
    المندب"), a place after it rather than the one before?"""
    if k >= len(toks) or not toks[k].is_word:
        return False
    w = toks[k].norm
    return w in lex.cues or w.startswith(tuple(p for p in morph().name_prefixes
                                                 if p and not p.startswith(morph().conjunction)))


def _near_adjectives() -> frozenset[str]:
    """Adjectives of nearness after a name (``places/relations.yaml``), normalised."""
    return yaml_words("places/relations.yaml", "near_adjectives")


def _quarter(doc: Doc, m: Match) -> bool:
    """Is the name after a quarter head (حي X, بحي X)?"""
    k = m.head_tok
    return k is not None and not quarter_heads().isdisjoint(bare_forms(doc.tokens[k].norm))


def _seat_words() -> frozenset[str]:
    """Words naming a town the seat of the province after them (``places/relations.yaml``), normalised."""
    return yaml_words("places/relations.yaml", "seat_words")


def _located_words() -> frozenset[str]:
    """Relative-clause words between two places (``places/relations.yaml``), normalised."""
    return yaml_words("places/relations.yaml", "located_words")


def _located(doc: Doc, start: int, end: int | None) -> bool:
    """Are the tokens start..end-1 a relative clause of location (، الواقعة / التي تقع)?"""
    if end is None or end <= start:
        return False
    words = _located_words()
    seps = morph().separators
    toks = doc.tokens[start:end]
    return any(t.is_word for t in toks) and all(
        t.norm in words if t.is_word else t.span.text.strip() in seps for t in toks)


def _continues_list(doc: Doc, prev: Match, m: Match) -> bool:
    """``حلب وإدلب``, ``عدن، لحج``, ``حضرموت- أبين``: m follows prev across و, a comma or a dash."""
    if m.i == prev.j + 1:
        return m.prefix.startswith(morph().conjunction)
    if m.i == prev.j + 2:
        sep = doc.tokens[prev.j + 1].norm
        return sep in morph().separators
    return False


def mark_placed(doc: Doc, matches: list[Match], lex: Lexicon) -> None:
    """Mark the matches followed by a phrase placing them against another gazetteer name: a direction
    word ("شرق", "شمال غرب", "قرب") or a strong place head with a locative clitic ("بمحافظة"), a
    strong head allowed after the direction ("شرق مدينة"), then the name ("دمنة خدير شرق مدينة تعز",
    "تسللوا الى دوما جنوب نابلس"), or a seat word and a province head ("الحوطة مركز محافظة لحج"),
    and one of the name's homonyms within PLACED_KM of one of that name's (in that province, after a
    province head), or a locative and a province's bare name ("حيدان وساقين بصعدة", "في صعدة"), which
    places the name, and every item of the list ending in it, in that province. Such a phrase is
    evidence that the name before it is a place."""
    toks = doc.tokens
    n = len(toks)
    starts = {m.i: m for m in matches}
    ends = {m.j: m for m in matches}
    located = _located_words()
    for m in matches:
        q = m.j + 1
        if q >= n or not toks[q].is_word or toks[q].sentence != toks[m.i].sentence or not m.cands \
                or m.name in located or doc.norm.text[m.nend:toks[q].nstart].strip():
            continue  # "، الواقعة جنوب X": the relative clause, not a place
        forms = bare_forms(toks[q].norm)
        nxt, heads = None, []
        if toks[q].norm in _seat_words() and q + 1 < n and toks[q + 1].is_word:
            # "الحوطة مركز محافظة لحج": the seat of the province named next
            heads = [h for f in bare_forms(toks[q + 1].norm) if (h := _place_head(lex, f)) is not None]
            if not heads or heads[0][0] != "admin1":
                continue
            nxt = q + 2
        elif any((f,) in lex.before for f in forms):
            nxt = q + 1
            if nxt < n and toks[nxt].is_word and any((f, toks[nxt].norm) in lex.before for f in forms):
                nxt += 1  # "شمال غرب"
        elif toks[q].norm.startswith(morph().cue_prefixes):
            heads = [h for f in forms[1:] if (h := _place_head(lex, f)) is not None]
            nxt = q + 1 if heads else None
        if nxt is None:
            # "في الظاهر وحيدان بصعدة / في صعدة": a preposition and a province's bare name
            bare = _bare_province(doc, starts, q)
            if bare is None:
                continue
            _place_list(doc, m, ends, {p.admin1_ar for p in bare.cands if p.kind == "admin1" and p.admin1_ar})
            continue
        if not heads and nxt < n and toks[nxt].is_word:
            heads = [h for f in bare_forms(toks[nxt].norm) if (h := _place_head(lex, f)) is not None]
            nxt += 1 if heads else 0  # "شرق مدينة تعز"
        anchor = starts.get(nxt)
        if anchor is None:
            continue
        if heads and heads[0][0] == "admin1":  # "X بمحافظة Y": a homonym in that province
            _place_list(doc, m, ends, {a.admin1_ar for a in anchor.cands if a.admin1_ar})
        else:  # "X شرق Y": a homonym near Y
            m.placed = any(p.country == a.country and km(p, a) <= PLACED_KM
                           for p in m.cands for a in anchor.cands if a.kind != "country")


def _province_prepositions() -> frozenset[str]:
    return yaml_words("places/relations.yaml", "province_prepositions")


def _bare_province(doc: Doc, starts: dict[int, Match], q: int) -> Match | None:
    """The province named bare after a locative at token q ("بصعدة", "في صعدة"): a match of q with
    the clitic ب, or of q + 1 after a preposition, one of whose homonyms is a province (admin1), else
    None."""
    toks = doc.tokens
    a = starts.get(q)
    if a is None or not a.prefix.startswith(morph().cue_prefixes):
        a = None
        if toks[q].norm in _province_prepositions() and q + 1 < len(toks) \
                and toks[q + 1].sentence == toks[q].sentence:
            a = starts.get(q + 1)
            if a is not None and a.prefix:
                a = None
    if a is None or not any(p.kind == "admin1" and p.admin1_ar for p in a.cands):
        return None
    return a


def _place_list(doc: Doc, m: Match, ends: dict[int, Match], provinces: set[str]) -> None:
    """Mark m placed when a homonym of it lies in one of ``provinces``, and with it every item of the
    list ending in m ("قصفت الحولة وتلبيسة بريف حمص": the phrase places every item before it)."""
    m.placed = any(p.admin1_ar in provinces for p in m.cands)
    item = m
    while item.placed and (before := ends.get(item.i - 1, ends.get(item.i - 2))) is not None \
            and _continues_list(doc, before, item) and not before.placed and before.cands:
        before.placed = any(p.admin1_ar in provinces for p in before.cands)
        item = before


def mark_parts_of_countries(doc: Doc, matches: list[Match], lex: Lexicon) -> None:
    """Mark the names ending in a direction adjective right before ل and a country none of their
    homonyms lies in ("في الحدود الشمالية والشرقية لنيجيريا", "المنطقة الشرقية لليبيا"): a part of
    that country described by ordinary words, not the like-named province of another (and so the
    names listed before it by و)."""
    lams = yaml_words("places/relations.yaml", "part_of_prefixes")
    starts = {m.i: m for m in matches}
    ends = {m.j: m for m in matches}
    for m in matches:
        c = starts.get(m.j + 1)
        if c is None or c.prefix not in lams or not c.cands or any(p.kind != "country" for p in c.cands) \
                or doc.norm.text[m.nend:doc.tokens[m.j + 1].nstart].strip():
            continue
        country = c.cands[0].country
        item = m
        # only a name ending in a direction adjective ("الحدود الشمالية", "الشرقية") is such a part:
        # "تسليم العراق لإيران" hands a country to another
        while item is not None and item.cands and item.name.split()[-1] in lex.after \
                and all(p.country != country for p in item.cands):
            item.part_of = True
            before = ends.get(item.i - 1)
            item = before if before is not None and item.prefix == morph().conjunction else None


def mark_described_abroad(matches: list[Match], countries: dict[str, int], lex: Lexicon) -> None:
    """Mark a name of ordinary words ending in a direction adjective ("المنطقة الشرقية", "الحدود
    الشمالية") whose every homonym lies in a country that nothing else of the report names, in a report
    about another country (named LEAD_MIN times): "كبح العنف في المنطقة الشرقية المتنازع عليها" in a
    report on Ukraine, "المنطقة الشرقية من ولاية فرجينيا" describe a part of the report's own place, not
    the Saudi province. ``countries``: the countries the report names, with how often (this name's
    own mention included)."""
    lead = _leading(countries)
    if lead is None or countries[lead] < LEAD_MIN:
        return
    for m in matches:
        words = m.name.split()
        if len(words) < 2 or words[-1] not in lex.after or not m.cands \
                or any(p.kind == "country" for p in m.cands):
            continue  # "كوريا الجنوبية" is a country's own name
        cs = {p.country for p in m.cands}
        if len(cs) == 1 and lead not in cs and countries.get(next(iter(cs)), 0) <= 1:
            m.part_of = True


def _place_head(lex: Lexicon, form: str) -> tuple[str, bool, int | None] | None:
    """The strong place head ``form`` is (محافظة, مدينة), else None (a title or organisation head)."""
    h = lex.heads.get(form)
    return h if h is not None and h[1] and h[0] not in ("block", "outlet") else None


LIST_ANCHOR_AFTER = 7  # tokens after a list item where the province phrase placing the list may stand
LIST_ANCHOR_BEFORE = 3  # tokens before a list item where an accepted item of its list may end


def list_homonyms(doc: Doc, matches: list[Match], accepted: list[Match], countries: dict[str, int],
                  lex: Lexicon) -> list[Match]:
    """A name the stage dropped — an ordinary word (الظاهر, القاعدة) or a minor village with no anchor
    (الصليف, بريتال) — inside a coordinated list of places after a locative ("في منطقة القاعدة والمفرق … لمدينة تعز", "في شدا والظاهر ومناطق أخرى في
    صعدة"): kept when one of its homonyms lies in the province of another accepted item of the list
    or of the place named right after the list, and resolved among those homonyms only. Outside a
    list ("والظاهر أن", "مسلحي القاعدة") it stays a word."""
    toks = doc.tokens
    n = len(toks)
    mo = morph()
    ok = {id(m) for m in accepted}
    by_sentence: dict[int, list[Match]] = {}  # the accepted places of each sentence (no scan of all per match)
    for a in accepted:
        if a.cands:
            by_sentence.setdefault(toks[a.i].sentence, []).append(a)
    extra = []
    for m in matches:
        if id(m) in ok or not m.cands or m.guessed or m.inflected or m.adjective_pos or m.after_given_name:
            continue
        f = facts(m.name)
        if f.cands is not m.cands or f.rule == "skip" or f.world or f.nisba:
            continue
        sent = toks[m.i].sentence
        nxt = toks[m.j + 1] if m.j + 1 < n and toks[m.j + 1].sentence == sent else None
        coord_after = nxt is not None and (
            (nxt.is_word and nxt.prefix.startswith(mo.conjunction) and not nxt.suffix)
            or (not nxt.is_word and nxt.norm.strip() in mo.separators))
        coord_before = m.prefix == mo.conjunction and m.i > 0 and toks[m.i - 1].is_word
        if not (coord_after or coord_before):
            continue
        lo = max(0, m.i - LIST_ANCHOR_BEFORE)
        located = m.cue or m.head is not None or (coord_before and any(
            toks[x].sentence == sent and toks[x].is_word
            and any(b in lex.cues or b in lex.heads for b in bare_forms(toks[x].norm))
            for x in range(lo, m.i - 1)))
        if not located or (f.rule == "head" and m.head is None):
            continue  # a name read as a place only after a head (القاعدة) needs one: "عناصر من القاعدة"
        provinces: set[tuple[str, str]] = set()  # (country, province) of the list's other places
        for a in by_sentence.get(sent, ()):
            if not (m.j < a.i <= m.j + LIST_ANCHOR_AFTER or (a.j < m.i and m.i - a.j <= LIST_ANCHOR_BEFORE)):
                continue
            # its provinces and major towns (a report's countries are not all known yet: only
            # those of a country the report names when it names one)
            provinces |= {(p.country, p.admin1_ar or p.name_norm) for p in a.cands
                          if (p.kind == "admin1" or p.major) and p.kind != "country"
                          and (not countries or p.country in countries)}
        keep = [p for p in m.cands if (p.country, p.admin1_ar) in provinces]
        if keep:
            m.cands, m.listed = keep, True
            extra.append(m)
    if not extra:
        return accepted
    return sorted(accepted + extra, key=lambda m: m.i)
