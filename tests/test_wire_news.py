"""Wire-style news, as a new user would try it: datelines, headlines, bylines, separate
attacks, states' weapons named by their adjective, car bombs, the publication weekday.

The texts are written for these tests (invented places, tolls and days).
"""

from __future__ import annotations

import pytest

import dateline
from dateline.models import EventRecord


def main_event(text: str, published: str) -> EventRecord:
    events = [e for e in dateline.extract(text, published=published).events if e.role == "main"]
    assert events, "no main event"
    return events[0]


def test_a_wire_dateline_is_neither_the_toll_nor_the_place() -> None:
    event = main_event(
        "NAIROBI, March 3 (Reuters) - At least 14 people were killed when gunmen raided "
        "a village in Mandera county on Tuesday, police said.",
        "2026-03-03",
    )
    assert event.fatalities.best == 14
    assert event.location is not None and event.location.name == "Mandera"
    assert event.event_date == "2026-03-03"


def test_an_agency_dateline_without_a_date_keeps_the_lead_toll() -> None:
    event = main_event(
        "MOGADISHU (AP) — At least 9 soldiers were killed on Sunday when militants stormed "
        "an army base near Jowhar.",
        "2026-03-02",
    )
    assert event.fatalities.best == 9


def test_a_headline_toll_is_not_added_to_the_body_toll() -> None:
    event = main_event(
        "Suicide bomber kills 11 at Kabul mosque\n\nA suicide bomber killed 11 worshippers "
        "at a mosque in Kabul on Friday, officials said.",
        "2026-03-07",
    )
    assert event.fatalities.best == 11


def test_a_headline_total_does_not_add_to_the_body_counts() -> None:
    event = main_event(
        "Gunmen kill 6 in Kaduna\n\nGunmen killed four villagers in Kaduna on Friday. "
        "Two more died later in hospital.",
        "2026-03-07",
    )
    assert event.fatalities.best == 6


def test_a_separate_attack_is_a_second_event_with_its_own_toll() -> None:
    result = dateline.extract(
        "Gunmen killed three people in Kaduna on Monday. In a separate attack, a bomb "
        "killed five people in Maiduguri.",
        published="2026-03-03",
    )
    tolls = sorted(e.fatalities.best for e in result.events)
    assert tolls == [3, 5]


@pytest.mark.parametrize(
    ("text", "actor1", "sub_event_type"),
    [
        (
            "An Israeli strike killed four people in Khan Younis on Monday, medics said.",
            "Military Forces of Israel",
            "Air/drone strike",
        ),
        (
            "A Russian missile hit an apartment block in Kharkiv on Tuesday, killing three.",
            "Military Forces of Russia",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_a_states_weapon_named_by_its_adjective_is_its_military(
    text: str, actor1: str, sub_event_type: str
) -> None:
    event = main_event(text, "2026-03-04")
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.sub_event_type == sub_event_type


def test_the_firing_state_is_not_the_place_of_a_strike() -> None:
    event = main_event("A US drone strike killed two militants in Jilib on Friday.", "2026-03-07")
    assert event.location is not None and event.location.country_iso == "SO"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("A car bomb exploded outside a hotel in Mogadishu on Saturday, killing nine people.",
         "Remote explosive/landmine/IED"),
        ("A bomb ripped through a market in Quetta on Saturday, killing eight people.",
         "Remote explosive/landmine/IED"),
        ("A suicide car bomber struck a checkpoint near Kandahar on Saturday, killing four.",
         "Suicide bomb"),
    ],
)  # fmt: skip
def test_a_bomb_is_an_explosion_not_an_attack_on_civilians(text: str, sub_event_type: str) -> None:
    event = main_event(text, "2026-03-08")
    assert event.event_type == "Explosions/Remote violence"
    assert event.sub_event_type == sub_event_type


def test_an_updated_stamp_is_not_the_event_date() -> None:
    event = main_event(
        "By Jane Doe\nUpdated: March 5, 2026\nGunmen killed three farmers in Zamfara "
        "state on Monday, police said.",
        "2026-03-05",
    )
    assert event.event_date == "2026-03-02"


def test_a_weekday_that_is_the_publication_day_is_that_day() -> None:
    # 2026-03-02 is a Monday
    event = main_event("Gunmen shot dead two people in Peshawar on Monday.", "2026-03-02")
    assert event.event_date == "2026-03-02"


def test_a_town_taken_for_a_person_as_the_object_of_a_raid_is_the_place() -> None:
    event = main_event(
        "Congo: ADF militants raided Beni on Friday, killing nine civilians, the army said.",
        "2026-03-07",
    )
    assert event.location is not None and (event.location.name, event.location.country_iso) == (
        "Beni",
        "CD",
    )
