"""``dateline ingest``: code and store articles; the same article again adds nothing, a
changed article replaces its own rows. Uses the real pipeline on texts written here."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "two-incidents.jsonl"


def ingest(db: Path, *inputs: Path) -> dict[str, int]:
    args = ["ingest", *map(str, inputs), "--db", str(db), "--processes", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.strip().splitlines()[-1])


def uids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT event_uid FROM events ORDER BY 1")]


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    db = tmp_path_factory.mktemp("ingest") / "events.db"
    return db, ingest(db, EXAMPLE)


def test_the_example_gives_two_events_of_two_reports(stored: tuple[Path, dict[str, int]]) -> None:
    db, summary = stored
    assert summary["coded"] == 4 and summary["events"] == 2
    with sqlite3.connect(db) as conn:
        sizes = [row[0] for row in conn.execute("SELECT n_reports FROM events")]
    assert sizes == [2, 2]


def test_the_same_articles_again_add_nothing(stored: tuple[Path, dict[str, int]]) -> None:
    db, _ = stored
    before = uids(db)
    summary = ingest(db, EXAMPLE)
    assert summary["unchanged"] == 4 and summary["coded"] == 0 and summary["reports"] == 0
    assert uids(db) == before


def test_the_same_text_under_a_new_id_is_a_duplicate(
    stored: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    db, _ = stored
    row = json.loads(EXAMPLE.read_text(encoding="utf-8").splitlines()[0])
    row["id"] = "copy-of-first"
    row["text"] = "  " + row["text"].upper() + "\n"
    copy = tmp_path / "copy.jsonl"
    copy.write_text(json.dumps(row) + "\n", encoding="utf-8")
    summary = ingest(db, copy)
    assert summary["duplicates"] == 1 and summary["coded"] == 0
    with sqlite3.connect(db) as conn:
        records = [json.loads(r[0]) for r in conn.execute("SELECT record FROM events")]
        reports = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    listed = {a["id"] for r in records for a in r["articles"]}
    assert {"copy-of-first", "checkpoint-courier"} <= listed
    assert reports == 4


def test_a_changed_article_replaces_its_own_rows(tmp_path: Path) -> None:
    db = tmp_path / "events.db"
    ingest(db, EXAMPLE)
    rows = [json.loads(line) for line in EXAMPLE.read_text(encoding="utf-8").splitlines()]
    rows[3]["text"] = "Police in Erbil arrested two men over the rocket launch on Thursday."
    changed = tmp_path / "changed.jsonl"
    changed.write_text("".join(json.dumps(r) + "\n" for r in rows[3:]), encoding="utf-8")
    summary = ingest(db, changed)
    assert summary["replaced"] == 1
    with sqlite3.connect(db) as conn:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        texts = conn.execute("SELECT text FROM articles WHERE id = 'erbil-wire'").fetchall()
        hits = conn.execute("SELECT count(*) FROM search WHERE search MATCH 'Katyusha'").fetchone()
    assert articles == 4 and texts == [(rows[3]["text"],)]
    assert hits[0] == 0
