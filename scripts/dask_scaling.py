"""``--engine dask`` with 1 worker, then 2 workers, on the same articles: docs/s by the wall
clock and per CPU second of the workers (steadier when the cores are shared).

Each run starts its own LocalCluster (threads_per_worker=1) before the clock starts; model
and gazetteer loading on the workers is inside the measured time, as in a real run.

    python scripts/dask_scaling.py [FILE.jsonl] [--limit N] [--workers 1 2] [--partition-size N]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from dateline.batch import InputOptions, Limits
from dateline.engine import DaskOptions, run_dask
from dateline.settings import Settings

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared/eval/dev/news_negatives_and_throughput_bbc.jsonl"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=400, help="first N rows")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partition-size", type=int, default=50)
    return parser.parse_args(argv)


def subset(path: Path, limit: int, folder: Path) -> Path:
    target = folder / "rows.jsonl"
    with path.open(encoding="utf-8") as source, target.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number >= limit:
                break
            out.write(line)
    return target


def _cpu_seconds() -> float:
    import psutil

    times = psutil.Process().cpu_times()
    return float(times.user + times.system)


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(data: Path, workers: int, size: int, folder: Path) -> dict[str, Any]:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None)
    client = Client(cluster)
    try:
        before = sum(client.run(_cpu_seconds).values())
        started = time.perf_counter()
        summary = run_dask(
            (str(data),), None, folder / f"out-{workers}", Settings(n_process=workers),
            Limits(), InputOptions(), DaskOptions(scheduler=cluster.scheduler_address,
                                                  partition_size=size),
        )  # fmt: skip
        seconds = time.perf_counter() - started
        cpu = sum(client.run(_cpu_seconds).values()) - before
        peak = max(client.run(_peak_rss_mb).values())
    finally:
        client.close()
        cluster.close()
    coded = summary.articles + summary.skipped
    return {
        "workers": workers,
        "articles": coded,
        "seconds": round(seconds, 1),
        "docs_per_s": round(coded / seconds, 1),
        "worker_cpu_s": round(cpu, 1),
        "docs_per_worker_cpu_s": round(coded / cpu, 1) if cpu else None,
        "worker_peak_mb": round(peak),
    }


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        data = subset(args.data, args.limit, folder)
        rows = [measure(data, n, args.partition_size, folder) for n in args.workers]
    for row in rows:
        print(json.dumps(row))
    if len(rows) > 1 and rows[0]["docs_per_s"]:
        print(f"speed-up {rows[-1]['docs_per_s'] / rows[0]['docs_per_s']:.2f}x (wall clock)")


if __name__ == "__main__":
    main()
