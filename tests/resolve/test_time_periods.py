"""Periods: weeks, months and years from the report, quarters, halves, seasons, decades
and holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.resolve.time import easter_sunday, find_dates, nth_weekday
from tests.resolve.dated import NOV, TUE, by_words, only, pairs, value_of


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Raids increased earlier this week.", "2024-W32", "week"),
        ("Strikes were reported over the weekend.", "2024-W31-WE", "week"),
        ("Arrests rose earlier this month.", "2024-08", "month"),
        ("Arrests rose this month.", "2024-08", "month"),
        ("The ceasefire collapsed last month.", "2024-07", "month"),
        ("Elections were held last year.", "2023", "year"),
        ("The offensive began five months ago.", "2024-03", "month"),
    ],
)
def test_weeks_months_and_years(text: str, value: str, precision: str) -> None:
    found = only(text)
    assert (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit fell in the third quarter.", ("the third quarter", "2023-Q3", "quarter")),
        ("fourth-quarter sales", ("fourth-quarter", "2023-Q4", "quarter")),
        ("in the second quarter of 2021", ("the second quarter of 2021", "2021-Q2", "quarter")),
        ("from the year-ago quarter", ("the year-ago quarter", "2022-Q3", "quarter")),
        ("in the first half of 2022", ("the first half of 2022", "2022-H1", "half")),
        ("They fled last fall.", ("last fall", "2022-FA", "season")),
        ("Talks resume this summer.", ("this summer", "2023-SU", "season")),
        ("in nineteen ninety-six", ("nineteen ninety-six", "1996", "year")),
        ("January nineteen ninety-seven", ("January nineteen ninety-seven", "1997-01", "month")),
    ],
)
def test_coarse_timex_values(text: str, expected: tuple[str, str, str]) -> None:
    found = only(text, NOV)
    assert (found.text, found.value, found.precision) == expected


def test_a_year_earlier_beside_a_quarter_is_that_quarter_a_year_back() -> None:
    text = "Third-quarter profit rose to $5 million from $4 million a year earlier."
    assert pairs(text, NOV) == [("Third-quarter", "2023-Q3"), ("a year earlier", "2022-Q3")]


def test_the_quarter_refers_back_or_is_dropped() -> None:
    assert pairs("The quarter was weak.", NOV) == []
    text = "In the second quarter sales fell. The quarter ended badly."
    assert [v for _, v in pairs(text, NOV)] == ["2023-Q2", "2023-Q2"]


def test_yearless_numeric_day_month_needs_a_preposition() -> None:
    assert pairs("On 28/06, drones struck.", dt.datetime(2016, 6, 29)) == [("28/06", "2016-06-28")]
    assert pairs("The shop is open 24/7.", TUE) == []


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2000, dt.date(2000, 4, 23)), (2019, dt.date(2019, 4, 21)), (2024, dt.date(2024, 3, 31))],
)
def test_easter_sunday(year: int, easter: dt.date) -> None:
    assert easter_sunday(year) == easter


def test_nth_and_last_weekday_of_a_month() -> None:
    assert nth_weekday(2023, 11, 3, 4) == dt.date(2023, 11, 23)  # fourth Thursday
    assert nth_weekday(2024, 5, 0, -1) == dt.date(2024, 5, 27)  # last Monday


def test_a_holiday_is_its_latest_occurrence() -> None:
    text = "The family has not met since Thanksgiving Day."
    assert value_of(text, "Thanksgiving Day", dt.datetime(2024, 2, 10)) == "2023-11-23"


def test_last_christmas_and_a_holiday_with_its_year() -> None:
    text = "Talks stalled last Christmas and resumed at Easter 2023."
    found = by_words(text, dt.datetime(2024, 3, 1))
    assert found == {"last Christmas": "2023-12-25", "Easter 2023": "2023-04-09"}


def test_a_holiday_week_under_way_is_this_one() -> None:
    text = "Pilgrims prayed as Easter week began."
    assert value_of(text, "Easter week", dt.datetime(2024, 3, 25)) == "2024-W13"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Group numbers fell through the nineties.", "the nineties", "199"),
        ("Prices doubled in the late '80s.", "the late '80s", "198"),
        ("Wages lost ground in the last decade.", "the last decade", "201"),
        ("Hate groups grew over the past year.", "the past year", "2023"),
    ],
)
def test_decades_and_the_past_year(text: str, words: str, value: str) -> None:
    assert value_of(text, words) == value


def test_the_following_month_counts_from_the_month_named() -> None:
    text = "The deal was signed in March. The following month, talks collapsed."
    assert value_of(text, "The following month") == "2024-04"


def test_the_latest_quarter_is_the_last_one_completed() -> None:
    text = "The firm lost money in its fourth quarter ended Aug. 26. "
    text += "In the latest quarter, sales fell."
    assert value_of(text, "the latest quarter", NOV) == "2023-Q3"


def test_each_mention_keeps_the_quarter_under_discussion() -> None:
    filler = " Analysts discussed the results at length." * 30  # 1,260 characters
    text = "Earnings fell in the third quarter." + filler + " Taxes rose in the quarter." + filler
    text += " Margins shrank during the quarter."
    found = [d for d in find_dates(text, NOV) if d.text.lower() == "the quarter"]
    assert [d.value for d in found] == ["2023-Q3", "2023-Q3"]


def test_next_years_first_quarter() -> None:
    text = "The spin-off could be effective in next year's first quarter."
    assert value_of(text, "next year's first quarter", NOV) == "2024-Q1"


def test_year_end_ahead_and_behind() -> None:
    assert value_of("The sale should close by year-end.", "year-end", NOV) == "2023-12-31"
    assert value_of("The index is up since year-end.", "year-end", NOV) == "2022-12-31"


def test_many_weeks_ago_is_a_week() -> None:
    assert value_of("He spoke six weeks ago.", "six weeks ago") == "2024-W26"
    assert value_of("He spoke two weeks ago.", "two weeks ago") == "2024-07-23"


def test_the_first_two_quarters_are_a_half() -> None:
    text = "Losses will last the first two quarters of 2025."
    assert value_of(text, "the first two quarters of 2025") == "2025-H1"


def test_a_forecast_quarter_does_not_become_the_topic() -> None:
    text = "Sales rose in the third quarter. "
    text += "Analysts expect losses through the third quarter of 2025. "
    text += "In the year-ago period, the firm earned more."
    assert value_of(text, "the year-ago period", NOV) == "2022-Q3"
