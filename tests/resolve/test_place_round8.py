"""Round 8 place rules: "Town, State" qualifiers followed by bare mentions, upper-case
datelines before a colon, and places named inside bodies' names."""

from __future__ import annotations

import spacy

from dateline.resolve.place.gazetteer import Gazetteer
from dateline.resolve.place.places import resolve_places


def _at(places: list, text: str, start: int = 0):
    return next(p for p in places if p.text == text and p.start >= start)


def test_an_ap_state_abbreviation_qualifies_the_town(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    places = resolve_places(nlp("The fire started in Princeton, W. Va., on Sunday."), gazetteer)
    assert _at(places, "Princeton").admin1 == "West Virginia"


def test_a_town_unknown_in_its_state_falls_back_to_the_state(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    text = "The fire started in Wexford, Kan., on Sunday. Wexford police said nobody was hurt."
    places = resolve_places(nlp(text), gazetteer)
    first = _at(places, "Wexford")
    assert (first.country_iso, first.admin1) == ("US", "Kansas")
    later = _at(places, "Wexford", text.index("Wexford police"))
    assert later.country_iso == "US"  # the bare mention follows the qualified one


def test_a_list_of_countries_is_no_town_and_country(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    places = resolve_places(nlp("Delegates came from Kuwait, Egypt and Jordan."), gazetteer)
    assert _at(places, "Kuwait").country_iso == "KW"


def _names(nlp: spacy.language.Language, gazetteer: Gazetteer, text: str) -> dict[str, str]:
    return {p.text: p.name for p in resolve_places(nlp(text), gazetteer)}


def test_an_upper_case_dateline_before_a_colon_is_a_place(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    text = "Smugglers held at the port. BEIRUT: Police arrested two men on Monday."
    assert _names(nlp, gazetteer, text).get("BEIRUT") == "Beirut"


def test_a_label_before_a_colon_is_no_dateline(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    assert _names(nlp, gazetteer, "UPDATE: The road was closed on Monday.") == {}


def test_the_city_of_a_town_is_the_town(nlp: spacy.language.Language, gazetteer: Gazetteer) -> None:
    names = _names(nlp, gazetteer, "He said the City of Tuscaloosa will repave the road.")
    assert "Tuscaloosa" in names.values()


def test_a_dotted_state_abbreviation_opens_a_body_name(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    text = "She spoke for the N.C. Trial Lawyers Association on Friday."
    assert "North Carolina" in _names(nlp, gazetteer, text).values()


def test_a_direction_before_a_state_in_a_body_name(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    text = "He studied at Southeast Missouri Community College for two years."
    assert "Missouri" in _names(nlp, gazetteer, text).values()
