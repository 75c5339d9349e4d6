"""The publication date: read from metadata (parse_published) or from a news dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.errors import InvalidOption
from dateline.ingest.published import parse_published
from dateline.resolve.time import dateline_date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-08-05", dt.datetime(2024, 8, 5)),
        ("2024-08-05T18:30", dt.datetime(2024, 8, 5, 18, 30)),
        ("1998-01-08 18:30:00", dt.datetime(1998, 1, 8, 18, 30)),
        ("2024-08-05T18:30:00+02:00", dt.datetime(2024, 8, 5, 16, 30, tzinfo=dt.UTC)),
        ("Mon, 05 Aug 2024 18:30:00 GMT", dt.datetime(2024, 8, 5, 18, 30, tzinfo=dt.UTC)),
    ],
)
def test_parse_published_reads_iso_and_feed_dates(raw: str, expected: dt.datetime) -> None:
    assert parse_published(raw) == expected


@pytest.mark.parametrize("raw", ["yesterday-ish", "2024-13-45", "", "August"])
def test_parse_published_names_the_bad_value(raw: str) -> None:
    with pytest.raises(InvalidOption, match=repr(raw)):
        parse_published(raw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BAGHDAD, Aug 5 (Reuters) - Rockets hit a base.", dt.datetime(2024, 8, 5)),
        ("KABUL, Afghanistan, Aug. 5, 2023 (AP) — A blast.", dt.datetime(2023, 8, 5)),
        ("GAZA, 3 August: Strikes continued.", dt.datetime(2024, 8, 3)),
        ("The army said on Aug 5 - nothing more.", None),
        ("Rockets hit a base on Monday.", None),
    ],
)
def test_dateline_date(text: str, expected: dt.datetime | None) -> None:
    assert dateline_date(text, today=dt.date(2024, 8, 6)) == expected


def test_yearless_dateline_is_not_guessed_from_the_clock() -> None:
    assert dateline_date("BAGHDAD, Aug 5 (Reuters) - Rockets hit a base.") is None
    assert dateline_date("KABUL, Aug. 5, 2024 (AP) - A blast hit.") == dt.datetime(2024, 8, 5)
