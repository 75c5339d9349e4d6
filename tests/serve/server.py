"""A real uvicorn server on a free localhost port, in a thread, for the serve tests."""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import uvicorn

from dateline.serve import create_app
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
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, token=token), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
