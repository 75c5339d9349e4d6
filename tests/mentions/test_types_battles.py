"""Battles: armed clashes (fire exchanged, attacks met with fire, posts and patrols hit) and
territory taken or regained."""

from __future__ import annotations

import pytest

from dateline.mentions.events import find_mentions
from tests.mentions.asserted import first_sub_type, first_with_modality, first_with_plover


def kinds(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(m.event_type, m.sub_event_type, m.modality) for m in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Soldiers clashed with militants near the border for several hours.",
         "Battles", "Armed clash"),
        ("The army recaptured the town from the rebels after a week of fighting.",
         "Battles", "Government regains territory"),
    ],
)  # fmt: skip
def test_types_follow_the_codebook_battles(nlp, text, event_type, sub_event_type) -> None:
    found = kinds(nlp, text)
    assert found, text
    assert found[0][:2] == (event_type, sub_event_type)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A labour strike by named workers is coded as a peaceful protest in ACLED practice;
        # a boycott called by a party, with no people named, stays an "Other" development.
        # An armed side attacked: a battle, not violence against civilians.
        ("Gunmen attacked a police station in the town overnight.", "Armed clash"),
        ("Bandits ambushed the convoy and were exchanging fire with the escort for an hour.",
         "Armed clash"),
        ("Two farming communities clashed over a well, leaving four wounded.", "Armed clash"),
        # Territory: the outcome of the fight is the sub-type.
        ("Soldiers recaptured the town from the insurgents after a clash on Sunday.",
         "Government regains territory"),
        ("The army dislodged the militants from two villages near the border.",
         "Government regains territory"),
        ("Soldiers killed two militants and seized rifles, a grenade and explosives.",
         "Armed clash"),
    ],
)  # fmt: skip
def test_codebook_distinctions_battles(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_plover(nlp, text)
    assert found is not None, text
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Residents reported shoot-outs in two neighbourhoods of the city overnight.",
         "Armed clash"),
        ("Monitors counted twenty explosions and bursts of small arms fire near the town.",
         "Armed clash"),
    ],
)  # fmt: skip
def test_more_codebook_distinctions_battles(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_plover(nlp, text)
    assert found is not None, text
    assert found[0] == sub_event_type


def test_town_falling_to_state_forces_is_regained(nlp) -> None:
    found = first_with_plover(
        nlp, "After heavy fighting the town fell to government forces on Sunday."
    )
    assert found is not None
    assert found[0] == "Government regains territory"


def test_armed_men_attacking_police_stay_battle(nlp) -> None:
    """Armed men are an organised side: attacking a patrol is a battle, not a mob."""
    found = first_with_plover(
        nlp, "About twenty armed men attacked a police patrol, killing one officer."
    )
    assert found is not None and found[0] == "Armed clash"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Farmers and herders clashed over grazing land, and four people were killed.",
         "Armed clash"),
    ],
)  # fmt: skip
def test_codebook_distinctions_battles_2(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_modality(nlp, text)
    assert found is not None
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Ordinary people burning or ransacking: rioters' vandalism, not an armed raid.
        ("Militants attacked the police station in the town.", "Armed clash"),
        (
            "Militants attacked the police station, killing two officers, while another post "
            "was deserted.",
            "Armed clash",
        ),
        # Fire going both ways: a battle, not a one-sided bombardment.
        ("The two armies exchanged artillery fire along the front line.", "Armed clash"),
        ("Rebels shelled army positions near the town; the troops fired back.", "Armed clash"),
    ],
)
def test_round11_kinds_battles(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Fire heard or exchanged, no side named: an armed clash.
        # Fire heard or exchanged, no side named: an armed clash.
        ("A shoot-out took place in the northern district on Friday night.", "Armed clash"),
        (
            "Monitors recorded 30 bursts of fire involving small arms near the village.",
            "Armed clash",
        ),
        ("Heavy gunfire was reported near the old market overnight.", "Armed clash"),
    ],
)
def test_round5_sub_types_battles(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


def test_warning_shots_are_no_gunfire_clash(nlp) -> None:
    """Shots fired into the air aim at no one: not a clash."""
    assert (
        first_sub_type(nlp, "Soldiers fired shots into the air near the border post.")
        != "Armed clash"
    )


def test_attack_repelled_in_next_sentence_is_battle(nlp) -> None:
    """Gunmen attacked a village; local fighters repelled them in the next sentence: the
    armed resistance makes the attack a battle."""
    text = (
        "Gunmen attacked the village of Kora on Sunday. "
        "Local defence fighters repelled the assault after an hour."
    )
    assert first_sub_type(nlp, text) == "Armed clash"


def test_intercommunal_violence_is_a_battle(nlp) -> None:
    """Communities fighting each other are communal militias in the codebook: a battle."""
    text = "Two people were killed in intercommunal violence between herders and farmers."
    assert first_sub_type(nlp, text) == "Armed clash"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # An authority's measures restricting movement: Other in ACLED's practice.
        ("Eight dead in clan fighting near the town.", "Armed clash"),
        # A small count of clashes is an event, not a statistic.
        ("At least 3 clashes occurred between the army and rebels.", "Armed clash"),
    ],
)
def test_round6_sub_types_battles(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


def test_closure_for_fighting_reports_the_fighting(nlp) -> None:
    """A border closed because of fighting: the fighting is the conflict event."""
    text = "The government closed the border crossings because of fighting between rival clans."
    assert first_sub_type(nlp, text) == "Armed clash"


def test_operation_is_the_setting_of_the_clash(nlp) -> None:
    """An operation launched, then a shoot-out: the clash is the event, not the operation."""
    text = (
        "Police carried out an operation in the northern district on Monday. "
        "A shoot-out followed and two gunmen were killed."
    )
    subs = [m.sub_event_type for m in find_mentions(nlp(text))]
    assert "Change to group/activity" not in subs
    assert "Armed clash" in subs


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # The army as the subject of taking ground: the government regains it.
        # The army as the subject of taking ground: the government regains it.
        (
            "On Friday the army took control of a rebel stronghold after clashes with the rebels.",
            "Government regains territory",
        ),
        (
            "Soldiers gained control over two hills after heavy fighting with the insurgents.",
            "Government regains territory",
        ),
        (
            "The army used gunfire to take over the barracks held by mutineers.",
            "Government regains territory",
        ),
        # A targeted killing of a militiaman is an engagement of armed sides.
        ("Militants assassinated a militiaman in the village on Monday.", "Armed clash"),
        ("Militants attacked the newly established army base in the town.", "Armed clash"),
    ],
)
def test_round7_kinds_battles(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


def test_rebels_taking_ground_are_not_the_government(nlp) -> None:
    """Non-state fighters as the takers: never a government regaining territory."""
    text = "Rebels took control of the town after clashes with the army."
    kinds = {m.sub_event_type for m in find_mentions(nlp(text))}
    assert "Government regains territory" not in kinds


def test_amidst_is_background(nlp) -> None:
    """ "amidst" opens a setting clause like "amid": the sentence's main act comes first."""
    text = "Two men were killed amidst clashes between the army and the rebels."
    assert first_sub_type(nlp, text) is not None


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A grenade at a post that the soldiers answer with gunfire: a battle.
        # A grenade at a post that the soldiers answer with gunfire: a battle.
        (
            "Militants threw a hand grenade at an army checkpoint in the town. "
            "Soldiers responded with gunfire.",
            "Armed clash",
        ),
        # Rocket-propelled grenades are a launcher's rounds, not hand grenades.
        ("Fighters fired RPG grenades and machine guns at the villages.", "Armed clash"),
        # Suicide bombers whom the police fought or killed: a battle.
        (
            "Militants wearing explosive vests attacked a police station, and police killed "
            "one of the suicide bombers.",
            "Armed clash",
        ),
        # Attackers withdrawing after an exchange of fire: the fight is the event.
        (
            "Militants attacked a police post and withdrew following an exchange of fire.",
            "Armed clash",
        ),
        ("Farmers clashed with herders over grazing land, leaving five dead.", "Armed clash"),
        # "Forces" named by no armed group take ground for the government's side.
        (
            "Pro-government forces and allied fighters took control of three villages after "
            "clashes with the rebels.",
            "Government regains territory",
        ),
        # A named armed group's forces taking ground after a fight: not a transfer, and the
        # codebook's non-state actor acquiring a location through armed conflict.
        (
            "Taliban forces captured the district centre after heavy fighting with the army.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_round8_sub_types_battles(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type
