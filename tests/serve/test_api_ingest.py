"""POST /api/ingest: off without a token, Bearer-only with one; stores and merges."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

from tests.serve.server import TOKEN, running

ARTICLE = {
    "id": "kirkuk-courier",
    "source": "Northern Courier",
    "published": "2024-04-02",
    "title": "Roadside bomb wounds two soldiers near Kirkuk",
    "text": "Roadside bomb wounds two soldiers near Kirkuk\n\nKIRKUK, Iraq — A roadside bomb "
    "exploded next to an army patrol south of Kirkuk on Monday, wounding two soldiers, "
    "a military spokesman said.",
}


@pytest.fixture()
def own_db(example_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "copy.db"
    shutil.copy(example_db, db)
    return db


def test_ingest_is_off_without_a_token(own_db: Path) -> None:
    with running(own_db, token=None) as url:
        answer = httpx.post(f"{url}/api/ingest", json={"articles": [ARTICLE]},
                            headers={"Authorization": "Bearer anything"})  # fmt: skip
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "E803"


def test_ingest_needs_the_bearer_token(base_url: str) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}):
        answer = httpx.post(f"{base_url}/api/ingest", json={"articles": [ARTICLE]}, headers=headers)
        assert answer.status_code == 401, answer.text
        assert answer.json()["error"]["code"] == "E802"
        assert answer.headers["www-authenticate"] == "Bearer"


def test_ingest_stores_and_is_idempotent(own_db: Path) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with running(own_db, token=TOKEN) as url, httpx.Client(base_url=url, timeout=120) as client:
        before = client.get("/api/events").json()["total"]
        first = client.post("/api/ingest", json={"articles": [ARTICLE]}, headers=auth)
        assert first.status_code == 200, first.text
        assert first.json()["coded"] == 1
        assert client.get("/api/events").json()["total"] == before + 1
        again = client.post("/api/ingest", json={"articles": [ARTICLE]}, headers=auth).json()
        assert again["unchanged"] == 1 and again["coded"] == 0
        assert client.get("/api/articles/kirkuk-courier").json()["source"] == "Northern Courier"
        empty = client.post("/api/ingest", json={"articles": []}, headers=auth)
        assert empty.status_code == 422 and "articles" in empty.json()["error"]["message"]
