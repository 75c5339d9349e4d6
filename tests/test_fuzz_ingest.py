"""Property tests of the readers: whatever the bytes, every input becomes an Article or a
named InputError, never a traceback; CSV and paragraph windows round-trip."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import InputError, InvalidOption
from dateline.ingest import parse_iso, parse_published, read_inputs
from dateline.ingest.encoding import decode_bytes
from dateline.ingest.table import csv_rows
from dateline.models import Article
from dateline.windows import split_windows

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = st.sampled_from([".txt", ".html", ".jsonl", ".csv", ".rss", ".xml"])
TAGS = st.sampled_from(["div", "p", "span", "article", "script", "style", "table", "td", "b"])
WORDS = st.sampled_from(
    ["Gunmen", "killed", "three", "in", "Gao", "&amp;", "&lol;", "&#0;", "<!--", "-->", "\u00e9"]
)


def read_file(content: bytes, suffix: str) -> list[Article | InputError]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(content)
        return list(read_inputs([str(path)]))


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Random nesting of common tags around random words, sometimes with a charset."""
    depth = draw(st.integers(0, 40))
    tags = draw(st.lists(TAGS, min_size=depth, max_size=depth))
    words = " ".join(draw(st.lists(WORDS, max_size=30)))
    head = draw(st.sampled_from(["", '<meta charset="iso-8859-1">', '<meta charset="bogus">']))
    opened = "".join(f"<{tag}>" for tag in tags)
    closed = "".join(f"</{tag}>" for tag in reversed(tags)) if draw(st.booleans()) else ""
    return f"<html><head>{head}</head><body>{opened}{words}{closed}</body></html>"


@FAST
@given(content=st.binary(max_size=600), suffix=SUFFIXES)
def test_any_bytes_become_articles_or_named_errors(content: bytes, suffix: str) -> None:
    for item in read_file(content, suffix):
        assert isinstance(item, Article | InputError)
        if isinstance(item, Article):
            assert item.text.strip()


@FAST
@given(page=html_pages())
def test_any_html_becomes_an_article_or_a_named_error(page: str) -> None:
    for item in read_file(page.encode("utf-8"), ".html"):
        assert isinstance(item, Article | InputError)


@st.composite
def feeds(draw: st.DrawFn) -> str:
    """RSS with random items: random titles, links, dates and HTML bodies, some left open."""
    items = []
    for _ in range(draw(st.integers(0, 4))):
        body = draw(html_pages()).replace("&", "&amp;").replace("<", "&lt;")
        date = draw(st.sampled_from(["Mon, 05 Aug 2024 18:30:00 GMT", "garbage", "", "2024-13-45"]))
        title = draw(st.text(max_size=20)).replace("<", "").replace("&", "")
        close = draw(st.sampled_from(["</item>", ""]))
        items.append(
            f"<item><title>{title}</title><pubDate>{date}</pubDate>"
            f"<description>{body}</description>{close}"
        )
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{"".join(items)}</channel></rss>'


@FAST
@given(feed=feeds())
def test_any_feed_becomes_articles_or_named_errors(feed: str) -> None:
    for item in read_file(feed.encode("utf-8"), ".rss"):
        assert isinstance(item, Article | InputError)


@FAST
@given(content=st.binary(max_size=400))
def test_decoding_gives_text_or_a_named_error(content: bytes) -> None:
    try:
        text = decode_bytes(content, "fuzz", html=True)
    except InputError:
        return
    assert isinstance(text, str)


@FAST
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_utf8_text_without_mojibake_signs_decodes_to_itself(text: str) -> None:
    if any(0x80 <= ord(c) <= 0xFF for c in text) or "\x00" in text:
        return  # Latin-1 range characters are what mojibake repair looks at
    assert decode_bytes(text.encode("utf-8"), "fuzz") == text


@FAST
@given(rows=st.lists(st.tuples(st.text(max_size=20), st.text(min_size=1, max_size=60)), max_size=8))
def test_csv_written_by_a_csv_writer_reads_back_row_for_row(rows: list[tuple[str, str]]) -> None:
    rows = [(i, t.replace("\r", "").replace("\x00", "")) for i, t in rows]
    stream = io.StringIO()
    writer = csv.writer(stream)
    writer.writerow(["id", "text"])
    writer.writerows(rows)
    read = [item for item in csv_rows(stream.getvalue(), "fuzz.csv")]
    assert [(r[1]["id"], r[1]["text"]) for r in read if isinstance(r, tuple)] == rows


@FAST
@given(text=st.text(alphabet='ab,"\n', max_size=120))
def test_any_csv_gives_rows_or_named_errors(text: str) -> None:
    for item in csv_rows("id,text\n" + text, "fuzz.csv"):
        assert isinstance(item, tuple | InputError)


@FAST
@given(text=st.text(alphabet="ab .\n", max_size=400), size=st.integers(1, 80))
def test_windows_cover_the_text_in_pieces_no_longer_than_the_size(text: str, size: int) -> None:
    windows = split_windows(text, size)
    assert "".join(piece for _, piece in windows) == text
    assert all(len(piece) <= size for _, piece in windows)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in windows)


@FAST
@given(value=st.text(max_size=40))
def test_publication_dates_parse_or_fail_by_name(value: str) -> None:
    for parse in (parse_iso, parse_published):
        try:
            parse(value)
        except InvalidOption:
            continue
