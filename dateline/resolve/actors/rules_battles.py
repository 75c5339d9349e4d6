"""Rules that settle a fight: the codebook's test of battle against attack, and a battle's
other side when the parse finds none, an unnamed one, or the attackers' own men."""

from __future__ import annotations

from dateline.resolve.actors.codebook import _armed
from dateline.resolve.actors.communities import _communal_sides
from dateline.resolve.actors.forces import _forces_in, _not_own_men
from dateline.resolve.actors.kinds import _by_sides
from dateline.resolve.actors.opponents import (
    _attacker_first,
    _group_referred_to,
    _named_other,
    _rival_faction,
    _unnamed_opponent,
)
from dateline.resolve.actors.phrases import _actor_spans
from dateline.resolve.actors.scene import Rule, Scene


def battle_or_attack(s: Scene) -> None:
    """The codebook's test: two armed sides make a battle (armed clash), an unarmed target
    an attack; a target out of combat (off duty, captive) is a civilian one."""
    s.kind, s.actor2 = _by_sides(s.kind, s.lead, s.actor1, s.actor2, s.country, s.mentions)


def named_other(s: Scene) -> None:
    """A battle's unidentified other side the report names elsewhere ("presumed X militants
    attacked ...; the gendarmes repelled the militants"): the named group fought."""
    if s.kind.event_type == "Battles":
        spans = [span for m in [s.lead, *s.mentions] for span in _actor_spans(m)]
        s.actor2 = _named_other(s.actor2, s.actor1, spans, s.country)


def own_men(s: Scene) -> None:
    """A named group's attackers referred back to ("the assailants were repelled") are its
    own men, not its foe: the foe is the state force the sentences name, if any."""
    if s.kind.event_type == "Battles":
        s.actor2 = _not_own_men(s.actor1, s.actor2, [s.lead, *s.mentions], s.country)


def group_referred_to(s: Scene) -> None:
    """Unnamed "militants" hit by forces in sentences that name their group are that group,
    which ACLED codes as the side, not an unidentified armed group."""
    if s.kind.event_type in ("Battles", "Explosions/Remote violence"):
        s.actor2 = _group_referred_to(s.actor2, s.actor1, [s.lead, *s.mentions])


def _open_clash(s: Scene) -> bool:
    return s.kind.sub_event_type == "Armed clash" and s.actor2 is None and _armed(s.actor1)


def rival_faction(s: Scene) -> None:
    """A state's forces that clashed with forces of the same state under another name ("GNA
    and LNA forces clashed"): rival factions, each ACLED's state forces."""
    if _open_clash(s) and s.actor1 is not None:
        s.actor2 = _rival_faction(s.actor1, s.mentions, s.country)


def forces_in_sentence(s: Scene) -> None:
    """A non-state group's clash whose other side the parse missed, though the sentence
    names state forces ("soldiers repelled the attack"): those forces fought it."""
    if _open_clash(s) and s.actor1 is not None:
        s.actor2 = _forces_in(s.lead, s.actor1, s.country)


def unnamed_opponent(s: Scene) -> None:
    """A clash has two sides: when the text names one, the codebook's other side is an
    unidentified armed group (a rebel group's unnamed foe is left open: it may be the
    state)."""
    if _open_clash(s) and s.actor1 is not None:
        s.actor2 = _unnamed_opponent(s.actor1, s.country)


def communal_sides(s: Scene) -> None:
    """A battle whose one named side is a communal militia and whose other is unnamed:
    communities fight communities, so the other side is a communal militia too."""
    if s.kind.event_type == "Battles":
        s.actor1, s.actor2 = _communal_sides(s.actor1, s.actor2)


def attacker_first(s: Scene) -> None:
    """A battle reported as forces repelling an attack another side made ("troops repelled
    an attack by militants"): ACLED's actor1 is the side that attacked."""
    if s.kind.event_type == "Battles":
        s.actor1, s.actor2 = _attacker_first(s.lead, s.mentions, s.actor1, s.actor2, s.country)


KIND_TEST = (Rule("battle_or_attack", battle_or_attack),)
BATTLES = (
    Rule("named_other", named_other),
    Rule("own_men", own_men),
    Rule("group_referred_to", group_referred_to),
    Rule("rival_faction", rival_faction),
    Rule("forces_in_sentence", forces_in_sentence),
    Rule("unnamed_opponent", unnamed_opponent),
    Rule("communal_sides", communal_sides),
    Rule("attacker_first", attacker_first),
)
