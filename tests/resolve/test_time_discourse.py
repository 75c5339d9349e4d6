"""Tests for TIMEX3 forms that need the discourse or the calendar: weekends, holidays,
decades, anaphoric days and months, quarters under discussion, and the tense of a clause."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.resolve.time import easter_sunday, event_date, find_dates, nth_weekday

TUE = dt.datetime(2024, 8, 6)  # a Tuesday
NOV = dt.datetime(2023, 11, 2)  # a Thursday early in Q4


def values(text: str, published: dt.datetime | None = TUE) -> dict[str, str | None]:
    return {d.text: d.value for d in find_dates(text, published)}


def value_of(text: str, words: str, published: dt.datetime | None = TUE) -> str | None:
    found = values(text, published)
    assert words in found, found
    return found[words]


# ---------------------------------------------------------------- weekends and holidays


def test_a_weekend_is_its_iso_week_marked_we() -> None:
    assert value_of("Protests spread over the weekend.", "over the weekend") == "2024-W31-WE"


def test_ahead_of_the_weekend_is_the_coming_one() -> None:
    text = "Traders sold shares ahead of the weekend."
    assert value_of(text, "the weekend") == "2024-W32-WE"


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
    found = values(text, dt.datetime(2024, 3, 1))
    assert found == {"last Christmas": "2023-12-25", "Easter 2023": "2023-04-09"}


def test_a_holiday_week_under_way_is_this_one() -> None:
    text = "Pilgrims prayed as Easter week began."
    assert value_of(text, "Easter week", dt.datetime(2024, 3, 25)) == "2024-W13"


# ---------------------------------------------------------------- decades and past periods


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


# ---------------------------------------------------------------- anaphoric days and months


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
    assert "the day after" not in values(text)


def test_the_following_month_counts_from_the_month_named() -> None:
    text = "The deal was signed in March. The following month, talks collapsed."
    assert value_of(text, "The following month") == "2024-04"


# ---------------------------------------------------------------- quarters under discussion


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


# ---------------------------------------------------------------- tense of the clause


def test_a_past_verb_nearer_the_date_beats_would() -> None:
    text = "They said they would fight the ruling announced Wednesday."
    assert value_of(text, "Wednesday", dt.datetime(2024, 8, 8)) == "2024-08-07"


def test_will_keeps_a_weekday_ahead() -> None:
    text = "The minister will meet the envoy on Thursday."
    assert value_of(text, "Thursday") == "2024-08-08"


def test_an_adjectival_participle_does_not_make_a_date_past() -> None:
    text = "The reduced dividend is payable Jan. 2."
    assert value_of(text, "Jan. 2", NOV) == "2024-01-02"


def test_a_deadline_after_to_is_ahead() -> None:
    text = "The company extended its offer to Nov. 20."
    assert value_of(text, "Nov. 20", NOV) == "2023-11-20"


def test_a_past_perfect_limit_is_behind() -> None:
    text = "Two members had filed their reports by Wednesday."
    assert value_of(text, "Wednesday", dt.datetime(2024, 8, 8)) == "2024-08-07"


def test_through_a_month_takes_the_nearest_one() -> None:
    text = "Sales were flat this year through August."
    assert value_of(text, "August", NOV) == "2023-08"


def test_to_be_published_looks_ahead() -> None:
    text = "He added that rules to be published in early November will decide it."
    assert value_of(text, "early November", dt.datetime(2023, 10, 30)) == "2023-11"


# ---------------------------------------------------------------- numbers and counts


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
    assert values("Around two thousand people gathered Saturday.") == {"Saturday": "2024-08-03"}


def test_a_dashed_date() -> None:
    assert value_of("He was killed on 13-December-1998.", "13-December-1998") == "1998-12-13"


def test_many_weeks_ago_is_a_week() -> None:
    assert value_of("He spoke six weeks ago.", "six weeks ago") == "2024-W26"
    assert value_of("He spoke two weeks ago.", "two weeks ago") == "2024-07-23"


# ---------------------------------------------------------------- the report's own day


def test_overnight_counts_from_a_dated_reporting_verb() -> None:
    text = "Soldiers looted shops overnight, a reporter said Saturday."
    found = values(text, dt.datetime(2024, 8, 4))
    assert found == {"overnight": "2024-08-02", "Saturday": "2024-08-03"}


# ---------------------------------------------------------------- choosing the event's date


def _event_day(text: str, trigger: str, published: dt.datetime = TUE) -> tuple[str | None, int]:
    dates = find_dates(text, published)
    at = text.index(trigger)
    _, day, code = event_date(dates, (0, len(text)), (at, at + len(trigger)), published, None, text)
    assert code is not None
    return day, code


def test_a_date_after_the_report_does_not_date_the_event() -> None:
    text = "Leaders met and agreed to hold elections in November 2025."
    assert _event_day(text, "met") == ("2024-08-05", 1)


def test_a_since_day_dates_an_event_nothing_else_dates() -> None:
    text = "Nurses have been on strike since 2 August."
    assert _event_day(text, "strike") == ("2024-08-02", 1)


def test_a_since_month_does_not_date_the_event() -> None:
    text = "Facing unrest since February, the government replaced its governors."
    assert _event_day(text, "replaced") == ("2024-08-05", 1)


def test_as_reported_on_a_day_is_an_approximate_day() -> None:
    text = "As reported on 4 August, soldiers dismantled a militant camp."
    assert _event_day(text, "dismantled") == ("2024-08-04", 2)


def test_a_bracketed_aside_does_not_date_the_event() -> None:
    text = "On 4 August, relatives of a chief [killed on 2 August] beat a councillor."
    assert _event_day(text, "beat") == ("2024-08-04", 1)


def test_a_day_counted_from_another_dates_another_event() -> None:
    lead = "On 3 August, gunmen raided a truck. "
    full = lead + "Two drivers were abducted, but released the following day."
    dates = find_dates(full, TUE)
    at = full.index("abducted")
    sentence = (len(lead), len(full))
    _, day, _ = event_date(dates, sentence, (at, at + 8), TUE, (0, len(full)), full)
    assert day == "2024-08-03"


def test_a_since_day_yields_to_a_date_elsewhere_in_the_paragraph() -> None:
    full = "Students rallied on the morning of 5 August. They protest delays since 20 July."
    at = full.index("protest")
    sentence = (full.index("They"), len(full))
    dates = find_dates(full, TUE)
    _, day, _ = event_date(dates, sentence, (at, at + 7), TUE, (0, len(full)), full)
    assert day == "2024-08-05"


def test_a_limit_with_a_clock_time_is_ahead() -> None:
    text = "Officials gave the family until 9 a.m. Thursday to reply."
    assert value_of(text, "Thursday") == "2024-08-08"


def test_decimals_do_not_break_the_clause() -> None:
    text = "The bank said it will redeem 9.5 million shares on Aug. 9 at par."
    assert value_of(text, "Aug. 9") == "2024-08-09"


def test_a_deadline_just_passed_stays_this_year() -> None:
    text = "The court gave the agency until Aug. 4 to return the boy."
    assert value_of(text, "Aug. 4") == "2024-08-04"


def test_a_recent_day_beats_one_most_of_a_year_ahead() -> None:
    text = "She said she would send aid where the Aug. 1 blasts killed dozens."
    assert value_of(text, "Aug. 1") == "2024-08-01"


def test_a_reporting_clause_does_not_make_a_month_past() -> None:
    text = "The treaty will be ratified in early September, an official said."
    assert value_of(text, "early September") == "2024-09"


def test_the_first_two_quarters_are_a_half() -> None:
    text = "Losses will last the first two quarters of 2025."
    assert value_of(text, "the first two quarters of 2025") == "2025-H1"


def test_a_forecast_quarter_does_not_become_the_topic() -> None:
    text = "Sales rose in the third quarter. "
    text += "Analysts expect losses through the third quarter of 2025. "
    text += "In the year-ago period, the firm earned more."
    assert value_of(text, "the year-ago period", NOV) == "2022-Q3"
