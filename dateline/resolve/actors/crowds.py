"""Crowds: a demonstration's or a mob's sides, named by their role as ACLED codes them."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline import vocabulary as V
from dateline.models import Actor, Mention
from dateline.resolve.actors.codebook import (
    ARMED_DEFAULT,
    CROWD_INTER,
)
from dateline.vocabulary import naming as act
from dateline.vocabulary.taxonomy import EventKind


def _default_actor1(lead: Mention, country: str | None) -> Actor | None:
    if lead.event_type == "Protests":
        return act.default_actor(act.PROTESTERS, _crowd_country(lead, country))
    if lead.event_type == "Riots":
        return act.default_actor(act.RIOTERS, _crowd_country(lead, country))
    if lead.event_type in ARMED_DEFAULT:
        return act.default_actor(act.POLITICAL_MILITIA, country)
    return None


def _as_crowd(actor: Actor | None, inter: int, country: str | None) -> Actor:
    """ACLED's crowd actor, keeping the words that said who the crowd were."""
    own = act.own_country(actor.text or "") if actor is not None else None
    crowd = act.default_actor(inter, own or country)  # "Palestinian youths": Palestine's
    return replace(crowd, text=actor.text) if actor is not None else crowd


def _crowd_country(lead: Mention, country: str | None) -> str | None:
    """The people a crowd is named after on the trigger itself ("Palestinian riots") or
    in the sentence's subject ("Palestinian youths threw stones during demonstrations"),
    else the event's country."""
    head = lead.sentence.text[: lead.trigger.start - lead.sentence.start]
    if V.pattern("sides_crowds", "ethnic").search(head):
        return country  # "ethnic Albanians demonstrated in Serbia": where they live
    before = head.split()[-1:]
    own = act.own_country(before[0]) if before and before[0][:1].isupper() else None
    for span in [lead.agent, *lead.subjects] if own is None else []:
        found = act.resolve_actor(span.text, country) if span is not None else None
        if found is not None and found.inter in (act.RIOTERS, act.PROTESTERS, act.CIVILIANS):
            own = act.own_country(span.text)
            if own:
                break
    if own is None:  # the parse found no subject: "Palestinian youths ... during protests"
        match = V.pattern("sides_crowds", "crowd_of").search(head)
        own = act.own_country(match.group(1)) if match else None
    return own or country


def _mutiny(actor1: Actor | None, mentions: list[Mention]) -> bool:
    """State forces doing a demonstration's acts in a report of mutiny: they are the crowd."""
    if actor1 is None or actor1.inter not in (act.STATE, act.EXTERNAL):
        return False
    return _mutinous(mentions)


def _mutinous(mentions: list[Mention]) -> bool:
    """Whether the event's sentences report a mutiny: the forces named are the crowd."""
    return any(V.pattern("sides_crowds", "mutiny").search(m.sentence.text) for m in mentions)


def _no_side(text: str | None) -> bool:
    """A crowd's object that is property or a grievance, not people it fought."""
    if text and V.pattern("sides_crowds", "property_of").search(text):
        return True  # "the property of another villager", "homes of the officials"
    return bool(text) and bool(
        V.pattern("sides_crowds", "property").search(text)
        or V.pattern("sides_crowds", "grievance").search(text)
    )


def _is_mob(sub_event_type: str, actor1: Actor | None) -> bool:
    """Unorganised civilians attacking is mob violence in ACLED, not a battle or an attack:
    only when the text names a crowd as the one acting, never a victim misread as agent."""
    violent = sub_event_type in ("Attack", "Armed clash")
    if not violent or actor1 is None or actor1.inter not in (act.CIVILIANS, act.RIOTERS):
        return False
    words = set(re.findall(r"[a-z]+", (actor1.text or "").lower()))
    return bool(words & V.words("sides_crowds", "crowd_words"))


def _communal_fight(kind: EventKind, actor1: Actor | None, sentence: str = "") -> bool:
    """A clash the classifier read as two armed sides, fought by a community or its
    people ("villagers clashed with herders", "inhabitants fought the herders"): communal
    violence, not a mob's. Either side may be the one named as a community."""
    words = set(re.findall(r"[a-z]+", ((actor1 and actor1.text) or "").lower()))
    words |= set(re.findall(r"[a-z]+", sentence.lower()))
    return kind.sub_event_type == "Armed clash" and bool(
        words & V.words("sides_crowds", "community_words")
    )


def _against_armed_group(actor2: Actor | None) -> bool:
    """Villagers or youths who fight rebels or militants are a local defence militia, an
    identity militia in the codebook, not a mob: a mob's targets are unarmed."""
    return actor2 is not None and actor2.inter in (act.REBEL, act.POLITICAL_MILITIA)


def _crowd_as_typed(kind: EventKind, actor1: Actor | None, country: str | None) -> Actor | None:
    """ACLED names a demonstration's crowd by the event's final type: rioters for a riot,
    protesters for a protest, whatever the crowd was called while the type was settled."""
    crowd = CROWD_INTER.get(kind.event_type)
    if crowd is None or actor1 is None or actor1.inter not in CROWD_INTER.values():
        return actor1
    return actor1 if actor1.inter == crowd else _as_crowd(actor1, crowd, country)


def _ethnic_home(actor: Actor | None, country: str | None) -> Actor | None:
    """An ethnic group's crowd or people belong where they live, the event's country, not
    the state their name recalls ("ethnic Albanians demonstrated in Serbia" → Serbia)."""
    if actor is None or country is None or actor.country_iso in (None, country):
        return actor
    if actor.inter not in (act.RIOTERS, act.PROTESTERS, act.CIVILIANS, act.IDENTITY_MILITIA):
        return actor
    if not V.pattern("sides_crowds", "ethnic").search(actor.text or "") or not actor.name.endswith(
        ")"
    ):
        return actor
    label = act.country_name(country)
    name = re.sub(r"\([^()]*\)$", f"({label})", actor.name)
    return replace(actor, name=name, country_iso=country)
