"""Place slots: whether the words around a resolved place put the event there ("a strike in
Iraq"), not its actors or a thing named for it.
"""

from __future__ import annotations

import dataclasses
import re

from dateline import vocabulary as V
from dateline.models import Place
from dateline.resolve.place.containers import CHAIN_GAP
from dateline.resolve.place.precision import geo_precision, specificity, usable


def thing_follows(text: str, place: Place) -> bool:
    """ "the US dollar", "the French embassy": whose thing, not where."""
    following = re.match(r"\W*(\w+)", text[place.end : place.end + 20])
    return following is not None and following.group(1).lower() in V.words(
        "place_mentions", "thing_nouns"
    )


def locative(text: str, places: list[Place]) -> list[Place]:
    """Places the sentence puts the event in ("a strike in Iraq", "in X (Y, Z)": the units
    in brackets too), not its actors ("the US carried out", "forces of Armenia"), nor a
    road or building named after a town ("on Murree road in Rawalpindi")."""
    return [p for p in places if _in_place_slot(text, p) and not _names_a_thing(text, p)]


def _in_place_slot(text: str, place: Place) -> bool:
    before = text[max(0, place.start - 30) : place.start]
    opening = V.pattern("place_location", "bracket_before").search(before)
    listed = opening is not None and unit_list(text, place, opening.group(0))
    if opening is not None and (specificity(place) <= 2 or listed):
        # "at Rajdhani village (Rajouri district, J&K)": the units of a place in a slot;
        # "in Darkoye (Gorom-Gorom, Oudalan)": the commune's seat too
        named = text[max(0, place.start - 30 - 60) : place.start - len(opening.group(0))]
        return bool(V.pattern("place_location", "slot_before_name").search(named)) or listed
    return bool(V.pattern("place_location", "locative_before").search(before)) and not V.pattern(
        "place_location", "people_of"
    ).search(before)


def unit_list(text: str, place: Place, opening: str) -> bool:
    """ "... Police Station limits (Narayanpur, Chhattisgarh)": a bracketed list of units
    after a name is the coder's note of where the event was, whatever slot the name is in
    (one bracketed word, "(Kurdish names)", is an aside)."""
    close = text.find(")", place.end, place.end + CHAIN_GAP)
    return close >= 0 and ("," in opening or "," in text[place.end : close])


def _names_a_thing(text: str, place: Place) -> bool:
    """ "Murree road", "Jang Building": a place's name on a thing elsewhere (a university
    or stadium named for its town is in it)."""
    return bool(
        V.pattern("place_location", "named_thing_after").match(text[place.end : place.end + 30])
    )


def is_near(text: str, start: int) -> bool:
    """Whether the words just before a place name say "near", "outskirts of", "N km
    north of"."""
    return bool(V.pattern("place_location", "near_before").search(text[max(0, start - 40) : start]))


def near_precision(text: str, place: Place) -> Place:
    """A town or site the text places the event near (not in) is coded at precision 2."""
    if place.geo_precision != 1 or not is_near(text, place.start):
        return place
    return dataclasses.replace(place, geo_precision=2)


def coded_place(text: str, places: list[Place]) -> Place | None:
    """ "coded as Tougouri at geoprecision 2": the named place, with the stated precision
    (else 2: coders name a stand-in place when the real one is unknown or unmapped)."""
    for place in places:
        before = text[max(0, place.start - 20) : place.start]
        if not usable(place) or not V.pattern("place_location", "coded_before").search(before):
            continue
        stated = V.pattern("place_location", "coded_precision").search(
            text[place.end : place.end + 60]
        )
        precision = int(stated.group(1)) if stated else max(2, geo_precision(place))
        return dataclasses.replace(place, geo_precision=precision)
    return None
