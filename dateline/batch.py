"""A batch run: read every input, code what can be coded, report the rest, summarise.

Every input item is counted once: coded, skipped (a non-regular file; an article a resumed
run already wrote) or failed (a named error), so ``read = coded + skipped + failed`` unless
the run was interrupted, when the difference is the articles still in flight.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import sys
import time
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateline.destination import Destination, Mode
from dateline.errors import ArticleTooLong, DatelineError, Interrupted, NotARegularFile
from dateline.ingest import read_inputs
from dateline.ingest.fetch import FetchOptions
from dateline.ingest.screen import Screen
from dateline.interruption import interruptible, stop_workers
from dateline.models import Article, ArticleResult
from dateline.output import Writer
from dateline.pipeline import Pipeline
from dateline.progress import expected_articles
from dateline.settings import Settings
from dateline.windows import (
    DEFAULT_MAX_CHARS,
    DEFAULT_MAX_SECONDS,
    DEFAULT_WINDOW_CHARS,
    WindowedPipeline,
)

Item = Article | DatelineError


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-article ceilings: longer texts are coded in windows of ``window_chars``; texts
    over ``max_chars``, or whose windows take over ``max_seconds``, become named errors."""

    window_chars: int = DEFAULT_WINDOW_CHARS
    max_chars: int = DEFAULT_MAX_CHARS
    max_seconds: float = DEFAULT_MAX_SECONDS


@dataclass(slots=True)
class Summary:
    articles: int = 0
    events: int = 0
    failed: int = 0
    skipped: int = 0
    read: int = 0
    non_english: int = 0  # of the skipped: written as uncoded records
    duplicates: int = 0  # of the skipped: near-duplicates, linked by duplicate_of
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    interrupted: int | None = None  # the signal that stopped the run
    partial: Path | None = None  # where an interrupted run's finished records are
    expected: int | None = None  # articles the inputs hold, when known beforehand (for ETA)

    def line(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (
            f"dateline: {self.articles} articles, {self.events} events, "
            f"{self.failed} errors, {rate:.1f} docs/s "
            f"({self.read} read = {self.articles} coded + {self.skipped} skipped "
            f"+ {self.failed} failed{self._in_flight()})"
            f"{self._screened()}"
        )

    def _screened(self) -> str:
        if not (self.non_english or self.duplicates):
            return ""
        return (
            f"; of the skipped, {self.non_english} not in English and "
            f"{self.duplicates} near-duplicates (uncoded records)"
        )

    def _in_flight(self) -> str:
        rest = self.read - self.articles - self.skipped - self.failed
        return f" + {rest} unfinished" if rest else ""


def run_batch(
    inputs: tuple[str, ...],
    published: dt.datetime | None,
    fmt: str,
    output: Path | None,
    settings: Settings,
    *,
    limits: Limits | None = None,
    mode: Mode = "replace",
    inputs_options: InputOptions | None = None,
) -> Summary:
    """Code every readable article in ``inputs`` and write the results in ``fmt``.

    Raises an ``OutputError`` before reading anything when the output is unsafe; returns a
    summary with ``interrupted`` set when SIGINT or SIGTERM stopped the run."""
    destination = Destination(output, fmt, mode)
    destination.check(inputs)
    summary = Summary()
    done = destination.done_ids() if mode == "resume" else set()
    started = time.perf_counter()
    try:
        with interruptible(), _quiet_workers(), destination.writer() as writer:
            _write_all(
                inputs,
                published,
                settings,
                _Run(limits or Limits(), inputs_options or InputOptions(), done, summary),
                writer,
            )
    except Interrupted as exc:
        summary.interrupted, summary.partial = exc.signum, destination.partial
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass(frozen=True, slots=True)
class InputOptions:
    """How inputs are fetched and screened before coding."""

    fetch: FetchOptions | None = None
    languages: bool = True  # skip articles surely not in English
    # code near-duplicates once (opt-in: distinct incidents can share a templated text)
    duplicates: bool = False


@dataclass(frozen=True, slots=True)
class _Run:
    limits: Limits
    options: InputOptions
    done: set[str]
    summary: Summary


def make_screen(options: InputOptions) -> Screen:
    """The pre-coding screen for ``options``; what it skips is reported on stderr."""
    screen = Screen(languages=options.languages, report=_warn)
    if not options.duplicates:
        screen.duplicates = None
    return screen


def _write_all(
    inputs: tuple[str, ...],
    published: dt.datetime | None,
    settings: Settings,
    run: _Run,
    writer: Writer,
) -> None:
    limits, summary = run.limits, run.summary
    read = read_inputs(inputs, published, max_bytes=limits.max_chars * 4, fetch=run.options.fetch)
    articles = _articles(read, limits)
    screen = make_screen(run.options)
    coder = WindowedPipeline(
        Pipeline(settings), limits.window_chars, limits.max_seconds, screen=screen
    )
    earlier = {child.pid for child in multiprocessing.active_children()}
    items = coder.run_safe(_guarded(_unfinished(articles, run.done, summary), earlier))
    # Closed here, not when a traceback lets go of this frame: spaCy joins its workers then.
    with contextlib.closing(items), contextlib.closing(_results(items, summary)) as results:
        try:
            total = expected_articles(inputs) if sys.stderr.isatty() else None
            for result in _progress(results, total):
                writer.add(result)
        except Exception:
            stop_workers(spare=earlier)  # else closing the pipe waits on busy workers forever
            raise


def _guarded(articles: Iterator[Article], spare: set[int]) -> Iterator[Article]:
    """The input stream; an error raised in it first stops the workers (see above)."""
    try:
        yield from articles
    except Exception:
        stop_workers(spare=spare)
        raise


@contextlib.contextmanager
def _quiet_workers() -> Iterator[None]:
    """spaCy warns (W127) when its workers did not exit cleanly: after an interrupt they
    were killed on purpose, and the summary already says so."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W127\]")
        yield


def _articles(items: Iterable[Article | DatelineError], limits: Limits) -> Iterator[Item]:
    """Articles, with texts over the ceiling turned into named errors."""
    for item in items:
        if isinstance(item, Article) and len(item.text) > limits.max_chars:
            where = item.origin or item.id or "article"
            yield ArticleTooLong(f"{where}: {len(item.text)} characters, over {limits.max_chars}")
        else:
            yield item


def _unfinished(items: Iterable[Item], done: set[str], summary: Summary) -> Iterator[Article]:
    """Articles to code: errors reported, non-regular files and finished ids skipped."""
    for item in items:
        summary.read += 1
        if isinstance(item, NotARegularFile):
            _skip(summary, str(item))
        elif isinstance(item, DatelineError):
            _report(summary, str(item))
        elif item.id is not None and item.id in done:
            summary.skipped += 1
        else:
            yield item


def _results(
    items: Iterator[ArticleResult | DatelineError], summary: Summary
) -> Iterator[ArticleResult]:
    for item in items:
        if isinstance(item, DatelineError):
            _report(summary, str(item))
            continue
        if item.duplicate_of is not None or item.language != "en":
            summary.skipped += 1
            summary.duplicates += item.duplicate_of is not None
            summary.non_english += item.language != "en"
        else:
            summary.articles += 1
            summary.events += len(item.events)
        yield item


def _report(summary: Summary, message: str) -> None:
    summary.failed += 1
    summary.errors.append(message)
    print(f"dateline: error: {message}", file=sys.stderr, flush=True)


def _warn(message: str) -> None:
    print(f"dateline: skipped: {message}", file=sys.stderr, flush=True)


def _skip(summary: Summary, message: str) -> None:
    summary.skipped += 1
    print(f"dateline: skipped: {message}", file=sys.stderr, flush=True)


def _progress(results: Iterator[ArticleResult], total: int | None) -> Iterator[ArticleResult]:
    """A progress bar on stderr (articles/s, and the ETA when the total is known)."""
    from dateline.progress import article_progress

    with article_progress("coding", total) as advance:
        for result in results:
            advance(1)
            yield result
