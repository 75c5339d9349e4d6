"""--engine dask: a real LocalCluster (2 workers, 1 thread each) gives the same records as a
local run, written as Parquet partitions with each article once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.batch import InputOptions, Limits, run_batch
from dateline.engine import DaskOptions, read_records, run_dask, write_partition
from dateline.models import ArticleResult
from dateline.settings import Settings

ROWS = [
    {"id": "a", "text": "Gunmen killed three villagers near Djibo on Monday, officials said."},
    {"id": "b", "text": "Two rockets hit Ain al-Asad air base in Iraq on Monday, injuring troops."},
    {"id": "c", "text": "Police fired tear gas at protesters in Nairobi on Tuesday."},
    {"id": "d", "text": "The central bank left interest rates unchanged on Thursday."},
    {"id": "e", "text": "An air strike killed five fighters in Idlib province, a monitor said."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dask") / "rows.jsonl"
    lines = [json.dumps(row | {"published": "2024-08-06"}) for row in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_two_workers_give_the_records_of_a_local_run(corpus: Path, tmp_path: Path) -> None:
    local = tmp_path / "local.jsonl"
    run_batch((str(corpus),), None, "jsonl", local, Settings(n_process=1))
    expected = [json.loads(line) for line in local.read_text(encoding="utf-8").splitlines()]
    outdir = tmp_path / "parquet"
    summary = run_dask(
        (str(corpus),), None, outdir, Settings(n_process=2), Limits(), InputOptions(),
        DaskOptions(partition_size=2, workers=2),
    )  # fmt: skip
    assert read_records(outdir) == expected
    assert summary.articles == len(ROWS) and summary.failed == 0
    assert len(list((outdir / "articles").glob("part-*.parquet"))) == 3


def test_resume_skips_what_is_written(corpus: Path, tmp_path: Path) -> None:
    outdir = tmp_path / "parquet"
    write_partition(outdir, 0, [ArticleResult("a", None, None, None, "en")])
    summary = run_dask(
        (str(corpus),), None, outdir, Settings(n_process=1), Limits(), InputOptions(),
        DaskOptions(partition_size=10, workers=1), mode="resume",
    )  # fmt: skip
    ids = [record["id"] for record in read_records(outdir)]
    assert ids == ["a", "b", "c", "d", "e"] and summary.skipped == 1


def test_a_partition_written_twice_is_there_once(tmp_path: Path) -> None:
    results = [ArticleResult("x", None, None, None, "en")]
    write_partition(tmp_path, 7, results)
    write_partition(tmp_path, 7, results)  # a retried task
    assert [record["id"] for record in read_records(tmp_path)] == ["x"]


def test_a_killed_worker_loses_no_article(corpus: Path, tmp_path: Path) -> None:
    """A worker killed (SIGKILL) once the first partition is written: its partitions are
    run again elsewhere, and the output has every article once."""
    import os
    import signal
    import threading
    import time

    from distributed import Client, LocalCluster

    outdir = tmp_path / "parquet"
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None)
    client = Client(cluster)
    victim = next(iter(client.run(os.getpid).values()))

    def kill_when_started() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(outdir.glob("articles/*.parquet")):
            time.sleep(0.05)
        os.kill(victim, signal.SIGKILL)

    killer = threading.Thread(target=kill_when_started, daemon=True)
    killer.start()
    try:
        summary = run_dask(
            (str(corpus),), None, outdir, Settings(n_process=2), Limits(), InputOptions(),
            DaskOptions(scheduler=cluster.scheduler_address, partition_size=1),
        )  # fmt: skip
    finally:
        killer.join(timeout=5)
        client.close()
        cluster.close()
    assert sorted(record["id"] for record in read_records(outdir)) == [r["id"] for r in ROWS]
    assert summary.articles == len(ROWS)
