"""Read the store: events under filters, counts by a grouping, and one event's explanation."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from dateline.dedupe.explanation import explain
from dateline.errors import StoreError, UnknownEvent
from dateline.store.filters import Filters, register_functions, where
from dateline.store.schema import connect

# --by groupings and the SQL expression of each.
GROUPINGS = {
    "month": "substr(e.event_day, 1, 7)",
    "week": "iso_week(e.event_day)",
    "country": "e.country",
    "admin1": "e.admin1",
    "actor1": "e.actor1",
    "event_type": "e.event_type",
    "sub_event_type": "e.sub_event_type",
}


def open_store(db: Path) -> sqlite3.Connection:
    """An existing store, migrated and ready for queries."""
    if not db.exists():
        raise StoreError(
            f"no store at {db}", hint="create one with `dateline ingest ... --db PATH`"
        )
    conn = connect(db)
    register_functions(conn)
    return conn


def event_records(conn: sqlite3.Connection, filters: Filters) -> Iterator[str]:
    """The merged records (JSON text) of the events that pass ``filters``, by date."""
    condition, params = where(filters)
    sql = f"SELECT e.record FROM events e WHERE {condition} ORDER BY e.event_day, e.event_uid"
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: no Row objects for 100k records
    run_query(cursor, sql, params)
    while rows := cursor.fetchmany(2000):
        for (record,) in rows:
            yield record


def count_events(
    conn: sqlite3.Connection, filters: Filters, by: str | None
) -> list[dict[str, Any]]:
    """Deduplicated events and their summed fatalities (best counts, unknown as 0), in all
    or per group of ``by``."""
    condition, params = where(filters)
    totals = "count(*) AS events, coalesce(sum(e.fatalities), 0) AS fatalities"
    if by is None:
        sql = f"SELECT {totals} FROM events e WHERE {condition}"
        return [dict(row) for row in run_query(conn.cursor(), sql, params)]
    key = GROUPINGS[by]
    sql = (
        f"SELECT {key} AS {by}, {totals} FROM events e WHERE {condition} "
        f"GROUP BY 1 ORDER BY 1 IS NULL, 1"
    )
    return [dict(row) for row in run_query(conn.cursor(), sql, params)]


def run_query(
    executor: sqlite3.Connection | sqlite3.Cursor, sql: str, params: Sequence[object] = ()
) -> sqlite3.Cursor:
    """Execute a filtered query; a malformed full-text query is the caller's error (E700)."""
    try:
        return executor.execute(sql, params)
    except sqlite3.OperationalError as exc:
        raise StoreError(
            f"query failed: {exc}", hint="check the text query (FTS5 syntax: balance quotes)"
        ) from exc


def explain_event(conn: sqlite3.Connection, uid: str) -> dict[str, Any]:
    """Why the event's reports were merged and which candidate merges were refused."""
    row = conn.execute("SELECT record FROM events WHERE event_uid = ?", (uid,)).fetchone()
    if row is None:
        raise UnknownEvent(f"no event {uid!r} in the store")
    reports = [
        {"article_id": r[0], "event_id": r[1], "record": json.loads(r[2])}
        for r in conn.execute(
            "SELECT article_id, event_id, record FROM reports WHERE event_uid = ?", (uid,)
        )
    ]
    return explain(json.loads(row[0]), reports, _decisions(conn, uid), _neighbours(conn, uid))


_DECISIONS = """SELECT d.* FROM merge_decisions d WHERE EXISTS (SELECT 1 FROM reports r
    WHERE r.event_uid = ? AND ((r.article_id = d.left_article AND r.event_id = d.left_event)
                            OR (r.article_id = d.right_article AND r.event_id = d.right_event)))
    ORDER BY d.score IS NULL, d.score DESC"""

_NEIGHBOURS = """SELECT DISTINCT o.article_id, o.event_id, o.record FROM merge_decisions d
    JOIN reports r ON (r.article_id = d.left_article AND r.event_id = d.left_event)
                   OR (r.article_id = d.right_article AND r.event_id = d.right_event)
    JOIN reports o ON ((o.article_id = d.left_article AND o.event_id = d.left_event)
                   OR (o.article_id = d.right_article AND o.event_id = d.right_event))
    WHERE r.event_uid = ? AND coalesce(o.event_uid, '') != ?"""


def _decisions(conn: sqlite3.Connection, uid: str) -> list[dict[str, Any]]:
    rows = [dict(r) for r in conn.execute(_DECISIONS, (uid,))]
    for row in rows:
        row["parts"] = json.loads(row["parts"])
    return rows


def _neighbours(conn: sqlite3.Connection, uid: str) -> list[dict[str, Any]]:
    rows = conn.execute(_NEIGHBOURS, (uid, uid))
    return [{"article_id": r[0], "event_id": r[1], "record": json.loads(r[2])} for r in rows]
