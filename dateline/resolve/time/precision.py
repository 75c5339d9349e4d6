"""ACLED's event_date and time_precision for a chosen date: a day as stated, a vague date
coded to the middle of its span, an approximate day (around it, a range, the day bodies
were found, mid-month) with precision 2."""

from __future__ import annotations

import datetime as dt
import re

from dateline import vocabulary as V
from dateline.models import TIME_PRECISION_CODE, TimeValue
from dateline.resolve.time.background import fronted, sentence_start
from dateline.resolve.time.spans import middle_day

# ACLED has no code coarser than a month: quarters, halves and seasons are coded 3, dated to
# their middle month.
_COARSE_CODE = 3


def _choice(name: str) -> re.Pattern[str]:
    return V.pattern("time_choice", name)


def acled_date(value: TimeValue, published: dt.datetime | None) -> tuple[str, int]:
    """A day for ACLED's event_date: a week or month is coded to its middle (never after the
    report), with time_precision 2 for a week and 3 for a month or year."""
    assert value.value is not None and value.precision is not None
    day = middle_day(value.value, value.precision, "weekend" in value.text.lower())
    if published is not None and value.precision != "day":
        day = min(day, published.date())
    return day.isoformat(), TIME_PRECISION_CODE.get(value.precision, _COARSE_CODE)


def approximate_code(text: str, date: TimeValue) -> bool:
    """Whether ACLED would code the chosen date with precision 2: an approximate or ranged
    day (see :func:`_approximate`), the day bodies were found, or the middle of a month."""
    if date.precision == "day":
        return _approximate(text, date) or _discovery(text, date)
    lead = text[max(0, date.start - 25) : date.start]
    return date.precision == "month" and _choice("mid_before").search(lead) is not None


def _approximate(text: str, date: TimeValue) -> bool:
    """ "Around 4 May", "on or about 4 May", "between 4 and 5 May", "4-5 May", "as reported on
    4 May"."""
    lead = text[max(0, date.start - 30) : date.start]
    return bool(
        _choice("approx_before").search(lead) or _choice("range_after").match(text, date.end)
    )


def _discovery(text: str, date: TimeValue) -> bool:
    """ "On 4 May, the body of a man was found ...": the date fronts a sentence that reports a
    discovery of the dead, with no event verb in the active voice before it."""
    if not fronted(text, sentence_start(text, date.start), date):
        return False
    end = _choice("clause_end").search(text, date.end)
    clause = text[date.end : end.start() if end else len(text)]
    found = _choice("discovery").search(clause)
    if found is None or not _choice("dead").search(clause):
        return False
    return _choice("active_event").search(clause, 0, found.start()) is None
