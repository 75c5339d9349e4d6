"""``dateline gazetteer download``: GeoNames country dumps served by a local HTTP server
(written by the tests, never fetched from the internet) imported into a copy of the
packaged gazetteer, then found by ``lookup`` and by ``extract``."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import sqlite3
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dateline.cli import main
from dateline.errors import CorruptDump, DownloadError
from dateline.models import Article
from dateline.pipeline import Pipeline
from dateline.resolve.place.country_dumps import download_country, recorded
from dateline.resolve.place.downloads import DownloadOptions
from dateline.settings import Settings

VILLAGE_ID = 99000001  # no GeoNames id the packaged data has
TALL_AFAR_ID = 90393  # a packaged town: the dump names its admin code as the index does
VILLAGE_POINT = (36.41, 42.29)


def _place(gid: int, name: str, alternates: str, fclass: str, fcode: str, point=(36.0, 42.0)):
    cols = [str(gid), name, name, alternates, str(point[0]), str(point[1]), fclass, fcode,
            "IQ", "", "10", "", "", "", "0", "", "300", "Asia/Baghdad", "2024-05-01"]  # fmt: skip
    return "\t".join(cols)


PLACES = "\n".join(
    [
        _place(VILLAGE_ID, "Tall Ghazalan", "Tel Ghazalan,Tal Ghazalan", "P", "PPL", VILLAGE_POINT),
        _place(TALL_AFAR_ID, "Tall 'Afar", "Tal Afar", "P", "PPLA2", (36.37, 42.45)),
        _place(99000002, "Madrasat Ghazalan", "", "S", "SCH"),  # a school: not a place kept
        _place(99000003, "Qada' Ghazalan", "", "A", "ADM3"),
    ]
)
NAMES = "\n".join(
    [
        f"1\t{VILLAGE_ID}\ten\tTel Ghazalan\t1\t\t\t\t\t",
        f"2\t{VILLAGE_ID}\tlink\thttps://en.wikipedia.org/wiki/Tel_Ghazalan\t\t\t\t\t\t",
        f"3\t{VILLAGE_ID}\tar\tتل غزلان\t\t\t\t\t\t",
        f"4\t{VILLAGE_ID}\t\tTell Ghazalane\t\t\t\t\t\t",
    ]
)


def _zip(path: Path, member: str, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, text + "\n")


class _Server:
    """A dump server on a free localhost port, logging the paths asked for."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.asked: list[str] = []
        self.ranges: list[str] = []  # the Range headers asked with
        handler = functools.partial(_Handler, self, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, server_log: _Server, *args, **kwargs) -> None:
        self.server_log = server_log
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        self.server_log.asked.append(self.path)
        wanted = self.headers.get("Range")
        if wanted is None:
            super().do_GET()
            return
        self.server_log.ranges.append(wanted)
        start = int(wanted.removeprefix("bytes=").rstrip("-"))
        body = (self.server_log.root / self.path.lstrip("/")).read_bytes()[start:]
        self.send_response(206)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Range", f"bytes {start}-{start + len(body) - 1}/*")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


@pytest.fixture
def server(tmp_path: Path) -> Iterator[_Server]:
    root = tmp_path / "dump"
    _zip(root / "IQ.zip", "IQ.txt", PLACES)
    _zip(root / "alternatenames" / "IQ.zip", "IQ.txt", NAMES)
    running = _Server(root)
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


@pytest.fixture
def cache(tmp_path: Path, gazetteer_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache dir holding a copy of the packaged index, for the CLI and the pipeline."""
    folder = tmp_path / "cache"
    folder.mkdir()
    shutil.copyfile(gazetteer_path, folder / "gazetteer.sqlite")
    monkeypatch.setenv("DATELINE_CACHE", str(folder))
    return folder


def _options(url: str) -> DownloadOptions:
    return DownloadOptions(base_url=url, retries=1, backoff=0.0, timeout=5.0)


def _cli(*args: str) -> Result:
    return CliRunner().invoke(main, ["gazetteer", *args])


def _places(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        count = conn.execute("SELECT count(*) FROM place").fetchone()[0]
    conn.close()
    return count


def test_download_imports_a_village_that_lookup_and_extract_then_find(
    server: _Server, cache: Path
) -> None:
    before = _cli("lookup", "Tel Ghazalan")
    assert before.exit_code == 1
    result = _cli("download", "Iraq", "--base-url", server.url)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert (record["country"], record["status"]) == ("IQ", "imported")
    assert record["places"] == 2  # the village and the ADM3; not the school nor Tall 'Afar
    assert record["known"] == 1
    found = _cli("lookup", "Tal Ghazalan", "--country", "IQ")
    village = json.loads(found.stdout.splitlines()[0])
    assert (village["geonameid"], village["name"], village["admin1"]) == (
        VILLAGE_ID, "Tel Ghazalan", "Nineveh",
    )  # fmt: skip
    pipeline = Pipeline(Settings(cache_dir=cache))
    text = "Gunmen killed three farmers in Tel Ghazalan, a village in Nineveh, on Monday."
    result = next(pipeline.run([Article(text=text, id="a1")]))
    location = result.events[0].location
    assert location is not None and location.geonameid == VILLAGE_ID
    assert (location.latitude, location.longitude) == VILLAGE_POINT


def test_alternate_names_are_english_and_unlabelled_ones_not_links(
    server: _Server, cache: Path
) -> None:
    assert _cli("download", "IQ", "--base-url", server.url).exit_code == 0
    assert json.loads(_cli("lookup", "Tell Ghazalane").stdout.splitlines()[0])["geonameid"] == (
        VILLAGE_ID
    )
    assert _cli("lookup", "تل غزلان").exit_code == 1
    assert _cli("lookup", "https://en.wikipedia.org/wiki/Tel_Ghazalan").exit_code == 1


def test_a_second_run_says_so_and_fetches_nothing(server: _Server, cache: Path) -> None:
    assert _cli("download", "IQ", "--base-url", server.url).exit_code == 0
    rows = _places(cache / "gazetteer.sqlite")
    asked = len(server.asked)
    again = _cli("download", "iq", "--base-url", server.url)
    assert again.exit_code == 0
    assert json.loads(again.stdout)["status"] == "already imported"
    assert "nothing done" in again.stderr
    assert len(server.asked) == asked and _places(cache / "gazetteer.sqlite") == rows
    forced = _cli("download", "IQ", "--force", "--base-url", server.url)
    assert json.loads(forced.stdout)["status"] == "imported"
    assert len(server.asked) == asked + 2 and _places(cache / "gazetteer.sqlite") == rows


def test_an_interrupted_download_continues_where_it_stopped(server: _Server, cache: Path) -> None:
    whole = (server.root / "IQ.zip").read_bytes()
    part = cache / "geonames" / "IQ.zip.part"
    part.parent.mkdir(parents=True)
    part.write_bytes(whole[:100])
    record = download_country("IQ", cache / "gazetteer.sqlite", _options(server.url))
    assert server.ranges == ["bytes=100-"] and record.places == 2
    assert (cache / "geonames" / "IQ.zip").read_bytes() == whole and not part.exists()


def test_list_shows_what_was_downloaded(server: _Server, cache: Path) -> None:
    empty = _cli("list")
    assert empty.exit_code == 0 and empty.stdout == "" and "no country" in empty.stderr
    _cli("download", "IQ", "--base-url", server.url)
    listed = [json.loads(line) for line in _cli("list").stdout.splitlines()]
    assert [(r["country"], r["places"]) for r in listed] == [("IQ", 2)]
    assert listed[0]["imported"][:2] == "20" and len(listed[0]["sha256"]) == 64


def test_a_missing_dump_is_a_named_error_and_imports_nothing(server: _Server, cache: Path) -> None:
    db = cache / "gazetteer.sqlite"
    rows = _places(db)
    (server.root / "alternatenames" / "IQ.zip").unlink()  # the places zip alone is no import
    with pytest.raises(DownloadError, match="HTTP 404"):
        download_country("IQ", db, _options(server.url))
    assert _places(db) == rows and recorded(db) == {}
    result = _cli("download", "SY", "--base-url", server.url)
    assert result.exit_code == 1 and "[E120]" in result.stderr and "SY.zip" in result.stderr


def test_a_corrupt_zip_is_a_named_error_and_is_not_kept(server: _Server, cache: Path) -> None:
    db = cache / "gazetteer.sqlite"
    rows = _places(db)
    good = (server.root / "IQ.zip").read_bytes()
    (server.root / "IQ.zip").write_bytes(good[: len(good) // 2])  # a truncated download
    with pytest.raises(CorruptDump, match=r"IQ\.zip"):
        download_country("IQ", db, _options(server.url))
    assert _places(db) == rows and not (cache / "geonames" / "IQ.zip").exists()
    _zip(server.root / "IQ.zip", "readme.txt", "no places here")
    with pytest.raises(CorruptDump, match=r"IQ\.txt"):
        download_country("IQ", db, _options(server.url))


def test_rows_that_are_not_geonames_rows_are_a_named_error(server: _Server, cache: Path) -> None:
    db = cache / "gazetteer.sqlite"
    _zip(server.root / "IQ.zip", "IQ.txt", "this is\tnot a dump")
    result = _cli("download", "IQ", "--base-url", server.url)
    assert result.exit_code == 1 and "[E121]" in result.stderr
    assert recorded(db) == {}


def test_offline_is_a_named_error(cache: Path) -> None:
    closed = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    url = f"http://127.0.0.1:{closed.server_address[1]}"
    closed.server_close()  # nothing listens on that port now
    with pytest.raises(DownloadError, match="cannot download"):
        download_country("IQ", cache / "gazetteer.sqlite", _options(url))


@pytest.mark.parametrize("bad", ["Atlantis", "QQ", "Irak-istan"])
def test_an_unknown_country_is_a_usage_error_naming_it(cache: Path, bad: str) -> None:
    result = _cli("download", "IQ", bad, "--base-url", "http://127.0.0.1:9")
    assert result.exit_code == 2 and "[E122]" in result.output and repr(bad) in result.output


def test_no_country_is_a_usage_error(cache: Path) -> None:
    result = _cli("download")
    assert result.exit_code == 2 and "at least one country" in result.output


def test_a_rebuilt_index_imports_the_kept_dumps_again(
    server: _Server, cache: Path, gazetteer_path: Path
) -> None:
    """What ``Gazetteer.open`` does after rebuilding a stale index (the build itself, a
    minute, is stood in for by a fresh copy of the packaged index)."""
    from dateline.resolve.place.country_dumps import import_kept
    from dateline.resolve.place.gazetteer import Gazetteer

    db = cache / "gazetteer.sqlite"
    assert _cli("download", "IQ", "--base-url", server.url).exit_code == 0
    earlier = recorded(db)
    shutil.copyfile(gazetteer_path, db)
    server.httpd.shutdown()  # offline from here on
    said: list[str] = []
    import_kept(db, earlier, said.append)
    gaz = Gazetteer.open(db)
    assert gaz.lookup("Tel Ghazalan")[0].geonameid == VILLAGE_ID
    gaz.close()
    assert list(recorded(db)) == ["IQ"] and "imported again" in said[0]
