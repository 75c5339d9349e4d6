"""Fourth round of codebook distinctions: crowds that riot against each other, demonstrators
who turn violent themselves, warning shots, foiled plots and barricades."""

from __future__ import annotations

import pytest

from tests.extract.asserted import first_asserted


def first(nlp, text: str) -> tuple[str, str] | None:
    """The first asserted mention's sub-type and PLOVER category."""
    m = first_asserted(nlp, text)
    return None if m is None else (m.sub_event_type, m.plover.event)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
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
        # A coup plot foiled is a strategic development, not a disrupted weapon.
        (
            "The army said it foiled a coup plot by a group of officers of the presidential guard.",
            "Other",
        ),
        # Soldiers firing into the air hit no one: a strategic development.
        ("Soldiers fired shots into the air near the border post on Sunday.", "Other"),
        # Barricades someone asks to remove, and a "torch" that is a name: no violence.
        (
            "Residents demonstrated to demand the removal of barricades on the main road.",
            "Peaceful protest",
        ),
        (
            "Members of the torch movement demonstrated to demand fertilizer subsidies.",
            "Peaceful protest",
        ),
        # Barricades put up and burned by demonstrators make the demonstration violent.
        (
            "Demonstrators erected burning barricades on the highway to protest power cuts.",
            "Violent demonstration",
        ),
    ],
)
def test_round4_sub_types(nlp, text: str, sub_event_type: str) -> None:
    found = first(nlp, text)
    assert found is not None and found[0] == sub_event_type


def test_prison_riot_is_protest_in_plover(nlp) -> None:
    """PLOVER codes rioting by who riots: prisoners rioting is a PROTEST there."""
    found = first(nlp, "Inmates rioted at the central prison and set fire to their cells.")
    assert found == ("Mob violence", "PROTEST")


def test_protesters_beaten_stay_intervention(nlp) -> None:
    """Demonstrators who were beaten are the victims: the passive is no violent crowd."""
    found = first(nlp, "Protesters were beaten by police during the march in the capital.")
    assert found is not None and found[0] != "Violent demonstration"


def test_shots_at_people_still_attack(nlp) -> None:
    """Shots aimed at villagers stay an attack even when other shots went into the air."""
    text = "Gunmen fired into the air and then shot dead two villagers at the market."
    found = first(nlp, text)
    assert found is not None and found[0] == "Attack"


def test_crowd_attacking_police_is_mob_violence(nlp) -> None:
    """Residents turning on the police with no weapon of war: an unorganised mob."""
    text = "On Monday, at least five residents attacked police officers enforcing the curfew."
    found = first(nlp, text)
    assert found is not None and found[0] == "Mob violence"


def test_armed_men_attacking_police_stay_battle(nlp) -> None:
    """Armed men are an organised side: attacking a patrol is a battle, not a mob."""
    found = first(nlp, "About twenty armed men attacked a police patrol, killing one officer.")
    assert found is not None and found[0] == "Armed clash"
