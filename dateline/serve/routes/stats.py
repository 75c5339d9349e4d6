"""GET /api/stats (timeline and facets) and GET /api/map (points or grid cells)."""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Query

from dateline.errors import InvalidOption
from dateline.serve.models import ErrorEnvelope, Interval, MapData, Stats
from dateline.serve.store import Conn, FilterDep, without_dates
from dateline.store import Filters, count_events
from dateline.store.filters import where
from dateline.store.queries import run_query

router = APIRouter(prefix="/api", tags=["stats"])
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorEnvelope},
    422: {"model": ErrorEnvelope},
}

FACET_SIZE = 25
POINT_LIMIT = 4000
_PERIOD = {
    "day": "e.event_day",
    "week": "date(e.event_day, 'weekday 0', '-6 days')",
    "month": "substr(e.event_day, 1, 7) || '-01'",
}
_FACETS = {
    "event_type": "e.event_type",
    "sub_event_type": "e.sub_event_type",
    "country": "e.country",
    "admin1": "e.admin1",
}
_FATALITIES = (0, 1, 5, 10, 50, 100)


@router.get("/stats", response_model=Stats, responses=ERRORS)
def stats(
    conn: Conn,
    filters: FilterDep,
    interval: Annotated[Interval | None, Query(description="Default: by the span")] = None,
) -> Stats:
    """Counts for the page: the total, events per period stacked by type (with every filter
    but since/until, so a brushed range stays in context) and the facets' counts."""
    total = count_events(conn, filters, None)[0]
    context = without_dates(filters)
    chosen = interval or _interval(conn, context)
    facets = {name: _facet(conn, filters, key) for name, key in _FACETS.items()}
    facets["actor"] = _actors(conn, filters)
    facets["fatalities"] = _fatalities(conn, filters)
    return Stats(
        total={"events": total["events"], "fatalities": total["fatalities"]},
        interval=chosen,
        timeline=_timeline(conn, context, chosen),
        facets=facets,
    )


def _interval(conn: sqlite3.Connection, filters: Filters) -> str:
    condition, params = where(filters)
    sql = f"SELECT min(e.event_day), max(e.event_day) FROM events e WHERE {condition}"
    first, last = run_query(conn, sql, params).fetchone()
    if not first or not last:
        return "day"
    days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days
    return "day" if days <= 180 else "week" if days <= 3 * 365 else "month"


def _timeline(conn: sqlite3.Connection, filters: Filters, interval: str) -> list[dict[str, Any]]:
    condition, params = where(filters)
    sql = (
        f"SELECT {_PERIOD[interval]} AS period, e.event_type, count(*) FROM events e "
        f"WHERE {condition} AND e.event_day IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"
    )
    return [{"period": p, "event_type": t, "events": n} for p, t, n in run_query(conn, sql, params)]


def _facet(conn: sqlite3.Connection, filters: Filters, key: str) -> list[dict[str, Any]]:
    condition, params = where(filters)
    sql = (
        f"SELECT {key}, count(*) AS n FROM events e WHERE {condition} AND {key} IS NOT NULL "
        f"GROUP BY 1 ORDER BY n DESC, 1 LIMIT {FACET_SIZE}"
    )
    return [{"value": v, "events": n} for v, n in run_query(conn, sql, params)]


def _actors(conn: sqlite3.Connection, filters: Filters) -> list[dict[str, Any]]:
    condition, params = where(filters)
    sql = (
        f"SELECT name, count(*) AS n FROM (SELECT e.actor1 AS name FROM events e WHERE "
        f"{condition} UNION ALL SELECT e.actor2 FROM events e WHERE {condition}) "
        f"WHERE name IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT {FACET_SIZE}"
    )
    return [{"value": v, "events": n} for v, n in run_query(conn, sql, params + params)]


def _fatalities(conn: sqlite3.Connection, filters: Filters) -> list[dict[str, Any]]:
    condition, params = where(filters)
    cases = ", ".join(f"sum(coalesce(e.fatalities, 0) >= {low})" for low in _FATALITIES)
    row = run_query(conn, f"SELECT {cases} FROM events e WHERE {condition}", params).fetchone()
    return [{"value": low, "events": n or 0} for low, n in zip(_FATALITIES, row, strict=True)]


@router.get("/map", response_model=MapData, responses=ERRORS)
def map_data(
    conn: Conn,
    filters: FilterDep,
    zoom: Annotated[int, Query(ge=0, le=22)] = 2,
    bbox: Annotated[str | None, Query(max_length=200, description="WEST,SOUTH,EAST,NORTH")] = None,
) -> MapData:
    """The located events in view: each event while there are few, else a grid of cells
    (counted on the server) sized by the zoom, so the page never draws 100k markers."""
    condition, params = where(filters)
    condition += " AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL"
    if bbox:
        west, south, east, north = _bbox(bbox)
        condition += " AND e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?"
        params = [*params, south, north, west, east]
    total = run_query(conn, f"SELECT count(*) FROM events e WHERE {condition}", params).fetchone()[
        0
    ]
    if total <= POINT_LIMIT:
        sql = (
            "SELECT e.event_uid, e.latitude, e.longitude, e.event_type, e.fatalities, "
            f"e.geo_precision FROM events e WHERE {condition}"
        )
        return MapData(
            mode="points", total=total, points=[list(r) for r in run_query(conn, sql, params)]
        )
    return MapData(mode="cells", total=total, points=_cells(conn, condition, params, zoom))


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError as exc:
        raise InvalidOption(f"bbox {value!r}", hint="write WEST,SOUTH,EAST,NORTH") from exc
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise InvalidOption(f"bbox {value!r} is not finite", hint="write WEST,SOUTH,EAST,NORTH")
    return max(west, -180.0), max(south, -90.0), min(east, 180.0), min(north, 90.0)


def _cells(
    conn: sqlite3.Connection, condition: str, params: list[object], zoom: int
) -> list[list[Any]]:
    size = 360.0 / 2**zoom * 60 / 256  # about 60 pixels at this zoom
    sql = (
        f"SELECT CAST((e.latitude + 90) / {size} AS INTEGER) AS y, "
        f"CAST((e.longitude + 180) / {size} AS INTEGER) AS x, e.event_type, count(*), "
        f"avg(e.latitude), avg(e.longitude), sum(coalesce(e.fatalities, 0)) "
        f"FROM events e WHERE {condition} GROUP BY 1, 2, 3"
    )
    cells: dict[tuple[int, int], list[Any]] = {}
    for y, x, kind, n, lat, lon, dead in run_query(conn, sql, params):
        cell = cells.setdefault((y, x), [0.0, 0.0, 0, 0, kind, 0])
        cell[0] += lat * n
        cell[1] += lon * n
        cell[2] += n
        cell[3] += dead
        if n > cell[5]:
            cell[4], cell[5] = kind, n
    return [
        [round(c[0] / c[2], 4), round(c[1] / c[2], 4), c[2], c[3], c[4]] for c in cells.values()
    ]
