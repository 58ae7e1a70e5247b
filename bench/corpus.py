"""The articles a benchmark runs on: an even sample of SaudiNewsNet (every k-th readable article).

Taking the first N articles would measure one day and a few outlets (the first zip's articles are
more than twice as long as the corpus average); a stride over all zips keeps the mix of outlets,
days and lengths. Deterministic: the same ``limit`` gives the same articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from khabar.doc import Article
from khabar.readers import ReadReport, read_inputs

DEFAULT_DATA = Path("/work/shared/data/news/saudinewsnet")


def sample(data: Path, limit: int) -> Iterator[Article]:
    """``limit`` articles spread evenly over every zip in ``data`` (0: all of them)."""
    zips = sorted(str(p) for p in data.glob("*.zip"))
    if not zips:
        raise SystemExit(f"no SaudiNewsNet zips in {data}")
    total = sum(1 for _ in read_inputs(zips, ReadReport()))
    if not limit or limit >= total:
        yield from read_inputs(zips, ReadReport())
        return
    picked = 0
    for i, art in enumerate(read_inputs(zips, ReadReport())):
        if i * limit // total >= picked:  # the first article of each stride
            picked += 1
            yield art


def write_jsonl(articles: Iterator[Article], dest: Path) -> dict:
    n = chars = 0
    with dest.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "text": a.text, "title": a.title, "outlet": a.outlet,
                                 "published": a.published.isoformat() if a.published else None},
                                ensure_ascii=False) + "\n")
            n += 1
            chars += len(a.text)
    return {"articles": n, "chars": chars}
