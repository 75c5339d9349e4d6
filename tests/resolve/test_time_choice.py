"""Choosing an event's date among those its sentence and paragraph state."""

from __future__ import annotations

from dateline.resolve.time import event_date, find_dates
from tests.resolve.dated import TUE, event_day


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


def test_event_date_without_a_date_falls_back_to_the_day_of_the_report() -> None:
    assert event_date([], (0, 10), (0, 3), TUE) == (None, "2024-08-06", 1)
    assert event_date([], (0, 10), (0, 3), None) == (None, None, None)


def test_event_date_skips_expressions_without_a_value() -> None:
    dates = find_dates("Militants shelled the town on Monday.", None)
    assert event_date(dates, (0, 37), (0, 9), None) == (None, None, None)


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


def test_a_date_after_the_report_does_not_date_the_event() -> None:
    text = "Leaders met and agreed to hold elections in November 2025."
    assert event_day(text, "met") == ("2024-08-06", 1)


def test_a_since_day_dates_an_event_nothing_else_dates() -> None:
    text = "Nurses have been on strike since 2 August."
    assert event_day(text, "strike") == ("2024-08-02", 1)


def test_a_since_month_does_not_date_the_event() -> None:
    text = "Facing unrest since February, the government replaced its governors."
    assert event_day(text, "replaced") == ("2024-08-06", 1)


def test_as_reported_on_a_day_is_an_approximate_day() -> None:
    text = "As reported on 4 August, soldiers dismantled a militant camp."
    assert event_day(text, "dismantled") == ("2024-08-04", 2)


def test_a_bracketed_aside_does_not_date_the_event() -> None:
    text = "On 4 August, relatives of a chief [killed on 2 August] beat a councillor."
    assert event_day(text, "beat") == ("2024-08-04", 1)


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
