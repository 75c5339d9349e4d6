"""Ingest: code articles and store them, idempotently and in crash-safe batches.

An article already stored (same id and text, or the same normalised text under another id)
is skipped before coding; a changed article (same id, new text) replaces its own rows.
Each batch of coded articles is written in one transaction, so after a crash a re-run
finds the committed batches stored and codes only the rest. Events are rebuilt (merged)
after the last batch, in one transaction, and on any run that finds them stale.
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dateline.dedupe.clues import clues
from dateline.dedupe.report import campaign_cue
from dateline.dedupe.similarity import terms
from dateline.errors import InputError
from dateline.models import Article, ArticleResult, to_dict
from dateline.settings import Settings
from dateline.store.merger import mark_stale, rebuild_events, stale
from dateline.store.schema import connect

BATCH_SIZE = 64


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did; ``line`` is its closing line for stderr."""

    read: int = 0
    coded: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    reports: int = 0
    events: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def text_hash(text: str) -> str:
    """The hash of the normalised text (whitespace collapsed, case folded)."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest()


def ingest(
    inputs: Iterable[str],
    db: Path,
    published: dt.datetime | None = None,
    settings: Settings | None = None,
    batch_size: int = BATCH_SIZE,
) -> IngestSummary:
    """Read ``inputs`` as ``extract`` does, code the new articles, store them (one
    transaction per ``batch_size`` articles), then merge the events."""
    from dateline.ingest import read_inputs
    from dateline.pipeline import Pipeline

    summary = IngestSummary()
    started = time.perf_counter()
    conn = connect(db)
    try:
        aliases: dict[str, str] = {}
        fresh = _fresh(conn, read_inputs(inputs, published), summary, aliases)
        coded = _coded(Pipeline(settings).run_safe, fresh, summary)
        store_results(conn, coded, summary, batch_size)
        store_aliases(conn, aliases)
        summary.events = _finish(conn)
    finally:
        conn.close()
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def store_aliases(conn: sqlite3.Connection, aliases: dict[str, str]) -> None:
    """Record each duplicate's id as an alias of the stored article with its text (in one
    transaction); its reports are then listed under both ids."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for alias, digest in sorted(aliases.items()):
            _alias(conn, alias, digest)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _alias(conn: sqlite3.Connection, alias: str, digest: str) -> None:
    row = conn.execute(
        "SELECT id FROM articles WHERE text_hash = ? AND id != ? ORDER BY id LIMIT 1",
        (digest, alias),
    ).fetchone()
    known = conn.execute(
        "SELECT article_id FROM article_aliases WHERE alias_id = ?", (alias,)
    ).fetchone()
    if row is None or (known is not None and known[0] == row[0]):
        return
    conn.execute(
        "INSERT OR REPLACE INTO article_aliases (alias_id, article_id) VALUES (?, ?)",
        (alias, row[0]),
    )
    mark_stale(conn)


def _finish(conn: sqlite3.Connection) -> int:
    if stale(conn):
        rebuild_events(conn)
    return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])


def _fresh(
    conn: sqlite3.Connection,
    items: Iterable[Article | InputError],
    summary: IngestSummary,
    aliases: dict[str, str],
) -> Iterator[Article]:
    """The articles that need coding: new ones and changed ones, each with an id. A
    duplicate (the same text under another id) goes to ``aliases``: its id → the text hash."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            _failed(summary, str(item))
            continue
        summary.read += 1
        digest = text_hash(item.text)
        item.id = item.id or f"doc-{digest[:16]}"
        status = _status(conn, item.id, digest, seen)
        if status == "new":
            seen.add(digest)
            yield item
            continue
        setattr(summary, status, getattr(summary, status) + 1)
        if status == "duplicates":
            aliases[item.id] = digest


def _status(conn: sqlite3.Connection, article_id: str, digest: str, seen: set[str]) -> str:
    row = conn.execute("SELECT text_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is not None and row[0] == digest:
        return "unchanged"
    if digest in seen:
        return "duplicates"
    other = conn.execute(
        "SELECT 1 FROM articles WHERE text_hash = ? AND id != ? LIMIT 1", (digest, article_id)
    ).fetchone()
    return "duplicates" if other else "new"


def _coded(
    run: Any, articles: Iterator[Article], summary: IngestSummary
) -> Iterator[tuple[Article, ArticleResult]]:
    """(article, result) pairs from the pipeline, in order; failures reported and skipped."""
    pending: collections.deque[Article] = collections.deque()

    def remembered() -> Iterator[Article]:
        for article in articles:
            pending.append(article)
            yield article

    for item in run(remembered()):
        article = pending.popleft()
        if isinstance(item, Exception):
            _failed(summary, str(item))
            continue
        yield article, item


def _failed(summary: IngestSummary, message: str) -> None:
    summary.failed += 1
    summary.errors.append(message)


def store_results(
    conn: sqlite3.Connection,
    pairs: Iterable[tuple[Article, ArticleResult | dict[str, Any]]],
    summary: IngestSummary | None = None,
    batch_size: int = BATCH_SIZE,
) -> None:
    """Store coded articles (results as records or as the output contract's dicts), one
    transaction per batch of ``batch_size``."""
    summary = summary if summary is not None else IngestSummary()
    batch: list[tuple[Article, dict[str, Any]]] = []
    for article, result in pairs:
        batch.append((article, result if isinstance(result, dict) else to_dict(result)))
        if len(batch) >= batch_size:
            _commit(conn, batch, summary)
            batch = []
    if batch:
        _commit(conn, batch, summary)


def _commit(
    conn: sqlite3.Connection, batch: list[tuple[Article, dict[str, Any]]], summary: IngestSummary
) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for article, result in batch:
            _store(conn, article, result, summary)
        mark_stale(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _store(
    conn: sqlite3.Connection, article: Article, result: dict[str, Any], summary: IngestSummary
) -> None:
    assert article.id is not None
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
        conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
        conn.execute("DELETE FROM search WHERE article_id = ?", (article.id,))
        summary.replaced += 1
    else:
        summary.coded += 1
    conn.execute(_INSERT_ARTICLE, _article_row(conn, article, result))
    events = result.get("events") or []
    conn.executemany(_INSERT_REPORT, [_report_row(article.id, e) for e in events])
    evidence = " \n".join(s["text"] for e in events for s in e.get("evidence") or [])
    conn.execute(
        "INSERT INTO search (article_id, title, text, evidence) VALUES (?, ?, ?, ?)",
        (article.id, article.title or "", article.text, evidence),
    )
    summary.reports += len(events)


_INSERT_ARTICLE = """INSERT INTO articles (id, text_hash, title, url, published, source_id,
    language, text, terms, campaign, result, ingested_at, clues)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""

_INSERT_REPORT = """INSERT INTO reports (article_id, event_id, role, event_date, event_type,
    sub_event_type, location, fatalities, injuries, record)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


def _article_row(conn: sqlite3.Connection, article: Article, result: dict[str, Any]) -> tuple:
    rest = {k: v for k, v in result.items() if k != "events"}
    return (
        article.id,
        text_hash(article.text),
        article.title,
        article.url,
        result.get("published") or _iso(article.published),
        _source_id(conn, article.source or _outlet(article.url)),
        result.get("language") or article.language,
        article.text,
        json.dumps(terms(article.text), ensure_ascii=False),
        int(campaign_cue(article.text)),
        json.dumps(rest, ensure_ascii=False),
        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        json.dumps(clues(article.text), ensure_ascii=False),
    )


def _report_row(article_id: str, event: dict[str, Any]) -> tuple:
    location = event.get("location") or {}
    return (
        article_id,
        event["event_id"],
        event.get("role") or "main",
        event.get("event_date"),
        event.get("event_type"),
        event.get("sub_event_type"),
        location.get("name"),
        (event.get("fatalities") or {}).get("best"),
        (event.get("injuries") or {}).get("best"),
        json.dumps(event, ensure_ascii=False),
    )


def _source_id(conn: sqlite3.Connection, name: str | None) -> int | None:
    if not name:
        return None
    conn.execute("INSERT OR IGNORE INTO sources (name) VALUES (?)", (name,))
    return int(conn.execute("SELECT id FROM sources WHERE name = ?", (name,)).fetchone()[0])


def _outlet(url: str | None) -> str | None:
    """The outlet of an article without a named source: its web host."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _iso(when: dt.datetime | None) -> str | None:
    return when.date().isoformat() if when else None
