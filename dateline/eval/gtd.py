"""GTD family: one incident summary per row; casualties, weapons, perpetrators, place, date."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from dateline.eval.acled import admin_key
from dateline.eval.matching import fold, is_number, names_match, same_country, within_km
from dateline.eval.scoring import (
    Check,
    Metrics,
    Pair,
    Prediction,
    Row,
    aggregate,
    date_exact,
    incident_events,
    top_event,
)

# Our weapon words by GTD weapon type, checked in this order (a car bomb is an explosive).
_WEAPON_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "Explosives",
        frozenset(
            [
                "explosive",
                "explosives",
                "ied",
                "ieds",
                "bomb",
                "bombs",
                "bombing",
                "suicide",
                "vbied",
                "grenade",
                "grenades",
                "rocket",
                "rockets",
                "missile",
                "missiles",
                "mortar",
                "mortars",
                "artillery",
                "shell",
                "shells",
                "landmine",
                "landmines",
                "mine",
                "mines",
                "dynamite",
                "detonator",
            ]
        ),
    ),
    (
        "Incendiary",
        frozenset(
            [
                "arson",
                "incendiary",
                "fire",
                "firebomb",
                "molotov",
                "petrol",
                "gasoline",
                "accelerant",
                "flammable",
            ]
        ),
    ),
    (
        "Firearms",
        frozenset(
            [
                "firearm",
                "firearms",
                "gun",
                "guns",
                "rifle",
                "rifles",
                "pistol",
                "handgun",
                "shotgun",
                "gunfire",
                "arms",
                "bullet",
                "bullets",
                "ak",
            ]
        ),
    ),
    (
        "Melee",
        frozenset(
            ["melee", "knife", "knives", "blade", "machete", "machetes", "sword", "axe", "stabbing"]
        ),
    ),
    ("Vehicle", frozenset(["vehicle", "car", "truck", "ramming"])),
)
WEAPON_TYPES = frozenset(name for name, _ in _WEAPON_WORDS)


def weapon_class(name: str | None, detail: str | None = None) -> str | None:
    """The GTD weapon type of one of our weapons: from its name, else from its detail."""
    return _class_of_words(name) or _class_of_words(detail)


def _class_of_words(text: str | None) -> str | None:
    words = set(fold(text).split())
    for gtd_type, cues in _WEAPON_WORDS:
        if words & cues:
            return gtd_type
    return None


def gold_weapon_type(value: str) -> str | None:
    """A GTD weapon type we score ("Vehicle (not to include ...)" → "Vehicle"), else None."""
    head = value.split("(")[0].strip()
    return head if head in WEAPON_TYPES else None


def predicted_weapon_types(pred: Prediction) -> set[str]:
    """GTD weapon types of the weapons of the incident's events."""
    classes = (
        weapon_class(weapon.get("name"), weapon.get("detail"))
        for event in incident_events(pred)
        for weapon in event.get("weapons", [])
    )
    return {found for found in classes if found}


def actor_names(pred: Prediction) -> Iterator[str]:
    """Every actor name and text, and every claimed or blamed actor, of the incident."""
    for event in incident_events(pred):
        actors = [event.get("actor1"), event.get("actor2")]
        actors += event.get("assoc_actor_1", []) + event.get("assoc_actor_2", [])
        for actor in filter(None, actors):
            yield from filter(None, (actor.get("name"), actor.get("text")))
        attribution = event.get("attribution") or {}
        yield from attribution.get("claimed_by", [])
        yield from (blame.get("actor") for blame in attribution.get("blamed", []))


def _count(gold_key: str, field: str) -> Check:
    """Exact count; an unstated prediction (None) is read as 0, gold null/NaN is skipped."""

    def check(row: Row, pred: Prediction) -> bool | None:
        gold = row["gold"].get(gold_key)
        if not is_number(gold):
            return None
        event = top_event(pred)
        best = ((event or {}).get(field) or {}).get("best")
        return event is not None and (best or 0) == gold

    return check


def _gold_groups(row: Row) -> list[str]:
    groups = row["gold"].get("perpetrator_groups") or []
    return [group for group in groups if group and fold(group) != "unknown"]


def _perpetrator(row: Row, pred: Prediction) -> bool | None:
    groups = _gold_groups(row)
    if not groups:
        return None
    names = list(actor_names(pred))
    return any(names_match(group, name) for group in groups for name in names)


def _location(pred: Prediction) -> dict:
    event = top_event(pred)
    return (event or {}).get("location") or {}


def _country(row: Row, pred: Prediction) -> bool:
    place = _location(pred)
    return same_country(
        row["gold"].get("country"), place.get("country_iso") or place.get("country")
    )


def _admin1(row: Row, pred: Prediction) -> bool | None:
    gold = admin_key(row["gold"].get("admin1"))
    return admin_key(_location(pred).get("admin1")) == gold if gold else None


def _within_25km(row: Row, pred: Prediction) -> bool | None:
    lat, lon = row["gold"].get("latitude"), row["gold"].get("longitude")
    if not (is_number(lat) and is_number(lon)):
        return None
    return within_km(lat, lon, _location(pred), 25.0)


CHECKS: dict[str, Check] = {
    "event_recall": lambda row, pred: top_event(pred) is not None,
    "nkill_exact": _count("nkill", "fatalities"),
    "nwound_exact": _count("nwound", "injuries"),
    "perpetrator_rate": _perpetrator,
    "event_date_exact": date_exact,
    "country_acc": _country,
    "admin1_acc": _admin1,
    "within_25km": _within_25km,
}


def score_gtd(pairs: Sequence[Pair]) -> Metrics:
    """All GTD metrics over (gold row, prediction) pairs; weapon recall is per gold type."""
    metrics = aggregate(pairs, CHECKS)
    hits, total = 0, 0
    for row, pred in pairs:
        gold_types = {gold_weapon_type(v) for v in row["gold"].get("weapon_types") or []} - {None}
        hits += len(gold_types & predicted_weapon_types(pred))
        total += len(gold_types)
    metrics["weapon_recall"] = hits / total if total else None
    metrics["n_weapon_recall"] = total
    return metrics
