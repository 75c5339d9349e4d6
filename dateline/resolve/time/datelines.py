"""News datelines: the publication date a wire story states at its head."""

from __future__ import annotations

import datetime as dt

from dateline import vocabulary as V
from dateline.resolve.time.values import is_month_name, month_number, safe_date
from dateline.resolve.time.yearless import yearless_day


def dateline_date(text: str, today: dt.date | None = None) -> dt.datetime | None:
    """The publication date a news dateline states ("BAGHDAD, Aug 5 (Reuters) -"), for
    articles given without one. A dateline without a year is the latest such day on or
    before ``today`` when a caller knows it; never guessed from the clock."""
    match = V.pattern("time_context", "dateline").match(text[:200])
    if match is None:
        return None
    name = match["mon"] or match["mon2"]
    if not is_month_name(name):
        return None
    month, day = month_number(name), int(match["day"] or match["day2"])
    if match["year"]:
        found = safe_date(int(match["year"]), month, day)
    elif today is not None:
        found = yearless_day(today, month, day, future=False)
    else:
        return None
    return dt.datetime.combine(found, dt.time()) if found else None
