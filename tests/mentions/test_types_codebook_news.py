"""Sub-types of news sentences, each case written from the codebook's definition of the
sub-type it names (ACLED codebook, "Event types and sub-event types")."""

from __future__ import annotations

import pytest

from tests.mentions.asserted import first_sub_type

DISRUPTED = "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        # "seizure of weapons caches" and weapons intercepted before their use
        "Customs officers intercepted a consignment of pistols and ammunition at the border.",
        "Several assault rifles and boxes of ammunition were seized by soldiers at the farm.",
        "A cache of mortar shells left by the insurgents was found near the old quarry.",
        "Police said they had seized a haul of firearms in a raid on the warehouse.",
        "Army engineers destroyed dozens of machine guns and rifles left in the camp.",
        # "the interception of explosives in the air"
        "Air defence units intercepted two missiles fired at the airbase overnight.",
    ],
)
def test_weapons_seized_found_or_intercepted_are_disrupted_weapons_use(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) == DISRUPTED


def test_a_target_destroyed_with_explosives_is_no_disrupted_weapons_use(nlp) -> None:
    text = "Militants destroyed the bridge with explosives on the main road."
    assert first_sub_type(nlp, text) != DISRUPTED


@pytest.mark.parametrize(
    "text",
    [
        # the codebook lists surrenders and prisoner exchanges among agreements
        "Twelve rebel fighters surrendered to the army in the eastern district on Tuesday.",
        "The government and the rebels carried out a prisoner exchange near the front line.",
        "The two sides swapped prisoners under a deal brokered by the mediators.",
        # a deal ending a mutiny: the deal is the news, not the mutiny it ends
        "The president said he had reached an agreement with the mutinous soldiers.",
    ],
)
def test_surrenders_exchanges_and_deals_are_agreements(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) == "Agreement"


@pytest.mark.parametrize(
    "text",
    [
        "Troops set up a new military post on the hill overlooking the town.",
        "The army established two observation points along the border road.",
        "The foreign troops created a new base near the oil field.",
    ],
)
def test_posts_and_observation_points_set_up_are_bases_established(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) == "Headquarters or base established"


@pytest.mark.parametrize(
    "text",
    [
        # "detain a particularly significant individual": activists and journalists
        "Security forces arrested several opposition activists in the capital on Friday.",
        "Two journalists were arrested in the capital on Friday.",
        # a raid that only detained people is the arrest, not an attack
        "Soldiers detained dozens of villagers during overnight raids in the district.",
    ],
)
def test_detentions_of_significant_people_and_raids_that_only_detain_are_arrests(
    nlp, text: str
) -> None:
    assert first_sub_type(nlp, text) == "Arrests"


def test_a_raid_that_hurt_people_stays_violence(nlp) -> None:
    text = "Soldiers raided the village, beat several men and detained two of them."
    assert first_sub_type(nlp, text) != "Arrests"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # who takes the ground decides: government forces regain, non-state groups overtake
        ("Government troops captured a strategic hilltop from the rebels on Sunday.",
         "Government regains territory"),
        ("The army seized three villages held by the insurgents after a week of fighting.",
         "Government regains territory"),
        ("Troops captured the town and marched on towards the border.",
         "Government regains territory"),
        ("Rebel fighters recaptured the town from the army on Monday after heavy fighting.",
         "Non-state actor overtakes territory"),
        ("Insurgents overran an army base and seized control of the district.",
         "Non-state actor overtakes territory"),
        # ground left by the other side with no fight is a non-violent transfer
        ("Rebel fighters took control of the town after the army withdrew.",
         "Non-violent transfer of territory"),
    ],
)  # fmt: skip
def test_who_takes_ground_decides_the_territorial_sub_type(
    nlp, text: str, sub_event_type: str
) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # demonstrators engaging in violence or destruction
        ("Demonstrators hurled Molotov cocktails at the police outside parliament.",
         "Violent demonstration"),
        ("The protest turned violent as marchers lit fires in the square.",
         "Violent demonstration"),
        ("Police used tear gas in clashes with protesters near the ministry.",
         "Violent demonstration"),
        # lethal force or violence causing serious injuries against demonstrators
        ("Three people were killed when police used tear gas and bullets to disperse the rally.",
         "Excessive force against protesters"),
        ("Police violently broke up the peaceful sit-in, leaving protesters seriously injured.",
         "Excessive force against protesters"),
        # protesters occupying an office stay a demonstration
        ("Protesters occupied the governor's office to demand the release of a leader.",
         "Peaceful protest"),
    ],
)  # fmt: skip
def test_what_demonstrators_and_forces_did_types_the_demonstration(
    nlp, text: str, sub_event_type: str
) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Government forces dropped barrel bombs filled with chlorine on the rebel-held suburb.",
        "Residents were treated after militants fired shells carrying poisonous gas.",
        "Investigators said the government carried out a chemical attack in the valley.",
    ],
)
def test_poison_gas_makes_a_chemical_weapon_whatever_delivered_it(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) == "Chemical weapon"


def test_forces_sent_to_a_region_change_their_activity(nlp) -> None:
    text = "Hundreds of troops have been dispatched to the border province this week."
    assert first_sub_type(nlp, text) == "Change to group/activity"


def test_people_fleeing_their_villages_for_attacks_is_a_development(nlp) -> None:
    text = "Thousands of people have fled from their villages because of militant attacks."
    assert first_sub_type(nlp, text) == "Other"


@pytest.mark.parametrize(
    "text",
    [
        "The militants suffered heavy losses in raids by army helicopters in the province.",
        "Army helicopter gunships struck rebel positions near the river on Monday.",
    ],
)
def test_raids_and_strikes_by_helicopters_are_air_strikes(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) == "Air/drone strike"


def test_forces_mobilised_against_a_possible_attack_change_their_activity(nlp) -> None:
    # the attack is only feared: the mobilisation is what happened
    text = (
        "Hundreds of villagers mobilized alongside the army to defend the town against a "
        "possible attack by the rebels."
    )
    assert first_sub_type(nlp, text) == "Change to group/activity"


def test_people_taken_away_by_armed_men_are_abducted(nlp) -> None:
    text = "Soldiers have taken at least five villagers from their homes in the district."
    assert first_sub_type(nlp, text) == "Abduction/forced disappearance"


def test_goods_seized_in_an_area_are_no_ground_taken(nlp) -> None:
    text = "Soldiers killed ten militants and seized a motorbike in the area of the market."
    assert first_sub_type(nlp, text) == "Armed clash"


def test_deaths_in_a_natural_disaster_are_no_event(nlp) -> None:
    text = "A tsunami after a volcanic eruption killed dozens of people on the coast."
    assert first_sub_type(nlp, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Six workers were killed when a chemical plant exploded on Thursday.",
        "Hundreds were treated after a chlorine gas leak at the water works.",
        "The council condemned the missile tests and vowed new sanctions.",
    ],
)
def test_industrial_accidents_and_weapons_tests_are_no_violent_event(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) not in {
        "Remote explosive/landmine/IED",
        "Chemical weapon",
        "Shelling/artillery/missile attack",
    }


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # people falling to the ground take no ground
        ("Gendarmes exchanged gunfire with gunmen near the post; the gunmen fell to the "
         "ground and fled.", "Armed clash"),
        # a violent protest named only in the demand is not this gathering's violence
        ("Protesters demanded the release of ten people arrested during a protest that "
         "turned violent last week.", "Peaceful protest"),
        # a depot of ammunition hit by artillery is shelling, not weapons seized
        ("Forces destroyed an ammunition depot with heavy artillery fire in the district.",
         "Shelling/artillery/missile attack"),
        # an incursion thwarted is a fight, not a disrupted weapon
        ("Troops thwarted a rebel incursion near the border.", "Armed clash"),
    ],
)  # fmt: skip
def test_lookalikes_keep_their_own_sub_type(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type
