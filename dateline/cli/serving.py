"""``dateline serve``: the HTTP API and the web page over a store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from dateline.errors import (
    DatelineError,
)

if TYPE_CHECKING:
    pass

# Windows stay far below spaCy's max_length (1,000,000 characters) and its memory needs.

from dateline.cli.corpus import DB_OPTION
from dateline.cli.group import main


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="DATELINE_TOKEN", show_envvar=True, default=None,
              help="Allow POST /api/ingest with this Bearer token.")  # fmt: skip
@click.option("--tile-url", default=None, help="A tile server URL template for the map.")
def serve(db: Path, host: str, port: int, token: str | None, tile_url: str | None) -> None:
    """Serve the store at --db: the map page at / and the API under /api (OpenAPI at /docs)."""
    import uvicorn

    from dateline.serve import create_app

    try:
        app = create_app(db, token=token, tile_url=tile_url)
    except DatelineError as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(f"dateline: serving {db} on http://{host}:{port}/", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"dateline: warning: {host} is reachable from other machines; the API has no TLS, "
            "so an ingest token travels in clear text (put a TLS proxy in front)",
            err=True,
        )
    uvicorn.run(app, host=host, port=port, log_level="warning")
