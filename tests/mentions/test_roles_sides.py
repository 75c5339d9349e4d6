"""Agent and patient read off the parse: passive 'by', 'against', 'clashed with', targeting,
reduced passives, time phrases that are no target."""

from __future__ import annotations

import pytest

from dateline.mentions.roles import find_roles, object_phrases, subject_phrases


def roles(nlp, text: str, word: str) -> tuple[str | None, str | None]:
    doc = nlp(text)
    token = next(t for t in doc if t.lower_.startswith(word))
    agent, patient = find_roles(doc[token.i : token.i + 1])
    return (agent.text if agent else None, patient.text if patient else None)


def _roles(nlp, text: str, verb: str):
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == verb)
    return find_roles(doc[token.i : token.i + 1])


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


def test_a_leading_date_is_not_the_target(nlp) -> None:
    doc = nlp("On 8 May, soldiers fired on the positions of the rebels near the town.")
    token = next(t for t in doc if t.lower_ == "fired")
    agent, patient = find_roles(doc[token.i : token.i + 1])
    assert agent is not None and agent.text == "soldiers"
    assert patient is not None and "positions" in patient.text


def test_reduced_passive_subject_is_the_target(nlp) -> None:
    agent, patient = _roles(
        nlp, "The village chief, Ali Musa attacked on Sunday by bandits.", "attacked"
    )
    assert agent is not None and agent.text == "bandits"
    assert patient is not None and "chief" in patient.text


def test_active_verb_with_object_keeps_its_subject(nlp) -> None:
    agent, _ = _roles(nlp, "Soldiers took the town by force on Monday.", "took")
    assert agent is not None and agent.text == "Soldiers"


def test_a_doer_before_a_misread_past_tense_is_the_agent(nlp) -> None:
    text = "A gendarme shot and killed a motorcyclist near the market on Monday."
    for word in ("shot", "killed"):
        agent, patient = _roles(nlp, text, word)
        assert agent is not None and agent.text.endswith("gendarme"), word
        assert patient is not None and patient.text.endswith("motorcyclist"), word


def test_an_act_noun_with_its_own_doer_is_unchanged(nlp) -> None:
    agent, _ = _roles(nlp, "A police shooting killed two men in the town.", "killed")
    assert agent is not None and "shooting" in agent.text


def test_a_detonated_device_is_the_means_not_the_target(nlp) -> None:
    text = "Militants detonated an IED against a military convoy near the town."
    agent, patient = _roles(nlp, text, "detonated")
    assert agent is not None and agent.text == "Militants"
    assert patient is not None and patient.text == "a military convoy"


def test_a_bare_word_before_a_conjoined_verb_is_not_its_doer(nlp) -> None:
    text = "The army arrested and summary executed five traders at the market."
    agent, _ = _roles(nlp, text, "executed")
    assert agent is not None and agent.text == "The army"


def test_a_conjoined_verb_keeps_its_own_plural_subject(nlp) -> None:
    text = "Police detained the suspects, and soldiers burned their houses."
    agent, _ = _roles(nlp, text, "burned")
    assert agent is not None and agent.text == "soldiers"
