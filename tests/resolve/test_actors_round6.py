"""Round 6 actors: partisans of a listed group, community militias, state guards, regimes."""

from __future__ import annotations

import pytest

from dateline.vocabulary.naming import IDENTITY_MILITIA, POLITICAL_MILITIA, STATE, resolve_actor


@pytest.mark.parametrize(
    ("text", "name", "inter"),
    [
        ("pro-Hamas gunmen", "Hamas", 2),
        ("a pro-Houthi sniper", "Ansar Allah", 1),
        ("Popular Mobilization Forces fighters", "Popular Mobilization Forces", 1),
    ],
)
def test_partisans_and_acled_state_conventions(text: str, name: str, inter: int) -> None:
    actor = resolve_actor(text, "IQ", armed=True)
    assert actor is not None and (actor.name, actor.inter) == (name, inter)


def test_a_partisan_crowd_is_not_the_group() -> None:
    actor = resolve_actor("pro-Hamas protesters", "PS")
    assert actor is not None and actor.name != "Hamas"


@pytest.mark.parametrize(
    "text",
    [
        "a local militia",
        "a local armed group",
        "two armed families",
        "militias from the two clans",
        "Bul Nuer militia",
        "the Tiv Ethnic Militia",
    ],
)
def test_community_fighters_are_identity_militias(text: str) -> None:
    actor = resolve_actor(text, "SS", armed=True)
    assert actor is not None and actor.inter == IDENTITY_MILITIA, actor


@pytest.mark.parametrize("text", ["Libyan militias", "the Government militias", "gunmen"])
def test_other_militias_stay_political(text: str) -> None:
    actor = resolve_actor(text, "LY", armed=True)
    assert actor is not None and actor.inter == POLITICAL_MILITIA, actor


@pytest.mark.parametrize(
    ("text", "armed", "name"),
    [
        ("National Guard officers", True, "Military Forces of Mexico"),
        ("regime positions", True, "Military Forces of Mexico"),
        ("government positions", True, "Military Forces of Mexico"),
        ("regime officials", True, "Government of Mexico"),
        ("government officials", False, "Government of Mexico"),
    ],
)
def test_state_guards_and_held_sites(text: str, armed: bool, name: str) -> None:
    actor = resolve_actor(text, "MX", armed=armed)
    assert actor is not None and (actor.name, actor.inter) == (name, STATE)


def test_a_security_guard_is_a_civilian() -> None:
    actor = resolve_actor("a security guard", "MX", armed=True)
    assert actor is not None and actor.name.startswith("Civilians")
