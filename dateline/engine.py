"""``--engine dask``: code articles on a Dask distributed cluster, write Parquet partitions.

This process (the client) reads the inputs (files, URLs, WARC), screens them (language,
near-duplicates: here, in input order, so the records do not depend on the cluster) and
cuts the articles into partitions of ``partition_size``. Each partition is one task: a
worker codes it with a pipeline it opened once (the model and the gazetteer load once per
worker process) and writes two Parquet files named by the partition's number:

    OUT/articles/part-NNNNN.parquet   one row per article: id, title, url, published,
                                      language, duplicate_of, events (count), warnings,
                                      and ``record``: the article's JSONL line, exactly
    OUT/events/part-NNNNN.parquet     one row per event, the CSV output's columns

A file is written under a temporary name and renamed, so a partition a killed worker left
half-done is simply written again when Dask retries the task elsewhere, and the output has
each article once. At most ``2 x workers`` partitions are in flight, so memory stays flat
however long the input. ``--resume`` skips the ids already in OUT/articles and numbers new
partitions after the existing ones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.errors import DatelineError, InputError, NotARegularFile, OutputError
from dateline.models import Article, ArticleResult, to_dict

ARTICLE_COLUMNS = (
    "id", "title", "url", "published", "language", "duplicate_of", "events", "warnings",
    "record",
)  # fmt: skip
TASK_RETRIES = 3
_WORKER_PIPELINES: dict[Any, Any] = {}  # per worker process: the pipeline, opened once

Work = Article | ArticleResult  # an article to code, or a screened article's record


@dataclass(frozen=True, slots=True)
class DaskOptions:
    scheduler: str | None = None  # None: a LocalCluster on this machine
    partition_size: int = 200
    workers: int = 0  # LocalCluster workers; 0: one per core


@dataclass(slots=True)
class PartitionResult:
    index: int
    articles: int = 0
    events: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)


def code_partition(
    index: int, items: list[Work], settings: Any, limits: Any, outdir: str
) -> PartitionResult:
    """Code one partition on a worker and write its Parquet files (atomically)."""
    from dateline.windows import WindowedPipeline

    key = (settings, limits)
    coder = _WORKER_PIPELINES.get(key)
    if coder is None:
        from dateline.pipeline import Pipeline

        single = dataclasses.replace(settings, n_process=1)
        coder = WindowedPipeline(Pipeline(single), limits.window_chars, limits.max_seconds)
        _WORKER_PIPELINES[key] = coder
    outcome = PartitionResult(index)
    results = list(_coded(coder, items, outcome))
    write_partition(Path(outdir), index, results)
    return outcome


def _coded(coder: Any, items: list[Work], outcome: PartitionResult) -> Iterator[ArticleResult]:
    screened = {i: item for i, item in enumerate(items) if isinstance(item, ArticleResult)}
    articles = [item for item in items if isinstance(item, Article)]
    coded = iter(coder.run_safe(articles))
    for position in range(len(items)):
        item = screened[position] if position in screened else next(coded)
        if isinstance(item, DatelineError):
            outcome.errors.append(str(item))
        elif position in screened:
            outcome.skipped += 1
            yield item
        else:
            outcome.articles += 1
            outcome.events += len(item.events)
            yield item


def write_partition(outdir: Path, index: int, results: list[ArticleResult]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from dateline.output import CSV_COLUMNS, csv_row

    rows = [_article_row(result) for result in results]
    events = [csv_row(result, event) for result in results for event in result.events]
    articles_table = pa.Table.from_pylist(rows, schema=_article_schema())
    events_table = pa.Table.from_pylist(events, schema=_event_schema(CSV_COLUMNS))
    for name, table in (("articles", articles_table), ("events", events_table)):
        target = outdir / name / f"part-{index:05d}.parquet"
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        pq.write_table(table, partial)
        os.replace(partial, target)


def _article_row(result: ArticleResult) -> dict[str, Any]:
    record = to_dict(result)
    return {
        "id": result.id,
        "title": result.title,
        "url": result.url,
        "published": result.published,
        "language": result.language,
        "duplicate_of": result.duplicate_of,
        "events": len(result.events),
        "warnings": list(result.warnings),
        "record": json.dumps(record, ensure_ascii=False),
    }


def _article_schema() -> Any:
    import pyarrow as pa

    text = pa.string()
    fields = [(name, text) for name in ARTICLE_COLUMNS]
    types = dict(fields) | {"events": pa.int32(), "warnings": pa.list_(text)}
    return pa.schema([(name, types[name]) for name in ARTICLE_COLUMNS])


def _event_schema(columns: tuple[str, ...]) -> Any:
    import pyarrow as pa

    numeric = {
        "time_precision": pa.int8(), "inter1": pa.int8(), "inter2": pa.int8(),
        "interaction": pa.int16(), "latitude": pa.float64(), "longitude": pa.float64(),
        "geo_precision": pa.int8(), "fatalities": pa.int64(), "injuries": pa.int64(),
        "abducted": pa.int64(), "arrested": pa.int64(), "unclaimed": pa.bool_(),
        "civilian_targeting": pa.bool_(),
        "confidence": pa.float64(),
    }  # fmt: skip
    return pa.schema([(name, numeric.get(name, pa.string())) for name in columns])


def done_ids(outdir: Path) -> tuple[set[str], int]:
    """The article ids already in ``outdir`` and the next free partition number."""
    import pyarrow.parquet as pq

    parts = sorted((outdir / "articles").glob("part-*.parquet"))
    ids: set[str] = set()
    for part in parts:
        ids.update(i for i in pq.read_table(part, columns=["id"]).column("id").to_pylist() if i)
    following = max((int(p.stem.split("-")[1]) for p in parts), default=-1) + 1
    return ids, following


def read_records(outdir: Path) -> list[dict[str, Any]]:
    """Every article record in ``outdir``, in partition order (for tests and tools)."""
    import pyarrow.parquet as pq

    records = []
    for part in sorted((outdir / "articles").glob("part-*.parquet")):
        records.extend(json.loads(r) for r in pq.read_table(part).column("record").to_pylist())
    return records


def run_dask(
    inputs: tuple[str, ...],
    published: dt.datetime | None,
    output: Path | None,
    settings: Any,
    limits: Any,
    options: Any,
    dask: DaskOptions,
    *,
    mode: str = "replace",
) -> Any:
    """Code ``inputs`` on a Dask cluster into Parquet partitions under ``output``."""
    from dateline.batch import Summary
    from dateline.progress import expected_articles

    outdir = _checked_outdir(output, mode)
    done, first = done_ids(outdir) if mode in ("resume", "append") else (set(), 0)
    summary = Summary()
    summary.expected = expected_articles(inputs) if sys.stderr.isatty() else None
    started = time.perf_counter()
    with _client(dask, settings) as client:
        work = _screened(inputs, published, limits, options, done, summary)
        for result in _submitted(client, work, dask, first, settings, limits, outdir, summary):
            summary.articles += result.articles
            summary.events += result.events
            summary.skipped += result.skipped
            for message in result.errors:
                _report(summary, message)
    summary.seconds = time.perf_counter() - started
    return summary


def _checked_outdir(output: Path | None, mode: str) -> Path:
    if output is None:
        raise OutputError(
            "--engine dask writes Parquet partitions: give a directory with -o",
            hint="dateline extract INPUTS --engine dask -o OUTDIR",
        )
    if output.exists() and not output.is_dir():
        raise OutputError(f"{output} is a file: --engine dask writes a directory")
    existing = list((output / "articles").glob("part-*.parquet"))
    if existing and mode == "replace":
        raise OutputError(
            f"{output} already holds {len(existing)} partitions",
            hint="continue it with --resume, or choose another directory",
        )
    output.mkdir(parents=True, exist_ok=True)
    return output


def _screened(
    inputs: tuple[str, ...],
    published: dt.datetime | None,
    limits: Any,
    options: Any,
    done: set[str],
    summary: Any,
) -> Iterator[Work]:
    """Articles to code and screened records, in input order; errors reported here."""
    from dateline.batch import _articles, make_screen
    from dateline.ingest import read_inputs

    screen = make_screen(options)
    read = read_inputs(inputs, published, max_bytes=limits.max_chars * 4, fetch=options.fetch)
    for item in _articles(read, limits):
        summary.read += 1
        if isinstance(item, NotARegularFile):
            summary.skipped += 1
        elif isinstance(item, InputError | DatelineError):
            _report(summary, str(item))
        elif item.id is not None and item.id in done:
            summary.skipped += 1
        else:
            yield screen(item) or item
    summary.non_english, summary.duplicates = screen.non_english, screen.duplicate


def _submitted(
    client: Any,
    work: Iterable[Work],
    dask: DaskOptions,
    first: int,
    settings: Any,
    limits: Any,
    outdir: Path,
    summary: Any,
) -> Iterator[PartitionResult]:
    """Submit partitions as they fill, at most two per worker in flight; yield results."""
    from distributed import as_completed

    in_flight = as_completed()
    ceiling = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
    with _progress(summary.expected) as bar:
        for index, batch in enumerate(_batches(work, dask.partition_size), start=first):
            future = client.submit(
                code_partition, index, batch, settings, limits, str(outdir),
                key=f"dateline-partition-{index}-{time.time_ns()}", retries=TASK_RETRIES,
            )  # fmt: skip
            in_flight.add(future)
            while in_flight.count() >= ceiling:
                yield _finished(next(in_flight), bar)
        for future in in_flight:
            yield _finished(future, bar)


def _finished(future: Any, bar: Any) -> PartitionResult:
    result: PartitionResult = future.result()
    bar(result.articles + result.skipped + len(result.errors))
    return result


def _batches(work: Iterable[Work], size: int) -> Iterator[list[Work]]:
    batch: list[Work] = []
    for item in work:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _client(dask: DaskOptions, settings: Any) -> Any:
    from distributed import Client, LocalCluster

    if dask.scheduler:
        return Client(dask.scheduler)
    workers = dask.workers or settings.n_process or os.cpu_count() or 1
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    client = Client(cluster)
    return _ClosingClient(client, cluster)


class _ClosingClient:
    """A client whose LocalCluster closes with it."""

    def __init__(self, client: Any, cluster: Any) -> None:
        self.client, self.cluster = client, cluster

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        self.cluster.close()


def _progress(total: int | None = None) -> Any:
    from dateline.progress import article_progress

    return article_progress("coding (dask)", total)


def _report(summary: Any, message: str) -> None:
    summary.failed += 1
    summary.errors.append(message)
    print(f"dateline: error: {message}", file=sys.stderr, flush=True)
