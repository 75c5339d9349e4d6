"""RSS and Atom feeds: one article per entry, HTML reduced to text, dates and sources
kept; an entity bomb or a file that is no feed is a named error or a plain record."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from dateline.errors import EmptyText, UnreadableInput
from dateline.ingest import read_inputs
from dateline.models import Article

RSS = """<?xml version="1.0" encoding="iso-8859-1"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Blast in Kabul</title><link>https://example.org/a</link><guid>a1</guid>
<pubDate>Mon, 05 Aug 2024 18:30:00 GMT</pubDate>
<description>&lt;p&gt;A bomb exploded in Kabul on Monday.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;
&lt;p&gt;Police in Ségou said.&lt;/p&gt;</description></item>
<item><title>Headline only</title></item>
</channel></rss>"""
ATOM = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><id>tag:x,2024:1</id><title>Clashes</title><updated>2024-08-05T10:00:00Z</updated>
<content type="html">&lt;p&gt;Troops clashed with militants near Bamako.&lt;/p&gt;</content>
</entry></feed>"""


def read(path: Path) -> list:
    return list(read_inputs([str(path)]))


def test_rss_items_become_articles_with_their_metadata(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_bytes(RSS.encode("latin-1"))
    article, headline_only = read(path)
    assert isinstance(article, Article)
    assert (article.id, article.title, article.url) == (
        "a1",
        "Blast in Kabul",
        "https://example.org/a",
    )
    assert article.published == dt.datetime(2024, 8, 5, 18, 30, tzinfo=dt.UTC)
    assert article.source == "Wire" and article.origin == f"{path}#1"
    assert article.text == "A bomb exploded in Kabul on Monday.\n\nPolice in Ségou said."
    assert isinstance(headline_only, EmptyText) and f"{path}#2" in str(headline_only)


def test_atom_entries_are_read_from_their_content(tmp_path: Path) -> None:
    path = tmp_path / "desk.atom"
    path.write_text(ATOM, encoding="utf-8")
    [article] = read(path)
    assert article.text == "Troops clashed with militants near Bamako."
    assert article.published == dt.datetime(2024, 8, 5, 10, 0, tzinfo=dt.UTC)


def test_an_xml_file_that_is_no_feed_is_a_named_error(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text("<config><a>1</a></config>", encoding="utf-8")
    [error] = read(path)
    assert isinstance(error, UnreadableInput) and "no feed entries" in str(error)


def test_an_entity_bomb_feed_is_read_without_expanding_it(tmp_path: Path) -> None:
    entities = "".join(
        f'<!ENTITY lol{i} "' + f"&lol{i - 1 if i > 1 else ''};" * 10 + '">' for i in range(1, 10)
    )
    path = tmp_path / "bomb.rss"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">{entities}]>'
        '<rss version="2.0"><channel><title>T</title><item><title>&lol9;</title>'
        "<description>Troops shelled Idlib on Friday.</description></item></channel></rss>",
        encoding="utf-8",
    )
    started = time.perf_counter()
    items = read(path)
    assert time.perf_counter() - started < 30
    assert all(len(item.title or "") < 1000 for item in items if isinstance(item, Article))
    assert [item.text for item in items if isinstance(item, Article)] == [
        "Troops shelled Idlib on Friday."
    ]
