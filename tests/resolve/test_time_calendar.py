"""Dates written on the calendar: days, numeric dates, months and years; numbers that are
not dates."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from dateline.resolve.time import find_dates
from tests.resolve.dated import TUE, by_words, only, pairs, value_of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The raid took place on October 17.", "2023-10-17"),
        ("The raid took place on 17 October.", "2023-10-17"),
        ("The raid took place on Oct. 17.", "2023-10-17"),
        ("The raid took place on August 7.", "2024-08-07"),  # a day ahead: time zones
        ("The raid took place on August 20.", "2023-08-20"),
        ("On 3 December 2020, students staged a sit-in.", "2020-12-03"),
        ("On December 3, 2020, students staged a sit-in.", "2020-12-03"),
        ("They met on Dec 3rd.", "2023-12-03"),
        ("Records dated 2024-08-05 were seized.", "2024-08-05"),
        ("01/1/2000: A bomb exploded outside a clinic.", "2000-01-01"),
    ],
)
def test_calendar_days(text: str, value: str) -> None:
    found = only(text)
    assert (found.value, found.precision) == (value, "day")


def test_numeric_dates_follow_the_documents_style() -> None:
    assert pairs("Filed 5/8/2024 and again 12/25/2024.")[0][1] == "2024-05-08"
    assert pairs("Filed 5/8/2024 and again 25/12/2024.")[0][1] == "2024-08-05"
    assert pairs("On 3 December the court met; ruling 5/8/2024.")[1][1] == "2024-08-05"


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("The militia formed in October 2023.", "2023-10", "month"),
        ("The militia formed in 2023.", "2023", "year"),
        ("The militia formed in 1998.", "1998", "year"),
        ("The militia was active in March.", "2024-03", "month"),
        ("The militia was active in September.", "2023-09", "month"),
    ],
)
def test_months_and_years(text: str, value: str, precision: str) -> None:
    found = only(text)
    assert (found.value, found.precision) == (value, precision)


def test_a_range_keeps_its_first_end_before_the_second() -> None:
    text = "There were 150 attacks between October 17 and January 29."
    assert pairs(text) == [("October 17", "2023-10-17"), ("January 29", "2024-01-29")]
    text = "There were 150 attacks between June 17 and July 29."
    assert pairs(text) == [("June 17", "2024-06-17"), ("July 29", "2024-07-29")]


def test_a_day_range_gives_its_first_day() -> None:
    text = "Overnight between 24 and 25 March 2020, militants looted a shop."
    assert pairs(text) == [("24", "2020-03-24"), ("25 March 2020", "2020-03-25")]


@pytest.mark.parametrize(
    "text",
    [
        "The war has lasted five years.",
        "Curfew lasts 24 hours.",
        "Rebels killed 12 villagers.",
        "There were 150 attacks.",
        "Some 2000 troops were deployed.",
        "The ministry may act soon.",
        "Residents march to the square.",
    ],
)
def test_counts_durations_and_verbs_are_not_dates(text: str) -> None:
    assert find_dates(text, TUE) == []


def test_spans_are_sorted_and_do_not_overlap() -> None:
    text = "On 3 December 2020, yesterday and last week, and in 1998."
    found = find_dates(text, TUE)
    assert [d.start for d in found] == sorted(d.start for d in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(text[d.start : d.end] == d.text for d in found)


@pytest.mark.parametrize(
    ("published", "value"),
    [(dt.datetime(2000, 12, 6), "2000-12-05"), (dt.datetime(2000, 5, 13), "2000-05-12")],
)
def test_an_ambiguous_numeric_date_is_read_back_from_the_report(
    published: dt.datetime, value: str
) -> None:
    text = "Police killed a boy during riots on 5/12/00."
    assert value_of(text, "5/12/00", published) == value


def test_the_document_order_still_decides_a_numeric_date() -> None:
    text = "Riots broke out on 25/11/2000 and again on 5/12/00."
    assert value_of(text, "5/12/00", dt.datetime(2000, 5, 13)) == "2000-12-05"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A man was killed by the group (24/5).", "24/5"),
        ("A bomb hit on the morning of 24/05.", "24/05"),
    ],
)
def test_day_month_in_brackets_or_after_of(text: str, words: str) -> None:
    assert value_of(text, words, dt.datetime(2024, 5, 25)) == "2024-05-24"


def test_a_spelled_count_is_not_a_year() -> None:
    assert by_words("Around two thousand people gathered Saturday.") == {"Saturday": "2024-08-03"}


def test_a_dashed_date() -> None:
    assert value_of("He was killed on 13-December-1998.", "13-December-1998") == "1998-12-13"
