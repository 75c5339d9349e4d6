"""``dateline gazetteer``: build, import into and look up the gazetteer index."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from dateline.settings import Settings

if TYPE_CHECKING:
    pass

# Windows stay far below spaCy's max_length (1,000,000 characters) and its memory needs.

from dateline.cli.group import main

# How alike (rapidfuzz ratio, 0-100) a loosely keyed gazetteer name must be to the query.
LOOSE_MATCH_SIMILARITY = 60


@main.group()
def gazetteer() -> None:
    """Build, extend and query the local gazetteer (GeoNames, CC BY 4.0)."""


@gazetteer.command("build")
def gazetteer_build() -> None:
    """(Re)build the gazetteer index from the packaged GeoNames data."""
    from dateline.resolve.place.gazetteer import build

    stats = build(Settings().gazetteer_path, progress=lambda m: click.echo(m, err=True))
    click.echo(json.dumps(dataclasses.asdict(stats), default=str))


@gazetteer.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def gazetteer_import(file: Path) -> None:
    """Add a GeoNames dump (allCountries/cities*/alternateNamesV2/admin1CodesASCII)."""
    from dateline.resolve.place.gazetteer import Gazetteer, import_geonames

    Gazetteer.open(Settings().gazetteer_path).close()  # builds the base index first if missing
    count = import_geonames(file, Settings().gazetteer_path)
    click.echo(json.dumps({"file": str(file), "rows": count}))


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--country", default=None, help="ISO 3166-1 alpha-2 code to filter by.")
@click.option("--limit", type=int, default=10, show_default=True)
def gazetteer_lookup(name: str, country: str | None, limit: int) -> None:
    """Candidates for NAME, best first, as JSON lines; none is an error (exit code 1)."""
    from dateline.resolve.place.gazetteer import Gazetteer

    gaz = Gazetteer.open(Settings().gazetteer_path)
    found = [c for c in gaz.lookup(name, country_iso=country, limit=limit) if _alike(name, c)]
    if not found:
        raise click.ClickException(f"no place called {name!r} in the gazetteer")
    for cand in found:
        click.echo(json.dumps(dataclasses.asdict(cand), ensure_ascii=False))


def _alike(name: str, candidate: Any) -> bool:
    """A loose-key match (``match`` 0) counts only when it is spelled much like the query:
    "Mogadisho" finds Mogadishu, "Qwertyuiop" finds nothing."""
    from rapidfuzz import fuzz
    from unidecode import unidecode

    if candidate.match > 0:
        return True
    similarity = fuzz.ratio(unidecode(name).lower(), unidecode(candidate.name).lower())
    return similarity >= LOOSE_MATCH_SIMILARITY
