"""The ``dateline`` command group; each command lives in a module named for its job."""

from __future__ import annotations

import click


@click.group()
@click.version_option(package_name="dateline")
def main() -> None:
    """Dateline: news reports of armed conflict in, ACLED-style event records out."""
