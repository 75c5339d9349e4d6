"""Round 3 attribution: claimants of participle claims, ties to groups, stated motives."""

from __future__ import annotations

import pytest

from dateline.analyze import load_nlp
from dateline.resolve.attribution.findings import find_attribution
from dateline.settings import MODEL_NAMES


def _attribution(text: str):
    return find_attribution(load_nlp(MODEL_NAMES)(text)).attribution


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The group Northern Liberation Front (NLF) claimed responsibility for the bombing.",
         "Northern Liberation Front (NLF)"),
        ("Days later, a letter signed by the Earth Liberation Front (ELF) was sent to "
         "newspapers, claiming responsibility for the fire.", "Earth Liberation Front (ELF)"),
        ("The attackers later sent an email claiming responsibility for the fire in the name "
         "of the Animal Liberation Front.", "Animal Liberation Front"),
        ("Al Qaeda in the Arabian Peninsula claimed responsibility.",
         "Al Qaeda in the Arabian Peninsula"),
    ],
)  # fmt: skip
def test_claimants(text: str, claimant: str) -> None:
    assert _attribution(text).claimed_by == [claimant]


def test_generic_participle_subject_claims_nothing() -> None:
    assert _attribution("Rebels attacked the town, claiming responsibility.").claimed_by == []


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


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Police arrested an anti-abortion activist.", "Anti-Abortion extremists"),
        ("The gunman, a white supremacist, opened fire.", "White extremists"),
        ("He said he set the fire because he hated Muslims.", "Anti-Muslim extremists"),
        ("He was inspired by the Islamic State, prosecutors said.", "Jihadi-inspired extremists"),
        ("Notes found with the bombs criticized the federal government.",
         "Anti-Government extremists"),
        ("Swastikas were painted on the walls of the synagogue.", "Neo-Nazi extremists"),
    ],
)  # fmt: skip
def test_stated_motive_names_a_suspect(text: str, label: str) -> None:
    assert label in [b.actor for b in _attribution(text).blamed]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of anti-government protesters marched in the capital.",
        "Unknown attackers set fire to a synagogue overnight.",
    ],
)
def test_no_motive_from_crowds_or_targets(text: str) -> None:
    assert not [b for b in _attribution(text).blamed if b.actor.endswith("extremists")]
