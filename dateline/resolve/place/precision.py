"""How specific a resolved place is, and whether it may place an event."""

from __future__ import annotations

from dateline import vocabulary as V
from dateline.models import Place

# Specificity of a feature for choosing an event's place: sites and towns beat regions.
REGION_CODES = {"RGN", "SEA", "GULF", "STRT", "LK", "PEN", "MTS", "OCN"}
COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "TERR", "CONT"}
# A metonymic mention's confidence is scaled by this; others never fall below 0.3.
METONYM_CONFIDENCE = 0.25
DOUBTFUL_CONFIDENCE = 0.2  # a look-alike in a country the article gives no sign of
STREET_CONFIDENCE = METONYM_CONFIDENCE  # at its town's point: a toponym, never an event's place
CITY_POPULATION = 100_000


def specificity(place: Place) -> int:
    """3 a site or town, 2 a district, 1 an admin1 region, 0 a country."""
    feature = place.feature or ""
    if feature in COUNTRY_CODES:
        return 0
    if feature == "ADM1" or feature in REGION_CODES:
        return 1
    return 2 if feature.startswith("ADM") or feature == "AREA" else 3


def geo_precision(place: Place) -> int:
    """ACLED geo_precision: 1 a town or site; 2 near one, a district, or part of a
    region ("western Iraq"); 3 a whole region or country."""
    level = specificity(place)
    if level == 2 or _partial(place):
        return 2
    return 1 if level == 3 else 3


def _partial(place: Place) -> bool:
    """ "western Iraq", "near Mosul": the text names only part of, or near, the place."""
    first = place.text.split()[0].lower() if place.text else ""
    return first != place.name.split()[0].lower() and first in V.words(
        "place_location", "partial_words"
    )


def usable(place: Place) -> bool:
    """Whether a mention may place an event: not metonymic, not a doubtful look-alike."""
    return place.confidence > METONYM_CONFIDENCE and place.latitude is not None
