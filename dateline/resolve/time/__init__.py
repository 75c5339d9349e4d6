"""Resolve time: every date the article states, each mention's own date, each event's date.

Finding (:mod:`.finding`) runs the ordered rules (:mod:`.rules`) over the text and reads
each match in its context; choosing (:mod:`.choosing`, :mod:`.timing`) picks the date of a
mention or an event among them and codes it as ACLED does (:mod:`.precision`).
"""

from __future__ import annotations

from dateline.models import Analysis, EventDate
from dateline.resolve.time.background import stale, stamped
from dateline.resolve.time.choosing import event_date
from dateline.resolve.time.datelines import dateline_date
from dateline.resolve.time.finding import find_dates
from dateline.resolve.time.holidays import easter_sunday, nth_weekday
from dateline.resolve.time.precision import acled_date
from dateline.resolve.time.timing import group_date, own_date
from dateline.settings import Resources


def resolve_dates(analysis: Analysis, resources: Resources) -> None:
    """Adds ``dates`` (and a warning when relative dates lack an anchor), and the date each
    mention states of its own (``mention_dates``, aligned with ``mentions``)."""
    article = analysis.article
    if article.published is None and (stated := dateline_date(article.text)):
        article.published = stated
        analysis.warnings.append("publication date read from the article's dateline")
    analysis.dates = find_dates(article.text, article.published)
    if article.published is None and any(d.value is None for d in analysis.dates):
        analysis.warnings.append(
            "no publication date: relative dates left unresolved (pass --published)"
        )
    eventful = [d for d in analysis.dates if not stamped(article.text, d)]
    analysis.mention_dates = [own_date(eventful, m) for m in analysis.mentions]


def date_events(analysis: Analysis, resources: Resources) -> None:
    """Adds ``event_dates``: the date of each event (group of mentions)."""
    published = analysis.article.published
    analysis.event_dates = [
        EventDate(*group_date(analysis, group, published)) for group in analysis.groups
    ]


__all__ = [
    "acled_date",
    "date_events",
    "dateline_date",
    "easter_sunday",
    "event_date",
    "find_dates",
    "group_date",
    "nth_weekday",
    "own_date",
    "resolve_dates",
    "stale",
]
