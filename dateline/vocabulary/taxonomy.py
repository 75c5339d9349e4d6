"""ACLED's event taxonomy (codebook strings, exact) and the PLOVER category for each sub-type."""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

from dateline import vocabulary as V

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC = "Strategic developments"


class EventKind(NamedTuple):
    disorder_type: str
    event_type: str
    sub_event_type: str
    plover: str
    priority: int  # which kind names an event that several mentions describe (higher wins)


@functools.cache
def kinds() -> dict[str, EventKind]:
    """Every event kind by key, in order (``taxonomy.toml``)."""
    return {key: EventKind(**fields) for key, fields in V.table("taxonomy", "kinds").items()}


# Kinds that only PLOVER codes: they need a state or armed actor, never a conflict word.
PLOVER_ONLY = frozenset({"threaten", "sanction", "coerce", "mobilize"})


def __getattr__(name: str) -> Any:
    """``KINDS``, the table of ``kinds()``, for modules that import it by that name."""
    if name == "KINDS":
        return kinds()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
