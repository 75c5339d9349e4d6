"""A shooting report's toll over its sentences: the injured are those shot less the dead,
restated figures are not added, and a dated lead under a headline is the event's own."""

from __future__ import annotations

import pytest

from dateline import extract


def toll(text: str) -> tuple[int | None, int | None]:
    events = extract(text, published="2016-05-09").events
    main = max((e for e in events if e.role == "main"), key=lambda e: e.confidence)
    return main.fatalities.best, main.injuries.best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three people were shot in Dayton on Saturday night. One of them died at the "
            "hospital, police said.",
            (1, 2),
        ),
        (
            "Four teenagers were shot, one fatally, while sitting in a parked van on Tuesday "
            "night, police said.",
            (1, 3),
        ),
        (
            "A man was shot and killed outside a bar in Toledo on Friday. Police said the man "
            "was shot several times.",
            (1, 0),
        ),
        (
            "A gunman shot and killed a clerk and wounded two customers at a store in Akron "
            "on Sunday.",
            (1, 2),
        ),
        (
            "A 22-year-old man was shot in the leg in Flint on Monday. He was taken to a "
            "hospital in stable condition.",
            (0, 1),
        ),
    ],
)
def test_injured_are_those_shot_who_survived(text, expected):
    assert toll(text) == expected


def test_restated_injury_figures_are_not_added():
    text = (
        "Five people were wounded in a shooting at a party in Macon on Saturday. "
        "One man was wounded in the arm, police said."
    )
    assert toll(text)[1] == 5


def test_dated_lead_under_a_headline_gives_the_toll():
    text = (
        "Teen killed in Burlington shooting\n\n"
        "A 16-year-old boy is dead after a shooting late Thursday in Burlington, police said."
    )
    assert toll(text)[0] == 1


def test_a_singular_victim_is_among_a_stated_toll():
    text = (
        "Four people were shot dead at a home in Shelton on Friday. "
        "The gunman later killed himself, officials said."
    )
    assert toll(text)[0] >= 4
