"""Days counted from the report or from another day: weekdays, 'yesterday', weekends,
'the day before'."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.resolve.time import find_dates
from tests.resolve.dated import MON, TUE, by_words, only, value_of

BASE = "Two rockets were fired at the Ain al-Assad airbase in western Iraq this Monday morning."


def test_this_monday_in_a_tuesday_report_is_yesterday() -> None:
    found = only(BASE, TUE)
    assert (found.text, found.value, found.precision) == (
        "this Monday morning",
        "2024-08-05",
        "day",
    )
    assert BASE[found.start : found.end] == found.text


def test_this_monday_in_a_monday_report_is_today() -> None:
    assert only(BASE, MON).value == "2024-08-05"


def test_last_week_is_the_previous_iso_week() -> None:
    found = only("A senior leader was killed in Tehran last week.", TUE)
    assert (found.value, found.precision) == ("2024-W31", "week")


def test_unknown_publication_date_leaves_relative_values_empty() -> None:
    found = find_dates(BASE + " It follows a strike last week.", None)
    assert [(d.value, d.precision) for d in found] == [(None, "day"), (None, "week")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gunmen attacked a checkpoint on Tuesday.", "2024-08-06"),
        ("Shelling resumed late on Wednesday.", "2024-07-31"),
        ("Clashes erupted early Thursday near the border.", "2024-08-01"),
        ("A drone struck the depot Thursday night.", "2024-08-01"),
        ("The convoy was ambushed last Tuesday.", "2024-07-30"),
        ("Talks will resume on Friday.", "2024-08-09"),
        ("Protesters gathered yesterday.", "2024-08-05"),
        ("Fighting continued today.", "2024-08-06"),
        ("Curfew starts tonight.", "2024-08-06"),
        ("Police fired tear gas this morning.", "2024-08-06"),
        ("Two houses burned last night.", "2024-08-05"),
        ("A mortar hit the camp overnight.", "2024-08-05"),
        ("The bridge was destroyed two days ago.", "2024-08-04"),
        ("The town fell a week ago.", "2024-07-30"),
    ],
)
def test_relative_days(text: str, value: str) -> None:
    found = only(text)
    assert (found.value, found.precision) == (value, "day")


def test_a_weekend_is_its_iso_week_marked_we() -> None:
    assert value_of("Protests spread over the weekend.", "over the weekend") == "2024-W31-WE"


def test_ahead_of_the_weekend_is_the_coming_one() -> None:
    text = "Traders sold shares ahead of the weekend."
    assert value_of(text, "the weekend") == "2024-W32-WE"


def test_the_next_day_counts_from_the_day_stated() -> None:
    text = "Rebels took the town on 20 July. The next day, the army struck back."
    assert value_of(text, "The next day") == "2024-07-21"


def test_the_night_before_counts_from_the_day_stated() -> None:
    text = "On 1 August, four bodies were found, killed in a raid the night before."
    assert value_of(text, "the night before") == "2024-07-31"


def test_that_day_without_a_stated_day_is_the_report_day() -> None:
    assert value_of("He arrived later that day.", "later that day") == "2024-08-06"


def test_the_previous_friday_is_the_one_before_the_day_discussed() -> None:
    text = "The index closed lower on Friday, down from the previous Friday."
    assert value_of(text, "the previous Friday") == "2024-07-26"


def test_the_day_after_an_event_noun_is_not_resolved() -> None:
    text = "On 2 August, two men were seen near the house the day after his death."
    assert "the day after" not in by_words(text)


def test_overnight_counts_from_a_dated_reporting_verb() -> None:
    text = "Soldiers looted shops overnight, a reporter said Saturday."
    found = by_words(text, dt.datetime(2024, 8, 4))
    assert found == {"overnight": "2024-08-02", "Saturday": "2024-08-03"}
