"""Resolve: dates against the publication date, places against the gazetteer."""

from __future__ import annotations

from typing import Any

from dateline.models import Analysis
from dateline.resolve.time import dateline_date, find_dates


def resolve_dates(analysis: Analysis) -> None:
    """Needs the article; adds ``dates`` (and a warning when relative dates lack an anchor)."""
    article = analysis.article
    if article.published is None and (stated := dateline_date(article.text)):
        article.published = stated
        analysis.warnings.append("publication date read from the article's dateline")
    analysis.dates = find_dates(article.text, article.published)
    if article.published is None and any(d.value is None for d in analysis.dates):
        analysis.warnings.append(
            "no publication date: relative dates left unresolved (pass --published)"
        )


def resolve_places(analysis: Analysis, gazetteer: Any) -> None:
    """Needs ``doc``; adds ``places``."""
    from dateline.resolve.place import resolve_places as find_places

    analysis.places = find_places(analysis.doc, gazetteer)
