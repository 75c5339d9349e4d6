"""Round 8: groups named by an apposition, 'to be a member of', shared tree helpers."""

from __future__ import annotations

import time
from pathlib import Path

from dateline import vocabulary as V
from dateline.resolve.attribution import findings as attribution
from dateline.resolve.attribution.findings import find_attribution
from dateline.resolve.attribution.motives import inspired_pattern


def _blamed(nlp, text: str) -> list[str]:
    return [blame.actor for blame in find_attribution(nlp(text)).attribution.blamed]


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


def test_apposition_pattern_is_fast_on_long_text() -> None:
    tail = ", a " + "very " * 5000 + "odd thing"
    start = time.perf_counter()
    assert V.pattern("attribution_names", "apposed_group").match(tail) is None
    assert time.perf_counter() - start < 0.5


def test_no_private_tree_helpers_left() -> None:
    package = Path(attribution.__file__).parent
    source = "\n".join(path.read_text() for path in package.glob("*.py"))
    assert "def _subject(" not in source and "def _child(" not in source


def _motives(nlp, text: str) -> list[str]:
    return [label for label, _ in attribution.motive_labels(nlp(text))]


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


def _claimed(nlp, text: str) -> list[str]:
    return list(find_attribution(nlp(text)).attribution.claimed_by)


def test_group_saying_its_fighters_did_it_claims(nlp) -> None:
    assert _claimed(nlp, "Al-Shabaab said its fighters carried out the attack.") == ["Al-Shabaab"]


def test_police_saying_their_men_did_it_is_no_claim(nlp) -> None:
    assert _claimed(nlp, "The police chief said his men fired at the crowd.") == []


def test_claiming_statement_is_not_the_claimant(nlp) -> None:
    text = "A statement posted on a website used by Al-Shabaab claimed the attack."
    assert _claimed(nlp, text) == ["Al-Shabaab"]


def test_anonymous_statement_claims_for_no_one(nlp) -> None:
    assert _claimed(nlp, "A statement claimed the attack on the base.") == []


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


def test_admitting_to_the_act_claims_it(nlp) -> None:
    assert _claimed(nlp, "The Red Harvest Front admitted to the killing of the mayor.") == [
        "Red Harvest Front"
    ]


def test_admitting_to_an_error_claims_nothing(nlp) -> None:
    assert _claimed(nlp, "The Red Harvest Front admitted to an error in its count.") == []
