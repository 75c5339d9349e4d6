"""The wording around a yearless date: whether it looks ahead (a plan, a limit) or back."""

from __future__ import annotations

import datetime as dt

from tests.resolve.dated import NOV, value_of


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
