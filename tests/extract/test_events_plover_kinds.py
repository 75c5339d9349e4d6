"""Sub-types from the codebook's harder distinctions, and PLOVER-only categories."""

from __future__ import annotations

import pytest

from tests.extract.asserted import first_asserted


def first(nlp, text: str) -> tuple[str, str, str] | None:
    """The first asserted mention's sub-type, PLOVER category and modality."""
    m = first_asserted(nlp, text)
    return None if m is None else (m.sub_event_type, m.plover.event, m.modality)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Students protested in the town and burned the local police station.",
         "Violent demonstration"),
        ("Soldiers mutinied at the barracks, demanding unpaid bonuses.",
         "Violent demonstration"),
        ("Taxi drivers blocked the main highway to demand lower fuel prices.",
         "Peaceful protest"),
        ("Supporters of two rival parties fought with sticks outside a polling station.",
         "Mob violence"),
        ("Farmers and herders clashed over grazing land, and four people were killed.",
         "Armed clash"),
        ("Militants raided the village and stole cattle and motorbikes.",
         "Looting/property destruction"),
        ("Gunmen assaulted and robbed two traders on the road.",
         "Attack"),
    ],
)  # fmt: skip
def test_codebook_distinctions(nlp, text: str, sub_event_type: str) -> None:
    found = first(nlp, text)
    assert found is not None
    assert found[0] == sub_event_type


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The president threatened to impose a curfew on the capital.", "THREATEN"),
        ("The rebels threatened to launch a new offensive unless talks resumed.", "THREATEN"),
        ("The government expelled two foreign diplomats for spying.", "SANCTION"),
        ("The ministry has banned the main opposition party from the election.", "COERCE"),
        ("The army mobilized thousands of reservists along the border.", "MOBILIZE"),
    ],
)
def test_plover_only_categories(nlp, text: str, category: str) -> None:
    found = first(nlp, text)
    assert found is not None
    assert found[1] == category


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
    assert first(nlp, text) is None
