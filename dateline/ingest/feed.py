"""RSS and Atom feeds (feedparser): one Article per entry, its HTML reduced to plain text.

feedparser reads with expat, whose amplification limit stops an XML entity bomb; it then
falls back to its loose parser, which leaves the entities unexpanded."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from typing import Any

from dateline.errors import InputError, UnreadableInput
from dateline.models import Article

# Elements after which a line break belongs in the text (paragraphs stay paragraphs).
BLANK_LINES = re.compile(r"\n{3,}")
BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def read_feed(
    text: str, origin: str, published: dt.datetime | None
) -> Iterator[Article | InputError]:
    """Every entry of the feed in ``text`` as an Article (``origin#n`` names the entry)."""
    import feedparser  # imported only when a feed is read

    parsed = feedparser.parse(text)
    if not parsed.entries:
        reason = parsed.get("bozo_exception")
        yield UnreadableInput(f"{origin}: no feed entries" + (f" ({reason})" if reason else ""))
        return
    source = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        yield _article(entry, f"{origin}#{number}", published, source)


def _article(entry: Any, where: str, published: dt.datetime | None, source: str | None) -> Article:
    return Article(
        text=html_to_text(_body(entry)),
        id=entry.get("id") or entry.get("link") or None,
        title=entry.get("title") or None,
        url=entry.get("link") or None,
        published=published or _entry_date(entry),
        source=source,
        origin=where,
    )


def _body(entry: Any) -> str:
    contents = entry.get("content") or []
    values = [c.get("value", "") for c in contents if c.get("value")]
    return values[0] if values else entry.get("summary", "")


def _entry_date(entry: Any) -> dt.datetime | None:
    """The entry's own date (UTC); only keys it has are read, so feedparser's deprecated
    fallback between ``updated`` and ``published`` is never triggered."""
    present = [key for key in ("published_parsed", "updated_parsed") if key in entry]
    parsed: time.struct_time | None = next((entry[k] for k in present if entry[k]), None)
    return dt.datetime(*parsed[:6], tzinfo=dt.UTC) if parsed else None


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment, paragraphs separated by blank lines; scripts dropped."""
    if "<" not in fragment:
        return fragment.strip()
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, etree.LxmlError):
        return ""  # an entry whose HTML no parser reads has no text: EmptyText names it
    for node in root.xpath("//script|//style"):
        node.drop_tree()
    for node in root.iter(*BLOCKS):
        node.tail = "\n\n" + (node.tail or "")
    lines = (line.strip() for line in root.text_content().split("\n"))
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
