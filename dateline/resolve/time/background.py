"""Dates that, by the words around them, date something other than the reported event: a
plan after the report, a past date well before it, the start of a state, a range's end, an
aside in brackets, a day counted from another."""

from __future__ import annotations

import datetime as dt
import re

from dateline import vocabulary as V
from dateline.models import TimeValue
from dateline.resolve.time.spans import period_end, period_start
from dateline.resolve.time.yearless import FUTURE_SLACK_DAYS

# A report tells of recent events: a calendar date that ends this many days before it dates
# background (an earlier killing, the uprising a march commemorates, a strike's start), unless
# it fronts its sentence ("On 3 March, ..."), which sets the time of the whole clause.
STALE_DAYS = 7
# A date by the trigger ("attack on Saturday", "Saturday's attack") beats a fronted one.
BY_TRIGGER_CHARS = 6


def _choice(name: str) -> re.Pattern[str]:
    return V.pattern("time_choice", name)


def label(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """A topic label heading a summary sentence at ``start`` ("Arrests: ...")."""
    pattern = _choice("label")
    return pattern.match(text, start) if end is None else pattern.match(text, start, end)


def fronts(text: str, start: int, end: int) -> bool:
    """Whether only prepositions and punctuation lie between ``start`` and ``end``."""
    return _choice("fronted").fullmatch(text, start, end) is not None


def fronted(text: str, sentence_start: int, date: TimeValue) -> bool:
    """Whether ``date`` fronts its sentence ("On the night of 4 May, ..."): it then scopes
    over the whole clause, whatever the parser attaches it to. A label before it ("Looting:
    On 4 May, ...") does not count."""
    found = label(text, sentence_start, date.start)
    start = found.end() if found is not None else sentence_start
    return fronts(text, start, date.start)


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts."""
    starts = [m.end() for m in _choice("sentence_start").finditer(text, 0, position)]
    return starts[-1] if starts else 0


def stale(text: str, date: TimeValue, report: dt.date) -> bool:
    """Whether ``date`` is a calendar day or month stated well before the report (see
    :data:`STALE_DAYS`) that does not front its sentence. Relative expressions ("last
    Wednesday", "two weeks ago") are counted from the report and kept."""
    if date.value is None or date.precision not in {"day", "month"}:
        return False
    if V.pattern("calendar", "calendar_word").search(date.text) is None:
        return False
    if (report - period_end(date.value, date.precision)).days <= STALE_DAYS:
        return False
    return not fronted(text, sentence_start(text, date.start), date)


def after_report(date: TimeValue, report: dt.date) -> bool:
    """A date that begins after the report (beyond time-zone slack) is a plan or a
    schedule, not when a reported event happened."""
    assert date.value is not None and date.precision is not None
    begins = period_start(date.value, date.precision)
    return begins > report + dt.timedelta(days=FUTURE_SLACK_DAYS if date.precision == "day" else 0)


def range_end(text: str, date: TimeValue, dates: list[TimeValue]) -> bool:
    """The second date of a range ("between 4 and 5 May", "(4 - 5 May)"): ACLED dates a
    range by its first day."""
    before = [d for d in dates if d.end <= date.start]
    join = V.pattern("time_context", "range_join")
    return bool(before) and join.match(text[before[-1].end : date.start]) is not None


def since(text: str, date: TimeValue) -> bool:
    """ "in place since November": the start of a state, not the date of the event (used
    only when nothing else dates it, and then only a day: "on strike since 4 May")."""
    return _choice("since_before").search(text[: date.start]) is not None


def shifted_aside(
    text: str, date: TimeValue, span: tuple[int, int], trigger: tuple[int, int]
) -> bool:
    """ "Two men were abducted on 4 May, and released the following day": a day counted from
    another dates the event only when it fronts the sentence or sits by the trigger."""
    if not _choice("shifted_day").fullmatch(date.text):
        return False
    return not fronts(text, span[0], date.start) and gap(date, trigger) > BY_TRIGGER_CHARS


def bracketed(text: str, date: TimeValue, span: tuple[int, int]) -> bool:
    """A date inside brackets is an aside ("the sons of the mayor [killed on 6 July]")."""
    before = text[span[0] : date.start]
    opened = before.count("(") + before.count("[")
    return opened > before.count(")") + before.count("]")


def gap(date: TimeValue, trigger: tuple[int, int]) -> int:
    """Characters between a date and the trigger (0 when they touch or overlap)."""
    return max(date.start - trigger[1], trigger[0] - date.end, 0)


def stamped(text: str, date: TimeValue) -> bool:
    """Whether the date is on a line that stamps the page ("Updated: March 5, 2026",
    "Published 9 March", a byline "By John Smith, March 5"), follows a stamp's label, or
    sits in a wire dateline's brackets ("INDIANAPOLIS (July 3, 2015) -"): the time the
    page was written or changed, never the time of the event it reports."""
    line = text.rfind("\n", 0, date.start) + 1
    before = text[line : date.start]
    if V.pattern("time_context", "timestamp_line").match(before) is not None:
        return True
    if V.pattern("time_context", "timestamp_label").search(before[-30:]) is not None:
        return True  # "... Posted: Monday, March 31": a stamp run into the headline
    return V.pattern("time_context", "dateline_stamp").match(before) is not None
