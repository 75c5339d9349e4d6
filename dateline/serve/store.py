"""The app's access to the event store: one connection per request, the filters."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Query, Request

from dateline.errors import InvalidOption
from dateline.store import Filters, open_store, parse_near
from dateline.store.filters import register_functions

log = logging.getLogger("dateline.serve")


@dataclass(frozen=True, slots=True)
class ServeState:
    """What the routes need: the database, the ingest token, the page's options."""

    db: Path
    token: str | None = None
    tile_url: str | None = None


def state(request: Request) -> ServeState:
    return request.app.state.serve  # type: ignore[no-any-return]


def open_connection(db: Path) -> sqlite3.Connection:
    """A connection to a store that ``open_store`` has already checked and migrated, usable
    from any thread: FastAPI runs a dependency and its endpoint on different threads."""
    conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False, timeout=30)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    register_functions(conn)
    return conn


# Every column the filters, facets, timeline and map read, so their queries scan this index
# (about 200 bytes an event) instead of the events table, whose rows carry the full record.
_SUMMARY_INDEX = """CREATE INDEX IF NOT EXISTS serve_events_summary ON events (event_day,
    event_type, sub_event_type, iso, country, admin1, fatalities, geo_precision, latitude,
    longitude, actor1, actor2, inter1, inter2, actors, event_uid)"""


def ensure_indexes(db: Path) -> None:
    """Add the server's covering index to the store if it lacks it (idempotent; the store's
    own tables are untouched)."""
    conn = open_store(db)
    try:
        conn.execute(_SUMMARY_INDEX)
        conn.execute("ANALYZE events")
    except sqlite3.OperationalError as exc:  # a read-only store: served, only slower
        log.warning("could not add the summary index to %s (%s): stats will be slower", db, exc)
    finally:
        conn.close()


def connection(request: Request) -> Iterator[sqlite3.Connection]:
    """A store connection for one request, closed after it."""
    conn = open_connection(state(request).db)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(connection)]


def filters(
    since: Annotated[dt.date | None, Query(description="First day (YYYY-MM-DD)")] = None,
    until: Annotated[dt.date | None, Query(description="Last day (YYYY-MM-DD)")] = None,
    country: Annotated[str | None, Query(max_length=100, description="ISO code or name")] = None,
    admin1: Annotated[str | None, Query(max_length=100)] = None,
    type: Annotated[str | None, Query(max_length=100, description="event_type")] = None,
    sub_type: Annotated[str | None, Query(max_length=100, description="sub_event_type")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Name or inter code")] = None,
    near: Annotated[str | None, Query(max_length=100, description="LAT,LON,KM")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=1_000_000)] = None,
    text: Annotated[str | None, Query(max_length=500, description="Full-text query")] = None,
) -> Filters:
    """The store's filters from query parameters (empty strings count as absent)."""
    return Filters(
        since=since.isoformat() if since else None,
        until=until.isoformat() if until else None,
        country=country or None,
        admin1=admin1 or None,
        event_type=type or None,
        sub_event_type=sub_type or None,
        actor=actor or None,
        near=_near(near) if near else None,
        min_fatalities=min_fatalities,
        text=_fts(text) if text and text.strip() else None,
    )


def _near(value: str) -> tuple[float, float, float]:
    try:
        return parse_near(value)
    except InvalidOption as exc:
        raise InvalidOption(f"near: {exc.message.removeprefix('--near ')}", hint=exc.hint) from exc


def _fts(text: str) -> str:
    """A plain search is each word quoted (so ``-`` or ``:`` are not FTS5 syntax); a query
    that uses quotes, AND, OR or NOT is passed as written."""
    if '"' in text or any(op in text.split() for op in ("AND", "OR", "NOT")):
        return text
    return " ".join('"' + word.replace('"', "") + '"' for word in text.split())


FilterDep = Annotated[Filters, Depends(filters)]


def without_dates(f: Filters) -> Filters:
    return replace(f, since=None, until=None)


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode()


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        offset = json.loads(base64.urlsafe_b64decode(cursor.encode()))["o"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeError) as exc:
        raise InvalidOption("cursor is not one this server gave", hint="omit it") from exc
    if not isinstance(offset, int) or offset < 0:
        raise InvalidOption("cursor is not one this server gave", hint="omit it")
    return offset
