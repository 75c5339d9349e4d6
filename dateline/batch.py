"""A batch run: read every input, code what can be coded, report the rest, summarise."""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateline.errors import InputError
from dateline.ingest import read_inputs
from dateline.models import Article, ArticleResult
from dateline.output import write_results
from dateline.pipeline import Pipeline, ProcessingError
from dateline.settings import Settings


@dataclass(slots=True)
class Summary:
    articles: int = 0
    events: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (
            f"dateline: {self.articles} articles, {self.events} events, "
            f"{self.failed} errors, {rate:.1f} docs/s"
        )


def run_batch(
    inputs: tuple[str, ...],
    published: dt.datetime | None,
    fmt: str,
    output: Path | None,
    settings: Settings,
) -> Summary:
    """Code every readable article in ``inputs`` and write the results in ``fmt``."""
    summary = Summary()
    started = time.perf_counter()
    articles = _articles(read_inputs(inputs, published), summary)
    results = _results(Pipeline(settings).run_safe(articles), summary)
    write_results(_progress(results), fmt, output)
    summary.seconds = time.perf_counter() - started
    return summary


def _articles(items: Iterator[Article | InputError], summary: Summary) -> Iterator[Article]:
    for item in items:
        if isinstance(item, InputError):
            _report(summary, str(item))
        else:
            yield item


def _results(
    items: Iterator[ArticleResult | ProcessingError], summary: Summary
) -> Iterator[ArticleResult]:
    for item in items:
        if isinstance(item, ProcessingError):
            _report(summary, str(item))
            continue
        summary.articles += 1
        summary.events += len(item.events)
        yield item


def _report(summary: Summary, message: str) -> None:
    summary.failed += 1
    summary.errors.append(message)
    print(f"dateline: error: {message}", file=sys.stderr)


def _progress(results: Iterator[ArticleResult]) -> Iterator[ArticleResult]:
    """A progress bar on stderr for interactive runs; nothing when stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield from results
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("coding", total=None)
        for result in results:
            bar.advance(task)
            yield result
