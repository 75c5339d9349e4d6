"""Schema versions: a new store is at the latest version; an old one is migrated forward."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dateline.errors import StoreError
from dateline.store.schema import SCHEMA_VERSION, connect, migrate, version


def test_a_new_store_is_at_the_latest_version(tmp_path: Path) -> None:
    conn = connect(tmp_path / "new.db")
    assert version(conn) == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_version_1_store_is_migrated_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    migrate(old, target=1)
    old.execute("INSERT INTO sources (name) VALUES ('Courier')")
    old.close()
    assert not _has(path, "merge_decisions")
    conn = connect(path)
    assert version(conn) == SCHEMA_VERSION
    assert _has(path, "merge_decisions") and _has(path, "event_list")
    assert conn.execute("SELECT name FROM sources").fetchone()[0] == "Courier"


def test_a_store_from_a_newer_dateline_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    future = sqlite3.connect(path)
    future.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    future.close()
    with pytest.raises(StoreError):
        connect(path)


def _has(path: Path, name: str) -> bool:
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
            is not None
        )
    finally:
        conn.close()
