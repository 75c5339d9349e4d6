"""Rules that finish the sides: a crowd named by the event's final type, actors' countries,
PLOVER's recipient, the group that claimed the event, and the associated actors."""

from __future__ import annotations

from dataclasses import replace

from dateline.resolve.actors.associates import associated_actors, claimed_actor
from dateline.resolve.actors.crowds import _crowd_as_typed, _ethnic_home
from dateline.resolve.actors.doers import _leader_country
from dateline.resolve.actors.forces import _home_forces
from dateline.resolve.actors.recipients import plover_target
from dateline.resolve.actors.scene import Rule, Scene


def crowd_as_typed(s: Scene) -> None:
    """ACLED names a demonstration's crowd by the event's final type: rioters for a riot,
    protesters for a protest, whatever the crowd was called while the type was settled."""
    s.actor1 = _crowd_as_typed(s.kind, s.actor1, s.country)


def leader_country(s: Scene) -> None:
    """A leader named by title alone in an article that places nothing: the state the
    sentence names, other than a target state's, is the leader's own."""
    s.actor1 = _leader_country(s.actor1, s.actor2, s.lead, s.country)


def ethnic_home(s: Scene) -> None:
    """An ethnic group's crowd or people belong where they live, the event's country, not
    the state their name recalls ("ethnic Albanians demonstrated in Serbia" → Serbia)."""
    s.actor1, s.actor2 = _ethnic_home(s.actor1, s.country), _ethnic_home(s.actor2, s.country)


def home_forces(s: Scene) -> None:
    """A state's own forces read as external only because the event was placed abroad, with
    nothing in the text sending them there, act at home (state forces, inter 1)."""
    s.actor1, s.actor2 = (_home_forces(a, s.mentions) for a in (s.actor1, s.actor2))


def plover_recipient(s: Scene) -> None:
    """The record's PLOVER fields are the lead mention's: its recipient (actor2, or whom a
    protest, threat or sanction is aimed at) goes with them."""
    lead = s.lead
    lead.plover = replace(lead.plover, target=plover_target(lead, s.actor1, s.actor2, s.country))


def claimed(s: Scene) -> None:
    """A group that claimed the event, or that the report itself names as the suspect
    ("likely planted by JNIM militants"), is its actor1 in place of an unidentified one,
    as ACLED codes suspected groups; blame voiced by someone else is no finding."""
    s.actor1 = claimed_actor(s.actor1, s.claimed_by, s.country, s.suspected)


def associates(s: Scene) -> None:
    """ACLED's associated actors: who else acted with each side ("US and coalition forces"),
    and who the sides were (Students beside Protesters, Teachers beside Civilians)."""
    s.assoc1, s.assoc2 = associated_actors(s.mentions, s.actor1, s.actor2, s.country)


NAMES = (
    Rule("crowd_as_typed", crowd_as_typed),
    Rule("leader_country", leader_country),
    Rule("ethnic_home", ethnic_home),
    Rule("home_forces", home_forces),
    Rule("plover_recipient", plover_recipient),
)
CLAIMS = (Rule("claimed", claimed), Rule("associates", associates))
