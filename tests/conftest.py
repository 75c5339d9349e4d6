"""Shared fixtures: one real Pipeline (spaCy model + gazetteer) per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.analyze import load_nlp
from dateline.ingest import parse_published
from dateline.models import Article, ArticleResult
from dateline.pipeline import Pipeline
from dateline.settings import MODEL_NAMES

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT / "examples" / "ain-al-assad.txt"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real spaCy model, loaded once for the session."""
    return load_nlp(MODEL_NAMES)


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The real pipeline; the model and gazetteer load on first use and are then shared."""
    return Pipeline()


@pytest.fixture(scope="session")
def code(pipeline: Pipeline) -> Callable[..., ArticleResult]:
    """Code one text with the shared pipeline: ``code(text, published="2024-08-06")``."""

    def run(text: str, published: str | None = None, **fields: str) -> ArticleResult:
        when = parse_published(published) if published else None
        return next(pipeline.run([Article(text=text, published=when, **fields)]))

    return run
