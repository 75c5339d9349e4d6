"""Resolve places: every toponym against the gazetteer, then the place of each event.

The stages: ``resolve_places`` (every toponym mention of the article, ``places``),
``place_events`` (each event's place, ``event_places``) and, after the sides are chosen,
``place_unlocated`` (an event with no place of its own sits in its actors' country). The
gazetteer and the spaCy model come from the pipeline's ``Resources``.
"""

from __future__ import annotations

import functools

from dateline.models import Analysis
from dateline.resolve.place.country import actor_country_place, context_country
from dateline.resolve.place.gazetteer import Candidate, Gazetteer
from dateline.resolve.place.location import choose_location
from dateline.resolve.place.mention import find_toponyms
from dateline.resolve.place.places import resolve_places as find_places
from dateline.resolve.place.precision import geo_precision, specificity, usable
from dateline.resolve.place.reading import self_standing
from dateline.resolve.place.toponym import Toponym
from dateline.resolve.place.us_states import us_states
from dateline.settings import Resources


def resolve_places(analysis: Analysis, resources: Resources) -> None:
    """Adds ``places``: every resolved toponym mention."""
    analysis.places = find_places(analysis.doc, resources.gazetteer, resources.nlp)


def place_events(analysis: Analysis, resources: Resources) -> None:
    """Adds ``event_places``: the place of each event, or None when the text names none."""
    gazetteer = resources.gazetteer
    # Toponym finding runs again (once per article, only for an event with no resolved
    # place): ``places`` holds the resolved mentions, not the unresolved ones with their
    # evidence, which name a village the gazetteer lacks.
    toponyms = functools.cache(functools.partial(find_toponyms, analysis.doc, us_states()))
    analysis.event_places = [
        choose_location(analysis, group, gazetteer, toponyms) for group in analysis.groups
    ]


def major_place(candidate: Candidate) -> bool:
    """A country, first-level region, capital or big city by its own name."""
    return candidate.match == 3 and (self_standing(candidate) or candidate.feature_code == "PPLA")


def place_unlocated(analysis: Analysis, resources: Resources) -> None:
    """Refines ``event_places``: an event with no place of its own sits in the country of
    its actors (ACLED's country-level location, geo_precision 3)."""
    for index, (group, sides) in enumerate(zip(analysis.groups, analysis.sides, strict=True)):
        if analysis.event_places[index] is None:
            analysis.event_places[index] = actor_country_place(
                group.mentions, sides.actor1, sides.actor2
            )


__all__ = [
    "Candidate",
    "Gazetteer",
    "Toponym",
    "context_country",
    "find_places",
    "find_toponyms",
    "geo_precision",
    "major_place",
    "place_events",
    "place_unlocated",
    "resolve_places",
    "specificity",
    "us_states",
    "usable",
]
