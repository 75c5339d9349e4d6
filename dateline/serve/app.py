"""The FastAPI app: the API under /api, the page at /, OpenAPI at /docs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from dateline.errors import TooLarge
from dateline.serve import errors
from dateline.serve.routes import articles, events, extract, page, stats
from dateline.serve.store import ServeState, ensure_indexes

MAX_BODY_BYTES = 2_000_000


def create_app(db_path: Path, token: str | None = None, tile_url: str | None = None) -> FastAPI:
    """The app over the store at ``db_path`` (which must exist); ingest needs ``token``."""
    ensure_indexes(db_path)  # fails now, not on the first request, if there is no store
    app = FastAPI(
        title="Dateline",
        summary="ACLED-style conflict events coded from news reports, with their evidence.",
        version="1",
    )
    app.state.serve = ServeState(db=db_path, token=token or None, tile_url=tile_url)
    errors.install(app)
    app.middleware("http")(_limit_body)
    for module in (events, stats, articles, extract, page):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=page.STATIC), name="static")
    return app


async def _limit_body(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Refuse bodies over MAX_BODY_BYTES by their declared length, before reading them."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_BODY_BYTES:
        exc = TooLarge(f"request body of {length} bytes is over {MAX_BODY_BYTES}")
        return errors.envelope(413, exc.code, exc.message, exc.hint)
    return await call_next(request)
