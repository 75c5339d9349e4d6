"""Clashes: two armed, organised sides make a battle; a crowd fighting the police or the
army is a riot (ACLED codebook: "Battles", "Riots"). Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from dateline.models import Article
from dateline.pipeline import Pipeline
from tests.mentions.asserted import first_sub_type


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of students clashed with the gendarmes near the campus on Monday.",
        "A clash erupted between police and shopkeepers in the market after the lockdown.",
        "Clashes between street vendors and police officers broke out near the bus station.",
    ],
)
def test_a_crowd_clashing_with_the_forces_is_mob_violence(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) == "Mob violence"


def test_protesters_skirmishing_with_the_forces_is_a_violent_demonstration(nlp) -> None:
    text = "A man was killed in a skirmish between protesters and security forces in the town."
    assert first_sub_type(nlp, text) == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers clashed with militants near the town on Sunday, killing five.",
        "Militiamen and villagers clashed over a field, leaving three people dead.",
        "Troops clashed with a local self-defence group near the market.",
    ],
)
def test_a_clash_with_an_organised_armed_side_stays_a_battle(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        # civilians hurt in the crossfire of a stated fight do not make it an attack on them
        "On 4 May 2020, the army engaged in a firefight with rebels at the market in the town."
        " Two civilians were shot and injured.",
        "On 4 May 2020, four police officers clashed with insurgents in a village."
        " A villager was detained by the police after the clash.",
    ],
)
def test_a_stated_fight_with_civilians_hurt_stays_an_armed_clash(
    pipeline: Pipeline, text: str
) -> None:
    article = Article(id="t", text=text, published=datetime.datetime(2020, 5, 5))
    events = next(iter(pipeline.run([article]))).events
    assert events[0].sub_event_type == "Armed clash"
    assert events[0].actor2 is None or events[0].actor2.name != "Civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Residents pelted stones at police officers enforcing the curfew in the old town.",
        "Youths threw stones at a passing patrol near the bus station on Friday.",
    ],
)
def test_stones_thrown_with_no_demonstration_named_are_mob_violence(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) == "Mob violence"


def test_stones_thrown_by_protesters_are_a_violent_demonstration(nlp) -> None:
    text = "Protesters threw stones at the police during a march against fuel prices."
    assert first_sub_type(nlp, text) == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "Women attacked a trader accused of theft with sticks, leaving him badly injured.",
        "Four council employees attacked a journalist at his house over a post online.",
    ],
)
def test_ordinary_people_attacking_someone_are_mob_violence(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) == "Mob violence"


def test_militants_abducting_militiamen_is_a_battle(nlp) -> None:
    text = "Suspected militants abducted two militiamen at their homes in the village."
    assert first_sub_type(nlp, text) == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Suspected militants abducted two teachers at their homes in the village.",
        "Gunmen abducted a civilian forest guard near the village.",
    ],
)
def test_militants_abducting_unarmed_people_is_an_abduction(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2020, two ethnic militias clashed over farmland in three villages."
        " Four people were killed and many houses were burnt.",
        "On 2 May 2020, one person was killed in an intercommunal conflict between two"
        " ethnic militias over grazing land near the town.",
    ],
)
def test_a_fight_between_militias_with_people_killed_stays_an_armed_clash(
    pipeline: Pipeline, text: str
) -> None:
    article = Article(id="t", text=text, published=datetime.datetime(2020, 5, 5))
    events = next(iter(pipeline.run([article]))).events
    assert events[0].sub_event_type == "Armed clash"


def test_soldiers_clashing_with_villagers_keeps_the_villagers_as_the_other_side(
    pipeline: Pipeline,
) -> None:
    text = "On 2 May 2020, soldiers clashed with villagers in the district."
    article = Article(id="t", text=text, published=datetime.datetime(2020, 5, 5))
    events = next(iter(pipeline.run([article]))).events
    assert events[0].actor2 is not None and events[0].actor2.name == "Civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Government forces thwarted a pro-rebel incursion on the front line, killing several.",
        "Police and army units in an encounter with militants in the valley killed two.",
    ],
)
def test_an_attack_repelled_or_an_encounter_with_militants_is_an_armed_clash(
    nlp, text: str
) -> None:
    assert first_sub_type(nlp, text) == "Armed clash"


def test_a_fight_with_militants_killing_their_commander_stays_an_armed_clash(
    pipeline: Pipeline,
) -> None:
    text = (
        "On 29 April 2020, police and army units in an encounter with militants in the town"
        " killed the chief commander of the group."
    )
    article = Article(id="t", text=text, published=datetime.datetime(2020, 5, 5))
    events = next(iter(pipeline.run([article]))).events
    assert events[0].sub_event_type == "Armed clash"


def test_inhabitants_fighting_herders_are_communal_militias_in_an_armed_clash(
    pipeline: Pipeline,
) -> None:
    text = "On 11 July 2020, inhabitants fought herders after cattle damaged a field. One killed."
    article = Article(id="t", text=text, published=datetime.datetime(2020, 7, 12))
    events = next(iter(pipeline.run([article]))).events
    assert events[0].sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Militants beat several shopkeepers and abducted two of them in the village.",
        "Gunmen shot and wounded a trader and abducted him near the market.",
    ],
)
def test_people_abducted_and_beaten_or_shot_are_an_attack(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) == "Attack"
