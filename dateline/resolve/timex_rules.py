"""Rules that find time expressions in news text and normalise them against a publication date.

Each rule is a regular expression plus a resolver. A resolver returns a :class:`Resolved`
(value and precision), ``None`` when the match is not a date after all (a count, the verb
"may"), or a value of ``None`` when the expression is relative and no anchor is known.
Values follow TIMEX3: day ``2024-08-05``, ISO week ``2024-W31``, month ``2024-08``,
year ``2024``, and the coarser calendar parts TIMEX3 names: quarter ``2024-Q3``, half
``2024-H1`` and season ``2024-SU`` (spring SP, summer SU, fall FA, winter WI).
Libraries anchor news weekdays wrongly ("this Monday" in a Tuesday report
is yesterday, not next week), so these forms are resolved here, not by dateparser.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from dateline.models import Precision

# Calendar parts coarser than a month that TIMEX3 gives values to (an extension of the
# contract's day/week/month/year; see README, "Output contract").
ExtraPrecision = Literal["quarter", "half", "season", "decade"]

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "couple of": 2, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# A future date is allowed for a yearless "October 17" only this close to the anchor: reports
# date events a day or two ahead in other time zones, but mostly look back.
FUTURE_SLACK_DAYS = 2
# A yearless day or month this near ahead, and nearer than its last occurrence, is taken to
# be the coming one: a year-old date would carry its year.
NEAR_FUTURE_DAYS = 100
NEAR_FUTURE_MONTHS = 3

_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?"
    r"|Nov\.?|Dec\.?)(?![A-Za-z])"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)(?![\d/])"
_WD = r"(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?!\w)"
_NUM = (
    r"(?P<num>\d{1,2}|a couple of|couple of|a|an|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
)
_TEEN = "|".join(_TEENS)
_TEN = "|".join(_TENS)
_UNIT = "|".join(_UNITS)
# A year said in words, as in broadcast transcripts: "nineteen ninety-six", "two thousand one".
_SPELLED = (
    rf"(?P<spelled>(?i:(?:nineteen|twenty)[\s-]+(?:hundred|(?:{_TEN})(?:[\s-]+(?:{_UNIT}))?"
    rf"|{_TEEN})|two\s+thousand(?:[\s-]+(?:and\s+)?(?:{_TEEN}|{_UNIT}))?))(?![\w-])"
)
_ORD = r"(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final))"
_SEASON = r"(?P<season>(?i:spring|summer|fall|autumn|winter))"
_YEAR_OR_SPELLED = rf"(?:{_YEAR}|{_SPELLED})"

# Words after a 4-digit number that make it a count, not a year ("1500 attacks").
_COUNT_AFTER = re.compile(
    r"\s*(?:%|percent|per\b|(?!this\b|does\b|says\b|always\b|across\b|unless\b|perhaps\b)"
    r"[a-z]{3,}s\b|people|men|women|police|personnel|km|kilomet|miles|"
    r"metres|meters|feet|dollars|tons|tonnes|acres)"
)
_COUNT_BEFORE = re.compile(
    r"(?:\$|€|£|about|some|nearly|almost|over|more than|at least|around|approximately|"
    r"up to|fewer than|less than|least|than|of|No\.|number)\s*$",
    re.IGNORECASE,
)
_YEAR_CUE = re.compile(r"(?i:in|since|until|by|during|before|after|early|late|mid)\b")
_FUTURE_CUE = re.compile(
    r"\b(?:will|'ll|shall|to be held|scheduled|planned|plans|expected|due|set to|is to|are to|"
    r"going to|next|upcoming|coming|deadline|expires?|effective|planning|plan to|would|could|"
    r"might|postponed|as soon as|as early as)\b[^.;]{0,60}$|\buntil\s+$"
    r"|\bby\s+$",
    re.IGNORECASE,
)
# Words right before a date that place it in the past ("since May 3", "after June").
_PAST_CUE = re.compile(
    r"\b(?:since|after|ago|last|earlier|previous|past)\s+(?:early\s+|late\s+|mid-?)?$", re.I
)
# A past-tense verb earlier in the date's clause ("the raid took place on August 20").
_PAST_WORDS = (
    r"\b(?:was|were|had|did|took|came|began|fell|fought|held|met|made|saw|went|left|said|"
    r"told|killed|bought|brought|sold|won|lost|[a-z]{3,}ed)\b"
)
_PAST_VERB = re.compile(_PAST_WORDS + r"[^,;:.!?]*$")
# A determiner or "fiscal" before "2023 elections" makes the number a year, not a count.
_YEAR_MODIFIER_BEFORE = re.compile(r"(?:\bthe|\bits|\btheir|\bhis|\bher|'s|\bfiscal)\s*$", re.I)


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
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver


# ---------------------------------------------------------------- value helpers


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3]]


def count_number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or ``None`` when the parts do not form one (31 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def yearless_day(
    anchor: dt.date, month: int, day: int, future: bool, past: bool = False
) -> dt.date | None:
    """The most recent such day on or before the anchor (or just after it), unless the next
    one is near and closer (payment dates, deadlines, meetings: "payable Dec. 15" in a
    November report) and no cue ("since", "after") says past; the next one on or after the
    anchor when the wording looks ahead."""
    if future:
        years = (anchor.year, anchor.year + 1, anchor.year + 4)
        return next((d for d in _days_in(years, month, day) if d >= anchor), None)
    limit = anchor + dt.timedelta(days=FUTURE_SLACK_DAYS)
    years = (anchor.year + 1, anchor.year, anchor.year - 1, anchor.year - 4)
    before = next((d for d in _days_in(years, month, day) if d <= limit), None)
    after = next((d for d in _days_in(years[::-1], month, day) if d > limit), None)
    if past or before is None or after is None:
        return before
    ahead, back = (after - anchor).days, (anchor - before).days
    return after if ahead <= NEAR_FUTURE_DAYS and ahead < back else before


def _days_in(years: tuple[int, ...], month: int, day: int) -> list[dt.date]:
    return [d for d in (safe_date(year, month, day) for year in years) if d is not None]


def looks_back(text: str, start: int) -> bool:
    """Whether the words before ``start`` place the date in the past: a cue word right
    before it ("since") or a past-tense verb earlier in its clause."""
    if _PAST_CUE.search(text, max(0, start - 20), start):
        return True
    return bool(_PAST_VERB.search(text, max(0, start - 60), start))


def _past_after(text: str, end: int) -> bool:
    """A fronted date whose clause goes on in the past ("In January, the firm bought ...")."""
    clause = re.match(r",\s+[^.;!?]{0,60}", text[end : end + 70])
    return clause is not None and re.search(_PAST_WORDS, clause.group()) is not None


def looks_ahead(text: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the future ("will meet on ...")."""
    return bool(_FUTURE_CUE.search(text, max(0, start - 80), start))


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


def shift_months(anchor: dt.date, months: int) -> tuple[int, int]:
    index = anchor.year * 12 + anchor.month - 1 + months
    return index // 12, index % 12 + 1


def spelled_year(words: str) -> int | None:
    """ "nineteen ninety-six" → 1996, "two thousand and one" → 2001, "nineteen hundred" → 1900."""
    parts = [w for w in re.split(r"[\s-]+", words.lower()) if w and w != "and"]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + _small_number(parts[2:])
    century = 19 if parts[0] == "nineteen" else 20
    if parts[1:] == ["hundred"]:
        return century * 100
    return century * 100 + _small_number(parts[1:])


def _small_number(parts: list[str]) -> int:
    """0-99 from words: [], ["seven"], ["fifteen"], ["ninety", "six"]."""
    total = 0
    for word in parts:
        if word in _UNITS:
            total += _UNITS.index(word) + 1
        elif word in _TEENS:
            total += _TEENS.index(word) + 10
        else:
            total += (_TENS.index(word) + 2) * 10
    return total


def match_year(match: Match) -> int | None:
    """The year a match states, in digits (group ``year``) or words (group ``spelled``)."""
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("spelled"):
        return spelled_year(groups["spelled"])
    return None


def part_year(anchor: dt.date, part: int, current: int, future: bool) -> int:
    """The year of a yearless part (quarter or half) of a year: this year's when it has begun,
    else last year's ("the fourth quarter" in a February report); the next one ahead when the
    wording looks ahead. Quarters never look ahead: "expected third-quarter results" are
    those of the quarter just ended."""
    if future:
        return anchor.year if part >= current else anchor.year + 1
    return anchor.year if part <= current else anchor.year - 1


# ---------------------------------------------------------------- resolvers: explicit dates


def resolve_iso(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    found = safe_date(int(match["year"]), int(match["m"]), int(match["day"]))
    return Resolved(day_value(found), "day") if found else None


def resolve_numeric(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """``5/8/2024``: day/month order is decided once per document by :func:`numeric_order`."""
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    year = year + (2000 if year < 50 else 1900) if year < 100 else year
    month, day = (first, second) if numeric_order(text) == "mdy" else (second, first)
    if month > 12:
        month, day = day, month
    found = safe_date(year, month, day)
    return Resolved(day_value(found), "day") if found else None


def resolve_numeric_yearless(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "on 28/06": a day and month after a preposition (a bare "24/7" or "1/2" is not)."""
    first, second = int(match["a"]), int(match["b"])
    month, day = (first, second) if numeric_order(text) == "mdy" else (second, first)
    if month > 12:
        month, day = day, month
    if safe_date(2000, month, day) is None:
        return None
    if anchor is None:
        return Resolved(None, "day", inferred_year=True)
    found = yearless_day(anchor, month, day, looks_ahead(text, match.start()))
    return Resolved(day_value(found), "day", inferred_year=True) if found else None


@functools.lru_cache(maxsize=64)
def numeric_order(text: str) -> str:
    """ "mdy" or "dmy": an unambiguous numeric date decides, then the prose style of dates.

    US style ("December 3", "01/31/2000") is the default, as in US wire copy and GTD.
    """
    for match in re.finditer(r"\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d\d)\b", text):
        if int(match[1]) > 12 >= int(match[2]):
            return "dmy"
        if int(match[2]) > 12 >= int(match[1]):
            return "mdy"
    day_first = re.search(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}", text)
    month_first = re.search(rf"{_MON}\s+\d{{1,2}}\b", text)
    return "dmy" if day_first and not month_first else "mdy"


def resolve_full_date(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    found = safe_date(int(match["year"]), month_number(match["mon"]), int(match["day"]))
    return Resolved(day_value(found), "day") if found else None


def resolve_range_first_day(
    match: re.Match[str], anchor: dt.date | None, text: str
) -> Resolved | None:
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
    if name.rstrip(".") in {"May", "March"} and not (match["cue"] or match["rel"]):
        return None
    if len(name) <= 4 and not name.endswith(".") and name not in {"May", "June", "July"}:
        return None  # "Mar del Plata": a bare abbreviation without its period is a name
    if anchor is None:
        return Resolved(None, "month", inferred_year=True)
    month = month_number(match["mon"])
    rel = (match["rel"] or "").lower()
    year = {"this": anchor.year, "next": anchor.year + 1}.get(rel)
    if rel == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    if year is None:
        cue = (match["cue"] or "").strip().lower()
        future = looks_ahead(text, match.start()) or cue in {"by", "until", "through"}
        past = looks_back(text, match.start()) or cue in {"since", "after", "from"}
        past = past or _past_after(text, match.end())
        return Resolved(yearless_month(anchor, month, future, past), "month", inferred_year=True)
    return Resolved(month_value(year, month), "month", inferred_year=True)


def resolve_month_rel_year(
    match: re.Match[str], anchor: dt.date | None, text: str
) -> Resolved | None:
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
    if _COUNT_BEFORE.search(before) and not _YEAR_CUE.match(match["cue"] or ""):
        return None
    if year > (anchor.year + 10 if anchor else 2100):
        return None
    if _COUNT_AFTER.match(text, match.end()) and not _YEAR_MODIFIER_BEFORE.search(before):
        return None
    return Resolved(str(year), "year")


def resolve_spelled_year(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """A year in words, with an optional month before it ("January nineteen ninety-seven")."""
    year = match_year(match)
    if year is None:
        return None
    if match["mon"]:
        return Resolved(month_value(year, month_number(match["mon"])), "month")
    return Resolved(str(year), "year")


def resolve_quarter(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the third quarter (of 1989)", "third-quarter", "the 1988 second quarter"."""
    quarter = ORDINALS[match["ord"].lower()]
    year = match_year(match) or (int(match["year2"]) if match["year2"] else None)
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
    index = anchor.year * 4 + (anchor.month - 1) // 3 + offset
    return Resolved(f"{index // 4:04d}-Q{index % 4 + 1}", "quarter")


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
    code = SEASONS[match["season"].lower()]
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
    return dt.date(year, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code], 1)


def resolve_anaphor(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the quarter", "that year": a placeholder that refers back to a quarter or year named
    earlier (resolved in time.py)."""
    return Resolved(None, "quarter")


def resolve_decade(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the 1990s", "the mid-1980s": TIMEX3 writes a decade as its first three digits."""
    return Resolved(match["dec"], "decade")


def resolve_this_year(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the year", "the current fiscal year": the report's year."""
    return Resolved(str(anchor.year) if anchor else None, "year")


def resolve_year_ago(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "year-ago", "the year-earlier period": the year before the anchor (or before the
    quarter in the same sentence; see time.py)."""
    return Resolved(str(anchor.year - 1) if anchor else None, "year")


# ---------------------------------------------------------------- resolvers: relative to anchor


def resolve_weekday(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """News weekdays: the latest such day (or today), unless the wording looks ahead."""
    if anchor is None:
        return Resolved(None, "day")
    weekday = WEEKDAYS.index(match["wd"].lower())
    rel = (match["rel"] or "").lower()
    if rel == "last":
        return Resolved(
            day_value(weekday_date(anchor - dt.timedelta(days=1), weekday, False)), "day"
        )
    future = rel in {"next", "coming", "this coming"}
    future = future or (rel != "this" and looks_ahead(text, match.start()))
    return Resolved(day_value(weekday_date(anchor, weekday, future)), "day")


DAY_OFFSETS = {
    "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1,
    "overnight": -1, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "the day before yesterday": -2,
}  # fmt: skip


def resolve_day_word(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    if anchor is None:
        return Resolved(None, "day")
    offset = DAY_OFFSETS[" ".join(match["word"].lower().split())]
    return Resolved(day_value(anchor + dt.timedelta(days=offset)), "day")


def resolve_ago(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "two days ago", "a week ago" (days), "five months ago" (month), "a year ago" (year)."""
    if anchor is None:
        return Resolved(None, "day")
    count, unit = count_number(match["num"]), match["unit"].lower().rstrip("s")
    if unit in {"day", "week"}:
        days = count * (7 if unit == "week" else 1)
        return Resolved(day_value(anchor - dt.timedelta(days=days)), "day")
    if unit == "month":
        return Resolved(month_value(*shift_months(anchor, -count)), "month")
    return Resolved(str(anchor.year - count), "year")


def resolve_week(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    if anchor is None:
        return Resolved(None, "week")
    offset = {"last": -7, "next": 7}.get(match["rel"].lower().split()[-1], 0)
    return Resolved(week_value(anchor + dt.timedelta(days=offset)), "week")


def resolve_weekend(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """The latest Saturday-Sunday (this one if it is under way), as its ISO week."""
    if anchor is None:
        return Resolved(None, "week")
    saturday = weekday_date(anchor, 5, future=(match["rel"] or "").lower() == "next")
    if anchor.weekday() == 6:
        saturday = anchor - dt.timedelta(days=1)
    return Resolved(week_value(saturday), "week")


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


# ---------------------------------------------------------------- the rule table

_I = re.IGNORECASE
_EARLY_THIS = r"(?:earlier|early|later|late)\s+this"


def _rule(name: str, pattern: str, resolve: Resolver, flags: int = 0) -> Rule:
    return Rule(name, re.compile(pattern, flags), resolve)


@functools.cache
def rules() -> tuple[Rule, ...]:
    """All rules, most specific first: on equal spans the earlier rule wins."""
    wd_rel = (
        r"(?:(?P<rel>(?i:last|next|this coming|this|past|coming))\s+"
        r"|(?i:on|early|late|early on|late on)\s+)?"
    )
    part = r"(?:,?\s+(?i:morning|afternoon|evening|night|overnight))?"
    cue = r"(?P<cue>(?i:in|of|since|until|by|during|from|to|through|before|after|early|late|mid-?|between|and|around|end of|beginning of|start of)\s+)?"  # noqa: E501
    return (
        _rule("iso", r"\b(?P<year>\d{4})-(?P<m>\d{1,2})-(?P<day>\d{1,2})(?![\d-])", resolve_iso),
        _rule("numeric", r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d\d)\b(?![/.]\d)",
              resolve_numeric),
        # "Sunday, 3 December 2020": the weekday names the stated day, so it joins the span.
        _rule("wd_month_day_year", rf"\b{_WD},?\s+{_MON}\s*{_DAY},?\s+{_YEAR}", resolve_full_date),
        _rule("wd_day_month_year", rf"\b{_WD},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}",
              resolve_full_date),
        _rule("wd_month_day", rf"\b{_WD},?\s+{_MON}\s*{_DAY}(?![\d:,.]\d)", resolve_month_day),
        _rule("wd_day_month", rf"\b{_WD},?\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}",
              resolve_month_day),
        _rule("numeric_yearless", r"\b(?i:on|since|from|between|and|to|until|by)\s+"
              r"(?P<a>[0-3]?\d)/(?P<b>[01]?\d)(?![\d/])", resolve_numeric_yearless),
        _rule("month_day_year", rf"\b{_MON}\s*{_DAY},?\s+{_YEAR}", resolve_full_date),
        _rule("day_month_year", rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}", resolve_full_date),
        _rule("month_year", rf"\b{_MON},?\s+(?:of\s+)?{_YEAR}", resolve_month_year),
        _rule("range_first_day", rf"\b{_DAY}(?=\s*(?:and|or|to|-|–)\s*[0-3]?\d(?:st|nd|rd|th)?\s+"
              rf"(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?)", resolve_range_first_day),
        _rule("month_day", rf"\b{_MON}\s*{_DAY}(?![\d:,.]\d)", resolve_month_day),
        _rule("day_month", rf"\b{_DAY}\s+(?:of\s+)?{_MON}", resolve_month_day),
        _rule("month_rel_year", rf"\b{_MON}\s+(?P<rel>(?i:last|this|next))\s+(?i:year)\b",
              resolve_month_rel_year),
        _rule("week_of", rf"(?i:the\s+)?(?i:week)\s+of\s+{_MON}\s*{_DAY}", resolve_week_of),
        _rule("bare_month", rf"{cue}(?:(?P<rel>(?i:last|this|next))\s+)?\b{_MON}(?!\s*\d)",
              resolve_bare_month),
        _rule("quarter", rf"\b(?i:the\s+)?(?:(?:(?i:fiscal)\s+)?{_YEAR}\s+)?{_ORD}"
              rf"[\s-]+(?i:quarter|qtr\.?)(?:\s+(?:of\s+)?(?:(?i:fiscal)\s+)?"
              rf"(?P<year2>(?:1[6-9]|20)\d\d)(?![\d/]))?", resolve_quarter),
        _rule("rel_quarter", r"\b(?:the\s+)?(?P<rel>latest|most\s+recent|last|past|previous|"
              r"prior|current|this|next|coming|year-ago|year-earlier)\s+(?:three-month\s+)?"
              r"quarter\b", resolve_rel_quarter, _I),
        _rule("half", rf"\b(?i:the\s+)?(?P<which>(?i:first|second|last))[\s-]+(?i:half)"
              rf"(?:\s+of\s+(?:(?i:fiscal)\s+)?{_YEAR_OR_SPELLED})?(?!\s+(?:of\s+)?(?i:the|a|an|"
              rf"his|her|its|their)\b)", resolve_half),
        _rule("season", rf"\b(?:(?P<rel>(?i:last|this\s+past|past|this|next|early|late))\s+)?"
              rf"(?:(?i:the)\s+)?(?:(?i:early|late)\s+)?{_SEASON}(?:\s+of\s+{_YEAR_OR_SPELLED})?"
              r"(?![\w-])", resolve_season),
        # Anaphoric: resolved from the quarter mentioned before them (time.py), else dropped.
        _rule("quarter_ref", r"\b(?:the\s+)?(?:same\s+)?quarter\b(?!-)", resolve_anaphor, _I),
        _rule("period_ref", r"\b(?:(?:the\s+)?(?:latest|most\s+recent|same|corresponding|"
              r"comparable|year-ago|year-earlier|(?:19|20)\d\d)\s+(?:three-month\s+)?period"
              r"(?:\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year))?|last\s+year's\s+"
              r"(?:quarter|period))\b", resolve_anaphor, _I),
        _rule("year_ago_adj", r"\b(?:the\s+)?year-(?:ago|earlier)(?:\s+(?:quarter|period))?\b",
              resolve_year_ago, _I),
        _rule("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<dec>(?:1[6-9]|20)\d)0'?s\b",
              resolve_decade, _I),
        _rule("this_year", r"\b(?:the|this)\s+(?:current\s+)?(?:fiscal\s+|full\s+|calendar\s+)?"
              r"year\b(?!['’]s|\s+(?:of|before|after|ago|earlier|later)\b)", resolve_this_year, _I),
        _rule("year_ref", r"\b(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|"
              r"the\s+preceding)\s+year\b|\ba\s+year\s+later\b", resolve_anaphor, _I),
        _rule("spelled_year", rf"(?:{_MON}\s+)?\b{_SPELLED}", resolve_spelled_year),
        _rule("year", rf"(?:{cue}|\b(?i:mid|early|late)-)?\b{_YEAR}(?!s\b|'s\b|-\d)", resolve_year),
        _rule("weekday", rf"{wd_rel}\b{_WD}{part}", resolve_weekday),
        _rule("day_word", r"\b(?P<word>the day before yesterday|yesterday|today|tonight|tomorrow"
              r"|last\s+night|overnight|this\s+(?:morning|afternoon|evening))\b",
              resolve_day_word, _I),
        _rule("ago", rf"\b{_NUM}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", resolve_ago, _I),
        _rule("week", rf"\b(?P<rel>last|next|this|{_EARLY_THIS})\s+week\b(?!s)",
              resolve_week, _I),
        _rule("weekend", r"\b(?:(?P<rel>last|this|next|the)|over\s+the|during\s+the|at\s+the)\s+"
              r"weekend\b", resolve_weekend, _I),
        _rule("month_word", rf"\b(?P<rel>last|next|this|{_EARLY_THIS})\s+month\b",
              resolve_month_word, _I),
        _rule("year_word", rf"\b(?:(?P<rel>last|next|this|{_EARLY_THIS})\s+year"
              r"|a\s+year\s+(?P<rel2>earlier|before))\b", resolve_year_word, _I),
    )  # fmt: skip
