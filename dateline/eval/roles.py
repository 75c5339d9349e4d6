"""Argument-role family (WikiEvents, RAMS): who attacked whom with what, against our actors."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from dateline.eval.matching import fold, rate, texts_overlap
from dateline.eval.scoring import Metrics, Pair, Prediction

# Gold role names (lower-cased) grouped into the three slots we score.
ROLE_SLOTS: dict[str, str] = {
    "attacker": "attacker",
    "killer": "attacker",
    "injurer": "attacker",
    "target": "target",
    "victim": "target",
    "instrument": "instrument",
    "explosivedevice": "instrument",
}

_CONFLICT_TYPES = frozenset({("conflict", "attack"), ("life", "die"), ("life", "injure")})


def is_conflict_type(event_type: str) -> bool:
    """Attacks, and deaths or injuries not from illness or natural causes."""
    parts = event_type.lower().split(".")
    if tuple(parts[:2]) not in _CONFLICT_TYPES:
        return False
    subtype = parts[2] if len(parts) > 2 else ""
    return subtype != "nonviolentdeath" and not subtype.startswith("illness")


def gold_events(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """WikiEvents rows hold a list of events; a RAMS row holds one, at the top level."""
    if "events" in gold:
        return [
            {"type": e.get("type", ""), "arguments": e.get("arguments", [])} for e in gold["events"]
        ]
    return [{"type": gold.get("event_type", ""), "arguments": gold.get("arguments", [])}]


def gold_arguments(gold: dict[str, Any]) -> set[tuple[str, str]]:
    """(slot, text) pairs of the conflict events' scored arguments, deduplicated per row."""
    return {
        (ROLE_SLOTS[arg["role"].lower()], arg["text"])
        for event in gold_events(gold)
        if is_conflict_type(event["type"])
        for arg in event["arguments"]
        if arg.get("role", "").lower() in ROLE_SLOTS and fold(arg.get("text"))
    }


def _actor_strings(actors: list[dict[str, Any] | None]) -> Iterator[str]:
    for actor in filter(None, actors):
        yield from filter(None, (actor.get("name"), actor.get("text")))


def candidates(pred: Prediction, slot: str) -> list[str]:
    """Our strings that may fill a slot, over all events of the article."""
    out: list[str] = []
    for event in pred.get("events", []):
        if slot == "attacker":
            out += _actor_strings([event.get("actor1"), *event.get("assoc_actor_1", [])])
            attribution = event.get("attribution") or {}
            out += attribution.get("claimed_by", [])
            out += [blame.get("actor") for blame in attribution.get("blamed", [])]
        elif slot == "target":
            out += _actor_strings([event.get("actor2"), *event.get("assoc_actor_2", [])])
        else:
            out += [w.get(k) for w in event.get("weapons", []) for k in ("name", "detail")]
    return [text for text in out if text]


def score_roles(pairs: Sequence[Pair]) -> Metrics:
    """Recall of gold attacker, target/victim and instrument arguments of conflict events."""
    flags: dict[str, list[bool]] = {"attacker": [], "target": [], "instrument": []}
    rows_scored = 0
    for row, pred in pairs:
        arguments = gold_arguments(row["gold"])
        rows_scored += bool(arguments)
        for slot, text in arguments:
            flags[slot].append(any(texts_overlap(text, c) for c in candidates(pred, slot)))
    metrics: Metrics = {"n": len(pairs), "n_conflict_rows": rows_scored}
    for slot, values in flags.items():
        metrics[f"{slot}_recall"] = rate(values)
        metrics[f"n_{slot}_recall"] = len(values)
    return metrics
