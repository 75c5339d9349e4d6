"""The pipeline: the only module that knows the order of the stages.

``ingest → analyze → extract → resolve (time, place) → assemble``. Each stage is a function
of one ``Analysis`` that reads what earlier stages set and adds its own fields.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from dateline.analyze import analyze
from dateline.assemble import assemble
from dateline.errors import DatelineError
from dateline.extract import extract
from dateline.models import Analysis, Article, ArticleResult
from dateline.resolve import resolve_dates, resolve_places
from dateline.settings import Settings


class ProcessingError(DatelineError):
    """An article that could not be processed; the batch goes on and reports it."""

    code = "E300"
    hint = "please report this with the article that caused it"


class Pipeline:
    """Runs articles through the stages; heavy resources load on first use, once."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    @functools.cached_property
    def gazetteer(self) -> Any:
        from dateline.resolve.gazetteer import Gazetteer

        return Gazetteer.open(self.settings.gazetteer_path)

    @property
    def stages(self) -> list[tuple[str, Callable[[Analysis], None]]]:
        return [
            ("extract", extract),
            ("resolve.time", resolve_dates),
            ("resolve.place", lambda a: resolve_places(a, self.gazetteer)),
            ("assemble", assemble),
        ]

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """One result per article, in input order; raises nothing per article (see run_safe)."""
        for item in self.run_safe(articles):
            if isinstance(item, ProcessingError):
                raise item
            yield item

    def run_safe(self, articles: Iterable[Article]) -> Iterator[ArticleResult | ProcessingError]:
        """Like ``run``, but an article that fails yields a ProcessingError naming it."""
        stages = self.stages
        for analysis in analyze(articles, self.settings):
            yield self._process(analysis, stages)

    def _process(
        self, analysis: Analysis, stages: list[tuple[str, Callable[[Analysis], None]]]
    ) -> ArticleResult | ProcessingError:
        for name, stage in stages:
            try:
                stage(analysis)
            except DatelineError:
                raise
            except Exception as exc:  # reported per article, never swallowed: see run_safe
                where = analysis.article.origin or analysis.article.id or "article"
                return ProcessingError(f"{where}: stage {name} failed: {exc!r}")
        return to_result(analysis)


def to_result(analysis: Analysis) -> ArticleResult:
    article = analysis.article
    return ArticleResult(
        id=article.id,
        title=article.title,
        url=article.url,
        published=_iso(article.published),
        language=article.language,
        events=analysis.events,
        places=analysis.places,
        dates=analysis.dates,
        warnings=analysis.warnings,
    )


def _iso(when: Any) -> str | None:
    if when is None:
        return None
    return when.date().isoformat() if when.time() == when.min.time() else when.isoformat()


def extract_text(text: str, published: str | None = None, **fields: Any) -> ArticleResult:
    """The Python API: one article's text in, its result out (``dateline.extract``)."""
    from dateline.ingest import parse_published

    when = parse_published(published) if published else None
    article = Article(text=text, published=when, **fields)
    return next(_default_pipeline().run([article]))


@functools.cache
def _default_pipeline() -> Pipeline:
    return Pipeline()
