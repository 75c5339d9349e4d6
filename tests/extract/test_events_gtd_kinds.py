"""Third round: the kinds of political violence terrorism databases record that the earlier
rules missed — arson with no claim, bombs sent or found, shots at buildings, ramming,
poison and incendiary mail, beatings of teenagers — and what must stay out of them."""

from __future__ import annotations

import pytest

from tests.extract.asserted import first_sub_type as first


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A fire set on purpose, claimed or not: property destruction.
        (
            "Two men set fire to a mosque on the edge of the town late on Sunday.",
            "Looting/property destruction",
        ),
        (
            "Unknown vandals ignited three fires inside the party office overnight.",
            "Looting/property destruction",
        ),
        (
            "A man hurled a Molotov cocktail at a synagogue in the old quarter.",
            "Looting/property destruction",
        ),
        (
            "Four cars were burned by masked youths outside the council building.",
            "Looting/property destruction",
        ),
        # A bomb sent by post, or found and made safe: disrupted weapons use.
        ("A parcel bomb was mailed to the offices of a local newspaper.", "Disrupted weapons use"),
        (
            "A pipe bomb was found outside the county courthouse on Tuesday.",
            "Disrupted weapons use",
        ),
        (
            "A bomb was left at the entrance of the bank. The device was disarmed by experts.",
            "Disrupted weapons use",
        ),
        # Shots aimed at a building, with no one hit: an attack.
        ("A man fired six rounds from a hunting rifle at the campaign office.", "Attack"),
        # A vehicle driven into a building or a crowd, or a plane flown into one.
        ("A man drove his pickup truck into the crowd outside the stadium gates.", "Attack"),
        ("The pilot stole a light aircraft and crashed it into an office tower.", "Attack"),
        # Poison and incendiary mail.
        ("A senator's office received a letter laced with ricin.", "Chemical weapon"),
        (
            "An envelope addressed to the governor ignited at a mail sorting centre.",
            "Remote explosive/landmine/IED",
        ),
        # A teenager beaten by a gang: violence against a civilian.
        ("A teenager was beaten unconscious by a group of men in the park.", "Attack"),
    ],
)
def test_gtd_kinds(nlp, text: str, sub_event_type: str) -> None:
    assert first(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        # Fires that break out, or that nature or faulty wiring started, are no arson.
        "A fire broke out at the textile factory on Monday night.",
        "A spark from faulty wiring ignited a fire in the warehouse.",
        # Driving into a town is travel; a vehicle crashing on its own is an accident.
        "He drove his car into town to meet his brother.",
        "A small plane crashed into a house near the airport, killing the pilot.",
        # Bombs supplied to an air force are a sale, not a device sent to a target.
        "The company delivered 500 bombs to the air force under the contract.",
        # Gadgets found faulty are no weapons found.
        "The devices were found to overheat when charging, the company said.",
    ],
)
def test_not_events(nlp, text: str) -> None:
    assert first(nlp, text) is None
