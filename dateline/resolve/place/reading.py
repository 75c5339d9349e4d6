"""One reading per distinct name (one sense per discourse), and what the article says about
where it is.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from dateline.resolve.place.centroid import distance_km
from dateline.resolve.place.gazetteer import Candidate
from dateline.resolve.place.precision import CITY_POPULATION, COUNTRY_CODES
from dateline.resolve.place.toponym import PLACE_LABELS, Toponym

HINT_CLASSES = {"admin": {"A"}, "town": {"P"}, "site": {"S"}}


@dataclass(slots=True)
class Reading:
    """The candidates of one distinct name, and the mentions that use it."""

    key: str
    mentions: list[Toponym]
    candidates: list[Candidate]
    scores: list[float] = field(default_factory=list)
    accepted: bool = False
    doubtful: bool = False  # kept as a toponym, but too weak to place an event
    stand_in: Candidate | None = None  # a local name the gazetteer lacks: the town it is in

    @property
    def best(self) -> Candidate | None:
        if not self.scores:
            return self.candidates[0] if self.candidates else None
        return self.candidates[max(range(len(self.scores)), key=self.scores.__getitem__)]


@dataclass(slots=True)
class Context:
    """What the article says about where it is: countries, regions, resolved points."""

    countries: Counter[str]
    admin_keys: set[str]
    points: list[tuple[str, float, float]]
    own: dict[str, tuple[str, int]] = field(default_factory=dict)  # key → its own share
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)
    admin_from: dict[str, set[str]] = field(default_factory=dict)  # key → its regions' names
    cluster: dict[int, int] = field(default_factory=dict)  # id(candidate) → nearby names


def in_regions(cand: Candidate, regions: set[tuple[str | None, str | None]]) -> bool:
    """An exact-named candidate inside one of these (country, first-level region) pairs."""
    region = (cand.country_iso, cand.admin1)
    return cand.match == 3 and cand.admin1 is not None and region in regions


def lone_alias(cand: Candidate) -> bool:
    """A town matched only by one of its other spellings, with nothing else in the article
    to place it ("Inata" read as a Japanese town's variant): too weak to place an event,
    as an unknown village's name often spells some distant town's alias."""
    return cand.feature_class == "P" and cand.match < 3 and cand.population < CITY_POPULATION


def trusted(reading: Reading) -> bool:
    """A reading whose country may vouch for others': NER or the context called it a place."""
    return labelled(reading) or any(m.evidence or m.qualifier for m in reading.mentions)


def self_standing(cand: Candidate) -> bool:
    """Countries, first-level regions, capitals and big cities named by their own name (a
    capital's rare other names, "Ariel" for Jerusalem, also name villages elsewhere)."""
    if cand.feature_code in COUNTRY_CODES or cand.feature_code in {"ADM1", "CONT"}:
        return True
    return cand.match == 3 and cand.population >= CITY_POPULATION


def unsupported(reading: Reading) -> bool:
    """Neither NER nor the context (a preposition, a feature word) says "place"."""
    return not labelled(reading) and not any(m.evidence for m in reading.mentions)


def labelled(reading: Reading) -> bool:
    """Whether NER itself called some mention of this name a place (or its people)."""
    return any(m.label in PLACE_LABELS or m.label == "NORP" for m in reading.mentions)


def hints(reading: Reading) -> set[str]:
    return {m.hint for m in reading.mentions if m.hint}


def km(cand: Candidate, lat: float, lon: float) -> float:
    return distance_km(cand.lat, cand.lon, lat, lon)
