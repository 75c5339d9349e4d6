"""PLOVER family: one sentence per row with a gold event category and actor countries."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.eval.matching import country_alpha2
from dateline.eval.scoring import Check, Metrics, Pair, Prediction, Row, aggregate, top_event

# PLOVER's material-conflict categories plus THREATEN: the ones an ACLED-style event can be.
# Verbal conflict (DEMAND, DISAPPROVE, REJECT) and the cooperative categories are not events
# Dateline records, so a sentence of those kinds should yield no event.
CONFLICT_CATEGORIES = frozenset(
    {"ASSAULT", "FIGHT", "COERCE", "PROTEST", "THREATEN", "MOBILIZE", "SANCTION"}
)


def _predicted_category(pred: Prediction) -> str | None:
    event = top_event(pred)
    return ((event or {}).get("plover") or {}).get("event") if event else None


def _category_conflict(row: Row, pred: Prediction) -> bool | None:
    gold = row["gold"].get("event")
    return _predicted_category(pred) == gold if gold in CONFLICT_CATEGORIES else None


def _category_all(row: Row, pred: Prediction) -> bool:
    """Over all rows: a non-conflict gold row is right when we predict no event at all."""
    gold = row["gold"].get("event")
    if gold in CONFLICT_CATEGORIES:
        return _predicted_category(pred) == gold
    return top_event(pred) is None or _predicted_category(pred) == gold


def _conflict_detected(row: Row, pred: Prediction) -> bool | None:
    return top_event(pred) is not None if row["gold"].get("event") in CONFLICT_CATEGORIES else None


def _non_conflict_false_event(row: Row, pred: Prediction) -> bool | None:
    if row["gold"].get("event") in CONFLICT_CATEGORIES:
        return None
    return top_event(pred) is not None


def gold_countries(actors: list) -> set[str]:
    """ISO alpha-2 codes of gold actors; non-country codes (IGO, NGO, CAMEO-only) drop out."""
    codes = (actor.get("code") for actor in actors if isinstance(actor, dict))
    return {alpha2 for alpha2 in map(country_alpha2, codes) if alpha2}


def _actor_country(slot: str, gold_key: str) -> Check:
    def check(row: Row, pred: Prediction) -> bool | None:
        """On conflict rows only: other rows rightly yield no event, hence no actors. The
        target is the event's ``plover.target``, falling back to actor2."""
        gold = gold_countries(row["gold"].get(gold_key) or [])
        if not gold or row["gold"].get("event") not in CONFLICT_CATEGORIES:
            return None
        event = top_event(pred) or {}
        actor = event.get(slot) or {}
        if slot == "actor2":  # PLOVER's recipient, which ACLED's actor2 may leave out
            actor = (event.get("plover") or {}).get("target") or actor
        return country_alpha2(actor.get("country_iso")) in gold

    return check


CHECKS: dict[str, Check] = {
    "category_acc_conflict": _category_conflict,
    "category_acc_all": _category_all,
    "conflict_event_recall": _conflict_detected,
    "non_conflict_event_rate": _non_conflict_false_event,
    "source_country_acc": _actor_country("actor1", "source"),
    "target_country_acc": _actor_country("actor2", "target"),
}


def score_plover(pairs: Sequence[Pair]) -> Metrics:
    """All PLOVER metrics over (gold row, prediction) pairs."""
    return aggregate(pairs, CHECKS)
