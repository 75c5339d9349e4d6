"""Event dates as day ranges: a day, an ISO week, a month or a year becomes (first, last) day."""

from __future__ import annotations

import datetime as dt
import re

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")

DayRange = tuple[int, int]


def day_range(value: str | None) -> DayRange | None:
    """The first and last day (proleptic ordinals) a date value covers; None when unreadable."""
    if not value:
        return None
    try:
        return _parse(value)
    except ValueError:
        return None


def _parse(value: str) -> DayRange | None:
    if match := _DAY.match(value):
        day = dt.date(*map(int, match.groups())).toordinal()
        return day, day
    if match := _WEEK.match(value):
        year, week = map(int, match.groups())
        first = dt.date.fromisocalendar(year, week, 1).toordinal()
        return first, first + 6
    if match := _MONTH.match(value):
        return _month(*map(int, match.groups()))
    if match := _YEAR.match(value):
        year = int(match.group(1))
        return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    return None


def _month(year: int, month: int) -> DayRange:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first.toordinal(), following.toordinal() - 1


def iso_day(ordinal: int) -> str:
    """An ordinal day as an ISO date."""
    return dt.date.fromordinal(ordinal).isoformat()
