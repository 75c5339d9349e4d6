"""Round 6 attribution: GTD's convention for attacks on abortion providers."""

from __future__ import annotations

from dateline.resolve.attribution.findings import motive_labels


def _labels(nlp, text: str) -> list[str]:
    return [label for label, _ in motive_labels(nlp(text))]


def test_an_attack_on_an_abortion_clinic_names_anti_abortion_extremists(nlp) -> None:
    text = "Unknown perpetrators set fire to an abortion clinic in the city. No one was hurt."
    assert _labels(nlp, text) == ["Anti-Abortion extremists"]


def test_a_stated_motive_wins_over_the_target(nlp) -> None:
    text = "A white supremacist set fire to a Planned Parenthood office in the city."
    assert _labels(nlp, text) == ["White extremists"]


def test_a_protest_at_a_clinic_names_no_extremists(nlp) -> None:
    assert _labels(nlp, "Hundreds protested outside an abortion clinic on Sunday.") == []


def test_an_attack_elsewhere_names_no_motive(nlp) -> None:
    assert _labels(nlp, "Unknown perpetrators set fire to a bank in the city.") == []
