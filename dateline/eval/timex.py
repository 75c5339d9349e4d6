"""Timex family: gold TIMEX3 DATE values against our ``dates`` entries that overlap them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dateline.eval.matching import rate
from dateline.eval.scoring import Metrics, Pair
from dateline.eval.toponyms import overlaps

REF_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

# A timex "states its year" when its text has a 4-digit number, an apostrophe year or a
# spelled-out year; the rest need the publication date to be normalised.
YEAR_IN_TEXT = re.compile(r"\b\d{4}\b|'\d{2}\b|\b(?:nineteen|two thousand)\b", re.IGNORECASE)

# A TIMEX3 time-of-day suffix (T14:30, TMO, TEV, TNI, TAF): our values stop at the day.
_TIME_SUFFIX = re.compile(r"T[\dA-Z:]+$")


def gold_value(value: str) -> str:
    """A gold DATE value without any time-of-day part."""
    return _TIME_SUFFIX.sub("", value) if re.match(r"\d{4}-\d\d-\d\d", value) else value


def date_hit(gold: dict[str, Any], dates: list[dict[str, Any]]) -> bool:
    """Whether some predicted date overlaps the gold span and has the same value."""
    wanted = gold_value(gold["value"])
    return any(overlaps(gold, date) and date.get("value") == wanted for date in dates)


def _gold_dates(row: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        t for t in row["gold"].get("timexes") or [] if t.get("type") == "DATE" and t.get("value")
    ]


def score_timex(pairs: Sequence[Pair]) -> Metrics:
    """DATE value exactness, with vague *_REF values reported apart (see the README, "Metrics")."""
    exact, no_year, with_refs, found = [], [], [], []
    ref_count = 0
    for row, pred in pairs:
        dates = pred.get("dates") or []
        for gold in _gold_dates(row):
            found.append(any(overlaps(gold, date) for date in dates))
            if gold["value"] in REF_VALUES:
                ref_count += 1
                with_refs.append(False)
                continue
            hit = date_hit(gold, dates)
            exact.append(hit)
            with_refs.append(hit)
            if not YEAR_IN_TEXT.search(gold.get("text") or ""):
                no_year.append(hit)
    return {
        "n": len(pairs),
        "date_value_exact": rate(exact),
        "date_value_exact_no_year": rate(no_year),
        "date_value_exact_incl_ref": rate(with_refs),
        "ref_share": ref_count / len(with_refs) if with_refs else None,
        "date_span_recall": rate(found),
        "n_date_value_exact": len(exact),
        "n_date_value_exact_no_year": len(no_year),
        "n_date_value_exact_incl_ref": len(with_refs),
    }
