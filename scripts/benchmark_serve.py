"""Serve benchmark: API latency and page load time on a store of 100,000 events.

Builds the example store (real articles, reports and merges), adds N synthetic events
copied from its events with varied dates, places, types and counts, serves it with uvicorn
on a free localhost port and measures each endpoint (median and p95 of repeated calls) and
the page's load time in Debian's headless Chromium (Playwright, if installed).

    python scripts/benchmark_serve.py [--events 100000] [--repeat 10]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from dateline.serve import create_app
from dateline.serve.runner import running
from dateline.settings import Settings
from dateline.store.ingestion import ingest
from dateline.store.merger import event_row
from dateline.store.schema import connect

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ["two-incidents.jsonl", "serve-demo.jsonl", "ain-al-assad.txt"]
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Riots", "Violent demonstration"),
    ("Strategic developments", "Looting/property destruction"),
]


def build(db: Path, count: int) -> str:
    """The example store plus ``count`` synthetic events; returns a real merged event's uid."""
    ingest([str(ROOT / "examples" / n) for n in EXAMPLES], db, None, Settings(n_process=1))
    conn = connect(db)
    templates = [json.loads(r[0]) for r in conn.execute("SELECT record FROM events")]
    real = conn.execute("SELECT event_uid FROM events ORDER BY n_reports DESC").fetchone()[0]
    places = [t["location"] for t in templates if (t.get("location") or {}).get("latitude")]
    rng = random.Random(16)
    conn.execute("BEGIN")
    for n in range(count):
        conn.execute(f"INSERT INTO events VALUES ({', '.join('?' * 26)})", event_row(_synthetic(
            n, rng, templates, places)))  # fmt: skip
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    return str(real)


def _synthetic(
    n: int, rng: random.Random, templates: list[dict[str, Any]], places: list[dict[str, Any]]
) -> dict[str, Any]:
    record = dict(templates[n % len(templates)], event_uid=f"ev-syn{n:012x}")
    place = dict(rng.choice(places))
    place["latitude"] = round(place["latitude"] + rng.gauss(0, 1.5), 4)
    place["longitude"] = round(place["longitude"] + rng.gauss(0, 1.5), 4)
    place["geo_precision"] = rng.choice((1, 1, 1, 2, 3))
    record["location"] = place
    record["event_type"], record["sub_event_type"] = TYPES[n % len(TYPES)]
    day = 19358 + rng.randrange(3 * 365)  # days since 1970 from 2023-01-01
    record["event_date"] = time.strftime("%Y-%m-%d", time.gmtime(day * 86400))
    dead = int(rng.expovariate(0.3))
    record["fatalities"] = {"best": dead, "low": dead, "high": dead, "text": None}
    return record


def latency(client: httpx.Client, path: str, repeat: int) -> dict[str, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        answer = client.get(path)
        times.append(time.perf_counter() - started)
        answer.raise_for_status()
    times.sort()
    return {"median_ms": round(statistics.median(times) * 1000, 1),
            "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))] * 1000, 1),
            "bytes": len(answer.content)}  # fmt: skip


def page_load(url: str, repeat: int) -> dict[str, Any]:
    """Seconds from navigation until the page has drawn map, timeline, facets and table."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"skipped": "playwright is not installed"}
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        return {"skipped": "no chromium binary"}
    times, brush = [], []
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            started = time.perf_counter()
            page.goto(url + "/")
            page.locator("body[data-ready='1']").wait_for(state="attached", timeout=120_000)
            times.append(time.perf_counter() - started)
            brush.append(_brush(page))
            page.close()
        browser.close()
    return {"load_median_s": round(statistics.median(times), 2), "load_max_s": round(max(times), 2),
            "brush_to_redraw_median_s": round(statistics.median(brush), 2)}  # fmt: skip


def _brush(page: Any) -> float:
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] / 2
    started = time.perf_counter()
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=3)
    page.mouse.up()
    page.wait_for_url(re.compile("since="))  # the page's CSP forbids JS predicates (eval)
    page.locator("body[data-loading='0']").wait_for(state="attached", timeout=120_000)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        db = Path(tmp) / "events.db"
        started = time.perf_counter()
        uid = build(db, args.events)
        report: dict[str, Any] = {
            "events": args.events,
            "build_s": round(time.perf_counter() - started, 1),
        }
        paths = {
            "events page (100)": "/api/events?limit=100",
            "events page, -fatalities": "/api/events?limit=100&sort=-fatalities",
            "events filtered": (
                "/api/events?limit=100&type=Battles&since=2024-01-01&until=2024-03-31"
            ),
            "events text search": "/api/events?limit=100&text=checkpoint",
            "stats (all)": "/api/stats",
            "stats (brushed month)": "/api/stats?since=2024-03-01&until=2024-03-31",
            "map world (cells)": "/api/map?zoom=2",
            "map zoomed (bbox)": "/api/map?zoom=8&bbox=44,33.5,45,34.2",
            "event detail": f"/api/events/{uid}",
            "csv download, one month": "/api/events?format=csv&since=2024-03-01&until=2024-03-31",
            "csv download, all": "/api/events?format=csv",
        }
        with running(create_app(db)) as url, httpx.Client(base_url=url, timeout=300) as client:
            report["latency"] = {name: latency(client, path, args.repeat if "all" not in name
                                               else 2) for name, path in paths.items()}  # fmt: skip
            report["page"] = page_load(url, 3)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
