"""Sides of riots: the forces a crowd met in the next sentence, the police whose station it
burned, and crowds that fought each other (rioters on both sides)."""

from __future__ import annotations

from dateline.vocabulary import naming as act
from tests.resolve.sides import first_event


def test_police_who_dispersed_rioters_in_the_next_sentence_are_the_other_side(code) -> None:
    event = first_event(
        code(
            "On 4 March 2021, residents barricaded roads with burning tyres in Kisumu, Kenya, "
            "demanding water. Police used rubber bullets to disperse the crowd."
        )
    )
    assert event.actor1 is not None and event.actor1.inter == act.RIOTERS
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Kenya"


def test_police_who_interrupted_a_march_make_it_an_intervention(code) -> None:
    event = first_event(
        code(
            "On 4 March 2021, about 200 nurses marched in Kisumu, Kenya, to demand unpaid "
            "wages. The march was interrupted by police."
        )
    )
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 is not None and event.actor2.inter == act.STATE


def test_crowd_that_burned_a_police_station_was_aimed_at_the_police(code) -> None:
    event = first_event(
        code(
            "On 4 March 2021, residents protesting a curfew vandalized a police station in "
            "Kisumu, Kenya."
        )
    )
    assert event.event_type == "Riots"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Kenya"


def test_crowd_that_burned_a_market_has_no_forces_side(code) -> None:
    event = first_event(code("On 4 March 2021, rioters burned a market in Kisumu, Kenya."))
    assert event.actor2 is None or event.actor2.inter != act.STATE


def test_supporters_who_clashed_with_each_other_are_rioters_on_both_sides(code) -> None:
    event = first_event(
        code(
            "On 4 March 2021, two groups of supporters of rival candidates clashed in Kisumu, "
            "Kenya. Several people were injured."
        )
    )
    assert event.actor1 is not None and event.actor1.inter == act.RIOTERS
    assert event.actor2 is not None and event.actor2.name == "Rioters (Kenya)"


def test_students_who_fought_each_other_are_rioters_on_both_sides(code) -> None:
    event = first_event(
        code(
            "On 4 March 2021, students of two schools fought each other in Kisumu, Kenya, "
            "leaving five injured."
        )
    )
    assert event.actor2 is not None and event.actor2.inter == act.RIOTERS


def test_crowd_that_clashed_with_police_has_the_police_not_rioters(code) -> None:
    event = first_event(
        code("On 4 March 2021, youths clashed with police in Kisumu, Kenya, over a curfew.")
    )
    assert event.actor2 is not None and event.actor2.inter == act.STATE


def test_forces_said_not_to_have_clashed_are_no_side_of_a_protest(code) -> None:
    event = first_event(
        code(
            "On 4 March 2021, hundreds of teachers held a sit-in in Kisumu, Kenya, over pay. "
            "Police were present but no clashes or arrests were reported."
        )
    )
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor2 is None


def test_mob_that_burned_a_church_fell_on_civilians(code) -> None:
    event = first_event(code("On 4 March 2021, a mob set fire to a church in Kisumu, Kenya."))
    assert event.sub_event_type == "Mob violence"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Kenya)"
