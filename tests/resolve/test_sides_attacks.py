"""Sides of attacks: the doer and the civilians or things hit, targets out of combat, doers
the parse missed or misread."""

from __future__ import annotations

from dateline.models import Evidence, Mention
from dateline.resolve.actors import choose_sides
from dateline.vocabulary import naming as act
from dateline.vocabulary.naming import CIVILIANS, REBEL, STATE
from dateline.vocabulary.taxonomy import KINDS
from tests.resolve.sides import chosen_sides, first_event, lead_sides


def _span(sentence: str, words: str, field: str = "actor") -> Evidence:
    start = sentence.index(words)
    return Evidence(field, words, start, start + len(words))


def test_an_attack_on_a_village_targets_civilians(nlp) -> None:
    (kind, actor1, actor2), _ = lead_sides(
        nlp, "Armed militants attacked the village of Basse.", "BF"
    )
    assert kind.sub_event_type == "Attack"
    assert actor1.inter == 3
    assert actor2.name == "Civilians (Burkina Faso)"


def test_default_civilian_target_keeps_the_victim_phrase(nlp) -> None:
    (_, _, actor2), _ = lead_sides(
        nlp, "Gunmen stormed a bakery in the town, killing two people.", "BF"
    )
    assert actor2 is not None and actor2.name.startswith("Civilians")
    assert actor2.text in ("a bakery", "two people")


def test_a_country_closing_a_place_is_no_government_side(code) -> None:
    event = first_event(
        code("On 18 December, striking students assaulted two teachers in Saaba, Burkina Faso.")
    )
    assert event.actor2 is not None and not event.actor2.name.startswith("Government")


def test_anonymous_attackers_are_an_armed_group(code) -> None:
    event = first_event(code("Unknown individuals shot dead a trader in Kaya, Burkina Faso."))
    assert event.actor1 is not None and event.actor1.inter == act.POLITICAL_MILITIA
    assert event.actor2 is not None and event.actor2.inter == act.CIVILIANS


def test_missing_victim_is_not_the_doer(code) -> None:
    event = first_event(
        code("A farmer went missing and was found murdered near Kaya, Burkina Faso, on Monday.")
    )
    assert event.actor1 is None or event.actor1.inter != act.CIVILIANS


def test_ethnic_victims_belong_where_they_live(code) -> None:
    event = first_event(code("Serb forces killed three ethnic Albanians in a gunbattle in Serbia."))
    assert event.actor2 is not None and event.actor2.country_iso == "RS"


def test_vehicle_that_struck_a_mine_is_the_target(code) -> None:
    event = first_event(
        code("On Monday, an army vehicle struck an IED near Kidal, Mali, wounding two soldiers.")
    )
    assert event.actor1 is None or event.actor1.inter != act.STATE
    assert event.actor2 is not None and event.actor2.inter == act.STATE


def test_a_gendarme_who_shot_a_man_is_the_doer(nlp) -> None:
    _, actor1, _ = chosen_sides(nlp, "A gendarme shot and killed a motorcyclist in the town.", "CM")
    assert actor1 is not None and actor1.inter == STATE and actor1.name.startswith("Police")


def test_a_device_set_off_against_troops_targets_the_military(nlp) -> None:
    _, _, actor2 = chosen_sides(nlp, "Militants detonated an IED against a military convoy.", "BF")
    assert actor2 is not None and actor2.inter == STATE


def test_a_group_named_before_the_verb_is_the_doer_though_parsed_as_object(nlp) -> None:
    kind, actor1, actor2 = chosen_sides(
        nlp, "Presumed Boko Haram militants executed a trader.", "NG"
    )
    assert actor1 is not None and actor1.name.startswith("Boko Haram")
    assert actor2 is not None and actor2.inter == CIVILIANS
    assert kind.sub_event_type == "Attack"


def test_an_off_duty_soldier_shot_dead_is_a_civilian_target(nlp) -> None:
    kind, _, actor2 = chosen_sides(nlp, "Gunmen shot dead an off-duty soldier near his home.", "NG")
    assert kind.sub_event_type == "Attack"
    assert actor2 is not None and actor2.inter == CIVILIANS


def test_a_retired_policeman_killed_is_a_civilian_target(nlp) -> None:
    kind, _, actor2 = chosen_sides(nlp, "Gunmen killed a retired police officer in the town.", "NG")
    assert kind.sub_event_type == "Attack"
    assert actor2 is not None and actor2.inter == CIVILIANS


def test_civilians_alone_among_the_dead_stay_an_attack(nlp) -> None:
    kind, _, actor2 = chosen_sides(
        nlp, "Militants attacked a village, killing ten civilians.", "NG"
    )
    assert kind.sub_event_type == "Attack"
    assert actor2 is not None and actor2.inter == CIVILIANS


def test_a_misparsed_object_before_an_active_verb_is_the_doer() -> None:
    sentence = "Presumed ISWAP militants executed a merchant."
    lead = Mention(
        trigger=_span(sentence, "executed", "trigger"),
        sentence=Evidence("sentence", sentence, 0, len(sentence)),
        event_type="Violence against civilians",
        sub_event_type="Attack",
        disorder_type="Political violence",
        patient=_span(sentence, "a merchant"),
        objects=[_span(sentence, "ISWAP militants"), _span(sentence, "a merchant")],
    )
    kind = KINDS["attack"]
    kind, actor1, actor2 = choose_sides([lead], lead, kind, "NG")
    assert actor1 is not None and actor1.inter == REBEL and actor1.text == "ISWAP militants"
    assert actor2 is not None and actor2.inter == CIVILIANS


def test_a_passive_subject_before_the_verb_is_no_doer() -> None:
    sentence = "ISWAP militants were killed by a merchant."
    lead = Mention(
        trigger=_span(sentence, "killed", "trigger"),
        sentence=Evidence("sentence", sentence, 0, len(sentence)),
        event_type="Violence against civilians",
        sub_event_type="Attack",
        disorder_type="Political violence",
        patient=_span(sentence, "a merchant"),
        objects=[_span(sentence, "ISWAP militants")],
    )
    _, actor1, _ = choose_sides([lead], lead, KINDS["attack"], "NG")
    assert actor1 is None or actor1.text != "ISWAP militants"


def test_rockets_fired_against_a_military_base_target_the_forces(nlp) -> None:
    _, _, actor2 = chosen_sides(
        nlp, "Militants fired rockets against a Nigerian military base.", "NG"
    )
    assert actor2 is not None and actor2.inter == STATE


def test_forces_named_before_an_unparsed_verb_are_the_doers() -> None:
    sentence = "On Monday, presumed soldiers detained and tortured a villager."
    lead = Mention(
        trigger=_span(sentence, "tortured", "trigger"),
        sentence=Evidence("sentence", sentence, 0, len(sentence)),
        event_type="Violence against civilians",
        sub_event_type="Attack",
        disorder_type="Political violence",
        patient=_span(sentence, "a villager"),
        objects=[_span(sentence, "a villager")],
    )
    _, actor1, actor2 = choose_sides([lead], lead, KINDS["attack"], "MM")
    assert actor1 is not None and actor1.inter == STATE
    assert actor2 is not None and actor2.inter == CIVILIANS


def test_forces_named_after_the_verb_are_no_doers() -> None:
    sentence = "A man was shot dead near a police station."
    lead = Mention(
        trigger=_span(sentence, "shot", "trigger"),
        sentence=Evidence("sentence", sentence, 0, len(sentence)),
        event_type="Violence against civilians",
        sub_event_type="Attack",
        disorder_type="Political violence",
    )
    _, actor1, _ = choose_sides([lead], lead, KINDS["attack"], "MM")
    assert actor1 is None or actor1.inter != STATE


def test_men_in_military_uniforms_are_not_the_forces() -> None:
    sentence = "Men in military uniforms broke into a house and shot dead two men."
    lead = Mention(
        trigger=_span(sentence, "shot", "trigger"),
        sentence=Evidence("sentence", sentence, 0, len(sentence)),
        event_type="Violence against civilians",
        sub_event_type="Attack",
        disorder_type="Political violence",
        patient=_span(sentence, "two men"),
    )
    _, actor1, _ = choose_sides([lead], lead, KINDS["attack"], "HN")
    assert actor1 is None or actor1.inter != STATE


def test_a_person_affiliated_with_a_named_group_stands_for_it(nlp) -> None:
    _, actor1, _ = chosen_sides(
        nlp,
        "John Smith, affiliated with the River Defence Front (RDF), planted a bomb at a sawmill.",
        "US",
    )
    assert actor1 is not None and actor1.name.startswith("River Defence Front")


def test_forces_that_were_hit_are_never_the_doer(nlp) -> None:
    _, actor1, _ = chosen_sides(
        nlp, "A roadside bomb exploded near a military convoy in Gao.", "ML"
    )
    assert actor1 is None or actor1.inter != 1
