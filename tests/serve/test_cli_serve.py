"""``dateline serve``: a missing store is a usage error, not a traceback."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no store at" in result.output
    assert "Traceback" not in result.output


def test_serve_help_names_its_options() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token", "--tile-url"):
        assert option in result.output
    assert "127.0.0.1" in result.output
