"""The units named after a place as its containers, and the places an event may be in: not
across a border, not a piece of a longer name, not a town its units contradict.
"""

from __future__ import annotations

import dataclasses
import re

from dateline import vocabulary as V
from dateline.models import Place
from dateline.resolve.place.centroid import distance_km
from dateline.resolve.place.precision import geo_precision, specificity

UNIT_CONFIDENCE = 0.3  # a doubtful unit a named place's brackets vouch for: usable
CHAIN_GAP = 60  # characters between a place and the next unit of its chain
REGION_KM = 200.0  # farther from a first-level region's point, a town is outside it


def candidate_places(text: str, places: list[Place], home: str | None = None) -> list[Place]:
    """The article's places that may be the event's: without the neighbours named by a
    border phrase, without a piece of a longer name read as a place abroad ("Pobe" of
    "Pobe-Mengao" in Benin when the article is about ``home``, another country), and
    without a town its own stated units contradict ("Mandoli (Bandiagara, Mopti)" read
    as a same-named village abroad): the gazetteer lacks the real one, so its units stand
    in for it, at geo_precision 2 at best, and a doubtful unit is trusted as one."""
    kept = [
        p
        for p in places
        if not across_border(text, p)
        and not (home and p.country_iso != home and fragment(text, p, places))
    ]
    wrong: set[tuple[object, ...]] = set()  # one sense per discourse: every mention goes
    stand_ins: dict[int, Place] = {}
    for place in kept:
        if specificity(place) < 2:
            continue
        chain = containers(text, place, kept)
        clash = [u for u in chain if specificity(u) <= 2 and _contradicts(place, u)]
        if not clash or _supported(place, clash, [p for p in kept if p not in chain]):
            continue
        wrong.add(_reading(place))
        for unit in chain:
            stand_ins[kept.index(unit)] = _stand_in(unit)
    keep = [i in stand_ins or _reading(p) not in wrong for i, p in enumerate(kept)]
    return [stand_ins.get(i, p) for i, p in enumerate(kept) if keep[i]]


def _supported(place: Place, clash: list[Place], others: list[Place]) -> bool:
    """Whether the article names the town's country (or, for a clash of regions, its
    region) elsewhere too: then the unit is the look-alike ("Lilongwe (Central)" with
    Malawi named) and the town stands."""
    others = [p for p in others if _reading(p) != _reading(place)]
    if any(u.country_iso != place.country_iso for u in clash):
        return any(p.country_iso == place.country_iso for p in others)
    return any(p.country_iso == place.country_iso and p.admin1 == place.admin1 for p in others)


def _reading(place: Place) -> tuple[object, ...]:
    """What a mention was read as: the same name read the same way is one reading."""
    return place.text, place.geonameid


def bracketed_unit(text: str, place: Place, places: list[Place]) -> bool:
    """ "in Kerboule (Nassoumbou, Soum)" with Kerboule unknown: the commune in brackets
    stands in for the village before them, so it is coded near, not at, the event."""
    opening = V.pattern("place_location", "bracket_before").search(
        text[max(0, place.start - 80) : place.start]
    )
    if opening is None:
        return False
    named = place.start - len(opening.group(0))  # where the bracketed list opens
    return not any(p.end <= named and text[p.end : named].strip() == "" for p in places)


def _stand_in(unit: Place) -> Place:
    """A unit coded in place of the unknown village inside it: usable, never precise."""
    confidence = max(unit.confidence, UNIT_CONFIDENCE)
    precision = max(geo_precision(unit), 2)
    return dataclasses.replace(unit, confidence=confidence, geo_precision=precision)


def fragment(text: str, place: Place, places: list[Place]) -> bool:
    """ "Bar" in "Bar-Sanguun", "Ti" in "Ti-n-Samane": a name glued by a hyphen to a
    following name that is no place of its own is part of a longer name the gazetteer
    lacks, not that place ("the Djibo-Aribinda axis" joins two places and keeps both)."""
    glued = V.pattern("place_location", "glued_after").match(text[place.end : place.end + 10])
    return glued is not None and place.end + 1 not in {p.start for p in places}


def across_border(text: str, place: Place) -> bool:
    """ "near the border with Ghana", "the Mali border": the country is the neighbour
    (a border "of Kassala and Gedaref states" is inside one country: its states stay)."""
    if specificity(place) > 0:
        return False
    before = text[max(0, place.start - 60) : place.start]
    after = text[place.end : place.end + 40]
    return bool(
        V.pattern("place_location", "border_before").search(before)
        or V.pattern("place_location", "border_after").match(after)
    )


def containers(text: str, place: Place, places: list[Place]) -> list[Place]:
    """The places named right after a place as its containers: the chain of places
    joined to it by brackets, commas, "in", "of" and unit words only."""
    found: list[Place] = []
    end = place.end
    for other in sorted(places, key=lambda p: p.start):
        if other.start < end:
            continue
        if other.start - end > CHAIN_GAP or not _links(text[end : other.start]):
            break
        if V.pattern("place_location", "settlement_of").search(
            text[max(place.start, end - 12) : other.start]
        ):
            break  # "the Aley town of Ain": the next name is the town, inside this one
        found.append(other)
        end = other.end
    return [p for p in found if p.latitude is not None]


def _links(gap: str) -> bool:
    """Whether the words between two places join a place to its unit: "(", ",", "in the
    ... countryside of", not "and" or a verb."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", gap)]
    joined = any(c in gap for c in ",(") or any(w in {"in", "of"} for w in words)
    return joined and all(w in V.words("place_location", "link_words") for w in words)


def _contradicts(place: Place, unit: Place) -> bool:
    """A unit in another country, or a first-level region the place is not in."""
    if place.country_iso and unit.country_iso and place.country_iso != unit.country_iso:
        return True
    return bool(
        unit.feature == "ADM1"
        and place.admin1
        and unit.admin1
        and place.country_iso == unit.country_iso
        and place.admin1 != unit.admin1
        and _far(place, unit)
    )


def _far(place: Place, unit: Place) -> bool:
    """Gazetteer sources spell one region differently ("Al-Munastir", "Monastir"): a
    differing name clashes only for a town well outside the region's middle."""
    lat, lon, unit_lat, unit_lon = place.latitude, place.longitude, unit.latitude, unit.longitude
    if lat is None or lon is None or unit_lat is None or unit_lon is None:
        return False
    return distance_km(lat, lon, unit_lat, unit_lon) > REGION_KM
