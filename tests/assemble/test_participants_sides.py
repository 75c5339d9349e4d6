"""Sides the parse alone misses: communal fights, affiliations, aimed fire, pressure."""

from __future__ import annotations

from tests.assemble.sides import lead_sides


def sides(nlp, text: str, country: str | None):
    return lead_sides(nlp, text, country)[0]


def test_civilians_fighting_each_other_are_communal_militias(nlp) -> None:
    _, actor1, actor2 = sides(nlp, "Herders clashed with farmers near the village on Monday.", "NG")
    assert actor1 is not None and actor2 is not None
    assert (actor1.inter, actor2.inter) == (4, 4)


def test_soldiers_fighting_villagers_do_not_make_villagers_a_militia(nlp) -> None:
    _, actor1, actor2 = sides(nlp, "Soldiers clashed with villagers in the district.", "NG")
    assert actor1.inter == 1 and (actor2 is None or actor2.inter == 7)


def test_a_person_affiliated_with_a_named_group_stands_for_it(nlp) -> None:
    _, actor1, _ = sides(
        nlp,
        "John Smith, affiliated with the River Defence Front (RDF), planted a bomb at a sawmill.",
        "US",
    )
    assert actor1 is not None and actor1.name.startswith("River Defence Front")


def test_fire_aimed_at_positions_targets_their_holders(nlp) -> None:
    _, _, actor2 = sides(
        nlp, "Government troops fired mortars at the positions of the Lakeside Brigade.", "CD"
    )
    assert actor2 is not None and actor2.name == "Lakeside Brigade"


def test_a_clash_with_a_group_makes_it_the_other_side(nlp) -> None:
    _, _, actor2 = sides(nlp, "Soldiers were wounded in a clash with Al Shabaab near Afgoye.", "SO")
    assert actor2 is not None and actor2.name == "Al Shabaab"


def test_a_threat_is_aimed_at_the_other_state_named(nlp) -> None:
    _, actor1, actor2 = sides(nlp, "Peru threatened to close its border with Ecuador.", "PE")
    assert actor1 is not None and actor1.country_iso == "PE"
    assert actor2 is not None and actor2.country_iso == "EC"


def test_a_pronoun_doer_of_a_reported_act_is_the_speaker(nlp) -> None:
    _, actor1, _ = sides(nlp, "The army said it killed ten militants in the forest.", "NG")
    assert actor1 is not None and actor1.name == "Military Forces of Nigeria"


def test_forces_a_battle_sentence_names_act_when_the_parse_finds_no_doer(nlp) -> None:
    _, actor1, actor2 = sides(nlp, "Military forces dislodge Al Shabaab from two villages.", "SO")
    assert actor1 is not None and actor1.name == "Military Forces of Somalia"
    assert actor2 is not None and actor2.name == "Al Shabaab"


def test_forces_that_were_hit_are_never_the_doer(nlp) -> None:
    _, actor1, _ = sides(nlp, "A roadside bomb exploded near a military convoy in Gao.", "ML")
    assert actor1 is None or actor1.inter != 1
