"""Vocabulary as data: each file explains itself, each entry is used, each pattern compiles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline import vocabulary as V
from dateline.errors import ResourceError

PACKAGE = Path(__file__).resolve().parents[1] / "dateline"
VOCAB = PACKAGE / "data" / "vocab"


def _source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))


def _entries() -> list[tuple[str, str]]:
    return [(concept, name) for concept in V.concepts() for name in V.entries(concept)]


@pytest.mark.parametrize("concept", V.concepts())
def test_each_file_opens_with_a_comment_saying_what_it_is_for(concept: str) -> None:
    first = (VOCAB / f"{concept}.toml").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and len(first) > 10


@pytest.mark.parametrize(("concept", "name"), _entries())
def test_each_entry_says_what_it_is_for_and_holds_one_kind(concept: str, name: str) -> None:
    entry = V.entries(concept)[name]
    assert entry.get("about", "").strip()
    assert sum(kind in entry for kind in V.KINDS) == 1


@pytest.mark.parametrize(("concept", "name"), _entries())
def test_each_entry_is_used_by_the_code(concept: str, name: str) -> None:
    text = (VOCAB / f"{concept}.toml").read_text(encoding="utf-8")
    used = re.search(rf"[\"']{re.escape(name)}[\"']", _source())
    assert used or "{{" + name + "}}" in text


@pytest.mark.parametrize(("concept", "name"), _entries())
def test_each_pattern_compiles(concept: str, name: str) -> None:
    if "pattern" in V.entries(concept)[name]:
        assert isinstance(V.pattern(concept, name), re.Pattern)


def test_a_missing_entry_is_a_named_error() -> None:
    if not V.concepts():
        pytest.skip("no vocabulary yet")
    concept = V.concepts()[0]
    with pytest.raises(ResourceError, match="no words entry 'nowhere'"):
        V.words(concept, "nowhere")


def test_a_pattern_expands_a_list_of_the_same_file_in_written_order() -> None:
    for concept, name in _entries():
        entry = V.entries(concept)[name]
        if "{{" in entry.get("pattern", ""):
            listed = re.search(r"\{\{(\w+)\}\}", entry["pattern"]).group(1)
            first = V.terms(concept, listed)[0]
            assert V.pattern(concept, name).pattern.find(re.escape(first)) >= 0
            return
    pytest.skip("no pattern refers to a list yet")
