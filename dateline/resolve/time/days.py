"""Resolvers of days named from another: weekdays, "yesterday", "two days ago", and "the day
before" or "the previous Friday", which count from the day under discussion (see
:mod:`.anaphora`; here, from the anchor)."""

from __future__ import annotations

import datetime as dt

from dateline import vocabulary as V
from dateline.resolve.time.values import (
    Anchor,
    Match,
    Resolved,
    count_number,
    day_value,
    month_value,
    shift_months,
    week_value,
    weekday_number,
)
from dateline.resolve.time.wording import looks_ahead
from dateline.resolve.time.yearless import prior_weekday, weekday_date

# From this many weeks back, "N weeks ago" names a week rather than a day (TIMEX3 keeps the
# granularity of the unit; near counts are read as days, as news uses them).
WEEKS_AGO_AS_WEEK = 3


def resolve_weekday(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """News weekdays: the latest such day (or today), unless the wording looks ahead."""
    if anchor is None:
        return Resolved(None, "day")
    weekday = weekday_number(match["wd"])
    rel = (match["rel"] or "").lower()
    if rel == "last":
        return Resolved(
            day_value(weekday_date(anchor - dt.timedelta(days=1), weekday, False)), "day"
        )
    future = rel in {"next", "coming", "this coming"}
    future = future or (rel != "this" and looks_ahead(text, match.start()))
    return Resolved(day_value(weekday_date(anchor, weekday, future)), "day")


def day_offset(words: str) -> int:
    """Days from the report of a day word: "yesterday" -1, "this morning" 0."""
    return V.table("time_days", "day_offsets")[" ".join(words.lower().split())]


def resolve_day_word(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    if anchor is None:
        return Resolved(None, "day")
    return Resolved(day_value(anchor + dt.timedelta(days=day_offset(match["word"]))), "day")


def day_ref_offset(words: str) -> int:
    """Days from the day under discussion: "the day before" -1, "the next morning" +1,
    "that day", "later that day" 0."""
    folded = " ".join(words.lower().split())
    same = V.pattern("time_days", "same_day").search(folded)
    if same and not V.pattern("time_days", "counted_day").match(folded):
        return 0
    back = V.pattern("time_days", "day_ref_back").search(folded)
    if back or V.pattern("time_days", "previous_day").match(folded):
        return -1
    return 1 if V.pattern("time_days", "day_ref_ahead").search(folded) else 0


def resolve_day_ref(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "that day", "the day before", "the next morning": days from the day under discussion
    (the last day stated; :mod:`.anaphora`), else from the anchor."""
    if anchor is None:
        return Resolved(None, "day")
    offset = day_ref_offset(match.group())
    return Resolved(day_value(anchor + dt.timedelta(days=offset)), "day")


def resolve_prior_weekday(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the previous Friday": the one before the day under discussion (:mod:`.anaphora`),
    else the one before the anchor."""
    if anchor is None:
        return Resolved(None, "day")
    weekday = weekday_number(match["wd"])
    return Resolved(day_value(prior_weekday(anchor, weekday)), "day")


def resolve_ago(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "two days ago", "a week ago" (days), "five months ago" (month), "a year ago" (year)."""
    if anchor is None:
        return Resolved(None, "day")
    count, unit = count_number(match["num"]), match["unit"].lower().rstrip("s")
    if unit == "week" and count >= WEEKS_AGO_AS_WEEK:
        return Resolved(week_value(anchor - dt.timedelta(weeks=count)), "week")
    if unit in {"day", "week"}:
        days = count * (7 if unit == "week" else 1)
        return Resolved(day_value(anchor - dt.timedelta(days=days)), "day")
    if unit == "month":
        return Resolved(month_value(*shift_months(anchor, -count)), "month")
    return Resolved(str(anchor.year - count), "year")
