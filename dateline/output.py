"""Write results as JSONL (default), JSON, CSV with ACLED's column names, or GeoJSON."""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from dateline.models import ArticleResult, EventRecord, to_dict

FORMATS = ("jsonl", "json", "csv", "geojson")

# ACLED's columns first, then Dateline's extensions.
CSV_COLUMNS = (
    "article_id", "event_id", "role", "event_date", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "country",
    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source",
    "notes", "fatalities", "injuries", "abducted", "arrested", "weapons", "claimed_by",
    "blamed", "denied_by", "unclaimed", "plover_event", "confidence",
)  # fmt: skip


def write_results(results: Iterable[ArticleResult], fmt: str, output: Path | None) -> None:
    with _open(output) as stream:
        WRITERS[fmt](results, stream)


@contextlib.contextmanager
def _open(output: Path | None) -> Iterator[IO[str]]:
    if output is None:
        yield sys.stdout
        return
    with output.open("w", encoding="utf-8", newline="") as stream:
        yield stream


def _jsonl(results: Iterable[ArticleResult], stream: IO[str]) -> None:
    for result in results:
        stream.write(json.dumps(to_dict(result), ensure_ascii=False) + "\n")


def _json(results: Iterable[ArticleResult], stream: IO[str]) -> None:
    json.dump([to_dict(r) for r in results], stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def _csv(results: Iterable[ArticleResult], stream: IO[str]) -> None:
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for result in results:
        for event in result.events:
            writer.writerow(csv_row(result, event))


def _geojson(results: Iterable[ArticleResult], stream: IO[str]) -> None:
    features = [
        _feature(result, event)
        for result in results
        for event in result.events
        if event.location is not None and event.location.latitude is not None
    ]
    json.dump({"type": "FeatureCollection", "features": features}, stream, ensure_ascii=False)
    stream.write("\n")


def _feature(result: ArticleResult, event: EventRecord) -> dict[str, Any]:
    loc = event.location
    assert loc is not None
    properties = to_dict(event)
    properties["article_id"] = result.id
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [loc.longitude, loc.latitude]},
        "properties": properties,
    }


def csv_row(result: ArticleResult, event: EventRecord) -> dict[str, Any]:
    """One event flattened to ACLED's column names (lists joined with '; ')."""
    loc = event.location
    attribution = event.attribution
    return {
        "article_id": result.id,
        "event_id": event.event_id,
        "role": event.role,
        "event_date": event.event_date,
        "time_precision": event.time_precision,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else None,
        "assoc_actor_1": _join(a.name for a in event.assoc_actor_1),
        "inter1": event.actor1.inter if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
        "assoc_actor_2": _join(a.name for a in event.assoc_actor_2),
        "inter2": event.actor2.inter if event.actor2 else None,
        "interaction": event.interaction,
        "civilian_targeting": event.civilian_targeting,
        "iso": loc.country_iso if loc else None,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "source": _join(s.name for s in event.sources),
        "notes": event.notes,
        "fatalities": event.fatalities.best,
        "injuries": event.injuries.best,
        "abducted": event.abducted.best,
        "arrested": event.arrested.best,
        "weapons": _join(_weapon(w) for w in event.weapons),
        "claimed_by": _join(attribution.claimed_by),
        "blamed": _join(f"{b.actor} (by {b.by})" if b.by else b.actor for b in attribution.blamed),
        "denied_by": _join(attribution.denied_by),
        "unclaimed": attribution.unclaimed,
        "plover_event": event.plover.event,
        "confidence": event.confidence,
    }


def _weapon(weapon: Any) -> str:
    detail = f" ({weapon.detail})" if weapon.detail else ""
    count = f"{weapon.count} x " if weapon.count else ""
    return f"{count}{weapon.name}{detail}"


def _join(values: Iterable[str]) -> str:
    return "; ".join(values)


WRITERS = {"jsonl": _jsonl, "json": _json, "csv": _csv, "geojson": _geojson}
