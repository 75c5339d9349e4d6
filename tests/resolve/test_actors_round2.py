"""Generic actors: communal and ethnic militias, local defence groups, guard services."""

from __future__ import annotations

from dateline.vocabulary import naming as act


def test_ethnic_militias_are_identity_militias() -> None:
    actor = act.resolve_actor("suspected Fulani militias", "NG", armed=True)
    assert actor is not None and actor.inter == act.IDENTITY_MILITIA
    assert actor.name == "Fulani Ethnic Militia (Nigeria)"


def test_a_countrys_militias_name_no_community() -> None:
    actor = act.resolve_actor("Libyan militias", "LY", armed=True)
    assert actor is not None and actor.inter == act.POLITICAL_MILITIA


def test_communal_militias_win_over_the_militia_word() -> None:
    actor = act.resolve_actor("rival communal militias", "SD", armed=True)
    assert actor is not None and actor.inter == act.IDENTITY_MILITIA


def test_local_defence_groups_are_communal_militias() -> None:
    actor = act.resolve_actor("local self-defense groups", "ML", armed=True)
    assert actor is not None and actor.inter == act.IDENTITY_MILITIA


def test_customs_officers_and_forest_guards_are_police() -> None:
    for text in ("a customs officer", "two forest guards", "park rangers"):
        actor = act.resolve_actor(text, "BF", armed=True)
        assert actor is not None and actor.name == "Police Forces of Burkina Faso", text


def test_a_civilian_guard_stays_a_civilian() -> None:
    actor = act.resolve_actor("a civilian forest guard", "BF", armed=True)
    assert actor is not None and actor.inter == act.CIVILIANS
