"""Why reports were merged into one event, and which candidate merges were refused.

Works on plain dicts: the merged event (as ``merged_record`` wrote it), each report's own
record, and the stored decisions (``decision_row``) that touch the event's reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dateline.dedupe.clustering import Decision
from dateline.dedupe.report import Report
from dateline.dedupe.scoring import Weights


def decision_row(decision: Decision, reports: Sequence[Report], weights: Weights) -> dict[str, Any]:
    """A decision as a storable dict naming its two reports."""
    left, right = reports[decision.left], reports[decision.right]
    result = decision.score
    return {
        "left_article": left.article_id,
        "left_event": left.event_id,
        "right_article": right.article_id,
        "right_event": right.event_id,
        "outcome": decision.outcome,
        "reason": decision.reason,
        "score": result.total if result else None,
        "threshold": weights.threshold,
        "distance_km": _rounded(result.distance_km) if result else None,
        "text_similarity": decision.text_similarity,
        "parts": {k: round(v, 4) for k, v in result.parts.items()} if result else {},
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def explain(
    event: dict[str, Any],
    reports: Sequence[dict[str, Any]],
    decisions: Sequence[dict[str, Any]],
    others: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """The explanation of one event: its reports, the merges and the refusals (``others``:
    the reports of other events that the decisions name)."""
    own = [_summary(r) for r in reports]
    summaries = {(s["article_id"], s["event_id"]): s for s in own + [_summary(r) for r in others]}
    rows = [_pair(d, summaries) for d in decisions]
    return {
        "event_uid": event["event_uid"],
        "event_date": event.get("event_date"),
        "reports": own,
        "merged": [row for row in rows if row["outcome"] == "merged"],
        "refused": [row for row in rows if row["outcome"] != "merged"],
    }


def _summary(report: dict[str, Any]) -> dict[str, Any]:
    record = report["record"]
    location = record.get("location") or {}
    actors = [record.get("actor1"), record.get("actor2")]
    return {
        "article_id": report["article_id"],
        "event_id": report["event_id"],
        "role": record.get("role"),
        "event_date": record.get("event_date"),
        "time_precision": record.get("time_precision"),
        "place": location.get("name"),
        "admin1": location.get("admin1"),
        "geo_precision": location.get("geo_precision"),
        "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"),
        "actors": [a["name"] for a in actors if a],
        "fatalities": (record.get("fatalities") or {}).get("best"),
        "injuries": (record.get("injuries") or {}).get("best"),
    }


def _pair(decision: dict[str, Any], summaries: dict[tuple[str, str], Any]) -> dict[str, Any]:
    left = summaries.get((decision["left_article"], decision["left_event"]), {})
    right = summaries.get((decision["right_article"], decision["right_event"]), {})
    return {
        "reports": [
            f"{decision['left_article']}/{decision['left_event']}",
            f"{decision['right_article']}/{decision['right_event']}",
        ],
        "outcome": decision["outcome"],
        "reason": decision["reason"],
        "score": decision["score"],
        "threshold": decision["threshold"],
        "dates": [left.get("event_date"), right.get("event_date")],
        "time_precision": [left.get("time_precision"), right.get("time_precision")],
        "distance_km": decision["distance_km"],
        "event_types": [left.get("sub_event_type"), right.get("sub_event_type")],
        "shared_actors": sorted(set(left.get("actors", [])) & set(right.get("actors", []))),
        "text_similarity": decision["text_similarity"],
        "parts": decision["parts"],
    }


def describe(explanation: dict[str, Any]) -> str:
    """The explanation as a few lines of text for a terminal."""
    lines = [f"event {explanation['event_uid']} ({explanation['event_date']}): "
             f"{len(explanation['reports'])} report(s)"]  # fmt: skip
    for kind in ("merged", "refused"):
        for pair in explanation[kind]:
            lines.append(_pair_line(kind, pair))
    return "\n".join(lines)


def _pair_line(kind: str, pair: dict[str, Any]) -> str:
    score = "-" if pair["score"] is None else f"{pair['score']:.2f}"
    return (
        f"  {kind}: {' + '.join(pair['reports'])}: score {score} vs threshold "
        f"{pair['threshold']:.2f} ({pair['reason']}); dates {pair['dates']}, "
        f"{pair['distance_km']} km, types {pair['event_types']}, "
        f"shared actors {pair['shared_actors']}, text {pair['text_similarity']}"
    )
