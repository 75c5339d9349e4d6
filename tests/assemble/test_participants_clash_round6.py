"""Round 6 (actors6): a clash's second side, rival factions of one state, fire at a
state's positions named by an adjective."""

from __future__ import annotations

from dateline.vocabulary import naming as act


def _first(result):
    assert result.events, "no event found"
    return result.events[0]


def test_rival_factions_of_one_state_are_both_state_forces(code) -> None:
    event = _first(code("On 3 May, GNA and LNA forces clashed near the airport in Tripoli, Libya."))
    assert event.actor1 is not None and event.actor1.inter == act.STATE
    assert event.actor2 is not None and event.actor2.inter == act.STATE


def test_faction_named_as_the_object_is_the_other_side(code) -> None:
    event = _first(code("On 3 May, LNA forces clashed with GNA forces in Tripoli, Libya."))
    assert event.actor2 is not None and event.actor2.inter == act.STATE
    assert event.actor2.text == "GNA forces"


def test_a_clash_with_one_named_side_gets_an_unidentified_armed_group(code) -> None:
    event = _first(code("On 3 May, the army clashed near Kaya, Burkina Faso. Two soldiers died."))
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 is not None and event.actor2.inter == act.POLITICAL_MILITIA


def test_soldiers_of_one_army_are_not_rival_factions(code) -> None:
    event = _first(code("On 3 May, the army clashed near Kaya, Burkina Faso. Two soldiers died."))
    assert event.actor2 is not None and event.actor2.inter != act.STATE


def test_fire_at_governmental_positions_targets_the_state(code) -> None:
    event = _first(
        code("On 9 May, rebel forces fired mortars at the governmental positions near Donetsk.")
    )
    assert event.actor2 is not None and event.actor2.inter == act.STATE


def test_fire_at_a_named_armys_bases_targets_that_army(code) -> None:
    event = _first(code("On 9 May, Al Shabaab fired mortars at Somali army bases near Afgoye."))
    assert event.actor2 is not None and event.actor2.country_iso == "SO"
    assert event.actor2.inter == act.STATE


def test_forces_moved_in_a_passive_sentence_are_the_doers(code) -> None:
    event = _first(
        code(
            "Movement of forces: On 6 May, a new military column carrying equipment was sent "
            "to the base near Kaya, Burkina Faso."
        )
    )
    assert event.actor1 is not None and event.actor1.inter == act.STATE
    assert event.actor2 is None


def test_attackers_referred_back_to_are_the_groups_own_men(code) -> None:
    event = _first(
        code(
            "On 12 April, presumed JNIM militants attacked the police station in Essakane, "
            "Burkina Faso, and the assailants were repelled."
        )
    )
    assert event.actor1 is not None and event.actor1.inter == act.REBEL
    assert event.actor2 is not None and event.actor2.inter == act.STATE
    assert event.actor2.text == "the police"


def test_the_named_group_beats_unidentified_militants_as_the_other_side(code) -> None:
    event = _first(
        code(
            "On 31 January, presumed JNIM militants detonated an IED against an army vehicle "
            "in Ingare, Burkina Faso; the soldiers repulsed the attack and killed two militants."
        )
    )
    sides = {a.inter for a in (event.actor1, event.actor2) if a is not None}
    assert sides == {act.STATE, act.REBEL}


def test_a_nameless_fight_elsewhere_faces_an_unidentified_group(code) -> None:
    event = _first(code("On 9 May 2020, an exchange of fire was heard near Gao, Mali."))
    assert event.actor2 is not None and event.actor2.inter == act.POLITICAL_MILITIA


def test_rioters_victims_are_civilians_not_the_crowd_again(code) -> None:
    event = _first(
        code("On 18 December, striking students assaulted two teachers in Saaba, Burkina Faso.")
    )
    assert event.actor1 is not None and event.actor1.inter == act.RIOTERS
    assert event.actor2 is not None and event.actor2.inter == act.CIVILIANS


def test_a_country_closing_a_place_is_no_government_side(code) -> None:
    event = _first(
        code("On 18 December, striking students assaulted two teachers in Saaba, Burkina Faso.")
    )
    assert event.actor2 is not None and not event.actor2.name.startswith("Government")


def test_property_of_a_villager_is_no_side_of_a_riot(code) -> None:
    event = _first(
        code(
            "On 5 May, villagers rioted and destroyed the property of a neighbour in Kaya, "
            "Burkina Faso."
        )
    )
    assert event.actor2 is None or event.actor2.inter != act.CIVILIANS


def test_a_sanctioned_people_stays_the_target_not_the_doer(code) -> None:
    event = _first(
        code(
            "The United States announced on Wednesday it would prohibit all aid to Albanian rebels."
        )
    )
    target = event.plover.target
    assert target is None or target.country_iso != "US"
