"""Clustering reports into events and the merged record's values."""

from __future__ import annotations

from dateline.dedupe import Weights, cluster, merged_record
from dateline.dedupe.report import Report
from tests.dedupe.records import CHECKPOINT_A, CHECKPOINT_B, MARKET, report


def groups(reports: list[Report]) -> list[set[str]]:
    result = cluster(reports)
    return sorted(({reports[i].article_id for i in g} for g in result.clusters), key=min)


def test_two_reports_of_one_attack_merge() -> None:
    reports = [report("a", CHECKPOINT_A), report("b", CHECKPOINT_B)]
    assert groups(reports) == [{"a", "b"}]


def test_attacks_in_different_cities_stay_apart() -> None:
    reports = [
        report("a", CHECKPOINT_A),
        report("m", MARKET, place="Basra", sub_type="Remote explosive/landmine/IED",
               event_type="Explosions/Remote violence", killed=0),
    ]  # fmt: skip
    assert groups(reports) == [{"a"}, {"m"}]


def test_two_events_of_one_article_are_never_merged() -> None:
    text = CHECKPOINT_A + " " + CHECKPOINT_B
    reports = [
        report("a", text, event_id="e-0"),
        report("a", text, event_id="e-1"),
        report("b", CHECKPOINT_B),
    ]
    result = cluster(reports)
    for members in result.clusters:
        assert len({reports[i].article_id for i in members}) == len(members)


def test_campaign_days_stay_separate_events() -> None:
    day_one = "Clashes raged in Muqdadiyah for a second day between the army and militants."
    day_two = "Fighting continued in Muqdadiyah between the army and militants for a third day."
    reports = [
        report("d1", day_one, place="Muqdadiyah", date="2024-03-11"),
        report("d2", day_two, place="Muqdadiyah", date="2024-03-12", published="2024-03-13"),
    ]
    reports[0].campaign = reports[1].campaign = True
    assert groups(reports) == [{"d1"}, {"d2"}]


def test_a_higher_threshold_merges_less() -> None:
    reports = [report("a", CHECKPOINT_A), report("b", CHECKPOINT_B)]
    strict = cluster(reports, Weights(threshold=100.0))
    assert len(strict.clusters) == 2
    assert {d.outcome for d in strict.decisions} == {"below threshold"}


def test_an_undated_report_is_blocked_by_its_publication_date() -> None:
    reports = [report("a", CHECKPOINT_A), report("b", CHECKPOINT_B, date=None)]
    assert groups(reports) == [{"a", "b"}]


def test_merged_record_keeps_specific_place_precise_date_and_count_range() -> None:
    reports = [
        report("a", CHECKPOINT_A, killed=3, date="2024-W11", precision=2),
        report("b", CHECKPOINT_B, killed=5, date="2024-03-11", precision=1),
    ]
    reports[0].record["location"]["geo_precision"] = 2
    reports[0].source, reports[1].source = "Courier", "Wire"
    merged = merged_record(reports)
    assert merged["event_date"] == "2024-03-11" and merged["time_precision"] == 1
    assert merged["location"]["geo_precision"] == 1
    assert merged["fatalities"] == {"best": 3, "low": 3, "high": 5, "text": "3"}
    assert {s["name"] for s in merged["sources"]} >= {"Courier", "Wire"}
    assert [a["id"] for a in merged["articles"]] == ["a", "b"]
    assert merged["event_uid"].startswith("ev-")


def test_event_uid_does_not_depend_on_report_order() -> None:
    reports = [report("a", CHECKPOINT_A), report("b", CHECKPOINT_B)]
    assert merged_record(reports)["event_uid"] == merged_record(reports[::-1])["event_uid"]
