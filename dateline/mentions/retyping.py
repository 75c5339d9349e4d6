"""Neighbouring sentences: what the next or nearby sentences tell about an event's kind.

A report states an event, then how it went: a demonstration turning violent, an attack
met with fire, people arrested then executed. These retype a sentence's mention.
"""

from __future__ import annotations

import dataclasses

from dateline.mentions.cues import Cues
from dateline.mentions.strengths import (
    ASSASSINATION,
    ENGAGED,
    FORCES_TARGET,
    SETTING_STRENGTH,
    UNARMED_TARGET,
)
from dateline.models import Mention, Plover
from dateline.vocabulary.taxonomy import STRATEGIC, kinds

# Sentences after a demonstration's that may tell how it went, and the cues they may add.
FOLLOWERS = 2


DEMONSTRATION_DETAIL = frozenset(
    {
        "riot",
        "protest_violence",
        "protest_escalated",
        "protest_damage",
        "intervention",
        "lethal_force",
        "gathering",
    }
)

# Sentences either side of a weapon found or defused that may name the weapon itself.
NEIGHBOURS = 1

# What the next sentences may tell about a fight: whether anyone was killed or hurt.
FIGHT_DETAIL = frozenset({"lethal"})


def fought_back(indexed: list[tuple[int, Mention]]) -> list[Mention]:
    """An attack whose next sentences tell of an armed engagement ("Militants attacked the
    village. Volunteer fighters repelled the assault.") met armed resistance: the codebook
    codes the event as a battle, though its first sentence names no armed target."""
    out = []
    for index, mention in indexed:
        fight = any(
            index < later <= index + FOLLOWERS
            and other.modality == "asserted"
            and other.sub_event_type == kinds()["armed_clash"].sub_event_type
            and other.cue_strength >= ENGAGED
            for later, other in indexed
        )
        attack = mention.sub_event_type == kinds()["attack"].sub_event_type
        if fight and attack and mention.cue_strength < ASSASSINATION:
            mention = retyped(mention, "armed_clash", FORCES_TARGET)
        out.append(mention)
    return out


def sexual_after(
    indexed: list[tuple[int, Mention]], all_cues: list[Cues]
) -> list[tuple[int, Mention]]:
    """An attack or raid whose next sentences tell of rape or sexual assault ("Militants
    raided the house. They raped two women."): the codebook codes the sexual violence."""
    out = []
    retype = {kinds()[k].sub_event_type for k in ("attack", "abduction", "looting")}
    for index, mention in indexed:
        later = any(c.has("sexual") for c in all_cues[index + 1 : index + 1 + FOLLOWERS])
        if later and mention.sub_event_type in retype:
            mention = retyped(mention, "sexual_violence", 0.8)
        out.append((index, mention))
    return out


def held_then_killed(
    indexed: list[tuple[int, Mention]], all_cues: list[Cues]
) -> list[tuple[int, Mention]]:
    """People arrested whom the next sentences say were executed or tortured ("Gendarmes
    arrested twelve men. Seven were executed."): the codebook codes the violence against
    civilians, not the arrest."""
    out = []
    arrests = kinds()["arrests"].sub_event_type
    for index, mention in indexed:
        later = all_cues[index + 1 : index + 1 + FOLLOWERS]
        if mention.sub_event_type == arrests and any(
            c.has("execution") or "torture" in c.lemmas for c in later
        ):
            mention = retyped(mention, "attack", UNARMED_TARGET)
        out.append((index, mention))
    return out


def answered_with_fire(
    indexed: list[tuple[int, Mention]], all_cues: list[Cues]
) -> list[tuple[int, Mention]]:
    """A grenade thrown at a post or a guard whom the next sentence says fired back
    ("Soldiers responded with gunfire."): two armed sides engaging, a battle in the
    codebook, though the grenade's sentence names no armed target."""
    out = []
    grenade = kinds()["grenade"].sub_event_type
    for index, mention in indexed:
        later = all_cues[index + 1 : index + 1 + FOLLOWERS]
        if mention.sub_event_type == grenade and any(
            c.has("small_arms", "gunfire") and (c.state or c.armed) for c in later
        ):
            mention = retyped(mention, "armed_clash", FORCES_TARGET)
        out.append((index, mention))
    return out


def without_setting(mentions: list[Mention]) -> list[Mention]:
    """An operation launched, troops deployed or a curfew in force, told with a clash, an
    attack or a demonstration: the setting of that event, not a development of its own (the
    codebook codes the violence). Only the weak, generic changes are dropped."""
    if not any(m.modality == "asserted" and m.event_type != STRATEGIC for m in mentions):
        return mentions
    setting = kinds()["change_group"]
    return [
        m
        for m in mentions
        if not (
            m.sub_event_type == setting.sub_event_type
            and m.plover.event == setting.plover
            and m.cue_strength <= SETTING_STRENGTH
        )
    ]


def retyped(mention: Mention, key: str, strength: float) -> Mention:
    """The mention as another kind, with its trigger, roles and evidence kept."""
    kind = kinds()[key]
    return dataclasses.replace(
        mention,
        event_type=kind.event_type,
        sub_event_type=kind.sub_event_type,
        disorder_type=kind.disorder_type,
        cue_strength=strength,
        plover=Plover(event=kind.plover, mode=None),
    )


def with_followers(all_cues: list[Cues], index: int) -> Cues:
    """A sentence's cues, with what its neighbours add: how a demonstration went (the next
    sentences), whether anyone claimed or perpetrated an arson (anywhere in the text), and
    which weapon a "device" found or defused is (the sentence before or after)."""
    cues = all_cues[index]
    extra: set[str] = set()
    if cues.has("protest", "protest_strong"):
        after = {n for c in all_cues[index + 1 : index + 1 + FOLLOWERS] for n in c.names}
        extra |= after & DEMONSTRATION_DETAIL
    if cues.has("brawl"):
        after = {n for c in all_cues[index + 1 : index + 1 + FOLLOWERS] for n in c.names}
        extra |= after & FIGHT_DETAIL
    if cues.has("arson") and any(c.has("claim") or c.armed for c in all_cues):
        extra.add("claim")
    if cues.has("disrupted") and not cues.has("weapon", "ied", "military_remote"):
        # "A bomb was mailed to the office. The device was found and disarmed."
        near = all_cues[max(index - NEIGHBOURS, 0) : index + 1 + NEIGHBOURS]
        if any(c.has("weapon", "ied", "military_remote") for c in near):
            extra.add("weapon")
    return dataclasses.replace(cues, names=cues.names | extra) if extra else cues
