"""Read articles from files, directories and stdin into ``Article`` records.

Bad input never stops a batch: each problem becomes an ``InputError`` naming the file or
row, yielded in place of the article so the caller can report it and carry on.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from dateline.errors import EmptyText, InputError, InvalidOption, MalformedRow, UnreadableInput
from dateline.ingest.html import read_html
from dateline.ingest.published import parse_published
from dateline.models import Article

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".csv")
ROW_FIELDS = ("id", "title", "url", "source")

Item = Article | InputError


def read_inputs(inputs: Iterable[str], published: dt.datetime | None = None) -> Iterator[Item]:
    """Yield an Article (or the error that stood in its way) for every document in ``inputs``."""
    for name in inputs:
        if name == "-":
            yield from _read_stream(sys.stdin.read(), "<stdin>", published)
        else:
            yield from _read_path(Path(name), published)


def _read_path(path: Path, published: dt.datetime | None) -> Iterator[Item]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES):
            yield from _read_file(child, published)
    elif not path.exists():
        yield UnreadableInput(f"{path}: no such file or directory")
    else:
        yield from _read_file(path, published)


def _read_file(path: Path, published: dt.datetime | None) -> Iterator[Item]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield UnreadableInput(f"{path}: cannot read ({exc.strerror})")
        return
    try:
        text = _decode(raw, str(path))
    except UnreadableInput as exc:
        yield exc
        return
    yield from _parse(text, path.suffix.lower(), str(path), published, path.stem)


def _read_stream(text: str, origin: str, published: dt.datetime | None) -> Iterator[Item]:
    stripped = text.lstrip()
    if stripped.startswith("{"):
        kind = ".jsonl"
    elif stripped[:15].lower().startswith(("<!doctype", "<html")):
        kind = ".html"
    else:
        kind = ".txt"
    yield from _parse(text, kind, origin, published, None)


def _decode(raw: bytes, origin: str) -> str:
    if b"\x00" in raw[:8192]:
        raise UnreadableInput(f"{origin}: looks like a binary file (NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableInput(f"{origin}: not valid UTF-8 at byte {exc.start}") from exc


def _parse(
    text: str, kind: str, origin: str, published: dt.datetime | None, stem: str | None
) -> Iterator[Item]:
    if kind == ".jsonl":
        yield from _read_jsonl(text, origin, published)
    elif kind == ".csv":
        yield from _read_csv(text, origin, published)
    elif kind in (".html", ".htm"):
        yield _checked(read_html(text, origin, published, stem))
    else:
        yield _checked(Article(text=text, id=stem, published=published, origin=origin))


def _checked(item: Item) -> Item:
    if isinstance(item, Article) and not item.text.strip():
        return EmptyText(f"{item.origin}: empty text")
    return item


def _read_jsonl(text: str, origin: str, published: dt.datetime | None) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedRow(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield _from_row(row, where, published)


def _read_csv(text: str, origin: str, published: dt.datetime | None) -> Iterator[Item]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield MalformedRow(f"{origin}: CSV header has no 'text' column")
        return
    for number, row in enumerate(reader, start=2):
        yield _from_row(row, f"{origin}:{number}", published)


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
