"""ACLED family: one coder note is one gold event, scored against our top event."""

from __future__ import annotations

import re
from collections.abc import Sequence

from dateline.eval.matching import fold, is_number, same_country, within_km
from dateline.eval.scoring import Check, Metrics, Pair, Prediction, Row, aggregate, macro_f1
from dateline.eval.scoring import top_event as _top
from dateline.text.names import skeleton_key

# A note "states a date" when it has one of these (the rule the eval README fixes).
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_RELATIVE = r"yesterday|today|tonight|overnight|last\s+night|this\s+morning|last\s+week|weekend|ago"
DATE_STATED = re.compile(
    rf"\b(?:{_MONTHS}|{_WEEKDAYS})\b|(?i:\b(?:{_RELATIVE})\b)|\b\d{{1,2}}/\d{{1,2}}\b"
)

# Pre-2019 ACLED event types and the current types each may be coded as now.
_OLD_TYPES: dict[str, frozenset[str]] = {
    "remote violence": frozenset({"Explosions/Remote violence"}),
    "riots/protests": frozenset({"Protests", "Riots"}),
    "violence against civilians": frozenset({"Violence against civilians"}),
    "strategic development": frozenset({"Strategic developments"}),
    "non-violent transfer of territory": frozenset({"Strategic developments"}),
    "headquarters or base established": frozenset({"Strategic developments"}),
}

# Administrative words that GeoNames and ACLED append or drop inconsistently.
_ADMIN_WORDS = frozenset(
    [
        "province",
        "region",
        "state",
        "governorate",
        "division",
        "department",
        "district",
        "county",
        "oblast",
        "prefecture",
        "territory",
        "capital",
    ]
)


def states_date(text: str) -> bool:
    """Whether a note names a month, weekday, relative day or d/m date."""
    return DATE_STATED.search(text) is not None


def accepted_types(gold_type: str) -> frozenset[str]:
    """The current event types that count as right for a (possibly old-taxonomy) gold type."""
    key = gold_type.strip().lower()
    if key.startswith("battle"):
        return frozenset({"Battles"})
    return _OLD_TYPES.get(key, frozenset({gold_type.strip()}))


def admin_key(name: str | None) -> str:
    """An admin1 name folded for comparison: no diacritics, case or generic admin words."""
    return " ".join(word for word in fold(name).split() if word not in _ADMIN_WORDS)


def _event_type(row: Row, pred: Prediction) -> bool:
    event = _top(pred)
    return event is not None and event.get("event_type") in accepted_types(
        row["gold"]["event_type"]
    )


def _sub_event_type(row: Row, pred: Prediction) -> bool | None:
    gold = row["gold"].get("sub_event_type")
    if not gold:
        return None
    event = _top(pred)
    return event is not None and event.get("sub_event_type") == gold


def _date(row: Row, pred: Prediction) -> bool:
    event = _top(pred)
    return event is not None and event.get("event_date") == row["gold"]["event_date"]


def _date_stated(row: Row, pred: Prediction) -> bool | None:
    return _date(row, pred) if states_date(row["text"]) else None


def _time_precision(row: Row, pred: Prediction) -> bool:
    event = _top(pred)
    return event is not None and event.get("time_precision") == row["gold"]["time_precision"]


def _location(pred: Prediction) -> dict | None:
    event = _top(pred)
    return event.get("location") if event else None


def _country(row: Row, pred: Prediction) -> bool:
    place = _location(pred) or {}
    predicted = place.get("country_iso") or place.get("country")
    return same_country(row["gold"].get("country"), predicted)


def _admin1(row: Row, pred: Prediction) -> bool | None:
    gold = admin_key(row["gold"].get("admin1"))
    if not gold:
        return None
    return admin_key((_location(pred) or {}).get("admin1")) == gold


def _admin1_unit(row: Row, pred: Prediction) -> bool | None:
    """Like ``admin1_acc``, but transliteration variants of one unit's name agree ("Idleb" and
    "Idlib", "Taizz" and "Taiz"): what share of the strict misses is spelling, not place."""
    gold = admin_key(row["gold"].get("admin1"))
    if not gold:
        return None
    predicted = admin_key((_location(pred) or {}).get("admin1"))
    return bool(predicted) and skeleton_key(predicted) == skeleton_key(gold)


def _within(km: float) -> Check:
    def check(row: Row, pred: Prediction) -> bool | None:
        lat, lon = row["gold"].get("latitude"), row["gold"].get("longitude")
        if not (is_number(lat) and is_number(lon)):
            return None
        return within_km(lat, lon, _location(pred), km)

    return check


def _fatalities(row: Row, pred: Prediction) -> bool | None:
    """ACLED's 0 means none reported, so an unstated count (None) is read as 0."""
    gold = row["gold"].get("fatalities")
    if not is_number(gold):
        return None
    event = _top(pred)
    best = ((event or {}).get("fatalities") or {}).get("best")
    return event is not None and (best or 0) == gold


def _inter(slot: str, gold_key: str) -> Check:
    def check(row: Row, pred: Prediction) -> bool | None:
        gold = str(row["gold"].get(gold_key) or "").strip()
        if not gold:
            return None
        event = _top(pred)
        if event is None:
            return False
        actor = event.get(slot)
        predicted = str(actor["inter"]) if actor and actor.get("inter") is not None else "0"
        return predicted == gold

    return check


def _interaction(row: Row, pred: Prediction) -> bool | None:
    gold = str(row["gold"].get("interaction") or "").strip()
    if not gold:
        return None
    event = _top(pred)
    predicted = (event or {}).get("interaction")
    return predicted is not None and str(predicted) == gold


CHECKS: dict[str, Check] = {
    "event_recall": lambda row, pred: _top(pred) is not None,
    "event_type_acc": _event_type,
    "sub_event_type_acc": _sub_event_type,
    "event_date_exact": _date_stated,
    "event_date_exact_all": _date,
    "time_precision_acc": _time_precision,
    "country_acc": _country,
    "admin1_acc": _admin1,
    "admin1_unit_acc": _admin1_unit,
    "within_25km": _within(25.0),
    "within_161km": _within(161.0),
    "fatalities_exact": _fatalities,
    "inter1_acc": _inter("actor1", "inter1"),
    "inter2_acc": _inter("actor2", "inter2"),
    "interaction_acc": _interaction,
}


def score_acled(pairs: Sequence[Pair]) -> Metrics:
    """All ACLED metrics (see the README, "Metrics") over (gold row, prediction) pairs."""
    metrics = aggregate(pairs, CHECKS)
    metrics["sub_event_type_macro_f1"] = _sub_event_macro_f1(pairs)
    return metrics


def _sub_event_macro_f1(pairs: Sequence[Pair]) -> float | None:
    scored = [(row, pred) for row, pred in pairs if row["gold"].get("sub_event_type")]
    gold = [row["gold"]["sub_event_type"] for row, _ in scored]
    predicted = [(_top(pred) or {}).get("sub_event_type") for _, pred in scored]
    return macro_f1(gold, predicted)
