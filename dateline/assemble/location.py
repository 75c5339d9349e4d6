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
# "near Kaya", "on the outskirts of Mosul", "12 km north of Gao": the event happened close
# to, not in, the named town, which ACLED codes at geo_precision 2.
NEAR_BEFORE = re.compile(
    r"(?:\b(?:near|nearby|outside|around|close\s+to|outskirts\s+of|vicinity\s+of|"
    r"environs\s+of|surroundings\s+of|(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of))"
    r"\s+(?:the\s+)?(?:(?:town|city|village|district)\s+of\s+)?$",
    re.IGNORECASE,
)


LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|across|into|on|of)\s+(?:the\s+)?"
    r"(?:(?:\w+ern|central)\s+)?$",
    re.IGNORECASE,
)


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
    found = found or event_location(analysis.places, sentence, trigger, analysis.places)
    return _near_precision(analysis.article.text, found) if found is not None else None


def _near_precision(text: str, place: Place) -> Place:
    """A town or site the text places the event near (not in) is coded at precision 2."""
    if place.geo_precision != 1 or not is_near(text, place.start):
        return place
    return dataclasses.replace(place, geo_precision=2)


def is_near(text: str, start: int) -> bool:
    """Whether the words just before a place name say "near", "outskirts of", "N km
    north of"."""
    return bool(NEAR_BEFORE.search(text[max(0, start - 40) : start]))


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


def _locative(text: str, places: list[Place]) -> list[Place]:
    """Places the sentence puts the event in ("a strike in Iraq"), not its actors ("the US
    carried out")."""
    return [p for p in places if LOCATIVE_BEFORE.search(text[max(0, p.start - 30) : p.start])]


def _location(analysis: Analysis, group: Group) -> Place | None:
    """The first mention whose own sentence names a place fixes the event's location."""
    for mention in group.mentions:
        sentence = (mention.sentence.start, mention.sentence.end)
        inside = [p for p in analysis.places if sentence[0] <= p.start < sentence[1]]
        inside = _locative(analysis.article.text, inside) or inside
        if inside:
            trigger = (mention.trigger.start, mention.trigger.end)
            return event_location(inside, sentence, trigger, analysis.places)
    return None
