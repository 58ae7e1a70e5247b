"""Profile khabar's full pipeline (cProfile) on SaudiNewsNet articles; write the hot spots as Markdown.

Reads ``--limit`` articles sampled evenly over all zips (bench/corpus.py), runs Doc construction and every
stage under cProfile, and writes ``profile.md`` into ``--out``: ms per article by stage, self time
by module, and the functions with the most self and cumulative time (ms per article). Offline.

    .venv/bin/python bench/profile_pipeline.py --limit 500
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

from corpus import DEFAULT_DATA, sample

ROOT = Path(__file__).resolve().parent.parent


def short(path: str) -> str:
    """``src/khabar/extract/times.py`` for files of the project, the stdlib/site path tail otherwise."""
    p = path.replace("\\", "/")
    if "/khabar/" in p:
        return "khabar/" + p.split("/khabar/", 1)[1]
    if "site-packages/" in p:
        return p.split("site-packages/", 1)[1]
    return p.rsplit("/", 2)[-1] if "/" in p else p


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args(argv)

    from khabar.doc import Article, Doc
    from khabar.pipeline import Pipeline

    articles = list(sample(args.data, args.limit))
    n = len(articles)
    pl = Pipeline()
    pl.run(Article(id="warm-up", text="warm up", published=dt.date(2015, 8, 1)))
    pl.timings = {k: 0.0 for k in pl.timings}

    # Doc construction alone, outside the profiler (the floor)
    t0 = time.perf_counter()
    for a in articles:
        Doc(a)
    floor_ms = 1000 * (time.perf_counter() - t0) / n

    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    for a in articles:
        pl.run(a)
    prof.disable()
    wall_ms = 1000 * (time.perf_counter() - t0) / n

    st = pstats.Stats(prof, stream=io.StringIO())
    raw = st.stats  # (file, line, func) -> (cc, nc, tottime, cumtime, callers)
    by_module: dict[str, float] = defaultdict(float)
    funcs = []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in raw.items():
        by_module[short(file)] += tt
        funcs.append((short(file), line, func, nc, tt, ct))
    total_tt = sum(f[4] for f in funcs)

    def ms(x: float) -> str:
        return f"{1000 * x / n:.3f}"

    out = [f"# khabar profile: full pipeline over {n} SaudiNewsNet articles", "",
           f"Run {dt.datetime.now(dt.timezone.utc).isoformat(timespec='seconds')} with "
           f"`bench/profile_pipeline.py --limit {args.limit}` (cProfile; profiling roughly doubles the "
           f"time of Python-heavy code, so compare rows with each other, not with the benchmark).", "",
           f"- Wall time under the profiler: {wall_ms:.2f} ms per article "
           f"({1000 / wall_ms:.0f} articles/s); without it, Doc construction alone: {floor_ms:.2f} ms.",
           f"- Average article: {sum(len(a.text) for a in articles) / n:,.0f} characters.", "",
           "## By stage (ms per article, under the profiler)", "", "| stage | ms/article |", "|---|---:|"]
    seg = sum(f[5] for f in funcs if f[2] == "__init__" and f[0].endswith("khabar/doc.py"))
    out.append(f"| Doc construction (normalise + segment) | {ms(seg)} |")
    for k, v in pl.timings.items():
        out.append(f"| {k} | {ms(v)} |")
    out += ["", "## Self time by module (ms per article)", "", "| module | ms/article | share |",
            "|---|---:|---:|"]
    for mod, tt in sorted(by_module.items(), key=lambda kv: -kv[1])[:20]:
        out.append(f"| {mod} | {ms(tt)} | {100 * tt / total_tt:.0f}% |")
    out += ["", f"## Top {args.top} functions by self time", "",
            "| function | calls/article | self ms/article | cumulative ms/article |",
            "|---|---:|---:|---:|"]
    for mod, line, func, nc, tt, ct in sorted(funcs, key=lambda f: -f[4])[:args.top]:
        out.append(f"| `{mod}:{line} {func}` | {nc / n:,.1f} | {ms(tt)} | {ms(ct)} |")
    out += ["", f"## Top {args.top} khabar functions by cumulative time", "",
            "| function | calls/article | self ms/article | cumulative ms/article |",
            "|---|---:|---:|---:|"]
    mine = [f for f in funcs if f[0].startswith("khabar/") and f[2] not in ("run", "<module>")]
    for mod, line, func, nc, tt, ct in sorted(mine, key=lambda f: -f[5])[:args.top]:
        out.append(f"| `{mod}:{line} {func}` | {nc / n:,.1f} | {ms(tt)} | {ms(ct)} |")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "profile.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
