"""GeoNames dumps: adding a user's GeoNames files to the gazetteer index.

Accepts the tab-separated main format (allCountries.txt, cities*.txt: 19 columns),
alternateNamesV2.txt (adds names to places already present) and admin1CodesASCII.txt
(admin1 names, used for the places imported after it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
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
    count = 0
    for alternate in alternate_names(rows):
        ids = conn.execute("SELECT id FROM place WHERE geonameid = ?", (alternate.geonameid,))
        for (place_id,) in ids.fetchall():
            conn.execute("INSERT INTO name VALUES (?,?,?,?)", name_row(alternate.name, place_id))
            count += 1
    return count


@dataclass(frozen=True, slots=True)
class AlternateName:
    geonameid: int
    language: str
    name: str
    preferred: bool


def alternate_names(
    rows: Iterable[list[str]], languages: frozenset[str] | None = None
) -> Iterator[AlternateName]:
    """The names of alternateNamesV2 rows (id, geonameid, isolanguage, name,
    isPreferredName, ...), those of ``languages`` only when given ('' is a name of no
    language); links and codes (isolanguage 'link', 'post', 'iata', ...) are not names."""
    not_names = V.words("geo_gazetteer", "not_names")
    for row in rows:
        if len(row) < 4 or row[2] in not_names or not row[3].strip():
            continue
        if languages is None or row[2] in languages:
            preferred = len(row) > 4 and row[4] == "1"
            yield AlternateName(int(row[1]), row[2], row[3].strip(), preferred)


def name_row(name: str, place_id: int) -> tuple[str, str, str, int]:
    """A row of the ``name`` table: the keys a lookup matches and the folded spelling."""
    return name_key(name), skeleton_key(name), fold(name), place_id


def _geonames_rows(conn: sqlite3.Connection, rows: list[list[str]]) -> Iterator[Row]:
    return dump_rows(rows, AdminNames(_admin1_names(conn)))


@dataclass(slots=True)
class AdminNames:
    """Names of a dump's admin codes: admin1 by "CC.A1", admin2 by "CC.A1.A2"."""

    admin1: dict[str, str] = field(default_factory=dict)
    admin2: dict[str, str] = field(default_factory=dict)

    def of(self, row: list[str]) -> tuple[str | None, str | None]:
        code = f"{row[8]}.{row[10]}"
        return self.admin1.get(code), self.admin2.get(f"{code}.{row[11]}")


def dump_rows(
    rows: Iterable[list[str]], admin: AdminNames, keep: Callable[[list[str]], bool] | None = None
) -> Iterator[Row]:
    """Gazetteer rows of a dump's main-format rows (19 columns), those ``keep`` accepts."""
    for r in rows:
        if len(r) < GEONAMES_COLUMNS - 1 or (keep is not None and not keep(r)):
            continue
        admin1, admin2 = admin.of(r)
        alternates = tuple(a for a in r[3].split(",") if a)
        yield Row(int(r[0]), r[1], r[6], r[7], r[8] or None, admin1, admin2,
                  float(r[4]), float(r[5]), int(r[14] or 0), (r[2], *alternates))  # fmt: skip


def _admin1_names(conn: sqlite3.Connection) -> dict[str, str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='admin1_code'"
    ).fetchone()
    return dict(conn.execute("SELECT code, name FROM admin1_code")) if exists else {}
