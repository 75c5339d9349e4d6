"""A progress bar (rich) on stderr for long runs: articles done, articles/s and, when the
number of articles is known beforehand, the ETA. Nothing is drawn when stderr is not a
terminal (logs, pipes, CI)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

Advance = Callable[[int], None]


@contextlib.contextmanager
def article_progress(description: str, total: int | None = None) -> Iterator[Advance]:
    """A function to call with the number of articles just finished."""
    if not sys.stderr.isatty():
        yield lambda count: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn() if total else TextColumn("{task.completed} articles"),
        _rate_column(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total)
        yield lambda count: bar.advance(task, count)


def _rate_column() -> object:
    from rich.progress import ProgressColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: object) -> Text:
            speed = getattr(task, "speed", None)
            return Text(f"{speed:.1f} articles/s" if speed else "- articles/s")

    return Rate()


def expected_articles(inputs: Iterable[str]) -> int | None:
    """How many articles ``inputs`` hold, when that is cheap to know (text, HTML and JSONL
    files; a JSONL file's non-blank lines); None for stdin, URLs, feeds, CSV and WARC."""
    from dateline.ingest.reader import input_files

    names = list(inputs)
    if "-" in names or any(name.startswith(("http://", "https://")) for name in names):
        return None
    total = 0
    for path in input_files(names):
        count = _articles_in(path)
        if count is None:
            return None
        total += count
    return total


def _articles_in(path: Path) -> int | None:
    suffix = path.suffix.lower()
    if suffix in (".txt", ".html", ".htm"):
        return 1
    if suffix != ".jsonl" or not path.is_file():
        return None
    with path.open("rb") as stream:
        return sum(1 for line in stream if line.strip())
