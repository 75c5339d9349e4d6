"""Riots: violent demonstrations and mob violence, and what does not make a demonstration
violent."""

from __future__ import annotations

import pytest

from dateline.mentions.events import find_mentions
from tests.mentions.asserted import first_sub_type, first_with_modality, first_with_plover


def kinds(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(m.event_type, m.sub_event_type, m.modality) for m in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Rioters burned tyres and threw stones at police after the election result.",
         "Riots", "Violent demonstration"),
        ("An angry mob lynched a man accused of theft.", "Riots", "Mob violence"),
    ],
)  # fmt: skip
def test_types_follow_the_codebook_riots(nlp, text, event_type, sub_event_type) -> None:
    found = kinds(nlp, text)
    assert found, text
    assert found[0][:2] == (event_type, sub_event_type)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Unknown individuals threw stones at gendarmes on patrol in the capital.",
         "Violent demonstration"),
        ("Protesters demanding the release of jailed vigilantes set up roadblocks.",
         "Violent demonstration"),
        ("Traders fought with machetes at the cattle market, and three were killed.",
         "Mob violence"),
    ],
)  # fmt: skip
def test_crowd_violence(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_plover(nlp, text)
    assert found is not None, text
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Two crowds rioting against each other, or prisoners rioting: mob violence.
        # Two crowds rioting against each other, or prisoners rioting: mob violence.
        (
            "Riots broke out between supporters of two rival parties in the market town.",
            "Mob violence",
        ),
        ("Inmates rioted at the central prison and set fire to their cells.", "Mob violence"),
        # Unorganised groups fighting with blades and sticks, no guns: mob violence.
        (
            "Youths of two political movements clashed with machetes and sticks in the suburb.",
            "Mob violence",
        ),
        # Demonstrators or strikers attacking people themselves: a violent demonstration.
        (
            "Striking teachers assaulted the headmaster of a secondary school.",
            "Violent demonstration",
        ),
        (
            "Protesters stormed the town hall and ransacked the offices of the mayor.",
            "Violent demonstration",
        ),
        # Barricades put up and burned by demonstrators make the demonstration violent.
        (
            "Demonstrators erected burning barricades on the highway to protest power cuts.",
            "Violent demonstration",
        ),
    ],
)
def test_round4_sub_types_riots(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_plover(nlp, text)
    assert found is not None and found[0] == sub_event_type


def test_prison_riot_is_protest_in_plover(nlp) -> None:
    """PLOVER codes rioting by who riots: prisoners rioting is a PROTEST there."""
    found = first_with_plover(
        nlp, "Inmates rioted at the central prison and set fire to their cells."
    )
    assert found == ("Mob violence", "PROTEST")


def test_protesters_beaten_stay_intervention(nlp) -> None:
    """Demonstrators who were beaten are the victims: the passive is no violent crowd."""
    found = first_with_plover(
        nlp, "Protesters were beaten by police during the march in the capital."
    )
    assert found is not None and found[0] != "Violent demonstration"


def test_crowd_attacking_police_is_mob_violence(nlp) -> None:
    """Residents turning on the police with no weapon of war: an unorganised mob."""
    text = "On Monday, at least five residents attacked police officers enforcing the curfew."
    found = first_with_plover(nlp, text)
    assert found is not None and found[0] == "Mob violence"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Students protested in the town and burned the local police station.",
         "Violent demonstration"),
        ("Soldiers mutinied at the barracks, demanding unpaid bonuses.",
         "Violent demonstration"),
        ("Supporters of two rival parties fought with sticks outside a polling station.",
         "Mob violence"),
    ],
)  # fmt: skip
def test_codebook_distinctions_riots(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_modality(nlp, text)
    assert found is not None
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Abducted or kidnapped, in the passive, with no one named taking them.
        # Rival groups fighting and hurting people, no weapons of war: mob violence.
        (
            "After the disputed vote, opposing groups of party supporters clashed, injuring "
            "several people.",
            "Mob violence",
        ),
    ],
)
def test_round10_kinds_riots(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Ordinary people burning or ransacking: rioters' vandalism, not an armed raid.
        # Ordinary people burning or ransacking: rioters' vandalism, not an armed raid.
        (
            "The local population ransacked and burned the militia headquarters on Friday.",
            "Violent demonstration",
        ),
        (
            "Angry citizens burned the police station after a mechanic was shot.",
            "Violent demonstration",
        ),
        ("Hundreds of shopkeepers looted stores owned by foreigners.", "Violent demonstration"),
    ],
)
def test_round11_kinds_riots(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Forces stopping or breaking up a gathering: a protest with intervention.
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
def test_round5_demonstrations_riots(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # An authority's measures restricting movement: Other in ACLED's practice.
        # Crowds destroying property themselves, and looting with no one named: riots.
        ("Students burnt down six dormitories at the school.", "Violent demonstration"),
        ("Party supporters smashed the windows of campaign vehicles.", "Violent demonstration"),
        ("Looters targeted shops in the township.", "Violent demonstration"),
    ],
)
def test_round6_sub_types_riots(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # The army as the subject of taking ground: the government regains it.
        # Ordinary people acting as a group: mob violence, not an armed group's attack.
        ("A trader was beaten to death by a group of villagers in the market.", "Mob violence"),
        ("Two rival groups attacked each other with sticks, injuring four men.", "Mob violence"),
    ],
)
def test_round7_kinds_riots(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A grenade at a post that the soldiers answer with gunfire: a battle.
        # Ordinary people as the subject of the violence: mob violence.
        ("Villagers beat up two suspected thieves in the market.", "Mob violence"),
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
        ("A number of residents beat up two suspected thieves in the market.", "Mob violence"),
    ],
)
def test_round8_sub_types_riots(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A riot or a looting named as the cause or the demand of a protest: peaceful.
        # The demonstrators rioting themselves stays violent.
        ("Students protested in the town and rioted, burning tyres.", "Violent demonstration"),
        # Stones thrown back at the police, or clashes with the forces: violent.
        (
            "Residents staged a demonstration in the town. Police fired tear gas and the "
            "demonstrators responded by throwing stones.",
            "Violent demonstration",
        ),
        (
            "Students blocked the highway to demand teachers and clashed with a unit of "
            "police sent to disperse them.",
            "Violent demonstration",
        ),
    ],
)
def test_round9_kinds_riots(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type
