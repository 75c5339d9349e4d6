"""Resolvers of periods: weeks, months and years counted from the report, quarters, halves,
seasons and decades, and the placeholders of anaphors resolved later (:mod:`.anaphora`)."""

from __future__ import annotations

import datetime as dt

from dateline import vocabulary as V
from dateline.resolve.time.fragments import filled
from dateline.resolve.time.values import (
    WEEKEND_SUFFIX,
    Anchor,
    Match,
    Resolved,
    match_year,
    month_value,
    quarter_value,
    shift_months,
    week_value,
)
from dateline.resolve.time.wording import looks_ahead, weekend_ahead
from dateline.resolve.time.yearless import part_year, weekday_date


def resolve_quarter(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the third quarter (of 1989)", "third-quarter", "the 1988 second quarter"."""
    quarter = V.table("time_numbers", "ordinals")[match["ord"].lower()]
    year = match_year(match) or (int(match["year2"]) if match["year2"] else None)
    if year is None and match["yrel"] and anchor is not None:
        year = anchor.year + {"last": -1, "next": 1}.get(match["yrel"].lower(), 0)
        return Resolved(f"{year:04d}-Q{quarter}", "quarter", inferred_year=True)
    if year is None:
        if anchor is None:
            return Resolved(None, "quarter", inferred_year=True)
        current = (anchor.month - 1) // 3 + 1
        year = part_year(anchor, quarter, current, future=False)
    return Resolved(f"{year:04d}-Q{quarter}", "quarter", inferred_year=match_year(match) is None)


def resolve_rel_quarter(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the latest quarter" (the last one completed), "this quarter", "the year-ago quarter"."""
    if anchor is None:
        return Resolved(None, "quarter")
    rel = " ".join(match["rel"].lower().split())
    offset = {"current": 0, "this": 0, "next": 1, "coming": 1}.get(rel, -1)
    if rel.startswith("year"):
        offset = -5
    return Resolved(quarter_value(anchor.year * 4 + (anchor.month - 1) // 3 + offset), "quarter")


def resolve_half(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the first half of 1990", "second-half", "the last half of 1989"."""
    half = 1 if match["which"].lower() == "first" else 2
    year = match_year(match)
    if year is None:
        if anchor is None:
            return Resolved(None, "half", inferred_year=True)
        current = 1 if anchor.month <= 6 else 2
        year = part_year(anchor, half, current, looks_ahead(text, match.start()))
    return Resolved(f"{year:04d}-H{half}", "half", inferred_year=match_year(match) is None)


def resolve_season(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "last fall" (last year's), "this summer", "the winter of 1994": a TIMEX3 season."""
    code = V.table("calendar", "seasons")[match["season"].lower()]
    year = match_year(match)
    if year is not None:
        return Resolved(f"{year:04d}-{code}", "season")
    if anchor is None:
        return Resolved(None, "season", inferred_year=True)
    rel = " ".join((match["rel"] or "").lower().split())
    year = anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    if rel in {"this past", "past"} and _season_start(anchor.year, code) > anchor:
        year -= 1
    return Resolved(f"{year:04d}-{code}", "season", inferred_year=True)


def _season_start(year: int, code: str) -> dt.date:
    return dt.date(year, V.table("calendar", "season_starts")[code], 1)


def resolve_anaphor(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the quarter", "that year": a placeholder that refers back to a quarter or year named
    earlier (resolved in :mod:`.anaphora`). "The latest period" with nothing to refer to is
    the last quarter completed."""
    if anchor is not None and filled("time_rules", "latest_period").match(match.group()):
        return Resolved(quarter_value(anchor.year * 4 + (anchor.month - 1) // 3 - 1), "quarter")
    return Resolved(None, "quarter")


def resolve_decade(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the 1990s", "the mid-1980s": TIMEX3 writes a decade as its first three digits."""
    return Resolved(match["dec"], "decade")


def resolve_decade_word(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the nineties", "the '80s": the latest such decade that has begun by the anchor."""
    if anchor is None:
        return Resolved(None, "decade")
    word = match["dw"].lower()
    tens = int(word) if word.isdigit() else V.terms("time_numbers", "decade_words").index(word) + 2
    start = anchor.year // 100 * 100 + tens * 10
    if start > anchor.year:
        start -= 100
    return Resolved(str(start // 10), "decade")


def resolve_last_period(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the past year" (last year), "the last decade" (the decade before this one): TIMEX3
    dates these to the whole calendar unit before the anchor's."""
    unit = match["unit"].lower()
    if anchor is None:
        return Resolved(None, "year" if unit == "year" else "decade")
    if unit == "year":
        return Resolved(str(anchor.year - 1), "year")
    return Resolved(str(anchor.year // 10 - 1), "decade")


def resolve_year_end(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "by year-end": the last day of the report's year, or of the year before after "since"
    (a year-end already passed)."""
    if anchor is None:
        return Resolved(None, "day")
    year = anchor.year - 1 if match["cue"] else anchor.year
    return Resolved(f"{year:04d}-12-31", "day")


def resolve_this_year(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the year", "the current fiscal year": the report's year."""
    return Resolved(str(anchor.year) if anchor else None, "year")


def resolve_year_ago(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "year-ago", "the year-earlier period": the year before the anchor (or before the
    quarter in the same sentence; see :mod:`.anaphora`)."""
    return Resolved(str(anchor.year - 1) if anchor else None, "year")


def resolve_week(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "last week", "this week", "next week" as ISO weeks."""
    if anchor is None:
        return Resolved(None, "week")

    offset = {"last": -7, "next": 7}.get(match["rel"].lower().split()[-1], 0)
    return Resolved(week_value(anchor + dt.timedelta(days=offset)), "week")


def resolve_weekend(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """The latest Saturday-Sunday (this one if it is under way), or the coming one when the
    wording looks ahead ("next weekend", "ahead of the weekend"); TIMEX3 writes a weekend as
    its ISO week with ``-WE``."""
    if anchor is None:
        return Resolved(None, "week")
    rel = (match["rel"] or "").lower()
    ahead = weekend_ahead(text, match.start())
    future = rel == "next" or (rel in {"the", "this"} and ahead)
    saturday = weekday_date(anchor, 5, future=future)
    if anchor.weekday() == 6 and not future:
        saturday = anchor - dt.timedelta(days=1)
    return Resolved(week_value(saturday) + WEEKEND_SUFFIX, "week")


def resolve_month_word(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    if anchor is None:
        return Resolved(None, "month")
    offset = {"last": -1, "next": 1}.get(match["rel"].lower().split()[-1], 0)
    return Resolved(month_value(*shift_months(anchor, offset)), "month")


def resolve_year_word(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "last year", "earlier this year", "a year earlier" (relative to the anchor)."""
    if anchor is None:
        return Resolved(None, "year")
    rel = (match["rel"] or match["rel2"]).lower().split()[-1]
    offset = {"last": -1, "next": 1, "earlier": -1, "before": -1}.get(rel, 0)
    return Resolved(str(anchor.year + offset), "year")
