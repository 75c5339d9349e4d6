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
import hashlib
import re
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from dateline.errors import ArticleTimeout, DatelineError
from dateline.models import Article, ArticleResult, Evidence, Place, TimeValue

DEFAULT_WINDOW_CHARS = 20_000
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
class _Plan:
    """One article on its way through the pipeline: its windows and what came back."""

    article: Article
    windows: list[Window]
    sent: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    results: list[ArticleResult | DatelineError] = dataclasses.field(default_factory=list)


class WindowedPipeline:
    """A pipeline that codes long articles in windows and stops an article whose windows
    have taken more than ``max_seconds`` (checked between windows): that article becomes
    an ``ArticleTimeout`` and the batch goes on."""

    def __init__(
        self,
        pipeline: Any,
        window_chars: int = DEFAULT_WINDOW_CHARS,
        max_seconds: float = DEFAULT_MAX_SECONDS,
    ) -> None:
        self.pipeline = pipeline
        self.window_chars = window_chars
        self.max_seconds = max_seconds

    def run_safe(self, articles: Iterable[Article]) -> Iterator[ArticleResult | DatelineError]:
        """One result or error per article, in input order (like ``Pipeline.run_safe``)."""
        plans: deque[_Plan] = deque()
        clock = time.perf_counter()
        for item in self.pipeline.run_safe(self._pieces(articles, plans)):
            plan = plans[0]
            now = time.perf_counter()
            plan.seconds, clock = plan.seconds + now - clock, now
            plan.results.append(item)
            if self._finished(plan):
                plans.popleft()
                yield self._outcome(plan)

    def _pieces(self, articles: Iterable[Article], plans: deque[_Plan]) -> Iterator[Article]:
        for article in articles:
            plan = _Plan(article, split_windows(article.text, self.window_chars))
            plans.append(plan)
            for _, text in plan.windows:
                if plan.cancelled:
                    break
                plan.sent += 1
                yield article if len(plan.windows) == 1 else dataclasses.replace(article, text=text)

    def _finished(self, plan: _Plan) -> bool:
        received = len(plan.results)
        if received == len(plan.windows):
            return True
        if plan.seconds > self.max_seconds:
            plan.cancelled = True  # no more windows of it are sent; those in flight drain
        return plan.cancelled and received == plan.sent

    def _outcome(self, plan: _Plan) -> ArticleResult | DatelineError:
        where = plan.article.origin or plan.article.id or "article"
        if plan.cancelled:
            return ArticleTimeout(
                f"{where}: stopped after {len(plan.results)} of {len(plan.windows)} windows "
                f"({plan.seconds:.1f} s, over the {self.max_seconds:g} s ceiling)"
            )
        failed = [item for item in plan.results if isinstance(item, DatelineError)]
        if failed:
            return failed[0]
        results = [item for item in plan.results if isinstance(item, ArticleResult)]
        if len(results) == 1:
            return results[0]
        offsets = [offset for offset, _ in plan.windows]
        return join_results(plan.article.text, plan.article.id, zip(offsets, results, strict=True))
