"""Resolvers of dates written on the calendar: numeric and ISO days, month-and-day, months
and years, with or without their year."""

from __future__ import annotations

import datetime as dt
import functools

from dateline import vocabulary as V
from dateline.resolve.time.fragments import filled
from dateline.resolve.time.values import (
    Anchor,
    Match,
    Resolved,
    day_value,
    match_year,
    month_number,
    month_value,
    safe_date,
    week_value,
)
from dateline.resolve.time.wording import looks_ahead, looks_back, past_after
from dateline.resolve.time.yearless import FUTURE_SLACK_DAYS, yearless_day, yearless_month

# A reading this close before the anchor beats the prose style's order: reports date their
# events in the days before them.
_NUMERIC_NEAR_DAYS = 45


def resolve_iso(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    found = safe_date(int(match["year"]), int(match["m"]), int(match["day"]))
    return Resolved(day_value(found), "day") if found else None


def resolve_numeric(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """``5/8/2024``: day/month order is decided once per document by :func:`numeric_order`;
    with nothing in the text to decide it, the reading nearest before the anchor (a report
    looks back on its events)."""
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    year = year + (2000 if year < 50 else 1900) if year < 100 else year
    readings = [
        found
        for month, day in _numeric_readings(first, second, text)
        if (found := safe_date(year, month, day)) is not None
    ]
    if not readings:
        return None
    return Resolved(day_value(_by_anchor(readings, anchor)), "day")


def resolve_numeric_yearless(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "on 28/06", "(24/5)": a day and month after a preposition or in brackets (a bare
    "24/7" or "1/2" is not)."""
    first, second = int(match["a"]), int(match["b"])
    pairs = [(m, d) for m, d in _numeric_readings(first, second, text) if safe_date(2000, m, d)]
    if not pairs:
        return None
    if anchor is None:
        return Resolved(None, "day", inferred_year=True)
    ahead = looks_ahead(text, match.start())
    readings = [found for m, d in pairs if (found := yearless_day(anchor, m, d, ahead))]
    if not readings:
        return None
    return Resolved(day_value(_by_anchor(readings, anchor)), "day", inferred_year=True)


def _numeric_readings(first: int, second: int, text: str) -> list[tuple[int, int]]:
    """(month, day) readings of a numeric date: the one an unambiguous numeric date in the
    text shows, or the only one that makes a month; else both, the prose style's first."""
    order = _numeric_shown(text)
    if first > 12 or second > 12 or order is not None:
        month, day = (first, second) if (order or "mdy") == "mdy" else (second, first)
        return [(day, month)] if month > 12 else [(month, day)]
    both = [(first, second), (second, first)]
    return both if numeric_order(text) == "mdy" else both[::-1]


def _by_anchor(days: list[dt.date], anchor: Anchor) -> dt.date:
    """The reading nearest before the anchor (with the usual slack) when one is near, else
    the first that is not after it, else the first."""
    if anchor is None:
        return days[0]
    limit = anchor + dt.timedelta(days=FUTURE_SLACK_DAYS)
    past = [d for d in days if d <= limit]
    near = [d for d in past if (anchor - d).days <= _NUMERIC_NEAR_DAYS]
    if near:
        return max(near)
    return past[0] if past else days[0]


def numeric_order(text: str) -> str:
    """ "mdy" or "dmy": what :func:`numeric_evidence` finds, else US style, as in US wire
    copy and GTD."""
    return numeric_evidence(text) or "mdy"


@functools.lru_cache(maxsize=64)
def _numeric_shown(text: str) -> str | None:
    """ "mdy" or "dmy" when an unambiguous numeric date in the text shows the order."""
    for match in filled("time_rules", "numeric_full").finditer(text):
        if int(match[1]) > 12 >= int(match[2]):
            return "dmy"
        if int(match[2]) > 12 >= int(match[1]):
            return "mdy"
    return None


@functools.lru_cache(maxsize=64)
def numeric_evidence(text: str) -> str | None:
    """ "mdy" or "dmy" when the text shows its order: an unambiguous numeric date decides,
    then the prose style of dates ("3 December" against "December 3"); else ``None``."""
    shown = _numeric_shown(text)
    if shown is not None:
        return shown
    day_first = filled("time_rules", "day_first").search(text)
    month_first = filled("time_rules", "month_first").search(text)
    if day_first and not month_first:
        return "dmy"
    return "mdy" if month_first and not day_first else None


def resolve_full_date(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    found = safe_date(int(match["year"]), month_number(match["mon"]), int(match["day"]))
    return Resolved(day_value(found), "day") if found else None


def resolve_range_first_day(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """The "24" of "between 24 and 25 March 2020": the month and year come after it."""
    if match["year"]:
        return resolve_full_date(match, anchor, text)
    return resolve_month_day(match, anchor, text)


def resolve_month_day(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    month, day = month_number(match["mon"]), int(match["day"])
    if safe_date(2000, month, day) is None:
        return None
    if anchor is None:
        return Resolved(None, "day", inferred_year=True)
    start = match.start()
    found = yearless_day(anchor, month, day, looks_ahead(text, start), looks_back(text, start))
    return Resolved(day_value(found), "day", inferred_year=True) if found else None


def resolve_month_year(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    return Resolved(month_value(int(match["year"]), month_number(match["mon"])), "month")


def resolve_bare_month(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "in October", "last November", "early this March" (a bare "May" needs a cue word)."""
    name = match["mon"]
    if name.rstrip(".") in V.words("calendar", "verb_months") and not (
        match["cue"] or match["rel"]
    ):
        return None
    short = len(name) <= 4 and not name.endswith(".")
    if short and name not in V.words("calendar", "short_months"):
        return None  # "Mar del Plata": a bare abbreviation without its period is a name
    if anchor is None:
        return Resolved(None, "month", inferred_year=True)
    month = month_number(match["mon"])
    rel = (match["rel"] or "").lower()
    year = {"this": anchor.year, "next": anchor.year + 1}.get(rel)
    if rel == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    if year is None:
        return Resolved(_unstated_month(match, anchor, month, text), "month", inferred_year=True)
    return Resolved(month_value(year, month), "month", inferred_year=True)


def _unstated_month(match: Match, anchor: dt.date, month: int, text: str) -> str:
    """The month a cue word or the wording around it points to ("by May", "since June")."""
    cue = (match["cue"] or "").strip().lower()
    future = looks_ahead(text, match.start()) or cue in V.words("time_wording", "ahead_cues")
    past = looks_back(text, match.start()) or cue in V.words("time_wording", "past_cues")
    past = past or past_after(text, match.end())
    # "through January" ends a span: the nearest such month, whatever the verb's tense.
    past = past and cue != "through"
    return yearless_month(anchor, month, future, past)


def resolve_month_rel_year(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "July last year", "March next year"."""
    if anchor is None:
        return Resolved(None, "month")
    offset = {"last": -1, "next": 1}.get(match["rel"].lower(), 0)
    return Resolved(month_value(anchor.year + offset, month_number(match["mon"])), "month")


def resolve_week_of(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the week of March 6" is that day's ISO week."""
    day = resolve_month_day(match, anchor, text)
    if day is None or day.value is None:
        return day if day is None else Resolved(None, "week", inferred_year=True)
    return Resolved(week_value(dt.date.fromisoformat(day.value)), "week", inferred_year=True)


def resolve_year(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """A 4-digit number read as a year unless its neighbours make it a count or an amount."""
    year = int(match["year"])
    before = text[max(0, match.start() - 20) : match.start()]
    cue = V.pattern("time_wording", "year_cue").match(match["cue"] or "")
    if V.pattern("time_wording", "count_before").search(before) and not cue:
        return None
    if year > (anchor.year + 10 if anchor else 2100):
        return None
    count = V.pattern("time_wording", "count_after").match(text, match.end())
    if count and not V.pattern("time_wording", "year_modifier_before").search(before):
        return None
    return Resolved(str(year), "year")


def resolve_spelled_year(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """A year in words, with an optional month before it ("January nineteen ninety-seven")."""
    year = match_year(match)
    if year is None:
        return None
    if match["mon"]:
        return Resolved(month_value(year, month_number(match["mon"])), "month")
    before = text[max(0, match.start() - 20) : match.start()]
    if V.pattern("time_wording", "count_before").search(before) or V.pattern(
        "time_wording", "count_after"
    ).match(text, match.end()):
        return None  # "around two thousand people"
    return Resolved(str(year), "year")
