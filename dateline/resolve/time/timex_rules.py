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
# Wording that looks ahead still takes a day this recently passed (a deadline just gone) ...
PASSED_LIMIT_DAYS = 7
# ... and takes last month's day over one this far ahead ("where the Aug. 7 blasts killed"
# after "would" in an August report): an unyeared date is rarely most of a year away.
FAR_AHEAD_DAYS = 300
RECENT_DAYS = 30
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
# "next year's first quarter", "last year's second half".
_YEAR_REL = r"(?P<yrel>(?i:last|next|this))\s+(?i:year)['’]s\s+"

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
_FUTURE_WORD = re.compile(
    r"\b(?:will|'ll|shall|to be held|scheduled|planned|plans|expected|due|set to|is to|are to|"
    r"going to|next|upcoming|coming|deadline|expires?|effective|planning|plan to|would|could|"
    r"might|postponed|as soon as|as early as|to be|expects?)\b",
    re.IGNORECASE,
)
# How far a future word reaches ahead to a date, within one sentence.
_FUTURE_REACH = 60
# A sentence or clause break between a future word and the date (not "9.5" or "a.m.").
_SENTENCE_BREAK = re.compile(r"[.;](?:\s|$)")
_CLOCK = re.compile(r"\b[ap]\.m\.", re.IGNORECASE)
# "until" or "by" right before a date sets a limit ahead ("by May 3", "until 9 a.m. Tuesday").
_LIMIT_BEFORE = re.compile(
    r"\b(?:until|by)\s+(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)\s*(?:[A-Z]{2,4}\s+)?)?$",
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
_PAST_VERB = re.compile(_PAST_WORDS)
# After these a participle is an adjective or a passive, not a past tense ("the reduced
# dividend", "to be published", "will be held").
_NOT_TENSE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|to|be|is|are|am|been|being|will|would|'ll)\s+"
    r"(?:[a-z]+ly\s+|still\s+|not\s+|yet\s+)?$",
    re.IGNORECASE,
)
# Future words that hold against a past-tense verb nearer the date; after any other ("would",
# "expected", "to be") such a verb belongs to another clause and dates it ("they would appeal
# the ruling announced Wednesday").
_FIRM_FUTURE = frozenset(
    {"will", "'ll", "shall", "as soon as", "as early as", "postponed", "scheduled", "planned"}
)
# "had filed by Wednesday": a limit already reached.
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?\w+(?:ed|en)\b[^.;:!?]*$", re.IGNORECASE)
# A present-tense auxiliary after the past verb: the nearer verb sets the tense ("said it is
# calling for a vote on May 3").
_PRESENT_AUX = re.compile(r"\b(?:is|are|am|has|have|will|shall)\b", re.IGNORECASE)
# A date after "to" or "until" is a new limit ("extended the offer to May 3").
_TARGET_BEFORE = re.compile(r"\b(?:to|until|till)\s+$", re.IGNORECASE)
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


# TIMEX3 marks a weekend by this suffix on its ISO week ("2024-W31-WE").
WEEKEND_SUFFIX = "-WE"


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
    anchor when the wording looks ahead (or one just passed: "had until Jan. 14" in a Jan. 15
    report), unless that is most of a year away and the last one recent."""
    if future:
        years = (anchor.year - 1, anchor.year, anchor.year + 1, anchor.year + 4)
        start = anchor - dt.timedelta(days=PASSED_LIMIT_DAYS)
        found = next((d for d in _days_in(years, month, day) if d >= start), None)
        last = yearless_day(anchor, month, day, future=False, past=True)
        far = found is not None and (found - anchor).days > FAR_AHEAD_DAYS
        if far and last is not None and (anchor - last).days <= RECENT_DAYS:
            return last
        return found
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


def _last_past_verb(text: str, start: int) -> re.Match[str] | None:
    """The last past-tense verb in the date's clause (no punctuation between them), within
    60 characters before ``start``."""
    low = max(0, start - 60)
    clause = max(low, *(text.rfind(mark, low, start) + 1 for mark in ",;:.!?"))
    last = None
    for match in _PAST_VERB.finditer(text, clause, start):
        if not _NOT_TENSE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            last = match
    return last


def looks_back(text: str, start: int) -> bool:
    """Whether the words before ``start`` place the date in the past: a cue word right
    before it ("since") or a past-tense verb earlier in its clause, unless a present-tense
    verb comes nearer or the date is a new limit ("extended to May 3")."""
    if _PAST_CUE.search(text, max(0, start - 20), start):
        return True
    verb = _last_past_verb(text, start)
    if verb is None or _TARGET_BEFORE.search(text, max(0, start - 8), start):
        return False
    return _PRESENT_AUX.search(text, verb.end(), start) is None


def _past_after(text: str, end: int) -> bool:
    """A fronted date whose clause goes on in the past ("In January, the firm bought ..."),
    not a reporting clause ("... in early March, an official said")."""
    clause = re.match(r",\s+[^.;!?]{0,60}", text[end : end + 70])
    if clause is None:
        return False
    verbs = [m.group().lower() for m in re.finditer(_PAST_WORDS, clause.group())]
    return any(verb not in _REPORTING_VERBS for verb in verbs)


_REPORTING_VERBS = frozenset(
    {"said", "told", "added", "reported", "announced", "stated", "claimed", "confirmed"}
)


def looks_ahead(text: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the future ("will meet on ..."): a
    future word within reach, unless a past-tense verb comes after a weak one, nearer the
    date; "by" or "until" right before the date, unless a past perfect sets it back."""
    if _LIMIT_BEFORE.search(text, max(0, start - 24), start):
        return not _PAST_PERFECT.search(text, max(0, start - 60), start)
    low = max(0, start - 80)
    words = [
        match
        for match in _FUTURE_WORD.finditer(text, low, start)
        if start - match.end() <= _FUTURE_REACH
        and not _SENTENCE_BREAK.search(_CLOCK.sub("am", text[match.end() : start]))
    ]
    if not words:
        return False
    if words[-1].group().lower() in _FIRM_FUTURE:
        return True
    verb = _last_past_verb(text, start)
    return verb is None or verb.start() < words[-1].end()


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


# A reading this close before the anchor beats the prose style's order: reports date their
# events in the days before them.
_NUMERIC_NEAR_DAYS = 45


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
    for match in re.finditer(r"\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d\d)\b", text):
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
    day_first = re.search(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}", text)
    month_first = re.search(rf"{_MON}\s+\d{{1,2}}\b", text)
    if day_first and not month_first:
        return "dmy"
    return "mdy" if month_first and not day_first else None


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
        future = looks_ahead(text, match.start()) or cue in {"by", "until"}
        past = looks_back(text, match.start()) or cue in {"since", "after", "from"}
        past = past or _past_after(text, match.end())
        # "through January" ends a span: the nearest such month, whatever the verb's tense.
        past = past and cue != "through"
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
    before = text[max(0, match.start() - 20) : match.start()]
    if _COUNT_BEFORE.search(before) or _COUNT_AFTER.match(text, match.end()):
        return None  # "around two thousand people"
    return Resolved(str(year), "year")


def resolve_quarter(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the third quarter (of 1989)", "third-quarter", "the 1988 second quarter"."""
    quarter = ORDINALS[match["ord"].lower()]
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
    earlier (resolved in time.py). "The latest period" with nothing to refer to is the last
    quarter completed."""
    if anchor is not None and re.match(r"(?i)(?:the\s+)?(?:latest|most\s+recent)\b", match.group()):
        index = anchor.year * 4 + (anchor.month - 1) // 3 - 1
        return Resolved(f"{index // 4:04d}-Q{index % 4 + 1}", "quarter")
    return Resolved(None, "quarter")


def resolve_decade(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the 1990s", "the mid-1980s": TIMEX3 writes a decade as its first three digits."""
    return Resolved(match["dec"], "decade")


DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip


def resolve_decade_word(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the nineties", "the '80s": the latest such decade that has begun by the anchor."""
    if anchor is None:
        return Resolved(None, "decade")
    word = match["dw"].lower()
    start = anchor.year // 100 * 100 + (int(word) if word.isdigit() else DECADE_WORDS[word]) * 10
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


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _from_easter(days: int) -> Callable[[int], dt.date]:
    return lambda year: easter_sunday(year) + dt.timedelta(days=days)


# Holidays with one day a year, by a key folded from their name (see :func:`holiday_key`).
# Only names that mean the same day wherever the report comes from (no "Independence Day").
HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": _fixed(1, 1), "new year's eve": _fixed(12, 31),
    "christmas": _fixed(12, 25), "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24), "boxing day": _fixed(12, 26),
    "valentine's day": _fixed(2, 14), "halloween": _fixed(10, 31), "may day": _fixed(5, 1),
    "easter": _from_easter(0), "easter sunday": _from_easter(0), "easter monday": _from_easter(1),
    "good friday": _from_easter(-2), "palm sunday": _from_easter(-7),
    "ash wednesday": _from_easter(-46), "pentecost": _from_easter(49),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "election day": lambda y: nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "martin luther king day": lambda y: nth_weekday(y, 1, 0, 3),
    "presidents' day": lambda y: nth_weekday(y, 2, 0, 3),
    "mother's day": lambda y: nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: nth_weekday(y, 6, 6, 3),
}  # fmt: skip
_HOLIDAY = (
    r"(?P<hol>New\s+Year['’]s\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day"
    r"|Valentine['’]s\s+Day|Halloween|May\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday"
    r"|Palm\s+Sunday|Ash\s+Wednesday|Pentecost|Thanksgiving(?:\s+Day)?|Labor\s+Day"
    r"|Memorial\s+Day|Election\s+Day|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day"
    r"|Presidents['’]?\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day)"
)


def holiday_key(name: str) -> str:
    """ "Thanksgiving  Day" → "thanksgiving day"; "Martin Luther King Jr. Day" → its key."""
    key = " ".join(name.lower().replace("’", "'").split())
    key = re.sub(r",?\s+jr\.?", "", key)
    return "presidents' day" if key.startswith("president") else key


def resolve_holiday(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """A named holiday ("Thanksgiving", "last Christmas", "Easter 1998", "Easter week"): in a
    stated year, else the occurrence a yearless day would be (see :func:`yearless_day`)."""
    day_of = HOLIDAYS[holiday_key(match["hol"])]
    year = match_year(match)
    week = bool(match["week"])
    if year is not None:
        return _holiday_value(day_of(year), week)
    if anchor is None:
        return Resolved(None, "week" if week else "day", inferred_year=True)
    rel = (match["rel"] or "").lower()
    days = [day_of(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if rel == "this":
        found = day_of(anchor.year)
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


def resolve_day_word(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    if anchor is None:
        return Resolved(None, "day")
    offset = DAY_OFFSETS[" ".join(match["word"].lower().split())]
    return Resolved(day_value(anchor + dt.timedelta(days=offset)), "day")


# "the day before", "the following morning": days from the day under discussion.
_DAY_REF_BACK = re.compile(r"(?i)\b(?:before|previous|preceding|prior|earlier)\s*$")
_DAY_REF_AHEAD = re.compile(r"(?i)\b(?:after|next|following|later)\b")


def day_ref_offset(words: str) -> int:
    """Days from the day under discussion: "the day before" -1, "the next morning" +1,
    "that day", "later that day" 0."""
    folded = " ".join(words.lower().split())
    if re.search(r"\b(?:that|same|the)\s+day$|\bin\s+the\s+day$", folded) and not re.match(
        r"(?:the\s+)?(?:next|following|previous|preceding|prior)\b", folded
    ):
        return 0
    if _DAY_REF_BACK.search(folded) or re.match(r"the\s+(?:previous|preceding|prior)", folded):
        return -1
    return 1 if _DAY_REF_AHEAD.search(folded) else 0


def resolve_day_ref(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "that day", "the day before", "the next morning": days from the day under discussion
    (the last day stated; time.py), else from the anchor."""
    if anchor is None:
        return Resolved(None, "day")
    offset = day_ref_offset(match.group())
    return Resolved(day_value(anchor + dt.timedelta(days=offset)), "day")


def resolve_prior_weekday(match: Match, anchor: Anchor, text: str) -> Resolved | None:
    """ "the previous Friday": the one before the day under discussion (time.py), else the
    one before the anchor."""
    if anchor is None:
        return Resolved(None, "day")
    weekday = WEEKDAYS.index(match["wd"].lower())
    return Resolved(day_value(prior_weekday(anchor, weekday)), "day")


def prior_weekday(day: dt.date, weekday: int) -> dt.date:
    """The latest such weekday strictly before ``day``."""
    return weekday_date(day - dt.timedelta(days=1), weekday, False)


# From this many weeks back, "N weeks ago" names a week rather than a day (TIMEX3 keeps the
# granularity of the unit; near counts are read as days, as news uses them).
WEEKS_AGO_AS_WEEK = 3


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
    ahead = re.search(r"(?i)\b(?:ahead\s+of|before|until|by)\s+$", text[: match.start()])
    future = rel == "next" or (rel in {"the", "this"} and ahead is not None)
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
        _rule("numeric_yearless", r"(?:\b(?i:on|since|from|between|and|to|until|by|of)\s+|(?<=\())"
              r"(?P<a>[0-3]?\d)/(?P<b>[01]?\d)(?![\d/])", resolve_numeric_yearless),
        _rule("month_day_year", rf"\b{_MON}\s*{_DAY},?\s+{_YEAR}", resolve_full_date),
        _rule("day_month_year", rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}", resolve_full_date),
        _rule("dashed_date", rf"\b{_DAY}-{_MON}-{_YEAR}", resolve_full_date),
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
        _rule("quarter", rf"\b(?i:the\s+)?(?:(?:(?i:fiscal)\s+)?{_YEAR}\s+|{_YEAR_REL})?{_ORD}"
              rf"[\s-]+(?i:quarter|qtr\.?)(?:\s+(?:of\s+)?(?:(?i:fiscal)\s+)?"
              rf"(?P<year2>(?:1[6-9]|20)\d\d)(?![\d/]))?", resolve_quarter),
        _rule("rel_quarter", r"\b(?:the\s+)?(?P<rel>latest|most\s+recent|last|past|previous|"
              r"prior|current|this|next|coming|year-ago|year-earlier)\s+(?:three-month\s+)?"
              r"quarter\b", resolve_rel_quarter, _I),
        _rule("two_quarters", rf"\b(?i:the\s+)?(?P<which>(?i:first|last|second))\s+"
              rf"(?i:two\s+quarters)(?:\s+of\s+(?:(?i:fiscal)\s+)?{_YEAR_OR_SPELLED})?",
              resolve_half),
        _rule("half", rf"\b(?i:the\s+)?(?P<which>(?i:first|second|last))[\s-]+(?i:half)"
              rf"(?:\s+of\s+(?:(?i:fiscal)\s+)?{_YEAR_OR_SPELLED})?(?!\s+(?:of\s+)?(?i:the|a|an|"
              rf"his|her|its|their)\b)", resolve_half),
        _rule("season", rf"\b(?:(?P<rel>(?i:last|this\s+past|past|this|next|early|late))\s+)?"
              rf"(?:(?i:the)\s+)?(?:(?i:early|late)\s+)?{_SEASON}(?:\s+of\s+{_YEAR_OR_SPELLED})?"
              r"(?![\w-])", resolve_season),
        # Anaphoric: resolved from the quarter mentioned before them (time.py), else dropped.
        _rule("quarter_ref", r"\b(?:the\s+)?(?:same\s+|(?:19|20)\d\d\s+)?quarter\b(?!-)",
              resolve_anaphor, _I),
        _rule("period_ref", r"\b(?:(?:the\s+)?(?:latest|most\s+recent|same|corresponding|"
              r"comparable|year-ago|year-earlier|(?:19|20)\d\d)\s+(?:three-month\s+)?period"
              r"(?:\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year))?|last\s+year's\s+"
              r"(?:quarter|period))\b", resolve_anaphor, _I),
        _rule("year_ago_adj", r"\b(?:the\s+)?year-(?:ago|earlier)(?:\s+(?:quarter|period))?\b",
              resolve_year_ago, _I),
        _rule("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<dec>(?:1[6-9]|20)\d)0'?s\b",
              resolve_decade, _I),
        _rule("short_decade", r"(?:\bthe\s+)?(?:(?:early|mid|late)[\s-]+)?['’](?P<dw>[1-9])0s\b",
              resolve_decade_word, _I),
        _rule("holiday", rf"(?:\b(?P<rel>(?i:last|next|this))\s+)?\b{_HOLIDAY}"
              rf"(?:\s+(?P<week>(?i:week))\b|,?\s+(?:of\s+)?{_YEAR})?", resolve_holiday),
        _rule("decade_word", r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<dw>twenties|thirties|"
              r"forties|fifties|sixties|seventies|eighties|nineties)\b", resolve_decade_word, _I),
        _rule("last_period", r"\bthe\s+(?:past|last)\s+(?P<unit>year|decade)\b(?!['’]s|\s+or\b)",
              resolve_last_period, _I),
        _rule("this_year", r"\b(?:the|this)\s+(?:current\s+)?(?:fiscal\s+|full\s+|calendar\s+)?"
              r"year\b(?!['’]s|\s+(?:of(?!\s+[$\d])|before|after|ago|earlier|later)\b)",
              resolve_this_year, _I),
        _rule("year_end", r"\b(?P<cue>since\s+|after\s+)?(?:the\s+)?(?:calendar\s+)?year[-\s]end\b",
              resolve_year_end, _I),
        _rule("year_ref", r"\b(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|"
              r"the\s+preceding)\s+year\b|\ba\s+year\s+later\b", resolve_anaphor, _I),
        _rule("month_ref", r"\b(?:that|the\s+same|the\s+following|the\s+previous|the\s+preceding)"
              r"\s+month\b|\ba\s+month\s+(?:later|earlier|before)\b", resolve_anaphor, _I),
        _rule("spelled_year", rf"(?:{_MON}\s+)?\b{_SPELLED}", resolve_spelled_year),
        _rule("year", rf"(?:{cue}|\b(?i:mid|early|late)-)?\b{_YEAR}(?!s\b|'s\b|-\d)", resolve_year),
        _rule("prior_weekday", rf"\bthe\s+(?i:previous|preceding|prior)\s+{_WD}",
              resolve_prior_weekday),
        _rule("weekday", rf"{wd_rel}\b{_WD}{part}", resolve_weekday),
        # Anaphoric: counted from the last day stated before them (time.py).
        _rule("day_ref", r"\b(?:(?:earlier|later)\s+(?:that|the\s+same|in\s+the)\s+day"
              r"|that\s+(?:same\s+)?day|the\s+same\s+day"
              r"|the\s+(?:day|night|evening|morning)\s+(?:before|after|earlier)"
              r"(?!\s+(?:last|next|this|the|a|an|his|her|its|their|(?-i:[A-Z0-9])|\w+ing\b))"
              r"|the\s+(?:previous|preceding|prior|next|following)\s+(?:day|night|evening|morning))\b",
              resolve_day_ref, _I),
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
