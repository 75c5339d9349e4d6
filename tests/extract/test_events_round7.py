"""Seventh round: state forces taking ground (government regains territory), ordinary people
attacking as a group (mob violence), sexual violence told after a raid, and armed victims of
a targeted killing (a battle)."""

from __future__ import annotations

import pytest

from dateline.mentions.events import find_mentions
from tests.extract.asserted import first_sub_type as first


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # The army as the subject of taking ground: the government regains it.
        (
            "On Friday the army took control of a rebel stronghold after clashes with the rebels.",
            "Government regains territory",
        ),
        (
            "Soldiers gained control over two hills after heavy fighting with the insurgents.",
            "Government regains territory",
        ),
        (
            "The army used gunfire to take over the barracks held by mutineers.",
            "Government regains territory",
        ),
        # Ordinary people acting as a group: mob violence, not an armed group's attack.
        ("A trader was beaten to death by a group of villagers in the market.", "Mob violence"),
        ("Two rival groups attacked each other with sticks, injuring four men.", "Mob violence"),
        # A group of armed men is an armed group: still an attack.
        ("A farmer was shot dead by a group of armed men in the village.", "Attack"),
        # A targeted killing of a militiaman is an engagement of armed sides.
        ("Militants assassinated a militiaman in the village on Monday.", "Armed clash"),
        # ... but not of a retired policeman or a police interpreter: an attack.
        ("Militants assassinated a retired policeman in the village on Monday.", "Attack"),
        ("Militants assassinated a police interpreter in the town on Monday.", "Attack"),
        # Forces setting up a base as the main act, whatever fighting it answers.
        (
            "Peacekeepers installed a new temporary military base in the village due to "
            "continued attacks by militiamen.",
            "Headquarters or base established",
        ),
        ("Militants attacked the newly established army base in the town.", "Armed clash"),
        # Raiders in one sentence, rape in the next: sexual violence.
        ("Gunmen raided the house of a farmer. They raped his two daughters.", "Sexual violence"),
    ],
)
def test_round7_kinds(nlp, text: str, sub_event_type: str) -> None:
    assert first(nlp, text) == sub_event_type


def test_rebels_taking_ground_are_not_the_government(nlp) -> None:
    """Non-state fighters as the takers: never a government regaining territory."""
    text = "Rebels took control of the town after clashes with the army."
    kinds = {m.sub_event_type for m in find_mentions(nlp(text))}
    assert "Government regains territory" not in kinds


def test_amidst_is_background(nlp) -> None:
    """ "amidst" opens a setting clause like "amid": the sentence's main act comes first."""
    text = "Two men were killed amidst clashes between the army and the rebels."
    assert first(nlp, text) is not None
