"""Actors: canonical names, countries from demonyms, inter codes, the actor dictionary."""

from __future__ import annotations

import pytest

from dateline.analyze import load_nlp
from dateline.models import Actor
from dateline.resolve.attribution.findings import find_attribution
from dateline.settings import MODEL_NAMES
from dateline.vocabulary.naming import country_name, identity_actor, interaction, resolve_actor

JNIM = "JNIM: Group for Support of Islam and Muslims"


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
        ("Houthi rebels", None, "Ansar Allah", 1),  # ACLED: the Sanaa authorities' forces
        ("French soldiers", "ML", "Military Forces of France", 8),
        ("Israeli tanks", "PS", "Military Forces of Israel", 8),
        ("Vietnamese-led forces", "KH", "Military Forces of Vietnam", 8),
        ("Russian aircraft", None, "Military Forces of Russia", 1),
        ("two suicide bombers", "IQ", "Unidentified Armed Group (Iraq)", 3),
        ("unknown perpetrators", "US", "Unidentified Armed Group (the United States)", 3),
        ("the British government", None, "Government of the United Kingdom", 1),
        ("Palestinian detainees", "IL", "Civilians (Palestine)", 7),
        ("a group of students", "SN", "Civilians (Senegal)", 7),
        (
            "suspected JNIM or ISGS militants",
            "BF",
            "JNIM: Group for Support of Islam and Muslims",
            2,
        ),
        ("Maoist rebels", None, "CPI (Maoist): Communist Party of India (Maoist)", 2),
    ],
)
def test_resolve_actor(text, country, name, inter) -> None:
    actor = resolve_actor(text, country)
    assert actor is not None
    assert (actor.name, actor.inter) == (name, inter)


def test_phrase_naming_no_actor_gives_none() -> None:
    assert resolve_actor("the weather", "FR") is None


def test_bare_state_is_its_military_in_armed_events() -> None:
    assert resolve_actor("Israel", "PS", armed=True).name == "Military Forces of Israel"
    assert resolve_actor("Israel", "IL").name == "Government of Israel"


def test_aliases_do_not_match_ordinary_words() -> None:
    assert resolve_actor("let them go", None) is None
    assert resolve_actor("on 17 November", None) is None


def test_identity_actor_names_who_the_civilians_were() -> None:
    assert identity_actor("striking teachers", "KE").name == "Teachers (Kenya)"
    assert identity_actor("the crowd", "KE") is None


def test_acled_country_names() -> None:
    assert country_name("PS") == "Palestine"
    assert country_name("CD") == "Democratic Republic of Congo"


@pytest.mark.parametrize(
    ("text", "claimed", "blamed"),
    [
        ("The Taliban claimed responsibility for the bombing.", ["Taliban"], []),
        ("The attack was claimed by the Islamic State group.", ["Islamic State group"], []),
        ("A group called the Free Forest Front claimed credit for the arson.",
         ["Free Forest Front"], []),
        ("Hamas said it fired the rockets.", ["Hamas"], []),
        ("Police suspect the PKK carried out the attack.", [], ["PKK"]),
        ("Officials attributed the blast to the Taliban.", [], ["Taliban"]),
        ("Members of the ELF are suspected of setting the fire.", [], ["Members of the ELF"]),
        ("The ELF is believed to be behind the arson.", [], ["ELF"]),
        ("A house was firebombed, allegedly by the ELF.", [], ["ELF"]),
        ("Suspected JNIM militants attacked the village.", [], ["JNIM militants"]),
    ],
)  # fmt: skip
def test_claims_and_blame(text, claimed, blamed) -> None:
    found = find_attribution(load_nlp(MODEL_NAMES)(text)).attribution
    assert found.claimed_by == claimed
    assert [b.actor for b in found.blamed] == blamed


def test_sources_skip_non_speakers_and_merge_repeats() -> None:
    doc = load_nlp(MODEL_NAMES)(
        "A report said five died. A US defense official confirmed the toll. "
        "The official said more could die. No one has claimed the attack."
    )
    assert [s.name for s in find_attribution(doc).sources] == ["US defense official"]


def test_user_actor_file_extends_the_dictionary(tmp_path, monkeypatch) -> None:
    from dateline.vocabulary import actors as actor_dictionary

    extra = tmp_path / "mine.tsv"
    extra.write_text("name\taliases\tcountry_iso\tinter\tsector\nRed Hand\tRHX\tGB\t3\tMIL\n")
    monkeypatch.setenv("DATELINE_ACTORS", str(extra))
    actor_dictionary.named_actors.cache_clear()
    try:
        assert resolve_actor("RHX gunmen", None).name == "Red Hand"
    finally:
        actor_dictionary.named_actors.cache_clear()


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
