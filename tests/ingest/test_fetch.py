"""Fetching URLs: the SSRF guard on every hop, robots.txt, the cache, retries, the size cap,
the per-host rate limit, and pages and feeds read into articles."""

from __future__ import annotations

import ipaddress
import time
from pathlib import Path

import pytest

from dateline.errors import BlockedAddress, FetchError, RobotsDisallowed
from dateline.ingest import fetch as fetch_module
from dateline.ingest import read_inputs
from dateline.ingest.fetch import Fetcher, FetchOptions, address_refusal
from dateline.models import Article
from tests.ingest.conftest import Site

PAGE = """<html><head><title>Clashes in Goma</title></head><body><article>
<h1>Clashes in Goma</h1><p>Fighting between M23 rebels and the army killed five people in
Goma on Monday, local officials said. Residents fled toward the lake as shells fell.</p>
<p>The army said it had pushed the rebels back from two villages north of the city.</p>
</article></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Clashes in Goma</title><link>{base}/goma</link>
<pubDate>Mon, 05 Aug 2024 10:00:00 GMT</pubDate><description>short</description></item>
<item><title>Gone</title><link>{base}/missing</link><description>a summary</description></item>
</channel></rss>"""


def options(tmp_path: Path, **changes: object) -> FetchOptions:
    base = {"cache_dir": tmp_path, "allow_private": True, "host_interval": 0.0, "backoff": 0.01}
    return FetchOptions(**(base | changes))  # type: ignore[arg-type]


def test_loopback_is_refused_without_allow_private(site: Site, tmp_path: Path) -> None:
    url = site.add("/goma", PAGE)
    with Fetcher(options(tmp_path, allow_private=False)) as fetcher, pytest.raises(BlockedAddress):
        fetcher.fetch(url)
    assert site.requests == []


def test_page_is_fetched_with_a_dateline_user_agent(site: Site, tmp_path: Path) -> None:
    url = site.add("/goma", PAGE)
    with Fetcher(options(tmp_path)) as fetcher:
        page = fetcher.fetch(url)
    assert b"M23" in page.body and page.content_type == "text/html"
    assert all(agent.startswith("Dateline/") for _, agent in site.requests)


def test_redirect_to_a_private_address_is_refused(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every hop is checked: the test server is on loopback, so here loopback alone is let
    through, as a public host would be, and the redirect's private target is refused."""
    real = fetch_module.address_refusal

    def loopback_only(address: ipaddress.IPv4Address, allow_private: bool) -> str | None:
        return None if address.is_loopback else real(address, allow_private)

    monkeypatch.setattr(fetch_module, "address_refusal", loopback_only)
    url = site.add("/jump", "", status=302, headers={"Location": "http://10.0.0.1/admin"})
    fetcher = Fetcher(options(tmp_path, allow_private=False))
    with fetcher, pytest.raises(BlockedAddress, match=r"10\.0\.0\.1"):
        fetcher.fetch(url)
    assert site.hits("/jump") == 1


def test_redirect_to_link_local_is_refused_even_with_allow_private(
    site: Site, tmp_path: Path
) -> None:
    url = site.add(
        "/meta", "", status=301, headers={"Location": "http://169.254.169.254/latest/meta-data/"}
    )
    with Fetcher(options(tmp_path)) as fetcher, pytest.raises(BlockedAddress, match="link-local"):
        fetcher.fetch(url)


@pytest.mark.parametrize(
    ("address", "allowed", "refused"),
    [
        ("8.8.8.8", True, True),
        ("127.0.0.1", True, False),
        ("10.1.2.3", True, False),
        ("169.254.169.254", False, False),
        ("fe80::1", False, False),
        ("::ffff:169.254.169.254", False, False),
        ("0.0.0.0", False, False),
    ],
)
def test_address_policy(address: str, allowed: bool, refused: bool) -> None:
    ip = ipaddress.ip_address(address)
    assert (address_refusal(ip, allow_private=True) is None) is allowed
    assert (address_refusal(ip, allow_private=False) is None) is refused


def test_robots_txt_is_honoured(site: Site, tmp_path: Path) -> None:
    site.add("/robots.txt", "User-agent: Dateline\nDisallow: /private/\n", "text/plain")
    allowed, blocked = site.add("/goma", PAGE), site.add("/private/x", PAGE)
    with Fetcher(options(tmp_path)) as fetcher:
        fetcher.fetch(allowed)
        with pytest.raises(RobotsDisallowed):
            fetcher.fetch(blocked)
    assert site.hits("/robots.txt") == 1 and site.hits("/private/x") == 0


def test_a_rerun_fetches_nothing_twice(site: Site, tmp_path: Path) -> None:
    url = site.add("/goma", PAGE)
    with Fetcher(options(tmp_path)) as fetcher:
        fetcher.fetch(url)
    with Fetcher(options(tmp_path)) as fetcher:
        page = fetcher.fetch(url)
    assert page.cached and site.hits("/goma") == 1


def test_server_errors_are_retried_then_reported(site: Site, tmp_path: Path) -> None:
    url = site.add("/flaky", "busy", status=503)
    with Fetcher(options(tmp_path, retries=2)) as fetcher, pytest.raises(FetchError, match="503"):
        fetcher.fetch(url)
    assert site.hits("/flaky") == 3


def test_size_cap(site: Site, tmp_path: Path) -> None:
    url = site.add("/big", "x" * 5000)
    with Fetcher(options(tmp_path, max_bytes=1000)) as fetcher, pytest.raises(FetchError):
        fetcher.fetch(url)


def test_requests_to_one_host_are_spaced(site: Site, tmp_path: Path) -> None:
    urls = [site.add(f"/p{n}", PAGE) for n in range(3)]
    started = time.monotonic()
    with Fetcher(options(tmp_path, host_interval=0.2, robots=False)) as fetcher:
        for url in urls:
            fetcher.fetch(url)
    assert time.monotonic() - started >= 0.4


def test_page_url_becomes_an_article(site: Site, tmp_path: Path) -> None:
    url = site.add("/goma", PAGE)
    [article] = read_inputs([url], fetch=options(tmp_path))
    assert isinstance(article, Article)
    assert "M23 rebels" in article.text and article.url == url and article.id == url


def test_feed_url_fetches_each_entry_and_reports_failures(site: Site, tmp_path: Path) -> None:
    site.add("/goma", PAGE)
    feed = site.add("/feed", FEED.format(base=site.base), "application/rss+xml")
    first, second = read_inputs([feed], fetch=options(tmp_path))
    assert isinstance(first, Article) and "M23 rebels" in first.text
    assert first.published is not None and first.published.day == 5
    assert isinstance(second, FetchError) and "404" in str(second)


def test_blocked_url_is_an_error_not_a_crash(site: Site, tmp_path: Path) -> None:
    url = site.add("/goma", PAGE)
    [item] = read_inputs([url], fetch=options(tmp_path, allow_private=False))
    assert isinstance(item, BlockedAddress)
