"""Strategic developments: arrests, measures, defections, looting, disrupted weapons, bases
and agreements."""

from __future__ import annotations

import pytest

from tests.mentions.asserted import first_sub_type, first_with_modality, first_with_plover


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A labour strike by named workers is coded as a peaceful protest in ACLED practice;
        # a boycott called by a party, with no people named, stays an "Other" development.
        ("The ruling party announced a boycott of the parliament on Monday.", "Other"),
        ("Peacekeepers installed a new temporary base in the village.",
         "Headquarters or base established"),
    ],
)  # fmt: skip
def test_codebook_distinctions_strategic(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_plover(nlp, text)
    assert found is not None, text
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Police set up roadblocks on the main road, arresting members of a militia.",
         "Arrests"),
        ("Rebel fighters moved into the town and occupied the district offices.",
         "Non-violent transfer of territory"),
    ],
)  # fmt: skip
def test_more_codebook_distinctions_strategic(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_plover(nlp, text)
    assert found is not None, text
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Two crowds rioting against each other, or prisoners rioting: mob violence.
        # A coup plot foiled is a strategic development, not a disrupted weapon.
        (
            "The army said it foiled a coup plot by a group of officers of the presidential guard.",
            "Other",
        ),
        # Soldiers firing into the air hit no one: a strategic development.
        ("Soldiers fired shots into the air near the border post on Sunday.", "Other"),
    ],
)
def test_round4_sub_types_strategic(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_plover(nlp, text)
    assert found is not None and found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A fire set on purpose, claimed or not: property destruction.
        # A fire set on purpose, claimed or not: property destruction.
        (
            "Two men set fire to a mosque on the edge of the town late on Sunday.",
            "Looting/property destruction",
        ),
        (
            "Unknown vandals ignited three fires inside the party office overnight.",
            "Looting/property destruction",
        ),
        (
            "A man hurled a Molotov cocktail at a synagogue in the old quarter.",
            "Looting/property destruction",
        ),
        (
            "Four cars were burned by masked youths outside the council building.",
            "Looting/property destruction",
        ),
        # A bomb sent by post, or found and made safe: disrupted weapons use.
        ("A parcel bomb was mailed to the offices of a local newspaper.", "Disrupted weapons use"),
        (
            "A pipe bomb was found outside the county courthouse on Tuesday.",
            "Disrupted weapons use",
        ),
        (
            "A bomb was left at the entrance of the bank. The device was disarmed by experts.",
            "Disrupted weapons use",
        ),
    ],
)
def test_gtd_kinds_strategic(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Militants raided the village and stole cattle and motorbikes.",
         "Looting/property destruction"),
    ],
)  # fmt: skip
def test_codebook_distinctions_strategic_2(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_modality(nlp, text)
    assert found is not None
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Ordinary people burning or ransacking: rioters' vandalism, not an armed raid.
        # Armed men doing the same stay a looting.
        ("Rebels looted shops owned by foreigners.", "Looting/property destruction"),
        ("Militants seized a truck loaded with food.", "Looting/property destruction"),
        # Seizures whose amounts carry separators are still seizures.
        (
            "Federal police seized 1,5 tons of marijuana during an inspection on the highway.",
            "Looting/property destruction",
        ),
        # A post attacked while empty: only property was harmed.
        (
            "Militants attacked the police station in the town while it was unmanned.",
            "Looting/property destruction",
        ),
    ],
)
def test_round11_kinds_strategic(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


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
    assert first_sub_type(nlp, text) == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "Government forces established new fortifications east of the city on Friday.",
        "The armed forces announced an operation to secure the eastern region.",
    ],
)
def test_change_to_group_activity(nlp, text: str) -> None:
    """Forces fortifying positions or starting an operation, with no fight reported."""
    assert first_sub_type(nlp, text) == "Change to group/activity"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # An authority's measures restricting movement: Other in ACLED's practice.
        # An authority's measures restricting movement: Other in ACLED's practice.
        ("The governor ordered the closure of markets and schools in the province.", "Other"),
        ("The government suspended all passenger traffic between the cities.", "Other"),
        # Armed men running their own checkpoint; members changing sides.
        (
            "Gunmen set up a checkpoint on the highway and searched travellers.",
            "Change to group/activity",
        ),
        ("More than 300 party members defected to the ruling party.", "Change to group/activity"),
        ("Twelve soldiers and two policemen joined the rebels.", "Change to group/activity"),
        # Prison breaks, rules imposed by armed men, people displaced by fighting: Other.
        ("Dozens of inmates escaped from the central prison overnight.", "Other"),
        ("Militants imposed the veil on women in the village.", "Other"),
        ("Hundreds of families fled their homes after fighting between rival groups.", "Other"),
        # Extortion and seizures of goods by armed men or police: looting.
        ("Gunmen forced traders to pay a tax at the market.", "Looting/property destruction"),
        ("Police seized two tons of cocaine in a truck.", "Looting/property destruction"),
        ("Rebels seized three vans near the river crossing.", "Looting/property destruction"),
        (
            "Gunmen stopped a lorry on the highway and removed the goods it carried.",
            "Looting/property destruction",
        ),
        # A political figure arrested, with no force named.
        ("The opposition leader was arrested at his home.", "Arrests"),
    ],
)
def test_round6_sub_types_strategic(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


def test_operation_alone_stays_a_change(nlp) -> None:
    text = "Soldiers carried out an operation in the northern district on Monday."
    assert first_sub_type(nlp, text) == "Change to group/activity"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # The army as the subject of taking ground: the government regains it.
        # Forces setting up a base as the main act, whatever fighting it answers.
        (
            "Peacekeepers installed a new temporary military base in the village due to "
            "continued attacks by militiamen.",
            "Headquarters or base established",
        ),
    ],
)
def test_round7_kinds_strategic(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A grenade at a post that the soldiers answer with gunfire: a battle.
        # Explosives only held by a man arrested: the arrest is the event.
        (
            "Security forces arrested an individual in possession of explosive devices on the "
            "road.",
            "Arrests",
        ),
        ("The army arrested 40 soldiers over a mutiny last week.", "Arrests"),
        # A force withdrawing, with no one taking the ground: a change to its activity.
        ("The police withdrew from the town amid security concerns.", "Change to group/activity"),
        (
            "Militants took control of the village and raised their flag.",
            "Non-violent transfer of territory",
        ),
        # A base dismantled is not a weapon disrupted; a device dismantled is.
        ("Soldiers dismantled an explosive device planted on the road.", "Disrupted weapons use"),
        # Armed sides facing off with no one hurt: the codebook's "Other".
        ("Government troops prevented a rebel convoy from entering the town.", "Other"),
        ("Armed men confronted the police without violence at the market.", "Other"),
    ],
)
def test_round8_sub_types_strategic(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A riot or a looting named as the cause or the demand of a protest: peaceful.
        (
            "Militants attacked the village and burned shops, no casualties reported.",
            "Looting/property destruction",
        ),
    ],
)
def test_round9_kinds_strategic(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type
