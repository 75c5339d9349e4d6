"""Exporting events: JSONL (the contract), CSV with ACLED's columns, GeoJSON, Parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.models import EventRecord
from tests.store.stored import build

ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "inter1", "actor2",
                 "country", "admin1", "location", "latitude", "longitude", "geo_precision",
                 "source", "notes", "fatalities")  # fmt: skip


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    build(tmp_path / "events.db").close()
    return tmp_path / "events.db"


def events(db: Path, *options: str) -> str:
    result = CliRunner().invoke(main, ["events", "--db", str(db), *options])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_jsonl_has_every_record_field_plus_uid_and_articles(db: Path) -> None:
    lines = [json.loads(line) for line in events(db).splitlines()]
    assert len(lines) == 3
    fields = set(EventRecord.__dataclass_fields__)
    for line in lines:
        assert fields <= set(line)
        assert line["event_uid"].startswith("ev-")
        for article in line["articles"]:
            assert set(article) == {"id", "event_id", "role", "published", "url", "source"}
    merged = next(line for line in lines if len(line["articles"]) == 2)
    assert {a["source"] for a in merged["articles"]} == {"Courier", "Wire"}


def test_csv_keeps_acled_columns_and_lists_outlets(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(events(db, "--format", "csv"))))
    assert set(ACLED_COLUMNS) <= set(rows[0])
    merged = next(row for row in rows if row["n_reports"] == "2")
    assert merged["source"] == "Courier; Wire"


def test_geojson_has_a_feature_per_located_event(db: Path) -> None:
    collection = json.loads(events(db, "--format", "geojson"))
    assert len(collection["features"]) == 3
    assert collection["features"][0]["geometry"]["type"] == "Point"


def test_parquet_round_trips(db: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "events.parquet"
    events(db, "--format", "parquet", "-o", str(out))
    table = pq.read_table(out)
    assert table.num_rows == 3
    assert sorted(table.column("fatalities").to_pylist()) == [0, 0, 3]


def test_filters_apply_to_exports(db: Path) -> None:
    assert len(events(db, "--min-fatalities", "1").splitlines()) == 1


def test_unknown_format_is_a_usage_error(db: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "xml"])
    assert result.exit_code == 2
