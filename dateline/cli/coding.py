"""``dateline extract``: code articles from files, URLs, feeds and WARC into records."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from dateline.errors import (
    DatelineError,
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

from dateline.cli.group import main

# Windows stay far below spaCy's max_length (1,000,000 characters) and its memory needs.
MAX_WINDOW_CHARS = 200_000


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
@click.option(
    "--skip-duplicates",
    is_flag=True,
    help="Code a near-duplicate (a wire copy, an update) once; its record names the first.",
)
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
    url_file: Path | None,
    allow_private: bool,
    skip_duplicates: bool,
    any_language: bool,
    engine: str,
    scheduler: str | None,
    partition_size: int,
    model: Path | None,
    learned: bool,
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
    settings = Settings(
        n_process=processes or auto_processes(inputs),
        subtype_model=model,
        learned_subtypes=learned,
    )
    limits = Limits(window_chars, max_chars, max_seconds)
    options = _input_options(settings, allow_private, skip_duplicates, any_language)
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
    settings: Settings, allow_private: bool, skip_duplicates: bool, any_language: bool
) -> Any:
    from dateline.batch import InputOptions
    from dateline.ingest.fetch import FetchOptions

    fetch = FetchOptions(cache_dir=settings.cache_dir, allow_private=allow_private)
    return InputOptions(fetch, languages=not any_language, duplicates=skip_duplicates)


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


def auto_processes(inputs: tuple[str, ...]) -> int:
    """Every core for a batch (several inputs, a directory, JSONL or CSV rows); one process
    for a single document, where starting workers costs more than it saves."""
    batch = len(inputs) > 1 or any(
        Path(name).is_dir()
        or name.endswith((".jsonl", ".csv", ".rss", ".atom", ".xml", ".warc", ".warc.gz"))
        or name.startswith(("http://", "https://"))
        for name in inputs
    )
    return (os.cpu_count() or 1) if batch else 1
