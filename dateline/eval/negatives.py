"""Negative family: news that is not about conflict should yield no main event."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from dateline.eval.matching import rate
from dateline.eval.scoring import Metrics, Pair, main_events

# Topics whose articles should produce no conflict event; the others are reported only.
NEGATIVE_TOPICS = frozenset({"Sports", "Business", "Sci/Tech"})


def topic_key(topic: str) -> str:
    """A metric-name-safe topic: "Sci/Tech" → "sci_tech"."""
    return "".join(ch if ch.isalnum() else "_" for ch in topic.lower())


def score_negatives(pairs: Sequence[Pair]) -> Metrics:
    """False-event rate on negative topics, and the event rate of every topic."""
    by_topic: dict[str, list[bool]] = defaultdict(list)
    for row, pred in pairs:
        by_topic[row["gold"].get("topic") or ""].append(bool(main_events(pred)))
    negatives = [
        flag for topic, flags in by_topic.items() if topic in NEGATIVE_TOPICS for flag in flags
    ]
    metrics: Metrics = {
        "n": len(pairs),
        "false_event_rate": rate(negatives),
        "n_false_event_rate": len(negatives),
    }
    for topic in sorted(by_topic):
        metrics[f"event_rate_{topic_key(topic)}"] = rate(by_topic[topic])
    return metrics
