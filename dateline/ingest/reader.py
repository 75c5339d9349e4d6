"""Read articles from files, directories, stdin, URLs and WARC files into ``Article`` records.

Bad input never stops a batch: each problem becomes an ``InputError`` naming the file or
row, yielded in place of the article so the caller can report it and carry on. Only regular
files are opened for reading (a FIFO named ``x.txt`` would block forever); text is decoded
by ``dateline.ingest.encoding``; CSV quoting is checked by ``dateline.ingest.table``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from dateline.errors import (
    ArticleTooLong,
    EmptyText,
    InputError,
    InvalidOption,
    MalformedRow,
    NotARegularFile,
    UnreadableInput,
)
from dateline.ingest.encoding import decode_bytes, repair
from dateline.ingest.feed import read_feed
from dateline.ingest.fetch import Fetcher, FetchOptions
from dateline.ingest.html import read_html
from dateline.ingest.published import parse_published
from dateline.ingest.table import csv_rows
from dateline.ingest.urls import is_url, read_url
from dateline.ingest.warc import is_warc, read_warc
from dateline.models import Article

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".csv", ".rss", ".atom", ".xml")
FEEDS = (".rss", ".atom", ".xml")
MARKUP = (".html", ".htm", *FEEDS)
ROWS = (".jsonl", ".csv")  # structured rows: their text is given as is, never mended
ROW_FIELDS = ("id", "title", "url", "source")
# Single documents (text, HTML) larger than this many bytes are refused before reading.
DEFAULT_MAX_BYTES = 16_000_000

Item = Article | InputError


def read_inputs(
    inputs: Iterable[str],
    published: dt.datetime | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fetch: FetchOptions | None = None,
) -> Iterator[Item]:
    """Yield an Article (or the error that stood in its way) for every document in ``inputs``.

    An http(s) URL is fetched under ``fetch`` (one ``Fetcher`` for the whole run, opened at
    the first URL): a page is one article, a feed one per entry."""
    fetcher: Fetcher | None = None
    try:
        for name in inputs:
            if name == "-":
                yield from _read_stream(_stdin_bytes(), "<stdin>", published)
            elif is_url(name):
                fetcher = fetcher or Fetcher(fetch)
                yield from map(_checked, read_url(name, fetcher, published))
            else:
                yield from _read_path(Path(name), published, max_bytes)
    finally:
        if fetcher is not None:
            fetcher.close()


def input_files(inputs: Iterable[str]) -> Iterator[Path]:
    """The files ``read_inputs`` would read (directories searched), in reading order."""
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            yield from _directory_files(path)
        elif name != "-" and not is_url(name):
            yield path


def _directory_files(path: Path) -> list[Path]:
    return sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES or is_warc(p))


def _stdin_bytes() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    return stream.read() if stream is not None else sys.stdin.read().encode("utf-8")


def _read_path(path: Path, published: dt.datetime | None, max_bytes: int) -> Iterator[Item]:
    if path.is_dir():
        for child in _directory_files(path):
            yield from _read_file(child, published, max_bytes)
    elif not path.exists() and not path.is_symlink():
        yield UnreadableInput(f"{path}: no such file or directory")
    else:
        yield from _read_file(path, published, max_bytes)


def _read_file(path: Path, published: dt.datetime | None, max_bytes: int) -> Iterator[Item]:
    if is_warc(path):
        yield from map(_checked, read_warc(path, published, max_bytes))
        return
    try:
        raw = _regular_file_bytes(path, max_bytes)
        suffix = path.suffix.lower()
        text = decode_bytes(raw, str(path), html=suffix in MARKUP, mend=suffix not in ROWS)
    except InputError as exc:
        yield exc
        return
    yield from _parse(text, path.suffix.lower(), str(path), published, path.stem)


def _regular_file_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file. Opened without blocking, so a FIFO is seen, not waited on."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise _open_error(path, exc) from exc
    with open(descriptor, "rb") as stream:
        mode = os.fstat(descriptor)
        if not stat.S_ISREG(mode.st_mode):
            raise NotARegularFile(f"{path}: not a regular file ({_kind(mode.st_mode)}), skipped")
        if mode.st_size > max_bytes and path.suffix.lower() in (".txt", ".html", ".htm"):
            raise ArticleTooLong(f"{path}: {mode.st_size} bytes, over {max_bytes}")
        return stream.read()


def _open_error(path: Path, exc: OSError) -> InputError:
    if path.is_symlink() and not path.exists():
        return NotARegularFile(f"{path}: broken symbolic link, skipped")
    if path.exists() and not path.is_file():  # a socket cannot even be opened
        return NotARegularFile(
            f"{path}: not a regular file ({_kind(path.stat().st_mode)}), skipped"
        )
    return UnreadableInput(f"{path}: cannot read ({exc.strerror})")


def _kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"))
    return next((name for test, name in kinds if test(mode)), "not a file")


def _read_stream(raw: bytes, origin: str, published: dt.datetime | None) -> Iterator[Item]:
    try:
        text = decode_bytes(
            raw, origin, html=raw.lstrip()[:15].lower().startswith(b"<"), mend=False
        )
    except InputError as exc:
        yield exc
        return
    kind = _stream_kind(text)
    yield from _parse(text if kind in ROWS else repair(text), kind, origin, published, None)


def _stream_kind(text: str) -> str:
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return ".jsonl"
    if stripped[:15].lower().startswith(("<!doctype", "<html")):
        return ".html"
    if stripped[:15].lower().startswith(("<?xml", "<rss", "<feed")):
        return ".xml"
    return ".txt"


def _parse(
    text: str, kind: str, origin: str, published: dt.datetime | None, stem: str | None
) -> Iterator[Item]:
    if kind == ".jsonl":
        yield from _read_jsonl(text, origin, published)
    elif kind == ".csv":
        yield from _read_csv(text, origin, published)
    elif kind in (".html", ".htm"):
        yield _checked(_html_article(text, origin, published, stem))
    elif kind in FEEDS:
        yield from map(_checked, read_feed(text, origin, published))
    else:
        yield _checked(Article(text=text, id=stem, published=published, origin=origin))


def _html_article(html: str, origin: str, published: dt.datetime | None, stem: str | None) -> Item:
    """The page's article, or a named error when the HTML parser gives up on it."""
    try:
        return read_html(html, origin, published, stem)
    except (ValueError, RecursionError) as exc:
        return UnreadableInput(f"{origin}: the HTML could not be parsed ({exc!r})")


def _checked(item: Item) -> Item:
    if isinstance(item, Article) and not item.text.strip():
        return EmptyText(f"{item.origin}: empty text")
    return item


def _read_jsonl(text: str, origin: str, published: dt.datetime | None) -> Iterator[Item]:
    # "\n" alone ends a row: JSON strings may hold U+2028 or U+0085, which splitlines cuts at
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            row = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield MalformedRow(f"{where}: invalid JSON ({_json_reason(exc)})")
            continue
        yield _from_row(row, where, published)


def _json_reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}"
    return "nested too deeply"


def _read_csv(text: str, origin: str, published: dt.datetime | None) -> Iterator[Item]:
    for item in csv_rows(text, origin):
        if isinstance(item, InputError):
            yield item
        else:
            yield _from_row(item[1], f"{origin}:{item[0]}", published)


def _from_row(row: Any, where: str, published: dt.datetime | None) -> Item:
    """Turn one JSONL/CSV row into an Article; a row's ``published`` beats the default."""
    if not isinstance(row, dict):
        return MalformedRow(f"{where}: row is {type(row).__name__}, expected an object")
    text = row.get("text")
    if not isinstance(text, str):
        return MalformedRow(f"{where}: missing or non-string 'text'")
    try:
        when = _row_published(row.get("published"), published)
    except InvalidOption as exc:
        return MalformedRow(f"{where}: {exc.message}", hint=exc.hint)
    fields = {key: _text_or_none(row.get(key)) for key in ROW_FIELDS}
    return _checked(Article(text=text, published=when, origin=where, **fields))


def _row_published(value: Any, default: dt.datetime | None) -> dt.datetime | None:
    if value in (None, ""):
        return default
    return parse_published(str(value))


def _text_or_none(value: Any) -> str | None:
    return None if value in (None, "") else str(value)
