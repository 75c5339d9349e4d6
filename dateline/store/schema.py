"""The store's SQLite schema, versioned with ``PRAGMA user_version`` and migrated forward.

Tables a person can read: ``sources`` (outlets), ``articles`` (text, metadata, the
per-article result), ``reports`` (which article said what: each article's own record of
each event, and the event it was merged into), ``events`` (deduplicated, merged records),
``merge_decisions`` (why reports were or were not merged), ``article_aliases`` (other ids
that brought the same text: listed with the stored article's reports), ``search`` (FTS5 over article
text and evidence), plus views ``event_list`` and ``event_articles``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dateline.errors import StoreError

_V1 = """
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    text_hash TEXT NOT NULL,
    title TEXT,
    url TEXT,
    published TEXT,
    source_id INTEGER REFERENCES sources(id),
    language TEXT,
    text TEXT NOT NULL,
    terms TEXT NOT NULL,
    campaign INTEGER NOT NULL DEFAULT 0,
    result TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE TABLE events (
    event_uid TEXT PRIMARY KEY,
    event_date TEXT,
    event_day TEXT,
    time_precision INTEGER,
    disorder_type TEXT,
    event_type TEXT,
    sub_event_type TEXT,
    actor1 TEXT,
    inter1 INTEGER,
    actor2 TEXT,
    inter2 INTEGER,
    actors TEXT,
    iso TEXT,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    location TEXT,
    latitude REAL,
    longitude REAL,
    geo_precision INTEGER,
    fatalities INTEGER,
    fatalities_low INTEGER,
    fatalities_high INTEGER,
    injuries INTEGER,
    n_reports INTEGER NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX events_day ON events(event_day, event_uid);
CREATE INDEX events_place ON events(iso, admin1);
CREATE TABLE reports (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    role TEXT NOT NULL,
    event_uid TEXT REFERENCES events(event_uid) ON DELETE SET NULL,
    event_date TEXT,
    event_type TEXT,
    sub_event_type TEXT,
    location TEXT,
    fatalities INTEGER,
    injuries INTEGER,
    record TEXT NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX reports_event ON reports(event_uid);
CREATE VIRTUAL TABLE search USING fts5(article_id UNINDEXED, title, text, evidence);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_V2 = """
CREATE TABLE merge_decisions (
    left_article TEXT NOT NULL,
    left_event TEXT NOT NULL,
    right_article TEXT NOT NULL,
    right_event TEXT NOT NULL,
    outcome TEXT NOT NULL,
    reason TEXT NOT NULL,
    score REAL,
    threshold REAL NOT NULL,
    distance_km REAL,
    text_similarity REAL,
    parts TEXT NOT NULL,
    FOREIGN KEY (left_article, left_event) REFERENCES reports(article_id, event_id)
        ON DELETE CASCADE,
    FOREIGN KEY (right_article, right_event) REFERENCES reports(article_id, event_id)
        ON DELETE CASCADE
);
CREATE INDEX merge_decisions_left ON merge_decisions(left_article, left_event);
CREATE INDEX merge_decisions_right ON merge_decisions(right_article, right_event);
CREATE VIEW event_list AS
    SELECT e.event_uid, e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2,
           e.location, e.admin1, e.country, e.latitude, e.longitude, e.fatalities,
           e.injuries, e.n_reports,
           (SELECT group_concat(DISTINCT s.name) FROM reports r
              JOIN articles a ON a.id = r.article_id JOIN sources s ON s.id = a.source_id
             WHERE r.event_uid = e.event_uid) AS sources
      FROM events e;
CREATE VIEW event_articles AS
    SELECT r.event_uid, r.article_id, r.event_id, r.role, a.title, a.url, a.published,
           s.name AS source
      FROM reports r JOIN articles a ON a.id = r.article_id
      LEFT JOIN sources s ON s.id = a.source_id;
"""

_V3 = """
CREATE TABLE article_aliases (
    alias_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_aliases_article ON article_aliases(article_id);
"""

# Version 4: each article's dedupe clues (names, streets, ages) as JSON; NULL in a store
# migrated from version 3 until the merge reads them from the text (``merger``).
_V4 = """
ALTER TABLE articles ADD COLUMN clues TEXT
"""

# (version, script): each script takes the schema from version - 1 to version.
MIGRATIONS: tuple[tuple[int, str], ...] = ((1, _V1), (2, _V2), (3, _V3), (4, _V4))
SCHEMA_VERSION = MIGRATIONS[-1][0]


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) a store, migrated to the current schema version."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    migrate(conn)
    return conn


def version(conn: sqlite3.Connection) -> int:
    """The schema version the database is at."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply every migration above the database's version up to ``target``, each in its own
    transaction; returns the version reached."""
    current = version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(f"store schema version {current} is newer than this Dateline's")
    for number, script in MIGRATIONS:
        if current < number <= target:
            _apply(conn, number, script)
            current = number
    return current


def _apply(conn: sqlite3.Connection, number: int, script: str) -> None:
    statements = [s.strip() for s in script.split(";\n") if s.strip()]
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number}")
    except sqlite3.Error:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
