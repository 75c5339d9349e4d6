"""``dateline train``: fit the learned sub-type classifier on a user's labelled rows."""

from __future__ import annotations

import json
from pathlib import Path

import click

from dateline.cli.group import main
from dateline.errors import DatelineError


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
