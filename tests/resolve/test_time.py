"""Tests for dateline.resolve.time.dates: finding, normalising and choosing dates."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from dateline.errors import InvalidOption
from dateline.ingest.published import parse_published
from dateline.models import TimeValue
from dateline.resolve.time import acled_date, dateline_date, event_date, find_dates

TUE = dt.datetime(2024, 8, 6)  # a Tuesday
MON = dt.datetime(2024, 8, 5)  # a Monday


def values(text: str, published: dt.datetime | None = TUE) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


def only(text: str, published: dt.datetime | None = TUE) -> TimeValue:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- parse_published


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-08-05", dt.datetime(2024, 8, 5)),
        ("2024-08-05T18:30", dt.datetime(2024, 8, 5, 18, 30)),
        ("1998-01-08 18:30:00", dt.datetime(1998, 1, 8, 18, 30)),
        ("2024-08-05T18:30:00+02:00", dt.datetime(2024, 8, 5, 16, 30, tzinfo=dt.UTC)),
        ("Mon, 05 Aug 2024 18:30:00 GMT", dt.datetime(2024, 8, 5, 18, 30, tzinfo=dt.UTC)),
    ],
)
def test_parse_published_reads_iso_and_feed_dates(raw: str, expected: dt.datetime) -> None:
    assert parse_published(raw) == expected


@pytest.mark.parametrize("raw", ["yesterday-ish", "2024-13-45", "", "August"])
def test_parse_published_names_the_bad_value(raw: str) -> None:
    with pytest.raises(InvalidOption, match=repr(raw)):
        parse_published(raw)


# ---------------------------------------------------------------- the worked example

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


# ---------------------------------------------------------------- weekdays and relative days


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


# ---------------------------------------------------------------- calendar dates


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
    assert values("Filed 5/8/2024 and again 12/25/2024.")[0][1] == "2024-05-08"
    assert values("Filed 5/8/2024 and again 25/12/2024.")[0][1] == "2024-08-05"
    assert values("On 3 December the court met; ruling 5/8/2024.")[1][1] == "2024-08-05"


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
    assert values(text) == [("October 17", "2023-10-17"), ("January 29", "2024-01-29")]
    text = "There were 150 attacks between June 17 and July 29."
    assert values(text) == [("June 17", "2024-06-17"), ("July 29", "2024-07-29")]


def test_a_day_range_gives_its_first_day() -> None:
    text = "Overnight between 24 and 25 March 2020, militants looted a shop."
    assert values(text) == [("24", "2020-03-24"), ("25 March 2020", "2020-03-25")]


# ---------------------------------------------------------------- things that are not dates


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


# ---------------------------------------------------------------- event_date


def test_event_date_takes_the_expression_nearest_the_trigger() -> None:
    text = "Last week a base was hit. On Monday militants shelled the town, officials said."
    dates = find_dates(text, TUE)
    trigger = (text.index("shelled"), text.index("shelled") + 7)
    chosen, day, precision = event_date(dates, (0, len(text)), trigger, TUE)
    assert chosen is not None and chosen.text == "Monday"
    assert (day, precision) == ("2024-08-05", 1)


def test_event_date_looks_in_the_paragraph_when_the_sentence_has_none() -> None:
    text = "Fighting broke out in early August. Militants shelled the town."
    dates = find_dates(text, TUE)
    sentence = (text.index("Militants"), len(text))
    _, day, precision = event_date(
        dates, sentence, (sentence[0], sentence[0] + 9), TUE, (0, len(text))
    )
    assert (day, precision) == ("2024-08-06", 3)  # mid-month, but never after the report


def test_event_date_codes_a_week_to_its_middle_with_precision_two() -> None:
    dates = find_dates("Strikes hit the port last week.", TUE)
    _, day, precision = event_date(dates, (0, 31), (0, 7), TUE)
    assert (day, precision) == ("2024-07-31", 2)


def test_event_date_without_a_date_falls_back_to_the_day_before_the_report() -> None:
    assert event_date([], (0, 10), (0, 3), TUE) == (None, "2024-08-05", 1)
    assert event_date([], (0, 10), (0, 3), None) == (None, None, None)


def test_event_date_skips_expressions_without_a_value() -> None:
    dates = find_dates("Militants shelled the town on Monday.", None)
    assert event_date(dates, (0, 37), (0, 9), None) == (None, None, None)


# ---------------------------------------------------------------- coarse TIMEX3 values

NOV = dt.datetime(2023, 11, 2)


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
    assert values(text, NOV) == [("Third-quarter", "2023-Q3"), ("a year earlier", "2022-Q3")]


def test_the_quarter_refers_back_or_is_dropped() -> None:
    assert values("The quarter was weak.", NOV) == []
    text = "In the second quarter sales fell. The quarter ended badly."
    assert [v for _, v in values(text, NOV)] == ["2023-Q2", "2023-Q2"]


def test_yearless_numeric_day_month_needs_a_preposition() -> None:
    assert values("On 28/06, drones struck.", dt.datetime(2016, 6, 29)) == [("28/06", "2016-06-28")]
    assert values("The shop is open 24/7.", TUE) == []


# ---------------------------------------------------------------- event date choice


def test_a_fronted_date_beats_a_nearer_later_one() -> None:
    text = "On 4 August, workers went on strike over pay owed since 25 July."
    dates = find_dates(text, TUE)
    trigger = (text.index("strike"), text.index("strike") + 6)
    assert event_date(dates, (0, len(text)), trigger, TUE, None, text)[1:] == ("2024-08-04", 1)


def test_a_date_by_the_trigger_beats_a_fronted_one() -> None:
    text = "On Monday, officials said the attack on Saturday killed five."
    dates = find_dates(text, TUE)
    trigger = (text.index("attack"), text.index("attack") + 6)
    assert event_date(dates, (0, len(text)), trigger, TUE, None, text)[1] == "2024-08-03"


def test_an_approximate_range_is_dated_by_its_first_day_with_precision_two() -> None:
    text = "Around 1 August 2024 (between 1 - 2 August), gunmen raided a village."
    dates = find_dates(text, TUE)
    trigger = (text.index("raided"), text.index("raided") + 6)
    assert event_date(dates, (0, len(text)), trigger, TUE, None, text)[1:] == ("2024-08-01", 2)


# ---------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BAGHDAD, Aug 5 (Reuters) - Rockets hit a base.", dt.datetime(2024, 8, 5)),
        ("KABUL, Afghanistan, Aug. 5, 2023 (AP) — A blast.", dt.datetime(2023, 8, 5)),
        ("GAZA, 3 August: Strikes continued.", dt.datetime(2024, 8, 3)),
        ("The army said on Aug 5 - nothing more.", None),
        ("Rockets hit a base on Monday.", None),
    ],
)
def test_dateline_date(text: str, expected: dt.datetime | None) -> None:
    assert dateline_date(text, today=dt.date(2024, 8, 6)) == expected


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2023-Q3", "quarter", ("2023-08-15", 3)),
        ("2023-H1", "half", ("2023-04-15", 3)),
        ("1994-WI", "season", ("1995-01-15", 3)),
        ("199", "decade", ("1995-01-01", 3)),
    ],
)
def test_acled_date_of_coarse_values_is_their_middle_with_precision_three(
    value: str, precision: str, expected: tuple[str, int]
) -> None:
    found = TimeValue(value, 0, len(value), value, precision)  # type: ignore[arg-type]
    assert acled_date(found, None) == expected


def test_yearless_dateline_is_not_guessed_from_the_clock() -> None:
    assert dateline_date("BAGHDAD, Aug 5 (Reuters) - Rockets hit a base.") is None
    assert dateline_date("KABUL, Aug. 5, 2024 (AP) - A blast hit.") == dt.datetime(2024, 8, 5)
