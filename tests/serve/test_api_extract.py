"""POST /api/extract: the extract record out, nothing stored, clear 4xx errors."""

from __future__ import annotations

import httpx

from dateline.serve.models import MAX_TEXT_CHARS

TEXT = (
    "Gunmen killed three police officers at a checkpoint near Baqubah in Diyala province, "
    "Iraq, on Monday night, a security official said."
)


def test_extract_returns_the_record_and_stores_nothing(client: httpx.Client) -> None:
    before = client.get("/api/events").json()["total"]
    answer = client.post("/api/extract", json={"text": TEXT, "published": "2024-03-12"})
    assert answer.status_code == 200, answer.text
    result = answer.json()
    assert result["published"] == "2024-03-12"
    event = result["events"][0]
    assert event["event_date"] == "2024-03-11"
    assert event["location"]["name"] == "Baqubah"
    assert all(TEXT[s["start"] : s["end"]] == s["text"] for s in event["evidence"])
    assert client.get("/api/events").json()["total"] == before


def test_extract_errors_name_the_problem(client: httpx.Client) -> None:
    cases = [
        ({"text": ""}, 422, "text"),
        ({"published": "2024-03-12"}, 422, "text"),
        ({"text": TEXT, "published": "yesterday"}, 422, "published"),
        ({"text": TEXT, "colour": "red"}, 422, "colour"),
        ({"text": "x" * (MAX_TEXT_CHARS + 1)}, 422, "text"),
    ]
    for body, status, named in cases:
        answer = client.post("/api/extract", json=body)
        assert answer.status_code == status, answer.text
        assert named in answer.json()["error"]["message"]
    broken = client.post(
        "/api/extract", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert broken.status_code == 422 and broken.json()["error"]["code"] == "E104"
    huge = client.post("/api/extract", content=b"x" * 2_000_001)
    assert huge.status_code == 413 and huge.json()["error"]["code"] == "E804"
    assert client.get("/api/extract").status_code == 405
