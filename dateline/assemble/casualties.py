"""How many and with what: one event's counts and weapons from its mentions."""

from __future__ import annotations

import os
from typing import Any

from dateline.assemble.grouping import Group
from dateline.extract.counts import add_counts, default_fatalities, merge_counts
from dateline.models import Count, Mention, Weapon


def fatalities(group: Group) -> Count:
    """The merged death toll; ACLED codes 0 when no mention states one."""
    return merged(group, "fatalities") if _stated(group) else default_fatalities()


def _stated(group: Group) -> bool:
    """Whether any mention states a death toll; ACLED codes 0 when none is reported."""
    return any(m.fatalities.best is not None for m in group.mentions)


def merged(group: Group, field: str) -> Count:
    counts = distinct_counts(group.mentions, field)
    mode = os.environ.get("DL_MERGE", "min")
    if mode == "max":
        known = [c for c in counts if c.best]
        if known:
            return max(known, key=lambda c: c.best)
    if mode == "sum":
        known = [c for c in counts if c.best]
        if len(known) > 1:
            seen: set[int] = set()
            total = Count()
            for c in known:
                if c.best in seen:
                    continue
                seen.add(c.best)
                total = add_counts(total, c)
            return total
    return merge_counts(counts)


def distinct_counts(mentions: list[Mention], field: str) -> list[Count]:
    """One count per distinct reading: mentions of one sentence read the same words."""
    seen: set[tuple[tuple[int, int], ...]] = set()
    out = []
    for mention in mentions:
        spans = tuple(sorted((e.start, e.end) for e in mention.evidence if e.field == field))
        if spans and spans in seen:
            continue
        seen.add(spans)
        out.append(getattr(mention, field))
    return out


def weapons(group: Group) -> list[tuple[Weapon, Any]]:
    seen: dict[tuple[str, str | None], tuple[Weapon, Any]] = {}
    for mention in group.mentions:
        spans = [e for e in mention.evidence if e.field == "weapons"]
        for weapon, span in zip(mention.weapons, spans, strict=False):
            seen.setdefault((weapon.name, weapon.detail), (weapon, span))
    return list(seen.values())
