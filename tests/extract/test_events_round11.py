"""Round 11: crowds destroying property, vehicles taken with their drivers, seizures counted
with separators, and protests told with no protest word — and what must stay out of them."""

from __future__ import annotations

import pytest

from tests.extract.asserted import first_sub_type as first


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Ordinary people burning or ransacking: rioters' vandalism, not an armed raid.
        (
            "The local population ransacked and burned the militia headquarters on Friday.",
            "Violent demonstration",
        ),
        (
            "Angry citizens burned the police station after a mechanic was shot.",
            "Violent demonstration",
        ),
        ("Hundreds of shopkeepers looted stores owned by foreigners.", "Violent demonstration"),
        # Armed men doing the same stay a looting.
        ("Rebels looted shops owned by foreigners.", "Looting/property destruction"),
        # A vehicle seized with the people in it: an abduction.
        (
            "Militants seized a truck with the drivers aboard near the town.",
            "Abduction/forced disappearance",
        ),
        (
            "Gunmen seized an ambulance together with its driver on Monday.",
            "Abduction/forced disappearance",
        ),
        ("Militants seized a truck loaded with food.", "Looting/property destruction"),
        # Seizures whose amounts carry separators are still seizures.
        (
            "Federal police seized 1,5 tons of marijuana during an inspection on the highway.",
            "Looting/property destruction",
        ),
        # Protests named only by what the people did.
        (
            "Dozens of residents gathered outside the health ministry to reject the plan.",
            "Peaceful protest",
        ),
        ("Students in the town closed down the prefect's office on Tuesday.", "Peaceful protest"),
        ("Workers went down to the street to ask for higher salaries.", "Peaceful protest"),
        # A post attacked while empty: only property was harmed.
        (
            "Militants attacked the police station in the town while it was unmanned.",
            "Looting/property destruction",
        ),
        ("Militants attacked the police station in the town.", "Armed clash"),
        (
            "Militants attacked the police station, killing two officers, while another post "
            "was deserted.",
            "Armed clash",
        ),
        # Fire going both ways: a battle, not a one-sided bombardment.
        ("The two armies exchanged artillery fire along the front line.", "Armed clash"),
        ("Rebels shelled army positions near the town; the troops fired back.", "Armed clash"),
        ("Rebels shelled army positions near the town.", "Shelling/artillery/missile attack"),
    ],
)
def test_round11_kinds(nlp, text: str, sub_event_type: str) -> None:
    assert first(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Fans gathered outside the stadium before the final.",
        "Authorities closed the offices because of the virus.",
        "The minister closed the offices of the newspaper.",
        "The team walked out to the pitch to a standing ovation.",
    ],
)
def test_round11_not_events(nlp, text: str) -> None:
    assert first(nlp, text) is None
