"""``dateline gazetteer``: build, import into and look up the gazetteer index."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from dateline.cli.group import main
from dateline.errors import DatelineError, UnknownCountry
from dateline.resolve.place.downloads import DEFAULT_BASE_URL
from dateline.settings import Settings

if TYPE_CHECKING:
    from dateline.resolve.place.country_dumps import CountryImport

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


@gazetteer.command("download")
@click.argument("countries", nargs=-1, metavar="COUNTRY...")
@click.option(
    "--base-url",
    default=DEFAULT_BASE_URL,
    show_default=True,
    help="Where the dumps are: XX.zip and alternatenames/XX.zip under it (a mirror).",
)
@click.option("--force", is_flag=True, help="Download and import again countries already in.")
def gazetteer_download(countries: tuple[str, ...], base_url: str, force: bool) -> None:
    """Download GeoNames' dump of each COUNTRY (ISO code such as IQ, or a name such as
    Syria) and import its populated places and admin areas, village level. Needs internet;
    a country already imported is skipped. One JSON line per country."""
    from dateline.resolve.place.country_dumps import country_codes, download_country
    from dateline.resolve.place.downloads import DownloadOptions
    from dateline.resolve.place.gazetteer import Gazetteer

    if not countries:
        raise click.UsageError("name at least one country, e.g. dateline gazetteer download IQ SY")
    path = Settings().gazetteer_path
    gaz = Gazetteer.open(path, progress=lambda m: click.echo(m, err=True))
    try:
        codes = country_codes(countries, gaz)
    except UnknownCountry as exc:
        raise click.UsageError(str(exc)) from exc
    finally:
        gaz.close()
    options = DownloadOptions(base_url=base_url)
    failed = 0
    with _byte_progress() as progress:
        for iso in codes:
            try:
                record = download_country(iso, path, options, force=force, progress=progress)
            except DatelineError as exc:  # offline, 404, a corrupt zip: the next country
                click.echo(f"dateline: error: {exc}", err=True)
                failed += 1
                continue
            click.echo(json.dumps(dataclasses.asdict(record)))
            click.echo(_said(record), err=True)
    if failed:
        sys.exit(1)


def _said(record: CountryImport) -> str:
    if record.status == "imported":
        return (
            f"dateline: {record.country}: {record.places} places and {record.names} alternate"
            f" names imported ({record.known} already in the gazetteer)"
        )
    return (
        f"dateline: {record.country} was imported on {record.imported[:10]}: nothing done"
        " (--force imports it again)"
    )


@contextlib.contextmanager
def _byte_progress() -> Iterator[Callable[[str], Callable[[int, int | None], None]]]:
    """For each file, a function to call with its bytes so far and its size; a rich bar on
    stderr when it is a terminal, nothing otherwise."""
    if not sys.stderr.isatty():
        yield lambda label: lambda done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
               TransferSpeedColumn())  # fmt: skip
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:

        def per_file(label: str) -> Callable[[int, int | None], None]:
            task = bar.add_task(label, total=None)
            return lambda done, total: bar.update(task, completed=done, total=total)

        yield per_file


@gazetteer.command("list")
def gazetteer_list() -> None:
    """The countries downloaded into the gazetteer, one JSON line each (date, rows)."""
    from dateline.resolve.place.country_dumps import recorded

    path = Settings().gazetteer_path
    records = recorded(path)
    for record in records.values():
        fields = dataclasses.asdict(record)
        del fields["status"]
        click.echo(json.dumps(fields))
    if not records:
        click.echo(
            "dateline: no country downloaded; the gazetteer holds the packaged places only"
            " (dateline gazetteer download IQ adds Iraq's villages)",
            err=True,
        )


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
