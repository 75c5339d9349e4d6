"""Round 6 (actors6): group signatures, faith-site motives and environmental doers."""

from __future__ import annotations

import pytest

from dateline.resolve.attribution.findings import find_attribution, motive_labels


def _labels(nlp, text: str) -> list[str]:
    return [label for label, _ in motive_labels(nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Someone burned a barn in the valley. The letters ALF were spray-painted on a wall.",
        "A truck was set on fire. An Animal Liberation Front spokesman said the fire saved lives.",
        "A truck was set on fire, and a communique from the Animal Liberation Front listed it.",
    ],
)
def test_a_groups_signature_or_voice_claims_the_act(nlp, text: str) -> None:
    assert "Animal Liberation Front" in find_attribution(nlp(text)).attribution.claimed_by


def test_a_group_merely_mentioned_claims_nothing(nlp) -> None:
    text = "Police said the Animal Liberation Front had been active in the region for years."
    assert find_attribution(nlp(text)).attribution.claimed_by == []


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
