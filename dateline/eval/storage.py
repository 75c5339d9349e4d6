"""The store on an evaluation file: ingest the coded rows, write the events, score the
dedupe (B-cubed, pairwise, cluster ratio) and the counting questions (GVA).

The rows' per-article results are stored as ``dateline ingest`` stores them (the same
``store_results``), so the articles are not coded twice; the events go through the same
JSONL export as ``dateline events``.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dateline.errors import DatelineError
from dateline.eval.clusters import dedupe_scores, predicted_clusters
from dateline.eval.counting import count_scores
from dateline.eval.dataset import to_article
from dateline.store.exports import write_events
from dateline.store.filters import Filters, register_functions
from dateline.store.ingestion import store_results
from dateline.store.merger import rebuild_events
from dateline.store.schema import connect


def store_scores(rows: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]) -> dict:
    """Dedupe and counting scores, or ``{"store": "not runnable: ..."}`` when the store fails."""
    with tempfile.TemporaryDirectory(prefix="dateline-eval-") as tmp:
        try:
            return _scores(Path(tmp), rows, predictions)
        except (DatelineError, sqlite3.Error, OSError) as exc:
            return {"store": f"not runnable: {exc}"}


def _scores(tmp: Path, rows: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]):
    conn = connect(tmp / "eval.db")
    try:
        store_results(
            conn, [(_article(row), pred) for row, pred in zip(rows, predictions, strict=True)]
        )
        rebuild_events(conn)
        register_functions(conn)
        write_events(conn, Filters(), "jsonl", tmp / "events.jsonl")
        with (tmp / "events.jsonl").open(encoding="utf-8") as handle:
            events = [json.loads(line) for line in handle]
        gold = {str(row["id"]): str(row["gold"]["incident_id"]) for row in rows}
        scores: dict[str, Any] = dict(dedupe_scores(gold, predicted_clusters(gold, events)))
        scores.update(count_scores(conn, rows))
    finally:
        conn.close()
    return scores


def _article(row: dict[str, Any]):
    article = to_article(row)
    meta = row.get("meta") or {}
    article.url = meta.get("original_url") or meta.get("url")
    return article
