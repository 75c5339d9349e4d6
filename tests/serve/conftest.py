"""Session fixtures: the example store and a server over it (with an ingest token)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.serve.server import TOKEN, build_store, running


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("serve") / "events.db"
    build_store(db)
    return db


@pytest.fixture(scope="session")
def base_url(example_db: Path) -> Iterator[str]:
    with running(example_db, token=TOKEN) as url:
        yield url


@pytest.fixture()
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=60) as http:
        yield http
