"""Round 5 participants: PLOVER targets beside the doer's own state, ethnic targets at
home, things hit, police who met rioters, stepping in at a protest."""

from __future__ import annotations

from dateline.vocabulary import naming as act


def _first(result):
    assert result.events, "no event found"
    return result.events[0]


def test_government_mobilising_its_forces_targets_the_named_state(code) -> None:
    event = _first(code("Britain mobilized army reservists for a possible war against Iraq."))
    target = event.plover.target
    assert target is not None and target.country_iso == "IQ"


def test_reporters_state_is_not_the_pressed_state(code) -> None:
    event = _first(
        code(
            "In Jericho, Palestinian police confiscated weapons from Palestinian armed "
            "groups, the Israeli army said Friday."
        )
    )
    target = event.plover.target
    assert target is None or target.country_iso != "IL"


def test_ethnic_victims_belong_where_they_live(code) -> None:
    event = _first(code("Serb forces killed three ethnic Albanians in a gunbattle in Serbia."))
    assert event.actor2 is not None and event.actor2.country_iso == "RS"


def test_vehicle_that_struck_a_mine_is_the_target(code) -> None:
    event = _first(
        code("On Monday, an army vehicle struck an IED near Kidal, Mali, wounding two soldiers.")
    )
    assert event.actor1 is None or event.actor1.inter != act.STATE
    assert event.actor2 is not None and event.actor2.inter == act.STATE


def test_police_who_met_rioters_are_the_other_side(code) -> None:
    event = _first(
        code(
            "Four students were injured when rioters burned tyres in Manga, Burkina Faso, "
            "and police fired tear gas to disperse them."
        )
    )
    if event.event_type == "Riots":
        assert event.actor2 is not None and event.actor2.inter == act.STATE


def test_police_intervene_in_present_tense(code) -> None:
    event = _first(code("Miners protest in Kaya, Burkina Faso. Police intervene."))
    assert event.actor2 is not None and event.actor2.inter == act.STATE
