"""Claims: groups claiming the act in words, signatures, messages or their own voice, and
what claims nothing."""

from __future__ import annotations

import pytest

from dateline.analyze import load_nlp
from dateline.resolve.attribution import find_attribution
from dateline.settings import MODEL_NAMES


def _attribution(text: str):
    return find_attribution(load_nlp(MODEL_NAMES)(text)).attribution


def _claimed(nlp, text: str) -> list[str]:
    return list(find_attribution(nlp(text)).attribution.claimed_by)


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


def test_group_saying_its_fighters_did_it_claims(nlp) -> None:
    assert _claimed(nlp, "Al-Shabaab said its fighters carried out the attack.") == ["Al-Shabaab"]


def test_police_saying_their_men_did_it_is_no_claim(nlp) -> None:
    assert _claimed(nlp, "The police chief said his men fired at the crowd.") == []


def test_claiming_statement_is_not_the_claimant(nlp) -> None:
    text = "A statement posted on a website used by Al-Shabaab claimed the attack."
    assert _claimed(nlp, text) == ["Al-Shabaab"]


def test_anonymous_statement_claims_for_no_one(nlp) -> None:
    assert _claimed(nlp, "A statement claimed the attack on the base.") == []


def test_admitting_to_the_act_claims_it(nlp) -> None:
    assert _claimed(nlp, "The Red Harvest Front admitted to the killing of the mayor.") == [
        "Red Harvest Front"
    ]


def test_admitting_to_an_error_claims_nothing(nlp) -> None:
    assert _claimed(nlp, "The Red Harvest Front admitted to an error in its count.") == []


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
