"""``dateline ingest|events|query|explain``: the event store from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from dateline.errors import (
    DatelineError,
)
from dateline.settings import Settings

if TYPE_CHECKING:
    pass

# Windows stay far below spaCy's max_length (1,000,000 characters) and its memory needs.

from dateline.cli.coding import auto_processes
from dateline.cli.group import main


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


DB_OPTION = click.option(
    "--db", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Store path."
)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
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
    settings = Settings(n_process=processes or auto_processes(inputs))
    summary = ingest_articles(inputs, db, when, settings, batch_size)
    for message in summary.errors:
        click.echo(f"dateline: error: {message}", err=True)
    click.echo(json.dumps(summary.as_dict() | {"errors": len(summary.errors)}))
    if summary.read == 0 and summary.failed:
        sys.exit(1)


@main.command()
@DB_OPTION
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
@DB_OPTION
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
@DB_OPTION
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
