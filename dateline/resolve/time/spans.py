"""The calendar span of a TIMEX3 value: its first and last day, and the middle day ACLED
codes a vague date to."""

from __future__ import annotations

import datetime as dt

from dateline import vocabulary as V
from dateline.resolve.time.values import WEEKEND_SUFFIX

# ACLED codes a vague date to the middle of its span.
_WEEK_MIDDLE = 3  # ISO weekday of Wednesday
_WEEKEND_DAY = 6  # ISO weekday of Saturday
_MONTH_MIDDLE = 15


def period_start(value: str, precision: str) -> dt.date:
    """The first day of a TIMEX3 value (roughly, for quarters, halves and seasons)."""
    if precision == "day":
        return dt.date.fromisoformat(value)
    if precision == "week":
        return dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
    if precision == "month":
        return dt.date(int(value[:4]), int(value[5:7]), 1)
    if precision == "decade":
        return dt.date(int(value) * 10, 1, 1)
    if precision in {"quarter", "half", "season"}:
        return part_middle(int(value[:4]), value[5:]) - dt.timedelta(days=45)
    return dt.date(int(value[:4]), 1, 1)


def period_end(value: str, precision: str) -> dt.date:
    """The last day of a day or month value."""
    if precision == "day":
        return dt.date.fromisoformat(value)
    year, month = int(value[:4]), int(value[5:7])
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def part_middle(year: int, part: str) -> dt.date:
    """The middle of a quarter (Q3: 15 August), half (H1: 15 April) or season."""
    if part.startswith("Q"):
        return dt.date(year, int(part[1]) * 3 - 1, _MONTH_MIDDLE)
    if part.startswith("H"):
        return dt.date(year, 4 if part == "H1" else 10, _MONTH_MIDDLE)
    offset, month = V.table("calendar", "season_middles")[part]
    return dt.date(year + offset, month, _MONTH_MIDDLE)


def middle_day(value: str, precision: str, weekend: bool) -> dt.date:
    """The day ACLED codes a value to: the day itself, else the middle of its span (a
    weekend's Saturday)."""
    if precision == "day":
        return dt.date.fromisoformat(value)
    if precision == "week":
        weekend = weekend or value.endswith(WEEKEND_SUFFIX)
        year, week = int(value[:4]), int(value[6:8])
        return dt.date.fromisocalendar(year, week, _WEEKEND_DAY if weekend else _WEEK_MIDDLE)
    if precision == "month":
        return dt.date(int(value[:4]), int(value[5:7]), _MONTH_MIDDLE)
    if precision in {"quarter", "half", "season"}:
        return part_middle(int(value[:4]), value[5:])
    if precision == "decade":
        return dt.date(int(value) * 10 + 5, 1, 1)
    return dt.date(int(value[:4]), 7, 1)
