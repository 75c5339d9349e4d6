"""Violence against civilians: attacks on unarmed people, abductions and sexual violence."""

from __future__ import annotations

import pytest

from dateline.mentions.events import find_mentions
from tests.mentions.asserted import first_sub_type, first_with_modality, first_with_plover


def kinds(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(m.event_type, m.sub_event_type, m.modality) for m in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("Gunmen stormed the village and shot dead three farmers.",
         "Violence against civilians", "Attack"),
        ("Armed men kidnapped two teachers from a school on the outskirts of the town.",
         "Violence against civilians", "Abduction/forced disappearance"),
    ],
)  # fmt: skip
def test_types_follow_the_codebook_civilians(nlp, text, event_type, sub_event_type) -> None:
    found = kinds(nlp, text)
    assert found, text
    assert found[0][:2] == (event_type, sub_event_type)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A labour strike by named workers is coded as a peaceful protest in ACLED practice;
        # a boycott called by a party, with no people named, stays an "Other" development.
        # Rare sub-types the codebook names.
        ("A soldier was accused of having molested a girl at the camp.", "Sexual violence"),
    ],
)  # fmt: skip
def test_codebook_distinctions_civilians(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_plover(nlp, text)
    assert found is not None, text
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Men in a car opened fire on a house in a drive-by shooting; no one was hurt.",
         "Attack"),
        ("Militants killed a forest guide near the village.", "Attack"),
        ("The body of a man with gunshot wounds was found near the river.", "Attack"),
    ],
)  # fmt: skip
def test_more_codebook_distinctions_civilians(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_plover(nlp, text)
    assert found is not None, text
    assert found[0] == sub_event_type


def test_shots_at_people_still_attack(nlp) -> None:
    """Shots aimed at villagers stay an attack even when other shots went into the air."""
    text = "Gunmen fired into the air and then shot dead two villagers at the market."
    found = first_with_plover(nlp, text)
    assert found is not None and found[0] == "Attack"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A fire set on purpose, claimed or not: property destruction.
        # Shots aimed at a building, with no one hit: an attack.
        ("A man fired six rounds from a hunting rifle at the campaign office.", "Attack"),
        # A vehicle driven into a building or a crowd, or a plane flown into one.
        ("A man drove his pickup truck into the crowd outside the stadium gates.", "Attack"),
        ("The pilot stole a light aircraft and crashed it into an office tower.", "Attack"),
        # A teenager beaten by a gang: violence against a civilian.
        ("A teenager was beaten unconscious by a group of men in the park.", "Attack"),
    ],
)
def test_gtd_kinds_civilians(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Gunmen assaulted and robbed two traders on the road.",
         "Attack"),
    ],
)  # fmt: skip
def test_codebook_distinctions_civilians_2(nlp, text: str, sub_event_type: str) -> None:
    found = first_with_modality(nlp, text)
    assert found is not None
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Abducted or kidnapped, in the passive, with no one named taking them.
        # Abducted or kidnapped, in the passive, with no one named taking them.
        (
            "Three engineers of a road company were abducted near the border town last week.",
            "Abduction/forced disappearance",
        ),
        (
            "Two aid workers were kidnapped on the road to the capital.",
            "Abduction/forced disappearance",
        ),
        # A clause spliced before a negated one keeps its own modality.
        (
            "Unknown men abducted a trader in the market, the place of his detention was not "
            "disclosed.",
            "Abduction/forced disappearance",
        ),
        # Remains with the marks of a killing: an attack, though no killer is named.
        ("The dismembered body of a man was found in a field outside the town.", "Attack"),
        ("Police said the bodies of two women showed signs of torture.", "Attack"),
        # Killings by blade or fire named by how they were done.
        ("Gunmen slit the throats of two shepherds near the village.", "Attack"),
        ("Two men were doused in petrol and set alight in the night.", "Attack"),
    ],
)
def test_round10_kinds_civilians(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # Ordinary people burning or ransacking: rioters' vandalism, not an armed raid.
        # A vehicle seized with the people in it: an abduction.
        (
            "Militants seized a truck with the drivers aboard near the town.",
            "Abduction/forced disappearance",
        ),
        (
            "Gunmen seized an ambulance together with its driver on Monday.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_round11_kinds_civilians(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


def test_attack_without_resistance_stays_attack(nlp) -> None:
    text = (
        "Gunmen attacked the village of Kora on Sunday, killing four civilians. "
        "The attackers fled on motorbikes."
    )
    assert first_sub_type(nlp, text) == "Attack"


def test_militants_burning_a_village_are_no_riot(nlp) -> None:
    """Armed men who kill people and torch shops: an attack, not a violent demonstration,
    though the sentence names people (as the victims)."""
    text = "Suspected militants attacked the village and killed five people, torching shops."
    assert first_sub_type(nlp, text) == "Attack"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # An authority's measures restricting movement: Other in ACLED's practice.
        # Headline verbs in the present tense.
        ("Paramilitary open fire on a market, injure three farmers.", "Attack"),
    ],
)
def test_round6_sub_types_civilians(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # The army as the subject of taking ground: the government regains it.
        # A group of armed men is an armed group: still an attack.
        ("A farmer was shot dead by a group of armed men in the village.", "Attack"),
        # ... but not of a retired policeman or a police interpreter: an attack.
        ("Militants assassinated a retired policeman in the village on Monday.", "Attack"),
        ("Militants assassinated a police interpreter in the town on Monday.", "Attack"),
        # Raiders in one sentence, rape in the next: sexual violence.
        ("Gunmen raided the house of a farmer. They raped his two daughters.", "Sexual violence"),
    ],
)
def test_round7_kinds_civilians(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A grenade at a post that the soldiers answer with gunfire: a battle.
        # People arrested, then executed: violence against civilians.
        (
            "Soldiers arrested twelve villagers on Monday. Seven were later executed outside "
            "the town.",
            "Attack",
        ),
        # Armed men (not the state) detaining someone abduct them.
        (
            "Unknown gunmen detained a civilian near the river and released him later.",
            "Abduction/forced disappearance",
        ),
        ("Unknown people attacked a farmer in his field.", "Attack"),
        ("Villagers attacked a group of herders near the river, killing two.", "Attack"),
        # Whipping people is violence against them.
        ("Militants whipped several women in the village for not wearing veils.", "Attack"),
    ],
)
def test_round8_sub_types_civilians(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A riot or a looting named as the cause or the demand of a protest: peaceful.
        # Militants who burned shops and wounded a farmer attacked; with no one hurt, looted.
        (
            "Militants attacked the village, burned shops and wounded a farmer.",
            "Attack",
        ),
    ],
)
def test_round9_kinds_civilians(nlp, text: str, sub_event_type: str) -> None:
    assert first_sub_type(nlp, text) == sub_event_type
