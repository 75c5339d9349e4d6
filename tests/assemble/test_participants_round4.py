"""Round 4 participants: nameless fights, communal disputes, mutinies, crowds' objects,
targets in prepositional phrases, anonymous doers, government measures."""

from __future__ import annotations

from dateline.vocabulary import naming as act


def _first(result):
    assert result.events, "no event found"
    return result.events[0]


def test_nameless_shelling_is_the_state_forces(code) -> None:
    event = _first(code("Artillery shelling hit the outskirts of Avdiivka, Ukraine, on Monday."))
    assert event.actor1 is not None and event.actor1.inter == act.STATE
    assert event.actor2 is None  # the place after the comma is not Ukraine's forces


def test_unknown_party_stays_unidentified(code) -> None:
    event = _first(code("Heavy artillery fire by an unknown party hit Avdiivka, Ukraine."))
    assert event.actor1 is not None and event.actor1.inter == act.POLITICAL_MILITIA


def test_land_dispute_is_communal(code) -> None:
    event = _first(
        code(
            "Two men were killed in clashes over a land dispute between two villages "
            "near Mopti, Mali."
        )
    )
    assert event.actor1 is not None and event.actor1.inter == act.IDENTITY_MILITIA
    assert event.actor2 is not None and event.actor2.inter == act.IDENTITY_MILITIA
    assert not event.actor2.name.startswith("Two")


def test_mutinous_soldiers_are_the_crowd(code) -> None:
    event = _first(
        code(
            "Soldiers fired into the air and looted shops in Bobo-Dioulasso, Burkina Faso, "
            "as their mutiny spread."
        )
    )
    assert event.event_type == "Riots"
    assert event.actor1 is not None and event.actor1.inter == act.RIOTERS
    assert event.actor2 is None


def test_burned_station_is_no_side(code) -> None:
    event = _first(
        code("Students rioted and burned the police station in Koudougou, Burkina Faso.")
    )
    assert event.actor2 is None


def test_positions_fired_at_are_the_target(code) -> None:
    event = _first(
        code("Ukrainian forces fired mortars at the positions of the Luhansk People's Militia.")
    )
    assert event.actor2 is not None and event.actor2.inter == act.REBEL


def test_anonymous_attackers_are_an_armed_group(code) -> None:
    event = _first(code("Unknown individuals shot dead a trader in Kaya, Burkina Faso."))
    assert event.actor1 is not None and event.actor1.inter == act.POLITICAL_MILITIA
    assert event.actor2 is not None and event.actor2.inter == act.CIVILIANS


def test_curfew_imposed_is_the_government(code) -> None:
    event = _first(
        code("A curfew was imposed in the town of Djibo, Burkina Faso, after the attacks.")
    )
    assert event.actor1 is not None and event.actor1.name == "Government of Burkina Faso"


def test_regained_territory_is_the_state(code) -> None:
    event = _first(code("Army forces recaptured the town of Tessit, Mali, from militants."))
    if event.sub_event_type == "Government regains territory":
        assert event.actor1 is not None and event.actor1.inter == act.STATE


def test_village_volunteers_are_identity_militia(code) -> None:
    event = _first(code("VDP fighters attacked a village in Soum, Burkina Faso."))
    assert event.actor1 is not None and event.actor1.inter == act.IDENTITY_MILITIA


def test_missing_victim_is_not_the_doer(code) -> None:
    event = _first(
        code("A farmer went missing and was found murdered near Kaya, Burkina Faso, on Monday.")
    )
    assert event.actor1 is None or event.actor1.inter != act.CIVILIANS


def test_titled_leader_takes_the_named_state(code) -> None:
    event = _first(code("President Kagame threatened to ban Rwandan opposition parties."))
    assert event.actor1 is not None and event.actor1.country_iso == "RW"


def test_titled_leader_is_not_the_target_state(code) -> None:
    event = _first(code("President Smith threatened further action against Russia."))
    assert event.actor1 is None or event.actor1.country_iso != "RU"


def test_crowd_named_before_the_trigger(code) -> None:
    event = _first(
        code("Armenian students hurled rocks during rallies against Azerbaijani police.")
    )
    assert event.actor1 is not None and event.actor1.country_iso == "AM"


def test_national_leaders_are_their_government() -> None:
    actor = act.resolve_actor("Palestinian leaders", None)
    assert actor is not None and actor.name == "Government of Palestine"


def test_villagers_fighting_militants_are_a_local_militia(code) -> None:
    event = _first(
        code("Youths in the village of Koumbri ambushed a group of suspected JNIM militants.")
    )
    assert event.actor1 is not None and event.actor1.inter == act.IDENTITY_MILITIA
