"""Quality gate: the pipeline on small fixed subsets of the dev data must not fall below floors.

Skipped where the evaluation data (../shared/eval/dev beside the repository) is absent.
Subsets take every k-th row (``evaluate(limit=...)``), so the gate is deterministic.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dateline.eval.runner import evaluate

DEV_DIR = Path(__file__).parents[2].parent / "shared/eval/dev"

# Rows per file: about a minute in all on two cores (well under the 4-minute budget).
LIMITS = {
    "acled_dev": 300,
    "acled_south_asia_2015_old_taxonomy": 100,
    "gtd_dev": 100,
    "plover_gsr": 150,
    "geo_lgl": 60,
    "geo_geovirus": 40,
    "timebank_tbaq": 60,
    "rams_dev": 150,
    "wikievents_dev": 20,
    "news_negatives_agnews": 400,
    "news_negatives_and_throughput_bbc": 60,
    "case2021_dev": 302,
}

# Pinned a little (0.05) below what the pipeline measured on these subsets when they were
# set; raise them as quality improves, never lower them to let a regression through.
FLOORS: dict[str, dict[str, float]] = {
    "acled_dev": {
        "admin1_acc": 0.44,
        "country_acc": 0.61,
        "event_date_exact": 0.92,
        "event_recall": 0.94,
        "event_type_acc": 0.86,
        "fatalities_exact": 0.88,
        "inter1_acc": 0.83,
        "inter2_acc": 0.78,
        "sub_event_type_acc": 0.84,
        "within_25km": 0.38,
    },
    "acled_south_asia_2015_old_taxonomy": {
        "event_date_exact": 0.71,
        "event_type_acc": 0.74,
        "fatalities_exact": 0.82,
        "within_161km": 0.46,
    },
    "gtd_dev": {
        "event_date_exact": 0.89,
        "event_recall": 0.92,
        "nkill_exact": 0.9,
        "perpetrator_rate": 0.78,
        "weapon_recall": 0.85,
    },
    "plover_gsr": {
        "category_acc_conflict": 0.7,
        "source_country_acc": 0.74,
        "target_country_acc": 0.77,
    },
    "geo_lgl": {"acc_161km_matched": 0.84, "precision": 0.65, "recall": 0.82},
    "geo_geovirus": {"acc_161km_matched": 0.88, "recall": 0.87},
    "timebank_tbaq": {"date_value_exact": 0.81, "date_value_exact_no_year": 0.8},
    "rams_dev": {"attacker_recall": 0.1, "target_recall": 0.08},
    "wikievents_dev": {"attacker_recall": 0.42, "instrument_recall": 0.28, "target_recall": 0.26},
    "case2021_dev": {"sub_event_type_weighted_f1": 0.75, "unseen_no_event": 0.56},
    "news_negatives_agnews": {"docs_per_s": 30.0},
    "news_negatives_and_throughput_bbc": {"docs_per_s": 4.0},
}

# Lower is better for these: the gate caps them (the issue target is 0.02 false events).
CEILINGS: dict[str, dict[str, float]] = {
    "news_negatives_agnews": {"false_event_rate": 0.025},
    "news_negatives_and_throughput_bbc": {"false_event_rate": 0.05},  # ~30 sports rows
    "plover_gsr": {"non_conflict_event_rate": 0.25},
}

pytestmark = [
    pytest.mark.skipif(not DEV_DIR.is_dir(), reason=f"no evaluation data at {DEV_DIR}"),
    pytest.mark.skipif(
        importlib.util.find_spec("dateline.pipeline") is None, reason="pipeline not built yet"
    ),
]


@pytest.fixture(scope="module")
def results() -> dict[str, dict]:
    """Every gated file evaluated once, sharing one pipeline (its models load once)."""
    from dateline.pipeline import Pipeline
    from dateline.settings import Settings

    pipeline = Pipeline(Settings())
    out: dict[str, dict] = {}
    for name, limit in LIMITS.items():
        out.update(evaluate([DEV_DIR / f"{name}.jsonl"], limit=limit, pipeline=pipeline))
    return out


def test_no_article_fails(results: dict[str, dict]):
    failed = {name: m["first_error"] for name, m in results.items() if "failed" in m}
    assert not failed, f"articles failed: {failed}"


def _cases(bounds: dict[str, dict[str, float]]) -> list[tuple[str, str, float]]:
    return [(f, metric, bound) for f, caps in bounds.items() for metric, bound in caps.items()]


@pytest.mark.parametrize(("file", "metric", "floor"), _cases(FLOORS))
def test_metric_at_least_floor(results: dict[str, dict], file: str, metric: str, floor: float):
    value = results[file][metric]
    assert value is not None, f"{file}.{metric} had nothing to score"
    assert value >= floor, f"{file}.{metric} = {value:.3f} fell below its floor {floor}"


@pytest.mark.parametrize(("file", "metric", "ceiling"), _cases(CEILINGS))
def test_metric_at_most_ceiling(results: dict[str, dict], file: str, metric: str, ceiling: float):
    value = results[file][metric]
    assert value is not None, f"{file}.{metric} had nothing to score"
    assert value <= ceiling, f"{file}.{metric} = {value:.3f} rose above its ceiling {ceiling}"
