"""Actors the dictionary lacks: groups named as written, capitals and offices as states."""

from __future__ import annotations

import pytest

from dateline.analyze import load_nlp
from dateline.resolve.attribution.findings import find_attribution
from dateline.settings import MODEL_NAMES
from dateline.vocabulary.naming import resolve_actor, states_named, unlisted_group


@pytest.mark.parametrize(
    ("text", "name", "inter"),
    [
        ("the Green Valley Liberation Army (GVLA)", "Green Valley Liberation Army (GVLA)", 2),
        ("members of the Northern Hills Brigade", "Northern Hills Brigade", 3),
        ("the positions of the Eastern People's Militia", "Eastern People's Militia", 3),
    ],
)
def test_an_unlisted_named_group_keeps_its_name(text, name, inter) -> None:
    actor = resolve_actor(text, "KE")
    assert actor is not None
    assert (actor.name, actor.inter) == (name, inter)


@pytest.mark.parametrize(
    "text", ["the Nigerian Army", "National Police", "Gunmen", "Unknown Gunmen", "Special Forces"]
)
def test_state_forces_and_sentence_initial_words_are_no_named_group(text) -> None:
    assert unlisted_group(text) is None


def test_a_capital_speaking_is_its_government() -> None:
    actor = resolve_actor("Kabul", "PK")
    assert (actor.name, actor.country_iso, actor.inter) == ("Government of Afghanistan", "AF", 8)
    assert resolve_actor("Kabul", "AF", armed=True) is None  # a place shelled, not a state


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Azerbaijani parliament", "AZ"),
        ("a French minister", "FR"),
        ("two Chilean diplomats", "CL"),
    ],
)
def test_national_offices_are_their_government(text, code) -> None:
    actor = resolve_actor(text, None)
    assert actor is not None and actor.name.startswith("Government of")
    assert actor.country_iso == code


def test_states_named_in_order() -> None:
    codes = [code for code, _, _ in states_named("Peru cut ties with Ecuador and Chile on Monday.")]
    assert codes == ["PE", "EC", "CL"]


def test_blamed_name_is_not_cut_at_its_linking_words() -> None:
    doc = load_nlp(MODEL_NAMES)(
        "Members of the group Friends to Free the Rivers (FFR) are suspected in the arson."
    )
    blamed = [b.actor for b in find_attribution(doc).attribution.blamed]
    assert any("Friends to Free the Rivers (FFR)" in actor for actor in blamed)
