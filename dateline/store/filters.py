"""The filters shared by ``events`` and ``query``, as one SQL condition over ``events``."""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass

from dateline.errors import InvalidOption

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True, slots=True)
class Filters:
    """Every filter is optional; all given ones must hold."""

    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    country: str | None = None  # ISO code or name
    admin1: str | None = None
    location: str | None = None  # the place's name or its admin2
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # a name (part of one) or an ACLED inter code
    near: tuple[float, float, float] | None = None  # latitude, longitude, km
    min_fatalities: int | None = None
    text: str | None = None  # FTS5 query over article text and evidence


def parse_near(value: str) -> tuple[float, float, float]:
    """``LAT,LON,KM`` as three numbers."""
    try:
        lat, lon, km = (float(part) for part in value.split(","))
    except ValueError as exc:
        raise InvalidOption(
            f"--near {value!r}", hint="write LAT,LON,KM, e.g. 33.8,42.4,25"
        ) from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0):
        raise InvalidOption(f"--near {value!r} is out of range", hint="LAT,LON,KM with KM > 0")
    return lat, lon, km


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the filters and groupings use: ``distance_km`` and ``iso_week``."""
    conn.create_function("distance_km", 4, _distance_km, deterministic=True)
    conn.create_function("iso_week", 1, _iso_week, deterministic=True)


def _distance_km(lat1: float | None, lon1: float | None, lat2: float, lon2: float) -> float | None:
    if lat1 is None or lon1 is None:
        return None
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2
    h += math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _iso_week(day: str | None) -> str | None:
    import datetime as dt

    if not day:
        return None
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def where(filters: Filters) -> tuple[str, list[object]]:
    """The SQL condition (over table alias ``e``) and its parameters."""
    clauses: list[str] = []
    params: list[object] = []
    for clause, values in _clauses(filters):
        clauses.append(clause)
        params.extend(values)
    return (" AND ".join(clauses) or "1"), params


def _clauses(f: Filters) -> list[tuple[str, list[object]]]:
    out: list[tuple[str, list[object]]] = []
    if f.since:
        out.append(("e.event_day >= ?", [f.since]))
    if f.until:
        out.append(("e.event_day <= ?", [f.until]))
    if f.country:
        out.append(("(e.iso = upper(?) OR e.country = ? COLLATE NOCASE)", [f.country] * 2))
    if f.admin1:
        out.append(("e.admin1 = ? COLLATE NOCASE", [f.admin1]))
    if f.location:
        out.append(
            ("(e.location = ? COLLATE NOCASE OR e.admin2 = ? COLLATE NOCASE)", [f.location] * 2)
        )
    out += _type_clauses(f) + _actor_clauses(f)
    if f.near:
        out.append(_near_clause(*f.near))
    if f.min_fatalities is not None:
        out.append(("coalesce(e.fatalities, 0) >= ?", [f.min_fatalities]))
    if f.text:
        out.append((_TEXT_CLAUSE, [f.text]))
    return out


_TEXT_CLAUSE = """e.event_uid IN (SELECT r.event_uid FROM reports r
    JOIN search s ON s.article_id = r.article_id WHERE search MATCH ?)"""


def _type_clauses(f: Filters) -> list[tuple[str, list[object]]]:
    out: list[tuple[str, list[object]]] = []
    if f.event_type:
        out.append(("e.event_type = ?", [f.event_type]))
    if f.sub_event_type:
        out.append(("e.sub_event_type = ?", [f.sub_event_type]))
    return out


def _actor_clauses(f: Filters) -> list[tuple[str, list[object]]]:
    if not f.actor:
        return []
    if f.actor.isdigit():
        return [("(e.inter1 = ? OR e.inter2 = ?)", [int(f.actor)] * 2)]
    return [("e.actors LIKE ? ESCAPE '\\'", [f"%{_escaped(f.actor)}%"])]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _near_clause(lat: float, lon: float, km: float) -> tuple[str, list[object]]:
    """A bounding box the indexes can use, then the exact great-circle distance."""
    dlat = km / 111.0
    dlon = km / max(1e-6, 111.0 * math.cos(math.radians(lat)))
    clause = (
        "e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ? "
        "AND distance_km(e.latitude, e.longitude, ?, ?) <= ?"
    )
    return clause, [lat - dlat, lat + dlat, lon - dlon, lon + dlon, lat, lon, km]
