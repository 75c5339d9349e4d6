"""Tenth round: abductions told with no taker named, human remains bearing the marks of a
killing, fights between rival groups that hurt people, and clauses spliced before a negated
one."""

from __future__ import annotations

import pytest

from tests.extract.asserted import first_sub_type as first


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Abducted or kidnapped, in the passive, with no one named taking them.
        (
            "Three engineers of a road company were abducted near the border town last week.",
            "Abduction/forced disappearance",
        ),
        (
            "Two aid workers were kidnapped on the road to the capital.",
            "Abduction/forced disappearance",
        ),
        # A clause spliced before a negated one keeps its own modality.
        (
            "Unknown men abducted a trader in the market, the place of his detention was not "
            "disclosed.",
            "Abduction/forced disappearance",
        ),
        # Remains with the marks of a killing: an attack, though no killer is named.
        ("The dismembered body of a man was found in a field outside the town.", "Attack"),
        ("Police said the bodies of two women showed signs of torture.", "Attack"),
        # Killings by blade or fire named by how they were done.
        ("Gunmen slit the throats of two shepherds near the village.", "Attack"),
        ("Two men were doused in petrol and set alight in the night.", "Attack"),
        # Rival groups fighting and hurting people, no weapons of war: mob violence.
        (
            "After the disputed vote, opposing groups of party supporters clashed, injuring "
            "several people.",
            "Mob violence",
        ),
    ],
)
def test_round10_kinds(nlp, text: str, sub_event_type: str) -> None:
    assert first(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        # Bodies of drowning victims: an accident, not an attack.
        "The bodies of four fishermen who drowned in the storm were found on the beach.",
        # Groups disagreeing with no one hurt; remains an excavation finds.
        "Two rival groups clashed over the plan at the council meeting.",
        "Archaeologists found human remains and pottery at the ancient burial site.",
        # Kidnappings named in an accusation, not a taking reported.
        "The minister was accused of complicity in acts of violence and kidnappings.",
        # A price war is not a killing.
        "Rival airlines cut their fares to the bone in a cut-throat market.",
    ],
)
def test_round10_not_events(nlp, text: str) -> None:
    assert first(nlp, text) is None
