"""Sixth round: strategic developments with no violence (an authority's measures, defections,
prison breaks, armed men's checkpoints and rules, displacement, arrests of officials),
crowds destroying property with no armed group named, and modality fixes ("without causing
casualties" does not negate the attack; a denial's subject is not what is denied)."""

from __future__ import annotations

import pytest

from dateline.mentions.events import find_mentions
from dateline.mentions.modality import modality_of
from tests.extract.asserted import first_sub_type as first


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # An authority's measures restricting movement: Other in ACLED's practice.
        ("The governor ordered the closure of markets and schools in the province.", "Other"),
        ("The government suspended all passenger traffic between the cities.", "Other"),
        # Armed men running their own checkpoint; members changing sides.
        (
            "Gunmen set up a checkpoint on the highway and searched travellers.",
            "Change to group/activity",
        ),
        ("More than 300 party members defected to the ruling party.", "Change to group/activity"),
        ("Twelve soldiers and two policemen joined the rebels.", "Change to group/activity"),
        # Prison breaks, rules imposed by armed men, people displaced by fighting: Other.
        ("Dozens of inmates escaped from the central prison overnight.", "Other"),
        ("Militants imposed the veil on women in the village.", "Other"),
        ("Hundreds of families fled their homes after fighting between rival groups.", "Other"),
        # Extortion and seizures of goods by armed men or police: looting.
        ("Gunmen forced traders to pay a tax at the market.", "Looting/property destruction"),
        ("Police seized two tons of cocaine in a truck.", "Looting/property destruction"),
        ("Rebels seized three vans near the river crossing.", "Looting/property destruction"),
        (
            "Gunmen stopped a lorry on the highway and removed the goods it carried.",
            "Looting/property destruction",
        ),
        # A political figure arrested, with no force named.
        ("The opposition leader was arrested at his home.", "Arrests"),
        # Crowds destroying property themselves, and looting with no one named: riots.
        ("Students burnt down six dormitories at the school.", "Violent demonstration"),
        ("Party supporters smashed the windows of campaign vehicles.", "Violent demonstration"),
        ("Looters targeted shops in the township.", "Violent demonstration"),
        # Headline verbs in the present tense.
        ("Paramilitary open fire on a market, injure three farmers.", "Attack"),
        ("Eight dead in clan fighting near the town.", "Armed clash"),
        # A small count of clashes is an event, not a statistic.
        ("At least 3 clashes occurred between the army and rebels.", "Armed clash"),
        # Bombs dropped from the air; explosives used in a robbery.
        ("A bomb was dropped from a helicopter on the village church.", "Air/drone strike"),
        ("Four armed men used explosives to rob a bank branch.", "Remote explosive/landmine/IED"),
    ],
)
def test_round6_sub_types(nlp, text: str, sub_event_type: str) -> None:
    assert first(nlp, text) == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "The airline suspended flights after the storm damaged the runway.",
        "The striker escaped from his marker and scored the winning goal.",
        "Hundreds of families fled their homes as the river flooded the valley.",
        "The company closed two factories and cut 400 jobs.",
        "The team captain was arrested after a nightclub brawl.",
        "Two State University receivers were arrested on drink-driving charges.",
        "X-rays revealed a non-displaced fracture in the guard's right thumb.",
    ],
)
def test_round6_no_event(nlp, text: str) -> None:
    """Closures, escapes and displacement with no authority, prison or conflict named."""
    assert first(nlp, text) is None


def test_closure_for_fighting_reports_the_fighting(nlp) -> None:
    """A border closed because of fighting: the fighting is the conflict event."""
    text = "The government closed the border crossings because of fighting between rival clans."
    assert first(nlp, text) == "Armed clash"


def test_without_phrase_does_not_negate(nlp) -> None:
    doc = nlp("Militants attacked the gendarmerie post without causing any casualties.")
    attacked = next(tok for tok in doc if tok.lower_ == "attacked")
    assert modality_of(attacked) == "asserted"


def test_object_of_without_is_negated(nlp) -> None:
    doc = nlp("The day ended without any attack.")
    attack = next(tok for tok in doc if tok.lower_ == "attack")
    assert modality_of(attack) == "negated"


def test_denial_subject_is_not_denied(nlp) -> None:
    doc = nlp("Hundreds of protesters rejected the proposal by the governor.")
    protesters = next(tok for tok in doc if tok.lower_ == "protesters")
    assert modality_of(protesters) == "asserted"
    doc = nlp("The army denied that soldiers attacked the village.")
    attacked = next(tok for tok in doc if tok.lower_ == "attacked")
    assert modality_of(attacked) == "denied"


def test_operation_is_the_setting_of_the_clash(nlp) -> None:
    """An operation launched, then a shoot-out: the clash is the event, not the operation."""
    text = (
        "Police carried out an operation in the northern district on Monday. "
        "A shoot-out followed and two gunmen were killed."
    )
    subs = [m.sub_event_type for m in find_mentions(nlp(text))]
    assert "Change to group/activity" not in subs
    assert "Armed clash" in subs


def test_operation_alone_stays_a_change(nlp) -> None:
    text = "Soldiers carried out an operation in the northern district on Monday."
    assert first(nlp, text) == "Change to group/activity"
