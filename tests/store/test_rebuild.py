"""Rebuilding events: stable ids, and a rebuild when reports or merge settings change."""

from __future__ import annotations

from pathlib import Path

from dateline.store.merger import rebuild_events, stale
from tests.store.stored import build


def test_a_rebuild_keeps_every_event_uid(tmp_path: Path) -> None:
    conn = build(tmp_path / "events.db")
    before = [r[0] for r in conn.execute("SELECT event_uid FROM events ORDER BY 1")]
    rebuild_events(conn)
    after = [r[0] for r in conn.execute("SELECT event_uid FROM events ORDER BY 1")]
    assert before == after and len(after) == 3


def test_events_go_stale_when_the_merge_settings_change(tmp_path: Path) -> None:
    conn = build(tmp_path / "events.db")
    assert not stale(conn)
    conn.execute("UPDATE meta SET value = 'older' WHERE key = 'merge_version'")
    assert stale(conn)
    rebuild_events(conn)
    assert not stale(conn)


def test_every_report_belongs_to_one_event(tmp_path: Path) -> None:
    conn = build(tmp_path / "events.db")
    assert conn.execute("SELECT count(*) FROM reports WHERE event_uid IS NULL").fetchone()[0] == 0
    counted = conn.execute("SELECT sum(n_reports) FROM events").fetchone()[0]
    assert counted == conn.execute("SELECT count(*) FROM reports").fetchone()[0]
