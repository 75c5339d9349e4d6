"""Opponents: the other side of a fight, when the parse finds none or an unnamed one."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline import vocabulary as V
from dateline.models import Actor, Evidence, Mention
from dateline.resolve.actors.codebook import (
    ARMED_INTER,
    NAMELESS,
    faction_stop_words,
)
from dateline.resolve.actors.phrases import _best_part, _parts, _sentence_texts
from dateline.vocabulary import naming as act


def _named_other(
    actor2: Actor | None, actor1: Actor | None, spans: list[Evidence | None], country: str | None
) -> Actor | None:
    """An unidentified other side the report names elsewhere ("presumed X militants
    attacked ...; the gendarmes repelled the militants"): the named group fought."""
    if actor2 is None or not actor2.name.startswith("Unidentified Armed Group"):
        return actor2
    for span in spans:
        named = act.named_in(span.text) if span is not None else []
        if named and named[0].inter in ARMED_INTER:
            found = act.resolve_actor(span.text, country)
            if found is not None and (actor1 is None or found.name != actor1.name):
                return replace(found, text=span.text)
    return actor2


def _group_referred_to(
    actor2: Actor | None, actor1: Actor | None, mentions: list[Mention]
) -> Actor | None:
    """Unnamed "militants" hit by forces in sentences that name the group ("airstrikes on
    ISGS militant positions ... five militants killed", "encountered LeT militants ... two
    militants were killed"): the bare noun refers back to the non-state group named with
    it, which ACLED codes as the side, not an unidentified armed group."""
    if actor2 is None or not actor2.name.startswith("Unidentified Armed Group"):
        return actor2
    words = set(re.findall(r"[a-z]+", (actor2.text or "").lower()))
    if not words & V.words("sides_fights", "generic_fighters") or act.named_in(actor2.text or ""):
        return actor2
    for text in _sentence_texts(mentions):
        for named in act.named_in(text):
            if named.inter not in (act.REBEL, act.POLITICAL_MILITIA, act.IDENTITY_MILITIA):
                continue
            if actor1 is not None and named.name == actor1.name:
                continue
            country = named.country_iso or actor2.country_iso
            return Actor(named.name, country, named.inter, actor2.text)
    return actor2


def _attacker_first(
    lead: Mention,
    mentions: list[Mention],
    actor1: Actor | None,
    actor2: Actor | None,
    country: str | None,
) -> tuple[Actor | None, Actor | None]:
    """A battle reported as forces repelling an attack the text says another side made
    ("troops repelled an attack by militants", "militants attacked a post; the police
    repelled them"): ACLED's actor1 is the side that attacked. When the attackers are only
    those the forces killed or the attack's modifier ("repelled an al Shabaab attack"), the
    forces stay actor1, as the codebook's examples code such reports."""
    if not V.pattern("sides_fights", "repel").match(lead.trigger.text) or actor1 is None:
        return actor1, actor2
    if actor1.inter not in (act.STATE, act.EXTERNAL, act.IDENTITY_MILITIA):
        return actor1, actor2
    match = V.pattern("sides_fights", "attack_by").search(lead.sentence.text)
    found = _best_part(match.group(1), country, armed=True) if match else None
    if found is not None and found.inter in ARMED_INTER and found.name != actor1.name:
        return replace(found, text=match.group(1) if match else None), actor1
    # who acted before the forces did: another act's doer, or a subject earlier in the sentence
    doers = {m.agent.text for m in mentions if m.agent is not None and m is not lead}
    doers |= {span.text for span in lead.subjects if span.start < lead.trigger.start}
    if actor2 is None or (actor2.text not in doers and not _told_first(lead, actor2, actor1)):
        return actor1, actor2
    if actor2.inter in ARMED_INTER and actor2.inter != actor1.inter:
        return actor2, actor1
    return actor1, actor2


def _told_first(lead: Mention, attacker: Actor, defender: Actor) -> bool:
    """Whether the sentence of a repelled attack names the attackers before the defence
    ("militants tried to storm the post, gendarmes repelled the attack", "the attack was
    repelled by the gendarmes"): a report tells the attack, then its failure, so the side
    named first, before the verb of repelling and before the defenders, made the attack."""
    if not attacker.text:
        return False
    text = lead.sentence.text
    at = text.find(attacker.text)
    trigger_at = lead.trigger.start - lead.sentence.start
    if at < 0 or at + len(attacker.text) > trigger_at:
        return False
    own = text.find(defender.text) if defender.text else -1
    return own < 0 or own > at


def _rival_faction(actor1: Actor, mentions: list[Mention], country: str | None) -> Actor | None:
    """A state's forces that clashed with forces of the same state under another name ("GNA
    and LNA forces clashed", "X forces clashed with Y forces"): rival factions of one
    state, each ACLED's state forces, so the other side is the same kind of actor."""
    if actor1.inter not in (act.STATE, act.EXTERNAL) or not actor1.text:
        return None
    own = _faction_words(_parts(actor1.text)[0] if _parts(actor1.text) else actor1.text)
    spans = [s for m in mentions for s in (m.agent, m.patient, *m.subjects, *m.objects) if s]
    for span in spans:
        parts = _parts(span.text)
        head = parts[-1].split()[-1] if len(parts) > 1 else ""
        for part in parts:
            words = _faction_words(part)
            if not words or words & own or (len(parts) > 1 and part == span.text):
                continue
            phrase = part if part.endswith(head) else f"{part} {head}"
            found = act.resolve_actor(phrase, country, armed=True)
            if found is not None and found.name == actor1.name:
                return replace(found, text=part)
    return None


def _faction_words(text: str) -> set[str]:
    """The proper words of a forces phrase that are neither a country's nor a state word."""
    words = {w.strip("'’").lower() for w in V.pattern("sides_fights", "faction_word").findall(text)}
    plain = {w.removesuffix("'s") for w in words}
    stop = faction_stop_words() | V.words(
        "sides_phrases", "number_words"
    )  # "Two soldiers" opening a sentence
    return {w for w in plain if w not in act.country_lexicon() and w not in stop}


def _unnamed_opponent(actor1: Actor, country: str | None) -> Actor | None:
    """A clash has two sides: when the text names only one, the codebook's other side is an
    unidentified armed group (a communal militia's foe, another communal militia, is set
    by ``_communal_sides``). A rebel group's unnamed foe is left open: it may be the state."""
    if actor1.inter == act.REBEL:
        return None
    return act.default_actor(act.POLITICAL_MILITIA, country)


def _fired_at(lead: Mention, actor1: Actor | None, country: str | None) -> Actor | None:
    """The armed side whose positions were fired on, named in a prepositional phrase the
    parse leaves out of the roles ("fired mortars at the positions of X")."""
    for match in V.pattern("sides_fights", "fired_at").finditer(lead.sentence.text):
        found = _best_part(match.group(1), country, armed=True)
        if found is None or found.inter not in ARMED_INTER:
            continue
        if actor1 is not None and found.name == actor1.name and not _other_state(match[1], actor1):
            continue  # the same side, unless the phrase names the other state
        return replace(found, text=match.group(1))
    return None


def _other_state(text: str, actor1: Actor) -> bool:
    """Whether the phrase names its own state where actor1's words name none."""
    return bool(act.own_country(text)) and not act.own_country(actor1.text or "")


def _nameless_fight(lead: Mention, spans: list[Evidence | None]) -> bool:
    """An exchange of fire or shelling the report names no side of (an observer counting
    explosions): the state's forces hold one side of any front line, so they are actor1,
    the other unidentified. Only when no one at all is named as doer."""
    text = lead.sentence.text
    if lead.sub_event_type not in NAMELESS or V.pattern("sides_fights", "unnamed_doer").search(
        text
    ):
        return False
    if V.pattern("sides_crowds", "communal_cue").search(text):
        return False  # a fight between communities: their militias, read later
    if act.named_in(text):
        return False
    return not any(
        span is not None and act.resolve_actor(span.text, None, armed=True) for span in spans
    )


def _named_opponent(lead: Mention, actor1: Actor | None, country: str | None) -> Actor | None:
    """A battle has two sides: with the parse finding no second one, a group the sentence
    names that is not actor1 ("troops retook the town after a clash with the ADF")."""
    for named in act.named_in(lead.sentence.text):
        if named.inter in ARMED_INTER and (actor1 is None or named.name != actor1.name):
            text = named.pattern.search(lead.sentence.text)
            if text and _alternative_of(text[0], actor1):
                continue  # "X or Y fighters": the group actor1 may have been, not its foe
            return Actor(named.name, named.country_iso or country, named.inter, text and text[0])
    return None


def _alternative_of(words: str, actor1: Actor | None) -> bool:
    """Whether the words are one of the alternatives actor1's phrase gives ("X or Y")."""
    own = (actor1.text or "") if actor1 is not None else ""
    return bool(V.pattern("sides_phrases", "alternatives").search(own)) and words in own
