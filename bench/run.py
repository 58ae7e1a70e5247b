"""Benchmark khabar on SaudiNewsNet articles: floor, full pipeline, 2 local workers, 2 Dask workers,
and dateparser's search_dates as the peer baseline for times. Offline; runs on any machine.

Every mode processes the same articles (``--limit`` readable ones sampled evenly over all zips),
written once to a temporary JSONL file. In-process modes run in a fresh child process each, so that
peak RSS is that mode's own. Writes ``bench.md`` (table), ``bench.json`` (raw figures) and
``bench.png`` (plot) into ``--out``.

    .venv/bin/python bench/run.py --limit 2000
    .venv/bin/python bench/run.py --limit 0 --modes floor,local-2,dask-2   # all articles
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as dt
import json
import multiprocessing
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import DEFAULT_DATA, sample, write_jsonl

ROOT = Path(__file__).resolve().parent.parent
MODES = ("floor", "pipeline-1", "times-1", "dateparser-1", "local-2", "dask-2")
LABELS = {
    "floor": "floor: Doc construction only (normalise + segment), 1 process",
    "pipeline-1": "khabar full pipeline, 1 process",
    "times-1": "khabar times stage only, 1 process",
    "dateparser-1": "dateparser search_dates(languages=['ar']), 1 process",
    "local-2": "khabar full pipeline, 2 local worker processes (run_partitions, Parquet out)",
    "dask-2": "khabar full pipeline, 2-worker Dask LocalCluster (run_partitions, Parquet out)",
}
TARGET_PER_CORE = 150.0
TARGET_RSS_MB = 300.0
FULL_CORPUS = 31_030


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# ------------------------------------------------------------------ data


def prepare(data: Path, limit: int, dest: Path) -> dict:
    """Write ``limit`` articles sampled evenly over the corpus (0: all) to ``dest`` as JSONL."""
    return write_jsonl(sample(data, limit), dest)


def _articles(path: str):
    from khabar.readers import ReadReport
    from khabar.readers.jsonl import read_jsonl_file

    return read_jsonl_file(Path(path), ReadReport())


# ------------------------------------------------------------------ modes (each in a child process)


def mode_floor(path: str) -> dict:
    from khabar.doc import Doc

    n = tokens = 0
    spent = cpu = 0.0
    for a in _articles(path):
        t0, c0 = time.perf_counter(), time.process_time()
        doc = Doc(a)
        spent += time.perf_counter() - t0
        cpu += time.process_time() - c0
        n += 1
        tokens += len(doc.tokens)
    return {"articles": n, "seconds": spent, "cpu_seconds": cpu, "tokens": tokens,
            "rss_mb": [peak_rss_mb()]}


def _pipeline(path: str, stages: tuple[str, ...] | None) -> dict:
    from khabar.pipeline import Pipeline

    # freeze_each, as the runners' worker processes run it (see Pipeline.freeze_each)
    pl = Pipeline(freeze_each=True) if stages is None else Pipeline(names=stages, freeze_each=True)
    load0 = time.perf_counter()
    from khabar.doc import Article
    pl.run(Article(id="warm-up", text="warm up", published=dt.date(2015, 8, 1)))  # load data files
    load = time.perf_counter() - load0
    for k in pl.timings:
        pl.timings[k] = 0.0
    stage_cpu = dict.fromkeys(pl.timings, 0.0)

    def cpu_timed(name, stage):
        def run(doc):
            c0 = time.process_time()
            try:
                stage(doc)
            finally:
                stage_cpu[name] += time.process_time() - c0
        return run

    pl.stages = [(name, cpu_timed(name, stage)) for name, stage in pl.stages]
    n = found = 0
    spent = cpu = 0.0
    for a in _articles(path):
        t0, c0 = time.perf_counter(), time.process_time()
        doc = pl.run(a)
        spent += time.perf_counter() - t0
        cpu += time.process_time() - c0
        n += 1
        found += len(doc.times)
    stage_ms = {k: 1000 * v / max(n, 1) for k, v in pl.timings.items()}
    # Doc construction (normalise + segment) and the pipeline's own work: what no stage timed
    stage_ms["doc+overhead"] = 1000 * spent / max(n, 1) - sum(stage_ms.values())
    stage_cpu_ms = {k: 1000 * v / max(n, 1) for k, v in stage_cpu.items()}
    stage_cpu_ms["doc+overhead"] = 1000 * cpu / max(n, 1) - sum(stage_cpu_ms.values())
    return {"articles": n, "seconds": spent, "cpu_seconds": cpu, "rss_mb": [peak_rss_mb()],
            "load_seconds": load, "stage_ms_per_article": stage_ms,
            "stage_cpu_ms_per_article": stage_cpu_ms,
            "times_found": found, "stage_failures": len(pl.failures)}


def mode_pipeline(path: str) -> dict:
    return _pipeline(path, None)


def mode_times(path: str) -> dict:
    return _pipeline(path, ("times",))


def mode_dateparser(path: str) -> dict:
    import datetime as _dt

    from dateparser.search import search_dates

    search_dates("warm up", languages=["ar"])
    n = found = 0
    spent = cpu = 0.0
    for a in _articles(path):
        base = _dt.datetime.combine(a.published, _dt.time(12)) if a.published else None
        settings = {"RELATIVE_BASE": base} if base else None
        t0, c0 = time.perf_counter(), time.process_time()
        res = search_dates(a.text, languages=["ar"], settings=settings)
        spent += time.perf_counter() - t0
        cpu += time.process_time() - c0
        n += 1
        found += len(res or ())
    return {"articles": n, "seconds": spent, "cpu_seconds": cpu, "rss_mb": [peak_rss_mb()],
            "times_found": found}


def run_child(func, path: str) -> dict:
    ctx = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        return ex.submit(func, path).result()


def mode_runner(path: str, workers: int, dask: bool, tmp: Path, lines: int) -> dict:
    from khabar.runners import run_partitions

    out = tmp / ("dask" if dask else "local")
    extra = {}
    if dask:
        from distributed import Client, LocalCluster

        t0 = time.perf_counter()
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0")
        client = Client(cluster)
        client.run(_warm)  # import khabar and load the data files on every worker
        extra["startup_seconds"] = time.perf_counter() - t0
        try:
            t0 = time.perf_counter()
            s = run_partitions([path], out, scheduler=client, lines_per_partition=lines)
            spent = time.perf_counter() - t0
        finally:
            client.close()
            cluster.close()
    else:
        t0 = time.perf_counter()
        s = run_partitions([path], out, workers=workers, lines_per_partition=lines)
        spent = time.perf_counter() - t0
        extra["startup_seconds"] = None  # included: spawning and warming up the workers
    if not s.complete:
        raise RuntimeError(f"run incomplete: {s.failed_partitions}")
    busy: dict[int, float] = {}
    for res in s.results:
        busy[res.pid] = busy.get(res.pid, 0.0) + res.seconds
    return {"articles": s.written, "seconds": spent, "rss_mb": sorted(s.worker_rss_mb.values()),
            "partitions": s.partitions, "workers": workers, "busy_seconds": sorted(busy.values()),
            "worker_processes": len(busy), **extra}


def _warm() -> None:
    from khabar.runners.worker import warm_up
    from khabar.pipeline import DEFAULT_ORDER

    warm_up(DEFAULT_ORDER)


# ------------------------------------------------------------------ linking (another script)


def linking(timeout: int, sizes: list[str]) -> str | None:
    script = ROOT / "scripts" / "bench_linking.py"
    if not script.exists():
        return None
    try:
        p = subprocess.run([sys.executable, str(script), *sizes], capture_output=True, text=True,
                           timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return f"scripts/bench_linking.py did not finish within {timeout} s"
    out = p.stdout.strip()
    if p.returncode != 0:
        out += f"\n\n(exit {p.returncode}) " + p.stderr.strip()[-800:]
    return out


# ------------------------------------------------------------------ report


def table(rows: list[dict], tokens: int | None) -> str:
    head = ("| mode | articles | seconds | articles/s | articles/s per core | CPU ms/article | tokens/s "
            "| peak RSS per worker (MB) | load |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    lines = [head]
    for r in rows:
        cores = r.get("workers", 1)
        aps = r["articles"] / r["seconds"] if r["seconds"] else float("nan")
        tps = f"{tokens / r['seconds']:,.0f}" if tokens and r["seconds"] else "–"
        rss = ", ".join(f"{v:.0f}" for v in r["rss_mb"])
        cpu = f"{1000 * r['cpu_seconds'] / r['articles']:.2f}" if r.get("cpu_seconds") and r["articles"] else "–"
        lines.append(f"| {LABELS[r['mode']]} | {r['articles']:,} | {r['seconds']:.1f} | {aps:,.0f} "
                     f"| {aps / cores:,.0f} | {cpu} | {tps} | {rss} | {r.get('load_average', '–')} |")
    return "\n".join(lines)


def targets(rows: list[dict]) -> list[str]:
    """Pass/fail lines for issue 10's targets, from the rows that measure the full pipeline."""
    out = []
    by = {r["mode"]: r for r in rows}
    for mode in ("pipeline-1", "local-2", "dask-2"):
        r = by.get(mode)
        if not r or not r["seconds"]:
            continue
        aps = r["articles"] / r["seconds"]
        per_core = aps / r.get("workers", 1)
        rss = max(r["rss_mb"])
        line = (f"- {mode}: {per_core:,.0f} articles/s per core "
                f"({'meets' if per_core >= TARGET_PER_CORE else 'misses'} >= {TARGET_PER_CORE:.0f}); "
                f"peak RSS {rss:,.0f} MB per worker "
                f"({'meets' if rss <= TARGET_RSS_MB else 'misses'} <= {TARGET_RSS_MB:.0f})")
        if r.get("cpu_seconds"):
            cpu_rate = r["articles"] / r["cpu_seconds"]
            line += (f"; by CPU time (what other jobs' load leaves out) {cpu_rate:,.0f} articles/s "
                     f"({'meets' if cpu_rate >= TARGET_PER_CORE else 'misses'} >= {TARGET_PER_CORE:.0f})")
        if r.get("workers", 1) == 2:
            full = FULL_CORPUS / aps
            line += (f"; all {FULL_CORPUS:,} articles at this rate: {full / 60:.1f} min "
                     f"({'meets' if full < 120 else 'misses'} < 2 min)")
        out.append(line)
    return out or ["- no full-pipeline mode was run"]


def plot(rows: list[dict], dest: Path, title: str) -> bool:
    """Bar charts of speed and memory; False (no plot) when matplotlib is not installed."""
    try:
        import matplotlib
    except ImportError:
        return False

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [r["mode"] for r in rows]
    per_core = [r["articles"] / r["seconds"] / r.get("workers", 1) for r in rows]
    total = [r["articles"] / r["seconds"] for r in rows]
    rss = [max(r["rss_mb"]) for r in rows]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 4.5))
    x = range(len(names))
    b1 = ax1.bar([i - 0.2 for i in x], total, width=0.4, label="articles/s")
    b2 = ax1.bar([i + 0.2 for i in x], per_core, width=0.4, label="articles/s per core")
    ax1.bar_label(b1, fmt="%.0f", fontsize=7)
    ax1.bar_label(b2, fmt="%.0f", fontsize=7)
    ax1.axhline(TARGET_PER_CORE, color="red", linestyle="--", label=f"target {TARGET_PER_CORE:.0f}/s per core")
    ax1.set_xticks(list(x), names, rotation=20)
    ax1.set_yscale("log")
    ax1.set_ylabel("articles per second (log)")
    ax1.legend(fontsize=8)
    ax2.bar_label(ax2.bar(list(x), rss, color="tab:gray"), fmt="%.0f", fontsize=7)
    ax2.axhline(TARGET_RSS_MB, color="red", linestyle="--", label=f"limit {TARGET_RSS_MB:.0f} MB")
    ax2.set_xticks(list(x), names, rotation=20)
    ax2.set_ylabel("peak RSS per worker (MB)")
    ax2.legend(fontsize=8)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(dest, dpi=110)
    plt.close(fig)
    return True


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=ROOT, timeout=10).stdout.strip() or "?"
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of SaudiNewsNet *.zip")
    ap.add_argument("--limit", type=int, default=2000, help="articles (0: all)")
    ap.add_argument("--modes", default=",".join(MODES), help="comma-separated subset of " + ",".join(MODES))
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    ap.add_argument("--name", default="bench", help="file name stem of the results")
    ap.add_argument("--lines-per-partition", type=int, default=0,
                    help="articles per partition (0: about 8 partitions per worker, 50 to 500)")
    ap.add_argument("--linking-timeout", type=int, default=1200)
    ap.add_argument("--no-linking", action="store_true", help="skip scripts/bench_linking.py")
    ap.add_argument("--linking-sizes", default="10000,100000,1000000",
                    help="mention counts passed to scripts/bench_linking.py")
    ap.add_argument("--rows-from", type=Path,
                    help="reuse the measured rows of an earlier bench.json (e.g. to redo linking only)")
    ap.add_argument("--linking-from", type=Path,
                    help="reuse the linking figures of an earlier bench.json (e.g. to redo the modes only)")
    args = ap.parse_args(argv)
    modes = [m for m in args.modes.split(",") if m]
    unknown = set(modes) - set(MODES)
    if unknown:
        ap.error(f"unknown modes: {', '.join(sorted(unknown))}")
    args.out.mkdir(parents=True, exist_ok=True)

    if args.rows_from:
        old = json.loads(args.rows_from.read_text(encoding="utf-8"))
        rows, data, tokens, meta = old["rows"], old["meta"]["data"], old["meta"]["tokens"], old["meta"]
    else:
        rows, data, tokens = measure(args, modes)
        meta = None
    sizes = [s for s in args.linking_sizes.split(",") if s]
    link_date = None
    if args.linking_from:
        earlier = json.loads(args.linking_from.read_text(encoding="utf-8"))
        link, link_date = earlier["linking"], earlier["meta"].get("linking_date")
    else:
        link = None if args.no_linking else linking(args.linking_timeout, sizes)
    report(args, rows, data, tokens, link, meta, link_date)
    return 0


def measure(args: argparse.Namespace, modes: list[str]) -> tuple[list[dict], dict, int | None]:
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="khabar-bench-") as tmpd:
        tmp = Path(tmpd)
        path = str(tmp / "articles.jsonl")
        t0 = time.perf_counter()
        data = prepare(args.data, args.limit, Path(path))
        data["prepare_seconds"] = round(time.perf_counter() - t0, 2)
        print(f"{data['articles']} articles, {data['chars'] / max(data['articles'], 1):.0f} chars "
              f"on average", file=sys.stderr)
        lines = args.lines_per_partition or max(50, min(500, data["articles"] // 16))
        tokens = None
        for mode in modes:
            print(f"… {mode}", file=sys.stderr, flush=True)
            if mode == "local-2":
                r = mode_runner(path, 2, False, tmp, lines)
            elif mode == "dask-2":
                r = mode_runner(path, 2, True, tmp, lines)
            else:
                func = {"floor": mode_floor, "pipeline-1": mode_pipeline, "times-1": mode_times,
                        "dateparser-1": mode_dateparser}[mode]
                r = run_child(func, path)
            r["mode"] = mode
            r["load_average"] = round(os.getloadavg()[0], 1)
            if mode == "floor":
                tokens = r["tokens"]
            rows.append(r)
            print(f"  {r['articles'] / r['seconds']:,.0f} articles/s", file=sys.stderr)
    return rows, data, tokens


def report(args: argparse.Namespace, rows: list[dict], data: dict, tokens: int | None,
           link: str | None, meta: dict | None = None, link_date: str | None = None) -> None:
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    if meta is None:
        meta = {"date": now, "commit": git_commit(), "python": platform.python_version(),
                "cpus": os.cpu_count(), "load_average": os.getloadavg(), "data": data,
                "tokens": tokens, "limit": args.limit}
    meta["linking_date"] = link_date or now
    title = (f"khabar bench, {data['articles']:,} SaudiNewsNet articles, commit {meta['commit']}, "
             f"{meta['cpus']} CPUs, load {meta['load_average'][0]:.1f}")
    md = [f"# {title}", "", f"Run {meta['date']} with `bench/run.py --limit {meta.get('limit', args.limit)}`. "
          f"Average article: {data['chars'] / max(data['articles'], 1):,.0f} characters; "
          f"tokens counted by the floor pass ({tokens or 0:,} in all).", "", table(rows, tokens), ""]
    for r in rows:
        if r.get("stage_ms_per_article"):
            stages = ", ".join(f"{k} {v:.2f}" for k, v in r["stage_ms_per_article"].items())
            md.append(f"- {r['mode']}: ms per article by stage (wall clock): {stages}; data loading "
                      f"{r['load_seconds']:.1f} s (excluded)")
        if r.get("stage_cpu_ms_per_article"):
            stages = ", ".join(f"{k} {v:.2f}" for k, v in r["stage_cpu_ms_per_article"].items())
            md.append(f"- {r['mode']}: CPU ms per article by stage: {stages}")
        if "times_found" in r:
            md.append(f"- {r['mode']}: {r['times_found']:,} time expressions found")
        if r.get("busy_seconds"):
            md.append(f"- {r['mode']}: {r['partitions']} partitions; workers busy "
                      + ", ".join(f"{b:.1f}" for b in r["busy_seconds"])
                      + f" s of {r['seconds']:.1f} s wall (the rest: starting workers, loading data, "
                      "scheduling, idle tail)")
        if r.get("startup_seconds"):
            md.append(f"- {r['mode']}: cluster start and warm-up {r['startup_seconds']:.1f} s (excluded)")
    md += ["", "## Against the targets", ""] + targets(rows)
    md += ["", "In-process modes time the extraction only (reading excluded); the local-2 and dask-2 "
           "rows are wall-clock for the whole run: reading, extracting, writing Parquet "
           "(local-2 includes spawning the workers). Every mode runs the pipeline as the runners' "
           "workers do (Pipeline(freeze_each=True)). CPU ms/article: the process's CPU time for the "
           "same work (time.process_time), less sensitive to other jobs than wall-clock seconds; "
           "on a shared machine it still includes their cache and memory contention. Peak RSS is each process's own maximum. "
           "Load: the machine's 1-minute load average when the mode ended (2 cores: above 2, "
           "other jobs took CPU time from the run).", ""]
    if link and not link.lstrip().startswith(("|", "```")):
        link = "```\n" + link + "\n```"
    md += [f"## Linking cost (scripts/bench_linking.py, ended {meta['linking_date']}"
           + (", reused from an earlier run" if link_date else f", load {os.getloadavg()[0]:.1f}") + ")", "", link if link is not None else
           "skipped (--no-linking)" if args.no_linking else
           "scripts/bench_linking.py not found: skipped.", ""]
    (args.out / f"{args.name}.json").write_text(json.dumps({"meta": meta, "rows": rows,
                                                            "linking": link}, indent=1),
                                                encoding="utf-8")
    if not plot(rows, args.out / f"{args.name}.png", title):
        md.append("(no plot: matplotlib is not installed; pip install matplotlib)")
    (args.out / f"{args.name}.md").write_text("\n".join(md), encoding="utf-8")
    print("\n".join(md))


if __name__ == "__main__":
    sys.exit(main())
