"""GET /api/events, /api/events/{uid}, /api/articles/{id}, /api/stats, /api/map against a
real uvicorn server over the example store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import httpx

from dateline.store import Filters, open_store, write_events

BAQUBAH_SOURCES = {"checkpoint-courier", "checkpoint-wire"}


def _all(client: httpx.Client, **params: object) -> list[dict]:
    rows: list[dict] = []
    cursor = None
    while True:
        page = client.get("/api/events", params={**params, "limit": 3, "cursor": cursor})
        assert page.status_code == 200, page.text
        body = page.json()
        rows += body["events"]
        cursor = body["next_cursor"]
        if cursor is None:
            return rows


def test_pages_cover_every_event_once(client: httpx.Client) -> None:
    total = client.get("/api/events").json()["total"]
    rows = _all(client)
    assert total >= 8
    assert len(rows) == total == len({r["event_uid"] for r in rows})
    days = [r["event_date"] or "" for r in rows]
    assert days == sorted(days)


def test_filters_narrow_and_agree_with_stats(client: httpx.Client) -> None:
    iraq = client.get("/api/events", params={"country": "IQ", "limit": 1000}).json()
    assert iraq["total"] == len(iraq["events"]) > 0
    assert {r["country"] for r in iraq["events"]} == {"Iraq"}
    stats = client.get("/api/stats", params={"country": "Iraq"}).json()
    assert stats["total"]["events"] == iraq["total"]
    ranged = {"since": "2024-03-10", "until": "2024-03-20"}
    page = client.get("/api/events", params=ranged).json()
    assert all("2024-03-10" <= r["event_date"] <= "2024-03-20" for r in page["events"])
    assert client.get("/api/stats", params=ranged).json()["total"]["events"] == page["total"]


def test_text_type_and_fatalities_filters(client: httpx.Client) -> None:
    found = client.get("/api/events", params={"text": "checkpoint"}).json()
    assert found["total"] >= 1
    battles = client.get("/api/events", params={"type": "Battles"}).json()
    assert {r["event_type"] for r in battles["events"]} == {"Battles"}
    deadly = client.get("/api/events", params={"min_fatalities": 5}).json()
    assert all((r["fatalities"] or 0) >= 5 for r in deadly["events"])
    plain = client.get("/api/events", params={"text": "a:b-c (x"})
    assert plain.status_code == 200  # plain words are quoted, not FTS5 syntax
    for path in ("/api/events", "/api/stats", "/api/map"):
        broken = client.get(path, params={"text": 'a "unclosed'})
        assert broken.status_code == 400, (path, broken.text)
        assert broken.json()["error"]["code"] == "E700"


def test_csv_and_geojson_downloads_match_the_filter(client: httpx.Client) -> None:
    params = {"country": "Iraq"}
    total = client.get("/api/events", params=params).json()["total"]
    download = client.get("/api/events", params={**params, "format": "csv"})
    assert download.status_code == 200
    assert download.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(download.text)))
    assert len(rows) == total == int(download.headers["x-total-count"])
    geo_answer = client.get("/api/events", params={**params, "format": "geojson"})
    geo = geo_answer.json()
    assert geo["type"] == "FeatureCollection"
    assert 0 < len(geo["features"]) == int(geo_answer.headers["x-total-count"]) <= total
    assert {f["properties"]["event_uid"] for f in geo["features"]} <= {r["event_uid"] for r in rows}


def test_downloads_equal_the_cli_export(client: httpx.Client, example_db: Path) -> None:
    """The API's CSV and GeoJSON are what ``dateline events`` writes for the same filter."""
    conn = open_store(example_db)
    try:
        for fmt in ("csv", "geojson"):
            out = example_db.parent / f"cli.{fmt}"
            write_events(conn, Filters(country="Iraq"), fmt, out)
            api = client.get("/api/events", params={"country": "Iraq", "format": fmt}).text
            expected = out.read_text(encoding="utf-8")
            if fmt == "csv":
                assert api.replace("\r\n", "\n") == expected.replace("\r\n", "\n")
            else:
                assert json.loads(api) == json.loads(expected)
    finally:
        conn.close()


def test_event_detail_has_reports_evidence_and_explanation(client: httpx.Client) -> None:
    rows = _all(client, text="Baqubah")
    merged = next(r for r in rows if r["n_reports"] >= 2)
    detail = client.get(f"/api/events/{merged['event_uid']}").json()
    assert detail["event"]["event_uid"] == merged["event_uid"]
    assert {r["article_id"] for r in detail["reports"]} == BAQUBAH_SOURCES
    for report in detail["reports"]:
        assert report["evidence"]
        assert sum(map(len, report["spans_by_field"].values())) == len(report["evidence"])
        for span in report["evidence"]:
            assert report["text"][span["start"] : span["end"]] == span["text"]
    assert detail["explanation"]["merged"]


def test_article_has_text_events_places_dates(client: httpx.Client) -> None:
    article = client.get("/api/articles/checkpoint-wire").json()
    assert article["source"] == "Valley Wire"
    assert article["events"] and article["events"][0]["event_uid"].startswith("ev-")
    for item in article["places"] + article["dates"]:
        assert article["text"][item["start"] : item["end"]] == item["text"]


def test_stats_timeline_and_facets(client: httpx.Client) -> None:
    stats = client.get("/api/stats").json()
    assert sum(r["events"] for r in stats["timeline"]) <= stats["total"]["events"]
    types = {f["value"] for f in stats["facets"]["event_type"]}
    assert {"Battles", "Explosions/Remote violence"} <= types
    assert stats["facets"]["fatalities"][0] == {"value": 0, "events": stats["total"]["events"]}
    weekly = client.get("/api/stats", params={"interval": "week"}).json()
    assert weekly["interval"] == "week"
    brushed = client.get("/api/stats", params={"since": "2024-08-01"}).json()
    assert brushed["timeline"] == stats["timeline"]  # the timeline keeps its context


def test_map_points_and_cells(client: httpx.Client) -> None:
    points = client.get("/api/map").json()
    assert points["mode"] == "points" and points["total"] == len(points["points"])
    uid, lat, lon, kind, _dead, precision = points["points"][0]
    assert -180 <= lon <= 180
    assert uid.startswith("ev-") and -90 <= lat <= 90 and kind and precision in (1, 2, 3)
    box = client.get("/api/map", params={"bbox": "40,30,50,40"}).json()
    assert all(30 <= p[1] <= 40 and 40 <= p[2] <= 50 for p in box["points"])


def test_errors_use_one_envelope(client: httpx.Client) -> None:
    cases = {
        "/api/events/ev-nothing": 404,
        "/api/articles/nothing": 404,
        "/api/events?since=2024-13-01": 422,
        "/api/events?limit=0": 422,
        "/api/events?near=1,2": 400,
        "/api/events?cursor=zzz": 400,
        "/api/events?format=xml": 422,
        "/api/map?bbox=a,b": 400,
        "/api/nothing": 404,
    }
    for path, status in cases.items():
        answer = client.get(path)
        assert answer.status_code == status, (path, answer.text)
        error = answer.json()["error"]
        assert error["code"].startswith("E") and error["message"] and error["hint"]
        assert "Traceback" not in answer.text


def test_page_and_docs_are_served(client: httpx.Client) -> None:
    assert "<title>Dateline" in client.get("/").text
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    assert "/api/events" in schema["paths"] and "/api/stats" in schema["paths"]
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    config = client.get("/api/config").json()
    assert config["stale"] is False and "Battles" in config["event_types"]
    assert "default-src 'self'" in client.get("/").headers["content-security-policy"]
