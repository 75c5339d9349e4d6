"""The page in a real browser: Debian's headless Chromium driven by Playwright's Python
package (no browser download), against a uvicorn server over the example store.

Skipped, saying why, when Playwright or a Chromium binary is missing (``make browser``
installs Debian's ``chromium``; DATELINE_CHROMIUM points at another binary).
Screenshots go to tests/artifacts/ (or DATELINE_ARTIFACTS).
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="browser tests need the playwright package (make setup-test)"
)

CHROMIUM = os.environ.get("DATELINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(
        f"browser tests skipped: no Chromium at {CHROMIUM} (run `make browser`, which installs "
        "Debian's chromium, or set DATELINE_CHROMIUM)",
        allow_module_level=True,
    )

ARTIFACTS = Path(os.environ.get("DATELINE_ARTIFACTS", Path(__file__).parents[1] / "artifacts"))
VIEWPORT = {"width": 1400, "height": 900}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with playwright_api.sync_playwright() as driver:
        launched = driver.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    """The page loaded and ready; fails the test on any console error or page error."""
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: problems.append(str(e)))
    tab.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    tab.goto(base_url + "/")
    _ready(tab)
    yield tab
    context.close()
    assert problems == []


def _ready(tab: Page) -> None:
    """Wait (with selectors: the page's CSP forbids the eval a JS predicate needs) until the
    page has drawn everything."""
    tab.locator("body[data-ready='1']").wait_for(state="attached", timeout=20_000)
    _settled(tab)


def _settled(tab: Page) -> None:
    tab.locator("body[data-loading='0']").wait_for(state="attached", timeout=20_000)


def _url_has(tab: Page, text: str) -> None:
    tab.wait_for_url(re.compile(re.escape(text)), timeout=20_000)


def _shot(tab: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / name))


def _query(tab: Page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(tab.url).query).items()}


def test_page_loads_without_errors(page: Page, client: httpx.Client) -> None:
    total = client.get("/api/events").json()["total"]
    assert page.locator("#count").get_attribute("data-total") == str(total)
    assert page.locator("#timeline svg rect").count() > 0
    assert page.locator("#events tbody tr").count() == total
    assert page.locator(".ev-marker, .ev-cluster").count() > 0
    _shot(page, "overview.png")


def test_brushing_the_timeline_filters_to_the_api_count(page: Page, client: httpx.Client) -> None:
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.02, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.2, y, steps=5)
    page.mouse.up()
    _url_has(page, "since=")
    _settled(page)
    state = _query(page)
    expected = client.get(
        "/api/events", params={"since": state["since"], "until": state["until"]}
    ).json()["total"]
    assert 0 < expected < client.get("/api/events").json()["total"]
    count = page.locator("#count")
    assert count.get_attribute("data-total") == str(expected)
    assert page.locator("#events tbody tr").count() == expected
    assert page.locator("#map").get_attribute("data-total") == str(expected)
    _shot(page, "brushed.png")


def test_marker_opens_panel_and_field_shows_its_evidence(page: Page, client: httpx.Client) -> None:
    marker = page.locator(".ev-marker").first
    uid = marker.get_attribute("data-uid")
    marker.click()
    panel = page.locator("#panel")
    panel.locator("#fields").wait_for()
    assert panel.get_attribute("data-uid") == uid
    assert f"event={uid}" in page.url
    detail = client.get(f"/api/events/{uid}").json()
    location = panel.locator("#fields button.field[data-field='location']")
    location.click()
    marks = panel.locator("#reports mark.hl")
    assert marks.count() > 0
    highlighted = " ".join(marks.all_inner_texts())
    spans = [
        s["text"] for r in detail["reports"] for s in r["evidence"] if s["field"] == "location"
    ]
    assert spans and all(part in " ".join(spans) for part in marks.all_inner_texts())
    assert highlighted
    _shot(page, "panel.png")


def test_download_matches_the_filter(page: Page, client: httpx.Client) -> None:
    page.locator("#facets ul[data-facet='country'] button[data-value='Iraq']").click()
    _url_has(page, "country=Iraq")
    _settled(page)
    page.locator(
        "#facets ul[data-facet='type'] button[data-value='Explosions/Remote violence']"
    ).click()
    _url_has(page, "type=")
    _settled(page)
    state = _query(page)
    with page.expect_download() as info:
        page.locator("#download-csv").click()
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8"))))
    expected = client.get("/api/events", params={**state, "limit": 1000}).json()["events"]
    assert {r["event_uid"] for r in rows} == {e["event_uid"] for e in expected}
    assert rows and all(r["country"] == "Iraq" for r in rows)
    assert page.locator("#count").get_attribute("data-total") == str(len(expected))


def test_the_url_shares_the_view(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport=VIEWPORT)
    tab = context.new_page()
    tab.goto(base_url + "/?country=Somalia")
    _ready(tab)
    assert tab.locator("#count").get_attribute("data-total") == "1"
    assert tab.locator("#facets button.on").count() == 1
    context.close()
