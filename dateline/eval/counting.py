"""Counting questions built from GVA gold: how many incidents with at least one killed in
<city, state> in <month>; answered by the store's count query, scored by exact match."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dateline.eval.shootings import city_names
from dateline.store.filters import Filters
from dateline.store.queries import count_events


@dataclass(frozen=True, slots=True)
class Question:
    city: str
    state: str
    month: str  # YYYY-MM
    answer: int


def questions(rows: Sequence[dict[str, Any]]) -> list[Question]:
    """One question per (city, state, month) of the gold incidents, with its gold answer."""
    incidents: dict[str, dict[str, Any]] = {}
    for row in rows:
        gold = row["gold"]
        if gold.get("city") and gold.get("state") and gold.get("event_date"):
            incidents.setdefault(str(gold["incident_id"]), gold)
    killed: dict[tuple[str, str, str], int] = defaultdict(int)
    for gold in incidents.values():
        key = (gold["city"], gold["state"], gold["event_date"][:7])
        killed[key] += int((gold.get("killed") or 0) > 0)
    return [Question(c, s, m, n) for (c, s, m), n in sorted(killed.items())]


def predicted_answer(conn: sqlite3.Connection, question: Question) -> int:
    """Events with at least one killed at any accepted name of the city in that month."""
    first, last = _month_bounds(question.month)
    total = 0
    for name in sorted(city_names(question.city)):
        filters = Filters(since=first, until=last, admin1=question.state, location=name,
                          min_fatalities=1)  # fmt: skip
        total += int(count_events(conn, filters, None)[0]["events"])
    return total


def _month_bounds(month: str) -> tuple[str, str]:
    year, number = map(int, month.split("-"))
    following = dt.date(year + number // 12, number % 12 + 1, 1)
    return f"{month}-01", (following - dt.timedelta(days=1)).isoformat()


def count_scores(conn: sqlite3.Connection, rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Exact-count accuracy over every question, and over those whose answer is not zero."""
    asked = questions(rows)
    right = [predicted_answer(conn, q) == q.answer for q in asked]
    nonzero = [ok for ok, q in zip(right, asked, strict=True) if q.answer > 0]
    return {
        "count_exact": round(sum(right) / len(right), 4) if right else None,
        "n_count_exact": len(right),
        "count_exact_nonzero": round(sum(nonzero) / len(nonzero), 4) if nonzero else None,
        "n_count_exact_nonzero": len(nonzero),
    }
