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
    """Candidates for NAME, best first, as JSON lines."""
    import dataclasses

    from dateline.resolve.place.gazetteer import Gazetteer

    gaz = Gazetteer.open(Settings().gazetteer_path)
    for cand in gaz.lookup(name, country_iso=country, limit=limit):
        click.echo(json.dumps(dataclasses.asdict(cand), ensure_ascii=False))
