"""An act named only as the backdrop of a clause has no doer in that clause."""

from __future__ import annotations

from dateline.mentions.roles import in_backdrop, subject_phrases


def test_clause_subject_is_not_the_doer_of_a_backdrop_act(nlp) -> None:
    doc = nlp("Following the bombing of the market, the government sent troops to the town.")
    bombing = next(t for t in doc if t.lower_ == "bombing")
    assert in_backdrop(bombing)
    assert subject_phrases(next(doc.sents), doc[bombing.i : bombing.i + 1]) == []


def test_backdrop_keeps_a_doer_named_inside_the_act(nlp) -> None:
    doc = nlp("After the attack by the rebels on the base, the army closed the road.")
    attack = next(t for t in doc if t.lower_ == "attack")
    found = subject_phrases(next(doc.sents), doc[attack.i : attack.i + 1])
    assert [span.text for span in found] == ["the rebels"]


def test_main_clause_act_keeps_its_subject(nlp) -> None:
    doc = nlp("The rebels attacked the base after midnight.")
    attack = next(t for t in doc if t.lower_ == "attacked")
    found = subject_phrases(next(doc.sents), doc[attack.i : attack.i + 1])
    assert [span.text for span in found] == ["The rebels"]
