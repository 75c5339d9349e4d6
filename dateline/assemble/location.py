"""Where: the event's location among the article's resolved places."""

from __future__ import annotations

import dataclasses
import re

from dateline.assemble.grouping import Group
from dateline.models import Analysis, Place
from dateline.resolve.place import event_location, geo_precision, usable

# ACLED-style notes state the coded place outright: "(coded as Nouna at geoprecision 2)".
CODED_BEFORE = re.compile(r"\bcoded\s+(?:as|at|to|in)\s+(?:the\s+)?$", re.IGNORECASE)
CODED_PRECISION = re.compile(r"^[^.;)]{0,40}?\bgeo[- ]?precision\s*(?:of\s*)?([123])", re.I)


def choose_location(analysis: Analysis, group: Group) -> Place | None:
    """A place the text says the event is coded as; else the first mention whose sentence
    names a place fixes it; else the lead's fallback."""
    coded = coded_place(analysis.article.text, analysis.places)
    if coded is not None:
        return coded
    lead = group.mentions[0]
    sentence = (lead.sentence.start, lead.sentence.end)
    trigger = (lead.trigger.start, lead.trigger.end)
    found = _location(analysis, group)
    return found or event_location(analysis.places, sentence, trigger, analysis.places)


def coded_place(text: str, places: list[Place]) -> Place | None:
    """ "coded as Tougouri at geoprecision 2": the named place, with the stated precision
    (else 2: coders name a stand-in place when the real one is unknown or unmapped)."""
    for place in places:
        before = text[max(0, place.start - 20) : place.start]
        if not usable(place) or not CODED_BEFORE.search(before):
            continue
        stated = CODED_PRECISION.search(text[place.end : place.end + 60])
        precision = int(stated.group(1)) if stated else max(2, geo_precision(place))
        return dataclasses.replace(place, geo_precision=precision)
    return None


def _location(analysis: Analysis, group: Group) -> Place | None:
    """The first mention whose own sentence names a place fixes the event's location."""
    for mention in group.mentions:
        sentence = (mention.sentence.start, mention.sentence.end)
        inside = [p for p in analysis.places if sentence[0] <= p.start < sentence[1]]
        if inside:
            trigger = (mention.trigger.start, mention.trigger.end)
            return event_location(inside, sentence, trigger, analysis.places)
    return None
