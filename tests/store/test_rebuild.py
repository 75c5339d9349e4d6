"""Rebuilding events: stable ids, and a rebuild when reports or merge settings change."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from dateline.models import Article
from dateline.store.ingestion import store_results
from dateline.store.merger import load_reports, rebuild_events, stale
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


def test_an_article_with_no_event_is_listed_as_related_beside_the_event_it_names(
    tmp_path: Path,
) -> None:
    conn = build(tmp_path / "events.db")
    page = "Lieutenant Haidar Salman killed at Kanaan road checkpoint near Baqubah\n\nSign in."
    result = {"id": "p", "published": "2024-03-12", "events": [], "warnings": [],
              "places": [], "dates": [{"value": "2024-03-11", "precision": "day"}]}  # fmt: skip
    article = Article(text=page, id="p", published=dt.datetime(2024, 3, 12), source="Blog")
    store_results(conn, [(article, result)])
    rebuild_events(conn)
    listed = {}
    for (record,) in conn.execute("SELECT record FROM events"):
        for item in json.loads(record)["articles"]:
            listed.setdefault(item["id"], []).append(item)
    assert listed["p"] == [dict(listed["p"][0], role="related", event_id=None)]
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 3
    counted = conn.execute("SELECT sum(n_reports) FROM events").fetchone()[0]
    assert counted == conn.execute("SELECT count(*) FROM reports").fetchone()[0]


def test_a_store_without_clues_reads_them_from_the_text(tmp_path: Path) -> None:
    conn = build(tmp_path / "events.db")
    conn.execute("UPDATE articles SET clues = NULL")
    reports = load_reports(conn)
    assert any("haidar salman" in r.clues["names"] for r in reports)
