"""The ``dateline extract`` command, run in-process with click's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from dateline.cli import main

ACLED_COLUMNS = (
    "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "interaction", "country", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)  # fmt: skip
EXTRA_COLUMNS = ("injuries", "weapons", "claimed_by")
SUMMARY = re.compile(r"dateline: (\d+) articles, (\d+) events, (\d+) errors, [\d.]+ docs/s")


def invoke(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, ["extract", *args], input=stdin)


def extract_example(example_path: Path, *options: str) -> Result:
    result = invoke(str(example_path), "--published", "2024-08-06", *options)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def main_event(example_path: Path) -> dict[str, Any]:
    """The example's main event, from the default JSONL output."""
    lines = extract_example(example_path).stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    mains = [e for e in record["events"] if e["role"] == "main"]
    assert mains, record["events"]
    return mains[0]


def make_binary(path: Path) -> Path:
    path.write_bytes(b"\x00\x01\x02\xff" * 64)
    return path


# ---------------------------------------------------------------- the worked example


def test_example_main_event_date_and_type(main_event: dict[str, Any]) -> None:
    assert main_event["event_date"] == "2024-08-05"
    assert main_event["event_type"] == "Explosions/Remote violence"
    assert main_event["sub_event_type"] == "Shelling/artillery/missile attack"


def test_example_main_event_location(main_event: dict[str, Any]) -> None:
    location = main_event["location"]
    assert "Asad" in location["name"]
    assert location["country_iso"] == "IQ"
    assert location["admin1"] == "Al Anbar"


def test_example_main_event_weapons_and_fatalities(main_event: dict[str, Any]) -> None:
    rockets = [w for w in main_event["weapons"] if w["name"] == "rocket"]
    assert rockets == [{"name": "rocket", "detail": "Katyusha", "count": 2}]
    assert main_event["fatalities"]["best"] == 0


def test_example_main_event_injuries_are_several(main_event: dict[str, Any]) -> None:
    assert main_event["injuries"]["best"] >= 3  # "several" is at least three


# ---------------------------------------------------------------- formats


def test_csv_has_acled_columns_and_one_row_per_event(example_path: Path) -> None:
    stdout = extract_example(example_path, "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(stdout)))
    events = json.loads(extract_example(example_path).stdout)["events"]
    assert len(rows) == len(events) > 0
    assert set(ACLED_COLUMNS + EXTRA_COLUMNS) <= set(rows[0])
    assert "2024-08-05" in {row["event_date"] for row in rows}


def test_geojson_is_a_feature_collection_of_points(example_path: Path) -> None:
    collection = json.loads(extract_example(example_path, "--format", "geojson").stdout)
    assert collection["type"] == "FeatureCollection"
    assert collection["features"]
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        longitude, latitude = feature["geometry"]["coordinates"]
        assert -180 <= longitude <= 180 and -90 <= latitude <= 90
        assert feature["properties"]["article_id"] == "ain-al-assad"


def test_json_is_a_list_of_articles(example_path: Path) -> None:
    articles = json.loads(extract_example(example_path, "--format", "json").stdout)
    assert isinstance(articles, list)
    assert [a["id"] for a in articles] == ["ain-al-assad"]
    assert articles[0]["published"] == "2024-08-06"


def test_unknown_format_is_a_usage_error_naming_it(example_path: Path) -> None:
    result = invoke(str(example_path), "--format", "xlsx")
    assert result.exit_code == 2
    assert "xlsx" in result.stderr
    assert result.stdout == ""


def test_invalid_published_is_a_usage_error_naming_the_value(example_path: Path) -> None:
    result = invoke(str(example_path), "--published", "2024-13-45")
    assert result.exit_code == 2
    assert "2024-13-45" in result.stderr


# ---------------------------------------------------------------- batches and errors


def test_bad_file_does_not_stop_the_batch(tmp_path: Path, fixtures_dir: Path) -> None:
    bad = make_binary(tmp_path / "scan.txt")
    result = invoke(str(bad), str(fixtures_dir / "price_war.txt"), "--published", "2024-03-07")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["price_war"]
    assert str(bad) in result.stderr
    assert SUMMARY.search(result.stderr).groups()[::2] == ("1", "1")


def test_nothing_processable_exits_non_zero(tmp_path: Path) -> None:
    bad = make_binary(tmp_path / "scan.txt")
    (tmp_path / "empty.txt").write_text("\n")
    result = invoke(str(bad), str(tmp_path / "empty.txt"))
    assert result.exit_code != 0
    assert result.stdout == ""
    assert "empty.txt" in result.stderr and "scan.txt" in result.stderr


def test_malformed_row_is_reported_and_other_rows_coded(fixtures_dir: Path) -> None:
    path = fixtures_dir / "rows.jsonl"
    result = invoke(str(path))
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["kabul-blast", "no-date", "timed"]
    assert f"{path}:2:" in result.stderr and f"{path}:5:" in result.stderr


def test_output_option_writes_the_file(tmp_path: Path, fixtures_dir: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke(str(fixtures_dir / "protest.txt"), "--published", "2024-03-07", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    [line] = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["id"] == "protest"


def test_summary_line_on_stderr(fixtures_dir: Path) -> None:
    result = invoke(str(fixtures_dir / "protest.txt"), "--published", "2024-03-07")
    match = SUMMARY.search(result.stderr)
    assert match, result.stderr
    articles, events, failed = match.groups()
    assert (articles, failed) == ("1", "0")
    assert int(events) == len(json.loads(result.stdout)["events"])
    assert "docs/s" not in result.stdout


def test_stdin_dash_reads_standard_input() -> None:
    text = "Hundreds of students rallied outside parliament in Accra on Monday."
    result = invoke("-", "--published", "2024-03-07", stdin=text)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["published"] == "2024-03-07"
