"""JSON, GeoJSON and CSV are written article by article (an interrupted run's file is well
formed) and read exactly as the whole-list serialisations did."""

from __future__ import annotations

import io
import json

import pytest

from dateline.models import ArticleResult, EventRecord, Place, to_dict
from dateline.output import WRITERS


def event(event_id: str, place: Place | None) -> EventRecord:
    return EventRecord(
        event_id=event_id,
        role="main",
        event_date="2024-05-01",
        time_precision=1,
        disorder_type="Demonstrations",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        location=place,
    )


ACCRA = Place(text="Accra", start=0, end=5, name="Accra", latitude=5.56, longitude=-0.2)
RESULTS = [
    ArticleResult("a", "Title", None, "2024-05-02", "en", events=[event("e-0", ACCRA)]),
    ArticleResult("b", None, None, None, "en", events=[event("e-1", None)]),
    ArticleResult("c", None, None, None, "en"),
]


def written(fmt: str, results: list[ArticleResult]) -> str:
    stream = io.StringIO()
    writer = WRITERS[fmt](stream)
    for item in results:
        writer.add(item)
    writer.close()
    return stream.getvalue()


@pytest.mark.parametrize("count", [0, 1, 3])
def test_json_is_byte_for_byte_the_indented_list(count: int) -> None:
    whole = json.dumps([to_dict(r) for r in RESULTS[:count]], ensure_ascii=False, indent=2)
    assert written("json", RESULTS[:count]) == whole + "\n"


def test_geojson_of_located_events_is_byte_for_byte_the_collection() -> None:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [-0.2, 5.56]},
            "properties": {**to_dict(RESULTS[0].events[0]), "article_id": "a"},
        }
    ]
    whole = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
    assert written("geojson", RESULTS[:1]) == whole + "\n"


def test_geojson_keeps_events_without_coordinates_with_a_null_geometry() -> None:
    collection = json.loads(written("geojson", RESULTS))
    features = collection["features"]
    assert len(features) == sum(len(r.events) for r in RESULTS)
    assert [f["geometry"] for f in features][1] is None
    assert features[1]["properties"]["article_id"] == "b"


def test_every_record_is_flushed_as_it_is_added() -> None:
    class Counting(io.StringIO):
        flushes = 0

        def flush(self) -> None:
            self.flushes += 1
            super().flush()

    stream = Counting()
    writer = WRITERS["jsonl"](stream)
    writer.add(RESULTS[0])
    assert stream.flushes == 1
    assert json.loads(stream.getvalue())["id"] == "a"
