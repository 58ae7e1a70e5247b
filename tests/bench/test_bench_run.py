"""The benchmark harness runs end to end on a tiny SaudiNewsNet-style folder and writes its results."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.runners.conftest import write_snn_zip

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_bench_writes_table_json_and_plot(tmp_path):
    data = tmp_path / "snn"
    data.mkdir()
    write_snn_zip(data / "2015-08-02.zip", 8)
    write_snn_zip(data / "2015-08-03.zip", 8)
    out = tmp_path / "results"
    p = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--data", str(data),
                        "--limit", "6", "--modes", "floor,times-1,local-2", "--no-linking",
                        "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-2000:]
    res = json.loads((out / "bench.json").read_text(encoding="utf-8"))
    assert [r["mode"] for r in res["rows"]] == ["floor", "times-1", "local-2"]
    assert all(r["articles"] == 6 for r in res["rows"])
    assert res["meta"]["tokens"] > 0
    md = (out / "bench.md").read_text(encoding="utf-8")
    assert md.count("\n| ") >= 4 and "articles/s per core" in md
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return
    assert (out / "bench.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
