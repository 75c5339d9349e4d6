"""Ranking a name's candidates: feature and population priors, and the article's countries,
regions and nearby places.
"""

from __future__ import annotations

import math
from collections import Counter

from dateline.resolve.place.gazetteer import Candidate
from dateline.resolve.place.precision import CITY_POPULATION, COUNTRY_CODES
from dateline.resolve.place.reading import HINT_CLASSES, Context, Reading, hints, km
from dateline.resolve.place.us_states import qualifier_key
from dateline.text.names import name_key

# How likely a bare name means a feature of this code (beyond population).
FEATURE_WEIGHT = {"PCLI": 6.0, "ADM1": 4.5, "PPLC": 4.0, "ADM2": 1.5, "ADM3": 0.5, "AIRP": -1.0}
SITE_WEIGHT = 5.0  # curated sites and regions: named fully, they are what is meant
AIRBASE_WEIGHT = 3.5
SEAT_PENALTY = 4.0  # a region sharing its name with its main town: the bare name means the town
TOWN_WEIGHT = 2.0
CONTAINED_UNIT_BONUS = 2.5
NEAR_KM = 150.0
REGION_BONUS = 3.0  # the article names the candidate's region, or its places lie there
CLUSTER_KM = 100.0  # names of one local story lie within a county or two of each other
CLUSTER_WEIGHT = 1.0
DWARF_RATIO = 20  # a city this many times bigger than a same-named place is the one meant
CLUSTER_CAP = 3
HOME_RIVAL_POPULATION = 5_000
CANONICAL_BONUS = 2.5
NEIGHBOUR_BONUS = 1.5
MAJOR_CODES = frozenset({"PCLI", "ADM1", "PPLC", "PPLA"})


def rescore(readings: list[Reading], context: Context) -> None:
    for reading in readings:
        reading.scores = [_score(c, reading, context) for c in reading.candidates]


def article_context(readings: list[Reading], *, first_pass: bool) -> Context:
    countries: Counter[str] = Counter()
    admin_keys: set[str] = set()
    points: list[tuple[str, float, float]] = []
    own: dict[str, tuple[str, int]] = {}
    admin_from: dict[str, set[str]] = {}
    for reading in readings:
        best = reading.best
        if best is None or (first_pass and not _anchor(reading)):
            continue
        if all(m.owned_thing for m in reading.mentions):
            continue  # "the US dollar" says nothing about where the story is
        countries[best.country_iso or ""] += len(reading.mentions)
        own[reading.key] = (best.country_iso or "", len(reading.mentions))
        if _anchor(reading):  # a guessed town's region is no evidence for other names
            admin_from[reading.key] = {name_key(n) for n in (best.admin1, best.admin2) if n}
        if best.feature_code not in {"PCLI", "ADM1"}:
            points.append((reading.key, best.lat, best.lon))
    admin_keys.update(name_key(m.query) for r in readings for m in r.mentions)
    return Context(countries, admin_keys, points, own, admin_from=admin_from)


def _anchor(reading: Reading) -> bool:
    """First-pass context comes only from names that are hard to misread."""
    best = reading.candidates[0]
    second = reading.candidates[1] if len(reading.candidates) > 1 else None
    rivals = [c for c in reading.candidates[1:] if c.match >= 2 and c.feature_code in MAJOR_CODES]
    if best.feature_code in {"PCLI", "ADM1"} and best.match >= 2:
        return not rivals
    return second is None or best.population > 20 * max(second.population, 1)


def _score(cand: Candidate, reading: Reading, context: Context) -> float:
    seat = _seat_penalty(cand, reading)
    score = _prior(cand) + 0.5 * cand.match - seat
    country = _country_bonus(cand, reading, context)
    abroad = country <= 0 and _rival_at_home(cand, reading, context)
    canonical = cand.match == 3 and cand.feature_code in {"PCLI", "ADM1"} and not seat
    world = cand.match == 3 and not cand.country_iso  # "the Middle East", "the Atlantic"
    if (canonical and not abroad) or world:
        score += CANONICAL_BONUS  # "China", "California": the country or state itself
    if abroad and cand.feature_code in {"ADM1", "ADM2"}:
        score -= max(FEATURE_WEIGHT[cand.feature_code] - TOWN_WEIGHT, 0.0)  # regions weigh at home
    score += _hint_bonus(cand, reading) + qualifier_bonus(cand, reading) + country
    score += _region_bonus(cand, reading, context)
    cluster = _cluster_bonus(cand, context, country)
    return score + _proximity(cand, reading.key, context.points) + cluster


def _cluster_bonus(cand: Candidate, context: Context, country: float) -> float:
    """Only a place of exactly this name, in the country the article is mostly about,
    gains from lying among the article's other names: "Mexico" stays the country, not a
    city that also answers to it, and two hamlets abroad in a story that lists many
    countries cannot vouch for each other."""
    if cand.match < 3 or not _main_country(cand.country_iso, context.countries):
        return 0.0
    return CLUSTER_WEIGHT * min(context.cluster.get(id(cand), 0), CLUSTER_CAP)


def _main_country(iso: str | None, countries: Counter[str]) -> bool:
    """Whether ``iso`` is the article's most named country (any country when none is)."""
    ranked = [(n, c) for c, n in countries.items() if c]
    return not ranked or (iso is not None and countries.get(iso, 0) == max(ranked)[0])


def cluster_support(readings: list[Reading]) -> dict[int, int]:
    """For each candidate, how many other names of the article could be read close to it.

    A local story names several small places of one area ("near Brandon", "an Albany
    driver", "the Douglas County sheriff"); each name alone exists in many states, but
    only one reading of each puts them all together. Every candidate of the other names
    counts (not only their current best), so the cluster is found without a first guess.
    A first-level region counts as close to the places inside it."""
    pools = [
        (r.key, [c for c in r.candidates if c.match >= 3 and c.feature_class in "APS"])
        for r in readings
        if r.accepted and not all(m.metonym for m in r.mentions)
    ]
    support: dict[int, int] = {}
    for key, cands in pools:
        for cand in cands:
            support[id(cand)] = sum(
                1 for other, near in pools if other != key and any(_close(cand, d) for d in near)
            )
    return support


def _close(a: Candidate, b: Candidate) -> bool:
    """Two readings that fit one local story: within ``CLUSTER_KM``, or one a first-level
    region containing the other."""
    if a.country_iso != b.country_iso or a.feature_code in COUNTRY_CODES:
        return False
    if b.feature_code in COUNTRY_CODES:
        return False
    if "ADM1" in (a.feature_code, b.feature_code):
        return a.admin1 is not None and a.admin1 == b.admin1
    if abs(a.lat - b.lat) > CLUSTER_KM / 100:  # a degree is over 100 km: cheap pre-check
        return False
    return km(a, b.lat, b.lon) < CLUSTER_KM


def _dwarfed(cand: Candidate, reading: Reading) -> bool:
    """ "New York, Chicago and Boston": a hamlet in a state the article names does not
    stand for a big city of the same name in the same country; the city is what a bare
    name means there."""
    return any(
        c.match == 3
        and c.country_iso == cand.country_iso
        and c.population >= CITY_POPULATION
        and c.population > DWARF_RATIO * max(cand.population, 1)
        for c in reading.candidates
    )


def _region_bonus(cand: Candidate, reading: Reading, context: Context) -> float:
    """A candidate inside a region the article names, or that its other places lie in
    (unless a far bigger same-named city in the country is what the name means)."""
    regions = {name_key(n) for n in (cand.admin1, cand.admin2) if n}
    if not regions & _named_regions(reading, context) or _dwarfed(cand, reading):
        return 0.0
    return REGION_BONUS


def _named_regions(reading: Reading, context: Context) -> set[str]:
    """Region names the rest of the article gives: other names, and the regions of other
    firmly read places (never this name's own reading, which cannot vouch for itself)."""
    own = reading.key.split("|")[0]
    others = (names for key, names in context.admin_from.items() if key != reading.key)
    return (context.admin_keys - {own}).union(*others)


def _rival_at_home(cand: Candidate, reading: Reading, context: Context) -> bool:
    """Whether some candidate of the name lies in a country the rest of the article names:
    then a same-named region abroad ("Gaza" the Mozambican province in a story about
    Israel) gets no bonus for being a first-level region. The rival must match the name
    as well as the candidate does and be a real town: a hamlet or an alternate spelling
    at home is no rival."""
    return any(c.match >= cand.match and _at_home(c, reading, context) for c in reading.candidates)


def _at_home(cand: Candidate, reading: Reading, context: Context) -> bool:
    """A town in a country the article names, or a city in a neighbouring one."""
    bonus = _country_bonus(cand, reading, context)
    if bonus <= 0 or cand.population < HOME_RIVAL_POPULATION:
        return False
    return bonus != NEIGHBOUR_BONUS or cand.population >= CITY_POPULATION


def _country_bonus(cand: Candidate, reading: Reading, context: Context) -> float:
    """Agreement with the countries the rest of the article is in (its own mentions
    excluded, so a name cannot vote for its own reading)."""
    if not cand.country_iso:
        return 4.0  # a sea or a multi-country region: no country to agree with
    own_iso, own_count = context.own.get(reading.key, ("", 0))
    total = sum(context.countries.values()) - own_count
    votes = context.countries.get(cand.country_iso or "", 0) - (
        own_count if own_iso == cand.country_iso else 0
    )
    if total <= 0:
        return 0.0
    if votes <= 0:
        near = context.neighbours.get(cand.country_iso, frozenset())
        return NEIGHBOUR_BONUS if any(context.countries.get(iso) for iso in near) else 0.0
    return 3.0 * votes / total + 1.0


def _prior(cand: Candidate) -> float:
    if cand.feature_code in {"AIRP", "AIRB"}:
        weight = AIRBASE_WEIGHT if cand.feature_code == "AIRB" else FEATURE_WEIGHT["AIRP"]
    elif cand.feature_class not in {"A", "P"}:
        weight = SITE_WEIGHT
    else:
        weight = FEATURE_WEIGHT.get(cand.feature_code, TOWN_WEIGHT)
    return weight + 0.6 * math.log10(cand.population + 1)


def _seat_penalty(cand: Candidate, reading: Reading) -> float:
    """ "Tehran", "Baghdad": a province named after its city means the city unless the
    text says "province"; so does a region named like its country's capital."""
    if cand.feature_code not in {"ADM1", "ADM2", "ADM3"} or hints(reading) & {"admin"}:
        return 0.0
    if all(m.enclosed for m in reading.mentions):
        return 0.0  # "Pisky, Donetsk", "(Kitchanga, Masisi)": the unit a town is in
    own = name_key(cand.name)
    towns = (  # "Tripoli": the city by its main name beats the region by an alias
        c
        for c in reading.candidates
        if c.feature_class == "P" and (name_key(c.name) == own or c.match > cand.match)
    )
    listed = any(m.listed for m in reading.mentions)  # "Utah and Washington": the states
    same = any(_seat_of(t, cand, capital=not listed) for t in towns)
    return SEAT_PENALTY if same else 0.0


def _seat_of(town: Candidate, region: Candidate, *, capital: bool) -> bool:
    """The region's own town, or the country's capital of the same name ("Washington")."""
    if town.country_iso != region.country_iso:
        return False
    return town.admin1 == region.admin1 or (capital and town.feature_code == "PPLC")


def _hint_bonus(cand: Candidate, reading: Reading) -> float:
    hit = any(cand.feature_class in HINT_CLASSES[h] for h in hints(reading))
    return (3.0 if hit else 0.0) + _unit_bonus(cand, reading)


def _unit_bonus(cand: Candidate, reading: Reading) -> float:
    """ "Tako (Loropeni, Poni)": the names in parentheses after a place are the
    administrative units that contain it, so their region reading beats a look-alike town."""
    contained = any(m.contained for m in reading.mentions)
    return CONTAINED_UNIT_BONUS if contained and cand.feature_class == "A" else 0.0


def qualifier_bonus(cand: Candidate, reading: Reading) -> float:
    """ "Long Beach, CA": the state (or country) after the comma must be the candidate's."""
    qualifiers = {qualifier_key(m.qualifier) for m in reading.mentions if m.qualifier}
    if not qualifiers:
        return 0.0
    own = {name_key(n) for n in (cand.admin1, cand.admin2, cand.country) if n}
    return 6.0 if own & qualifiers else 0.0


def _proximity(cand: Candidate, key: str, points: list[tuple[str, float, float]]) -> float:
    """Nearby named places support a town or district; a first-level region's point is only
    its centre, so towns near it say nothing for the region over its country or city."""
    if cand.feature_code == "ADM1":
        return 0.0
    near = sum(1 for k, lat, lon in points if k != key and km(cand, lat, lon) < NEAR_KM)
    return min(near, 3) * 1.0
