"""ACLED's event taxonomy (codebook strings, exact) and the PLOVER category for each sub-type."""

from __future__ import annotations

from typing import NamedTuple

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC = "Strategic developments"


class EventKind(NamedTuple):
    disorder_type: str
    event_type: str
    sub_event_type: str
    plover: str
    priority: int  # which kind names an event that several mentions describe (higher wins)


def _kind(disorder: str, event: str, sub: str, plover: str, priority: int) -> EventKind:
    return EventKind(disorder, event, sub, plover, priority)


PV, DEM, SD = POLITICAL_VIOLENCE, DEMONSTRATIONS, STRATEGIC
ERV, VAC = "Explosions/Remote violence", "Violence against civilians"

KINDS: dict[str, EventKind] = {
    "armed_clash": _kind(PV, "Battles", "Armed clash", "FIGHT", 70),
    "gov_regains": _kind(PV, "Battles", "Government regains territory", "FIGHT", 75),
    "nsa_overtakes": _kind(PV, "Battles", "Non-state actor overtakes territory", "FIGHT", 75),
    "chemical": _kind(PV, ERV, "Chemical weapon", "ASSAULT", 95),
    "air_strike": _kind(PV, ERV, "Air/drone strike", "FIGHT", 92),
    "suicide_bomb": _kind(PV, ERV, "Suicide bomb", "ASSAULT", 94),
    "shelling": _kind(PV, ERV, "Shelling/artillery/missile attack", "FIGHT", 90),
    "ied": _kind(PV, ERV, "Remote explosive/landmine/IED", "ASSAULT", 91),
    "grenade": _kind(PV, ERV, "Grenade", "ASSAULT", 89),
    "sexual_violence": _kind(PV, VAC, "Sexual violence", "ASSAULT", 66),
    "attack": _kind(PV, VAC, "Attack", "ASSAULT", 65),
    "abduction": _kind(PV, VAC, "Abduction/forced disappearance", "ASSAULT", 60),
    "peaceful_protest": _kind(DEM, "Protests", "Peaceful protest", "PROTEST", 40),
    "protest_intervention": _kind(DEM, "Protests", "Protest with intervention", "COERCE", 45),
    "excessive_force": _kind(
        f"{PV}; {DEM}", "Protests", "Excessive force against protesters", "COERCE", 50
    ),
    "violent_demonstration": _kind(DEM, "Riots", "Violent demonstration", "PROTEST", 55),
    "mob_violence": _kind(PV, "Riots", "Mob violence", "ASSAULT", 56),
    # Crowds rioting against each other, or prisoners rioting: mob violence in ACLED, and a
    # riot (PROTEST) in PLOVER, which codes rioting by who riots, not whom it hits.
    "crowd_riot": _kind(PV, "Riots", "Mob violence", "PROTEST", 56),
    "agreement": _kind(SD, SD, "Agreement", "AGREE", 20),
    "arrests": _kind(SD, SD, "Arrests", "COERCE", 25),
    "change_group": _kind(SD, SD, "Change to group/activity", "COERCE", 15),
    "disrupted_weapons": _kind(SD, SD, "Disrupted weapons use", "COERCE", 30),
    "hq_established": _kind(SD, SD, "Headquarters or base established", "MOBILIZE", 18),
    "looting": _kind(SD, SD, "Looting/property destruction", "COERCE", 35),
    "nonviolent_transfer": _kind(SD, SD, "Non-violent transfer of territory", "RETREAT", 22),
    "other": _kind(SD, SD, "Other", "COERCE", 10),
    # PLOVER categories ACLED has no sub-type for: coded as the nearest strategic development
    # (listed last, so a sub-type's own kind stays the first that names it).
    "threaten": _kind(SD, SD, "Other", "THREATEN", 12),
    "sanction": _kind(SD, SD, "Other", "SANCTION", 11),
    "coerce": _kind(SD, SD, "Change to group/activity", "COERCE", 14),
    "mobilize": _kind(SD, SD, "Change to group/activity", "MOBILIZE", 16),
    # A strike or boycott without a gathering: ACLED's "Other" development, PLOVER's PROTEST.
    "strike": _kind(SD, SD, "Other", "PROTEST", 13),
}

# Kinds that only PLOVER codes: they need a state or armed actor, never a conflict word.
PLOVER_ONLY = frozenset({"threaten", "sanction", "coerce", "mobilize"})
