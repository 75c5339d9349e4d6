"""Round 6 sides: communities fight communities when the other side is left unnamed."""

from __future__ import annotations

from dateline.vocabulary.naming import IDENTITY_MILITIA, STATE
from tests.assemble.sides import lead_sides


def _sides(nlp, text: str, country: str = "SY"):
    return lead_sides(nlp, text, country)[0]


def test_a_fight_between_tribal_militias_has_two_communal_sides(nlp) -> None:
    kind, actor1, actor2 = _sides(
        nlp, "Clashes took place between two tribal militias in the village after a quarrel."
    )
    assert kind.event_type == "Battles"
    assert actor1 is not None and actor1.inter == IDENTITY_MILITIA
    assert actor2 is not None and actor2.inter == IDENTITY_MILITIA


def test_a_gendarme_who_shot_a_man_is_the_doer(nlp) -> None:
    _, actor1, _ = _sides(nlp, "A gendarme shot and killed a motorcyclist in the town.", "CM")
    assert actor1 is not None and actor1.inter == STATE and actor1.name.startswith("Police")


def test_a_device_set_off_against_troops_targets_the_military(nlp) -> None:
    _, _, actor2 = _sides(nlp, "Militants detonated an IED against a military convoy.", "BF")
    assert actor2 is not None and actor2.inter == STATE


def test_forces_that_repelled_an_attack_by_a_group_are_its_second_side(nlp) -> None:
    _, actor1, actor2 = _sides(
        nlp, "Afghan soldiers repelled an attack by Taliban militants near the town.", "AF"
    )
    assert actor1 is not None and actor1.name == "Taliban"
    assert actor2 is not None and actor2.inter == STATE


def test_attackers_named_before_the_forces_repelled_them_come_first(nlp) -> None:
    _, actor1, actor2 = _sides(
        nlp,
        "Suspected JNIM militants tried to attack a school, gendarmes repelled the attack.",
        "BF",
    )
    assert actor1 is not None and actor1.name.startswith("JNIM")
    assert actor2 is not None and actor2.inter == STATE


def test_forces_that_repelled_an_attack_named_by_its_modifier_stay_first(nlp) -> None:
    _, actor1, actor2 = _sides(
        nlp, "Government forces repelled an al Shabaab attack on the town.", "SO"
    )
    assert actor1 is not None and actor1.inter == STATE
    assert actor2 is not None and actor2.name == "Al Shabaab"
