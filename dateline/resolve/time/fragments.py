"""Patterns of the time vocabulary with the fragments they share filled in.

A pattern in ``time_rules.toml`` names a fragment it shares with others as ``<<name>>`` (a
month name, a day number, a year): each is written once, in ``calendar``, ``time_numbers``
or ``time_rules``, and the filled-in pattern is the text the rule always had.
"""

from __future__ import annotations

import functools
import re

from dateline import vocabulary as V

# The shared fragments, by the file each is written in.
_FRAGMENTS = (
    ("calendar", ("month_name", "weekday_name", "season_name", "holiday_name")),
    ("time_numbers", ("count", "ordinal", "year_in_words", "decade_word")),
    (
        "time_rules",
        (
            "day_number",
            "year_digits",
            "year_or_spelled",
            "year_rel",
            "early_this",
            "weekday_rel",
            "day_part",
            "cue",
        ),
    ),
)


@functools.cache
def filled(concept: str, name: str) -> re.Pattern[str]:
    """The entry's pattern, compiled with its flags, every ``<<fragment>>`` filled in."""
    compiled = V.pattern(concept, name)
    return re.compile(_fill(compiled.pattern), compiled.flags)


def _fill(source: str) -> str:
    return re.sub(r"<<([a-z_]+)>>", lambda m: _fill(_fragment(m[1])), source)


def _fragment(name: str) -> str:
    concept = next(concept for concept, names in _FRAGMENTS if name in names)
    return V.pattern(concept, name).pattern
