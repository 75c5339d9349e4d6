"""The same article codes the same way in every run, whatever Python's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.models import Analysis, Article, Place
from dateline.resolve.actors import _article_country

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ain-al-assad.txt"


def _analysis(*codes: str) -> Analysis:
    places = [Place(text=c, start=i, end=i + 1, name=c, country_iso=c) for i, c in enumerate(codes)]
    return Analysis(article=Article(text="x"), places=places)


@pytest.mark.parametrize(("codes", "expected"), [(("TR", "RU"), "TR"), (("RU", "TR"), "RU")])
def test_a_tie_between_countries_goes_to_the_first_named(codes, expected) -> None:
    assert _article_country(_analysis(*codes)) == expected


def test_most_named_country_wins() -> None:
    assert _article_country(_analysis("RU", "TR", "TR")) == "TR"


def _extract(path: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    script = Path(sys.executable).parent / "dateline"
    command = [str(script), "extract", str(path), "--published", "2024-08-06"]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout


def test_output_does_not_depend_on_the_hash_seed() -> None:
    outputs = {_extract(EXAMPLE, seed) for seed in ("1", "2", "5")}
    assert len(outputs) == 1 and '"events"' in outputs.pop()
