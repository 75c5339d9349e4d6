"""GVA and GVDB families: US local news on shootings, one incident per article.

Per article, on the top event: event found, date, state, city, killed, injured, and (GVA,
rows with gold coordinates) the place within 25 km; GVDB also the named shooters and victims
found among our actors (``people.py``). Definitions: ../shared/eval/README.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dateline.eval.matching import fold, is_number, within_km
from dateline.eval.people import score_people
from dateline.eval.scoring import (
    Check,
    Metrics,
    Pair,
    Prediction,
    Row,
    aggregate,
    date_exact,
    top_event,
)

_DC = {"washington d c", "washington dc", "d c", "dc", "district of columbia"}
_ABBREVIATIONS = {"st": "saint", "ft": "fort", "mt": "mount"}
_STATE_WORDS = frozenset({"state", "commonwealth", "of"})
_PARENTHESIS = re.compile(r"^(.*?)\s*\((.*)\)\s*$")


def state_key(name: str | None) -> str:
    """A state name folded: no case, accents, punctuation or words like "state"."""
    folded = fold(name)
    if folded in _DC:
        return "district columbia"
    return " ".join(w for w in folded.split() if w not in _STATE_WORDS)


def place_key(name: str | None) -> str:
    """A place name folded, St./Ft./Mt. spelled out, a leading "City of" dropped."""
    words = fold(name).split()
    if words[:2] == ["city", "of"]:
        words = words[2:]
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def city_names(gold: str | None) -> set[str]:
    """The names a gold city accepts: "Chicago (Englewood)" both, "Orange (county)" one."""
    if not gold:
        return set()
    match = _PARENTHESIS.match(gold)
    if not match:
        return {place_key(gold)}
    head, inner = match.groups()
    if fold(inner) == "county":
        return {place_key(f"{head} County")}
    return {place_key(head), place_key(inner)}


def _location(pred: Prediction) -> dict[str, Any]:
    event = top_event(pred)
    return (event or {}).get("location") or {}


def _event_found(row: Row, pred: Prediction) -> bool:
    return bool(pred.get("events"))


def _state(row: Row, pred: Prediction) -> bool | None:
    gold = row["gold"].get("state")
    if not gold:
        return None
    return state_key(_location(pred).get("admin1")) == state_key(gold)


def _city(by_distance: bool) -> Check:
    def check(row: Row, pred: Prediction) -> bool | None:
        gold = row["gold"]
        if not gold.get("city"):
            return None
        place = _location(pred)
        names = {place_key(place.get("name")), place_key(place.get("admin2"))} - {""}
        if names & city_names(gold["city"]):
            return True
        return by_distance and _has_point(gold) and within_km(*_point(gold), place, 10.0)

    return check


def _has_point(gold: dict[str, Any]) -> bool:
    return is_number(gold.get("latitude")) and is_number(gold.get("longitude"))


def _point(gold: dict[str, Any]) -> tuple[float, float]:
    return gold["latitude"], gold["longitude"]


def _within_25km(row: Row, pred: Prediction) -> bool | None:
    if not _has_point(row["gold"]):
        return None
    return within_km(*_point(row["gold"]), _location(pred), 25.0)


def _count(gold_key: str, field: str) -> Check:
    def check(row: Row, pred: Prediction) -> bool | None:
        gold = row["gold"].get(gold_key)
        if gold is None:
            return None
        event = top_event(pred) or {}
        return ((event.get(field) or {}).get("best") or 0) == gold

    return check


def _checks(by_distance: bool) -> dict[str, Check]:
    checks = {
        "event_recall": _event_found,
        "date_exact": date_exact,
        "state_match": _state,
        "city_match": _city(by_distance),
        "killed_exact": _count("killed", "fatalities"),
        "injured_exact": _count("injured", "injuries"),
    }
    if by_distance:
        checks["loc_25km"] = _within_25km
    return checks


def score_gva(pairs: Sequence[Pair]) -> Metrics:
    """Per-article scores on GVA rows (city also within 10 km of gold coordinates)."""
    return aggregate(pairs, _checks(by_distance=True))


def score_gvdb(pairs: Sequence[Pair]) -> Metrics:
    """Per-article scores on GVDB rows (city by name only), and the named shooters and
    victims recalled in our actors."""
    return {**aggregate(pairs, _checks(by_distance=False)), **score_people(pairs)}
