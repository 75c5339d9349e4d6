"""Rules for the sides the text leaves out: the codebook's defaults (forces named in the
sentence, protesters, civilians as the target of an attack), and whom pressure is aimed at."""

from __future__ import annotations

from dateline.resolve.actors.codebook import (
    CIVILIAN_TARGET,
    MOVEMENT,
    POLICE_TARGET,
    PRESSURE,
    REGAINS,
    STATE_ARMS,
    _hurt,
)
from dateline.resolve.actors.communities import _communal_dispute
from dateline.resolve.actors.crowds import _default_actor1
from dateline.resolve.actors.doers import _ruling_state, _sole_doer
from dateline.resolve.actors.forces import (
    _forces_named,
    _national_weapon,
    _state_forces,
    _state_site_fired_at,
)
from dateline.resolve.actors.opponents import _fired_at, _named_opponent, _nameless_fight
from dateline.resolve.actors.phrases import _first_state, _with_text
from dateline.resolve.actors.recipients import _pressed_state
from dateline.resolve.actors.scene import Rule, Scene
from dateline.vocabulary import naming as act
from dateline.vocabulary.taxonomy import kinds

_SHOOTING = ("Battles", "Explosions/Remote violence")
_VIOLENT = (*_SHOOTING, "Violence against civilians")


def national_weapon(s: Scene) -> None:
    """A strike no doer is named for, fired with a state's weapon named by its national
    adjective ("an Israeli strike killed four"): actor1 is that state's military forces.
    The codebook codes remote violence by its means, so an air weapon makes the event an
    Air/drone strike and a missile, rocket or shell a Shelling/artillery/missile attack,
    even when civilians were hit (civilian targeting is a flag, not another type)."""
    if s.actor1 is not None or s.lead.event_type not in _VIOLENT:
        return
    found = _national_weapon([s.lead, *s.mentions], s.country)
    if found is None:
        return
    s.actor1, air = found
    if s.kind.event_type != "Explosions/Remote violence":
        s.kind = kinds()["air_strike" if air else "shelling"]


def forces_named(s: Scene) -> None:
    """With no doer in the parse, state forces the sentence names acted: ACLED's default
    for a government operation or an air strike ("Military forces dislodge X"), never the
    target."""
    lead = s.lead
    if s.actor1 is None and (lead.event_type == "Battles" or lead.sub_event_type in STATE_ARMS):
        s.actor1 = _forces_named(lead, s.actor2, s.country)


def forces_named_before(s: Scene) -> None:
    """For violence against civilians only forces named before the verb, its subject in
    English word order ("troops detained and tortured a villager"), are the doers."""
    if s.actor1 is None and s.lead.event_type == "Violence against civilians":
        s.actor1 = _forces_named(s.lead, s.actor2, s.country, before_only=True)


def pressing_state(s: Scene) -> None:
    """A threat, sanction or coercion's doer is the state its subject names, armed or not
    ("Iraq's government announced a curfew")."""
    if s.actor1 is None and s.lead.plover.event in PRESSURE:
        s.actor1 = _first_state(s.subjects, s.country)


def regains_territory(s: Scene) -> None:
    """The codebook's sub-type "Government regains territory" names the government's side:
    actor1 is the state's forces."""
    if s.lead.sub_event_type == REGAINS and (s.actor1 is None or s.actor1.inter != act.STATE):
        s.actor1 = _state_forces(s.country)


def fired_at_positions(s: Scene) -> None:
    """The armed side whose positions were fired on, named in a phrase the parse leaves
    out of the roles ("fired mortars at the positions of X")."""
    if s.actor2 is None and s.lead.event_type in _SHOOTING:
        s.actor2 = _fired_at(s.lead, s.actor1, s.country)


def fired_at_state_site(s: Scene) -> None:
    """The state forces whose positions were fired on, named by an adjective before the
    site ("at the governmental positions", "at Somali army bases")."""
    if s.actor2 is None and s.lead.event_type in _SHOOTING:
        s.actor2 = _state_site_fired_at(s.lead, s.actor1, s.country)


def nameless_fight(s: Scene) -> None:
    """An exchange of fire or shelling the report names no side of: the state's forces hold
    one side of any front line (actor1); a battle's other side is an unidentified group."""
    if s.actor1 is None and s.actor2 is None and _nameless_fight(s.lead, [*s.agents, *s.subjects]):
        s.actor1 = _state_forces(s.country)
        if s.lead.event_type == "Battles":  # a battle has two sides; shelling may have one
            s.actor2 = act.default_actor(act.POLITICAL_MILITIA, s.country)


def default_actor1(s: Scene) -> None:
    """The codebook's default actor1: Protesters or Rioters (of the crowd's country) for a
    demonstration, an unidentified armed group for political violence, keeping the words."""
    s.actor1 = s.actor1 or _with_text(_default_actor1(s.lead, s.country), s.agents, s.country)


def ruling_state(s: Scene) -> None:
    """A measure no one is said to have taken ("a curfew was imposed") is the government's."""
    if s.actor1 is None and s.lead.event_type == "Strategic developments":
        s.actor1 = _ruling_state(s.lead, s.country)


def communal_dispute(s: Scene) -> None:
    """Unnamed armed men in a land dispute or communal clash are communal militias, as the
    codebook codes community-based armed groups (identity militias, inter 4)."""
    s.actor1, s.actor2 = _communal_dispute(s.lead, s.mentions, s.actor1, s.actor2, s.country)


def explosion_victims(s: Scene) -> None:
    """People hurt by an explosion, none said to be armed, are civilians (actor2)."""
    if s.actor2 is None and s.lead.event_type == "Explosions/Remote violence" and _hurt(s.mentions):
        s.actor2 = act.default_actor(act.CIVILIANS, s.country)


def civilian_target(s: Scene) -> None:
    """The codebook's default target of an attack, abduction, sexual violence or looting
    is civilians."""
    if s.actor2 is None and s.lead.sub_event_type in CIVILIAN_TARGET:
        s.actor2 = act.default_actor(act.CIVILIANS, s.country)


def civilian_words(s: Scene) -> None:
    """Default civilians keep the article's words for them ("an attack on a bakery")."""
    actor2 = s.actor2
    if actor2 is not None and actor2.inter == act.CIVILIANS and not actor2.text:
        s.actor2 = _with_text(actor2, [*s.patients, *s.objects], s.country)


def police_target(s: Scene) -> None:
    """A protest with intervention or excessive force against protesters has the police as
    actor2 when the text names no forces."""
    if s.actor2 is None and s.lead.sub_event_type in POLICE_TARGET:
        s.actor2 = act.police(s.country)


def named_opponent(s: Scene) -> None:
    """A battle has two sides: with the parse finding no second one, a group the sentence
    names that is not actor1 ("troops retook the town after a clash with the ADF")."""
    if s.actor2 is None and s.lead.event_type == "Battles":
        s.actor2 = _named_opponent(s.lead, s.actor1, s.country)


def pressed_state(s: Scene) -> None:
    """Whom a threat or sanction is aimed at, when the parse found no object: the first
    other state the sentence names after the trigger. A movement of forces has no target."""
    lead = s.lead
    if s.actor2 is None and lead.plover.event in PRESSURE and lead.sub_event_type != MOVEMENT:
        s.actor2 = _pressed_state(lead, s.actor1, s.country)


def sole_doer(s: Scene) -> None:
    """Strategic developments ACLED codes with the forces that moved, deployed, signed or
    set off a device alone: an armed actor the parse found only as an object ("Soldiers
    were seen ...") is the doer."""
    if _sole_doer(s.lead, s.actor1, s.actor2):
        s.actor1, s.actor2 = s.actor2, None


DEFAULTS = (
    Rule("national_weapon", national_weapon),
    Rule("forces_named", forces_named),
    Rule("forces_named_before", forces_named_before),
    Rule("pressing_state", pressing_state),
    Rule("regains_territory", regains_territory),
    Rule("fired_at_positions", fired_at_positions),
    Rule("fired_at_state_site", fired_at_state_site),
    Rule("nameless_fight", nameless_fight),
    Rule("default_actor1", default_actor1),
    Rule("ruling_state", ruling_state),
    Rule("communal_dispute", communal_dispute),
    Rule("explosion_victims", explosion_victims),
    Rule("civilian_target", civilian_target),
    Rule("civilian_words", civilian_words),
    Rule("police_target", police_target),
    Rule("named_opponent", named_opponent),
    Rule("pressed_state", pressed_state),
    Rule("sole_doer", sole_doer),
)
