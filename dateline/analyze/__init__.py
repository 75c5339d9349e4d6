"""Analyze: tokens, sentences, parse and named entities for every article (spaCy)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from dateline.analyze.nlp import load_nlp
from dateline.models import Analysis, Article
from dateline.settings import Settings


def analyze(articles: Iterable[Article], settings: Settings, nlp: Any) -> Iterator[Analysis]:
    """Parse articles in batches with ``nlp.pipe`` (the pipeline's model); order is kept."""
    pairs = ((article.text, article) for article in articles)
    docs = nlp.pipe(
        pairs, as_tuples=True, batch_size=settings.batch_size, n_process=settings.n_process
    )
    for doc, article in docs:
        yield Analysis(article=article, doc=doc)


__all__ = ["analyze", "load_nlp"]
