"""Rules that put the people an article names on the sides of its violent events.

ACLED names sides by group ("Unidentified Armed Group (United States)", "Civilians (United
States)"), never by person. A named person therefore keeps the side's ACLED name: the first
one named becomes the side's ``text`` when the text so far only described them ("the
gunman", "a 24-year-old man", "he"), and every other one is an associated actor of the same
name whose ``text`` is the person. Each person so placed has an evidence item on their name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.models import Actor, Evidence
from dateline.resolve.actors.cast import Part, Person, _words
from dateline.resolve.actors.codebook import ARMED_DEFAULT
from dateline.resolve.actors.scene import Rule, Scene
from dateline.vocabulary import naming as act
from dateline.vocabulary.naming import CIVILIANS, POLITICAL_MILITIA, STATE

_WORD = re.compile(r"[a-z]+")
_MAX_PEOPLE = 8  # people beside a side: a mass shooting's list of the dead can run long


def person_agent(s: Scene) -> None:
    """A violent event's doer the parse found is a named person ("John Doe opened fire"): a
    person of no named group, coded as ACLED codes an unaffiliated attacker, an unidentified
    armed group, with the person's name as its text (an officer is left to the forces rules)."""
    if s.actor1 is not None or s.kind.event_type not in ARMED_DEFAULT:
        return
    doers = [span.text for span in (s.lead.agent, *s.lead.subjects) if span is not None]
    for person in (p for p in s.people if p.part == "doer" and not p.officer):
        if any(person.name.text in doer for doer in doers):
            s.actor1 = _unaffiliated(person, s.country)
            return


# Rules that make state forces actor1 from a sentence's subjects or from the forces it names,
# not from the parse's doer: "Police said ..." names who reported, not who shot.
_FORCES_READ = frozenset({"armed_subject", "armed_subject_first", "forces_named",
                          "forces_named_before"})  # fmt: skip


def person_over_forces(s: Scene) -> None:
    """State forces read from a sentence's subjects, not its doer, give way to a person the
    article says shot or attacked and who holds no rank: police are who reports a shooting
    far more often than who fired."""
    if s.kind.event_type not in ARMED_DEFAULT or s.actor1 is None or s.rule1 not in _FORCES_READ:
        return
    doer = next((p for p in s.people if p.part == "doer" and not p.officer), None)
    if s.actor1.inter == STATE and doer is not None:
        s.actor1 = _unaffiliated(doer, s.country)


def _unaffiliated(person: Person, country: str | None) -> Actor:
    """A person of no named group, as ACLED codes an unaffiliated attacker."""
    label = act.country_name(country)
    suffix = f" ({label})" if label else ""
    name = f"Unidentified Armed Group{suffix}"
    return Actor(name, country, POLITICAL_MILITIA, person.name.text)


def named_doers(s: Scene) -> None:
    """The people the article says shot or attacked stand for actor1: the first in its
    text if the text only described the doer, the others beside it (officers only beside
    state forces, and only they)."""
    if s.kind.event_type in ARMED_DEFAULT:
        s.actor1, s.assoc1 = _seat(s, s.actor1, s.assoc1, "doer", "assoc_actor_1")


def named_victims(s: Scene) -> None:
    """The people the article says were shot, killed or hurt stand for actor2, as named
    doers do for actor1 (officers hit stand for state forces, and only they); named people
    hit who hold no rank are civilians: actor2 when there is none, else associated
    civilians beside the state forces hit; officers hit beside civilians are associated
    police forces."""
    if s.kind.event_type not in ARMED_DEFAULT:
        return
    hit = [p for p in s.people if p.part == "victim" and not p.officer]
    if s.actor2 is None and hit:  # a named civilian hit is a side, even one the parse missed
        s.actor2 = _civilians(s.country)
    s.actor2, s.assoc2 = _seat(s, s.actor2, s.assoc2, "victim", "assoc_actor_2")
    if s.actor2 is not None and s.actor2.inter == STATE and hit:
        civilians = _civilians(s.country)
        _, s.assoc2 = _seat(s, civilians, s.assoc2, "victim", "assoc_actor_2", fill=False)
    police = act.resolve_actor("police", s.country, armed=True)
    if s.actor2 is not None and s.actor2.inter != STATE and police is not None:
        _, s.assoc2 = _seat(s, police, s.assoc2, "victim", "assoc_actor_2", fill=False)


def _civilians(country: str | None) -> Actor:
    """Civilians of the event's country, whom a named person hit who holds no rank is."""
    label = act.country_name(country)
    return Actor(f"Civilians ({label})" if label else "Civilians", country, CIVILIANS)


def _seat(
    s: Scene, actor: Actor | None, assoc: list[Actor], part: Part, field: str, *, fill: bool = True
) -> tuple[Actor | None, list[Actor]]:
    """The side with its people: the first as its text when ``fill`` and the text allows,
    the others beside it under its name."""
    if actor is None:
        return actor, assoc
    people = _on_side(s.people, part, actor)
    if fill and people and _replaceable(actor, s.people):
        actor = replace(actor, text=people.pop(0).name.text)
    taken = {a.text for a in (actor, *assoc)}
    people = [p for p in people if p.name.text not in taken][:_MAX_PEOPLE]
    s.named += [Evidence(field, p.name.text, p.name.start, p.name.end) for p in people]
    return actor, [*assoc, *(replace(actor, text=p.name.text) for p in people)]


def _on_side(people: list[Person], part: Part, actor: Actor) -> list[Person]:
    state = actor.inter == STATE
    return [p for p in people if p.part == part and p.officer == state]


def _replaceable(actor: Actor, people: list[Person]) -> bool:
    """Whether a person's name can be the side's text: the side has only a description,
    or an ACLED name that stands for anyone (civilians, an unidentified armed group) and
    words that name no one the article names."""
    words = set(_WORD.findall((actor.text or "").lower()))
    if words & _words("many_people"):
        return False  # "three people": the name is one of them, beside the description
    if described_only(actor.text):
        return True
    generic = actor.inter == CIVILIANS or actor.name.startswith("Unidentified")
    return generic and not any(p.name.text in (actor.text or "") for p in people)


def described_only(text: str | None) -> bool:
    """Whether a side's words only describe someone ("the gunman", "a 24-year-old man",
    "he"), so a name the article gives can stand in their place."""
    return not text or set(_WORD.findall(text.lower())) <= _words("generic_sides")


PERSON_DOERS = (Rule("person_agent", person_agent),)
PERSON_FORCES = (Rule("person_over_forces", person_over_forces),)
PEOPLE = (Rule("named_doers", named_doers), Rule("named_victims", named_victims))
