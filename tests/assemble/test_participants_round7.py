"""Round 7 sides: who began a fight, fighters among the victims, targets out of combat."""

from __future__ import annotations

from dataclasses import replace

from dateline.models import Actor, Evidence, Mention
from dateline.resolve.actors import choose_sides
from dateline.resolve.actors.opponents import _group_referred_to
from dateline.vocabulary.naming import CIVILIANS, POLITICAL_MILITIA, REBEL, STATE
from dateline.vocabulary.taxonomy import KINDS
from tests.assemble.sides import lead_sides


def _sides(nlp, text: str, country: str = "NG"):
    return lead_sides(nlp, text, country)[0]


def test_a_group_named_before_the_verb_is_the_doer_though_parsed_as_object(nlp) -> None:
    kind, actor1, actor2 = _sides(nlp, "Presumed Boko Haram militants executed a trader.")
    assert actor1 is not None and actor1.name.startswith("Boko Haram")
    assert actor2 is not None and actor2.inter == CIVILIANS
    assert kind.sub_event_type == "Attack"


def test_attackers_told_before_the_defence_are_actor1(nlp) -> None:
    kind, actor1, actor2 = _sides(
        nlp, "Boko Haram militants tried to storm a village, but soldiers repelled the attack."
    )
    assert kind.event_type == "Battles"
    assert actor1 is not None and actor1.name.startswith("Boko Haram")
    assert actor2 is not None and actor2.inter == STATE


def test_an_off_duty_soldier_shot_dead_is_a_civilian_target(nlp) -> None:
    kind, _, actor2 = _sides(nlp, "Gunmen shot dead an off-duty soldier near his home.")
    assert kind.sub_event_type == "Attack"
    assert actor2 is not None and actor2.inter == CIVILIANS


def test_a_retired_policeman_killed_is_a_civilian_target(nlp) -> None:
    kind, _, actor2 = _sides(nlp, "Gunmen killed a retired police officer in the town.")
    assert kind.sub_event_type == "Attack"
    assert actor2 is not None and actor2.inter == CIVILIANS


def test_soldiers_among_the_dead_make_a_battle(nlp) -> None:
    kind, _, actor2 = _sides(nlp, "Gunmen killed five people, including two soldiers.")
    assert kind.sub_event_type == "Armed clash"
    assert actor2 is not None and actor2.inter == STATE


def test_civilians_alone_among_the_dead_stay_an_attack(nlp) -> None:
    kind, _, actor2 = _sides(nlp, "Militants attacked a village, killing ten civilians.")
    assert kind.sub_event_type == "Attack"
    assert actor2 is not None and actor2.inter == CIVILIANS


def test_one_group_or_another_is_one_side(nlp) -> None:
    _, actor1, actor2 = _sides(nlp, "Boko Haram or ISWAP fighters clashed near the town.", "NG")
    assert actor1 is not None and actor1.inter == REBEL
    assert actor2 is None or actor2.name != "Islamic State West Africa Province"


def _span(sentence: str, words: str, field: str = "actor") -> Evidence:
    start = sentence.index(words)
    return Evidence(field, words, start, start + len(words))


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


def test_forces_named_beside_a_groups_fight_are_its_other_side(nlp) -> None:
    kind, actor1, actor2 = _sides(
        nlp, "Militants attacked a school, but soldiers repelled the attack.", "BF"
    )
    assert kind.event_type == "Battles"
    assert actor1 is not None and actor1.inter != STATE
    assert actor2 is not None and actor2.inter == STATE


def test_rockets_fired_against_a_military_base_target_the_forces(nlp) -> None:
    _, _, actor2 = _sides(nlp, "Militants fired rockets against a Nigerian military base.")
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
