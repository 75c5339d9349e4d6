"""The README documents what the code does: its contract, commands and formats."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from dateline.cli import main
from dateline.models import EventRecord, Place, TimeValue
from dateline.output import FORMATS

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def _names(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def test_every_event_field_is_documented() -> None:
    contract = README[README.index("An EventRecord has") :]
    missing = {name for name in _names(EventRecord) if name not in contract}
    assert missing == set()


def test_place_and_date_keys_are_documented() -> None:
    for name in _names(Place) - {"geo_precision"}:
        assert f'"{name}"' in README
    for name in _names(TimeValue):
        assert f'"{name}"' in README


def test_every_output_format_and_command_is_documented() -> None:
    for fmt in FORMATS:
        assert fmt in README
    for command in main.commands:
        assert re.search(rf"dateline {command}\b", README), command


def test_the_two_commands_are_make_targets() -> None:
    makefile = (Path(__file__).parents[1] / "Makefile").read_text(encoding="utf-8")
    for target in ("example", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M)


def test_the_stage_table_is_the_pipelines() -> None:
    from dateline.pipeline import STAGES

    layout = README[README.index("## Layout") :]
    for stage in STAGES:
        row = re.search(rf"^\| {re.escape(stage.name)} \|(.*)$", layout, re.M)
        assert row, stage.name
        for field in (*stage.needs, *stage.adds):
            assert field in row.group(1), (stage.name, field)


def test_every_error_code_is_in_the_failure_table() -> None:
    import inspect

    from dateline import errors

    codes = {c.code for _, c in inspect.getmembers(errors, inspect.isclass) if hasattr(c, "code")}
    missing = {code for code in codes if not re.search(rf"^\| {code} \|", README, re.M)}
    assert missing <= {"E000", "E400"}  # the two base classes are never raised themselves
