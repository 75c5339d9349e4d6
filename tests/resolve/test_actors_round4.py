"""Round 4 actors: a patron named on a state's forces does not make them a group."""

from __future__ import annotations

from dateline.vocabulary import naming as act


def test_party_affiliated_special_forces_are_state_forces() -> None:
    actor = act.resolve_actor("Reform-affiliated Special Forces", "YE", armed=True)
    assert actor is not None and actor.inter == act.STATE


def test_named_group_with_patron_stays_a_group() -> None:
    actor = act.resolve_actor("Iranian-backed Badr Organization", "IQ", armed=True)
    assert actor is not None and actor.inter == act.POLITICAL_MILITIA
