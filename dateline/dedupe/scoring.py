"""Score a candidate pair of reports: how much evidence says they describe one event.

``refusal`` applies the hard rules (date window, distance, type); ``score`` adds weighted
evidence (date, place, type, actors, counts, weapons, trigger words, text similarity).
Every part is kept by name so a merge can be explained.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from dateline.dedupe.report import Features

EARTH_RADIUS_KM = 6371.0088
# Search radius by geo_precision (1 the place itself, 2 a district, 3 a region or country).
RADIUS_KM = {1: 30.0, 2: 80.0, 3: 400.0}
# Days two precisely dated reports may differ by and still be compared (dating errors).
DAY_SLACK = 1
# How long after a shooting a report dated by its own news (an arrest, a charge) at the
# same place is still taken for a follow-up of it.
FOLLOW_UP_DAYS = 120


@dataclass(frozen=True, slots=True)
class Shared:
    """What two articles' texts share: rare names, rare streets, ages."""

    names: int = 0
    streets: int = 0
    ages: int = 0
    title: int = 0

    @property
    def rare(self) -> int:
        return self.names + self.streets


@dataclass(frozen=True, slots=True)
class Weights:
    """General weights of the score's parts; ``threshold`` is the merge bar (tuned on dev)."""

    same_day: float = 1.45
    overlapping_days: float = 0.05
    day_apart: float = 0.76
    far_dates: float = -0.31  # times log2(1 + days apart / 7)
    same_place: float = 1.36
    near_2km: float = -0.18
    near_10km: float = 0.87
    near_30km: float = 0.43
    same_admin1: float = 0.0
    far_place: float = -1.49
    other_disorder: float = 0.07
    same_sub_type: float = -0.1
    same_type: float = 0.23
    shared_actor: float = 0.93
    same_count: float = -0.52
    same_nonzero_count: float = 0.37
    different_count: float = -0.3
    weapons: float = -0.12
    triggers: float = -0.06
    text: float = 4.42
    rare_word: float = 1.17
    max_rare_words: int = 4
    same_county: float = 0.23
    follow_up: float = -1.21
    shared_name: float = 1.27
    max_names: int = 3
    shared_street: float = 2.94
    shared_age: float = 1.29
    max_ages: int = 2
    title_word: float = 2.35
    threshold: float = 2.5
    linkage: float = 2.0  # the bar for the average score across two clusters being joined
    unscored: float = 0.5  # what a pair never compared counts for in average linkage
    # Text similarity above which two reports are one story whatever their coded dates
    # (a follow-up dated by its own news), and above which places or types may disagree.
    story: float = 0.3
    same_story: float = 0.5


@dataclass(frozen=True, slots=True)
class Score:
    total: float
    parts: dict[str, float]
    distance_km: float | None


def distance_km(a: Features, b: Features) -> float | None:
    """Great-circle distance between two located reports, else None."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2
    h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def refusal(
    a: Features,
    b: Features,
    text_similarity: float,
    weights: Weights,
    shared: Shared | None = None,
) -> str | None:
    """Why the pair cannot be one event (a hard rule), or None when it may be.

    Far-apart dates are allowed for one story (text similarity at least ``story``) and for
    texts naming the same rare person or street: a follow-up must name something of the
    incident, a place alone is not enough (a city has many shootings a season); other
    countries only for near-identical texts or two shared names (a geocoding error)."""
    shared = shared or Shared()
    if text_similarity >= weights.same_story:
        return None
    if a.country and b.country and a.country != b.country and shared.rare + shared.title < 2:
        return "different countries"
    story = text_similarity >= weights.story or shared.rare > 0
    if _far_dates(a, b) and not story:
        return "dates too far apart and texts differ"
    return None


def follow_up(a: Features, b: Features) -> bool:
    """Whether the later report, at the same place or county and dated by its own news
    within ``FOLLOW_UP_DAYS``, may be a follow-up of the earlier one."""
    if a.days is None or b.days is None:
        return False
    early, late = (a, b) if a.days[0] <= b.days[0] else (b, a)
    assert early.days is not None and late.days is not None
    close = late.days[0] - early.days[1] <= FOLLOW_UP_DAYS
    return close and late.news_dated and _same_area(a, b)


def _same_area(a: Features, b: Features) -> bool:
    return bool((a.place and a.place == b.place) or (a.admin2 and a.admin2 == b.admin2))


def days_apart(a: Features, b: Features) -> int:
    """Days between the two reports' date ranges (0 when they overlap or one is undated)."""
    if a.days is None or b.days is None:
        return 0
    return max(a.days[0] - b.days[1], b.days[0] - a.days[1], 0)


def _far_dates(a: Features, b: Features) -> bool:
    if a.days is None or b.days is None:
        return False
    slack = DAY_SLACK if a.day_precise and b.day_precise else 0
    return a.days[0] > b.days[1] + slack or b.days[0] > a.days[1] + slack


def _place_refusal(a: Features, b: Features) -> str | None:
    km = distance_km(a, b)
    if km is not None and km > max(RADIUS_KM[a.geo_precision], RADIUS_KM[b.geo_precision]):
        return f"places {km:.0f} km apart"
    both_local = a.geo_precision < 3 and b.geo_precision < 3
    if both_local and a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return "different admin1"
    return None


def _type_refusal(a: Features, b: Features) -> str | None:
    if a.disorder_type and b.disorder_type and a.disorder_type != b.disorder_type:
        return "incompatible disorder types"
    return None


def score(
    a: Features,
    b: Features,
    text_similarity: float,
    weights: Weights,
    rare_words: int = 0,
    shared: Shared | None = None,
) -> Score:
    """The weighted evidence that ``a`` and ``b`` report one event (``rare_words``: how many
    rare words their articles share; ``shared``: their shared names, streets and ages)."""
    shared = shared or Shared()
    km = distance_km(a, b)
    far = _far_dates(a, b)
    parts = {
        "date": _date_part(a, b, weights),
        "place": _place_part(a, b, km, weights),
        "type": _type_part(a, b, weights),
        "far_place": weights.far_place if _place_refusal(a, b) else 0.0,
        "other_disorder": weights.other_disorder if _type_refusal(a, b) else 0.0,
        "actors": weights.shared_actor if a.actors & b.actors else 0.0,
        "killed": _count_part(a.killed, b.killed, weights),
        "injured": _count_part(a.injured, b.injured, weights),
        "weapons": weights.weapons * _jaccard(a.weapons, b.weapons),
        "triggers": weights.triggers if a.triggers & b.triggers else 0.0,
        "text": weights.text * text_similarity,
        "rare_words": weights.rare_word * min(rare_words, weights.max_rare_words),
        "county": weights.same_county if _same_county_only(a, b) else 0.0,
        "follow_up": weights.follow_up if far and follow_up(a, b) else 0.0,
        "names": weights.shared_name * min(shared.names, weights.max_names),
        "streets": weights.shared_street * min(shared.streets, 1),
        "ages": weights.shared_age * min(shared.ages, weights.max_ages),
        "title": weights.title_word * min(shared.title, 2),
    }
    return Score(round(sum(parts.values()), 4), parts, km)


def _date_part(a: Features, b: Features, weights: Weights) -> float:
    if not (a.dated and b.dated) or a.days is None or b.days is None:
        return 0.0
    if _far_dates(a, b):
        return weights.far_dates * math.log2(1 + days_apart(a, b) / 7)
    if a.day_precise and b.day_precise:
        apart = abs(a.days[0] - b.days[0])
        return weights.same_day if apart == 0 else weights.day_apart * apart
    return weights.overlapping_days


def _same_county_only(a: Features, b: Features) -> bool:
    return bool(a.admin2 and a.admin2 == b.admin2 and a.place != b.place)


def _place_part(a: Features, b: Features, km: float | None, weights: Weights) -> float:
    if a.place and a.place == b.place:
        return weights.same_place
    if km is None:
        return weights.same_admin1 if a.admin1 and a.admin1 == b.admin1 else 0.0
    if km < 2:
        return weights.near_2km
    if km < 10:
        return weights.near_10km
    return weights.near_30km if km < 30 else 0.0


def _type_part(a: Features, b: Features, weights: Weights) -> float:
    if a.sub_event_type and a.sub_event_type == b.sub_event_type:
        return weights.same_sub_type
    return weights.same_type if a.event_type and a.event_type == b.event_type else 0.0


def _count_part(left: int | None, right: int | None, weights: Weights) -> float:
    if left is None or right is None:
        return 0.0
    if left != right:
        return weights.different_count
    return weights.same_nonzero_count if left else weights.same_count


def _jaccard(left: frozenset[str], right: frozenset[str]) -> float:
    union = left | right
    return len(left & right) / len(union) if union else 0.0
