"""The example store and a real uvicorn server over it, for the serve tests."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from dateline.serve import create_app
from dateline.serve.runner import running as run_app
from dateline.settings import Settings
from dateline.store import ingest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [
    ROOT / "examples" / "two-incidents.jsonl",
    ROOT / "examples" / "serve-demo.jsonl",
    ROOT / "examples" / "ain-al-assad.txt",
]
TOKEN = "test-token"
PUBLISHED = dt.datetime(2024, 8, 6)  # for the bundled report, which has no date of its own


def build_store(db: Path) -> None:
    """The example store: the two-incident reports, the demo articles, the bundled report."""
    summary = ingest([str(p) for p in EXAMPLES], db, PUBLISHED, Settings(n_process=1))
    assert summary.failed == 0, summary.errors


@contextlib.contextmanager
def running(db: Path, token: str | None = None) -> Iterator[str]:
    """Serve ``db`` on 127.0.0.1 at a free port; yields the base URL; stops on exit."""
    with run_app(create_app(db, token=token)) as url:
        yield url
