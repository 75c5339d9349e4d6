"""The whole pipeline on small hand-written articles: what is and is not conflict news."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dateline.models import Article, ArticleResult
from dateline.pipeline import Pipeline, ProcessingError, extract_text

BOMBING = (
    "A roadside bomb struck a police patrol in Kandahar on Monday, killing three officers, "
    "a provincial spokesman said."
)


def read(fixtures_dir: Path, name: str) -> str:
    return (fixtures_dir / name).read_text(encoding="utf-8")


def test_sports_match_report_yields_no_events(
    code: Callable[..., ArticleResult], fixtures_dir: Path
) -> None:
    result = code(read(fixtures_dir, "match_report.txt"), published="2024-03-04")
    assert result.events == [], [(e.event_type, e.evidence[:2]) for e in result.events]


def test_business_price_war_yields_no_events(
    code: Callable[..., ArticleResult], fixtures_dir: Path
) -> None:
    result = code(read(fixtures_dir, "price_war.txt"), published="2024-03-07")
    assert result.events == []


def test_a_bombing_is_coded_with_its_date_and_place(code: Callable[..., ArticleResult]) -> None:
    [event, *_] = code(BOMBING, published="2024-06-12").events  # a Wednesday
    assert event.role == "main"
    assert event.event_type == "Explosions/Remote violence"
    assert event.event_date == "2024-06-10"
    assert event.location is not None and event.location.country_iso == "AF"
    assert event.fatalities.best == 3


def test_results_come_in_input_order_with_article_metadata(pipeline: Pipeline) -> None:
    articles = [
        Article(text=BOMBING, id="a", title="Blast"),
        Article(text="Shares rose in Tokyo on Friday.", id="b", url="https://example.org/b"),
    ]
    results = list(pipeline.run(articles))
    assert [(r.id, r.title, r.url) for r in results] == [
        ("a", "Blast", None),
        ("b", None, "https://example.org/b"),
    ]
    assert results[0].published is None
    assert results[1].events == []


def test_run_safe_yields_results_not_errors_for_good_articles(pipeline: Pipeline) -> None:
    items = list(pipeline.run_safe([Article(text=BOMBING, id="a")]))
    assert len(items) == 1
    assert not isinstance(items[0], ProcessingError)


def test_published_with_a_time_is_kept_in_the_result(code: Callable[..., ArticleResult]) -> None:
    result = code(BOMBING, published="2024-06-12T18:30")
    assert result.published == "2024-06-12T18:30:00"


def test_python_api_extract() -> None:
    """``dateline.extract`` stays the function once the pipeline's subpackages are imported."""
    import dateline

    result = dateline.extract(BOMBING, published="2024-06-12", id="api")
    assert isinstance(result, ArticleResult)
    assert result.id == "api"
    assert result.published == "2024-06-12"
    assert result.events and result.events[0].event_date == "2024-06-10"


def test_pipeline_extract_text_behind_the_api() -> None:
    """The function ``dateline.extract`` delegates to, called directly."""
    result = extract_text(BOMBING, published="2024-06-12", id="api")
    assert result.id == "api"
    assert result.events and result.events[0].event_date == "2024-06-10"
