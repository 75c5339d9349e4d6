"""Round 3 participants: PLOVER's target, motive-labelled doers."""

from __future__ import annotations


def test_protest_target_is_the_government_protested(code) -> None:
    result = code("Farmers protested against the Polish government's grain policy in Warsaw.")
    target = result.events[0].plover.target
    assert target is not None and target.country_iso == "PL"


def test_reporting_clause_names_no_target(code) -> None:
    result = code("Workers went on strike in Lyon over pension cuts, German officials said.")
    target = result.events[0].plover.target if result.events else None
    assert target is None or target.country_iso != "DE"


def test_stated_motive_becomes_actor1(code) -> None:
    result = code(
        "A gunman opened fire on a clinic in Denver, Colorado, United States, wounding two. "
        "Police said the suspect was an anti-abortion activist."
    )
    event = result.events[0]
    names = [event.actor1.name] + [b.actor for b in event.attribution.blamed]
    assert "Anti-Abortion extremists" in names
