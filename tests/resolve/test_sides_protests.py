"""Sides of demonstrations: the crowd named by its role, the forces that intervened, what is
no side of a riot, mutinies."""

from __future__ import annotations

from dateline.vocabulary import naming as act
from tests.resolve.sides import first_event, lead_sides, sides_and_mentions


def test_crowd_keeps_who_they_were_as_text(nlp) -> None:
    (kind, actor1, _), _ = lead_sides(
        nlp, "Hundreds of students staged a peaceful march to demand lower fees.", "BF"
    )
    assert kind.event_type == "Protests"
    assert actor1.name == "Protesters (Burkina Faso)"


def test_rioters_victims_are_civilians_not_the_crowd_again(code) -> None:
    event = first_event(
        code("On 18 December, striking students assaulted two teachers in Saaba, Burkina Faso.")
    )
    assert event.actor1 is not None and event.actor1.inter == act.RIOTERS
    assert event.actor2 is not None and event.actor2.inter == act.CIVILIANS


def test_property_of_a_villager_is_no_side_of_a_riot(code) -> None:
    event = first_event(
        code(
            "On 5 May, villagers rioted and destroyed the property of a neighbour in Kaya, "
            "Burkina Faso."
        )
    )
    assert event.actor2 is None or event.actor2.inter != act.CIVILIANS


def test_police_who_dispersed_a_march_are_its_other_side(nlp) -> None:
    kind, actor1, actor2, _ = sides_and_mentions(
        nlp, "Students marched in the capital. Police fired tear gas to disperse the crowd.", "KE"
    )
    assert kind.event_type == "Protests" and kind.sub_event_type != "Peaceful protest"
    assert actor1.inter == act.PROTESTERS and actor2 is not None and actor2.inter == act.STATE


def test_rioters_who_stoned_police_face_the_police(nlp) -> None:
    _, actor1, actor2, _ = sides_and_mentions(
        nlp, "Residents pelted stones at police in the town after a curfew was announced.", "IN"
    )
    assert actor1.inter == act.RIOTERS
    assert actor2 is not None and actor2.name == "Police Forces of India"


def test_protest_target_is_the_government_protested(code) -> None:
    result = code("Farmers protested against the Polish government's grain policy in Warsaw.")
    target = result.events[0].plover.target
    assert target is not None and target.country_iso == "PL"


def test_mutinous_soldiers_are_the_crowd(code) -> None:
    event = first_event(
        code(
            "Soldiers fired into the air and looted shops in Bobo-Dioulasso, Burkina Faso, "
            "as their mutiny spread."
        )
    )
    assert event.event_type == "Riots"
    assert event.actor1 is not None and event.actor1.inter == act.RIOTERS
    assert event.actor2 is None


def test_burned_market_is_no_side(code) -> None:
    event = first_event(code("Students rioted and burned the market in Koudougou, Burkina Faso."))
    assert event.actor2 is None


def test_crowd_named_before_the_trigger(code) -> None:
    event = first_event(
        code("Armenian students hurled rocks during rallies against Azerbaijani police.")
    )
    assert event.actor1 is not None and event.actor1.country_iso == "AM"


def test_police_who_met_rioters_are_the_other_side(code) -> None:
    event = first_event(
        code(
            "Four students were injured when rioters burned tyres in Manga, Burkina Faso, "
            "and police fired tear gas to disperse them."
        )
    )
    if event.event_type == "Riots":
        assert event.actor2 is not None and event.actor2.inter == act.STATE


def test_police_intervene_in_present_tense(code) -> None:
    event = first_event(code("Miners protest in Kaya, Burkina Faso. Police intervene."))
    assert event.actor2 is not None and event.actor2.inter == act.STATE
