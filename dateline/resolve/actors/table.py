"""The sides table: every rule that chooses an event's sides, in the order they apply.

Each rule is a small function of the scene with a docstring saying what it codes and why;
applied in order, the last rule that changed actor1 (or actor2) is the one recorded in the
event's evidence. A table minus a rule codes as if that rule did not exist.
"""

from __future__ import annotations

from collections.abc import Sequence

from dateline.models import Actor, Mention
from dateline.resolve.actors.rules_battles import BATTLES, KIND_TEST
from dateline.resolve.actors.rules_crowds import CROWDS, DEMONSTRATIONS
from dateline.resolve.actors.rules_defaults import DEFAULTS
from dateline.resolve.actors.rules_names import CLAIMS, NAMES
from dateline.resolve.actors.rules_parse import DOERS, FIGHTS, TARGETS
from dateline.resolve.actors.rules_people import PEOPLE, PERSON_DOERS, PERSON_FORCES
from dateline.resolve.actors.scene import Rule, Scene, run
from dateline.vocabulary.taxonomy import EventKind

# Who the parse says acted and was acted upon, a named person among them; demonstrations'
# crowds and forces; the codebook's defaults (a named doer over forces read from subjects);
# battle or attack; a fight's sides; names; the claimed group; the people the article names
# in the sides' place.
RULES: tuple[Rule, ...] = (
    *DOERS, *TARGETS, *FIGHTS, *PERSON_DOERS, *DEMONSTRATIONS, *DEFAULTS, *PERSON_FORCES,
    *KIND_TEST, *CROWDS, *BATTLES, *NAMES, *CLAIMS, *PEOPLE,
)  # fmt: skip


def without(*names: str, rules: Sequence[Rule] = RULES) -> tuple[Rule, ...]:
    """The table minus the named rules (to see what a rule does, or to switch it off)."""
    unknown = set(names) - {rule.name for rule in rules}
    if unknown:
        raise KeyError(f"no sides rule named {sorted(unknown)}")
    return tuple(rule for rule in rules if rule.name not in names)


def choose_sides(
    mentions: list[Mention],
    lead: Mention,
    kind: EventKind,
    country: str | None,
    rules: Sequence[Rule] = RULES,
) -> tuple[EventKind, Actor | None, Actor | None]:
    """The event's kind (the sides may change it) and its two actors, before any claim."""
    claims = {rule.name for rule in CLAIMS}
    scene = run((r for r in rules if r.name not in claims), Scene(mentions, lead, kind, country))
    return scene.kind, scene.actor1, scene.actor2
