"""Which occurrence a date without its year means: the latest by the report, or the coming one.

A report looks back on its events, so a yearless day, month, weekday or part of a year is
the latest such one by the anchor (the publication date), unless the wording looks ahead
or the next one is near and nearer.
"""

from __future__ import annotations

import datetime as dt

from dateline.resolve.time.values import month_value, safe_date

# A future date is allowed for a yearless "October 17" only this close to the anchor: reports
# date events a day or two ahead in other time zones, but mostly look back.
FUTURE_SLACK_DAYS = 2
# A yearless day or month this near ahead, and nearer than its last occurrence, is taken to
# be the coming one: a year-old date would carry its year.
NEAR_FUTURE_DAYS = 100
# Wording that looks ahead still takes a day this recently passed (a deadline just gone) ...
PASSED_LIMIT_DAYS = 7
# ... and takes last month's day over one this far ahead ("where the Aug. 7 blasts killed"
# after "would" in an August report): an unyeared date is rarely most of a year away.
FAR_AHEAD_DAYS = 300
RECENT_DAYS = 30
NEAR_FUTURE_MONTHS = 3


def yearless_day(
    anchor: dt.date, month: int, day: int, future: bool, past: bool = False
) -> dt.date | None:
    """The most recent such day on or before the anchor (or just after it), unless the next
    one is near and closer (payment dates, deadlines, meetings: "payable Dec. 15" in a
    November report) and no cue ("since", "after") says past; the next one on or after the
    anchor when the wording looks ahead (see :func:`_coming_day`)."""
    if future:
        return _coming_day(anchor, month, day)
    limit = anchor + dt.timedelta(days=FUTURE_SLACK_DAYS)
    years = (anchor.year + 1, anchor.year, anchor.year - 1, anchor.year - 4)
    before = next((d for d in _days_in(years, month, day) if d <= limit), None)
    after = next((d for d in _days_in(years[::-1], month, day) if d > limit), None)
    if past or before is None or after is None:
        return before
    ahead, back = (after - anchor).days, (anchor - before).days
    return after if ahead <= NEAR_FUTURE_DAYS and ahead < back else before


def _coming_day(anchor: dt.date, month: int, day: int) -> dt.date | None:
    """The next such day on or after the anchor (or one just passed: "had until Jan. 14" in
    a Jan. 15 report), unless that is most of a year away and the last one recent."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1, anchor.year + 4)
    start = anchor - dt.timedelta(days=PASSED_LIMIT_DAYS)
    found = next((d for d in _days_in(years, month, day) if d >= start), None)
    last = yearless_day(anchor, month, day, future=False, past=True)
    far = found is not None and (found - anchor).days > FAR_AHEAD_DAYS
    if far and last is not None and (anchor - last).days <= RECENT_DAYS:
        return last
    return found


def _days_in(years: tuple[int, ...], month: int, day: int) -> list[dt.date]:
    return [d for d in (safe_date(year, month, day) for year in years) if d is not None]


def yearless_month(anchor: dt.date, month: int, future: bool, past: bool = False) -> str:
    """A bare month name means the current month or the latest one before it, or the coming
    one when it is at most three months ahead and no cue says past (the next one when the
    wording looks ahead)."""
    year = anchor.year if month <= anchor.month else anchor.year - 1
    ahead = (month - anchor.month) % 12
    if future or (not past and 0 < ahead <= NEAR_FUTURE_MONTHS):
        year = anchor.year if month >= anchor.month else anchor.year + 1
    return month_value(year, month)


def weekday_date(anchor: dt.date, weekday: int, future: bool) -> dt.date:
    """The most recent such weekday, or the next one if ``future`` (the anchor counts)."""
    back = (anchor.weekday() - weekday) % 7
    if future:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=back)


def prior_weekday(day: dt.date, weekday: int) -> dt.date:
    """The latest such weekday strictly before ``day``."""
    return weekday_date(day - dt.timedelta(days=1), weekday, False)


def part_year(anchor: dt.date, part: int, current: int, future: bool) -> int:
    """The year of a yearless part (quarter or half) of a year: this year's when it has begun,
    else last year's ("the fourth quarter" in a February report); the next one ahead when the
    wording looks ahead. Quarters never look ahead: "expected third-quarter results" are
    those of the quarter just ended."""
    if future:
        return anchor.year if part >= current else anchor.year + 1
    return anchor.year if part <= current else anchor.year - 1
