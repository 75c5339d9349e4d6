"""Protests: peaceful demonstrations, protests met with intervention or excessive force,
and strikes."""

from __future__ import annotations

import pytest

from dateline.mentions.events import find_mentions
from tests.mentions.asserted import first_sub_type, first_with_modality, first_with_plover


def kinds(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(m.event_type, m.sub_event_type, m.modality) for m in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Hundreds of students staged a peaceful march to demand lower fees.",
         "Protests", "Peaceful protest"),
        ("Police fired tear gas to disperse protesters outside parliament.",
         "Protests", "Protest with intervention"),
    ],
)  # fmt: skip
def test_types_follow_the_codebook_protests(nlp, text, event_type, sub_event_type) -> None:
    found = kinds(nlp, text)
    assert found, text
    assert found[0][:2] == (event_type, sub_event_type)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A labour strike by named workers is coded as a peaceful protest in ACLED practice;
        # a boycott called by a party, with no people named, stays an "Other" development.
        # A labour strike by named workers is coded as a peaceful protest in ACLED practice;
        # a boycott called by a party, with no people named, stays an "Other" development.
        ("Nurses at the regional hospital went on strike over unpaid salaries.",
         "Peaceful protest"),
        ("Teachers began a boycott of the national exams to demand higher pay.",
         "Peaceful protest"),
        # ... but strikers who march are demonstrators.
        ("Striking dock workers marched to the port authority to demand higher pay.",
         "Peaceful protest"),
        ("During the student protests a student was shot dead by police.",
         "Excessive force against protesters"),
    ],
)  # fmt: skip
def test_codebook_distinctions_protests(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_plover(nlp, text)
    assert found is not None, text
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Two crowds rioting against each other, or prisoners rioting: mob violence.
        # Barricades someone asks to remove, and a "torch" that is a name: no violence.
        (
            "Residents demonstrated to demand the removal of barricades on the main road.",
            "Peaceful protest",
        ),
        (
            "Members of the torch movement demonstrated to demand fertilizer subsidies.",
            "Peaceful protest",
        ),
    ],
)
def test_round4_sub_types_protests(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_plover(nlp, text)
    assert found is not None and found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Taxi drivers blocked the main highway to demand lower fuel prices.",
         "Peaceful protest"),
    ],
)  # fmt: skip
def test_codebook_distinctions_protests_2(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_modality(nlp, text)
    assert found is not None
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Ordinary people burning or ransacking: rioters' vandalism, not an armed raid.
        # Protests named only by what the people did.
        (
            "Dozens of residents gathered outside the health ministry to reject the plan.",
            "Peaceful protest",
        ),
        ("Students in the town closed down the prefect's office on Tuesday.", "Peaceful protest"),
        ("Workers went down to the street to ask for higher salaries.", "Peaceful protest"),
    ],
)
def test_round11_kinds_protests(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Fire heard or exchanged, no side named: an armed clash.
        # Protests named by who held them, or reported as having taken place.
        ("Rallies were held in the capital against the new tax.", "Peaceful protest"),
        ("Student protests were reported in two provincial towns.", "Peaceful protest"),
        ("Peaceful protests took place on Monday in five cities.", "Peaceful protest"),
        (
            "The opposition staged a large candlelight protest outside parliament.",
            "Peaceful protest",
        ),
        # Labour strikes by named workers are coded as peaceful protests.
        ("Dock workers went on strike on Tuesday to demand higher wages.", "Peaceful protest"),
    ],
)
def test_round5_sub_types_protests(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Forces stopping or breaking up a gathering: a protest with intervention.
        # Forces stopping or breaking up a gathering: a protest with intervention.
        ("Workers protested outside the factory. Police intervene.", "Protest with intervention"),
        (
            "Gendarmes broke up a protest by farmers near the town hall.",
            "Protest with intervention",
        ),
    ],
)
def test_round5_demonstrations_protests(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A grenade at a post that the soldiers answer with gunfire: a battle.
        # Protests stopped, contained or with a protester arrested: intervention.
        (
            "Families of prisoners held a rally outside the court. At least one protester was "
            "arrested.",
            "Protest with intervention",
        ),
        (
            "Workers tried to hold a sit-in outside the ministry but were stopped by security "
            "forces.",
            "Protest with intervention",
        ),
        (
            "Police used tear gas to disperse students marching in the capital.",
            "Protest with intervention",
        ),
        # Fire opened on protesters, in the sentence after the protest: excessive force.
        (
            "Demonstrators marched to the town hall. Police opened fire on the protesters, "
            "killing two.",
            "Excessive force against protesters",
        ),
        # A killing the protesters denounce is their grievance, not force used on them.
        (
            "Residents protested against the killing of a protester by soldiers last week.",
            "Peaceful protest",
        ),
        (
            "Hundreds of teachers marched peacefully to the ministry to demand higher pay.",
            "Peaceful protest",
        ),
        # A strike whose strikers also protest in person: a peaceful protest.
        (
            "Tax agents started a strike and protested in the capital to press their demands.",
            "Peaceful protest",
        ),
        ("Bakers went on strike. Dozens protested in front of the ministry.", "Peaceful protest"),
    ],
)
def test_round8_sub_types_protests(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A riot or a looting named as the cause or the demand of a protest: peaceful.
        # A riot or a looting named as the cause or the demand of a protest: peaceful.
        (
            "Relatives of inmates protested outside the prison after last month's riot "
            "in the jail.",
            "Peaceful protest",
        ),
        (
            "Hundreds of residents rallied in the square demanding the return of looted funds.",
            "Peaceful protest",
        ),
        # Workers protesting against their company: a protest, not business news.
        (
            "About 50 workers of a mining company demonstrated outside its offices to "
            "denounce unpaid wages.",
            "Peaceful protest",
        ),
    ],
)
def test_round9_kinds_protests(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type
