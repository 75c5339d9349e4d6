"""Claims and associated actors: a claimed or suspected group as actor1, who acted beside each
side, the worked example's sides."""

from __future__ import annotations

from dateline.models import Actor
from dateline.resolve.actors import associated_actors, claimed_actor


def test_associated_actors_of_a_conjoined_side() -> None:
    actor2 = Actor("Military Forces of the United States", "US", 8, "US and coalition forces")
    _, assoc2 = associated_actors([], None, actor2, "IQ")
    assert [a.name for a in assoc2] == ["Global Coalition Against Daesh"]


def test_associated_identity_of_a_crowd() -> None:
    actor1 = Actor("Protesters (Senegal)", "SN", 6, "hundreds of students")
    assoc1, _ = associated_actors([], actor1, None, "SN")
    assert [a.name for a in assoc1] == ["Students (Senegal)"]


def test_a_claim_names_actor1_but_blame_does_not() -> None:
    unknown = Actor("Unidentified Armed Group (Somalia)", "SO", 3, "gunmen")
    claimed = claimed_actor(unknown, ["al-Shabaab"], "SO")
    assert claimed is not None and claimed.name == "Al Shabaab"
    assert claimed_actor(unknown, [], "SO") is unknown


def test_worked_example_sides_blame_and_sources(code, example_path) -> None:
    result = code(example_path.read_text(encoding="utf-8"), published="2024-08-06")
    main = next(e for e in result.events if e.role == "main")
    assert main.actor1 is not None and main.actor1.name == "Unidentified Armed Group (Iraq)"
    assert main.actor2 is not None and main.actor2.name == "Military Forces of the United States"
    assert main.attribution.unclaimed is True
    blamed = {b.actor: b.by for b in main.attribution.blamed}
    assert blamed.get("Iran-aligned militia groups") == "US Defense Department"
    sources = {s.name: s for s in main.sources}
    assert sources["Reuters"].kind == "outlet"
    assert sources["US defense official"].anonymous is True


def test_stated_motive_becomes_actor1(code) -> None:
    result = code(
        "A gunman opened fire on a clinic in Denver, Colorado, United States, wounding two. "
        "Police said the suspect was an anti-abortion activist."
    )
    event = result.events[0]
    names = [event.actor1.name] + [b.actor for b in event.attribution.blamed]
    assert "Anti-Abortion extremists" in names
