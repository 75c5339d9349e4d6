"""ACLED time precision of a chosen date (a day, or the middle of a coarser value), and dates
stated well before the report."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.models import TimeValue
from dateline.resolve.time import acled_date, event_date, find_dates, stale

REPORT = dt.datetime(2024, 8, 6)  # a Tuesday


def _date(text: str, trigger: str) -> tuple[str | None, int | None]:
    dates = find_dates(text, REPORT)
    at = text.index(trigger)
    _, day, code = event_date(dates, (0, len(text)), (at, at + len(trigger)), REPORT, None, text)
    return day, code


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # Days listed with "and" are each known: one event a day, precision 1.
        ("On 2 and 3 August, farmers staged a sit-in in the town.", "sit-in", ("2024-08-02", 1)),
        ("Teachers held a strike on August 2 and 3 in the capital.", "strike", ("2024-08-02", 1)),
        # "between" or "or" leave the day unknown.
        ("Between 2 and 3 August, gunmen raided a farm.", "raided", ("2024-08-02", 2)),
        ("On 2 or 3 August, gunmen raided a farm.", "raided", ("2024-08-02", 2)),
        ("On (or around) 2 August, gunmen raided a farm.", "raided", ("2024-08-02", 2)),
        ("On 2 August (or around), gunmen raided a farm.", "raided", ("2024-08-02", 2)),
        # The middle of a month is an approximate day.
        ("In mid-July, soldiers detained ten men in a village.", "detained", ("2024-07-15", 2)),
        ("In July, soldiers detained ten men in a village.", "detained", ("2024-07-15", 3)),
    ],
)
def test_precision_of_the_chosen_day(text: str, trigger: str, expected: tuple) -> None:
    assert _date(text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("On 4 August, the body of a trader was found near the market.", "found", 2),
        ("On 4 August, two men were found dead by the river.", "found", 2),
        # The killing itself is told: its day is known.
        ("On 4 August, gunmen abducted a trader, who was found dead later.", "abducted", 1),
        # A discovery in a later sentence does not make the fronted day approximate.
        ("On 4 August, gunmen killed a trader. His body was found later.", "killed", 1),
        # The date must front the sentence.
        ("Riots went on on 4 August after the bodies of two men were found.", "Riots", 1),
    ],
)
def test_the_day_bodies_were_found_is_approximate(text: str, trigger: str, code: int) -> None:
    assert _date(text, trigger) == ("2024-08-04", code)


def test_a_background_date_well_before_the_report_is_not_the_events() -> None:
    text = "Students protested over the death of a classmate killed on 2 June."
    assert _date(text, "protested") == ("2024-08-06", 1)
    text = "Hundreds marched in memory of the victims of the uprising of June."
    assert _date(text, "marched") == ("2024-08-06", 1)


def test_a_fronted_or_recent_date_is_kept_however_old() -> None:
    assert _date("On 2 June, gunmen killed a trader in the town.", "killed") == ("2024-06-02", 1)
    assert _date("Gunmen killed a trader in the town on 1 August.", "killed") == ("2024-08-01", 1)


def test_a_background_date_gives_way_to_a_recent_one() -> None:
    text = "Police dispersed a march on Sunday that marked the killings of 2 June."
    assert _date(text, "dispersed") == ("2024-08-04", 1)


def test_stale_counts_a_month_to_its_last_day_and_keeps_relative_expressions() -> None:
    text = "Riots broke out over the shooting in July and the arrests two weeks ago."
    july, ago = find_dates(text, REPORT)
    assert not stale(text, july, REPORT.date())  # July ended six days before the report
    assert not stale(text, ago, REPORT.date())
    assert stale(text, july, dt.date(2024, 8, 20))


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
