"""Toponym family: gold place-name spans with coordinates against our ``places`` list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dateline.eval.matching import is_number, rate, within_km
from dateline.eval.scoring import Metrics, Pair

ACCURACY_KM = 161.0  # 100 miles: the customary geoparsing "accuracy@161km"


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two character spans share at least one character."""
    return a["start"] < b["end"] and b["start"] < a["end"]


def matched_place(gold: dict[str, Any], places: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The first predicted place whose span overlaps the gold toponym."""
    return next((place for place in places if overlaps(gold, place)), None)


def score_toponyms(pairs: Sequence[Pair]) -> Metrics:
    """Recall, precision and accuracy within 161 km over all gold toponyms of all rows.

    ``acc_161km_matched`` is over the found toponyms with gold coordinates;
    ``found_within_161km`` over all toponyms with gold coordinates (a miss counts wrong).
    """
    recall_flags: list[bool] = []
    accurate_flags: list[bool] = []
    end_to_end_flags: list[bool] = []
    precision_flags: list[bool] = []
    for row, pred in pairs:
        gold_spans = row["gold"].get("toponyms") or []
        places = pred.get("places") or []
        for gold in gold_spans:
            place = matched_place(gold, places)
            recall_flags.append(place is not None)
            if not (is_number(gold.get("lat")) and is_number(gold.get("lon"))):
                continue
            near = within_km(gold["lat"], gold["lon"], place, ACCURACY_KM)
            end_to_end_flags.append(near)
            if place is not None:
                accurate_flags.append(near)
        precision_flags += [any(overlaps(g, place) for g in gold_spans) for place in places]
    return {
        "n": len(pairs),
        "recall": rate(recall_flags),
        "precision": rate(precision_flags),
        "acc_161km_matched": rate(accurate_flags),
        "found_within_161km": rate(end_to_end_flags),
        "n_recall": len(recall_flags),
        "n_precision": len(precision_flags),
        "n_found_within_161km": len(end_to_end_flags),
        "n_acc_161km_matched": len(accurate_flags),
    }
