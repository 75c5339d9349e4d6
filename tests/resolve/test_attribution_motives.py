"""Motives: GTD-style "<Motive> extremists" labels for unaffiliated doers, and what states
no motive (crowds' slogans, targets of insurgents or unknown doers)."""

from __future__ import annotations

import time

import pytest

from dateline.analyze import load_nlp
from dateline.resolve.attribution import find_attribution, motive_labels
from dateline.resolve.attribution.motives import inspired_pattern
from dateline.settings import MODEL_NAMES


def _attribution(text: str):
    return find_attribution(load_nlp(MODEL_NAMES)(text)).attribution


def _labels(nlp, text: str) -> list[str]:
    return [label for label, _ in motive_labels(nlp(text))]


def _motives(nlp, text: str) -> list[str]:
    return [label for label, _ in motive_labels(nlp(text))]


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


def test_an_attack_on_an_abortion_clinic_names_anti_abortion_extremists(nlp) -> None:
    text = "Unknown perpetrators set fire to an abortion clinic in the city. No one was hurt."
    assert _labels(nlp, text) == ["Anti-Abortion extremists"]


def test_a_stated_motive_wins_over_the_target(nlp) -> None:
    text = "A white supremacist set fire to a Planned Parenthood office in the city."
    assert _labels(nlp, text) == ["White extremists"]


def test_a_protest_at_a_clinic_names_no_extremists(nlp) -> None:
    assert _labels(nlp, "Hundreds protested outside an abortion clinic on Sunday.") == []


def test_an_attack_elsewhere_names_no_motive(nlp) -> None:
    assert _labels(nlp, "Unknown perpetrators set fire to a bank in the city.") == []


def test_hatred_of_progressive_policies_is_anti_liberal(nlp) -> None:
    text = "A man shot two people at a hall. He was driven by hatred for progressive policies."
    assert _motives(nlp, text) == ["Anti-Liberal extremists"]


def test_sympathetic_with_a_jihadist_leader(nlp) -> None:
    text = "The pilot left a note saying he was sympathetic with the hijackers and bin Laden."
    assert _motives(nlp, text) == ["Jihadi-inspired extremists"]


def test_sympathetic_to_victims_is_no_motive(nlp) -> None:
    text = "Neighbours were sympathetic to the family after the fire at the house."
    assert _motives(nlp, text) == []


def test_motive_patterns_are_fast_on_long_text() -> None:
    text = "he was sympathetic with " + "the many " * 4000 + "people"
    start = time.perf_counter()
    assert inspired_pattern().search(text) is None
    assert time.perf_counter() - start < 0.5


def test_a_known_doers_attack_on_a_synagogue_names_anti_semitic_extremists(nlp) -> None:
    text = "A man threw a firebomb at a synagogue in the town. He was arrested on Monday."
    assert _labels(nlp, text) == ["Anti-Semitic extremists"]


def test_a_known_doers_attack_on_a_mosque_names_anti_muslim_extremists(nlp) -> None:
    text = "A local man set fire to the Islamic Center in the town and was later charged."
    assert _labels(nlp, text) == ["Anti-Muslim extremists"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a mosque in the city, killing five worshippers.",
        "Unidentified persons set fire to a synagogue overnight.",
    ],
)
def test_insurgents_or_unknown_doers_of_a_faith_site_name_no_motive(nlp, text: str) -> None:
    assert _labels(nlp, text) == []


def test_environmental_activists_are_environmental_extremists(nlp) -> None:
    text = "Two environmental activists set fire to trucks at a car dealership."
    assert _labels(nlp, text) == ["Environmental extremists"]


@pytest.mark.parametrize(
    "text",
    [
        "Hoping to start a race war, a man threw a firebomb at a church in the town.",
        "He said he burned the church because its members were black.",
    ],
)
def test_a_racist_aim_names_white_extremists(nlp, text: str) -> None:
    assert _labels(nlp, text) == ["White extremists"]
