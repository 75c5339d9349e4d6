"""Filters and counts over the deduplicated events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.store import Filters, count_events
from dateline.store.queries import event_records
from tests.store.stored import build


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    build(tmp_path / "events.db").close()
    return tmp_path / "events.db"


def count(db: Path, **filters: object) -> int:
    from dateline.store import open_store

    conn = open_store(db)
    try:
        return int(count_events(conn, Filters(**filters), None)[0]["events"])  # type: ignore[arg-type]
    finally:
        conn.close()


def test_two_reports_of_one_attack_count_once(db: Path) -> None:
    assert count(db) == 3


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"since": "2024-04-01"}, 1),
        ({"until": "2024-03-31"}, 2),
        ({"country": "IQ"}, 3),
        ({"country": "iraq"}, 3),
        ({"country": "Syria"}, 0),
        ({"admin1": "diyala"}, 1),
        ({"location": "Basra"}, 1),
        ({"event_type": "Explosions/Remote violence"}, 2),
        ({"sub_event_type": "Armed clash"}, 1),
        ({"actor": "Islamic Resistance"}, 1),
        ({"actor": "1"}, 3),
        ({"near": (33.75, 44.64, 10.0)}, 1),
        ({"near": (33.75, 44.64, 600.0)}, 3),
        ({"min_fatalities": 1}, 1),
        ({"text": "Salman"}, 1),
        ({"text": "rockets"}, 1),
    ],
)
def test_filters(db: Path, filters: dict[str, object], expected: int) -> None:
    assert count(db, **filters) == expected


def test_count_by_month_sums_fatalities_once_per_event(db: Path) -> None:
    result = CliRunner().invoke(
        main, ["query", "--db", str(db), "--count", "--by", "month", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {"month": "2024-03", "events": 2, "fatalities": 3},
        {"month": "2024-04", "events": 1, "fatalities": 0},
    ]


def test_count_table_by_admin1(db: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--db", str(db), "--count", "--by", "admin1"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split() == ["admin1", "events", "fatalities"]
    assert len(result.output.splitlines()) == 4


def test_events_are_filtered_like_counts(db: Path) -> None:
    from dateline.store import open_store

    conn = open_store(db)
    records = [json.loads(r) for r in event_records(conn, Filters(admin1="Diyala"))]
    conn.close()
    assert len(records) == 1 and len(records[0]["articles"]) == 2


def test_bad_near_is_a_usage_error(db: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--db", str(db), "--count", "--near", "33,44"])
    assert result.exit_code == 2 and "LAT,LON,KM" in result.output


def test_missing_store_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--db", str(tmp_path / "none.db"), "--count"])
    assert result.exit_code == 2 and "no store" in result.output


def test_malformed_text_query_is_a_usage_error(db: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--db", str(db), "--count", "--text", 'a"b'])
    assert result.exit_code == 2 and "query failed" in result.output
