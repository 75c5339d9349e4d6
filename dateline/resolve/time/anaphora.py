"""Expressions that refer back: "the quarter", "that year", "the following month", "the day
before", "the previous Friday" take their value from what the text stated before them."""

from __future__ import annotations

import datetime as dt
import re

from dateline import vocabulary as V
from dateline.resolve.time.days import day_ref_offset
from dateline.resolve.time.rules import rule_names
from dateline.resolve.time.values import Hit, Resolved, year_back
from dateline.resolve.time.yearless import prior_weekday

# A quarter stays the topic of an earnings report for this many characters.
_TOPIC_CHARS = 1500


def _context(name: str) -> re.Pattern[str]:
    return V.pattern("time_context", name)


def resolve_anaphors(text: str, hits: list[Hit], anchor: dt.date | None) -> list[Hit]:
    """Quarters in earnings reports: "the quarter", "the latest period" take the value of the
    quarter under discussion (or are dropped when there is none), and a year-back comparison
    ("up from $5 million a year ago", "the year-earlier period") near one means that quarter
    a year before; each mention keeps the quarter under discussion. "That year", "the
    following year" refer to the last year stated, "the following month" to the last month
    named; "that day", "the day before" and "the previous Friday" count from the last day
    stated."""
    names = rule_names()
    topic_rules = V.words("time_rules", "topic_rules")
    stated_year_rules = V.words("time_rules", "stated_year_rules")
    kept: list[Hit] = []
    topic: Hit | None = None
    year: str | None = None
    month: str | None = None
    day: str | None = None
    for hit in hits:
        name = names[hit.order]
        near = topic if topic is not None and hit.start - topic.end <= _TOPIC_CHARS else None
        resolved = _anaphor_value(text, hit, name, near, year, month)
        if resolved is None:
            continue
        if day is not None and name in V.words("time_rules", "day_anaphors"):
            resolved = _from_day(text[hit.start : hit.end], name, day)
        hit.resolved = resolved
        words = text[hit.start : hit.end]
        if name in topic_rules and resolved.precision == "quarter" and resolved.value:
            topic = topic if _keeps_topic(text, hit, name, anchor) else hit
        if name in stated_year_rules and resolved.value:
            year = resolved.value[:4]
        if resolved.precision == "day" and resolved.value and words.lower() != "overnight":
            day = resolved.value
        if resolved.precision in {"day", "month"} and resolved.value and words[:1].isupper():
            month = resolved.value[:7]
        kept.append(hit)
    return kept


def _keeps_topic(text: str, hit: Hit, name: str, anchor: dt.date | None) -> bool:
    """A year-back comparison, or a quarter that states its year or lies past the anchor's
    year, leaves the quarter under discussion as it was."""
    words = text[hit.start : hit.end]
    value = hit.resolved.value
    stated = name in V.words("time_rules", "stated_refs")
    stated = stated and _context("four_digits").search(words) is not None
    ahead = anchor is not None and value and value[:4] > str(anchor.year)
    return _is_year_back(text, hit, words) or stated or bool(ahead)


def _from_day(words: str, name: str, day: str) -> Resolved:
    """A day anaphor counted from ``day``, the last day the text stated."""
    base = dt.date.fromisoformat(day)
    if name == "prior_weekday":
        weekdays = V.terms("calendar", "weekdays")
        weekday = next(i for i, wd in enumerate(weekdays) if wd in words.lower())
        return Resolved(prior_weekday(base, weekday).isoformat(), "day")
    return Resolved((base + dt.timedelta(days=day_ref_offset(words))).isoformat(), "day")


def _step(words: str) -> int:
    """+1 for "the following year", -1 for "the previous month", 0 for "that year"."""
    if _context("step_ahead").search(words):
        return 1
    return -1 if _context("step_back").search(words) else 0


def _anaphor_value(
    text: str, hit: Hit, name: str, topic: Hit | None, year: str | None, month: str | None
) -> Resolved | None:
    """The hit's value in context; ``None`` drops an anaphor with nothing to refer to."""
    words = text[hit.start : hit.end]
    value = topic.resolved.value if topic is not None else None
    if value and _is_year_back(text, hit, words):
        return Resolved(year_back(value), "quarter")
    if value and _context("topic_quarter").fullmatch(words):
        return Resolved(value, "quarter")
    stated_refs = V.words("time_rules", "stated_refs")
    stated = _context("stated_year").search(words) if name in stated_refs else None
    if stated is not None:
        # "the 1988 period": the quarter under discussion in that year, else the year.
        part = value[4:] if value and value[4:6] == "-Q" else ""
        return Resolved(stated.group() + part, "quarter" if part else "year")
    if name in stated_refs:
        return hit.resolved if hit.resolved.value else None
    if name == "year_ref":
        return None if year is None else Resolved(str(int(year) + _step(words)), "year")
    if name == "month_ref":
        return None if month is None else _month_step(month, words)
    return hit.resolved


def _month_step(month: str, words: str) -> Resolved:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + _step(words)
    return Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")


def _is_year_back(text: str, hit: Hit, words: str) -> bool:
    if _context("year_back").fullmatch(words):
        return True
    lead = text[max(0, hit.start - 60) : hit.start]
    return words.lower() == "last year" and _context("compared").search(lead) is not None
