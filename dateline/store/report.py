"""Counts as a table for a terminal, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any


def format_counts(rows: list[dict[str, Any]], fmt: str) -> str:
    """``rows`` (dicts with the same keys) as an aligned table, CSV or JSON."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False)
    if fmt == "csv":
        return _csv(rows)
    return _table(rows)


def _csv(rows: list[dict[str, Any]]) -> str:
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=list(rows[0]) if rows else ["events"])
    writer.writeheader()
    writer.writerows(rows)
    return stream.getvalue().rstrip("\n")


def _table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "(no events)"
    header = list(rows[0])
    cells = [header] + [["-" if row[k] is None else str(row[k]) for k in header] for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(line, widths, strict=True))
        ).rstrip()
        for line in cells
    )
