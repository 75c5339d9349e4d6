"""Second round of codebook distinctions: strikes, heavy weapons, armed targets, territory,
rare sub-types, and PLOVER's threats, sanctions and background clauses."""

from __future__ import annotations

import pytest

from dateline.mentions.events import find_mentions
from tests.extract.asserted import first_asserted


def first(nlp, text: str) -> tuple[str, str] | None:
    """The first asserted mention's sub-type and PLOVER category."""
    m = first_asserted(nlp, text)
    return None if m is None else (m.sub_event_type, m.plover.event)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # A labour strike by named workers is coded as a peaceful protest in ACLED practice;
        # a boycott called by a party, with no people named, stays an "Other" development.
        ("Nurses at the regional hospital went on strike over unpaid salaries.",
         "Peaceful protest"),
        ("Teachers began a boycott of the national exams to demand higher pay.",
         "Peaceful protest"),
        ("The ruling party announced a boycott of the parliament on Monday.", "Other"),
        # ... but strikers who march are demonstrators.
        ("Striking dock workers marched to the port authority to demand higher pay.",
         "Peaceful protest"),
        # Heavy weapons fired at an area, and explosions of unknown origin: shelling.
        ("Government forces fired heavy machine guns at rebel positions near the river.",
         "Shelling/artillery/missile attack"),
        ("Monitors recorded nine explosions of unknown origin near the front line.",
         "Shelling/artillery/missile attack"),
        # An armed side attacked: a battle, not violence against civilians.
        ("Gunmen attacked a police station in the town overnight.", "Armed clash"),
        ("Bandits ambushed the convoy and were exchanging fire with the escort for an hour.",
         "Armed clash"),
        ("Two farming communities clashed over a well, leaving four wounded.", "Armed clash"),
        # Territory: the outcome of the fight is the sub-type.
        ("Soldiers recaptured the town from the insurgents after a clash on Sunday.",
         "Government regains territory"),
        ("The army dislodged the militants from two villages near the border.",
         "Government regains territory"),
        # Rare sub-types the codebook names.
        ("A soldier was accused of having molested a girl at the camp.", "Sexual violence"),
        ("During the student protests a student was shot dead by police.",
         "Excessive force against protesters"),
        ("Peacekeepers installed a new temporary base in the village.",
         "Headquarters or base established"),
        ("Soldiers killed two militants and seized rifles, a grenade and explosives.",
         "Armed clash"),
        ("A soldier was killed after a landmine exploded near the frontline.",
         "Remote explosive/landmine/IED"),
    ],
)  # fmt: skip
def test_codebook_distinctions(nlp, text: str, sub_event_type: str) -> None:
    found = first(nlp, text)
    assert found is not None, text
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # An announced coercive act is a threat without the word "threaten".
        ("The opposition leaders said they would boycott the elections.", "THREATEN"),
        ("The government announced that it will extend the curfew in the capital.",
         "THREATEN"),
        ("The rebels vowed to attack the capital before the rainy season.", "THREATEN"),
        # Aid cut by an agency or a government: a sanction.
        ("The aid agency suspended food deliveries to the camp on Tuesday.", "SANCTION"),
        # The main clause is the news, not the attack that prompted it.
        ("The government suspended all flights to the country after rebels shot down a plane.",
         "SANCTION"),
        # Withholding labour is a protest in PLOVER.
        ("Thousands of workers stayed away from work to protest the new tax.", "PROTEST"),
    ],
)  # fmt: skip
def test_plover_categories(nlp, text: str, category: str) -> None:
    found = first(nlp, text)
    assert found is not None, text
    assert found[1] == category


def test_conditioned_trigger_is_no_threat(nlp) -> None:
    """An attack inside an "if" clause is neither an event nor a threat."""
    found = first(nlp, "If the rebels attack the town, the residents will flee.")
    assert found is None or found[1] != "THREATEN"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Residents reported shoot-outs in two neighbourhoods of the city overnight.",
         "Armed clash"),
        ("Men in a car opened fire on a house in a drive-by shooting; no one was hurt.",
         "Attack"),
        ("Militants killed a forest guide near the village.", "Attack"),
        ("Monitors counted twenty explosions and bursts of small arms fire near the town.",
         "Armed clash"),
        ("Police set up roadblocks on the main road, arresting members of a militia.",
         "Arrests"),
        ("Rebel fighters moved into the town and occupied the district offices.",
         "Non-violent transfer of territory"),
        ("The body of a man with gunshot wounds was found near the river.", "Attack"),
    ],
)  # fmt: skip
def test_more_codebook_distinctions(nlp, text: str, sub_event_type: str) -> None:
    found = first(nlp, text)
    assert found is not None, text
    assert found[0] == sub_event_type


def test_comma_splice_is_no_intention(nlp) -> None:
    """A killing spliced before "prevented access" is reported, not prevented."""
    doc = nlp(
        "Militants raided the market, two traders were killed, the assailants also "
        "prevented access to the market."
    )
    assert any(m.modality == "asserted" for m in find_mentions(doc))


@pytest.mark.parametrize(
    "text",
    [
        "She won the shot put title with a throw of 17 metres at the indoor championships.",
        "His shot on the turn was beaten away by the goalkeeper in the second half.",
    ],
)
def test_sports_shots_are_no_attacks(nlp, text: str) -> None:
    assert first(nlp, text) is None


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Unknown individuals threw stones at gendarmes on patrol in the capital.",
         "Violent demonstration"),
        ("Protesters demanding the release of jailed vigilantes set up roadblocks.",
         "Violent demonstration"),
        ("Traders fought with machetes at the cattle market, and three were killed.",
         "Mob violence"),
    ],
)  # fmt: skip
def test_crowd_violence(nlp, text: str, sub_event_type: str) -> None:
    found = first(nlp, text)
    assert found is not None, text
    assert found[0] == sub_event_type


def test_fans_brawl_in_sports_news_is_no_event(nlp) -> None:
    assert first(nlp, "The arena banned two men over last month's brawl between the teams.") is None


def test_town_falling_to_state_forces_is_regained(nlp) -> None:
    found = first(nlp, "After heavy fighting the town fell to government forces on Sunday.")
    assert found is not None
    assert found[0] == "Government regains territory"


def test_numbered_unit_is_no_negation(nlp) -> None:
    """ "Brigade No. 1" names a unit: the "No" does not negate the event."""
    doc = nlp("Fighters of Brigade No. 1 attacked an army post near the town.")
    assert any(m.modality == "asserted" for m in find_mentions(doc))
