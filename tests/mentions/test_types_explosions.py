"""Explosions and remote violence: shelling, air and drone strikes, IEDs, grenades, suicide
bombs, chemical weapons."""

from __future__ import annotations

import pytest

from dateline.mentions.events import find_mentions
from tests.mentions.asserted import first_sub_type, first_with_plover


def kinds(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(m.event_type, m.sub_event_type, m.modality) for m in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Insurgents fired mortar rounds at the town centre overnight.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("A roadside bomb struck a police vehicle near the market.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Warplanes carried out air strikes on rebel positions north of the city.",
         "Explosions/Remote violence", "Air/drone strike"),
        ("A suicide bomber blew himself up at a checkpoint, killing four soldiers.",
         "Explosions/Remote violence", "Suicide bomb"),
    ],
)  # fmt: skip
def test_types_follow_the_codebook_explosions(nlp, text, event_type, sub_event_type) -> None:
    found = kinds(nlp, text)
    assert found, text
    assert found[0][:2] == (event_type, sub_event_type)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A labour strike by named workers is coded as a peaceful protest in ACLED practice;
        # a boycott called by a party, with no people named, stays an "Other" development.
        # Heavy weapons fired at an area, and explosions of unknown origin: shelling.
        ("Government forces fired heavy machine guns at rebel positions near the river.",
         "Shelling/artillery/missile attack"),
        ("Monitors recorded nine explosions of unknown origin near the front line.",
         "Shelling/artillery/missile attack"),
        ("A soldier was killed after a landmine exploded near the frontline.",
         "Remote explosive/landmine/IED"),
    ],
)  # fmt: skip
def test_codebook_distinctions_explosions(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_plover(nlp, text)
    assert found is not None, text
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A fire set on purpose, claimed or not: property destruction.
        # Poison and incendiary mail.
        ("A senator's office received a letter laced with ricin.", "Chemical weapon"),
        (
            "An envelope addressed to the governor ignited at a mail sorting centre.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_gtd_kinds_explosions(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Ordinary people burning or ransacking: rioters' vandalism, not an armed raid.
        ("Rebels shelled army positions near the town.", "Shelling/artillery/missile attack"),
    ],
)
def test_round11_kinds_explosions(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


def test_grenade_only_carried_is_no_grenade_attack(nlp) -> None:
    text = "Police shot dead a militant armed with a hand grenade at the checkpoint."
    assert first_sub_type(nlp, text) != "Grenade"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # An authority's measures restricting movement: Other in ACLED's practice.
        # Bombs dropped from the air; explosives used in a robbery.
        ("A bomb was dropped from a helicopter on the village church.", "Air/drone strike"),
        ("Four armed men used explosives to rob a bank branch.", "Remote explosive/landmine/IED"),
    ],
)
def test_round6_sub_types_explosions(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A grenade at a post that the soldiers answer with gunfire: a battle.
        ("Militants threw a hand grenade into a crowded market, wounding six shoppers.", "Grenade"),
        # A grenade dropped from a drone is an air/drone strike.
        (
            "Rebels dropped a grenade from a drone on army positions near the village.",
            "Air/drone strike",
        ),
        (
            "A suicide bomber blew himself up at a checkpoint, killing four soldiers.",
            "Suicide bomb",
        ),
        (
            "Gunmen detonated an explosive device near a bus, killing two.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_round8_sub_types_explosions(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type
