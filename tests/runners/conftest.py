"""Corpora written for the runner tests: JSONL shards, a SaudiNewsNet-style zip, a folder of texts."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

# short reports in the style of wire copy, written for these tests
SENTENCES = [
    "قالت مصادر محلية إن قصفاً مدفعياً استهدف أطراف البلدة صباح أمس.",
    "وأعلن المتحدث باسم الشرطة اعتقال ثلاثة أشخاص يشتبه في تورطهم بالهجوم.",
    "وأفاد شهود عيان بأن المحتجين تجمعوا أمام مبنى المحافظة يوم الخميس.",
    "ونقلت وكالة الأنباء الرسمية عن مسؤول أمني قوله إن الوضع تحت السيطرة.",
    "وأسفر الانفجار عن مقتل شخصين وإصابة خمسة آخرين بجروح متفاوتة.",
]


def article_text(i: int, repeat: int = 1) -> str:
    body = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(len(SENTENCES)))
    return f"تقرير رقم {i}. " + " ".join([body] * repeat)


def write_jsonl(path: Path, start: int, n: int, repeat: int = 1, bad_every: int = 0) -> list[str]:
    """n articles with ids a<start>…; every ``bad_every``-th line is broken JSON. Returns the ids."""
    ids = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            if bad_every and (i - start) % bad_every == bad_every - 1:
                fh.write('{"id": "broken", "text": \n')
                continue
            ids.append(f"a{i}")
            fh.write(json.dumps({"id": f"a{i}", "text": article_text(i, repeat),
                                 "published": "2024-03-10", "outlet": "test-wire"},
                                ensure_ascii=False) + "\n")
    return ids


def write_snn_zip(path: Path, n: int) -> int:
    """A zip laid out like SaudiNewsNet (one JSON array); one item has no content. Returns n readable."""
    items = [{"source": "test-daily", "url": f"http://example.org/{i}", "date_extracted": "2015-08-02",
              "title": f"عنوان {i}", "author": "", "content": article_text(i)} for i in range(n)]
    items.append({"source": "test-daily", "url": "http://example.org/empty", "content": ""})
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"{path.stem}.json", json.dumps(items, ensure_ascii=False))
    return n


@pytest.fixture
def corpus(tmp_path: Path) -> dict:
    """Mixed inputs: two JSONL files (one with broken lines), a zip, a folder of text files."""
    src = tmp_path / "in"
    src.mkdir()
    ids = write_jsonl(src / "one.jsonl", 0, 23, bad_every=7)
    ids += write_jsonl(src / "two.jsonl", 100, 9)
    write_snn_zip(src / "2015-08-02.zip", 6)
    texts = src / "texts"
    texts.mkdir()
    for i in range(5):
        (texts / f"2024-03-0{i + 1}-report.txt").write_text(article_text(200 + i), encoding="utf-8")
    (texts / "empty.txt").write_text("  \n", encoding="utf-8")
    inputs = [str(src / "one.jsonl"), str(src / "two.jsonl"), str(src / "2015-08-02.zip"), str(texts)]
    return {"inputs": inputs, "tmp": tmp_path, "jsonl_ids": ids}
