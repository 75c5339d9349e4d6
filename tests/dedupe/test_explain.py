"""Explaining a merge from its decisions."""

from __future__ import annotations

from dateline.dedupe import Weights, cluster, merged_record
from dateline.dedupe.explanation import decision_row, describe, explain
from tests.dedupe.records import CHECKPOINT_A, CHECKPOINT_B, report


def test_explanation_names_the_evidence_and_the_threshold() -> None:
    reports = [report("a", CHECKPOINT_A), report("b", CHECKPOINT_B)]
    weights = Weights()
    result = cluster(reports, weights)
    decisions = [decision_row(d, reports, weights) for d in result.decisions]
    event = merged_record(reports)
    stored = [
        {"article_id": r.article_id, "event_id": r.event_id, "record": r.record} for r in reports
    ]
    explanation = explain(event, stored, decisions)
    (merge,) = explanation["merged"]
    assert merge["score"] >= merge["threshold"] == weights.threshold
    assert merge["dates"] == ["2024-03-11", "2024-03-11"]
    assert merge["distance_km"] == 0.0
    assert "Unidentified Armed Group (Iraq)" in merge["shared_actors"]
    assert merge["text_similarity"] > 0.2
    assert "merged: a/e-0 + b/e-0" in describe(explanation)


def test_refused_candidates_say_why() -> None:
    reports = [report("a", CHECKPOINT_A), report("b", CHECKPOINT_B)]
    weights = Weights(threshold=50.0)
    result = cluster(reports, weights)
    decisions = [decision_row(d, reports, weights) for d in result.decisions]
    stored = [{"article_id": "a", "event_id": "e-0", "record": reports[0].record}]
    explanation = explain(merged_record(reports[:1]), stored, decisions)
    assert explanation["merged"] == []
    assert explanation["refused"][0]["reason"] == "score below the threshold"
