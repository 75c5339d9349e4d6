"""TIMEX3 values: what a rule resolves a time expression to, and the helpers that write them.

Values follow TIMEX3: day ``2024-08-05``, ISO week ``2024-W31`` (a weekend ``2024-W31-WE``),
month ``2024-08``, year ``2024``, and the coarser calendar parts TIMEX3 names: quarter
``2024-Q3``, half ``2024-H1``, season ``2024-SU`` (spring SP, summer SU, fall FA, winter WI)
and decade ``199``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from dateline import vocabulary as V
from dateline.models import Precision

# Calendar parts coarser than a month that TIMEX3 gives values to (an extension of the
# contract's day/week/month/year; see README, "Output contract").
ExtraPrecision = Literal["quarter", "half", "season", "decade"]

# TIMEX3 marks a weekend by this suffix on its ISO week ("2024-W31-WE").
WEEKEND_SUFFIX = "-WE"


@dataclass(frozen=True, slots=True)
class Resolved:
    """A normalised value; ``inferred_year`` marks a year that the text did not state."""

    value: str | None
    precision: Precision | ExtraPrecision
    inferred_year: bool = False


Match = re.Match[str]
Anchor = dt.date | None
Resolver = Callable[[Match, Anchor, str], Resolved | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A time expression rule: its name, its pattern and the resolver of its matches."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_value(index: int) -> str:
    """The quarter counted from year 0 (``year * 4 + quarter - 1``)."""
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def is_month_name(name: str) -> bool:
    """Whether a word's first three letters name a month ("Aug.", "august")."""
    return name.lower().rstrip(".")[:3] in V.words("calendar", "month_abbreviations")


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept." is 9)."""
    return V.terms("calendar", "month_abbreviations").index(name.lower().rstrip(".")[:3]) + 1


def weekday_number(name: str) -> int:
    """0 (Monday) to 6 for a weekday name in any case."""
    return V.terms("calendar", "weekdays").index(name.lower())


def count_number(word: str) -> int:
    return int(word) if word.isdigit() else V.table("time_numbers", "counts")[word.lower()]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` when the parts do not form one (31 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift_months(anchor: dt.date, months: int) -> tuple[int, int]:
    index = anchor.year * 12 + anchor.month - 1 + months
    return index // 12, index % 12 + 1


def spelled_year(words: str) -> int:
    """ "nineteen ninety-six" → 1996, "two thousand and one" → 2001, "nineteen hundred" → 1900."""
    split = V.pattern("time_numbers", "number_split")
    parts = [w for w in split.split(words.lower()) if w and w != "and"]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + _small_number(parts[2:])
    century = 19 if parts[0] == "nineteen" else 20
    if parts[1:] == ["hundred"]:
        return century * 100
    return century * 100 + _small_number(parts[1:])


def _small_number(parts: list[str]) -> int:
    """0-99 from words: [], ["seven"], ["fifteen"], ["ninety", "six"]."""
    units = V.terms("time_numbers", "units")
    teens = V.terms("time_numbers", "teens")
    total = 0
    for word in parts:
        if word in units:
            total += units.index(word) + 1
        elif word in teens:
            total += teens.index(word) + 10
        else:
            total += (V.terms("time_numbers", "tens").index(word) + 2) * 10
    return total


def match_year(match: Match) -> int | None:
    """The year a match states, in digits (group ``year``) or words (group ``spelled``)."""
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("spelled"):
        return spelled_year(groups["spelled"])
    return None


@dataclass(slots=True)
class Hit:
    """A rule's match in the text: its span (trimmed), the rule's place in the table (on
    equal spans the more specific rule wins) and its value, which context may change."""

    start: int
    end: int
    order: int
    resolved: Resolved


def year_back(value: str) -> str:
    """The same value one year earlier (29 February becomes the 28th)."""
    year, rest = value[:4], value[4:]
    shifted = f"{int(year) - 1:04d}{rest}"
    if rest == "-02-29":
        shifted = f"{int(year) - 1:04d}-02-28"
    return shifted
