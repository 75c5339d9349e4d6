"""Dateline: news reports of armed conflict in, ACLED-style event records with evidence out.

>>> import dateline
>>> result = dateline.extract("Gunmen killed three villagers in Djibo on Monday.",
...                           published="2024-08-06")   # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dateline.models import ArticleResult

__version__ = "0.1.0"


def extract(text: str, published: str | None = None, **fields: Any) -> ArticleResult:
    """Code one article: ``fields`` may set id, title, url, source."""
    from dateline.pipeline import extract_text  # lazy: no model loads at import time

    return extract_text(text, published=published, **fields)


__all__ = ["__version__", "extract"]
