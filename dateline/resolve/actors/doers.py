"""Doers: who acted, when the parse's subject is no actor, is a thing, or stands for a group."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline import vocabulary as V
from dateline.models import Actor, Evidence, Mention
from dateline.resolve.actors.codebook import (
    ARMED_DEFAULT,
    ARMED_INTER,
    FORCES_ALONE,
    PRESSURE,
    SOLE_DOER_KINDS,
    _armed,
)
from dateline.resolve.actors.phrases import _best_part, _suffered, _without_reporter
from dateline.vocabulary import naming as act


def _preverbal_doer(lead: Mention, country: str | None) -> Actor | None:
    """An armed phrase the parse took for an object though it stands before an active
    transitive verb ("presumed X militants executed a trader", "presumed" read as a
    verb): in English word order the phrase before the verb, with the victim after it and
    no passive auxiliary between, is the verb's subject, so it did the act."""
    if lead.patient is None or lead.patient.start < lead.trigger.end:
        return None  # no object after the verb: a headline passive ("two soldiers killed")
    text = lead.sentence.text
    offset = lead.sentence.start
    for span in lead.objects:
        if span.end > lead.trigger.start:
            continue
        before = text[: span.start - offset].split()[-1:]
        if before and before[0].lower() in V.words("sides_phrases", "not_doer_before"):
            continue
        if V.pattern("sides_phrases", "passive_between").search(
            text[span.end - offset : lead.trigger.start - offset]
        ):
            continue
        found = _best_part(span.text, country, armed=True)
        if found is not None and found.inter in ARMED_INTER:
            return replace(found, text=span.text)
    return None


def _armed_doer(actor: Actor | None, lead: Mention, country: str | None) -> Actor | None:
    """ACLED never codes civilians as the doers of armed violence: "unknown individuals"
    or "men in a car" who attacked are an unidentified armed group (a crowd that attacked
    is a mob, read later; civilians who fight each other are communal militias)."""
    if actor is None or actor.inter != act.CIVILIANS or lead.event_type not in ARMED_DEFAULT:
        return actor
    if not actor.name.startswith("Civilians"):
        return actor
    unknown = act.default_actor(act.POLITICAL_MILITIA, country)
    if actor.text and _suffered(actor.text, lead.sentence.text):
        return unknown  # "a herder went missing": the victim, the doer unnamed
    words = set(re.findall(r"[a-z]+", (actor.text or "").lower()))
    if not words & V.words("sides_phrases", "anonymous_doers"):
        return actor  # "striking students", "citizens": people of a known kind, a crowd
    return replace(unknown, text=actor.text)


def _affiliated(actor: Actor | None, mentions: list[Mention], country: str | None) -> Actor | None:
    """A person or unnamed attacker said to belong to a named group: the group acted.

    Read in the event's own sentences only, so another incident's group is not taken.
    """
    if actor is not None and actor.inter not in (act.CIVILIANS, act.POLITICAL_MILITIA):
        return actor
    if actor is not None and not actor.name.startswith(("Unidentified", "Civilians")):
        return actor
    for mention in mentions:
        for match in V.pattern("sides_phrases", "affiliation").finditer(mention.sentence.text):
            found = act.resolve_actor(match.group(1), country, armed=True)
            if found is not None and found.inter in ARMED_INTER and _named(found):
                return replace(found, text=actor.text if actor and actor.text else match.group(0))
    return actor


def _title_only(actor: Actor | None, patients: list[Evidence | None]) -> Actor | None:
    """A leader named by title alone ("President X threatened Y") took the event's country
    by default; when the target names that very country, the leader is of another state,
    which the text does not say: a government of unknown country, so Y stays the target."""
    if actor is None or actor.inter not in (act.STATE, act.EXTERNAL) or not actor.text:
        return actor
    if not actor.name.startswith("Government") or act.own_country(actor.text):
        return actor
    named = {act.own_country(span.text) for span in patients if span is not None}
    if actor.country_iso is not None and actor.country_iso in named:
        return Actor("Government", None, act.STATE, actor.text)
    return actor


def _leader_country(
    actor1: Actor | None, actor2: Actor | None, lead: Mention, country: str | None
) -> Actor | None:
    """A leader named by title alone ("President X threatened to ban Ugandan parties") in an
    article that places nothing: the state the sentence names, other than a target state's,
    is the leader's own. With no such state the government stays of unknown country."""
    if actor1 is None or actor1.country_iso or actor1.inter not in (act.STATE, act.EXTERNAL):
        return actor1
    if not actor1.name.startswith("Government"):
        return actor1
    state_target = actor2 is not None and actor2.inter in (act.STATE, act.EXTERNAL)
    target = actor2.country_iso if state_target and actor2 is not None else None
    text = _without_reporter(lead.sentence.text)
    for code, _, _ in act.states_named(text):
        if code != target:
            state = act.EXTERNAL if country and code != country else act.STATE
            return replace(actor1, name=f"Government of {act.country_name(code)}",
                           country_iso=code, inter=state)  # fmt: skip
    return actor1


def _ruling_state(lead: Mention, country: str | None) -> Actor | None:
    """A measure no one is said to have taken ("a curfew was imposed") is the government's."""
    if country is None or not V.pattern("sides_phrases", "state_measure").search(
        lead.sentence.text
    ):
        return None
    return Actor(f"Government of {act.country_name(country)}", country, act.STATE)


def _sole_doer(lead: Mention, actor1: Actor | None, actor2: Actor | None) -> bool:
    """Whether the only actor found, as the object, is the forces that did a strategic
    development alone. A government or a state pressed by a threat or sanction is the
    party acted upon, never its doer."""
    if actor1 is not None or actor2 is None or not _armed(actor2):
        return False
    if actor2.name.startswith("Government"):
        return False
    if lead.plover.event in PRESSURE and lead.sub_event_type not in FORCES_ALONE:
        return False
    return lead.sub_event_type in SOLE_DOER_KINDS


def _named(actor: Actor) -> bool:
    """A group with a name of its own (listed or not), not a generic ACLED actor."""
    generic = ("Unidentified", "Military Forces", "Police Forces", "Government", "Civilians")
    return not actor.name.startswith(generic)
