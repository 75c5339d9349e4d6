"""Sides of communal violence: communities and their militias, land disputes, mobs told apart
from local defence."""

from __future__ import annotations

from dateline.vocabulary import naming as act
from dateline.vocabulary.naming import IDENTITY_MILITIA
from tests.resolve.sides import chosen_sides, first_event, sides_and_mentions


def test_villagers_fighting_herders_are_communal_militias_not_a_mob(nlp) -> None:
    kind, actor1, actor2, _ = sides_and_mentions(
        nlp, "Villagers clashed with herders near the river, leaving five dead.", "NG"
    )
    assert kind.sub_event_type == "Armed clash"
    assert actor1.inter == act.IDENTITY_MILITIA and actor2.inter == act.IDENTITY_MILITIA


def test_land_dispute_is_communal(code) -> None:
    event = first_event(
        code(
            "Two men were killed in clashes over a land dispute between two villages "
            "near Mopti, Mali."
        )
    )
    assert event.actor1 is not None and event.actor1.inter == act.IDENTITY_MILITIA
    assert event.actor2 is not None and event.actor2.inter == act.IDENTITY_MILITIA
    assert not event.actor2.name.startswith("Two")


def test_village_volunteers_are_identity_militia(code) -> None:
    event = first_event(code("VDP fighters attacked a village in Soum, Burkina Faso."))
    assert event.actor1 is not None and event.actor1.inter == act.IDENTITY_MILITIA


def test_villagers_fighting_militants_are_a_local_militia(code) -> None:
    event = first_event(
        code("Youths in the village of Koumbri ambushed a group of suspected JNIM militants.")
    )
    assert event.actor1 is not None and event.actor1.inter == act.IDENTITY_MILITIA


def test_a_fight_between_tribal_militias_has_two_communal_sides(nlp) -> None:
    kind, actor1, actor2 = chosen_sides(
        nlp, "Clashes took place between two tribal militias in the village after a quarrel.", "SY"
    )
    assert kind.event_type == "Battles"
    assert actor1 is not None and actor1.inter == IDENTITY_MILITIA
    assert actor2 is not None and actor2.inter == IDENTITY_MILITIA


def test_civilians_fighting_each_other_are_communal_militias(nlp) -> None:
    _, actor1, actor2 = chosen_sides(
        nlp, "Herders clashed with farmers near the village on Monday.", "NG"
    )
    assert actor1 is not None and actor2 is not None
    assert (actor1.inter, actor2.inter) == (4, 4)


def test_soldiers_fighting_villagers_do_not_make_villagers_a_militia(nlp) -> None:
    _, actor1, actor2 = chosen_sides(nlp, "Soldiers clashed with villagers in the district.", "NG")
    assert actor1.inter == 1 and (actor2 is None or actor2.inter == 7)
