"""The place of an event mention.

Reads a :class:`~khabar.extract.event_context.Context` (places by sentence, actor phrases, how each
sentence opens) and a mention; sets the mention's ``place``, ``place_inherited``,
``place_precision`` and ``place_rank``; adds nothing to the Doc. Loads ``lang/ar/events/``
place_words.yaml (area heads, event anaphors), place_date.yaml (locatives, words opening with ب
that are no preposition, facility heads, clause openers), grammar.yaml (the prepositions) and
words.tsv (kinds near, placehead, locative) through :mod:`khabar.extract.event_words` and
:mod:`khabar.extract.event_context`; the place anaphors ("على المدينة", "في المنطقة") are
:mod:`khabar.extract.event_place_anaphors`'.

:func:`place_of` gives a mention the nearest toponym of its clause (else the previous sentence's
most specific, else the article's lead place; "على المدينة" takes the last town named before,
"في المنطقة" the last area of the paragraph, never a reference point; the place a territory verb
governs beats its subject's; a place only named as a subject or object before a clause opener,
"طالب البلد الجار باكستان … بعدما حصد تفجير", "بدأت أنقرة حملة", is none of the event's, unless
it is the part of a country a direction names, "في جنوب شرق تركيا"; a bare foreign country a
locative puts the deed in, in the trigger's own clause with no place before it, is its place
("وقصفت طائرات تركية مواقع للتنظيم في سوريا وسمحت أنقرة …"), unless a town of it follows; a region yields to the town
in it the next sentence names, a bare country to the part of it where the next sentence places
the event already told: "… في أفغانستان. وأوضحت الوزارة أن العملية جرت في ولاية باكتيكا"). A town
named inside a place ("همدان بمدينة الحزم") but resolved far from it yields to it. Where something
came from is no place of it ("قادمة من صنعاء"; but a withdrawal happens where it was made from, "انسحبوا من منطقة أ باتجاه ب"),
nor is a whole list of origins ("من مناطق عدة، منها
مديريات أ وب التابعة لصنعاء، إلى …"), but people seized "from" a place were seized there. A place
that is a claim's speaker stands for its government ("تقول بغداد إن …", "هجوم نسبته أنقرة إلى
التنظيم"): it yields to any other place of its sentence. A place named after the
trigger inside a statement reported anew ("، وأضاف أن …", "، مشيرا إلى أن …") is that statement's:
the trigger keeps a place of its own clause, or borrows one as it would with none. A place of the
clause that a distance and a direction measure from ("على بعد 50 كيلومترا شمالي مدينة Y") gives the
event its point moved that far (``Mention.place_point``, 15 to 400 km; nearer, the town itself), as
a province's countryside a direction names does ("في ريف حلب الشمالي": 30 km north of Aleppo).

Example::

    >>> from khabar.doc import Article
    >>> from khabar.pipeline import Pipeline
    >>> doc = Pipeline().run(Article(id="x", text="قتل ثلاثة في غارة جوية على مدينة حلب."))
    >>> [e.place.admin1 for e in doc.events]
    ['Aleppo']
"""

from __future__ import annotations

import bisect
import functools
import math

from khabar.doc import PlaceMention
from khabar.extract.event_args import distance_before, distance_km, measured_from, place_precision, specificity
from khabar.extract.event_filters import _kind_words
from khabar.extract.event_context import Context, _opening, _phrase_end, _place_words, _stem_in, place_position
from khabar.extract.event_merge import Mention
from khabar.extract.event_place_anaphors import _HEAD_RUN, _anaphor_antecedent, _locates_another, speaker_spans
from khabar.extract.event_words import TERRITORY_TAKEN, grammar
from khabar.lang import load_yaml
from khabar.text.normalize import normalize_form

_PLACE_REACH = 150  # characters after the trigger; farther, a place before it is preferred
_RECALLING = frozenset({"past", "recall"})  # sentence openings telling an earlier event
_BEFORE_KEPT = 12  # places before the trigger looked at for the clause's own
_CLAUSE_REACH = 60  # tokens back from the trigger to the clause opener of its clause
_REGION_KM = 50.0  # a region (الغوطة الغربية) holds the towns this close to its point
# people seized "from" a place ("اعتقلت ستة من مخيم أ، وثلاثة من ب") were seized there, and a place
# withdrawn "from" ("انسحبوا من منطقة أ … باتجاه ب") is the territory handed over: no origin
_SEIZED_FROM = frozenset({"Arrests", "Abduction/forced disappearance", "Non-violent transfer of territory"})
_UNDERGO_REACH = 10  # tokens from a verb of undergoing to its trigger ("تعرضت قرى أ وب وج لقصف")
_CONTAINER_KM = 60.0  # a town farther than this from the place said to contain it is a namesake


def place_of(ctx: Context, m: Mention) -> None:
    m.recalled = _opening(ctx, m.sentence) in _RECALLING
    places = _home(ctx, ctx.places_by_sent.get(m.sentence, []))
    chosen = None
    before, after = _around(ctx, places, m.span.start, m.span.end)
    own = _own_foreign_country(ctx, m, after) if not before else None
    if own is not None:
        after = [own] + after
    if len(after) > 1 and m.subtype not in _SEIZED_FROM and _is_origin(ctx, after[0]) \
            and "expel" not in ctx.v.kinds()[m.i]:
        # "قادمة من صنعاء واتجهت إلى المخا": where it came from is not where it is; but "طردوهم من
        # عدن" happened in Aden; "من مناطق عدة، منها مديريات أ وب ومديرية ج، إلى مأرب": the whole list
        k = 1
        while k < len(after) - 1 and _listed(ctx, after[k - 1], after[k]):
            k += 1
        after = after[k:]
    if after:
        cut = _new_report(ctx, m, after[0])
        if cut is not None:
            # "… أدت إلى مصرع 18، وأضاف أن المقاومة تسيطر على الطريق بين أ وب": the places of a
            # statement reported after the trigger are that statement's
            after = [p for p in after if p.span.start < cut]
    if before and after:
        # "طالب البلد الجار باكستان … بعدما حصد تفجير … قرب مطار كابول": a subject or an object
        # of another clause is no place of the event
        opens = _clause_start(ctx, m)
        kept: list[PlaceMention] = []
        # only the last places before the trigger are ever chosen (a long run stays linear)
        for p in before[-_BEFORE_KEPT:]:  # one joined to a kept one ("في منطقتي دار سعد والعلم")
            if p.span.start >= opens or _locative(ctx, p) or (kept and _joined(ctx, kept[-1], p)):
                kept.append(p)
        if kept or any(p.level != "country" for p in after):
            before = kept  # (a bare country after it locates nothing better)
    if len(before) > 1 and _locates_another(ctx, before[-1]):
        before = before[:-1]  # "في محافظة إب بجنوب صنعاء تحتدم المواجهات": إب, not صنعاء
    if len(before) > 1 and ctx.token_of(before[-1].span.start) - ctx.token_of(before[-2].span.end - 1) <= 4 \
            and specificity(before[-2], ctx.references) > specificity(before[-1], ctx.references):
        before = before[:-1]  # "إلى مدينة شقرة الساحلية في أبين، وسيطرت عليها": the town, not its province
    if len(after) > 1 and m.subtype in TERRITORY_TAKEN and _in_actor_phrase(ctx, after[0], m.j):
        # "سيطرت قوات المقاومة في محافظتي أ وب على موقع ج": the place of the subject after the verb
        # (and the places joined to it) yields to the place the verb governs
        k = 1
        while k < len(after) and _joined(ctx, after[k - 1], after[k]):
            k += 1
        governed = [p for p in after[k:] if p.span.start - m.span.end <= _PLACE_REACH
                    and not _locates_another(ctx, p) and not _trigger_between(ctx, m.j, p)]
        if governed:
            after = governed
    if before and _names_event(ctx, m, before[-1]):
        chosen = before[-1]  # "بعد هجوم سروج الانتحاري": the attack is named after its town
    elif before and _undergoer(ctx, m, before[-1]):
        # "تعرضت قرى أ وب لقصف من قبل الميليشيات المتمركزة في ج": what was subjected to the deed
        chosen = before[-1]
    elif after and (after[0].span.start - m.span.end <= _PLACE_REACH or not before):
        chosen = after[0]
        if before and _contains(chosen, before[-1]):
            chosen = before[-1]  # "في مدينة X ... التفجير في محافظة Y": the town, inside the province
    elif before:
        chosen = before[-1]
    # "وسيطر التنظيم على المدينة": the town named earlier
    anaphor = _anaphor_antecedent(ctx, m, after[0] if after else None)
    if anaphor is not None:
        chosen = anaphor
    inherited = False
    nxt = m.sentence + 1
    if chosen is None and nxt < len(ctx.continues) and ctx.continues[nxt] and ctx.places_by_sent.get(nxt):
        chosen = ctx.places_by_sent[nxt][0]  # the clause goes on past a line break
    if chosen is None:
        inherited = True
        # the sentences before it that name a place, nearest first (a sentence without one is passed
        # over; paragraphs run in order, so the first of another paragraph ends the search)
        for x in range(bisect.bisect_left(ctx.placed_sents, m.sentence) - 1, -1, -1):
            s = ctx.placed_sents[x]
            if ctx.para[s] != m.para and s < m.sentence - 1:  # the sentence just before, or the paragraph
                break
            prev = [p for p in ctx.places_by_sent[s] if not _speaks(ctx, p)] or ctx.places_by_sent[s]
            prev = [p for p in prev if not measured_from(ctx.v, ctx.token_of(p.span.start))]
            if not prev:
                continue  # "هذه المدينة التي تبعد 620 كلم من باماكو": a reference point, look further back
            # the article's own country first ("تدربوا في تركيا ودخلوا سوريا" in a Syria story)
            home = [p for p in prev if ctx.country is None or p.country in (None, ctx.country)]
            if not home and not any(_locative(ctx, p) for p in prev):
                continue  # "وأضاف المرصد ومقره بريطانيا": no place of events, look further back
            prev = home or prev
            # where the sentence puts things ("داخل تركيا"), not its subject ("وواصلت أنقرة"); a
            # reference point stands for the place it locates ("على مدينة سرمين شرق إدلب": سرمين)
            prev = [_located_by(ctx, prev, i) for i, p in enumerate(prev) if _locative(ctx, p)] or prev
            top = max(specificity(p, ctx.references) for p in prev)
            chosen = next(p for p in prev if specificity(p, ctx.references) == top)
            if _opening(ctx, s) == "shift" and ctx.fronted.get(s) is not None:
                # "أما على صعيد محافظة أبين، …. وأشارت مصادر إلى مواجهات": the front the
                # report has turned to frames the sentences after it
                chosen, inherited = ctx.fronted[s], False
            break
        if chosen is None and ctx.lead_place is not None and _locative(ctx, ctx.lead_place):
            chosen = ctx.lead_place  # not a place the lead only names ("طالب البلد الجار باكستان")
    if chosen is None:
        return
    if not inherited:
        chosen = _container_if_misplaced(ctx, chosen)
        chosen = _town_told_next(ctx, m, chosen)
        chosen = _part_told_next(ctx, m, chosen)
    m.place = chosen
    m.place_inherited = inherited
    m.place_precision = place_precision(ctx.v, chosen, ctx.token_of(chosen.span.start))
    m.place_rank = specificity(chosen, ctx.references)
    if not inherited:
        m.place_point = _measured_point(ctx, chosen)


_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
             "southwest": 225.0, "west": 270.0, "northwest": 315.0}
_SHIFT_KM = (15.0, 400.0)  # distances from a reference point the event is moved by (nearer: the town)
_KM_PER_DEGREE = 111.2


def _measured_point(ctx: Context, p: PlaceMention) -> tuple[int, float, float] | None:
    """"هاجموا القوات المتمركزة حول بلدة X على بعد 50 كيلومترا شمالي مدينة Y", with X a name the
    gazetteer lacks: the event is not at the reference point Y but that far from it in that direction;
    the point Y moved so (the event's place stays Y, of precision 2 by its direction, for merging
    tellings; only the event's coordinates move: event_merge.best_place)."""
    bearing = _BEARINGS.get(p.direction or "")
    if bearing is None or p.lat is None or p.lon is None or (p.level or "city") not in ("city", "admin1"):
        return None
    d = distance_before(ctx.v, ctx.token_of(p.span.start)) if (p.level or "city") == "city" else None
    if d is None and p.level == "admin1" and p.cue is not None and normalize_form(p.cue.text) in _countryside()[0]:
        # "ريف حلب الشمالي": that part of the province's countryside (a town's, "ريف جسر الشغور
        # الجنوبي", is too near it to move)
        d = _countryside()[1]
    if d is None or not _SHIFT_KM[0] <= d <= _SHIFT_KM[1]:
        return None
    b = math.radians(bearing)
    lat = p.lat + d * math.cos(b) / _KM_PER_DEGREE
    lon = p.lon + d * math.sin(b) / (_KM_PER_DEGREE * max(0.1, math.cos(math.radians((lat + p.lat) / 2))))
    return p.span.start, round(lat, 4), round(lon, 4)


_OWN_COUNTRY_REACH = 8  # tokens from a trigger to the locative country of its own clause


def _own_foreign_country(ctx: Context, m: Mention, after: list[PlaceMention]) -> PlaceMention | None:
    """A bare foreign country that a locative puts the deed in, in the trigger's own clause
    ("وقصفت طائرات تركية مواقع للتنظيم في سوريا" in a report on Turkey): no other trigger and no
    other place between them, within _OWN_COUNTRY_REACH tokens. :func:`_home` drops such countries
    (a country only talked about), which left the deed at a place of the next clause ("وسمحت أنقرة")."""
    # the sentence's places after the trigger, through _around's table (no scan per trigger)
    _, raw = _around(ctx, ctx.places_by_sent.get(m.sentence, []), m.span.start, m.span.end)
    p = raw[0] if raw else None
    if p is None or (after and after[0] is p) or p.level != "country" or p.direction \
            or p.country is None or p.country == ctx.country:
        return None
    if after and after[0].span.start < p.span.start:
        return None
    k = ctx.token_of(p.span.start)
    if k - m.j > _OWN_COUNTRY_REACH or _trigger_between(ctx, m.j, p) or not _locative(ctx, p):
        return None
    nxt = next((q for q in raw[1:3] if q.span.start >= p.span.end), None)
    if nxt is not None and nxt.country == p.country \
            and ctx.token_of(nxt.span.start) - ctx.token_of(p.span.end - 1) <= _REFERENCE_GAP + 1:
        return None  # "غارة في سوريا قرب الرقة": the town that follows says where in it
    return p


def _undergoer(ctx: Context, m: Mention, p: PlaceMention) -> bool:
    """``p`` is the subject of a verb of undergoing (words.tsv kind undergo) whose ل governs the
    trigger: "تعرضت قرى أ وب لقصف", "وكانت أحياء أ قد تعرضت لقصف من ب". The place hit, not where the
    fire came from or where the shooters stand, after the trigger. Only words of no other trigger
    stand between the verb and the trigger, and the place lies in the trigger's clause."""
    kinds = ctx.v.kinds()
    lo = ctx.sent_lo[m.sentence]
    k = ctx.token_of(p.span.start)
    clitics, words = _undergo_preps()
    end = m.i  # the first token after the verb's subject: the trigger with ل, or إلى before it
    if m.i > lo and ctx.v.tokens[m.i - 1].norm in words:
        end = m.i - 1
    elif not any(pre in clitics for pre, _st, _suf in ctx.v.keys[m.i]):
        return False  # "تتصدى لجيوب الحوثيين … وتمت السيطرة": the verb's ل governs another word
    for u in range(end - 1, max(lo, end - _UNDERGO_REACH) - 1, -1):
        if "undergo" in kinds[u]:
            break
        if ctx.v.triggers_at(u) or not ctx.v.tokens[u].is_word:
            return False
    else:
        return False
    if k > u:  # "تعرضت قرى أ وب لقصف": the subject after the verb
        return True
    # "وكانت أحياء أ قد تعرضت لقصف": the subject before it, only a time between the verb and the trigger;
    # not a verbal noun with its subject pronoun ("إثر تعرضه لإطلاق نار": he, not a place before)
    undergo = _kind_words("undergo")
    if any(suf and st in undergo for _pre, st, suf in ctx.v.keys[u]):
        return False
    return all(x in ctx.time_tokens for x in range(u + 1, end)) and p.span.start >= _clause_start(ctx, m) \
        and not ctx.v.triggers_in(k, u)


@functools.cache
def _undergo_preps() -> tuple[frozenset[str], frozenset[str]]:
    """grammar.yaml undergo_preps, folded: the clitic ones (ل, with و/ف before it) and the words (إلى)."""
    preps = [normalize_form(w) for w in load_yaml("events/grammar.yaml")["undergo_preps"]]
    g = grammar()
    clitics = {w for w in preps if len(w) == 1}
    clitics |= {c + w for w in set(clitics) for c in (g["and"], g["then"])}
    return frozenset(clitics), frozenset(w for w in preps if len(w) > 1)


def _names_event(ctx: Context, m: Mention, p: PlaceMention) -> bool:
    """"بعد هجوم سروج الانتحاري", "تفجير الكرادة الانتحاري": a place between an event noun and the
    trigger that qualifies it is in construct with the noun (إضافة): the event is named after where it
    happened, whatever places the rest of the clause goes on to name."""
    i = ctx.token_of(p.span.start)
    if i == 0 or ctx.token_of(p.span.end - 1) + 1 != m.i or not ctx.v.triggers_at(i - 1):
        return False
    # the trigger is the adjective of that phrase (الانتحاري), not a deed of its own joined by و
    # ("معارك الحسكة والهجوم على مارع")
    prefix = ctx.v.tokens[m.i].prefix
    g = grammar()
    return ctx.v.has_article(m.i, prefix) and not prefix.startswith((g["and"], g["then"]))


_REFERENCE_GAP = 3  # tokens from a place to the reference point that locates it ("سرمين شرق إدلب")


def _located_by(ctx: Context, places: list[PlaceMention], i: int) -> PlaceMention:
    """The place at ``places[i]``, or the one right before it that it only locates ("A شرق B": A)."""
    p = places[i]
    if i == 0 or not _locates_another(ctx, p):
        return p
    a = places[i - 1]
    if ctx.token_of(p.span.start) - ctx.token_of(a.span.end - 1) > _REFERENCE_GAP:
        return p
    return a


def _town_told_next(ctx: Context, m: Mention, p: PlaceMention) -> PlaceMention:
    """"قتلت القوات فلسطينيا في الضفة الغربية. وقال شاهد إن القوات دخلت قرية برقين": a region
    (not a province: its towns are often other fronts) yields to the town in it that the next
    sentence of the paragraph names."""
    if p.level != "region" or p.lat is None:
        return p
    nxt = m.sentence + 1
    if nxt >= len(ctx.para) or ctx.para[nxt] != m.para or _opening(ctx, nxt) is not None:
        return p
    for q in ctx.places_by_sent.get(nxt, ()):
        if (q.level or "city") == "city" and q.country == p.country \
                and _in_region(q, p):
            return q
    return p


def _part_told_next(ctx: Context, m: Mention, p: PlaceMention) -> PlaceMention:
    """"قتل قيادي في غارة في أفغانستان. / وأوضحت الوزارة أن العملية جرت في ولاية باكتيكا": a
    bare country yields to the part of it (a town, a province, "شمال سوريا") that the next
    sentence puts something in, unless that sentence turns to another story or time."""
    if p.level != "country" or p.direction:
        return p
    if len({q.country for q in ctx.places_by_sent.get(m.sentence, ())}) > 1:
        return p  # "هجمات في نيجيريا والكاميرون": several countries, no one part
    nxt = m.sentence + 1
    if nxt >= len(ctx.para) or _opening(ctx, nxt) is not None:
        return p
    for q in ctx.places_by_sent.get(nxt, ()):
        if q.country == p.country and (q.level != "country" or q.direction) and q.lat is not None \
                and _locative(ctx, q) and _told_again(ctx, nxt, ctx.token_of(q.span.start)):
            return q
    return p


def _told_again(ctx: Context, s: int, hi: int) -> bool:
    """Sentence s names, before token hi, an event already told: a definite event noun ("وأوضحت
    الوزارة أن العملية جرت في …", "الاشتباكات التي وقعت في …"), not a new deed ("وأضاف أن
    الطائرات المسيرة قصفت …": a trigger without the article)."""
    told = False
    kinds = ctx.v.kinds()
    for t in ctx.v.triggers_in(ctx.sent_lo[s], hi):
        if not ctx.v.has_article(t.i, t.prefix) and not (t.i >= 1 and "during" in kinds[t.i - 1]):
            return False  # a verb or an indefinite noun: a deed told anew (not "قتل أثناء اشتباك")
        told = True
    if told:
        return True
    anaphors = _place_word_set("event_anaphors")
    article = grammar()["article"]
    return any(st.startswith(article) and st[len(article):] in anaphors
               for k in range(ctx.sent_lo[s], hi) for _pre, st, _suf in ctx.v.keys[k])


def _in_region(town: PlaceMention, big: PlaceMention) -> bool:
    """The town lies in the region: its admin1 is named after it ("West Bank"), or it is within
    50 km of the region's point."""
    if town.admin1 and big.name and town.admin1.lower() == big.name.lower():
        return True
    return distance_km(town, big) <= _REGION_KM


def _home(ctx: Context, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a sentence an event may be at, once per sentence (a long sentence of many
    places and triggers made it quadratic)."""
    if not places:
        return places
    memo = ctx.v.memo.get("event_home")
    if memo is None:
        memo = ctx.v.memo["event_home"] = {}
    got = memo.get(id(places))  # type: ignore[attr-defined]
    if got is None or got[0] is not places or got[1] != len(places):
        # a foreign town or province is kept where something is put ("غارات على مواقع في جبال قنديل"
        # in a Turkey story), not a country only talked to or about ("طالب البلد الجار باكستان")
        # (nor a part of a foreign country named by its direction: "هجمات في جنوب شرق تركيا" in
        # a report that names Iraq more often)
        home = [p for p in places if ctx.country is None or p.country in (None, ctx.country)
                or (((p.level or "city") != "country" or p.direction) and _locative(ctx, p))]
        # a place that speaks yields to the others of its sentence (kept when it is the only one)
        home = [p for p in home if not _speaks(ctx, p)] or home
        got = memo[id(places)] = (places, len(places), home or places)  # type: ignore[index]
    return got[2]  # type: ignore[no-any-return]


def _speaks(ctx: Context, p: PlaceMention) -> bool:
    """A place that is the speaker of a claim ("تقول بغداد إن …", "هجوم نسبته أنقرة إلى التنظيم"):
    the capital stands for its government."""
    return (p.span.start, p.span.end) in speaker_spans(ctx)


_AROUND_KEPT = 32  # places kept on each side of a trigger: the nearest ones, all a clause ever reads


def _around(ctx: Context, places: list[PlaceMention], start: int, end: int) \
        -> tuple[list[PlaceMention], list[PlaceMention]]:
    """The places ending before character ``start`` and those starting at or after ``end`` (the
    nearest ``_AROUND_KEPT`` of each side), in order, sliced from a table of the sentence's places
    built once (filtering them per trigger, or copying all of them, was quadratic in a sentence of
    thousands of clauses)."""
    if not places:
        return [], []
    memo = ctx.v.memo.setdefault("event_place_bounds", {})
    got = memo.get(id(places))
    if got is None or got[0] is not places or got[1] != len(places):
        starts = [p.span.start for p in places]
        reach, high = [], -1  # the farthest end of the places up to each one
        for p in places:
            high = max(high, p.span.end)
            reach.append(high)
        got = memo[id(places)] = (places, len(places), starts, reach,
                                  all(a <= b for a, b in zip(starts, starts[1:])))
    _, _, starts, reach, ordered = got
    if not ordered:  # (the sentence's places always come in text order)
        return ([p for p in places if p.span.end <= start], [p for p in places if p.span.start >= end])
    first = bisect.bisect_left(starts, end)
    after = places[first:first + _AROUND_KEPT]
    # all places up to ``clear`` end before the trigger; after that, those starting before it
    # and not running over it (a place around the trigger)
    clear = bisect.bisect_right(reach, start)
    last = bisect.bisect_right(starts, start)
    before = places[max(0, clear - _AROUND_KEPT):clear]
    if last > clear:
        before = before + [p for p in places[clear:last] if p.span.end <= start]
    return before, after


def _container_if_misplaced(ctx: Context, p: PlaceMention) -> PlaceMention:
    """"همدان بمدينة الحزم": a town named inside another place, but resolved far from it (a
    namesake elsewhere), yields to the place that contains it."""
    places = ctx.places_by_sent.get(ctx.sentence_of(p.span.start), [])
    k = place_position(ctx, places, p)
    if k < 0 or k + 1 >= len(places) or (p.level or "city") != "city":
        return p
    big = places[k + 1]
    a, b = ctx.token_of(p.span.end - 1), ctx.token_of(big.span.start)
    kinds = ctx.v.kinds()
    if not 1 <= b - a <= 3 or not all(ctx.v.tokens[x].is_word and (
            "placehead" in kinds[x] or "locative" in kinds[x]) for x in range(a + 1, b)):
        return p
    if not (ctx.v.tokens[a + 1].norm.startswith(grammar()["bi"]) or "locative" in kinds[a + 1]):
        return p  # "X بمدينة Y", "X في محافظة Y", "X بY"; not "X وY"
    if (big.level or "city") not in ("city", "admin1") or big.lat is None:
        return p
    region = big.name if big.level == "admin1" else big.admin1
    if p.admin1 and region:  # the province says it (Al Madan lies in Amran, Hamdan not in Al Jawf)
        far = p.admin1.lower() != region.lower() and distance_km(p, big) > _CONTAINER_KM / 2
    else:
        far = distance_km(p, big) > _CONTAINER_KM
    return big if far else p


def _locative(ctx: Context, p: PlaceMention) -> bool:
    """:func:`_locates`, once per place of the document (asked for each mention of a sentence: a
    long sentence of many towns and triggers made it quadratic)."""
    cache = ctx.v.memo.get("event_locative")
    if cache is None:
        cache = ctx.v.memo["event_locative"] = {}
    got = cache.get(id(p))  # type: ignore[attr-defined]
    if got is None or got[0] is not p:
        got = cache[id(p)] = (p, _locates(ctx, p))  # type: ignore[index]
    return got[1]


def _locates(ctx: Context, p: PlaceMention) -> bool:
    """A preposition or a locating word puts something at ``p`` ("في شمال العراق", "بعدن", "قرب
    مطار كابول", "داخل تركيا", "في عاصمة تشاد"), unlike a mere attribute ("ومقره بريطانيا") or a subject ("وواصلت
    أنقرة حملتها")."""
    k = ctx.token_of(p.span.start)
    kinds = ctx.v.kinds()
    by = grammar()["bi"]
    clitics = ctx.doc.text[ctx.v.tokens[k].span.start:p.span.start]
    if clitics.endswith(by):
        return True  # "بعدن" (but "بريطانيا" is a name)
    words = _place_words()
    k -= 1
    lo = max(0, k - _HEAD_RUN)
    while k >= lo and (kinds[k] & {"placehead", "near"} or _stem_in(ctx, k, words["facility_heads"])
                       or _stem_in(ctx, k, _place_word_set("area_heads"))
                       or ctx.v.tokens[k].norm in _place_word_set("capital_heads")) \
            and not ctx.v.tokens[k].norm.startswith(by):
        if "near" in kinds[k] and ctx.v.tokens[k].sentence == ctx.v.tokens[k + 1].sentence:
            return True  # "قرب حلب", "شرق مدينة حلب"
        k -= 1
    if k < 0:
        return False
    norm = ctx.v.tokens[k].norm
    return "locative" in kinds[k] or "near" in kinds[k] or _stem_in(ctx, k, words["locatives"]) \
        or (norm.startswith(by) and norm not in _not_locative())


@functools.cache
def _not_locative() -> frozenset[str]:
    """Words opening with ب that put nothing at the place after them (place_date.yaml not_locative)."""
    return frozenset(normalize_form(w) for w in load_yaml("events/place_date.yaml")["not_locative"])


@functools.cache
def _place_word_set(key: str) -> frozenset[str]:
    """The folded words of place_words.yaml ``key`` (area_heads, event_anaphors)."""
    return frozenset(normalize_form(w) for w in load_yaml("events/place_words.yaml")[key])


@functools.cache
def _countryside() -> tuple[frozenset[str], float]:
    """place_words.yaml countryside_heads (folded, with their proclitics) and countryside_km."""
    data = load_yaml("events/place_words.yaml")
    heads = {normalize_form(w) for w in data["countryside_heads"]}
    g = grammar()
    heads |= {c + w for w in set(heads) for c in (g["and"], g["bi"], g["and"] + g["bi"])}
    return frozenset(heads), float(data["countryside_km"])


@functools.cache
def _clause_openers() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First folded word -> the rest of each clause opener (place_date.yaml clause_openers)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in load_yaml("events/place_date.yaml")["clause_openers"]:
        words = [normalize_form(w) for w in row.split()]
        out.setdefault(words[0], []).append(tuple(words[1:]))
    return {w: tuple(v) for w, v in out.items()}


def _clause_start(ctx: Context, m: Mention) -> int:
    """Character where the trigger's clause opens: after the last clause opener ("بعدما", "بينما")
    between the sentence start and the trigger (within 60 tokens); the sentence start when there is
    none."""
    lo = ctx.sent_lo[m.sentence]
    table = _clause_openers()
    toks = ctx.v.tokens
    g = grammar()
    for k in range(m.i - 1, max(lo, m.i - _CLAUSE_REACH) - 1, -1):
        norm = toks[k].norm
        rests = table.get(norm)
        if rests is None and norm[:1] in (g["and"], g["then"]):
            rests = table.get(norm[1:])
        if rests is None:
            continue
        for rest in rests:
            if _phrase_end(ctx, k, rest, m.i) >= 0:
                return toks[k].span.start
    return ctx.doc.sentences[m.sentence].span.start


def _new_report(ctx: Context, m: Mention, p: PlaceMention) -> int | None:
    """Where a new reported statement opens between the trigger and the place ``p`` after it: a
    claim whose cue follows the trigger ("، وأضاف أن …", "، مشيرا إلى أن …") and whose content,
    which the trigger is no part of, holds ``p``. None when there is no such statement."""
    claims, order, starts = ctx.claims, ctx._claim_order, ctx._claim_starts
    if not claims:
        return None
    cues = ctx.doc.claims
    k = bisect.bisect_right(starts, m.span.end)
    while k < len(order) and starts[k] <= p.span.start:
        c = cues[order[k]]
        k += 1
        if c.kind in _REPORT_KINDS and m.span.end <= c.cue.start < c.content.start \
                and c.content.end >= p.span.end and _opens_clause(ctx, ctx.token_of(c.cue.start)):
            return c.cue.start
    return None


# a verb or participle of saying opens a statement of its own; "بحسب" and "وفق" only source the
# clause they stand in ("وشنت طائرات غارات بحسب سكاي نيوز على مواقع في أ")
_REPORT_KINDS = frozenset({"verb", "participle"})


def _opens_clause(ctx: Context, k: int) -> bool:
    """Token ``k`` opens a new clause: it follows a comma, or carries و or ف ("وأضاف"), not a verb of
    a relative clause ("تفجير نسبته السلطات إلى التنظيم", "مظاهرات تطالب بـ")."""
    if k > 0 and ctx.v.tokens[k - 1].norm in grammar()["list_commas"]:
        return True
    g = grammar()
    return any(pre.startswith((g["and"], g["then"])) for pre, _st, _suf in ctx.v.keys[k])


def _in_actor_phrase(ctx: Context, p: PlaceMention, j: int) -> bool:
    """A place that qualifies the subject right after the trigger (ending at token j) ("سيطرت قوات
    المقاومة في محافظة الضالع"): only a locative في (or a ب on the place or its head noun) and head
    nouns stand between the actor phrase and the place."""
    k = ctx.token_of(p.span.start)
    kinds = ctx.v.kinds()
    by = grammar()["bi"]
    head = k
    k -= 1
    while k >= 0 and "placehead" in kinds[k] and k >= head - 3:
        k -= 1
    first = k + 1  # the place or its first head noun
    if any(pre.endswith(by) for pre, _stem, _suf in ctx.v.keys[first]):
        end = first - 1
    elif k >= 0 and "locative" in kinds[k]:
        end = k - 1
    else:
        return False
    if end < 0:
        return False
    # a victim's place ("قتل مدنيون في بلدة X") is the event's
    return any(a.j - 1 == end and not a.prep and a.category != "civilian"
               for a in ctx.actors_between(j, j + 2))


def _joined(ctx: Context, a: PlaceMention, b: PlaceMention) -> bool:
    """``b`` is joined to ``a`` by و, or a comma ("الضالع وعدن")."""
    ka, kb = ctx.token_of(a.span.end - 1), ctx.token_of(b.span.start)
    if kb - ka > 2:
        return False
    toks = ctx.v.tokens
    if kb - ka == 2:
        return toks[ka + 1].norm in grammar()["list_commas"]
    return any(pre.startswith(grammar()["and"]) for pre, _st, _suf in ctx.v.keys[kb])


def _trigger_between(ctx: Context, j: int, p: PlaceMention) -> bool:
    """Another trigger stands between the trigger (ending at token j) and the place."""
    return bool(ctx.v.triggers_in(j, ctx.token_of(p.span.start)))


def _contains(big: PlaceMention, small: PlaceMention) -> bool:
    """``big`` is the province that ``small``, a town or region, lies in (a country after a town
    often frames the whole report, so it is left to the merge)."""
    if (small.level or "city") not in ("city", "region") or small.country != big.country:
        return False
    return big.level == "admin1" and bool(small.admin1) and small.admin1 == big.admin1


def _listed(ctx: Context, a: PlaceMention, b: PlaceMention) -> bool:
    """``b`` goes on with a list of places after ``a``, or says where ``a`` lies ("خولان التابعة
    لصنعاء"): :func:`khabar.extract.event_split.list_link`."""
    from khabar.extract.event_split import list_link  # (event_split reads clauses through this module)
    return list_link(ctx, a, b) is not None


def _is_origin(ctx: Context, p: PlaceMention) -> bool:
    """"من صنعاء", "من مناطق عدة، منها مديريات أ": the preposition of origin before the place, past
    place nouns, list qualifiers (عدة), a comma and a partitive (منها)."""
    k = ctx.token_of(p.span.start) - 1
    words = _place_word_set("list_qualifiers") | _place_word_set("list_partitives")
    commas = grammar()["list_commas"]
    while k >= 0 and ("placehead" in ctx.v.kinds()[k] or ctx.v.tokens[k].norm in commas
                      or _stem_in(ctx, k, words)):
        k -= 1
    # "في كل من أ وب": the list's opening, no origin
    return k >= 0 and ctx.v.tokens[k].norm == grammar()["from"] \
        and not (k >= 1 and _stem_in(ctx, k - 1, _place_word_set("list_openers")))
