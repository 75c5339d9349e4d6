"""The pipeline: the only module that knows the order of the stages.

Each stage is a function of one ``Analysis`` (and the pipeline's ``Resources``) that reads
the fields earlier stages added and adds its own. ``STAGES`` is the table; a ``Pipeline``
checks at construction that every field a stage needs is added by an earlier one
(spaCy's ``requires``/``assigns``). ``analyze`` runs first over the whole batch
(``nlp.pipe``); the rest run per article.

The learned stage (``dateline.learned``) runs after the mentions are dated and before they
are grouped: with a classifier switched on (``Settings.learned_subtypes`` or
``Settings.subtype_model``) it may retype mentions the rules typed from weak cues; it adds
no field and never adds or removes a mention.

Attribution runs before the sides: a group that claimed an event is its actor1 (ACLED codes
the claimant, not "unidentified"), so choosing the sides needs the event's claims. An
event with no place of its own is placed in its actors' country, so that last placing
step runs after the sides.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from dateline.analyze import analyze, load_nlp
from dateline.assemble import assemble, group
from dateline.errors import DatelineError, PipelineError, ProcessingError
from dateline.learned import SubTypeModel, builtin_model, retype
from dateline.mentions import extract
from dateline.models import Analysis, Article, ArticleResult, iso_published
from dateline.resolve.actors import resolve_sides
from dateline.resolve.attribution import attribute
from dateline.resolve.place import major_place, place_events, place_unlocated, resolve_places
from dateline.resolve.time import date_events, resolve_dates
from dateline.settings import Resources, Settings


@dataclass(frozen=True, slots=True)
class Stage:
    """A named step: the ``Analysis`` fields it ``needs`` and the ones it ``adds``."""

    name: str
    run: Callable[[Analysis, Resources], None] | None
    needs: tuple[str, ...]
    adds: tuple[str, ...]


STAGES: tuple[Stage, ...] = (
    Stage("analyze", None, ("article",), ("doc",)),  # batched: see Pipeline.run_safe
    Stage("extract", extract, ("doc",), ("mentions",)),
    Stage("resolve.time", resolve_dates, ("article", "mentions"), ("dates", "mention_dates")),
    Stage("learned", retype, ("mentions",), ()),
    Stage("group", group, ("mentions", "mention_dates"), ("groups",)),
    Stage(
        "resolve.time.events",
        date_events,
        ("doc", "dates", "mention_dates", "groups"),
        ("event_dates",),
    ),
    Stage("resolve.place", resolve_places, ("doc",), ("places",)),
    Stage("resolve.place.events", place_events, ("doc", "places", "groups"), ("event_places",)),
    Stage("attribution", attribute, ("doc", "groups"), ("shares", "sources", "source_evidence")),
    Stage(
        "resolve.actors",
        resolve_sides,
        ("doc", "groups", "places", "event_places", "shares"),
        ("sides",),
    ),
    Stage("resolve.place.unlocated", place_unlocated, ("groups", "sides", "event_places"), ()),
    Stage(
        "assemble",
        assemble,
        ("groups", "event_dates", "event_places", "shares", "sides", "sources"),
        ("events",),
    ),
)


def check_stages(stages: Iterable[Stage]) -> None:
    """Raise PipelineError when a stage needs a field no earlier stage adds."""
    known = {"article", "warnings"}
    for stage in stages:
        missing = [need for need in stage.needs if need not in known]
        if missing:
            raise PipelineError(
                f"stage {stage.name} needs {', '.join(missing)}, added by no earlier stage"
            )
        known.update(stage.adds)


class Pipeline:
    """Runs articles through the stages; heavy resources open on first use, once."""

    def __init__(
        self, settings: Settings | None = None, stages: tuple[Stage, ...] = STAGES
    ) -> None:
        check_stages(stages)
        self.settings = settings or Settings()
        self.stages = stages
        self.resources = Resources(
            self.settings,
            open_nlp=lambda: load_nlp(self.settings.model_names),
            open_gazetteer=self._open_gazetteer,
            open_classifier=self._open_classifier,
        )

    def _open_gazetteer(self) -> Any:
        from dateline.resolve.place.gazetteer import Gazetteer

        return Gazetteer.open(self.settings.gazetteer_path)

    def _open_classifier(self) -> SubTypeModel | None:
        if self.settings.subtype_model is not None:
            return SubTypeModel.load(self.settings.subtype_model)
        if self.settings.learned_subtypes:
            return builtin_model(self.settings.cache_dir)
        return None

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """One result per article, in input order; raises the first article's failure."""
        for item in self.run_safe(articles):
            if isinstance(item, ProcessingError):
                raise item
            yield item

    def run_safe(self, articles: Iterable[Article]) -> Iterator[ArticleResult | ProcessingError]:
        """Like ``run``, but an article that fails yields a ProcessingError naming it."""
        for analysis in analyze(articles, self.settings, self.resources.nlp, self._is_name):
            yield self._process(analysis)

    def _is_name(self, word: str) -> bool:
        """Whether a lower-case word is a well-known place (a country, a first-level
        region, a capital or big city): it keeps its capital in shouted wire copy."""
        return any(major_place(c) for c in self.resources.gazetteer.lookup(word, limit=5))

    def _process(self, analysis: Analysis) -> ArticleResult | ProcessingError:
        for stage in self.stages:
            if stage.run is None:
                continue
            try:
                stage.run(analysis, self.resources)
            except DatelineError:
                raise
            except Exception as exc:  # reported per article, never swallowed: see run_safe
                where = analysis.article.origin or analysis.article.id or "article"
                return ProcessingError(f"{where}: stage {stage.name} failed: {exc!r}")
        return to_result(analysis)


def to_result(analysis: Analysis) -> ArticleResult:
    article = analysis.article
    return ArticleResult(
        id=article.id,
        title=article.title,
        url=article.url,
        published=iso_published(article.published),
        language=article.language,
        events=analysis.events,
        places=analysis.places,
        dates=analysis.dates,
        warnings=analysis.warnings,
    )


def extract_text(text: str, published: str | None = None, **fields: Any) -> ArticleResult:
    """The Python API: one article's text in, its result out (``dateline.extract``)."""
    from dateline.ingest import parse_published

    when = parse_published(published) if published else None
    article = Article(text=text, published=when, **fields)
    return next(_default_pipeline().run([article]))


@functools.cache
def _default_pipeline() -> Pipeline:
    return Pipeline()
