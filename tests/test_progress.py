"""The progress bar: drawn only on a terminal; with and without a known total."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from dateline.progress import article_progress, expected_articles


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("total", [None, 3])
def test_bar_counts_articles_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, total: int | None
) -> None:
    monkeypatch.setattr(sys, "stderr", FakeTerminal())
    with article_progress("coding", total) as advance:
        for _ in range(3):
            advance(1)


def test_nothing_is_drawn_off_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    with article_progress("coding", 2) as advance:
        advance(2)
    assert stream.getvalue() == ""


def test_expected_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    assert expected_articles([str(tmp_path)]) == 3
    assert expected_articles(["https://example.org/feed"]) is None
