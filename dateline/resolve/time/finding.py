"""Finding time expressions: every rule's matches, the longest kept where they overlap, each
read in its context (anaphors, days told by a dated report, the ends of a range).

Dates are anchored on the publication date, never on today's: an expression that needs an
anchor when none is known gets ``value=None`` (the caller warns).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from dateline import vocabulary as V
from dateline.models import TimeValue
from dateline.resolve.time.anaphora import resolve_anaphors
from dateline.resolve.time.days import day_offset
from dateline.resolve.time.rules import rule_names, rules
from dateline.resolve.time.values import Hit, Resolved, year_back

_NEAR_CHARS = 12  # "overnight between " / "overnight on "


def _context(name: str) -> re.Pattern[str]:
    return V.pattern("time_context", name)


def find_dates(text: str, published: dt.datetime | None) -> list[TimeValue]:
    """Every time expression in ``text``, normalised against ``published``; sorted by start,
    non-overlapping."""
    anchor = published.date() if published is not None else None
    hits = _drop_vague_overnight(text, _select(_all_hits(text, anchor)))
    hits = resolve_anaphors(text, hits, anchor)
    _reanchor_deictics(text, hits)
    _order_ranges(text, hits)
    return [_time_value(text, hit) for hit in hits]


def _all_hits(text: str, anchor: dt.date | None) -> list[Hit]:
    hits = []
    for order, rule in enumerate(rules()):
        for match in rule.pattern.finditer(text):
            resolved = rule.resolve(match, anchor, text)
            if resolved is not None:
                hits.append(Hit(*_trim(text, match.start(), match.end()), order, resolved))
    return hits


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading preposition and trailing punctuation from a span."""
    lead = _context("lead_word").match(text, start, end)
    if lead is not None:
        start = lead.end()
    while end > start and text[end - 1] in ",. ":
        end -= 1
    return start, end


def _select(hits: list[Hit]) -> list[Hit]:
    """Longest spans first; drop any that overlap an already chosen one."""
    chosen: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.order, h.start)):
        if all(hit.end <= other.start or hit.start >= other.end for other in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def _drop_vague_overnight(text: str, hits: list[Hit]) -> list[Hit]:
    """ "overnight between 24 and 25 March" or "Friday overnight": the other date says when."""
    keep = []
    for i, hit in enumerate(hits):
        near = hits[max(0, i - 1) : i] + hits[i + 1 : i + 2]
        vague = text[hit.start : hit.end].lower() == "overnight"
        if not (vague and any(_gap_between(hit, other) <= _NEAR_CHARS for other in near)):
            keep.append(hit)
    return keep


def _reanchor_deictics(text: str, hits: list[Hit]) -> None:
    """ "Soldiers rioted overnight, a reporter said Saturday": "overnight", "yesterday",
    "this morning" count from the day of the report that tells them when a reporting verb in
    their sentence is dated, not from the publication date."""
    names = rule_names()
    for hit in hits:
        if names[hit.order] != "day_word" or hit.resolved.value is None:
            continue
        said = _reported_day(text, hit, hits)
        if said is not None:
            offset = day_offset(text[hit.start : hit.end])
            day = dt.date.fromisoformat(said) + dt.timedelta(days=offset)
            hit.resolved = Resolved(day.isoformat(), "day")


def _reported_day(text: str, hit: Hit, hits: list[Hit]) -> str | None:
    """The day of a dated reporting verb in the hit's sentence, if there is one."""
    sentence_end = _context("sentence_end")
    start = max((m.end() for m in sentence_end.finditer(text, 0, hit.start)), default=0)
    end_match = sentence_end.search(text, hit.end)
    end = end_match.start() if end_match else len(text)
    reported = _context("reported_before")
    for other in hits:
        if other is hit or not start <= other.start < end or other.resolved.precision != "day":
            continue
        lead = max(0, other.start - 20)
        if other.resolved.value and reported.search(text, lead, other.start):
            return other.resolved.value
    return None


def _gap_between(a: Hit, b: Hit) -> int:
    return max(b.start - a.end, a.start - b.end)


def _order_ranges(text: str, hits: list[Hit]) -> None:
    """In "between October 17 and January 29" the first end lies before the second: move
    an inferred year back when it does not."""
    for first, second in itertools.pairwise(hits):
        joined = _context("range_join").match(text[first.end : second.start])
        a, b = first.resolved, second.resolved
        if joined and a.inferred_year and a.value and b.value and a.value > b.value:
            first.resolved = Resolved(year_back(a.value), a.precision, True)


def _time_value(text: str, hit: Hit) -> TimeValue:
    value, precision = hit.resolved.value, hit.resolved.precision
    return TimeValue(text[hit.start : hit.end], hit.start, hit.end, value, precision)
