"""The shared vocabulary: word lists, tables and patterns kept as data, loaded once.

Every concept is one TOML file in ``dateline/data/vocab/`` (``speech.toml``, ``weapons.toml``,
...). Its first line is a comment saying what the concept is for; each table in it is one
named entry with an ``about`` line saying what that list is for, and one of:

- ``words``: a list of strings (or one string of words split on whitespace), read with
  :func:`words` (a frozenset) or :func:`terms` (a tuple in the written order);
- ``table``: a mapping, read with :func:`table`;
- ``pattern``: a regular expression, read with :func:`pattern`, with optional ``flags``
  (``["IGNORECASE", "VERBOSE"]``). ``{{name}}`` in a pattern stands for the entry ``name``
  of the same file as an alternation of its escaped words in written order, so a pattern and
  the list it is built from cannot disagree.

A user can review or extend the vocabulary without reading Python; ``tests/test_vocabulary.py``
checks that every entry is used by the code and every pattern compiles.
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources
from typing import Any

from dateline.errors import ResourceError

_REFERENCE = re.compile(r"\{\{([a-z][a-z0-9_]*)\}\}")
KINDS = ("words", "table", "pattern")


def words(concept: str, name: str) -> frozenset[str]:
    """The entry's words as a set (membership tests)."""
    return _words(concept, name)


def terms(concept: str, name: str) -> tuple[str, ...]:
    """The entry's words in the written order (where order decides, as in alternations)."""
    return _terms(concept, name)


def table(concept: str, name: str) -> dict[str, Any]:
    """The entry's mapping (a copy: the loaded vocabulary is never changed)."""
    return dict(_entry(concept, name, "table"))


def pattern(concept: str, name: str) -> re.Pattern[str]:
    """The entry's compiled regular expression, list references expanded."""
    return _pattern(concept, name)


def concepts() -> tuple[str, ...]:
    """The names of every vocabulary file, without ``.toml``."""
    files = resources.files("dateline.data").joinpath("vocab").iterdir()
    return tuple(sorted(f.name.removesuffix(".toml") for f in files if f.name.endswith(".toml")))


def entries(concept: str) -> dict[str, dict[str, Any]]:
    """Every entry of a concept by name (for listing and testing the vocabulary)."""
    return _load(concept)


@functools.cache
def _load(concept: str) -> dict[str, dict[str, Any]]:
    path = resources.files("dateline.data").joinpath("vocab").joinpath(f"{concept}.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ResourceError(f"vocabulary {concept!r} unreadable: {exc}") from exc
    return data


def _entry(concept: str, name: str, kind: str) -> Any:
    entry = _load(concept).get(name)
    if entry is None or kind not in entry:
        raise ResourceError(f"vocabulary {concept!r} has no {kind} entry {name!r}")
    return entry[kind]


@functools.cache
def _terms(concept: str, name: str) -> tuple[str, ...]:
    value = _entry(concept, name, "words")
    return tuple(value.split() if isinstance(value, str) else value)


@functools.cache
def _words(concept: str, name: str) -> frozenset[str]:
    return frozenset(_terms(concept, name))


@functools.cache
def _pattern(concept: str, name: str) -> re.Pattern[str]:
    source = _entry(concept, name, "pattern")
    flags = 0
    for flag in _load(concept)[name].get("flags", []):
        flags |= getattr(re, flag)
    expanded = _REFERENCE.sub(lambda m: _alternation(concept, m.group(1)), source)
    return re.compile(expanded, flags)


def _alternation(concept: str, name: str) -> str:
    return "(?:" + "|".join(re.escape(word) for word in _terms(concept, name)) + ")"


__all__ = ["concepts", "entries", "pattern", "table", "terms", "words"]
