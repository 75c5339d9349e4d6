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


def model_options(command: Any) -> Any:
    """--model PATH and --learned: the learned sub-type classifier beside the rules."""
    command = click.option(
        "--learned/--rules-only",
        default=False,
        help="Let the packaged sentences' classifier retype weakly typed events.",
    )(command)
    return click.option(
        "--model",
        "model",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        default=None,
        help="A classifier saved by 'dateline train' (implies --learned; trusted files only).",
    )(command)


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
@model_options
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
    model: Path | None,
    learned: bool,
) -> None:
    """Code the articles in INPUTS (files, directories, or - for stdin).

    Long texts are coded in paragraph windows of --window-chars; a text over --max-chars,
    or one whose windows take over --max-seconds, is reported as an error and skipped."""
    from dateline.batch import Limits, run_batch

    when = _checked_options(published, fmt)
    settings = Settings(
        n_process=processes or _auto_processes(inputs),
        subtype_model=model,
        learned_subtypes=learned,
    )
    limits = Limits(window_chars, max_chars, max_seconds)
    run_mode = mode or "replace"
    try:
        summary = run_batch(inputs, when, fmt, output, settings, limits=limits, mode=run_mode)
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
        Path(name).is_dir() or name.endswith((".jsonl", ".csv", ".rss", ".atom", ".xml"))
        for name in inputs
    )
    return (os.cpu_count() or 1) if batch else 1


@main.command(name="eval")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--limit", type=int, default=None, help="Rows per file (an even subsample).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@model_options
def eval_command(
    files: tuple[Path, ...], limit: int | None, as_json: bool, model: Path | None, learned: bool
) -> None:
    """Score the pipeline on annotated JSONL FILES ({id, text, published, gold})."""
    from dateline.eval.report import format_report
    from dateline.eval.runner import evaluate
    from dateline.pipeline import Pipeline

    for file in files:
        _check_gold(file)
    started = time.perf_counter()
    try:
        pipeline = Pipeline(Settings(subtype_model=model, learned_subtypes=learned))
        results = evaluate(list(files), limit=limit, pipeline=pipeline)
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


@main.command()
@click.argument("input_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="Model file."
)
@click.option("--with-packaged", is_flag=True, help="Add the packaged sentences to INPUT's.")
def train(input_file: Path, out: Path, with_packaged: bool) -> None:
    """Fit the sub-type classifier on labelled rows and save it for --model.

    INPUT is JSONL of {text, label}, or an ACLED export (CSV or JSONL) with notes (or text)
    and sub_event_type."""
    from dateline.learned import SubTypeModel, packaged_examples, read_examples

    try:
        examples = read_examples(input_file)
        if with_packaged:
            examples += packaged_examples()
        model = SubTypeModel.fit(examples)
        model.save(out)
    except DatelineError as exc:
        raise click.ClickException(str(exc)) from exc
    labels = len(model.labels)
    click.echo(json.dumps({"out": str(out), "examples": len(examples), "labels": labels}))


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
