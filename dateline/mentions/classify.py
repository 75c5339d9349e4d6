"""Decide an ACLED sub-type from a sentence's cues, following the codebook's definitions.

The order of the tests is the codebook's order of precedence: demonstrations are typed by
what the demonstrators and the authorities did; explosive and remote weapons name the
event whoever was hit; otherwise two armed sides make a battle and an unarmed target makes
violence against civilians; strategic developments are what is left.
"""

from __future__ import annotations

from collections.abc import Iterator

from dateline import vocabulary as V
from dateline.mentions import lexicon as lx
from dateline.mentions.cues import Cues

# The strength of a battle inferred only from two armed actors being named: the parse of
# what was hit may still show an unarmed target (``events.py``).
ARMED_SIDES = 0.6
# A clash known only from gunfire heard or exchanged, with no armed side named: weak.
GUNFIRE = 0.45


def candidates(cues: Cues) -> Iterator[tuple[str, float]]:
    """Every sub-type the cues support, in the codebook's order of precedence; the caller
    takes the first one the sentence has the evidence for."""
    if cues.has("hq") and cues.armed:
        # forces setting up a base as the sentence's own act (``events.py`` checks the
        # verb is the main one): the base is the news, the fighting it answers its reason
        yield "hq_established", 0.6
    rules = (_demonstration, _territory, _engagement, _remote, _violence)
    for rule in rules[1:] if _forces_advance(cues) else rules:
        if found := rule(cues):
            yield found
    if cues.has("peace"):
        yield "agreement", 0.6
    if cues.has("security_measure"):
        yield "change_group", 0.5
    if deliberate_arson(cues):
        yield "looting", 0.6  # a fire set on purpose, claimed or not: property destruction
    if cues.has("disrupted", "bomb_sent") and cues.has("weapon", "ied", "military_remote"):
        yield "disrupted_weapons", 0.6  # a bomb sent, found or defused, whoever planted it
    actor = cues.armed or cues.political
    if cues.has("mobilize") and actor:
        yield "mobilize", 0.45  # forces readied or moved: more specific than a change
    if cues.has("sanction") and cues.political:
        yield "sanction", 0.45  # a named measure, more specific than a change of activity
    state = cues.state or cues.has("state_phrase", "arrest_passive")
    state = state or bool(cues.lemmas & {"force", "forces"})
    if cues.has("arrest") and cues.armed and not (state or cues.political):
        # the codebook keeps arrests for the state: armed men detaining someone abduct them
        yield "abduction", 0.55
    calm = not cues.has("lethal", "harm", "clash", "protest", "protest_strong")
    if cues.has("standoff") and cues.armed and calm:
        yield "other", 0.5  # forces facing off, no one hurt: a development, not a battle
    # Arrests, deals and looting are conflict events only when armed actors take part.
    if cues.armed and (found := _strategic(cues)):
        yield found
    yield from _developments(cues)
    yield from _plover_only(cues)
    if cues.has("gunfire") and not cues.has("disrupted", "arrest", "warning_shots"):
        yield "armed_clash", GUNFIRE  # fire heard or exchanged, no side named: a clash


def _developments(cues: Cues) -> Iterator[tuple[str, float]]:
    """Strategic developments the codebook lists with no violence and often no armed actor
    named: an authority's measures, defections, prison breaks, armed men's checkpoints and
    rules, people displaced by the conflict, and the arrest of a political figure."""
    fighting = cues.has("clash", "engagement", "attack")
    if cues.has("measure") and (cues.political or cues.armed) and not fighting:
        # closures, quarantines, traffic suspended: coded as Other in ACLED's practice (the
        # curfew of a security measure stays a change); a border closed because of
        # fighting reports the fighting
        yield "other", 0.45
    if cues.has("checkpoint", "defection"):
        yield "change_group", 0.45
    if cues.has("prison_break"):
        yield "other", 0.5
    if cues.has("rules") and cues.armed:
        yield "other", 0.45
    if cues.has("displacement") and (cues.armed or cues.has("insecurity")):
        yield "other", 0.4
    if cues.has("arrest") and political_figure(cues) and not cues.armed:
        yield "arrests", 0.45  # a leader or an official arrested
    if cues.has("looting_crowd") and not cues.armed:
        yield "violent_demonstration", 0.45  # looting with no armed group named: a riot


def political_figure(cues: Cues) -> bool:
    """The sentence names a holder of office or a party leader (a governor, a minister, a
    spokesman): whose arrest is a development though no force is named."""
    return bool(cues.lemmas & lx.political_figures())


def deliberate_arson(cues: Cues) -> bool:
    """Someone set a fire ("set fire to", "torched", "a Molotov cocktail"), and the sentence
    names no accidental or natural cause (sparks, wiring, a wildfire)."""
    return cues.has("arson") and not cues.has("fire_cause")


def _plover_only(cues: Cues) -> Iterator[tuple[str, float]]:
    """Threats, sanctions and coercion by states or armed groups (PLOVER's categories that
    ACLED leaves uncoded); a weak cue, so any ACLED sub-type of the sentence comes first."""
    if not (cues.armed or cues.political):
        return
    if cues.has("threat"):
        yield "threaten", 0.45
    if cues.has("coerce"):
        yield "coerce", 0.4


def _demonstration(cues: Cues) -> tuple[str, float] | None:
    if found := _mob(cues):
        return found
    if cues.has("riot_between") and not cues.has("protest_strong", "communal"):
        return "crowd_riot", 0.75  # two crowds (or prisoners) rioting, no demonstration
    # mutineers arrested or an agreement ending the mutiny: the arrest or the deal is the news
    mutineers_held = cues.has("arrest", "agreement", "peace")
    if cues.has("mutiny") and not (
        mutineers_held or cues.has("engagement", "territory_take", "territory_gain")
    ):
        return "violent_demonstration", 0.7  # soldiers rising against their command
    protest = cues.has("protest", "protest_strong", "strike")
    rioters = cues.has("protest", "protest_strong") or (
        cues.has("people") and not _armed_perpetrators(cues)
    )
    if cues.has("riot") or (rioters and cues.has("protest_violence", "protest_escalated")):
        return "violent_demonstration", 0.8
    if cues.has("crowd_violence"):
        return "violent_demonstration", 0.75  # demonstrators or strikers attacked or damaged
    if cues.has("crowd_damage") and cues.armed == cues.state:
        return "violent_demonstration", 0.65  # students, residents or supporters destroyed
    if cues.has("protest_strong") and cues.has("roadblocks"):
        return "violent_demonstration", 0.7  # demonstrators barricading the roads
    if protest and cues.has("protest_damage"):
        return "violent_demonstration", 0.7  # demonstrators burned, looted or destroyed
    if cues.has("riot_acts") and cues.armed == cues.state:
        # stones thrown by people at the police or gendarmes: the forces are the target
        return "violent_demonstration", 0.6
    if _mob_fight(cues):
        return "mob_violence", 0.7
    crowd = cues.has("people", "protest_strong") or cues.civilian > 0
    blocking = cues.has("blockade") and crowd and not cues.armed
    if not (protest or blocking):
        return None
    if _strike_only(cues):
        return _strike(cues)
    if cues.has("lethal_force"):
        return "excessive_force", 0.7
    if cues.has("intervention"):
        return "protest_intervention", 0.75
    return "peaceful_protest", 0.8


def _mob(cues: Cues) -> tuple[str, float] | None:
    if cues.has("mob") and not cues.has("protest_strong"):
        return "mob_violence", 0.8  # unless demonstrators are the ones acting
    if _stone_throwers(cues):
        return "mob_violence", 0.7
    return None


def _stone_throwers(cues: Cues) -> bool:
    """Residents or youths stoning the police or passers-by with no demonstration, strike
    or riot named ("locals pelted stones at the police enforcing the curfew"): the
    codebook's violent demonstration needs demonstrators, so the crowd's riot is mob
    violence."""
    named = cues.has("protest", "protest_strong", "strike", "riot", "gathering", "mutiny")
    crowd = cues.has("people") or cues.civilian > 0
    armed_group = (cues.lemmas & lx.armed_groups()) - {"armed"}  # "militants stoned ..."
    # "unknown individuals threw stones": unnamed attackers, not a crowd the report names
    armed_group = armed_group or cues.lemmas & V.words("crowd", "organised_markers")
    return cues.has("stoning") and crowd and not named and not armed_group


def _forces_advance(cues: Cues) -> bool:
    """Armed men taking or regaining ground ("troops captured the town and marched on",
    "staged an incursion"): the march is an advance, not a demonstration, which the
    codebook keeps for unarmed people."""
    ground = cues.has("territory_take", "territory_gain") and cues.armed > 0
    named = cues.lemmas & V.words("event_words", "demonstration_nouns")
    return ground and not named and not cues.has("riot", "crowd_violence")


def _armed_perpetrators(cues: Cues) -> bool:
    """Armed men who burn, loot or torture ("militants attacked the village and torched
    shops", "the army tortured villagers and burned granaries"): no crowd rioting, though
    the sentence names people (as victims). Forces met with stones are a riot's target."""
    non_state = cues.armed - cues.state > 0
    forces_acting = cues.state > 0 and not cues.has("riot_acts", "melee")
    return non_state or forces_acting


def _strike(cues: Cues) -> tuple[str, float]:
    """Workers, students or traders striking: ACLED codes a labour strike as a peaceful
    protest (the strikers withhold work together, publicly). A boycott or strike called by
    a party or a government, with no people named doing it, stays another development."""
    if cues.civilian > 0 or (cues.has("people") and not cues.political):
        return "peaceful_protest", 0.6
    return "strike", 0.6


def _strike_only(cues: Cues) -> bool:
    """A strike or boycott with no one gathering in person: the codebook does not code
    staying away from work as a protest, only as a (strategic) development."""
    calm = not cues.has("intervention", "lethal_force", "blockade")
    return cues.has("strike") and not cues.has("gathering") and calm


def _territory(cues: Cues) -> tuple[str, float] | None:
    """Ground changing hands in a fight: the battle's territorial sub-types come before a
    plain clash, since the codebook codes the outcome when the report gives it."""
    if cues.has("territory_gain") and (cues.state or cues.has("state_phrase")):
        return "gov_regains", 0.75
    if cues.has("territory_take") and cues.armed and not cues.state and cues.has("clash"):
        return "nsa_overtakes", 0.7
    return None


def _mob_fight(cues: Cues) -> bool:
    """Unorganised people fighting each other (supporters, students, traders, two groups):
    mob violence. Identity groups (communities, clans, farmers and herders) are communal
    militias in the codebook, so their fights are battles."""
    fight = cues.has("brawl") and not cues.has("communal", "small_arms", "shelling", "ied")
    crowd = cues.has("people", "melee") or cues.civilian > 0  # or armed only with blades
    crowd = crowd or cues.has("crowd_attackers")  # "rival groups clashed": no army named
    return fight and not cues.armed and crowd


def _engagement(cues: Cues) -> tuple[str, float] | None:
    """Armed sides engaging directly make a battle, whatever weapons they used."""
    if cues.has("engagement"):
        return "armed_clash", 0.85 if cues.armed else 0.5
    if cues.has("brawl") and cues.has("communal") and cues.has("lethal", "weapon"):
        return "armed_clash", 0.75  # communal militias fighting, with casualties or arms
    return None


def _remote(cues: Cues) -> tuple[str, float] | None:
    if cues.has("premature"):
        return "disrupted_weapons", 0.75  # went off while being planted: its use disrupted
    if cues.has("interception") and not cues.has("lethal"):
        return "disrupted_weapons", 0.75  # fired, but stopped in flight: its use disrupted
    if cues.has("disrupted") and not cues.has("used_weapon"):
        return None  # weapons found, seized or defused: none was used
    for name, kind in (
        ("blast_unknown", "shelling"),
        ("chemical", "chemical"),
        ("mail_bomb", "ied"),
        ("suicide", "suicide_bomb"),
        ("air", "air_strike"),
        ("grenade", "grenade"),
        ("ied", "ied"),
        ("shelling", "shelling"),
    ):
        if cues.has(name):
            if kind in ("ied", "grenade") and _only_held(cues):
                return None  # a suspect caught with explosives: an arrest, none used
            if kind == "suicide_bomb" and cues.has("clash", "attackers_hit") and cues.state:
                return "armed_clash", 0.7  # a bomber opening an assault the forces fought
            if kind == "shelling" and cues.has("fire_exchange"):
                return "armed_clash", 0.7  # both sides firing: an exchange, not a bombardment
            if kind == "shelling" and cues.has("small_arms") and cues.armed:
                return "armed_clash", 0.7  # artillery with direct fire: a battle
            if kind == "ied" and cues.has("small_arms"):
                return "armed_clash", 0.6  # explosions amid small-arms fire: fighting
            if kind == "grenade" and cues.has("small_arms") and cues.state:
                return "armed_clash", 0.7  # grenades and guns against forces: a battle
            return kind, 0.85
    return None


def _only_held(cues: Cues) -> bool:
    """Explosives named only as what arrested people carried ("arrested a man in possession
    of IEDs"): no device went off, so the arrest is the event, not an explosion."""
    return cues.has("arrest") and not cues.has("used_weapon", "lethal", "harm")


def _violence(cues: Cues) -> tuple[str, float] | None:
    if cues.has("sexual"):
        return "sexual_violence", 0.8
    if cues.has("territory_gain") and cues.armed:
        return "gov_regains", 0.7
    fought = cues.has("attack", "clash", "lethal", "forced_taking")
    if cues.has("territory_take") and cues.armed and fought:
        return "nsa_overtakes", 0.6  # taken by force; without a fight it is a transfer
    if cues.has("ramming") and not cues.has("clash"):
        return "attack", 0.7  # a vehicle driven into a building or a crowd
    if cues.has("remains") and not cues.armed and not cues.has("clash", "abduction"):
        return "attack", 0.6  # a body left with the marks of a killing, no killer named
    if not cues.has("attack", "clash", "abduction") or _unopposed_search(cues):
        return None
    if _property_raid(cues) or _empty_target(cues):
        return "looting", 0.65
    if cues.has("abduction") and not cues.has("clash", "execution", "harm"):
        # taken with no one beaten, shot or tortured: an abduction; else the violence done
        return "abduction", 0.75
    return _battle_or_attack(cues)


def _unopposed_search(cues: Cues) -> bool:
    """A raid or search that only seized weapons or detained people ("detained dozens
    during raids", "seized rifles in a raid"): no one was hurt or fought back, so the
    codebook codes the arrest or the disrupted weapons use, not an attack or a battle."""
    seized = cues.has("disrupted") and cues.has("weapon", "ied", "military_remote")
    taken = (cues.has("arrest") or seized) and not cues.has("abduction", "kidnap")
    force = cues.has("lethal", "harm", "attack_strong", "clash", "engagement", "shooting_at")
    return taken and not force and not cues.has("sexual", "used_weapon", "looting")


def _property_raid(cues: Cues) -> bool:
    """An armed raid that only took or destroyed property: looting/property destruction.

    The codebook codes the violence when people are hurt, and a battle when the raid met
    state forces; with neither, the raid is the looting it did."""
    harmless = not cues.has("lethal", "harm", "abduction", "engagement", "clash", "sexual")
    harmless = harmless and not cues.lemmas & V.words(
        "event_words", "hurt_in_raid"
    )  # "wounded a civilian", "one person died"
    return cues.has("looting") and cues.has("attack") and harmless and not cues.state


def _empty_target(cues: Cues) -> bool:
    """A post or building attacked while no one was in it ("attacked the police station
    while it was unmanned"): no one to fight or hurt, so the codebook codes what was
    destroyed, not a battle with the forces whose post it was."""
    harmless = not cues.has("lethal", "harm", "abduction", "engagement", "clash", "sexual")
    return (
        cues.has("unmanned")
        and harmless
        and not cues.lemmas & V.words("event_words", "hurt_in_raid")
    )


def _battle_or_attack(cues: Cues) -> tuple[str, float]:
    """Two armed, organised sides make a battle; an unarmed target makes an attack."""
    if cues.has("assassination"):
        return "attack", 0.8  # a targeted killing of a person, not an engagement
    if cues.has("clash") and (cues.armed or cues.has("lethal")):
        return "armed_clash", 0.8
    if cues.armed >= 2 and not cues.civilian:
        return "armed_clash", ARMED_SIDES
    if cues.civilian:
        return "attack", 0.75
    return ("armed_clash", 0.5) if cues.state else ("attack", 0.5)


def _strategic(cues: Cues) -> tuple[str, float] | None:
    for name, kind, strength in (
        ("plot_foiled", "other", 0.6),  # a coup or plot disrupted: no weapon was used
        ("disrupted", "disrupted_weapons", 0.7),
        ("looting", "looting", 0.6),
        ("agreement", "agreement", 0.6),
        ("arrest", "arrests", 0.6),
        ("hq", "hq_established", 0.6),
        ("warning_shots", "other", 0.5),  # shots into the air: a show of force, no target
        ("territory_take", "nonviolent_transfer", 0.4),
        # a force leaving ground no one is said to take: a change to its activity
        ("withdraw", "change_group", 0.4),
        ("change", "change_group", 0.4),
    ):
        if cues.has(name):
            return kind, strength
    return None
