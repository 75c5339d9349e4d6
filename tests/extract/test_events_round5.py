"""Fifth round: gunfire with no side named, protests named by their organisers, labour
strikes, and attacks that met armed resistance in a later sentence."""

from __future__ import annotations

import pytest

from tests.extract.asserted import first_sub_type as first


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Fire heard or exchanged, no side named: an armed clash.
        ("A shoot-out took place in the northern district on Friday night.", "Armed clash"),
        (
            "Monitors recorded 30 bursts of fire involving small arms near the village.",
            "Armed clash",
        ),
        ("Heavy gunfire was reported near the old market overnight.", "Armed clash"),
        # Protests named by who held them, or reported as having taken place.
        ("Rallies were held in the capital against the new tax.", "Peaceful protest"),
        ("Student protests were reported in two provincial towns.", "Peaceful protest"),
        ("Peaceful protests took place on Monday in five cities.", "Peaceful protest"),
        (
            "The opposition staged a large candlelight protest outside parliament.",
            "Peaceful protest",
        ),
        # Labour strikes by named workers are coded as peaceful protests.
        ("Dock workers went on strike on Tuesday to demand higher wages.", "Peaceful protest"),
    ],
)
def test_round5_sub_types(nlp, text: str, sub_event_type: str) -> None:
    assert first(nlp, text) == sub_event_type


def test_warning_shots_are_no_gunfire_clash(nlp) -> None:
    """Shots fired into the air aim at no one: not a clash."""
    assert first(nlp, "Soldiers fired shots into the air near the border post.") != "Armed clash"


def test_penalty_shoot_out_is_no_event(nlp) -> None:
    assert first(nlp, "The home side won the cup final in a penalty shoot-out.") is None


def test_attack_repelled_in_next_sentence_is_battle(nlp) -> None:
    """Gunmen attacked a village; local fighters repelled them in the next sentence: the
    armed resistance makes the attack a battle."""
    text = (
        "Gunmen attacked the village of Kora on Sunday. "
        "Local defence fighters repelled the assault after an hour."
    )
    assert first(nlp, text) == "Armed clash"


def test_attack_without_resistance_stays_attack(nlp) -> None:
    text = (
        "Gunmen attacked the village of Kora on Sunday, killing four civilians. "
        "The attackers fled on motorbikes."
    )
    assert first(nlp, text) == "Attack"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Forces stopping or breaking up a gathering: a protest with intervention.
        ("Workers protested outside the factory. Police intervene.", "Protest with intervention"),
        (
            "Gendarmes broke up a protest by farmers near the town hall.",
            "Protest with intervention",
        ),
        # Demonstrators clashing with or burning: a violent demonstration.
        (
            "Clashes between protesters and police were reported in the town on Friday.",
            "Violent demonstration",
        ),
        (
            "Students set two police stations on fire to protest the arrests.",
            "Violent demonstration",
        ),
    ],
)
def test_round5_demonstrations(nlp, text: str, sub_event_type: str) -> None:
    assert first(nlp, text) == sub_event_type


def test_militants_burning_a_village_are_no_riot(nlp) -> None:
    """Armed men who kill people and torch shops: an attack, not a violent demonstration,
    though the sentence names people (as the victims)."""
    text = "Suspected militants attacked the village and killed five people, torching shops."
    assert first(nlp, text) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Two fighters were killed when the landmine they were planting exploded prematurely.",
        "An army demining team destroyed an IED on the road north of the town.",
        "Soldiers neutralized two explosive devices near the bridge on Monday.",
    ],
)
def test_disrupted_weapons_use(nlp, text: str) -> None:
    """Devices made safe by the forces, or that went off while being planted: the
    codebook's disrupted weapons use, not an explosion."""
    assert first(nlp, text) == "Disrupted weapons use"


def test_grenade_only_carried_is_no_grenade_attack(nlp) -> None:
    text = "Police shot dead a militant armed with a hand grenade at the checkpoint."
    assert first(nlp, text) != "Grenade"


@pytest.mark.parametrize(
    "text",
    [
        "Government forces established new fortifications east of the city on Friday.",
        "The armed forces announced an operation to secure the eastern region.",
    ],
)
def test_change_to_group_activity(nlp, text: str) -> None:
    """Forces fortifying positions or starting an operation, with no fight reported."""
    assert first(nlp, text) == "Change to group/activity"


def test_intercommunal_violence_is_a_battle(nlp) -> None:
    """Communities fighting each other are communal militias in the codebook: a battle."""
    text = "Two people were killed in intercommunal violence between herders and farmers."
    assert first(nlp, text) == "Armed clash"
