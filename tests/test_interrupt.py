"""SIGINT and SIGTERM stop a batch within seconds: the spaCy workers die with it, every
finished record is in the .partial file, and the message says how to resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")

TEXT = "Gunmen killed {n} villagers in Djibo on Monday, the army said."
STOP_WITHIN = 10.0  # seconds from the signal to the exit of the main process


def children(pid: int) -> set[int]:
    """Processes whose parent is ``pid``, from /proc."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _parent(entry) == pid:
            found.add(int(entry.name))
    return found


def _parent(entry: Path) -> int | None:
    try:
        fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None  # the process ended while we looked
    return int(fields[1])


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition, timeout: float = 240.0, what: str = "the batch to get going") -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


@pytest.fixture
def batch(tmp_path: Path) -> tuple[Path, Path]:
    rows = tmp_path / "rows.jsonl"
    with rows.open("w", encoding="utf-8") as stream:
        for n in range(3000):
            stream.write(json.dumps({"id": f"r{n}", "text": TEXT.format(n=n)}) + "\n")
    return rows, tmp_path / "out" / "events.jsonl"


def start(rows: Path, out: Path) -> subprocess.Popen[str]:
    """The batch in a session of its own, as a terminal would run it (for killpg)."""
    out.parent.mkdir(exist_ok=True)
    command = [sys.executable, "-c", "from dateline.cli import main; main()", "extract"]
    options = ["--processes", "2", "--published", "2024-05-01", "-o", str(out)]
    return subprocess.Popen(
        [*command, str(rows), *options],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def running(process: subprocess.Popen[str], partial: Path) -> set[int]:
    """Wait until both workers run and a record is written; the workers' ids."""
    wait_for(lambda: len(children(process.pid)) >= 2 and len(lines(partial)) >= 1)
    return children(process.pid)


@pytest.mark.parametrize(
    ("signum", "to_group"),
    [(signal.SIGTERM, False), (signal.SIGINT, False), (signal.SIGINT, True)],
    ids=["SIGTERM", "SIGINT-main-only", "SIGINT-whole-group"],
)
def test_signal_stops_workers_and_main_and_keeps_finished_records(
    batch: tuple[Path, Path], signum: signal.Signals, to_group: bool
) -> None:
    rows, out = batch
    partial = out.with_name(out.name + ".partial")
    process = start(rows, out)
    try:
        workers = running(process, partial)
        finished = len(lines(partial))
        (os.killpg if to_group else os.kill)(process.pid, signum)
        sent = time.monotonic()
        _, stderr = process.communicate(timeout=STOP_WITHIN)
    finally:
        if process.poll() is None:
            process.kill()
    assert time.monotonic() - sent < STOP_WITHIN
    assert process.returncode == 128 + signum
    time.sleep(0.5)
    assert not [pid for pid in workers if alive(pid)], "a worker outlived the main process"
    records = [json.loads(line) for line in lines(partial)]
    assert len(records) >= finished
    assert [r["id"] for r in records] == [f"r{n}" for n in range(len(records))]
    assert not out.exists()  # no earlier file, and the unfinished run did not make one
    assert "--resume" in stderr and str(partial) in stderr
    assert "Traceback" not in stderr


def test_workers_die_with_a_main_process_killed_outright(batch: tuple[Path, Path]) -> None:
    rows, out = batch
    process = start(rows, out)
    try:
        workers = running(process, out.with_name(out.name + ".partial"))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=STOP_WITHIN)
        orphans = lambda: [pid for pid in workers if alive(pid)]  # noqa: E731
        wait_for(lambda: not orphans(), STOP_WITHIN, "the orphaned workers to die")
    finally:
        if process.poll() is None:
            process.kill()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_failed_write_stops_the_workers_and_exits(batch: tuple[Path, Path]) -> None:
    """Writing into a full disk: a named error, and no wait on workers or their queues."""
    rows, _ = batch
    command = [sys.executable, "-c", "from dateline.cli import main; main()", "extract"]
    with open("/dev/full", "w") as full:
        finished = subprocess.run(
            [*command, str(rows), "--processes", "2"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=240,
        )
    assert finished.returncode == 1
    assert "[E404]" in finished.stderr and "No space left" in finished.stderr
    assert "Traceback" not in finished.stderr and "W127" not in finished.stderr
