"""WARC files as CC-NEWS ships them: HTML responses become articles, the rest is passed over."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

from dateline.errors import UnreadableInput
from dateline.ingest import read_inputs
from dateline.models import Article

PAGE = """<html><head><title>Shelling in Kharkiv</title></head><body><article>
<p>Russian shelling killed two civilians in Kharkiv on Tuesday, the regional governor said,
and damaged a school and several houses in the north of the city.</p>
<p>Emergency crews worked through the night to clear the rubble.</p></article></body></html>"""


def write_warc(path: Path, gzip: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        records = [
            ("https://news.example/kharkiv", "text/html; charset=utf-8", PAGE.encode(), "200 OK"),
            ("https://news.example/logo.png", "image/png", b"\x89PNG....", "200 OK"),
            ("https://news.example/old", "text/html", b"<html>moved</html>", "301 Moved"),
        ]
        for url, content_type, body, status in records:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-08-06T09:30:00Z"},
            )
            writer.write_record(record)
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/kharkiv",
                "request",
                payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
            )
        )


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_html_responses_become_articles(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_warc(path, gzip=name.endswith(".gz"))
    [article] = read_inputs([str(path)])
    assert isinstance(article, Article)
    assert "Kharkiv" in article.text and article.url == "https://news.example/kharkiv"
    assert article.id == article.url
    assert article.published is not None and article.published.date().isoformat() == "2024-08-06"


def test_warc_files_in_a_directory_are_read(tmp_path: Path) -> None:
    write_warc(tmp_path / "a.warc.gz", gzip=True)
    assert [type(item) for item in read_inputs([str(tmp_path)])] == [Article]


def test_a_broken_warc_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a WARC file at all\r\n\r\n")
    [item] = read_inputs([str(path)])
    assert isinstance(item, UnreadableInput) and "broken.warc" in str(item)
