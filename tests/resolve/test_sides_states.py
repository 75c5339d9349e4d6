"""Sides of states: governments, leaders, threats and sanctions (PLOVER's target), forces at
home or abroad, measures only a government takes."""

from __future__ import annotations

from dateline.vocabulary import naming as act
from tests.resolve.sides import chosen_sides, first_event, lead_sides, sides_and_mentions


def test_foreign_forces_are_external(nlp) -> None:
    (_, actor1, _), _ = lead_sides(
        nlp, "French soldiers clashed with militants near the border.", "BF"
    )
    assert (actor1.name, actor1.inter) == ("Military Forces of France", 8)


def test_forces_moved_in_a_passive_sentence_are_the_doers(code) -> None:
    event = first_event(
        code(
            "Movement of forces: On 6 May, a new military column carrying equipment was sent "
            "to the base near Kaya, Burkina Faso."
        )
    )
    assert event.actor1 is not None and event.actor1.inter == act.STATE
    assert event.actor2 is None


def test_a_sanctioned_people_stays_the_target_not_the_doer(code) -> None:
    event = first_event(
        code(
            "The United States announced on Wednesday it would prohibit all aid to Albanian rebels."
        )
    )
    target = event.plover.target
    assert target is None or target.country_iso != "US"


def test_a_leader_by_title_alone_does_not_take_the_targets_country(nlp) -> None:
    _, actor1, actor2, _ = sides_and_mentions(
        nlp, "President Smith has threatened further action against Russia on Monday.", "RU"
    )
    assert actor1 is not None and actor1.country_iso is None
    assert actor2 is not None and actor2.country_iso == "RU"


def test_reporting_clause_names_no_target(code) -> None:
    result = code("Workers went on strike in Lyon over pension cuts, German officials said.")
    target = result.events[0].plover.target if result.events else None
    assert target is None or target.country_iso != "DE"


def test_curfew_imposed_is_the_government(code) -> None:
    event = first_event(
        code("A curfew was imposed in the town of Djibo, Burkina Faso, after the attacks.")
    )
    assert event.actor1 is not None and event.actor1.name == "Government of Burkina Faso"


def test_regained_territory_is_the_state(code) -> None:
    event = first_event(code("Army forces recaptured the town of Tessit, Mali, from militants."))
    if event.sub_event_type == "Government regains territory":
        assert event.actor1 is not None and event.actor1.inter == act.STATE


def test_titled_leader_takes_the_named_state(code) -> None:
    event = first_event(code("President Kagame threatened to ban Rwandan opposition parties."))
    assert event.actor1 is not None and event.actor1.country_iso == "RW"


def test_titled_leader_is_not_the_target_state(code) -> None:
    event = first_event(code("President Smith threatened further action against Russia."))
    assert event.actor1 is None or event.actor1.country_iso != "RU"


def test_government_mobilising_its_forces_targets_the_named_state(code) -> None:
    event = first_event(code("Britain mobilized army reservists for a possible war against Iraq."))
    target = event.plover.target
    assert target is not None and target.country_iso == "IQ"


def test_reporters_state_is_not_the_pressed_state(code) -> None:
    event = first_event(
        code(
            "In Jericho, Palestinian police confiscated weapons from Palestinian armed "
            "groups, the Israeli army said Friday."
        )
    )
    target = event.plover.target
    assert target is None or target.country_iso != "IL"


def test_a_threat_is_aimed_at_the_other_state_named(nlp) -> None:
    _, actor1, actor2 = chosen_sides(nlp, "Peru threatened to close its border with Ecuador.", "PE")
    assert actor1 is not None and actor1.country_iso == "PE"
    assert actor2 is not None and actor2.country_iso == "EC"


def test_a_pronoun_doer_of_a_reported_act_is_the_speaker(nlp) -> None:
    _, actor1, _ = chosen_sides(nlp, "The army said it killed ten militants in the forest.", "NG")
    assert actor1 is not None and actor1.name == "Military Forces of Nigeria"
