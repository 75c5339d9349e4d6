"""Strict where it matters: ISO-only --published, eval without gold, nonsense gazetteer
names, and a code and a hint on every error class."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import dateline.errors as errors_module
from dateline.cli import main
from dateline.errors import DatelineError, Interrupted
from dateline.ingest import parse_published


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("value", ["tomorrow", "yesterday", "next Monday", "05/08/2024"])
def test_published_accepts_iso_dates_only(tmp_path: Path, value: str) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Police arrested two men in Kabul.", encoding="utf-8")
    outcome = invoke("extract", str(source), "--published", value)
    assert outcome.exit_code == 2
    assert "[E104]" in outcome.stderr and value in outcome.stderr


def test_published_takes_an_iso_date_time(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Police arrested two men in Kabul on Monday.", encoding="utf-8")
    outcome = invoke("extract", str(source), "--published", "2024-08-06T18:30")
    assert outcome.exit_code == 0, outcome.output
    assert json.loads(outcome.stdout)["published"] == "2024-08-06T18:30:00"


def test_row_dates_are_never_relative_to_the_clock() -> None:
    with pytest.raises(errors_module.InvalidOption):
        parse_published("tomorrow")
    assert parse_published("Mon, 05 Aug 2024 18:30:00 GMT").day == 5


def test_eval_on_a_file_without_gold_is_a_named_error(tmp_path: Path) -> None:
    path = tmp_path / "plain.jsonl"
    path.write_text('{"id": "a", "text": "Police arrested two men."}\n', encoding="utf-8")
    outcome = invoke("eval", str(path))
    assert outcome.exit_code == 1
    assert "[E600]" in outcome.output and f"{path}:1" in outcome.output
    assert "Traceback" not in outcome.output


def test_gazetteer_lookup_of_a_nonsense_name_finds_nothing() -> None:
    outcome = invoke("gazetteer", "lookup", "Qwertyuiop")
    assert outcome.exit_code == 1
    assert outcome.stdout == ""
    assert "no place called 'Qwertyuiop'" in outcome.stderr


def test_gazetteer_lookup_still_forgives_a_misspelling() -> None:
    outcome = invoke("gazetteer", "lookup", "Mogadisho", "--limit", "1")
    assert outcome.exit_code == 0, outcome.output
    assert json.loads(outcome.stdout)["name"] == "Mogadishu"


def error_classes() -> list[type]:
    members = inspect.getmembers(errors_module, inspect.isclass)
    return [c for _, c in members if issubclass(c, DatelineError | Interrupted)]


@pytest.mark.parametrize("cls", error_classes(), ids=lambda c: c.__name__)
def test_every_error_has_its_own_code_a_hint_and_a_place_in_the_drawn_hierarchy(
    cls: type,
) -> None:
    codes = [c.code for c in error_classes()]
    assert codes.count(cls.code) == 1
    assert cls.hint
    assert cls.__name__ in (errors_module.__doc__ or "")
