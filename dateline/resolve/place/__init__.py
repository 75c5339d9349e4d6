"""Resolve places: every toponym against the gazetteer, then the place of each event."""

from __future__ import annotations

from dateline.models import Analysis
from dateline.resolve.actors.participants import actor_country_place
from dateline.resolve.place.location import choose_location
from dateline.resolve.place.places import resolve_places as find_places
from dateline.settings import Resources


def resolve_places(analysis: Analysis, resources: Resources) -> None:
    """Adds ``places``: every resolved toponym mention."""
    analysis.places = find_places(analysis.doc, resources.gazetteer)


def place_events(analysis: Analysis, resources: Resources) -> None:
    """Adds ``event_places``: the place of each event, or None when the text names none."""
    analysis.event_places = [choose_location(analysis, group) for group in analysis.groups]


def place_unlocated(analysis: Analysis, resources: Resources) -> None:
    """Refines ``event_places``: an event with no place of its own sits in the country of
    its actors (ACLED's country-level location, geo_precision 3)."""
    for index, (group, sides) in enumerate(zip(analysis.groups, analysis.sides, strict=True)):
        if analysis.event_places[index] is None:
            analysis.event_places[index] = actor_country_place(
                group.mentions, sides.actor1, sides.actor2
            )


__all__ = ["place_events", "place_unlocated", "resolve_places"]
