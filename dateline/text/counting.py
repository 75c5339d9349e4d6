"""Count arithmetic: adding two reports of distinct victims, merging reports of the same ones.

Shared by the extract stage (victims a later sentence adds) and the assemble stage (one
event's toll from its mentions), so both count the same way.
"""

from __future__ import annotations

from dateline.models import Count

# The text a coder's stated figure starts with ("fatalities coded as 3"): it is final.
CODED_MARK = "coded as"


def add_counts(first: Count, second: Count) -> Count:
    """Two reports of distinct victims add up; an unknown bound stays unknown."""
    if first.best is None or second.best is None:
        return first if second.best is None else second
    low = None if first.low is None or second.low is None else first.low + second.low
    high = None if first.high is None or second.high is None else first.high + second.high
    text = " + ".join(t for t in (first.text, second.text) if t)
    return Count(first.best + second.best, low, high, text or None)


def default_fatalities() -> Count:
    """ACLED codes 0 fatalities when a report states none: the default for an event."""
    return Count(best=0, low=0, high=0, text=None)


def is_coded(count: Count) -> bool:
    """Whether a count is a coder's stated figure ("fatalities coded as 3"): it is final."""
    return bool(count.text and count.text.startswith(CODED_MARK))


def merge_counts(counts: list[Count]) -> Count:
    """One event's count from several mentions: the most conservative supported figure.

    Rule: ignore unknowns; a positive count overrides a zero (a "no one was hurt" in one
    sentence does not cancel deaths stated in another); a stated exact number supersedes
    vague or implied ones ("several killed" ... "12 killed" → 12); among what remains,
    conflicting reports resolve to the lowest ``best`` (ACLED's conservative rule) while
    the range keeps the lowest ``low`` and the highest ``high`` any report gave.
    """
    known = [c for c in counts if c.best is not None]
    if not known:
        return Count()
    positive = [c for c in known if c.best] or known
    exact = [c for c in positive if c.low == c.high == c.best] or positive
    chosen = min(exact, key=lambda c: c.best)
    return Count(chosen.best, _min_low(positive, chosen), _max_high(positive), chosen.text)


def _min_low(counts: list[Count], chosen: Count) -> int | None:
    lows = [c.low for c in counts if c.low is not None]
    return min(lows) if lows and chosen.low is not None else chosen.low


def _max_high(counts: list[Count]) -> int | None:
    highs = [c.high for c in counts]
    return None if None in highs else max(h for h in highs if h is not None)
