"""CASE 2021 family: news sentences, each with one gold label from ACLED's sub-event types
or from five types ACLED does not code (diplomacy, organised crime, attribution, natural and
man-made disasters), which should yield no event.

Over the rows with an ACLED label, the top event's sub_event_type: accuracy and weighted F1
(per-label F1 weighted by gold support; no event is a wrong label); event_type accuracy; and
``unseen_no_event``, the share of uncoded-type rows that yield no event.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from dateline.eval.scoring import Check, Metrics, Pair, Prediction, Row, aggregate, label_f1
from dateline.eval.scoring import top_event as _top


def _coded(row: Row) -> bool:
    """Whether the row's gold label is an ACLED sub-event type."""
    gold = row["gold"]
    return not gold.get("is_unseen_type") and bool(gold.get("acled_sub_event_type"))


def _predicted(pred: Prediction, field: str) -> str | None:
    event = _top(pred)
    return event.get(field) if event else None


def _field_acc(field: str) -> Check:
    def check(row: Row, pred: Prediction) -> bool | None:
        if not _coded(row):
            return None
        return _predicted(pred, field) == row["gold"][f"acled_{field}"]

    return check


def _unseen_no_event(row: Row, pred: Prediction) -> bool | None:
    return _top(pred) is None if row["gold"].get("is_unseen_type") else None


def _coded_event_recall(row: Row, pred: Prediction) -> bool | None:
    return _top(pred) is not None if _coded(row) else None


CHECKS: dict[str, Check] = {
    "sub_event_type_acc": _field_acc("sub_event_type"),
    "event_type_acc": _field_acc("event_type"),
    "event_recall": _coded_event_recall,
    "unseen_no_event": _unseen_no_event,
}


def weighted_f1(gold: Sequence[str], predicted: Sequence[str | None]) -> float | None:
    """Per-label F1 over the gold labels, averaged with each label's gold support as weight."""
    if not gold:
        return None
    support = Counter(gold)
    pairs = list(zip(gold, predicted, strict=True))
    total = sum(count * label_f1(label, pairs) for label, count in support.items())
    return total / len(gold)


def score_case2021(pairs: Sequence[Pair]) -> Metrics:
    """All CASE 2021 metrics over (gold row, prediction) pairs."""
    metrics = aggregate(pairs, CHECKS)
    coded = [(row, pred) for row, pred in pairs if _coded(row)]
    gold = [row["gold"]["acled_sub_event_type"] for row, _ in coded]
    predicted = [_predicted(pred, "sub_event_type") for _, pred in coded]
    metrics["sub_event_type_weighted_f1"] = weighted_f1(gold, predicted)
    return metrics
