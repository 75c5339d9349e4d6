"""A ``kill -9`` in the middle of an ingest loses nothing and doubles nothing on re-run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

TOWNS = ("Baqubah", "Kirkuk", "Tikrit", "Samarra", "Ramadi", "Fallujah", "Mosul", "Basra")
CLI = "from dateline.cli import main; main()"


def write_articles(path: Path, count: int) -> None:
    lines = []
    for n in range(count):
        town = TOWNS[n % len(TOWNS)]
        text = (f"Gunmen killed {n % 5 + 1} police officers at a checkpoint in {town}, Iraq, "
                f"on Monday, police said. Report number {n}.")  # fmt: skip
        lines.append(json.dumps({"id": f"art-{n}", "text": text, "published": "2024-03-12"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def command(inputs: Path, db: Path) -> list[str]:
    return [sys.executable, "-c", CLI, "ingest", str(inputs), "--db", str(db),
            "--processes", "1", "--batch-size", "3"]  # fmt: skip


def count(db: Path, table: str) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=5)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0
    finally:
        conn.close()


def kill_after_first_batch(process: subprocess.Popen[bytes], db: Path) -> None:
    deadline = time.monotonic() + 120
    while count(db, "articles") < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def test_rerun_after_kill_completes_the_batch_exactly(tmp_path: Path) -> None:
    inputs = tmp_path / "articles.jsonl"
    write_articles(inputs, 60)
    db = tmp_path / "crashed.db"
    kill_after_first_batch(subprocess.Popen(command(inputs, db)), db)
    assert 3 <= count(db, "articles") < 60
    rerun = subprocess.run(command(inputs, db), capture_output=True, text=True, check=True)
    summary = json.loads(rerun.stdout.strip().splitlines()[-1])
    assert summary["unchanged"] + summary["coded"] == 60
    clean = tmp_path / "clean.db"
    subprocess.run(command(inputs, clean), capture_output=True, check=True)
    for table in ("articles", "reports", "events", "search"):
        assert count(db, table) == count(clean, table), table
