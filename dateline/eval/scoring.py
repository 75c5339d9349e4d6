"""What every family scorer shares: picking the predicted event and aggregating row checks.

A *check* looks at one gold row and its prediction and answers True (right), False (wrong)
or None (the row is not in this metric's denominator). ``aggregate`` turns checks into rates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from dateline.eval.matching import rate

Row = dict[str, Any]
Prediction = dict[str, Any]
Pair = tuple[Row, Prediction]
Check = Callable[[Row, Prediction], bool | None]
Metrics = dict[str, float | int | None]


def main_events(prediction: Prediction) -> list[dict[str, Any]]:
    """The article's events of role "main"."""
    return [event for event in prediction.get("events", []) if event.get("role") == "main"]


def top_event(prediction: Prediction) -> dict[str, Any] | None:
    """The highest-confidence main event, else the first event, else None."""
    mains = main_events(prediction)
    if mains:
        return max(mains, key=lambda event: event.get("confidence") or 0.0)
    events = prediction.get("events", [])
    return events[0] if events else None


def date_exact(row: Row, pred: Prediction) -> bool | None:
    """Whether the top event's date equals the gold ``event_date`` (None: no gold date)."""
    gold = row["gold"].get("event_date")
    if not gold:
        return None
    event = top_event(pred)
    return event is not None and event.get("event_date") == gold


def incident_events(prediction: Prediction) -> list[dict[str, Any]]:
    """Events describing the reported incident: the main ones, else all of them."""
    return main_events(prediction) or list(prediction.get("events", []))


def aggregate(pairs: Sequence[Pair], checks: Mapping[str, Check]) -> Metrics:
    """Each check's rate over the rows it applies to, plus ``n_<name>`` when not all rows."""
    out: Metrics = {"n": len(pairs)}
    for name, check in checks.items():
        flags = [flag for flag in (check(row, pred) for row, pred in pairs) if flag is not None]
        out[name] = rate(flags)
        if len(flags) != len(pairs):
            out[f"n_{name}"] = len(flags)
    return out


def macro_f1(gold: Iterable[str], predicted: Iterable[str | None]) -> float | None:
    """Macro-averaged F1 over the labels that occur in gold (a missing prediction is wrong)."""
    pairs = list(zip(gold, predicted, strict=True))
    labels = sorted({g for g, _ in pairs})
    scores = [label_f1(label, pairs) for label in labels]
    return sum(scores) / len(scores) if scores else None


def label_f1(label: str, pairs: list[tuple[str, str | None]]) -> float:
    """One label's F1 over (gold, predicted) pairs; 0 when it is never predicted right."""
    tp = sum(g == label and p == label for g, p in pairs)
    fp = sum(g != label and p == label for g, p in pairs)
    fn = sum(g == label and p != label for g, p in pairs)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
