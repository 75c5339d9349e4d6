"""Choosing an event's actors: sides, battle vs attack, crowds, associated actors, claims."""

from __future__ import annotations

from dateline.models import Actor
from dateline.resolve.actors import associated_actors, claimed_actor
from tests.assemble.sides import lead_sides


def sides(nlp, text: str, country: str | None = "BF"):
    return lead_sides(nlp, text, country)


def test_two_armed_sides_make_a_battle(nlp) -> None:
    (kind, actor1, actor2), _ = sides(nlp, "Soldiers clashed with rebels near the town.")
    assert kind.event_type == "Battles"
    assert actor1.name == "Military Forces of Burkina Faso"
    assert actor2.name == "Unidentified Armed Group (Burkina Faso)"


def test_conjoined_named_groups_that_clash_are_both_sides(nlp) -> None:
    (kind, actor1, actor2), _ = sides(nlp, "JNIM and ISGS militants clashed in the area.")
    assert kind.sub_event_type == "Armed clash"
    assert actor1.name.startswith("JNIM")
    assert actor2 is not None and actor2.name == "Islamic State (Greater Sahara)"


def test_foreign_forces_are_external(nlp) -> None:
    (_, actor1, _), _ = sides(nlp, "French soldiers clashed with militants near the border.")
    assert (actor1.name, actor1.inter) == ("Military Forces of France", 8)


def test_an_attack_on_a_village_targets_civilians(nlp) -> None:
    (kind, actor1, actor2), _ = sides(nlp, "Armed militants attacked the village of Basse.")
    assert kind.sub_event_type == "Attack"
    assert actor1.inter == 3
    assert actor2.name == "Civilians (Burkina Faso)"


def test_crowd_keeps_who_they_were_as_text(nlp) -> None:
    (kind, actor1, _), _ = sides(
        nlp, "Hundreds of students staged a peaceful march to demand lower fees."
    )
    assert kind.event_type == "Protests"
    assert actor1.name == "Protesters (Burkina Faso)"


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


def test_default_civilian_target_keeps_the_victim_phrase(nlp) -> None:
    (_, _, actor2), _ = sides(nlp, "Gunmen stormed a bakery in the town, killing two people.")
    assert actor2 is not None and actor2.name.startswith("Civilians")
    assert actor2.text in ("a bakery", "two people")
