"""Text that is no conflict event: sports, business, statistics and ordinary news."""

from __future__ import annotations

import pytest

from dateline.mentions.events import find_mentions
from tests.mentions.asserted import first_sub_type, first_with_modality, first_with_plover


def kinds(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(m.event_type, m.sub_event_type, m.modality) for m in find_mentions(nlp(text))]


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


@pytest.mark.parametrize(
    "text",
    [
        "She won the shot put title with a throw of 17 metres at the indoor championships.",
        "His shot on the turn was beaten away by the goalkeeper in the second half.",
    ],
)
def test_sports_shots_are_no_attacks(nlp, text: str) -> None:
    assert first_with_plover(nlp, text) is None


def test_fans_brawl_in_sports_news_is_no_event(nlp) -> None:
    assert (
        first_with_plover(
            nlp, "The arena banned two men over last month's brawl between the teams."
        )
        is None
    )


@pytest.mark.parametrize(
    "text",
    [
        # Fires that break out, or that nature or faulty wiring started, are no arson.
        "A fire broke out at the textile factory on Monday night.",
        "A spark from faulty wiring ignited a fire in the warehouse.",
        # Driving into a town is travel; a vehicle crashing on its own is an accident.
        "He drove his car into town to meet his brother.",
        "A small plane crashed into a house near the airport, killing the pilot.",
        # Bombs supplied to an air force are a sale, not a device sent to a target.
        "The company delivered 500 bombs to the air force under the contract.",
        # Gadgets found faulty are no weapons found.
        "The devices were found to overheat when charging, the company said.",
    ],
)
def test_not_events(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The striker threatened to leave the club after the cup defeat.",
        "Shares fell after the company banned overtime at its plants.",
        "The two ministers clashed over the budget at a cabinet meeting.",
        "The sprinter was banned for two years after a failed drugs test.",
    ],
)
def test_no_event_in_ordinary_news(nlp, text: str) -> None:
    assert first_with_modality(nlp, text) is None


@pytest.mark.parametrize(
    "text",
    [
        # Bodies of drowning victims: an accident, not an attack.
        "The bodies of four fishermen who drowned in the storm were found on the beach.",
        # Groups disagreeing with no one hurt; remains an excavation finds.
        "Two rival groups clashed over the plan at the council meeting.",
        "Archaeologists found human remains and pottery at the ancient burial site.",
        # Kidnappings named in an accusation, not a taking reported.
        "The minister was accused of complicity in acts of violence and kidnappings.",
        # A price war is not a killing.
        "Rival airlines cut their fares to the bone in a cut-throat market.",
    ],
)
def test_round10_not_events(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Fans gathered outside the stadium before the final.",
        "Authorities closed the offices because of the virus.",
        "The minister closed the offices of the newspaper.",
        "The team walked out to the pitch to a standing ovation.",
    ],
)
def test_round11_not_events(nlp, text: str) -> None:
    assert first_sub_type(nlp, text) is None


def test_penalty_shoot_out_is_no_event(nlp) -> None:
    assert first_sub_type(nlp, "The home side won the cup final in a penalty shoot-out.") is None


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
    assert first_sub_type(nlp, text) is None


def test_fans_gathering_is_not_a_protest(nlp) -> None:
    """Fans gathering at the stadium to demand the coach's sacking: sports news."""
    text = "Fans of the club gathered outside the stadium demanding the coach resign."
    assert first_sub_type(nlp, text) is None
