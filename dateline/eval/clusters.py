"""Dedupe scores: predicted event clusters of articles against gold incident ids.

An article's predicted cluster is the ``event_uid`` of the first event listing it with role
main, else with any role, else the article alone. B-cubed and pairwise precision, recall and
F1 are over articles; the cluster ratio is predicted clusters over gold incidents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any


def predicted_clusters(
    article_ids: Iterable[str], events: Iterable[dict[str, Any]]
) -> dict[str, str]:
    """Each article's predicted cluster id from the deduplicated events (in file order)."""
    main: dict[str, str] = {}
    other: dict[str, str] = {}
    for event in events:
        for report in event.get("articles") or []:
            target = main if report.get("role") == "main" else other
            target.setdefault(str(report["id"]), event["event_uid"])
    return {a: main.get(a) or other.get(a) or f"alone:{a}" for a in article_ids}


def b_cubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float]:
    """B-cubed precision and recall over the articles in ``gold``."""
    pairs = Counter((gold[a], predicted[a]) for a in gold)
    gold_sizes = Counter(gold.values())
    predicted_sizes = Counter(predicted[a] for a in gold)
    precision = sum(n * n / predicted_sizes[p] for (_, p), n in pairs.items()) / len(gold)
    recall = sum(n * n / gold_sizes[g] for (g, _), n in pairs.items()) / len(gold)
    return precision, recall


def pairwise(gold: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float]:
    """Precision and recall of the article pairs put together."""
    both = sum(n * (n - 1) / 2 for n in Counter((gold[a], predicted[a]) for a in gold).values())
    gold_pairs = sum(n * (n - 1) / 2 for n in Counter(gold.values()).values())
    predicted_pairs = sum(n * (n - 1) / 2 for n in Counter(predicted[a] for a in gold).values())
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / gold_pairs if gold_pairs else 1.0
    return precision, recall


def dedupe_scores(gold: Mapping[str, str], predicted: Mapping[str, str]) -> dict[str, float]:
    """Every dedupe metric, rounded to four places."""
    b3p, b3r = b_cubed(gold, predicted)
    pp, pr = pairwise(gold, predicted)
    ratio = len({predicted[a] for a in gold}) / max(1, len(set(gold.values())))
    scores = {
        "dedupe_b3_precision": b3p,
        "dedupe_b3_recall": b3r,
        "dedupe_b3_f1": _f1(b3p, b3r),
        "dedupe_pairwise_precision": pp,
        "dedupe_pairwise_recall": pr,
        "dedupe_pairwise_f1": _f1(pp, pr),
        "dedupe_clusters_ratio": ratio,
    }
    return {k: round(v, 4) for k, v in scores.items()}


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
