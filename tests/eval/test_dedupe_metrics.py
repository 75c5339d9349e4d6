"""Dedupe scores (B-cubed, pairwise, cluster ratio) and the GVA per-article place checks."""

from __future__ import annotations

import pytest

from dateline.eval.clusters import dedupe_scores, predicted_clusters
from dateline.eval.shootings import city_names, score_gva, state_key


def test_perfect_clustering_scores_one() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    scores = dedupe_scores(gold, {"a": "x", "b": "x", "c": "y"})
    assert scores["dedupe_b3_f1"] == 1.0 and scores["dedupe_pairwise_f1"] == 1.0
    assert scores["dedupe_clusters_ratio"] == 1.0


def test_everything_alone_has_full_precision_and_no_pairwise_recall() -> None:
    gold = {"a": "1", "b": "1", "c": "1", "d": "2"}
    scores = dedupe_scores(gold, {k: k for k in gold})
    assert scores["dedupe_b3_precision"] == 1.0
    assert scores["dedupe_b3_recall"] == pytest.approx(0.5, abs=1e-4)  # (3 x 1/3 + 1) / 4
    assert scores["dedupe_pairwise_recall"] == 0.0
    assert scores["dedupe_clusters_ratio"] == 2.0


def test_predicted_cluster_prefers_the_main_report() -> None:
    events = [
        {"event_uid": "bg", "articles": [{"id": "a", "role": "background"}]},
        {"event_uid": "main", "articles": [{"id": "a", "role": "main"}]},
    ]
    assert predicted_clusters(["a", "z"], events) == {"a": "main", "z": "alone:z"}


def test_city_names_accept_neighbourhood_and_county_forms() -> None:
    assert city_names("Chicago (Englewood)") == {"chicago", "englewood"}
    assert city_names("Orange (county)") == {"orange county"}
    assert city_names("St. Louis") == {"saint louis"}
    assert state_key("Washington, D.C.") == state_key("District of Columbia")


def test_gva_scores_the_top_event() -> None:
    row = {"gold": {"event_date": "2016-05-01", "city": "Dayton", "state": "Ohio",
                    "latitude": 39.76, "longitude": -84.19, "killed": 1, "injured": 0}}  # fmt: skip
    event = {"role": "main", "confidence": 0.9, "event_date": "2016-05-01",
             "location": {"name": "Dayton", "admin1": "Ohio", "admin2": "Montgomery County",
                          "latitude": 39.7589, "longitude": -84.1916},
             "fatalities": {"best": 1}, "injuries": {"best": None}}  # fmt: skip
    scores = score_gva([(row, {"events": [event]})])
    for name in ("event_recall", "date_exact", "state_match", "city_match", "killed_exact",
                 "injured_exact", "loc_25km"):  # fmt: skip
        assert scores[name] == 1.0, name
