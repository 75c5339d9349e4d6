"""A time phrase is no target: "On 8 May, troops fired on ..." reads the later phrase."""

from __future__ import annotations

from dateline.mentions.roles import find_roles


def test_a_leading_date_is_not_the_target(nlp) -> None:
    doc = nlp("On 8 May, soldiers fired on the positions of the rebels near the town.")
    token = next(t for t in doc if t.lower_ == "fired")
    agent, patient = find_roles(doc[token.i : token.i + 1])
    assert agent is not None and agent.text == "soldiers"
    assert patient is not None and "positions" in patient.text
