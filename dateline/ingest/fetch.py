"""Fetch web pages and feeds (httpx) politely and safely, with an on-disk cache by URL.

Every hop (the first request and each redirect) is checked before it is made: its host is
resolved and each address it resolves to must be public. ``allow_private`` also admits
private (RFC 1918, unique-local) and loopback addresses, for a newsroom's intranet or a
test server; link-local addresses (169.254.0.0/16, where cloud metadata services answer,
and fe80::/10), unspecified, multicast and reserved addresses are refused always. Redirects
are followed by hand (at most ``max_redirects``) so that no hop escapes the check. A host
that resolves differently between the check and the connection (DNS rebinding) is not
covered: run untrusted URL lists behind an egress firewall as well.

Each host's ``robots.txt`` is read once and honoured for the User-Agent, requests to one
host are spaced at least ``host_interval`` seconds apart, transient failures (timeouts,
connection errors, 429 and 5xx) are retried with exponential backoff, and a body over
``max_bytes`` is refused while it streams. A fetched page (status 200) is kept under
``cache_dir`` keyed by the SHA-256 of its URL, so a re-run fetches nothing twice.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import socket
import tempfile
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from dateline.errors import BlockedAddress, FetchError, RobotsDisallowed

ROBOTS_AGENT = "Dateline"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
TRANSIENT = frozenset({429, 500, 502, 503, 504})
ANY_IP = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How pages are fetched; ``cache_dir=None`` keeps nothing on disk."""

    cache_dir: Path | None = None
    allow_private: bool = False
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0
    max_bytes: int = 10_000_000
    host_interval: float = 1.0
    max_redirects: int = 5
    robots: bool = True
    user_agent: str = field(default_factory=lambda: user_agent())


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched document: the URL asked for, the URL it came from, its type and bytes."""

    url: str
    final_url: str
    content_type: str
    body: bytes
    cached: bool = False


def user_agent() -> str:
    """``Dateline/VERSION (...)``: sites can see who fetches and what for."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("dateline")
    except PackageNotFoundError:
        release = "dev"
    return f"Dateline/{release} (news event coder; python-httpx)"


def address_refusal(address: ANY_IP, allow_private: bool) -> str | None:
    """Why ``address`` may not be fetched, or None when it may."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address.is_link_local:
        return "a link-local address (refused always: cloud metadata lives there)"
    if address.is_unspecified or address.is_multicast or address.is_reserved:
        return "an unspecified, multicast or reserved address (refused always)"
    if address.is_loopback and not allow_private:
        return "a loopback address (pass --allow-private to fetch it)"
    if address.is_private and not address.is_loopback and not allow_private:
        return "a private address (pass --allow-private to fetch it)"
    return None


def check_url(url: str, allow_private: bool) -> None:
    """Raise ``BlockedAddress`` unless ``url`` is http(s) and every address of its host is
    allowed; ``FetchError`` when the host does not resolve."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BlockedAddress(f"{url}: only http(s) URLs with a host are fetched")
    for address in _addresses(url, parts.hostname, parts.port):
        reason = address_refusal(address, allow_private)
        if reason:
            raise BlockedAddress(f"{url}: {parts.hostname} is {address}, {reason}")


def _addresses(url: str, host: str, port: int | None) -> list[ANY_IP]:
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"{url}: cannot resolve {host} ({exc})") from exc
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


@dataclass(slots=True)
class _Hosts:
    """Per-host state shared by every fetch: the last request time and robots rules."""

    last: dict[str, float] = field(default_factory=dict)
    robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


class Fetcher:
    """Fetches URLs under ``FetchOptions``; one client (connection pool) for its lifetime."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        import httpx  # imported only when something is fetched

        self.options = options or FetchOptions()
        self.hosts = _Hosts()
        self.client = httpx.Client(
            timeout=self.options.timeout,
            follow_redirects=False,
            headers={"User-Agent": self.options.user_agent},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> Page:
        """The page at ``url`` (from the cache when it was fetched before)."""
        cached = self._cached(url)
        if cached is not None:
            return cached
        if self.options.robots:
            self._check_robots(url)
        page = self._follow(url)
        self._store(page)
        return page

    def _follow(self, url: str) -> Page:
        current = url
        for _ in range(self.options.max_redirects + 1):
            check_url(current, self.options.allow_private)
            status, headers, body = self._get(current)
            if status in REDIRECTS and headers.get("location"):
                current = urljoin(current, headers["location"])
                continue
            if status != 200:
                raise FetchError(f"{url}: HTTP {status} from {current}")
            content_type = headers.get("content-type", "").split(";")[0].strip().lower()
            return Page(url, current, content_type, body)
        raise FetchError(f"{url}: more than {self.options.max_redirects} redirects")

    def _get(self, url: str) -> tuple[int, dict[str, str], bytes]:
        """One request with retries; the status, lower-cased headers and body."""
        import httpx

        attempt = 0
        while True:
            self._wait_turn(url)
            try:
                status, headers, body = self._stream(url)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                if attempt >= self.options.retries:
                    raise FetchError(f"{url}: {type(exc).__name__} ({exc})") from exc
            else:
                if status not in TRANSIENT or attempt >= self.options.retries:
                    return status, headers, body
            time.sleep(self.options.backoff * 2**attempt)
            attempt += 1

    def _stream(self, url: str) -> tuple[int, dict[str, str], bytes]:
        with self.client.stream("GET", url) as response:
            headers = {k.lower(): v for k, v in response.headers.items()}
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.options.max_bytes:
                    raise FetchError(f"{url}: over the {self.options.max_bytes}-byte size cap")
                chunks.append(chunk)
            return response.status_code, headers, b"".join(chunks)

    def _wait_turn(self, url: str) -> None:
        """Sleep until ``host_interval`` has passed since the last request to this host."""
        host = urlsplit(url).netloc.lower()
        with self.hosts.lock:
            now = time.monotonic()
            start = max(now, self.hosts.last.get(host, -1e9) + self.options.host_interval)
            self.hosts.last[host] = start
        if start > now:
            time.sleep(start - now)

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        rules = self.hosts.robots.get(root)
        if rules is None:
            rules = self.hosts.robots[root] = self._robots(root)
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise RobotsDisallowed(f"{url}: disallowed by {root}/robots.txt")

    def _robots(self, root: str) -> urllib.robotparser.RobotFileParser:
        """The host's rules (RFC 9309): none on 4xx, everything disallowed on 5xx."""
        rules = urllib.robotparser.RobotFileParser(f"{root}/robots.txt")
        try:
            page = self._follow(f"{root}/robots.txt")
        except BlockedAddress:
            raise
        except FetchError as exc:
            unavailable = " HTTP 4" in str(exc)
            rules.parse([] if unavailable else ["User-agent: *", "Disallow: /"])
            return rules
        rules.parse(page.body.decode("utf-8", "replace").splitlines())
        return rules

    def _cache_path(self, url: str) -> Path | None:
        if self.options.cache_dir is None:
            return None
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.options.cache_dir / "pages" / digest[:2] / digest

    def _cached(self, url: str) -> Page | None:
        path = self._cache_path(url)
        if path is None or not path.exists():
            return None
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        return Page(url, meta["final_url"], meta["content_type"], path.read_bytes(), cached=True)

    def _store(self, page: Page) -> None:
        path = self._cache_path(page.url)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"url": page.url, "final_url": page.final_url, "content_type": page.content_type}
        _atomic_write(path.with_suffix(".json"), json.dumps(meta).encode("utf-8"))
        _atomic_write(path, page.body)  # the body last: it is what marks the entry complete


def _atomic_write(path: Path, data: bytes) -> None:
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(name, path)
    except OSError:
        Path(name).unlink(missing_ok=True)
        raise


def page_kind(page: Page) -> str:
    """ "feed" or "html", by content type first, then by the body's first bytes."""
    feed_types = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
    if page.content_type in feed_types or page.content_type.endswith("+xml"):
        return "feed"
    head = page.body[:512].lstrip().lower()
    if page.content_type != "text/html" and head.startswith((b"<?xml", b"<rss", b"<feed")):
        return "feed"
    return "html"
