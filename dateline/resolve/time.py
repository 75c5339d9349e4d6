"""Resolve time: find and normalise time expressions, and choose each event's date.

Dates are anchored on the publication date, never on today's: an expression that needs an
anchor when none is known gets ``value=None`` (the caller warns). The regex rules in
:mod:`dateline.resolve.timex_rules` handle news phrasing; dateparser is the fallback for
publication dates in formats the ISO parser does not read (RSS and e-mail style).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from dateline.models import TIME_PRECISION_CODE, TimeValue
from dateline.resolve.timex_rules import Resolved, rules

# Words that introduce a date but are not part of it ("on Tuesday", "in 1998").
_LEAD_WORD = re.compile(
    r"(?i:on|in|of|since|until|by|during|from|to|through|before|after|between|and|around|"
    r"end of|beginning of|start of)\s+"
)
_NEAR_CHARS = 12  # "overnight between " / "overnight on "
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–|—)\s*$", re.IGNORECASE)
# ACLED codes a vague date to the middle of its span, with a lower time_precision.
_WEEK_MIDDLE = 3  # ISO weekday of Wednesday
_MONTH_MIDDLE = 15
# With no date in the text, the event is taken to be the day before the report: wire
# reports mostly cover the previous day's events.
NO_DATE_OFFSET_DAYS = 1
NO_DATE_PRECISION = 2
# ACLED has no code coarser than a month: quarters, halves and seasons are coded 3, dated to
# their middle month.
_COARSE_CODE = 3
_SEASON_MIDDLE_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_PART_MIDDLE_MONTH = {
    "quarter": lambda part: int(part[1]) * 3 - 1,
    "half": lambda part: 4 if part == "H1" else 10,
    "season": lambda part: _SEASON_MIDDLE_MONTH[part],
}


# ---------------------------------------------------------------- finding dates


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    order: int  # rule index: on equal spans the more specific rule wins
    resolved: Resolved


def find_dates(text: str, published: dt.datetime | None) -> list[TimeValue]:
    """Every time expression in ``text``, normalised against ``published``; sorted by start,
    non-overlapping."""
    anchor = published.date() if published is not None else None
    hits = _drop_vague_overnight(text, _select(_all_hits(text, anchor)))
    hits = _resolve_anaphors(text, hits)
    _order_ranges(text, hits)
    return [_time_value(text, hit) for hit in hits]


def _all_hits(text: str, anchor: dt.date | None) -> list[_Hit]:
    hits = []
    for order, rule in enumerate(rules()):
        for match in rule.pattern.finditer(text):
            resolved = rule.resolve(match, anchor, text)
            if resolved is not None:
                hits.append(_Hit(*_trim(text, match.start(), match.end()), order, resolved))
    return hits


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading preposition and trailing punctuation from a span."""
    lead = _LEAD_WORD.match(text, start, end)
    if lead is not None:
        start = lead.end()
    while end > start and text[end - 1] in ",. ":
        end -= 1
    return start, end


def _select(hits: list[_Hit]) -> list[_Hit]:
    """Longest spans first; drop any that overlap an already chosen one."""
    chosen: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.order, h.start)):
        if all(hit.end <= other.start or hit.start >= other.end for other in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def _drop_vague_overnight(text: str, hits: list[_Hit]) -> list[_Hit]:
    """ "overnight between 24 and 25 March" or "Friday overnight": the other date says when."""
    keep = []
    for i, hit in enumerate(hits):
        near = hits[max(0, i - 1) : i] + hits[i + 1 : i + 2]
        vague = text[hit.start : hit.end].lower() == "overnight"
        if not (vague and any(_gap_between(hit, other) <= _NEAR_CHARS for other in near)):
            keep.append(hit)
    return keep


# Expressions that compare with the same period one year back ("from $5 a year earlier").
_YEAR_BACK = re.compile(r"(?i:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?year-(?:ago|earlier)"
                        r"(?:\s+(?:quarter|period))?)$")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"'(]")


def _resolve_anaphors(text: str, hits: list[_Hit]) -> list[_Hit]:
    """ "the quarter" takes the value of the quarter named before it (or is dropped), and a
    year-back comparison in a sentence about a quarter means that quarter a year earlier."""
    names = [rule.name for rule in rules()]
    kept: list[_Hit] = []
    quarter: _Hit | None = None
    for hit in hits:
        name, value = names[hit.order], hit.resolved.value
        if name == "quarter_ref":
            if quarter is None or quarter.resolved.value is None:
                continue
            hit.resolved = quarter.resolved
        elif quarter is not None and quarter.resolved.value and _YEAR_BACK.match(
            text[hit.start : hit.end]
        ):
            if _same_sentence(text, quarter, hit):
                hit.resolved = Resolved(_year_back(quarter.resolved.value), "quarter")
        if value and hit.resolved.precision == "quarter" and name != "quarter_ref":
            quarter = hit
        kept.append(hit)
    return kept


def _same_sentence(text: str, first: _Hit, second: _Hit) -> bool:
    return _SENTENCE_END.search(text, first.end, second.start) is None


def _gap_between(a: _Hit, b: _Hit) -> int:
    return max(b.start - a.end, a.start - b.end)


def _order_ranges(text: str, hits: list[_Hit]) -> None:
    """In "between October 17 and January 29" the first end lies before the second: move
    an inferred year back when it does not."""
    for first, second in itertools.pairwise(hits):
        joined = _RANGE_JOIN.match(text[first.end : second.start])
        a, b = first.resolved, second.resolved
        if joined and a.inferred_year and a.value and b.value and a.value > b.value:
            first.resolved = Resolved(_year_back(a.value), a.precision, True)


def _year_back(value: str) -> str:
    year, rest = value[:4], value[4:]
    shifted = f"{int(year) - 1:04d}{rest}"
    if rest == "-02-29":
        shifted = f"{int(year) - 1:04d}-02-28"
    return shifted


def _time_value(text: str, hit: _Hit) -> TimeValue:
    value, precision = hit.resolved.value, hit.resolved.precision
    return TimeValue(text[hit.start : hit.end], hit.start, hit.end, value, precision)


# ---------------------------------------------------------------- choosing an event's date


def event_date(
    dates: list[TimeValue],
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    published: dt.datetime | None,
    paragraph: tuple[int, int] | None = None,
) -> tuple[TimeValue | None, str | None, int | None]:
    """The event's date: the resolved expression nearest the trigger in its sentence, else
    in its paragraph, else the report date. Returns (expression, ISO day, ACLED precision)."""
    for span in (sentence, paragraph):
        chosen = _nearest(dates, span, trigger) if span is not None else None
        if chosen is not None:
            day, code = acled_date(chosen, published)
            return chosen, day, code
    if published is None:
        return None, None, None
    fallback = published.date() - dt.timedelta(days=NO_DATE_OFFSET_DAYS)
    return None, fallback.isoformat(), NO_DATE_PRECISION


def _nearest(
    dates: list[TimeValue], span: tuple[int, int], trigger: tuple[int, int]
) -> TimeValue | None:
    inside = [d for d in dates if d.value and span[0] <= d.start and d.end <= span[1]]
    return min(inside, key=lambda d: (_gap(d, trigger), d.start), default=None)


def _gap(date: TimeValue, trigger: tuple[int, int]) -> int:
    return max(date.start - trigger[1], trigger[0] - date.end, 0)


def acled_date(value: TimeValue, published: dt.datetime | None) -> tuple[str, int]:
    """A day for ACLED's event_date: a week or month is coded to its middle (never after the
    report), with time_precision 2 for a week and 3 for a month or year."""
    assert value.value is not None and value.precision is not None
    day = _middle_day(value.value, value.precision, "weekend" in value.text.lower())
    if published is not None and value.precision != "day":
        day = min(day, published.date())
    return day.isoformat(), TIME_PRECISION_CODE.get(value.precision, _COARSE_CODE)


def _middle_day(value: str, precision: str, weekend: bool) -> dt.date:
    if precision == "day":
        return dt.date.fromisoformat(value)
    if precision == "week":
        year, week = int(value[:4]), int(value[6:])
        return dt.date.fromisocalendar(year, week, 6 if weekend else _WEEK_MIDDLE)
    if precision == "month":
        return dt.date(int(value[:4]), int(value[5:7]), _MONTH_MIDDLE)
    if precision in _PART_MIDDLE_MONTH:
        return dt.date(int(value[:4]), _PART_MIDDLE_MONTH[precision](value[5:]), _MONTH_MIDDLE)
    return dt.date(int(value[:4]), 7, 1)
