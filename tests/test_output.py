"""The output contract: the same keys on every path, ``null`` where unknown."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.models import ArticleResult
from dateline.output import CSV_COLUMNS, write_results

TOP_KEYS = {"id", "title", "url", "published", "language", "events", "places", "dates", "warnings"}
PLACE_KEYS = {
    "text", "start", "end", "name", "geonameid", "feature", "country_iso", "country", "admin1",
    "admin2", "latitude", "longitude", "confidence",
}  # fmt: skip
DATE_KEYS = {"text", "start", "end", "value", "precision"}
EVENT_KEYS = {
    "event_id", "role", "event_date", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "interaction",
    "civilian_targeting", "attribution", "location", "fatalities", "injuries", "abducted",
    "arrested", "weapons", "sources", "plover", "notes", "confidence", "evidence",
}  # fmt: skip
ACTOR_KEYS = {"name", "country_iso", "inter", "text"}
COUNT_KEYS = {"best", "low", "high", "text"}
ATTRIBUTION_KEYS = {"claimed_by", "blamed", "denied_by", "unclaimed"}
SENTINELS = {"NULL", "null", "None", "none", "N/A", "nan", "NaN", ""}

PROTEST = (
    "Hundreds of nurses marched through the centre of Accra on Thursday, demanding unpaid "
    "allowances, and handed a petition to the health ministry, union leaders said."
)
BOMBING = (
    "A suicide bomber blew himself up at a checkpoint in Mogadishu on Wednesday, killing four "
    "soldiers and wounding six civilians, police said. Al-Shabaab claimed the attack."
)
NOT_CONFLICT = "The central bank left interest rates unchanged on Tuesday, citing slower growth."


@pytest.fixture(scope="module")
def results(code: Callable[..., ArticleResult]) -> dict[str, ArticleResult]:
    texts = {"protest": PROTEST, "bombing": BOMBING, "calm": NOT_CONFLICT}
    return {key: code(text, published="2024-05-10", id=key) for key, text in texts.items()}


@pytest.fixture(scope="module")
def records(results: dict[str, ArticleResult], tmp_path_factory) -> dict[str, dict[str, Any]]:
    """The results as written to and read back from a JSONL file."""
    path = tmp_path_factory.mktemp("out") / "out.jsonl"
    write_results(results.values(), "jsonl", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    return {record["id"]: record for record in map(json.loads, lines)}


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, str):
        yield value


def test_both_articles_have_events(records: dict[str, dict[str, Any]]) -> None:
    assert records["protest"]["events"][0]["event_type"] == "Protests"
    assert records["bombing"]["events"][0]["event_type"] == "Explosions/Remote violence"


def test_top_level_keys_are_the_contract(records: dict[str, dict[str, Any]]) -> None:
    for record in records.values():
        assert set(record) == TOP_KEYS
    assert records["calm"]["events"] == []


@pytest.mark.parametrize("article", ["protest", "bombing"])
def test_event_keys_are_the_contract(records: dict[str, dict[str, Any]], article: str) -> None:
    for event in records[article]["events"]:
        assert set(event) == EVENT_KEYS
        for name in ("fatalities", "injuries", "abducted", "arrested"):
            assert set(event[name]) == COUNT_KEYS
        assert set(event["attribution"]) == ATTRIBUTION_KEYS
        assert set(event["plover"]) == {"event", "mode", "target"}
        assert event["plover"]["target"] is None or set(event["plover"]["target"]) == ACTOR_KEYS
        for actor in [event["actor1"], event["actor2"], *event["assoc_actor_1"]]:
            assert actor is None or set(actor) == ACTOR_KEYS
        assert event["location"] is None or set(event["location"]) == PLACE_KEYS | {"geo_precision"}


@pytest.mark.parametrize("article", ["protest", "bombing"])
def test_nested_keys_of_lists_are_the_contract(
    records: dict[str, dict[str, Any]], article: str
) -> None:
    for event in records[article]["events"]:
        assert all(set(w) == {"name", "detail", "count"} for w in event["weapons"])
        assert all(set(s) == {"name", "kind", "anonymous"} for s in event["sources"])
        assert all(set(e) == {"field", "text", "start", "end", "rule"} for e in event["evidence"])
        assert all(set(b) == {"actor", "by"} for b in event["attribution"]["blamed"])


def test_events_of_different_kinds_have_the_same_shape(
    records: dict[str, dict[str, Any]],
) -> None:
    protest = records["protest"]["events"][0]
    bombing = records["bombing"]["events"][0]
    assert set(protest) == set(bombing)
    for key in ("fatalities", "injuries", "attribution", "plover"):
        assert set(protest[key]) == set(bombing[key])


def test_places_have_exactly_the_place_keys(records: dict[str, dict[str, Any]]) -> None:
    places = [p for record in records.values() for p in record["places"]]
    assert places
    for place in places:
        assert set(place) == PLACE_KEYS  # geo_precision belongs to event locations only


def test_dates_have_exactly_the_date_keys(records: dict[str, dict[str, Any]]) -> None:
    dates = [d for record in records.values() for d in record["dates"]]
    assert dates
    for date in dates:
        assert set(date) == DATE_KEYS
        assert date["precision"] in {"day", "week", "month", "year", None}


def test_unknown_values_are_null_not_sentinel_strings(records: dict[str, dict[str, Any]]) -> None:
    for record in records.values():
        assert not SENTINELS & set(strings(record)), record
    assert records["protest"]["url"] is None
    assert records["protest"]["title"] is None


def test_spans_point_into_the_text(results: dict[str, ArticleResult]) -> None:
    texts = {"protest": PROTEST, "bombing": BOMBING}
    for key, text in texts.items():
        result = results[key]
        for span in [*result.places, *result.dates, *result.events[0].evidence]:
            assert text[span.start : span.end] == span.text


def test_csv_rows_have_the_csv_columns_and_empty_cells_for_unknowns(
    results: dict[str, ArticleResult], tmp_path: Path
) -> None:
    path = tmp_path / "out.csv"
    write_results(results.values(), "csv", path)
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        rows = list(reader)
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    assert {row["article_id"] for row in rows} == {"protest", "bombing"}
    for row in rows:
        assert not {"NULL", "None", "nan"} & set(row.values())
