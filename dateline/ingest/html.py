"""Extract the title, date and main text of an HTML page with trafilatura."""

from __future__ import annotations

import datetime as dt

from dateline.errors import InvalidOption
from dateline.ingest.published import parse_published
from dateline.models import Article


def read_html(html: str, origin: str, published: dt.datetime | None, stem: str | None) -> Article:
    """Main text and metadata of a page; an explicit ``published`` beats the page's own date."""
    import trafilatura  # heavy: imported only when HTML is read

    extracted = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    if extracted is None:
        return Article(text="", id=stem, published=published, origin=origin)
    meta = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    return Article(
        text=meta.get("text") or "",
        id=stem,
        title=meta.get("title"),
        url=meta.get("url"),
        published=published or _page_date(meta.get("date")),
        source=meta.get("sitename"),
        origin=origin,
    )


def _page_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return parse_published(value)
    except InvalidOption:
        return None  # a page's unparseable date is not an input error: the date is just unknown
