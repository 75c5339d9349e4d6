"""Round 5 roles: a passive written without its auxiliary keeps its "by" doer."""

from __future__ import annotations

from dateline.mentions.roles import find_roles


def _roles(nlp, text: str, verb: str):
    doc = nlp(text)
    token = next(t for t in doc if t.lower_ == verb)
    return find_roles(doc[token.i : token.i + 1])


def test_reduced_passive_subject_is_the_target(nlp) -> None:
    agent, patient = _roles(
        nlp, "The village chief, Ali Musa attacked on Sunday by bandits.", "attacked"
    )
    assert agent is not None and agent.text == "bandits"
    assert patient is not None and "chief" in patient.text


def test_active_verb_with_object_keeps_its_subject(nlp) -> None:
    agent, _ = _roles(nlp, "Soldiers took the town by force on Monday.", "took")
    assert agent is not None and agent.text == "Soldiers"
