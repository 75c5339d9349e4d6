"""WARC and WARC.gz files (warcio), as CC-NEWS ships them: every ``response`` record whose
HTTP status is 200 and whose payload is HTML becomes an Article: its text and title through
trafilatura, its id and url the record's ``WARC-Target-URI``, its date the page's own (or
``--published``), else the record's ``WARC-Date`` (when it was crawled). Other records
(requests, metadata, redirects, images) are passed over; a broken record or file is an
error naming it, and reading stops only where the file itself cannot be read further."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dateline.errors import ArticleTooLong, InputError, UnreadableInput
from dateline.ingest.encoding import decode_bytes
from dateline.ingest.html import read_html
from dateline.ingest.published import parse_published
from dateline.models import Article

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")

Item = Article | InputError


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, published: dt.datetime | None, max_bytes: int) -> Iterator[Item]:
    """An Article (or the error in its way) for every HTML response in the WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with path.open("rb") as stream:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if not record.format.startswith("warc"):
                    yield UnreadableInput(f"{path}: record {number} is not a WARC record")
                    return
                item = _record_item(record, f"{path}#{number}", published, max_bytes)
                if item is not None:
                    yield item
        if number == 0:
            yield UnreadableInput(f"{path}: no WARC records in it")
    except OSError as exc:
        yield UnreadableInput(f"{path}: cannot read ({exc.strerror or exc})")
    except ArchiveLoadFailed as exc:
        yield UnreadableInput(f"{path}: not a readable WARC file ({exc})")


def _record_item(record: Any, where: str, published: dt.datetime | None, limit: int) -> Item | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0]
    if content_type.strip().lower() not in HTML_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    body = record.content_stream().read(limit + 1)
    if len(body) > limit:
        return ArticleTooLong(f"{url or where}: over {limit} bytes")
    try:
        html = decode_bytes(body, url or where, html=True)
        article = read_html(html, where, published, stem=None)
    except InputError as exc:
        return exc
    except (ValueError, RecursionError) as exc:
        return UnreadableInput(f"{where}: the HTML could not be parsed ({exc!r})")
    crawled = _warc_date(record.rec_headers.get_header("WARC-Date"))
    return dataclasses.replace(
        article,
        id=url or article.id,
        url=url or article.url,
        published=article.published or crawled,
    )


def _warc_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return parse_published(value.replace("Z", "+00:00"))
    except InputError:
        return None  # a record without a readable date is still an article
