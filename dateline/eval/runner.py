"""Run the pipeline over evaluation files and score each with its family's scorer."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from dateline.eval.acled import score_acled
from dateline.eval.case2021 import score_case2021
from dateline.eval.dataset import Family, detect_family, read_rows, subsample, to_article
from dateline.eval.gtd import score_gtd
from dateline.eval.negatives import score_negatives
from dateline.eval.plover import score_plover
from dateline.eval.roles import score_roles
from dateline.eval.scoring import Metrics, Pair, Prediction, Row
from dateline.eval.shootings import score_gva, score_gvdb
from dateline.eval.timex import score_timex
from dateline.eval.toponyms import score_toponyms
from dateline.models import Article, to_dict

SCORERS: dict[Family, Callable[[Sequence[Pair]], Metrics]] = {
    "acled": score_acled,
    "gtd": score_gtd,
    "plover": score_plover,
    "toponyms": score_toponyms,
    "timex": score_timex,
    "wikievents": score_roles,
    "rams": score_roles,
    "negatives": score_negatives,
    "gva": score_gva,
    "gvdb": score_gvdb,
    "case2021": score_case2021,
}


class Runs(Protocol):
    """Anything with the pipeline's ``run``: articles in, ArticleResults out, in order."""

    def run(self, articles: Any) -> Any: ...


def default_pipeline() -> Runs:
    """The real pipeline with default settings (imported late: it loads spaCy)."""
    from dateline.pipeline import Pipeline
    from dateline.settings import Settings

    return Pipeline(Settings())


def predict(pipeline: Runs, rows: list[Row]) -> tuple[list[Prediction], list[str], float]:
    """Predictions for rows in row order, the per-article errors, and the wall time taken.

    With ``run_safe`` (the real pipeline has it) an article that fails is scored as an
    empty prediction and its error message is kept, so one bad row cannot abort a run.
    """
    articles: list[Article] = [to_article(row) for row in rows]
    run = getattr(pipeline, "run_safe", pipeline.run)
    started = time.perf_counter()
    outputs = list(_progress(run(articles), len(articles)))
    seconds = time.perf_counter() - started
    if len(outputs) != len(articles):
        raise RuntimeError(f"pipeline gave {len(outputs)} results for {len(articles)} articles")
    errors = [str(out) for out in outputs if isinstance(out, Exception)]
    pairs = zip(outputs, articles, strict=True)
    predictions = [_as_prediction(out, article) for out, article in pairs]
    if [p.get("id") for p in predictions] != [a.id for a in articles]:
        raise RuntimeError("pipeline results do not line up with the articles given")
    return predictions, errors, seconds


def _progress(outputs: Iterable[Any], total: int) -> Iterator[Any]:
    """A progress bar (articles/s, ETA) on stderr when it is a terminal."""
    from dateline.progress import article_progress

    with article_progress("scoring", total) as advance:
        for output in outputs:
            advance(1)
            yield output


def _as_prediction(output: Any, article: Article) -> Prediction:
    """A result as the output contract's dict; a failed article as an empty one."""
    if isinstance(output, Exception):
        return {"id": article.id, "events": [], "places": [], "dates": []}
    return to_dict(output)


def evaluate_file(path: Path, pipeline: Runs, limit: int | None = None) -> dict[str, Any]:
    """One file's metrics, with its family, row count and throughput."""
    all_rows = read_rows(path)
    family = detect_family(path, all_rows)
    rows = subsample(all_rows, limit)
    predictions, errors, seconds = predict(pipeline, rows)
    metrics = SCORERS[family](list(zip(rows, predictions, strict=True)))
    if family == "gva":
        from dateline.eval.storage import store_scores

        metrics.update(store_scores(rows, predictions))
    throughput = len(rows) / seconds if seconds > 0 else None
    report = {"family": family, **metrics, "seconds": round(seconds, 2), "docs_per_s": throughput}
    if errors:
        report.update(failed=len(errors), first_error=errors[0])
    return report


def evaluate(
    paths: list[Path], *, limit: int | None = None, pipeline: Runs | None = None
) -> dict[str, dict[str, Any]]:
    """Metrics for each file, keyed by file name without extension (see the README, "Metrics").

    ``limit`` caps the rows scored per file, taking every k-th row so sorted files stay
    representative. One pipeline serves all files, so models load once (before timing).
    """
    runner = pipeline if pipeline is not None else default_pipeline()
    warm_up(runner)
    return {path.stem: evaluate_file(Path(path), runner, limit) for path in paths}


def warm_up(pipeline: Runs) -> None:
    """Run one short article so model loading is not charged to the first file's docs/s."""
    list(pipeline.run([Article(text="Police arrested two men on Monday.", id="warm-up")]))
