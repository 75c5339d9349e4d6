"""Sides of shootings that name people: the named shooter stands for actor1 and the named
victims for actor2 and its associates, whichever sentence names them, each on its span."""

from __future__ import annotations

import spacy

from dateline.resolve.actors.cast import cast
from dateline.resolve.actors.rules_people import described_only
from dateline.text.persons import person_names
from dateline.vocabulary import naming as act
from tests.resolve.sides import first_event


def _parts(nlp: spacy.language.Language, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for person in cast(nlp(text)):
        out.setdefault(person.part, set()).add(person.name.text)
    return out


def test_a_surname_mention_joins_the_full_name(nlp) -> None:
    doc = nlp("Mark Dalton, 24, was arrested on Friday. Dalton is held without bail.")
    people = person_names(doc)
    assert [p.text for p in people] == ["Mark Dalton"]
    assert len(people[0].roots) == 2


def test_the_parts_come_from_the_clause_around_each_name(nlp) -> None:
    parts = _parts(
        nlp,
        "Police said Dana Pike opened fire in the parking lot. Lee Ormond, 31, and Sam Yates,"
        " 40, were killed. Officer Ray Blum said the scene was chaotic.",
    )
    assert parts == {"doer": {"Dana Pike"}, "victim": {"Lee Ormond", "Sam Yates"}}


def test_shared_verbs_and_identification_give_a_part(nlp) -> None:
    parts = _parts(
        nlp,
        "Police say Carl Benning got into a fight with a clerk and was shot in the leg. "
        "The coroner identified the woman as Ada Quill. Troy Mendel was charged with murder.",
    )
    assert parts == {"victim": {"Carl Benning", "Ada Quill"}, "doer": {"Troy Mendel"}}


def test_the_named_shooter_replaces_the_gunman_and_victims_fill_side_two(code) -> None:
    text = (
        "A gunman opened fire outside a bar in Dayton, Ohio, on Friday night. Police said "
        "Dana Pike, 24, was arrested and charged with murder. Lee Ormond, 31, and Sam Yates, "
        "40, were killed in the shooting."
    )
    event = first_event(code(text))
    assert event.actor1 is not None and event.actor1.text == "Dana Pike"
    assert event.actor1.inter != act.STATE
    sides2 = [a.text for a in [event.actor2, *event.assoc_actor_2] if a is not None]
    assert {"Lee Ormond", "Sam Yates"} <= set(sides2)
    assert all(a.name == event.actor2.name for a in event.assoc_actor_2)


def test_every_named_person_on_a_side_has_evidence_on_the_name(code) -> None:
    text = (
        "A man was shot dead in Memphis, Tennessee, on Saturday. Police identified the victim "
        "as Mark Ellery, 22. Tremont Wilby, 29, was charged with murder."
    )
    result = code(text)
    event = first_event(result)
    assert event.actor1.text == "Tremont Wilby" and event.actor2.text == "Mark Ellery"
    spans = {e.field: e for e in event.evidence if e.rule in ("named_doers", "named_victims")}
    for field, name in (("actor1", "Tremont Wilby"), ("actor2", "Mark Ellery")):
        span = spans[field]
        assert text[span.start : span.end] == name


def test_a_person_quoted_or_reporting_takes_no_side(code) -> None:
    text = "Gunmen killed two farmers in Kaya, Burkina Faso, on Monday, mayor Issa Kone said."
    event = first_event(code(text))
    names = [a.text for a in [event.actor1, event.actor2, *event.assoc_actor_1] if a]
    assert "Issa Kone" not in names


def test_several_people_described_keep_their_words() -> None:
    assert described_only("The gunman")
    assert described_only("a 24-year-old man")
    assert not described_only("Chicago police")


def test_relative_clauses_copulas_and_manhunts_give_a_part(nlp) -> None:
    parts = _parts(
        nlp,
        "Officers found Nina Castell, who was pronounced dead at the scene. The second victim"
        " is Paul Brenner. Police are searching for Victor Hale in connection with the deaths.",
    )
    assert parts == {"victim": {"Nina Castell", "Paul Brenner"}, "doer": {"Victor Hale"}}


def test_a_named_officer_hit_is_police_beside_the_civilians(code) -> None:
    text = (
        "A gunman opened fire outside a bar in Dayton, Ohio, on Friday night. Lee Ormond, 31, was "
        "killed. Officer Ray Blum was shot in the arm."
    )
    event = first_event(code(text))
    beside = {a.text: a for a in event.assoc_actor_2}
    people = {event.actor2.text: event.actor2, **beside}
    assert people["Lee Ormond"].inter == act.CIVILIANS
    assert people["Ray Blum"].name.startswith("Police Forces")
