"""GET /api/events (a page, or a CSV/GeoJSON download) and GET /api/events/{event_uid}."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from dateline.errors import UnknownEvent
from dateline.serve.models import ErrorEnvelope, EventDetail, EventFormat, EventPage, SortKey
from dateline.serve.store import (
    Conn,
    FilterDep,
    decode_cursor,
    encode_cursor,
    open_connection,
    state,
)
from dateline.store import Filters, count_events, explain_event
from dateline.store.exports import EVENT_COLUMNS, flat_row
from dateline.store.filters import where
from dateline.store.queries import event_records, run_query

router = APIRouter(prefix="/api", tags=["events"])

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorEnvelope},
    404: {"model": ErrorEnvelope},
    422: {"model": ErrorEnvelope},
}

_ORDER = {
    "date": "e.event_day, e.event_uid",
    "-date": "e.event_day DESC, e.event_uid DESC",
    "fatalities": "coalesce(e.fatalities, 0), e.event_uid",
    "-fatalities": "coalesce(e.fatalities, 0) DESC, e.event_uid",
    "country": "e.country, e.event_day, e.event_uid",
    "type": "e.event_type, e.event_day, e.event_uid",
}
CHUNK = 500  # events per streamed chunk
_MEDIA = {"csv": "text/csv; charset=utf-8", "geojson": "application/geo+json"}


@router.get(
    "/events",
    response_model=EventPage,
    responses={**ERRORS, 200: {"content": {"text/csv": {}, "application/geo+json": {}}}},
)
def list_events(
    request: Request,
    conn: Conn,
    filters: FilterDep,
    limit: Annotated[int, Query(ge=1, le=1000, description="Events per JSON page")] = 100,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    sort: SortKey = "date",
    format: EventFormat = "json",
) -> Any:
    """The events passing the filters: a JSON page (``limit``, ``cursor``), or every one of
    them as CSV (ACLED's columns) or GeoJSON (located events) to download."""
    if format != "json":
        return _download(conn, filters, format, state(request).db)
    offset = decode_cursor(cursor)
    total = count_events(conn, filters, None)[0]["events"]
    records = _page(conn, filters, _ORDER[sort], limit, offset)
    rows = [flat_row(json.loads(r)) for r in records]
    more = offset + len(rows) < total
    return EventPage(
        total=total,
        count=len(rows),
        next_cursor=encode_cursor(offset + len(rows)) if more and rows else None,
        events=rows,
    )


def _page(
    conn: sqlite3.Connection, filters: Filters, order: str, limit: int, offset: int
) -> list[str]:
    """One page of records: the ids are sorted over the summary index (small rows), then
    only the page's records are read."""
    condition, params = where(filters)
    sql = f"SELECT e.event_uid FROM events e WHERE {condition} ORDER BY {order} LIMIT ? OFFSET ?"
    uids = [row[0] for row in run_query(conn, sql, [*params, limit, offset])]
    if not uids:
        return []
    marks = ", ".join("?" * len(uids))
    rows = run_query(
        conn, f"SELECT event_uid, record FROM events WHERE event_uid IN ({marks})", uids
    )
    found = dict(rows.fetchall())
    return [found[uid] for uid in uids]


def _download(conn: sqlite3.Connection, filters: Filters, fmt: str, db: Path) -> StreamingResponse:
    """Stream every filtered event as CSV (ACLED's columns, as ``dateline events``) or
    GeoJSON (the located ones), from a connection of its own, in constant memory."""
    condition, params = where(filters)
    if fmt == "geojson":
        condition += " AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL"
    total = run_query(conn, f"SELECT count(*) FROM events e WHERE {condition}", params).fetchone()[
        0
    ]
    records = _records(db, filters)
    chunks = _csv_chunks(records) if fmt == "csv" else _geojson_chunks(records)
    headers = {
        "Content-Disposition": f'attachment; filename="dateline-events.{fmt}"',
        "X-Total-Count": str(total),
    }
    return StreamingResponse(chunks, media_type=_MEDIA[fmt], headers=headers)


def _records(db: Path, filters: Filters) -> Iterator[str]:
    conn = open_connection(db)
    try:
        yield from event_records(conn, filters)
    finally:
        conn.close()


def _csv_chunks(records: Iterator[str]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EVENT_COLUMNS)
    writer.writeheader()
    for n, record in enumerate(records, start=1):
        writer.writerow(flat_row(json.loads(record)))
        if n % CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _geojson_chunks(records: Iterator[str]) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    separator = ""
    for record in records:
        event = json.loads(record)
        location = event.get("location") or {}
        if location.get("latitude") is None or location.get("longitude") is None:
            continue
        point = {"type": "Point", "coordinates": [location["longitude"], location["latitude"]]}
        feature = {"type": "Feature", "geometry": point, "properties": event}
        yield separator + json.dumps(feature, ensure_ascii=False)
        separator = ", "
    yield "]}\n"


_REPORTS = """SELECT r.article_id, r.event_id, r.role, r.record, a.title, a.url, a.published,
    a.text, s.name AS source
    FROM reports r JOIN articles a ON a.id = r.article_id
    LEFT JOIN sources s ON s.id = a.source_id
    WHERE r.event_uid = ? ORDER BY a.published, r.article_id, r.event_id"""


@router.get("/events/{event_uid}", response_model=EventDetail, responses=ERRORS)
def get_event(conn: Conn, event_uid: str) -> EventDetail:
    """The merged event, every report behind it (article text and evidence spans per
    field) and the merge explanation."""
    row = run_query(conn, "SELECT record FROM events WHERE event_uid = ?", (event_uid,)).fetchone()
    if row is None:
        raise UnknownEvent(f"no event {event_uid!r} in the store")
    reports = [_report(r) for r in conn.execute(_REPORTS, (event_uid,))]
    return EventDetail(
        event=json.loads(row[0]), reports=reports, explanation=explain_event(conn, event_uid)
    )


def _report(row: sqlite3.Row) -> dict[str, Any]:
    record = json.loads(row["record"])
    spans = record.get("evidence") or []
    by_field: dict[str, list[dict[str, Any]]] = {}
    for span in spans:
        by_field.setdefault(span["field"], []).append(span)
    return {
        "article_id": row["article_id"],
        "event_id": row["event_id"],
        "role": row["role"],
        "title": row["title"],
        "url": row["url"],
        "published": row["published"],
        "source": row["source"],
        "text": row["text"],
        "evidence": spans,
        "spans_by_field": by_field,
        "record": record,
    }
