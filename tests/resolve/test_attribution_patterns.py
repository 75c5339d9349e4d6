"""Attribution patterns stay fast on long text, and the dependency lookups are the shared ones."""

from __future__ import annotations

import time
from pathlib import Path

from dateline import vocabulary as V
from dateline.resolve.attribution import findings as attribution


def test_apposition_pattern_is_fast_on_long_text() -> None:
    tail = ", a " + "very " * 5000 + "odd thing"
    start = time.perf_counter()
    assert V.pattern("attribution_names", "apposed_group").match(tail) is None
    assert time.perf_counter() - start < 0.5


def test_no_private_tree_helpers_left() -> None:
    package = Path(attribution.__file__).parent
    source = "\n".join(path.read_text() for path in package.glob("*.py"))
    assert "def _subject(" not in source and "def _child(" not in source
