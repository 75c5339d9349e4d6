"""Clues: what in an article's text names one incident, beside its coded record.

People's names (two capitalised words in a row that the article never writes in lower
case, office and place words left out), street names, and ages. Two reports of one
shooting name the same victim, street and ages even when one is a follow-up weeks later
dated by its own news, or its place was geocoded elsewhere. Read once at ingest (the
store keeps them) and compared as sets; how rare a clue is across the merged articles
decides what it is worth.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from dateline import vocabulary as V

CLUE_KINDS = ("names", "streets", "ages", "title")
# A clue found in more articles than this names nothing in particular (a mayor, a
# police spokesman, a main road): it counts for nothing.
RARE_CLUE = 6
# A headline word (a town, a club, a street) in more articles' titles than this is not the
# name of one incident ("Chicago").
RARE_TITLE_WORD = 30
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
# A headline ends where the site's name is appended ("... - KATV - Breaking News").
_SITE_SUFFIX = re.compile(r"\s[-|\u2013\u2014]\s")
_LOWER = re.compile(r"\b[a-z]{3,}\b")


def clues(text: str) -> dict[str, list[str]]:
    """The article's names, streets and ages, each a sorted list of folded strings."""
    lower = set(_LOWER.findall(text))
    return {
        "names": _names(text, lower),
        "streets": _streets(text),
        "ages": _ages(text),
        "title": _title(text, lower),
    }


def _title(text: str, lower: set[str]) -> list[str]:
    """The capitalised words of the first line (the headline) that the article never
    writes in lower case: the town, club or street the headline names the incident by."""
    generic = V.words("dedupe_clues", "generic_name_words")
    first = _SITE_SUFFIX.split(text.strip().split("\n", 1)[0][:200])[0]
    words = {w.lower() for w in _TITLE_WORD.findall(first)}
    return sorted(w for w in words if w not in generic and w not in lower)


def _names(text: str, lower: set[str]) -> list[str]:
    generic = V.words("dedupe_clues", "generic_name_words")
    out = set()
    for first, last in V.pattern("dedupe_clues", "name_pair").findall(text):
        words = (first.lower(), last.lower())
        if not any(w in generic or w in lower or len(w) < 3 for w in words):
            out.add(" ".join(words))
    return sorted(out)


def _streets(text: str) -> list[str]:
    short = V.table("dedupe_clues", "street_abbreviations")
    out = set()
    for name, kind in V.pattern("dedupe_clues", "street").findall(text):
        words = name.lower().split()
        if words and words[0] not in V.words("dedupe_clues", "generic_name_words"):
            out.add(" ".join([*words, short.get(kind.lower(), kind.lower())]))
    return sorted(out)


def _ages(text: str) -> list[str]:
    matches = V.pattern("dedupe_clues", "age").finditer(text)
    return sorted({next(g for g in m.groups() if g) for m in matches}, key=int)


def clue_frequency(documents: Iterable[Mapping[str, Iterable[str]]]) -> Counter[str]:
    """In how many articles each name, street or headline word occurs (a headline word
    keyed ``title:word``; ages are compared as a set)."""
    frequency: Counter[str] = Counter()
    for document in documents:
        for kind in ("names", "streets"):
            frequency.update(set(document.get(kind) or ()))
        frequency.update({f"title:{w}" for w in document.get("title") or ()})
    return frequency


def shared(
    left: Mapping[str, Iterable[str]],
    right: Mapping[str, Iterable[str]],
    kind: str,
    frequency: Mapping[str, int] | None = None,
) -> int:
    """How many clues of ``kind`` the two articles share (names and streets: only rare ones)."""
    both = set(left.get(kind) or ()) & set(right.get(kind) or ())
    if frequency is None:
        return len(both)
    if kind == "title":
        return sum(1 for w in both if frequency.get(f"title:{w}", 0) <= RARE_TITLE_WORD)
    return sum(1 for clue in both if frequency.get(clue, 0) <= RARE_CLUE)
