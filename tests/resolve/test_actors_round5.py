"""Round 5 actors: stance and patron words, possessive states, resistance groups, armed
communities, volunteers and plural acronyms."""

from __future__ import annotations

from dateline.vocabulary import naming as act


def test_anti_state_journalist_is_not_of_that_state() -> None:
    actor = act.resolve_actor("a prominent anti-Syria journalist", "LB")
    assert actor is not None and actor.country_iso == "LB"


def test_pro_state_separatists_are_not_that_states() -> None:
    assert act.own_country("Pro-Russian separatists") is None


def test_patron_backed_named_forces_keep_their_own_country() -> None:
    assert act.own_country("US-backed Syrian fighters") == "SY"
    assert act.own_country("US-backed fighters") is None


def test_possessive_state_owns_its_military() -> None:
    actor = act.resolve_actor("the United States' military", "IQ", armed=True)
    assert actor is not None and actor.country_iso == "US" and actor.inter == act.EXTERNAL


def test_possessive_state_does_not_own_an_allys_militia() -> None:
    actor = act.resolve_actor("the chief of Israel's militia ally", "LB", armed=True)
    assert actor is not None and actor.country_iso == "LB"


def test_serb_and_croat_are_demonyms() -> None:
    assert act.own_country("Serb forces") == "RS"
    assert act.own_country("Croat police") == "HR"


def test_resistance_forces_are_a_militia_not_the_army() -> None:
    actor = act.resolve_actor("anti-rebel National Resistance forces", "YE", armed=True)
    assert actor is not None and actor.inter == act.POLITICAL_MILITIA
    lower = act.resolve_actor("local resistance forces", "YE", armed=True)
    assert lower is not None and lower.inter != act.STATE


def test_paramilitary_group_is_not_the_police() -> None:
    actor = act.resolve_actor("a paramilitary group", "SD", armed=True)
    assert actor is not None and actor.inter == act.POLITICAL_MILITIA
    police = act.resolve_actor("paramilitary police", "KE", armed=True)
    assert police is not None and police.inter == act.STATE


def test_armed_villagers_are_a_communal_militia() -> None:
    actor = act.resolve_actor("armed villagers", "NG", armed=True)
    assert actor is not None and actor.inter == act.IDENTITY_MILITIA
    unarmed = act.resolve_actor("villagers", "NG", armed=True)
    assert unarmed is not None and unarmed.inter == act.CIVILIANS


def test_volunteer_fighters_are_a_defence_militia() -> None:
    actor = act.resolve_actor("volunteer fighters", "BF", armed=True)
    assert actor is not None and actor.inter == act.IDENTITY_MILITIA


def test_plural_acronym_names_the_group() -> None:
    actor = act.resolve_actor("two VDPs", "BF", armed=True)
    assert actor is not None and actor.name.startswith("VDP")
