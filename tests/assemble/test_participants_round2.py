"""Battles kept as battles, forces that met a demonstration, communal fights, places."""

from __future__ import annotations

from dateline.vocabulary import naming as act
from tests.assemble.sides import lead_sides


def sides(nlp, text: str, country: str | None):
    chosen, mentions = lead_sides(nlp, text, country)
    return (*chosen, mentions)


def test_fire_on_an_armys_positions_is_a_battle(nlp) -> None:
    kind, actor1, actor2, _ = sides(
        nlp, "On 8 May, Armenian soldiers fired on the positions of the Azerbaijani army.", "AZ"
    )
    assert kind.sub_event_type == "Armed clash"
    assert actor1.inter == act.EXTERNAL and actor2 is not None and actor2.inter == act.STATE


def test_an_attack_on_a_police_post_is_a_battle(nlp) -> None:
    kind, _, actor2, _ = sides(nlp, "Unknown gunmen attacked a police post in the town.", "BF")
    assert kind.sub_event_type == "Armed clash"
    assert actor2 is not None and actor2.inter == act.STATE


def test_defenders_who_repulse_an_attack_are_the_other_side(nlp) -> None:
    kind, actor1, actor2, _ = sides(
        nlp, "Local defence groups repulsed an attack by gunmen on the village.", "BF"
    )
    assert kind.sub_event_type == "Armed clash"
    assert {actor1.inter, actor2.inter} == {act.IDENTITY_MILITIA, act.POLITICAL_MILITIA}


def test_a_thwarted_rebel_attack_keeps_an_armed_opponent(nlp) -> None:
    kind, actor1, actor2, _ = sides(
        nlp, "Government forces thwarted a rebel attack on the front near the town.", "YE"
    )
    assert kind.sub_event_type == "Armed clash"
    assert actor1.inter == act.STATE and actor2 is not None
    assert actor2.inter == act.POLITICAL_MILITIA


def test_police_who_dispersed_a_march_are_its_other_side(nlp) -> None:
    kind, actor1, actor2, _ = sides(
        nlp, "Students marched in the capital. Police fired tear gas to disperse the crowd.", "KE"
    )
    assert kind.event_type == "Protests" and kind.sub_event_type != "Peaceful protest"
    assert actor1.inter == act.PROTESTERS and actor2 is not None and actor2.inter == act.STATE


def test_rioters_who_stoned_police_face_the_police(nlp) -> None:
    _, actor1, actor2, _ = sides(
        nlp, "Residents pelted stones at police in the town after a curfew was announced.", "IN"
    )
    assert actor1.inter == act.RIOTERS
    assert actor2 is not None and actor2.name == "Police Forces of India"


def test_villagers_fighting_herders_are_communal_militias_not_a_mob(nlp) -> None:
    kind, actor1, actor2, _ = sides(
        nlp, "Villagers clashed with herders near the river, leaving five dead.", "NG"
    )
    assert kind.sub_event_type == "Armed clash"
    assert actor1.inter == act.IDENTITY_MILITIA and actor2.inter == act.IDENTITY_MILITIA


def test_a_leader_by_title_alone_does_not_take_the_targets_country(nlp) -> None:
    _, actor1, actor2, _ = sides(
        nlp, "President Smith has threatened further action against Russia on Monday.", "RU"
    )
    assert actor1 is not None and actor1.country_iso is None
    assert actor2 is not None and actor2.country_iso == "RU"
