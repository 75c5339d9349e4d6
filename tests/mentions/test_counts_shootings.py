"""People hit by gunfire in one sentence: "was shot", "shot him", "struck by a bullet",
"a gunshot wound", "N were shot, one fatally"; fired-at and shot-down are no hits."""

from __future__ import annotations

import pytest

from dateline.mentions.counts import find_counts


def counts(nlp, text: str) -> dict[str, int | None]:
    sent = next(nlp(text).sents)
    return {field: count.best for field, (count, _) in find_counts(sent).items()}


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("A 19-year-old man was shot in the leg on Friday night.", 1),
        ("Three teenagers were shot outside a corner store.", 3),
        ("The girl accidentally shot herself with her father's pistol.", 1),
        ("A stray bullet struck the boy in the shoulder.", 1),
        ("A woman was struck by a bullet while sitting on her porch.", 1),
        ("Two bystanders were grazed by the gunfire.", 2),
        ("Deputies found two men with gunshot wounds behind the bar.", 2),
        ("Officers found three people suffering from gunshot wounds.", 3),
        ("MIDTOWN — Two brothers were shot while walking home, police said.", 2),
    ],
)
def test_people_hit_by_gunfire_are_counted(nlp, text, hit):
    assert counts(nlp, text).get("shot") == hit


@pytest.mark.parametrize(
    "text",
    [
        "The suspect shot at officers before fleeing.",
        "The man was shot at but was not hit.",
        "The gunman shot out the windows of the store.",
        "Several parked cars were struck by gunfire.",
        "Police are investigating a shooting on Elm Street.",
    ],
)
def test_firing_with_no_person_hit_counts_no_one(nlp, text):
    assert not counts(nlp, text).get("shot")


def test_shot_and_one_fatally_splits_the_dead_from_the_hit(nlp):
    found = counts(nlp, "Four men were shot, one fatally, outside a nightclub on Sunday.")
    assert found["shot"] == 4
    assert found["fatalities"] == 1


def test_fatally_shot_is_a_death(nlp):
    assert counts(nlp, "A 24-year-old man was fatally shot on Main Street.")["fatalities"] == 1


def test_shot_and_killed_shares_its_object(nlp):
    found = counts(nlp, "A gunman shot and killed a clerk during the robbery.")
    assert found["fatalities"] == 1
    assert found["shot"] == 1


def test_several_gunshot_wounds_are_one_persons(nlp):
    assert counts(nlp, "He suffered three gunshot wounds to the chest.")["shot"] == 1


def test_headline_participle_names_the_victim(nlp):
    assert counts(nlp, "Teen shot dead by neighbor in Tacoma\n\nMore news.")["fatalities"] == 1


def test_body_found_dead_counts(nlp):
    assert counts(nlp, "Officers found the teenager dead inside the garage.")["fatalities"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "He was taken to the hospital, where he died.",
        "The victims were taken to a hospital where they died.",
    ],
)
def test_care_ending_in_death_is_no_injury(nlp, text):
    found = counts(nlp, text)
    assert found.get("fatalities")
    assert not found.get("injuries")


def test_care_of_others_beside_the_dead_is_an_injury(nlp):
    found = counts(nlp, "Two people were killed and three were taken to hospital.")
    assert found == {"fatalities": 2, "injuries": 3}


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Police said the father of five was killed in the shooting.", 1),
        ("A man was found dead in the 9600 block of South Halsted.", 1),
        ("A 9-yr-old boy was shot and killed on Monday.", 1),
    ],
)
def test_kin_addresses_and_ages_are_no_counts(nlp, text, dead):
    assert counts(nlp, text)["fatalities"] == dead
