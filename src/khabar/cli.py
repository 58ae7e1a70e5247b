"""Command line: argv -> one library call -> exit code. Rendering (progress, tables) lives here only."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.table import Table

from khabar.errors import KhabarError
from khabar.export.record import doc_to_record
from khabar.pipeline import DEFAULT_ORDER, Pipeline
from khabar.readers import ReadReport, read_inputs

err = Console(stderr=True, soft_wrap=True)  # a problem stays on one line, file:line first, for grep


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


def _stages(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
    if not value:
        return DEFAULT_ORDER
    return tuple(s.strip() for s in value.split(",") if s.strip())


def _report_problems(report: ReadReport, verbose: bool) -> None:
    for p in report.problems if verbose else [p for p in report.problems if p.skipped][:50]:
        err.print(f"[yellow]{'skipped' if p.skipped else 'warning'}[/] {p.origin}: {p.reason}",
                  highlight=False, markup=True)
    if not verbose and report.skipped > 50:
        err.print(f"… and {report.skipped - 50} more skipped (use --verbose)")
    # one kind per reason, without the value it names ("duplicate id 'a1': renamed …")
    warned = Counter(p.reason.split(":")[0].split(" '")[0] for p in report.problems if not p.skipped)
    if warned and not verbose:
        kinds = ", ".join(f"{n} {r}" for r, n in warned.most_common())
        n = sum(warned.values())
        err.print(f"[yellow]{n} warning{'s' if n > 1 else ''}[/] ({kinds}): records kept; "
                  "--verbose lists them by file and line", highlight=False, markup=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="khabar")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False))
def main(log_level: str) -> None:
    """khabar: Arabic news reports to source-attributed, geocoded, dated event data."""
    logging.basicConfig(level=log_level.upper(), stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")


def run_extract(inputs: tuple[str, ...], out: TextIO, published: dt.date | None,
                stages: tuple[str, ...], progress: bool) -> tuple[ReadReport, Pipeline, int]:
    report = ReadReport()
    pipeline = Pipeline(names=stages)
    stdin = sys.stdin.buffer.read() if "-" in inputs else None
    articles = read_inputs(inputs, report, published, stdin=stdin)
    written = 0
    if progress:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err, transient=True) as bar:
            task = bar.add_task("extract", total=None)
            for doc in pipeline.run_many(articles):
                out.write(json.dumps(doc_to_record(doc), ensure_ascii=False) + "\n")
                written += 1
                bar.advance(task)
    else:
        for doc in pipeline.run_many(articles):
            out.write(json.dumps(doc_to_record(doc), ensure_ascii=False) + "\n")
            written += 1
    return report, pipeline, written


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True,
              help="Output JSONL file (the contract of OUTPUT.md); - for standard output.")
@click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for inputs without one.")
@click.option("--stages", callback=_stages, help=f"Comma-separated stages (default: {','.join(DEFAULT_ORDER)}).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
@click.option("-v", "--verbose", is_flag=True, help="List every warning, not only skipped records.")
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Local processes; with more than one, partitions go to OUTPUT.parts/ (Parquet), then OUTPUT.")
@click.option("--scheduler", default=None,
              help="A Dask scheduler (tcp://host:port) or 'local' (a LocalCluster of --workers processes).")
def extract(inputs: tuple[str, ...], output: str, published: dt.date | None,
            stages: tuple[str, ...], progress: bool | None, verbose: bool, workers: int,
            scheduler: str | None) -> None:
    """Extract times, places, entities, claims, events and aliases from articles.

    INPUTS are JSONL files, .txt files, folders, .html pages, SaudiNewsNet .zip files, or - for
    standard input. Bad records are reported with file and line and skipped; the run goes on.
    With --workers N or --scheduler, inputs are split into partitions extracted in parallel; a rerun
    redoes only the partitions an interrupted run did not finish.
    """
    if progress is None:
        progress = err.is_terminal
    if workers > 1 or scheduler:
        _extract_partitioned(inputs, output, published, stages, workers, scheduler, verbose)
        return
    try:
        if output == "-":
            report, pipeline, written = run_extract(inputs, sys.stdout, published, stages, progress)
        else:
            Path(output).parent.mkdir(parents=True, exist_ok=True)
            with open(output, "w", encoding="utf-8") as fh:
                report, pipeline, written = run_extract(inputs, fh, published, stages, progress)
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    _report_problems(report, verbose)
    reasons = ", ".join(f"{n} {r}" for r, n in report.reasons().most_common())
    err.print(f"read {report.read} articles, wrote {written}, skipped {report.skipped}"
              + (f" ({reasons})" if reasons else ""), highlight=False)
    for f in pipeline.failures[:20]:
        err.print(f"[red]stage failed[/] {f.article_id} {f.stage}: {f.error}", highlight=False)
    if report.read == 0:
        raise SystemExit(1)


def _extract_partitioned(inputs: tuple[str, ...], output: str, published: dt.date | None,
                         stages: tuple[str, ...], workers: int, scheduler: str | None,
                         verbose: bool) -> None:
    from khabar.runners import merge_jsonl, run_partitions

    if output == "-" or "-" in inputs:
        raise click.UsageError("--workers/--scheduler need files: an input path and -o OUTPUT.jsonl")
    parts = output + ".parts"
    try:
        summary = run_partitions(list(inputs), parts, workers=workers, scheduler=scheduler,
                                 stages=stages, published=published)
        for p in summary.problems[: None if verbose else 50]:
            err.print(f"[yellow]{'skipped' if p.get('skipped', True) else 'warning'}[/] "
                      f"{p.get('origin')}: {p.get('reason')}", highlight=False)
        if not summary.complete:
            for f in summary.failed_partitions:
                err.print(f"[red]partition failed[/] {f.get('label')}: {f.get('error')}", highlight=False)
            raise click.ClickException(f"{len(summary.failed_partitions)} partitions failed; "
                                       f"rerun the same command to retry them ({parts})")
        merged = merge_jsonl(parts, output)
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    reasons = ", ".join(f"{n} {r}" for r, n in sorted(summary.reasons.items(), key=lambda x: -x[1]))
    err.print(f"read {summary.read} articles in {summary.partitions} partitions "
              f"({summary.reused} reused), wrote {merged.articles}, skipped {summary.skipped}"
              + (f" ({reasons})" if reasons else "") + f", {summary.seconds:.1f} s", highlight=False)
    if summary.read == 0:
        raise SystemExit(1)


def _clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters at a word's end, with an ellipsis."""
    if len(text) <= width:
        return text
    cut = text[:width]
    return (cut[:cut.rfind(" ")] if " " in cut else cut) + " …"


def _render_digest(console: Console, dg: Any) -> None:
    console.rule(f"khabar: {dg.articles} reports, {dg.counts['events']} events, "
                 f"{dg.counts['claims']} claims, {dg.counts['disagreements']} disagreements")
    t = Table(title="Events", show_lines=False)
    for col in ("article", "subtype", "trigger", "date", "place", "actor1", "actor2", "killed"):
        t.add_column(col, overflow="fold")
    for e in dg.events:
        t.add_row(*(str(e[c]) for c in ("article", "subtype", "trigger", "date", "place",
                                        "actor1", "actor2", "killed")))
    console.print(t)
    t = Table(title="Claims (speaker → cue → content)")
    for col in ("article", "speaker", "cue", "content", "via", "stance"):
        t.add_column(col, overflow="fold")
    for c in dg.claims:
        speaker = c["speaker"] + (" (implicit)" if c["implicit"] else "")
        t.add_row(c["article"], speaker, c["cue"], _clip(c["content"], 90), " → ".join(c["via"]), c["stance"])
    console.print(t)
    t = Table(title="Disagreements between sources")
    for col in ("where", "event", "field", "values (sources)"):
        t.add_column(col, overflow="fold")
    for d in dg.disagreements:
        vals = "\n".join(f"{v['value']} ← {'; '.join(v['sources']) or '?'}" for v in d["values"])
        t.add_row(d["scope"], d["event"], str(d["field"]), vals)
    console.print(t)


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the digest as JSON instead of tables.")
def demo(inputs: tuple[str, ...], as_json: bool) -> None:
    """Run khabar on the bundled sample reports (or INPUTS) and print a readable digest."""
    from khabar.export.summary import digest
    from khabar.link import link_docs

    if not inputs:
        inputs = (str(resources.files("khabar") / "samples" / "reports.jsonl"),)
    report = ReadReport()
    pipeline = Pipeline()
    docs = list(pipeline.run_many(read_inputs(inputs, report)))
    _report_problems(report, False)
    dg = digest(docs, link_docs(docs))
    if as_json:
        click.echo(json.dumps(dg.__dict__, ensure_ascii=False, indent=1))
    else:
        _render_digest(Console(), dg)


# ---------------------------------------------------------------- store, link, export

_DB_HELP = "Database: a SQLite file path or sqlite:/// URL, or postgresql://user@host/db."


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default="khabar.db", show_default=True, help=_DB_HELP)
@click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for inputs without one.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Local processes extracting in parallel (the store is written by this process).")
def ingest(inputs: tuple[str, ...], db: str, published: dt.date | None, progress: bool | None,
           workers: int) -> None:
    """Extract articles and store them (resumable: articles already stored are skipped)."""
    from khabar.store import ingest_articles, open_store

    if workers > 1:
        _ingest_parallel(inputs, db, published, workers)
        return

    report = ReadReport()
    stdin = sys.stdin.buffer.read() if "-" in inputs else None
    try:
        engine = open_store(db)
        articles = read_inputs(inputs, report, published, stdin=stdin)
        if progress is None:
            progress = err.is_terminal
        if progress:
            from rich.progress import Progress

            with Progress(console=err, transient=True) as bar:
                task = bar.add_task("ingest", total=None)
                stats = ingest_articles(engine, articles, progress=lambda _id, _new: bar.advance(task))
        else:
            stats = ingest_articles(engine, articles)
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    _ingest_summary(report, stats.added, stats.skipped)


def _ingest_summary(report: ReadReport, added: int, skipped: int) -> None:
    """The reader's problems, one summary line, and exit 1 when no article could be read."""
    _report_problems(report, False)
    err.print(f"stored {added} new articles, skipped {skipped} already stored, "
              f"{report.skipped} unreadable", highlight=False)
    if report.read == 0:
        raise SystemExit(1)


def _ingest_parallel(inputs: tuple[str, ...], db: str, published: dt.date | None, workers: int) -> None:
    from sqlalchemy import select

    from khabar.runners.stream import extract_stream
    from khabar.store import ingest_records, open_store
    from khabar.store.ingest import article_hash
    from khabar.store.schema import articles as articles_t

    report = ReadReport()
    stdin = sys.stdin.buffer.read() if "-" in inputs else None
    try:
        engine = open_store(db)
        with engine.connect() as conn:
            stored = set(conn.execute(select(articles_t.c.hash)).scalars())
        todo = (a for a in read_inputs(inputs, report, published, stdin=stdin)
                if article_hash(a) not in stored)
        stats = ingest_records(engine, extract_stream(todo, workers=workers))
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    _ingest_summary(report, stats.added, report.read - stats.added)


@main.command()
@click.option("--db", default="khabar.db", show_default=True, help=_DB_HELP)
def link(db: str) -> None:
    """Link stored event mentions across articles into events (only the new ones are linked)."""
    from khabar.store import link_store, open_store

    try:
        stats = link_store(open_store(db))
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    err.print(f"linked {stats.new_mentions} new event mentions; {stats.events_changed} events "
              f"created or updated; {stats.events_total} events in all", highlight=False)


@main.command()
@click.option("--db", default="khabar.db", show_default=True, help=_DB_HELP)
@click.option("--type", "type_", help="Event type or sub-event type, as ACLED spells it.")
@click.option("--country", help="ISO 3166-1 alpha-2 country code, e.g. SY.")
@click.option("--since", callback=_date, help="Events on or after this day (YYYY-MM-DD).")
@click.option("--until", callback=_date, help="Events on or before this day (YYYY-MM-DD).")
@click.option("--limit", default=50, show_default=True, type=int, help="At most this many events.")
def events(db: str, type_: str | None, country: str | None, since: dt.date | None,
           until: dt.date | None, limit: int) -> None:
    """Show linked events as a table, most recent first."""
    from khabar.export.events import iter_events
    from khabar.store import open_store

    try:
        rows = list(iter_events(open_store(db), type=type_, country=country,
                                since=since.isoformat() if since else None,
                                until=until.isoformat() if until else None, limit=limit))
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    t = Table(title=f"{len(rows)} linked events")
    for col in ("date", "type", "place", "killed", "injured", "reports", "disagree"):
        t.add_column(col, overflow="fold")
    for e in rows:
        place = ", ".join(x for x in (e["location"], e["admin1"], e["country"]) if x)
        t.add_row(e["date"] or "?", e["subtype"] or e["type"], place,
                  "" if e["killed"] is None else str(e["killed"]),
                  "" if e["injured"] is None else str(e["injured"]), str(len(e["articles"])),
                  ", ".join(d["field"] for d in e["disagreements"]))
    Console().print(t)


@main.command()
@click.option("--db", default="khabar.db", show_default=True, help=_DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson", "parquet"]),
              default="jsonl", show_default=True, help="csv has ACLED's column names.")
@click.option("-o", "--output", required=True, help="Output file.")
def export(db: str, fmt: str, output: str) -> None:
    """Export linked events (jsonl with articles and disagreements, ACLED csv, geojson, parquet)."""
    from khabar.export.events import export_events
    from khabar.store import open_store

    try:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        n = export_events(open_store(db), fmt, output)
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    err.print(f"wrote {n} events to {output}", highlight=False)


@main.command("eval-ner")
@click.argument("conll", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_ner(conll: str, as_json: bool) -> None:
    """Score the shipped NER model on a CoNLL file (token TAG per line): entity-level P/R/F1 per type."""
    from khabar.extract.ner_eval import evaluate_conll

    try:
        res = evaluate_conll(conll)
    except (KhabarError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=1))
        return
    t = Table(title=f"NER on {conll}: {res['tokens']:,} tokens, {res['tokens_per_s'] or 0:,} tokens/s")
    for col in ("type", "P", "R", "F1", "gold", "pred"):
        t.add_column(col, justify="right")
    rows = list(res["types"].items()) + [("micro", res["micro"])]
    for name, v in rows:
        t.add_row(name, *(f"{v.get(k, 0):.3f}" for k in ("precision", "recall", "f1")),
                  str(v.get("support", "")), str(v.get("predicted", "")))
    Console().print(t)


@main.command()
@click.option("--db", default="khabar.db", show_default=True, help=_DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; anything but loopback exposes the store to the network.")
@click.option("--port", default=8765, show_default=True, type=int)
@click.option("--token", envvar="KHABAR_TOKEN", help="Require this token (?token=, header X-Khabar-Token).")
def serve(db: str, host: str, port: int, token: str | None) -> None:
    """Serve the review UI (events, map, timeline, articles) and the JSON API under /api."""
    import uvicorn

    from khabar.web.app import create_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]warning[/]: listening on {host} exposes the store to the network"
                  + ("" if token else "; consider --token"))
    try:
        app = create_app(db, token=token)
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    err.print(f"khabar UI on http://{host}:{port}/", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":  # pragma: no cover
    main()
