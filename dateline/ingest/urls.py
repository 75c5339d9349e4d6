"""Articles from URLs: a page (its HTML through trafilatura) or a feed (each entry's link
fetched, its page through trafilatura, ``published`` from the entry), told apart by the
response's content type. A URL that cannot be fetched is an error naming it; the batch
goes on."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.errors import InputError, UnreadableInput
from dateline.ingest.encoding import decode_bytes
from dateline.ingest.feed import read_feed
from dateline.ingest.fetch import Fetcher, Page, page_kind
from dateline.ingest.html import read_html
from dateline.models import Article

Item = Article | InputError


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def url_list(path: Path) -> list[str]:
    """The URLs in a list file: one a line; blank lines and ``#`` comments are ignored."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableInput(f"{path}: cannot read the URL list ({exc})") from exc
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def read_urls(
    urls: Iterable[str], fetcher: Fetcher, published: dt.datetime | None
) -> Iterator[Item]:
    """An Article (or the error in its way) for each page, and for each entry of each feed."""
    for url in urls:
        yield from read_url(url, fetcher, published)


def read_url(url: str, fetcher: Fetcher, published: dt.datetime | None) -> Iterator[Item]:
    try:
        page = fetcher.fetch(url)
        text = decode_bytes(page.body, url, html=True)
    except InputError as exc:
        yield exc
        return
    if page_kind(page) == "feed":
        for entry in read_feed(text, url, published):
            yield _entry_article(entry, fetcher)
    else:
        yield _page_article(page, text, published)


def _page_article(page: Page, html: str, published: dt.datetime | None) -> Item:
    try:
        article = read_html(html, page.url, published, stem=None)
    except (ValueError, RecursionError) as exc:
        return UnreadableInput(f"{page.url}: the HTML could not be parsed ({exc!r})")
    return dataclasses.replace(article, id=page.url, url=page.url)


def _entry_article(entry: Article | InputError, fetcher: Fetcher) -> Item:
    """The entry's linked page, dated by the entry; the entry's own text when the page
    has none (a feed of full texts, or a page trafilatura finds nothing in)."""
    if isinstance(entry, InputError) or not entry.url:
        return entry
    try:
        page = fetcher.fetch(entry.url)
        html = decode_bytes(page.body, entry.url, html=True)
        text = read_html(html, entry.url, entry.published, stem=None).text
    except InputError as exc:
        return exc
    except (ValueError, RecursionError) as exc:
        return UnreadableInput(f"{entry.url}: the HTML could not be parsed ({exc!r})")
    return dataclasses.replace(entry, text=text or entry.text)
