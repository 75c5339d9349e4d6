"""Score the pipeline on the dev files and print the README's evaluation table (Markdown).

Usage: python scripts/eval_table.py [DEV_DIR] [--limit N] [--json OUT]

Each row is one issue target: the file, the metric, the measured value and the target.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dateline.eval.runner import evaluate

DEFAULT_DEV = Path(__file__).resolve().parents[1].parent / "shared/eval/dev"

# (file, metric, target, "≥" or "≤"): the quality targets of the open issues.
TARGETS = [
    ("acled_dev", "event_recall", 0.97, "≥"),
    ("acled_dev", "event_type_acc", 0.90, "≥"),
    ("acled_dev", "sub_event_type_macro_f1", 0.80, "≥"),
    ("acled_dev", "event_date_exact", 0.95, "≥"),
    ("acled_dev", "country_acc", 0.97, "≥"),
    ("acled_dev", "admin1_acc", 0.85, "≥"),
    ("acled_dev", "within_25km", 0.75, "≥"),
    ("acled_dev", "fatalities_exact", 0.85, "≥"),
    ("acled_dev", "inter1_acc", 0.85, "≥"),
    ("acled_dev", "inter2_acc", 0.80, "≥"),
    ("acled_south_asia_2015_old_taxonomy", "event_type_acc", None, "≥"),
    ("plover_gsr", "category_acc_conflict", 0.75, "≥"),
    ("plover_gsr", "source_country_acc", 0.80, "≥"),
    ("plover_gsr", "target_country_acc", 0.80, "≥"),
    ("news_negatives_agnews", "false_event_rate", 0.02, "≤"),
    ("news_negatives_and_throughput_bbc", "false_event_rate", 0.02, "≤"),
    ("geo_lgl", "recall", 0.85, "≥"),
    ("geo_lgl", "acc_161km_matched", 0.90, "≥"),
    ("geo_geovirus", "recall", 0.85, "≥"),
    ("geo_geovirus", "acc_161km_matched", 0.90, "≥"),
    ("timebank_tbaq", "date_value_exact", 0.85, "≥"),
    ("timebank_tbaq", "date_value_exact_no_year", 0.85, "≥"),
    ("gtd_dev", "nkill_exact", 0.90, "≥"),
    ("gtd_dev", "nwound_exact", 0.85, "≥"),
    ("gtd_dev", "weapon_recall", 0.85, "≥"),
    ("gtd_dev", "perpetrator_rate", 0.80, "≥"),
    ("wikievents_dev", "attacker_recall", 0.60, "≥"),
    ("wikievents_dev", "target_recall", 0.60, "≥"),
    ("rams_dev", "attacker_recall", 0.60, "≥"),
    ("rams_dev", "target_recall", 0.60, "≥"),
    ("case2021_dev", "sub_event_type_weighted_f1", 0.80, "≥"),
    ("case2021_dev", "unseen_no_event", None, "≥"),
]


def table(results: dict[str, dict[str, object]]) -> str:
    """Markdown rows for every target whose file was scored."""
    lines = ["| file | metric | measured | target |", "|---|---|---|---|"]
    for file, metric, target, sense in TARGETS:
        if file not in results:
            continue
        value = results[file].get(metric)
        shown = f"{value:.4f}" if isinstance(value, float) else "–"
        goal = f"{sense} {target:.2f}" if target is not None else "(reported)"
        lines.append(f"| {file} | {metric} | {shown} | {goal} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dev", nargs="?", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write all scores here")
    args = parser.parse_args()
    files = sorted(args.dev.glob("*.jsonl"))
    results = evaluate(files, limit=args.limit)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    print(table(results))


if __name__ == "__main__":
    main()
