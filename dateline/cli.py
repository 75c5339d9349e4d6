"""Command line: parse and validate options, call one library function, write the output."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from pathlib import Path

import click

from dateline.errors import DatelineError, InvalidOption
from dateline.output import FORMATS
from dateline.settings import Settings


@click.group()
@click.version_option(package_name="dateline")
def main() -> None:
    """Dateline: news reports of armed conflict in, ACLED-style event records out."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that lack one.")
@click.option("--format", "fmt", default="jsonl", help=f"Output format: {', '.join(FORMATS)}.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option(
    "--processes",
    type=click.IntRange(min=0),
    default=0,
    help="spaCy processes; 0 (default) uses every core for batches, one for a single file.",
)
def extract(
    inputs: tuple[str, ...], published: str | None, fmt: str, output: Path | None, processes: int
) -> None:
    """Code the articles in INPUTS (files, directories, or - for stdin)."""
    from dateline.batch import run_batch
    from dateline.ingest import parse_published

    try:
        when = parse_published(published) if published else None
        if fmt not in FORMATS:
            raise InvalidOption(
                f"unknown --format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}"
            )
    except DatelineError as exc:
        raise click.UsageError(str(exc)) from exc
    settings = Settings(n_process=processes or _auto_processes(inputs))
    summary = run_batch(inputs, when, fmt, output, settings)
    click.echo(summary.line(), err=True)
    if summary.articles == 0 and summary.failed:
        sys.exit(1)


def _auto_processes(inputs: tuple[str, ...]) -> int:
    """Every core for a batch (several inputs, a directory, JSONL or CSV rows); one process
    for a single document, where starting workers costs more than it saves."""
    batch = len(inputs) > 1 or any(
        Path(name).is_dir() or name.endswith((".jsonl", ".csv")) for name in inputs
    )
    return (os.cpu_count() or 1) if batch else 1


@main.command(name="eval")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--limit", type=int, default=None, help="Rows per file (an even subsample).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_command(files: tuple[Path, ...], limit: int | None, as_json: bool) -> None:
    """Score the pipeline on annotated JSONL FILES ({id, text, published, gold})."""
    from dateline.eval.report import format_report
    from dateline.eval.runner import evaluate

    started = time.perf_counter()
    results = evaluate(list(files), limit=limit)
    if as_json:
        click.echo(json.dumps(results, indent=2))
    else:
        click.echo(format_report(results))
        click.echo(f"({time.perf_counter() - started:.0f} s)", err=True)


@main.group()
def gazetteer() -> None:
    """Build, extend and query the local gazetteer (GeoNames, CC BY 4.0)."""


@gazetteer.command("build")
def gazetteer_build() -> None:
    """(Re)build the gazetteer index from the packaged GeoNames data."""
    from dateline.resolve.gazetteer import build

    stats = build(Settings().gazetteer_path, progress=lambda m: click.echo(m, err=True))
    click.echo(json.dumps(dataclasses.asdict(stats), default=str))


@gazetteer.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def gazetteer_import(file: Path) -> None:
    """Add a GeoNames dump (allCountries/cities*/alternateNamesV2/admin1CodesASCII)."""
    from dateline.resolve.gazetteer import Gazetteer, import_geonames

    Gazetteer.open(Settings().gazetteer_path).close()  # builds the base index first if missing
    count = import_geonames(file, Settings().gazetteer_path)
    click.echo(json.dumps({"file": str(file), "rows": count}))


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--country", default=None, help="ISO 3166-1 alpha-2 code to filter by.")
@click.option("--limit", type=int, default=10, show_default=True)
def gazetteer_lookup(name: str, country: str | None, limit: int) -> None:
    """Candidates for NAME, best first, as JSON lines."""
    import dataclasses

    from dateline.resolve.gazetteer import Gazetteer

    gaz = Gazetteer.open(Settings().gazetteer_path)
    for cand in gaz.lookup(name, country_iso=country, limit=limit):
        click.echo(json.dumps(dataclasses.asdict(cand), ensure_ascii=False))


def _filter_options(command):  # type: ignore[no-untyped-def]
    """The filters ``events`` and ``query`` share."""
    options = [
        click.option("--since", help="Events on or after this date (YYYY-MM-DD)."),
        click.option("--until", help="Events on or before this date (YYYY-MM-DD)."),
        click.option("--country", help="ISO 3166-1 alpha-2 code or country name."),
        click.option("--admin1", help="First-level region (state, province, governorate)."),
        click.option("--location", help="Place name, or its admin2 (district, county)."),
        click.option("--type", "event_type", help="ACLED event type."),
        click.option("--sub-type", "sub_event_type", help="ACLED sub-event type."),
        click.option("--actor", help="Actor name (or part of one), or an ACLED inter code."),
        click.option("--near", help="LAT,LON,KM: events within KM of the point."),
        click.option("--min-fatalities", type=click.IntRange(min=0), default=None),
        click.option("--text", help="Full-text query over article text and evidence (FTS5)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _filters(options: dict[str, object]) -> object:
    """Validated filters from the shared options (a usage error when one is malformed)."""
    from dateline.ingest import parse_published
    from dateline.store import Filters, parse_near

    try:
        for name in ("since", "until"):
            if options[name]:
                options[name] = parse_published(str(options[name])).date().isoformat()
        near = parse_near(str(options["near"])) if options["near"] else None
    except DatelineError as exc:
        raise click.UsageError(str(exc)) from exc
    return Filters(**{**options, "near": near})  # type: ignore[arg-type]


_DB_OPTION = click.option(
    "--db", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Store path."
)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@_DB_OPTION
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that lack one.")
@click.option("--processes", type=click.IntRange(min=0), default=0, help="spaCy processes.")
@click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Articles stored per transaction.")  # fmt: skip
def ingest(
    inputs: tuple[str, ...], db: Path, published: str | None, processes: int, batch_size: int
) -> None:
    """Code the articles in INPUTS and store them (and their merged events) in --db."""
    from dateline.ingest import parse_published
    from dateline.store import ingest as ingest_articles

    try:
        when = parse_published(published) if published else None
    except DatelineError as exc:
        raise click.UsageError(str(exc)) from exc
    settings = Settings(n_process=processes or _auto_processes(inputs))
    summary = ingest_articles(inputs, db, when, settings, batch_size)
    for message in summary.errors:
        click.echo(f"dateline: error: {message}", err=True)
    click.echo(json.dumps(summary.as_dict() | {"errors": len(summary.errors)}))
    if summary.read == 0 and summary.failed:
        sys.exit(1)


@main.command()
@_DB_OPTION
@click.option("--format", "fmt", default="jsonl", help="jsonl, csv, geojson or parquet.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
@_filter_options
def events(db: Path, fmt: str, output: Path | None, **options: object) -> None:
    """Write the store's deduplicated events, one per line (jsonl) or row."""
    from dateline.store import EVENT_FORMATS, write_events

    if fmt not in EVENT_FORMATS:
        raise click.UsageError(f"unknown --format {fmt!r}: use one of {', '.join(EVENT_FORMATS)}")
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs -o FILE")
    filters = _filters(options)
    conn = _open_store(db)
    try:
        count = write_events(conn, filters, fmt, output)  # type: ignore[arg-type]
    except DatelineError as exc:
        raise click.UsageError(str(exc)) from exc
    finally:
        conn.close()
    click.echo(f"dateline: {count} events", err=True)


def _open_store(db: Path):  # type: ignore[no-untyped-def]
    from dateline.store import open_store

    try:
        return open_store(db)
    except DatelineError as exc:
        raise click.UsageError(str(exc)) from exc


@main.command()
@_DB_OPTION
@click.option("--count", "as_count", is_flag=True, help="Count events (the default).")
@click.option("--by", type=click.Choice(["month", "week", "country", "admin1", "actor1",
              "event_type", "sub_event_type"]), default=None)  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
@_filter_options
def query(db: Path, as_count: bool, by: str | None, fmt: str, **options: object) -> None:
    """Count deduplicated events (and sum their fatalities), in all or --by a grouping."""
    from dateline.store import count_events
    from dateline.store.report import format_counts

    filters = _filters(options)
    conn = _open_store(db)
    try:
        rows = count_events(conn, filters, by)  # type: ignore[arg-type]
    except DatelineError as exc:
        raise click.UsageError(str(exc)) from exc
    finally:
        conn.close()
    click.echo(format_counts(rows, fmt))


@main.command()
@_DB_OPTION
@click.argument("event_uid")
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json")
def explain(db: Path, event_uid: str, fmt: str) -> None:
    """Why the reports of EVENT_UID were merged, and which candidate merges were refused."""
    from dateline.dedupe.explanation import describe
    from dateline.store import explain_event

    conn = _open_store(db)
    try:
        result = explain_event(conn, event_uid)
    except DatelineError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        conn.close()
    click.echo(
        describe(result) if fmt == "text" else json.dumps(result, indent=2, ensure_ascii=False)
    )


@main.command()
@_DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="DATELINE_TOKEN", show_envvar=True, default=None,
              help="Allow POST /api/ingest with this Bearer token.")  # fmt: skip
@click.option("--tile-url", default=None, help="A tile server URL template for the map.")
def serve(db: Path, host: str, port: int, token: str | None, tile_url: str | None) -> None:
    """Serve the store at --db: the map page at / and the API under /api (OpenAPI at /docs)."""
    import uvicorn

    from dateline.serve import create_app

    try:
        app = create_app(db, token=token, tile_url=tile_url)
    except DatelineError as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(f"dateline: serving {db} on http://{host}:{port}/", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"dateline: warning: {host} is reachable from other machines; the API has no TLS, "
            "so an ingest token travels in clear text (put a TLS proxy in front)",
            err=True,
        )
    uvicorn.run(app, host=host, port=port, log_level="warning")
