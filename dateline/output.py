"""Write results as JSONL (default), JSON, CSV with ACLED's column names, or GeoJSON."""

from __future__ import annotations

import csv
import json
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from dateline.errors import OutputUnwritable
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
    """Write every result; a file appears (atomically) only when all are written."""
    from dateline.destination import Destination

    with Destination(output, fmt).writer() as writer:
        for result in results:
            writer.add(result)


class Writer:
    """Streams results in one format: ``add`` writes and flushes a result at once, ``close``
    ends the document (JSON's closing bracket), so an interrupted run's file is well formed."""

    def __init__(self, stream: IO[str], fresh: bool = True) -> None:
        self.stream = stream
        self.count = 0
        self.fresh = fresh
        self.start()

    def start(self) -> None:
        """Write what comes before the first result."""

    def add(self, result: ArticleResult) -> None:
        try:
            self.write(result)
            self.stream.flush()
        except OSError as exc:
            name = getattr(self.stream, "name", "the output")
            raise OutputUnwritable(f"cannot write {name}: {exc.strerror or exc}") from exc
        self.count += 1

    def write(self, result: ArticleResult) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()


class JsonlWriter(Writer):
    def write(self, result: ArticleResult) -> None:
        self.stream.write(json.dumps(to_dict(result), ensure_ascii=False) + "\n")


class JsonWriter(Writer):
    """Byte for byte what ``json.dump(list, indent=2)`` writes, one article at a time."""

    def start(self) -> None:
        self.stream.write("[")

    def write(self, result: ArticleResult) -> None:
        text = json.dumps(to_dict(result), ensure_ascii=False, indent=2)
        self.stream.write(("\n" if self.count == 0 else ",\n") + textwrap.indent(text, "  "))

    def close(self) -> None:
        self.stream.write("]\n" if self.count == 0 else "\n]\n")
        super().close()


class CsvWriter(Writer):
    def start(self) -> None:
        self.rows = csv.DictWriter(self.stream, fieldnames=CSV_COLUMNS)
        if self.fresh:
            self.rows.writeheader()

    def write(self, result: ArticleResult) -> None:
        for event in result.events:
            self.rows.writerow(csv_row(result, event))


class GeoJsonWriter(Writer):
    """One Feature per event; an event with no coordinates keeps its place in the collection
    with a ``null`` geometry (RFC 7946, 3.2), so the features match the summary's events."""

    def start(self) -> None:
        self.stream.write('{"type": "FeatureCollection", "features": [')
        self.features = 0

    def write(self, result: ArticleResult) -> None:
        for event in result.events:
            separator = ", " if self.features else ""
            self.stream.write(separator + json.dumps(_feature(result, event), ensure_ascii=False))
            self.features += 1

    def close(self) -> None:
        self.stream.write("]}\n")
        super().close()


def _feature(result: ArticleResult, event: EventRecord) -> dict[str, Any]:
    loc = event.location
    properties = to_dict(event)
    properties["article_id"] = result.id
    located = loc is not None and loc.latitude is not None and loc.longitude is not None
    geometry = (
        {"type": "Point", "coordinates": [loc.longitude, loc.latitude]}
        if located and loc is not None
        else None
    )
    return {"type": "Feature", "geometry": geometry, "properties": properties}


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


WRITERS: dict[str, type[Writer]] = {
    "jsonl": JsonlWriter,
    "json": JsonWriter,
    "csv": CsvWriter,
    "geojson": GeoJsonWriter,
}
