"""Deployments: which states' forces fight abroad, and whether a text sends a force abroad.

Shared by the place stage (a force abroad does not place its event at home) and the sides
(a force abroad is a foreign state force, ACLED's inter 8)."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from dateline import vocabulary as V
from dateline.vocabulary import naming as act
from dateline.vocabulary.actors import named_actors


@functools.cache
def expeditionary() -> frozenset[str]:
    """Countries whose forces the actor dictionary lists as fighting abroad (inter 8 under
    their own flag, not a mission named for its host)."""
    missions = V.pattern("deployments", "missions")
    return frozenset(
        named.country_iso
        for named in named_actors()
        if named.inter == act.EXTERNAL and named.country_iso and not missions.search(named.name)
    )


def sent_abroad(texts: Iterable[str], code: str) -> bool:
    """Whether the texts place country ``code``'s force outside it: a deployment word, or
    another country or its people named beside it."""
    for text in texts:
        if V.pattern("deployments", "abroad").search(text):
            return True
        if any(other != code for other, _, _ in act.states_named(text)):
            return True
    return False
