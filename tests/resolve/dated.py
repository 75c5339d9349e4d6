"""Helpers of the time tests: report dates, and the dates ``find_dates`` finds in a text."""

from __future__ import annotations

import datetime as dt

from dateline.models import TimeValue
from dateline.resolve.time import event_date, find_dates

TUE = dt.datetime(2024, 8, 6)  # a Tuesday
MON = dt.datetime(2024, 8, 5)  # a Monday
NOV = dt.datetime(2023, 11, 2)  # a Thursday early in Q4


def pairs(text: str, published: dt.datetime | None = TUE) -> list[tuple[str, str | None]]:
    """(words, value) of each date found, in order."""
    return [(d.text, d.value) for d in find_dates(text, published)]


def by_words(text: str, published: dt.datetime | None = TUE) -> dict[str, str | None]:
    """The value of each date found, by its words."""
    return {d.text: d.value for d in find_dates(text, published)}


def value_of(text: str, words: str, published: dt.datetime | None = TUE) -> str | None:
    found = by_words(text, published)
    assert words in found, found
    return found[words]


def only(text: str, published: dt.datetime | None = TUE) -> TimeValue:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


def event_day(text: str, trigger: str, published: dt.datetime = TUE) -> tuple[str | None, int]:
    """The day and ACLED precision of the event whose trigger is ``trigger`` (the whole text
    its sentence)."""
    dates = find_dates(text, published)
    at = text.index(trigger)
    _, day, code = event_date(dates, (0, len(text)), (at, at + len(trigger)), published, None, text)
    assert code is not None
    return day, code
