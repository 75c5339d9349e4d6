"""Choosing an event's date among the dates the article states."""

from __future__ import annotations

import datetime as dt

from dateline import vocabulary as V
from dateline.models import TIME_PRECISION_CODE, TimeValue
from dateline.resolve.time.background import (
    BY_TRIGGER_CHARS,
    after_report,
    bracketed,
    fronts,
    gap,
    range_end,
    shifted_aside,
    since,
    stale,
)
from dateline.resolve.time.precision import acled_date, approximate_code

# With no date anywhere in the text, the event is taken to be the day of the report: a
# report that names no day at all is breaking news (wire copy of an earlier day names it:
# "on Tuesday"); ACLED codes such a day as known (time_precision 1) when the report implies it.
NO_DATE_OFFSET_DAYS = 0
NO_DATE_PRECISION = 1
# A date that heads a text ("01/03/2000: ...") starts within this many characters.
_HEADING_LEAD = 3


def event_date(
    dates: list[TimeValue],
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    published: dt.datetime | None,
    paragraph: tuple[int, int] | None = None,
    text: str | None = None,
) -> tuple[TimeValue | None, str | None, int | None]:
    """The event's date: in its sentence, else the date that heads the text ("01/03/2000: ..."),
    else its paragraph, the expression that fronts the sentence ("On 4 May, ...": it scopes
    over the whole clause) unless another one sits right by the trigger ("the attack on
    Saturday"), else the one nearest the trigger; then the day a state began ("on strike
    since 4 May"); with no date, the day of the report. Returns (expression, ISO day,
    ACLED precision). With ``text``, an approximate day ("around 4 May", the first day of a
    range) gets precision 2."""
    attempts = [(sentence, False), (paragraph, False), (sentence, True), (paragraph, True)]
    for span, since_only in attempts:
        chosen = None
        if span is not None:
            chosen = _chosen(dates, span, trigger, text, published, since_only)
        if span is paragraph and not since_only and span is not None and text is not None:
            chosen = _heading(dates, text, published) or chosen
        if chosen is not None:
            day, code = acled_date(chosen, published)
            if text is not None and approximate_code(text, chosen):
                code = TIME_PRECISION_CODE["week"]
            return chosen, day, code
    if published is None:
        return None, None, None
    fallback = published.date() - dt.timedelta(days=NO_DATE_OFFSET_DAYS)
    return None, fallback.isoformat(), NO_DATE_PRECISION


def _chosen(
    dates: list[TimeValue],
    span: tuple[int, int],
    trigger: tuple[int, int],
    text: str | None,
    published: dt.datetime | None = None,
    since_only: bool = False,
) -> TimeValue | None:
    """The date in ``span`` that dates the event; with ``since_only``, only a day that
    begins a state ("since 4 May"), which dates an event nothing else dates."""
    inside = [d for d in dates if d.value and span[0] <= d.start and d.end <= span[1]]
    if published is not None:
        inside = _by_report(inside, text, published.date())
    if text is not None:
        inside = _by_wording(inside, text, span, trigger, since_only)
    nearest = min(inside, key=lambda d: (gap(d, trigger), d.start), default=None)
    if nearest is None or text is None or gap(nearest, trigger) <= BY_TRIGGER_CHARS:
        return nearest
    fronting = inside[0] if fronts(text, span[0], inside[0].start) else None
    return fronting or nearest


def _by_report(inside: list[TimeValue], text: str | None, report: dt.date) -> list[TimeValue]:
    """Less the dates after the report, and (with the text) those well before it."""
    inside = [d for d in inside if not after_report(d, report)]
    if text is not None:
        inside = [d for d in inside if not stale(text, d, report)]
    return inside


def _by_wording(
    inside: list[TimeValue],
    text: str,
    span: tuple[int, int],
    trigger: tuple[int, int],
    since_only: bool,
) -> list[TimeValue]:
    """Less the dates the words around them give to something else (see :mod:`.background`);
    with ``since_only``, only the days a state began."""
    inside = [d for d in inside if not range_end(text, d, inside)]
    if since_only:
        inside = [d for d in inside if since(text, d) and d.precision == "day"]
    else:
        inside = [d for d in inside if not since(text, d)]
    inside = [d for d in inside if not shifted_aside(text, d, span, trigger)]
    return [d for d in inside if not bracketed(text, d, span)] or inside


def heading_date(
    dates: list[TimeValue], text: str, published: dt.datetime | None
) -> TimeValue | None:
    """The day that heads the text ("01/03/2000: ..."), which dates the incident it sums up."""
    return _heading(dates, text, published)


def _heading(dates: list[TimeValue], text: str, published: dt.datetime | None) -> TimeValue | None:
    """The day that heads the text and so dates its first event, if there is one."""
    first = next((d for d in dates if d.value), None)
    if first is None or first.precision != "day" or text[: first.start].strip():
        return None
    after = V.pattern("time_choice", "heading_after")
    if first.start > _HEADING_LEAD or not after.match(text, first.end):
        return None
    if published is not None and after_report(first, published.date()):
        return None
    return first
