"""How many and with what: one event's counts and weapons from its mentions."""

from __future__ import annotations

from typing import Any

from dateline.assemble.grouping import Group
from dateline.extract.counts import default_fatalities, merge_counts
from dateline.models import Count, Weapon


def fatalities(group: Group) -> Count:
    """The merged death toll; ACLED codes 0 when no mention states one."""
    return merged(group, "fatalities") if _stated(group) else default_fatalities()


def _stated(group: Group) -> bool:
    """Whether any mention states a death toll; ACLED codes 0 when none is reported."""
    return any(m.fatalities.best is not None for m in group.mentions)


def merged(group: Group, field: str) -> Count:
    return merge_counts([getattr(m, field) for m in group.mentions])


def weapons(group: Group) -> list[tuple[Weapon, Any]]:
    seen: dict[tuple[str, str | None], tuple[Weapon, Any]] = {}
    for mention in group.mentions:
        spans = [e for e in mention.evidence if e.field == "weapons"]
        for weapon, span in zip(mention.weapons, spans, strict=False):
            seen.setdefault((weapon.name, weapon.detail), (weapon, span))
    return list(seen.values())
