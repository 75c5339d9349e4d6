"""Labelled sentences for the sub-type classifier: the packaged ones, or a user's file.

The packaged sentences (``dateline/data/training/acled_sentences.jsonl``) are written by
``scripts/write_training_sentences.py`` from the ACLED codebook's definitions, about 40 per
sub-event type plus news ACLED does not code (label ``none``). A user's file is JSONL of
``{"text", "label"}`` rows, or an ACLED export (CSV or JSONL) whose rows carry ``notes``
(or ``text``) and ``sub_event_type``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from dateline.errors import InputError

PACKAGED = "acled_sentences.jsonl"
TEXT_KEYS = ("text", "notes", "note", "sentence")
LABEL_KEYS = ("label", "sub_event_type")
NO_EVENT = "none"


def packaged_examples() -> list[tuple[str, str]]:
    """The sentences shipped with the package, as (text, label)."""
    data = resources.files("dateline.data").joinpath("training").joinpath(PACKAGED)
    lines = data.read_text(encoding="utf-8").splitlines()
    return [_pair(json.loads(line)) for line in lines if line.strip()]


def packaged_text() -> bytes:
    """The packaged file's bytes (the cache key of the model trained on it)."""
    return resources.files("dateline.data").joinpath("training").joinpath(PACKAGED).read_bytes()


def read_examples(path: Path) -> list[tuple[str, str]]:
    """A user's labelled rows (JSONL or CSV), as (text, label); rows lacking either are
    skipped. Raises InputError when the file holds no usable row."""
    rows = _csv_rows(path) if path.suffix.lower() == ".csv" else _jsonl_rows(path)
    pairs = [pair for row in rows if (pair := _pair(row))[0] and pair[1]]
    if not pairs:
        raise InputError(
            f"{path}: no row with a text (text/notes) and a label (label/sub_event_type)",
            hint="pass JSONL of {text, label} or an ACLED export with notes and sub_event_type",
        )
    return pairs


def _pair(row: dict) -> tuple[str, str]:
    text = next((str(row[k]) for k in TEXT_KEYS if row.get(k)), "")
    label = next((str(row[k]) for k in LABEL_KEYS if row.get(k)), "")
    return text.strip(), label.strip()


def _jsonl_rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                gold = row.get("gold") if isinstance(row.get("gold"), dict) else {}
                yield {**gold, **row}


def _csv_rows(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)
