"""Downloads of GeoNames dump files (httpx): streamed to a part file, then moved into place.

A file is fetched into ``NAME.part`` beside its destination and renamed over it only when
complete, so a destination that exists is always whole. A part file left by a run that
failed (offline, timeout, killed) is continued with an HTTP range request when the server
honours one, else fetched again. Transient failures (timeouts, connection errors, 429 and
5xx) are retried with exponential backoff; a body over ``max_bytes`` is refused while it
streams. A zip is then checked member by member against its CRC-32 (``checked_zip``) and
read line by line (``zip_rows``), never unpacked to disk.
"""

from __future__ import annotations

import hashlib
import io
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.errors import CorruptDump, DownloadError

if TYPE_CHECKING:
    import httpx

DEFAULT_BASE_URL = "https://download.geonames.org/export/dump"
TRANSIENT = frozenset({429, 500, 502, 503, 504})
CHUNK = 1 << 16
# Called as bytes arrive: the bytes the file has so far, its size when known.
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True, slots=True)
class DownloadOptions:
    """Where dumps come from and how they are fetched."""

    base_url: str = DEFAULT_BASE_URL
    timeout: float = 30.0
    retries: int = 2
    backoff: float = 1.0
    # The largest country (US) is about 20 MB zipped; the caps leave room and stop a
    # runaway body or a zip bomb.
    max_bytes: int = 250_000_000
    max_unpacked: int = 2_000_000_000


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded file: where it is, its SHA-256 and size, and the server's date."""

    path: Path
    sha256: str
    size: int
    modified: str | None


def fetch_file(
    url: str, dest: Path, options: DownloadOptions, progress: Progress | None = None
) -> Fetched:
    """``url`` saved at ``dest`` (kept: a file already at ``dest`` is not fetched again)."""
    import httpx  # imported only when something is downloaded

    dest.parent.mkdir(parents=True, exist_ok=True)
    modified = None
    if not dest.exists():
        with httpx.Client(timeout=options.timeout, follow_redirects=True) as client:
            modified = _fetch_with_retries(client, url, dest, options, progress)
    return Fetched(dest, _sha256(dest), dest.stat().st_size, modified)


def _fetch_with_retries(
    client: httpx.Client,
    url: str,
    dest: Path,
    options: DownloadOptions,
    progress: Progress | None,
) -> str | None:
    import httpx

    attempt = 0
    while True:
        try:
            return _fetch_once(client, url, dest, options, progress)
        except _Transient as exc:
            failure = f"{url}: {exc}"
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            failure = f"{url}: cannot download ({type(exc).__name__}: {exc}); offline?"
        if attempt >= options.retries:
            raise DownloadError(failure)
        time.sleep(options.backoff * 2**attempt)
        attempt += 1


class _Transient(Exception):
    """A failure worth retrying: a 429/5xx answer or a body cut short."""


def _fetch_once(
    client: httpx.Client,
    url: str,
    dest: Path,
    options: DownloadOptions,
    progress: Progress | None,
) -> str | None:
    """One request, continuing the part file when the server sends the rest (206)."""
    part = dest.with_name(dest.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    with client.stream("GET", url, headers=headers) as response:
        status = response.status_code
        if status == 416:  # the part file is no prefix of the server's file: start over
            part.unlink()
            raise _Transient("the partial download does not match the server's file")
        if status in TRANSIENT:
            raise _Transient(f"HTTP {status}")
        if status not in (200, 206):
            raise DownloadError(f"{url}: HTTP {status}")
        resumed = have if status == 206 else 0
        if status == 206 and not _continues(response.headers, have):
            part.unlink()
            raise _Transient("the server sent another part of the file than the one asked for")
        expected = _expected_size(response.headers, resumed)
        size = _write_body(response, part, resumed, expected, options, url, progress)
        modified = response.headers.get("last-modified")
    if expected is not None and size != expected:
        raise _Transient(f"the body stopped at {size} of {expected} bytes")
    part.replace(dest)
    return modified


def _continues(headers: httpx.Headers, have: int) -> bool:
    """Whether a 206 answer's Content-Range ("bytes START-END/SIZE") starts where the part
    file ends."""
    given = headers.get("content-range", "")
    return given.removeprefix("bytes ").split("-", 1)[0].strip() == str(have)


def _expected_size(headers: httpx.Headers, resumed: int) -> int | None:
    length = headers.get("content-length")
    return resumed + int(length) if length and length.isdigit() else None


def _write_body(
    response: httpx.Response,
    part: Path,
    resumed: int,
    expected: int | None,
    options: DownloadOptions,
    url: str,
    progress: Progress | None,
) -> int:
    size = resumed
    with open(part, "ab" if resumed else "wb") as out:
        for chunk in response.iter_bytes(CHUNK):
            size += len(chunk)
            if size > options.max_bytes:
                out.close()
                part.unlink()
                raise DownloadError(f"{url}: over the {options.max_bytes}-byte size cap")
            out.write(chunk)
            if progress is not None:
                progress(size, expected)
    return size


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def checked_zip(path: Path, member: str, options: DownloadOptions) -> None:
    """Raise ``CorruptDump`` (and delete ``path``, so a re-run fetches it again) unless it
    is a zip holding ``member`` whose bytes match their CRC-32 and stay under the cap."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(member)
            if info.file_size > options.max_unpacked:
                raise CorruptDump(f"{path.name}: {member} unpacks to {info.file_size} bytes")
            bad = archive.testzip()
    except (zipfile.BadZipFile, KeyError, EOFError) as exc:
        path.unlink(missing_ok=True)
        raise CorruptDump(f"{path.name}: not a GeoNames zip holding {member} ({exc})") from exc
    except CorruptDump:
        path.unlink(missing_ok=True)
        raise
    if bad is not None:
        path.unlink(missing_ok=True)
        raise CorruptDump(f"{path.name}: {bad} fails its CRC check (damaged download)")


def zip_rows(path: Path, member: str) -> Iterator[list[str]]:
    """The tab-separated rows of ``member``, comments and blank lines left out."""
    with zipfile.ZipFile(path) as archive, archive.open(member) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8")
        try:
            for line in text:
                if line.strip() and not line.startswith("#"):
                    yield line.rstrip("\n").split("\t")
        except UnicodeDecodeError as exc:
            raise CorruptDump(f"{path.name}: {member} is not UTF-8 text ({exc})") from exc
