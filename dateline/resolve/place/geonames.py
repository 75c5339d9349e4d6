"""GeoNames dumps: adding a user's GeoNames files to the gazetteer index.

Accepts the tab-separated main format (allCountries.txt, cities*.txt: 19 columns),
alternateNamesV2.txt (adds names to places already present) and admin1CodesASCII.txt
(admin1 names, used for the places imported after it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline import vocabulary as V
from dateline.errors import ResourceError
from dateline.resolve.place.gazetteer import (
    INDEXES,
    SCHEMA,
    SCHEMA_VERSION,
    Row,
    insert_rows,
)
from dateline.text.names import fold, name_key, skeleton_key

GEONAMES_COLUMNS = 19


def import_dump(path_or_file: Path, db_path: Path) -> int:
    """Import a GeoNames dump into the index at ``db_path``; returns the rows read."""
    if not Path(path_or_file).is_file():
        raise ResourceError(f"no GeoNames file at {path_or_file}", hint="pass a GeoNames dump")
    if not db_path.exists():
        create_empty(db_path)
    with sqlite3.connect(db_path) as conn, open(path_or_file, encoding="utf-8") as fh:
        count = _import_lines(conn, fh, Path(path_or_file).name)
        conn.executescript(INDEXES)
    conn.close()
    return count


def create_empty(path: Path) -> None:
    """An index with no places, for users who import their own GeoNames dumps."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        db.executescript(SCHEMA + INDEXES)
        db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        db.execute("INSERT INTO meta VALUES ('origin', 'import')")
    db.close()


def _import_lines(conn: sqlite3.Connection, lines: Iterable[str], filename: str) -> int:
    rows = [line.rstrip("\n").split("\t") for line in lines if line.strip()]
    rows = [r for r in rows if not r[0].startswith("#")]
    if filename.startswith("admin1Codes"):
        return _import_admin1(conn, rows)
    if filename.startswith("alternateNames"):
        return _import_alternate_names(conn, rows)
    return insert_rows(conn, _geonames_rows(conn, rows))


def _import_admin1(conn: sqlite3.Connection, rows: list[list[str]]) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS admin1_code (code TEXT PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT OR REPLACE INTO admin1_code VALUES (?, ?)", [r[:2] for r in rows])
    return len(rows)


def _import_alternate_names(conn: sqlite3.Connection, rows: list[list[str]]) -> int:
    """alternateNamesV2 columns: id, geonameid, isolanguage, name, ... ; links and codes
    (isolanguage 'link', 'post', 'iata', ...) are not names."""
    count = 0
    for row in rows:
        if len(row) < 4 or row[2] in V.words("geo_gazetteer", "not_names"):
            continue
        ids = conn.execute("SELECT id FROM place WHERE geonameid = ?", (int(row[1]),))
        for (place_id,) in ids.fetchall():
            conn.execute(
                "INSERT INTO name VALUES (?,?,?,?)",
                (name_key(row[3]), skeleton_key(row[3]), fold(row[3]), place_id),
            )
            count += 1
    return count


def _geonames_rows(conn: sqlite3.Connection, rows: list[list[str]]) -> Iterator[Row]:
    admin1 = _admin1_names(conn)
    for r in rows:
        if len(r) < GEONAMES_COLUMNS - 1:
            continue
        code = f"{r[8]}.{r[10]}"
        alternates = tuple(a for a in r[3].split(",") if a)
        yield Row(int(r[0]), r[1], r[6], r[7], r[8] or None, admin1.get(code), None,
                  float(r[4]), float(r[5]), int(r[14] or 0), (r[2], *alternates))  # fmt: skip


def _admin1_names(conn: sqlite3.Connection) -> dict[str, str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='admin1_code'"
    ).fetchone()
    return dict(conn.execute("SELECT code, name FROM admin1_code")) if exists else {}
