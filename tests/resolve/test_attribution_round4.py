"""Round 4 attribution: the doers' hedged identity ("suspected to be X") is the suspect."""

from __future__ import annotations


def test_suspected_to_be_names_the_actor(code) -> None:
    result = code(
        "On Monday, unknown gunmen (suspected to be JNIM militants) attacked the "
        "gendarmerie in Djibo, Burkina Faso."
    )
    event = result.events[0]
    assert [b.actor for b in event.attribution.blamed] == ["JNIM"]
    assert event.actor1.name.startswith("JNIM")


def test_planted_by_suspect(code) -> None:
    result = code(
        "Two people were killed when their tricycle struck an IED near Kantchari, Burkina "
        "Faso. The device is believed to have been planted by ISGS militants."
    )
    assert "ISGS" in [b.actor for b in result.events[0].attribution.blamed]
