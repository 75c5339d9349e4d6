"""Parse a publication date given as an option, a row field or page metadata."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from dateline.errors import InvalidOption


def parse_published(value: str) -> dt.datetime:
    """Read a publication date: ISO 8601 (date, date-time, with or without a zone) first,
    then RSS/e-mail style dates via dateparser. Raises ``InvalidOption`` naming the value."""
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        parsed = _parse_loose(text) if re.search(r"[A-Za-z]{3}", text) else None
    if parsed is None:
        raise InvalidOption(
            f"cannot read the publication date {value!r}",
            hint="give an ISO date such as 2024-08-05 or 2024-08-05T18:30",
        )
    return parsed


def parse_iso(value: str) -> dt.datetime:
    """An ISO 8601 date or date-time and nothing else (for ``--published``): "tomorrow" or
    "Monday" would stamp every article with a date relative to the clock."""
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise InvalidOption(
            f"--published {value!r} is not an ISO date",
            hint="give an ISO date such as 2024-08-05 or 2024-08-05T18:30",
        ) from exc


def _parse_loose(text: str) -> dt.datetime | None:
    """dateparser for "Mon, 05 Aug 2024 18:30:00 GMT"; it must not fill parts from today."""
    import dateparser  # slow to import: only when an unusual format needs it

    settings: Any = _strict_settings()
    return dateparser.parse(text, languages=["en"], settings=settings)


@functools.cache
def _strict_settings() -> dict[str, Any]:
    return {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],  # never relative to now
    }
