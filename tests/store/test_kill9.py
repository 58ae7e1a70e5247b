"""Crash safety of `khabar ingest`: kill -9 mid-run, re-run, compare with an uninterrupted run; two
processes ingesting into one store at once. On SQLite and on a real PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from khabar.store import open_store
from khabar.store.schema import DATA_TABLES, articles

pytestmark = pytest.mark.slow

SENTENCES = ["قتل {n} مدنيين أمس الجمعة بغارة جوية على بلدة سرمين بريف إدلب.",
             "وقال مدير الدفاع المدني إن فرق الإنقاذ انتشلت {n} جثث من تحت الأنقاض.",
             "اعتقلت القوات الإسرائيلية فجر اليوم {n} شبان من مخيم جنين.",
             "تدور اشتباكات عنيفة في مدينة تعز بين القوات الحكومية وجماعة الحوثي، وقتل {n} مسلحين."]


def write_articles(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(s.format(n=(i % 9) + 2) for s in SENTENCES) + f" (تقرير رقم {i})"
            fh.write(json.dumps({"id": f"k9-{i:04d}", "text": text, "published": "2024-03-09",
                                 "outlet": f"outlet-{i % 3}"}, ensure_ascii=False) + "\n")
    return path


def ingest_cmd(src: Path, db: str) -> list[str]:
    return [sys.executable, "-m", "khabar.cli", "ingest", str(src), "--db", db, "--no-progress"]


def dump(db: str) -> dict[str, list]:
    """Every data table's rows, sorted, as comparable tuples (the run log is left out)."""
    engine = open_store(db)
    out = {}
    with engine.connect() as conn:
        for t in DATA_TABLES:
            rows = conn.execute(select(t)).all()
            out[t.name] = sorted(tuple("" if v is None else str(v) for v in r) for r in rows)
    engine.dispose()
    return out


def count_articles(db: str) -> int:
    engine = open_store(db)
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(articles)).scalar_one()
    engine.dispose()
    return n


def test_kill9_midway_then_rerun_equals_uninterrupted(new_db, tmp_path):
    src = write_articles(tmp_path / "in.jsonl", 400)
    clean, killed = new_db(), new_db()
    subprocess.run(ingest_cmd(src, clean), check=True, capture_output=True)
    open_store(killed).dispose()  # schema first, so that polling can count
    proc = subprocess.Popen(ingest_cmd(src, killed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 180
    while time.time() < deadline and count_articles(killed) < 20:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    midway = count_articles(killed)
    assert 0 < midway < 400, "the run was not killed midway; make the input larger"
    subprocess.run(ingest_cmd(src, killed), check=True, capture_output=True)
    assert dump(killed) == dump(clean)
    assert count_articles(killed) == 400


def test_two_processes_ingest_the_same_articles_without_duplicates(new_db, tmp_path):
    src = write_articles(tmp_path / "in.jsonl", 120)
    db = new_db()
    open_store(db).dispose()
    procs = [subprocess.Popen(ingest_cmd(src, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()[-2000:]
    assert count_articles(db) == 120
    clean = new_db()
    subprocess.run(ingest_cmd(src, clean), check=True, capture_output=True)
    assert dump(db) == dump(clean)
