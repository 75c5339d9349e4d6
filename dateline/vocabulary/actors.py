"""The actor dictionary: named armed groups, parties and forces with their country and inter.

Project data (``data/actors.tsv``), extended by a user file of the same columns named in
``DATELINE_ACTORS``. Both the extract stage (is a named group present?) and the resolve stage
(which actor is it?) read it, so it is shared vocabulary rather than either stage's.
"""

from __future__ import annotations

import csv
import functools
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


@dataclass(frozen=True, slots=True)
class NamedActor:
    name: str
    country_iso: str | None
    inter: int
    pattern: re.Pattern[str]
    # The aliases in lower case (ASCII aliases only): the pattern can match only where one
    # of them is a substring of the lower-cased text, a test far cheaper than the regex
    # search (see ``named_in``). An actor with other aliases is always searched.
    keys: tuple[str, ...] = ()


def named_in(text: str) -> list[NamedActor]:
    """Every dictionary actor the phrase names, in the order the text names them."""
    hits: dict[str, tuple[int, int, NamedActor]] = {}
    for actor in candidates(text):
        match = actor.pattern.search(text)
        if match and actor.name not in hits:
            hits[actor.name] = (match.start(), -len(match.group()), actor)
    return [hit[2] for hit in sorted(hits.values(), key=lambda hit: hit[:2])]


# Letters that ``re.IGNORECASE`` matches to an ASCII letter while ``str.lower`` does not
# lower them to it (dotless ı and long ſ; İ lowers to i plus a combining dot): a text with
# one of them is searched without the substring pre-test.
_FOLDS_TO_ASCII = frozenset("\u0131\u017f\u0130")


def candidates(text: str) -> tuple[NamedActor, ...]:
    """The dictionary actors whose pattern may match ``text``, in dictionary order: those
    with an alias in the lower-cased text, and those without ASCII aliases. The others
    surely do not match, so a caller searching only these finds what searching all would."""
    actors = named_actors()
    if not text.isascii() and _FOLDS_TO_ASCII.intersection(text):
        return actors
    lowered = text.lower()
    present = {index for key, index in _actor_keys() if key in lowered}
    return tuple(a for i, a in enumerate(actors) if i in present or not a.keys)


def count_named(text: str) -> int:
    """How many dictionary actors ``text`` names (as ``sum(1 for a in named_actors() if
    a.pattern.search(text))``, only faster)."""
    return sum(1 for actor in candidates(text) if actor.pattern.search(text))


@functools.cache
def _actor_keys() -> tuple[tuple[str, int], ...]:
    """Every actor's lower-case aliases with the actor's index in ``named_actors()``."""
    return tuple((key, i) for i, actor in enumerate(named_actors()) for key in actor.keys)


def reload() -> None:
    """Read the dictionary again on next use (after ``DATELINE_ACTORS`` changed)."""
    named_actors.cache_clear()
    _actor_keys.cache_clear()


@functools.cache
def named_actors() -> tuple[NamedActor, ...]:
    """The actor dictionary: the project's file, then the user's (``DATELINE_ACTORS``)."""
    rows = list(_read_rows(resources.files("dateline.data").joinpath("actors.tsv").read_text()))
    if extra := os.environ.get("DATELINE_ACTORS"):
        rows.extend(_read_rows(Path(extra).read_text(encoding="utf-8")))
    return tuple(_named_actor(row) for row in rows)


def _read_rows(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _named_actor(row: dict[str, str]) -> NamedActor:
    aliases = [row["name"], *filter(None, row["aliases"].split("|"))]
    # Acronyms match case-sensitively ("IS", "ADF"), names case-insensitively.
    # An acronym's plural names its members: "two VDPs were killed".
    parts = [f"{re.escape(a)}s?" if a.isupper() else f"(?i:{re.escape(a)})" for a in aliases]
    # "AMISOM-ENDF forces" names AMISOM, "anti-Houthi forces" does not name the Houthis.
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?!\w|-[a-z])")
    keys = tuple(alias.lower() for alias in aliases) if all(map(str.isascii, aliases)) else ()
    return NamedActor(row["name"], row["country_iso"] or None, int(row["inter"]), pattern, keys)
