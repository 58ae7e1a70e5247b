#!/usr/bin/env python
"""Mine given names from unlabeled news and write them into lang/ar/entities/first_names.tsv.

Reads the SaudiNewsNet articles (``--news``: a folder of daily ``.zip`` files, each one JSON array of
articles with ``title`` and ``content``, read by khabar's SaudiNewsNet reader, which skips those
without text; CC BY-NC-SA 4.0, never copied into the repository: only the list of names mined from
it is written). Every text is cut into words (normalised with
khabar's normaliser) and punctuation marks. A *name slot* is the word right after a title or an
office (``entities/cues.tsv`` kinds ``title`` and ``role``, ``aliases/person_titles.tsv``), written
alone or behind a conjunction or preposition (``aliases/morphology.yaml`` ``bare_prefixes``,
``lam_article``), past at most ``MAX_SKIP`` definite words that complete the office ("the minister
of foreign affairs", "the American president"), when the word after the slot begins a family name:
a definite word (a nisba or a family name), a son-of particle (``name_particles.son``), a particle
bound to the next word (``name_particles.next``: أبو، عبد) or a given name already known (the
hand-made rows of first_names.tsv, and on the second pass the names mined on the first).

Two more slots give a father's name: the word between a known given name and a definite word
("محمد X العتيبي") and the word after a son-of particle behind a known given name ("سلمان بن X").
Known names that are mostly another word (علي read as the preposition على, ان, عيد: a share below
``--min-anchor-share`` among ``--anchor-min-total`` or more occurrences) anchor no slot. An office
written without the article ("رئيس قسم …") governs a genitive: its slot needs one definite word first.
A word following a slot must be no relative or particle (``aliases/stop_words.tsv``).

A word is kept as a given name when
  * it fills a name slot at least ``--min-slot`` times, at least ``--min-titled`` of them after a title;
  * it is followed by at least ``--min-next`` different words, the commonest at most ``--max-top-next``
    of the time (a word always before the same word, خادم الحرمين, belongs to a fixed title), and by
    a given name at most ``--max-next-name`` of the time (اللواء ركن X: a word of the title);
  * at least ``--min-share`` of all its bare occurrences in the corpus are in a name slot or right
    before a son-of particle (an ordinary word, a verb or a preposition is seen mostly elsewhere);
  * its definite form (the article + the word) is seen at most ``--max-definite`` times as often as
    the word itself (ordinary nouns and adjectives take the article; given names seldom do);
  * its nisba (the article + the word + a nisba ending: المطيري) is seen at most ``--max-nisba`` times
    as often as the word (the base of a tribe's or family's nisba is a surname, مطير);
  * it is no other word with a proclitic or a pronoun suffix (للشؤون, خارجيته: the bare or definite
    word is seen more than twice as often), no imperfect verb (the same stem with the other
    imperfect prefix seen at least ``--imperfect-share`` as often: يستأنف / تستأنف), no place and no
    place named after a title (الشيخ زويد; ``data/ner/places.tsv``, ``entities/world_places.tsv``);
  * it is no title, office, particle, stop word or cue word, has at least ``--min-len`` letters and
    carries no article.
Its gender is f when it is seen after a feminine title (a cue ending in ta marbuta) more often than
after a masculine one. Mined rows carry origin ``mined``; the hand-made rows (origin ar, foreign)
are kept as they are, a mined word already among them is not written again. Running the script
again replaces the mined rows only, so the list is reproducible from the corpus.

usage: .venv/bin/python scripts/mine_given_names.py [--news DIR] [--dry-run] [--show N]
"""

from __future__ import annotations

import argparse
import collections
import logging
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from khabar.lang import data_path, load_tsv, load_yaml  # noqa: E402
from khabar.readers.base import ReadReport  # noqa: E402
from khabar.readers.saudinewsnet import read_saudinewsnet_zip  # noqa: E402
from khabar.text.normalize import normalize_form  # noqa: E402

log = logging.getLogger("mine_given_names")

OUT = "entities/first_names.tsv"
MAX_SKIP = 3  # definite words allowed between a title and the name (وزير الخارجية الأمريكي X)
_WORD = re.compile(r"[^\W\d_]+|[^\w\s]", re.UNICODE)


class Vocab:
    """The word classes the miner reasons with, all from khabar's data files, normalised."""

    def __init__(self) -> None:
        morph = load_yaml("aliases/morphology.yaml")
        self.article = normalize_form(morph["article"])
        self.lam_article = normalize_form(morph["lam_article"])
        self.prefixes = sorted({normalize_form(p) for p in morph["bare_prefixes"]}, key=len, reverse=True)
        particles = morph["name_particles"]
        self.son = {normalize_form(w) for w in particles["son"]}
        self.next = {normalize_form(w) for w in particles["next"]}
        self.feminine = normalize_form(morph["feminine_ending"])
        self.nisba = [normalize_form(x) for x in morph["nisba_endings"]]
        self.imperfect = [normalize_form(x) for x in morph["imperfect_prefixes"]]
        self.ta = normalize_form(load_yaml("entities/name_mining.yaml")["ta_open"])
        self.suffixes = sorted({normalize_form(x) for x in load_yaml("text/clitics.yaml")["suffixes"]}, key=len)
        cues = load_tsv("entities/cues.tsv", required=("form", "kind"))
        titles = [r["form"] for r in cues if r["kind"] in {"title", "role"}]
        titles += [r["form"] for r in load_tsv("aliases/person_titles.tsv", required=("form",))]
        self.titles = {normalize_form(t) for t in titles if " " not in t.strip()}
        self.cue_words = {normalize_form(w) for r in cues for w in r["form"].split()}
        self.stop = {normalize_form(r["form"]) for r in load_tsv("aliases/stop_words.tsv", required=("form",))}
        self.places = set()
        places = ROOT / "src" / "khabar" / "data" / "ner" / "places.tsv"
        if places.exists():
            self.places = {ln.split("\t", 1)[0] for ln in places.read_text(encoding="utf-8").splitlines()[1:]}
        self.places |= {normalize_form(r["form"]) for r in load_tsv("entities/world_places.tsv", required=("form",))}
        rows = load_tsv(OUT, required=("form", "gender", "origin"))
        self.known = {normalize_form(r["form"]) for r in rows if r["origin"] != "mined"}
        # after a foreign given name comes a surname, not a father's name: no chain slot
        self.foreign = {normalize_form(r["form"]) for r in rows if r["origin"] == "foreign"}

    def title(self, w: str) -> str | None:
        """The title a word is (والرئيس → الرئيس, للوزير → الوزير), or None."""
        if w in self.titles:
            return w
        if w.startswith(self.lam_article) and self.article + w[len(self.lam_article):] in self.titles:
            return self.article + w[len(self.lam_article):]
        for p in self.prefixes:
            if w.startswith(p) and w[len(p):] in self.titles and len(w) - len(p) >= 3:
                return w[len(p):]
            if w.startswith(p + self.lam_article) and self.article + w[len(p) + len(self.lam_article):] in self.titles:
                return self.article + w[len(p) + len(self.lam_article):]
        return None

    def definite(self, w: str) -> bool:
        """Whether a word carries the article, behind a proclitic or not (العتيبي, بالنيابة, للشؤون)."""
        for p in ("", *self.prefixes):
            if w.startswith(p + self.article) and len(w) > len(p) + len(self.article) + 1:
                return True
        return w.startswith(self.lam_article) and len(w) > len(self.lam_article) + 1


def read_news(folder: Path):
    """Title and content of every article, one string each (khabar's SaudiNewsNet reader)."""
    for path in sorted(folder.glob("*.zip")):
        for art in read_saudinewsnet_zip(path, ReadReport()):
            yield "\n".join(x for x in (art.title, art.text) if x)


class Counts:
    def __init__(self) -> None:
        self.total: collections.Counter[str] = collections.Counter()   # bare occurrences
        self.slot: collections.Counter[str] = collections.Counter()    # in a name slot
        self.before_son: collections.Counter[str] = collections.Counter()
        self.titles: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        self.surface: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        self.after: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)


def scan(texts: list[list[tuple[str, str]]], v: Vocab, known: set[str]) -> Counts:
    """Count name slots over the tokenised texts ((surface, normalised) pairs)."""
    c = Counts()
    for toks in texts:
        words = [n for _, n in toks]
        c.total.update(words)
        n = len(words)
        for i, w in enumerate(words):
            if i + 1 < n and words[i + 1] in v.son:
                c.before_son[w] += 1
            t = v.title(w)
            if t is not None:  # a title, past the definite words of its office: الرئيس الأمريكي X
                j = i + 1
                while j < n and j - i - 1 < MAX_SKIP and v.definite(words[j]) and v.title(words[j]) is None:
                    j += 1
                # an office without the article governs a genitive (رئيس قسم …): a name only after one
                if j + 1 < n and (j > i + 1 or v.definite(t)) and _family(words[j + 1], v, known):
                    _count(c, toks, j, t, v)
            elif w in known and w not in v.foreign and i + 2 < n and v.definite(words[i + 2]) and words[i + 2] not in v.stop:  # محمد X العتيبي: X the father's name
                _count(c, toks, i + 1, "", v)
            elif w in v.son and 0 < i < n - 1 and words[i - 1] in known and words[i - 1] not in v.foreign:
                _count(c, toks, i + 1, "", v)  # سلمان بن X: X the father's name
    return c


def _family(w: str, v: Vocab, known: set[str]) -> bool:
    """Whether a word may begin what follows a given name (a family name, a father's name)."""
    return (v.definite(w) and w not in v.stop) or w in v.son or w in v.next or w in known


def _count(c: Counts, toks: list[tuple[str, str]], j: int, title: str, v: Vocab) -> None:
    cand = toks[j][1]
    if not cand.isalpha() or v.definite(cand) or v.title(cand) or cand in v.son or cand in v.next:
        return
    c.slot[cand] += 1
    if title:
        c.titles[cand][title] += 1
    c.surface[cand][toks[j][0]] += 1
    c.after[cand][toks[j + 1][1] if j + 1 < len(toks) else ""] += 1


def clitic_form(w: str, c: Counts, v: Vocab, imperfect_share: float) -> bool:
    """Whether a word is rather another word with a proclitic (للشوون) or a pronoun suffix (تدريباته)."""
    for p in v.prefixes + [v.lam_article]:
        if w.startswith(p) and len(w) - len(p) >= 2:
            rest = w[len(p):]
            if p == v.lam_article:
                rest = v.article + rest
            if c.total[rest] + c.total[v.article + rest] > 2 * c.total[w]:
                return True
    for s in v.suffixes:
        if w.endswith(s) and len(w) - len(s) >= 3:
            stem = w[:-len(s)]
            if c.total[v.article + stem] > 2 * c.total[w]:
                return True
            if stem.endswith(v.ta) and c.total[v.article + stem[:-1] + v.feminine] > 2 * c.total[w]:
                return True  # خارجيته: the ta marbuta of الخارجية written open before the pronoun
    for p in v.imperfect:  # يستأنف / تستأنف: a verb takes both prefixes, a name (يوسف) one
        if w.startswith(p) and len(w) > 3:
            other = sum(c.total[q + w[1:]] for q in v.imperfect if q != p)
            if other > imperfect_share * c.total[w]:
                return True
    return False


def keep(w: str, c: Counts, v: Vocab, anchors: set[str], args: argparse.Namespace) -> bool:
    if len(w) < args.min_len or v.definite(w) or w in v.cue_words or w in v.next or w in v.son or w in v.stop:
        return False
    if w in v.places or any(f"{t} {w}" in v.places for t in c.titles[w]):
        return False  # a place, or a place named after a person (الشيخ زويد)
    s = c.slot[w]
    if s < args.min_slot or sum(c.titles[w].values()) < args.min_titled:
        return False
    nxt = c.after[w]
    if len(nxt) < args.min_next or max(nxt.values()) > args.max_top_next * s:
        return False  # always one word after it (خادم الحرمين): part of a fixed title, no name
    if share(w, c) < args.min_share:
        return False
    if c.total[v.article + w] > args.max_definite * c.total[w]:
        return False
    if sum(c.total[v.article + w + e] for e in v.nisba) > args.max_nisba * c.total[w]:
        return False  # the base of a tribe's or a family's nisba (مطير → المطيري): a surname
    if sum(n for x, n in nxt.items() if x in anchors) > args.max_next_name * s:
        return False  # mostly before a given name (اللواء ركن X): a word of the title, no name
    return not clitic_form(w, c, v, args.imperfect_share)


def gender(w: str, c: Counts, v: Vocab) -> str:
    fem = sum(n for t, n in c.titles[w].items() if t.endswith(v.feminine))
    return "f" if fem > sum(c.titles[w].values()) - fem else "m"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path, default=ROOT.parent / "shared" / "data" / "news" / "saudinewsnet")
    ap.add_argument("--min-slot", type=int, default=3)
    ap.add_argument("--min-titled", type=int, default=1)
    ap.add_argument("--min-next", type=int, default=3)
    ap.add_argument("--max-top-next", type=float, default=0.8)
    ap.add_argument("--min-share", type=float, default=0.1)
    ap.add_argument("--max-definite", type=float, default=1.0)
    ap.add_argument("--min-len", type=int, default=3)
    ap.add_argument("--max-next-name", type=float, default=0.5)
    ap.add_argument("--max-nisba", type=float, default=1.0)
    ap.add_argument("--imperfect-share", type=float, default=0.2)
    ap.add_argument("--min-anchor-share", type=float, default=0.05)
    ap.add_argument("--anchor-min-total", type=int, default=500)
    ap.add_argument("--dry-run", action="store_true", help="print the list, write nothing")
    ap.add_argument("--show", type=int, default=0, help="print the N most and N least frequent mined names")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    v = Vocab()
    texts = tokenise(args.news)
    log.info("%d articles, %d words", len(texts), sum(len(t) for t in texts))
    c, mined = mine(texts, v, args)
    if args.show:
        for w in mined[:args.show] + ["..."] + mined[-args.show:]:
            if w == "...":
                print("...")
                continue
            print(f"{w}\t{c.slot[w]}\t{c.total[w]}\t{c.before_son[w]}\t{c.total[v.article + w]}\t"
                  f"{gender(w, c, v)}\t{sum(c.titles[w].values())}")
    if args.dry_run:
        return 0
    write(c, v, mined, args)
    return 0


def tokenise(folder: Path) -> list[list[tuple[str, str]]]:
    """Every article as (surface, normalised) words and punctuation marks."""
    norm_cache: dict[str, str] = {}
    texts: list[list[tuple[str, str]]] = []
    for text in read_news(folder):
        toks = []
        for m in _WORD.finditer(text):
            s = m.group()
            n = norm_cache.get(s)
            if n is None:
                n = norm_cache[s] = normalize_form(s)
            toks.append((s, n))
        texts.append(toks)
    return texts


def mine(texts: list[list[tuple[str, str]]], v: Vocab, args: argparse.Namespace) -> tuple[Counts, list[str]]:
    """The counts of the second pass and the new names, most often seen first."""
    c = scan(texts, v, v.known)
    # a known name that is mostly another word (علي the preposition على, ان, عيد) is no anchor
    anchors = {w for w in v.known if share(w, c) >= args.min_anchor_share or c.total[w] < args.anchor_min_total}
    log.info("anchors: %d of %d known names (left out: %s)", len(anchors), len(v.known),
             " ".join(sorted(v.known - anchors)))
    first = {w for w in c.slot if keep(w, c, v, anchors, args)}
    c = scan(texts, v, anchors | first)  # a name before a mined name fills a slot too
    anchors |= first
    mined = sorted((w for w in c.slot if keep(w, c, v, anchors, args) and w not in v.known),
                   key=lambda w: (-c.slot[w], w))
    log.info("%d candidate words, %d kept, %d new", len(c.slot),
             sum(1 for w in c.slot if keep(w, c, v, anchors, args)), len(mined))
    return c, mined


def share(w: str, c: Counts) -> float:
    """The share of a word's bare occurrences that are in a name slot or before a son-of particle."""
    return (c.slot[w] + c.before_son[w]) / c.total[w] if c.total[w] else 0.0


def write(c: Counts, v: Vocab, mined: list[str], args: argparse.Namespace) -> None:
    path = data_path(OUT)
    lines = path.read_text(encoding="utf-8").splitlines()
    header = [ln for ln in lines if ln.startswith("#") and "scripts/mine_given_names.py" not in ln]
    body = [ln for ln in lines if not ln.startswith("#")]
    cols, rows = body[0], [ln for ln in body[1:] if ln.strip() and ln.split("\t")[2:3] != ["mined"]]
    with path.open("w", encoding="utf-8") as fh:
        fh.write("\n".join(header) + "\n")
        fh.write(f"# origin mined: {len(mined)} rows written by scripts/mine_given_names.py from SaudiNewsNet "
                 f"(min_slot {args.min_slot}, min_titled {args.min_titled}, min_next {args.min_next}, "
                 f"max_top_next {args.max_top_next}, min_share {args.min_share}, "
                 f"max_definite {args.max_definite}, max_nisba {args.max_nisba}, min_len {args.min_len}); rerun it, do not edit them by hand\n")
        fh.write(cols + "\n")
        for ln in rows:
            fh.write(ln + "\n")
        for w in sorted(mined, key=lambda w: (-c.slot[w], w)):
            form = c.surface[w].most_common(1)[0][0]
            fh.write(f"{form}\t{gender(w, c, v)}\tmined\n")
    log.info("wrote %s", path)


if __name__ == "__main__":
    raise SystemExit(main())
