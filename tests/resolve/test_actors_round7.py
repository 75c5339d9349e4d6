"""Round 7 actors: short forms of groups written with the word for their members."""

from __future__ import annotations

from dateline.vocabulary import naming as act


def test_short_forms_with_a_members_word_name_the_group() -> None:
    found = act.resolve_actor("two LeT militants", "IN", armed=True)
    assert found is not None and found.name == "Lashkar-e-Taiba"
    found = act.resolve_actor("a JeM commander", "IN", armed=True)
    assert found is not None and found.name == "Jaish-e-Mohammed"


def test_the_verb_let_names_no_group() -> None:
    assert act.named_in("They let the villagers go after the raid.") == []
