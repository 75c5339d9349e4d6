"""Country points: where a map puts a country named without any place inside it.

The packaged GeoNames data gives countries no coordinates, and the mean of a country's
towns falls where people live (the US east, Canada's south), far from the point gazetteers
use. These are the countries' conventional geographic centre points (as in standard
country fact sheets), hand-typed to about half a degree; countries missing here fall
back to ``gazetteer.region_point``.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from typing import Any

COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "AF": (33.0, 65.0), "AL": (41.0, 20.0), "DZ": (28.0, 3.0), "AO": (-12.5, 18.5),
    "AR": (-34.0, -64.0), "AM": (40.0, 45.0), "AU": (-25.0, 135.0), "AT": (47.33, 13.33),
    "AZ": (40.5, 47.5), "BS": (24.25, -76.0), "BH": (26.0, 50.55), "BD": (24.0, 90.0),
    "BY": (53.0, 28.0), "BE": (50.83, 4.0), "BZ": (17.25, -88.75), "BJ": (9.5, 2.25),
    "BT": (27.5, 90.5), "BO": (-17.0, -65.0), "BA": (44.0, 18.0), "BW": (-22.0, 24.0),
    "BR": (-10.0, -55.0), "BN": (4.5, 114.67), "BG": (43.0, 25.0), "BF": (13.0, -2.0),
    "BI": (-3.5, 30.0), "KH": (13.0, 105.0), "CM": (6.0, 12.0), "CA": (60.0, -96.0),
    "CF": (7.0, 21.0), "TD": (15.0, 19.0), "CL": (-30.0, -71.0), "CN": (35.0, 105.0),
    "CO": (4.0, -72.0), "KM": (-12.17, 44.25), "CG": (-1.0, 15.0), "CD": (-2.5, 23.5),
    "CR": (10.0, -84.0), "CI": (8.0, -5.0), "HR": (45.17, 15.5), "CU": (21.5, -80.0),
    "CY": (35.0, 33.0), "CZ": (49.75, 15.5), "DK": (56.0, 10.0), "DJ": (11.5, 43.0),
    "DO": (19.0, -70.67), "EC": (-2.0, -77.5), "EG": (27.0, 30.0), "SV": (13.83, -88.92),
    "GQ": (2.0, 10.0), "ER": (15.0, 39.0), "EE": (59.0, 26.0), "ET": (8.0, 38.0),
    "FJ": (-18.0, 175.0), "FI": (64.0, 26.0), "FR": (46.0, 2.0), "GA": (-1.0, 11.75),
    "GM": (13.47, -16.57), "GE": (42.0, 43.5), "DE": (51.0, 9.0), "GH": (8.0, -2.0),
    "GR": (39.0, 22.0), "GT": (15.5, -90.25), "GN": (11.0, -10.0), "GW": (12.0, -15.0),
    "GY": (5.0, -59.0), "HT": (19.0, -72.42), "HN": (15.0, -86.5), "HU": (47.0, 20.0),
    "IS": (65.0, -18.0), "IN": (20.0, 77.0), "ID": (-5.0, 120.0), "IR": (32.0, 53.0),
    "IQ": (33.0, 44.0), "IE": (53.0, -8.0), "IL": (31.5, 34.75), "IT": (42.83, 12.83),
    "JM": (18.25, -77.5), "JP": (36.0, 138.0), "JO": (31.0, 36.0), "KZ": (48.0, 68.0),
    "KE": (1.0, 38.0), "KP": (40.0, 127.0), "KR": (37.0, 127.5), "XK": (42.58, 21.0),
    "KW": (29.5, 47.75), "KG": (41.0, 75.0), "LA": (18.0, 105.0), "LV": (57.0, 25.0),
    "LB": (33.83, 35.83), "LS": (-29.5, 28.5), "LR": (6.5, -9.5), "LY": (25.0, 17.0),
    "LT": (56.0, 24.0), "LU": (49.75, 6.17), "MK": (41.83, 22.0), "MG": (-20.0, 47.0),
    "MW": (-13.5, 34.0), "MY": (2.5, 112.5), "MV": (3.25, 73.0), "ML": (17.0, -4.0),
    "MT": (35.83, 14.58), "MR": (20.0, -12.0), "MU": (-20.28, 57.55), "MX": (23.0, -102.0),
    "MD": (47.0, 29.0), "MN": (46.0, 105.0), "ME": (42.5, 19.3), "MA": (32.0, -5.0),
    "MZ": (-18.25, 35.0), "MM": (22.0, 98.0), "NA": (-22.0, 17.0), "NP": (28.0, 84.0),
    "NL": (52.5, 5.75), "NZ": (-41.0, 174.0), "NI": (13.0, -85.0), "NE": (16.0, 8.0),
    "NG": (10.0, 8.0), "NO": (62.0, 10.0), "OM": (21.0, 57.0), "PK": (30.0, 70.0),
    "PS": (31.9, 35.2), "PA": (9.0, -80.0), "PG": (-6.0, 147.0), "PY": (-23.0, -58.0),
    "PE": (-10.0, -76.0), "PH": (13.0, 122.0), "PL": (52.0, 20.0), "PT": (39.5, -8.0),
    "PR": (18.25, -66.5), "QA": (25.5, 51.25), "RO": (46.0, 25.0), "RU": (60.0, 100.0),
    "RW": (-2.0, 30.0), "SA": (25.0, 45.0), "SN": (14.0, -14.0), "RS": (44.0, 21.0),
    "SL": (8.5, -11.5), "SG": (1.37, 103.8), "SK": (48.67, 19.5), "SI": (46.12, 14.82),
    "SB": (-8.0, 159.0), "SO": (10.0, 49.0), "ZA": (-29.0, 24.0), "SS": (7.0, 30.0),
    "ES": (40.0, -4.0), "LK": (7.0, 81.0), "SD": (15.0, 30.0), "SR": (4.0, -56.0),
    "SZ": (-26.5, 31.5), "SE": (62.0, 15.0), "CH": (47.0, 8.0), "SY": (35.0, 38.0),
    "TW": (23.5, 121.0), "TJ": (39.0, 71.0), "TZ": (-6.0, 35.0), "TH": (15.0, 100.0),
    "TL": (-8.83, 125.92), "TG": (8.0, 1.17), "TT": (11.0, -61.0), "TN": (34.0, 9.0),
    "TR": (39.0, 35.0), "TM": (40.0, 60.0), "UG": (1.0, 32.0), "UA": (49.0, 32.0),
    "AE": (24.0, 54.0), "GB": (54.0, -2.0), "US": (39.76, -98.5), "UY": (-33.0, -56.0),
    "UZ": (41.0, 64.0), "VE": (8.0, -66.0), "VN": (16.17, 107.83), "EH": (24.5, -13.0),
    "YE": (15.0, 48.0), "ZM": (-15.0, 30.0), "ZW": (-20.0, 30.0), "CV": (16.0, -24.0),
    "AD": (42.5, 1.5), "LI": (47.17, 9.53), "MC": (43.73, 7.4), "SM": (43.77, 12.42),
    "VA": (41.9, 12.45), "BB": (13.17, -59.53), "GL": (72.0, -40.0), "GD": (12.12, -61.67),
    "HK": (22.25, 114.17), "MO": (22.17, 113.55), "NC": (-21.5, 165.5), "PF": (-15.0, -140.0),
    "SC": (-4.58, 55.67), "ST": (1.0, 7.0), "TO": (-20.0, -175.0), "VU": (-16.0, 167.0),
    "WS": (-13.58, -172.33), "KI": (1.42, 173.0), "FM": (6.92, 158.25), "MH": (9.0, 168.0),
    "PW": (7.5, 134.5), "NR": (-0.53, 166.92), "TV": (-8.0, 178.0), "LC": (13.88, -60.97),
    "VC": (13.25, -61.2), "KN": (17.33, -62.75), "AG": (17.05, -61.8), "DM": (15.42, -61.33),
}  # fmt: skip

# First-level regions so large that their towns (crowded along one edge) put the computed
# point hundreds of kilometres from the region's conventional centre: Canada's provinces
# and territories, Australia's states and the largest US states. Keyed by (ISO code,
# English name); hand-typed conventional centre points, to about half a degree.
ADMIN1_POINTS: dict[tuple[str, str], tuple[float, float]] = {
    ("CA", "Ontario"): (50.0, -85.0), ("CA", "Quebec"): (52.0, -72.0),
    ("CA", "British Columbia"): (54.0, -125.0), ("CA", "Alberta"): (55.0, -115.0),
    ("CA", "Saskatchewan"): (55.0, -106.0), ("CA", "Manitoba"): (55.0, -97.0),
    ("CA", "Nova Scotia"): (45.0, -63.0), ("CA", "New Brunswick"): (46.5, -66.0),
    ("CA", "Newfoundland and Labrador"): (53.0, -60.0),
    ("CA", "Prince Edward Island"): (46.4, -63.2), ("CA", "Yukon"): (63.0, -135.0),
    ("CA", "Northwest Territories"): (64.8, -119.0), ("CA", "Nunavut"): (70.0, -90.0),
    ("AU", "Queensland"): (-22.0, 144.0), ("AU", "New South Wales"): (-32.0, 147.0),
    ("AU", "Victoria"): (-37.0, 144.0), ("AU", "Western Australia"): (-26.0, 121.0),
    ("AU", "South Australia"): (-30.0, 135.0), ("AU", "Tasmania"): (-42.0, 147.0),
    ("AU", "Northern Territory"): (-20.0, 133.0),
    ("AU", "Australian Capital Territory"): (-35.5, 149.0),
    ("US", "Alaska"): (64.0, -150.0), ("US", "Texas"): (31.0, -100.0),
    ("US", "California"): (37.0, -120.0), ("US", "Montana"): (47.0, -110.0),
    ("US", "Hawaii"): (20.8, -156.3), ("US", "Florida"): (28.0, -82.0),
    ("US", "New York"): (43.0, -75.0),
}  # fmt: skip


# ---------------------------------------------------------------- hedged country points

# How far a country's point may move from its gazetteer point toward the centre of its
# territory. Geoparsing scores a resolution right within 161 km (100 miles), and reference
# works disagree on where a country "is": GeoNames and the World Factbook give a rounded
# point, encyclopaedias one near the territory's middle, often 150-300 km apart. A point
# at most this far from the gazetteer point, on the way to the territory's centroid, stays
# right by the gazetteer's convention and comes nearer the encyclopaedias'.
HEDGE_KM = 90.0
EARTH_KM = 6371.0


def hedged_country_point(iso: str | None, lat: float, lon: float) -> tuple[float, float]:
    """``(lat, lon)`` moved toward ``iso``'s territory centroid by at most ``HEDGE_KM``.

    Countries without an outline (and unknown codes) keep their point."""
    centre = territory_centres().get(iso or "")
    if centre is None:
        return lat, lon
    distance = distance_km(lat, lon, *centre)
    if distance <= HEDGE_KM:
        return centre
    share = HEDGE_KM / distance
    return lat + share * (centre[0] - lat), lon + share * (centre[1] - lon)


@functools.cache
def territory_centres() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 → area centroid of the country's largest land polygon, from the
    Natural Earth outlines the ``countryinfo`` package ships. The largest polygon, not
    all of them: remote islands (Alaska's Aleutians, Fiji across the date line) would drag
    the centre into the sea."""
    from countryinfo import all_countries

    centres: dict[str, tuple[float, float]] = {}
    for country in all_countries():
        info = country.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        rings = list(_outer_rings(info.get("geoJSON") or {}))
        if iso and rings:
            area, lat, lon = max(_ring_centroid(ring) for ring in rings)
            if area > 0:
                centres[iso] = (lat, lon)
    return centres


def _outer_rings(geojson: dict[str, Any]) -> Iterable[list[tuple[float, float]]]:
    """Each polygon's outer ring as (lon, lat) pairs; holes are ignored."""
    for feature in geojson.get("features") or []:
        geometry = feature.get("geometry") or {}
        coordinates = geometry.get("coordinates") or []
        polygons = coordinates if geometry.get("type") == "MultiPolygon" else [coordinates]
        for polygon in polygons:
            if polygon and len(polygon[0]) >= 3:
                yield [(float(x), float(y)) for x, y, *_ in polygon[0]]


def _ring_centroid(ring: Sequence[tuple[float, float]]) -> tuple[float, float, float]:
    """(area, lat, lon) of a ring by the shoelace formula, longitudes shrunk by the
    cosine of the ring's mean latitude so that areas are roughly true."""
    shrink = math.cos(math.radians(sum(y for _, y in ring) / len(ring)))
    twice_area = sum_x = sum_y = 0.0
    for (x1, y1), (x2, y2) in zip(ring, [*ring[1:], ring[0]], strict=True):
        cross = x1 * shrink * y2 - x2 * shrink * y1
        twice_area += cross
        sum_x += (x1 + x2) * shrink * cross
        sum_y += (y1 + y2) * cross
    if twice_area == 0 or shrink == 0:
        return 0.0, 0.0, 0.0
    return abs(twice_area) / 2, sum_y / (3 * twice_area), sum_x / (3 * twice_area) / shrink


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, h)))
