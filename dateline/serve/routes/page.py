"""The page: index.html, its static files and its configuration."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse

from dateline.serve.models import Config
from dateline.serve.store import state

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


@router.get("/", include_in_schema=False)
def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})


@router.get("/api/config", response_model=Config)
def config(request: Request) -> Config:
    """What the page needs: an optional tile URL and the event types in legend order."""
    return Config(tile_url=state(request).tile_url, event_types=EVENT_TYPES)
