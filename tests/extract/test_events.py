"""Event mentions: detection, ACLED typing, modality, and non-conflict text."""

from __future__ import annotations

import pytest

from dateline.mentions.events import find_mentions


def kinds(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(m.event_type, m.sub_event_type, m.modality) for m in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Insurgents fired mortar rounds at the town centre overnight.",
         "Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("A roadside bomb struck a police vehicle near the market.",
         "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Warplanes carried out air strikes on rebel positions north of the city.",
         "Explosions/Remote violence", "Air/drone strike"),
        ("A suicide bomber blew himself up at a checkpoint, killing four soldiers.",
         "Explosions/Remote violence", "Suicide bomb"),
        ("Soldiers clashed with militants near the border for several hours.",
         "Battles", "Armed clash"),
        ("Gunmen stormed the village and shot dead three farmers.",
         "Violence against civilians", "Attack"),
        ("Armed men kidnapped two teachers from a school on the outskirts of the town.",
         "Violence against civilians", "Abduction/forced disappearance"),
        ("Hundreds of students staged a peaceful march to demand lower fees.",
         "Protests", "Peaceful protest"),
        ("Police fired tear gas to disperse protesters outside parliament.",
         "Protests", "Protest with intervention"),
        ("Rioters burned tyres and threw stones at police after the election result.",
         "Riots", "Violent demonstration"),
        ("An angry mob lynched a man accused of theft.", "Riots", "Mob violence"),
        ("The army recaptured the town from the rebels after a week of fighting.",
         "Battles", "Government regains territory"),
    ],
)  # fmt: skip
def test_types_follow_the_codebook(nlp, text, event_type, sub_event_type) -> None:
    found = kinds(nlp, text)
    assert found, text
    assert found[0][:2] == (event_type, sub_event_type)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The militants planned to attack the capital.", "future"),
        ("The militants denied carrying out the attack.", "denied"),
        ("Rebels plan to attack the town next week.", "future"),
    ],
)
def test_modality_of_unreal_events(nlp, text, modality) -> None:
    found = kinds(nlp, text)
    assert found and found[0][2] == modality


def test_asserted_event_is_asserted(nlp) -> None:
    assert kinds(nlp, "Gunmen attacked a bus, killing five passengers.")[0][2] == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal's attack looked sharp as the striker shot past the keeper to win the match.",
        "The two airlines are locked in a price war that has cut fares across the region.",
        "The company unveiled a new chip that it says will double battery life.",
        "Between October 17 and January 29, there were more than 150 attacks on US personnel.",
    ],
)
def test_no_event_in_sports_business_tech_or_statistics(nlp, text) -> None:
    assert [k for k in kinds(nlp, text) if k[2] == "asserted"] == []


def test_trigger_and_sentence_offsets_point_into_the_text(nlp) -> None:
    text = "Officials said on Monday. Gunmen killed three villagers in the north."
    mention = find_mentions(nlp(text))[0]
    assert text[mention.trigger.start : mention.trigger.end] == mention.trigger.text
    assert text[mention.sentence.start : mention.sentence.end] == mention.sentence.text
    assert mention.sentence.text.startswith("Gunmen")
