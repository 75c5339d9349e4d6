"""Command line: parse and validate options, call one library function, write the output."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shlex
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from dateline.errors import (
    DatelineError,
    GoldMissing,
    InvalidOption,
    NotResumable,
    OutputIsInput,
    UnfinishedOutput,
)
from dateline.output import FORMATS
from dateline.settings import Settings
from dateline.windows import DEFAULT_MAX_CHARS, DEFAULT_MAX_SECONDS, DEFAULT_WINDOW_CHARS

if TYPE_CHECKING:
    from dateline.batch import Summary

# Windows stay far below spaCy's max_length (1,000,000 characters) and its memory needs.
MAX_WINDOW_CHARS = 200_000
# How alike (rapidfuzz ratio, 0-100) a loosely keyed gazetteer name must be to the query.
LOOSE_MATCH_SIMILARITY = 60


@click.group()
@click.version_option(package_name="dateline")
def main() -> None:
    """Dateline: news reports of armed conflict in, ACLED-style event records out."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", help="Publication date (ISO: 2024-08-05 or 2024-08-05T18:30).")
@click.option("--format", "fmt", default="jsonl", help=f"Output format: {', '.join(FORMATS)}.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option(
    "--processes",
    type=click.IntRange(min=0),
    default=0,
    help="spaCy processes; 0 (default) uses every core for batches, one for a single file.",
)
@click.option("--append", "mode", flag_value="append", help="Add to the records in -o (JSONL).")
@click.option(
    "--resume",
    "mode",
    flag_value="resume",
    help="Continue an interrupted run: skip ids already in -o or its .partial file (JSONL).",
)
@click.option(
    "--window-chars",
    type=click.IntRange(min=1000, max=MAX_WINDOW_CHARS),
    default=DEFAULT_WINDOW_CHARS,
    help="Texts longer than this are coded in paragraph windows of at most this size.",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_CHARS,
    help="Texts longer than this are an error (E107), not coded.",
)
@click.option(
    "--max-seconds",
    type=click.FloatRange(min=0),
    default=DEFAULT_MAX_SECONDS,
    help="A long text whose windows take longer is stopped (E301).",
)
@click.option(
    "--urls",
    "url_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A file of URLs (pages or feeds), one a line, read after INPUTS.",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Fetch URLs on private and loopback addresses too (never link-local ones).",
)
@click.option("--keep-duplicates", is_flag=True, help="Code near-duplicate articles again.")
@click.option(
    "--any-language", is_flag=True, help="Code every article as English (no language check)."
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    help="local (default): this machine; dask: a Dask cluster (see --scheduler).",
)
@click.option(
    "--scheduler",
    default=None,
    help="Address of a Dask scheduler (tcp://host:8786); none starts a LocalCluster.",
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    default=200,
    help="Articles per Dask partition (--engine dask).",
)
def extract(
    inputs: tuple[str, ...],
    published: str | None,
    fmt: str,
    output: Path | None,
    processes: int,
    mode: str | None,
    window_chars: int,
    max_chars: int,
    max_seconds: float,
    url_file: Path | None,
    allow_private: bool,
    keep_duplicates: bool,
    any_language: bool,
    engine: str,
    scheduler: str | None,
    partition_size: int,
) -> None:
    """Code the articles in INPUTS: files, directories, - for stdin, http(s) URLs of pages
    or feeds, and .warc/.warc.gz files.

    Long texts are coded in paragraph windows of --window-chars; a text over --max-chars,
    or one whose windows take over --max-seconds, is reported as an error and skipped.
    Articles not in English, and near-duplicates of an earlier article, get a record
    without events (language, duplicate_of and a warning say why)."""
    from dateline.batch import Limits, run_batch

    when = _checked_options(published, fmt)
    inputs = inputs + _listed_urls(url_file)
    settings = Settings(n_process=processes or _auto_processes(inputs))
    limits = Limits(window_chars, max_chars, max_seconds)
    options = _input_options(settings, allow_private, keep_duplicates, any_language)
    run_mode = mode or "replace"
    try:
        if engine == "dask":
            run = {
                "fmt": fmt,
                "scheduler": scheduler,
                "partition_size": partition_size,
                "settings": settings,
                "limits": limits,
                "options": options,
                "mode": run_mode,
            }
            summary = _run_dask(inputs, when, output, run)
        else:
            summary = run_batch(
                inputs,
                when,
                fmt,
                output,
                settings,
                limits=limits,
                mode=run_mode,
                inputs_options=options,
            )
    except (InvalidOption, OutputIsInput, UnfinishedOutput, NotResumable) as exc:
        raise click.UsageError(str(exc)) from exc  # refused before anything was read
    except DatelineError as exc:  # a full disk, a missing model: named, without a traceback
        raise click.ClickException(str(exc)) from exc
    click.echo(summary.line(), err=True)
    if summary.articles == 0 and output is not None and output.exists() and mode != "resume":
        click.echo(f"dateline: nothing was coded; {output} is left as it was", err=True)
    if summary.interrupted is not None:
        _stop(summary, output)
    if summary.articles == 0 and summary.failed:
        sys.exit(1)


def _listed_urls(url_file: Path | None) -> tuple[str, ...]:
    from dateline.ingest.urls import url_list

    if url_file is None:
        return ()
    try:
        return tuple(url_list(url_file))
    except DatelineError as exc:
        raise click.UsageError(str(exc)) from exc


def _input_options(
    settings: Settings, allow_private: bool, keep_duplicates: bool, any_language: bool
) -> Any:
    from dateline.batch import InputOptions
    from dateline.ingest.fetch import FetchOptions

    fetch = FetchOptions(cache_dir=settings.cache_dir, allow_private=allow_private)
    return InputOptions(fetch, languages=not any_language, duplicates=not keep_duplicates)


def _run_dask(
    inputs: tuple[str, ...], when: dt.datetime | None, output: Path | None, run: dict[str, Any]
) -> Summary:
    from dateline.engine import DaskOptions, run_dask

    if run["fmt"] != "jsonl":
        raise InvalidOption("--engine dask writes Parquet: --format does not apply to it")
    dask = DaskOptions(scheduler=run["scheduler"], partition_size=run["partition_size"])
    return run_dask(
        inputs, when, output, run["settings"], run["limits"], run["options"], dask,
        mode=run["mode"],
    )  # fmt: skip


def _checked_options(published: str | None, fmt: str) -> dt.datetime | None:
    """The --published date (ISO only: "tomorrow" is no date) after checking --format."""
    from dateline.ingest.published import parse_iso

    try:
        if fmt not in FORMATS:
            raise InvalidOption(
                f"unknown --format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}"
            )
        return parse_iso(published) if published else None
    except DatelineError as exc:
        raise click.UsageError(str(exc)) from exc


def _stop(summary: Summary, output: Path | None) -> NoReturn:
    """After SIGINT/SIGTERM: say how far the run got and how to go on, then exit at once
    (the output is already flushed and closed; nothing else is left to wait for)."""
    name = signal.Signals(summary.interrupted).name
    click.echo(f"dateline: interrupted by {name} after {summary.articles} articles", err=True)
    if output is not None and summary.partial is not None and summary.partial.exists():
        command = shlex.join(["dateline", *[a for a in sys.argv[1:] if a != "--resume"]])
        earlier = f"; {output} is untouched" if output.exists() else ""
        click.echo(
            f"dateline: the finished records are in {summary.partial}{earlier}",
            err=True,
        )
        click.echo(f"dateline: continue with: {command} --resume", err=True)
    elif output is None:
        click.echo("dateline: the finished records were written to standard output", err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(128 + summary.interrupted)


def _auto_processes(inputs: tuple[str, ...]) -> int:
    """Every core for a batch (several inputs, a directory, JSONL or CSV rows); one process
    for a single document, where starting workers costs more than it saves."""
    batch = len(inputs) > 1 or any(
        Path(name).is_dir()
        or name.endswith((".jsonl", ".csv", ".rss", ".atom", ".xml", ".warc", ".warc.gz"))
        or name.startswith(("http://", "https://"))
        for name in inputs
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

    for file in files:
        _check_gold(file)
    started = time.perf_counter()
    try:
        results = evaluate(list(files), limit=limit)
    except (ValueError, KeyError) as exc:  # a file the checks let through but cannot score
        raise click.ClickException(f"cannot score {', '.join(map(str, files))}: {exc!r}") from exc
    if as_json:
        click.echo(json.dumps(results, indent=2))
    else:
        click.echo(format_report(results))
        click.echo(f"({time.perf_counter() - started:.0f} s)", err=True)


def _check_gold(path: Path) -> None:
    """Every row of an evaluation file must be a JSON object with ``text`` and ``gold``."""
    with path.open(encoding="utf-8", errors="replace") as stream:
        for number, line in enumerate(stream, start=1):
            if line.strip() and not _is_gold_row(line):
                error = GoldMissing(f"{path}:{number}: not a JSON object with 'text' and 'gold'")
                raise click.ClickException(str(error))


def _is_gold_row(line: str) -> bool:
    try:
        row = json.loads(line)
    except json.JSONDecodeError:
        return False
    return isinstance(row, dict) and isinstance(row.get("text"), str) and "gold" in row


@main.group()
def gazetteer() -> None:
    """Build, extend and query the local gazetteer (GeoNames, CC BY 4.0)."""


@gazetteer.command("build")
def gazetteer_build() -> None:
    """(Re)build the gazetteer index from the packaged GeoNames data."""
    from dateline.resolve.place.gazetteer import build

    stats = build(Settings().gazetteer_path, progress=lambda m: click.echo(m, err=True))
    click.echo(json.dumps(dataclasses.asdict(stats), default=str))


@gazetteer.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def gazetteer_import(file: Path) -> None:
    """Add a GeoNames dump (allCountries/cities*/alternateNamesV2/admin1CodesASCII)."""
    from dateline.resolve.place.gazetteer import Gazetteer, import_geonames

    Gazetteer.open(Settings().gazetteer_path).close()  # builds the base index first if missing
    count = import_geonames(file, Settings().gazetteer_path)
    click.echo(json.dumps({"file": str(file), "rows": count}))


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--country", default=None, help="ISO 3166-1 alpha-2 code to filter by.")
@click.option("--limit", type=int, default=10, show_default=True)
def gazetteer_lookup(name: str, country: str | None, limit: int) -> None:
    """Candidates for NAME, best first, as JSON lines; none is an error (exit code 1)."""
    from dateline.resolve.place.gazetteer import Gazetteer

    gaz = Gazetteer.open(Settings().gazetteer_path)
    found = [c for c in gaz.lookup(name, country_iso=country, limit=limit) if _alike(name, c)]
    if not found:
        raise click.ClickException(f"no place called {name!r} in the gazetteer")
    for cand in found:
        click.echo(json.dumps(dataclasses.asdict(cand), ensure_ascii=False))


def _alike(name: str, candidate: Any) -> bool:
    """A loose-key match (``match`` 0) counts only when it is spelled much like the query:
    "Mogadisho" finds Mogadishu, "Qwertyuiop" finds nothing."""
    from rapidfuzz import fuzz
    from unidecode import unidecode

    if candidate.match > 0:
        return True
    similarity = fuzz.ratio(unidecode(name).lower(), unidecode(candidate.name).lower())
    return similarity >= LOOSE_MATCH_SIMILARITY


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
