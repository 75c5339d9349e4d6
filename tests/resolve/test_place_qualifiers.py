""" "Town, State" and "Town, Region" qualifiers: the name after the comma says which town;
later bare mentions follow it, and a list of places is no town and its state."""

from __future__ import annotations

import spacy

from dateline.resolve.place import find_places
from dateline.resolve.place.gazetteer import Gazetteer


def _at(places: list, text: str, start: int = 0):
    return next(p for p in places if p.text == text and p.start >= start)


def test_an_ap_state_abbreviation_qualifies_the_town(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    places = find_places(nlp("The fire started in Princeton, W. Va., on Sunday."), gazetteer, nlp)
    assert _at(places, "Princeton").admin1 == "West Virginia"


def test_a_town_unknown_in_its_state_falls_back_to_the_state(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    text = "The fire started in Wexford, Kan., on Sunday. Wexford police said nobody was hurt."
    places = find_places(nlp(text), gazetteer, nlp)
    first = _at(places, "Wexford")
    assert (first.country_iso, first.admin1) == ("US", "Kansas")
    later = _at(places, "Wexford", text.index("Wexford police"))
    assert later.country_iso == "US"  # the bare mention follows the qualified one


def test_a_list_of_countries_is_no_town_and_country(
    nlp: spacy.language.Language, gazetteer: Gazetteer
) -> None:
    places = find_places(nlp("Delegates came from Kuwait, Egypt and Jordan."), gazetteer, nlp)
    assert _at(places, "Kuwait").country_iso == "KW"


def test_a_region_after_a_town_and_comma_is_the_region(
    nlp: spacy.Language, gazetteer: Gazetteer
) -> None:
    text = "Residents protested in Kramatorsk, Donetsk on Monday."
    places = find_places(nlp(text), gazetteer, nlp)
    donetsk = next(p for p in places if p.text == "Donetsk")
    assert donetsk.feature == "ADM1"
