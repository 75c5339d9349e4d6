"""Rules for demonstrations and mobs: the crowd is actor1, named by its role; the forces that
stepped in are actor2; a mob's violence and a community's fight are told apart."""

from __future__ import annotations

from dataclasses import replace

from dateline import vocabulary as V
from dateline.models import Mention
from dateline.resolve.actors.codebook import ALL, CROWD_INTER, PROTEST_TARGETS, _one_sided
from dateline.resolve.actors.communities import _communal
from dateline.resolve.actors.crowds import (
    _against_armed_group,
    _as_crowd,
    _communal_fight,
    _crowd_country,
    _is_mob,
    _mutinous,
    _mutiny,
    _no_side,
)
from dateline.resolve.actors.forces import _forces_site_hit, _intervening_forces
from dateline.resolve.actors.scene import Rule, Scene
from dateline.vocabulary import naming as act
from dateline.vocabulary.taxonomy import KINDS


def mutiny(s: Scene) -> None:
    """Mutinous soldiers are the crowd itself, not the forces it met: no second side."""
    if s.crowd is not None and _mutiny(s.actor1, s.mentions):
        s.actor2 = None


def forces_against_crowd(s: Scene) -> None:
    """State forces are the other side of a demonstration ("police dispersed the crowd"):
    ACLED's actor2 of a protest with intervention, never its actor1."""
    actor1 = s.actor1
    if s.crowd is None or _mutiny(actor1, s.mentions):
        return
    if actor1 is not None and actor1.inter == act.STATE:
        s.actor1, s.actor2 = None, s.actor2 or actor1


def crowd_objects(s: Scene) -> None:
    """A crowd's object that is property or a grievance (a burned police station, "the
    murder of a policeman") is no side of it."""
    if s.crowd is not None and s.actor2 is not None and _no_side(s.actor2.text):
        s.actor2 = None


def crowd_by_role(s: Scene) -> None:
    """ACLED names a demonstration's actor1 by its role (Protesters, Rioters of the crowd's
    country); who they were goes to the associated actor."""
    crowd = s.crowd
    if crowd is not None and (s.actor1 is None or s.actor1.inter != crowd):
        s.actor1 = _as_crowd(s.actor1, crowd, _crowd_country(s.lead, s.country))


def officials_are_civilians(s: Scene) -> None:
    """Officials attacked or abducted are civilians in ACLED (the office is associated)."""
    actor2 = s.actor2
    if actor2 is not None and actor2.name.startswith("Government") and _one_sided(s.lead):
        s.actor2 = replace(act.default_actor(act.CIVILIANS, s.country), text=actor2.text)


def protest_targets(s: Scene) -> None:
    """A demonstration is coded against the forces that intervened (a protest) or against
    forces, militias, civilians or external forces (a riot): no other actor2."""
    if s.actor2 is not None and s.actor2.inter not in PROTEST_TARGETS.get(s.lead.event_type, ALL):
        s.actor2 = None


def peaceful_protest(s: Scene) -> None:
    """Whom a peaceful protest addresses is no side of it in ACLED: it has actor1 only."""
    if s.lead.sub_event_type == "Peaceful protest":
        s.actor2 = None


def intervening_forces(s: Scene) -> None:
    """The state forces a demonstration met are its other side: police who dispersed,
    arrested or fired at the crowd; for a riot, the police it fought (not those hurt).
    Forces that stepped into a peaceful protest make it a protest with intervention."""
    kind = s.kind
    riot = kind.event_type == "Riots"
    open_side = s.actor2 is None or (riot and s.actor2.inter == act.CIVILIANS)
    if kind.event_type in CROWD_INTER and open_side and not _mutinous(s.mentions):
        s.actor2 = (
            _intervening_forces(s.mentions, s.country, riot=riot, sequel=s.sequel) or s.actor2
        )
        if s.actor2 is not None and kind.sub_event_type == "Peaceful protest":
            s.kind = KINDS["protest_intervention"]


def communal_mob(s: Scene) -> None:
    """Communities that fight armed (farmers and herders, clans), or villagers who fight
    rebels or militants, are communal militias (ACLED's identity militias), not a mob."""
    kind, actor1, actor2 = s.kind, s.actor1, s.actor2
    if not _is_mob(kind.sub_event_type, actor1) or actor1 is None:
        return
    if _communal_fight(kind, actor1, s.lead.sentence.text) or _against_armed_group(actor2):
        s.actor1 = _communal(replace(actor1, inter=act.CIVILIANS), s.country)
        if actor2 is not None and actor2.inter == act.CIVILIANS:
            s.actor2 = _communal(actor2, s.country)


def mob_violence(s: Scene) -> None:
    """Unorganised civilians attacking are mob violence in ACLED (a riot), their actor1
    Rioters: only when the text names a crowd as the one acting."""
    if _is_mob(s.kind.sub_event_type, s.actor1):
        s.kind = KINDS["mob_violence"]
        s.actor1 = _as_crowd(s.actor1, act.RIOTERS, s.country)


def forces_site_hit(s: Scene) -> None:
    """Rioters who burned, stormed or stoned a police station, post or vehicle were aimed
    at the police: ACLED codes the forces as the riot's other side (inter 1)."""
    actor2 = s.actor2
    if s.kind.event_type == "Riots" and (actor2 is None or actor2.inter == act.CIVILIANS):
        s.actor2 = _forces_site_hit(s.mentions, s.country) or actor2


def rival_crowds(s: Scene) -> None:
    """People who fight each other in a riot ("supporters of two candidates clashed", "two
    mobs fought") are rioters on both sides: ACLED codes such mob violence Rioters against
    Rioters, unless the crowd fought forces, armed men or a community (coded before)."""
    actor2 = s.actor2
    if s.kind.event_type != "Riots" or not _mutual(s.lead) or s.actor1 is None:
        return
    if actor2 is None or actor2.inter == act.CIVILIANS:
        crowd = act.default_actor(act.RIOTERS, s.actor1.country_iso or s.country)
        s.actor2 = replace(crowd, text=actor2.text if actor2 else None)


def mob_target(s: Scene) -> None:
    """Mob violence has a target in the codebook (rioters violently interacting with
    civilians, other rioters, armed groups or property): when the text names no side it
    fell on, the people whose property or persons the mob attacked are civilians."""
    if s.kind.sub_event_type == "Mob violence" and s.actor2 is None:
        s.actor2 = act.default_actor(act.CIVILIANS, s.country)


DEMONSTRATIONS = (
    Rule("mutiny", mutiny),
    Rule("forces_against_crowd", forces_against_crowd),
    Rule("crowd_objects", crowd_objects),
    Rule("crowd_by_role", crowd_by_role),
    Rule("officials_are_civilians", officials_are_civilians),
    Rule("protest_targets", protest_targets),
    Rule("peaceful_protest", peaceful_protest),
)
CROWDS = (
    Rule("intervening_forces", intervening_forces),
    Rule("communal_mob", communal_mob),
    Rule("mob_violence", mob_violence),
    Rule("forces_site_hit", forces_site_hit),
    Rule("rival_crowds", rival_crowds),
    Rule("mob_target", mob_target),
)


def _mutual(lead: Mention) -> bool:
    """Whether the trigger is a fight between two sides ("clashed", "fought")."""
    return bool(V.pattern("sides_fights", "reciprocal").search(lead.trigger.text))
