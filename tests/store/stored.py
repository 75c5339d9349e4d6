"""A small store built from hand-written records (no pipeline): two reports of one attack
in Baqubah, a bombing in Basra, a rocket attack in Erbil."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from dateline.models import Article
from dateline.store.filters import register_functions
from dateline.store.ingestion import store_results
from dateline.store.merger import rebuild_events
from dateline.store.schema import connect
from tests.dedupe.records import CHECKPOINT_A, CHECKPOINT_B, MARKET, record

ROCKETS = (
    "Two rockets struck near Erbil airport on Friday, officials in Erbil said; no one was hurt."
)


def _article(article_id: str, text: str, published: str, source: str) -> Article:
    when = dt.datetime.fromisoformat(published)
    return Article(text=text, id=article_id, published=when, source=source, title=text[:30])


def _result(article_id: str, published: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": article_id,
        "title": None,
        "url": None,
        "published": published,
        "language": "en",
        "events": events,
        "places": [],
        "dates": [],
        "warnings": [],
    }


def rows() -> list[tuple[Article, dict[str, Any]]]:
    bomb = record(
        place="Basra",
        sub_type="Remote explosive/landmine/IED",
        killed=0,
        event_type="Explosions/Remote violence",
        actor="Unidentified Armed Group (Iraq)",
    )
    rockets = record(
        place="Erbil",
        date="2024-04-05",
        sub_type="Shelling/artillery/missile attack",
        event_type="Explosions/Remote violence",
        killed=0,
        injured=0,
        actor="Islamic Resistance in Iraq",
    )
    return [
        (
            _article("a", CHECKPOINT_A, "2024-03-12", "Courier"),
            _result("a", "2024-03-12", [record()]),
        ),
        (_article("b", CHECKPOINT_B, "2024-03-12", "Wire"), _result("b", "2024-03-12", [record()])),
        (_article("m", MARKET, "2024-03-12", "Courier"), _result("m", "2024-03-12", [bomb])),
        (_article("r", ROCKETS, "2024-04-06", "Wire"), _result("r", "2024-04-06", [rockets])),
    ]


def build(path: Path) -> sqlite3.Connection:
    conn = connect(path)
    store_results(conn, rows())
    rebuild_events(conn)
    register_functions(conn)
    return conn
