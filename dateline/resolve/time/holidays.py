"""Named holidays: the day each falls on in a year, and the occurrence a mention means."""

from __future__ import annotations

import datetime as dt

from dateline import vocabulary as V
from dateline.resolve.time.values import (
    Anchor,
    Match,
    Resolved,
    day_value,
    match_year,
    week_value,
)
from dateline.resolve.time.wording import looks_ahead, looks_back
from dateline.resolve.time.yearless import FUTURE_SLACK_DAYS, NEAR_FUTURE_DAYS


def easter_sunday(year: int) -> dt.date:
    """Western Easter (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th such weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def holiday_day(key: str, year: int) -> dt.date:
    """The day a holiday (by its key, see :func:`holiday_key`) falls on in ``year``. Only
    names that mean the same day wherever the report comes from (no "Independence Day")."""
    fixed = V.table("calendar", "holidays_fixed")
    if key in fixed:
        return dt.date(year, *fixed[key])
    from_easter = V.table("calendar", "holidays_from_easter")
    if key in from_easter:
        return easter_sunday(year) + dt.timedelta(days=from_easter[key])
    month, weekday, n, after = V.table("calendar", "holidays_by_weekday")[key]
    return nth_weekday(year, month, weekday, n) + dt.timedelta(days=after)


def holiday_key(name: str) -> str:
    """ "Thanksgiving  Day" → "thanksgiving day"; "Martin Luther King Jr. Day" → its key."""
    key = " ".join(name.lower().replace("’", "'").split())
    key = V.pattern("calendar", "holiday_suffix").sub("", key)
    return "presidents' day" if key.startswith("president") else key


def resolve_holiday(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """A named holiday ("Thanksgiving", "last Christmas", "Easter 1998", "Easter week"): in a
    stated year, else the occurrence a yearless day would be (see :func:`yearless_day`)."""
    key = holiday_key(match["hol"])
    year = match_year(match)
    week = bool(match["week"])
    if year is not None:
        return _holiday_value(holiday_day(key, year), week)
    if anchor is None:
        return Resolved(None, "week" if week else "day", inferred_year=True)
    rel = (match["rel"] or "").lower()
    days = [holiday_day(key, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if rel == "this":
        found = holiday_day(key, anchor.year)
    elif rel == "last":
        found = max(d for d in days if d < anchor)
    elif rel == "next":
        found = min(d for d in days if d > anchor)
    elif week and week_value(anchor) in {week_value(d) for d in days}:
        found = anchor  # the holiday's week is under way
    else:
        found = _nearest_occurrence(anchor, days, text, match.start())
    return _holiday_value(found, week)


def _nearest_occurrence(anchor: dt.date, days: list[dt.date], text: str, start: int) -> dt.date:
    """The latest occurrence by the anchor, or the next when the wording looks ahead or it
    is near and nearer (as :func:`yearless_day` reads a yearless date)."""
    limit = anchor + dt.timedelta(days=FUTURE_SLACK_DAYS)
    before = max(d for d in days if d <= limit)
    after = min(d for d in days if d > limit)
    if looks_ahead(text, start):
        return after if before < anchor else before
    ahead, back = (after - anchor).days, (anchor - before).days
    if not looks_back(text, start) and ahead <= NEAR_FUTURE_DAYS and ahead < back:
        return after
    return before


def _holiday_value(day: dt.date, week: bool) -> Resolved:
    if week:
        return Resolved(week_value(day), "week", inferred_year=True)
    return Resolved(day_value(day), "day", inferred_year=True)
