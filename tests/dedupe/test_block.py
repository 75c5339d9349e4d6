"""Blocking: which report pairs are scored at all."""

from __future__ import annotations

from dateline.dedupe.blocking import candidate_pairs, story_pairs
from dateline.dedupe.report import features
from tests.dedupe.records import CHECKPOINT_A, report


def test_only_reports_with_overlapping_dates_are_paired() -> None:
    reports = [
        report("a", CHECKPOINT_A, date="2024-03-11"),
        report("b", CHECKPOINT_A, date="2024-03-12"),
        report("c", CHECKPOINT_A, date="2024-05-01"),
    ]
    items = [features(r) for r in reports]
    assert set(candidate_pairs(items, ["a", "b", "c"])) == {(0, 1)}


def test_a_month_wide_date_overlaps_the_days_inside_it() -> None:
    reports = [
        report("a", CHECKPOINT_A, date="2024-03", precision=3),
        report("b", CHECKPOINT_A, date="2024-03-20"),
    ]
    items = [features(r) for r in reports]
    assert set(candidate_pairs(items, ["a", "b"])) == {(0, 1)}


def test_reports_of_one_article_are_not_paired() -> None:
    reports = [report("a", CHECKPOINT_A, event_id="e-0"), report("a", CHECKPOINT_A, event_id="e-1")]
    items = [features(r) for r in reports]
    assert list(candidate_pairs(items, ["a", "a"])) == []


def test_pairs_grow_with_reports_per_day_not_with_all_reports() -> None:
    reports = [
        report(f"a{day}-{k}", CHECKPOINT_A, date=f"2024-{1 + day // 28:02d}-{1 + day % 28:02d}")
        for day in range(200)
        for k in range(2)
    ]
    items = [features(r) for r in reports]
    pairs = list(candidate_pairs(items, [r.article_id for r in reports]))
    assert len(pairs) < 400 * 10  # all pairs would be 79,800


def test_articles_sharing_distinctive_names_are_paired_whatever_their_dates() -> None:
    vectors = {
        "a": {"salman": 0.6, "kanaan": 0.5, "haidar": 0.4},
        "b": {"salman": 0.6, "kanaan": 0.5, "basra": 0.4},
        "c": {"aboud": 0.7, "ashar": 0.7},
    }
    assert list(story_pairs(vectors, {"a": 0, "b": 1, "c": 2})) == [(0, 1)]
