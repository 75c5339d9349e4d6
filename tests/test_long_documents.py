"""Long documents are coded in paragraph windows, offsets kept; ceilings on characters and
time turn a pathological article into a named error for that article only."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.errors import ArticleTimeout
from dateline.models import Article, ArticleResult
from dateline.pipeline import Pipeline
from dateline.settings import Settings
from dateline.windows import WindowedPipeline, split_windows

PARAGRAPHS = [
    "A suicide bomber blew himself up at a checkpoint in Mogadishu on Wednesday, killing "
    "four soldiers, police said. Al-Shabaab claimed the attack.",
    "Hundreds of nurses marched through the centre of Accra on Thursday, demanding unpaid "
    "allowances, union leaders said.",
    "Gunmen killed three villagers in Djibo on Monday, the army said.",
]
LONG = "\n\n".join(PARAGRAPHS * 6)


def test_windows_join_back_to_the_text_and_respect_the_size() -> None:
    windows = split_windows(LONG, 600)
    assert "".join(text for _, text in windows) == LONG
    assert all(len(text) <= 600 for _, text in windows)
    assert all(LONG[offset : offset + len(text)] == text for offset, text in windows)


def test_windows_end_at_paragraph_breaks() -> None:
    windows = split_windows(LONG, 600)
    assert len(windows) > 1
    assert all(text.endswith("\n\n") for _, text in windows[:-1])


def test_a_text_without_breaks_is_still_cut_below_the_size() -> None:
    text = "x" * 2500
    assert [len(t) for _, t in split_windows(text, 1000)] == [1000, 1000, 500]


def test_a_short_text_is_one_window() -> None:
    assert split_windows(PARAGRAPHS[0], 20_000) == [(0, PARAGRAPHS[0])]


@pytest.fixture(scope="module")
def windowed(pipeline: Pipeline) -> ArticleResult:
    article = Article(text=LONG, id="long", published=None)
    [result] = WindowedPipeline(pipeline, window_chars=600).run_safe([article])
    assert isinstance(result, ArticleResult)
    return result


def test_windowed_spans_point_into_the_whole_text(windowed: ArticleResult) -> None:
    spans = [*windowed.places, *windowed.dates]
    for event in windowed.events:
        spans.extend(event.evidence)
        spans.extend([event.location] if event.location else [])
    assert spans
    for span in spans:
        assert LONG[span.start : span.end] == span.text
    assert max(span.start for span in windowed.places) > 600  # from a later window


def test_windowed_events_come_from_every_window_with_distinct_ids(
    windowed: ArticleResult,
) -> None:
    ids = [event.event_id for event in windowed.events]
    assert len(ids) == len(set(ids))
    windows = split_windows(LONG, 600)
    starts = [min(e.start for e in event.evidence) for event in windowed.events if event.evidence]
    for offset, text in windows:
        assert any(offset <= start < offset + len(text) for start in starts), offset
    assert any("paragraph windows" in warning for warning in windowed.warnings)


def test_a_short_article_is_coded_exactly_as_before(pipeline: Pipeline) -> None:
    article = Article(text=PARAGRAPHS[0], id="short")
    [plain] = pipeline.run([Article(text=PARAGRAPHS[0], id="short")])
    [windowed] = WindowedPipeline(pipeline).run_safe([article])
    assert windowed == plain


def test_an_article_over_the_time_ceiling_is_an_error_and_the_next_is_coded(
    pipeline: Pipeline,
) -> None:
    articles = [Article(text=LONG, id="slow"), Article(text=PARAGRAPHS[1], id="next")]
    slow, following = WindowedPipeline(pipeline, 600, max_seconds=0).run_safe(articles)
    assert isinstance(slow, ArticleTimeout)
    assert "slow" in str(slow) and "[E301]" in str(slow)
    assert isinstance(following, ArticleResult) and following.id == "next"


def test_an_article_over_the_character_ceiling_is_an_error_for_it_alone(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_text(LONG, encoding="utf-8")
    (tmp_path / "short.txt").write_text(PARAGRAPHS[1], encoding="utf-8")
    outcome = CliRunner().invoke(
        main, ["extract", str(tmp_path), "--max-chars", "1000", "--processes", "1"]
    )
    assert outcome.exit_code == 0, outcome.output
    assert "[E107]" in outcome.stderr and "huge.txt" in outcome.stderr
    assert '"id": "short"' in outcome.stdout


def test_long_and_short_articles_keep_their_order(pipeline: Pipeline) -> None:
    articles = [
        Article(text=PARAGRAPHS[0], id="first"),
        Article(text=LONG, id="long"),
        Article(text=PARAGRAPHS[1], id="last"),
    ]
    results = list(WindowedPipeline(pipeline, window_chars=600).run_safe(articles))
    assert [r.id for r in results] == ["first", "long", "last"]
    assert results[0] == next(pipeline.run([Article(text=PARAGRAPHS[0], id="first")]))


class Recording:
    """A stand-in pipeline that records every text it is given and codes nothing."""

    def __init__(self) -> None:
        self.settings = Settings(n_process=1)
        self.texts: list[str] = []

    def run_safe(self, articles):  # type: ignore[no-untyped-def]
        for article in articles:
            self.texts.append(article.text)
            yield ArticleResult(article.id, None, None, None, "en")


def test_no_text_longer_than_a_window_reaches_the_pipeline() -> None:
    recording = Recording()
    articles = [Article(text="x " * 5000, id="long"), Article(text="short", id="short")]
    results = list(WindowedPipeline(recording, window_chars=1000).run_safe(articles))
    assert [r.id for r in results] == ["long", "short"]
    assert max(len(text) for text in recording.texts) <= 1000
    assert len(recording.texts) == 11  # ten windows, then the short article
