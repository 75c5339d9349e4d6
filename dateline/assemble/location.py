"""Where: the event's location among the article's resolved places."""

from __future__ import annotations

from dateline.assemble.grouping import Group
from dateline.models import Analysis, Place
from dateline.resolve.place import event_location


def choose_location(analysis: Analysis, group: Group) -> Place | None:
    """The first mention whose sentence names a place fixes it; else the lead's fallback."""
    lead = group.mentions[0]
    sentence = (lead.sentence.start, lead.sentence.end)
    trigger = (lead.trigger.start, lead.trigger.end)
    found = _location(analysis, group)
    return found or event_location(analysis.places, sentence, trigger, analysis.places)


def _location(analysis: Analysis, group: Group) -> Place | None:
    """The first mention whose own sentence names a place fixes the event's location."""
    for mention in group.mentions:
        sentence = (mention.sentence.start, mention.sentence.end)
        inside = [p for p in analysis.places if sentence[0] <= p.start < sentence[1]]
        if inside:
            trigger = (mention.trigger.start, mention.trigger.end)
            return event_location(inside, sentence, trigger, analysis.places)
    return None
