"""The page: index.html, its static files and its configuration."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse

from dateline.serve.models import Config
from dateline.serve.store import Conn, state
from dateline.store.merger import stale

STATIC = Path(__file__).resolve().parent.parent / "static"
EVENT_TYPES = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
]

router = APIRouter(tags=["page"])


# Scripts, styles and data only from this server; images may come from a configured tile
# server (any http/https host); inline styles are Leaflet's.
CSP = (
    "default-src 'self'; script-src 'self'; connect-src 'self'; "
    "img-src 'self' data: http: https:; style-src 'self' 'unsafe-inline'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


@router.get("/", include_in_schema=False)
def index() -> FileResponse:
    headers = {"Cache-Control": "no-cache", "Content-Security-Policy": CSP}
    return FileResponse(STATIC / "index.html", headers=headers)


@router.get("/api/config", response_model=Config)
def config(request: Request, conn: Conn) -> Config:
    """What the page needs: an optional tile URL, the event types in legend order, and
    whether the events are stale (reports or merge settings changed since the last merge)."""
    return Config(tile_url=state(request).tile_url, event_types=EVENT_TYPES, stale=stale(conn))
