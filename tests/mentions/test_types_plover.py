"""PLOVER categories, including those ACLED has no sub-type for (threats, sanctions, coercion,
mobilisation)."""

from __future__ import annotations

import pytest

from tests.mentions.asserted import first_with_modality, first_with_plover


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
    found = first_with_plover(nlp, text)
    assert found is not None, text
    assert found[1] == category


def test_conditioned_trigger_is_no_threat(nlp) -> None:
    """An attack inside an "if" clause is neither an event nor a threat."""
    found = first_with_plover(nlp, "If the rebels attack the town, the residents will flee.")
    assert found is None or found[1] != "THREATEN"


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
    found = first_with_modality(nlp, text)
    assert found is not None
    assert found[1] == category
