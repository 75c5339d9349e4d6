"""When: the date of each mention and of each event, against the publication date."""

from __future__ import annotations

from typing import Any

from dateline.assemble.grouping import Group
from dateline.models import Analysis, Mention, TimeValue
from dateline.resolve.time import acled_date, event_date


def own_date(dates: list[TimeValue], mention: Mention) -> TimeValue | None:
    """The resolved expression in the mention's own sentence, nearest its trigger."""
    sentence = (mention.sentence.start, mention.sentence.end)
    trigger = (mention.trigger.start, mention.trigger.end)
    chosen, _, _ = event_date(dates, sentence, trigger, None)
    return chosen


def group_date(analysis: Analysis, group: Group, published: Any) -> tuple:
    """The group's date from its lead mention's sentence; else the date a later mention of
    the group carries; else the lead's paragraph, else the report date."""
    lead = group.mentions[0]
    text = analysis.article.text
    sentence = (lead.sentence.start, lead.sentence.end)
    trigger = (lead.trigger.start, lead.trigger.end)
    found = event_date(analysis.dates, sentence, trigger, published, None, text)
    if found[0] is not None or group.date is None:
        paragraph = _paragraph(text, sentence)
        return event_date(analysis.dates, sentence, trigger, published, paragraph, text)
    value, precision = acled_date(group.date, published)
    return group.date, value, precision


def _paragraph(text: str, sentence: tuple[int, int]) -> tuple[int, int]:
    """The paragraph (newline-delimited block) around a sentence."""
    start = text.rfind("\n", 0, sentence[0]) + 1
    end = text.find("\n", sentence[1])
    return start, len(text) if end == -1 else end
