"""Actor naming: canonical names, countries from demonyms, inter codes, groups the dictionary
lacks, ACLED's conventions for states' forces and militias."""

from __future__ import annotations

import pytest

from dateline.models import Actor
from dateline.vocabulary import naming as act
from dateline.vocabulary.naming import (
    IDENTITY_MILITIA,
    POLITICAL_MILITIA,
    STATE,
    country_name,
    identity_actor,
    interaction,
    resolve_actor,
    states_named,
    unlisted_group,
)

JNIM = "JNIM: Group for Support of Islam and Muslims"


def test_national_leaders_are_their_government() -> None:
    actor = act.resolve_actor("Palestinian leaders", None)
    assert actor is not None and actor.name == "Government of Palestine"


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


def test_user_actor_file_extends_the_dictionary(tmp_path, monkeypatch) -> None:
    from dateline.vocabulary import actors as actor_dictionary

    extra = tmp_path / "mine.tsv"
    extra.write_text("name\taliases\tcountry_iso\tinter\tsector\nRed Hand\tRHX\tGB\t3\tMIL\n")
    monkeypatch.setenv("DATELINE_ACTORS", str(extra))
    actor_dictionary.reload()
    try:
        assert resolve_actor("RHX gunmen", None).name == "Red Hand"
    finally:
        actor_dictionary.reload()


def test_interaction_orders_codes() -> None:
    assert interaction(Actor("a", inter=3), Actor("b", inter=1)) == 13
    assert interaction(Actor("a", inter=6), None) == 60
    assert interaction(None, None) is None


@pytest.mark.parametrize(
    ("text", "country", "inter"),
    [
        pytest.param("rival communal militias", "SD", act.IDENTITY_MILITIA, id="communal-word"),
        pytest.param("local self-defense groups", "ML", act.IDENTITY_MILITIA, id="local-defence"),
        pytest.param("volunteer fighters", "BF", act.IDENTITY_MILITIA, id="volunteer-fighters"),
        pytest.param("armed villagers", "NG", act.IDENTITY_MILITIA, id="armed-villagers"),
        pytest.param("villagers", "NG", act.CIVILIANS, id="unarmed-villagers"),
        pytest.param("a civilian forest guard", "BF", act.CIVILIANS, id="civilian-guard"),
        pytest.param("Libyan militias", "LY", act.POLITICAL_MILITIA, id="a-countrys-militias"),
        pytest.param("Iranian-backed Badr Organization", "IQ", act.POLITICAL_MILITIA, id="patron"),
        pytest.param("a paramilitary group", "SD", act.POLITICAL_MILITIA, id="paramilitary-group"),
        pytest.param("paramilitary police", "KE", act.STATE, id="paramilitary-police"),
        pytest.param("Reform-affiliated Special Forces", "YE", act.STATE, id="party-affiliated"),
    ],
)
def test_the_words_of_an_armed_phrase_give_its_inter(text: str, country: str, inter: int) -> None:
    actor = act.resolve_actor(text, country, armed=True)
    assert actor is not None and actor.inter == inter


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("Pro-Russian separatists", None, id="pro-state"),
        pytest.param("US-backed Syrian fighters", "SY", id="patron-backed-own-country"),
        pytest.param("US-backed fighters", None, id="patron-backed-no-country"),
        pytest.param("Serb forces", "RS", id="serb"),
        pytest.param("Croat police", "HR", id="croat"),
    ],
)
def test_own_country_skips_stances_and_patrons(text: str, code: str | None) -> None:
    assert act.own_country(text) == code


def test_ethnic_militias_are_identity_militias() -> None:
    actor = act.resolve_actor("suspected Fulani militias", "NG", armed=True)
    assert actor is not None and actor.inter == act.IDENTITY_MILITIA
    assert actor.name == "Fulani Ethnic Militia (Nigeria)"


def test_customs_officers_and_forest_guards_are_police() -> None:
    for text in ("a customs officer", "two forest guards", "park rangers"):
        actor = act.resolve_actor(text, "BF", armed=True)
        assert actor is not None and actor.name == "Police Forces of Burkina Faso", text


def test_anti_state_journalist_is_not_of_that_state() -> None:
    actor = act.resolve_actor("a prominent anti-Syria journalist", "LB")
    assert actor is not None and actor.country_iso == "LB"


def test_possessive_state_owns_its_military() -> None:
    actor = act.resolve_actor("the United States' military", "IQ", armed=True)
    assert actor is not None and actor.country_iso == "US" and actor.inter == act.EXTERNAL


def test_possessive_state_does_not_own_an_allys_militia() -> None:
    actor = act.resolve_actor("the chief of Israel's militia ally", "LB", armed=True)
    assert actor is not None and actor.country_iso == "LB"


def test_resistance_forces_are_a_militia_not_the_army() -> None:
    actor = act.resolve_actor("anti-rebel National Resistance forces", "YE", armed=True)
    assert actor is not None and actor.inter == act.POLITICAL_MILITIA
    lower = act.resolve_actor("local resistance forces", "YE", armed=True)
    assert lower is not None and lower.inter != act.STATE


def test_plural_acronym_names_the_group() -> None:
    actor = act.resolve_actor("two VDPs", "BF", armed=True)
    assert actor is not None and actor.name.startswith("VDP")


@pytest.mark.parametrize(
    ("text", "name", "inter"),
    [
        ("pro-Hamas gunmen", "Hamas", 2),
        ("a pro-Houthi sniper", "Ansar Allah", 1),
        ("Popular Mobilization Forces fighters", "Popular Mobilization Forces", 1),
    ],
)
def test_partisans_and_acled_state_conventions(text: str, name: str, inter: int) -> None:
    actor = resolve_actor(text, "IQ", armed=True)
    assert actor is not None and (actor.name, actor.inter) == (name, inter)


def test_a_partisan_crowd_is_not_the_group() -> None:
    actor = resolve_actor("pro-Hamas protesters", "PS")
    assert actor is not None and actor.name != "Hamas"


@pytest.mark.parametrize(
    "text",
    [
        "a local militia",
        "a local armed group",
        "two armed families",
        "militias from the two clans",
        "Bul Nuer militia",
        "the Tiv Ethnic Militia",
    ],
)
def test_community_fighters_are_identity_militias(text: str) -> None:
    actor = resolve_actor(text, "SS", armed=True)
    assert actor is not None and actor.inter == IDENTITY_MILITIA, actor


@pytest.mark.parametrize("text", ["Libyan militias", "the Government militias", "gunmen"])
def test_other_militias_stay_political(text: str) -> None:
    actor = resolve_actor(text, "LY", armed=True)
    assert actor is not None and actor.inter == POLITICAL_MILITIA, actor


@pytest.mark.parametrize(
    ("text", "armed", "name"),
    [
        ("National Guard officers", True, "Military Forces of Mexico"),
        ("regime positions", True, "Military Forces of Mexico"),
        ("government positions", True, "Military Forces of Mexico"),
        ("regime officials", True, "Government of Mexico"),
        ("government officials", False, "Government of Mexico"),
    ],
)
def test_state_guards_and_held_sites(text: str, armed: bool, name: str) -> None:
    actor = resolve_actor(text, "MX", armed=armed)
    assert actor is not None and (actor.name, actor.inter) == (name, STATE)


def test_a_security_guard_is_a_civilian() -> None:
    actor = resolve_actor("a security guard", "MX", armed=True)
    assert actor is not None and actor.name.startswith("Civilians")


def test_short_forms_with_a_members_word_name_the_group() -> None:
    found = act.resolve_actor("two LeT militants", "IN", armed=True)
    assert found is not None and found.name == "Lashkar-e-Taiba"
    found = act.resolve_actor("a JeM commander", "IN", armed=True)
    assert found is not None and found.name == "Jaish-e-Mohammed"


def test_the_verb_let_names_no_group() -> None:
    assert act.named_in("They let the villagers go after the raid.") == []


@pytest.mark.parametrize(
    ("text", "name", "inter"),
    [
        ("the Green Valley Liberation Army (GVLA)", "Green Valley Liberation Army (GVLA)", 2),
        ("members of the Northern Hills Brigade", "Northern Hills Brigade", 3),
        ("the positions of the Eastern People's Militia", "Eastern People's Militia", 3),
    ],
)
def test_an_unlisted_named_group_keeps_its_name(text, name, inter) -> None:
    actor = resolve_actor(text, "KE")
    assert actor is not None
    assert (actor.name, actor.inter) == (name, inter)


@pytest.mark.parametrize(
    "text", ["the Nigerian Army", "National Police", "Gunmen", "Unknown Gunmen", "Special Forces"]
)
def test_state_forces_and_sentence_initial_words_are_no_named_group(text) -> None:
    assert unlisted_group(text) is None


def test_a_capital_speaking_is_its_government() -> None:
    actor = resolve_actor("Kabul", "PK")
    assert (actor.name, actor.country_iso, actor.inter) == ("Government of Afghanistan", "AF", 8)
    assert resolve_actor("Kabul", "AF", armed=True) is None  # a place shelled, not a state


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Azerbaijani parliament", "AZ"),
        ("a French minister", "FR"),
        ("two Chilean diplomats", "CL"),
    ],
)
def test_national_offices_are_their_government(text, code) -> None:
    actor = resolve_actor(text, None)
    assert actor is not None and actor.name.startswith("Government of")
    assert actor.country_iso == code


def test_states_named_in_order() -> None:
    codes = [code for code, _, _ in states_named("Peru cut ties with Ecuador and Chile on Monday.")]
    assert codes == ["PE", "EC", "CL"]
