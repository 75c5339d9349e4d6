"""``dateline explain``: why an event's reports were merged, and the refused candidates."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from tests.store.stored import build


def test_explain_a_merged_event(tmp_path: Path) -> None:
    conn = build(tmp_path / "events.db")
    uid = conn.execute("SELECT event_uid FROM events WHERE n_reports = 2").fetchone()[0]
    conn.close()
    result = CliRunner().invoke(main, ["explain", "--db", str(tmp_path / "events.db"), uid])
    assert result.exit_code == 0, result.output
    explanation = json.loads(result.output)
    assert [r["article_id"] for r in explanation["reports"]] == ["a", "b"]
    (merge,) = explanation["merged"]
    assert merge["score"] >= merge["threshold"]
    assert merge["distance_km"] == 0.0 and merge["dates"] == ["2024-03-11", "2024-03-11"]
    refused = {tuple(sorted(r["reports"])) for r in explanation["refused"]}
    assert ("a/e-0", "m/e-0") in refused


def test_explain_text_format(tmp_path: Path) -> None:
    conn = build(tmp_path / "events.db")
    uid = conn.execute("SELECT event_uid FROM events WHERE n_reports = 2").fetchone()[0]
    conn.close()
    args = ["explain", "--db", str(tmp_path / "events.db"), uid, "--format", "text"]
    result = CliRunner().invoke(main, args)
    assert "merged: a/e-0 + b/e-0" in result.output and "threshold" in result.output


def test_explain_an_unknown_event_fails(tmp_path: Path) -> None:
    build(tmp_path / "events.db").close()
    result = CliRunner().invoke(main, ["explain", "--db", str(tmp_path / "events.db"), "ev-0"])
    assert result.exit_code == 1 and "E701" in result.output
