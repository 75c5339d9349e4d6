"""Sides of battles: two armed sides, who attacked and who repelled, the other side when the
parse finds none or an unnamed one, fire at positions."""

from __future__ import annotations

from dataclasses import replace

from dateline.models import Actor, Evidence, Mention
from dateline.resolve.actors.opponents import _group_referred_to
from dateline.vocabulary import naming as act
from dateline.vocabulary.naming import POLITICAL_MILITIA, REBEL, STATE
from tests.resolve.sides import chosen_sides, first_event, lead_sides, sides_and_mentions


def _span(sentence: str, words: str, field: str = "actor") -> Evidence:
    start = sentence.index(words)
    return Evidence(field, words, start, start + len(words))


def test_two_armed_sides_make_a_battle(nlp) -> None:
    (kind, actor1, actor2), _ = lead_sides(nlp, "Soldiers clashed with rebels near the town.", "BF")
    assert kind.event_type == "Battles"
    assert actor1.name == "Military Forces of Burkina Faso"
    assert actor2.name == "Unidentified Armed Group (Burkina Faso)"


def test_conjoined_named_groups_that_clash_are_both_sides(nlp) -> None:
    (kind, actor1, actor2), _ = lead_sides(
        nlp, "JNIM and ISGS militants clashed in the area.", "BF"
    )
    assert kind.sub_event_type == "Armed clash"
    assert actor1.name.startswith("JNIM")
    assert actor2 is not None and actor2.name == "Islamic State (Greater Sahara)"


def test_rival_factions_of_one_state_are_both_state_forces(code) -> None:
    event = first_event(
        code("On 3 May, GNA and LNA forces clashed near the airport in Tripoli, Libya.")
    )
    assert event.actor1 is not None and event.actor1.inter == act.STATE
    assert event.actor2 is not None and event.actor2.inter == act.STATE


def test_faction_named_as_the_object_is_the_other_side(code) -> None:
    event = first_event(code("On 3 May, LNA forces clashed with GNA forces in Tripoli, Libya."))
    assert event.actor2 is not None and event.actor2.inter == act.STATE
    assert event.actor2.text == "GNA forces"


def test_a_clash_with_one_named_side_gets_an_unidentified_armed_group(code) -> None:
    event = first_event(
        code("On 3 May, the army clashed near Kaya, Burkina Faso. Two soldiers died.")
    )
    assert event.sub_event_type == "Armed clash"
    assert event.actor2 is not None and event.actor2.inter == act.POLITICAL_MILITIA


def test_soldiers_of_one_army_are_not_rival_factions(code) -> None:
    event = first_event(
        code("On 3 May, the army clashed near Kaya, Burkina Faso. Two soldiers died.")
    )
    assert event.actor2 is not None and event.actor2.inter != act.STATE


def test_fire_at_governmental_positions_targets_the_state(code) -> None:
    event = first_event(
        code("On 9 May, rebel forces fired mortars at the governmental positions near Donetsk.")
    )
    assert event.actor2 is not None and event.actor2.inter == act.STATE


def test_fire_at_a_named_armys_bases_targets_that_army(code) -> None:
    event = first_event(
        code("On 9 May, Al Shabaab fired mortars at Somali army bases near Afgoye.")
    )
    assert event.actor2 is not None and event.actor2.country_iso == "SO"
    assert event.actor2.inter == act.STATE


def test_attackers_referred_back_to_are_the_groups_own_men(code) -> None:
    event = first_event(
        code(
            "On 12 April, presumed JNIM militants attacked the police station in Essakane, "
            "Burkina Faso, and the assailants were repelled."
        )
    )
    assert event.actor1 is not None and event.actor1.inter == act.REBEL
    assert event.actor2 is not None and event.actor2.inter == act.STATE
    assert event.actor2.text == "the police"


def test_the_named_group_beats_unidentified_militants_as_the_other_side(code) -> None:
    event = first_event(
        code(
            "On 31 January, presumed JNIM militants detonated an IED against an army vehicle "
            "in Ingare, Burkina Faso; the soldiers repulsed the attack and killed two militants."
        )
    )
    sides = {a.inter for a in (event.actor1, event.actor2) if a is not None}
    assert sides == {act.STATE, act.REBEL}


def test_a_nameless_fight_elsewhere_faces_an_unidentified_group(code) -> None:
    event = first_event(code("On 9 May 2020, an exchange of fire was heard near Gao, Mali."))
    assert event.actor2 is not None and event.actor2.inter == act.POLITICAL_MILITIA


def test_fire_on_an_armys_positions_is_a_battle(nlp) -> None:
    kind, actor1, actor2, _ = sides_and_mentions(
        nlp, "On 8 May, Armenian soldiers fired on the positions of the Azerbaijani army.", "AZ"
    )
    assert kind.sub_event_type == "Armed clash"
    assert actor1.inter == act.EXTERNAL and actor2 is not None and actor2.inter == act.STATE


def test_an_attack_on_a_police_post_is_a_battle(nlp) -> None:
    kind, _, actor2, _ = sides_and_mentions(
        nlp, "Unknown gunmen attacked a police post in the town.", "BF"
    )
    assert kind.sub_event_type == "Armed clash"
    assert actor2 is not None and actor2.inter == act.STATE


def test_defenders_who_repulse_an_attack_are_the_other_side(nlp) -> None:
    kind, actor1, actor2, _ = sides_and_mentions(
        nlp, "Local defence groups repulsed an attack by gunmen on the village.", "BF"
    )
    assert kind.sub_event_type == "Armed clash"
    assert {actor1.inter, actor2.inter} == {act.IDENTITY_MILITIA, act.POLITICAL_MILITIA}


def test_a_thwarted_rebel_attack_keeps_an_armed_opponent(nlp) -> None:
    kind, actor1, actor2, _ = sides_and_mentions(
        nlp, "Government forces thwarted a rebel attack on the front near the town.", "YE"
    )
    assert kind.sub_event_type == "Armed clash"
    assert actor1.inter == act.STATE and actor2 is not None
    assert actor2.inter == act.POLITICAL_MILITIA


def test_nameless_shelling_is_the_state_forces(code) -> None:
    event = first_event(
        code("Artillery shelling hit the outskirts of Avdiivka, Ukraine, on Monday.")
    )
    assert event.actor1 is not None and event.actor1.inter == act.STATE
    assert event.actor2 is None  # the place after the comma is not Ukraine's forces


def test_unknown_party_stays_unidentified(code) -> None:
    event = first_event(code("Heavy artillery fire by an unknown party hit Avdiivka, Ukraine."))
    assert event.actor1 is not None and event.actor1.inter == act.POLITICAL_MILITIA


def test_positions_fired_at_are_the_target(code) -> None:
    event = first_event(
        code("Ukrainian forces fired mortars at the positions of the Luhansk People's Militia.")
    )
    assert event.actor2 is not None and event.actor2.inter == act.REBEL


def test_forces_that_repelled_an_attack_by_a_group_are_its_second_side(nlp) -> None:
    _, actor1, actor2 = chosen_sides(
        nlp, "Afghan soldiers repelled an attack by Taliban militants near the town.", "AF"
    )
    assert actor1 is not None and actor1.name == "Taliban"
    assert actor2 is not None and actor2.inter == STATE


def test_attackers_named_before_the_forces_repelled_them_come_first(nlp) -> None:
    _, actor1, actor2 = chosen_sides(
        nlp,
        "Suspected JNIM militants tried to attack a school, gendarmes repelled the attack.",
        "BF",
    )
    assert actor1 is not None and actor1.name.startswith("JNIM")
    assert actor2 is not None and actor2.inter == STATE


def test_forces_that_repelled_an_attack_named_by_its_modifier_stay_first(nlp) -> None:
    _, actor1, actor2 = chosen_sides(
        nlp, "Government forces repelled an al Shabaab attack on the town.", "SO"
    )
    assert actor1 is not None and actor1.inter == STATE
    assert actor2 is not None and actor2.name == "Al Shabaab"


def test_attackers_told_before_the_defence_are_actor1(nlp) -> None:
    kind, actor1, actor2 = chosen_sides(
        nlp,
        "Boko Haram militants tried to storm a village, but soldiers repelled the attack.",
        "NG",
    )
    assert kind.event_type == "Battles"
    assert actor1 is not None and actor1.name.startswith("Boko Haram")
    assert actor2 is not None and actor2.inter == STATE


def test_soldiers_among_the_dead_make_a_battle(nlp) -> None:
    kind, _, actor2 = chosen_sides(nlp, "Gunmen killed five people, including two soldiers.", "NG")
    assert kind.sub_event_type == "Armed clash"
    assert actor2 is not None and actor2.inter == STATE


def test_one_group_or_another_is_one_side(nlp) -> None:
    _, actor1, actor2 = chosen_sides(
        nlp, "Boko Haram or ISWAP fighters clashed near the town.", "NG"
    )
    assert actor1 is not None and actor1.inter == REBEL
    assert actor2 is None or actor2.name != "Islamic State West Africa Province"


def test_forces_named_beside_a_groups_fight_are_its_other_side(nlp) -> None:
    kind, actor1, actor2 = chosen_sides(
        nlp, "Militants attacked a school, but soldiers repelled the attack.", "BF"
    )
    assert kind.event_type == "Battles"
    assert actor1 is not None and actor1.inter != STATE
    assert actor2 is not None and actor2.inter == STATE


def test_bare_militants_in_a_sentence_naming_a_group_are_that_group() -> None:
    sentence = "Troops raided an ISGS camp, and two militants were killed."
    lead = Mention(
        trigger=_span(sentence, "raided", "trigger"),
        sentence=Evidence("sentence", sentence, 0, len(sentence)),
        event_type="Battles",
        sub_event_type="Armed clash",
        disorder_type="Political violence",
    )
    unnamed = Actor("Unidentified Armed Group (Mali)", "ML", POLITICAL_MILITIA, "two militants")
    troops = Actor("Military Forces of Mali", "ML", STATE, "Troops")
    found = _group_referred_to(unnamed, troops, [lead])
    assert found is not None and found.name == "Islamic State (Greater Sahara)"
    assert _group_referred_to(replace(unnamed, text="gunmen"), troops, [lead]) is not None
    assert _group_referred_to(replace(unnamed, text="gunmen"), troops, [lead]).inter == 3


def test_fire_aimed_at_positions_targets_their_holders(nlp) -> None:
    _, _, actor2 = chosen_sides(
        nlp, "Government troops fired mortars at the positions of the Lakeside Brigade.", "CD"
    )
    assert actor2 is not None and actor2.name == "Lakeside Brigade"


def test_a_clash_with_a_group_makes_it_the_other_side(nlp) -> None:
    _, _, actor2 = chosen_sides(
        nlp, "Soldiers were wounded in a clash with Al Shabaab near Afgoye.", "SO"
    )
    assert actor2 is not None and actor2.name == "Al Shabaab"


def test_forces_a_battle_sentence_names_act_when_the_parse_finds_no_doer(nlp) -> None:
    _, actor1, actor2 = chosen_sides(
        nlp, "Military forces dislodge Al Shabaab from two villages.", "SO"
    )
    assert actor1 is not None and actor1.name == "Military Forces of Somalia"
    assert actor2 is not None and actor2.name == "Al Shabaab"
