"""Read evaluation JSONL files and tell which family of gold annotation a file holds."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, Literal

from dateline.ingest.published import parse_published
from dateline.models import Article

Family = Literal[
    "acled",
    "gtd",
    "plover",
    "toponyms",
    "timex",
    "wikievents",
    "rams",
    "negatives",
    "gva",
    "gvdb",
    "case2021",
]

# Gold keys that identify a family, checked in order (the file name is only a fallback).
_FAMILY_BY_GOLD_KEY: tuple[tuple[str, Family], ...] = (
    ("incident_id", "gva"),
    ("shooters", "gvdb"),
    ("toponyms", "toponyms"),
    ("timexes", "timex"),
    ("topic", "negatives"),
    ("perpetrator_groups", "gtd"),
    ("inter1", "acled"),
    ("is_unseen_type", "case2021"),
    ("events", "wikievents"),
    ("arguments", "rams"),
    ("event", "plover"),
)

_FAMILY_BY_NAME: tuple[tuple[str, Family], ...] = (
    ("gvdb", "gvdb"),
    ("case2021", "case2021"),
    ("gva", "gva"),
    ("acled", "acled"),
    ("gtd", "gtd"),
    ("plover", "plover"),
    ("geo", "toponyms"),
    ("timebank", "timex"),
    ("wikievents", "wikievents"),
    ("rams", "rams"),
    ("negatives", "negatives"),
)


def read_rows(path: Path) -> list[dict[str, Any]]:
    """All JSON records of a JSONL file, skipping blank lines."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def subsample(rows: list[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    """``limit`` evenly spaced rows (every k-th, k fractional): sorted files bias the head."""
    if limit is None or limit >= len(rows):
        return rows
    step = len(rows) / max(limit, 0) if limit > 0 else 0
    return [rows[math.floor(i * step)] for i in range(max(limit, 0))]


def detect_family(path: Path, rows: list[dict[str, Any]]) -> Family:
    """The gold family from the first record's gold keys, else from the file name."""
    gold = rows[0].get("gold", {}) if rows else {}
    for key, family in _FAMILY_BY_GOLD_KEY:
        if key in gold:
            return family
    for fragment, family in _FAMILY_BY_NAME:
        if fragment in path.name.lower():
            return family
    raise ValueError(f"cannot tell the evaluation family of {path}")


def to_article(row: dict[str, Any]) -> Article:
    """The pipeline input for one record (no title: the text already holds any headline)."""
    return Article(
        text=row["text"],
        id=str(row.get("id")),
        published=parse_published(row["published"]) if row.get("published") else None,
        origin=f"eval:{row.get('id')}",
    )
