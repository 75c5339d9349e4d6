"""Analyze: tokens, sentences, parse and named entities for every article (spaCy)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from dateline.analyze.casing import NameTest, restore_words, sentence_case, shouting
from dateline.analyze.nlp import load_nlp
from dateline.models import Analysis, Article
from dateline.settings import Settings


def analyze(
    articles: Iterable[Article], settings: Settings, nlp: Any, is_name: NameTest | None = None
) -> Iterator[Analysis]:
    """Parse articles in batches with ``nlp.pipe`` (the pipeline's model); order is kept.
    A text set in capitals is parsed in sentence case (see ``casing``; ``is_name`` tells
    which ordinary-looking words are place names) and keeps its own words."""
    pairs = ((_parse_text(article.text, nlp, is_name), article) for article in articles)
    docs = nlp.pipe(
        pairs, as_tuples=True, batch_size=settings.batch_size, n_process=settings.n_process
    )
    for doc, article in docs:
        if doc.text != article.text:
            doc = restore_words(doc, article.text)
        yield Analysis(article=article, doc=doc)


def _parse_text(text: str, nlp: Any, is_name: NameTest | None) -> str:
    return sentence_case(text, nlp, is_name) if shouting(text) else text


__all__ = ["analyze", "load_nlp"]
