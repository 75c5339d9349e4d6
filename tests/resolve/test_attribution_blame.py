"""Blame: groups suspected, accused or tied to the doers (links, membership, arrests for
the act), and denied ties that blame no one."""

from __future__ import annotations

import pytest

from dateline.analyze import load_nlp
from dateline.resolve.attribution import find_attribution
from dateline.settings import MODEL_NAMES


def _attribution(text: str):
    return find_attribution(load_nlp(MODEL_NAMES)(text)).attribution


def _blamed(nlp, text: str) -> list[str]:
    return [blame.actor for blame in find_attribution(nlp(text)).attribution.blamed]


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("Police believe the suspects may have links to the Earth Liberation Front.",
         "Earth Liberation Front"),
        ("The cell is believed to be a branch of the Animal Liberation Front (ALF).",
         "Animal Liberation Front (ALF)"),
        ("Police said he was a member of the anti-government Free Plains movement.",
         "Free Plains movement"),
    ],
)  # fmt: skip
def test_ties_to_a_group_are_blame(text: str, blamed: str) -> None:
    assert blamed in [b.actor for b in _attribution(text).blamed]


def test_denied_ties_are_no_blame() -> None:
    assert _attribution("The man had no connections with al-Qaeda.").blamed == []


def test_suspected_to_be_names_the_actor(code) -> None:
    result = code(
        "On Monday, unknown gunmen (suspected to be JNIM militants) attacked the "
        "gendarmerie in Djibo, Burkina Faso."
    )
    event = result.events[0]
    assert [b.actor for b in event.attribution.blamed] == ["JNIM"]
    assert event.actor1.name.startswith("JNIM")


def test_planted_by_suspect(code) -> None:
    result = code(
        "Two people were killed when their tricycle struck an IED near Kantchari, Burkina "
        "Faso. The device is believed to have been planted by ISGS militants."
    )
    assert "ISGS" in [b.actor for b in result.events[0].attribution.blamed]


def test_members_of_a_group_named_by_apposition(nlp) -> None:
    text = (
        "Two men were arrested over the shooting. Both are members of Red Harvest Front, "
        "a small anti-tax group."
    )
    assert "Red Harvest Front" in _blamed(nlp, text)


def test_apposition_without_group_word_blames_nothing(nlp) -> None:
    text = "The suspect was a member of Grace Hill Choir, a local choir."
    assert not any("Grace Hill" in actor for actor in _blamed(nlp, text))


def test_claimed_to_be_part_of_a_group(nlp) -> None:
    text = "The arsonists claimed to be part of the Green Dawn Front (GDF)."
    assert any("Green Dawn Front" in actor for actor in _blamed(nlp, text))


def test_denied_membership_is_not_blame(nlp) -> None:
    text = "The man was not a member of Red Harvest Front, a small anti-tax group."
    assert not any("Red Harvest" in actor for actor in _blamed(nlp, text))


def test_members_arrested_for_the_act(nlp) -> None:
    text = "Police arrested three members of the Red Harvest Front for the bombing."
    assert _blamed(nlp, text) == ["Red Harvest Front"]


def test_members_arrested_for_something_else_is_no_blame(nlp) -> None:
    text = "Police arrested three members of the Red Harvest Front at a checkpoint."
    assert _blamed(nlp, text) == []


def test_belonging_loyalty_and_hallmarks_blame(nlp) -> None:
    assert _blamed(nlp, "Police said the attackers belonged to the Red Harvest Front.") == [
        "Red Harvest Front"
    ]
    assert _blamed(nlp, "The bombing bore the hallmarks of the Red Harvest Front.") == [
        "Red Harvest Front"
    ]


def test_blamed_name_drops_trailing_link_words(nlp) -> None:
    text = "Officials suspect the Red Harvest Front of carrying out the bombing."
    assert _blamed(nlp, text) == ["Red Harvest Front"]
