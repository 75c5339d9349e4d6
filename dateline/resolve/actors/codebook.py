"""The codebook's categories the sides are chosen by: which event types take which sides.

These are ACLED's own sub-event types, event types and inter codes (structure, not
vocabulary); the words that recognise sides in a text are in ``data/vocab/sides_*.toml``.
"""

from __future__ import annotations

import functools
from types import MappingProxyType

from dateline import vocabulary as V
from dateline.models import Actor, Mention
from dateline.vocabulary import naming as act

# The crowd actor ACLED names a demonstration's actor1 by, per event type.
CROWD_INTER = MappingProxyType({"Protests": act.PROTESTERS, "Riots": act.RIOTERS})
ALL = frozenset(range(1, 9))
# Whom a demonstration can be coded against: the forces that intervened, or rioters' targets.
PROTEST_TARGETS = MappingProxyType({"Protests": frozenset({1}), "Riots": frozenset({1, 3, 7, 8})})
CIVILIAN_TARGET = frozenset(
    {"Attack", "Abduction/forced disappearance", "Sexual violence", "Looting/property destruction"}
)
POLICE_TARGET = frozenset({"Protest with intervention", "Excessive force against protesters"})
ARMED_DEFAULT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
ARMED_INTER = frozenset({1, 2, 3, 4, 8})
CLEAR_CUE = 0.8
MAX_ASSOCIATES = 4
# Developments only forces make, whatever PLOVER reads them as: movements, defusals.
FORCES_ALONE = frozenset({"Change to group/activity", "Disrupted weapons use"})
# Strategic developments ACLED codes with the forces that moved, deployed, signed or set
# off a device alone.
SOLE_DOER_KINDS = frozenset(
    {"Change to group/activity", "Disrupted weapons use", "Agreement", "Other"}
)
REGAINS = "Government regains territory"
# A fight the report saw but named no one in: gunfire heard, explosions observed.
NAMELESS = frozenset({"Armed clash", "Shelling/artillery/missile attack"})
# Acts only a state's forces usually have the means for: air and drone strikes.
STATE_ARMS = frozenset({"Air/drone strike"})
# PLOVER's kinds of pressure one state puts on another: a threat, a sanction, coercion.
PRESSURE = frozenset({"THREATEN", "SANCTION", "COERCE"})
# ACLED codes a movement of forces with the forces alone: where they went is no side.
MOVEMENT = "Change to group/activity"


@functools.cache
def fighter_words() -> frozenset[str]:
    """Words naming people who fight: a state's forces or an armed group's members."""
    police, militia = V.words("actor_words", "police"), V.words("actor_words", "militia")
    return police | militia | V.words("sides_fights", "fighter_words")


@functools.cache
def faction_stop_words() -> frozenset[str]:
    """Capitalised words that name no faction: a sentence's first word, a state's own words."""
    state = V.words("actor_groups", "state_qualifiers") | V.words("actor_words", "military")
    state |= V.words("actor_words", "police")
    return (
        state | V.words("actor_words", "government") | V.words("sides_fights", "faction_stop_words")
    )


@functools.cache
def phrase_breaks() -> frozenset[str]:
    """Words that end the phrase before a forces noun: "stones at police" is about "police"."""
    return V.words("sides_fights", "target_words") | V.words("sides_fights", "phrase_breaks")


@functools.cache
def motive_labels() -> frozenset[str]:
    """The names of unaffiliated doers named by their stated motive ("Neo-Nazi extremists")."""
    return frozenset(V.table("actor_motives", "motive_labels").values())


def _armed(actor: Actor | None) -> bool:
    return actor is not None and actor.inter in ARMED_INTER


def _hurt(mentions: list[Mention]) -> bool:
    return any((m.fatalities.best or 0) + (m.injuries.best or 0) > 0 for m in mentions)


def _one_sided(lead: Mention) -> bool:
    return lead.event_type in ("Violence against civilians", "Explosions/Remote violence")
