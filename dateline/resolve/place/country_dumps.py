"""GeoNames country dumps: every populated place of a country, downloaded into the index.

``download_country`` fetches ``XX.zip`` (the country's places, the main 19-column format)
and ``alternatenames/XX.zip`` (their alternate names) from the GeoNames dump server, checks
both, and imports them into the gazetteer index in one transaction, so a failure leaves
the index as it was. Rows go through the same import as ``dateline gazetteer import``
(``geonames.dump_rows``, ``gazetteer.insert_rows``), with two differences that keep the
index coherent: only populated places (class P) and administrative areas (class A) are
kept, and a place the index already holds (the packaged cities and subdivisions share
GeoNames ids) is left as it is. The dump's admin codes are named as the index names them
already (a known place with the same code gives its admin1/admin2 name), else by the
dump's own ADM1/ADM2 rows.

Each import is recorded in the index's ``download`` table (country, date, rows, the zip's
SHA-256 and the server's date), so a second run knows it, and ``dateline gazetteer list``
shows it. The zips are kept under ``geonames/`` beside the index, so a rebuild of the
packaged index (a new Dateline version) imports them again without a network.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from dateline.errors import CorruptDump, UnknownCountry
from dateline.resolve.place.downloads import (
    DownloadOptions,
    Fetched,
    Progress,
    checked_zip,
    fetch_file,
    zip_rows,
)
from dateline.resolve.place.gazetteer import Gazetteer, insert_rows
from dateline.resolve.place.geonames import (
    GEONAMES_COLUMNS,
    AdminNames,
    AlternateName,
    alternate_names,
    dump_rows,
    name_row,
)

KEPT_CLASSES = frozenset("PA")  # populated places and administrative areas
# English names, and names GeoNames gives no language (local spellings, transliterations).
NAME_LANGUAGES = frozenset({"en", ""})
RECORDS = """CREATE TABLE IF NOT EXISTS download (country TEXT PRIMARY KEY, imported TEXT,
    places INTEGER, names INTEGER, known INTEGER, first_place INTEGER, last_place INTEGER,
    url TEXT, sha256 TEXT, bytes INTEGER, modified TEXT)"""
# Asked for each file fetched: a progress function for it, given its label.
FileProgress = Callable[[str], Progress | None]


@dataclass(slots=True)
class CountryImport:
    """What one country's download put in the index (a row of the ``download`` table)."""

    country: str
    imported: str  # when, ISO 8601 UTC
    places: int  # places added
    names: int  # alternate names added to them
    known: int  # places of the dump the index already held, left as they were
    first_place: int
    last_place: int
    url: str
    sha256: str  # of the places zip
    bytes: int
    modified: str | None  # the server's Last-Modified: the dump's date
    status: str = "imported"  # or "already imported": nothing was done


def dumps_dir(gazetteer_path: Path) -> Path:
    """Where downloaded zips are kept: ``geonames/`` beside the index."""
    return gazetteer_path.parent / "geonames"


def country_codes(values: Sequence[str], gaz: Gazetteer) -> list[str]:
    """ISO 3166-1 alpha-2 codes of ``values`` (codes or country names), in order, once
    each; ``UnknownCountry`` names the first that is neither."""
    codes: list[str] = []
    for value in values:
        code = _country_code(value.strip(), gaz)
        if code is None:
            raise UnknownCountry(f"{value!r} is not a country code or name the gazetteer knows")
        if code not in codes:
            codes.append(code)
    return codes


def _country_code(value: str, gaz: Gazetteer) -> str | None:
    if len(value) == 2 and value.upper() in gaz.countries:
        return value.upper()
    for cand in gaz.lookup(value, limit=50):
        if cand.feature_code.startswith("PCL") and cand.match >= 1:  # no loose skeleton hit
            return cand.country_iso
    return None


def download_country(
    iso: str,
    gazetteer_path: Path,
    options: DownloadOptions,
    *,
    force: bool = False,
    progress: FileProgress | None = None,
) -> CountryImport:
    """Download and import country ``iso`` unless the index holds it already (``force``
    downloads and imports it again, replacing the earlier import)."""
    done = recorded(gazetteer_path).get(iso)
    if done is not None and not force:
        done.status = "already imported"
        return done
    places, names = _fetch_pair(iso, gazetteer_path, options, force, progress)
    if progress is not None:
        progress(f"importing {iso}")  # a bar of unknown length while the rows go in
    return import_country(iso, places, names, gazetteer_path, url=_urls(iso, options)[0])


def _urls(iso: str, options: DownloadOptions) -> tuple[str, str]:
    base = options.base_url.rstrip("/")
    return f"{base}/{iso}.zip", f"{base}/alternatenames/{iso}.zip"


def _fetch_pair(
    iso: str,
    gazetteer_path: Path,
    options: DownloadOptions,
    force: bool,
    progress: FileProgress | None,
) -> tuple[Fetched, Fetched]:
    folder = dumps_dir(gazetteer_path)
    targets = (folder / f"{iso}.zip", folder / "alternatenames" / f"{iso}.zip")
    fetched = []
    for url, dest in zip(_urls(iso, options), targets, strict=True):
        if force:
            dest.unlink(missing_ok=True)
        label = f"{dest.parent.name}/{dest.name}" if dest.parent != folder else dest.name
        fetched.append(fetch_file(url, dest, options, progress(label) if progress else None))
        checked_zip(dest, f"{iso}.txt", options)
    return fetched[0], fetched[1]


def import_country(
    iso: str, places: Fetched, names: Fetched, gazetteer_path: Path, *, url: str
) -> CountryImport:
    """Import the checked zips of country ``iso`` in one transaction and record it."""
    member = f"{iso}.txt"
    _check_first_row(places.path, member)
    try:
        record = _import(iso, places, names, gazetteer_path, url)
    except (ValueError, IndexError) as exc:  # a malformed row: the transaction rolled back
        raise CorruptDump(f"{places.path.name} or its alternate names: {exc}") from exc
    return record


def _import(
    iso: str, places: Fetched, names: Fetched, gazetteer_path: Path, url: str
) -> CountryImport:
    member = f"{iso}.txt"
    with sqlite3.connect(gazetteer_path) as conn:  # commits all, or rolls all back
        conn.execute("BEGIN IMMEDIATE")  # the write lock first: the ids it adds are contiguous
        conn.execute(RECORDS)
        _forget(conn, iso)
        first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM place").fetchone()[0]
        known = _known_ids(conn, iso)
        admin = _admin_names(zip_rows(places.path, member), known)
        added = insert_rows(conn, dump_rows(zip_rows(places.path, member), admin, _keeper(known)))
        ids = dict(conn.execute("SELECT geonameid, id FROM place WHERE id >= ?", (first,)))
        alternates = alternate_names(zip_rows(names.path, member), NAME_LANGUAGES)
        named = _add_names(conn, ids, alternates, first)
        record = CountryImport(
            iso, _now(), added, named, _count_known(places.path, member, known), first,
            first + added - 1, url, places.sha256, places.size, places.modified,
        )  # fmt: skip
        _store(conn, record)
    conn.close()
    return record


def _check_first_row(path: Path, member: str) -> None:
    first = next(zip_rows(path, member), None)
    if first is not None and len(first) < GEONAMES_COLUMNS - 1:
        path.unlink(missing_ok=True)
        raise CorruptDump(f"{path.name}: {member} has {len(first)} columns, not GeoNames' 19")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _forget(conn: sqlite3.Connection, iso: str) -> None:
    """Remove an earlier import of ``iso`` (its places and their names)."""
    row = conn.execute(
        "SELECT first_place, last_place FROM download WHERE country = ?", (iso,)
    ).fetchone()
    if row is not None:
        conn.execute("DELETE FROM name WHERE place BETWEEN ? AND ?", row)
        conn.execute("DELETE FROM place WHERE id BETWEEN ? AND ?", row)
        conn.execute("DELETE FROM download WHERE country = ?", (iso,))


def _known_ids(conn: sqlite3.Connection, iso: str) -> dict[int, tuple[str | None, str | None]]:
    """The GeoNames ids the index holds in ``iso``, with their admin1 and admin2 names."""
    rows = conn.execute(
        "SELECT geonameid, admin1, admin2 FROM place WHERE country_iso = ?"
        " AND geonameid IS NOT NULL",
        (iso,),
    )
    return {gid: (admin1, admin2) for gid, admin1, admin2 in rows}


def _keeper(known: dict[int, tuple[str | None, str | None]]) -> Callable[[list[str]], bool]:
    def keep(row: list[str]) -> bool:
        return row[6] in KEPT_CLASSES and int(row[0]) not in known

    return keep


def _count_known(path: Path, member: str, known: dict[int, object]) -> int:
    return sum(1 for row in zip_rows(path, member) if row[0].isdigit() and int(row[0]) in known)


def _admin_names(
    rows: Iterable[list[str]],
    known: dict[int, tuple[str | None, str | None]],
) -> AdminNames:
    """Names for the dump's admin codes: the names the index gives the known places of
    each code (by majority), else the dump's ADM1/ADM2 rows' own names."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    own: dict[str, str] = {}
    for row in rows:
        if len(row) < GEONAMES_COLUMNS - 1:
            continue
        code1, code2 = f"{row[8]}.{row[10]}", f"{row[8]}.{row[10]}.{row[11]}"
        if row[7] in ("ADM1", "ADM2"):
            own[code1 if row[7] == "ADM1" else code2] = row[2] or row[1]
        admin1, admin2 = known.get(int(row[0]), (None, None))
        if admin1:
            votes[code1][admin1] += 1
        if admin2 and row[11]:
            votes[code2][admin2] += 1
    names = own | {code: count.most_common(1)[0][0] for code, count in votes.items()}
    return AdminNames(
        {c: n for c, n in names.items() if c.count(".") == 1},
        {c: n for c, n in names.items() if c.count(".") == 2},
    )


def _add_names(
    conn: sqlite3.Connection, ids: dict[int, int], alternates: Iterator[AlternateName], first: int
) -> int:
    """Index the alternate names of the places just added (not of places the index held);
    an English preferred name becomes the place's name, as English news writes it."""
    seen = set(conn.execute("SELECT place, folded FROM name WHERE place >= ?", (first,)))
    count = 0
    for alternate in alternates:
        place = ids.get(alternate.geonameid)
        if place is None:
            continue
        row = name_row(alternate.name, place)
        if row[0] and (place, row[2]) not in seen:
            conn.execute("INSERT INTO name VALUES (?,?,?,?)", row)
            seen.add((place, row[2]))
            count += 1
        if alternate.language == "en" and alternate.preferred:
            conn.execute("UPDATE place SET name = ? WHERE id = ?", (alternate.name, place))
    return count


def _store(conn: sqlite3.Connection, record: CountryImport) -> None:
    values = asdict(record)
    del values["status"]
    marks = ",".join("?" * len(values))
    conn.execute(f"INSERT INTO download VALUES ({marks})", tuple(values.values()))


def recorded(gazetteer_path: Path) -> dict[str, CountryImport]:
    """The countries downloaded into the index at ``gazetteer_path``, by ISO code."""
    if not gazetteer_path.exists():
        return {}
    with sqlite3.connect(f"file:{gazetteer_path}?mode=ro", uri=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='download'"
        ).fetchone()
        rows = conn.execute("SELECT * FROM download ORDER BY country").fetchall() if exists else []
    conn.close()
    return {row[0]: CountryImport(*row) for row in rows}


def import_kept(
    gazetteer_path: Path, earlier: dict[str, CountryImport], progress: Callable[[str], None]
) -> None:
    """Import again the kept zips of the countries an index held before it was rebuilt."""
    folder = dumps_dir(gazetteer_path)
    for iso, record in earlier.items():
        pair = (folder / f"{iso}.zip", folder / "alternatenames" / f"{iso}.zip")
        if not all(path.is_file() for path in pair):
            progress(f"gazetteer: {iso} was downloaded but its zips are gone: download it again")
            continue
        places, names = (Fetched(p, record.sha256, p.stat().st_size, record.modified) for p in pair)
        try:
            done = import_country(iso, places, names, gazetteer_path, url=record.url)
        except CorruptDump as exc:  # the index opens without it; the user is told
            progress(f"gazetteer: {iso} could not be imported again ({exc}): download it again")
            continue
        progress(f"gazetteer: {iso} imported again from {pair[0]}: {done.places} places")
