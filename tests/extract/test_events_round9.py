"""Ninth round: riots, lootings and mutinies named only as what people protest about, stones
thrown and clashes with the forces sent against demonstrators, labour protests worded with a
company's name, and raids that hurt someone."""

from __future__ import annotations

import pytest

from tests.extract.asserted import first_sub_type as first


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
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
        # The demonstrators rioting themselves stays violent.
        ("Students protested in the town and rioted, burning tyres.", "Violent demonstration"),
        # Stones thrown back at the police, or clashes with the forces: violent.
        (
            "Residents staged a demonstration in the town. Police fired tear gas and the "
            "demonstrators responded by throwing stones.",
            "Violent demonstration",
        ),
        (
            "Students blocked the highway to demand teachers and clashed with a unit of "
            "police sent to disperse them.",
            "Violent demonstration",
        ),
        # Workers protesting against their company: a protest, not business news.
        (
            "About 50 workers of a mining company demonstrated outside its offices to "
            "denounce unpaid wages.",
            "Peaceful protest",
        ),
        # Militants who burned shops and wounded a farmer attacked; with no one hurt, looted.
        (
            "Militants attacked the village, burned shops and wounded a farmer.",
            "Attack",
        ),
        (
            "Militants attacked the village and burned shops, no casualties reported.",
            "Looting/property destruction",
        ),
    ],
)
def test_round9_kinds(nlp, text: str, sub_event_type: str) -> None:
    assert first(nlp, text) == sub_event_type


def test_fans_gathering_is_not_a_protest(nlp) -> None:
    """Fans gathering at the stadium to demand the coach's sacking: sports news."""
    text = "Fans of the club gathered outside the stadium demanding the coach resign."
    assert first(nlp, text) is None
