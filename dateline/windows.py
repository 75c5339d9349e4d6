"""Paragraph windows: a long article is coded in pieces cut at paragraph breaks, each piece
through the ordinary pipeline, and the pieces' results joined back into one result whose
offsets point into the whole article. Cost then grows linearly with length, and no piece
reaches spaCy's ``max_length``.

A piece ends at the last paragraph break (a blank line) in the second half of its span,
else the last line break, else the last sentence end, else the last space, else at the
size itself. Articles no longer than the size are one window, coded exactly as before.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from dateline.errors import ArticleTimeout, DatelineError
from dateline.models import Article, ArticleResult, Evidence, Place, TimeValue

# A news article of up to about 8,000 words is coded whole: windows lose the context
# (dates, places) that an earlier part explains; beyond that, parse cost and memory dominate.
DEFAULT_WINDOW_CHARS = 50_000
DEFAULT_MAX_CHARS = 1_000_000
DEFAULT_MAX_SECONDS = 300.0
# Break points, best first: a paragraph break, a line break, a sentence end, a space.
BREAKS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"')\]]?\s"))

Window = tuple[int, str]


def split_windows(text: str, size: int = DEFAULT_WINDOW_CHARS) -> list[Window]:
    """``(offset, text)`` pieces of at most ``size`` characters that join back to ``text``."""
    if size <= 0:
        raise ValueError(f"window size must be positive, not {size}")
    windows: list[Window] = []
    start = 0
    while len(text) - start > size:
        cut = _cut(text, start, size)
        windows.append((start, text[start:cut]))
        start = cut
    windows.append((start, text[start:]))
    return windows


def _cut(text: str, start: int, size: int) -> int:
    """Where the window starting at ``start`` ends: the best break in its second half."""
    low, high = start + size // 2, start + size
    for pattern in BREAKS:
        ends = [match.end() for match in pattern.finditer(text, low, high)]
        if ends:
            return ends[-1]
    space = text.rfind(" ", low, high)
    return space + 1 if space >= 0 else high


def join_results(
    text: str, article_id: str | None, parts: Iterable[tuple[int, ArticleResult]]
) -> ArticleResult:
    """One result from the windows' results: offsets shifted into ``text``, event ids
    numbered across the article (as the assembler numbers them), warnings kept once."""
    parts = list(parts)
    first = parts[0][1]
    joined = dataclasses.replace(first, events=[], places=[], dates=[], warnings=[])
    seen: set[int] = set()
    for offset, result in parts:
        _shift_all(result, offset, seen)
        joined.events.extend(result.events)
        joined.places.extend(result.places)
        joined.dates.extend(result.dates)
        joined.warnings.extend(w for w in result.warnings if w not in joined.warnings)
    _renumber(joined, text, article_id)
    joined.warnings.append(f"coded in {len(parts)} paragraph windows (text over the window size)")
    return joined


def _shift_all(result: ArticleResult, offset: int, seen: set[int]) -> None:
    """Shift every span once: an event's location may be the same object as a place."""
    spans: list[Place | TimeValue | Evidence] = [*result.places, *result.dates]
    for event in result.events:
        spans.extend(event.evidence)
        if event.location is not None:
            spans.append(event.location)
    for span in spans:
        if id(span) not in seen:
            seen.add(id(span))
            span.start += offset
            span.end += offset


def _renumber(result: ArticleResult, text: str, article_id: str | None) -> None:
    seed = f"{article_id or ''}\n{text[:2000]}"
    prefix = hashlib.sha1(seed.encode()).hexdigest()[:12]
    for index, event in enumerate(result.events):
        event.event_id = f"{prefix}-{index}"


@dataclasses.dataclass(slots=True)
class _Slot:
    """An article's place in the output order; a long article's outcome is known at once."""

    outcome: ArticleResult | DatelineError | None = None


class WindowedPipeline:
    """A pipeline that codes long articles window by window, in order with the rest.

    Articles up to ``window_chars`` stream through ``pipeline`` (its worker processes and
    batches) exactly as before. A longer one is coded when the stream reaches it, one
    window at a time in this process, so memory holds one window's parse, not a batch of
    them; when its windows have taken more than ``max_seconds`` (checked between windows)
    it becomes an ``ArticleTimeout`` and the batch goes on."""

    def __init__(
        self,
        pipeline: Any,
        window_chars: int = DEFAULT_WINDOW_CHARS,
        max_seconds: float = DEFAULT_MAX_SECONDS,
        screen: Callable[[Article], ArticleResult | None] | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.window_chars = window_chars
        self.max_seconds = max_seconds
        self.screen = screen  # an uncoded record for an article not to code, else None

    @functools.cached_property
    def single(self) -> Any:
        """The pipeline for windows: one process (a window is one document)."""
        settings = self.pipeline.settings
        if settings.n_process == 1:
            return self.pipeline
        return type(self.pipeline)(dataclasses.replace(settings, n_process=1))

    def run_safe(self, articles: Iterable[Article]) -> Iterator[ArticleResult | DatelineError]:
        """One result or error per article, in input order (like ``Pipeline.run_safe``)."""
        slots: deque[_Slot] = deque()
        for item in self.pipeline.run_safe(self._short(articles, slots)):
            yield from _decided(slots)
            slots.popleft()
            yield item
        yield from _decided(slots)

    def _short(self, articles: Iterable[Article], slots: deque[_Slot]) -> Iterator[Article]:
        """The articles for the stream; long ones are coded here and wait in their slot."""
        for article in articles:
            screened = self.screen(article) if self.screen is not None else None
            if screened is not None:
                slots.append(_Slot(screened))
            elif len(article.text) <= self.window_chars:
                slots.append(_Slot())
                yield article
            else:
                slots.append(_Slot(self.code_long(article)))

    def code_long(self, article: Article) -> ArticleResult | DatelineError:
        """Code ``article`` window by window and join the windows' results."""
        windows = split_windows(article.text, self.window_chars)
        started = time.perf_counter()
        results: list[ArticleResult] = []
        for _, text in windows:
            elapsed = time.perf_counter() - started
            if elapsed > self.max_seconds:
                return self._timeout(article, len(results), len(windows), elapsed)
            [item] = self.single.run_safe([dataclasses.replace(article, text=text)])
            if isinstance(item, DatelineError):
                return item
            results.append(item)
        offsets = [offset for offset, _ in windows]
        return join_results(article.text, article.id, zip(offsets, results, strict=True))

    def _timeout(self, article: Article, done: int, total: int, seconds: float) -> ArticleTimeout:
        where = article.origin or article.id or "article"
        return ArticleTimeout(
            f"{where}: stopped after {done} of {total} windows "
            f"({seconds:.1f} s, over the {self.max_seconds:g} s ceiling)"
        )


def _decided(slots: deque[_Slot]) -> Iterator[ArticleResult | DatelineError]:
    """The outcomes of long articles at the head of the order."""
    while slots and slots[0].outcome is not None:
        outcome = slots.popleft().outcome
        if outcome is not None:
            yield outcome
