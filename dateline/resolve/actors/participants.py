"""The country an actor belongs to as an event's place (moving to resolve/place).

The sides themselves are chosen by the rule table (``table.py``); this module keeps only
``actor_country_place``, which the place stage reads.
"""

from __future__ import annotations

from dateline.models import Actor, Mention, Place
from dateline.resolve.actors.forces import _abroad, _expeditionary
from dateline.resolve.actors.phrases import _actor_spans
from dateline.vocabulary import naming as act


def actor_country_place(
    mentions: list[Mention], actor1: Actor | None, actor2: Actor | None
) -> Place | None:
    """With no place named, the country an actor belongs to ("Burkinabe soldiers"), as a
    region-only location (geo_precision 3, low confidence): better than no country."""
    from dateline.resolve.place.centroid import COUNTRY_POINTS

    for actor in (actor1, actor2):
        if actor is None or actor.country_iso not in COUNTRY_POINTS or not actor.text:
            continue
        if act.own_country(actor.text) != actor.country_iso:
            continue  # a group's home country is not where its events happen
        if actor.country_iso in _expeditionary() or _abroad(mentions, actor.country_iso):
            continue  # "French forces in the Sahel": expeditionary forces act abroad
        span = next((e for m in mentions for e in _actor_spans(m) if e.text == actor.text), None)
        if span is None:
            continue
        lat, lon = COUNTRY_POINTS[actor.country_iso]
        name = act.country_name(actor.country_iso) or actor.country_iso
        return Place(
            text=span.text, start=span.start, end=span.end, name=name.removeprefix("the "),
            feature="PCLI", country_iso=actor.country_iso, country=name.removeprefix("the "),
            latitude=lat, longitude=lon, confidence=0.2, geo_precision=3,
        )  # fmt: skip
    return None
