"""Write the store's events as JSONL (default), CSV with ACLED's columns, GeoJSON or Parquet."""

from __future__ import annotations

import contextlib
import csv
import json
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from dateline.output import CSV_COLUMNS
from dateline.store.filters import Filters
from dateline.store.queries import event_records

EVENT_FORMATS = ("jsonl", "csv", "geojson", "parquet")
# ACLED's columns (as ``extract --format csv`` writes them) keyed by event, not article.
EVENT_COLUMNS = (
    "event_uid",
    *(c for c in CSV_COLUMNS if c not in ("article_id", "event_id")),
    "fatalities_low", "fatalities_high", "n_reports", "article_ids",
)  # fmt: skip


def write_events(conn: sqlite3.Connection, filters: Filters, fmt: str, output: Path | None) -> int:
    """Write the events passing ``filters`` in ``fmt``; returns how many were written."""
    records = event_records(conn, filters)
    if fmt == "parquet":
        if output is None:
            raise ValueError("parquet needs an output file")
        return _parquet(records, output)
    with _open(output) as stream:
        return _WRITERS[fmt](records, stream)


@contextlib.contextmanager
def _open(output: Path | None) -> Iterator[IO[str]]:
    if output is None:
        yield sys.stdout
        return
    with output.open("w", encoding="utf-8", newline="") as stream:
        yield stream


def _jsonl(records: Iterable[str], stream: IO[str]) -> int:
    count = 0
    for record in records:
        stream.write(record)
        stream.write("\n")
        count += 1
    return count


def _csv(records: Iterable[str], stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=EVENT_COLUMNS)
    writer.writeheader()
    count = 0
    for count, record in enumerate(records, start=1):  # noqa: B007
        writer.writerow(flat_row(json.loads(record)))
    return count


def _geojson(records: Iterable[str], stream: IO[str]) -> int:
    features = [_feature(json.loads(r)) for r in records]
    located = [f for f in features if f is not None]
    json.dump({"type": "FeatureCollection", "features": located}, stream, ensure_ascii=False)
    stream.write("\n")
    return len(located)


def _feature(record: dict[str, Any]) -> dict[str, Any] | None:
    location = record.get("location") or {}
    if location.get("latitude") is None or location.get("longitude") is None:
        return None
    point = {"type": "Point", "coordinates": [location["longitude"], location["latitude"]]}
    return {"type": "Feature", "geometry": point, "properties": record}


def _parquet(records: Iterable[str], output: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for record in records:
        rows.append({**flat_row(json.loads(record)), "record": record})
    columns = {name: [row[name] for row in rows] for name in (*EVENT_COLUMNS, "record")}
    pq.write_table(pa.table(columns, schema=_schema(pa)), output)
    return len(rows)


def _schema(pa: Any) -> Any:
    numbers = {"time_precision", "inter1", "inter2", "interaction", "geo_precision",
               "fatalities", "injuries", "abducted", "arrested", "fatalities_low",
               "fatalities_high", "n_reports"}  # fmt: skip
    floats = {"latitude", "longitude", "confidence"}
    flags = {"civilian_targeting", "unclaimed"}

    def kind(name: str) -> Any:
        if name in numbers:
            return pa.int64()
        if name in floats:
            return pa.float64()
        return pa.bool_() if name in flags else pa.string()

    return pa.schema([(name, kind(name)) for name in (*EVENT_COLUMNS, "record")])


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One merged event under ACLED's column names (lists joined with '; '); ``source``
    lists the outlets of its articles (else the sources the articles cite)."""
    loc = record.get("location") or {}
    actor1, actor2 = record.get("actor1") or {}, record.get("actor2") or {}
    attribution = record.get("attribution") or {}
    articles = record.get("articles") or []
    outlets = _unique(a.get("source") for a in articles) or _unique(
        s.get("name") for s in record.get("sources") or []
    )
    row = {
        "event_uid": record["event_uid"],
        "role": record.get("role"),
        "event_date": record.get("event_date"),
        "time_precision": record.get("time_precision"),
        "disorder_type": record.get("disorder_type"),
        "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"),
        "actor1": actor1.get("name"),
        "assoc_actor_1": _join(a.get("name") for a in record.get("assoc_actor_1") or []),
        "inter1": actor1.get("inter"),
        "actor2": actor2.get("name"),
        "assoc_actor_2": _join(a.get("name") for a in record.get("assoc_actor_2") or []),
        "inter2": actor2.get("inter"),
        "interaction": record.get("interaction"),
        "civilian_targeting": record.get("civilian_targeting"),
        "iso": loc.get("country_iso"),
        "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2"),
        "location": loc.get("name"),
        "latitude": loc.get("latitude"),
        "longitude": loc.get("longitude"),
        "geo_precision": loc.get("geo_precision"),
        "source": _join(outlets),
        "notes": record.get("notes"),
    }
    return row | _counts(record) | _extras(record, attribution, articles)


def _counts(record: dict[str, Any]) -> dict[str, Any]:
    fatalities = record.get("fatalities") or {}
    return {
        "fatalities": fatalities.get("best"),
        "fatalities_low": fatalities.get("low"),
        "fatalities_high": fatalities.get("high"),
        "injuries": (record.get("injuries") or {}).get("best"),
        "abducted": (record.get("abducted") or {}).get("best"),
        "arrested": (record.get("arrested") or {}).get("best"),
    }


def _extras(
    record: dict[str, Any], attribution: dict[str, Any], articles: list[dict[str, Any]]
) -> dict[str, Any]:
    blamed = attribution.get("blamed") or []
    return {
        "weapons": _join(_weapon(w) for w in record.get("weapons") or []),
        "claimed_by": _join(attribution.get("claimed_by") or []),
        "blamed": _join(
            f"{b['actor']} (by {b['by']})" if b.get("by") else b["actor"] for b in blamed
        ),
        "denied_by": _join(attribution.get("denied_by") or []),
        "unclaimed": attribution.get("unclaimed"),
        "plover_event": (record.get("plover") or {}).get("event"),
        "confidence": record.get("confidence"),
        "n_reports": len(articles),
        "article_ids": _join(str(a.get("id")) for a in articles),
    }


def _weapon(weapon: dict[str, Any]) -> str:
    detail = f" ({weapon['detail']})" if weapon.get("detail") else ""
    count = f"{weapon['count']} x " if weapon.get("count") else ""
    return f"{count}{weapon.get('name')}{detail}"


def _unique(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _join(values: Iterable[str | None]) -> str:
    return "; ".join(v for v in values if v)


_WRITERS = {"jsonl": _jsonl, "csv": _csv, "geojson": _geojson}
