"""The new inputs end to end through ``dateline extract``: a feed and a page served by a
local HTTP server (so --allow-private), a URL list, a WARC file, and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from tests.ingest.conftest import Site
from tests.ingest.test_fetch import FEED, PAGE
from tests.ingest.test_warc import write_warc


@pytest.fixture(autouse=True)
def page_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    shared = Path.home() / ".cache" / "dateline" / "gazetteer.sqlite"
    cache.mkdir()
    if shared.exists():
        (cache / "gazetteer.sqlite").symlink_to(shared)
    monkeypatch.setenv("DATELINE_CACHE", str(cache))


def records(output: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]


def test_feed_page_list_and_warc_are_coded(site: Site, tmp_path: Path) -> None:
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.add("/goma", PAGE)
    site.add("/private/page", PAGE)
    feed = site.add("/feed", FEED.format(base=site.base), "application/rss+xml")
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# a list\n{site.base}/private/page\n", encoding="utf-8")
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, gzip=True)
    output = tmp_path / "out.jsonl"
    args = ["extract", feed, str(warc), "--urls", str(urls), "--allow-private", "-o", str(output)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    coded = records(output)
    assert [r["url"] for r in coded] == [f"{site.base}/goma", "https://news.example/kharkiv"]
    assert coded[0]["events"], "the Goma page describes a clash"
    assert "[E110]" in result.output and "[E112]" in result.output  # 404 entry, robots.txt


def test_loopback_url_is_refused_without_allow_private(site: Site, tmp_path: Path) -> None:
    url = site.add("/goma", PAGE)
    result = CliRunner().invoke(main, ["extract", url, "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1 and "[E111]" in result.output
    assert site.requests == []
