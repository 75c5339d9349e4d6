"""Agent and patient read off the parse: passive 'by', 'against', 'clashed with', targeting."""

from __future__ import annotations

import pytest

from dateline.mentions.roles import find_roles, object_phrases, subject_phrases


def roles(nlp, text: str, word: str) -> tuple[str | None, str | None]:
    doc = nlp(text)
    token = next(t for t in doc if t.lower_.startswith(word))
    agent, patient = find_roles(doc[token.i : token.i + 1])
    return (agent.text if agent else None, patient.text if patient else None)


@pytest.mark.parametrize(
    ("text", "word", "agent", "patient"),
    [
        ("Soldiers clashed with rebels near the town.", "clashed", "Soldiers", "rebels"),
        ("Gunmen opened fire on a bus, killing five passengers.", "killing",
         "Gunmen", "five passengers"),
        ("Gunmen opened fire on a bus.", "opened", "Gunmen", "a bus"),
        ("The base was shelled by rebel fighters.", "shelled", "rebel fighters", "The base"),
        ("Five civilians were killed in an attack by gunmen on Monday.", "attack",
         "gunmen", "Five civilians"),
        ("An airstrike by French forces was carried out, presumably targeting militants.",
         "airstrike", "French forces", "militants"),
        ("Vietnamese-led forces retook the village.", "retook", "Vietnamese-led forces",
         "the village"),
        ("Volunteer fighters (VDP) attacked the village.", "attacked",
         "Volunteer fighters (VDP)", "the village"),
        ("There was a rocket attack today against US and coalition forces.", "rocket",
         None, "US and coalition forces"),
    ],
)  # fmt: skip
def test_find_roles(nlp, text, word, agent, patient) -> None:
    assert roles(nlp, text, word) == (agent, patient)


def test_reporting_subjects_are_not_actors(nlp) -> None:
    doc = nlp("Two suicide bombers killed 23 people in the market, police said.")
    assert [s.text for s in subject_phrases(doc[:])] == ["Two suicide bombers"]


def test_victims_of_a_small_clause_are_objects(nlp) -> None:
    doc = nlp("Two rockets fired at the base left several US troops badly injured.")
    assert "several US troops" in [o.text for o in object_phrases(doc[:])]
    assert "several US troops" not in [s.text for s in subject_phrases(doc[:])]


def test_the_blamed_are_not_objects(nlp) -> None:
    doc = nlp("The ministry blamed separatist rebels for the bombing.")
    assert [o.text for o in object_phrases(doc[:])] == []


@pytest.mark.parametrize(
    ("text", "word", "agent", "patient"),
    [
        ("Fighting between the army and the rebels forced villagers to flee.", "fighting",
         "the army", "the rebels"),
        ("A clash erupted between police and traders in the city.", "clash", "police",
         "traders"),
    ],
)  # fmt: skip
def test_between_names_both_sides(nlp, text, word, agent, patient) -> None:
    assert roles(nlp, text, word) == (agent, patient)


@pytest.mark.parametrize(
    ("text", "word", "agent", "patient"),
    [
        ("The army's shelling of the village left ten dead.", "shelling", "The army",
         "the village"),
        ("The bombing of the town hall killed two guards.", "bombing", None, "the town hall"),
        ("Two soldiers died when their truck hit a mine.", "died", None, "Two soldiers"),
        ("A guard was shot dead by unknown gunmen.", "shot", "unknown gunmen", "A guard"),
    ],
)  # fmt: skip
def test_victims_of_nouns_and_suffering_verbs(nlp, text, word, agent, patient) -> None:
    assert roles(nlp, text, word) == (agent, patient)
