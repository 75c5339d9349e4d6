"""When: the date of each mention and of each event, against the publication date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateline.assemble.grouping import Group
from dateline.models import Analysis, Mention, TimeValue
from dateline.resolve.time import acled_date, after_report, event_date


def own_date(dates: list[TimeValue], mention: Mention) -> TimeValue | None:
    """The resolved expression in the mention's own sentence that dates it (see
    :func:`event_date`: not a range's end, an aside in brackets, "since", or a day counted
    from another)."""
    sentence = (mention.sentence.start, mention.sentence.end)
    trigger = (mention.trigger.start, mention.trigger.end)
    # The sentence at its own offsets: the choice looks only inside it.
    text = " " * mention.sentence.start + mention.sentence.text
    chosen, _, _ = event_date(dates, sentence, trigger, None, None, text)
    return chosen


def group_date(analysis: Analysis, group: Group, published: Any) -> tuple:
    """The group's date from its lead mention's sentence; else the date a later mention of
    the group carries; else the lead's paragraph, else the report date."""
    lead = group.mentions[0]
    text = analysis.article.text
    sentence = (lead.sentence.start, lead.sentence.end)
    trigger = (lead.trigger.start, lead.trigger.end)
    found = event_date(analysis.dates, sentence, trigger, published, None, text)
    if found[0] is not None or group.date is None or _after(group.date, published):
        paragraph = _paragraph(text, sentence)
        return event_date(analysis.dates, sentence, trigger, published, paragraph, text)
    value, precision = acled_date(group.date, published)
    return group.date, value, precision


def _after(date: TimeValue, published: Any) -> bool:
    """Whether a later mention's date falls after the report (a plan, not the event)."""
    if date.value is None or not isinstance(published, dt.datetime):
        return False
    return after_report(date, published.date())


def _paragraph(text: str, sentence: tuple[int, int]) -> tuple[int, int]:
    """The paragraph (newline-delimited block) around a sentence."""
    start = text.rfind("\n", 0, sentence[0]) + 1
    end = text.find("\n", sentence[1])
    return start, len(text) if end == -1 else end
