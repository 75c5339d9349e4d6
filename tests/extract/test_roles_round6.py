"""Round 6 roles: a past-tense verb tagged as a noun, and devices set off against a target."""

from __future__ import annotations

from dateline.mentions.roles import find_roles


def _roles(nlp, text: str, word: str):
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == word)
    return find_roles(doc[token.i : token.i + 1])


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
