"""Eighth round: grenades answered with fire and drone-dropped munitions, suicide bombers
fought by the forces, arrests (of suspects holding explosives, followed by executions, or by
armed men, who abduct), withdrawals, mobs named as the subject, violent demonstrations told
by forced entry or fires lit, and protests stopped or met with lethal force."""

from __future__ import annotations

import pytest

from tests.extract.asserted import first_sub_type as first


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A grenade at a post that the soldiers answer with gunfire: a battle.
        (
            "Militants threw a hand grenade at an army checkpoint in the town. "
            "Soldiers responded with gunfire.",
            "Armed clash",
        ),
        ("Militants threw a hand grenade into a crowded market, wounding six shoppers.", "Grenade"),
        # A grenade dropped from a drone is an air/drone strike.
        (
            "Rebels dropped a grenade from a drone on army positions near the village.",
            "Air/drone strike",
        ),
        # Rocket-propelled grenades are a launcher's rounds, not hand grenades.
        ("Fighters fired RPG grenades and machine guns at the villages.", "Armed clash"),
        # Suicide bombers whom the police fought or killed: a battle.
        (
            "Militants wearing explosive vests attacked a police station, and police killed "
            "one of the suicide bombers.",
            "Armed clash",
        ),
        (
            "A suicide bomber blew himself up at a checkpoint, killing four soldiers.",
            "Suicide bomb",
        ),
        # Explosives only held by a man arrested: the arrest is the event.
        (
            "Security forces arrested an individual in possession of explosive devices on the "
            "road.",
            "Arrests",
        ),
        (
            "Gunmen detonated an explosive device near a bus, killing two.",
            "Remote explosive/landmine/IED",
        ),
        # People arrested, then executed: violence against civilians.
        (
            "Soldiers arrested twelve villagers on Monday. Seven were later executed outside "
            "the town.",
            "Attack",
        ),
        ("The army arrested 40 soldiers over a mutiny last week.", "Arrests"),
        # Armed men (not the state) detaining someone abduct them.
        (
            "Unknown gunmen detained a civilian near the river and released him later.",
            "Abduction/forced disappearance",
        ),
        # A force withdrawing, with no one taking the ground: a change to its activity.
        ("The police withdrew from the town amid security concerns.", "Change to group/activity"),
        (
            "Militants took control of the village and raised their flag.",
            "Non-violent transfer of territory",
        ),
        # Attackers withdrawing after an exchange of fire: the fight is the event.
        (
            "Militants attacked a police post and withdrew following an exchange of fire.",
            "Armed clash",
        ),
        # A base dismantled is not a weapon disrupted; a device dismantled is.
        ("Soldiers dismantled an explosive device planted on the road.", "Disrupted weapons use"),
        # Ordinary people as the subject of the violence: mob violence.
        ("Villagers beat up two suspected thieves in the market.", "Mob violence"),
        ("Unknown people attacked a farmer in his field.", "Attack"),
        ("Farmers clashed with herders over grazing land, leaving five dead.", "Armed clash"),
        ("Villagers attacked a group of herders near the river, killing two.", "Attack"),
        # Demonstrators forcing their way in, lighting fires, or armed with blades.
        (
            "Students protested at the town hall and forced their way into the mayor's office.",
            "Violent demonstration",
        ),
        (
            "Youths protested violently in the streets, setting fire to government buildings.",
            "Violent demonstration",
        ),
        (
            "Police stations were attacked by student demonstrators angry over the killing.",
            "Violent demonstration",
        ),
        (
            "Hundreds of protesters armed with clubs and machetes blocked the highway.",
            "Violent demonstration",
        ),
        # Protests stopped, contained or with a protester arrested: intervention.
        (
            "Families of prisoners held a rally outside the court. At least one protester was "
            "arrested.",
            "Protest with intervention",
        ),
        (
            "Workers tried to hold a sit-in outside the ministry but were stopped by security "
            "forces.",
            "Protest with intervention",
        ),
        (
            "Police used tear gas to disperse students marching in the capital.",
            "Protest with intervention",
        ),
        # Fire opened on protesters, in the sentence after the protest: excessive force.
        (
            "Demonstrators marched to the town hall. Police opened fire on the protesters, "
            "killing two.",
            "Excessive force against protesters",
        ),
        # A killing the protesters denounce is their grievance, not force used on them.
        (
            "Residents protested against the killing of a protester by soldiers last week.",
            "Peaceful protest",
        ),
        (
            "Hundreds of teachers marched peacefully to the ministry to demand higher pay.",
            "Peaceful protest",
        ),
        # A strike whose strikers also protest in person: a peaceful protest.
        (
            "Tax agents started a strike and protested in the capital to press their demands.",
            "Peaceful protest",
        ),
        ("Bakers went on strike. Dozens protested in front of the ministry.", "Peaceful protest"),
        # Whipping people is violence against them.
        ("Militants whipped several women in the village for not wearing veils.", "Attack"),
        # Armed sides facing off with no one hurt: the codebook's "Other".
        ("Government troops prevented a rebel convoy from entering the town.", "Other"),
        ("Armed men confronted the police without violence at the market.", "Other"),
        # "Forces" named by no armed group take ground for the government's side.
        (
            "Pro-government forces and allied fighters took control of three villages after "
            "clashes with the rebels.",
            "Government regains territory",
        ),
        # A named armed group's forces taking ground after a fight: the fight, not a transfer.
        (
            "Taliban forces captured the district centre after heavy fighting with the army.",
            "Armed clash",
        ),
        ("A number of residents beat up two suspected thieves in the market.", "Mob violence"),
    ],
)
def test_round8_sub_types(nlp, text: str, sub_event_type: str) -> None:
    assert first(nlp, text) == sub_event_type
