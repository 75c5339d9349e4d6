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
    if group.date is not None:
        value, precision = acled_date(group.date, published)
        return group.date, value, precision
    lead = group.mentions[0]
    sentence = (lead.sentence.start, lead.sentence.end)
    paragraph = _paragraph(analysis.article.text, sentence)
    trigger = (lead.trigger.start, lead.trigger.end)
    return event_date(analysis.dates, sentence, trigger, published, paragraph)


def _paragraph(text: str, sentence: tuple[int, int]) -> tuple[int, int]:
    """The paragraph (newline-delimited block) around a sentence."""
    start = text.rfind("\n", 0, sentence[0]) + 1
    end = text.find("\n", sentence[1])
    return start, len(text) if end == -1 else end
