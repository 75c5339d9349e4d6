"""``dateline eval``: score the pipeline against annotated files."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from dateline.errors import (
    GoldMissing,
)
from dateline.settings import Settings

if TYPE_CHECKING:
    pass

# Windows stay far below spaCy's max_length (1,000,000 characters) and its memory needs.

from dateline.cli.coding import model_options
from dateline.cli.group import main


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
