"""Rebuild the store's events: cluster every stored report, write the merged events, the
report → event links and every merge decision, all in one transaction."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from dateline.dedupe import Report, Weights, cluster, merged_record
from dateline.dedupe.clues import clues
from dateline.dedupe.dates import day_range, iso_day
from dateline.dedupe.explanation import decision_row
from dateline.dedupe.report import related_record

_ALIASES = """(SELECT group_concat(alias_id, char(31)) FROM (SELECT alias_id FROM
    article_aliases WHERE article_id = a.id ORDER BY alias_id)) AS aliases"""
# The text only where the clues were never read (a store migrated from version 3).
_CLUES = "a.clues, CASE WHEN a.clues IS NULL THEN a.text END AS text"

_REPORTS = f"""SELECT r.article_id, r.event_id, r.record, a.published, a.url, s.name AS source,
    a.terms, a.campaign, {_CLUES}, {_ALIASES}
    FROM reports r JOIN articles a ON a.id = r.article_id
    LEFT JOIN sources s ON s.id = a.source_id
    ORDER BY r.article_id, r.event_id"""

# Articles that coded no event: their places and dates may still tie them to one.
_RELATED = f"""SELECT a.id AS article_id, a.result, a.published, a.url, s.name AS source,
    a.terms, {_CLUES}, {_ALIASES}
    FROM articles a LEFT JOIN sources s ON s.id = a.source_id
    WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.article_id = a.id)
    ORDER BY a.id"""


def mark_stale(conn: sqlite3.Connection) -> None:
    """Note (inside the caller's transaction) that the events no longer match the reports."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('events_stale', '1')")


def merge_version(weights: Weights | None = None) -> str:
    """A fingerprint of the merge's settings: events built with others are rebuilt."""
    return hashlib.sha1(repr(weights or Weights()).encode()).hexdigest()[:12]


def stale(conn: sqlite3.Connection) -> bool:
    """Whether reports changed, or the merge settings, since the events were last rebuilt."""
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN "
                             "('events_stale', 'merge_version')").fetchall())  # fmt: skip
    if not rows:
        return False
    return rows.get("events_stale") == "1" or rows.get("merge_version") != merge_version()


def load_reports(conn: sqlite3.Connection, related: bool = False) -> list[Report]:
    """Every stored report, in a stable order; with ``related``, then a stand-in report
    (``Report.related``) for each article that coded no event."""
    reports = [
        Report(
            article_id=row["article_id"],
            event_id=row["event_id"],
            record=json.loads(row["record"]),
            campaign=bool(row["campaign"]),
            **_article_fields(row),
        )
        for row in conn.execute(_REPORTS)
    ]
    if related:
        reports += [
            Report(row["article_id"], "", related_record(json.loads(row["result"])),
                   related=True, **_article_fields(row))
            for row in conn.execute(_RELATED)
        ]  # fmt: skip
    return reports


def _article_fields(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "published": row["published"],
        "url": row["url"],
        "source": row["source"],
        "terms": json.loads(row["terms"]),
        "aliases": tuple(row["aliases"].split("\x1f")) if row["aliases"] else (),
        "clues": json.loads(row["clues"]) if row["clues"] else clues(row["text"]),
    }


def rebuild_events(conn: sqlite3.Connection, weights: Weights | None = None) -> int:
    """Merge all reports into events and replace the stored events; returns their number."""
    weights = weights or Weights()
    reports = load_reports(conn, related=True)
    result = cluster(reports, weights)
    groups = [[reports[i] for i in members] for members in result.clusters]
    groups = [g for g in groups if any(not r.related for r in g)]
    decisions = [
        decision_row(d, reports, weights)
        for d in result.decisions
        if not (reports[d.left].related or reports[d.right].related)
    ]
    conn.execute("BEGIN IMMEDIATE")
    try:
        _replace(conn, groups, decisions)
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('merge_version', ?)",
            (merge_version(weights),),
        )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return len(groups)


def _replace(
    conn: sqlite3.Connection, groups: list[list[Report]], decisions: list[dict[str, Any]]
) -> None:
    conn.execute("DELETE FROM merge_decisions")
    conn.execute("UPDATE reports SET event_uid = NULL")
    conn.execute("DELETE FROM events")
    for group in groups:
        record = merged_record(group)
        conn.execute(_INSERT_EVENT, event_row(record))
        links = [(record["event_uid"], r.article_id, r.event_id) for r in group if not r.related]
        conn.executemany(
            "UPDATE reports SET event_uid = ? WHERE article_id = ? AND event_id = ?", links
        )
    conn.executemany(_INSERT_DECISION, [_decision_values(d) for d in decisions])
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('events_stale', '0')")


_EVENT_COLUMNS = (
    "event_uid", "event_date", "event_day", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "inter1", "actor2", "inter2", "actors", "iso", "country",
    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities",
    "fatalities_low", "fatalities_high", "injuries", "n_reports", "record",
)  # fmt: skip

_INSERT_EVENT = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _EVENT_COLUMNS)})"
)

_DECISION_COLUMNS = (
    "left_article", "left_event", "right_article", "right_event", "outcome", "reason",
    "score", "threshold", "distance_km", "text_similarity", "parts",
)  # fmt: skip

_INSERT_DECISION = (
    f"INSERT INTO merge_decisions ({', '.join(_DECISION_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _DECISION_COLUMNS)})"
)


def _decision_values(decision: dict[str, Any]) -> tuple:
    row = dict(decision, parts=json.dumps(decision["parts"]))
    return tuple(row[c] for c in _DECISION_COLUMNS)


def event_row(record: dict[str, Any]) -> tuple:
    """The events table's columns for one merged record."""
    location = record.get("location") or {}
    actor1, actor2 = record.get("actor1") or {}, record.get("actor2") or {}
    fatalities = record.get("fatalities") or {}
    days = day_range(record.get("event_date"))
    values = {
        "event_uid": record["event_uid"],
        "event_date": record.get("event_date"),
        "event_day": iso_day(days[0]) if days else None,
        "time_precision": record.get("time_precision"),
        "disorder_type": record.get("disorder_type"),
        "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"),
        "actor1": actor1.get("name"),
        "inter1": actor1.get("inter"),
        "actor2": actor2.get("name"),
        "inter2": actor2.get("inter"),
        "actors": "; ".join(_actor_names(record)),
        "iso": location.get("country_iso"),
        "country": location.get("country"),
        "admin1": location.get("admin1"),
        "admin2": location.get("admin2"),
        "location": location.get("name"),
        "latitude": location.get("latitude"),
        "longitude": location.get("longitude"),
        "geo_precision": location.get("geo_precision"),
        "fatalities": fatalities.get("best"),
        "fatalities_low": fatalities.get("low"),
        "fatalities_high": fatalities.get("high"),
        "injuries": (record.get("injuries") or {}).get("best"),
        "n_reports": sum(1 for a in record.get("articles") or [] if a.get("role") != "related"),
        "record": json.dumps(record, ensure_ascii=False),
    }
    return tuple(values[c] for c in _EVENT_COLUMNS)


def _actor_names(record: dict[str, Any]) -> Sequence[str]:
    actors = [record.get("actor1"), record.get("actor2")]
    actors += list(record.get("assoc_actor_1") or []) + list(record.get("assoc_actor_2") or [])
    return [a["name"] for a in actors if a and a.get("name")]
