"""The evaluation results as a compact aligned text table."""

from __future__ import annotations

from typing import Any

# Metrics where lower is better (a gate puts a ceiling on these, not a floor).
LOWER_IS_BETTER = frozenset({"false_event_rate", "non_conflict_event_rate", "seconds"})

_SKIPPED = frozenset({"family", "n"})


def format_value(value: Any) -> str:
    """Rates as 3 decimals, counts as integers, missing as a dash."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _lines(name: str, metrics: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    header = f"{name} ({metrics.get('family', '?')}, n={metrics.get('n', '?')})"
    scored = [key for key in metrics if key not in _SKIPPED and not key.startswith("n_")]
    rows = []
    for index, key in enumerate(scored):
        count = metrics.get(f"n_{key}", "")
        rows.append((header if index == 0 else "", key, format_value(metrics[key]), str(count)))
    return rows


def format_report(results: dict[str, dict[str, Any]]) -> str:
    """One line per file and metric: file, metric, value, and the metric's own n if partial."""
    rows = [("file", "metric", "value", "n")]
    for name, metrics in results.items():
        rows += _lines(name, metrics)
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join(_aligned(row, widths) for row in rows)


def _aligned(row: tuple[str, str, str, str], widths: list[int]) -> str:
    """Text columns left-aligned, number columns right-aligned."""
    name, metric, value, count = row
    line = f"{name:<{widths[0]}}  {metric:<{widths[1]}}  {value:>{widths[2]}}  {count:>{widths[3]}}"
    return line.rstrip()
