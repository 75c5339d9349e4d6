"""Actors: canonical names, countries from demonyms, inter codes, the actor dictionary."""

from __future__ import annotations

import pytest

from dateline.analyze import load_nlp
from dateline.models import Actor
from dateline.resolve.actors import interaction, resolve_actor
from dateline.resolve.attribution import find_attribution
from dateline.settings import MODEL_NAMES


@pytest.mark.parametrize(
    ("text", "country", "name", "inter"),
    [
        ("US troops", None, "Military Forces of the United States", 1),
        ("Malian soldiers", None, "Military Forces of Mali", 1),
        ("police officers", "KE", "Police Forces of Kenya", 1),
        ("unknown gunmen", "BF", "Unidentified Armed Group (Burkina Faso)", 3),
        ("protesters", "SN", "Protesters (Senegal)", 6),
        ("three villagers", "NE", "Civilians (Niger)", 7),
        ("suspected Al-Shabaab fighters", None, "Al Shabaab", 2),
        ("Houthi rebels", None, "Ansar Allah", 2),
    ],
)
def test_resolve_actor(text, country, name, inter) -> None:
    actor = resolve_actor(text, country)
    assert actor is not None
    assert (actor.name, actor.inter) == (name, inter)


def test_phrase_naming_no_actor_gives_none() -> None:
    assert resolve_actor("the weather", "FR") is None


def test_user_actor_file_extends_the_dictionary(tmp_path, monkeypatch) -> None:
    from dateline.resolve import actors

    extra = tmp_path / "mine.tsv"
    extra.write_text("name\taliases\tcountry_iso\tinter\tsector\nRed Hand\tRHX\tGB\t3\tMIL\n")
    monkeypatch.setenv("DATELINE_ACTORS", str(extra))
    actors.named_actors.cache_clear()
    try:
        assert resolve_actor("RHX gunmen", None).name == "Red Hand"
    finally:
        actors.named_actors.cache_clear()


def test_interaction_orders_codes() -> None:
    assert interaction(Actor("a", inter=3), Actor("b", inter=1)) == 13
    assert interaction(Actor("a", inter=6), None) == 60
    assert interaction(None, None) is None


def test_attribution_and_sources() -> None:
    nlp = load_nlp(MODEL_NAMES)
    doc = nlp(
        "A car bomb killed four people in the city, police said. No group has claimed "
        "responsibility, but the interior ministry blamed separatist rebels. A senior "
        "official, speaking on condition of anonymity, told Reuters the toll could rise."
    )
    found = find_attribution(doc)
    assert found.attribution.unclaimed is True
    assert [b.actor for b in found.attribution.blamed] == ["separatist rebels"]
    assert found.attribution.blamed[0].by == "interior ministry"
    names = {s.name: s for s in found.sources}
    assert "police" in names
    assert any(s.anonymous for s in found.sources)
