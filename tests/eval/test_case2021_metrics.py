"""The CASE 2021 scorer on hand-made sentences labelled with ACLED sub-event types."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval.case2021 import score_case2021, weighted_f1
from dateline.eval.dataset import detect_family, read_rows
from dateline.eval.runner import evaluate
from dateline.models import Article, ArticleResult, EventRecord, to_dict

_TYPES = {
    "Armed clash": "Battles",
    "Attack": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Air/drone strike": "Explosions/Remote violence",
}


def main_event(sub_type: str, index: int = 0, confidence: float = 0.8) -> EventRecord:
    """A dated-nowhere main event of one sub-type."""
    return EventRecord(
        event_id=f"e{index}",
        role="main",
        event_date=None,
        time_precision=None,
        disorder_type=None,
        event_type=_TYPES[sub_type],
        sub_event_type=sub_type,
        confidence=confidence,
    )


def case_row(label: str | None, text: str = "Troops fought rebels near the river.") -> dict:
    """A gold row: an ACLED sub-event type, or None for a type ACLED does not code."""
    gold = {
        "label": (label or "DIPLO").upper(),
        "acled_sub_event_type": label,
        "acled_event_type": _TYPES.get(label or ""),
        "is_unseen_type": label is None,
    }
    return {"id": "r", "text": text, "published": None, "gold": gold}


def predicted(*sub_types: str, confidences: tuple[float, ...] = ()) -> dict:
    """An output record with one main event per sub-type given."""
    record = ArticleResult(id="r", title=None, url=None, published=None, language="en")
    for index, sub_type in enumerate(sub_types):
        confidence = confidences[index] if confidences else 0.8
        record.events.append(main_event(sub_type, index, confidence))
    return to_dict(record)


def test_weighted_f1_weights_each_label_by_its_gold_support():
    gold = ["a", "a", "a", "b"]
    # a: tp 2, fn 1, fp 0 -> 0.8; b: tp 1, fp 1 -> 2/3; weighted (3*0.8 + 1*2/3) / 4
    assert weighted_f1(gold, ["a", "a", "b", "b"]) == pytest.approx((3 * 0.8 + 2 / 3) / 4)
    assert weighted_f1(["a", "b"], ["a", "b"]) == 1.0
    assert weighted_f1([], []) is None


def test_no_event_counts_as_a_wrong_label():
    assert weighted_f1(["a", "a"], ["a", None]) == pytest.approx(2 / 3)


def test_scores_sub_type_and_event_type_on_coded_rows_only():
    pairs = [
        (case_row("Armed clash"), predicted("Armed clash")),
        (case_row("Attack", "Gunmen shot dead a farmer."), predicted("Armed clash")),
        (case_row("Peaceful protest", "Hundreds marched peacefully."), predicted()),
        (case_row(None, "The ministers met in Geneva."), predicted()),
        (case_row(None, "An earthquake struck the coast."), predicted("Air/drone strike")),
    ]
    metrics = score_case2021(pairs)
    assert metrics["n"] == 5
    assert metrics["sub_event_type_acc"] == pytest.approx(1 / 3)
    assert metrics["n_sub_event_type_acc"] == 3
    assert metrics["event_type_acc"] == pytest.approx(1 / 3)
    assert metrics["event_recall"] == pytest.approx(2 / 3)
    assert metrics["unseen_no_event"] == 0.5 and metrics["n_unseen_no_event"] == 2
    # Armed clash: tp 1, fp 1 -> 2/3 (support 1); Attack and Peaceful protest: 0
    assert metrics["sub_event_type_weighted_f1"] == pytest.approx((2 / 3) / 3)


def test_event_type_can_be_right_when_the_sub_type_is_wrong():
    pair = (case_row("Attack"), predicted("Armed clash"))
    pair[1]["events"][0]["event_type"] = "Violence against civilians"
    metrics = score_case2021([pair])
    assert metrics["event_type_acc"] == 1.0 and metrics["sub_event_type_acc"] == 0.0


def test_top_event_is_the_most_confident_main_event():
    pair = (case_row("Air/drone strike"), predicted("Armed clash", "Air/drone strike"))
    pair[1]["events"][0]["confidence"], pair[1]["events"][1]["confidence"] = 0.4, 0.9
    assert score_case2021([pair])["sub_event_type_acc"] == 1.0


class ClashPipeline:
    """A stand-in with the pipeline's interface: one Armed clash per article."""

    def run(self, articles: list[Article]):
        for article in articles:
            record = ArticleResult(
                id=article.id, title=None, url=None, published=None, language="en"
            )
            record.events = [main_event("Armed clash")]
            yield record


def test_a_file_is_told_case2021_by_its_gold_keys_and_scored(tmp_path: Path):
    path = tmp_path / "sentences.jsonl"
    rows = [case_row("Armed clash"), case_row(None, "Floods swept the valley.")]
    path.write_text("\n".join(json.dumps(row) for row in rows))
    assert detect_family(path, read_rows(path)) == "case2021"
    metrics = evaluate([path], pipeline=ClashPipeline())["sentences"]
    assert metrics["family"] == "case2021"
    assert metrics["sub_event_type_weighted_f1"] == 1.0
    assert metrics["unseen_no_event"] == 0.0
