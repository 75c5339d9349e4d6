"""Modality: asserted, negated, future, hypothetical and denied events."""

from __future__ import annotations

import pytest

from dateline.mentions.events import find_mentions
from dateline.mentions.modality import modality_of


def kinds(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(m.event_type, m.sub_event_type, m.modality) for m in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The militants planned to attack the capital.", "future"),
        ("The militants denied carrying out the attack.", "denied"),
        ("Rebels plan to attack the town next week.", "future"),
    ],
)
def test_modality_of_unreal_events(nlp, text, modality) -> None:
    found = kinds(nlp, text)
    assert found and found[0][2] == modality


def test_asserted_event_is_asserted(nlp) -> None:
    assert kinds(nlp, "Gunmen attacked a bus, killing five passengers.")[0][2] == "asserted"


def test_comma_splice_is_no_intention(nlp) -> None:
    """A killing spliced before "prevented access" is reported, not prevented."""
    doc = nlp(
        "Militants raided the market, two traders were killed, the assailants also "
        "prevented access to the market."
    )
    assert any(m.modality == "asserted" for m in find_mentions(doc))


def test_numbered_unit_is_no_negation(nlp) -> None:
    """ "Brigade No. 1" names a unit: the "No" does not negate the event."""
    doc = nlp("Fighters of Brigade No. 1 attacked an army post near the town.")
    assert any(m.modality == "asserted" for m in find_mentions(doc))


def test_without_phrase_does_not_negate(nlp) -> None:
    doc = nlp("Militants attacked the gendarmerie post without causing any casualties.")
    attacked = next(tok for tok in doc if tok.lower_ == "attacked")
    assert modality_of(attacked) == "asserted"


def test_object_of_without_is_negated(nlp) -> None:
    doc = nlp("The day ended without any attack.")
    attack = next(tok for tok in doc if tok.lower_ == "attack")
    assert modality_of(attack) == "negated"


def test_denial_subject_is_not_denied(nlp) -> None:
    doc = nlp("Hundreds of protesters rejected the proposal by the governor.")
    protesters = next(tok for tok in doc if tok.lower_ == "protesters")
    assert modality_of(protesters) == "asserted"
    doc = nlp("The army denied that soldiers attacked the village.")
    attacked = next(tok for tok in doc if tok.lower_ == "attacked")
    assert modality_of(attacked) == "denied"
